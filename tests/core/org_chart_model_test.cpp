#include <doctest/doctest.h>

#include "core/sample/sample_plan.h"
#include "core/stakeholders/org_chart_model.h"

using namespace keystone;

namespace {

Stakeholder named(std::string id, std::string name, std::string title, std::string manager = {}) {
    Stakeholder s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.title = std::move(title);
    s.managerId = std::move(manager);
    return s;
}

}  // namespace

TEST_CASE("Cards are at least the minimum width and as tall as the constant") {
    const OrgCardSize size = orgCardSize(named("a", "Al", "CEO"));
    CHECK(size.w == kOrgCardMinWidth);
    CHECK(size.h == kOrgCardHeight);
}

TEST_CASE("Long titles widen a card up to the maximum width") {
    const OrgCardSize mid = orgCardSize(named("a", "Al", std::string(24, 'x')));
    CHECK(mid.w > kOrgCardMinWidth);
    CHECK(mid.w < kOrgCardMaxWidth);
    CHECK(orgCardSize(named("a", "Al", std::string(500, 'x'))).w == kOrgCardMaxWidth);
}

TEST_CASE("Card width counts characters, not bytes, so non-Latin names are not oversized") {
    const OrgCardSize latin = orgCardSize(named("a", "Anna Ivanova Petrovna Smirnova", ""));
    const OrgCardSize cyrillic = orgCardSize(named("b", "Анна Иванова Петровна Смирнова", ""));
    CHECK(latin.w == cyrillic.w);
}

TEST_CASE("The model links each person to their manager by index") {
    Account a;
    a.stakeholders = {named("ceo", "Ceo", "CEO"), named("vp", "Vp", "VP", "ceo"),
                      named("lost", "Lost", "IC", "nobody"), named("ic", "Ic", "IC", "vp")};
    const OrgChartModel model = buildOrgChartModel(a, {"vp"});
    REQUIRE(model.nodes.size() == 4);
    CHECK(model.nodes[0].parent == -1);
    CHECK(model.nodes[1].parent == 0);
    CHECK(model.nodes[2].parent == -1);
    CHECK(model.nodes[3].parent == 1);
    CHECK(model.nodes[1].collapsed);
    CHECK_FALSE(model.nodes[0].collapsed);
    CHECK(model.unknownManagerCount == 1);
}

TEST_CASE("The sample's chart lays out with the model's card sizes") {
    const Account a = makeSampleAccount();
    const OrgChartModel model = buildOrgChartModel(a);
    const Result<OrgLayout> layout = layoutOrgChart(model.nodes);
    REQUIRE(layout.ok());
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        CHECK(layout.value().cards[i].w == model.nodes[i].width);
        CHECK(layout.value().cards[i].h == kOrgCardHeight);
    }
}
