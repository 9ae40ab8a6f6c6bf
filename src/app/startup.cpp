#include "app/startup.h"

#include "core/model/clock.h"
#include "core/plan_format/plan_format.h"
#include "core/portfolio/portfolio_settings.h"
#include "core/sample/sample_plan.h"
#include "platform/platform.h"
#include "ui/shell/notices.h"
#include "ui/shell/view_state.h"

#include <algorithm>

namespace keystone::app {

namespace {

// Settings first: they never stop the accounts loading, and defaults stand in for anything
// unreadable.
void loadSettings(Portfolio& portfolio, StartupState& state, ui::NoticesState& notices) {
    bool found = false;
    const std::string text = platform::takeStoredSettings(found);
    if (!found) return;
    auto settings = readSettings(text);
    if (!settings.ok()) {
        ui::postNotice(
            notices, ui::NoticeKind::Error,
            "Your saved settings (scoring framework, health settings, pricing catalog, theme) "
            "could not be read, so Keystone is using its defaults. Your accounts are not "
            "affected.");
        return;
    }
    const PortfolioSettings& read = settings.value();
    applySettings(read, portfolio);
    state.settingsText = text;
    state.theme = read.theme;
    state.layout = read.layout;
    if (!read.problems.empty()) {
        std::string list;
        for (const std::string& problem : read.problems)
            list += (list.empty() ? "" : "; ") + problem;
        ui::postNotice(
            notices, ui::NoticeKind::Error,
            "Some saved settings could not be read and are back to their defaults: " + list + ".");
    }
}

}  // namespace

StartupState loadStartupPortfolio(Workspace& workspace, ui::NoticesState& notices) {
    StartupState state;
    workspace.today = platform::localDateIso();
    workspace.clockNow = [] { return nowIso(); };
    Portfolio portfolio;
    loadSettings(portfolio, state, notices);
    std::vector<platform::StoredPlan> stored = platform::takeStoredPlans();
    std::stable_sort(stored.begin(), stored.end(),
                     [](const auto& a, const auto& b) { return a.order < b.order; });
    int unreadable = 0;
    for (const platform::StoredPlan& record : stored) {
        auto plan = readPlan(record.json);
        if (!plan.ok() || plan.value().account.id != record.accountId) {
            // Set aside, never deleted, so one bad record cannot stop the others loading.
            platform::quarantineStoredPlan(record.accountId, plan.ok()
                                                                 ? "id does not match its record"
                                                                 : plan.error().message);
            ++unreadable;
            continue;
        }
        state.loaded.push_back(
            {record.accountId, record.json, platform::preloadedRevision(record.accountId), false});
        PlanDocument document = std::move(plan).value();
        document.account.documentUnknown = std::move(document.unknown);
        portfolio.accounts.push_back(std::move(document.account));
    }
    if (unreadable > 0) {
        ui::postNotice(notices, ui::NoticeKind::Error,
                       std::to_string(unreadable) +
                           (unreadable == 1 ? " saved account" : " saved accounts") +
                           " could not be read and were set aside (kept in storage, not deleted). "
                           "Everything else has loaded.");
    }
    const bool firstRun = stored.empty();
    if (firstRun) {
        // Dated from the rep's today, so a first visit in any month tells the same story.
        SampleOptions sample;
        sample.today = workspace.today;
        portfolio.accounts.push_back(makeSampleAccount(sample));
    }
    const std::string firstId =
        portfolio.accounts.empty() ? std::string() : portfolio.accounts[0].id;
    workspace.load(std::move(portfolio));
    workspace.selectAccount(firstId);
    if (firstRun && !firstId.empty()) workspace.markUnsaved({firstId});
    return state;
}

}  // namespace keystone::app
