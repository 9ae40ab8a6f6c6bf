// report: the one-page HTML summary of one plan file, to print or mail.
#include <cstdio>
#include <fstream>

#include "cli/commands.h"
#include "core/model/clock.h"
#include "core/plan_format/plan_format.h"
#include "core/report/plan_report.h"

namespace keystone::cli {
namespace {

constexpr const char* kUsage = "usage: keystone report FILE [-o OUT.html] [--as-of YYYY-MM-DD]\n";

}  // namespace

int reportCommand(const Args& args) {
    std::string path, outPath, asOf;
    bool haveOut = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if ((arg == "-o" || arg == "--output") && !haveOut && i + 1 < args.size()) {
            outPath = args[++i];
            haveOut = true;
        } else if (arg == "--as-of" && asOf.empty() && i + 1 < args.size()) {
            // A fixed "as of" date makes the report reproducible (reviews, tests).
            asOf = args[++i];
            if (!isIsoDate(asOf)) {
                std::fprintf(stderr, "keystone report: invalid --as-of '%s'\n%s", asOf.c_str(),
                             kUsage);
                return 2;
            }
        } else if (path.empty() && !arg.empty() && (arg[0] != '-' || arg == kStandardInput)) {
            path = arg;
        } else {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (path.empty() || (haveOut && outPath.empty())) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const auto plan = loadPlanFile(path);
    if (!plan) return 1;
    const ReportOptions options = reportOptionsFor(plan->account, todayOr(asOf));
    const std::string html = renderPlanReport(plan->account, options);
    if (!haveOut) {
        std::fwrite(html.data(), 1, html.size(), stdout);
        return 0;
    }
    std::ofstream out(outPath, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(html.data(), static_cast<std::streamsize>(html.size())) ||
        !out.flush()) {
        std::fprintf(stderr, "%s: error: cannot write the report\n", outPath.c_str());
        return 1;
    }
    return 0;
}

}  // namespace keystone::cli
