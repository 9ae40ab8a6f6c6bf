// The default tier catalog, catalog validation, enum text names and the catalog's JSON form.
#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/pricing/pricing.h"

namespace keystone {
namespace {

using nlohmann::json;

constexpr BillingCommitment kBillings[] = {BillingCommitment::Monthly, BillingCommitment::Annual,
                                           BillingCommitment::MultiYear};
constexpr DiscountKind kDiscountKinds[] = {DiscountKind::Volume, DiscountKind::Graduated};
constexpr ServicesOffer kServicesOffers[] = {
    ServicesOffer::SelfService, ServicesOffer::OptionalPackage, ServicesOffer::Included};
constexpr IntegrationsOffer kIntegrationsOffers[] = {
    IntegrationsOffer::ApiOnly, IntegrationsOffer::PaidPackage, IntegrationsOffer::Included};
constexpr CsmOffer kCsmOffers[] = {CsmOffer::None, CsmOffer::AddOn, CsmOffer::Included};
constexpr TrainingOffer kTrainingOffers[] = {
    TrainingOffer::Documentation, TrainingOffer::GroupWebinars, TrainingOffer::CustomOnsite};

// Names in enum order; an out-of-range value (never produced by this code) gets the first.
template <class E, std::size_t N>
std::string_view nameOf(E value, const std::string_view (&names)[N]) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : names[0];
}

std::string tierPath(std::size_t tier, const char* rest) {
    return "/tiers/" + std::to_string(tier) + "/" + rest;
}

std::optional<Error> checkDiscount(BasisPoints bp, std::string path) {
    if (bp < 0 || bp > kFullDiscountBp)
        return Error{"a discount must be between 0% and 100% (0 to 10000 bp)", std::move(path)};
    return std::nullopt;
}

std::optional<Error> checkPackagePrice(MinorUnits price, std::string path) {
    if (price < 0) return Error{"a price cannot be negative", std::move(path)};
    if (price > kMaxPackagePrice) return Error{"the price is too large", std::move(path)};
    return std::nullopt;
}

std::optional<Error> validateTier(const TierCatalog& catalog, std::size_t i) {
    const PricingTier& t = catalog.tiers[i];
    if (t.id.empty()) return Error{"every edition needs an id", tierPath(i, "id")};
    for (std::size_t j = 0; j < i; ++j)
        if (catalog.tiers[j].id == t.id)
            return Error{"the edition id \"" + t.id + "\" is used twice", tierPath(i, "id")};
    if (t.name.empty()) return Error{"every edition needs a name", tierPath(i, "name")};
    if (t.listPricePerUserMonth < 0)
        return Error{"the list price cannot be negative", tierPath(i, "listPricePerUserMonth")};
    if (t.listPricePerUserMonth > kMaxListPricePerUserMonth)
        return Error{"the list price is too large (over 1,000,000.00 per user per month)",
                     tierPath(i, "listPricePerUserMonth")};
    const Commitment& c = t.commitment;
    if (c.minTermYears < 1 || c.minTermYears > kMaxContractYears)
        return Error{"the minimum term must be between 1 and 10 years",
                     tierPath(i, "commitment/minTermYears")};
    if (c.maxTermYears != 0 &&
        (c.maxTermYears < c.minTermYears || c.maxTermYears > kMaxContractYears))
        return Error{
            "the maximum term must be 0 (no limit) or between the minimum term and 10 years",
            tierPath(i, "commitment/maxTermYears")};
    if (t.minUsers < 0 || t.minUsers > kMaxSeats)
        return Error{"the user minimum must be between 0 and 10,000,000", tierPath(i, "minUsers")};
    const std::vector<DiscountBracket>& brackets = t.discounts.brackets;
    for (std::size_t b = 0; b < brackets.size(); ++b) {
        const std::string path = tierPath(i, "discounts/brackets/") + std::to_string(b);
        if (brackets[b].fromSeats < 1 || brackets[b].fromSeats > kMaxSeats)
            return Error{"a bracket must start between 1 and 10,000,000 seats",
                         path + "/fromSeats"};
        if (b > 0 && brackets[b].fromSeats <= brackets[b - 1].fromSeats)
            return Error{"brackets must be in increasing order of seats, each start once: " +
                             std::to_string(brackets[b].fromSeats) + " comes after " +
                             std::to_string(brackets[b - 1].fromSeats),
                         path + "/fromSeats"};
        if (auto problem = checkDiscount(brackets[b].discountBp, path + "/discountBp"))
            return problem;
    }
    if (auto problem = checkPackagePrice(t.professionalServices.price,
                                         tierPath(i, "professionalServices/price")))
        return problem;
    if (t.support.responseHours < 0 || t.support.responseHours > kMaxSupportResponseHours)
        return Error{"the support response time must be between 0 and 8760 hours",
                     tierPath(i, "support/responseHours")};
    if (auto problem = checkPackagePrice(t.integrations.price, tierPath(i, "integrations/price")))
        return problem;
    return checkPackagePrice(t.csm.annualPrice, tierPath(i, "csm/annualPrice"));
}

// Collects the first problem while reading; later reads become no-ops so callers can chain.
class CatalogReader {
public:
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    bool fail(std::string message, std::string path) {
        if (!m_error) m_error = Error{std::move(message), std::move(path)};
        return false;
    }

    const json* member(const json& object, const char* key, const std::string& path,
                       bool required = true) {
        if (failed()) return nullptr;
        const auto it = object.find(key);
        if (it != object.end()) return &*it;
        if (required) fail(std::string("missing \"") + key + "\"", path + "/" + key);
        return nullptr;
    }

    const json* object(const json& parent, const char* key, const std::string& path) {
        const json* value = member(parent, key, path);
        if (value && !value->is_object())
            return fail("expected an object", path + "/" + key), nullptr;
        return value;
    }

    const json* array(const json& parent, const char* key, const std::string& path,
                      bool required = true) {
        const json* value = member(parent, key, path, required);
        if (value && !value->is_array()) return fail("expected a list", path + "/" + key), nullptr;
        return value;
    }

    template <class T>
    bool integer(const json& parent, const char* key, const std::string& path, T& out,
                 bool required = true) {
        const json* value = member(parent, key, path, required);
        if (!value) return !failed();
        if (!value->is_number_integer()) return fail("expected a whole number", path + "/" + key);
        if (value->is_number_unsigned()
                ? value->get<std::uint64_t>() >
                      static_cast<std::uint64_t>(std::numeric_limits<T>::max())
                : value->get<std::int64_t>() < std::numeric_limits<T>::min() ||
                      value->get<std::int64_t>() > std::numeric_limits<T>::max())
            return fail("the number is out of range", path + "/" + key);
        out = static_cast<T>(value->is_number_unsigned()
                                 ? static_cast<std::int64_t>(value->get<std::uint64_t>())
                                 : value->get<std::int64_t>());
        return true;
    }

    bool text(const json& value, const std::string& path, std::string& out) {
        if (!value.is_string()) return fail("expected text", path);
        out = value.get_ref<const std::string&>();
        return true;
    }

    bool text(const json& parent, const char* key, const std::string& path, std::string& out) {
        const json* value = member(parent, key, path);
        return value && text(*value, path + "/" + key, out);
    }

    bool boolean(const json& parent, const char* key, const std::string& path, bool& out) {
        const json* value = member(parent, key, path, false);
        if (!value) return !failed();
        if (!value->is_boolean()) return fail("expected true or false", path + "/" + key);
        out = value->get<bool>();
        return true;
    }

    template <class E, std::size_t N>
    bool choice(const json& parent, const char* key, const std::string& path, const E (&values)[N],
                std::string_view (*keyOf)(E), E& out) {
        std::string word;
        if (!text(parent, key, path, word)) return false;
        std::string expected;
        for (std::size_t i = 0; i < N; ++i) {
            if (keyOf(values[i]) == word) return out = values[i], true;
            expected += std::string(i == 0       ? ""
                                    : i + 1 == N ? " or "
                                                 : ", ") +
                        std::string(keyOf(values[i]));
        }
        return fail("unknown value \"" + word + "\"; expected " + expected, path + "/" + key);
    }

private:
    std::optional<Error> m_error;
};

// A package's price is required only for its paid offer; elsewhere it may be left out.
template <class E, std::size_t N>
bool readPackage(CatalogReader& r, const json& tier, const char* key, const std::string& path,
                 const E (&offers)[N], std::string_view (*keyOf)(E), E paidOffer,
                 const char* priceKey, E& offer, MinorUnits& price) {
    const json* package = r.object(tier, key, path);
    const std::string here = path + "/" + key;
    return package && r.choice(*package, "offer", here, offers, keyOf, offer) &&
           r.integer(*package, priceKey, here, price, offer == paidOffer);
}

bool readTier(CatalogReader& r, const json& j, const std::string& path, PricingTier& t) {
    if (!j.is_object()) return r.fail("expected an object", path);
    if (!r.text(j, "id", path, t.id) || !r.text(j, "name", path, t.name) ||
        !r.integer(j, "listPricePerUserMonth", path, t.listPricePerUserMonth) ||
        !r.boolean(j, "negotiatedPrice", path, t.negotiatedPrice))
        return false;
    const json* commitment = r.object(j, "commitment", path);
    const std::string commitmentPath = path + "/commitment";
    if (!commitment ||
        !r.choice(*commitment, "billing", commitmentPath, kBillings, billingCommitmentKey,
                  t.commitment.billing) ||
        !r.integer(*commitment, "minTermYears", commitmentPath, t.commitment.minTermYears) ||
        !r.integer(*commitment, "maxTermYears", commitmentPath, t.commitment.maxTermYears) ||
        !r.integer(j, "minUsers", path, t.minUsers))
        return false;
    const json* discounts = r.object(j, "discounts", path);
    const std::string discountsPath = path + "/discounts";
    if (!discounts || !r.choice(*discounts, "kind", discountsPath, kDiscountKinds, discountKindKey,
                                t.discounts.kind))
        return false;
    const json* brackets = r.array(*discounts, "brackets", discountsPath);
    if (!brackets) return false;
    for (std::size_t b = 0; b < brackets->size(); ++b) {
        const json& item = (*brackets)[b];
        const std::string here = discountsPath + "/brackets/" + std::to_string(b);
        DiscountBracket bracket;
        if (!item.is_object()) return r.fail("expected an object", here);
        if (!r.integer(item, "fromSeats", here, bracket.fromSeats) ||
            !r.integer(item, "discountBp", here, bracket.discountBp))
            return false;
        t.discounts.brackets.push_back(bracket);
    }
    if (!readPackage(r, j, "professionalServices", path, kServicesOffers, servicesOfferKey,
                     ServicesOffer::OptionalPackage, "price", t.professionalServices.offer,
                     t.professionalServices.price))
        return false;
    const json* support = r.object(j, "support", path);
    if (!support || !r.text(*support, "channel", path + "/support", t.support.channel) ||
        !r.integer(*support, "responseHours", path + "/support", t.support.responseHours))
        return false;
    if (!readPackage(r, j, "integrations", path, kIntegrationsOffers, integrationsOfferKey,
                     IntegrationsOffer::PaidPackage, "price", t.integrations.offer,
                     t.integrations.price) ||
        !readPackage(r, j, "csm", path, kCsmOffers, csmOfferKey, CsmOffer::AddOn, "annualPrice",
                     t.csm.offer, t.csm.annualPrice) ||
        !r.choice(j, "training", path, kTrainingOffers, trainingOfferKey, t.training))
        return false;
    const json* features = r.array(j, "features", path, false);
    if (r.failed()) return false;
    if (features) {
        for (std::size_t f = 0; f < features->size(); ++f) {
            std::string feature;
            if (!r.text((*features)[f], path + "/features/" + std::to_string(f), feature))
                return false;
            t.features.push_back(std::move(feature));
        }
    }
    return true;
}

}  // namespace

TierCatalog defaultTierCatalog() {
    TierCatalog catalog;
    catalog.currency = "USD";
    catalog.termDiscounts = {{2, 500}, {3, 1000}};

    PricingTier smb;
    smb.id = "smb";
    smb.name = "SMB";
    smb.listPricePerUserMonth = 4900;
    smb.commitment = {BillingCommitment::Monthly, 1, 0};
    smb.minUsers = 5;
    smb.support = {"Email", 24};
    smb.features = {"Account plans and stakeholder maps", "Standard reports"};

    PricingTier mid;
    mid.id = "mid-market";
    mid.name = "Mid-Market";
    mid.listPricePerUserMonth = 8900;
    mid.commitment = {BillingCommitment::Annual, 1, 0};
    mid.minUsers = 25;
    mid.discounts = {DiscountKind::Volume, {{100, 1000}, {250, 1500}}};
    mid.professionalServices = {ServicesOffer::OptionalPackage, 1'500'000};
    mid.support = {"Priority email and chat", 4};
    mid.integrations = {IntegrationsOffer::PaidPackage, 2'500'000};
    mid.csm = {CsmOffer::AddOn, 2'000'000};
    mid.training = TrainingOffer::GroupWebinars;
    mid.features = {"Account plans and stakeholder maps", "Standard reports",
                    "Single sign-on (SAML)", "Territory planning"};

    PricingTier enterprise;
    enterprise.id = "enterprise";
    enterprise.name = "Enterprise";
    enterprise.listPricePerUserMonth = 12000;
    enterprise.negotiatedPrice = true;
    enterprise.commitment = {BillingCommitment::MultiYear, 2, 3};
    enterprise.minUsers = 100;
    enterprise.discounts = {DiscountKind::Volume, {{500, 2000}, {1000, 3000}, {2500, 4000}}};
    enterprise.professionalServices = {ServicesOffer::Included, 0};
    enterprise.support = {"24/7 phone", 1};
    enterprise.integrations = {IntegrationsOffer::Included, 0};
    enterprise.csm = {CsmOffer::Included, 0};
    enterprise.training = TrainingOffer::CustomOnsite;
    enterprise.features = {"Account plans and stakeholder maps",
                           "Standard reports",
                           "Single sign-on (SAML)",
                           "Territory planning",
                           "SCIM provisioning",
                           "Audit log"};

    catalog.tiers = {std::move(smb), std::move(mid), std::move(enterprise)};
    return catalog;
}

std::optional<Error> validateCatalog(const TierCatalog& catalog) {
    const std::string& currency = catalog.currency;
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(),
                                             [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        return Error{"the currency must be a three-letter ISO-4217 code such as USD", "/currency"};
    for (std::size_t i = 0; i < catalog.termDiscounts.size(); ++i) {
        const std::string path = "/termDiscounts/" + std::to_string(i);
        const TermDiscount& entry = catalog.termDiscounts[i];
        if (entry.years < 1 || entry.years > kMaxContractYears)
            return Error{"a term discount's contract length must be between 1 and 10 years",
                         path + "/years"};
        if (i > 0 && entry.years <= catalog.termDiscounts[i - 1].years)
            return Error{"term discounts must be in increasing order of years, each length once",
                         path + "/years"};
        if (auto problem = checkDiscount(entry.discountBp, path + "/discountBp")) return problem;
    }
    const DiscountGuardrails& g = catalog.guardrails;
    if (auto problem =
            checkDiscount(g.managerApprovalAboveBp, "/guardrails/managerApprovalAboveBp"))
        return problem;
    if (auto problem = checkDiscount(g.vpApprovalAboveBp, "/guardrails/vpApprovalAboveBp"))
        return problem;
    if (g.vpApprovalAboveBp < g.managerApprovalAboveBp)
        return Error{"the VP approval threshold cannot be below the manager approval threshold",
                     "/guardrails/vpApprovalAboveBp"};
    for (std::size_t i = 0; i < catalog.tiers.size(); ++i)
        if (auto problem = validateTier(catalog, i)) return problem;
    return std::nullopt;
}

std::string_view billingCommitmentKey(BillingCommitment v) {
    return nameOf(v, {"monthly", "annual", "multiYear"});
}
std::string_view billingCommitmentLabel(BillingCommitment v) {
    return nameOf(v, {"Monthly", "Annual", "Multi-year"});
}
std::string_view discountKindKey(DiscountKind v) { return nameOf(v, {"volume", "graduated"}); }
std::string_view discountKindLabel(DiscountKind v) { return nameOf(v, {"Volume", "Graduated"}); }
std::string_view servicesOfferKey(ServicesOffer v) {
    return nameOf(v, {"selfService", "optionalPackage", "included"});
}
std::string_view integrationsOfferKey(IntegrationsOffer v) {
    return nameOf(v, {"apiOnly", "paidPackage", "included"});
}
std::string_view csmOfferKey(CsmOffer v) { return nameOf(v, {"none", "addOn", "included"}); }
std::string_view trainingOfferKey(TrainingOffer v) {
    return nameOf(v, {"documentation", "groupWebinars", "customOnsite"});
}
std::string_view trainingOfferLabel(TrainingOffer v) {
    return nameOf(v, {"Documentation", "Group webinars", "Custom onsite or virtual training"});
}
std::string_view approvalLevelLabel(ApprovalLevel v) {
    return nameOf(v, {"No approval needed", "Manager approval needed", "VP approval needed"});
}

json catalogToJson(const TierCatalog& catalog) {
    json terms = json::array();
    for (const TermDiscount& t : catalog.termDiscounts)
        terms.push_back({{"years", t.years}, {"discountBp", t.discountBp}});
    json tiers = json::array();
    for (const PricingTier& t : catalog.tiers) {
        json brackets = json::array();
        for (const DiscountBracket& b : t.discounts.brackets)
            brackets.push_back({{"fromSeats", b.fromSeats}, {"discountBp", b.discountBp}});
        tiers.push_back({
            {"id", t.id},
            {"name", t.name},
            {"listPricePerUserMonth", t.listPricePerUserMonth},
            {"negotiatedPrice", t.negotiatedPrice},
            {"commitment",
             {{"billing", billingCommitmentKey(t.commitment.billing)},
              {"minTermYears", t.commitment.minTermYears},
              {"maxTermYears", t.commitment.maxTermYears}}},
            {"minUsers", t.minUsers},
            {"discounts", {{"kind", discountKindKey(t.discounts.kind)}, {"brackets", brackets}}},
            {"professionalServices",
             {{"offer", servicesOfferKey(t.professionalServices.offer)},
              {"price", t.professionalServices.price}}},
            {"support",
             {{"channel", t.support.channel}, {"responseHours", t.support.responseHours}}},
            {"integrations",
             {{"offer", integrationsOfferKey(t.integrations.offer)},
              {"price", t.integrations.price}}},
            {"csm", {{"offer", csmOfferKey(t.csm.offer)}, {"annualPrice", t.csm.annualPrice}}},
            {"training", trainingOfferKey(t.training)},
            {"features", t.features},
        });
    }
    return {{"currency", catalog.currency},
            {"termDiscounts", terms},
            {"guardrails",
             {{"managerApprovalAboveBp", catalog.guardrails.managerApprovalAboveBp},
              {"vpApprovalAboveBp", catalog.guardrails.vpApprovalAboveBp}}},
            {"tiers", tiers}};
}

Result<TierCatalog> catalogFromJson(const json& j) {
    if (!j.is_object())
        return Result<TierCatalog>::failure("an edition catalog must be a JSON object", "");
    CatalogReader r;
    TierCatalog catalog;
    r.text(j, "currency", "", catalog.currency);
    if (const json* terms = r.array(j, "termDiscounts", "")) {
        for (std::size_t i = 0; i < terms->size() && !r.failed(); ++i) {
            const std::string here = "/termDiscounts/" + std::to_string(i);
            TermDiscount entry;
            if (!(*terms)[i].is_object())
                r.fail("expected an object", here);
            else if (r.integer((*terms)[i], "years", here, entry.years) &&
                     r.integer((*terms)[i], "discountBp", here, entry.discountBp))
                catalog.termDiscounts.push_back(entry);
        }
    }
    if (const json* g = r.object(j, "guardrails", "")) {
        r.integer(*g, "managerApprovalAboveBp", "/guardrails",
                  catalog.guardrails.managerApprovalAboveBp);
        r.integer(*g, "vpApprovalAboveBp", "/guardrails", catalog.guardrails.vpApprovalAboveBp);
    }
    if (const json* tiers = r.array(j, "tiers", "")) {
        catalog.tiers.reserve(tiers->size());
        for (std::size_t i = 0; i < tiers->size() && !r.failed(); ++i) {
            PricingTier tier;
            if (readTier(r, (*tiers)[i], "/tiers/" + std::to_string(i), tier))
                catalog.tiers.push_back(std::move(tier));
        }
    }
    if (r.failed()) return Result<TierCatalog>::failure(r.error());
    if (auto problem = validateCatalog(catalog)) return Result<TierCatalog>::failure(*problem);
    return Result<TierCatalog>::success(std::move(catalog));
}

}  // namespace keystone
