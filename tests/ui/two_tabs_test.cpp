// Another tab's save reaches this tab through Workspace::load: every figure keyed on the
// workspace revision (health, the org-chart layout) shows the new state at once, and an
// edit made here afterwards builds on it.
#include <doctest/doctest.h>

#include <functional>
#include <string>

#include "core/health/health.h"
#include "core/pricing/pricing_scenario_export.h"
#include "ui_harness.h"

using keystone::Account;
using keystone::test::UiHarness;

namespace {

// The shown account as another tab saved it after `edit`.
std::string savedElsewhere(UiHarness& ui, const std::function<void(Account&)>& edit) {
    Account account = *ui.workspace().selectedAccount();
    edit(account);
    return keystone::exportPlanFile(account, ui.workspace().portfolio());
}

// The first visit's sample is stored first, as it is before another tab can open it.
void saveEverything(UiHarness& ui) {
    ui.frame(60);  // autosave writes within a second of the last change
    REQUIRE(ui.shows("Saved"));
}

void arriveFromAnotherTab(UiHarness& ui, const std::string& json) {
    ui.platform().saveFromAnotherTab(ui.workspace().selectedAccountId(), json);
    ui.frame(3);
}

int shownHealth(const UiHarness& ui) {
    const auto label = ui.labelStartingWith("Health score: ");
    REQUIRE_MESSAGE(label, "the health score gauge is on screen");
    return std::stoi(label->substr(14));
}

int healthOfModel(UiHarness& ui) {
    const keystone::Workspace& workspace = ui.workspace();
    return keystone::accountHealth(*workspace.selectedAccount(), workspace.portfolio().health,
                                   workspace.today)
        .score;
}

}  // namespace

TEST_CASE("a health change saved in another tab shows at once, and an edit here builds on it") {
    UiHarness ui;
    saveEverything(ui);
    ui.click("Health");
    const int before = shownHealth(ui);
    arriveFromAnotherTab(ui, savedElsewhere(ui, [](Account& a) {
                             a.health.adoptionPct = 5;
                             a.health.openEscalations = 6;
                         }));
    REQUIRE(ui.workspace().selectedAccount()->health.openEscalations == 6);
    CHECK(shownHealth(ui) == healthOfModel(ui));
    CHECK(shownHealth(ui) < before);

    const int merged = shownHealth(ui);
    ui.click("Declining usage");
    CHECK(ui.workspace().selectedAccount()->health.openEscalations ==
          6);  // the other tab's change stays
    CHECK(shownHealth(ui) == healthOfModel(ui));
    CHECK(shownHealth(ui) != merged);
}

TEST_CASE("a person renamed in another tab is shown on the org chart at once") {
    UiHarness ui;
    saveEverything(ui);
    ui.click("Stakeholders");
    ui.frame(3);
    const std::string original = ui.workspace().selectedAccount()->stakeholders.front().name;
    REQUIRE(ui.find("Card: " + original));
    arriveFromAnotherTab(ui, savedElsewhere(ui, [](Account& a) {
                             a.stakeholders.front().name = "Renamed Elsewhere";
                         }));
    CHECK(ui.find("Card: Renamed Elsewhere"));
    CHECK_FALSE(ui.find("Card: " + original));
}
