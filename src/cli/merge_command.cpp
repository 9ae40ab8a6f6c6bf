// merge: the app's three-way plan merge for tests and scripts.
//
//   keystone merge [BASE] MINE THEIRS [--json] [--take mine|theirs]
//
// With no conflicts (or all of them settled by --take) the merged plan goes to stdout in
// the compact plan format. Unresolved conflicts go to stderr, one CONFLICT line each, and
// the exit status is 1 so a script never mistakes a partial merge for a finished one.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "cli/commands.h"
#include "core/merge/plan_merge.h"
#include "core/plan_format/plan_format.h"

namespace keystone::cli {
namespace {

constexpr const char* kUsage =
    "usage: keystone merge [BASE] MINE THEIRS [--json] [--take mine|theirs]\n";

using OrderedJson = nlohmann::ordered_json;

// Reads one plan file; prints FILE: error: LOCATION: MESSAGE and returns false when it can't.
bool loadPlan(const std::string& path, Account& out) {
    auto plan = loadPlanFile(path);
    if (!plan) return false;
    PlanDocument document = std::move(*plan);
    out = std::move(document.account);
    out.documentUnknown = std::move(document.unknown);
    return true;
}

// A display value as a one-line JSON string, so notes with newlines keep one conflict per line.
std::string quoted(const std::string& text) {
    return OrderedJson(text).dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

std::string planText(const Account& account) {
    PlanDocument document;
    document.account = account;
    document.unknown = account.documentUnknown;
    return writePlan(document, PlanStyle::Compact);
}

OrderedJson previewJson(const MergeResult& result, std::optional<Resolution> take) {
    OrderedJson changes = OrderedJson::array();
    for (const MergeChange& c : result.changes)
        changes.push_back({{"text", c.text},
                           {"path", c.path},
                           {"side", c.side == MergeSide::Mine ? "mine" : "theirs"}});
    OrderedJson conflicts = OrderedJson::array();
    for (const MergeConflict& c : result.conflicts) {
        OrderedJson item = {{"kind", mergeConflictKindKey(c.kind)},
                            {"path", c.path},
                            {"entityKind", c.entityKind},
                            {"entityId", c.entityId},
                            {"entityLabel", c.entityLabel},
                            {"field", c.field},
                            {"mine", c.mineValue},
                            {"theirs", c.theirsValue},
                            {"listItem", c.listItem}};
        if (take) item["resolution"] = *take == Resolution::TakeTheirs ? "theirs" : "mine";
        conflicts.push_back(std::move(item));
    }
    return {{"changes", std::move(changes)}, {"conflicts", std::move(conflicts)}};
}

}  // namespace

int mergeCommand(const Args& args) {
    bool json = false;
    std::optional<Resolution> take;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--json") {
            json = true;
        } else if (arg == "--take" || arg.rfind("--take=", 0) == 0) {
            if (arg == "--take" && i + 1 >= args.size()) {
                std::fputs(kUsage, stderr);
                return 2;
            }
            const std::string value = arg == "--take" ? args[++i] : arg.substr(7);
            if (value != "mine" && value != "theirs") {
                std::fprintf(stderr, "keystone merge: --take is 'mine' or 'theirs', not '%s'\n%s",
                             value.c_str(), kUsage);
                return 2;
            }
            take = value == "mine" ? Resolution::KeepMine : Resolution::TakeTheirs;
        } else if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "keystone merge: unknown option '%s'\n%s", arg.c_str(), kUsage);
            return 2;
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() < 2 || files.size() > 3) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    // Standard input can be read once: a second "-" would silently read an empty file.
    if (std::count(files.begin(), files.end(), kStandardInput) > 1) {
        std::fprintf(stderr, "keystone merge: only one file can come from standard input (-)\n%s",
                     kUsage);
        return 2;
    }

    const bool hasBase = files.size() == 3;
    Account base, mine, theirs;
    bool loaded = true;
    if (hasBase) loaded = loadPlan(files[0], base) && loaded;
    loaded = loadPlan(files[hasBase ? 1 : 0], mine) && loaded;
    loaded = loadPlan(files[hasBase ? 2 : 1], theirs) && loaded;
    if (!loaded) return 1;

    const MergeResult result = mergePlans(hasBase ? &base : nullptr, mine, theirs);
    if (result.error) {
        std::fprintf(stderr, "keystone merge: %s\n", result.error->message.c_str());
        return 1;
    }
    bool settleable = true;  // an invalid-plan conflict has no resolution that merges anything
    for (const MergeConflict& c : result.conflicts)
        settleable = settleable && c.kind != MergeConflictKind::InvalidPlan;
    const bool resolved = result.conflicts.empty() || (take && settleable);
    const Account merged =
        result.conflicts.empty() || !take
            ? result.merged
            : applyResolutions(result, std::vector<Resolution>(result.conflicts.size(), *take));

    if (json) {
        OrderedJson out = previewJson(result, take);
        if (resolved) out["plan"] = OrderedJson::parse(planText(merged));
        std::cout << out.dump(2, ' ', false, OrderedJson::error_handler_t::replace) << "\n";
        return resolved ? 0 : 1;
    }
    if (!resolved) {
        for (const MergeConflict& c : result.conflicts)
            std::fprintf(stderr, "CONFLICT %s: mine %s / theirs %s\n", c.path.c_str(),
                         quoted(c.mineValue).c_str(), quoted(c.theirsValue).c_str());
        std::fprintf(
            stderr,
            "keystone merge: %zu conflict%s; resolve in the app or pass --take mine|theirs\n",
            result.conflicts.size(), result.conflicts.size() == 1 ? "" : "s");
        return 1;
    }
    const std::string text = planText(merged);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

}  // namespace keystone::cli
