#include "ui/shell/undo_steps.h"

#include <string>

#include "ui/shell/notices.h"

namespace keystone::ui {
namespace {

constexpr const char* kUndid = "Undid: ";
constexpr const char* kRedid = "Redid: ";

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// Goes to the step's account and section (the portfolio when it was made there) and says
// what happened. One notice serves a run of Ctrl+Z presses: each replaces the last.
void showStep(Workspace& workspace, ViewState& view, const Command* step, const char* verb) {
    if (!step) return;
    const bool onPortfolio = step->place.empty();
    if (onPortfolio) {
        workspace.selectAccount({});
    } else if (findAccount(workspace.portfolio(), step->accountId)) {
        workspace.selectAccount(step->accountId);
        view.showSection = step->place;
    }
    std::deque<Notice>& shown = view.notices.shown;
    if (!shown.empty() &&
        (startsWith(shown.back().text, kUndid) || startsWith(shown.back().text, kRedid)))
        shown.pop_back();
    postNotice(view.notices, NoticeKind::Info, verb + step->description);
}

}  // namespace

void undoStep(Workspace& workspace, ViewState& view) {
    if (workspace.undo()) showStep(workspace, view, workspace.history().nextRedo(), kUndid);
}

void redoStep(Workspace& workspace, ViewState& view) {
    if (workspace.redo()) showStep(workspace, view, workspace.history().nextUndo(), kRedid);
}

}  // namespace keystone::ui
