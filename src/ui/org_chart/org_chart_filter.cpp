// Who the toolbar's search and filters keep: the chart fades everyone else, the table lists
// only them. One test for both, so the two views never disagree about who is in.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/stakeholders/stakeholder_search.h"
#include "ui/org_chart/org_chart_view.h"

namespace keystone::ui {

std::unordered_set<std::string_view> peopleInFinding(const OrgChartState& state) {
    std::unordered_set<std::string_view> ids;
    for (const CoverageFinding& finding : state.coverage.findings)
        if (static_cast<int>(finding.rule) == state.filter.finding)
            ids.insert(finding.stakeholderIds.begin(), finding.stakeholderIds.end());
    return ids;
}

bool passesFilter(const OrgChartFilter& f, const std::unordered_set<std::string_view>& findingIds,
                  const Stakeholder& person) {
    if (f.role >= 0 && !hasRole(person, buyingRoleAt(f.role))) return false;
    if (f.stance >= 0 && static_cast<int>(person.stance) != f.stance) return false;
    if (f.owner >= 0 && static_cast<int>(person.owner) != f.owner) return false;
    if (!f.department.empty() && person.department != f.department) return false;
    return f.finding < 0 || findingIds.count(person.id) > 0;
}

const std::vector<int>& peopleShown(const Account& account, OrgChartState& state) {
    // A 100,000-person chart is searched once per change, not once per frame of scrolling.
    if (state.tableRowsGeneration == state.layoutGeneration &&
        state.tableRowsSearch == state.search && state.tableRowsFilter == state.filter)
        return state.tableRows;
    state.tableRowsGeneration = state.layoutGeneration;
    state.tableRowsSearch = state.search;
    state.tableRowsFilter = state.filter;
    const std::unordered_set<std::string_view> findingIds =
        state.filter.finding >= 0 ? peopleInFinding(state) : std::unordered_set<std::string_view>{};
    state.tableRows.clear();
    for (size_t i = 0; i < account.stakeholders.size(); ++i) {
        const Stakeholder& person = account.stakeholders[i];
        if (stakeholderMatchesSearch(person, state.search) &&
            passesFilter(state.filter, findingIds, person))
            state.tableRows.push_back(static_cast<int>(i));
    }
    return state.tableRows;
}

}  // namespace keystone::ui
