#include <doctest/doctest.h>

#include "core/pricing/pricing_catalog_tiers.h"

using namespace keystone;

TEST_CASE("Renaming a tier changes only its name and refuses a blank one") {
    const TierCatalog catalog = defaultTierCatalog();
    auto renamed = renameTier(catalog, 1, "  Growth ");
    REQUIRE(renamed);
    CHECK(renamed.value().tiers[1].name == "Growth");
    CHECK(renamed.value().tiers[1].id == "mid-market");
    CHECK_FALSE(renameTier(catalog, 1, "   "));
    CHECK_FALSE(renameTier(catalog, 7, "Growth"));
}

TEST_CASE("Adding a tier appends a copy of the last tier with a new id and name") {
    const TierCatalog catalog = defaultTierCatalog();
    auto added = addTier(catalog);
    REQUIRE(added);
    const TierCatalog& c = added.value();
    REQUIRE(c.tiers.size() == 4);
    CHECK(c.tiers[3].id == "tier-4");
    CHECK(c.tiers[3].name == "New edition");
    CHECK(c.tiers[3].listPricePerUserMonth == catalog.tiers[2].listPricePerUserMonth);
    CHECK_FALSE(validateCatalog(c));
    auto again = addTier(c);
    REQUIRE(again);
    CHECK(again.value().tiers[4].id == "tier-5");
    CHECK(again.value().tiers[4].name == "New edition 2");
    CHECK_FALSE(validateCatalog(again.value()));
}

TEST_CASE("Adding a tier skips ids already in use") {
    TierCatalog catalog = defaultTierCatalog();
    catalog.tiers[0].id = "tier-4";
    auto added = addTier(catalog);
    REQUIRE(added);
    CHECK(added.value().tiers.back().id == "tier-5");
}

TEST_CASE("Removing a tier drops it but the last remaining tier cannot be removed") {
    const TierCatalog catalog = defaultTierCatalog();
    auto removed = removeTier(catalog, 0);
    REQUIRE(removed);
    REQUIRE(removed.value().tiers.size() == 2);
    CHECK(removed.value().tiers[0].id == "mid-market");
    TierCatalog single = catalog;
    single.tiers.resize(1);
    auto refused = removeTier(single, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("at least one edition") != std::string::npos);
}
