// Property tests of the plan merge over random edits of the built-in sample (fixed seeds).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/merge/plan_merge.h"
#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

const std::string kLater = "2026-12-01T09:00:00Z";

std::string planText(const Account& account) { return writePlan(planDocumentOf(account)); }
bool isValid(const Account& account) { return !checkPlan(planDocumentOf(account)); }

// Deletes a stakeholder the way the app does: their links go with them.
void deletePerson(Account& a, std::size_t index) {
    const std::string id = a.stakeholders[index].id;
    a.stakeholders.erase(a.stakeholders.begin() + static_cast<std::ptrdiff_t>(index));
    for (Stakeholder& s : a.stakeholders) {
        if (s.managerId == id) s.managerId.clear(), s.updated = kLater;
        auto& dotted = s.dottedLineManagerIds;
        if (std::find(dotted.begin(), dotted.end(), id) != dotted.end()) {
            dotted.erase(std::remove(dotted.begin(), dotted.end(), id), dotted.end());
            s.updated = kLater;
        }
    }
    auto& lines = a.influenceLines;
    lines.erase(
        std::remove_if(lines.begin(), lines.end(),
                       [&](const InfluenceLine& l) { return l.fromId == id || l.toId == id; }),
        lines.end());
}

// Random edits of the kind a rep makes; an edit may leave the plan invalid (the caller checks).
class RandomEditor {
public:
    RandomEditor(Rng& rng, IdGenerator& ids) : m_rng(rng), m_ids(ids) {}

    void edit(Account& a) {
        const int day = m_rng.between(1, 28);
        const std::string now =
            std::string("2026-12-") + (day < 10 ? "0" : "") + std::to_string(day) + "T10:00:00Z";
        auto& people = a.stakeholders;
        if (people.size() < 2) return;
        switch (m_rng.below(18)) {
            case 0:
                touch(any(people), now).title = "Title " + digit(5);
                break;
            case 1:
                touch(any(people), now).managerId = m_rng.chance(20) ? "" : any(people).id;
                break;
            case 2:
                deletePerson(a, index(people.size()));
                break;
            case 3: {
                Stakeholder s;
                s.id = m_ids.next();
                s.name = "New person " + s.id.substr(0, 4);
                s.managerId = any(people).id;
                insertAnywhere(people, touch(s, now));
                break;
            }
            case 4: {
                InfluenceLine line{m_ids.next(), now, any(people).id, any(people).id};
                a.influenceLines.push_back(line);
                break;
            }
            case 5:
                if (!a.risks.empty()) touch(any(a.risks), now).title = "Risk " + digit(4);
                break;
            case 6: {
                Risk r;
                r.id = m_ids.next();
                r.title = "Added risk";
                insertAnywhere(a.risks, touch(r, now));
                break;
            }
            case 7:
                eraseAny(a.risks);
                break;
            case 8:
                if (!a.objectives.empty()) editActions(touch(any(a.objectives), now), now);
                break;
            case 9:
                a.name = "Northwind " + digit(3);
                a.updated = now;
                break;
            case 10:
                touch(any(people), now).unknown.push_back({"x-mood", "\"" + digit(3) + "\""});
                break;
            case 11:
                touch(any(people), now).dottedLineManagerIds = {any(people).id};
                break;
            case 12: {
                auto& cells = touch(a.whitespace, now).cells;
                if (cells.empty() || m_rng.chance(50))
                    cells.push_back({"Unit " + digit(3), "Offer " + digit(3)});
                else
                    any(cells).value = m_rng.between(1, 9) * 1000;
                break;
            }
            case 13:
                if (!a.metrics.empty()) {
                    auto& history = touch(any(a.metrics), now).history;
                    if (history.empty() || m_rng.chance(50))
                        history.push_back({"2026-Q" + digit(4), 5, {}});
                    else
                        history.back().value = m_rng.between(1, 99);
                }
                break;
            case 14:
                if (a.team.empty() || m_rng.chance(50))
                    a.team.push_back({OurRole::SalesEngineer, "Rep " + digit(3), {}});
                else
                    a.team.pop_back();
                break;
            case 15:
                eraseAny(a.objectives);
                break;
            case 16:
                a.summary.business = "Business " + digit(3);
                a.health.nps = m_rng.between(-100, 100);
                a.updated = now;
                break;
            case 17:
                if (!a.opportunities.empty())
                    touch(any(a.opportunities), now).amount = m_rng.between(1, 50) * 100000;
                break;
        }
    }

private:
    void editActions(Objective& o, const std::string& now) {
        const auto pick = m_rng.below(3);
        if (pick == 0 || o.actions.empty()) {
            PlanAction x;
            x.id = m_ids.next();
            x.title = "Follow up";
            o.actions.push_back(touch(x, now));
        } else if (pick == 1) {
            touch(any(o.actions), now).status = WorkStatus::Done;
        } else {
            eraseAny(o.actions);
        }
    }
    template <class T>
    T& touch(T& entity, const std::string& now) {
        entity.updated = now;
        return entity;
    }
    std::size_t index(std::size_t size) { return static_cast<std::size_t>(m_rng.below(size)); }
    std::string digit(int count) {
        return std::to_string(m_rng.below(static_cast<std::uint64_t>(count)));
    }
    template <class T>
    T& any(std::vector<T>& list) {
        return list[index(list.size())];
    }
    template <class T>
    void insertAnywhere(std::vector<T>& list, const T& item) {
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(index(list.size() + 1)), item);
    }
    template <class T>
    void eraseAny(std::vector<T>& list) {
        if (!list.empty())
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(index(list.size())));
    }

    Rng& m_rng;
    IdGenerator& m_ids;
};

// `edits` random edits that each keep the plan valid (an edit that would not is undone).
Account randomlyEdited(const Account& base, Rng& rng, IdGenerator& ids, int edits) {
    Account a = base;
    for (int i = 0; i < edits; ++i) {
        Account before = a;
        RandomEditor(rng, ids).edit(a);
        if (!isValid(a)) a = std::move(before);
    }
    return a;
}

}  // namespace

TEST_CASE("a merge of a copy with itself gives that copy") {
    const Account base = makeSampleAccount();
    Rng rng(7);
    IdGenerator ids(7);
    for (int round = 0; round < 10; ++round) {
        const Account x = randomlyEdited(base, rng, ids, 6);
        const MergeResult result = mergePlans(&base, x, x);
        CHECK(result.conflicts.empty());
        CHECK(planText(result.merged) == planText(x));
        CHECK(planText(mergePlans(nullptr, x, x).merged) == planText(x));
    }
}

TEST_CASE("a merge where only theirs changed gives theirs") {
    const Account base = makeSampleAccount();
    Rng rng(11);
    IdGenerator ids(11);
    for (int round = 0; round < 10; ++round) {
        const Account theirs = randomlyEdited(base, rng, ids, 6);
        const MergeResult result = mergePlans(&base, base, theirs);
        CHECK(result.conflicts.empty());
        CHECK(planText(result.merged) == planText(theirs));
        CHECK(planText(mergePlans(&base, theirs, base).merged) == planText(theirs));
    }
}

TEST_CASE("a merge of random edits never yields a plan that fails checkPlan") {
    const Account base = makeSampleAccount();
    Rng rng(20261124);
    IdGenerator ids(42);
    int structural = 0;  // loops and deleted-but-referenced people met, so the repairs ran
    for (int round = 0; round < 40; ++round) {
        const Account mine = randomlyEdited(base, rng, ids, 10);
        const Account theirs = randomlyEdited(base, rng, ids, 10);
        const MergeResult result = mergePlans(&base, mine, theirs);
        REQUIRE_FALSE(result.error);
        CHECK(isValid(result.merged));
        for (const MergeConflict& c : result.conflicts) {
            CHECK(c.kind != MergeConflictKind::InvalidPlan);
            structural += c.kind == MergeConflictKind::ReportingLoop ||
                          c.kind == MergeConflictKind::DeleteVsReference;
        }
        std::vector<Resolution> random;
        for (std::size_t i = 0; i < result.conflicts.size(); ++i)
            random.push_back(static_cast<Resolution>(rng.below(3)));
        CHECK(isValid(applyResolutions(result, random)));
        CHECK(isValid(applyResolutions(
            result, std::vector<Resolution>(result.conflicts.size(), Resolution::TakeTheirs))));
        CHECK(isValid(mergePlans(nullptr, mine, theirs).merged));
    }
    CHECK(structural > 0);
}
