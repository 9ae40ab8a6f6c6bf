// mergePlans / applyResolutions: the plans to JSON, the tree merge, the reference repair,
// and back through readPlan, so the merged plan is exactly what a saved file would give.
#include "core/merge/plan_merge.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/plan_format/plan_format.h"

namespace keystone {

namespace detail {

struct MergeInputs {
    bool hasBase = false;
    MergeJson base;
    MergeJson mine;
    MergeJson theirs;
    Account mineAccount;  // the result when the merged document would not be a valid plan
};

std::string conflictKey(const MergeConflict& conflict) {
    return std::string(mergeConflictKindKey(conflict.kind)) + ":" + conflict.path;
}

Resolution decisionFor(const MergeDecisions& decisions, const MergeConflict& conflict) {
    const auto it = decisions.find(conflictKey(conflict));
    if (it == decisions.end()) return Resolution::KeepMine;
    if (it->second == Resolution::KeepBoth && !conflict.listItem) return Resolution::KeepMine;
    return it->second;
}

std::string pointerSegment(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

}  // namespace detail

namespace {

using detail::MergeJson;

MergeJson toJson(const Account& account) {
    return MergeJson::parse(writePlan(planDocumentOf(account), PlanStyle::Compact));
}

// One pass of the merge with the given choices; fills merged, changes and conflicts.
void run(const detail::MergeInputs& in, const detail::MergeDecisions& decisions, MergeResult& out) {
    MergeJson merged;
    detail::MergeLog log;
    detail::mergeDocuments(in.hasBase ? &in.base : nullptr, in.mine, in.theirs, decisions, merged,
                           log);
    detail::repairReferences(in.mine, in.theirs, decisions, merged, log);
    auto read = readPlan(merged.dump(-1, ' ', false, MergeJson::error_handler_t::replace));
    if (read.ok()) {
        PlanDocument document = std::move(read).value();
        out.merged = std::move(document.account);
        out.merged.documentUnknown = std::move(document.unknown);
        out.changes = std::move(log.changes);
        out.conflicts = std::move(log.conflicts);
        return;
    }
    // Something the repairs do not cover (say, more items than a plan may hold): keep mine
    // whole rather than hand back a plan that could not be opened again.
    MergeConflict conflict;
    conflict.kind = MergeConflictKind::InvalidPlan;
    conflict.path = read.error().location;
    conflict.entityKind = "plan";
    conflict.entityId = in.mineAccount.id;
    conflict.entityLabel = in.mineAccount.name;
    conflict.mineValue = "your copy, unchanged";
    conflict.theirsValue = "the merged plan would not be valid: " + read.error().message;
    out.merged = in.mineAccount;
    out.changes.clear();
    out.conflicts = {std::move(conflict)};
}

}  // namespace

const char* mergeConflictKindKey(MergeConflictKind kind) {
    switch (kind) {
        case MergeConflictKind::FieldEdit:
            return "field";
        case MergeConflictKind::DeleteVsEdit:
            return "delete-vs-edit";
        case MergeConflictKind::DeleteVsReference:
            return "delete-vs-reference";
        case MergeConflictKind::ReportingLoop:
            return "reporting-loop";
        case MergeConflictKind::InvalidPlan:
            return "invalid-plan";
    }
    return "field";
}

MergeResult mergePlans(const Account* base, const Account& mine, const Account& theirs) {
    MergeResult result;
    try {
        const Account* other =
            mine.id != theirs.id ? &theirs : (base && base->id != mine.id ? base : nullptr);
        if (other) {
            result.merged = mine;
            result.error =
                Error{"These plans are for different accounts (\"" + mine.name + "\" and \"" +
                          other->name + "\"); only copies of the same account can be merged.",
                      "/account/id"};
            return result;
        }
        auto inputs = std::make_shared<detail::MergeInputs>();
        inputs->hasBase = base != nullptr;
        if (base) inputs->base = toJson(*base);
        inputs->mine = toJson(mine);
        inputs->theirs = toJson(theirs);
        inputs->mineAccount = mine;
        run(*inputs, {}, result);
        result.inputs = std::move(inputs);
    } catch (const std::exception& e) {
        result = MergeResult{};
        result.merged = mine;
        result.error = Error{std::string("The plans could not be merged: ") + e.what(), ""};
    } catch (...) {
        result = MergeResult{};
        result.merged = mine;
        result.error = Error{"The plans could not be merged.", ""};
    }
    return result;
}

Account applyResolutions(const MergeResult& result, const std::vector<Resolution>& resolutions) {
    if (!result.inputs) return result.merged;
    try {
        detail::MergeDecisions decisions;
        for (std::size_t i = 0; i < result.conflicts.size() && i < resolutions.size(); ++i)
            decisions[detail::conflictKey(result.conflicts[i])] = resolutions[i];
        MergeResult again;
        run(*result.inputs, decisions, again);
        return std::move(again.merged);
    } catch (...) {
        return result
            .merged;  // mine with every conflict kept as mine: valid, if not what was asked
    }
}

}  // namespace keystone
