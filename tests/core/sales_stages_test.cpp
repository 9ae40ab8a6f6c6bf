#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/plan/sales_stages.h"

using namespace keystone;

namespace {

std::vector<std::string> keysOf(const std::vector<ExitCriterion>& criteria) {
    std::vector<std::string> keys;
    for (const ExitCriterion& c : criteria) keys.emplace_back(c.key);
    return keys;
}

std::vector<std::string> allKeysOf(SalesStage stage) {
    return keysOf(stageDefinition(stage).exitCriteria);
}

}  // namespace

TEST_CASE("the stages come in process order with the documented typical durations") {
    const auto& stages = salesStages();
    REQUIRE(stages.size() == static_cast<size_t>(kSalesStageCount));
    for (int i = 0; i < kSalesStageCount; ++i) {
        CHECK(stages[static_cast<size_t>(i)].stage == salesStageAt(i));
        CHECK(salesStageIndex(salesStageAt(i)) == i);
    }
    CHECK(stageDefinition(SalesStage::Discovery).minWeeks == 4);
    CHECK(stageDefinition(SalesStage::Discovery).maxWeeks == 8);
    CHECK(stageDefinition(SalesStage::SolutionDesign).minWeeks == 6);
    CHECK(stageDefinition(SalesStage::SolutionDesign).maxWeeks == 10);
    CHECK(stageDefinition(SalesStage::Evaluation).minWeeks == 8);
    CHECK(stageDefinition(SalesStage::Evaluation).maxWeeks == 12);
    CHECK(stageDefinition(SalesStage::Negotiation).minWeeks == 4);
    CHECK(stageDefinition(SalesStage::Negotiation).maxWeeks == 8);
    CHECK(stageDefinition(SalesStage::Implementation).minWeeks == 8);
    CHECK(stageDefinition(SalesStage::Implementation).maxWeeks == 16);
    CHECK(stageDurationText(SalesStage::Evaluation) == "8\u201312 weeks");
    CHECK(stageDurationText(SalesStage::ClosedWon).empty());
}

TEST_CASE("each open stage has three or four exit criteria with unique stage-prefixed keys") {
    std::set<std::string> seen;
    for (const StageDefinition& stage : salesStages()) {
        if (isClosedStage(stage.stage)) {
            CHECK(stage.exitCriteria.empty());
            continue;
        }
        CHECK(stage.exitCriteria.size() >= 3);
        CHECK(stage.exitCriteria.size() <= 4);
        const std::string prefix = std::string(salesStageKey(stage.stage)) + ".";
        for (const ExitCriterion& c : stage.exitCriteria) {
            CHECK(std::string(c.key).rfind(prefix, 0) == 0);
            CHECK_FALSE(c.label.empty());
            CHECK(seen.insert(std::string(c.key)).second);
            CHECK(findExitCriterion(c.key) == &c);
        }
    }
    CHECK(findExitCriterion("discovery.pain-confirmed") != nullptr);
    CHECK(findExitCriterion("someone-elses.process") == nullptr);
}

TEST_CASE("moving one stage forward lists the current stage's unticked criteria") {
    const std::vector<std::string> ticked = {"discovery.pain-confirmed"};
    const auto unmet =
        keysOf(unmetExitCriteria(SalesStage::Discovery, SalesStage::SolutionDesign, ticked));
    auto expected = allKeysOf(SalesStage::Discovery);
    expected.erase(expected.begin());
    CHECK(unmet == expected);
}

TEST_CASE("skipping stages lists the criteria of every stage passed, in process order") {
    const auto unmet =
        keysOf(unmetExitCriteria(SalesStage::SolutionDesign, SalesStage::Negotiation, {}));
    auto expected = allKeysOf(SalesStage::SolutionDesign);
    for (const auto& key : allKeysOf(SalesStage::Evaluation)) expected.push_back(key);
    CHECK(unmet == expected);
    // The target stage's own criteria are not asked for: the deal is only entering it.
    for (const auto& key : allKeysOf(SalesStage::Negotiation))
        CHECK(std::find(unmet.begin(), unmet.end(), key) == unmet.end());
}

TEST_CASE("a move forward with every passed criterion ticked has nothing unmet") {
    const auto ticked = allKeysOf(SalesStage::Discovery);
    CHECK(unmetExitCriteria(SalesStage::Discovery, SalesStage::SolutionDesign, ticked).empty());
}

TEST_CASE("moving backward, staying, or marking a deal lost never reports unmet criteria") {
    CHECK(unmetExitCriteria(SalesStage::Negotiation, SalesStage::Discovery, {}).empty());
    CHECK(unmetExitCriteria(SalesStage::Evaluation, SalesStage::Evaluation, {}).empty());
    CHECK(unmetExitCriteria(SalesStage::Discovery, SalesStage::ClosedLost, {}).empty());
    CHECK(unmetExitCriteria(SalesStage::ClosedLost, SalesStage::Evaluation, {}).empty());
    CHECK(unmetExitCriteria(SalesStage::ClosedWon, SalesStage::ClosedLost, {}).empty());
}

TEST_CASE(
    "closing a deal as won from negotiation asks for negotiation and implementation criteria") {
    Opportunity deal;
    deal.stage = SalesStage::Negotiation;
    deal.completedExitCriteria = allKeysOf(SalesStage::Negotiation);
    const auto unmet = keysOf(unmetExitCriteria(deal, SalesStage::ClosedWon));
    CHECK(unmet == allKeysOf(SalesStage::Implementation));
}

TEST_CASE("criteria ticked for another process or stage do not count for this one") {
    const std::vector<std::string> ticked = {"evaluation.pilot-passed", "legacy.step"};
    CHECK(unmetExitCriteria(SalesStage::Discovery, SalesStage::SolutionDesign, ticked).size() ==
          stageDefinition(SalesStage::Discovery).exitCriteria.size());
    CHECK(completedCriteriaCount(SalesStage::Evaluation, ticked) == 1);
    CHECK(completedCriteriaCount(SalesStage::Discovery, ticked) == 0);
}

TEST_CASE("ticking a criterion adds it once and unticking removes it, keeping the others' order") {
    std::vector<std::string> keys = {"a", "b"};
    keys = withCriterion(keys, "c", true);
    CHECK(keys == std::vector<std::string>{"a", "b", "c"});
    keys = withCriterion(keys, "a", true);
    CHECK(keys == std::vector<std::string>{"a", "b", "c"});
    keys = withCriterion(keys, "b", false);
    CHECK(keys == std::vector<std::string>{"a", "c"});
    keys = withCriterion(keys, "missing", false);
    CHECK(keys == std::vector<std::string>{"a", "c"});
}

TEST_CASE("probability follows the stage default unless the rep changed it") {
    CHECK(probabilityAfterStageChange(10, SalesStage::Discovery, SalesStage::SolutionDesign) == 25);
    CHECK(probabilityAfterStageChange(40, SalesStage::Evaluation, SalesStage::Discovery) == 10);
    CHECK(probabilityAfterStageChange(55, SalesStage::Evaluation, SalesStage::Negotiation) == 55);
    CHECK(probabilityAfterStageChange(55, SalesStage::Evaluation, SalesStage::ClosedWon) == 100);
    CHECK(probabilityAfterStageChange(55, SalesStage::Evaluation, SalesStage::ClosedLost) == 0);
    CHECK(probabilityAfterStageChange(0, SalesStage::ClosedLost, SalesStage::Evaluation) == 40);
    CHECK(probabilityAfterStageChange(250, SalesStage::Evaluation, SalesStage::Negotiation) == 100);
}

TEST_CASE("stage lookups clamp out-of-range indices instead of reading past the table") {
    CHECK(salesStageAt(-3) == SalesStage::Discovery);
    CHECK(salesStageAt(99) == SalesStage::ClosedLost);
    CHECK(stageDefinition(static_cast<SalesStage>(200)).stage == SalesStage::ClosedLost);
}
