// Account health: a 0..100 composite of weighted signals, early-warning deductions, a
// red/amber/green band and an explanation a rep can read out in a forecast call.
//
// Contents: HealthSignal · HealthFlag · HealthBand · HealthConfig · validateHealthConfig
//           · HealthSignalResult/HealthFlagResult/HealthResult · scoreHealth · text
//
// How the score is built (all integer arithmetic, whole-number sub-scores):
//   1. Each signal gets a sub-score 0..100 (rules on HealthConfig's fields below).
//   2. base = round_half_up( sum(weight * subScore) / sum(weight) ) over the signals that
//      are present. A signal the rep has not entered, and multi-threading coverage while
//      no one is mapped, are left out of both sums, which shares their weight among the
//      others in proportion to their weights. Satisfaction is present when NPS or CSAT is.
//   3. score = clamp(base - sum(penalties of raised early-warning flags), 0, 100).
//   4. band: green when score >= greenMin, amber when score >= amberMin, else red.
//   With no signal entered at all there is no score ("No health data yet"): coverage alone
//   does not start one, and flags take nothing off and warn of nothing until then.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"
#include "core/model/result.h"

namespace keystone {

enum class HealthSignal : std::uint8_t {
    Adoption,
    Satisfaction,
    ExecutiveEngagement,
    Escalations,
    RenewalLikelihood,
    Coverage
};
constexpr int kHealthSignalCount = 6;

enum class HealthFlag : std::uint8_t {
    DecliningUsage,
    ExecutiveTurnover,
    CompetitiveEvaluation,
    UnansweredCommunications
};
constexpr int kHealthFlagCount = 4;

enum class HealthBand : std::uint8_t { Red, Amber, Green };

struct HealthConfig {
    // Weights (relative, need not sum to 100; defaults do).
    int adoptionWeight = 25;             // adoption sub-score = adoptionPct
    int satisfactionWeight = 20;         // = (nps mapped to 0..100 + csatPct) / 2
    int executiveEngagementWeight = 15;  // from days since executive contact
    int escalationsWeight = 10;          // 100 - escalationCost per open escalation
    int renewalLikelihoodWeight = 20;    // = renewalLikelihoodPct
    int coverageWeight = 10;             // multi-threading coverage 0..100, when supplied

    // Sub-score rules.
    int executiveContactFreshDays = 30;   // contact this recent (or more) scores 100
    int executiveContactStaleDays = 120;  // this old or older scores 0; linear in between
    int escalationCost = 40;              // points off the escalations sub-score per escalation

    // "Healthy lines" used only for the explanation sentences.
    int adoptionHealthyPct = 60;  // "Adoption 42% is below the 60% healthy line"
    int npsHealthy = 30;          // NPS at or above is healthy
    int csatHealthyPct = 80;      // CSAT at or above is healthy
    int renewalHealthyPct = 70;   // renewal likelihood at or above is healthy
    int coverageHealthyPct = 60;  // coverage at or above is healthy

    // Early-warning deductions, whole points off the composite.
    int decliningUsagePenalty = 10;
    int executiveTurnoverPenalty = 10;
    int competitiveEvaluationPenalty = 15;
    int unansweredCommunicationsPenalty = 5;

    // Bands on the final score.
    int greenMin = 70;  // score >= greenMin is green
    int amberMin = 45;  // score >= amberMin (below green) is amber; else red
};

// Weights and penalties 0..1000, total weight without coverage > 0 (so the score is defined
// when coverage is absent), 0 < fresh days < stale days, escalationCost 0..100,
// 0 <= amberMin < greenMin <= 100. Locations name the field ("/greenMin").
Result<HealthConfig> validateHealthConfig(HealthConfig config);

struct HealthSignalResult {
    HealthSignal signal = HealthSignal::Adoption;
    bool present = true;            // false when not entered (coverage: no one mapped)
    int subScore = 0;               // 0..100
    int weight = 0;                 // configured weight
    double effectiveWeightPct = 0;  // share of the composite after redistribution, 0..100
    double contribution = 0;        // weight * subScore / total weight: composite points
    bool healthy = true;            // at or above its healthy line
    std::string sentence;           // "Adoption 42% is below the 60% healthy line"
};

struct HealthFlagResult {
    HealthFlag flag = HealthFlag::DecliningUsage;
    int penalty = 0;       // points subtracted
    std::string sentence;  // "Declining usage: -10 points"
};

struct HealthResult {
    bool scored = true;                  // false: no signal entered yet, so no score, band
                                         // or flags; show "No health data yet"
    std::int64_t weightedNumerator = 0;  // sum(weight * subScore) over present signals
    std::int64_t weightDenominator = 0;  // sum(weight) over present signals
    int baseScore = 0;                   // numerator / denominator rounded half-up
    int totalPenalty = 0;                // sum of raised flags' penalties
    int score = 0;                       // clamp(baseScore - totalPenalty, 0, 100)
    HealthBand band = HealthBand::Red;
    std::vector<HealthSignalResult> signals;  // every HealthSignal in enum order
    std::vector<HealthFlagResult> flags;      // raised flags only, enum order
    std::vector<std::string> sentences;       // signals then flags, ready to list
};

// coveragePct: the stakeholder-coverage score when known (clamped to 0..100). Inputs out
// of range are clamped (percentages to 0..100, NPS to -100..100, counts and days to >= 0).
HealthResult scoreHealth(const HealthSignals& signals, std::optional<int> coveragePct,
                         const HealthConfig& config = {});
HealthBand healthBandForScore(int score, const HealthConfig& config = {});
// Whether the rep has entered at least one signal (flags and coverage do not count).
bool hasHealthData(const HealthSignals& signals);
constexpr std::string_view kNoHealthDataText = "No health data yet";

// The portfolio's average health: the mean score, rounded half up, over the accounts that
// have health data. Accounts with "No health data yet" are left out rather than counted as
// 0 or as a default; nullopt when no account has data.
struct HealthAverage {
    int accounts = 0;  // accounts averaged
    int score = 0;     // their mean score
};
std::optional<HealthAverage> averageHealth(const std::vector<HealthResult>& results);

std::string_view healthSignalKey(HealthSignal);    // "executive-engagement"
std::string_view healthSignalLabel(HealthSignal);  // "Executive engagement"
std::string_view healthFlagKey(HealthFlag);        // "declining-usage"
std::string_view healthFlagLabel(HealthFlag);      // "Declining usage"
std::string_view healthBandKey(HealthBand);        // "green"
std::string_view healthBandLabel(HealthBand);      // "Green"

}  // namespace keystone
