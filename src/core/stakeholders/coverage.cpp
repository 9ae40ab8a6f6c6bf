#include "core/stakeholders/coverage.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/model/calendar.h"
#include "core/stakeholders/coverage_text.h"

namespace keystone {
namespace {

using coverage::nameList;

bool isActive(const Stakeholder& s) { return s.status == ContactStatus::Active; }
bool isChampion(const Stakeholder& s) {
    return hasRole(s, BuyingRole::Champion) || s.stance == Stance::Champion;
}
bool isExecutive(const Stakeholder& s) {
    return s.seniority == Seniority::CSuite || s.seniority == Seniority::VicePresident;
}

struct Analysis {
    const Account& account;
    const CoverageConfig& config;
    CoverageReport report;

    void add(CoverageRule rule, CoverageSeverity severity, std::string reason,
             std::vector<std::string> ids = {}) {
        CoverageFinding f;
        f.rule = rule;
        f.severity = severity;
        f.reason = std::move(reason);
        f.stakeholderIds = std::move(ids);
        report.findings.push_back(std::move(f));
    }
    void part(std::string_view label, int points, int maxPoints) {
        report.parts.push_back({label, std::clamp(points, 0, maxPoints), maxPoints});
    }
    const std::vector<Stakeholder>& people() const { return account.stakeholders; }
};

void economicBuyer(Analysis& a) {
    const Stakeholder* best = nullptr;
    for (const Stakeholder& s : a.people())
        if (isActive(s) && hasRole(s, BuyingRole::EconomicBuyer) &&
            (!best || s.relationshipStrength > best->relationshipStrength))
            best = &s;
    if (!best) {
        a.add(
            CoverageRule::EconomicBuyer, CoverageSeverity::High,
            "No relationship with an economic buyer: nobody who signs off on the budget is mapped");
        a.part("Economic buyer", 0, 20);
    } else if (best->relationshipStrength < a.config.strongStrength) {
        a.add(CoverageRule::EconomicBuyer, CoverageSeverity::Medium,
              "Weak relationship with the economic buyer: " + best->name + " is at strength " +
                  std::to_string(best->relationshipStrength) + " of 5 (aim for " +
                  std::to_string(a.config.strongStrength) + "+)",
              {best->id});
        a.part("Economic buyer", 4 * best->relationshipStrength, 20);
    } else {
        a.part("Economic buyer", 20, 20);
    }
}

void champion(Analysis& a) {
    const Stakeholder* gone = nullptr;
    for (const Stakeholder& s : a.people()) {
        if (!isChampion(s)) continue;
        if (isActive(s)) return a.part("Champion", 15, 15);
        if (!gone) gone = &s;
    }
    if (gone)
        a.add(CoverageRule::Champion, CoverageSeverity::High,
              "Your champion " + gone->name +
                  (gone->status == ContactStatus::LeftCompany ? " has left the company"
                                                              : " has changed role") +
                  " and nobody has taken their place",
              {gone->id});
    else
        a.add(CoverageRule::Champion, CoverageSeverity::High,
              "No champion: nobody at the customer is selling for us when we are not in the room");
    a.part("Champion", 0, 15);
}

void threading(Analysis& a) {
    std::vector<std::string> strong;
    OurRole firstOwner = OurRole::None;
    bool oneOwner = true;
    for (const Stakeholder& s : a.people()) {
        if (!isActive(s) || s.relationshipStrength < a.config.strongStrength) continue;
        if (strong.empty())
            firstOwner = s.owner;
        else if (s.owner != firstOwner)
            oneOwner = false;
        strong.push_back(s.id);
    }
    a.report.strongRelationships = static_cast<int>(strong.size());
    const int needed = std::max(1, a.config.minStrongRelationships);
    if (static_cast<int>(strong.size()) < needed) {
        a.add(CoverageRule::SingleThreaded, CoverageSeverity::High,
              "Single-threaded: " + std::to_string(strong.size()) + " strong relationship" +
                  (strong.size() == 1 ? "" : "s") + " (strength " +
                  std::to_string(a.config.strongStrength) +
                  "+); one departure could stall the deal",
              strong);
    } else if (oneOwner && firstOwner != OurRole::None) {
        a.add(CoverageRule::SingleThreaded, CoverageSeverity::High,
              "Single-threaded: all " + std::to_string(strong.size()) +
                  " strong relationships go through our " + std::string(ourRoleLabel(firstOwner)),
              strong);
    } else {
        return a.part("Threading", 20, 20);
    }
    a.part("Threading", 5 * std::min<int>(static_cast<int>(strong.size()), 2), 20);
}

void committee(Analysis& a) {
    std::vector<std::string> members;
    bool technical = false;
    for (const Stakeholder& s : a.people()) {
        if (!isActive(s) || s.roles == 0) continue;
        members.push_back(s.id);
        technical = technical || hasRole(s, BuyingRole::TechnicalDecisionMaker);
    }
    const int size = static_cast<int>(members.size());
    const int minimum = std::max(1, a.config.committeeMinimum);
    a.report.committeeSize = size;
    if (size < minimum)
        a.add(CoverageRule::BuyingCommittee, CoverageSeverity::Medium,
              "Buying committee too small: " + std::to_string(size) + " of at least " +
                  std::to_string(minimum) + " people with a buying role are mapped",
              members);
    if (!technical)
        a.add(CoverageRule::TechnicalDecisionMaker, CoverageSeverity::Medium,
              "No technical decision maker mapped: nobody owns the technical evaluation");
    a.part("Buying committee", 10 * std::min(size, minimum) / minimum + (technical ? 5 : 0), 15);
}

void contacts(Analysis& a) {
    int active = 0;
    for (const Stakeholder& s : a.people()) active += isActive(s);
    a.report.activeContacts = active;
    const int target = std::max(1, a.config.contactTargetMin);
    if (active < target)
        a.add(CoverageRule::ContactsMapped, CoverageSeverity::Medium,
              "Only " + std::to_string(active) + " contact" + (active == 1 ? "" : "s") +
                  " mapped; aim for " + std::to_string(target) + "–" +
                  std::to_string(std::max(target, a.config.contactTargetMax)));
    a.part("Contacts mapped", 10 * std::min(active, target) / target, 10);
}

void staleness(Analysis& a, const std::string& todayIso) {
    const Result<Date> today = parseIsoDate(todayIso);
    const std::int64_t todayDay = today.ok() ? toDayNumber(today.value()) : 0;
    std::vector<std::string> ids, names;
    int active = 0;
    bool important = false;
    for (const Stakeholder& s : a.people()) {
        if (!isActive(s)) continue;
        ++active;
        bool stale = true;
        if (const Result<Date> last = parseIsoDate(s.lastContact); last.ok())
            stale = today.ok() && todayDay - toDayNumber(last.value()) > a.config.staleDays;
        if (!stale) continue;
        ids.push_back(s.id);
        names.push_back(s.name);
        important = important || s.influence >= a.config.highInfluence;
    }
    const std::size_t count = ids.size();  // before ids is moved into the finding
    if (count > 0)
        a.add(CoverageRule::StaleRelationship,
              important ? CoverageSeverity::Medium : CoverageSeverity::Low,
              std::to_string(count) + (count == 1 ? " person" : " people") + " not contacted in " +
                  std::to_string(a.config.staleDays) + " days or ever: " + nameList(names),
              std::move(ids));
    const int staleCount = static_cast<int>(names.size());
    a.part("Freshness", active == 0 ? 5 : 5 * (active - staleCount) / active, 5);
}

void executiveSponsor(Analysis& a) {
    bool sponsor = false;
    for (const TeamMember& m : a.account.team)
        sponsor = sponsor || m.role == OurRole::ExecutiveSponsor;
    bool paired = false;
    for (const Stakeholder& s : a.people()) {
        if (s.owner != OurRole::ExecutiveSponsor) continue;
        sponsor = true;
        paired = paired || (isActive(s) && isExecutive(s));
    }
    if (sponsor && !paired) {
        a.add(CoverageRule::ExecutiveSponsor, CoverageSeverity::Medium,
              "Our executive sponsor is not paired with a customer executive (C-suite or VP)");
        return a.part("Executive sponsor", 0, 5);
    }
    a.part("Executive sponsor", 5, 5);
}

bool findingBefore(const CoverageFinding& x, const CoverageFinding& y) {
    if (x.severity != y.severity) return x.severity < y.severity;
    return x.rule < y.rule;
}

}  // namespace

CoverageReport analyzeCoverage(const Account& account, const std::string& todayIso,
                               const CoverageConfig& config) {
    Analysis a{account, config, {}};
    economicBuyer(a);
    champion(a);
    threading(a);
    committee(a);
    contacts(a);
    coverage::departments(a.report, account, config);
    staleness(a, todayIso);
    coverage::blockers(a.report, account, config);
    executiveSponsor(a);
    // Rules add their findings in rule order already except departments/blockers, which
    // append in plan order; a stable sort keeps plan order within one rule.
    std::stable_sort(a.report.findings.begin(), a.report.findings.end(), findingBefore);
    int score = 0;
    for (const CoverageScorePart& p : a.report.parts) score += p.points;
    a.report.score = std::clamp(score, 0, 100);
    return std::move(a.report);
}

std::optional<int> coverageForHealth(const Account& account, const std::string& todayIso) {
    if (account.stakeholders.empty()) return std::nullopt;
    return analyzeCoverage(account, todayIso).score;
}

HealthResult accountHealth(const Account& account, const HealthConfig& config,
                           const std::string& todayIso) {
    return scoreHealth(account.health, coverageForHealth(account, todayIso), config);
}

std::string_view coverageRuleKey(CoverageRule rule) {
    switch (rule) {
        case CoverageRule::EconomicBuyer:
            return "economic-buyer";
        case CoverageRule::Champion:
            return "champion";
        case CoverageRule::SingleThreaded:
            return "single-threaded";
        case CoverageRule::BuyingCommittee:
            return "buying-committee";
        case CoverageRule::TechnicalDecisionMaker:
            return "technical-decision-maker";
        case CoverageRule::ContactsMapped:
            return "contacts-mapped";
        case CoverageRule::UnmappedDepartment:
            return "unmapped-department";
        case CoverageRule::StaleRelationship:
            return "stale-relationship";
        case CoverageRule::UnmitigatedBlocker:
            return "unmitigated-blocker";
        case CoverageRule::ExecutiveSponsor:
            return "executive-sponsor";
    }
    return "unknown";
}

std::string_view coverageRuleLabel(CoverageRule rule) {
    switch (rule) {
        case CoverageRule::EconomicBuyer:
            return "Economic buyer";
        case CoverageRule::Champion:
            return "Champion";
        case CoverageRule::SingleThreaded:
            return "Single-threaded";
        case CoverageRule::BuyingCommittee:
            return "Buying committee";
        case CoverageRule::TechnicalDecisionMaker:
            return "Technical decision maker";
        case CoverageRule::ContactsMapped:
            return "Contacts mapped";
        case CoverageRule::UnmappedDepartment:
            return "Unmapped department";
        case CoverageRule::StaleRelationship:
            return "Stale relationships";
        case CoverageRule::UnmitigatedBlocker:
            return "Unmitigated blocker";
        case CoverageRule::ExecutiveSponsor:
            return "Executive sponsor";
    }
    return "Unknown";
}

std::string_view coverageSeverityKey(CoverageSeverity severity) {
    switch (severity) {
        case CoverageSeverity::High:
            return "high";
        case CoverageSeverity::Medium:
            return "medium";
        case CoverageSeverity::Low:
            return "low";
    }
    return "low";
}

std::string_view coverageSeverityLabel(CoverageSeverity severity) {
    switch (severity) {
        case CoverageSeverity::High:
            return "High";
        case CoverageSeverity::Medium:
            return "Medium";
        case CoverageSeverity::Low:
            return "Low";
    }
    return "Low";
}

}  // namespace keystone
