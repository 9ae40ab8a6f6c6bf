// Merging a copy of an account that is already in the portfolio: what the rep is shown
// before confirming, how the confirmed merge becomes one undoable step, which earlier
// shared version serves as the merge base, and how two open tabs settle their conflicts.
//
// Contents: MergePreview · describeMerge · describeConflict · mergeChangesNothing
//           · replaceAccountCommand · chooseMergeBase · tabSyncResolutions · tabSyncNotes
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/editing/command_history.h"
#include "core/merge/plan_merge.h"

namespace keystone {

enum class PreviewChangeKind : std::uint8_t { Added, Changed, Removed };

struct PreviewLine {
    PreviewChangeKind kind = PreviewChangeKind::Changed;
    std::string text;  // "Budget freeze: title, owner", "Priya Raman"
};

struct PreviewSection {
    std::string title;               // "Risks", "Stakeholders", "Account details"
    std::vector<PreviewLine> lines;  // in plan order
};

struct MergePreview {
    std::vector<PreviewSection> sections;  // their changes that the merge brings into my copy
    int keptOwnChanges = 0;                // my own edits the merge keeps as they are
};

// The preview of a merge: only the changes that alter my copy (theirs), grouped by the
// plan's sections in their order, worded for a rep ("renewal date", not "renewalDate").
MergePreview describeMerge(const MergeResult& result);

// "Risk “Budget freeze”: title" — what a conflict is about, for its row in the dialog.
std::string describeConflict(const MergeConflict& conflict);

// True when the file brings nothing new: no change to my copy and no conflict.
bool mergeChangesNothing(const MergeResult& result);

// Replaces the account `before.id` with `after` in place (same position); undo puts
// `before` back. One step however many entities the merge touched.
Command replaceAccountCommand(std::string description, Account before, Account after);

// The newest of `sharedVersions` (copies of the account this portfolio sent or received
// earlier, oldest first) that both `mine` and `theirs` can have started from: same account
// and no entity in either copy older than in the version. Null when none fits (merge
// two-way). A too-new base would make their untouched fields look like edits that undo
// mine; an older one only costs extra conflicts, so the check errs on the old side. A
// version mine no longer descends from (a merge that was undone) is therefore passed over,
// and the undone changes are offered again.
const Account* chooseMergeBase(const std::vector<Account>& sharedVersions, const Account& mine,
                               const Account& theirs);

// How a tab settles conflicts with a newer copy another tab saved, without a dialog: a
// field edited in both keeps this tab's value (the one the rep is looking at); an item
// deleted on one side and edited on the other keeps the edited item, so no typed text is
// lost; everything else keeps mine.
std::vector<Resolution> tabSyncResolutions(const MergeResult& result);

// One sentence per conflict whose other-tab value was not kept, for a notice:
// "Risk “Budget freeze”: title was also changed in another tab to “Hiring freeze”; kept yours."
std::vector<std::string> tabSyncNotes(const MergeResult& result,
                                      const std::vector<Resolution>& resolutions);

}  // namespace keystone
