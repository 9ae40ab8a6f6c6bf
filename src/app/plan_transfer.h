// Plan files in and out of the app: the one import path used by the UI's file picker and
// by window.keystone.importPlan, the export download, and the report printed or saved.
#pragma once

#include <string>
#include <string_view>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

struct ImportOutcome {
    bool ok = false;
    std::string error;      // message for the rep, with its location in the file
    std::string accountId;  // the imported account
};

// Tells the rep a file was not imported and why, in their words ("\"x.json\" was not
// imported: …"); its "Details" hold the file's name and size and the exact place the reader
// stopped, for support. Returns the reason, for ImportOutcome::error.
std::string refuseImport(ui::NoticesState& notices, const Error& error, const std::string& fileName,
                         std::size_t fileBytes);

// Validates the whole file, then adds its account as one undoable step and opens it.
// Either way the rep sees a notice saying what happened.
ImportOutcome importPlanBytes(Workspace& workspace, ui::ViewState& view, std::string_view bytes,
                              const std::string& fileName = {});

void exportPlanDownload(const Workspace& workspace, ui::NoticesState& notices,
                        const std::string& accountId);

// Opens the browser's print dialog with the account's one-page report. When the browser
// shows no dialog (printing blocked), the report is downloaded instead and a notice says
// so, with the browser's reason behind "Details".
void printReport(const Workspace& workspace, ui::NoticesState& notices,
                 const std::string& accountId);

// Downloads the report as "<Account> report.html", a self-contained page anyone can open.
void downloadReport(const Workspace& workspace, ui::NoticesState& notices,
                    const std::string& accountId);

}  // namespace keystone::app
