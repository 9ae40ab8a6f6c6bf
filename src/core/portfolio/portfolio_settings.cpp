#include "core/portfolio/portfolio_settings.h"

#include <array>
#include <exception>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/qualification/qualification_json.h"

namespace keystone {
namespace {

struct HealthMember {
    const char* name;
    int HealthConfig::*field;
};

constexpr std::array<HealthMember, 20> kHealthMembers = {{
    {"adoptionWeight", &HealthConfig::adoptionWeight},
    {"satisfactionWeight", &HealthConfig::satisfactionWeight},
    {"executiveEngagementWeight", &HealthConfig::executiveEngagementWeight},
    {"escalationsWeight", &HealthConfig::escalationsWeight},
    {"renewalLikelihoodWeight", &HealthConfig::renewalLikelihoodWeight},
    {"coverageWeight", &HealthConfig::coverageWeight},
    {"executiveContactFreshDays", &HealthConfig::executiveContactFreshDays},
    {"executiveContactStaleDays", &HealthConfig::executiveContactStaleDays},
    {"escalationCost", &HealthConfig::escalationCost},
    {"adoptionHealthyPct", &HealthConfig::adoptionHealthyPct},
    {"npsHealthy", &HealthConfig::npsHealthy},
    {"csatHealthyPct", &HealthConfig::csatHealthyPct},
    {"renewalHealthyPct", &HealthConfig::renewalHealthyPct},
    {"coverageHealthyPct", &HealthConfig::coverageHealthyPct},
    {"decliningUsagePenalty", &HealthConfig::decliningUsagePenalty},
    {"executiveTurnoverPenalty", &HealthConfig::executiveTurnoverPenalty},
    {"competitiveEvaluationPenalty", &HealthConfig::competitiveEvaluationPenalty},
    {"unansweredCommunicationsPenalty", &HealthConfig::unansweredCommunicationsPenalty},
    {"greenMin", &HealthConfig::greenMin},
    {"amberMin", &HealthConfig::amberMin},
}};

}  // namespace

nlohmann::json healthConfigToJson(const HealthConfig& config) {
    nlohmann::json out = nlohmann::json::object();
    for (const HealthMember& m : kHealthMembers) out[m.name] = config.*(m.field);
    return out;
}

Result<HealthConfig> healthConfigFromJson(const nlohmann::json& json) {
    if (!json.is_object())
        return Result<HealthConfig>::failure("Health settings must be an object.", "");
    HealthConfig config;
    for (const HealthMember& m : kHealthMembers) {
        const auto it = json.find(m.name);
        if (it == json.end()) continue;  // a member added later keeps its default
        if (!it->is_number_integer())
            return Result<HealthConfig>::failure(std::string(m.name) + " must be a whole number.",
                                                 std::string("/") + m.name);
        const auto value = it->get<long long>();
        if (value < -100000 || value > 100000)
            return Result<HealthConfig>::failure(std::string(m.name) + " is out of range.",
                                                 std::string("/") + m.name);
        config.*(m.field) = static_cast<int>(value);
    }
    return validateHealthConfig(config);
}

PortfolioSettings settingsOf(const Portfolio& portfolio, std::string theme, std::string layout) {
    PortfolioSettings settings;
    settings.qualification = portfolio.qualification;
    settings.health = portfolio.health;
    settings.catalog = portfolio.catalog;
    settings.decimalMark = portfolio.decimalMark;
    settings.theme = std::move(theme);
    settings.layout = std::move(layout);
    return settings;
}

std::string writeSettings(const PortfolioSettings& settings) {
    nlohmann::ordered_json out;
    out["format"] = "keystone.settings";
    out["version"] = 1;
    out["qualification"] = qualificationFrameworkToJson(settings.qualification);
    out["health"] = healthConfigToJson(settings.health);
    out["catalog"] = catalogToJson(settings.catalog);
    out["numberFormat"] = std::string(decimalMarkKey(settings.decimalMark));
    out["theme"] = settings.theme;
    out["layout"] = settings.layout;
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<PortfolioSettings> readSettings(std::string_view text) {
    try {
        const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
        if (json.is_discarded() || !json.is_object() ||
            json.value("format", "") != "keystone.settings")
            return Result<PortfolioSettings>::failure("The saved settings are not readable.", "");
        PortfolioSettings settings;
        auto section = [&](const char* key, const char* words, auto read, auto& target) {
            const auto it = json.find(key);
            if (it == json.end()) return;
            auto parsed = read(*it);
            if (parsed.ok())
                target = std::move(parsed).value();
            else
                settings.problems.push_back(std::string(words) + " (" + parsed.error().message +
                                            ")");
        };
        section(
            "qualification", "the scoring framework",
            [](const nlohmann::json& j) { return qualificationFrameworkFromJson(j); },
            settings.qualification);
        section(
            "health", "the health settings",
            [](const nlohmann::json& j) { return healthConfigFromJson(j); }, settings.health);
        section(
            "catalog", "the pricing catalog",
            [](const nlohmann::json& j) { return catalogFromJson(j); }, settings.catalog);
        if (const auto it = json.find("numberFormat"); it != json.end()) {
            if (!it->is_string() ||
                !parseDecimalMarkKey(it->get<std::string>(), settings.decimalMark))
                settings.problems.push_back("the number format");
        }
        if (const auto it = json.find("theme"); it != json.end() && it->is_string()) {
            const std::string theme = it->get<std::string>();
            if (theme == "light" || theme == "dark") settings.theme = theme;
        }
        if (const auto it = json.find("layout"); it != json.end() && it->is_string())
            settings.layout = it->get<std::string>();
        return Result<PortfolioSettings>::success(std::move(settings));
    } catch (const std::exception&) {
        return Result<PortfolioSettings>::failure("The saved settings are not readable.", "");
    }
}

void applySettings(const PortfolioSettings& settings, Portfolio& portfolio) {
    portfolio.qualification = settings.qualification;
    portfolio.health = settings.health;
    portfolio.catalog = settings.catalog;
    portfolio.decimalMark = settings.decimalMark;
}

}  // namespace keystone
