// The frame around every view: the top bar, the portfolio sidebar and the account area.
#pragma once

#include <functional>

#include "core/editing/workspace.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/shell/save_status.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// What the shell asks the app to do that a panel cannot (files live in the platform).
struct ShellActions {
    std::function<void()> importPlan;                        // pick a file and import it
    std::function<void(const std::string&)> exportPlan;      // download this account's plan
    std::function<void(const std::string&)> printReport;     // print dialog with the report
    std::function<void(const std::string&)> downloadReport;  // the report as an HTML file
    std::function<SaveStatus()> saveStatus;                  // for the indicator in the top bar
    std::function<void(const std::string&)> planShared;      // a copy left by e-mail or encrypted
};

class AppShell {
public:
    // `view` is the app's ViewState (it outlives the shell); the shell passes its parts down.
    AppShell(ShellActions actions, ViewState& view);
    void draw(Workspace& workspace, double nowMs);

private:
    void handleShortcuts(Workspace& workspace);
    void pruneViewState(const Workspace& workspace);

    ShellActions m_actions;     // as the app gave them: exportPlan downloads directly
    ShellActions m_barActions;  // the top bar's: exportPlan opens the export dialog
    ViewState& m_view;          // every panel's view state, passed down each frame
    ExportDialog m_exportDialog;
    unsigned long long m_viewRevision = ~0ull;  // workspace revision m_view was last pruned at
};

}  // namespace keystone::ui
