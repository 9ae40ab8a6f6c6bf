// Three-way merge of two edited copies of one account plan.
//
// Two colleagues edit copies of the same plan apart (offline, sent by email). mergePlans
// compares both copies with the version they started from (the base), entity by entity
// using stable ids, and field by field inside each entity:
//   - a field changed on one side only takes that side's value;
//   - a field changed on both sides to different values is a conflict for the rep;
//   - an item added on one side is added; deleted on one side and untouched on the other
//     is deleted; deleted on one side and edited on the other is a conflict.
// Without a base (two-way) an item on one side only is an addition, and a field that
// differs is taken from the side whose `updated` stamp is newer (a conflict when equal).
//
// The merge works on the plan's JSON form (written by writePlan, read back by readPlan),
// so every member the plan format knows, and every unknown member a newer build added,
// is merged without this module listing them. The result always passes checkPlan: a
// merge that would leave a dangling manager or a reporting loop turns that into a
// conflict whose every resolution is a valid plan.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/account.h"
#include "core/model/result.h"

namespace keystone {

enum class Resolution : std::uint8_t {
    KeepMine,    // my value (also what an unresolved conflict gets)
    TakeTheirs,  // their value
    KeepBoth,    // list items only: my item stays and theirs is added as a copy with a new id
};

enum class MergeSide : std::uint8_t { Mine, Theirs };

enum class MergeConflictKind : std::uint8_t {
    FieldEdit,          // both sides changed one field to different values
    DeleteVsEdit,       // one side deleted an item the other side edited
    DeleteVsReference,  // one side deleted a stakeholder the other side's plan now points at
    ReportingLoop,      // each side's reporting lines are fine alone but form a loop together
    InvalidPlan,        // the merged plan would not be valid for another reason; merged = mine
};

// One line of the preview: "Added risk 'Budget freeze' (theirs)",
// "Changed stakeholder Priya Raman: title (mine)". Theirs-side changes are what a merge
// changes in my copy.
struct MergeChange {
    std::string text;                    // the line shown to the rep
    std::string path;                    // entity changed: "/account/risks/<id>"
    MergeSide side = MergeSide::Theirs;  // copy the change comes from
};

struct MergeConflict {
    MergeConflictKind kind = MergeConflictKind::FieldEdit;
    std::string path;         // JSON-pointer-like: /account/stakeholders/<id>/title
    std::string entityKind;   // "stakeholder", "risk", "account", "health", ...
    std::string entityId;     // id, or key of a cell/reading/team member; "" for sub-objects
    std::string entityLabel;  // "Priya Raman"
    std::string field;        // "title"; "" when the whole item is in question
    std::string mineValue;    // display text of my side, "(deleted)", "(none)" when absent
    std::string theirsValue;  // display text of their side
    bool listItem = false;    // KeepBoth is possible (an item with an id in a list)
};

namespace detail {
struct MergeInputs;  // the three plans in JSON form, kept so resolutions can be applied later
}

struct MergeResult {
    Account merged;                        // every conflict resolved as KeepMine
    std::vector<MergeChange> changes;      // preview, in plan order
    std::vector<MergeConflict> conflicts;  // for the rep to resolve
    std::optional<Error> error;            // can't merge (different accounts); merged = mine
    std::shared_ptr<const detail::MergeInputs> inputs;  // read by applyResolutions
};

// Merges `mine` and `theirs`, copies of one account edited apart from `base` (null when
// the common version is unknown: two-way merge). Never throws.
MergeResult mergePlans(const Account* base, const Account& mine, const Account& theirs);

// The merged plan with resolutions[i] applied to result.conflicts[i] (missing entries and
// KeepBoth where listItem is false count as KeepMine). Always a valid plan: if a choice
// would invalidate the plan, a new reporting conflict is resolved as KeepMine. Never throws.
Account applyResolutions(const MergeResult& result, const std::vector<Resolution>& resolutions);

// Label of a conflict kind in the CLI's JSON ("field", "delete-vs-edit", ...).
const char* mergeConflictKindKey(MergeConflictKind kind);

// ---- Internal to plan_merge*.cpp -------------------------------------------------------
namespace detail {

using MergeJson = nlohmann::ordered_json;
using MergeDecisions = std::map<std::string, Resolution>;  // conflictKey -> choice

struct MergeLog {
    std::vector<MergeChange> changes;
    std::vector<MergeConflict> conflicts;
};

// Identifies a conflict across runs of the merge (kind + path).
std::string conflictKey(const MergeConflict& conflict);
// Resolution chosen for `conflict` (KeepMine when none).
Resolution decisionFor(const MergeDecisions& decisions, const MergeConflict& conflict);

// Entity-by-entity, field-by-field merge of whole plan documents (plan_merge_tree.cpp).
void mergeDocuments(const MergeJson* base, const MergeJson& mine, const MergeJson& theirs,
                    const MergeDecisions& decisions, MergeJson& merged, MergeLog& log);

// Turns dangling stakeholder references and reporting loops of `merged` into conflicts and
// resolves them so the document is valid again (plan_merge_repair.cpp).
void repairReferences(const MergeJson& mine, const MergeJson& theirs,
                      const MergeDecisions& decisions, MergeJson& merged, MergeLog& log);

// Escapes one JSON-pointer segment ("~" -> "~0", "/" -> "~1").
std::string pointerSegment(const std::string& text);

// ---- Texts and orderings (plan_merge_text.cpp) ---------------------------------------
using MergeNames = std::unordered_map<std::string, std::string>;  // stakeholder id -> name

// Orders ISO-8601 UTC stamps ("2026-11-24T10:15:00Z", optional fraction): -1, 0 or 1;
// "" is oldest.
int compareStamps(const std::string& a, const std::string& b);
// FNV-1a: seeds for copy ids that are the same on every platform.
std::uint64_t hashText(const std::string& text);
// Member names of a merged object: mine's order, theirs' extra members after the member
// that precedes them in theirs.
std::vector<std::string> unionKeys(const MergeJson& mine, const MergeJson& theirs);
std::string joinedList(const std::vector<std::string>& parts);  // "a, b, c"
// A value as a conflict shows it: texts bare, stakeholder ids as names, "(none)" if absent.
std::string displayValue(const MergeJson* value, const std::string& field, const MergeNames& names);
// "edited: title, owner": the members of `item` that differ from `base` (stamp aside).
std::string editedFields(const MergeJson& item, const MergeJson& base);

}  // namespace detail
}  // namespace keystone
