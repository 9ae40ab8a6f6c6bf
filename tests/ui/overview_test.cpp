// The Overview holds every account-level fact: a rep creates an account, fills it in
// through the fields the issue names, and sees the portfolio follow at once; each edit is
// one undo step; a new account has no health until a signal is entered.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/account_summary.h"
#include "core/model/money.h"
#include "ui_harness.h"

using keystone::test::Key;
using keystone::test::UiHarness;
using nlohmann::json;

namespace {

constexpr float kSidebarRight = 240;  // 16 em: items right of it belong to the main view

// Creates an account from the portfolio view and opens its Overview.
std::string createAccount(UiHarness& ui) {
    ui.click("Portfolio overview");
    for (const auto& item : ui.findEvery("New account")) {
        if (item.x < kSidebarRight || item.w <= 0) continue;
        ui.clickItem(item);
        break;
    }
    REQUIRE(ui.workspace().selectedAccount());
    REQUIRE(ui.workspace().selectedAccount()->name == "New account");
    ui.click("Overview");
    return ui.workspace().selectedAccountId();
}

std::string totalArrShown(UiHarness& ui, const std::string& accountId) {
    ui.click("Portfolio overview");
    const std::string shown = ui.readout("Total ARR").value_or("");
    ui.workspace().selectAccount(accountId);
    ui.frame(2);
    return shown;
}

keystone::MinorUnits totalArr(UiHarness& ui) {
    keystone::MinorUnits total = 0;
    for (const auto& account : ui.workspace().portfolio().accounts) total += account.currentArr;
    return total;
}

}  // namespace

TEST_CASE("typing 1.2M into Current ARR raises the portfolio's ARR total; undo is one step") {
    UiHarness ui;
    const keystone::MinorUnits before = totalArr(ui);
    const std::string id = createAccount(ui);
    const std::string shownBefore = totalArrShown(ui, id);
    CHECK(shownBefore == keystone::formatMoneyCompact(before, "USD"));
    ui.click("Overview");

    const size_t steps = ui.workspace().history().undoDepth();
    ui.typeInto("Current ARR", "1.2M");
    CHECK(ui.plan().at("currentArr") == 120'000'000);
    CHECK_MESSAGE(ui.readout("Current ARR") == "$1,200,000", "shown grouped, with the symbol");
    CHECK(ui.workspace().history().undoDepth() == steps + 1);
    const std::string shownAfter = totalArrShown(ui, id);
    CHECK(shownAfter == keystone::formatMoneyCompact(before + 120'000'000, "USD"));
    CHECK(shownAfter != shownBefore);

    ui.click("Undo");
    CHECK(ui.plan(id).at("currentArr") == 0);
    CHECK(totalArrShown(ui, id) == shownBefore);
}

TEST_CASE("every account fact is entered on Overview and the portfolio follows") {
    UiHarness ui;
    const std::string id = createAccount(ui);
    ui.click("Portfolio overview");
    const std::string renewalsBefore = ui.readout("Renewals in 90 days").value_or("");
    ui.workspace().selectAccount(id);
    ui.frame(2);

    ui.typeInto("Current ARR", "$1,200,000");
    ui.typeInto("Prior-year ARR", "1M");
    ui.typeInto("Renewal date", "15 Feb 2027");
    ui.typeInto("Budget cycle", "Budgets set in October");
    ui.click("Currency");
    ui.click("EUR");
    ui.click("Fiscal year starts");
    ui.click("April");

    const json plan = ui.plan(id);
    CHECK(plan.at("currentArr") == 120'000'000);
    CHECK(plan.at("priorYearArr") == 100'000'000);
    CHECK_MESSAGE(plan.at("renewalDate") == "2027-02-15", "typed dates are stored as ISO");
    CHECK(plan.at("budgetCycle") == "Budgets set in October");
    CHECK(plan.at("currency") == "EUR");
    CHECK(plan.at("fiscalYearStartMonth") == 4);
    CHECK_MESSAGE(ui.readout("Current ARR") ==
                      "\xE2\x82\xAC"
                      "1,200,000",
                  "the amount is shown in the account's currency with grouped digits");
    CHECK(ui.readout("Renewal date") == "2027-02-15");

    ui.click("Portfolio overview");
    CHECK_MESSAGE(ui.readout("Renewals in 90 days") != renewalsBefore,
                  "a renewal 83 days out joins the 90-day window");

    // Emptying Prior-year ARR makes it unknown again.
    ui.workspace().selectAccount(id);
    ui.frame(2);
    ui.click("Prior-year ARR");
    ui.press(Key::A, keystone::test::Ctrl);
    ui.press(Key::Delete);
    ui.press(Key::Enter);
    CHECK_FALSE(ui.plan(id).contains("priorYearArr"));
}

TEST_CASE("an amount or a date that cannot be read is refused inline and changes nothing") {
    UiHarness ui;
    const std::string id = createAccount(ui);
    ui.typeInto("Current ARR", "250k");
    REQUIRE(ui.plan(id).at("currentArr") == 25'000'000);
    const size_t steps = ui.workspace().history().undoDepth();

    ui.typeInto("Current ARR", "12..5");
    CHECK(ui.plan(id).at("currentArr") == 25'000'000);
    CHECK(ui.workspace().history().undoDepth() == steps);
    const auto error = ui.readout("Current ARR error");
    REQUIRE(error);
    CHECK(error->find("\"12..5\" is not an amount") != std::string::npos);

    ui.typeInto("Renewal date", "04/03/2027");
    CHECK(ui.readout("Renewal date error").value_or("").find("could be 4 March or April 3") !=
          std::string::npos);
    const std::string renewal = ui.plan(id).at("renewalDate");
    CHECK(renewal != "2027-03-04");
    CHECK(renewal != "2027-04-03");

    ui.typeInto("Current ARR", "300,000");
    CHECK(ui.plan(id).at("currentArr") == 30'000'000);
    CHECK_FALSE_MESSAGE(ui.readout("Current ARR error"), "the message goes once it is fixed");
}

TEST_CASE("with the 1.234,56 number format, 1 200 000,50 is read with a decimal comma") {
    UiHarness ui;
    const std::string id = createAccount(ui);
    ui.click("Portfolio overview");
    ui.click("Number format");
    ui.click("1.234,56");
    REQUIRE(ui.workspace().portfolio().decimalMark == keystone::DecimalMark::Comma);
    ui.workspace().selectAccount(id);
    ui.frame(2);
    ui.typeInto("Current ARR", "1 200 000,50");
    CHECK(ui.plan(id).at("currentArr") == 120'000'050);
    CHECK(ui.readout("Current ARR") == "$1.200.000,50");
}

TEST_CASE("Add team member and Add goal add rows the rep fills in; each is one undo step") {
    UiHarness ui;
    const std::string id = createAccount(ui);
    ui.click("Add team member");
    REQUIRE(ui.plan(id).at("team").size() == 1);
    CHECK(ui.plan(id).at("team")[0].at("role") == "ae");
    ui.typeInto("##Team member 1", "Dana Whitfield");
    ui.click("Add team member");
    ui.typeInto("##Team member 2", "Marcus Oyelaran");
    json team = ui.plan(id).at("team");
    REQUIRE(team.size() == 2);
    CHECK(team[0].at("name") == "Dana Whitfield");
    CHECK(team[1].at("role") == "csm");
    ui.click("##Team role 2");
    ui.click("Executive sponsor");
    CHECK(ui.plan(id).at("team")[1].at("role") == "executive-sponsor");
    ui.click("Remove team member 1");
    team = ui.plan(id).at("team");
    REQUIRE(team.size() == 1);
    CHECK(team[0].at("name") == "Marcus Oyelaran");
    ui.click("Undo");
    CHECK(ui.plan(id).at("team").size() == 2);

    ui.click("Add goal");
    REQUIRE(ui.plan(id).at("summary").at("goals").size() == 1);
    ui.typeInto("##Goal 1", "Cut inventory carrying cost 15%");
    ui.typeInto("##How we help 1", "Demand forecasting");
    ui.typeInto("Target date##goal 1", "2027-12-31");
    const json goal = ui.plan(id).at("summary").at("goals")[0];
    CHECK(goal.at("title") == "Cut inventory carrying cost 15%");
    CHECK(goal.at("howWeHelp") == "Demand forecasting");
    CHECK(goal.at("targetDate") == "2027-12-31");
    CHECK(goal.at("id").get<std::string>().size() == 32);

    ui.click("Remove goal 1");
    CHECK(ui.plan(id).at("summary").at("goals").empty());
    ui.click("Undo");
    CHECK(ui.plan(id).at("summary").at("goals")[0].at("title") ==
          "Cut inventory carrying cost 15%");
}

TEST_CASE("a new account shows No health data yet until a signal is entered") {
    UiHarness ui;
    ui.click("Portfolio overview");
    const auto averageBefore = ui.readout("Average health");
    REQUIRE(averageBefore);
    const std::string id = createAccount(ui);
    ui.click("Portfolio overview");
    CHECK_MESSAGE(ui.readout("Average health") == averageBefore,
                  "an account with no health data is left out of the average");
    ui.workspace().selectAccount(id);
    ui.frame(2);
    ui.click("Health");
    CHECK(ui.shows("No health data yet"));
    CHECK(ui.readout("Health score") == "No health data yet");
    const auto& portfolio = ui.workspace().portfolio();
    const json summary = keystone::app::accountSummaryJson(
        portfolio, *keystone::findAccount(portfolio, id), ui.workspace().today);
    CHECK_MESSAGE(summary.at("health").is_null(), "keystone.accounts() reports health: null");
    CHECK(summary.at("healthBand").is_null());
    CHECK_FALSE(ui.plan(id).at("health").contains("adoptionPct"));

    // The sample, whose signals were entered, keeps its score.
    const json sample =
        keystone::app::accountSummaryJson(portfolio, portfolio.accounts[0], ui.workspace().today);
    CHECK(sample.at("health").is_number());

    // Entering one signal starts the score from that signal alone.
    ui.typeInto("##Open escalations", "0");
    CHECK(ui.plan(id).at("health").at("openEscalations") == 0);
    CHECK_FALSE(ui.shows("No health data yet"));
    CHECK(ui.labelStartingWith("Health score: ") == "Health score: 100 (Green)");
    ui.click("Undo");
    CHECK(ui.shows("No health data yet"));
}

TEST_CASE("a renewal date can be picked from a small calendar") {
    UiHarness ui;
    const std::string id = createAccount(ui);
    REQUIRE(ui.plan(id).at("renewalDate") == "2027-11-24");  // a year from today, as created
    ui.click("Pick Renewal date");
    CHECK(ui.readout("Calendar month") == "November 2027");
    ui.click("Next month");
    CHECK(ui.readout("Calendar month") == "December 2027");
    ui.click("15##2027-12-15");
    CHECK(ui.plan(id).at("renewalDate") == "2027-12-15");
    CHECK(ui.readout("Renewal date") == "2027-12-15");
    ui.click("Undo");
    CHECK(ui.plan(id).at("renewalDate") == "2027-11-24");
}

TEST_CASE("two accounts with one name are warned about, and new accounts get names of their own") {
    UiHarness ui;
    const std::string sampleName = ui.workspace().portfolio().accounts[0].name;
    const std::string warning = "Another account is also called \u201c" + sampleName +
                                "\u201d. Add what sets this one apart (a region or business "
                                "unit) so you and your colleagues can tell them apart.";
    createAccount(ui);
    ui.typeInto("Account name", sampleName);
    CHECK(ui.shows(warning));
    ui.typeInto("Account name", sampleName + " EMEA");
    CHECK_FALSE(ui.shows(warning));
    CHECK(keystone::accountNamedLike(ui.workspace().portfolio(), " " + sampleName + "  ") ==
          &ui.workspace().portfolio().accounts[0]);

    createAccount(ui);  // "New account" is free: the first one was renamed
    ui.click("Portfolio overview");
    for (const auto& item : ui.findEvery("New account"))
        if (item.x >= kSidebarRight && item.w > 0) {
            ui.clickItem(item);
            break;
        }
    REQUIRE(ui.workspace().selectedAccount());
    CHECK(ui.workspace().selectedAccount()->name == "New account 2");
}
