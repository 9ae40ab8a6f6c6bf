// The ViewState: per-account view parts are created on demand and dropped with the account,
// so a long session of creating and deleting accounts leaves nothing behind.
#include <doctest/doctest.h>

#include <string>

#include "ui/shell/view_state.h"

using namespace keystone;
using namespace keystone::ui;

namespace {

Account accountWithId(const std::string& id) {
    Account account;
    account.id = id;
    account.name = "Account " + id;
    return account;
}

void removeAccount(Portfolio& portfolio, const std::string& id) {
    for (auto it = portfolio.accounts.begin(); it != portfolio.accounts.end(); ++it)
        if (it->id == id) {
            portfolio.accounts.erase(it);
            return;
        }
}

// What opening an account's tabs leaves in the view state.
void viewEveryTab(ViewState& view, const std::string& accountId) {
    OrgChartState& chart = view.stakeholders.charts.of(accountId);
    chart.accountId = accountId;
    chart.viewport.zoom = 0.5f;
    chart.selected.insert("s1");
    view.pricing.of(accountId).accountId = accountId;
    view.health.byAccount.of(accountId).score = 70;
    view.metrics.accountId = accountId;
    view.risks.accountId = accountId;
    view.objectives.selectedId = accountId + "-objective";
    view.opportunities.selectedId = accountId + "-deal";
}

}  // namespace

TEST_CASE("PerAccount creates an account's part on first use and keeps it") {
    PerAccount<int> zoomPercent;
    CHECK(zoomPercent.size() == 0);
    zoomPercent.of("a1") = 150;
    CHECK(zoomPercent.size() == 1);
    CHECK(zoomPercent.of("a1") == 150);
    CHECK(zoomPercent.of("a2") == 0);  // default-constructed
    CHECK(zoomPercent.size() == 2);
}

TEST_CASE("PerAccount::find answers without creating") {
    PerAccount<std::string> selection;
    CHECK(selection.find("a1") == nullptr);
    CHECK(selection.size() == 0);
    selection.of("a1") = "objective-7";
    REQUIRE(selection.find("a1") != nullptr);
    CHECK(*selection.find("a1") == "objective-7");
}

TEST_CASE("Pruning drops the parts of accounts no longer in the portfolio and keeps the rest") {
    Portfolio portfolio;
    portfolio.accounts = {accountWithId("a1"), accountWithId("a2")};
    PerAccount<int> part;
    part.of("a1") = 1;
    part.of("a2") = 2;
    part.of("gone") = 3;
    part.prune(portfolio);
    CHECK(part.size() == 2);
    CHECK(part.find("gone") == nullptr);
    CHECK(part.of("a1") == 1);
    CHECK(part.of("a2") == 2);

    portfolio.accounts.clear();
    part.prune(portfolio);
    CHECK(part.size() == 0);
}

TEST_CASE("Pruning the ViewState drops a deleted account's chart, pricing and health") {
    Portfolio portfolio;
    portfolio.accounts = {accountWithId("kept"), accountWithId("deleted")};
    ViewState view;
    viewEveryTab(view, "kept");
    viewEveryTab(view, "deleted");
    removeAccount(portfolio, "deleted");
    view.prune(portfolio);
    CHECK(view.stakeholders.charts.size() == 1);
    CHECK(view.pricing.size() == 1);
    CHECK(view.health.byAccount.size() == 1);
    REQUIRE(view.stakeholders.charts.find("kept") != nullptr);
    CHECK(view.stakeholders.charts.find("kept")->viewport.zoom == doctest::Approx(0.5f));
}

TEST_CASE("Create, view, delete 1,000 accounts: the view state does not grow") {
    Portfolio portfolio;
    portfolio.accounts = {accountWithId("lasting")};
    ViewState view;
    viewEveryTab(view, "lasting");
    for (int i = 0; i < 1000; ++i) {
        const std::string id = "temp-" + std::to_string(i);
        portfolio.accounts.push_back(accountWithId(id));
        viewEveryTab(view, id);
        removeAccount(portfolio, id);
        view.prune(portfolio);
        CHECK(view.stakeholders.charts.size() == 1);
        CHECK(view.pricing.size() == 1);
        CHECK(view.health.byAccount.size() == 1);
    }
    CHECK(view.stakeholders.charts.find("lasting") != nullptr);
}

TEST_CASE("Zooming the org chart keeps the world point under the pointer in place") {
    OrgViewport viewport;
    viewport.origin = PlanePoint{100, 50};
    viewport.size = PlanePoint{800, 600};
    viewport.pan = PlanePoint{-20, 30};
    const PlanePoint pointer{420, 310};
    const PlanePoint before = viewport.toWorld(pointer);
    viewport.zoomAround(pointer, 2.0f);
    const PlanePoint after = viewport.toWorld(pointer);
    CHECK(viewport.zoom == doctest::Approx(2.0f));
    CHECK(after.x == doctest::Approx(before.x));
    CHECK(after.y == doctest::Approx(before.y));
    viewport.zoomAround(pointer, 1000.0f);
    CHECK(viewport.zoom == doctest::Approx(kMaxZoom));
}
