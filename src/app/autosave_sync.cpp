// Autosave::absorb: records another tab saved reach this tab's workspace.
//
// The other tab's record is merged three-way into this tab's copy, with the record this tab
// last loaded or saved as the base, so edits of different fields in both tabs are all kept.
// A field edited in both keeps this tab's value and the rep is told the other one
// (core/merge/plan_merge_preview.h tabSyncResolutions). The result replaces the account without
// an undo step: undo keeps undoing the rep's own edits here, field by field, and never
// takes back what was typed in the other tab (docs/storage.md).
#include <optional>
#include <string>
#include <utility>

#include "app/autosave.h"
#include "core/merge/plan_merge.h"
#include "core/merge/plan_merge_preview.h"
#include "core/plan_format/plan_import.h"
#include "ui/shell/notices.h"

namespace keystone::app {

void Autosave::absorb(Workspace& workspace, const std::vector<platform::PlanRecord>& records) {
    Portfolio next = workspace.portfolio();
    const std::string before = workspace.selectedAccountId();
    bool changed = false;
    for (const platform::PlanRecord& record : records) {
        const auto known = m_known.find(record.accountId);
        if (!record.deleted && known != m_known.end() && record.revision <= known->second.revision)
            continue;  // this tab already has it (its own write, or an older broadcast)
        absorbOne(workspace, next, record);
        changed = true;
    }
    if (!changed) return;
    workspace.load(std::move(next));
    if (!findAccount(workspace.portfolio(), before) && !workspace.portfolio().accounts.empty())
        workspace.selectAccount(workspace.portfolio().accounts.front().id);
}

void Autosave::absorbOne(Workspace& workspace, Portfolio& next,
                         const platform::PlanRecord& record) {
    const std::string& id = record.accountId;
    Account* mine = findAccount(next, id);
    if (record.deleted) {
        m_known.erase(id);
        if (!mine) return;
        if (workspace.hasUnsaved() || m_pending.count(id)) {
            // Edited here meanwhile: keep it (it is saved again) rather than lose the edits.
            workspace.markUnsaved({id});
            ui::postNotice(
                m_notices, ui::NoticeKind::Info,
                mine->name + " was deleted in another tab; kept here because you were editing it.");
            return;
        }
        ui::postNotice(m_notices, ui::NoticeKind::Info,
                       mine->name + " was deleted in another tab.");
        for (size_t i = 0; i < next.accounts.size(); ++i)
            if (next.accounts[i].id == id)
                next.accounts.erase(next.accounts.begin() + static_cast<std::ptrdiff_t>(i));
        return;
    }
    auto theirs = readAccountPlan(record.json);
    if (!theirs.ok() || theirs.value().id != id)
        return;  // startup's quarantine deals with it on reload
    KnownRecord& known = m_known[id];
    if (!mine) {
        next.accounts.push_back(std::move(theirs).value());
    } else {
        std::optional<Account> base;
        if (!known.json.empty())
            if (auto read = readAccountPlan(known.json); read.ok()) base = std::move(read).value();
        const MergeResult result = mergePlans(base ? &*base : nullptr, *mine, theirs.value());
        if (result.error) return;  // not the same account: cannot happen for one record key
        const std::vector<Resolution> choices = tabSyncResolutions(result);
        Account merged = applyResolutions(result, choices);
        for (const std::string& note : tabSyncNotes(result, choices))
            ui::postNotice(m_notices, ui::NoticeKind::Info, note);
        // Anything of this tab's that the record lacks is written on top of it next.
        if (exportAccountPlan(merged) != record.json) workspace.markUnsaved({id});
        *mine = std::move(merged);
    }
    known.revision = record.revision;
    known.json = record.json;
}

}  // namespace keystone::app
