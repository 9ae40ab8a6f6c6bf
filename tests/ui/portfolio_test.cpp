// The portfolio view: figures from the sample, and account create, rename, duplicate,
// archive / restore and delete with undo. (Moved from tests/browser/portfolio.test.mjs.)
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

#include "ui_harness.h"

using keystone::test::HarnessOptions;
using keystone::test::Key;
using keystone::test::UiHarness;
using nlohmann::json;

namespace {

constexpr float kSidebarRight = 240;  // 16 em: items right of it belong to the main view

// Clicks the widget with this label in the main view (the sidebar repeats account names).
void clickMain(UiHarness& ui, const std::string& label, int button = 0) {
    for (const auto& item : ui.findEvery(label)) {
        if (item.x < kSidebarRight || item.w <= 0) continue;
        ui.clickAt(item.x + std::min(item.w / 2, 40.0f), item.y + item.h / 2, button);
        return;
    }
    FAIL("no widget \"" << label << "\" in the main view");
}

void openPortfolio(UiHarness& ui) {
    ui.click("Portfolio overview");
    REQUIRE(ui.shows("Show archived"));
}

const keystone::Portfolio& portfolio(UiHarness& ui) { return ui.workspace().portfolio(); }

}  // namespace

TEST_CASE(
    "the portfolio figures show the sample's ARR, retention and tiers in both themes and DPRs") {
    UiHarness ui;
    openPortfolio(ui);
    CHECK(ui.plan(portfolio(ui).accounts[0].id).at("currentArr") == 185000000);
    CHECK(ui.readout("Total ARR") == "$1.9M");
    CHECK_MESSAGE(ui.readout("Net revenue retention") == "115.6%", "185 / 160 = 115.6%");
    CHECK(ui.readout("Top 20% share") == "100%");
    CHECK(ui.readout("Tier mix") == "1 \u00b7 0 \u00b7 0");
    CHECK_MESSAGE(ui.shows("Northwind Logistics###open"), "the sample is a row of the table");
    ui.click("Dark theme");
    ui.platform().devicePixelRatio = 2;
    ui.frame(4);
    CHECK(ImGui::GetIO().DisplayFramebufferScale.x == 2);
    CHECK_MESSAGE(ui.readout("Total ARR") == "$1.9M", "same figures at DPR 2");
}

TEST_CASE("New account creates and opens an account that can be renamed and shows in the table") {
    UiHarness ui;
    openPortfolio(ui);
    clickMain(ui, "New account");
    REQUIRE(portfolio(ui).accounts.size() == 2);
    const keystone::Account created = portfolio(ui).accounts[1];
    CHECK(created.name == "New account");
    CHECK(created.id.size() == 32);
    CHECK(created.id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK_MESSAGE(ui.shows("Account name"), "the new account is open on its overview");
    ui.click("Account name");
    ui.press(Key::A, keystone::test::Ctrl);
    ui.type("Contoso");
    CHECK(portfolio(ui).accounts[1].name == "Contoso");
    openPortfolio(ui);
    CHECK_MESSAGE(ui.shows("Contoso###open"), "the renamed account is a row of the table");
    const std::string renewal = ui.plan(created.id).at("renewalDate");
    CHECK_MESSAGE(renewal == "2027-11-24", "a new account gets a renewal date a year out");
}

TEST_CASE(
    "Duplicate copies an account with new ids and remapped reporting lines; its name opens it") {
    UiHarness ui;
    openPortfolio(ui);
    clickMain(ui, "Northwind Logistics###open", 1);
    clickMain(ui, "Duplicate");
    REQUIRE(portfolio(ui).accounts.size() == 2);
    CHECK(portfolio(ui).accounts[1].name == "Northwind Logistics (copy)");
    CHECK(portfolio(ui).accounts[1].id != portfolio(ui).accounts[0].id);
    const json source = ui.plan(portfolio(ui).accounts[0].id),
               copy = ui.plan(portfolio(ui).accounts[1].id);
    CHECK(copy.at("stakeholders").size() == source.at("stakeholders").size());
    std::set<std::string> sourceIds, copyIds;
    for (const json& person : source.at("stakeholders")) sourceIds.insert(person.at("id"));
    for (const json& person : copy.at("stakeholders")) copyIds.insert(person.at("id"));
    for (const json& person : copy.at("stakeholders")) {
        CHECK_MESSAGE(sourceIds.count(person.at("id")) == 0, "every stakeholder has a new id");
        const std::string manager = person.value("managerId", "");
        if (!manager.empty())
            CHECK_MESSAGE(copyIds.count(manager) == 1, "managers point inside the copy");
    }
    for (const json& line : copy.value("influenceLines", json::array())) {
        CHECK_MESSAGE(copyIds.count(line.at("fromId")) == 1,
                      "influence lines point inside the copy");
        CHECK(copyIds.count(line.at("toId")) == 1);
    }
    clickMain(ui, "Northwind Logistics (copy)###open");
    CHECK_MESSAGE(ui.shows("Account name"), "clicking a name opens that account");
    CHECK(ui.workspace().selectedAccountId() == portfolio(ui).accounts[1].id);
}

TEST_CASE("Archive hides an account until Show archived, and Restore brings it back") {
    UiHarness ui;
    openPortfolio(ui);
    const std::string sample = portfolio(ui).accounts[0].id;
    clickMain(ui, "Northwind Logistics###open", 1);
    clickMain(ui, "Archive");
    CHECK(ui.plan(sample).at("archived") == true);
    CHECK_MESSAGE(!ui.shows("Northwind Logistics###open"), "archived rows are hidden");
    ui.click("Show archived");
    CHECK_MESSAGE(ui.shows("Northwind Logistics###open"), "Show archived lists it again");
    clickMain(ui, "Northwind Logistics###open", 1);
    clickMain(ui, "Restore");
    CHECK(ui.plan(sample).at("archived") == false);
}

TEST_CASE("Delete asks for confirmation and Undo restores the account") {
    UiHarness ui;
    openPortfolio(ui);
    const std::string sample = portfolio(ui).accounts[0].id;
    clickMain(ui, "Northwind Logistics###open", 1);
    clickMain(ui, "Delete");
    CHECK_MESSAGE(ui.shows("Delete account"), "a confirmation asks first");
    ui.click("Cancel");
    CHECK_MESSAGE(portfolio(ui).accounts.size() == 1, "Cancel keeps the account");
    CHECK_FALSE(ui.shows("Delete account"));

    clickMain(ui, "Northwind Logistics###open", 1);
    clickMain(ui, "Delete");
    ui.click("Delete account");
    CHECK(portfolio(ui).accounts.empty());
    CHECK_FALSE(ui.shows("Northwind Logistics###open"));
    ui.click("Undo");
    REQUIRE(portfolio(ui).accounts.size() == 1);
    CHECK(portfolio(ui).accounts[0].id == sample);
    CHECK_MESSAGE(ui.shows("Northwind Logistics###open"), "the row is back");
}
