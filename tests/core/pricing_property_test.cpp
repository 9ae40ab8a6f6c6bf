// Properties of the pricing engine on random catalogs and deals from a fixed-seed generator:
// schedule monotonicity, cliffs, crossovers against brute force, cent-exact rounding, curves;
// and the catalog's JSON form: round trips and every rejection.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "core/pricing/pricing.h"

using namespace keystone;

namespace {

__extension__ typedef __int128 Wide;

class Generator {
public:
    explicit Generator(std::uint32_t seed) : m_rng(seed) {}

    // mt19937's output is fixed by the standard but distributions are not: map it directly so
    // the same seed gives the same catalogs with libstdc++ (native) and libc++ (emscripten).
    int between(int lo, int hi) {
        return lo + static_cast<int>(m_rng() % static_cast<std::uint32_t>(hi - lo + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

    // Prices range from a few cents (so rival tiers land within a cent of each other and
    // rounding decides) to hundreds of dollars; some tiers copy a neighbour's price.
    TierCatalog catalog() {
        TierCatalog c;
        c.termDiscounts = {{2, between(0, 1500)}, {3, between(0, 2500)}};
        const int count = between(2, 5);
        for (int i = 0; i < count; ++i) {
            PricingTier t;
            t.id = "t" + std::to_string(i);
            t.name = "Tier " + std::to_string(i);
            t.listPricePerUserMonth = chance(25) ? between(1, 60) : between(500, 30000);
            if (i > 0 && chance(20)) t.listPricePerUserMonth = c.tiers.back().listPricePerUserMonth;
            t.commitment.billing = static_cast<BillingCommitment>(between(0, 2));
            if (t.commitment.billing == BillingCommitment::MultiYear) {
                t.commitment.minTermYears = between(1, 2);
                t.commitment.maxTermYears = chance(30) ? 0 : between(t.commitment.minTermYears, 4);
            }
            t.minUsers = chance(30) ? 0 : between(1, 400);
            t.discounts.kind = chance(50) ? DiscountKind::Volume : DiscountKind::Graduated;
            int start = chance(15) ? 1 : between(2, 1500);
            for (int b = between(0, 4); b > 0 && start <= 9000; --b) {
                const int discount = chance(30) ? between(0, 10) * 1000 : between(0, 9000);
                t.discounts.brackets.push_back({start, discount});
                start += between(1, 3000);
            }
            t.professionalServices = {static_cast<ServicesOffer>(between(0, 2)),
                                      between(0, 3) * 500'000};
            t.support = {"Channel " + std::to_string(i), between(0, 48)};
            t.integrations = {static_cast<IntegrationsOffer>(between(0, 2)),
                              between(0, 3) * 700'000};
            t.csm = {static_cast<CsmOffer>(between(0, 2)),
                     between(0, 3) * 1'000'000 + between(0, 99)};
            t.training = static_cast<TrainingOffer>(between(0, 2));
            for (int f = between(0, 3); f > 0; --f)
                t.features.push_back("Feature " + std::to_string(between(1, 6)));
            c.tiers.push_back(t);
            // A twin whose brackets start one seat later: parallel cost lines a fraction of a
            // cent apart, where only rounding decides which is cheaper.
            if (chance(25) && !t.discounts.brackets.empty() && i + 1 < count) {
                t.id += "-twin";
                for (DiscountBracket& b : t.discounts.brackets) ++b.fromSeats;
                c.tiers.insert(chance(50) ? c.tiers.end() - 1 : c.tiers.end(), std::move(t));
                ++i;
            }
        }
        return c;
    }

    // Tiers a few cents a seat apart or equal, with bracket starts one seat apart and odd
    // discounts: exact costs within a cent over long ranges, ties and flip-flops by rounding.
    TierCatalog nearTieCatalog() {
        TierCatalog c;
        c.termDiscounts = {{1, between(0, 999)}};
        const int base = between(1, 5);
        static const int kStarts[] = {40, 41, 120, 121, 122, 400, 401, 2000};
        static const int kDiscounts[] = {0, 333, 500, 501, 1000, 1001, 2500};
        const int count = between(2, 5);
        for (int i = 0; i < count; ++i) {
            PricingTier t;
            t.id = t.name = "near" + std::to_string(i);
            t.listPricePerUserMonth = base + (chance(70) ? 0 : between(0, 1));
            t.minUsers = chance(70) ? 0 : kStarts[between(0, 7)];
            t.discounts.kind = static_cast<DiscountKind>(between(0, 1));
            int previous = 0;
            for (int start : kStarts)
                if (start > previous + 1 && chance(40)) {
                    t.discounts.brackets.push_back({start, kDiscounts[between(0, 6)]});
                    previous = start;
                }
            c.tiers.push_back(std::move(t));
        }
        // A graduated twin one seat behind: the same slope a fraction of a cent away.
        PricingTier twin = c.tiers[static_cast<std::size_t>(between(0, count - 1))];
        if (chance(60) && !twin.discounts.brackets.empty()) {
            twin.id = twin.name = "twin";
            twin.discounts.kind = DiscountKind::Graduated;
            for (DiscountBracket& b : twin.discounts.brackets) ++b.fromSeats;
            c.tiers.insert(c.tiers.begin() + between(0, count), std::move(twin));
        }
        return c;
    }

    DealInput analysisDeal() {
        DealInput deal = flatDeal(1, between(1, 3));
        deal.manualDiscountBp = chance(40) ? 0 : between(0, 4000);
        if (chance(30))
            deal.scheduleKind = chance(50) ? DiscountKind::Volume : DiscountKind::Graduated;
        deal.needsDedicatedCsm = chance(20);
        deal.needsCustomIntegrations = chance(10);
        if (chance(30)) deal.recurringAddOns = {{"Extra", between(0, 900'000)}};
        return deal;
    }

private:
    std::mt19937 m_rng;
};

// Seat-by-seat weighted seats: an independent reading of the two schedule kinds.
std::int64_t slowWeightedSeats(const DiscountSchedule& s, DiscountKind kind, int seats) {
    std::int64_t weighted = 0;
    for (int seat = 1; seat <= seats; ++seat)
        weighted +=
            kFullDiscountBp - scheduleDiscountAt(s, kind == DiscountKind::Volume ? seats : seat);
    return weighted;
}

// The cheapest eligible tier at every seat count, one by one, as crossovers.
std::vector<Crossover> bruteCrossovers(const TierCatalog& catalog, const DealInput& deal,
                                       int maxSeats) {
    std::vector<CostBasis> bases;
    for (std::size_t i = 0; i < catalog.tiers.size(); ++i)
        bases.push_back(costBasisFor(catalog, i, deal));
    std::vector<Crossover> crossovers;
    int previous = -1;
    for (int seats = 1; seats <= maxSeats; ++seats) {
        int best = -1;
        MinorUnits bestCost = 0;
        for (std::size_t i = 0; i < catalog.tiers.size(); ++i) {
            const PricingTier& tier = catalog.tiers[i];
            if (seats < tier.minUsers || !allowsTermAndNeeds(tier, deal)) continue;
            const MinorUnits cost = annualCost(tier, seats, bases[i]);
            if (best < 0 || cost < bestCost) best = static_cast<int>(i), bestCost = cost;
        }
        if (best != previous) crossovers.push_back({seats, previous, best});
        previous = best;
    }
    return crossovers;
}

// Checks findCrossovers against the brute force; returns how many crossovers it compared.
int checkCrossovers(const TierCatalog& catalog, const DealInput& deal, int maxSeats) {
    Result<CrossoverAnalysis> analysis = findCrossovers(catalog, deal, maxSeats);
    REQUIRE(analysis.ok());
    const std::vector<Crossover>& fast = analysis.value().crossovers;
    const std::vector<Crossover> brute = bruteCrossovers(catalog, deal, maxSeats);
    REQUIRE(fast.size() == brute.size());
    for (std::size_t k = 0; k < fast.size(); ++k) {
        CAPTURE(k);
        CHECK(fast[k].seats == brute[k].seats);
        CHECK(fast[k].fromTier == brute[k].fromTier);
        CHECK(fast[k].toTier == brute[k].toTier);
    }
    return static_cast<int>(fast.size());
}

bool isBracketStart(const PricingTier& tier, int seats) {
    for (const DiscountBracket& b : tier.discounts.brackets)
        if (b.fromSeats == seats) return true;
    return false;
}

}  // namespace

TEST_CASE("graduated totals never decrease as seats grow") {
    Generator gen(20240611);
    for (int round = 0; round < 40; ++round) {
        const TierCatalog catalog = gen.catalog();
        CostBasis basis;
        basis.scheduleKind = DiscountKind::Graduated;
        basis.termDiscountBp = gen.between(0, 2000);
        basis.manualDiscountBp = gen.between(0, 3000);
        for (const PricingTier& tier : catalog.tiers) {
            MinorUnits previous = annualCost(tier, 1, basis);
            for (int seats = 2; seats <= 10'000; ++seats) {
                const MinorUnits cost = annualCost(tier, seats, basis);
                REQUIRE(cost >= previous);
                previous = cost;
            }
        }
    }
}

TEST_CASE(
    "volume totals can fall, only exactly at bracket starts, and every fall is reported as a "
    "cliff") {
    Generator gen(7);
    int falls = 0;
    for (int round = 0; round < 40; ++round) {
        const TierCatalog catalog = gen.catalog();
        DealInput deal = gen.analysisDeal();
        deal.scheduleKind = DiscountKind::Volume;
        Result<CrossoverAnalysis> analysis = findCrossovers(catalog, deal);
        REQUIRE(analysis.ok());
        std::set<std::pair<int, int>> reported;
        for (const VolumeCliff& cliff : analysis.value().cliffs)
            reported.insert({cliff.tier, cliff.seats});
        for (std::size_t i = 0; i < catalog.tiers.size(); ++i) {
            const PricingTier& tier = catalog.tiers[i];
            const CostBasis basis = costBasisFor(catalog, i, deal);
            std::vector<MinorUnits> cost(10'001);
            for (int seats = 1; seats <= 10'000; ++seats)
                cost[seats] = annualCost(tier, seats, basis);
            for (int seats = 2; seats <= 10'000; ++seats) {
                if (cost[seats] >= cost[seats - 1]) continue;
                ++falls;
                CAPTURE(seats);
                CHECK(isBracketStart(tier, seats));
                CHECK(reported.count({static_cast<int>(i), seats}) == 1);
            }
            for (const VolumeCliff& cliff : analysis.value().cliffs) {
                if (cliff.tier != static_cast<int>(i)) continue;
                CHECK(cliff.cost == cost[cliff.seats]);
                CHECK(cliff.costOneFewer == cost[cliff.seats - 1]);
                for (int m = cliff.firstDearerSeats; m < cliff.seats; ++m)
                    REQUIRE(cost[m] > cliff.cost);
                if (cliff.firstDearerSeats > 1)
                    CHECK(cost[cliff.firstDearerSeats - 1] <= cliff.cost);
            }
        }
    }
    CHECK(falls > 10);
}

TEST_CASE("crossover points agree with a brute-force scan over 1 to 10,000 seats") {
    Generator gen(424242);
    int crossoversSeen = 0;
    for (int round = 0; round < 200; ++round) {
        CAPTURE(round);
        const TierCatalog catalog = gen.catalog();
        crossoversSeen += checkCrossovers(catalog, gen.analysisDeal(), 10'000);
    }
    CHECK(crossoversSeen > 100);
}

TEST_CASE("crossovers agree with brute force where tiers are within a cent and rounding decides") {
    Generator gen(5150);
    int crossoversSeen = 0;
    for (int round = 0; round < 150; ++round) {
        CAPTURE(round);
        const TierCatalog catalog = gen.nearTieCatalog();
        DealInput deal = flatDeal(1, 1);
        deal.manualDiscountBp = gen.between(0, 999);
        crossoversSeen += checkCrossovers(catalog, deal, 3000);
    }
    CHECK(crossoversSeen > 300);
}

TEST_CASE("the annual cost used by crossovers is the first-year ACV of a flat quote") {
    Generator gen(99);
    for (int round = 0; round < 8; ++round) {
        const TierCatalog catalog = gen.catalog();
        DealInput deal = gen.analysisDeal();
        for (int seats = 1; seats <= 3000; seats += gen.between(1, 7)) {
            deal.seatsByYear.assign(deal.seatsByYear.size(), seats);
            Result<TierComparison> comparison = compareTiers(catalog, deal);
            REQUIRE(comparison.ok());
            for (std::size_t i = 0; i < catalog.tiers.size(); ++i) {
                const TierQuote& q = comparison.value().quotes[i];
                CHECK(q.firstYearAcv ==
                      annualCost(catalog.tiers[i], seats, costBasisFor(catalog, i, deal)));
                const bool eligible = seats >= catalog.tiers[i].minUsers &&
                                      allowsTermAndNeeds(catalog.tiers[i], deal);
                CHECK(q.eligible == eligible);
            }
        }
    }
}

TEST_CASE("rounding never loses or creates a cent across the lines of a quote") {
    Generator gen(31337);
    for (int round = 0; round < 150; ++round) {
        const TierCatalog catalog = gen.catalog();
        DealInput deal;
        for (int y = gen.between(1, 5); y > 0; --y)
            deal.seatsByYear.push_back(gen.between(1, 4000));
        deal.annualUpliftBp = gen.between(0, 1500);
        deal.manualDiscountBp = gen.between(0, 3000);
        if (gen.chance(50)) deal.scheduleKind = static_cast<DiscountKind>(gen.between(0, 1));
        deal.recurringAddOns = {{"A", gen.between(0, 99'999)}, {"B", gen.between(0, 99)}};
        deal.oneTimeFees = {{"C", gen.between(0, 99'999)}};
        deal.needsDedicatedCsm = gen.chance(30);
        for (std::size_t i = 0; i < catalog.tiers.size(); ++i) {
            Result<TierQuote> result = quoteTier(catalog, i, deal);
            REQUIRE(result.ok());
            const TierQuote& q = result.value();
            const PricingTier& tier = catalog.tiers[i];
            const Wide term =
                kFullDiscountBp -
                termDiscountFor(catalog, tier, static_cast<int>(deal.seatsByYear.size()));
            const Wide manual = kFullDiscountBp - deal.manualDiscountBp;
            MinorUnits sum = 0, volume = 0, termSum = 0, manualSum = 0,
                       price = tier.listPricePerUserMonth;
            for (const YearQuote& y : q.years) {
                if (y.year > 1) price = (price * (10000 + deal.annualUpliftBp) + 5000) / 10000;
                CHECK(y.listPricePerUserMonth == price);
                CHECK(y.list == y.seats * price * 12);
                CHECK(y.list - y.discounts.volume - y.discounts.term - y.discounts.manual ==
                      y.subscription);
                CHECK(y.discounts.volume >= 0);
                CHECK(y.discounts.term >= 0);
                CHECK(y.discounts.manual >= 0);
                // The line is the exact amount rounded half-up once.
                const Wide exact =
                    Wide(slowWeightedSeats(tier.discounts, q.scheduleKind, y.seats)) * price * 12 *
                    term * manual;
                const Wide scale = Wide(10000) * 10000 * 10000;
                CHECK(y.subscription == static_cast<MinorUnits>((exact + scale / 2) / scale));
                CHECK(y.total == y.subscription + y.addOns + y.oneTimeFees);
                sum += y.total;
                volume += y.discounts.volume;
                termSum += y.discounts.term;
                manualSum += y.discounts.manual;
            }
            CHECK(sum == q.totalContractValue);
            CHECK(volume == q.discounts.volume);
            CHECK(termSum == q.discounts.term);
            CHECK(manualSum == q.discounts.manual);
            CHECK(q.firstYearAcv == q.years[0].subscription + q.years[0].addOns);
        }
    }
}

TEST_CASE("cost curves hit annualCost at every point and stay within a cent of straight lines") {
    Generator gen(2718);
    for (int round = 0; round < 30; ++round) {
        const TierCatalog catalog = gen.catalog();
        CostBasis basis;
        basis.termDiscountBp = gen.between(0, 1500);
        basis.manualDiscountBp = gen.between(0, 1500);
        for (const PricingTier& tier : catalog.tiers) {
            const std::vector<CurvePoint> points = annualCostCurve(tier, 10'000, basis);
            REQUIRE(!points.empty());
            CHECK(points.front().seats == 1);
            CHECK(points.back().seats == 10'000);
            for (std::size_t k = 0; k < points.size(); ++k) {
                CHECK(points[k].cost == annualCost(tier, points[k].seats, basis));
                if (k == 0) continue;
                const CurvePoint& a = points[k - 1];
                const CurvePoint& b = points[k];
                REQUIRE(a.seats < b.seats);
                if (isBracketStart(tier, b.seats)) continue;  // a jump, not a segment
                for (int n = a.seats + 1; n <= b.seats; ++n) {
                    CHECK_FALSE(isBracketStart(tier, n));
                    // |cost − interpolation| ≤ 1 cent, without division
                    const Wide span = b.seats - a.seats;
                    const Wide line = Wide(a.cost) * span + Wide(b.cost - a.cost) * (n - a.seats);
                    const Wide diff = Wide(annualCost(tier, n, basis)) * span - line;
                    REQUIRE((diff <= span && diff >= -span));
                }
            }
        }
    }
}

TEST_CASE("random catalogs survive a JSON round trip") {
    Generator gen(1234);
    for (int round = 0; round < 50; ++round) {
        TierCatalog catalog = gen.catalog();
        catalog.currency = round % 2 ? "EUR" : "JPY";
        catalog.guardrails = {gen.between(0, 2000), gen.between(2000, 10000)};
        const nlohmann::json first = catalogToJson(catalog);
        Result<TierCatalog> back = catalogFromJson(nlohmann::json::parse(first.dump()));
        REQUIRE_MESSAGE(back.ok(), back.error().message << " at " << back.error().location);
        CHECK(catalogToJson(back.value()) == first);
        Result<TierComparison> a = compareTiers(catalog, flatDeal(120, 2));
        Result<TierComparison> b = compareTiers(back.value(), flatDeal(120, 2));
        REQUIRE((a.ok() && b.ok()));
        for (std::size_t i = 0; i < catalog.tiers.size(); ++i)
            CHECK(a.value().quotes[i].totalContractValue == b.value().quotes[i].totalContractValue);
    }
    Result<TierCatalog> defaults = catalogFromJson(catalogToJson(defaultTierCatalog()));
    REQUIRE(defaults.ok());
    CHECK(catalogToJson(defaults.value()) == catalogToJson(defaultTierCatalog()));
}

TEST_CASE("catalogFromJson rejects each kind of bad input with a JSON pointer to it") {
    using nlohmann::json;
    const json good = catalogToJson(defaultTierCatalog());
    struct Case {
        const char* pointer;  // member to replace, or to remove when value is discarded
        json value;
        const char* location;
        const char* message;  // a fragment of the plain message
    };
    const json remove = json::value_t::discarded;
    const Case cases[] = {
        {"/currency", "usd", "/currency", "ISO-4217"},
        {"/currency", 5, "/currency", "expected text"},
        {"/tiers", json::object(), "/tiers", "expected a list"},
        {"/tiers/0/name", remove, "/tiers/0/name", "missing"},
        {"/tiers/0/id", "", "/tiers/0/id", "needs an id"},
        {"/tiers/1/id", "smb", "/tiers/1/id", "used twice"},
        {"/tiers/1/listPricePerUserMonth", -100, "/tiers/1/listPricePerUserMonth",
         "cannot be negative"},
        {"/tiers/1/listPricePerUserMonth", "8900", "/tiers/1/listPricePerUserMonth",
         "whole number"},
        {"/tiers/1/listPricePerUserMonth", 89.5, "/tiers/1/listPricePerUserMonth", "whole number"},
        {"/tiers/1/listPricePerUserMonth", 18446744073709551615ull,
         "/tiers/1/listPricePerUserMonth", "out of range"},
        {"/tiers/1/listPricePerUserMonth", 100'000'001, "/tiers/1/listPricePerUserMonth",
         "too large"},
        {"/tiers/1/negotiatedPrice", "yes", "/tiers/1/negotiatedPrice", "true or false"},
        {"/tiers/0/commitment", "monthly", "/tiers/0/commitment", "expected an object"},
        {"/tiers/0/commitment/billing", "yearly", "/tiers/0/commitment/billing",
         "expected monthly, annual or multiYear"},
        {"/tiers/2/commitment/minTermYears", 0, "/tiers/2/commitment/minTermYears",
         "between 1 and 10"},
        {"/tiers/2/commitment/maxTermYears", 1, "/tiers/2/commitment/maxTermYears", "maximum term"},
        {"/tiers/0/minUsers", -5, "/tiers/0/minUsers", "user minimum"},
        {"/tiers/1/discounts/kind", "tiered", "/tiers/1/discounts/kind",
         "expected volume or graduated"},
        {"/tiers/1/discounts/brackets/0", 5, "/tiers/1/discounts/brackets/0", "expected an object"},
        {"/tiers/1/discounts/brackets/0/fromSeats", 0, "/tiers/1/discounts/brackets/0/fromSeats",
         "between 1"},
        {"/tiers/1/discounts/brackets/1/fromSeats", 100, "/tiers/1/discounts/brackets/1/fromSeats",
         "increasing order"},
        {"/tiers/1/discounts/brackets/0/fromSeats", 300, "/tiers/1/discounts/brackets/1/fromSeats",
         "250 comes after 300"},
        {"/tiers/2/discounts/brackets/2/discountBp", 10001,
         "/tiers/2/discounts/brackets/2/discountBp", "100%"},
        {"/tiers/2/discounts/brackets/2/discountBp", -1, "/tiers/2/discounts/brackets/2/discountBp",
         "between 0% and 100%"},
        {"/tiers/1/professionalServices/offer", "maybe", "/tiers/1/professionalServices/offer",
         "expected selfService, optionalPackage or included"},
        {"/tiers/1/professionalServices/price", -1, "/tiers/1/professionalServices/price",
         "cannot be negative"},
        {"/tiers/1/professionalServices/price", remove, "/tiers/1/professionalServices/price",
         "missing"},
        {"/tiers/1/integrations/offer", "soon", "/tiers/1/integrations/offer", "apiOnly"},
        {"/tiers/1/csm/offer", "sometimes", "/tiers/1/csm/offer", "none, addOn or included"},
        {"/tiers/1/csm/annualPrice", 10'000'000'000'001, "/tiers/1/csm/annualPrice", "too large"},
        {"/tiers/0/support/responseHours", -1, "/tiers/0/support/responseHours", "response time"},
        {"/tiers/0/support/channel", json::array(), "/tiers/0/support/channel", "expected text"},
        {"/tiers/0/training", "video", "/tiers/0/training",
         "documentation, groupWebinars or customOnsite"},
        {"/tiers/0/features/1", 7, "/tiers/0/features/1", "expected text"},
        {"/termDiscounts/1/years", 2, "/termDiscounts/1/years", "increasing order"},
        {"/termDiscounts/0/discountBp", 12000, "/termDiscounts/0/discountBp", "100%"},
        {"/guardrails/managerApprovalAboveBp", 20000, "/guardrails/managerApprovalAboveBp", "100%"},
        {"/guardrails/vpApprovalAboveBp", 500, "/guardrails/vpApprovalAboveBp", "cannot be below"},
        {"/guardrails", remove, "/guardrails", "missing"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.pointer);
        json bad = good;
        const json::json_pointer where(c.pointer);
        if (c.value.is_discarded())
            bad.at(where.parent_pointer()).erase(where.back());
        else
            bad.at(where) = c.value;
        Result<TierCatalog> r = catalogFromJson(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().location == c.location);
        CHECK_MESSAGE(r.error().message.find(c.message) != std::string::npos, r.error().message);
    }
    Result<TierCatalog> notObject = catalogFromJson(json::array());
    REQUIRE_FALSE(notObject.ok());
    CHECK(notObject.error().location == "");
}

TEST_CASE("catalogFromJson accepts optional members left out and ignores unknown ones") {
    using nlohmann::json;
    json j = catalogToJson(defaultTierCatalog());
    j["tiers"][0]["professionalServices"].erase("price");  // not a paid offer
    j["tiers"][0].erase("features");
    j["tiers"][0].erase("negotiatedPrice");
    j["tiers"][2]["fromTheFuture"] = {1, 2, 3};
    j["notes"] = "kept elsewhere";
    Result<TierCatalog> r = catalogFromJson(j);
    REQUIRE_MESSAGE(r.ok(), r.error().message);
    CHECK(r.value().tiers[0].features.empty());
    CHECK(r.value().tiers[1].csm.annualPrice == 2'000'000);
}
