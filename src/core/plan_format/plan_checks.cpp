// Checks that need the whole plan: ids unique across every entity, reporting lines and
// influence lines pointing at stakeholders that exist, nobody managing themselves
// directly or through a loop. Runs once after decoding, in O(n log n).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/ids.h"
#include "core/plan_format/plan_reader.h"
#include "core/stakeholders/reporting_loop.h"

namespace keystone::detail {
namespace {

// Where an id lives, to build the JSON pointer only when reporting.
enum class Where : std::uint8_t {
    Account,
    Goal,
    Objective,
    Action,
    Opportunity,
    Competitor,
    Risk,
    Metric,
    Stakeholder,
    InfluenceLine,
    PricingScenario
};

struct IdEntry {
    std::uint64_t high;
    std::uint64_t low;
    std::uint32_t sequence;  // document order, so the later duplicate is the one reported
    Where where;
    std::uint32_t index;
    std::uint32_t subIndex;  // action within its objective
};

std::string pointerOf(const IdEntry& e) {
    const std::string i = std::to_string(e.index);
    switch (e.where) {
        case Where::Account:
            return "/account/id";
        case Where::Goal:
            return "/account/summary/goals/" + i + "/id";
        case Where::Objective:
            return "/account/objectives/" + i + "/id";
        case Where::Action:
            return "/account/objectives/" + i + "/actions/" + std::to_string(e.subIndex) + "/id";
        case Where::Opportunity:
            return "/account/opportunities/" + i + "/id";
        case Where::Competitor:
            return "/account/competitors/" + i + "/id";
        case Where::Risk:
            return "/account/risks/" + i + "/id";
        case Where::Metric:
            return "/account/metrics/" + i + "/id";
        case Where::Stakeholder:
            return "/account/stakeholders/" + i + "/id";
        case Where::InfluenceLine:
            return "/account/influenceLines/" + i + "/id";
        case Where::PricingScenario:
            return "/account/pricingScenarios/" + i + "/id";
    }
    return {};
}

std::string stakeholderPointer(std::size_t index, const char* member) {
    return "/account/stakeholders/" + std::to_string(index) + "/" + member;
}

// Stakeholder ids sorted for binary search: (high, low) -> index. Built from the sorted
// list of all ids, so no id is decoded or sorted twice.
class StakeholderIndex {
public:
    explicit StakeholderIndex(const std::vector<IdEntry>& sortedIds) {
        for (const IdEntry& e : sortedIds)
            if (e.where == Where::Stakeholder) m_entries.push_back({e.high, e.low, e.index});
    }
    // Index of the stakeholder with this id, or -1.
    long find(const std::string& id) const {
        Entry key{0, 0, 0};
        if (!parseId(id, key.high, key.low)) return -1;
        const auto it = std::lower_bound(
            m_entries.begin(), m_entries.end(), key, [](const Entry& a, const Entry& b) {
                return a.high != b.high ? a.high < b.high : a.low < b.low;
            });
        if (it == m_entries.end() || it->high != key.high || it->low != key.low) return -1;
        return static_cast<long>(it->index);
    }

private:
    struct Entry {
        std::uint64_t high;
        std::uint64_t low;
        std::uint32_t index;
    };
    std::vector<Entry> m_entries;
};

// Fills `ids` with every entity id, sorted; reports the first duplicate in document order.
std::optional<Error> checkUniqueIds(const Account& a, std::vector<IdEntry>& ids) {
    ids.reserve(1 + a.summary.goals.size() + a.objectives.size() + a.opportunities.size() +
                a.competitors.size() + a.risks.size() + a.metrics.size() + a.stakeholders.size() +
                a.influenceLines.size() + a.pricingScenarios.size());
    std::uint32_t sequence = 0;
    auto add = [&](const std::string& id, Where where, std::size_t index,
                   std::size_t subIndex = 0) {
        IdEntry e{0,
                  0,
                  sequence++,
                  where,
                  static_cast<std::uint32_t>(index),
                  static_cast<std::uint32_t>(subIndex)};
        parseId(id, e.high, e.low);  // validated while reading
        ids.push_back(e);
    };
    add(a.id, Where::Account, 0);
    for (std::size_t i = 0; i < a.summary.goals.size(); ++i)
        add(a.summary.goals[i].id, Where::Goal, i);
    for (std::size_t i = 0; i < a.objectives.size(); ++i) {
        add(a.objectives[i].id, Where::Objective, i);
        for (std::size_t j = 0; j < a.objectives[i].actions.size(); ++j)
            add(a.objectives[i].actions[j].id, Where::Action, i, j);
    }
    for (std::size_t i = 0; i < a.opportunities.size(); ++i)
        add(a.opportunities[i].id, Where::Opportunity, i);
    for (std::size_t i = 0; i < a.competitors.size(); ++i)
        add(a.competitors[i].id, Where::Competitor, i);
    for (std::size_t i = 0; i < a.risks.size(); ++i) add(a.risks[i].id, Where::Risk, i);
    for (std::size_t i = 0; i < a.metrics.size(); ++i) add(a.metrics[i].id, Where::Metric, i);
    for (std::size_t i = 0; i < a.stakeholders.size(); ++i)
        add(a.stakeholders[i].id, Where::Stakeholder, i);
    for (std::size_t i = 0; i < a.influenceLines.size(); ++i)
        add(a.influenceLines[i].id, Where::InfluenceLine, i);
    for (std::size_t i = 0; i < a.pricingScenarios.size(); ++i)
        add(a.pricingScenarios[i].id, Where::PricingScenario, i);

    std::sort(ids.begin(), ids.end(), [](const IdEntry& x, const IdEntry& y) {
        if (x.high != y.high) return x.high < y.high;
        if (x.low != y.low) return x.low < y.low;
        return x.sequence < y.sequence;
    });
    const IdEntry* reported = nullptr;
    for (std::size_t i = 1; i < ids.size(); ++i) {
        if (ids[i].high == ids[i - 1].high && ids[i].low == ids[i - 1].low &&
            (!reported || ids[i].sequence < reported->sequence))
            reported = &ids[i];
    }
    if (!reported) return std::nullopt;
    return Error{"Two items in the plan have the same id \"" +
                     formatId(reported->high, reported->low) + "\"; every id must be unique.",
                 pointerOf(*reported)};
}

}  // namespace

std::optional<Error> checkIdsAndReferences(const Account& a) {
    std::vector<IdEntry> ids;
    if (auto error = checkUniqueIds(a, ids)) return error;

    const auto& people = a.stakeholders;
    const StakeholderIndex index(ids);
    std::vector<long> manager(people.size(), -1);
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Stakeholder& s = people[i];
        if (!s.managerId.empty()) {
            if (s.managerId == s.id)
                return Error{"A stakeholder can't be their own manager.",
                             stakeholderPointer(i, "managerId")};
            manager[i] = index.find(s.managerId);
            if (manager[i] < 0)
                return Error{"This stakeholder's manager (id \"" + s.managerId +
                                 "\") is not a stakeholder in the plan.",
                             stakeholderPointer(i, "managerId")};
        }
        for (std::size_t j = 0; j < s.dottedLineManagerIds.size(); ++j) {
            const std::string& other = s.dottedLineManagerIds[j];
            auto where = [&] {
                return stakeholderPointer(i, "dottedLineManagerIds") + "/" + std::to_string(j);
            };
            if (other == s.id)
                return Error{"A stakeholder can't be their own dotted-line manager.", where()};
            if (index.find(other) < 0)
                return Error{"This dotted-line manager (id \"" + other +
                                 "\") is not a stakeholder in the plan.",
                             where()};
        }
    }

    // Reporting lines must form a forest.
    if (const std::vector<long> loop = findReportingLoop(manager); !loop.empty())
        return Error{
            "Reporting lines form a loop: following managers from this stakeholder comes back to "
            "them.",
            stakeholderPointer(static_cast<std::size_t>(loop.front()), "managerId")};

    for (std::size_t i = 0; i < a.influenceLines.size(); ++i) {
        const InfluenceLine& line = a.influenceLines[i];
        auto pointer = [&](const char* member) {
            return "/account/influenceLines/" + std::to_string(i) + "/" + member;
        };
        if (index.find(line.fromId) < 0)
            return Error{"This influence line starts at someone (id \"" + line.fromId +
                             "\") who is not a stakeholder in the plan.",
                         pointer("fromId")};
        if (index.find(line.toId) < 0)
            return Error{"This influence line points at someone (id \"" + line.toId +
                             "\") who is not a stakeholder in the plan.",
                         pointer("toId")};
        if (line.fromId == line.toId)
            return Error{"An influence line can't join a stakeholder to themselves.",
                         pointer("toId")};
    }

    return std::nullopt;
}

}  // namespace keystone::detail
