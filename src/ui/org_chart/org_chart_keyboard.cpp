// The org chart by keyboard alone: while the canvas has keyboard focus, the arrow keys walk
// the reporting tree, Enter edits the person, Delete removes them, and the re-parenting keys
// change their manager. Every change is the same command the mouse runs (one undo step), and
// a refused one leaves the same message.
//
// The walk: Up = the manager; Down = the first report (a closed team opens); Left / Right =
// the previous / next person with the same manager, in the order the chart draws them (left
// to right, reading order in a stacked team). People at the top of the chart are each
// other's neighbours. With nobody selected, an arrow selects the top of the largest tree.
//
// Re-parenting: Ctrl+Shift+Up = report to the manager's manager (the top of the chart when
// the manager is at the top); Ctrl+Shift+Left / Right = report to the neighbour on that side;
// M = "Move under...": the arrows pick any new manager, Enter moves, Escape cancels.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/stakeholders/stakeholder_edits.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {
namespace {

// ImGui 1.86 names only a few keys; its SDL backend indexes the rest by USB HID usage (SDL
// scancode), which is what these numbers are.
constexpr int kKeyM = 16, kKeyF10 = 67, kKeyMenu = 101;

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

int parentOf(const OrgChartState& state, int card) {
    return state.model.nodes[static_cast<size_t>(card)].parent;
}

// The people with the same manager as `card` (everyone at the top when it has none), in the
// order the chart draws them.
std::vector<int> peersOf(const OrgChartState& state, int card) {
    const int parent = parentOf(state, card);
    std::vector<int> peers;
    for (size_t i = 0; i < state.model.nodes.size(); ++i)
        if (state.model.nodes[i].parent == parent) peers.push_back(static_cast<int>(i));
    return peers;
}

int neighbour(const OrgChartState& state, int card, int step) {
    const std::vector<int> peers = peersOf(state, card);
    const auto at = std::find(peers.begin(), peers.end(), card);
    const long index = (at - peers.begin()) + step;
    return index >= 0 && index < static_cast<long>(peers.size()) ? peers[static_cast<size_t>(index)]
                                                                 : -1;
}

int firstReport(const OrgChartState& state, int card) {
    for (size_t i = 0; i < state.model.nodes.size(); ++i)
        if (state.model.nodes[i].parent == card) return static_cast<int>(i);
    return -1;
}

void select(const Account& account, OrgChartState& state, int card) {
    const std::string& id = account.stakeholders[static_cast<size_t>(card)].id;
    state.selected = {id};
    state.focusId = id;
    state.revealId = id;
    state.message.clear();
}

// The walk's next card for an arrow key; -1 when there is none that way.
int walk(const Account& account, OrgChartState& state, int from, ImGuiDir dir) {
    if (from < 0) return firstRoot(state);
    switch (dir) {
        case ImGuiDir_Up:
            return parentOf(state, from);
        case ImGuiDir_Down: {
            const int report = firstReport(state, from);
            const std::string& id = account.stakeholders[static_cast<size_t>(from)].id;
            if (report >= 0 && state.collapsed.erase(id)) state.layoutDirty = true;
            return report;
        }
        case ImGuiDir_Left:
            return neighbour(state, from, -1);
        case ImGuiDir_Right:
            return neighbour(state, from, +1);
        default:
            return -1;
    }
}

void changeManager(Workspace& workspace, const Account& account, OrgChartState& state,
                   const std::string& personId, const std::string& managerId) {
    auto command = reparentStakeholder(account.id, personId, managerId, workspace.clockNow(),
                                       workspace.portfolio());
    state.revealId = personId;
    if (!command.ok()) {
        state.message = command.error().message;
        return;
    }
    state.message.clear();
    workspace.execute(std::move(command).value());
}

// Delete: what "Remove from chart" does (the whole selection when several are selected);
// the keyboard then stays on the nearest manager who stays.
void removeSelected(Workspace& workspace, const Account& account, OrgChartState& state,
                    int current) {
    std::vector<std::string> ids =
        state.selected.size() > 1
            ? std::vector<std::string>(state.selected.begin(), state.selected.end())
            : std::vector<std::string>{account.stakeholders[static_cast<size_t>(current)].id};
    std::sort(ids.begin(), ids.end());
    const std::unordered_set<std::string> going(ids.begin(), ids.end());
    int next = parentOf(state, current);
    for (size_t steps = 0; next >= 0 && steps < state.model.nodes.size(); ++steps) {
        if (!going.count(account.stakeholders[static_cast<size_t>(next)].id)) break;
        next = parentOf(state, next);
    }
    const std::string nextId =
        next >= 0 ? account.stakeholders[static_cast<size_t>(next)].id : std::string();
    workspace.execute(
        removeStakeholders(account.id, ids, workspace.clockNow(), workspace.portfolio()));
    state.selected.clear();
    state.focusId.clear();
    if (!nextId.empty()) {
        state.selected = {nextId};
        state.focusId = state.revealId = nextId;
    }
}

// The keyboard is in use: show its focus ring (ImGui hides it after a click), as ImGui does
// after an arrow key.
void showKeyboardFocus() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    g.NavInputSource = ImGuiInputSource_Keyboard;
}

}  // namespace

int currentCard(const OrgChartState& state) {
    if (auto found = state.indexById.find(state.focusId); found != state.indexById.end())
        return found->second;
    int lowest = -1;
    for (const std::string& id : state.selected)
        if (auto found = state.indexById.find(id); found != state.indexById.end())
            lowest = lowest < 0 ? found->second : std::min(lowest, found->second);
    return lowest;
}

bool openTeamsAbove(const Account& account, OrgChartState& state, const std::string& personId) {
    auto found = state.indexById.find(personId);
    if (found == state.indexById.end()) return false;
    bool opened = false;
    std::string up = account.stakeholders[static_cast<size_t>(found->second)].managerId;
    for (size_t steps = 0; !up.empty() && steps < account.stakeholders.size(); ++steps) {
        if (state.collapsed.erase(up)) opened = true;
        auto boss = state.indexById.find(up);
        up = boss == state.indexById.end()
                 ? std::string()
                 : account.stakeholders[static_cast<size_t>(boss->second)].managerId;
    }
    if (opened) state.layoutDirty = true;
    return opened;
}

void revealCard(OrgViewport& view, const OrgCard& card) {
    // Screen margins, in world units: the legend covers the bottom-left corner.
    const float side = em(1.5f) / view.zoom, top = em(1.5f) / view.zoom,
                bottom = em(4.0f) / view.zoom;
    const WorldRect shown = view.visibleWorld();
    if (card.x - side < shown.minX)
        view.pan.x = card.x - side;
    else if (card.x + card.w + side > shown.maxX)
        view.pan.x = card.x + card.w + side - view.size.x / view.zoom;
    if (card.y - top < shown.minY)
        view.pan.y = card.y - top;
    else if (card.y + card.h + bottom > shown.maxY)
        view.pan.y = card.y + card.h + bottom - view.size.y / view.zoom;
}

void handleChartKeys(Workspace& workspace, const Account& account, OrgChartState& state,
                     unsigned int canvasId, bool focused) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || state.model.nodes.empty()) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* canvasWindow = ImGui::GetCurrentWindow();
    if (!state.movingId.empty() && pressed(ImGuiKey_Escape) &&
        (focused || g.NavId == canvasWindow->ChildId)) {
        // ImGui's navigation has already taken Escape as "leave the chart"; during a move it
        // only ends the move, so the keyboard is given back.
        state.movingId.clear();
        ImGui::FocusWindow(canvasWindow);
        ImGui::SetFocusID(canvasId, canvasWindow);
        showKeyboardFocus();
        return;
    }
    if (!focused) return;

    ImGuiDir arrow = ImGuiDir_None;
    if (pressed(ImGuiKey_UpArrow)) arrow = ImGuiDir_Up;
    if (pressed(ImGuiKey_DownArrow)) arrow = ImGuiDir_Down;
    if (pressed(ImGuiKey_LeftArrow)) arrow = ImGuiDir_Left;
    if (pressed(ImGuiKey_RightArrow)) arrow = ImGuiDir_Right;
    const int current = currentCard(state);
    if (arrow != ImGuiDir_None) {
        ImGui::NavMoveRequestCancel();  // the arrows walk the chart, not between widgets
        showKeyboardFocus();
        if (io.KeyCtrl && io.KeyShift) {
            if (current < 0) return;
            const Stakeholder& person = account.stakeholders[static_cast<size_t>(current)];
            const int manager = parentOf(state, current);
            if (arrow == ImGuiDir_Up && manager >= 0) {
                const int above = parentOf(state, manager);
                changeManager(
                    workspace, account, state, person.id,
                    above >= 0 ? account.stakeholders[static_cast<size_t>(above)].id : "");
            } else if (arrow == ImGuiDir_Left || arrow == ImGuiDir_Right) {
                const int beside = neighbour(state, current, arrow == ImGuiDir_Left ? -1 : 1);
                if (beside >= 0)
                    changeManager(workspace, account, state, person.id,
                                  account.stakeholders[static_cast<size_t>(beside)].id);
            }
            return;
        }
        const int to = walk(account, state, current, arrow);
        if (to >= 0) select(account, state, to);
        return;
    }
    if (current < 0) return;
    const Stakeholder& person = account.stakeholders[static_cast<size_t>(current)];
    if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) {
        showKeyboardFocus();
        if (state.movingId.empty()) {
            state.editPending = true;
            return;
        }
        const std::string moving = state.movingId;
        state.movingId.clear();
        if (moving != person.id) changeManager(workspace, account, state, moving, person.id);
        if (auto found = state.indexById.find(moving); found != state.indexById.end()) {
            state.selected = {moving};
            state.focusId = state.revealId = moving;
        }
        return;
    }
    if (!state.movingId.empty()) return;  // a move in progress takes only arrows, Enter, Escape
    if (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace)) {
        removeSelected(workspace, account, state, current);
        return;
    }
    if (!io.KeyCtrl && !io.KeyAlt && ImGui::IsKeyPressed(kKeyM, false)) {
        select(account, state, current);
        state.movingId = person.id;
        return;
    }
    if ((io.KeyShift && ImGui::IsKeyPressed(kKeyF10, false)) ||
        ImGui::IsKeyPressed(kKeyMenu, false)) {
        state.contextCard = current;
        state.menuFromKeyboard = true;
        ImGui::OpenPopup("##org-card-menu");
    }
}

}  // namespace keystone::ui
