// `keystone layout FILE` and `keystone coverage FILE`: the org chart's card boxes and the
// stakeholder coverage findings of one plan, from the same core the app uses.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/model/calendar.h"
#include "core/model/clock.h"
#include "core/stakeholders/coverage.h"
#include "core/stakeholders/org_chart_model.h"

namespace keystone::cli {
namespace {

constexpr const char* kLayoutUsage = "usage: keystone layout FILE\n";
constexpr const char* kCoverageUsage =
    "usage: keystone coverage FILE [--json] [--as-of YYYY-MM-DD]\n";

}  // namespace

int layoutCommand(const Args& args) {
    if (args.size() != 1 || args[0].rfind("--", 0) == 0) {
        std::fputs(kLayoutUsage, stderr);
        return 2;
    }
    const auto plan = loadPlanFile(args[0]);
    if (!plan) return 1;
    const Account& account = plan->account;
    const OrgChartModel model = buildOrgChartModel(account);
    const Result<OrgLayout> layout = layoutOrgChart(model.nodes);
    if (!layout.ok()) {
        std::fprintf(stderr, "%s: error: %s\n", args[0].c_str(), layout.error().message.c_str());
        return 1;
    }
    nlohmann::json boxes = nlohmann::json::array();
    for (std::size_t i = 0; i < account.stakeholders.size(); ++i) {
        const OrgCard& card = layout.value().cards[i];
        boxes.push_back({{"id", account.stakeholders[i].id},
                         {"x", card.x},
                         {"y", card.y},
                         {"w", card.w},
                         {"h", card.h}});
    }
    std::cout << boxes.dump() << "\n";
    return 0;
}

int coverageCommand(const Args& args) {
    bool json = false;
    std::string path, asOf;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json")
            json = true;
        else if (args[i] == "--as-of" && i + 1 < args.size())
            asOf = args[++i];
        else if (path.empty() && args[i].rfind("--", 0) != 0)
            path = args[i];
        else {
            std::fputs(kCoverageUsage, stderr);
            return 2;
        }
    }
    if (path.empty() || (!asOf.empty() && !parseIsoDate(asOf).ok())) {
        std::fputs(kCoverageUsage, stderr);
        return 2;
    }
    const auto plan = loadPlanFile(path);
    if (!plan) return 1;
    const std::string today = todayOr(asOf);
    const CoverageReport report = analyzeCoverage(plan->account, today);
    if (json) {
        nlohmann::json findings = nlohmann::json::array(), parts = nlohmann::json::array();
        for (const CoverageFinding& f : report.findings)
            findings.push_back({{"rule", std::string(coverageRuleKey(f.rule))},
                                {"severity", std::string(coverageSeverityKey(f.severity))},
                                {"reason", f.reason},
                                {"stakeholderIds", f.stakeholderIds}});
        for (const CoverageScorePart& p : report.parts)
            parts.push_back(
                {{"part", std::string(p.label)}, {"points", p.points}, {"max", p.maxPoints}});
        const nlohmann::json out = {{"account", plan->account.name},
                                    {"asOf", today},
                                    {"score", report.score},
                                    {"parts", parts},
                                    {"findings", findings}};
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    for (const CoverageFinding& f : report.findings) {
        std::string severity(coverageSeverityLabel(f.severity));
        for (char& c : severity) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        std::printf("%s %s: %s\n", severity.c_str(), std::string(coverageRuleKey(f.rule)).c_str(),
                    f.reason.c_str());
    }
    if (report.findings.empty()) std::printf("No coverage findings\n");
    std::printf("Multi-threading score: %d/100\n", report.score);
    return 0;
}

}  // namespace keystone::cli
