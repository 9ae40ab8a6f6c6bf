// C entry points behind window.keystone (web/app.js). They return JSON text that stays
// valid until the next call; the JS side copies it at once.
#include <nlohmann/json.hpp>
#include <string>

#include "app/account_summary.h"
#include "app/app.h"
#include "app/plan_transfer.h"
#include "core/plan_format/plan_format.h"
#include "core/plan_format/plan_import.h"
#include "core/pricing/pricing_scenario_export.h"
#include "platform/platform.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/notices.h"

namespace {

std::string g_reply;

const char* reply(std::string text) {
    g_reply = std::move(text);
    return g_reply.c_str();
}

}  // namespace

extern "C" {

const char* keystone_ui_items() { return reply(keystone::ui::itemRegistry().lastFrameJson()); }

const char* keystone_ui_frame() {
    const auto& stats = keystone::app::theApp().stats();
    return reply("{\"frame\":" + std::to_string(stats.frame) +
                 ",\"submitted\":" + std::to_string(stats.submitted) + ",\"idle\":" +
                 (keystone::platform::frameRequested() ? "false" : "true") + ",\"waiting_for\":\"" +
                 stats.waitingFor + "\"" + ",\"cpu_ms\":" + std::to_string(stats.cpuMs) +
                 ",\"ui_ms\":" + std::to_string(stats.uiMs) + ",\"mirror_ms\":" +
                 std::to_string(stats.mirrorMs) + ",\"fps\":" + std::to_string(stats.fps) +
                 ",\"atlas_ms\":" + std::to_string(stats.atlasMs) + "}");
}

// Code points drawn with the fallback glyph since the last call: [] when everything drew.
const char* keystone_ui_missing_glyphs() {
    nlohmann::json list = nlohmann::json::array();
    for (char32_t cp : keystone::app::theApp().glyphs().takeMissing())
        list.push_back(static_cast<unsigned>(cp));
    return reply(list.dump());
}

// The font atlas: glyphs, CJK files in it, fetches on the way, whether anything is still on
// its way (settled), last rebuild time.
const char* keystone_ui_fonts() {
    const auto& status = keystone::app::theApp().glyphs().status();
    nlohmann::json offline = nlohmann::json::array();
    for (const std::string& language : status.offline) offline.push_back(language);
    return reply(nlohmann::json{
        {"glyphs", status.glyphs},
        {"slicesLoaded", status.slicesLoaded},
        {"fetchesPending", status.fetchesPending},
        {"needsRebuild", keystone::app::theApp().glyphs().needsRebuild()},
        {"settled", keystone::app::theApp().glyphs().settled(keystone::app::theApp().workspace())},
        {"lastRebuildMs", status.lastRebuildMs},
        {"offline",
         offline}}.dump());
}

// The accessibility mirror (web/a11y_mirror.js): assistive technology focused or activated
// the element standing for this item.
void keystone_a11y_focus(unsigned int itemId, int activate) {
    keystone::app::theApp().accessibilityMirror().requestFocus(itemId, activate != 0);
}

// Called by the page when it becomes hidden: write everything pending now.
void keystone_flush_saves() { keystone::app::theApp().flushSaves(); }

const char* keystone_version() { return KEYSTONE_VERSION; }

const char* keystone_today() { return reply(keystone::app::theApp().workspace().today); }

// Plan text of one account, or "" when there is no such account.
const char* keystone_export_plan(const char* accountId) {
    const auto& portfolio = keystone::app::theApp().workspace().portfolio();
    const keystone::Account* account = keystone::findAccount(portfolio, accountId ? accountId : "");
    if (!account) return reply("");
    return reply(keystone::exportPlanFile(*account, portfolio));
}

// The same path as the UI's import: {ok, error?, accountId?}. `fileName` (may be null or
// empty) names the file in the notice.
const char* keystone_import_plan(const char* bytes, int length, const char* fileName) {
    keystone::platform::requestFrame();  // the imported account and its notice show at once
    auto& workspace = keystone::app::theApp().workspace();
    const auto outcome = keystone::app::importPlanBytes(
        workspace, keystone::app::theApp().view(),
        std::string_view(bytes, static_cast<size_t>(length > 0 ? length : 0)),
        fileName ? fileName : "");
    nlohmann::json result = {{"ok", outcome.ok}};
    if (outcome.ok)
        result["accountId"] = outcome.accountId;
    else
        result["error"] = outcome.error;
    return reply(result.dump());
}

// What the page could not do on its own (a file too large to read, memory the module could
// not give, a PNG the browser could not draw) is told to the rep like any other failure.
void keystone_show_error(const char* text) {
    keystone::platform::requestFrame();  // the notice shows at once
    keystone::ui::postNotice(keystone::app::theApp().view().notices,
                             keystone::ui::NoticeKind::Error,
                             text ? text : "Something went wrong.");
}

const char* keystone_accounts() {
    const auto& portfolio = keystone::app::theApp().workspace().portfolio();
    nlohmann::json list = nlohmann::json::array();
    for (const auto& account : portfolio.accounts)
        list.push_back(keystone::app::accountSummaryJson(
            portfolio, account, keystone::app::theApp().workspace().today));
    return reply(list.dump());
}

}  // extern "C"
