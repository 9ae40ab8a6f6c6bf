#include "core/pricing/pricing_catalog_tiers.h"

#include <algorithm>

namespace keystone {
namespace {

bool idTaken(const TierCatalog& catalog, const std::string& id) {
    return std::any_of(catalog.tiers.begin(), catalog.tiers.end(),
                       [&](const PricingTier& t) { return t.id == id; });
}

bool nameTaken(const TierCatalog& catalog, const std::string& name) {
    return std::any_of(catalog.tiers.begin(), catalog.tiers.end(),
                       [&](const PricingTier& t) { return t.name == name; });
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace

Result<MinorUnits> parseMoneyText(std::string_view text, MinorUnits max) {
    text = trimmed(text);
    if (!text.empty() && text.front() == '$') text = trimmed(text.substr(1));
    if (text.empty())
        return Result<MinorUnits>::failure("enter an amount, e.g. 12,500 or 12500.50");
    if (text.front() == '-') return Result<MinorUnits>::failure("the amount cannot be negative");
    const std::string example = " (use digits like 12,500 or 12500.50)";
    MinorUnits units = 0;
    int digits = 0;       // in the whole part
    int sinceComma = -1;  // digits after the last comma; -1 = no comma yet
    std::size_t i = 0;
    for (; i < text.size() && text[i] != '.'; ++i) {
        const char ch = text[i];
        if (ch == ',') {
            if (digits == 0 || (sinceComma >= 0 && sinceComma != 3) ||
                (sinceComma < 0 && digits > 3))
                return Result<MinorUnits>::failure("\"" + std::string(text) +
                                                   "\" has a misplaced comma" + example);
            sinceComma = 0;
            continue;
        }
        if (ch < '0' || ch > '9')
            return Result<MinorUnits>::failure("\"" + std::string(text) + "\" is not an amount" +
                                               example);
        if (units > max / 10) return Result<MinorUnits>::failure("the amount is too large");
        units = units * 10 + (ch - '0');
        ++digits;
        if (sinceComma >= 0) ++sinceComma;
    }
    if (sinceComma >= 0 && sinceComma != 3)
        return Result<MinorUnits>::failure("\"" + std::string(text) + "\" has a misplaced comma" +
                                           example);
    int cents = 0;
    int decimals = 0;
    if (i < text.size()) {  // text[i] == '.'
        for (++i; i < text.size(); ++i) {
            const char ch = text[i];
            if (ch < '0' || ch > '9')
                return Result<MinorUnits>::failure("\"" + std::string(text) +
                                                   "\" is not an amount" + example);
            if (++decimals > 2)
                return Result<MinorUnits>::failure("use at most two decimals (cents)");
            cents = cents * 10 + (ch - '0');
        }
        if (decimals == 1) cents *= 10;
    }
    if (digits == 0 && decimals == 0)
        return Result<MinorUnits>::failure("\"" + std::string(text) + "\" is not an amount" +
                                           example);
    if (units > (max - cents) / 100) return Result<MinorUnits>::failure("the amount is too large");
    return Result<MinorUnits>::success(units * 100 + cents);
}

std::string moneyFieldText(MinorUnits minor) {
    // formatMoney with an empty currency prints no symbol; the currency code is shown beside.
    std::string text = formatMoney(minor, "", true);
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
}

Result<TierCatalog> renameTier(const TierCatalog& catalog, std::size_t index,
                               std::string_view name) {
    if (index >= catalog.tiers.size())
        return Result<TierCatalog>::failure("that tier is not in the catalog");
    name = trimmed(name);
    if (name.empty()) return Result<TierCatalog>::failure("a tier needs a name");
    TierCatalog edited = catalog;
    edited.tiers[index].name = std::string(name);
    return Result<TierCatalog>::success(std::move(edited));
}

Result<TierCatalog> addTier(const TierCatalog& catalog) {
    TierCatalog edited = catalog;
    PricingTier tier;
    if (!catalog.tiers.empty())
        tier = catalog.tiers.back();
    else
        tier.listPricePerUserMonth = 4900;
    std::size_t n = catalog.tiers.size() + 1;
    while (idTaken(catalog, "tier-" + std::to_string(n))) ++n;
    tier.id = "tier-" + std::to_string(n);
    tier.name = "New tier";
    for (int k = 2; nameTaken(catalog, tier.name); ++k) tier.name = "New tier " + std::to_string(k);
    edited.tiers.push_back(std::move(tier));
    return Result<TierCatalog>::success(std::move(edited));
}

Result<TierCatalog> removeTier(const TierCatalog& catalog, std::size_t index) {
    if (index >= catalog.tiers.size())
        return Result<TierCatalog>::failure("that tier is not in the catalog");
    if (catalog.tiers.size() == 1)
        return Result<TierCatalog>::failure(
            "the catalog needs at least one tier, so the last one cannot be removed");
    TierCatalog edited = catalog;
    edited.tiers.erase(edited.tiers.begin() + static_cast<std::ptrdiff_t>(index));
    return Result<TierCatalog>::success(std::move(edited));
}

}  // namespace keystone
