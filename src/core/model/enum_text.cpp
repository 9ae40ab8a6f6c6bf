// One table per enum gives its file key and its UI label; every lookup goes through the
// two templates below so adding a value means adding one table row.
#include <array>

#include "core/model/account.h"

namespace keystone {
namespace {

template <class E>
struct EnumText {
    E value;
    std::string_view key;    // stable text in plan files
    std::string_view label;  // text in the UI
};

template <class E, size_t N>
const EnumText<E>& entryFor(const std::array<EnumText<E>, N>& table, E value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry;
    return table[0];
}

template <class E, size_t N>
bool parseFrom(const std::array<EnumText<E>, N>& table, std::string_view key, E& out) {
    for (const auto& entry : table) {
        if (entry.key == key) {
            out = entry.value;
            return true;
        }
    }
    return false;
}

constexpr std::array<EnumText<Seniority>, 5> kSeniority{{
    {Seniority::CSuite, "c-suite", "C-suite"},
    {Seniority::VicePresident, "vp", "VP"},
    {Seniority::Director, "director", "Director"},
    {Seniority::Manager, "manager", "Manager"},
    {Seniority::IndividualContributor, "individual-contributor", "Individual contributor"},
}};
constexpr std::array<EnumText<BuyingRole>, kBuyingRoleCount> kBuyingRole{{
    {BuyingRole::EconomicBuyer, "economic-buyer", "Economic buyer"},
    {BuyingRole::TechnicalDecisionMaker, "technical-decision-maker", "Technical decision maker"},
    {BuyingRole::Champion, "champion", "Champion"},
    {BuyingRole::Coach, "coach", "Coach"},
    {BuyingRole::Influencer, "influencer", "Influencer"},
    {BuyingRole::EndUser, "end-user", "End user"},
    {BuyingRole::Procurement, "procurement", "Procurement"},
    {BuyingRole::LegalSecurity, "legal-security", "Legal / Security"},
    {BuyingRole::Blocker, "blocker", "Blocker"},
}};
constexpr std::array<EnumText<Stance>, 5> kStance{{
    {Stance::Champion, "champion", "Champion"},
    {Stance::Supporter, "supporter", "Supporter"},
    {Stance::Neutral, "neutral", "Neutral"},
    {Stance::Skeptic, "skeptic", "Skeptic"},
    {Stance::Opponent, "opponent", "Opponent"},
}};
constexpr std::array<EnumText<OurRole>, 5> kOurRole{{
    {OurRole::None, "none", "Unassigned"},
    {OurRole::AccountExecutive, "ae", "Account executive"},
    {OurRole::CustomerSuccess, "csm", "Customer success"},
    {OurRole::SalesEngineer, "se", "Sales engineer"},
    {OurRole::ExecutiveSponsor, "executive-sponsor", "Executive sponsor"},
}};
constexpr std::array<EnumText<ContactStatus>, 3> kContactStatus{{
    {ContactStatus::Active, "active", "Active"},
    {ContactStatus::LeftCompany, "left-company", "Left the company"},
    {ContactStatus::ChangedRole, "changed-role", "Changed role"},
}};
constexpr std::array<EnumText<InfluenceKind>, 3> kInfluenceKind{{
    {InfluenceKind::Influences, "influences", "Influences"},
    {InfluenceKind::ConflictsWith, "conflicts-with", "Conflicts with"},
    {InfluenceKind::InformalAlly, "informal-ally", "Informal ally"},
}};
constexpr std::array<EnumText<ReferenceValue>, 3> kReferenceValue{{
    {ReferenceValue::None, "none", "None"},
    {ReferenceValue::Some, "some", "Some"},
    {ReferenceValue::Strong, "strong", "Strong"},
}};
constexpr std::array<EnumText<WorkStatus>, 4> kWorkStatus{{
    {WorkStatus::NotStarted, "not-started", "Not started"},
    {WorkStatus::InProgress, "in-progress", "In progress"},
    {WorkStatus::Done, "done", "Done"},
    {WorkStatus::Blocked, "blocked", "Blocked"},
}};
constexpr std::array<EnumText<ActionKind>, 6> kActionKind{{
    {ActionKind::General, "general", "Action"},
    {ActionKind::ExecutiveBusinessReview, "ebr", "Executive business review"},
    {ActionKind::QuarterlyBusinessReview, "qbr", "QBR"},
    {ActionKind::ExpansionPilot, "expansion-pilot", "Expansion pilot"},
    {ActionKind::ChampionCultivation, "champion-cultivation", "Champion cultivation"},
    {ActionKind::RiskMitigation, "risk-mitigation", "Risk mitigation"},
}};
constexpr std::array<EnumText<SalesStage>, kSalesStageCount> kSalesStage{{
    {SalesStage::Discovery, "discovery", "Discovery"},
    {SalesStage::SolutionDesign, "solution-design", "Solution design"},
    {SalesStage::Evaluation, "evaluation", "Evaluation"},
    {SalesStage::Negotiation, "negotiation", "Negotiation"},
    {SalesStage::Implementation, "implementation", "Implementation"},
    {SalesStage::ClosedWon, "closed-won", "Closed won"},
    {SalesStage::ClosedLost, "closed-lost", "Closed lost"},
}};
constexpr std::array<EnumText<WhitespaceStatus>, 4> kWhitespaceStatus{{
    {WhitespaceStatus::Whitespace, "whitespace", "Whitespace"},
    {WhitespaceStatus::InPipeline, "in-pipeline", "In pipeline"},
    {WhitespaceStatus::Owned, "owned", "Owned"},
    {WhitespaceStatus::NotAFit, "not-a-fit", "Not a fit"},
}};
constexpr std::array<EnumText<ThreatLevel>, 3> kThreatLevel{{
    {ThreatLevel::Low, "low", "Low"},
    {ThreatLevel::Medium, "medium", "Medium"},
    {ThreatLevel::High, "high", "High"},
}};
constexpr std::array<EnumText<RiskStatus>, 3> kRiskStatus{{
    {RiskStatus::Open, "open", "Open"},
    {RiskStatus::Mitigating, "mitigating", "Mitigating"},
    {RiskStatus::Closed, "closed", "Closed"},
}};
constexpr std::array<EnumText<MetricCategory>, 4> kMetricCategory{{
    {MetricCategory::Adoption, "adoption", "Adoption"},
    {MetricCategory::BusinessOutcome, "business-outcome", "Business outcome"},
    {MetricCategory::Satisfaction, "satisfaction", "Satisfaction"},
    {MetricCategory::Health, "health", "Health"},
}};

}  // namespace

std::string_view seniorityKey(Seniority v) { return entryFor(kSeniority, v).key; }
std::string_view seniorityLabel(Seniority v) { return entryFor(kSeniority, v).label; }
bool parseKey(std::string_view key, Seniority& out) { return parseFrom(kSeniority, key, out); }
std::string_view buyingRoleKey(BuyingRole v) { return entryFor(kBuyingRole, v).key; }
std::string_view buyingRoleLabel(BuyingRole v) { return entryFor(kBuyingRole, v).label; }
bool parseKey(std::string_view key, BuyingRole& out) { return parseFrom(kBuyingRole, key, out); }
BuyingRole buyingRoleAt(int index) { return kBuyingRole[static_cast<size_t>(index)].value; }
std::string_view stanceKey(Stance v) { return entryFor(kStance, v).key; }
std::string_view stanceLabel(Stance v) { return entryFor(kStance, v).label; }
bool parseKey(std::string_view key, Stance& out) { return parseFrom(kStance, key, out); }
std::string_view ourRoleKey(OurRole v) { return entryFor(kOurRole, v).key; }
std::string_view ourRoleLabel(OurRole v) { return entryFor(kOurRole, v).label; }
bool parseKey(std::string_view key, OurRole& out) { return parseFrom(kOurRole, key, out); }
std::string_view contactStatusKey(ContactStatus v) { return entryFor(kContactStatus, v).key; }
std::string_view contactStatusLabel(ContactStatus v) { return entryFor(kContactStatus, v).label; }
bool parseKey(std::string_view key, ContactStatus& out) {
    return parseFrom(kContactStatus, key, out);
}
std::string_view influenceKindKey(InfluenceKind v) { return entryFor(kInfluenceKind, v).key; }
std::string_view influenceKindLabel(InfluenceKind v) { return entryFor(kInfluenceKind, v).label; }
bool parseKey(std::string_view key, InfluenceKind& out) {
    return parseFrom(kInfluenceKind, key, out);
}
std::string_view referenceValueKey(ReferenceValue v) { return entryFor(kReferenceValue, v).key; }
bool parseKey(std::string_view key, ReferenceValue& out) {
    return parseFrom(kReferenceValue, key, out);
}
std::string_view workStatusKey(WorkStatus v) { return entryFor(kWorkStatus, v).key; }
std::string_view workStatusLabel(WorkStatus v) { return entryFor(kWorkStatus, v).label; }
bool parseKey(std::string_view key, WorkStatus& out) { return parseFrom(kWorkStatus, key, out); }
std::string_view actionKindKey(ActionKind v) { return entryFor(kActionKind, v).key; }
std::string_view actionKindLabel(ActionKind v) { return entryFor(kActionKind, v).label; }
bool parseKey(std::string_view key, ActionKind& out) { return parseFrom(kActionKind, key, out); }
std::string_view salesStageKey(SalesStage v) { return entryFor(kSalesStage, v).key; }
std::string_view salesStageLabel(SalesStage v) { return entryFor(kSalesStage, v).label; }
bool parseKey(std::string_view key, SalesStage& out) { return parseFrom(kSalesStage, key, out); }
std::string_view whitespaceStatusKey(WhitespaceStatus v) {
    return entryFor(kWhitespaceStatus, v).key;
}
std::string_view whitespaceStatusLabel(WhitespaceStatus v) {
    return entryFor(kWhitespaceStatus, v).label;
}
bool parseKey(std::string_view key, WhitespaceStatus& out) {
    return parseFrom(kWhitespaceStatus, key, out);
}
std::string_view threatLevelKey(ThreatLevel v) { return entryFor(kThreatLevel, v).key; }
std::string_view threatLevelLabel(ThreatLevel v) { return entryFor(kThreatLevel, v).label; }
bool parseKey(std::string_view key, ThreatLevel& out) { return parseFrom(kThreatLevel, key, out); }
std::string_view riskStatusKey(RiskStatus v) { return entryFor(kRiskStatus, v).key; }
std::string_view riskStatusLabel(RiskStatus v) { return entryFor(kRiskStatus, v).label; }
bool parseKey(std::string_view key, RiskStatus& out) { return parseFrom(kRiskStatus, key, out); }
std::string_view metricCategoryKey(MetricCategory v) { return entryFor(kMetricCategory, v).key; }
std::string_view metricCategoryLabel(MetricCategory v) {
    return entryFor(kMetricCategory, v).label;
}
bool parseKey(std::string_view key, MetricCategory& out) {
    return parseFrom(kMetricCategory, key, out);
}

}  // namespace keystone
