#include "app/session.h"

#include <imgui.h>

#include <algorithm>

#include "app/frame_pacer.h"
#include "app/plan_import_merge.h"
#include "app/plan_transfer.h"
#include "app/startup.h"
#include "platform/platform.h"

namespace keystone::app {

Session::Session()
    : m_autosave(m_view.notices),
      m_glyphs(m_view.notices),
      m_shell(ui::ShellActions{
                  [this] {
                      platform::chooseFile(".json,.keystone.json,application/json",
                                           [this](const std::string& name, std::string bytes) {
                                               importPlanBytes(m_workspace, m_view, bytes, name);
                                           });
                  },
                  [this](const std::string& accountId) {
                      exportPlanDownload(m_workspace, m_view.notices, accountId);
                      rememberSharedVersion(m_workspace,
                                            accountId);  // the base of merging their copy later
                  },
                  [this](const std::string& accountId) {
                      printReport(m_workspace, m_view.notices, accountId);
                  },
                  [this](const std::string& accountId) {
                      downloadReport(m_workspace, m_view.notices, accountId);
                  },
                  [this] { return m_autosave.status(); },
                  [this](const std::string& accountId) {
                      rememberSharedVersion(m_workspace, accountId);
                  }},
              m_view) {
    // Each edit remembers the section it was made on, for undo and redo to go back to.
    m_workspace.placeOfEdits = [this] { return m_view.openSection; };
}

void Session::start() {
    const StartupState startup = loadStartupPortfolio(m_workspace, m_view.notices);
    for (const platform::PlanRecord& record : startup.loaded)
        m_autosave.adoptLoaded(record.accountId, record.revision, record.json);
    m_autosave.adoptSettings(startup.settingsText, startup.theme, startup.layout);
    m_themeChoice = startup.theme;
    const bool dark =
        startup.theme.empty() ? platform::systemPrefersDarkTheme() : startup.theme == "dark";
    ui::applyTheme(dark ? ui::ThemeMode::Dark : ui::ThemeMode::Light);
    m_themeShown = ui::currentTheme();
    if (!startup.layout.empty())
        ImGui::LoadIniSettingsFromMemory(startup.layout.c_str(), startup.layout.size());
    m_layout = startup.layout;
    platform::onPlansChangedElsewhere([this](std::vector<platform::PlanRecord> records) {
        m_autosave.absorb(m_workspace, records);
    });
}

void Session::drawFrame(double nowMs) {
    // Read every frame, so a tab left open past midnight moves to the new day.
    m_workspace.today = platform::localDateIso();
    m_shell.draw(m_workspace, nowMs);
    drawImportMerge(m_workspace, m_view);
    noteUiSettings();
    m_autosave.frame(m_workspace, nowMs);
    m_glyphs.noteWorkspace(m_workspace, nowMs);
}

double Session::nextDeadlineMs(double nowMs) const {
    double deadline = -1;
    for (const double due : {m_autosave.nextDueMs(m_workspace),
                             ui::nextNoticeExpiryMs(m_view.notices), imguiNextDeadlineMs(nowMs)}) {
        if (due >= 0 && (deadline < 0 || due < deadline)) deadline = due;
    }
    return deadline;
}

// The theme is stored once the rep picks one (until then it follows the system), and the
// window layout whenever ImGui says it changed.
void Session::noteUiSettings() {
    if (ui::currentTheme() != m_themeShown) {
        m_themeShown = ui::currentTheme();
        m_themeChoice = m_themeShown == ui::ThemeMode::Dark ? "dark" : "light";
    }
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantSaveIniSettings) {
        m_layout = ImGui::SaveIniSettingsToMemory();
        io.WantSaveIniSettings = false;
    }
    m_autosave.noteUiSettings(m_themeChoice, m_layout);
}

}  // namespace keystone::app
