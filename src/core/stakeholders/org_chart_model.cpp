#include "core/stakeholders/org_chart_model.h"

#include <algorithm>
#include <unordered_map>

namespace keystone {
namespace {

std::size_t codePoints(const std::string& text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

}  // namespace

OrgCardSize orgCardSize(const Stakeholder& person) {
    // The name is set in the strong font, a little wider per character than the title.
    const float nameWidth = static_cast<float>(codePoints(person.name)) * kOrgCardCharWidth * 1.1f;
    const float titleWidth = static_cast<float>(codePoints(person.title)) * kOrgCardCharWidth;
    const float text = std::max(nameWidth, titleWidth) + 2.0f * kOrgCardPadding;
    return {std::clamp(text, kOrgCardMinWidth, kOrgCardMaxWidth), kOrgCardHeight};
}

OrgChartModel buildOrgChartModel(const Account& account,
                                 const std::unordered_set<std::string>& collapsedIds) {
    OrgChartModel model;
    const auto& people = account.stakeholders;
    std::unordered_map<std::string, int> indexOf;
    indexOf.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i)
        indexOf.emplace(people[i].id, static_cast<int>(i));
    model.nodes.resize(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Stakeholder& person = people[i];
        LayoutNode& node = model.nodes[i];
        const OrgCardSize size = orgCardSize(person);
        node.width = size.w;
        node.height = size.h;
        node.collapsed = !collapsedIds.empty() && collapsedIds.count(person.id) > 0;
        if (person.managerId.empty()) continue;
        const auto it = indexOf.find(person.managerId);
        if (it == indexOf.end())
            ++model.unknownManagerCount;
        else
            node.parent = it->second;
    }
    return model;
}

}  // namespace keystone
