// The dialog that shows what importing a copy of an existing account will change, and lets
// the rep settle each conflict before anything changes. It only displays and reports the
// rep's choices; the app applies them (src/app/plan_import_merge.cpp).
#pragma once

#include <string>
#include <vector>

#include "core/merge/plan_merge.h"
#include "core/merge/plan_merge_preview.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

enum class MergeDialogAction { None, Apply, Cancel };

struct MergeDialogModel {
    std::string accountName;                // "Northwind Logistics"
    std::string source;                     // file name, or "" when unknown
    const MergePreview* preview = nullptr;  // their changes, by section
    const std::vector<MergeConflict>* conflicts = nullptr;
    std::vector<Resolution>* choices = nullptr;  // one per conflict, edited here
};

// Opens the dialog on the next draw (call once per merge).
void openMergePreviewDialog(MergePreviewDialogState& dialog);
// Draws the dialog while it is open; Apply or Cancel closes it.
MergeDialogAction drawMergePreviewDialog(MergePreviewDialogState& dialog,
                                         const MergeDialogModel& model);

}  // namespace keystone::ui
