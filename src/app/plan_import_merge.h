// Importing a plan file for an account that is already in the portfolio: the file's copy
// is merged into the rep's copy, entity by entity (core/merge/plan_merge.h), after the rep has
// seen what changes and settled each conflict (ui/dialogs/merge_preview_dialog.h). Applying is one
// undoable step; cancelling changes nothing.
//
// The merge is three-way when Keystone knows a version both copies started from: every
// plan exported from or imported into this browser is remembered per account ("shared
// versions", kept in IndexedDB), and core/merge/plan_merge_preview.h chooseMergeBase picks the
// one the file can have started from. Otherwise it is two-way (newer `updated` wins).
#pragma once

#include <string>

#include "app/plan_transfer.h"
#include "core/editing/workspace.h"
#include "core/plan_format/plan_import.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

// Starts the merge of `import` (existing == true): opens the preview, or says there is
// nothing to merge. ok in the outcome means the preview is open.
ImportOutcome beginImportMerge(Workspace& workspace, ui::ViewState& view, PlanImport import,
                               const std::string& fileName);

// Draws the preview while a merge waits for the rep; call once per frame.
void drawImportMerge(Workspace& workspace, ui::ViewState& view);

// Remembers the account as it is now as a version shared with someone (a file left this
// browser): the base of a later merge with their edited copy.
void rememberSharedVersion(const Workspace& workspace, const std::string& accountId);

}  // namespace keystone::app
