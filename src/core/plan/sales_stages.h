// The sales process behind the opportunity roadmap: stage order, typical durations, default
// probabilities and each stage's exit criteria.
//
// Open stages run Discovery → Solution design → Evaluation → Negotiation → Implementation,
// then Closed won. A deal leaves a stage when its exit criteria are met; the rep ticks them
// (Opportunity::completedExitCriteria holds their stable keys). Moving forward past a stage
// whose criteria are not all ticked is allowed but must be confirmed, so unmetExitCriteria
// tells the UI what the rep would skip. Moving backward, and marking a deal lost, never asks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"

namespace keystone {

struct ExitCriterion {
    std::string_view key;    // stable, stored in plan files: "discovery.pain-confirmed"
    std::string_view label;  // shown to the rep: "Business pain confirmed by the customer"
};

struct StageDefinition {
    SalesStage stage = SalesStage::Discovery;
    int minWeeks = 0;                         // typical shortest time in the stage (0 = closed)
    int maxWeeks = 0;                         // typical longest time in the stage
    int defaultProbabilityPct = 0;            // win probability a deal in this stage starts with
    std::vector<ExitCriterion> exitCriteria;  // empty for the closed stages
};

// Stages in process order: the five open stages, Closed won, Closed lost.
const std::vector<StageDefinition>& salesStages();
const StageDefinition& stageDefinition(SalesStage stage);
SalesStage salesStageAt(int index);  // 0..kSalesStageCount-1, clamped
int salesStageIndex(SalesStage stage);

bool isClosedStage(SalesStage stage);  // Closed won or Closed lost

// The criterion with this key in any stage; nullptr for keys from an unknown process (kept
// in the plan, shown nowhere).
const ExitCriterion* findExitCriterion(std::string_view key);

// Exit criteria of the stages a move from `from` to `to` passes (from, and every stage after
// it up to but not including `to`) that `completed` does not hold, in process order. Empty
// when moving backward, staying, leaving a closed stage, or marking the deal lost.
std::vector<ExitCriterion> unmetExitCriteria(SalesStage from, SalesStage to,
                                             const std::vector<std::string>& completed);
inline std::vector<ExitCriterion> unmetExitCriteria(const Opportunity& opportunity, SalesStage to) {
    return unmetExitCriteria(opportunity.stage, to, opportunity.completedExitCriteria);
}

// How many of the stage's own exit criteria are ticked, for "2 / 4" progress.
int completedCriteriaCount(SalesStage stage, const std::vector<std::string>& completed);

// `completed` with `key` ticked or unticked; order kept, no duplicates added.
std::vector<std::string> withCriterion(std::vector<std::string> completed, const std::string& key,
                                       bool ticked);

// Probability after a stage change: a deal still at its stage's default follows the new
// stage's default; a probability the rep set by hand is kept. Closed won is always 100 and
// Closed lost always 0, whatever was set.
int probabilityAfterStageChange(int currentPct, SalesStage from, SalesStage to);

// "4–8 weeks" for the open stages, "" for the closed ones.
std::string stageDurationText(SalesStage stage);

}  // namespace keystone
