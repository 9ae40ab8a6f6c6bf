// Autosave: every edit is in IndexedDB within a second, nothing pending survives the page
// being hidden, and a failed save is loud and loses nothing.
//
// Changes are written after a short pause in editing, or at the latest kMaxDelayMs after
// the first unsaved change, so continuous typing is still saved within a second. One batch
// is in flight at a time; changes made meanwhile go in the next one.
#pragma once

#include <set>
#include <string>

#include "core/workspace.h"
#include "ui/save_status.h"

namespace keystone::app {

class Autosave {
public:
    static constexpr double kQuietMs = 250;     // save after this long without edits
    static constexpr double kMaxDelayMs = 700;  // ...but never later than this after one

    void frame(Workspace& workspace, double nowMs);
    void flush(Workspace& workspace);  // write everything pending now (page hidden)
    ui::SaveStatus status() const;

private:
    void save(Workspace& workspace);

    std::set<std::string> m_pending;   // taken from the workspace, not yet written
    double m_firstChangeMs = -1;
    double m_lastChangeMs = -1;
    unsigned long long m_seenRevision = 0;
    bool m_inFlight = false;
    bool m_failed = false;
    std::string m_failure;             // reason of the last failed save
};

}  // namespace keystone::app
