// An enterprise account and its living account plan.
//
// Contents: QualificationProfile · ExecutiveSummary/StrategicGoal · Objective/PlanAction
//           · Opportunity/SalesStage · PricingScenario (pricing_scenario.h) · Whitespace
//           · Competitor · Risk · SuccessMetric
//           · HealthSignals · Account (the root of one plan file)
//
// Every list entity has a stable random id and an `updated` timestamp so two edited
// copies of one plan can be merged entity by entity. Money is integer minor units in the
// account's currency; dates are ISO-8601 ("2026-11-24"), times ISO-8601 UTC.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/money.h"
#include "core/model/stakeholder.h"
#include "core/model/unknown_fields.h"
#include "core/pricing/pricing_scenario.h"

namespace keystone {

// ---- Qualification inputs (what the scoring framework reads) ---------------------------
enum class ReferenceValue : std::uint8_t { None, Some, Strong };

struct QualificationProfile {
    std::int64_t employees = 0;        // head count
    MinorUnits annualRevenue = 0;      // customer's revenue, minor units
    std::string hqCountry;             // ISO-3166 alpha-2, e.g. "US"
    MinorUnits potentialAcv = 0;       // potential first-year ACV for us
    int departmentsOrGeographies = 1;  // how many departments / regions could buy
    ReferenceValue referenceValue = ReferenceValue::None;  // brand / reference value
    int integrationsNeeded = 0;                            // systems we must integrate with
    std::vector<std::string> complianceNeeds;  // "SOC2", "HIPAA", "PCI-DSS", "GDPR", ...
    std::int64_t potentialUsers = 0;           // seats at full rollout
    UnknownFields unknown;                     // unknown members of "qualification", kept
};

// ---- Executive summary -----------------------------------------------------------------
struct StrategicGoal {
    std::string id;
    std::string updated;
    std::string title;       // "Cut inventory carrying cost 15%"
    std::string targetDate;  // ISO date, may be empty
    std::string howWeHelp;   // how the partnership supports it
    UnknownFields unknown;
};

struct ExecutiveSummary {
    std::string business;     // the customer's business, in the rep's words
    std::string partnership;  // how the partnership supports their strategy
    std::vector<StrategicGoal> goals;
    UnknownFields unknown;  // unknown members of "summary", kept
};

// ---- Objectives and action plan ---------------------------------------------------------
enum class WorkStatus : std::uint8_t { NotStarted, InProgress, Done, Blocked };
enum class ActionKind : std::uint8_t {
    General,
    ExecutiveBusinessReview,
    QuarterlyBusinessReview,
    ExpansionPilot,
    ChampionCultivation,
    RiskMitigation
};

struct PlanAction {
    std::string id;
    std::string updated;
    std::string title;
    ActionKind kind = ActionKind::General;
    std::string owner;    // person on our team
    std::string dueDate;  // ISO date
    WorkStatus status = WorkStatus::NotStarted;
    UnknownFields unknown;
};

struct Objective {
    std::string id;
    std::string updated;
    std::string title;
    std::string description;
    std::string targetDate;  // ISO date within the 12–18 month horizon
    WorkStatus status = WorkStatus::NotStarted;
    std::vector<PlanAction> actions;
    UnknownFields unknown;
};

// ---- Opportunity roadmap ----------------------------------------------------------------
enum class SalesStage : std::uint8_t {
    Discovery,
    SolutionDesign,
    Evaluation,
    Negotiation,
    Implementation,
    ClosedWon,
    ClosedLost
};
constexpr int kSalesStageCount = 7;

struct Opportunity {
    std::string id;
    std::string updated;
    std::string name;
    std::string offering;      // product / offering
    std::string businessUnit;  // customer BU buying it
    MinorUnits amount = 0;     // expected first-year value
    std::string closeDate;     // ISO date
    SalesStage stage = SalesStage::Discovery;
    int probabilityPct = 10;  // 0..100
    std::string nextStep;
    std::vector<std::string> completedExitCriteria;  // keys of ticked exit criteria
    std::string pricingScenarioId;                   // attached pricing scenario, may be empty
    bool amountOverridden = false;                   // amount set by hand despite a scenario
    UnknownFields unknown;
};

// ---- Whitespace -------------------------------------------------------------------------
enum class WhitespaceStatus : std::uint8_t { Whitespace, InPipeline, Owned, NotAFit };

struct WhitespaceCell {
    std::string businessUnit;
    std::string offering;
    WhitespaceStatus status = WhitespaceStatus::Whitespace;
    MinorUnits value = 0;   // estimated annual value of the cell
    UnknownFields unknown;  // unknown members of the cell, kept
};

struct Whitespace {
    std::vector<std::string> businessUnits;  // rows
    std::vector<std::string> offerings;      // columns
    std::vector<WhitespaceCell> cells;       // only cells that differ from the default
    std::string updated;
    UnknownFields unknown;  // unknown members of "whitespace", kept
};

// ---- Competitive positioning ------------------------------------------------------------
enum class ThreatLevel : std::uint8_t { Low, Medium, High };

struct Competitor {
    std::string id;
    std::string updated;
    std::string name;
    std::string strengths;        // where they are strong
    std::string differentiation;  // where we differentiate
    bool incumbent = false;
    ThreatLevel threat = ThreatLevel::Medium;
    UnknownFields unknown;
};

// ---- Risk register ----------------------------------------------------------------------
enum class RiskStatus : std::uint8_t { Open, Mitigating, Closed };

struct Risk {
    std::string id;
    std::string updated;
    std::string title;
    int likelihood = 3;  // 1..5
    int impact = 3;      // 1..5
    std::string owner;
    std::string mitigation;
    RiskStatus status = RiskStatus::Open;
    std::string dueDate;  // ISO date
    UnknownFields unknown;
};

// ---- Success metrics (QBR) --------------------------------------------------------------
enum class MetricCategory : std::uint8_t { Adoption, BusinessOutcome, Satisfaction, Health };

struct MetricReading {
    std::string quarter;  // "2026-Q3"
    double value = 0;
    UnknownFields unknown;  // unknown members of the reading, kept
};

struct SuccessMetric {
    std::string id;
    std::string updated;
    std::string name;  // "Weekly active users"
    MetricCategory category = MetricCategory::Adoption;
    std::string unit;  // "%", "users", "days"
    double baseline = 0;
    double target = 0;
    bool higherIsBetter = true;
    std::vector<MetricReading> history;  // oldest first
    UnknownFields unknown;
};

// ---- Health signals ---------------------------------------------------------------------
// A signal the rep never entered is empty, never a made-up middle value: an account with no
// signal at all has no health score ("No health data yet"), and one with some is scored on
// those alone (health.h).
struct HealthSignals {
    std::optional<int> adoptionPct;                // active / licensed users, 0..100
    std::optional<int> nps;                        // -100..100
    std::optional<int> csatPct;                    // 0..100
    std::optional<int> daysSinceExecutiveContact;  // executive engagement recency
    std::optional<int> openEscalations;
    std::optional<int> renewalLikelihoodPct;  // rep's estimate, 0..100
    bool decliningUsage = false;              // early-warning flags
    bool executiveTurnover = false;
    bool competitiveEvaluation = false;
    bool unansweredCommunications = false;
    std::string updated;
    UnknownFields unknown;  // unknown members of "health", kept
};

struct TeamMember {
    OurRole role = OurRole::AccountExecutive;
    std::string name;
    UnknownFields unknown;  // unknown members of the team member, kept
};

// ---- The account: root of one plan file -------------------------------------------------
struct Account {
    std::string id;
    std::string updated;
    std::string name;                        // "Northwind Logistics"
    std::string industry;                    // "Finance", "Healthcare", "Technology", ...
    std::string currency = "USD";            // ISO-4217 for every amount in this plan
    MinorUnits currentArr = 0;               // annual recurring revenue today
    std::optional<MinorUnits> priorYearArr;  // for net revenue retention, when known
    std::string renewalDate;                 // ISO date, may be empty
    int fiscalYearStartMonth = 1;            // 1..12, the customer's fiscal year
    std::string budgetCycle;                 // "Budgets set in October"
    bool archived = false;
    QualificationProfile qualification;
    ExecutiveSummary summary;
    std::vector<Objective> objectives;
    std::vector<Opportunity> opportunities;
    std::vector<PricingScenario> pricingScenarios;  // saved deal scenarios (see pricing_scenario.h)
    std::optional<TierCatalog> pricingCatalog;      // catalog the plan file brought when it differs
                                                    // from the portfolio's; file root "catalog"
    Whitespace whitespace;
    std::vector<Competitor> competitors;
    std::vector<Risk> risks;
    std::vector<SuccessMetric> metrics;
    HealthSignals health;
    std::vector<TeamMember> team;
    std::vector<Stakeholder> stakeholders;
    std::vector<InfluenceLine> influenceLines;
    UnknownFields unknown;          // unknown members of "account"
    UnknownFields documentUnknown;  // unknown members at the file's root, kept for export
};

// Text forms used in the plan file (keys) and the UI (labels).
std::string_view referenceValueKey(ReferenceValue);
std::string_view workStatusKey(WorkStatus);
std::string_view workStatusLabel(WorkStatus);
std::string_view actionKindKey(ActionKind);
std::string_view actionKindLabel(ActionKind);
std::string_view salesStageKey(SalesStage);
std::string_view salesStageLabel(SalesStage);
std::string_view whitespaceStatusKey(WhitespaceStatus);
std::string_view whitespaceStatusLabel(WhitespaceStatus);
std::string_view threatLevelKey(ThreatLevel);
std::string_view threatLevelLabel(ThreatLevel);
std::string_view riskStatusKey(RiskStatus);
std::string_view riskStatusLabel(RiskStatus);
std::string_view metricCategoryKey(MetricCategory);
std::string_view metricCategoryLabel(MetricCategory);

// Parses a key back into the enum; false when the text is not a known key.
bool parseKey(std::string_view key, Seniority& out);
bool parseKey(std::string_view key, BuyingRole& out);
bool parseKey(std::string_view key, Stance& out);
bool parseKey(std::string_view key, OurRole& out);
bool parseKey(std::string_view key, ContactStatus& out);
bool parseKey(std::string_view key, InfluenceKind& out);
bool parseKey(std::string_view key, ReferenceValue& out);
bool parseKey(std::string_view key, WorkStatus& out);
bool parseKey(std::string_view key, ActionKind& out);
bool parseKey(std::string_view key, SalesStage& out);
bool parseKey(std::string_view key, WhitespaceStatus& out);
bool parseKey(std::string_view key, ThreatLevel& out);
bool parseKey(std::string_view key, RiskStatus& out);
bool parseKey(std::string_view key, MetricCategory& out);

}  // namespace keystone
