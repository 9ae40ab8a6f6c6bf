#include "core/plan/sales_stages.h"

#include <algorithm>

namespace keystone {
namespace {

// Criteria are concrete, checkable events in the customer's words, not activities on our
// side, so a ticked box means the deal really is ready for the next stage.
std::vector<StageDefinition> makeStages() {
    return {
        {SalesStage::Discovery,
         4,
         8,
         10,
         {{"discovery.pain-confirmed", "Business pain confirmed by the customer"},
          {"discovery.buyer-identified", "Economic buyer and champion identified"},
          {"discovery.budget-timeline", "Budget range and decision timeline known"},
          {"discovery.success-metrics", "Success metrics agreed in the customer's words"}}},
        {SalesStage::SolutionDesign,
         6,
         10,
         25,
         {{"solution-design.requirements-confirmed", "Requirements documented and confirmed"},
          {"solution-design.architecture-reviewed", "Solution architecture reviewed with IT"},
          {"solution-design.business-case-shared",
           "Draft business case shared with the economic buyer"},
          {"solution-design.champion-endorsed", "Champion endorses the proposed solution"}}},
        {SalesStage::Evaluation,
         8,
         12,
         40,
         {{"evaluation.criteria-signed", "Evaluation success criteria signed off"},
          {"evaluation.pilot-passed", "Proof of concept or pilot passed"},
          {"evaluation.security-approved", "Security and compliance review passed"},
          {"evaluation.vendor-of-choice", "Customer named us vendor of choice"}}},
        {SalesStage::Negotiation,
         4,
         8,
         70,
         {{"negotiation.proposal-accepted", "Commercial proposal accepted in principle"},
          {"negotiation.legal-resolved", "Legal redlines resolved"},
          {"negotiation.procurement-approved", "Procurement and budget approval received"},
          {"negotiation.contract-signed", "Contract signed"}}},
        {SalesStage::Implementation,
         8,
         16,
         90,
         {{"implementation.kickoff-held", "Kickoff held with the customer's project team"},
          {"implementation.success-plan", "Success plan and milestones agreed"},
          {"implementation.go-live", "Go-live reached"},
          {"implementation.accepted", "Customer accepted the delivery"}}},
        {SalesStage::ClosedWon, 0, 0, 100, {}},
        {SalesStage::ClosedLost, 0, 0, 0, {}},
    };
}

bool contains(const std::vector<std::string>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

const std::vector<StageDefinition>& salesStages() {
    static const std::vector<StageDefinition> stages = makeStages();
    return stages;
}

int salesStageIndex(SalesStage stage) {
    const int index = static_cast<int>(stage);
    return std::clamp(index, 0, kSalesStageCount - 1);
}

SalesStage salesStageAt(int index) {
    return salesStages()[static_cast<size_t>(std::clamp(index, 0, kSalesStageCount - 1))].stage;
}

const StageDefinition& stageDefinition(SalesStage stage) {
    return salesStages()[static_cast<size_t>(salesStageIndex(stage))];
}

bool isClosedStage(SalesStage stage) {
    return stage == SalesStage::ClosedWon || stage == SalesStage::ClosedLost;
}

const ExitCriterion* findExitCriterion(std::string_view key) {
    for (const StageDefinition& stage : salesStages())
        for (const ExitCriterion& criterion : stage.exitCriteria)
            if (criterion.key == key) return &criterion;
    return nullptr;
}

std::vector<ExitCriterion> unmetExitCriteria(SalesStage from, SalesStage to,
                                             const std::vector<std::string>& completed) {
    std::vector<ExitCriterion> unmet;
    // Losing a deal needs no proof, and a closed deal being reopened or moved between won
    // and lost passes no open stage.
    if (to == SalesStage::ClosedLost || isClosedStage(from)) return unmet;
    for (int i = salesStageIndex(from); i < salesStageIndex(to); ++i)
        for (const ExitCriterion& criterion : salesStages()[static_cast<size_t>(i)].exitCriteria)
            if (!contains(completed, criterion.key)) unmet.push_back(criterion);
    return unmet;
}

int completedCriteriaCount(SalesStage stage, const std::vector<std::string>& completed) {
    int count = 0;
    for (const ExitCriterion& criterion : stageDefinition(stage).exitCriteria)
        if (contains(completed, criterion.key)) ++count;
    return count;
}

std::vector<std::string> withCriterion(std::vector<std::string> completed, const std::string& key,
                                       bool ticked) {
    if (ticked) {
        if (!contains(completed, key)) completed.push_back(key);
    } else {
        completed.erase(std::remove(completed.begin(), completed.end(), key), completed.end());
    }
    return completed;
}

int probabilityAfterStageChange(int currentPct, SalesStage from, SalesStage to) {
    if (to == SalesStage::ClosedWon) return 100;
    if (to == SalesStage::ClosedLost) return 0;
    if (currentPct == stageDefinition(from).defaultProbabilityPct)
        return stageDefinition(to).defaultProbabilityPct;
    return std::clamp(currentPct, 0, 100);
}

std::string stageDurationText(SalesStage stage) {
    const StageDefinition& definition = stageDefinition(stage);
    if (definition.maxWeeks == 0) return {};
    return std::to_string(definition.minWeeks) + "\u2013" + std::to_string(definition.maxWeeks) +
           " weeks";
}

}  // namespace keystone
