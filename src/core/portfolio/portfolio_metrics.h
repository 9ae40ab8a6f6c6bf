// Portfolio-level numbers for the rep's book of business: ARR, tier mix, revenue
// concentration and its Pareto curve, weighted pipeline, renewals coming up, net revenue
// retention and the open risk register.
//
// Rules shared by every function here:
//   * Archived accounts are skipped unless includeArchived is set.
//   * Money is summed as integer minor units with no currency conversion; accounts in
//     different currencies are added as-is and PortfolioMetrics::mixedCurrencies says so,
//     so the UI can warn instead of showing a silently wrong total.
//   * Shares and percentages come as exact integer basis points (1/100 of a percent,
//     rounded half-up once) plus a double copy for display.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/account.h"
#include "core/model/calendar.h"
#include "core/qualification/qualification.h"

namespace keystone {

// ---- Pipeline ----------------------------------------------------------------------------
// Open = not closed won and not closed lost.
bool isOpenOpportunity(const Opportunity& opportunity);
// amount * probabilityPct / 100, rounded half-up per opportunity (probability clamped 0..100).
MinorUnits weightedAmount(const Opportunity& opportunity);

struct AccountPipeline {
    std::string accountId;      // Account::id
    std::string accountName;    // Account::name
    std::string currency;       // Account::currency
    int openOpportunities = 0;  // count of open opportunities
    MinorUnits openAmount = 0;  // sum of their amounts
    MinorUnits weighted = 0;    // sum of weightedAmount over them
};
AccountPipeline accountPipeline(const Account& account);

// ---- Tier mix ----------------------------------------------------------------------------
struct TierMixRow {
    Tier tier = Tier::Tier3;
    int accounts = 0;    // accounts in the tier
    MinorUnits arr = 0;  // their current ARR
};
// tiers[i] is accounts[i]'s tier from scoring; an account without an entry counts as Tier 3.
std::array<TierMixRow, kTierCount> tierMix(const std::vector<Account>& accounts,
                                           const std::vector<Tier>& tiers,
                                           bool includeArchived = false);

// ---- Revenue concentration ---------------------------------------------------------------
// Top group = the ceil(0.2 * N) accounts with the highest ARR (N = accounts counted, zero-ARR
// ones included): 1 of 1..5, 2 of 6..10, 3 of 11..15. Ties at the cut do not change the
// result because tied accounts carry the same ARR. Negative ARR counts as 0 here.
struct Concentration {
    int accountCount = 0;                  // N
    int topCount = 0;                      // ceil(0.2 * N)
    MinorUnits topArr = 0;                 // ARR of the top group
    MinorUnits totalArr = 0;               // ARR of all N
    std::int64_t topShareBasisPoints = 0;  // topArr / totalArr in 1/100 %; 0 when totalArr is 0
    double topSharePct = 0;                // the same as a percentage, display only
};
Concentration revenueConcentration(const std::vector<Account>& accounts,
                                   bool includeArchived = false);

// Cumulative share of ARR by account rank for a chart. Accounts are ranked by ARR, highest
// first (ties: name, then id). The first point is the origin (rank 0), then one per account.
struct ParetoPoint {
    int rank = 0;                  // 0 = origin, 1 = largest account, ...
    std::string accountId;         // empty for the origin
    MinorUnits arr = 0;            // this account's ARR (negative shown as 0)
    MinorUnits cumulativeArr = 0;  // sum over ranks 1..rank
    double accountSharePct = 0;    // rank / N * 100
    double arrSharePct = 0;        // cumulativeArr / total * 100; 0 when total is 0
};
std::vector<ParetoPoint> paretoCurve(const std::vector<Account>& accounts,
                                     bool includeArchived = false);

// ---- Renewals ----------------------------------------------------------------------------
// Due in the next `days` days = today <= renewalDate <= today + days, BOTH ends inclusive:
// a renewal today counts, one exactly 90 days out is in the 90-day window, day 91 is not.
// Renewals already past are not counted; empty or malformed renewal dates are skipped.
struct RenewalWindow {
    int days = 0;                         // window length
    int accounts = 0;                     // renewals in the window
    MinorUnits arr = 0;                   // their current ARR
    std::vector<std::string> accountIds;  // soonest first (ties: name)
};
RenewalWindow renewalsDue(const std::vector<Account>& accounts, const Date& today, int days,
                          bool includeArchived = false);

// ---- Net revenue retention ---------------------------------------------------------------
// Over accounts whose prior-year ARR is known and above zero (zero means not yet a customer a
// year ago, a new logo, which NRR leaves out): sum(current ARR) / sum(prior-year ARR).
struct NetRevenueRetention {
    int accounts = 0;                  // accounts in the cohort
    MinorUnits currentArr = 0;         // their ARR today
    MinorUnits priorArr = 0;           // their ARR a year ago
    std::int64_t basisPoints = 0;      // ratio in 1/100 %, rounded half-up (10850 = 108.50%)
    std::int64_t tenthsOfPercent = 0;  // ratio to one decimal, rounded half-up (1085 = 108.5%)
    double percent = 0;                // tenthsOfPercent / 10, display only
};
// Absent when no counted account has a prior-year ARR above zero.
std::optional<NetRevenueRetention> netRevenueRetention(const std::vector<Account>& accounts,
                                                       bool includeArchived = false);

// ---- Risks -------------------------------------------------------------------------------
struct RiskEntry {
    std::string accountId;  // account holding the risk
    std::string accountName;
    std::string riskId;  // Risk::id
    std::string title;
    int likelihood = 0;  // 1..5 (clamped)
    int impact = 0;      // 1..5 (clamped)
    int severity = 0;    // likelihood * impact, 1..25
    RiskStatus status = RiskStatus::Open;
};
// Open = status other than Closed (open or mitigating). Sorted by severity, then impact,
// then account name, then title, all highest / alphabetical first.
std::vector<RiskEntry> openRisks(const std::vector<Account>& accounts,
                                 bool includeArchived = false);

// ---- Everything at once ------------------------------------------------------------------
struct PortfolioOptions {
    std::string today;             // ISO date for the renewal windows; empty/invalid = none
    bool includeArchived = false;  // count archived accounts too
    int topRiskCount = 5;          // how many risks topRisks keeps
};

struct PortfolioMetrics {
    int accountCount = 0;                          // accounts counted
    MinorUnits totalArr = 0;                       // sum of current ARR
    std::vector<std::string> currencies;           // distinct currencies, sorted
    bool mixedCurrencies = false;                  // more than one currency was summed
    std::array<TierMixRow, kTierCount> tierMix{};  // Tier 1, 2, 3
    int enterpriseAccounts = 0;                    // accounts scoring at least enterpriseMin
    Concentration concentration;
    std::vector<ParetoPoint> pareto;
    std::vector<AccountPipeline> pipelineByAccount;  // counted accounts, portfolio order
    int openOpportunities = 0;
    MinorUnits openPipeline = 0;      // unweighted sum of open amounts
    MinorUnits weightedPipeline = 0;  // sum of per-opportunity rounded weighted amounts
    bool renewalsKnown = false;       // false when options.today was empty or malformed
    RenewalWindow renewals90;         // next 90 days
    RenewalWindow renewals180;        // next 180 days (includes the 90)
    std::optional<NetRevenueRetention> netRetention;
    int openRiskCount = 0;
    std::vector<RiskEntry> topRisks;  // the first topRiskCount of openRisks
};
PortfolioMetrics computePortfolioMetrics(const std::vector<Account>& accounts,
                                         const QualificationFramework& framework,
                                         const PortfolioOptions& options = {});

// part / whole scaled (e.g. 10000 for basis points), rounded half-up; 0 when whole <= 0.
// Exact integer arithmetic for any realistic book; huge totals fall back to long double.
std::int64_t scaledRatio(MinorUnits part, MinorUnits whole, std::int64_t scale);

}  // namespace keystone
