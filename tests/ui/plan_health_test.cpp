// The Competition, Risks, Metrics and Health tabs: each edit reaches the plan, shows up in
// the panel (heat-map counts, the health score) and is undoable.
// (Moved from tests/browser/plan_health.test.mjs.)
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "ui_harness.h"

using keystone::test::HarnessOptions;
using keystone::test::Key;
using keystone::test::UiHarness;
using nlohmann::json;

namespace {

// The register sits under the heat map: a taller window keeps all its rows on screen.
HarnessOptions tall() {
    HarnessOptions options;
    options.height = 1000;
    return options;
}

// The open-risk count the heat map shows for a cell ("Likelihood 5 × Impact 5: 1 open").
int heatCount(const UiHarness& ui, int likelihood, int impact) {
    const std::string prefix = "Likelihood " + std::to_string(likelihood) + " \u00d7 Impact " +
                               std::to_string(impact) + ": ";
    const auto label = ui.labelStartingWith(prefix);
    REQUIRE_MESSAGE(label, "heat-map cell " << likelihood << "x" << impact << " is on screen");
    return std::stoi(label->substr(prefix.size()));
}

std::vector<keystone::ui::RegisteredItem> registerRows(const UiHarness& ui) {
    std::vector<keystone::ui::RegisteredItem> rows;
    for (const auto& item : ui.items())
        if (item.fullLabel.size() >= 5 &&
            item.fullLabel.compare(item.fullLabel.size() - 5, 5, "##row") == 0)
            rows.push_back(item);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.y < b.y; });
    return rows;
}

// "Health score: 50 (Amber)" -> 50
int healthScore(const UiHarness& ui) {
    const auto label = ui.labelStartingWith("Health score: ");
    REQUIRE_MESSAGE(label, "the health score gauge is on screen");
    return std::stoi(label->substr(14));
}

// Click the field, select all and type, leaving the field active (no Enter).
void replaceText(UiHarness& ui, const std::string& label, const std::string& text) {
    ui.click(label);
    ui.press(Key::A, keystone::test::Ctrl);
    ui.type(text);
}

// Clicks somewhere neutral so a text field lets go of the keyboard.
void leaveField(UiHarness& ui) { ui.clickAt(1270, 790); }

json riskById(const json& account, const json& id) {
    for (const json& risk : account.at("risks"))
        if (risk.at("id") == id) return risk;
    return nullptr;
}

}  // namespace

TEST_CASE(
    "a heat-map cell filters the register; a new 5 x 5 risk is counted in its cell, listed first, "
    "and undone") {
    UiHarness ui(tall());
    ui.click("Risks");
    const json before = ui.plan();
    CHECK_MESSAGE(registerRows(ui).size() == before.at("risks").size(),
                  "every risk is a row of the register");

    // Clicking a cell shows only its open risks; clicking it again shows all.
    const int cell33 = heatCount(ui, 3, 3);
    REQUIRE_MESSAGE(cell33 > 0, "the sample has open 3 x 3 risks");
    const std::string cellLabel =
        "Likelihood 3 \u00d7 Impact 3: " + std::to_string(cell33) + " open";
    ui.click(cellLabel);
    CHECK_MESSAGE(registerRows(ui).size() == static_cast<size_t>(cell33),
                  "only the 3 x 3 risks are listed");
    CHECK(ui.shows("Clear filter"));
    ui.click(cellLabel);
    CHECK(registerRows(ui).size() == before.at("risks").size());

    const int cell55 = heatCount(ui, 5, 5);
    ui.click("Add risk");
    json added;
    const json risks = ui.plan().at("risks");
    for (const json& risk : risks)
        if (riskById(before, risk.at("id")).is_null()) added = risk;
    REQUIRE_MESSAGE(added.is_object(), "Add risk adds a risk to the plan");
    CHECK_MESSAGE(added.at("likelihood") == 3, "a new risk starts at 3 x 3, open");
    CHECK(added.at("impact") == 3);
    CHECK(added.at("status") == "open");
    CHECK(heatCount(ui, 3, 3) == cell33 + 1);

    replaceText(ui, "##Risk title", "Sponsor retires");
    // A date that does not exist is kept in the field with a hint and never reaches the plan.
    replaceText(ui, "##Due date", "2027-02-30");
    CHECK(riskById(ui.plan(), added.at("id")).at("dueDate") == "");
    CHECK(ui.shows("Use a real date like 2027-01-31"));
    ui.press(Key::Backspace);
    ui.press(Key::Backspace);
    ui.type("28");
    CHECK(riskById(ui.plan(), added.at("id")).at("dueDate") == "2027-02-28");
    ui.click("5##likelihood");
    ui.click("5##impact");
    const json risk = riskById(ui.plan(), added.at("id"));
    CHECK(risk.at("title") == "Sponsor retires");
    CHECK(risk.at("likelihood") == 5);
    CHECK(risk.at("impact") == 5);
    CHECK(heatCount(ui, 5, 5) == cell55 + 1);
    CHECK(heatCount(ui, 3, 3) == cell33);
    REQUIRE_FALSE(registerRows(ui).empty());
    CHECK_MESSAGE(registerRows(ui)[0].label == "Sponsor retires",
                  "sorted by severity, the 25 comes first");

    ui.click("Undo");
    CHECK_MESSAGE(heatCount(ui, 5, 5) == cell55,
                  "undoing the impact change takes it out of the 5 x 5 cell");
    for (int i = 0; i < 4; ++i) ui.click("Undo");  // likelihood, due date, title, add
    CHECK_MESSAGE(ui.plan().at("risks").size() == before.at("risks").size(),
                  "the whole addition is undone");
    CHECK(heatCount(ui, 3, 3) == cell33);
}

TEST_CASE(
    "toggling an early-warning flag moves the health score by its penalty and undo restores it") {
    UiHarness ui;
    ui.click("Health");
    const json before = ui.plan();
    const bool raised = before.at("health").at("decliningUsage");
    const auto start = ui.labelStartingWith("Health score: ");
    const int startScore = healthScore(ui);

    ui.click("Declining usage");
    const json after = ui.plan();
    CHECK(after.at("health").at("decliningUsage") == !raised);
    CHECK_MESSAGE(after.at("health").at("updated") != before.at("health").at("updated"),
                  "the edit stamps health.updated");
    // Declining usage costs 10 points (the score cannot go below 0).
    CHECK(healthScore(ui) == (raised ? startScore + 10 : std::max(0, startScore - 10)));

    ui.click("Undo");
    CHECK(ui.plan().at("health").at("decliningUsage") == raised);
    CHECK(ui.labelStartingWith("Health score: ") == start);
    CHECK_MESSAGE(ui.plan().at("health").at("updated") == before.at("health").at("updated"),
                  "undo restores the stamp too");
}

TEST_CASE(
    "a quarterly reading is added to a metric, a bad value is refused, and undo removes the "
    "reading") {
    UiHarness ui(tall());
    ui.click("Metrics");
    ui.click("Weekly active users");
    const auto metricOf = [&ui] {
        const json metrics = ui.plan().at("metrics");
        for (const json& metric : metrics)
            if (metric.at("name") == "Weekly active users") return metric;
        return json();
    };
    const json before = metricOf();
    const std::string last = before.at("history").back().at("quarter");
    const int year = std::stoi(last.substr(0, 4)), quarter = std::stoi(last.substr(6));
    const std::string next = quarter == 4
                                 ? std::to_string(year + 1) + "-Q1"
                                 : std::to_string(year) + "-Q" + std::to_string(quarter + 1);

    replaceText(ui, "##Reading value", "lots");
    ui.click("Add reading");
    CHECK_MESSAGE(metricOf().at("history").size() == before.at("history").size(),
                  "a value that is not a number is refused");
    CHECK_MESSAGE(ui.shows("Enter a number, like 3200 or 95.5"), "the refusal says what to type");

    replaceText(ui, "##Reading value", "3,240");
    leaveField(ui);
    ui.click("Add reading");
    const json after = metricOf();
    REQUIRE(after.at("history").size() == before.at("history").size() + 1);
    CHECK_MESSAGE((after.at("history").back() == json{{"quarter", next}, {"value", 3240}}),
                  "the suggested quarter follows the latest");

    ui.click("Undo");
    CHECK(metricOf().at("history") == before.at("history"));
}

TEST_CASE(
    "a competitor is added, named, marked as a high-threat incumbent, deleted, and restored by "
    "undo") {
    UiHarness ui;
    ui.click("Competition");
    const size_t count = ui.plan().at("competitors").size();

    ui.click("Add competitor");
    CHECK(ui.plan().at("competitors").size() == count + 1);
    replaceText(ui, "##Competitor name", "Acme AI");  // the new card is first
    ui.click("High##threat");
    ui.click("Incumbent");
    replaceText(ui, "##strengths", "Cheap");  // the wrapped text turns into an editor
    leaveField(ui);
    json first = ui.plan().at("competitors")[0];
    CHECK(first.at("name") == "Acme AI");
    CHECK(first.at("threat") == "high");
    CHECK(first.at("incumbent") == true);
    CHECK(first.at("strengths") == "Cheap");

    ui.click("Delete");
    const json competitors = ui.plan().at("competitors");
    CHECK(competitors.size() == count);
    for (const json& competitor : competitors) CHECK(competitor.at("name") != "Acme AI");
    ui.click("Undo");
    first = ui.plan().at("competitors")[0];
    CHECK_MESSAGE(first.at("name") == "Acme AI", "undo brings the competitor back in its place");
}

TEST_CASE("the risk and health panels draw in the dark theme at DPR 2") {
    HarnessOptions options;
    options.devicePixelRatio = 2;
    UiHarness ui(options);
    ui.click("Dark theme");
    ui.click("Risks");
    CHECK(ui.shows("Add risk"));
    ui.click("Health");
    CHECK(ui.shows("Declining usage"));
}
