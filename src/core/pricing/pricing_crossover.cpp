// Annual cost as a function of seats: crossovers between tiers, volume cliffs, chart curves.
//
// Between two consecutive bracket starts a tier's exact annual cost is linear in seats, and the
// rounded cost is floor((a + b·n) / 10^12).  The sweep keeps the current cheapest tier and asks
// each rival for the first seat count at which it wins; that is answered from the two lines,
// walking seat by seat only where their exact costs are within a cent (where rounding decides).
#include <algorithm>

#include "core/pricing/pricing.h"

namespace keystone {
namespace {

__extension__ typedef __int128 Wide;  // see pricing.cpp: exact seat × price × discount products

constexpr Wide kBp = kFullDiscountBp;
constexpr Wide kScale = kBp * kBp * kBp;  // schedule × term × manual factors are all in bp

// Cost on one piece: floor((a + b·n) / kScale).  a folds in half-up rounding and the extras.
struct Line {
    Wide a = 0;  // exact numerator at n = 0
    Wide b = 0;  // exact numerator per extra seat
};

// Everything about a tier's annual cost that does not depend on seats.
struct SeatCost {
    DiscountKind kind = DiscountKind::Volume;
    Wide factor = 0;  // annual list price × term factor × manual factor
    Wide offset = 0;  // kScale / 2 (half-up) + recurring extras × kScale
};

SeatCost seatCost(const PricingTier& tier, const CostBasis& basis) {
    SeatCost cost;
    cost.kind = basis.scheduleKind.value_or(tier.discounts.kind);
    cost.factor = Wide(tier.listPricePerUserMonth) * 12 * (kBp - basis.termDiscountBp) *
                  (kBp - basis.manualDiscountBp);
    cost.offset = kScale / 2 + Wide(basis.recurringExtras) * kScale;
    return cost;
}

MinorUnits costAt(const PricingTier& tier, const SeatCost& cost, int seats) {
    const Wide weighted = weightedSeatsBp(tier.discounts, cost.kind, seats);
    return static_cast<MinorUnits>((weighted * cost.factor + cost.offset) / kScale);
}

// The line through `seats` for the bracket it lies in: weighted seats grow by
// 10000 − (that bracket's discount) per seat under both schedule kinds.
Line lineAt(const PricingTier& tier, const SeatCost& cost, int seats) {
    const Wide slope = kBp - scheduleDiscountAt(tier.discounts, seats);
    const Wide weighted = weightedSeatsBp(tier.discounts, cost.kind, seats);
    return Line{(weighted - slope * seats) * cost.factor + cost.offset, slope * cost.factor};
}

MinorUnits evaluate(const Line& line, int seats) {
    return static_cast<MinorUnits>((line.a + line.b * seats) / kScale);
}

Wide floorDiv(Wide num, Wide den) {
    const Wide q = num / den;
    return (num % den != 0 && ((num < 0) != (den < 0))) ? q - 1 : q;
}
Wide ceilDiv(Wide num, Wide den) { return -floorDiv(-num, den); }

// Tier t beats w at n when strictly cheaper, or as cheap and earlier in the catalog.
bool beats(const Line& lt, int t, const Line& lw, int w, int n) {
    const MinorUnits ct = evaluate(lt, n);
    const MinorUnits cw = evaluate(lw, n);
    return ct < cw || (ct == cw && t < w);
}

// First n in [from, to] where t beats w; to + 1 when none.  With δ(n) the exact numerator of
// cost_t − cost_w: δ ≤ −kScale means t is at least a cent cheaper after rounding, δ ≥ kScale at
// least a cent dearer, so only the window −kScale < δ < kScale is walked.
int firstBeat(const Line& lt, int t, const Line& lw, int w, int from, int to) {
    if (from > to) return to + 1;
    const Wide da = lt.a - lw.a;
    const Wide db = lt.b - lw.b;
    Wide scanFrom = from;
    Wide scanTo = to;
    Wide sure = Wide(to) + 1;  // first seat count where t certainly wins
    if (db == 0) {
        // Parallel lines: a constant gap; floors keep their order unless it is under a cent.
        if (da <= -kScale || (da <= 0 && t < w)) return from;
        if (da >= kScale || (da >= 0 && t > w)) return to + 1;
    } else if (db > 0) {
        if (da + db * from <= -kScale) return from;
        scanTo = std::min<Wide>(to, ceilDiv(kScale - da, db) - 1);  // last n with δ < kScale
    } else {
        scanFrom = std::max<Wide>(from, floorDiv(kScale - da, db) + 1);  // first n with δ < kScale
        sure = std::max<Wide>(from, ceilDiv(-kScale - da, db));  // first n with δ ≤ −kScale
        scanTo = std::min<Wide>(to, sure - 1);
    }
    for (Wide n = scanFrom; n <= scanTo; ++n)
        if (beats(lt, t, lw, w, static_cast<int>(n))) return static_cast<int>(n);
    return sure <= to ? static_cast<int>(sure) : to + 1;
}

int cheapestAt(const std::vector<int>& live, const std::vector<Line>& lines, int seats) {
    int best = -1;
    MinorUnits bestCost = 0;
    for (int t : live) {  // ascending index, so a tie keeps the earlier tier
        const MinorUnits cost = evaluate(lines[static_cast<std::size_t>(t)], seats);
        if (best < 0 || cost < bestCost) best = t, bestCost = cost;
    }
    return best;
}

// Lowest m such that every count in [m, seats − 1] costs more than `target`.  Within a bracket
// the cost never falls, so each bracket is a binary search; earlier brackets are only visited
// while the whole of the later one is dearer.
int firstDearer(const PricingTier& tier, const SeatCost& cost, std::size_t bracket,
                MinorUnits target) {
    const std::vector<DiscountBracket>& brackets = tier.discounts.brackets;
    int result = brackets[bracket].fromSeats;
    int end = result - 1;
    for (int j = static_cast<int>(bracket) - 1; j >= -1 && end >= 1; --j) {
        const int start = j < 0 ? 1 : brackets[static_cast<std::size_t>(j)].fromSeats;
        if (costAt(tier, cost, end) <= target) break;
        int lo = start;
        int hi = end;  // cost(hi) > target
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (costAt(tier, cost, mid) > target)
                hi = mid;
            else
                lo = mid + 1;
        }
        result = lo;
        if (lo > start) break;
        end = start - 1;
    }
    return result;
}

}  // namespace

MinorUnits annualCost(const PricingTier& tier, int seats, const CostBasis& basis) {
    return costAt(tier, seatCost(tier, basis), seats);
}

std::vector<CurvePoint> annualCostCurve(const PricingTier& tier, int maxSeats,
                                        const CostBasis& basis) {
    std::vector<CurvePoint> points;
    if (maxSeats < 1) return points;
    maxSeats = std::min(maxSeats, kMaxSeats);
    const SeatCost cost = seatCost(tier, basis);
    points.reserve(2 * tier.discounts.brackets.size() + 2);
    int lo = 1;
    auto closePiece = [&](int hi) {
        points.push_back({lo, costAt(tier, cost, lo)});
        if (hi > lo) points.push_back({hi, costAt(tier, cost, hi)});
    };
    for (const DiscountBracket& b : tier.discounts.brackets) {
        if (b.fromSeats <= lo) continue;
        if (b.fromSeats > maxSeats) break;
        closePiece(b.fromSeats - 1);
        lo = b.fromSeats;
    }
    closePiece(maxSeats);
    return points;
}

Result<CrossoverAnalysis> findCrossovers(const TierCatalog& catalog, const DealInput& deal,
                                         int maxSeats) {
    if (auto problem = validateCatalog(catalog))
        return Result<CrossoverAnalysis>::failure(*problem);
    if (auto problem = validateDeal(deal)) return Result<CrossoverAnalysis>::failure(*problem);
    if (maxSeats < 1 || maxSeats > kMaxSeats)
        return Result<CrossoverAnalysis>::failure(
            "the seat range must end between 1 and 10,000,000", "/maxSeats");
    const std::size_t count = catalog.tiers.size();
    std::vector<SeatCost> costs(count);
    std::vector<char> candidate(count);
    std::vector<int> starts{1};  // piece starts: bracket starts and user minimums of candidates
    for (std::size_t i = 0; i < count; ++i) {
        const PricingTier& tier = catalog.tiers[i];
        costs[i] = seatCost(tier, costBasisFor(catalog, i, deal));
        candidate[i] = allowsTermAndNeeds(tier, deal);
        if (!candidate[i]) continue;
        if (tier.minUsers > 1 && tier.minUsers <= maxSeats) starts.push_back(tier.minUsers);
        for (const DiscountBracket& b : tier.discounts.brackets)
            if (b.fromSeats > 1 && b.fromSeats <= maxSeats) starts.push_back(b.fromSeats);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    CrossoverAnalysis analysis;
    analysis.maxSeats = maxSeats;
    std::vector<Line> lines(count);
    std::vector<int> live;
    live.reserve(count);
    int winner = -1;
    for (std::size_t p = 0; p < starts.size(); ++p) {
        const int lo = starts[p];
        const int hi = p + 1 < starts.size() ? starts[p + 1] - 1 : maxSeats;
        live.clear();
        for (std::size_t i = 0; i < count; ++i) {
            if (!candidate[i] || catalog.tiers[i].minUsers > lo) continue;
            live.push_back(static_cast<int>(i));
            lines[i] = lineAt(catalog.tiers[i], costs[i], lo);
        }
        int n = lo;
        int best = cheapestAt(live, lines, n);
        for (;;) {
            if (best != winner) {
                analysis.crossovers.push_back({n, winner, best});
                winner = best;
            }
            if (live.size() < 2) break;
            int next = hi + 1;
            for (int t : live)
                if (t != best)
                    next = firstBeat(lines[static_cast<std::size_t>(t)], t,
                                     lines[static_cast<std::size_t>(best)], best, n + 1, next - 1);
            if (next > hi) break;
            n = next;
            best = cheapestAt(live, lines, n);
        }
    }

    for (std::size_t i = 0; i < count; ++i) {
        const PricingTier& tier = catalog.tiers[i];
        if (costs[i].kind != DiscountKind::Volume) continue;  // graduated totals never fall
        for (std::size_t k = 0; k < tier.discounts.brackets.size(); ++k) {
            const int seats = tier.discounts.brackets[k].fromSeats;
            if (seats < 2 || seats > maxSeats) continue;
            const MinorUnits cost = costAt(tier, costs[i], seats);
            const MinorUnits fewer = costAt(tier, costs[i], seats - 1);
            if (cost >= fewer) continue;
            analysis.cliffs.push_back(
                {static_cast<int>(i), seats, cost, fewer, firstDearer(tier, costs[i], k, cost)});
        }
    }
    return Result<CrossoverAnalysis>::success(std::move(analysis));
}

}  // namespace keystone
