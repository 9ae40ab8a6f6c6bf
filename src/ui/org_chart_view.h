// The stakeholder map's canvas: view state, coordinate spaces and the pieces drawn on it.
//
// Coordinate spaces (as in implot / imnodes):
//   world  — the chart's own space from core/org_layout.h: one unit = one design pixel at zoom 1;
//   screen — ImGui's coordinates (CSS pixels), where the canvas occupies [origin, origin + size).
// screen = origin + (world − pan) × zoom, so `pan` is the world point at the canvas's top-left.
//
// Contents: OrgViewport · ColourBy · OrgChartFilter · OrgChartState · the per-file entry points
//           (canvas, cards, toolbar, minimap, side panel) the stakeholders tab composes.
#pragma once

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/coverage.h"
#include "core/org_chart_model.h"
#include "core/org_layout.h"
#include "core/workspace.h"

namespace keystone::ui {

constexpr float kMinZoom = 0.02f;  // a 100k-person chart fits on screen
constexpr float kMaxZoom = 3.0f;

struct OrgViewport {
    ImVec2 origin;               // canvas top-left, screen
    ImVec2 size;                 // canvas size, screen
    ImVec2 pan{0, 0};            // world point shown at the canvas's top-left
    float zoom = 1.0f;           // screen pixels per world unit

    ImVec2 toScreen(float x, float y) const {
        return ImVec2(origin.x + (x - pan.x) * zoom, origin.y + (y - pan.y) * zoom);
    }
    ImVec2 toWorld(ImVec2 screen) const {
        return ImVec2(pan.x + (screen.x - origin.x) / zoom, pan.y + (screen.y - origin.y) / zoom);
    }
    WorldRect visibleWorld() const {
        return WorldRect{pan.x, pan.y, pan.x + size.x / zoom, pan.y + size.y / zoom};
    }
    // Keeps the world point under `anchor` (screen) in place while zooming.
    void zoomAround(ImVec2 anchor, float newZoom);
    // Shows `rect` whole, centred, with a margin, never zooming in past 1.
    void fit(const WorldRect& rect);
};

enum class ColourBy { Stance, Role, Strength };

// What the toolbar's filters keep highlighted; everyone else is drawn faded, so the chart's
// shape never jumps while filtering.
struct OrgChartFilter {
    int role = -1;            // BuyingRole index, -1 = any
    int stance = -1;          // Stance, -1 = any
    int owner = -1;           // OurRole, -1 = any
    std::string department;   // "" = any
    int finding = -1;         // CoverageRule index: people a finding names; -1 = any
    bool active() const {
        return role >= 0 || stance >= 0 || owner >= 0 || !department.empty() || finding >= 0;
    }
};

// One account's canvas state; lives as long as the app (kept per account id).
struct OrgChartState {
    std::string accountId;
    OrgViewport viewport;
    bool fitPending = true;                     // fit the chart on the next frame
    bool firstView = true;                      // the first fit of this account's chart
    std::unordered_set<std::string> selected;   // stakeholder ids
    std::string focusId;                        // the one the side panel edits
    std::unordered_set<std::string> collapsed;  // managers whose teams are hidden
    ColourBy colourBy = ColourBy::Stance;
    OrgChartFilter filter;
    std::string search;
    bool searchFocusPending = false;
    std::string message;                        // a refused move, shown until the next action
    std::string pendingCenterId;                // centre on this person next frame

    // Layout cache: rebuilt when the model or the collapsed set changes.
    unsigned long long layoutRevision = ~0ull;
    size_t layoutPeople = 0;
    bool layoutDirty = true;
    unsigned layoutGeneration = 0;              // bumped on every relayout, for derived caches
    OrgChartModel model;
    OrgLayout layout;
    CoverageReport coverage;
    std::vector<int> reportCount;               // direct reports per card
    std::vector<int> findingCount;              // coverage findings naming each card
    std::unordered_map<std::string, int> indexById;  // stakeholder id -> card index
    std::vector<std::pair<int, int>> influenceEnds;  // card indices per influence line, -1 = gone
    std::vector<std::string> departments;       // sorted, for the department filter
    std::vector<int> visibleScratch;            // reused culling buffer
    struct MinimapDot { ImVec2 at; ImVec2 size; ImU32 colour; };  // minimap pixels, relative
    std::vector<MinimapDot> minimapDots;
    unsigned minimapGeneration = ~0u;
    ImVec2 minimapMin, minimapMax;              // where the minimap was drawn last frame
    float minimapScale = 0;                     // minimap pixels per world unit; 0 = hidden
    bool minimapDragging = false;
    ColourBy minimapColourBy = ColourBy::Stance;

    // Pointer interaction in progress.
    bool panning = false;
    int pressedCard = -1;                       // card under the press, -1 = empty space
    bool draggingCards = false;                 // moved past the threshold with a card
    int dropTarget = -1;                        // card under the pointer while dragging
    int contextCard = -1;                       // card whose context menu is open
};

// Keeps one state per account and refreshes its layout and coverage when the model changed.
OrgChartState& orgChartState(const Workspace& workspace, const Account& account);

// The canvas itself (org_chart_canvas.cpp): pan, zoom, select, drag to change a manager,
// context menu. Fills the space given.
void drawOrgChartCanvas(Workspace& workspace, const Account& account, OrgChartState& state, ImVec2 size);

// Card and connector drawing with levels of detail (org_chart_cards.cpp).
struct CardLook {
    bool selected = false;
    bool dimmed = false;     // filtered out
    bool dropTarget = false; // a drag would make this the new manager
    bool searchHit = false;
    bool hasReports = false;
    bool collapsed = false;
    int findings = 0;        // coverage findings naming this person
};
void drawCard(ImDrawList* draw, const OrgViewport& view, const OrgCard& card, const Stakeholder& person,
              ColourBy colourBy, const CardLook& look);
ImVec4 cardColour(const Stakeholder& person, ColourBy colourBy);
// The colour key, drawn over the canvas's bottom-left corner.
void drawLegend(ImDrawList* draw, ImVec2 bottomLeft, ColourBy colourBy);

// Reporting and influence lines (org_chart_lines.cpp).
void drawConnector(ImDrawList* draw, const OrgViewport& view, const OrgCard& card, const OrgCard& boss, ImU32 colour);
void drawInfluenceLines(ImDrawList* draw, const OrgViewport& view, const Account& account,
                        const OrgChartState& state);

// A card's context menu, opened by the canvas as "##org-card-menu" (org_chart_menu.cpp).
void drawOrgChartMenu(Workspace& workspace, const Account& account, OrgChartState& state);

// The toolbar above the canvas (org_chart_toolbar.cpp).
void drawOrgChartToolbar(Workspace& workspace, const Account& account, OrgChartState& state);

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

// Selects and centres on a person (search results, findings).
void focusPerson(OrgChartState& state, const std::string& personId);

}  // namespace keystone::ui
