// The stakeholder map's canvas: the pieces drawn on it. Its view state and coordinate spaces
// are in ui/org_chart/org_chart_state.h (kept per account in ViewState).
//
// Contents: im() / plane() · the per-file entry points (canvas, table, cards, toolbar, minimap,
//           side panel) the stakeholders tab composes · the filter test and adding a person,
//           which several of them share.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/editing/workspace.h"
#include "core/stakeholders/coverage.h"
#include "core/stakeholders/org_chart_model.h"
#include "core/stakeholders/org_layout.h"
#include "core/stakeholders/stakeholder_edits.h"
#include "ui/org_chart/org_chart_state.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Conversions between the view state's plain points and ImGui's.
inline ImVec2 im(PlanePoint p) { return ImVec2(p.x, p.y); }
inline PlanePoint plane(ImVec2 v) { return PlanePoint{v.x, v.y}; }

// The account's state in `view` (created on first use), its layout and coverage refreshed when
// the model changed.
OrgChartState& orgChartState(StakeholdersView& view, const Workspace& workspace,
                             const Account& account);

// The canvas itself (org_chart_canvas.cpp): pan, zoom, select, drag to change a manager,
// context menu. Fills the space given.
void drawOrgChartCanvas(Workspace& workspace, OrgLayoutEngine& engine, const Account& account,
                        OrgChartState& state, ImVec2 size);

// The contacts as a table (stakeholder_table.cpp): only the people who match the search and
// pass the filters, with how many that is, or a word on why nobody is listed.
void drawStakeholderTable(const Account& account, OrgChartState& state);

// The toolbar's filters (org_chart_filter.cpp). `findingIds` are the people the filter's
// finding names (peopleInFinding), built once per frame and only when a finding is picked.
std::unordered_set<std::string_view> peopleInFinding(const OrgChartState& state);
bool passesFilter(const OrgChartFilter& filter,
                  const std::unordered_set<std::string_view>& findingIds,
                  const Stakeholder& person);
// The indices of the people who match the search and pass the filters, in chart order;
// everyone when neither is set. Kept in `state` until the model, search or filters change.
const std::vector<int>& peopleShown(const Account& account, OrgChartState& state);

// Adds "New contact" as one undo step and selects them: at the top of the chart (nobody's
// report) when `anchorId` is empty, else placed next to that person (org_chart_menu.cpp).
// The search and filters are cleared so the new person is never hidden; a refused add
// leaves its reason in state.message.
void addPerson(Workspace& workspace, const Account& account, OrgChartState& state,
               const std::string& anchorId = {}, NewPersonPlace place = NewPersonPlace::ReportOf);

// Card and connector drawing with levels of detail (org_chart_cards.cpp).
struct CardLook {
    bool selected = false;
    bool dimmed = false;      // filtered out
    bool dropTarget = false;  // a drag would make this the new manager
    bool searchHit = false;
    bool hasReports = false;
    bool collapsed = false;
    int findings = 0;            // coverage findings naming this person
    bool keyboardFocus = false;  // the keyboard is on this card: a focus ring around it
    bool moving = false;         // being moved by keyboard ("Move under...")
};
void drawCard(ImDrawList* draw, const OrgViewport& view, const OrgCard& card,
              const Stakeholder& person, ColourBy colourBy, const CardLook& look);
ImVec4 cardColour(const Stakeholder& person, ColourBy colourBy);
// The colour key, drawn over the canvas's bottom-left corner.
void drawLegend(ImDrawList* draw, ImVec2 bottomLeft, ColourBy colourBy);

// Reporting and influence lines (org_chart_lines.cpp).
void drawConnector(ImDrawList* draw, const OrgViewport& view, const OrgCard& card,
                   const OrgCard& boss, ImU32 colour);
void drawInfluenceLines(ImDrawList* draw, const OrgViewport& view, const Account& account,
                        const OrgChartState& state);

// A card's context menu, opened by the canvas as "##org-card-menu" (org_chart_menu.cpp).
void drawOrgChartMenu(Workspace& workspace, const Account& account, OrgChartState& state);

// The toolbar above the canvas (org_chart_toolbar.cpp).
// `view` keeps the search walk (Enter), `contacts` the CSV import the toolbar opens.
void drawOrgChartToolbar(Workspace& workspace, StakeholdersView& view,
                         ContactsImportState& contacts, const Account& account,
                         OrgChartState& state);

// A small overview in the canvas's corner for large charts (org_chart_minimap.cpp); click or
// drag on it to move the view.
void drawOrgChartMinimap(const Account& account, OrgChartState& state);
// The world point under a screen point on the minimap; false when the point is not on it.
bool minimapToWorld(const OrgChartState& state, ImVec2 screen, ImVec2& world);

// The side panel: the focused person's editor, or the coverage findings (stakeholder_panel.cpp).
void drawStakeholderPanel(Workspace& workspace, const Account& account, OrgChartState& state);

// The focused person's influence lines, below their details (influence_editor.cpp).
void drawInfluenceEditor(Workspace& workspace, const Account& account, const Stakeholder& person,
                         OrgChartState& state);

// Selects a person and brings them into view on the chart and in the table (search results,
// findings, a person just added).
void focusPerson(OrgChartState& state, const std::string& personId);

// The chart by keyboard (org_chart_keyboard.cpp; the keys are described there). Call right
// after the canvas item `canvasId`, inside its window; `focused`: it has keyboard focus. A
// command it runs is in the model when it returns: refresh the layout before drawing.
void handleChartKeys(Workspace& workspace, const Account& account, OrgChartState& state,
                     unsigned int canvasId, bool focused);
// The card the keyboard is on: the focused person, else the first selected; -1 for none.
int currentCard(const OrgChartState& state);
// The root of the largest tree: where a rep expects the chart to start (org_chart_canvas.cpp).
int firstRoot(const OrgChartState& state);
// Opens the collapsed teams above a person so their card is drawn; true when any was closed.
bool openTeamsAbove(const Account& account, OrgChartState& state, const std::string& personId);
// Pans the least that shows the card whole, clear of the canvas's edges and its legend.
void revealCard(OrgViewport& view, const OrgCard& card);

}  // namespace keystone::ui
