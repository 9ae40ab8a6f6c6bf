#include <doctest/doctest.h>

#include <string>

#include "core/editing/command_history.h"
#include "core/stakeholders/stakeholder_edits.h"

using namespace keystone;

namespace {

constexpr const char* kThen = "2026-01-01T00:00:00Z";
constexpr const char* kNow = "2026-11-24T09:00:00Z";

Stakeholder person(std::string id, std::string name, std::string manager) {
    Stakeholder s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.managerId = std::move(manager);
    s.updated = kThen;
    return s;
}

// ceo ── cfo ── controller
//     └─ cio ── architect
Portfolio orgPortfolio() {
    Portfolio p;
    Account account;
    account.id = "acct";
    account.stakeholders = {person("ceo", "Dana Chief", ""), person("cfo", "Femi Money", "ceo"),
                            person("controller", "Cam Ledger", "cfo"),
                            person("cio", "Ivy Tech", "ceo"),
                            person("architect", "Ari Build", "cio")};
    InfluenceLine line;
    line.id = "l1";
    line.fromId = "cfo";
    line.toId = "architect";
    account.influenceLines.push_back(line);
    p.accounts.push_back(account);
    return p;
}

const Stakeholder& get(const Portfolio& p, const std::string& id) {
    for (const Stakeholder& s : p.accounts[0].stakeholders)
        if (s.id == id) return s;
    FAIL("no stakeholder " << id);
    return p.accounts[0].stakeholders[0];
}

}  // namespace

TEST_CASE("a descendant check walks up the reporting line") {
    const Portfolio p = orgPortfolio();
    const Account& account = p.accounts[0];
    CHECK(reportsUpTo(account, "controller", "ceo"));
    CHECK(reportsUpTo(account, "controller", "cfo"));
    CHECK(reportsUpTo(account, "cfo", "cfo"));
    CHECK_FALSE(reportsUpTo(account, "architect", "cfo"));
    CHECK_FALSE(reportsUpTo(account, "ceo", "cfo"));
}

TEST_CASE("changing a manager is one undo step that restores the old line and stamp") {
    Portfolio p = orgPortfolio();
    CommandHistory history;
    auto command = reparentStakeholder("acct", "architect", "cfo", kNow, p);
    REQUIRE(command.ok());
    CHECK(command.value().description == "Make Ari Build report to Femi Money");
    history.execute(std::move(command).value(), p);
    CHECK(get(p, "architect").managerId == "cfo");
    CHECK(get(p, "architect").updated == kNow);
    REQUIRE(history.undo(p));
    CHECK(get(p, "architect").managerId == "cio");
    CHECK(get(p, "architect").updated == kThen);
    REQUIRE(history.redo(p));
    CHECK(get(p, "architect").managerId == "cfo");
}

TEST_CASE("reporting to yourself or to one of your own reports is refused with a reason") {
    const Portfolio p = orgPortfolio();
    auto self = reparentStakeholder("acct", "cfo", "cfo", kNow, p);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message == "Femi Money cannot report to themselves.");
    auto below = reparentStakeholder("acct", "ceo", "controller", kNow, p);
    REQUIRE_FALSE(below.ok());
    CHECK(below.error().message ==
          "Dana Chief cannot report to Cam Ledger, who reports up to Dana Chief.");
    CHECK_FALSE(reparentStakeholder("acct", "ghost", "ceo", kNow, p).ok());
    CHECK_FALSE(reparentStakeholder("acct", "cfo", "ghost", kNow, p).ok());
}

TEST_CASE("moving several people is refused as a whole when one move would make a cycle") {
    Portfolio p = orgPortfolio();
    CHECK_FALSE(reparentStakeholders("acct", {"architect", "cio"}, "architect", kNow, p).ok());
    auto both = reparentStakeholders("acct", {"controller", "architect"}, "ceo", kNow, p);
    REQUIRE(both.ok());
    CommandHistory history;
    history.execute(std::move(both).value(), p);
    CHECK(get(p, "controller").managerId == "ceo");
    CHECK(get(p, "architect").managerId == "ceo");
    history.undo(p);
    CHECK(get(p, "controller").managerId == "cfo");
    CHECK(get(p, "architect").managerId == "cio");
}

TEST_CASE("a person can be moved to the top of a new tree") {
    Portfolio p = orgPortfolio();
    auto command = reparentStakeholder("acct", "cio", "", kNow, p);
    REQUIRE(command.ok());
    command.value().apply(p);
    CHECK(get(p, "cio").managerId.empty());
    CHECK(get(p, "architect").managerId == "cio");
}

TEST_CASE("a report, a peer and a manager are added next to the person they relate to") {
    Portfolio p = orgPortfolio();
    CommandHistory history;
    auto report = addStakeholderNear("acct", "cfo", NewPersonPlace::ReportOf,
                                     person("r", "New Report", ""), kNow, p);
    REQUIRE(report.ok());
    history.execute(std::move(report).value(), p);
    CHECK(get(p, "r").managerId == "cfo");
    CHECK(get(p, "r").updated == kNow);
    CHECK(p.accounts[0].stakeholders[2].id == "r");  // right after the anchor

    auto peer = addStakeholderNear("acct", "cfo", NewPersonPlace::PeerOf,
                                   person("q", "New Peer", ""), kNow, p);
    REQUIRE(peer.ok());
    history.execute(std::move(peer).value(), p);
    CHECK(get(p, "q").managerId == "ceo");

    auto boss = addStakeholderNear("acct", "cio", NewPersonPlace::ManagerOf,
                                   person("m", "New Boss", ""), kNow, p);
    REQUIRE(boss.ok());
    CHECK(boss.value().description == "Add a manager above Ivy Tech");
    history.execute(std::move(boss).value(), p);
    CHECK(get(p, "m").managerId == "ceo");
    CHECK(get(p, "cio").managerId == "m");
    CHECK(get(p, "cio").updated == kNow);

    history.undo(p);
    CHECK(get(p, "cio").managerId == "ceo");
    CHECK(get(p, "cio").updated == kThen);
    CHECK(p.accounts[0].stakeholders.size() == 7);
    history.undo(p);
    history.undo(p);
    CHECK(p.accounts[0].stakeholders.size() == 5);
}

TEST_CASE("adding a person with an id already on the chart is refused") {
    const Portfolio p = orgPortfolio();
    CHECK_FALSE(addStakeholderNear("acct", "cfo", NewPersonPlace::ReportOf,
                                   person("cio", "Dup", ""), kNow, p)
                    .ok());
    CHECK_FALSE(
        addStakeholderNear("acct", "ghost", NewPersonPlace::ReportOf, person("x", "X", ""), kNow, p)
            .ok());
}

TEST_CASE("removing people moves their reports up and drops their lines, and undo restores all") {
    Portfolio p = orgPortfolio();
    const Portfolio before = p;
    CommandHistory history;
    history.execute(removeStakeholders("acct", {"cio", "ceo"}, kNow, p), p);
    const Account& account = p.accounts[0];
    CHECK(account.stakeholders.size() == 3);
    CHECK(get(p, "cfo").managerId.empty());
    CHECK(get(p, "architect").managerId.empty());
    CHECK(get(p, "controller").managerId == "cfo");
    CHECK(account.influenceLines.size() == 1);  // cfo → architect stays

    history.execute(removeStakeholders("acct", {"architect"}, kNow, p), p);
    CHECK(p.accounts[0].influenceLines.empty());
    history.undo(p);
    history.undo(p);
    REQUIRE(p.accounts[0].stakeholders.size() == before.accounts[0].stakeholders.size());
    for (size_t i = 0; i < before.accounts[0].stakeholders.size(); ++i) {
        CHECK(p.accounts[0].stakeholders[i].id == before.accounts[0].stakeholders[i].id);
        CHECK(p.accounts[0].stakeholders[i].managerId ==
              before.accounts[0].stakeholders[i].managerId);
        CHECK(p.accounts[0].stakeholders[i].updated == before.accounts[0].stakeholders[i].updated);
    }
    CHECK(p.accounts[0].influenceLines.size() == 1);
}

TEST_CASE("removing a dotted-line manager drops only that dotted line") {
    Portfolio p = orgPortfolio();
    p.accounts[0].stakeholders[4].dottedLineManagerIds = {"cfo", "ceo"};
    CommandHistory history;
    history.execute(removeStakeholders("acct", {"cfo"}, kNow, p), p);
    CHECK(get(p, "architect").dottedLineManagerIds == std::vector<std::string>{"ceo"});
    CHECK(get(p, "controller").managerId == "ceo");
    history.undo(p);
    CHECK(get(p, "architect").dottedLineManagerIds == std::vector<std::string>{"cfo", "ceo"});
}
