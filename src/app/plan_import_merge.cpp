#include "app/plan_import_merge.h"

#include <optional>
#include <utility>
#include <vector>

#include "core/merge/plan_merge.h"
#include "core/merge/plan_merge_preview.h"
#include "platform/platform.h"
#include "ui/dialogs/merge_preview_dialog.h"
#include "ui/shell/notices.h"

namespace keystone::app {
namespace {

constexpr std::size_t kSharedVersionsKept = 8;  // per account; older ones are dropped

struct PendingMerge {
    bool open = false;
    std::string accountId;
    std::string fileName;
    std::string mineText;  // the rep's copy the preview was made from
    Account theirs;
    std::optional<Account> base;
    MergeResult result;
    MergePreview preview;
    std::vector<Resolution> choices;
};

PendingMerge g_merge;

void addSharedVersion(const std::string& accountId, const std::string& text) {
    std::vector<std::string> versions = platform::sharedVersions(accountId);
    if (!versions.empty() && versions.back() == text) return;
    versions.push_back(text);
    if (versions.size() > kSharedVersionsKept)
        versions.erase(versions.begin(),
                       versions.end() - static_cast<std::ptrdiff_t>(kSharedVersionsKept));
    platform::storeSharedVersions(accountId, versions);
}

std::optional<Account> baseFor(const Account& mine, const Account& theirs) {
    std::vector<Account> shared;
    for (const std::string& text : platform::sharedVersions(theirs.id))
        if (auto read = readAccountPlan(text); read.ok()) shared.push_back(std::move(read).value());
    if (const Account* base = chooseMergeBase(shared, mine, theirs)) return *base;
    return std::nullopt;
}

// (Re)computes the merge against the rep's current copy.
bool prepare(const Account& mine) {
    g_merge.mineText = exportAccountPlan(mine);
    g_merge.result = mergePlans(g_merge.base ? &*g_merge.base : nullptr, mine, g_merge.theirs);
    g_merge.preview = describeMerge(g_merge.result);
    g_merge.choices.assign(g_merge.result.conflicts.size(), Resolution::KeepMine);
    return !g_merge.result.error;
}

void apply(Workspace& workspace, ui::ViewState& view) {
    const Account* mine = findAccount(workspace.portfolio(), g_merge.accountId);
    if (!mine) {
        ui::postNotice(
            view.notices, ui::NoticeKind::Error,
            "The account was deleted while you were reviewing the merge; nothing was merged.");
        return;
    }
    if (exportAccountPlan(*mine) != g_merge.mineText) {
        // Changed meanwhile (another tab): review again rather than merge what was not shown.
        prepare(*mine);
        g_merge.open = true;
        ui::openMergePreviewDialog(view.mergePreview);
        ui::postNotice(view.notices, ui::NoticeKind::Info,
                       "Your copy changed while you were reviewing; please check the merge again.");
        return;
    }
    Account merged = applyResolutions(g_merge.result, g_merge.choices);
    const std::string name = merged.name;
    workspace.execute(replaceAccountCommand(
        "Merge " + (g_merge.fileName.empty() ? std::string("plan file") : g_merge.fileName), *mine,
        std::move(merged)));
    workspace.selectAccount(g_merge.accountId);
    addSharedVersion(g_merge.accountId, exportAccountPlan(g_merge.theirs));
    ui::postNotice(view.notices, ui::NoticeKind::Success,
                   "Merged the changes into " + name + ". Undo takes the merge back.");
}

}  // namespace

ImportOutcome beginImportMerge(Workspace& workspace, ui::ViewState& view, PlanImport import,
                               const std::string& fileName) {
    ImportOutcome outcome;
    outcome.accountId = import.accountId;
    const Account* mine = findAccount(workspace.portfolio(), import.accountId);
    if (!mine) {
        outcome.error = "The account is no longer in your portfolio.";
        return outcome;
    }
    const std::string source = fileName.empty() ? std::string("The file") : "\"" + fileName + "\"";
    PendingMerge next;
    next.accountId = import.accountId;
    next.fileName = fileName;
    next.theirs = std::move(import.incoming);
    next.base = baseFor(*mine, next.theirs);
    g_merge = std::move(next);
    if (!prepare(*mine)) {
        outcome.error = g_merge.result.error->message;
        ui::postNotice(view.notices, ui::NoticeKind::Error,
                       source + " was not imported: " + outcome.error);
        g_merge = PendingMerge{};
        return outcome;
    }
    if (mergeChangesNothing(g_merge.result)) {
        outcome.error =
            "This plan is already in your portfolio, and your copy has everything in it: there is "
            "nothing to merge.";
        ui::postNotice(view.notices, ui::NoticeKind::Info, source + ": " + outcome.error);
        g_merge = PendingMerge{};
        return outcome;
    }
    g_merge.open = true;
    workspace.selectAccount(import.accountId);
    ui::openMergePreviewDialog(view.mergePreview);
    outcome.ok = true;
    return outcome;
}

void drawImportMerge(Workspace& workspace, ui::ViewState& view) {
    if (!g_merge.open) return;
    const Account* mine = findAccount(workspace.portfolio(), g_merge.accountId);
    ui::MergeDialogModel model;
    model.accountName = mine ? mine->name : g_merge.theirs.name;
    model.source = g_merge.fileName;
    model.preview = &g_merge.preview;
    model.conflicts = &g_merge.result.conflicts;
    model.choices = &g_merge.choices;
    switch (ui::drawMergePreviewDialog(view.mergePreview, model)) {
        case ui::MergeDialogAction::None:
            return;
        case ui::MergeDialogAction::Cancel:
            ui::postNotice(view.notices, ui::NoticeKind::Info, "Merge cancelled; nothing changed.");
            g_merge = PendingMerge{};
            return;
        case ui::MergeDialogAction::Apply:
            g_merge.open = false;
            apply(workspace, view);
            if (!g_merge.open) g_merge = PendingMerge{};
            return;
    }
}

void rememberSharedVersion(const Workspace& workspace, const std::string& accountId) {
    if (const Account* account = findAccount(workspace.portfolio(), accountId))
        addSharedVersion(accountId, exportAccountPlan(*account));
}

}  // namespace keystone::app
