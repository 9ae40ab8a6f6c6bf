// What the app edits: the portfolio, its one command history, and what is selected.
//
// Views get a const Portfolio and change it only through execute(): every edit is a
// Command, so undo/redo, autosave and merge all see the same stream of changes. The
// Workspace owns the one revision every change bumps, however it arrives (a command, undo,
// redo, or load: another tab's save, a merge), so caches keyed on it are never stale.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>

#include "core/editing/command_history.h"
#include "core/model/portfolio.h"

namespace keystone {

class Workspace {
public:
    const Portfolio& portfolio() const { return m_portfolio; }
    const CommandHistory& history() const { return m_history; }

    // False when the command was refused (what it would change is gone): nothing changes.
    bool execute(Command command) {
        if (command.place.empty() && placeOfEdits) command.place = placeOfEdits();
        return m_history.execute(std::move(command), m_portfolio) && changed();
    }
    bool undo() { return m_history.undo(m_portfolio) && changed(); }
    bool redo() { return m_history.redo(m_portfolio) && changed(); }

    // Rises on every change to the model; views and autosave compare it.
    unsigned long long revision() const { return m_revision; }

    // Accounts changed since the last takeUnsaved() ("" = portfolio-wide settings); an
    // account that no longer exists was deleted. Autosave drains this.
    std::set<std::string> takeUnsaved() { return std::exchange(m_unsaved, {}); }
    bool hasUnsaved() const { return !m_unsaved.empty(); }
    // Puts ids back after a failed save so the next attempt retries them.
    void markUnsaved(const std::set<std::string>& ids) { m_unsaved.insert(ids.begin(), ids.end()); }
    void closeMergeWindow() { m_history.closeMergeWindow(); }

    // Replaces everything without an undo step: startup, and another tab's saved changes
    // merged in (undo keeps undoing this tab's own edits).
    void load(Portfolio portfolio) {
        m_portfolio = std::move(portfolio);
        ++m_revision;
    }

    const std::string& selectedAccountId() const { return m_selectedAccountId; }
    void selectAccount(std::string id) { m_selectedAccountId = std::move(id); }
    const Account* selectedAccount() const { return findAccount(m_portfolio, m_selectedAccountId); }

    // "Now" for `updated` stamps and "today" for renewals; injectable for tests.
    std::function<std::string()> clockNow = [] { return std::string("1970-01-01T00:00:00Z"); };
    std::string today = "1970-01-01";
    // Where the rep is as a command runs (the UI's section name), stamped on it so undo and
    // redo can take the rep back there; unset in the core's own tests.
    std::function<std::string()> placeOfEdits;

private:
    bool changed() {
        ++m_revision;
        m_unsaved.insert(m_history.lastTouchedAccount());
        return true;
    }

    Portfolio m_portfolio;
    std::set<std::string> m_unsaved;
    CommandHistory m_history;
    unsigned long long m_revision = 0;
    std::string m_selectedAccountId;
};

}  // namespace keystone
