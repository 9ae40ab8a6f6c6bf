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
bool prepare(ui::PendingMerge& merge, const Account& mine) {
    merge.mineText = exportAccountPlan(mine);
    merge.result = mergePlans(merge.base ? &*merge.base : nullptr, mine, merge.theirs);
    merge.preview = describeMerge(merge.result);
    merge.choices.assign(merge.result.conflicts.size(), Resolution::KeepMine);
    return !merge.result.error;
}

void apply(Workspace& workspace, ui::ViewState& view) {
    ui::PendingMerge& merge = view.pendingMerge;
    const Account* mine = findAccount(workspace.portfolio(), merge.accountId);
    if (!mine) {
        ui::postNotice(
            view.notices, ui::NoticeKind::Error,
            "The account was deleted while you were reviewing the merge; nothing was merged.");
        return;
    }
    if (exportAccountPlan(*mine) != merge.mineText) {
        // Changed meanwhile (another tab): review again rather than merge what was not shown.
        prepare(merge, *mine);
        merge.open = true;
        ui::openMergePreviewDialog(view.mergePreview);
        ui::postNotice(view.notices, ui::NoticeKind::Info,
                       "Your copy changed while you were reviewing; please check the merge again.");
        return;
    }
    Account merged = applyResolutions(merge.result, merge.choices);
    const std::string name = merged.name;
    workspace.execute(replaceAccountCommand(
        "Merge " + (merge.fileName.empty() ? std::string("plan file") : merge.fileName), *mine,
        std::move(merged)));
    workspace.selectAccount(merge.accountId);
    addSharedVersion(merge.accountId, exportAccountPlan(merge.theirs));
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
    ui::PendingMerge next;
    next.accountId = import.accountId;
    next.fileName = fileName;
    next.theirs = std::move(import.incoming);
    next.base = baseFor(*mine, next.theirs);
    ui::PendingMerge& merge = view.pendingMerge;
    merge = std::move(next);
    if (!prepare(merge, *mine)) {
        outcome.error = merge.result.error->message;
        ui::postNotice(view.notices, ui::NoticeKind::Error,
                       source + " was not imported: " + outcome.error);
        merge = ui::PendingMerge{};
        return outcome;
    }
    if (mergeChangesNothing(merge.result)) {
        outcome.error =
            "This plan is already in your portfolio, and your copy has everything in it: there is "
            "nothing to merge.";
        ui::postNotice(view.notices, ui::NoticeKind::Info, source + ": " + outcome.error);
        merge = ui::PendingMerge{};
        return outcome;
    }
    merge.open = true;
    workspace.selectAccount(import.accountId);
    ui::openMergePreviewDialog(view.mergePreview);
    outcome.ok = true;
    return outcome;
}

void drawImportMerge(Workspace& workspace, ui::ViewState& view) {
    ui::PendingMerge& merge = view.pendingMerge;
    if (!merge.open) return;
    const Account* mine = findAccount(workspace.portfolio(), merge.accountId);
    ui::MergeDialogModel model;
    model.accountName = mine ? mine->name : merge.theirs.name;
    model.source = merge.fileName;
    model.preview = &merge.preview;
    model.conflicts = &merge.result.conflicts;
    model.choices = &merge.choices;
    switch (ui::drawMergePreviewDialog(view.mergePreview, model)) {
        case ui::MergeDialogAction::None:
            return;
        case ui::MergeDialogAction::Cancel:
            ui::postNotice(view.notices, ui::NoticeKind::Info, "Merge cancelled; nothing changed.");
            merge = ui::PendingMerge{};
            return;
        case ui::MergeDialogAction::Apply:
            merge.open = false;
            apply(workspace, view);
            if (!merge.open) merge = ui::PendingMerge{};
            return;
    }
}

void rememberSharedVersion(const Workspace& workspace, const std::string& accountId) {
    if (const Account* account = findAccount(workspace.portfolio(), accountId))
        addSharedVersion(accountId, exportAccountPlan(*account));
}

}  // namespace keystone::app
