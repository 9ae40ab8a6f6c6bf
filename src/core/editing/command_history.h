// Every edit in Keystone is a Command executed through one CommandHistory: that is what
// makes undo/redo, autosave and merge simple (data flows input -> command -> model -> view).
//
// A command knows how to apply itself and how to revert itself against the Portfolio.
// Commands with the same non-empty mergeKey that follow each other while an edit session
// is open (e.g. keystrokes in one text field) merge into one undo step.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <string>

#include "core/model/portfolio.h"

namespace keystone {

struct Command {
    std::string description;                 // shown in the UI: "Edit account name"
    std::string mergeKey;                    // "" = never merge; else e.g. the field's widget id
    std::function<void(Portfolio&)> apply;   // do / redo
    std::function<void(Portfolio&)> revert;  // undo
    std::string accountId;                   // account touched (for autosave); "" = portfolio
    std::string place;  // where the rep made it (the UI's section name, opaque here); undo and
                        // redo go back there
    // The value change as the rep saw it, for the undo notice ("Renewal date", "2027-03-31",
    // "2027-06-30"); `field` "" = say the description. Merged keystrokes keep the first
    // `before` and the last `after`.
    std::string field, before, after;

    // A command with nothing to apply is refused: a builder returns one when what it would
    // change is not there (an entity deleted meanwhile), so no empty undo step is recorded.
    bool refused() const { return !apply || !revert; }
};

class CommandHistory {
public:
    explicit CommandHistory(size_t capacity = 500) : m_capacity(capacity) {}

    // Applies the command and records it (clearing the redo stack). When mergeKey equals
    // the last command's and the merge window is open, the two become one step. A refused
    // command changes nothing and returns false.
    bool execute(Command command, Portfolio& portfolio);

    // Closes the merge window, e.g. when a text field loses focus, so the next edit of the
    // same field becomes its own undo step.
    void closeMergeWindow() { m_mergeOpen = false; }

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    bool undo(Portfolio& portfolio);
    bool redo(Portfolio& portfolio);
    const std::string& undoDescription() const;
    const std::string& redoDescription() const;
    // The step undo / redo would take next (null when there is none): right after an undo,
    // nextRedo() is the step just undone, and after a redo nextUndo() the step just redone.
    const Command* nextUndo() const { return m_undo.empty() ? nullptr : &m_undo.back(); }
    const Command* nextRedo() const { return m_redo.empty() ? nullptr : &m_redo.back(); }
    size_t undoDepth() const { return m_undo.size(); }
    size_t redoDepth() const { return m_redo.size(); }

    // Account touched by the most recent change, for autosave.
    const std::string& lastTouchedAccount() const { return m_lastTouched; }

private:
    std::deque<Command> m_undo;
    std::deque<Command> m_redo;
    size_t m_capacity;
    bool m_mergeOpen = false;
    std::string m_lastTouched;
};

}  // namespace keystone
