#include "fuzz_plan_editor.h"

#include <algorithm>

#include "core/pricing/pricing_scenario.h"

namespace keystone::fuzz {
namespace {

std::string twoDigits(std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

template <class T>
void eraseAt(std::vector<T>& list, std::size_t index) {
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(index));
}

// Whether `person` is `ancestor` or reports to them, directly or through others.
bool reportsTo(const Account& a, std::string person, const std::string& ancestor) {
    for (std::size_t steps = 0; !person.empty() && steps <= a.stakeholders.size(); ++steps) {
        if (person == ancestor) return true;
        const auto it = std::find_if(a.stakeholders.begin(), a.stakeholders.end(),
                                     [&](const Stakeholder& s) { return s.id == person; });
        if (it == a.stakeholders.end()) return false;
        person = it->managerId;
    }
    return false;
}

}  // namespace

std::string PlanEditor::stamp() {
    static constexpr std::string_view kFractions[] = {"", ".5", ".50", ".125"};
    const std::size_t day = 1 + m_bytes.below(28), hour = m_bytes.below(24);
    return "2026-12-" + twoDigits(day) + "T" + twoDigits(hour) + ":00:00" +
           std::string(kFractions[m_bytes.below(4)]) + "Z";
}

std::string PlanEditor::text() {
    static const std::string kTexts[] = {
        "",
        "Title 1",
        "Title 2",
        "VP Supply Chain",
        "Zo\xC3\xAB M\xC3\xBCller \xE2\x80\x93 EMEA",
        "\xE4\xBC\x9F \xE7\x8E\x8B",
        "\"quoted\" / slash ~ tilde \\ back",
        "\xF0\x9F\x98\x80",
        "two\nlines",
        std::string(1024, 'x'),
    };
    return kTexts[m_bytes.below(std::size(kTexts))];
}

void PlanEditor::edit(EditedCopy& copy) {
    switch (m_bytes.byte() % 16) {
        case 0:
            return editPerson(copy);
        case 1:
            return setManager(copy);
        case 2:
            return deletePerson(copy);
        case 3:
            return addPerson(copy);
        case 4:
            return editInfluenceLines(copy);
        case 5:
            return editRisks(copy);
        case 6:
            return editObjectives(copy);
        case 7:
            return editAccount(copy);
        case 8:
            return editWhitespace(copy);
        case 9:
            return editMetrics(copy);
        case 10:
            return editTeam(copy);
        case 11:
            return editOpportunities(copy);
        case 12:
            return editPricingScenarios(copy);
        case 13:
            return editGoals(copy);
        case 14:
            return editCompetitors(copy);
        default:
            return editPerson(copy);
    }
}

void PlanEditor::editPerson(EditedCopy& copy) {
    auto& people = copy.plan.stakeholders;
    if (people.empty()) return;
    Stakeholder& s = any(people);
    copy.touched.insert("person:" + s.id);
    switch (m_bytes.byte() % 6) {
        case 0:
            s.title = text();
            break;
        case 1:
            s.notes = text();
            break;
        case 2:
            s.influence = 1 + static_cast<int>(m_bytes.below(5));
            break;
        case 3: {  // a member from a newer build, replaced when it is there already
            const std::string value = "\"" + std::to_string(m_bytes.below(4)) + "\"";
            const auto it = std::find_if(s.unknown.begin(), s.unknown.end(),
                                         [](const UnknownField& f) { return f.key == "x-mood"; });
            if (it != s.unknown.end())
                it->json = value;
            else
                s.unknown.push_back({"x-mood", value});
            break;
        }
        case 4: {  // a dotted line to someone else, or none
            const Stakeholder& other = any(people);
            if (other.id == s.id || m_bytes.byte() % 4 == 0) {
                s.dottedLineManagerIds.clear();
            } else {
                s.dottedLineManagerIds = {other.id};
                copy.touched.insert("person:" + other.id);
            }
            break;
        }
        default:  // only the stamp moves
            break;
    }
    s.updated = stamp();
}

void PlanEditor::setManager(EditedCopy& copy) {
    auto& people = copy.plan.stakeholders;
    if (people.size() < 2) return;
    Stakeholder& s = any(people);
    const std::string manager = m_bytes.byte() % 8 == 0 ? std::string() : any(people).id;
    if (!manager.empty() && reportsTo(copy.plan, manager, s.id)) return;  // would close a loop
    s.managerId = manager;
    s.updated = stamp();
    copy.touched.insert("person:" + s.id);
    if (!manager.empty()) {
        copy.touched.insert("person:" + manager);
        copy.setManager = true;
    }
}

// As the app deletes someone: the links to them go too, and the people linked are edited.
void PlanEditor::deletePerson(EditedCopy& copy) {
    Account& a = copy.plan;
    if (a.stakeholders.empty()) return;
    const std::size_t index = m_bytes.below(a.stakeholders.size());
    const std::string id = a.stakeholders[index].id;
    const std::string now = stamp();
    copy.touched.insert("person:" + id);
    eraseAt(a.stakeholders, index);
    for (Stakeholder& s : a.stakeholders) {
        auto& dotted = s.dottedLineManagerIds;
        const bool linked = s.managerId == id || std::count(dotted.begin(), dotted.end(), id) > 0;
        if (!linked) continue;
        if (s.managerId == id) s.managerId.clear();
        dotted.erase(std::remove(dotted.begin(), dotted.end(), id), dotted.end());
        s.updated = now;
        copy.touched.insert("person:" + s.id);
    }
    auto& lines = a.influenceLines;
    for (const InfluenceLine& l : lines)
        if (l.fromId == id || l.toId == id) copy.touched.insert("line:" + l.id);
    lines.erase(
        std::remove_if(lines.begin(), lines.end(),
                       [&](const InfluenceLine& l) { return l.fromId == id || l.toId == id; }),
        lines.end());
}

void PlanEditor::addPerson(EditedCopy& copy) {
    auto& people = copy.plan.stakeholders;
    Stakeholder s;
    s.id = m_ids.next();
    s.name = "New person " + s.id.substr(0, 4);
    s.title = text();
    if (!people.empty() && m_bytes.byte() % 4 != 0) {
        s.managerId = any(people).id;
        copy.touched.insert("person:" + s.managerId);
    }
    s.updated = stamp();
    copy.touched.insert("person:" + s.id);
    insertAnywhere(people, std::move(s));
}

void PlanEditor::editInfluenceLines(EditedCopy& copy) {
    Account& a = copy.plan;
    auto& lines = a.influenceLines;
    const std::uint8_t what = m_bytes.byte() % 3;
    if (what == 0 || lines.empty()) {
        if (a.stakeholders.size() < 2) return;
        InfluenceLine line;
        line.id = m_ids.next();
        line.fromId = any(a.stakeholders).id;
        line.toId = any(a.stakeholders).id;
        if (line.fromId == line.toId) return;
        line.updated = stamp();
        copy.touched.insert({"line:" + line.id, "person:" + line.fromId, "person:" + line.toId});
        insertAnywhere(lines, std::move(line));
    } else if (what == 1) {
        const std::size_t index = m_bytes.below(lines.size());
        copy.touched.insert("line:" + lines[index].id);
        eraseAt(lines, index);
    } else {  // one end moves to someone else
        InfluenceLine& line = any(lines);
        const std::string person = any(a.stakeholders).id;
        const bool from = m_bytes.byte() % 2 == 0;
        if (person == (from ? line.toId : line.fromId)) return;
        (from ? line.fromId : line.toId) = person;
        line.updated = stamp();
        copy.touched.insert({"line:" + line.id, "person:" + person});
    }
}

void PlanEditor::editRisks(EditedCopy& copy) {
    auto& risks = copy.plan.risks;
    const std::uint8_t what = m_bytes.byte() % 3;
    if (what == 0 || risks.empty()) {
        Risk r;
        r.id = m_ids.next();
        r.title = "Added risk";
        r.updated = stamp();
        copy.touched.insert("risk:" + r.id);
        insertAnywhere(risks, std::move(r));
    } else if (what == 1) {
        Risk& r = any(risks);
        r.title = text();
        r.likelihood = 1 + static_cast<int>(m_bytes.below(5));
        r.updated = stamp();
        copy.touched.insert("risk:" + r.id);
    } else {
        const std::size_t index = m_bytes.below(risks.size());
        copy.touched.insert("risk:" + risks[index].id);
        eraseAt(risks, index);
    }
}

void PlanEditor::editObjectives(EditedCopy& copy) {
    auto& objectives = copy.plan.objectives;
    const std::uint8_t what = m_bytes.byte() % 5;
    if (what == 0 || objectives.empty()) {
        Objective o;
        o.id = m_ids.next();
        o.title = text();
        o.updated = stamp();
        copy.touched.insert("objective:" + o.id);
        insertAnywhere(objectives, std::move(o));
        return;
    }
    if (what == 1) {
        const std::size_t index = m_bytes.below(objectives.size());
        copy.touched.insert("objective:" + objectives[index].id);
        eraseAt(objectives, index);
        return;
    }
    Objective& o = any(objectives);
    copy.touched.insert("objective:" + o.id);
    o.updated = stamp();
    if (what == 2 || o.actions.empty()) {
        PlanAction x;
        x.id = m_ids.next();
        x.title = "Follow up";
        x.updated = stamp();
        insertAnywhere(o.actions, std::move(x));
    } else if (what == 3) {
        PlanAction& x = any(o.actions);
        x.status = static_cast<WorkStatus>(m_bytes.below(4));
        x.updated = stamp();
    } else {
        eraseAt(o.actions, m_bytes.below(o.actions.size()));
    }
}

void PlanEditor::editAccount(EditedCopy& copy) {
    Account& a = copy.plan;
    switch (m_bytes.byte() % 4) {
        case 0:
            a.name = "Northwind " + std::to_string(m_bytes.below(4));
            copy.touched.insert("account:name");
            break;
        case 1:
            a.summary.business = text();
            copy.touched.insert("summary:business");
            break;
        case 2:
            a.health.nps = static_cast<int>(m_bytes.below(201)) - 100;
            a.health.updated = stamp();
            copy.touched.insert("health:nps");
            break;
        default:
            a.qualification.complianceNeeds = {text().substr(0, 8)};
            copy.touched.insert("qualification:complianceNeeds");
            break;
    }
    a.updated = stamp();  // both copies move the account's stamp: never a conflict
}

void PlanEditor::editWhitespace(EditedCopy& copy) {
    Whitespace& w = copy.plan.whitespace;
    if (w.cells.empty() || m_bytes.byte() % 2 == 0) {
        WhitespaceCell cell;
        cell.businessUnit = "Unit " + std::to_string(m_bytes.below(3));
        cell.offering = "Offer " + std::to_string(m_bytes.below(3));
        cell.value = static_cast<MinorUnits>(m_bytes.below(9)) * 1000;
        copy.touched.insert("cell:" + cell.businessUnit + "|" + cell.offering);
        w.cells.push_back(std::move(cell));
    } else {
        WhitespaceCell& cell = any(w.cells);
        cell.value = static_cast<MinorUnits>(1 + m_bytes.below(9)) * 1000;
        copy.touched.insert("cell:" + cell.businessUnit + "|" + cell.offering);
    }
    w.updated = stamp();  // like the account's: changed on both sides, the later one wins
}

void PlanEditor::editMetrics(EditedCopy& copy) {
    auto& metrics = copy.plan.metrics;
    if (metrics.empty()) return;
    SuccessMetric& m = any(metrics);
    copy.touched.insert("metric:" + m.id);
    m.updated = stamp();
    if (m.history.empty() || m_bytes.byte() % 2 == 0)
        m.history.push_back({"2027-Q" + std::to_string(1 + m_bytes.below(4)), 5, {}});
    else
        m.history.back().value = static_cast<double>(m_bytes.below(100));
}

void PlanEditor::editTeam(EditedCopy& copy) {
    auto& team = copy.plan.team;
    if (team.empty() || m_bytes.byte() % 2 == 0) {
        TeamMember member{static_cast<OurRole>(1 + m_bytes.below(4)),
                          "Rep " + std::to_string(m_bytes.below(3)),
                          {}};
        copy.touched.insert("team:" + std::string(ourRoleKey(member.role)) + "|" + member.name);
        team.push_back(std::move(member));
    } else {
        copy.touched.insert("team:" + std::string(ourRoleKey(team.back().role)) + "|" +
                            team.back().name);
        team.pop_back();
    }
}

void PlanEditor::editOpportunities(EditedCopy& copy) {
    auto& opportunities = copy.plan.opportunities;
    if (opportunities.empty()) return;
    if (m_bytes.byte() % 3 == 0) {
        const std::size_t index = m_bytes.below(opportunities.size());
        copy.touched.insert("opportunity:" + opportunities[index].id);
        eraseAt(opportunities, index);
        return;
    }
    Opportunity& o = any(opportunities);
    o.amount = static_cast<MinorUnits>(1 + m_bytes.below(50)) * 100000;
    o.updated = stamp();
    copy.touched.insert("opportunity:" + o.id);
}

void PlanEditor::editPricingScenarios(EditedCopy& copy) {
    auto& scenarios = copy.plan.pricingScenarios;
    const std::uint8_t what = m_bytes.byte() % 3;
    if (what == 0 || scenarios.empty()) {
        const int seats = 10 * (1 + static_cast<int>(m_bytes.below(50)));
        const int years = 1 + static_cast<int>(m_bytes.below(5));
        PricingScenario s =
            newPricingScenario(m_ids.next(), text(), flatDeal(seats, years), stamp());
        copy.touched.insert("scenario:" + s.id);
        insertAnywhere(scenarios, std::move(s));
    } else if (what == 1) {
        PricingScenario& s = any(scenarios);
        s.name = text();
        s.updated = stamp();
        copy.touched.insert("scenario:" + s.id);
    } else {
        const std::size_t index = m_bytes.below(scenarios.size());
        copy.touched.insert("scenario:" + scenarios[index].id);
        eraseAt(scenarios, index);
    }
}

void PlanEditor::editGoals(EditedCopy& copy) {
    auto& goals = copy.plan.summary.goals;
    const std::uint8_t what = m_bytes.byte() % 3;
    if (what == 0 || goals.empty()) {
        StrategicGoal g;
        g.id = m_ids.next();
        g.title = text();
        g.updated = stamp();
        copy.touched.insert("goal:" + g.id);
        insertAnywhere(goals, std::move(g));
    } else if (what == 1) {
        StrategicGoal& g = any(goals);
        g.howWeHelp = text();
        g.updated = stamp();
        copy.touched.insert("goal:" + g.id);
    } else {
        const std::size_t index = m_bytes.below(goals.size());
        copy.touched.insert("goal:" + goals[index].id);
        eraseAt(goals, index);
    }
}

void PlanEditor::editCompetitors(EditedCopy& copy) {
    auto& competitors = copy.plan.competitors;
    if (competitors.empty()) return;
    if (m_bytes.byte() % 3 == 0) {
        const std::size_t index = m_bytes.below(competitors.size());
        copy.touched.insert("competitor:" + competitors[index].id);
        eraseAt(competitors, index);
        return;
    }
    Competitor& c = any(competitors);
    c.threat = static_cast<ThreatLevel>(m_bytes.below(3));
    c.updated = stamp();
    copy.touched.insert("competitor:" + c.id);
}

}  // namespace keystone::fuzz
