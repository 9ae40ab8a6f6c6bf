#include <doctest/doctest.h>

#include "core/sample/sample_plan.h"
#include "core/stakeholders/coverage.h"

using namespace keystone;

namespace {

const std::string kToday = "2026-11-24";

Stakeholder person(std::string id, std::string name, BuyingRoles roles, int strength, OurRole owner,
                   Seniority seniority = Seniority::Director) {
    Stakeholder s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.roles = roles;
    s.relationshipStrength = strength;
    s.owner = owner;
    s.seniority = seniority;
    s.department = "Operations";
    s.businessUnit = "Freight";
    s.lastContact = "2026-11-01";
    s.stance = Stance::Supporter;
    return s;
}

constexpr BuyingRoles role(BuyingRole r) { return static_cast<BuyingRoles>(r); }

// Nine active people, a strong economic buyer and champion owned by different members of our
// team, a committee of seven with a technical decision maker, all recently contacted: no
// finding fires and the score is 100.
Account wellCovered() {
    Account a;
    a.id = "acc";
    a.name = "Well covered";
    a.stakeholders = {
        person("eb", "Erin Buyer", role(BuyingRole::EconomicBuyer), 4, OurRole::ExecutiveSponsor,
               Seniority::CSuite),
        person("ch", "Cal Champion", role(BuyingRole::Champion), 5, OurRole::AccountExecutive),
        person("td", "Tess Tech", role(BuyingRole::TechnicalDecisionMaker), 3,
               OurRole::SalesEngineer),
        person("in", "Ian Influencer", role(BuyingRole::Influencer), 3, OurRole::AccountExecutive),
        person("eu", "Eve User", role(BuyingRole::EndUser), 3, OurRole::CustomerSuccess),
        person("pr", "Pat Procurement", role(BuyingRole::Procurement), 2,
               OurRole::AccountExecutive),
        person("lg", "Lee Legal", role(BuyingRole::LegalSecurity), 2, OurRole::SalesEngineer),
        person("x1", "Xia One", 0, 2, OurRole::CustomerSuccess),
        person("x2", "Xavier Two", 0, 2, OurRole::CustomerSuccess),
    };
    a.team = {{OurRole::AccountExecutive, "Dana", {}}, {OurRole::ExecutiveSponsor, "Helen", {}}};
    Opportunity o;
    o.id = "op";
    o.name = "Control Tower";
    o.businessUnit = "Freight";
    o.stage = SalesStage::Evaluation;
    a.opportunities = {o};
    return a;
}

// Copies, so a finding outlives the temporary report it came from.
std::vector<CoverageFinding> findingsOf(const CoverageReport& r, CoverageRule rule) {
    std::vector<CoverageFinding> out;
    for (const CoverageFinding& f : r.findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

bool fires(const Account& a, CoverageRule rule, const CoverageConfig& c = {}) {
    return !findingsOf(analyzeCoverage(a, kToday, c), rule).empty();
}

Stakeholder& find(Account& a, const std::string& id) {
    for (Stakeholder& s : a.stakeholders)
        if (s.id == id) return s;
    FAIL("no stakeholder " << id);
    return a.stakeholders.front();
}

Stakeholder blocker() {
    Stakeholder b =
        person("bl", "Brian Kowalski", role(BuyingRole::Blocker), 1, OurRole::SalesEngineer);
    b.stance = Stance::Opponent;
    b.influence = 5;
    return b;
}

}  // namespace

TEST_CASE("A well-covered account has no findings and scores 100") {
    const CoverageReport r = analyzeCoverage(wellCovered(), kToday);
    for (const CoverageFinding& f : r.findings) INFO(f.reason);
    CHECK(r.findings.empty());
    CHECK(r.score == 100);
    CHECK(r.activeContacts == 9);
    CHECK(r.committeeSize == 7);
    CHECK(r.strongRelationships == 2);
}

TEST_CASE("No economic buyer is a high finding and a weak one is medium") {
    Account a = wellCovered();
    find(a, "eb").status = ContactStatus::LeftCompany;
    CHECK(fires(a, CoverageRule::EconomicBuyer));
    CHECK(findingsOf(analyzeCoverage(a, kToday), CoverageRule::EconomicBuyer)[0].severity ==
          CoverageSeverity::High);

    Account weak = wellCovered();
    find(weak, "eb").relationshipStrength = 3;
    const auto found = findingsOf(analyzeCoverage(weak, kToday), CoverageRule::EconomicBuyer);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == CoverageSeverity::Medium);
    CHECK(found[0].stakeholderIds == std::vector<std::string>{"eb"});
    CHECK_FALSE(fires(wellCovered(), CoverageRule::EconomicBuyer));
}

TEST_CASE("A champion who left is named, and a missing champion fires") {
    Account a = wellCovered();
    find(a, "ch").status = ContactStatus::LeftCompany;
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::Champion);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason.find("Cal Champion has left the company") != std::string::npos);

    Account none = wellCovered();
    find(none, "ch").roles = 0;
    find(none, "ch").roles = role(BuyingRole::Coach);
    CHECK(fires(none, CoverageRule::Champion));
    CHECK_FALSE(fires(wellCovered(), CoverageRule::Champion));
}

TEST_CASE("A supporter with champion stance counts as a champion") {
    Account a = wellCovered();
    find(a, "ch").roles = role(BuyingRole::Influencer);
    find(a, "ch").stance = Stance::Champion;
    CHECK_FALSE(fires(a, CoverageRule::Champion));
}

TEST_CASE("Fewer than two strong relationships is single-threaded") {
    Account a = wellCovered();
    find(a, "ch").relationshipStrength = 3;
    CHECK(fires(a, CoverageRule::SingleThreaded));
    CHECK_FALSE(fires(wellCovered(), CoverageRule::SingleThreaded));
}

TEST_CASE("Strong relationships all owned by one person of ours is single-threaded") {
    Account a = wellCovered();
    find(a, "eb").owner = OurRole::AccountExecutive;
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::SingleThreaded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason.find("go through our") != std::string::npos);
    CHECK(found[0].stakeholderIds.size() == 2);
}

TEST_CASE("A buying committee under six people fires, six or more does not") {
    Account a = wellCovered();
    find(a, "pr").roles = 0;
    find(a, "lg").roles = 0;
    CHECK(analyzeCoverage(a, kToday).committeeSize == 5);
    CHECK(fires(a, CoverageRule::BuyingCommittee));
    find(a, "x1").roles = role(BuyingRole::Coach);
    CHECK_FALSE(fires(a, CoverageRule::BuyingCommittee));
}

TEST_CASE("A committee without a technical decision maker fires") {
    Account a = wellCovered();
    find(a, "td").roles = role(BuyingRole::Influencer);
    CHECK(fires(a, CoverageRule::TechnicalDecisionMaker));
    CHECK_FALSE(fires(wellCovered(), CoverageRule::TechnicalDecisionMaker));
}

TEST_CASE("Fewer active contacts than the target fires and quotes the target range") {
    Account a = wellCovered();
    find(a, "x1").status = ContactStatus::ChangedRole;
    find(a, "x2").status = ContactStatus::LeftCompany;
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::ContactsMapped);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == "Only 7 contacts mapped; aim for 8–15");
    CHECK_FALSE(fires(wellCovered(), CoverageRule::ContactsMapped));
}

TEST_CASE("An open business unit with nobody mapped fires") {
    Account a = wellCovered();
    Opportunity o;
    o.name = "Customs feed";
    o.businessUnit = "Customs & Trade";
    a.opportunities.push_back(o);
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::UnmappedDepartment);
    REQUIRE(found.size() == 1);
    CHECK(found[0].businessUnit == "Customs & Trade");
    CHECK(found[0].department.empty());
    CHECK(found[0].reason == "Nobody mapped in Customs & Trade, where Customs feed is open");

    Account closed = a;
    closed.opportunities.back().stage = SalesStage::ClosedLost;
    CHECK_FALSE(fires(closed, CoverageRule::UnmappedDepartment));
}

TEST_CASE("A department whose people all left fires for an open business unit") {
    Account a = wellCovered();
    Stakeholder gone = person("fin", "Nadia Haddad", 0, 2, OurRole::CustomerSuccess);
    gone.department = " finance";
    gone.businessUnit = "FREIGHT";
    gone.status = ContactStatus::LeftCompany;
    a.stakeholders.push_back(gone);
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::UnmappedDepartment);
    REQUIRE(found.size() == 1);
    CHECK(found[0].department == " finance");
    CHECK(found[0].stakeholderIds == std::vector<std::string>{"fin"});

    find(a, "x1").department = "Finance";
    CHECK_FALSE(fires(a, CoverageRule::UnmappedDepartment));
}

TEST_CASE("Required departments are checked in every open business unit") {
    CoverageConfig c;
    c.requiredDepartments = {"IT"};
    CHECK(fires(wellCovered(), CoverageRule::UnmappedDepartment, c));
    Account a = wellCovered();
    find(a, "td").department = "it";
    CHECK_FALSE(fires(a, CoverageRule::UnmappedDepartment, c));
}

TEST_CASE("People not contacted in 90 days or never are stale") {
    Account a = wellCovered();
    find(a, "x1").lastContact = "2026-08-25";  // 91 days before today
    find(a, "x2").lastContact = "";
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::StaleRelationship);
    REQUIRE(found.size() == 1);
    CHECK(found[0].stakeholderIds == std::vector<std::string>{"x1", "x2"});
    CHECK(found[0].reason == "2 people not contacted in 90 days or ever: Xia One and Xavier Two");
    CHECK(found[0].severity == CoverageSeverity::Low);
    find(a, "x1").influence = 5;
    CHECK(findingsOf(analyzeCoverage(a, kToday), CoverageRule::StaleRelationship)[0].severity ==
          CoverageSeverity::Medium);

    Account fresh = wellCovered();
    find(fresh, "x1").lastContact = "2026-08-26";  // exactly 90 days
    CHECK_FALSE(fires(fresh, CoverageRule::StaleRelationship));
}

TEST_CASE("The staleness window is configurable") {
    Account a = wellCovered();
    CoverageConfig c;
    c.staleDays = 10;
    CHECK(fires(a, CoverageRule::StaleRelationship, c));
}

TEST_CASE("An influential blocker with no mitigation fires") {
    Account a = wellCovered();
    a.stakeholders.push_back(blocker());
    const auto found = findingsOf(analyzeCoverage(a, kToday), CoverageRule::UnmitigatedBlocker);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == CoverageSeverity::High);
    CHECK(found[0].stakeholderIds == std::vector<std::string>{"bl"});

    Account low = a;
    find(low, "bl").influence = 3;
    CHECK_FALSE(fires(low, CoverageRule::UnmitigatedBlocker));
}

TEST_CASE("A risk naming the blocker mitigates them") {
    Account a = wellCovered();
    a.stakeholders.push_back(blocker());
    Risk r;
    r.title = "Architecture review";
    r.mitigation = "Joint workshop with brian KOWALSKI's team";
    a.risks.push_back(r);
    CHECK(fires(a, CoverageRule::UnmitigatedBlocker) == false);
    a.risks.back().status = RiskStatus::Closed;
    CHECK(fires(a, CoverageRule::UnmitigatedBlocker));
    a.risks.back().status = RiskStatus::Open;
    a.risks.back().mitigation = "Brian Kowalskiy";  // a different word is not their name
    CHECK(fires(a, CoverageRule::UnmitigatedBlocker));
}

TEST_CASE("A mitigation action naming the blocker mitigates them") {
    Account a = wellCovered();
    a.stakeholders.push_back(blocker());
    Objective o;
    PlanAction act;
    act.title = "Win over Brian Kowalski";
    act.kind = ActionKind::General;
    o.actions.push_back(act);
    a.objectives.push_back(o);
    CHECK(fires(a, CoverageRule::UnmitigatedBlocker));
    a.objectives[0].actions[0].kind = ActionKind::RiskMitigation;
    CHECK_FALSE(fires(a, CoverageRule::UnmitigatedBlocker));
}

TEST_CASE("A supporter's influence line to the blocker mitigates them") {
    Account a = wellCovered();
    a.stakeholders.push_back(blocker());
    InfluenceLine line;
    line.fromId = "ch";
    line.toId = "bl";
    line.kind = InfluenceKind::ConflictsWith;
    a.influenceLines.push_back(line);
    CHECK(fires(a, CoverageRule::UnmitigatedBlocker));
    a.influenceLines[0].kind = InfluenceKind::Influences;
    CHECK_FALSE(fires(a, CoverageRule::UnmitigatedBlocker));
}

TEST_CASE("An executive sponsor not paired with a customer executive fires") {
    Account a = wellCovered();
    find(a, "eb").seniority = Seniority::Director;
    CHECK(fires(a, CoverageRule::ExecutiveSponsor));
    find(a, "eb").seniority = Seniority::VicePresident;
    CHECK_FALSE(fires(a, CoverageRule::ExecutiveSponsor));

    Account noSponsor = wellCovered();
    noSponsor.team = {};
    find(noSponsor, "eb").owner = OurRole::AccountExecutive;
    find(noSponsor, "ch").owner = OurRole::CustomerSuccess;
    CHECK_FALSE(fires(noSponsor, CoverageRule::ExecutiveSponsor));
    noSponsor.team = {{OurRole::ExecutiveSponsor, "Helen", {}}};
    CHECK(fires(noSponsor, CoverageRule::ExecutiveSponsor));
}

TEST_CASE("The score stays within 0 to 100 and parts add up to it") {
    Account empty;
    const CoverageReport e = analyzeCoverage(empty, kToday);
    CHECK(e.score >= 0);
    CHECK(e.score <= 30);
    Account a = wellCovered();
    for (Stakeholder& s : a.stakeholders) s.status = ContactStatus::LeftCompany;
    for (const CoverageReport& r :
         {e, analyzeCoverage(a, kToday), analyzeCoverage(wellCovered(), kToday)}) {
        int sum = 0, max = 0;
        for (const CoverageScorePart& p : r.parts) {
            sum += p.points;
            max += p.maxPoints;
            CHECK(p.points >= 0);
            CHECK(p.points <= p.maxPoints);
        }
        CHECK(max == 100);
        CHECK(sum == r.score);
    }
}

TEST_CASE("Findings are sorted by severity and the analysis is deterministic") {
    Account a = makeSampleAccount();
    const CoverageReport one = analyzeCoverage(a, kToday);
    const CoverageReport two = analyzeCoverage(a, kToday);
    REQUIRE(one.findings.size() == two.findings.size());
    for (std::size_t i = 0; i < one.findings.size(); ++i) {
        CHECK(one.findings[i].reason == two.findings[i].reason);
        CHECK(one.findings[i].stakeholderIds == two.findings[i].stakeholderIds);
        if (i > 0) CHECK(one.findings[i - 1].severity <= one.findings[i].severity);
    }
    CHECK(one.score == two.score);
}

TEST_CASE("An unreadable today only marks never-contacted people stale") {
    Account a = wellCovered();
    CHECK_FALSE(analyzeCoverage(a, "not a date").findings.size() > 0);
    find(a, "x1").lastContact = "";
    CHECK(!findingsOf(analyzeCoverage(a, "garbage"), CoverageRule::StaleRelationship).empty());
}

TEST_CASE("Account health uses the multi-threading score once people are mapped") {
    Account a = wellCovered();
    a.health.adoptionPct = 70;  // coverage joins a score; alone it does not start one
    const HealthResult withMap = accountHealth(a, HealthConfig{}, kToday);
    CHECK(withMap.signals[static_cast<std::size_t>(HealthSignal::Coverage)].present);
    CHECK(withMap.signals[static_cast<std::size_t>(HealthSignal::Coverage)].subScore == 100);
    Account unmapped;
    unmapped.health.adoptionPct = 70;
    const HealthResult without = accountHealth(unmapped, HealthConfig{}, kToday);
    CHECK_FALSE(without.signals[static_cast<std::size_t>(HealthSignal::Coverage)].present);
    CHECK(without.score == scoreHealth(unmapped.health, std::nullopt).score);
}

// Not timed: a wall-clock limit in a test fails on a loaded machine (ctest runs the shards
// side by side) and proves nothing about speed; figures come from ./scripts/bench.
TEST_CASE("Coverage of 10,000 stakeholders is worked out in full") {
    SampleOptions options;
    options.stakeholders = 10000;
    Account a = makeSampleAccount(options);
    REQUIRE(a.stakeholders.size() >= 10000);
    const CoverageReport r = analyzeCoverage(a, kToday);
    CHECK(r.activeContacts > 9000);  // every active person of the sample is counted
    CHECK(r.score >= 0);
    CHECK(r.score <= 100);
}
