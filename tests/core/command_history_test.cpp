#include <doctest/doctest.h>

#include "core/editing/command_history.h"

using namespace keystone;

namespace {

Command renameAccount(const std::string& id, const std::string& from, const std::string& to,
                      const std::string& mergeKey = {}) {
    return Command{"Rename account", mergeKey, [=](Portfolio& p) { findAccount(p, id)->name = to; },
                   [=](Portfolio& p) { findAccount(p, id)->name = from; }, id};
}

Portfolio onePortfolio() {
    Portfolio portfolio;
    Account account;
    account.id = "a1";
    account.name = "Northwind";
    portfolio.accounts.push_back(account);
    return portfolio;
}

}  // namespace

TEST_CASE("undo reverts a command and redo applies it again") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history;
    history.execute(renameAccount("a1", "Northwind", "Contoso"), portfolio);
    CHECK(portfolio.accounts[0].name == "Contoso");
    CHECK(history.undo(portfolio));
    CHECK(portfolio.accounts[0].name == "Northwind");
    CHECK(history.redo(portfolio));
    CHECK(portfolio.accounts[0].name == "Contoso");
}

TEST_CASE("typing in one field is one undo step") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history;
    history.execute(renameAccount("a1", "Northwind", "N", "name"), portfolio);
    history.execute(renameAccount("a1", "N", "No", "name"), portfolio);
    history.execute(renameAccount("a1", "No", "Nor", "name"), portfolio);
    CHECK(history.undoDepth() == 1);
    history.undo(portfolio);
    CHECK(portfolio.accounts[0].name == "Northwind");
    history.redo(portfolio);
    CHECK(portfolio.accounts[0].name == "Nor");
}

TEST_CASE("closing the merge window starts a new undo step for the same field") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history;
    history.execute(renameAccount("a1", "Northwind", "A", "name"), portfolio);
    history.closeMergeWindow();
    history.execute(renameAccount("a1", "A", "B", "name"), portfolio);
    CHECK(history.undoDepth() == 2);
    history.undo(portfolio);
    CHECK(portfolio.accounts[0].name == "A");
}

TEST_CASE("a new command clears the redo stack") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history;
    history.execute(renameAccount("a1", "Northwind", "A"), portfolio);
    history.undo(portfolio);
    CHECK(history.canRedo());
    history.execute(renameAccount("a1", "Northwind", "B"), portfolio);
    CHECK_FALSE(history.canRedo());
}

TEST_CASE("history keeps at least 200 steps and drops the oldest beyond its capacity") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history(250);
    for (int i = 0; i < 300; ++i)
        history.execute(renameAccount("a1", std::to_string(i), std::to_string(i + 1)), portfolio);
    CHECK(history.undoDepth() == 250);
    int undone = 0;
    while (history.undo(portfolio)) ++undone;
    CHECK(undone == 250);
    CHECK(portfolio.accounts[0].name == "50");
}

TEST_CASE("a refused command is not recorded") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history;
    CHECK_FALSE(history.execute(Command{"Nothing", {}, nullptr, nullptr, "a1"}, portfolio));
    CHECK_FALSE(history.canUndo());
}

#include "core/editing/edits.h"

TEST_CASE("setting an entity field stamps updated and undo restores both") {
    Portfolio portfolio = onePortfolio();
    Risk risk;
    risk.id = "r1";
    risk.title = "Champion leaves";
    risk.updated = "2026-01-01T00:00:00Z";
    portfolio.accounts[0].risks.push_back(risk);
    CommandHistory history;
    history.execute(setEntityField("a1", &Account::risks, "r1", &Risk::likelihood, 5,
                                   "Edit likelihood", "", "2026-11-24T10:00:00Z", portfolio),
                    portfolio);
    CHECK(portfolio.accounts[0].risks[0].likelihood == 5);
    CHECK(portfolio.accounts[0].risks[0].updated == "2026-11-24T10:00:00Z");
    history.undo(portfolio);
    CHECK(portfolio.accounts[0].risks[0].likelihood == 3);
    CHECK(portfolio.accounts[0].risks[0].updated == "2026-01-01T00:00:00Z");
}

TEST_CASE("removing an entity and undoing puts it back in the same place") {
    Portfolio portfolio = onePortfolio();
    for (const char* id : {"r1", "r2", "r3"}) {
        Risk risk;
        risk.id = id;
        portfolio.accounts[0].risks.push_back(risk);
    }
    CommandHistory history;
    history.execute(removeEntity("a1", &Account::risks, "r2", "Delete risk", portfolio), portfolio);
    REQUIRE(portfolio.accounts[0].risks.size() == 2);
    CHECK(portfolio.accounts[0].risks[1].id == "r3");
    history.undo(portfolio);
    REQUIRE(portfolio.accounts[0].risks.size() == 3);
    CHECK(portfolio.accounts[0].risks[1].id == "r2");
    history.redo(portfolio);
    CHECK(portfolio.accounts[0].risks.size() == 2);
}

TEST_CASE("an edit to a nested account field goes through an accessor") {
    Portfolio portfolio = onePortfolio();
    CommandHistory history;
    history.execute(
        setAccountField<std::string>(
            "a1", [](Account& a) -> std::string& { return a.summary.business; },
            std::string("Global 3PL"), "Edit business", "", "2026-11-24T10:00:00Z", portfolio),
        portfolio);
    CHECK(portfolio.accounts[0].summary.business == "Global 3PL");
    CHECK(portfolio.accounts[0].updated == "2026-11-24T10:00:00Z");
    history.undo(portfolio);
    CHECK(portfolio.accounts[0].summary.business.empty());
}

#include "core/editing/workspace.h"

TEST_CASE("the workspace remembers which accounts changed until autosave takes them") {
    Workspace workspace;
    workspace.load(onePortfolio());
    CHECK_FALSE(workspace.hasUnsaved());
    workspace.execute(renameAccount("a1", "Northwind", "Contoso"));
    CHECK(workspace.takeUnsaved() == std::set<std::string>{"a1"});
    CHECK_FALSE(workspace.hasUnsaved());
    workspace.undo();
    CHECK(workspace.takeUnsaved() == std::set<std::string>{"a1"});
}
