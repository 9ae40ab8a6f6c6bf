// price: the editions (the catalog's pricing tiers) compared for a deal, or the crossover points
// and volume cliffs, from the default catalog or one given as a JSON file (a catalog, or a plan
// file carrying one).
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/pricing/pricing_scenario.h"
#include "core/pricing/pricing_whatif.h"

namespace keystone::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kUsage =
    "usage: keystone price --seats N --years Y [--ramp a,b,c] [--discount PCT] [--uplift PCT]\n"
    "                      [--kind volume|graduated] [--needs services,integrations,csm]\n"
    "                      [--catalog FILE] [--json]\n"
    "       keystone price --crossovers [--years Y] [--max-seats N] [--catalog FILE] [--json]\n";

int usage(const std::string& why) {
    if (!why.empty()) std::fprintf(stderr, "keystone price: %s\n", why.c_str());
    std::fputs(kUsage, stderr);
    return 2;
}

bool parseWhole(const std::string& text, long low, long high, int& out) {
    if (text.empty() || text.size() > 9 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    const long value = std::stol(text);
    if (value < low || value > high) return false;
    out = static_cast<int>(value);
    return true;
}

// "12.5" or "12.5%" -> 1250 basis points; at most two decimals.
bool parsePercent(std::string text, BasisPoints maxBp, BasisPoints& out) {
    if (!text.empty() && text.back() == '%') text.pop_back();
    const std::size_t dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 5 || fraction.size() > 2) return false;
    if ((whole + fraction).find_first_not_of("0123456789") != std::string::npos) return false;
    while (fraction.size() < 2) fraction += '0';
    const long bp = std::stol(whole) * 100 + std::stol(fraction);
    if (bp > maxBp) return false;
    out = static_cast<BasisPoints>(bp);
    return true;
}

bool loadCatalog(const std::string& path, TierCatalog& out) {
    std::string bytes, reason;
    if (!readFileBytes(path, bytes, reason)) {
        std::fprintf(stderr, "%s: error: %s\n", displayName(path).c_str(), reason.c_str());
        return false;
    }
    const nlohmann::json json = nlohmann::json::parse(bytes, nullptr, false);
    if (json.is_discarded()) {
        std::fprintf(stderr, "%s: error: the file is not JSON\n", displayName(path).c_str());
        return false;
    }
    const bool plan = json.is_object() && json.contains("format") && json.contains("catalog");
    auto catalog = catalogFromJson(plan ? json["catalog"] : json);
    std::optional<Error> error;
    if (!catalog)
        error = catalog.error();
    else
        error = validateCatalog(catalog.value());
    if (error) {
        if (plan) error->location = "/catalog" + error->location;
        reportFileError(path, *error);
        return false;
    }
    out = std::move(catalog).value();
    return true;
}

std::string money(MinorUnits value, const std::string& currency) {
    return formatMoney(value, currency, true);
}

void printTable(const TierCatalog& catalog, const DealInput& deal, const TierComparison& c) {
    const std::string& cur = catalog.currency;
    std::printf("Deal: %s, prices in %s\n\n", describeSeats(deal).c_str(), cur.c_str());
    // Captions say the time each amount covers, as in the app: "List price per year (year 1)".
    auto row = [&](const std::string& caption, auto cell) {
        std::printf("%-33s", caption.c_str());
        for (const TierQuote& q : c.quotes) std::printf("  %18s", cell(q).c_str());
        std::printf("\n");
    };
    row("Edition", [](const TierQuote& q) { return q.tierName; });
    row("Eligible", [](const TierQuote& q) { return std::string(q.eligible ? "yes" : "no"); });
    for (QuoteFigure f : kQuoteFigures)
        row(quoteFigureCaption(f, deal.seatsByYear.size()),
            [&](const TierQuote& q) { return money(quoteFigureAmount(q, f), cur); });
    std::printf("\n");
    auto name = [&](int i) {
        return i < 0 ? std::string("none") : c.quotes[static_cast<std::size_t>(i)].tierName;
    };
    std::printf("Cheapest eligible: %s\nBest value: %s\n", name(c.cheapestIndex).c_str(),
                name(c.bestValueIndex).c_str());
    if (deal.manualDiscountBp > 0)
        std::printf(
            "Manual discount %s: %s\n", formatBasisPoints(deal.manualDiscountBp).c_str(),
            std::string(approvalLevelLabel(approvalFor(catalog.guardrails, deal.manualDiscountBp)))
                .c_str());
    for (const TierQuote& q : c.quotes)
        for (const std::string& reason : q.reasons)
            std::printf("Not eligible: %s: %s\n", q.tierName.c_str(), reason.c_str());
    if (!c.differences.empty()) std::printf("\nWhat differs:\n");
    for (const InclusionDifference& d : c.differences) {
        std::printf("  %s:", d.aspect.c_str());
        for (std::size_t i = 0; i < d.perTier.size(); ++i)
            std::printf("%s %s: %s", i ? ";" : "", c.quotes[i].tierName.c_str(),
                        d.perTier[i].c_str());
        std::printf("\n");
    }
}

Json quoteJson(const TierQuote& q) {
    Json reasons = Json::array();
    for (const std::string& r : q.reasons) reasons.push_back(r);
    return Json{{"id", q.tierId},
                {"name", q.tierName},
                {"eligible", q.eligible},
                {"reasons", reasons},
                {"scheduleKind", discountKindKey(q.scheduleKind)},
                {"termDiscountBp", q.termDiscountBp},
                {"monthlyList", q.monthlyList},
                {"annualList", q.annualList},
                {"discounts",
                 {{"volume", q.discounts.volume},
                  {"term", q.discounts.term},
                  {"manual", q.discounts.manual}}},
                {"firstYearAcv", q.firstYearAcv},
                {"totalContractValue", q.totalContractValue},
                {"effectivePricePerUserMonth", q.effectivePricePerUserMonth},
                {"approval", approvalLevelLabel(q.approval)},
                {"includes", q.includes}};
}

int crossovers(const TierCatalog& catalog, const DealInput& deal, int maxSeats, bool json) {
    auto analysis = findCrossovers(catalog, deal, maxSeats);
    if (!analysis) {
        std::fprintf(stderr, "keystone price: %s\n", analysis.error().message.c_str());
        return 1;
    }
    const CrossoverAnalysis& a = analysis.value();
    if (json) {
        auto id = [&](int i) {
            return i < 0 ? Json(nullptr) : Json(catalog.tiers[static_cast<std::size_t>(i)].id);
        };
        Json out{{"currency", catalog.currency},
                 {"years", deal.seatsByYear.size()},
                 {"maxSeats", a.maxSeats},
                 {"crossovers", Json::array()},
                 {"cliffs", Json::array()}};
        for (const Crossover& c : a.crossovers)
            out["crossovers"].push_back(
                {{"seats", c.seats}, {"from", id(c.fromTier)}, {"to", id(c.toTier)}});
        for (const VolumeCliff& c : a.cliffs)
            out["cliffs"].push_back({{"tier", id(c.tier)},
                                     {"seats", c.seats},
                                     {"cost", c.cost},
                                     {"costOneFewer", c.costOneFewer},
                                     {"firstDearerSeats", c.firstDearerSeats}});
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    std::printf(
        "Annual cost of 1 to %d seats on a %zu-year contract, prices in %s\n\nCrossovers:\n",
        a.maxSeats, deal.seatsByYear.size(), catalog.currency.c_str());
    for (const std::string& line : crossoverSentences(a, catalog))
        std::printf("  %s\n", line.c_str());
    std::printf("\nVolume cliffs (more seats cost less):\n");
    if (a.cliffs.empty()) std::printf("  none\n");
    for (const VolumeCliff& c : a.cliffs) std::printf("  %s\n", cliffSentence(c, catalog).c_str());
    return 0;
}

}  // namespace

int priceCommand(const Args& args) {
    int seats = 0, years = 0, maxSeats = kDefaultMaxSeats;
    bool json = false, crossoverMode = false;
    std::string catalogPath;
    DealInput deal;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "--json")
            json = true;
        else if (arg == "--crossovers")
            crossoverMode = true;
        else if (arg == "--seats" && hasValue) {
            if (!parseWhole(args[++i], 1, kMaxSeats, seats))
                return usage("--seats must be a whole number from 1 to 10000000");
        } else if (arg == "--years" && hasValue) {
            if (!parseWhole(args[++i], 1, kMaxContractYears, years))
                return usage("--years must be from 1 to 10");
        } else if (arg == "--max-seats" && hasValue) {
            if (!parseWhole(args[++i], 1, kMaxSeats, maxSeats))
                return usage("--max-seats must be from 1 to 10000000");
        } else if (arg == "--ramp" && hasValue) {
            std::stringstream list(args[++i]);
            for (std::string item; std::getline(list, item, ',');) {
                int value = 0;
                if (!parseWhole(item, 1, kMaxSeats, value))
                    return usage("--ramp takes seat counts like 100,200,300");
                deal.seatsByYear.push_back(value);
            }
            if (deal.seatsByYear.empty() ||
                deal.seatsByYear.size() > static_cast<std::size_t>(kMaxContractYears))
                return usage("--ramp takes 1 to 10 seat counts");
        } else if (arg == "--discount" && hasValue) {
            if (!parsePercent(args[++i], kFullDiscountBp, deal.manualDiscountBp))
                return usage("--discount takes a percentage like 12.5");
        } else if (arg == "--uplift" && hasValue) {
            if (!parsePercent(args[++i], kMaxUpliftBp, deal.annualUpliftBp))
                return usage("--uplift takes a percentage up to 50");
        } else if (arg == "--kind" && hasValue) {
            const std::string kind = args[++i];
            if (kind == "volume")
                deal.scheduleKind = DiscountKind::Volume;
            else if (kind == "graduated")
                deal.scheduleKind = DiscountKind::Graduated;
            else
                return usage("--kind is volume or graduated");
        } else if (arg == "--needs" && hasValue) {
            std::stringstream list(args[++i]);
            for (std::string item; std::getline(list, item, ',');) {
                if (item == "services")
                    deal.needsProfessionalServices = true;
                else if (item == "integrations")
                    deal.needsCustomIntegrations = true;
                else if (item == "csm")
                    deal.needsDedicatedCsm = true;
                else
                    return usage("--needs takes services, integrations and csm");
            }
        } else if (arg == "--catalog" && hasValue && catalogPath.empty()) {
            catalogPath = args[++i];
        } else {
            return usage("unexpected '" + arg + "'");
        }
    }
    if (!deal.seatsByYear.empty()) {
        if (seats && seats != deal.seatsByYear.front())
            return usage("--seats and the first --ramp value differ");
        if (years && static_cast<std::size_t>(years) != deal.seatsByYear.size())
            return usage("--years and the number of --ramp values differ");
    } else if (crossoverMode) {
        deal.seatsByYear.assign(static_cast<std::size_t>(years ? years : 1), seats ? seats : 1);
    } else {
        if (!seats) return usage("--seats is required");
        deal.seatsByYear.assign(static_cast<std::size_t>(years ? years : 1), seats);
    }
    TierCatalog catalog = defaultTierCatalog();
    if (!catalogPath.empty() && !loadCatalog(catalogPath, catalog)) return 1;
    if (crossoverMode) return crossovers(catalog, deal, maxSeats, json);

    auto compared = compareTiers(catalog, deal);
    if (!compared) {
        std::fprintf(stderr, "keystone price: %s\n", compared.error().message.c_str());
        return 1;
    }
    const TierComparison& c = compared.value();
    if (!json) {
        printTable(catalog, deal, c);
        return 0;
    }
    Json tiers = Json::array();
    for (const TierQuote& q : c.quotes) tiers.push_back(quoteJson(q));
    auto id = [&](int i) {
        return i < 0 ? Json(nullptr) : Json(c.quotes[static_cast<std::size_t>(i)].tierId);
    };
    Json out{{"currency", catalog.currency},
             {"seatsByYear", deal.seatsByYear},
             {"manualDiscountBp", deal.manualDiscountBp},
             {"annualUpliftBp", deal.annualUpliftBp},
             {"cheapest", id(c.cheapestIndex)},
             {"bestValue", id(c.bestValueIndex)},
             {"tiers", tiers}};
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}

}  // namespace keystone::cli
