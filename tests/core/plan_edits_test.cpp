#include <doctest/doctest.h>

#include <string>

#include "core/editing/command_history.h"
#include "core/plan/plan_edits.h"
#include "core/plan/sales_stages.h"

using namespace keystone;

namespace {

PlanAction action(std::string id, std::string title) {
    PlanAction a;
    a.id = std::move(id);
    a.title = std::move(title);
    a.updated = "2026-01-01T00:00:00Z";
    return a;
}

// One account with one objective holding actions a1, a2 and one opportunity in Evaluation.
Portfolio planPortfolio() {
    Portfolio p;
    Account account;
    account.id = "acct";
    Objective objective;
    objective.id = "obj";
    objective.actions = {action("a1", "First"), action("a2", "Second")};
    account.objectives.push_back(objective);
    Opportunity deal;
    deal.id = "deal";
    deal.stage = SalesStage::Evaluation;
    deal.probabilityPct = 40;
    deal.updated = "2026-01-01T00:00:00Z";
    account.opportunities.push_back(deal);
    p.accounts.push_back(account);
    return p;
}

const std::vector<PlanAction>& actionsOf(const Portfolio& p) {
    return p.accounts[0].objectives[0].actions;
}

}  // namespace

TEST_CASE("new objectives aim a year out and new actions are due in two weeks") {
    const Objective objective = newObjective("o1", "2026-11-24", "2026-11-24T09:00:00Z");
    CHECK(objective.id == "o1");
    CHECK(objective.updated == "2026-11-24T09:00:00Z");
    CHECK(objective.targetDate == "2027-11-24");
    CHECK(objective.status == WorkStatus::NotStarted);
    CHECK_FALSE(objective.title.empty());
    CHECK(newObjective("o2", "2028-02-29", "").targetDate == "2029-02-28");
    CHECK(newAction("a", "2026-12-25", "").dueDate == "2027-01-08");
    CHECK(newAction("a", "not a date", "").dueDate.empty());
}

TEST_CASE("a new opportunity starts in discovery at its default probability, closing in 90 days") {
    const Opportunity deal = newOpportunity("d", "2026-11-24", "");
    CHECK(deal.stage == SalesStage::Discovery);
    CHECK(deal.probabilityPct == stageDefinition(SalesStage::Discovery).defaultProbabilityPct);
    CHECK(deal.closeDate == "2027-02-22");
}

TEST_CASE("an action is inserted into its objective and undo takes it out again") {
    Portfolio p = planPortfolio();
    CommandHistory history;
    history.execute(insertAction("acct", "obj", action("a3", "Third"), 1, "Add action"), p);
    REQUIRE(actionsOf(p).size() == 3);
    CHECK(actionsOf(p)[1].id == "a3");
    history.undo(p);
    CHECK(actionsOf(p).size() == 2);
    history.redo(p);
    CHECK(actionsOf(p)[1].id == "a3");
    history.execute(insertAction("acct", "obj", action("a4", "Fourth"), -1, "Add action"), p);
    CHECK(actionsOf(p).back().id == "a4");
}

TEST_CASE("removing an action and undoing puts it back where it was") {
    Portfolio p = planPortfolio();
    CommandHistory history;
    history.execute(removeAction("acct", "obj", "a1", "Delete action", p), p);
    REQUIRE(actionsOf(p).size() == 1);
    CHECK(actionsOf(p)[0].id == "a2");
    history.undo(p);
    REQUIRE(actionsOf(p).size() == 2);
    CHECK(actionsOf(p)[0].id == "a1");
    CHECK(actionsOf(p)[0].title == "First");
}

TEST_CASE("removing an action that does not exist changes nothing, even on undo") {
    Portfolio p = planPortfolio();
    Command command = removeAction("acct", "obj", "missing", "Delete action", p);
    command.apply(p);
    command.revert(p);
    CHECK(actionsOf(p).size() == 2);
}

TEST_CASE("setting an action field stamps the action and undo restores value and stamp") {
    Portfolio p = planPortfolio();
    CommandHistory history;
    history.execute(setActionField("acct", "obj", "a2", &PlanAction::status, WorkStatus::Done,
                                   "Mark done", "", "2026-03-03T00:00:00Z", p),
                    p);
    CHECK(actionsOf(p)[1].status == WorkStatus::Done);
    CHECK(actionsOf(p)[1].updated == "2026-03-03T00:00:00Z");
    history.undo(p);
    CHECK(actionsOf(p)[1].status == WorkStatus::NotStarted);
    CHECK(actionsOf(p)[1].updated == "2026-01-01T00:00:00Z");
}

TEST_CASE("typing into an action title merges into one undo step") {
    Portfolio p = planPortfolio();
    CommandHistory history;
    for (const char* text : {"F", "Fi", "Fix"})
        history.execute(setActionField<std::string>("acct", "obj", "a1", &PlanAction::title, text,
                                                    "Edit action title", "a1/title", "now", p),
                        p);
    CHECK(actionsOf(p)[0].title == "Fix");
    CHECK(history.undoDepth() == 1);
    history.undo(p);
    CHECK(actionsOf(p)[0].title == "First");
}

TEST_CASE("action commands for a deleted objective do nothing") {
    Portfolio p = planPortfolio();
    Command edit =
        setActionField<std::string>("acct", "obj", "a1", &PlanAction::title, "X", "", "", "now", p);
    p.accounts[0].objectives.clear();
    edit.apply(p);
    insertAction("acct", "obj", action("a9", "Nine"), -1, "").apply(p);
    CHECK(p.accounts[0].objectives.empty());
}

TEST_CASE("moving an opportunity's stage moves its default probability along in one undo step") {
    Portfolio p = planPortfolio();
    CommandHistory history;
    history.execute(
        moveOpportunityStage("acct", "deal", SalesStage::Negotiation, "2026-05-05T00:00:00Z", p),
        p);
    const Opportunity& deal = p.accounts[0].opportunities[0];
    CHECK(deal.stage == SalesStage::Negotiation);
    CHECK(deal.probabilityPct == 70);
    CHECK(deal.updated == "2026-05-05T00:00:00Z");
    CHECK(history.undoDescription() == "Move to Negotiation");
    history.undo(p);
    CHECK(deal.stage == SalesStage::Evaluation);
    CHECK(deal.probabilityPct == 40);
    CHECK(deal.updated == "2026-01-01T00:00:00Z");
}

TEST_CASE("moving a stage keeps a probability the rep set by hand") {
    Portfolio p = planPortfolio();
    p.accounts[0].opportunities[0].probabilityPct = 55;
    moveOpportunityStage("acct", "deal", SalesStage::Negotiation, "now", p).apply(p);
    CHECK(p.accounts[0].opportunities[0].probabilityPct == 55);
}

TEST_CASE("an amount typed by hand over an attached pricing scenario marks the amount overridden") {
    Portfolio p = planPortfolio();
    p.accounts[0].opportunities[0].pricingScenarioId = "scenario";
    CommandHistory history;
    history.execute(setOpportunityAmount("acct", "deal", 250000, "", "2026-05-05T00:00:00Z", p), p);
    const Opportunity& deal = p.accounts[0].opportunities[0];
    CHECK(deal.amount == 250000);
    CHECK(deal.amountOverridden);
    history.undo(p);
    CHECK(deal.amount == 0);
    CHECK_FALSE(deal.amountOverridden);
}

TEST_CASE("an amount typed by hand with no pricing scenario is just the amount, never negative") {
    Portfolio p = planPortfolio();
    setOpportunityAmount("acct", "deal", -5, "", "now", p).apply(p);
    CHECK(p.accounts[0].opportunities[0].amount == 0);
    CHECK_FALSE(p.accounts[0].opportunities[0].amountOverridden);
}
