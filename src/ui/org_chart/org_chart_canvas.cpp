// The org-chart canvas: draws the laid-out reporting forest and turns pointer and keyboard
// input into view changes (pan, zoom) and commands (change a manager, add a person).
//
// Only cards that touch the visible world rectangle are drawn (OrgLayoutIndex answers that
// without looking at the rest), and far out cards become plain boxes, so the cost of a frame
// follows what is on screen, not the size of the chart.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/model/ids.h"
#include "core/stakeholders/stakeholder_edits.h"
#include "core/stakeholders/stakeholder_search.h"
#include "platform/platform.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr float kDragThresholdPx = 5.0f;  // a click that moves less than this never pans
constexpr float kConnectorsFromZoom = 0.08f;
constexpr float kInfluenceFromZoom = 0.2f;
constexpr float kReadableZoom = 0.9f;
constexpr float kLabelCardsFromZoom = 0.28f;  // as many cards as fit on screen legibly

}  // namespace

// Linear: each person's root is found once, remembering it for everyone on the way up.
int firstRoot(const OrgChartState& state) {
    const std::vector<LayoutNode>& nodes = state.model.nodes;
    std::vector<int> rootOf(nodes.size(), -1), treeSize(nodes.size(), 0), path;
    int best = 0;
    for (size_t i = 0; i < nodes.size(); ++i) {
        int at = static_cast<int>(i);
        path.clear();
        while (rootOf[static_cast<size_t>(at)] < 0 && nodes[static_cast<size_t>(at)].parent >= 0 &&
               path.size() <= nodes.size()) {
            path.push_back(at);
            at = nodes[static_cast<size_t>(at)].parent;
        }
        const int root =
            rootOf[static_cast<size_t>(at)] >= 0 ? rootOf[static_cast<size_t>(at)] : at;
        rootOf[static_cast<size_t>(at)] = root;
        for (int on : path) rootOf[static_cast<size_t>(on)] = root;
        if (++treeSize[static_cast<size_t>(root)] > treeSize[static_cast<size_t>(best)])
            best = root;
    }
    return best;
}

namespace {

void refreshLayout(const Workspace& workspace, OrgLayoutEngine& engine, const Account& account,
                   OrgChartState& state) {
    const unsigned long long revision = workspace.revision();
    if (!state.layoutDirty && state.layoutRevision == revision &&
        state.layoutPeople == account.stakeholders.size())
        return;
    state.layoutDirty = false;
    ++state.layoutGeneration;
    state.layoutRevision = revision;
    state.layoutPeople = account.stakeholders.size();
    state.model = buildOrgChartModel(account, state.collapsed);
    if (!engine.layout(state.model.nodes, OrgLayoutOptions{}, state.layout).ok())
        state.layout = OrgLayout{};
    state.coverage = analyzeCoverage(account, workspace.today);

    state.reportCount.assign(state.model.nodes.size(), 0);
    for (const LayoutNode& node : state.model.nodes)
        if (node.parent >= 0) ++state.reportCount[static_cast<size_t>(node.parent)];
    state.findingCount.assign(account.stakeholders.size(), 0);
    state.indexById.clear();
    state.indexById.reserve(account.stakeholders.size());
    for (size_t i = 0; i < account.stakeholders.size(); ++i)
        state.indexById[account.stakeholders[i].id] = static_cast<int>(i);
    const auto& indexById = state.indexById;
    auto indexOf = [&](const std::string& id) {
        auto found = indexById.find(id);
        return found == indexById.end() ? -1 : found->second;
    };
    state.influenceEnds.clear();
    for (const InfluenceLine& line : account.influenceLines)
        state.influenceEnds.emplace_back(indexOf(line.fromId), indexOf(line.toId));
    std::set<std::string> departments;
    for (const Stakeholder& person : account.stakeholders)
        if (!person.department.empty()) departments.insert(person.department);
    state.departments.assign(departments.begin(), departments.end());
    for (const CoverageFinding& finding : state.coverage.findings)
        for (const std::string& id : finding.stakeholderIds)
            if (auto found = indexById.find(id); found != indexById.end())
                ++state.findingCount[static_cast<size_t>(found->second)];
}

void handleWheelAndKeys(OrgChartState& state, bool hovered, bool focused) {
    ImGuiIO& io = ImGui::GetIO();
    OrgViewport& view = state.viewport;
    if (hovered && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
        if (io.KeyCtrl || platform::wheelIsZoomGesture()) {  // Ctrl+wheel, or a trackpad pinch
            view.zoomAround(plane(io.MousePos),
                            view.zoom * std::pow(1.0015f, io.MouseWheel * 120.0f));
        } else {
            const float step = em(3.0f) / view.zoom;
            view.pan.x -= (io.KeyShift ? io.MouseWheel : io.MouseWheelH) * step;
            if (!io.KeyShift) view.pan.y -= io.MouseWheel * step;
        }
    }
    if (!focused && !hovered) return;
    if (io.WantTextInput) return;
    const ImVec2 centre(view.origin.x + view.size.x / 2, view.origin.y + view.size.y / 2);
    // ImGui 1.86 names only a few keys; its SDL backend indexes the rest by USB HID usage
    // (SDL scancode), which is what these numbers are.
    constexpr int kKeyF = 9, kKey0 = 39, kKeyMinus = 45, kKeyEquals = 46, kKeypadMinus = 86,
                  kKeypadPlus = 87;
    if (ImGui::IsKeyPressed(kKeyEquals) || ImGui::IsKeyPressed(kKeypadPlus))
        view.zoomAround(plane(centre), view.zoom * 1.25f);
    if (ImGui::IsKeyPressed(kKeyMinus) || ImGui::IsKeyPressed(kKeypadMinus))
        view.zoomAround(plane(centre), view.zoom / 1.25f);
    if (!io.KeyCtrl && ImGui::IsKeyPressed(kKey0)) state.fitPending = true;
    if (io.KeyCtrl && ImGui::IsKeyPressed(kKeyF)) state.searchFocusPending = true;
}

// Depth in the reporting tree, 1 at the top (bounded, in case of a cycle in a merged plan).
int treeLevel(const OrgChartState& state, int card) {
    int level = 1;
    for (int up = state.model.nodes[static_cast<size_t>(card)].parent;
         up >= 0 && static_cast<size_t>(level) <= state.model.nodes.size();
         up = state.model.nodes[static_cast<size_t>(up)].parent)
        ++level;
    return level;
}

// A click that did not move: select (Ctrl/Shift add to the selection), or toggle a team on
// the card's collapse handle.
void handleClick(const Account& account, OrgChartState& state, ImVec2 world) {
    const ImGuiIO& io = ImGui::GetIO();
    const int index = state.pressedCard;
    if (index < 0) {
        if (!io.KeyCtrl && !io.KeyShift) {
            state.selected.clear();
            state.focusId.clear();
        }
        return;
    }
    const OrgCard& card = state.layout.cards[static_cast<size_t>(index)];
    const Stakeholder& person = account.stakeholders[static_cast<size_t>(index)];
    const bool onHandle =
        std::abs(world.x - (card.x + card.w / 2)) < 10.0f && world.y > card.y + card.h - 10.0f;
    if (onHandle && state.reportCount[static_cast<size_t>(index)] > 0) {
        if (!state.collapsed.erase(person.id)) state.collapsed.insert(person.id);
        state.layoutDirty = true;
        return;
    }
    if (io.KeyCtrl || io.KeyShift) {
        if (!state.selected.erase(person.id)) state.selected.insert(person.id);
    } else {
        state.selected = {person.id};
    }
    state.focusId = state.selected.count(person.id) ? person.id : std::string();
}

void finishDrag(Workspace& workspace, const Account& account, OrgChartState& state) {
    if (state.dropTarget < 0) return;
    const Stakeholder& pressed = account.stakeholders[static_cast<size_t>(state.pressedCard)];
    const Stakeholder& manager = account.stakeholders[static_cast<size_t>(state.dropTarget)];
    std::vector<std::string> moving{pressed.id};
    if (state.selected.count(pressed.id))
        moving.assign(state.selected.begin(), state.selected.end());
    std::sort(moving.begin(), moving.end());
    auto command = reparentStakeholders(account.id, moving, manager.id, workspace.clockNow(),
                                        workspace.portfolio());
    if (!command.ok()) {
        state.message = command.error().message;
        return;
    }
    state.message.clear();
    workspace.execute(std::move(command).value());
}

}  // namespace

void focusPerson(OrgChartState& state, const std::string& personId) {
    state.selected = {personId};
    state.focusId = personId;
    state.pendingCenterId = personId;
    state.tableRevealId = personId;
}

OrgChartState& orgChartState(StakeholdersView& view, const Workspace& workspace,
                             const Account& account) {
    OrgLayoutEngine& engine = view.layoutEngine;
    OrgChartState& state = view.charts.of(account.id);
    state.accountId = account.id;
    refreshLayout(workspace, engine, account, state);
    return state;
}

void drawOrgChartCanvas(Workspace& workspace, OrgLayoutEngine& engine, const Account& account,
                        OrgChartState& state, ImVec2 size) {
    refreshLayout(workspace, engine, account, state);
    OrgViewport& view = state.viewport;
    view.size = PlanePoint{std::max(size.x, 50.0f), std::max(size.y, 50.0f)};
    // Its own child window, so overlays (minimap, messages) never disturb the tab's layout.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    // Flattened: the arrow keys reach the canvas from the toolbar and the side panel directly.
    ImGui::BeginChild("##org-canvas-area", im(view.size), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                          ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    view.origin = plane(ImGui::GetCursorScreenPos());
    // After Escape the keyboard is on the chart's area, which the canvas fills: the next arrow
    // key leaves for the controls around it instead of coming straight back to the canvas.
    const bool leftByKeyboard =
        ImGui::GetCurrentContext()->NavId == ImGui::GetCurrentWindow()->ChildId;
    if (leftByKeyboard) ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::InvisibleButton("##org-canvas", im(view.size),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    if (leftByKeyboard) ImGui::PopItemFlag();
    labelLastItem("Org chart canvas");
    const ImGuiID canvasId = ImGui::GetItemID();
    const bool hovered = ImGui::IsItemHovered();
    const bool keyboardOn = ImGui::IsItemFocused();
    const bool focused = keyboardOn || ImGui::IsItemActive();
    const std::vector<OrgCard>& cards = state.layout.cards;

    const auto& indexById = state.indexById;
    if (state.fitPending && !cards.empty()) {
        view.fit(state.layout.bounds);
        state.fitPending = false;
        if (state.firstView && view.zoom < kReadableZoom) {
            // Opening a wide chart: start readable at the top of the first tree rather than
            // with every card too small to read; Fit shows the whole chart.
            const OrgCard& root = cards[static_cast<size_t>(firstRoot(state))];
            view.zoom = kReadableZoom;
            view.pan =
                PlanePoint{root.x + root.w / 2 - view.size.x / 2 / view.zoom, root.y - 30.0f};
        }
        state.firstView = false;
    }
    if (!state.pendingCenterId.empty()) {
        if (auto found = indexById.find(state.pendingCenterId); found != indexById.end()) {
            if (openTeamsAbove(account, state, state.pendingCenterId)) {
                refreshLayout(workspace, engine, account, state);
                ImGui::EndChild();
                return;
            }  // centre next frame
            const OrgCard& card = cards[static_cast<size_t>(found->second)];
            view.zoom = std::max(view.zoom, 0.8f);
            view.pan = PlanePoint{card.x + card.w / 2 - view.size.x / 2 / view.zoom,
                                  card.y + card.h / 2 - view.size.y / 2 / view.zoom};
        }
        state.pendingCenterId.clear();
    }

    handleWheelAndKeys(state, hovered, focused);
    handleChartKeys(workspace, account, state, canvasId, keyboardOn);
    refreshLayout(workspace, engine, account, state);  // after a command or an opened team
    if (!state.revealId.empty()) {
        if (auto found = indexById.find(state.revealId); found != indexById.end()) {
            if (openTeamsAbove(account, state, state.revealId))
                refreshLayout(workspace, engine, account, state);
            revealCard(view, cards[static_cast<size_t>(found->second)]);
        }
        state.revealId.clear();
    }
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouseWorld = im(view.toWorld(plane(io.MousePos)));
    ImVec2 minimapPoint;
    if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        state.minimapDragging = minimapToWorld(state, io.MousePos, minimapPoint);
    const bool onMinimap = state.minimapDragging;
    if (onMinimap) {  // the view follows the pointer over the minimap
        if (ImGui::IsItemActive() && minimapToWorld(state, io.MousePos, minimapPoint))
            view.pan = PlanePoint{minimapPoint.x - view.size.x / 2 / view.zoom,
                                  minimapPoint.y - view.size.y / 2 / view.zoom};
        if (!ImGui::IsItemActive()) state.minimapDragging = false;
    } else if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        state.pressedCard = nodeAt(state.layout, mouseWorld.x, mouseWorld.y);
        state.pointerPress = true;
        state.panning = state.draggingCards = false;
        state.dropTarget = -1;
        state.message.clear();
        state.movingId.clear();  // the mouse takes over from a keyboard move
    } else if (ImGui::IsItemActivated()) {
        state.pointerPress = false;  // Space on the focused canvas: not a click anywhere
    }
    if (!onMinimap && ImGui::IsItemActive() &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragThresholdPx)) {
        if (state.pressedCard < 0) {
            if (!state.panning) {  // the first move past the threshold pans by the whole way
                const ImVec2 total =
                    ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, kDragThresholdPx);
                view.pan.x -= (total.x - io.MouseDelta.x) / view.zoom;
                view.pan.y -= (total.y - io.MouseDelta.y) / view.zoom;
            }
            state.panning = true;
            view.pan.x -= io.MouseDelta.x / view.zoom;
            view.pan.y -= io.MouseDelta.y / view.zoom;
        } else {
            state.draggingCards = true;
            const int under = nodeAt(state.layout, mouseWorld.x, mouseWorld.y);
            const bool self =
                under >= 0 &&
                (under == state.pressedCard ||
                 (state.selected.count(
                      account.stakeholders[static_cast<size_t>(state.pressedCard)].id) &&
                  state.selected.count(account.stakeholders[static_cast<size_t>(under)].id)));
            state.dropTarget = self ? -1 : under;
        }
    }
    if (ImGui::IsItemDeactivated() && !onMinimap) {
        if (state.draggingCards)
            finishDrag(workspace, account, state);
        else if (!state.panning && state.pointerPress)
            handleClick(account, state, mouseWorld);
        state.pointerPress = false;
        state.panning = state.draggingCards = false;
        state.dropTarget = -1;
    }
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        state.contextCard = nodeAt(state.layout, mouseWorld.x, mouseWorld.y);
        if (state.contextCard >= 0) ImGui::OpenPopup("##org-card-menu");
    }

    // ---- drawing -------------------------------------------------------------------------
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(view.origin.x + view.size.x, view.origin.y + view.size.y);
    draw->PushClipRect(im(view.origin), end, true);
    const Palette& p = palette();
    draw->AddRectFilled(
        im(view.origin), end,
        toU32(mixColour(ImGui::GetStyleColorVec4(ImGuiCol_WindowBg), p.border, 0.18f)));

    if (account.stakeholders.empty()) {
        const char* hint =
            "No stakeholders yet. Add the first person, or import contacts from a CRM export.";
        const ImVec2 size = ImGui::CalcTextSize(hint);
        draw->AddText(ImVec2(view.origin.x + (view.size.x - size.x) / 2,
                             view.origin.y + view.size.y / 2 - size.y),
                      toU32(p.textMuted), hint);
    }

    WorldRect visible = view.visibleWorld();
    const float slack = 40.0f / view.zoom;
    visible.minX -= slack;
    visible.minY -= slack;
    visible.maxX += slack;
    visible.maxY += slack;
    visibleInRect(state.layout, visible, state.visibleScratch);

    if (view.zoom >= kConnectorsFromZoom) {
        const ImU32 lineColour = toU32(withAlpha(p.textMuted, 0.55f));
        for (int i : state.visibleScratch) {
            const int parent = state.model.nodes[static_cast<size_t>(i)].parent;
            if (parent >= 0)
                drawConnector(draw, view, cards[static_cast<size_t>(i)],
                              cards[static_cast<size_t>(parent)], lineColour);
        }
    }
    if (view.zoom >= kInfluenceFromZoom) drawInfluenceLines(draw, view, account, state);

    // Far out many cards share a pixel: draw one box per occupied 2-pixel cell.
    const bool thinOut = view.zoom * kOrgCardMinWidth < 4.0f;
    std::vector<unsigned char> occupied;
    const int gridW = static_cast<int>(view.size.x / 2) + 2,
              gridH = static_cast<int>(view.size.y / 2) + 2;
    if (thinOut) occupied.assign(static_cast<size_t>(gridW * gridH), 0);
    const bool filtering = state.filter.active();
    const std::unordered_set<std::string_view> findingIds =
        state.filter.finding >= 0 ? peopleInFinding(state) : std::unordered_set<std::string_view>{};
    // The cards are a tree to a screen reader; the keyboard's card is always in it, the others
    // once they are large enough to read.
    const int current = currentCard(state);
    const bool ringShown = keyboardOn && !ImGui::GetCurrentContext()->NavDisableHighlight;
    if (current >= 0 &&
        std::find(state.visibleScratch.begin(), state.visibleScratch.end(), current) ==
            state.visibleScratch.end() &&
        cards[static_cast<size_t>(current)].visible)
        state.visibleScratch.push_back(current);
    beginTree(canvasId, "Org chart");
    for (int i : state.visibleScratch) {
        const size_t at = static_cast<size_t>(i);
        const Stakeholder& person = account.stakeholders[at];
        CardLook look;
        look.selected = state.selected.count(person.id) > 0;
        look.searchHit = !state.search.empty() && stakeholderMatchesSearch(person, state.search);
        look.dimmed = filtering && !passesFilter(state.filter, findingIds, person);
        if (thinOut && !look.selected && !look.searchHit) {
            const ImVec2 s = im(view.toScreen(cards[at].x, cards[at].y));
            const int gx = std::clamp(static_cast<int>((s.x - view.origin.x) / 2), 0, gridW - 1);
            const int gy = std::clamp(static_cast<int>((s.y - view.origin.y) / 2), 0, gridH - 1);
            unsigned char& cell = occupied[static_cast<size_t>(gy * gridW + gx)];
            if (cell) continue;
            cell = 1;
        }
        look.dropTarget = i == state.dropTarget;
        look.hasReports = state.reportCount.size() > at && state.reportCount[at] > 0;
        look.collapsed = look.hasReports && state.collapsed.count(person.id) > 0;
        look.findings = state.findingCount.size() > at ? state.findingCount[at] : 0;
        look.keyboardFocus = ringShown && i == current;
        look.moving = !state.movingId.empty() && person.id == state.movingId;
        look.dropTarget = look.dropTarget ||
                          (!state.movingId.empty() && i == current && person.id != state.movingId);
        drawCard(draw, view, cards[at], person, state.colourBy, look);
        if (view.zoom >= kLabelCardsFromZoom || i == current) {
            const ImVec2 a = im(view.toScreen(cards[at].x, cards[at].y));
            TreeItemState tree;
            tree.level = treeLevel(state, i);
            tree.hasChildren = look.hasReports;
            tree.expanded = !look.collapsed;
            tree.selected = look.selected;
            tree.current = i == current;
            const std::string name = person.name.empty() ? std::string("(no name)") : person.name;
            // Tests find cards by "Card: " and the person's name.
            const ImGuiID itemId = treeItem(
                ("##card/" + person.id).c_str(), "Card: " + person.name,
                person.title.empty() ? name : name + ", " + person.title, a,
                ImVec2(a.x + cards[at].w * view.zoom, a.y + cards[at].h * view.zoom), tree);
            if (itemId == ImGui::GetCurrentContext()->NavId) {
                // Assistive technology focused this card (a11y_mirror.js): select the person,
                // and the canvas, which walks the chart, takes the keyboard.
                state.selected = {person.id};
                state.focusId = person.id;
                ImGuiContext& g = *ImGui::GetCurrentContext();
                ImGui::SetFocusID(canvasId, ImGui::GetCurrentWindow());
                g.NavDisableHighlight = false;  // SetFocusID hides it after a click
                g.NavDisableMouseHover = true;
                platform::requestFrame();
            }
        }
    }
    endTree();
    if (ringShown && current < 0)  // the canvas has the keyboard, nobody is selected yet
        draw->AddRect(ImVec2(view.origin.x + 2, view.origin.y + 2), ImVec2(end.x - 2, end.y - 2),
                      toU32(ImGui::GetStyleColorVec4(ImGuiCol_NavHighlight)), 0, 0, 3.0f);
    if (state.draggingCards && state.pressedCard >= 0) {  // the card follows the pointer
        const Stakeholder& person = account.stakeholders[static_cast<size_t>(state.pressedCard)];
        const ImVec2 size(kOrgCardMinWidth * std::max(view.zoom, 0.5f), 30.0f);
        draw->AddRectFilled(io.MousePos, ImVec2(io.MousePos.x + size.x, io.MousePos.y + size.y),
                            toU32(withAlpha(p.accent, 0.9f)), 6.0f);
        draw->AddText(
            ImVec2(io.MousePos.x + 8, io.MousePos.y + 6), IM_COL32_WHITE,
            (state.dropTarget >= 0
                 ? "Report to " + account.stakeholders[static_cast<size_t>(state.dropTarget)].name
                 : person.name)
                .c_str());
    }
    if (!account.stakeholders.empty())
        drawLegend(draw, ImVec2(view.origin.x + em(0.8f), end.y - em(0.8f)), state.colourBy);
    draw->PopClipRect();

    drawOrgChartMinimap(account, state);
    drawOrgChartMenu(workspace, account, state);
    if (!state.message.empty()) {  // a refused move, in words, over everything else
        const float wrap = std::min(view.size.x - em(3), em(30));
        const ImVec2 size = ImGui::CalcTextSize(state.message.c_str(), nullptr, false, wrap);
        const ImVec2 a(view.origin.x + (view.size.x - size.x) / 2 - em(0.8f),
                       view.origin.y + em(0.8f));
        const ImVec2 b(a.x + size.x + em(1.6f), a.y + size.y + em(0.8f));
        draw->AddRectFilled(a, b, toU32(p.bad), em(0.4f));
        draw->AddText(nullptr, 0.0f, ImVec2(a.x + em(0.8f), a.y + em(0.4f)), IM_COL32_WHITE,
                      state.message.c_str(), nullptr, wrap);
        exposeRect("Chart message: " + state.message, a, b);
    } else if (auto moving = state.indexById.find(state.movingId);
               moving != state.indexById.end()) {
        const std::string text =
            "Moving " + account.stakeholders[static_cast<size_t>(moving->second)].name +
            ": pick the new manager with the arrow keys, then press Enter. Escape cancels.";
        const float wrap = std::min(view.size.x - em(3), em(30));
        const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
        const ImVec2 a(view.origin.x + (view.size.x - size.x) / 2 - em(0.8f),
                       view.origin.y + em(0.8f));
        const ImVec2 b(a.x + size.x + em(1.6f), a.y + size.y + em(0.8f));
        draw->AddRectFilled(a, b, toU32(p.accent), em(0.4f));
        draw->AddText(nullptr, 0.0f, ImVec2(a.x + em(0.8f), a.y + em(0.4f)), IM_COL32_WHITE,
                      text.c_str(), nullptr, wrap);
        exposeRect("Chart move: " + text, a, b);
    }
    ImGui::EndChild();
}

}  // namespace keystone::ui
