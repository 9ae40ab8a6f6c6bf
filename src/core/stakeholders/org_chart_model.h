// The org chart as the layout engine sees it: one LayoutNode per stakeholder, card sizes
// shared by the canvas (src/ui/org_chart_*) and `keystone layout` so both place cards alike.
//
// Contents: card size constants · orgCardSize · OrgChartModel · buildOrgChartModel
//
// World units: one unit = one design pixel at zoom 1 (see core/stakeholders/org_layout.h).
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "core/model/account.h"
#include "core/stakeholders/org_layout.h"

namespace keystone {

// Card geometry in world units. A card shows the name (one line), the title (one line), role
// badges and the strength dots; width grows with the longer of name and title so long names
// are not clipped, within [kOrgCardMinWidth, kOrgCardMaxWidth].
constexpr float kOrgCardMinWidth = 176.0f;  // narrowest card (default 176)
constexpr float kOrgCardMaxWidth = 288.0f;  // widest card; longer text is ellipsised (288)
constexpr float kOrgCardHeight = 76.0f;     // every card's height (default 76)
constexpr float kOrgCardPadding = 12.0f;    // inside the card, left and right (default 12)
constexpr float kOrgCardCharWidth = 7.5f;   // estimated width of one character of body text

struct OrgCardSize {
    float w = kOrgCardMinWidth;  // width, world units
    float h = kOrgCardHeight;    // height, world units
};

// Size of one person's card. Counts characters (UTF-8 code points), not bytes, so non-Latin
// names get the same width per character; deterministic, no font needed.
OrgCardSize orgCardSize(const Stakeholder& person);

// The reporting forest of an account, ready for OrgLayoutEngine::layout.
struct OrgChartModel {
    std::vector<LayoutNode> nodes;  // nodes[i] is account.stakeholders[i]
    int unknownManagerCount = 0;    // managerId set but not found: drawn as a root
};

// nodes[i].parent = index of stakeholders[i].managerId (-1 when empty or not found);
// nodes[i].collapsed = its id is in `collapsedIds`. Linear time (one hash map of ids).
OrgChartModel buildOrgChartModel(const Account& account,
                                 const std::unordered_set<std::string>& collapsedIds = {});

}  // namespace keystone
