// The qualification tab: the score, live rescoring when an account input changes, and
// the scoring framework (weights change the score, bad edits are refused).
// (Moved from tests/browser/qualification.test.mjs.)
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui_harness.h"

using keystone::test::UiHarness;
using nlohmann::json;

namespace {

void openQualification(UiHarness& ui) {
    ui.click("Qualification");
    REQUIRE(ui.readout("Qualification score"));
}

std::string score(const UiHarness& ui) {
    return ui.readout("Qualification score").value_or("(none)");
}

json qualification(const UiHarness& ui) { return ui.plan().at("qualification"); }

// Checkboxes and radio buttons are clicked on their box, at the left of the label.
void clickBox(UiHarness& ui, const std::string& label) {
    const auto item = ui.reveal(label);
    ui.clickAt(item.x + 8, item.y + item.h / 2);
}

}  // namespace

TEST_CASE("the tab shows the sample's score, tier and Enterprise state, in both themes and DPRs") {
    UiHarness ui;
    openQualification(ui);
    // 135 of 145 weight met: everything but industry (Logistics is not in the default set).
    CHECK(score(ui) == "93");
    CHECK(ui.readout("Tier") == "Tier 1");
    CHECK(ui.readout("Enterprise") == "yes");
    ui.click("Dark theme");
    CHECK(ui.shows("Light theme"));
    ui.platform().devicePixelRatio = 2;
    ui.frame(4);
    CHECK(score(ui) == "93");
    CHECK(ui.readout("Tier") == "Tier 1");
}

TEST_CASE("setting employees below 1,000 is saved on the account and lowers the score at once") {
    UiHarness ui;
    openQualification(ui);
    CHECK(qualification(ui).at("employees") == 18000);
    ui.typeInto("##Employees", "800");
    CHECK(qualification(ui).at("employees") == 800);
    // Employees 1,000+ (weight 30) is now unmet: 105 / 145 = 72.4, Tier 2, not Enterprise.
    CHECK(score(ui) == "72");
    CHECK(ui.readout("Tier") == "Tier 2");
    CHECK(ui.readout("Enterprise") == "no");
    ui.click("Undo");
    CHECK_MESSAGE(qualification(ui).at("employees") == 18000, "the edit is one undo step");
    CHECK(score(ui) == "93");
}

TEST_CASE("ticking a compliance need and picking a reference value are account edits") {
    UiHarness ui;
    openQualification(ui);
    clickBox(ui, "HIPAA##compliance");
    const json needs = qualification(ui).at("complianceNeeds");
    CHECK(std::find(needs.begin(), needs.end(), "HIPAA") != needs.end());
    clickBox(ui, "Some##reference");
    CHECK(qualification(ui).at("referenceValue") == "some");
    // Reference value (weight 10) now earns 50%: 130 / 145 = 89.7.
    CHECK(score(ui) == "90");
}

TEST_CASE("editing a framework weight changes the score; an invalid weight is refused in red") {
    UiHarness ui;
    openQualification(ui);
    ui.click("Scoring framework");
    ui.typeInto("Industry: Finance, Healthcare or Technology", "300");
    // The unmet industry criterion now weighs 300: 135 / 435 = 31.0.
    CHECK(score(ui) == "31");
    CHECK(ui.readout("Tier") == "Tier 3");
    ui.typeInto("Industry: Finance, Healthcare or Technology", "-5");
    const auto error = ui.readout("Framework error");
    REQUIRE(error);
    CHECK(error->find("cannot be negative") != std::string::npos);
    CHECK_MESSAGE(score(ui) == "31", "refused, not applied");
    ui.click("Undo");
    CHECK(score(ui) == "93");
}

TEST_CASE("every \"pts\" on the tab is a point of the 0-100 score: the groups add up to it") {
    UiHarness ui;
    openQualification(ui);
    double earned = 0, possible = 0;
    for (int g = 0; g < keystone::kCriterionGroupCount; ++g) {
        const std::string group(
            keystone::criterionGroupLabel(static_cast<keystone::CriterionGroup>(g)));
        const auto total = ui.readout(group);
        REQUIRE_MESSAGE(total, group);
        double e = 0, p = 0;
        REQUIRE(std::sscanf(total->c_str(), "%lf of %lf pts", &e, &p) == 2);
        earned += e;
        possible += p;
    }
    CHECK(possible == doctest::Approx(100).epsilon(0.002));
    CHECK(earned == doctest::Approx(std::stod(score(ui))).epsilon(0.01));
    // The sample misses only its industry: that row gives 0 of its share.
    const auto industry = ui.readout("Industry");
    REQUIRE(industry);
    CHECK_MESSAGE(industry->find(": 0% credit \u00B7 0 of ") != std::string::npos, *industry);
}
