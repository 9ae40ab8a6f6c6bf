#include "app/autosave.h"

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#include "core/plan_format/plan_import.h"
#include "core/portfolio/portfolio_settings.h"
#include "ui/shell/notices.h"

namespace keystone::app {
namespace {

std::string failureMessage(const std::string& reason) {
    if (reason == "QuotaExceededError")
        return "Your browser's storage for Keystone is full, so recent changes are not saved yet. "
               "They are safe in this tab: export your plans now (Export plan), then free space.";
    if (reason == "StorageUnavailable")
        return "This browser is not letting Keystone save (private browsing or storage turned "
               "off). Your changes live only in this tab: export your plans to keep them.";
    return "Saving failed (" + reason +
           "). Your changes are kept in this tab and Keystone "
           "will keep retrying; export your plans to be safe.";
}

}  // namespace

void Autosave::adoptLoaded(const std::string& accountId, long long revision, std::string json) {
    m_known[accountId] = KnownRecord{revision, std::move(json)};
}

void Autosave::adoptSettings(std::string storedText, std::string theme, std::string layout) {
    m_savedSettings = std::move(storedText);
    m_theme = std::move(theme);
    m_layout = std::move(layout);
}

void Autosave::noteUiSettings(const std::string& theme, const std::string& layout) {
    if (theme != m_theme) {
        m_theme = theme;
        m_settingsDirty = true;
    }
    if (layout != m_layout) {
        m_layout = layout;
        m_settingsDirty = true;
    }
}

void Autosave::frame(Workspace& workspace, double nowMs) {
    if (workspace.revision() != m_seenRevision) {
        m_seenRevision = workspace.revision();
        if (m_firstChangeMs < 0) m_firstChangeMs = nowMs;
        m_lastChangeMs = nowMs;
    }
    if (!workspace.hasUnsaved() && m_pending.empty() && !m_settingsDirty) {
        // A change with nothing to write (another tab's save loaded here): not "Saving…".
        m_firstChangeMs = -1;
        return;
    }
    if (m_inFlight || m_settingsInFlight) return;
    if (m_failed && nowMs - m_lastChangeMs < kRetryMs) return;  // retry failures gently
    const bool quiet = nowMs - m_lastChangeMs >= kQuietMs;
    const bool overdue = m_firstChangeMs >= 0 && nowMs - m_firstChangeMs >= kMaxDelayMs;
    if (quiet || overdue || m_failed) save(workspace);
}

double Autosave::nextDueMs(const Workspace& workspace) const {
    if (!workspace.hasUnsaved() && m_pending.empty() && !m_settingsDirty) return -1;
    if (m_inFlight || m_settingsInFlight) return -1;
    if (m_failed) return m_lastChangeMs + kRetryMs;
    double due = m_lastChangeMs + kQuietMs;
    if (m_firstChangeMs >= 0) due = std::min(due, m_firstChangeMs + kMaxDelayMs);
    return due;
}

void Autosave::flush(Workspace& workspace) {
    if (workspace.hasUnsaved() || !m_pending.empty() || m_settingsDirty) save(workspace);
}

void Autosave::failed(const std::string& reason) {
    if (!m_failed || reason != m_failure)
        ui::postNotice(m_notices, ui::NoticeKind::Error, failureMessage(reason));
    m_failed = true;
    m_failure = reason;
}

void Autosave::save(Workspace& workspace) {
    const std::set<std::string> taken = workspace.takeUnsaved();
    m_pending.insert(taken.begin(), taken.end());
    m_firstChangeMs = -1;
    if (m_pending.erase("") > 0) m_settingsDirty = true;  // a portfolio-wide change
    if (m_settingsDirty && !m_settingsInFlight) saveSettings(workspace);
    if (m_inFlight) return;  // plans go in the next batch

    std::vector<platform::PlanWrite> writes;
    std::vector<std::string> deletes;
    auto texts = std::make_shared<std::map<std::string, std::string>>();  // what each write holds
    const auto& accounts = workspace.portfolio().accounts;
    for (const std::string& id : m_pending) {
        bool found = false;
        for (size_t i = 0; i < accounts.size(); ++i) {
            if (accounts[i].id != id) continue;
            platform::PlanWrite write;
            write.accountId = id;
            write.json = exportAccountPlan(accounts[i]);
            write.order = static_cast<int>(i);
            write.baseRevision = m_known.count(id) ? m_known[id].revision : 0;
            (*texts)[id] = write.json;
            writes.push_back(std::move(write));
            found = true;
            break;
        }
        if (!found) deletes.push_back(id);
    }
    const std::set<std::string> batch = std::exchange(m_pending, {});
    if (writes.empty() && deletes.empty()) return;
    m_inFlight = true;
    platform::storePlansChecked(
        std::move(writes), deletes,
        [this, batch, texts, deletes, &workspace](const platform::StoreReport& report) {
            m_inFlight = false;
            if (!report.ok) {
                // Keep the batch for the next attempt: nothing is dropped.
                workspace.markUnsaved(batch);
                failed(report.reason);
                return;
            }
            for (const platform::PlanRecord& written : report.written) {
                KnownRecord& known = m_known[written.accountId];
                if (written.revision <= known.revision) continue;  // a newer one arrived meanwhile
                known.revision = written.revision;
                known.json = (*texts)[written.accountId];
            }
            for (const std::string& id : deletes) m_known.erase(id);
            // Another tab saved first: merge its record in; what this tab adds is saved next.
            if (!report.newer.empty()) absorb(workspace, report.newer);
            if (m_failed && !m_settingsDirty)
                ui::postNotice(m_notices, ui::NoticeKind::Success,
                               "Saving works again; all changes are saved.");
            m_failed = false;
        });
}

void Autosave::saveSettings(const Workspace& workspace) {
    m_settingsDirty = false;
    const std::string text = writeSettings(settingsOf(workspace.portfolio(), m_theme, m_layout));
    if (text == m_savedSettings) return;
    m_settingsInFlight = true;
    platform::storeSettings(text, [this, text](bool ok, const std::string& reason) {
        m_settingsInFlight = false;
        if (ok) {
            m_savedSettings = text;
            return;
        }
        m_settingsDirty = true;
        failed(reason);
    });
}

ui::SaveStatus Autosave::status() const {
    ui::SaveStatus status;
    status.persistent = platform::storageIsPersistent();
    if (m_failed) {
        status.state = ui::SaveStatus::State::Failed;
        status.detail = failureMessage(m_failure);
    } else if (m_inFlight || m_settingsInFlight || !m_pending.empty() || m_firstChangeMs >= 0) {
        status.state = ui::SaveStatus::State::Saving;
        status.detail = "Saving to this browser…";
    } else {
        status.state = ui::SaveStatus::State::Saved;
        status.detail = std::string("All changes are saved in this browser, on this device only.") +
                        (status.persistent ? " The browser has promised to keep them."
                                           : " The browser may clear them if the disk runs low; "
                                             "export plans you cannot lose.");
    }
    return status;
}

}  // namespace keystone::app
