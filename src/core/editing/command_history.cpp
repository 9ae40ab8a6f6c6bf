#include "core/editing/command_history.h"

#include <utility>

namespace keystone {

bool CommandHistory::execute(Command command, Portfolio& portfolio) {
    if (command.refused()) return false;
    command.apply(portfolio);
    m_lastTouched = command.accountId;
    m_redo.clear();
    const bool merges = m_mergeOpen && !command.mergeKey.empty() && !m_undo.empty() &&
                        m_undo.back().mergeKey == command.mergeKey;
    if (merges) {
        // Keep the first command's revert (the state before the whole edit session) and
        // take the newest apply (the state after it).
        m_undo.back().apply = std::move(command.apply);
        m_undo.back().description = std::move(command.description);
        m_undo.back().after = std::move(command.after);
    } else {
        m_undo.push_back(std::move(command));
        if (m_undo.size() > m_capacity) m_undo.pop_front();
    }
    m_mergeOpen = !m_undo.back().mergeKey.empty();
    return true;
}

bool CommandHistory::undo(Portfolio& portfolio) {
    if (m_undo.empty()) return false;
    Command command = std::move(m_undo.back());
    m_undo.pop_back();
    command.revert(portfolio);
    m_lastTouched = command.accountId;
    m_redo.push_back(std::move(command));
    m_mergeOpen = false;
    return true;
}

bool CommandHistory::redo(Portfolio& portfolio) {
    if (m_redo.empty()) return false;
    Command command = std::move(m_redo.back());
    m_redo.pop_back();
    command.apply(portfolio);
    m_lastTouched = command.accountId;
    m_undo.push_back(std::move(command));
    m_mergeOpen = false;
    return true;
}

const std::string& CommandHistory::undoDescription() const {
    static const std::string none;
    return m_undo.empty() ? none : m_undo.back().description;
}

const std::string& CommandHistory::redoDescription() const {
    static const std::string none;
    return m_redo.empty() ? none : m_redo.back().description;
}

}  // namespace keystone
