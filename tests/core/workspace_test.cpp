// The Workspace: the one owner of the model and its revision.
#include <doctest/doctest.h>

#include "core/editing/edits.h"
#include "core/editing/workspace.h"

using namespace keystone;

namespace {

Workspace oneAccountWithARisk() {
    Portfolio portfolio;
    Account account;
    account.id = "a1";
    account.name = "Northwind";
    Risk risk;
    risk.id = "r1";
    risk.title = "Champion leaves";
    account.risks.push_back(risk);
    portfolio.accounts.push_back(account);
    Workspace workspace;
    workspace.load(std::move(portfolio));
    return workspace;
}

Command renameRisk(const Workspace& workspace, const std::string& riskId, std::string title) {
    return setEntityField(std::string("a1"), &Account::risks, riskId, &Risk::title,
                          std::move(title), "Rename risk", "", "2026-11-24T10:15:00Z",
                          workspace.portfolio());
}

}  // namespace

TEST_CASE("Every change bumps the one revision: command, undo, redo and load") {
    Workspace workspace = oneAccountWithARisk();
    auto revision = workspace.revision();
    CHECK(workspace.execute(renameRisk(workspace, "r1", "CFO leaves")));
    CHECK(workspace.revision() == ++revision);
    CHECK(workspace.undo());
    CHECK(workspace.revision() == ++revision);
    CHECK(workspace.redo());
    CHECK(workspace.revision() == ++revision);
    // Another tab's save or a merge arrives through load, without an undo step.
    Portfolio other = workspace.portfolio();
    other.accounts[0].name = "Northwind Logistics";
    workspace.load(std::move(other));
    CHECK(workspace.revision() == ++revision);
    CHECK(workspace.history().undoDepth() == 1);
}

TEST_CASE("A command on a missing entity is refused and records nothing") {
    Workspace workspace = oneAccountWithARisk();
    workspace.takeUnsaved();
    const auto revision = workspace.revision();
    CHECK_FALSE(workspace.execute(renameRisk(workspace, "no-such-risk", "x")));
    CHECK_FALSE(workspace.execute(removeEntity(std::string("a1"), &Account::risks,
                                               std::string("no-such-risk"), "Remove risk",
                                               workspace.portfolio())));
    CHECK_FALSE(workspace.execute(setAccountField(
        std::string("gone"), [](Account & a) -> auto& { return a.name; }, std::string("x"),
        "Rename", "", "", workspace.portfolio())));
    CHECK(workspace.revision() == revision);
    CHECK_FALSE(workspace.history().canUndo());
    CHECK_FALSE(workspace.hasUnsaved());
}

TEST_CASE("Undo after a refused command changes nothing") {
    Workspace workspace = oneAccountWithARisk();
    CHECK(workspace.execute(renameRisk(workspace, "r1", "CFO leaves")));
    CHECK_FALSE(
        workspace.execute(removeEntity(std::string("a1"), &Account::risks, std::string("r9"),
                                       "Remove risk", workspace.portfolio())));
    CHECK(workspace.undo());
    REQUIRE(workspace.portfolio().accounts[0].risks.size() == 1);  // no blank risk inserted
    CHECK(workspace.portfolio().accounts[0].risks[0].title == "Champion leaves");
    CHECK_FALSE(workspace.undo());
    CHECK(workspace.portfolio().accounts[0].risks.size() == 1);
}
