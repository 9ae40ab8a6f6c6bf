// The plan sections: objectives and actions, the opportunity stage gate with its
// exit-criteria modal, the weighted pipeline, and the whitespace matrix with undo.
// (Moved from tests/browser/plan_sections.test.mjs.)
#include <doctest/doctest.h>

#include <string>

#include "ui_harness.h"

using keystone::test::Key;
using keystone::test::UiHarness;
using nlohmann::json;

namespace {

json deal(const json& account, const std::string& name) {
    for (const json& opportunity : account.at("opportunities"))
        if (opportunity.at("name") == name) return opportunity;
    FAIL("no deal named " << name);
    return {};
}

// The last widget whose full label is exactly `fullLabel` (e.g. the newest action's title).
keystone::ui::RegisteredItem lastItem(const UiHarness& ui, const std::string& fullLabel) {
    const auto all = ui.findAll(fullLabel);
    REQUIRE_MESSAGE(!all.empty(), "a widget labelled " << fullLabel << " is on screen");
    return all.back();
}

// "$670,500" -> 670500
double dollars(const std::string& text) {
    std::string digits;
    for (char c : text)
        if ((c >= '0' && c <= '9') || c == '.') digits.push_back(c);
    return std::stod(digits);
}

}  // namespace

TEST_CASE("adding an objective and an action puts both in the exported plan, overdue flagged") {
    UiHarness ui;
    ui.click("Plan");
    const size_t before = ui.plan().at("objectives").size();
    ui.click("Add objective");
    ui.typeInto("##Objective title", "Win the APAC rollout");
    ui.click("Add action");
    ui.typeIntoItem(lastItem(ui, "##action-title"), "Book the APAC kickoff");
    json account = ui.plan();
    REQUIRE(account.at("objectives").size() == before + 1);
    const json objective = account.at("objectives").back();
    CHECK(objective.at("title") == "Win the APAC rollout");
    REQUIRE(objective.at("actions").size() == 1);
    CHECK(objective.at("actions")[0].at("title") == "Book the APAC kickoff");
    CHECK(objective.at("actions")[0].at("status") == "not-started");
    CHECK(objective.at("actions")[0].at("dueDate").get<std::string>().size() == 10);

    // A due date in the past makes the action overdue; a half-typed date never reaches the plan.
    CHECK_FALSE(ui.labelStartingWith("Overdue actions:"));
    ui.typeIntoItem(lastItem(ui, "##action-due"), "2020-01-15");
    CHECK(ui.plan().at("objectives").back().at("actions")[0].at("dueDate") == "2020-01-15");
    CHECK(ui.labelStartingWith("Overdue actions:") == "Overdue actions: 1");
    ui.typeIntoItem(lastItem(ui, "##action-due"), "2027-13-01");
    CHECK_MESSAGE(ui.plan().at("objectives").back().at("actions")[0].at("dueDate") == "2020-01-15",
                  "a date with month 13 never reaches the plan");

    // Deleting the action is one undo step away from coming back.
    ui.clickItem(lastItem(ui, "Delete##action"));
    CHECK(ui.plan().at("objectives").back().at("actions").empty());
    ui.click("Undo");
    CHECK(ui.plan().at("objectives").back().at("actions")[0].at("title") ==
          "Book the APAC kickoff");
}

TEST_CASE("moving a deal forward past unmet exit criteria asks first; Cancel keeps the stage") {
    UiHarness ui;
    ui.click("Opportunities");
    ui.click("Warehouse Analytics Pilot");
    CHECK(deal(ui.plan(), "Warehouse Analytics Pilot").at("stage") == "solution-design");
    ui.click("Evaluation");
    CHECK_MESSAGE(ui.shows("Move anyway"), "the confirmation modal is open");
    CHECK(ui.labelStartingWith("Move to ") == "Move to Evaluation with 4 unmet exit criteria?");
    ui.click("Cancel");
    CHECK_MESSAGE(!ui.shows("Move anyway"), "the modal closed");
    CHECK(deal(ui.plan(), "Warehouse Analytics Pilot").at("stage") == "solution-design");

    ui.click("Evaluation");
    ui.click("Move anyway");
    const json moved = deal(ui.plan(), "Warehouse Analytics Pilot");
    CHECK(moved.at("stage") == "evaluation");
    CHECK_MESSAGE(moved.at("probabilityPct") == 40, "the default probability follows the stage");

    // Moving backward never asks.
    ui.click("Discovery");
    CHECK_FALSE(ui.shows("Move anyway"));
    CHECK(deal(ui.plan(), "Warehouse Analytics Pilot").at("stage") == "discovery");
}

TEST_CASE("with every exit criterion ticked the deal moves on without a modal") {
    UiHarness ui;
    ui.click("Opportunities");
    ui.click("Customs Data Feed Integration");
    for (const char* label :
         {"Business pain confirmed by the customer", "Economic buyer and champion identified",
          "Budget range and decision timeline known",
          "Success metrics agreed in the customer's words"})
        ui.click(label);
    const json ticked =
        deal(ui.plan(), "Customs Data Feed Integration").at("completedExitCriteria");
    CHECK(ticked == json{"discovery.pain-confirmed", "discovery.buyer-identified",
                         "discovery.budget-timeline", "discovery.success-metrics"});
    ui.click("Solution design");
    CHECK_MESSAGE(!ui.shows("Move anyway"), "no confirmation needed");
    CHECK(deal(ui.plan(), "Customs Data Feed Integration").at("stage") == "solution-design");
}

TEST_CASE("the weighted pipeline figure follows a change of probability") {
    UiHarness ui;
    ui.click("Opportunities");
    ui.click("Customs Data Feed Integration");
    const auto before = ui.labelStartingWith("Weighted pipeline:");
    REQUIRE(before == "Weighted pipeline: $670,500");
    const auto slider = ui.reveal("##Probability");
    ui.clickAt(slider.x + slider.w * 0.8f, slider.y + slider.h / 2);
    const int probability = deal(ui.plan(), "Customs Data Feed Integration").at("probabilityPct");
    CHECK_MESSAGE(probability > 50, "probability moved up (now " << probability << "%)");
    const auto after = ui.labelStartingWith("Weighted pipeline:");
    REQUIRE(after);
    CHECK(dollars(*after) - dollars(*before) ==
          doctest::Approx(95000.0 * (probability - 10) / 100));
    ui.click("Undo");
    CHECK(ui.labelStartingWith("Weighted pipeline:") == before);
}

TEST_CASE("a whitespace cell status change is exported and undo restores it") {
    UiHarness ui;
    ui.click("Whitespace");
    const auto cellOf = [](const json& account) -> json {
        for (const json& cell : account.at("whitespace").at("cells"))
            if (cell.at("businessUnit") == "Contract Logistics" &&
                cell.at("offering") == "Route Optimization")
                return cell;
        return nullptr;
    };
    const json start = ui.plan();
    CHECK_MESSAGE(cellOf(start).is_null(), "an unset cell is plain whitespace");
    ui.click("Cell Contract Logistics / Route Optimization");
    ui.click("In pipeline##status");
    json account = ui.plan();
    REQUIRE_FALSE(cellOf(account).is_null());
    CHECK(cellOf(account).at("status") == "in-pipeline");
    CHECK_MESSAGE(account.at("whitespace").at("updated") != start.at("whitespace").at("updated"),
                  "the matrix is stamped");
    ui.click("Done");
    ui.click("Undo");
    account = ui.plan();
    CHECK(cellOf(account).is_null());
    CHECK(account.at("whitespace").at("updated") == start.at("whitespace").at("updated"));

    // A new business unit becomes a row; its cells count as whitespace.
    ui.click("Add business unit");
    ui.type("Cold Chain");
    ui.click("Add");
    account = ui.plan();
    CHECK(account.at("whitespace").at("businessUnits").back() == "Cold Chain");
    CHECK(ui.shows("Cell Cold Chain / Control Tower"));
}
