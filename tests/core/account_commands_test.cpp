#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>

#include "core/editing/account_commands.h"

using namespace keystone;

namespace {

// Ids from a seeded generator so failures reproduce.
std::function<std::string()> seededIds(std::uint64_t seed) {
    auto generator = std::make_shared<IdGenerator>(seed);
    return [generator] { return generator->next(); };
}

// One account with at least one entity of every kind and every kind of reference.
Account fullAccount() {
    auto ids = seededIds(7);
    Account a;
    a.id = ids();
    a.name = "Contoso";
    a.archived = true;
    a.summary.goals.push_back(StrategicGoal{ids(), "", "Grow", "", "", {}});
    Objective objective;
    objective.id = ids();
    objective.actions.push_back(PlanAction{});
    objective.actions[0].id = ids();
    a.objectives.push_back(objective);
    a.opportunities.push_back(Opportunity{});
    a.opportunities[0].id = ids();
    a.competitors.push_back(Competitor{});
    a.competitors[0].id = ids();
    a.risks.push_back(Risk{});
    a.risks[0].id = ids();
    a.metrics.push_back(SuccessMetric{});
    a.metrics[0].id = ids();
    Stakeholder ceo, vp, director;
    ceo.id = ids();
    vp.id = ids();
    vp.managerId = ceo.id;
    director.id = ids();
    director.managerId = vp.id;
    director.dottedLineManagerIds = {ceo.id, "ffffffffffffffffffffffffffffffff"};
    a.stakeholders = {ceo, vp, director};
    InfluenceLine line;
    line.id = ids();
    line.fromId = director.id;
    line.toId = ceo.id;
    a.influenceLines.push_back(line);
    return a;
}

std::vector<std::string> allIds(const Account& a) {
    std::vector<std::string> out{a.id};
    for (const auto& g : a.summary.goals) out.push_back(g.id);
    for (const auto& o : a.objectives) {
        out.push_back(o.id);
        for (const auto& action : o.actions) out.push_back(action.id);
    }
    for (const auto& o : a.opportunities) out.push_back(o.id);
    for (const auto& c : a.competitors) out.push_back(c.id);
    for (const auto& r : a.risks) out.push_back(r.id);
    for (const auto& m : a.metrics) out.push_back(m.id);
    for (const auto& s : a.stakeholders) out.push_back(s.id);
    for (const auto& l : a.influenceLines) out.push_back(l.id);
    return out;
}

Portfolio threeAccounts() {
    Portfolio p;
    for (const char* name : {"Alpha", "Bravo", "Charlie"}) {
        Account a;
        a.id = std::string(32, name[0] == 'A' ? 'a' : name[0] == 'B' ? 'b' : 'c');
        a.name = name;
        p.accounts.push_back(a);
    }
    return p;
}

}  // namespace

TEST_CASE("a duplicated account gets new ids for the account and every entity inside it") {
    const Account source = fullAccount();
    const Account copy = duplicateAccount(source, "2026-11-24T10:00:00Z", seededIds(99));
    const std::vector<std::string> before = allIds(source), after = allIds(copy);
    REQUIRE(before.size() == after.size());
    const std::set<std::string> old(before.begin(), before.end());
    std::set<std::string> fresh;
    for (const std::string& id : after) {
        CHECK(isValidId(id));
        CHECK(old.count(id) == 0);
        fresh.insert(id);
    }
    CHECK(fresh.size() == after.size());
    CHECK(copy.name == "Contoso (copy)");
    CHECK_FALSE(copy.archived);
    CHECK(copy.updated == "2026-11-24T10:00:00Z");
}

TEST_CASE("duplicating an account remaps every reference between its people") {
    const Account source = fullAccount();
    const Account copy = duplicateAccount(source, "now", seededIds(3));
    const auto& s = copy.stakeholders;
    CHECK(s[0].managerId.empty());
    CHECK(s[1].managerId == s[0].id);
    CHECK(s[2].managerId == s[1].id);
    CHECK(s[2].dottedLineManagerIds[0] == s[0].id);
    // A reference to someone outside the account is kept, not invented.
    CHECK(s[2].dottedLineManagerIds[1] == "ffffffffffffffffffffffffffffffff");
    CHECK(copy.influenceLines[0].fromId == s[2].id);
    CHECK(copy.influenceLines[0].toId == s[0].id);
    // The source is untouched.
    CHECK(source.stakeholders[1].managerId == source.stakeholders[0].id);
}

TEST_CASE("a new account has a fresh id, a placeholder name and a renewal a year out") {
    const Account a = makeNewAccount("2026-11-24", "2026-11-24T09:00:00Z", seededIds(1));
    CHECK(isValidId(a.id));
    CHECK(a.name == "New account");
    CHECK(a.renewalDate == "2027-11-24");
    CHECK(a.updated == "2026-11-24T09:00:00Z");
    CHECK_FALSE(a.archived);
    CHECK(makeNewAccount("not a date", "now", seededIds(1)).renewalDate.empty());
}

TEST_CASE("adding an account inserts it where asked and undo removes it") {
    Portfolio p = threeAccounts();
    CommandHistory history;
    Account fresh = makeNewAccount("2026-11-24", "now", seededIds(5));
    history.execute(addAccountCommand(fresh, 1, "Create account"), p);
    REQUIRE(p.accounts.size() == 4);
    CHECK(p.accounts[1].id == fresh.id);
    history.undo(p);
    CHECK(p.accounts.size() == 3);
    CHECK(findAccount(p, fresh.id) == nullptr);
    history.redo(p);
    CHECK(accountIndex(p, fresh.id) == 1);
}

TEST_CASE("deleting an account and undoing puts it back at its position") {
    Portfolio p = threeAccounts();
    const std::string bravo = p.accounts[1].id;
    p.accounts[1].currentArr = 42;
    CommandHistory history;
    history.execute(deleteAccountCommand(p, bravo), p);
    CHECK(p.accounts.size() == 2);
    CHECK(findAccount(p, bravo) == nullptr);
    CHECK(history.undoDescription() == "Delete Bravo");
    history.undo(p);
    REQUIRE(p.accounts.size() == 3);
    CHECK(p.accounts[1].id == bravo);
    CHECK(p.accounts[1].currentArr == 42);
    CHECK(p.accounts[0].name == "Alpha");
    CHECK(p.accounts[2].name == "Charlie");
}

TEST_CASE("deleting an account that is already gone changes nothing") {
    Portfolio p = threeAccounts();
    CommandHistory history;
    history.execute(deleteAccountCommand(p, "missing"), p);
    CHECK(p.accounts.size() == 3);
    history.undo(p);
    CHECK(p.accounts.size() == 3);
}

TEST_CASE("archiving toggles the archived flag and undo restores it") {
    Portfolio p = threeAccounts();
    const std::string id = p.accounts[0].id;
    CommandHistory history;
    history.execute(setArchivedCommand(p, id, true, "t1"), p);
    CHECK(p.accounts[0].archived);
    CHECK(p.accounts[0].updated == "t1");
    history.execute(setArchivedCommand(p, id, false, "t2"), p);
    CHECK_FALSE(p.accounts[0].archived);
    history.undo(p);
    CHECK(p.accounts[0].archived);
    history.undo(p);
    CHECK_FALSE(p.accounts[0].archived);
}

TEST_CASE("a valid framework edit is applied and undone as one portfolio command") {
    Portfolio p;
    QualificationFramework edited = p.qualification;
    edited.criteria[0].weight = 60;
    auto command = frameworkEditCommand(p, edited, "Edit weight", "weight/employees", "now");
    REQUIRE(command.ok());
    CHECK(command.value().accountId.empty());
    CommandHistory history;
    history.execute(std::move(command).value(), p);
    CHECK(p.qualification.criteria[0].weight == 60);
    CHECK(p.qualification.updated == "now");
    history.undo(p);
    CHECK(p.qualification.criteria[0].weight == 30);
}

TEST_CASE("an invalid framework edit is refused with the validator's message") {
    Portfolio p;
    QualificationFramework edited = p.qualification;
    edited.bands.tier2Min = 80;  // above Tier 1's 75
    auto command = frameworkEditCommand(p, edited, "Edit band", "", "now");
    REQUIRE_FALSE(command.ok());
    CHECK(command.error().message.find("Tier 2") != std::string::npos);
    CHECK(p.qualification.bands.tier2Min == 50);
}

TEST_CASE("money typed in whole units becomes minor units, clamped to a sane range") {
    CHECK(minorFromWholeUnits(250'000) == 25'000'000);
    CHECK(minorFromWholeUnits(-5) == 0);
    CHECK(minorFromWholeUnits(INT64_MAX) == kMaxWholeMoneyUnits * kMinorPerUnit);
    CHECK(wholeUnitsFromMinor(12'350) == 124);
    CHECK(wholeUnitsFromMinor(12'349) == 123);
}

TEST_CASE("head counts and counts are clamped into their ranges") {
    CHECK(clampHeadCount(-1) == 0);
    CHECK(clampHeadCount(kMaxHeadCount + 1) == kMaxHeadCount);
    CHECK(clampCount(0, 1) == 1);
    CHECK(clampCount(20'000, 0) == kMaxCount);
}

TEST_CASE("compliance checkboxes match entries the way scoring does") {
    const std::vector<std::string> needs{"SOC2", "ISO 27001"};
    CHECK(hasComplianceNeed(needs, "ISO27001"));
    CHECK(hasComplianceNeed(needs, "soc-2"));
    CHECK_FALSE(hasComplianceNeed(needs, "HIPAA"));
    const auto added = withComplianceNeed(needs, "HIPAA", true);
    CHECK(added.size() == 3);
    CHECK(withComplianceNeed(added, "HIPAA", true).size() == 3);
    const auto removed = withComplianceNeed(needs, "ISO27001", false);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0] == "SOC2");
}

TEST_CASE("the regulated set comes from the framework's compliance criterion") {
    QualificationFramework f = defaultQualificationFramework();
    CHECK(regulatedComplianceSet(f).size() == 7);
    for (Criterion& c : f.criteria)
        if (c.attribute == QualificationAttribute::ComplianceNeeds) c.values = {"HIPAA"};
    CHECK(regulatedComplianceSet(f) == std::vector<std::string>{"HIPAA"});
    f.criteria.clear();
    CHECK(regulatedComplianceSet(f).size() == 7);
}
