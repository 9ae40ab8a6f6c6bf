#include "app/plan_transfer.h"

#include <optional>

#include "app/encrypted_import.h"
#include "app/plan_import_merge.h"
#include "core/plan_format/plan_format.h"
#include "core/plan_format/plan_import.h"
#include "core/pricing/pricing_scenario_export.h"
#include "core/report/plan_report.h"
#include "platform/platform.h"
#include "ui/shell/notices.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

std::string refuseImport(ui::NoticesState& notices, const Error& error, const std::string& fileName,
                         std::size_t fileBytes) {
    const std::string reason = planErrorText(error);
    const std::string source = fileName.empty() ? std::string("The file") : "\"" + fileName + "\"";
    std::string details = "File: " + (fileName.empty() ? std::string("(no name)") : fileName) +
                          ", " + std::to_string(fileBytes) + " bytes.";
    if (const std::string place = planErrorDetails(error); !place.empty())
        details += " " + place + ".";
    ui::postNotice(notices, ui::NoticeKind::Error, source + " was not imported: " + reason,
                   std::move(details));
    return reason;
}

ImportOutcome importPlanBytes(Workspace& workspace, ui::ViewState& view, std::string_view bytes,
                              const std::string& fileName) {
    // A passphrase-protected file is decrypted first and comes back here as plain bytes.
    if (auto encrypted = importEncryptedPlan(workspace, view, bytes, fileName)) return *encrypted;
    ImportOutcome outcome;
    auto prepared = prepareImport(bytes, workspace.portfolio());
    if (!prepared.ok()) {
        outcome.error = refuseImport(view.notices, prepared.error(), fileName, bytes.size());
        return outcome;
    }
    PlanImport import = std::move(prepared).value();
    if (import.existing)
        return beginImportMerge(workspace, view, std::move(import), fileName);  // never overwrite
    workspace.execute(std::move(import.command));
    workspace.selectAccount(import.accountId);
    ui::postNotice(view.notices, ui::NoticeKind::Success, "Imported " + import.accountName + ".");
    outcome.ok = true;
    outcome.accountId = import.accountId;
    return outcome;
}

void exportPlanDownload(const Workspace& workspace, ui::NoticesState& notices,
                        const std::string& accountId) {
    const Account* account = findAccount(workspace.portfolio(), accountId);
    if (!account) return;
    platform::downloadFile(planFileName(account->name),
                           exportPlanFile(*account, workspace.portfolio()), "application/json");
    ui::postNotice(notices, ui::NoticeKind::Success,
                   "Exported " + planFileName(account->name) + ".");
}

}  // namespace keystone::app

namespace keystone::app {
namespace {

struct ReportFile {
    std::string name;  // "<Account> report.html"
    std::string html;
};

std::optional<ReportFile> reportOf(const Workspace& workspace, const std::string& accountId) {
    const Account* account = findAccount(workspace.portfolio(), accountId);
    if (!account) return std::nullopt;
    ReportOptions options = reportOptionsFor(*account, workspace.today);
    options.framework = workspace.portfolio().qualification;
    options.health = workspace.portfolio().health;
    options.catalog = workspace.portfolio().catalog;
    std::string name = planFileName(account->name);
    name = name.substr(0, name.size() - std::string(".keystone.json").size()) + " report.html";
    return ReportFile{std::move(name), renderPlanReport(*account, options)};
}

}  // namespace

void printReport(const Workspace& workspace, ui::NoticesState& notices,
                 const std::string& accountId) {
    std::optional<ReportFile> report = reportOf(workspace, accountId);
    if (!report) return;
    const std::string html = report->html;  // the callback keeps its own, for the fallback
    platform::printDocument(
        html, [&notices, report = std::move(*report)](bool printed, const std::string& reason) {
            if (printed) return;  // the browser's dialog is all the rep needs to see
            platform::downloadFile(report.name, report.html, "text/html");
            ui::postNotice(notices, ui::NoticeKind::Info,
                           "This browser did not open its print dialog, so the report was "
                           "downloaded as \"" +
                               report.name + "\". Open it and print it from there.",
                           reason.empty() ? std::string() : "Browser: " + reason + ".");
        });
}

void downloadReport(const Workspace& workspace, ui::NoticesState& notices,
                    const std::string& accountId) {
    const std::optional<ReportFile> report = reportOf(workspace, accountId);
    if (!report) return;
    platform::downloadFile(report->name, report->html, "text/html");
    ui::postNotice(notices, ui::NoticeKind::Success,
                   "Downloaded " + report->name + ": it opens in any browser.");
}

}  // namespace keystone::app
