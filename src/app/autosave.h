// Autosave: every edit is in IndexedDB within a second, nothing pending survives the page
// being hidden, and a failed save is loud and loses nothing.
//
// Changes are written after a short pause in editing, or at the latest kMaxDelayMs after
// the first unsaved change, so continuous typing is still saved within a second. One batch
// is in flight at a time; changes made meanwhile go in the next one.
//
// Each plan record carries a revision (docs/storage.md). A write names the revision the
// tab last loaded or saved; when another tab has written since, the write is not made and
// the newer record is merged into this tab (absorb) and saved again on top of it. Records
// another tab saved arrive through absorb too. Portfolio-wide settings (scoring framework,
// health settings, pricing catalog, theme, window layout) are one more record.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/editing/workspace.h"
#include "platform/platform.h"
#include "ui/shell/save_status.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

class Autosave {
public:
    // Failures and recoveries are told to the rep through `notices` (the app's ViewState).
    explicit Autosave(ui::NoticesState& notices) : m_notices(notices) {}

    static constexpr double kQuietMs = 250;     // save after this long without edits
    static constexpr double kMaxDelayMs = 700;  // ...but never later than this after one
    static constexpr double kRetryMs = 5000;    // a failed save is retried this long after

    // What startup read: the revision and text of each record (the base of later merges)
    // and the settings record as stored, so unchanged settings are not rewritten.
    void adoptLoaded(const std::string& accountId, long long revision, std::string json);
    void adoptSettings(std::string storedText, std::string theme, std::string layout);
    // The app's look, compared with what is stored; a change is saved like an edit.
    void noteUiSettings(const std::string& theme, const std::string& layout);

    void frame(Workspace& workspace, double nowMs);
    // When frame() next has work to do without anything else happening (the quiet pause
    // ends, a failed save is retried); -1 when nothing waits or a write is under way (its
    // completion wakes the app).
    double nextDueMs(const Workspace& workspace) const;
    void flush(Workspace& workspace);  // write everything pending now (page hidden)
    ui::SaveStatus status() const;

    // Newer records from another tab (or found by a save): merged into the workspace as a
    // change that is not on this tab's undo stack (autosave_sync.cpp).
    void absorb(Workspace& workspace, const std::vector<platform::PlanRecord>& records);

private:
    struct KnownRecord {
        long long revision = 0;  // revision in storage this tab's copy is based on
        std::string json;        // that revision's text: the base of a merge
    };

    void save(Workspace& workspace);
    void saveSettings(const Workspace& workspace);
    void failed(const std::string& reason);
    void absorbOne(Workspace& workspace, Portfolio& next, const platform::PlanRecord& record);

    std::set<std::string> m_pending;  // taken from the workspace, not yet written
    std::map<std::string, KnownRecord> m_known;
    double m_firstChangeMs = -1;
    double m_lastChangeMs = -1;
    unsigned long long m_seenRevision = 0;
    bool m_inFlight = false;  // a batch of plans is being written
    ui::NoticesState& m_notices;
    bool m_failed = false;
    std::string m_failure;  // reason of the last failed save

    std::string m_theme;          // "light" / "dark" once the rep chose; "" = system
    std::string m_layout;         // ImGui window layout (ini text)
    std::string m_savedSettings;  // settings text in storage
    bool m_settingsDirty = false;
    bool m_settingsInFlight = false;
};

}  // namespace keystone::app
