#include "app/autosave.h"

#include <vector>

#include "core/plan_import.h"
#include "platform/platform.h"
#include "ui/notices.h"

namespace keystone::app {
namespace {

std::string failureMessage(const std::string& reason) {
    if (reason == "QuotaExceededError")
        return "Your browser's storage for Keystone is full, so recent changes are not saved yet. "
               "They are safe in this tab: export your plans now (Export plan), then free space.";
    if (reason == "StorageUnavailable")
        return "This browser is not letting Keystone save (private browsing or storage turned "
               "off). Your changes live only in this tab: export your plans to keep them.";
    return "Saving failed (" + reason + "). Your changes are kept in this tab and Keystone "
           "will keep retrying; export your plans to be safe.";
}

}  // namespace

void Autosave::frame(Workspace& workspace, double nowMs) {
    if (workspace.history().revision() != m_seenRevision) {
        m_seenRevision = workspace.history().revision();
        if (m_firstChangeMs < 0) m_firstChangeMs = nowMs;
        m_lastChangeMs = nowMs;
    }
    if (!workspace.hasUnsaved() && m_pending.empty()) return;
    if (m_inFlight) return;
    if (m_failed && nowMs - m_lastChangeMs < 5000) return;  // retry failures gently
    const bool quiet = nowMs - m_lastChangeMs >= kQuietMs;
    const bool overdue = m_firstChangeMs >= 0 && nowMs - m_firstChangeMs >= kMaxDelayMs;
    if (quiet || overdue || m_failed) save(workspace);
}

void Autosave::flush(Workspace& workspace) {
    if (workspace.hasUnsaved() || !m_pending.empty()) save(workspace);
}

void Autosave::save(Workspace& workspace) {
    const std::set<std::string> taken = workspace.takeUnsaved();
    m_pending.insert(taken.begin(), taken.end());
    m_firstChangeMs = -1;
    std::vector<platform::StoredPlan> writes;
    std::vector<std::string> deletes;
    const auto& accounts = workspace.portfolio().accounts;
    for (const std::string& id : m_pending) {
        if (id.empty()) continue;  // portfolio settings are not stored yet
        bool found = false;
        for (size_t i = 0; i < accounts.size(); ++i) {
            if (accounts[i].id != id) continue;
            writes.push_back({id, exportAccountPlan(accounts[i]), static_cast<int>(i)});
            found = true;
            break;
        }
        if (!found) deletes.push_back(id);
    }
    const std::set<std::string> batch = std::exchange(m_pending, {});
    if (writes.empty() && deletes.empty()) return;
    m_inFlight = true;
    platform::storePlans(std::move(writes), std::move(deletes),
                         [this, batch, &workspace](bool ok, const std::string& reason) {
                             m_inFlight = false;
                             if (ok) {
                                 if (m_failed) ui::postNotice(ui::NoticeKind::Success, "Saving works again; all changes are saved.");
                                 m_failed = false;
                                 return;
                             }
                             // Keep the batch for the next attempt: nothing is dropped.
                             workspace.markUnsaved(batch);
                             if (!m_failed || reason != m_failure)
                                 ui::postNotice(ui::NoticeKind::Error, failureMessage(reason));
                             m_failed = true;
                             m_failure = reason;
                         });
}

ui::SaveStatus Autosave::status() const {
    ui::SaveStatus status;
    status.persistent = platform::storageIsPersistent();
    if (m_failed) {
        status.state = ui::SaveStatus::State::Failed;
        status.detail = failureMessage(m_failure);
    } else if (m_inFlight || !m_pending.empty() || m_firstChangeMs >= 0) {
        status.state = ui::SaveStatus::State::Saving;
        status.detail = "Saving to this browser…";
    } else {
        status.state = ui::SaveStatus::State::Saved;
        status.detail = std::string("All changes are saved in this browser, on this device only.") +
                        (status.persistent ? " The browser has promised to keep them."
                                           : " The browser may clear them if the disk runs low; export plans you cannot lose.");
    }
    return status;
}

}  // namespace keystone::app
