// The built-in sample plan and the synthetic generator.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/health/risk_matrix.h"
#include "core/model/calendar.h"
#include "core/model/clock.h"
#include "core/model/ids.h"
#include "core/plan/plan_timeline.h"
#include "core/plan_format/plan_format.h"
#include "core/sample/sample_plan.h"

#ifndef KEYSTONE_SOURCE_DIR
#define KEYSTONE_SOURCE_DIR "."
#endif

using namespace keystone;

namespace {

const char* const kAssetPath = KEYSTONE_SOURCE_DIR "/assets/sample-plan.keystone.json";

std::string samplePlanText() {
    PlanDocument doc;
    doc.account = makeSampleAccount({});
    return writePlan(doc, PlanStyle::Pretty);
}

// Number of direct reports per manager index.
std::map<std::string, int> reportCounts(const Account& a) {
    std::map<std::string, int> counts;
    for (const auto& s : a.stakeholders)
        if (!s.managerId.empty()) ++counts[s.managerId];
    return counts;
}

int depthOf(const Account& a, std::size_t index) {
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < a.stakeholders.size(); ++i) byId[a.stakeholders[i].id] = i;
    int depth = 0;
    for (std::string manager = a.stakeholders[index].managerId; !manager.empty();
         manager = a.stakeholders[byId.at(manager)].managerId)
        ++depth;
    return depth;
}

}  // namespace

TEST_CASE("The built-in sample equals the committed asset byte for byte") {
    const std::string expected = samplePlanText();
    // KEYSTONE_UPDATE_SAMPLE=1 rewrites the asset after an intended change to the sample.
    if (std::getenv("KEYSTONE_UPDATE_SAMPLE"))
        std::ofstream(kAssetPath, std::ios::binary) << expected;
    std::ifstream file(kAssetPath, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "cannot open " << kAssetPath);
    std::stringstream contents;
    contents << file.rdbuf();
    CHECK(contents.str() == expected);
}

TEST_CASE("The built-in sample reads back as a valid plan") {
    auto result = readPlan(samplePlanText());
    REQUIRE_MESSAGE(result.ok(), result.error().message << " at " << result.error().location);
    CHECK(result.value().account.name == "Northwind Logistics");
}

TEST_CASE("The built-in sample has what a new user expects to explore") {
    const Account a = makeSampleAccount({});
    CHECK(a.qualification.annualRevenue == 240000000000);
    CHECK(a.qualification.employees == 18000);
    CHECK(a.stakeholders.size() >= 30);
    CHECK(a.stakeholders.size() <= 40);
    std::set<std::string> departments;
    BuyingRoles allRoles = 0;
    std::set<Stance> stances;
    for (const auto& s : a.stakeholders) {
        departments.insert(s.department);
        allRoles |= s.roles;
        stances.insert(s.stance);
        CHECK(!s.name.empty());
        CHECK(!s.title.empty());
        if (!s.lastContact.empty()) CHECK(s.lastContact <= std::string(kSampleReferenceDate));
    }
    for (const char* d :
         {"Executive", "Finance", "IT", "Operations", "Procurement", "Security", "Supply Chain"})
        CHECK_MESSAGE(departments.count(d) == 1, d);
    CHECK(allRoles == (1u << kBuyingRoleCount) - 1);  // every buying role appears
    CHECK(stances.size() == 5);
    CHECK(a.influenceLines.size() >= 3);
    CHECK(a.summary.goals.size() >= 3);
    CHECK(a.summary.goals.size() <= 4);
    REQUIRE(a.objectives.size() == 3);
    std::set<ActionKind> kinds;
    for (const auto& o : a.objectives) {
        CHECK(!o.actions.empty());
        for (const auto& act : o.actions) kinds.insert(act.kind);
    }
    for (ActionKind k :
         {ActionKind::ExecutiveBusinessReview, ActionKind::QuarterlyBusinessReview,
          ActionKind::ExpansionPilot, ActionKind::ChampionCultivation, ActionKind::RiskMitigation})
        CHECK(kinds.count(k) == 1);
    CHECK(a.opportunities.size() >= 4);
    CHECK(a.opportunities.size() <= 5);
    std::set<SalesStage> stages;
    for (const auto& o : a.opportunities) stages.insert(o.stage);
    CHECK(stages.size() >= 4);
    CHECK(a.whitespace.businessUnits.size() == 4);
    CHECK(a.whitespace.offerings.size() == 5);
    CHECK(a.competitors.size() == 3);
    CHECK(a.risks.size() == 5);
    REQUIRE(a.metrics.size() == 6);
    for (const auto& m : a.metrics) CHECK(m.history.size() >= 4);
    CHECK(!a.team.empty());
    CHECK(a.priorYearArr.has_value());
}

TEST_CASE("The built-in sample's owned whitespace adds up to its current ARR") {
    const Account a = makeSampleAccount({});
    MinorUnits owned = 0;
    for (const auto& cell : a.whitespace.cells)
        if (cell.status == WhitespaceStatus::Owned) owned += cell.value;
    CHECK(owned == a.currentArr);
}

TEST_CASE("Generated plans are the same for a seed and differ between seeds") {
    PlanDocument a, b, c;
    a.account = makeSampleAccount({500, 11, SampleShape::Org});
    b.account = makeSampleAccount({500, 11, SampleShape::Org});
    c.account = makeSampleAccount({500, 12, SampleShape::Org});
    CHECK(writePlan(a) == writePlan(b));
    CHECK(writePlan(a) != writePlan(c));
}

TEST_CASE("Every generated shape is a valid plan with the requested number of people") {
    for (SampleShape shape :
         {SampleShape::Org, SampleShape::Chain, SampleShape::Star, SampleShape::Wide}) {
        for (int n : {1, 2, 3, 13, 1000}) {
            PlanDocument doc;
            doc.account = makeSampleAccount({n, 5, shape});
            CHECK(doc.account.stakeholders.size() == static_cast<std::size_t>(n));
            const auto error = checkPlan(doc);
            CHECK_MESSAGE(!error.has_value(),
                          (error ? error->message + " at " + error->location : ""));
        }
    }
}

TEST_CASE("The org shape gives every manager 2 to 12 reports under one CEO") {
    for (int n : {3, 50, 2000}) {
        const Account a = makeSampleAccount({n, static_cast<std::uint64_t>(n), SampleShape::Org});
        for (const auto& [manager, count] : reportCounts(a)) {
            CHECK(count >= 2);
            CHECK(count <= 12);
        }
        int roots = 0;
        for (const auto& s : a.stakeholders) roots += s.managerId.empty() ? 1 : 0;
        CHECK(roots == 1);
        CHECK(a.stakeholders[0].title == "Chief Executive Officer");
        CHECK(a.stakeholders[0].seniority == Seniority::CSuite);
    }
}

TEST_CASE("The org shape gives people seniority by their level in the tree") {
    const Account a = makeSampleAccount({300, 8, SampleShape::Org});
    for (std::size_t i = 1; i < a.stakeholders.size(); i += 7) {
        const int depth = depthOf(a, i);
        const Seniority expected = depth <= 1   ? Seniority::CSuite
                                   : depth == 2 ? Seniority::VicePresident
                                   : depth == 3 ? Seniority::Director
                                   : depth == 4 ? Seniority::Manager
                                                : Seniority::IndividualContributor;
        CHECK(a.stakeholders[i].seniority == expected);
    }
}

TEST_CASE("The chain shape is one reporting line as deep as the plan") {
    const Account a = makeSampleAccount({400, 2, SampleShape::Chain});
    CHECK(depthOf(a, a.stakeholders.size() - 1) == 399);
}

TEST_CASE("The star shape has everyone reporting to one person") {
    const Account a = makeSampleAccount({400, 2, SampleShape::Star});
    const auto counts = reportCounts(a);
    REQUIRE(counts.size() == 1);
    CHECK(counts.begin()->second == 399);
}

TEST_CASE("The wide shape is a forest of small teams") {
    const Account a = makeSampleAccount({400, 2, SampleShape::Wide});
    int roots = 0;
    for (const auto& s : a.stakeholders) roots += s.managerId.empty() ? 1 : 0;
    CHECK(roots > 60);
    for (const auto& [manager, count] : reportCounts(a)) CHECK(count <= 6);
    for (std::size_t i = 0; i < a.stakeholders.size(); ++i) CHECK(depthOf(a, i) <= 1);
}

TEST_CASE("Generated people look like enterprise staff") {
    const Account a = makeSampleAccount({2000, 3, SampleShape::Org});
    std::set<std::string> names, departments;
    int withNotes = 0, contacted = 0;
    for (const auto& s : a.stakeholders) {
        names.insert(s.name);
        departments.insert(s.department);
        CHECK(s.name.find(' ') != std::string::npos);
        CHECK(s.email.find("@northwind-logistics.example") != std::string::npos);
        CHECK(!s.title.empty());
        CHECK(!s.location.empty());
        CHECK(!s.phone.empty());
        CHECK(s.influence >= 1);
        CHECK(s.targetStrength >= s.relationshipStrength);
        withNotes += s.notes.empty() ? 0 : 1;
        contacted += s.lastContact.empty() ? 0 : 1;
    }
    CHECK(names.size() > 1500);
    CHECK(departments.size() >= 10);
    CHECK(withNotes > 100);
    CHECK(contacted > 1000);
    CHECK(a.influenceLines.size() == 2000 / 20 + 1);
}

TEST_CASE("Every id in a large generated plan is valid and unique") {
    const Account a = makeSampleAccount({10000, 1, SampleShape::Org});
    std::set<std::string> ids;
    for (const auto& s : a.stakeholders) {
        CHECK(isValidId(s.id));
        ids.insert(s.id);
    }
    for (const auto& l : a.influenceLines) ids.insert(l.id);
    CHECK(ids.size() == a.stakeholders.size() + a.influenceLines.size());
}

TEST_CASE("A sample made on any day has no overdue work and a renewal months ahead") {
    // Leap day, the last and first day of a year, and a day far from the reference day.
    for (const char* today :
         {"2026-11-24", "2027-06-30", "2028-02-29", "2030-12-31", "2031-01-01"}) {
        CAPTURE(today);
        SampleOptions options;
        options.today = today;
        const Account a = makeSampleAccount(options);
        CHECK(overdueActionCount(a.objectives, today) == 0);
        for (const Risk& risk : a.risks) CHECK_FALSE(isRiskOverdue(risk, today));
        const Date day = parseIsoDate(today).value();
        const std::int64_t toRenewal = daysBetween(day, parseIsoDate(a.renewalDate).value());
        CHECK(toRenewal == 127);  // the same distance as on the reference day
        for (const Opportunity& o : a.opportunities)
            if (o.stage != SalesStage::ClosedWon) CHECK(parseIsoDate(o.closeDate).value() > day);
        for (const Stakeholder& s : a.stakeholders)
            if (!s.lastContact.empty()) CHECK(s.lastContact <= std::string(today));
        // The latest QBR reading is the quarter before today's, as on the reference day.
        const FiscalQuarter now = fiscalQuarterOf(day, a.fiscalYearStartMonth);
        const FiscalQuarter previous = now.quarter == 1
                                           ? FiscalQuarter{now.fiscalYear - 1, 4}
                                           : FiscalQuarter{now.fiscalYear, now.quarter - 1};
        for (const SuccessMetric& m : a.metrics)
            CHECK(m.history.back().quarter == formatQuarter(previous));
        PlanDocument doc;
        doc.account = a;
        CHECK(readPlan(writePlan(doc)).ok());
    }
}
