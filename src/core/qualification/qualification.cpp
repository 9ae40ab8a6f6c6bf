#include "core/qualification/qualification.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace keystone {
namespace {

template <class E>
struct Text {
    E value;
    std::string_view key;    // stable text in files
    std::string_view label;  // UI text
};

template <class E, size_t N>
const Text<E>& textFor(const std::array<Text<E>, N>& table, E value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry;
    return table[0];
}

template <class E, size_t N>
bool parseText(const std::array<Text<E>, N>& table, std::string_view key, E& out) {
    for (const auto& entry : table) {
        if (entry.key == key) {
            out = entry.value;
            return true;
        }
    }
    return false;
}

using QA = QualificationAttribute;

constexpr std::array<Text<CriterionGroup>, kCriterionGroupCount> kGroups{{
    {CriterionGroup::Firmographic, "firmographic", "Firmographic"},
    {CriterionGroup::BusinessPotential, "business-potential", "Business potential"},
    {CriterionGroup::TechnicalComplexity, "technical-complexity", "Technical complexity"},
}};
constexpr std::array<Text<QA>, 10> kAttributes{{
    {QA::Employees, "employees", "Employees"},
    {QA::AnnualRevenue, "annual-revenue", "Annual revenue"},
    {QA::Industry, "industry", "Industry"},
    {QA::HqCountry, "hq-country", "HQ country"},
    {QA::PotentialAcv, "potential-acv", "Potential first-year ACV"},
    {QA::DepartmentsOrGeographies, "departments-or-geographies", "Departments or geographies"},
    {QA::ReferenceValue, "reference-value", "Brand / reference value"},
    {QA::IntegrationsNeeded, "integrations-needed", "Integrations needed"},
    {QA::ComplianceNeeds, "compliance-needs", "Compliance needs"},
    {QA::PotentialUsers, "potential-users", "Potential users"},
}};
constexpr std::array<Text<Comparison>, 3> kComparisons{{
    {Comparison::AtLeast, "at-least", "At least"},
    {Comparison::InSet, "in-set", "One of"},
    {Comparison::Graded, "graded", "Graded"},
}};
constexpr std::array<Text<Tier>, kTierCount> kTiers{{
    {Tier::Tier1, "tier-1", "Tier 1"},
    {Tier::Tier2, "tier-2", "Tier 2"},
    {Tier::Tier3, "tier-3", "Tier 3"},
}};

enum class AttributeKind { Number, Money, Text, TextList, Level };

AttributeKind kindOf(QA attribute) {
    switch (attribute) {
        case QA::AnnualRevenue:
        case QA::PotentialAcv:
            return AttributeKind::Money;
        case QA::Industry:
        case QA::HqCountry:
            return AttributeKind::Text;
        case QA::ComplianceNeeds:
            return AttributeKind::TextList;
        case QA::ReferenceValue:
            return AttributeKind::Level;
        default:
            return AttributeKind::Number;
    }
}

// Lower-case ASCII letters and digits only, so "PCI DSS", "pci-dss" and "PCI-DSS" match.
std::string matchKey(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out.push_back(static_cast<char>(std::tolower(u)));
        else if (u >= 0x80)
            out.push_back(c);  // keep non-ASCII letters as typed
    }
    return out;
}

std::string groupDigits(std::int64_t value) {
    const bool negative = value < 0;
    std::string digits = std::to_string(value);
    if (negative) digits.erase(0, 1);
    std::string out;
    const size_t n = digits.size();
    for (size_t i = 0; i < n; ++i) {
        out.push_back(digits[i]);
        const size_t remaining = n - 1 - i;
        if (remaining > 0 && remaining % 3 == 0) out.push_back(',');
    }
    return negative ? "-" + out : out;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out;
}

std::int64_t numberValue(const Account& a, QA attribute) {
    const QualificationProfile& q = a.qualification;
    switch (attribute) {
        case QA::Employees:
            return q.employees;
        case QA::AnnualRevenue:
            return q.annualRevenue;
        case QA::PotentialAcv:
            return q.potentialAcv;
        case QA::DepartmentsOrGeographies:
            return q.departmentsOrGeographies;
        case QA::IntegrationsNeeded:
            return q.integrationsNeeded;
        case QA::PotentialUsers:
            return q.potentialUsers;
        default:
            return 0;
    }
}

// The values an InSet comparison looks at: one for text, each entry for lists, the key
// of the level for levels.
std::vector<std::string> textValues(const Account& a, QA attribute) {
    switch (attribute) {
        case QA::Industry:
            return {a.industry};
        case QA::HqCountry:
            return {a.qualification.hqCountry};
        case QA::ComplianceNeeds:
            return a.qualification.complianceNeeds;
        case QA::ReferenceValue:
            return {std::string(referenceValueKey(a.qualification.referenceValue))};
        default:
            return {};
    }
}

struct Evaluation {
    int creditPct = 0;
    std::string detail;
};

Evaluation evaluate(const Criterion& c, const Account& account) {
    Evaluation e;
    const std::string name(qualificationAttributeLabel(c.attribute));
    const AttributeKind kind = kindOf(c.attribute);
    if (c.comparison == Comparison::AtLeast) {
        const std::int64_t value = numberValue(account, c.attribute);
        const bool money = kind == AttributeKind::Money;
        const auto show = [&](std::int64_t v) {
            return money ? formatMoney(v, account.currency) : groupDigits(v);
        };
        e.creditPct = value >= c.threshold ? 100 : 0;
        e.detail = name + " " + show(value) + (e.creditPct ? "; meets " : "; needs ") +
                   show(c.threshold) + " or more";
    } else if (c.comparison == Comparison::InSet) {
        std::vector<std::string> matched;
        const std::vector<std::string> have = textValues(account, c.attribute);
        for (const std::string& v : have) {
            const std::string key = matchKey(v);
            if (key.empty()) continue;
            for (const std::string& accepted : c.values) {
                if (matchKey(accepted) == key) {
                    matched.push_back(v);
                    break;
                }
            }
        }
        e.creditPct = matched.empty() ? 0 : 100;
        std::vector<std::string> shown;
        for (const std::string& v : have)
            if (!matchKey(v).empty()) shown.push_back(v);
        if (shown.empty())
            e.detail = name + " not set; needs one of " + joinList(c.values);
        else if (matched.empty())
            e.detail = name + " " + joinList(shown) + "; not one of " + joinList(c.values);
        else
            e.detail = name + " " + joinList(shown) + "; matches " + joinList(matched);
    } else {
        const auto level = static_cast<size_t>(account.qualification.referenceValue);
        e.creditPct = level < c.levelCreditPct.size() ? c.levelCreditPct[level] : 0;
        e.creditPct = std::clamp(e.creditPct, 0, 100);
        e.detail = name + " " +
                   std::string(referenceValueKey(account.qualification.referenceValue)) + "; " +
                   std::to_string(e.creditPct) + "% credit";
    }
    return e;
}

Criterion makeAtLeast(std::string id, std::string label, CriterionGroup g, QA attr,
                      std::int64_t threshold, int weight) {
    Criterion c;
    c.id = std::move(id);
    c.label = std::move(label);
    c.group = g;
    c.attribute = attr;
    c.comparison = Comparison::AtLeast;
    c.threshold = threshold;
    c.weight = weight;
    return c;
}

Criterion makeInSet(std::string id, std::string label, CriterionGroup g, QA attr,
                    std::vector<std::string> values, int weight) {
    Criterion c = makeAtLeast(std::move(id), std::move(label), g, attr, 0, weight);
    c.comparison = Comparison::InSet;
    c.values = std::move(values);
    return c;
}

}  // namespace

QualificationFramework defaultQualificationFramework() {
    using G = CriterionGroup;
    constexpr std::int64_t kDollar = 100;  // minor units per dollar
    QualificationFramework f;
    f.criteria = {
        makeAtLeast("employees", "Employees 1,000+", G::Firmographic, QA::Employees, 1000, 30),
        makeAtLeast("annual-revenue", "Annual revenue $500M+", G::Firmographic, QA::AnnualRevenue,
                    500'000'000 * kDollar, 20),
        makeInSet("industry", "Industry: Finance, Healthcare or Technology", G::Firmographic,
                  QA::Industry, {"Finance", "Healthcare", "Technology"}, 10),
        makeInSet("hq-tier1-market", "HQ in a tier-1 market", G::Firmographic, QA::HqCountry,
                  {"US", "GB", "DE", "FR", "JP", "CA", "AU", "NL", "CH", "SG"}, 5),
        makeAtLeast("potential-acv", "Potential first-year ACV $100K+", G::BusinessPotential,
                    QA::PotentialAcv, 100'000 * kDollar, 25),
        makeAtLeast("multi-department", "Multiple departments or geographies (2+)",
                    G::BusinessPotential, QA::DepartmentsOrGeographies, 2, 15),
        makeAtLeast("reference-value", "Brand / reference value", G::BusinessPotential,
                    QA::ReferenceValue, 0, 10),
        makeAtLeast("integrations", "3+ integrations", G::TechnicalComplexity,
                    QA::IntegrationsNeeded, 3, 10),
        makeInSet("regulated-compliance", "Regulated compliance needs", G::TechnicalComplexity,
                  QA::ComplianceNeeds,
                  {"SOC2", "HIPAA", "PCI-DSS", "FedRAMP", "GDPR", "ISO27001", "SOX"}, 10),
        makeAtLeast("potential-users", "500+ potential users", G::TechnicalComplexity,
                    QA::PotentialUsers, 500, 10),
    };
    Criterion& reference = f.criteria[6];
    reference.comparison = Comparison::Graded;
    reference.levelCreditPct = {0, 50, 100};
    return f;
}

bool comparisonAllowed(QualificationAttribute attribute, Comparison comparison) {
    switch (kindOf(attribute)) {
        case AttributeKind::Number:
        case AttributeKind::Money:
            return comparison == Comparison::AtLeast;
        case AttributeKind::Text:
        case AttributeKind::TextList:
            return comparison == Comparison::InSet;
        case AttributeKind::Level:
            return comparison == Comparison::InSet || comparison == Comparison::Graded;
    }
    return false;
}

Result<QualificationFramework> validateFramework(QualificationFramework framework) {
    using R = Result<QualificationFramework>;
    std::set<std::string> ids;
    std::int64_t totalWeight = 0;
    for (size_t i = 0; i < framework.criteria.size(); ++i) {
        const Criterion& c = framework.criteria[i];
        const std::string at = "/criteria/" + std::to_string(i);
        const std::string name = c.label.empty() ? c.id : c.label;
        if (c.id.empty()) return R::failure("every criterion needs an id", at + "/id");
        if (!ids.insert(c.id).second)
            return R::failure("two criteria share the id \"" + c.id + "\"", at + "/id");
        if (c.weight < 0)
            return R::failure("the weight of \"" + name + "\" cannot be negative", at + "/weight");
        if (c.weight > kMaxCriterionWeight)
            return R::failure("the weight of \"" + name + "\" cannot be more than " +
                                  std::to_string(kMaxCriterionWeight),
                              at + "/weight");
        if (!comparisonAllowed(c.attribute, c.comparison))
            return R::failure("\"" + name + "\" cannot compare " +
                                  std::string(qualificationAttributeLabel(c.attribute)) +
                                  " with \"" + std::string(comparisonKey(c.comparison)) + "\"",
                              at + "/comparison");
        if (c.comparison == Comparison::AtLeast && c.threshold < 0)
            return R::failure("the threshold of \"" + name + "\" cannot be negative",
                              at + "/threshold");
        if (c.comparison == Comparison::InSet) {
            bool any = false;
            for (const std::string& v : c.values) any = any || !matchKey(v).empty();
            if (!any)
                return R::failure("\"" + name + "\" needs at least one accepted value",
                                  at + "/values");
        }
        if (c.comparison == Comparison::Graded) {
            for (size_t g = 0; g < c.levelCreditPct.size(); ++g)
                if (c.levelCreditPct[g] < 0 || c.levelCreditPct[g] > 100)
                    return R::failure("the credits of \"" + name + "\" must be between 0 and 100%",
                                      at + "/levelCredits/" + std::to_string(g));
        }
        if (c.enabled) totalWeight += c.weight;
    }
    if (totalWeight <= 0)
        return R::failure("the enabled criteria need a total weight above zero", "/criteria");
    const TierBands& b = framework.bands;
    if (b.tier1Min < 0 || b.tier1Min > 100)
        return R::failure("the Tier 1 band must start between 0 and 100", "/tierBands/tier1Min");
    if (b.tier2Min < 0 || b.tier2Min > 100)
        return R::failure("the Tier 2 band must start between 0 and 100", "/tierBands/tier2Min");
    if (b.tier2Min >= b.tier1Min)
        return R::failure("the Tier 2 band must start below the Tier 1 band",
                          "/tierBands/tier2Min");
    if (framework.enterpriseMin < 0 || framework.enterpriseMin > 100)
        return R::failure("the Enterprise score must be between 0 and 100", "/enterpriseMin");
    return R::success(std::move(framework));
}

Tier tierForScore(int score, const TierBands& bands) {
    if (score >= bands.tier1Min) return Tier::Tier1;
    if (score >= bands.tier2Min) return Tier::Tier2;
    return Tier::Tier3;
}

QualificationResult scoreQualification(const Account& account,
                                       const QualificationFramework& framework) {
    QualificationResult r;
    std::vector<std::int64_t> earned;   // weight * creditPct, for exact ordering
    std::vector<std::int64_t> missing;  // weight * (100 - creditPct)
    for (const Criterion& c : framework.criteria) {
        if (!c.enabled) continue;
        const int weight = std::clamp(c.weight, 0, kMaxCriterionWeight);
        const Evaluation e = evaluate(c, account);
        CriterionResult cr;
        cr.id = c.id;
        cr.label = c.label.empty() ? c.id : c.label;
        cr.group = c.group;
        cr.creditPct = e.creditPct;
        cr.credit = e.creditPct / 100.0;
        cr.pointsPossible = weight;
        cr.pointsEarned = weight * e.creditPct / 100.0;
        cr.detail = e.detail;
        earned.push_back(static_cast<std::int64_t>(weight) * e.creditPct);
        missing.push_back(static_cast<std::int64_t>(weight) * (100 - e.creditPct));
        r.scoreNumerator += earned.back();
        r.scoreDenominator += weight;
        GroupSubtotal& g = r.groups[static_cast<size_t>(c.group) % r.groups.size()];
        g.pointsEarned += cr.pointsEarned;
        g.pointsPossible += weight;
        r.criteria.push_back(std::move(cr));
    }
    if (r.scoreDenominator > 0) {
        const double den = static_cast<double>(r.scoreDenominator);
        r.scoreExact = static_cast<double>(r.scoreNumerator) / den;
        r.score = static_cast<int>(roundHalfUp(r.scoreNumerator, r.scoreDenominator));
        for (size_t i = 0; i < r.criteria.size(); ++i) {
            r.criteria[i].contribution = static_cast<double>(earned[i]) / den;
            r.criteria[i].potentialGain = static_cast<double>(missing[i]) / den;
        }
    }
    r.tier = tierForScore(r.score, framework.bands);
    r.enterprise = r.score >= framework.enterpriseMin;

    for (size_t i = 0; i < r.criteria.size(); ++i) {
        if (earned[i] > 0) r.drivers.push_back(static_cast<int>(i));
        if (r.criteria[i].creditPct < 100 && missing[i] > 0)
            r.improvements.push_back(static_cast<int>(i));
    }
    std::stable_sort(r.drivers.begin(), r.drivers.end(),
                     [&](int a, int b) { return earned[size_t(a)] > earned[size_t(b)]; });
    std::stable_sort(r.improvements.begin(), r.improvements.end(),
                     [&](int a, int b) { return missing[size_t(a)] > missing[size_t(b)]; });
    return r;
}

std::string_view criterionGroupKey(CriterionGroup v) { return textFor(kGroups, v).key; }
std::string_view criterionGroupLabel(CriterionGroup v) { return textFor(kGroups, v).label; }
std::string_view qualificationAttributeKey(QA v) { return textFor(kAttributes, v).key; }
std::string_view qualificationAttributeLabel(QA v) { return textFor(kAttributes, v).label; }
std::string_view comparisonKey(Comparison v) { return textFor(kComparisons, v).key; }
std::string_view tierKey(Tier v) { return textFor(kTiers, v).key; }
std::string_view tierLabel(Tier v) { return textFor(kTiers, v).label; }
bool parseKey(std::string_view key, CriterionGroup& out) { return parseText(kGroups, key, out); }
bool parseKey(std::string_view key, QA& out) { return parseText(kAttributes, key, out); }
bool parseKey(std::string_view key, Comparison& out) { return parseText(kComparisons, key, out); }
bool parseKey(std::string_view key, Tier& out) { return parseText(kTiers, key, out); }

}  // namespace keystone
