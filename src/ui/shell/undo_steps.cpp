#include "ui/shell/undo_steps.h"

#include <algorithm>
#include <string>

#include "ui/shell/notices.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {
namespace {

constexpr const char* kUndid = "Undid: ";
constexpr const char* kRedid = "Redid: ";

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// A value as the notice shows it: one line, short enough to read at a glance.
std::string shownValue(std::string value) {
    if (value.find_first_not_of(' ') == std::string::npos) return "(empty)";
    std::replace(value.begin(), value.end(), '\n', ' ');
    return ellipsize(value, em(14.0f));
}

// "Renewal date 2027-03-31 → 2027-06-30" when the step was a field the rep typed or picked,
// else the step's description ("Add a stakeholder").
std::string stepText(const Command& step) {
    if (step.field.empty()) return step.description;
    return step.field + " " + shownValue(step.before) + " \u2192 " + shownValue(step.after);
}

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
    view.revealedField = step->field;
    std::deque<Notice>& shown = view.notices.shown;
    if (!shown.empty() &&
        (startsWith(shown.back().text, kUndid) || startsWith(shown.back().text, kRedid)))
        shown.pop_back();
    postNotice(view.notices, NoticeKind::Info, verb + stepText(*step));
}

}  // namespace

void undoStep(Workspace& workspace, ViewState& view) {
    if (workspace.undo()) showStep(workspace, view, workspace.history().nextRedo(), kUndid);
}

void redoStep(Workspace& workspace, ViewState& view) {
    if (workspace.redo()) showStep(workspace, view, workspace.history().nextUndo(), kRedid);
}

}  // namespace keystone::ui
