// The stakeholder map's view state, kept per account in ViewState (ui/shell/view_state.h): what
// the rep sees (zoom, pan, selection, filters) and the layout cache derived from the model.
// Plain C++ and core types only, so the native core tests can build a ViewState.
//
// Coordinate spaces (as in implot / imnodes):
//   world  — the chart's own space from core/stakeholders/org_layout.h: one unit = one design pixel
//   at zoom 1; screen — ImGui's coordinates (CSS pixels), where the canvas occupies [origin, origin
//   + size).
// screen = origin + (world − pan) × zoom, so `pan` is the world point at the canvas's top-left.
//
// Contents: PlanePoint · OrgViewport · ColourBy · OrgChartFilter · OrgChartState
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/stakeholders/coverage.h"
#include "core/stakeholders/org_chart_model.h"
#include "core/stakeholders/org_layout.h"

namespace keystone::ui {

constexpr float kMinZoom = 0.02f;  // a 100k-person chart fits on screen
constexpr float kMaxZoom = 3.0f;

// A point in world or screen space. Plain floats rather than ImVec2 so this header needs no
// ImGui; ui/org_chart/org_chart_view.h converts (im(), plane()).
struct PlanePoint {
    float x = 0.0f;  // right (default 0)
    float y = 0.0f;  // down (default 0)
};

struct OrgViewport {
    PlanePoint origin;  // canvas top-left, screen; set every frame
    PlanePoint size;    // canvas size, screen; set every frame
    PlanePoint pan;     // world point shown at the canvas's top-left (default 0,0)
    float zoom = 1.0f;  // screen pixels per world unit (default 1)

    PlanePoint toScreen(float x, float y) const {
        return PlanePoint{origin.x + (x - pan.x) * zoom, origin.y + (y - pan.y) * zoom};
    }
    PlanePoint toWorld(PlanePoint screen) const {
        return PlanePoint{pan.x + (screen.x - origin.x) / zoom,
                          pan.y + (screen.y - origin.y) / zoom};
    }
    WorldRect visibleWorld() const {
        return WorldRect{pan.x, pan.y, pan.x + size.x / zoom, pan.y + size.y / zoom};
    }
    // Keeps the world point under `anchor` (screen) in place while zooming.
    void zoomAround(PlanePoint anchor, float newZoom) {
        newZoom = std::clamp(newZoom, kMinZoom, kMaxZoom);
        const PlanePoint world = toWorld(anchor);
        zoom = newZoom;
        pan = PlanePoint{world.x - (anchor.x - origin.x) / zoom,
                         world.y - (anchor.y - origin.y) / zoom};
    }
    // Shows `rect` whole, centred, with a margin, never zooming in past 1.
    void fit(const WorldRect& rect) {
        const float margin = 40.0f;
        const float w = std::max(rect.maxX - rect.minX, 1.0f) + 2 * margin;
        const float h = std::max(rect.maxY - rect.minY, 1.0f) + 2 * margin;
        zoom = std::clamp(std::min(size.x / w, size.y / h), kMinZoom, 1.0f);
        pan = PlanePoint{(rect.minX + rect.maxX) / 2 - size.x / 2 / zoom, rect.minY - margin};
        if (h * zoom < size.y) pan.y = (rect.minY + rect.maxY) / 2 - size.y / 2 / zoom;
    }
};

enum class ColourBy { Stance, Role, Strength };

// What the toolbar's filters keep: highlighted on the chart, where everyone else is drawn
// faded so the chart's shape never jumps while filtering; the only rows of the table.
struct OrgChartFilter {
    int role = -1;           // BuyingRole index, -1 = any
    int stance = -1;         // Stance, -1 = any
    int owner = -1;          // OurRole, -1 = any
    std::string department;  // "" = any
    int finding = -1;        // CoverageRule index: people a finding names; -1 = any
    bool active() const {
        return role >= 0 || stance >= 0 || owner >= 0 || !department.empty() || finding >= 0;
    }
    bool operator==(const OrgChartFilter& o) const {
        return role == o.role && stance == o.stance && owner == o.owner &&
               department == o.department && finding == o.finding;
    }
    bool operator!=(const OrgChartFilter& o) const { return !(*this == o); }
};

// One account's canvas state; dropped with the account (ViewState::prune).
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
    std::string message;          // a refused move, shown until the next action
    std::string pendingCenterId;  // centre on this person next frame
    std::string tableRevealId;    // scroll the table to this person's row next time it shows
    std::string influenceFilter;  // typed into "Add influence line"'s person list

    // The keyboard (org_chart_keyboard.cpp). The person it is on is focusId.
    std::string revealId;           // scroll this person's card into view next frame, if need be
    std::string movingId;           // "Move under...": whose new manager the arrow keys pick
    bool editPending = false;       // Enter: the side panel's first field takes the keyboard
    bool menuFromKeyboard = false;  // the card menu was opened by a key: show it by the card

    // Layout cache: rebuilt when the model (workspace revision) or the collapsed set changes.
    unsigned long long layoutRevision = ~0ull;
    size_t layoutPeople = 0;
    bool layoutDirty = true;
    unsigned layoutGeneration = 0;  // bumped on every relayout, for derived caches
    OrgChartModel model;
    OrgLayout layout;
    CoverageReport coverage;
    std::vector<int> reportCount;                    // direct reports per card
    std::vector<int> findingCount;                   // coverage findings naming each card
    std::unordered_map<std::string, int> indexById;  // stakeholder id -> card index
    std::vector<std::pair<int, int>> influenceEnds;  // card indices per influence line, -1 = gone
    std::vector<std::string> departments;            // sorted, for the department filter
    std::vector<int> visibleScratch;                 // reused culling buffer
    // The table's rows (card indices) for the search and filters they were picked with;
    // picked again when either or the layout generation changes.
    std::vector<int> tableRows;
    unsigned tableRowsGeneration = ~0u;
    std::string tableRowsSearch;
    OrgChartFilter tableRowsFilter;
    struct MinimapDot {
        PlanePoint at;
        PlanePoint size;
        std::uint32_t colour;
    };  // minimap pixels, relative; ImU32 colour
    std::vector<MinimapDot> minimapDots;
    unsigned minimapGeneration = ~0u;
    PlanePoint minimapMin, minimapMax;  // where the minimap was drawn last frame
    float minimapScale = 0;             // minimap pixels per world unit; 0 = hidden
    bool minimapDragging = false;
    ColourBy minimapColourBy = ColourBy::Stance;

    // Pointer interaction in progress.
    bool pointerPress = false;  // the canvas was pressed with the mouse (not Space)
    bool panning = false;
    int pressedCard = -1;        // card under the press, -1 = empty space
    bool draggingCards = false;  // moved past the threshold with a card
    int dropTarget = -1;         // card under the pointer while dragging
    int contextCard = -1;        // card whose context menu is open
};

}  // namespace keystone::ui
