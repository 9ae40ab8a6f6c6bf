// The pricing tab: seats and years typed into the deal calculator, the edition figures
// checked against hand-worked quotes for the default catalog, scenarios attached to an
// opportunity, add-ons and fees, and the edition catalog editor.
// (Moved from tests/browser/pricing.test.mjs.)
//
// Default catalog, 300 seats for 3 years (volume schedules, term discount 10% from 3 years):
//   SMB         300 × $49 × 12 = $176,400.00 a year (monthly billing: no term discount)
//   Mid-Market  300 × $89 × 12 = $320,400.00, −15% (250+) = $272,340.00, −10% = $245,106.00
//               TCV 3 × $245,106.00 = $735,318.00; $735,318.00 / 10,800 seat-months = $68.09
//   Enterprise  300 × $120 × 12 = $432,000.00, no bracket below 500, −10% = $388,800.00
#include <doctest/doctest.h>

#include <string>

#include "ui_harness.h"

using keystone::test::Ctrl;
using keystone::test::Key;
using keystone::test::UiHarness;
using nlohmann::json;

namespace {

constexpr long long kMidMarketAcv = 24510600;

bool contains(const std::optional<std::string>& text, const std::string& part) {
    return text && text->find(part) != std::string::npos;
}

long long cents(const std::string& text) {
    std::string digits;
    for (char c : text)
        if ((c >= '0' && c <= '9') || c == '.') digits.push_back(c);
    return static_cast<long long>(std::stod(digits) * 100 + 0.5);
}

bool anyLabelStartsWith(const UiHarness& ui, const std::string& prefix) {
    return ui.labelStartingWith(prefix).has_value();
}

void quote300SeatsFor3Years(UiHarness& ui) {
    ui.click("Pricing");
    ui.typeInto("##Seats", "300");
    ui.typeInto("##Contract years", "3");
    REQUIRE(ui.readout("Mid-Market net first-year ACV") == "$245,106.00");
}

}  // namespace

TEST_CASE(
    "seats and years typed into the calculator give the hand-worked quotes for every edition") {
    UiHarness ui;
    quote300SeatsFor3Years(ui);
    CHECK(ui.readout("Mid-Market total contract value (3 years)") == "$735,318.00");
    CHECK(ui.readout("Mid-Market average per user per month") == "$68.09");
    CHECK(ui.readout("Mid-Market volume discount (all years)") == "\u2212$144,180.00");
    CHECK(ui.readout("SMB net first-year ACV") == "$176,400.00");
    CHECK(ui.readout("SMB total contract value (3 years)") == "$529,200.00");
    CHECK(ui.readout("Enterprise net first-year ACV") == "$388,800.00");
    CHECK(ui.readout("Enterprise total contract value (3 years)") == "$1,166,400.00");
    CHECK(ui.readout("Cheapest edition") == "SMB");

    // Two years: Enterprise needs a multi-year term (2 is enough), the term discount is 5%.
    //   Mid-Market 300 × $89 × 12 × 0.85 × 0.95 = $258,723.00
    ui.typeInto("##Contract years", "2");
    CHECK(ui.readout("Mid-Market net first-year ACV") == "$258,723.00");
    // One year: Enterprise cannot be sold, and says why.
    ui.typeInto("##Contract years", "1");
    CHECK(contains(ui.readout("Enterprise eligibility"), "year"));
    // A discount above the manager guardrail (10%) but not the VP's (20%).
    ui.typeInto("##Manual discount", "12.5");
    CHECK(ui.readout("Approval") == "Manager approval");
    // Below a volume cliff the tab says that more seats cost less.
    ui.typeInto("##Contract years", "3");
    ui.typeInto("##Manual discount", "0");
    ui.typeInto("##Seats", "95");
    CHECK(contains(ui.readout("Cliff callout"),
                   "100 seats cost $4,806 a year less than the 95 seats"));
    CHECK(ui.readout("Crossover").value_or("").rfind("From ", 0) == 0);
}

// Mid-Market at 300 seats for 3 years, row by row (figures in the header): the list prices are
// year 1's, per month and per year; the discounts are summed over the three years (3 ×
// $48,060.00 volume, 3 × $27,234.00 term); the total covers the contract's years.
TEST_CASE("every money row of the comparison says the time its amount covers") {
    UiHarness ui;
    quote300SeatsFor3Years(ui);
    CHECK(ui.readout("Mid-Market list price per user per month") == "$89.00");
    CHECK(ui.readout("Mid-Market list price per month (year 1)") == "$26,700.00");
    CHECK(ui.readout("Mid-Market list price per year (year 1)") == "$320,400.00");
    CHECK(ui.readout("Mid-Market volume discount (all years)") == "\u2212$144,180.00");
    CHECK(ui.readout("Mid-Market term discount (all years)") == "\u2212$81,702.00  (10%)");
    CHECK(ui.readout("Mid-Market manual discount (all years)") == "\u2014");
    CHECK(ui.readout("Mid-Market total contract value (3 years)") == "$735,318.00");
    CHECK(ui.readout("Mid-Market average per user per month") == "$68.09");

    // The total's caption follows the contract length; the year-1 list price does not move.
    ui.typeInto("##Contract years", "2");
    CHECK(ui.readout("Mid-Market total contract value (2 years)") == "$517,446.00");
    CHECK_FALSE(ui.readout("Mid-Market total contract value (3 years)"));
    CHECK(ui.readout("Mid-Market list price per year (year 1)") == "$320,400.00");
    ui.typeInto("##Contract years", "1");
    CHECK(ui.readout("Mid-Market total contract value (1 year)") == "$272,340.00");
}

// SMB is the cheapest at 300 seats whatever the length: $176,400.00 a year, no term discount.
TEST_CASE("each saved scenario's total says the years of its own contract") {
    UiHarness ui;
    quote300SeatsFor3Years(ui);
    ui.typeInto("##Scenario name", "Three years");
    ui.click("Save scenario");
    ui.typeInto("##Contract years", "1");
    ui.typeInto("##Scenario name", "One year");
    ui.click("Save scenario");

    CHECK(ui.readout("Scenario Three years total contract value (3 years)") == "$529,200.00");
    CHECK(ui.readout("Scenario One year total contract value (1 year)") == "$176,400.00");
    CHECK(ui.readout("Scenario Three years net first-year ACV") == "$176,400.00");
    CHECK(ui.readout("Scenario Three years average per user per month") == "$49.00");
}

TEST_CASE("a saved scenario attached to an opportunity drives its amount, and undo restores it") {
    UiHarness ui;
    quote300SeatsFor3Years(ui);
    ui.click("Quote Mid-Market");
    ui.typeInto("##Scenario name", "Mid-Market 300 x 3");
    ui.click("Save scenario");
    json account = ui.plan();
    REQUIRE(account.at("pricingScenarios").size() == 1);
    const json scenario = account.at("pricingScenarios")[0];
    CHECK(scenario.at("seatsByYear") == json{300, 300, 300});
    CHECK(scenario.at("tierId") == "mid-market");
    CHECK(ui.readout("Scenario Mid-Market 300 x 3 net first-year ACV") == "$245,106.00");

    const json target = account.at("opportunities")[0];
    const auto opportunityOf = [&](const json& plan) {
        for (const json& opportunity : plan.at("opportunities"))
            if (opportunity.at("id") == target.at("id")) return opportunity;
        return json();
    };
    ui.click("Attach Mid-Market 300 x 3");
    ui.click(target.at("name").get<std::string>());
    json opportunity = opportunityOf(ui.plan());
    CHECK(opportunity.at("pricingScenarioId") == scenario.at("id"));
    CHECK(opportunity.at("amount") == kMidMarketAcv);
    CHECK(opportunity.at("amountOverridden") == false);

    // Editing the scenario moves the amount: 100 seats, 10% volume, 10% term = $86,508.00.
    ui.typeInto("##Seats", "100");
    ui.click("Update Mid-Market 300 x 3##update-scenario");
    account = ui.plan();
    CHECK(opportunityOf(account).at("amount") == 8650800);
    CHECK(account.at("pricingScenarios")[0].at("seatsByYear") == json{100, 100, 100});
    CHECK(cents(ui.readout("Scenario Mid-Market 300 x 3 net first-year ACV").value_or("0")) ==
          8650800);

    // One undo step puts the scenario and the amount back together.
    ui.moveMouse(700, 400);
    ui.press(Key::Z, Ctrl);
    account = ui.plan();
    CHECK(opportunityOf(account).at("amount") == kMidMarketAcv);
    CHECK(account.at("pricingScenarios")[0].at("seatsByYear") == json{300, 300, 300});
}

// Add-ons and fees are charged as entered (pricing.h): not discounted, not uplifted. At 300
// seats for 3 years (quotes above):
//   + one-time fee $12,500.00: year 1 only, so TCV +$12,500.00 and first-year ACV unchanged
//   + recurring add-on $2,000.50: every year, so ACV +$2,000.50 and TCV +3 × $2,000.50
TEST_CASE(
    "add-ons and one-time fees typed into the calculator move ACV and TCV by the hand-worked "
    "amounts") {
    UiHarness ui;
    quote300SeatsFor3Years(ui);

    ui.click("Add one-time fee");
    ui.typeInto("##Fee 1 label", "Implementation");
    ui.typeInto("##Fee 1 amount", "12,500");
    CHECK(ui.readout("Mid-Market total contract value (3 years)") == "$747,818.00");
    CHECK(ui.readout("Mid-Market net first-year ACV") == "$245,106.00");

    ui.click("Add recurring add-on");
    ui.typeInto("##Add-on 1 label", "Sandbox");
    ui.typeInto("##Add-on 1 amount", "2000.50");
    CHECK(ui.readout("Mid-Market net first-year ACV") == "$247,106.50");
    CHECK(ui.readout("Mid-Market total contract value (3 years)") == "$753,819.50");
    CHECK(ui.readout("SMB net first-year ACV") == "$178,400.50");
    CHECK(ui.readout("SMB total contract value (3 years)") == "$547,701.50");

    // Text that is not an amount is refused with a reason; the last good amount stays.
    ui.typeInto("##Add-on 1 amount", "2..0");
    const auto error = ui.readout("Deal line error");
    CHECK(contains(error, "Add-on 1 amount not changed: "));
    CHECK(contains(error, "not an amount"));
    CHECK(ui.readout("Mid-Market net first-year ACV") == "$247,106.50");

    // A saved scenario keeps the lines, and loading it brings them back.
    ui.typeInto("##Scenario name", "With extras");
    ui.click("Save scenario");
    json saved;
    const json scenarios = ui.plan().at("pricingScenarios");
    for (const json& scenario : scenarios)
        if (scenario.at("name") == "With extras") saved = scenario;
    REQUIRE(saved.is_object());
    REQUIRE(saved.at("recurringAddOns").size() == 1);
    CHECK(saved.at("recurringAddOns")[0].at("label") == "Sandbox");
    CHECK(saved.at("recurringAddOns")[0].at("amount") == 200050);
    REQUIRE(saved.at("oneTimeFees").size() == 1);
    CHECK(saved.at("oneTimeFees")[0].at("label") == "Implementation");
    CHECK(saved.at("oneTimeFees")[0].at("amount") == 1250000);

    ui.click("Remove Fee 1");
    CHECK(ui.readout("Mid-Market total contract value (3 years)") == "$741,319.50");
    CHECK_FALSE(ui.shows("##Fee 1 amount"));
    ui.click("Load##With extras");
    CHECK(ui.readout("Mid-Market total contract value (3 years)") == "$753,819.50");
}

TEST_CASE("editions are added, renamed and removed in the catalog editor, never the last one") {
    UiHarness ui;
    ui.click("Pricing");
    ui.click("Edition catalog (all accounts)");
    ui.click("Add edition");
    CHECK(ui.readout("New edition net first-year ACV"));
    ui.typeInto("##Edition name", "Premier");
    CHECK(ui.readout("Premier net first-year ACV"));
    CHECK_FALSE(ui.shows("New edition"));

    // Removing the open edition (Premier), then down to one edition: the last one stays.
    ui.click("Remove edition");
    CHECK_FALSE(anyLabelStartsWith(ui, "Premier "));
    for (const std::string name : {"Enterprise", "Mid-Market"}) {
        ui.click("Remove edition");
        CHECK_FALSE(anyLabelStartsWith(ui, name + " total contract value"));
    }
    ui.click("Remove edition");
    CHECK(contains(ui.readout("Catalog error"), "at least one edition"));
    CHECK(ui.readout("SMB total contract value (3 years)").value_or("").rfind("$", 0) == 0);

    // Each catalog edit is one undo step.
    ui.moveMouse(700, 400);
    ui.press(Key::Z, Ctrl);
    CHECK(ui.readout("Mid-Market total contract value (3 years)"));
}
