#include "core/portfolio/portfolio_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "core/model/money.h"

namespace keystone {
namespace {

bool counted(const Account& account, bool includeArchived) {
    return includeArchived || !account.archived;
}

// Accounts counted, ranked by ARR highest first; ties by name then id so the Pareto chart
// and the top group never depend on the input order.
std::vector<const Account*> rankedByArr(const std::vector<Account>& accounts,
                                        bool includeArchived) {
    std::vector<const Account*> ranked;
    for (const Account& a : accounts)
        if (counted(a, includeArchived)) ranked.push_back(&a);
    std::sort(ranked.begin(), ranked.end(), [](const Account* x, const Account* y) {
        const MinorUnits ax = std::max<MinorUnits>(x->currentArr, 0);
        const MinorUnits ay = std::max<MinorUnits>(y->currentArr, 0);
        if (ax != ay) return ax > ay;
        if (x->name != y->name) return x->name < y->name;
        return x->id < y->id;
    });
    return ranked;
}

}  // namespace

std::int64_t scaledRatio(MinorUnits part, MinorUnits whole, std::int64_t scale) {
    if (whole <= 0 || scale <= 0) return 0;
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    // part = q * whole + r, so part * scale / whole = q * scale + r * scale / whole with
    // |r| < whole: only the remainder term needs rounding.
    const std::int64_t q = part / whole;
    const std::int64_t r = part % whole;
    const bool fits = whole <= kMax / scale && q <= kMax / scale && q >= -(kMax / scale);
    if (fits) return q * scale + roundHalfUp(r * scale, whole);
    const long double exact = static_cast<long double>(part) * scale / whole;
    return static_cast<std::int64_t>(exact < 0 ? -std::floor(-exact + 0.5L)
                                               : std::floor(exact + 0.5L));
}

bool isOpenOpportunity(const Opportunity& o) {
    return o.stage != SalesStage::ClosedWon && o.stage != SalesStage::ClosedLost;
}

MinorUnits weightedAmount(const Opportunity& o) {
    const MinorUnits p = std::clamp(o.probabilityPct, 0, 100);
    // amount = 100 * hundreds + rest keeps amount * p from overflowing for any amount;
    // both parts share the amount's sign, so rounding the rest alone is exact half-up.
    const MinorUnits hundreds = o.amount / 100;
    const MinorUnits rest = o.amount % 100;
    return hundreds * p + roundHalfUp(rest * p, 100);
}

AccountPipeline accountPipeline(const Account& account) {
    AccountPipeline p;
    p.accountId = account.id;
    p.accountName = account.name;
    p.currency = account.currency;
    for (const Opportunity& o : account.opportunities) {
        if (!isOpenOpportunity(o)) continue;
        ++p.openOpportunities;
        addInto(p.openAmount, o.amount);
        addInto(p.weighted, weightedAmount(o));
    }
    return p;
}

std::array<TierMixRow, kTierCount> tierMix(const std::vector<Account>& accounts,
                                           const std::vector<Tier>& tiers, bool includeArchived) {
    std::array<TierMixRow, kTierCount> mix{};
    for (int t = 0; t < kTierCount; ++t) mix[size_t(t)].tier = static_cast<Tier>(t);
    for (size_t i = 0; i < accounts.size(); ++i) {
        if (!counted(accounts[i], includeArchived)) continue;
        const Tier tier = i < tiers.size() ? tiers[i] : Tier::Tier3;
        TierMixRow& row = mix[static_cast<size_t>(tier) % mix.size()];
        ++row.accounts;
        addInto(row.arr, accounts[i].currentArr);
    }
    return mix;
}

Concentration revenueConcentration(const std::vector<Account>& accounts, bool includeArchived) {
    const std::vector<const Account*> ranked = rankedByArr(accounts, includeArchived);
    Concentration c;
    c.accountCount = static_cast<int>(ranked.size());
    c.topCount = (c.accountCount + 4) / 5;  // ceil(0.2 * N) without floating point
    // Shares need no exact total: when the totals run past 64 bits (shown as too large to
    // total), the share comes from long double sums, which are close enough for a percentage.
    long double total = 0, top = 0;
    for (int i = 0; i < c.accountCount; ++i) {
        const MinorUnits arr = std::max<MinorUnits>(ranked[size_t(i)]->currentArr, 0);
        addInto(c.totalArr, arr);
        total += arr;
        if (i < c.topCount) {
            addInto(c.topArr, arr);
            top += arr;
        }
    }
    c.topShareBasisPoints = isMoneyOverflow(c.totalArr)
                                ? static_cast<std::int64_t>(std::llround(10000 * top / total))
                                : scaledRatio(c.topArr, c.totalArr, 10000);
    c.topSharePct = static_cast<double>(c.topShareBasisPoints) / 100.0;
    return c;
}

std::vector<ParetoPoint> paretoCurve(const std::vector<Account>& accounts, bool includeArchived) {
    const std::vector<const Account*> ranked = rankedByArr(accounts, includeArchived);
    long double total = 0;  // for the shares only, so they stay right past 64-bit totals
    for (const Account* a : ranked) total += std::max<MinorUnits>(a->currentArr, 0);
    std::vector<ParetoPoint> points;
    points.push_back(ParetoPoint{});  // origin
    const double n = static_cast<double>(ranked.size());
    MinorUnits cumulative = 0;
    long double cumulativeShare = 0;
    for (size_t i = 0; i < ranked.size(); ++i) {
        ParetoPoint p;
        p.rank = static_cast<int>(i + 1);
        p.accountId = ranked[i]->id;
        p.arr = std::max<MinorUnits>(ranked[i]->currentArr, 0);
        addInto(cumulative, p.arr);
        cumulativeShare += p.arr;
        p.cumulativeArr = cumulative;
        p.accountSharePct = 100.0 * p.rank / n;
        p.arrSharePct = total > 0 ? static_cast<double>(100 * cumulativeShare / total) : 0;
        points.push_back(std::move(p));
    }
    return points;
}

RenewalWindow renewalsDue(const std::vector<Account>& accounts, const Date& today, int days,
                          bool includeArchived) {
    RenewalWindow w;
    w.days = days;
    struct Due {
        std::int64_t day;
        const Account* account;
    };
    std::vector<Due> due;
    const std::int64_t first = toDayNumber(today);
    const std::int64_t last = first + std::max(days, 0);
    for (const Account& a : accounts) {
        if (!counted(a, includeArchived) || a.renewalDate.empty()) continue;
        const Result<Date> date = parseIsoDate(a.renewalDate);
        if (!date) continue;
        const std::int64_t day = toDayNumber(date.value());
        if (day < first || day > last) continue;
        due.push_back(Due{day, &a});
        ++w.accounts;
        addInto(w.arr, a.currentArr);
    }
    std::stable_sort(due.begin(), due.end(), [](const Due& x, const Due& y) {
        if (x.day != y.day) return x.day < y.day;
        return x.account->name < y.account->name;
    });
    for (const Due& d : due) w.accountIds.push_back(d.account->id);
    return w;
}

std::optional<NetRevenueRetention> netRevenueRetention(const std::vector<Account>& accounts,
                                                       bool includeArchived) {
    NetRevenueRetention n;
    for (const Account& a : accounts) {
        if (!counted(a, includeArchived) || !a.priorYearArr || *a.priorYearArr <= 0) continue;
        ++n.accounts;
        addInto(n.currentArr, a.currentArr);
        addInto(n.priorArr, *a.priorYearArr);
    }
    // A ratio of totals too large to count would be a made-up figure: say nothing instead.
    if (n.accounts == 0 || isMoneyOverflow(n.currentArr) || isMoneyOverflow(n.priorArr))
        return std::nullopt;
    n.basisPoints = scaledRatio(n.currentArr, n.priorArr, 10000);
    n.tenthsOfPercent = scaledRatio(n.currentArr, n.priorArr, 1000);
    n.percent = static_cast<double>(n.tenthsOfPercent) / 10.0;
    return n;
}

std::vector<RiskEntry> openRisks(const std::vector<Account>& accounts, bool includeArchived) {
    std::vector<RiskEntry> out;
    for (const Account& a : accounts) {
        if (!counted(a, includeArchived)) continue;
        for (const Risk& r : a.risks) {
            if (r.status == RiskStatus::Closed) continue;
            RiskEntry e;
            e.accountId = a.id;
            e.accountName = a.name;
            e.riskId = r.id;
            e.title = r.title;
            e.likelihood = std::clamp(r.likelihood, 1, 5);
            e.impact = std::clamp(r.impact, 1, 5);
            e.severity = e.likelihood * e.impact;
            e.status = r.status;
            out.push_back(std::move(e));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const RiskEntry& x, const RiskEntry& y) {
        if (x.severity != y.severity) return x.severity > y.severity;
        if (x.impact != y.impact) return x.impact > y.impact;
        if (x.accountName != y.accountName) return x.accountName < y.accountName;
        return x.title < y.title;
    });
    return out;
}

PortfolioMetrics computePortfolioMetrics(const std::vector<Account>& accounts,
                                         const QualificationFramework& framework,
                                         const PortfolioOptions& options) {
    PortfolioMetrics m;
    const bool all = options.includeArchived;
    std::set<std::string> currencies;
    std::vector<Tier> tiers(accounts.size(), Tier::Tier3);
    for (size_t i = 0; i < accounts.size(); ++i) {
        const Account& a = accounts[i];
        if (!counted(a, all)) continue;
        ++m.accountCount;
        addInto(m.totalArr, a.currentArr);
        currencies.insert(a.currency);
        const QualificationResult q = scoreQualification(a, framework);
        tiers[i] = q.tier;
        if (q.enterprise) ++m.enterpriseAccounts;
        AccountPipeline p = accountPipeline(a);
        m.openOpportunities += p.openOpportunities;
        addInto(m.openPipeline, p.openAmount);
        addInto(m.weightedPipeline, p.weighted);
        m.pipelineByAccount.push_back(std::move(p));
    }
    m.currencies.assign(currencies.begin(), currencies.end());
    m.mixedCurrencies = m.currencies.size() > 1;
    m.tierMix = tierMix(accounts, tiers, all);
    m.concentration = revenueConcentration(accounts, all);
    m.pareto = paretoCurve(accounts, all);

    const Result<Date> today = parseIsoDate(options.today);
    m.renewalsKnown = today.ok();
    if (today) {
        m.renewals90 = renewalsDue(accounts, today.value(), 90, all);
        m.renewals180 = renewalsDue(accounts, today.value(), 180, all);
    } else {
        m.renewals90.days = 90;
        m.renewals180.days = 180;
    }
    m.netRetention = netRevenueRetention(accounts, all);
    std::vector<RiskEntry> risks = openRisks(accounts, all);
    m.openRiskCount = static_cast<int>(risks.size());
    risks.resize(std::min(risks.size(), static_cast<size_t>(std::max(options.topRiskCount, 0))));
    m.topRisks = std::move(risks);
    return m;
}

}  // namespace keystone
