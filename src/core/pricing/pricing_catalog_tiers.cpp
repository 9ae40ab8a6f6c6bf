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

Result<TierCatalog> renameTier(const TierCatalog& catalog, std::size_t index,
                               std::string_view name) {
    if (index >= catalog.tiers.size())
        return Result<TierCatalog>::failure("that edition is not in the catalog");
    name = trimmed(name);
    if (name.empty()) return Result<TierCatalog>::failure("an edition needs a name");
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
    tier.name = "New edition";
    for (int k = 2; nameTaken(catalog, tier.name); ++k)
        tier.name = "New edition " + std::to_string(k);
    edited.tiers.push_back(std::move(tier));
    return Result<TierCatalog>::success(std::move(edited));
}

Result<TierCatalog> removeTier(const TierCatalog& catalog, std::size_t index) {
    if (index >= catalog.tiers.size())
        return Result<TierCatalog>::failure("that edition is not in the catalog");
    if (catalog.tiers.size() == 1)
        return Result<TierCatalog>::failure(
            "the catalog needs at least one edition, so the last one cannot be removed");
    TierCatalog edited = catalog;
    edited.tiers.erase(edited.tiers.begin() + static_cast<std::ptrdiff_t>(index));
    return Result<TierCatalog>::success(std::move(edited));
}

}  // namespace keystone
