// validate, summary, sample: the plan-file commands.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "core/health/health.h"
#include "core/model/calendar.h"
#include "core/model/clock.h"
#include "core/model/money.h"
#include "core/plan_format/plan_format.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/qualification/qualification.h"
#include "core/sample/sample_plan.h"
#include "core/stakeholders/coverage.h"

namespace keystone::cli {

namespace {

// Rounded up, so a file just over the limit never reads as the limit itself.
std::string megabytes(std::uint64_t bytes) {
    return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB";
}

std::string tooLarge(std::uint64_t bytes) {
    return "this file is larger than a plan can be (" +
           (bytes ? "it is " + megabytes(bytes) + "; " : std::string()) + "the limit is " +
           megabytes(kMaxPlanBytes) + ")";
}

std::string cannotOpen(int error) {
    switch (error) {
        case ENOENT:
            return "there is no such file (check the name and the folder)";
        case EACCES:
            return "you do not have permission to read this file";
        case EISDIR:
            return "this is a folder, not a file";
        default:
            return "this file cannot be opened (" + std::string(std::strerror(error)) + ")";
    }
}

// Reads until the end, refusing more than kMaxPlanBytes: pipes, terminals and /dev/stdin
// have no size to check first.
bool readStream(std::FILE* in, std::string& bytes, std::string& reason) {
    bytes.clear();
    char chunk[1 << 16];
    for (;;) {
        const std::size_t got = std::fread(chunk, 1, sizeof chunk, in);
        if (bytes.size() + got > kMaxPlanBytes) {
            reason = tooLarge(0);
            bytes.clear();
            return false;
        }
        bytes.append(chunk, got);
        if (got < sizeof chunk) break;
    }
    if (std::ferror(in)) {
        reason = "the file could not be read to the end";
        return false;
    }
    return true;
}

}  // namespace

bool readFileBytes(const std::string& path, std::string& bytes, std::string& reason) {
    if (path == kStandardInput) return readStream(stdin, bytes, reason);
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (std::filesystem::is_directory(status)) {
        reason = cannotOpen(EISDIR);
        return false;
    }
    // A regular file says its size: refuse a huge one before reading a byte of it.
    if (std::filesystem::is_regular_file(status)) {
        const std::uintmax_t size = std::filesystem::file_size(path, error);
        if (!error && size > kMaxPlanBytes) {
            reason = tooLarge(size);
            return false;
        }
    }
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) {
        reason = cannotOpen(errno);
        return false;
    }
    const bool ok = readStream(in, bytes, reason);
    std::fclose(in);
    return ok;
}

std::string todayOr(const std::string& asOf) {
    if (!asOf.empty()) return asOf;
    const std::time_t now = static_cast<std::time_t>(unixNow());
    std::tm local{};
    localtime_r(&now, &local);
    return formatIsoDate(Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

std::string displayName(const std::string& path) {
    return path == kStandardInput ? "standard input" : path;
}

namespace {
bool g_verbose = false;
}  // namespace

void setVerbose(bool on) { g_verbose = on; }

void reportFileError(const std::string& path, const Error& error) {
    // The rep's words; with --verbose the exact place (line:column or JSON pointer) last.
    std::fprintf(stderr, "%s: error: %s", displayName(path).c_str(), planErrorText(error).c_str());
    if (g_verbose)
        std::fprintf(stderr, " [%s]", error.location.empty() ? "/" : error.location.c_str());
    std::fputc('\n', stderr);
}

std::optional<PlanDocument> loadPlanFile(const std::string& path) {
    std::string bytes, reason;
    if (!readFileBytes(path, bytes, reason)) {
        std::fprintf(stderr, "%s: error: %s\n", displayName(path).c_str(), reason.c_str());
        return std::nullopt;
    }
    auto plan = readPlan(bytes);
    if (!plan.ok()) {
        reportFileError(path, plan.error());
        return std::nullopt;
    }
    return std::move(plan).value();
}

int validateCommand(const Args& args) {
    if (args.empty()) {
        std::fputs("usage: keystone validate FILE...\n", stderr);
        return 2;
    }
    int status = 0;
    for (const std::string& path : args)
        if (!loadPlanFile(path)) status = 1;
    return status;
}

namespace {

nlohmann::json summaryJson(const Account& account, const std::string& today) {
    const QualificationResult qualification =
        scoreQualification(account, defaultQualificationFramework());
    const HealthResult health = accountHealth(account, HealthConfig{}, today);
    const AccountPipeline pipeline = accountPipeline(account);
    nlohmann::json drivers = nlohmann::json::array();
    for (int index : qualification.drivers) {
        const CriterionResult& c = qualification.criteria[static_cast<size_t>(index)];
        drivers.push_back(
            {{"criterion", c.label}, {"points", c.contribution}, {"detail", c.detail}});
    }
    nlohmann::json risks = nlohmann::json::array();
    for (const RiskEntry& risk : openRisks({account})) {
        if (risks.size() == 5) break;
        risks.push_back({{"title", risk.title},
                         {"likelihood", risk.likelihood},
                         {"impact", risk.impact},
                         {"severity", risk.severity}});
    }
    nlohmann::json sentences = health.sentences;
    return {{"account", account.name},
            {"id", account.id},
            {"tier", std::string(tierLabel(qualification.tier))},
            {"score", qualification.score},
            {"enterprise", qualification.enterprise},
            {"drivers", drivers},
            {"health",
             {{"score", health.scored ? nlohmann::json(health.score) : nlohmann::json()},
              {"band", health.scored ? nlohmann::json(std::string(healthBandLabel(health.band)))
                                     : nlohmann::json()},
              {"explanation", sentences}}},
            {"currency", account.currency},
            {"weightedPipeline", pipeline.weighted},
            {"openOpportunities", pipeline.openOpportunities},
            {"topRisks", risks}};
}

void printSummaryText(const nlohmann::json& s) {
    const std::string currency = s["currency"];
    std::printf("%s\n", s["account"].get<std::string>().c_str());
    std::printf("  Tier:              %s (qualification score %d/100%s)\n",
                s["tier"].get<std::string>().c_str(), s["score"].get<int>(),
                s["enterprise"].get<bool>() ? ", qualifies as Enterprise" : "");
    std::printf("  Score drivers:\n");
    for (const auto& d : s["drivers"])
        std::printf("    +%4.1f  %s\n", d["points"].get<double>(),
                    d["detail"].get<std::string>().c_str());
    if (s["health"]["score"].is_null())
        std::printf("  Health:            %s\n", std::string(kNoHealthDataText).c_str());
    else
        std::printf("  Health:            %d/100 (%s)\n", s["health"]["score"].get<int>(),
                    s["health"]["band"].get<std::string>().c_str());
    for (const auto& sentence : s["health"]["explanation"])
        std::printf("    - %s\n", sentence.get<std::string>().c_str());
    std::printf("  Weighted pipeline: %s across %d open opportunities\n",
                formatMoney(s["weightedPipeline"].get<MinorUnits>(), currency).c_str(),
                s["openOpportunities"].get<int>());
    std::printf("  Top risks:\n");
    for (const auto& r : s["topRisks"])
        std::printf("    [%2d] %s (likelihood %d, impact %d)\n", r["severity"].get<int>(),
                    r["title"].get<std::string>().c_str(), r["likelihood"].get<int>(),
                    r["impact"].get<int>());
    if (s["topRisks"].empty()) std::printf("    none open\n");
}

}  // namespace

int summaryCommand(const Args& args) {
    const char* usage = "usage: keystone summary FILE [--json] [--as-of YYYY-MM-DD]\n";
    bool json = false;
    std::string path, asOf;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--json")
            json = true;
        else if (arg == "--as-of" && i + 1 < args.size())
            asOf = args[++i];
        else if (path.empty() && arg.rfind("--", 0) != 0)
            path = arg;
        else {
            std::fputs(usage, stderr);
            return 2;
        }
    }
    if (path.empty() || (!asOf.empty() && !parseIsoDate(asOf).ok())) {
        std::fputs(usage, stderr);
        return 2;
    }
    const auto plan = loadPlanFile(path);
    if (!plan) return 1;
    const nlohmann::json summary = summaryJson(plan->account, todayOr(asOf));
    if (json)
        std::cout << summary.dump(2) << "\n";
    else
        printSummaryText(summary);
    return 0;
}

int sampleCommand(const Args& args) {
    SampleOptions options;
    const char* usage =
        "usage: keystone sample [--stakeholders N] [--seed S] [--shape org|chain|star|wide] "
        "[--today YYYY-MM-DD]\n";
    std::string today;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (i + 1 >= args.size()) {
            std::fputs(usage, stderr);
            return 2;
        }
        const std::string& value = args[++i];
        try {
            if (arg == "--stakeholders") {
                const long long n = std::stoll(value);
                if (n < 1 || n > static_cast<long long>(kMaxStakeholders))
                    throw std::out_of_range("n");
                options.stakeholders = static_cast<int>(n);
            } else if (arg == "--seed") {
                options.seed = std::stoull(value);
            } else if (arg == "--shape") {
                if (value == "org")
                    options.shape = SampleShape::Org;
                else if (value == "chain")
                    options.shape = SampleShape::Chain;
                else if (value == "star")
                    options.shape = SampleShape::Star;
                else if (value == "wide")
                    options.shape = SampleShape::Wide;
                else
                    throw std::invalid_argument("shape");
            } else if (arg == "--today") {
                if (!parseIsoDate(value).ok()) throw std::invalid_argument("today");
                today = value;
            } else {
                throw std::invalid_argument("option");
            }
        } catch (const std::exception&) {
            std::fprintf(stderr, "keystone sample: invalid %s '%s'\n%s", arg.c_str(), value.c_str(),
                         usage);
            return 2;
        }
    }
    options.today = todayOr(today);
    PlanDocument document;
    document.account = makeSampleAccount(options);
    const std::string text =
        writePlan(document, options.stakeholders == 0 ? PlanStyle::Pretty : PlanStyle::Compact);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

}  // namespace keystone::cli
