// Names in every script are drawn: the font atlas takes the characters the plans hold, from
// Inter where it has them and otherwise from the CJK font files the web build cuts
// (cmake/cjk_fonts.cmake), fetched only when a plan needs them; offline, a note says which
// font is missing. Uses the real font files, served by the in-memory platform.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "app/plan_transfer.h"
#include "core/pricing/pricing_scenario_export.h"
#include "ui/widgets/theme.h"
#include "ui_harness.h"

using keystone::test::UiHarness;
using nlohmann::json;

namespace {

const char* const kNames[] = {
    "山田 太郎",          "김민준",          "王伟", "陳志明", "にほんご タナカ", "Юлия Иванова",
    "Ελένη Παπαδοπούλου", "Nguyễn Thị Hương"};

// Every file of the built fonts/cjk/ folder, as the site serves it.
void serveCjkFonts(keystone::platform::MemoryPlatform& device) {
    for (const auto& entry : std::filesystem::directory_iterator(KEYSTONE_CJK_FONTS_DIR)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        device.siteFiles["fonts/cjk/" + entry.path().filename().string()] = bytes.str();
    }
}

// The built-in sample as a new account whose people carry names in every script.
std::string corpusPlan(UiHarness& ui) {
    const auto& portfolio = ui.workspace().portfolio();
    json plan = json::parse(keystone::exportPlanFile(portfolio.accounts.front(), portfolio));
    plan["account"]["id"] = "c0ffee00c0ffee00c0ffee00c0ffee00";
    plan["account"]["name"] = "株式会社山田 · 삼성 · 华为";
    auto& people = plan["account"]["stakeholders"];
    for (std::size_t i = 0; i < people.size(); ++i)
        people[i]["name"] = kNames[i % std::size(kNames)];
    return plan.dump();
}

bool bodyFontDraws(char32_t codePoint) {
    return keystone::ui::fonts().body->FindGlyphNoFallback(static_cast<ImWchar>(codePoint));
}

// Frames until the fonts asked for have arrived and the atlas is rebuilt with them.
void settleFonts(UiHarness& ui) {
    for (int i = 0; i < 2000; ++i) {
        ui.frame();
        if (ui.glyphs().settled()) break;
    }
    ui.frame(2);
}

}  // namespace

TEST_CASE("an imported plan's CJK names fetch only the font files they need, then draw") {
    UiHarness ui;
    serveCjkFonts(ui.platform());
    ui.frame(2);
    CHECK(ui.platform().fetched.empty());  // the sample is Latin only: nothing fetched
    CHECK(ui.glyphs().takeMissing().empty());

    REQUIRE(keystone::app::importPlanBytes(ui.workspace(), ui.view(), corpusPlan(ui)).ok);
    settleFonts(ui);
    for (char32_t cp : {U'山', U'田', U'김', U'伟', U'陳', U'に', U'タ', U'Ю', U'λ', U'ễ'})
        CHECK(bodyFontDraws(cp));
    CHECK(ui.glyphs().status().slicesLoaded > 0);
    // The manifest plus the files of these few characters, of about 100: not the whole font.
    CHECK(ui.platform().fetched.size() < 30);
    ui.click("Stakeholders");
    ui.frame(3);
    ui.glyphs().takeMissing();  // what drew before the fonts came
    ui.frame(2);
    CHECK(ui.glyphs().takeMissing().empty());
}

// The web loop draws only when something asked for a frame (app/frame_pacer.h): each step
// (a font arriving, glyphs left to rasterise, a rebuild due, the wait for the other files)
// must ask for the frame that carries it on, or the fonts never settle.
TEST_CASE("frames drawn only on request: the fonts of an imported plan still settle") {
    UiHarness ui;
    serveCjkFonts(ui.platform());
    ui.frame(2);
    keystone::platform::MemoryPlatform& device = ui.platform();
    REQUIRE(keystone::app::importPlanBytes(ui.workspace(), ui.view(), corpusPlan(ui)).ok);
    CHECK_FALSE(ui.glyphs().settled(ui.workspace()));  // read at the next frame
    device.frameRequestedAtMs = device.nowMs;          // the import's own wake-up
    int frames = 0;
    while (!ui.glyphs().settled(ui.workspace()) && frames < 3000) {
        if (device.frameRequestedAtMs < 0 && device.hasPending()) device.runPending();
        REQUIRE(device.frameRequestedAtMs >= 0);  // nothing asked for a frame: stuck
        device.nowMs = std::max(device.nowMs, device.frameRequestedAtMs);
        device.frameRequestedAtMs = -1;
        ui.frame();
        ++frames;
    }
    CHECK(ui.glyphs().settled(ui.workspace()));
    for (char32_t cp : {U'山', U'김', U'伟', U'に'}) CHECK(bodyFontDraws(cp));
}

TEST_CASE("text typed into a field is drawn as soon as its font arrives") {
    UiHarness ui;
    serveCjkFonts(ui.platform());
    ui.frame(2);
    CHECK_FALSE(bodyFontDraws(U'한'));
    ui.glyphs().noteText("한국어");  // as the draw hook does for a field's text
    settleFonts(ui);
    CHECK(bodyFontDraws(U'한'));
    CHECK(bodyFontDraws(U'국'));
}

TEST_CASE("offline, a plan whose font was never fetched says which font it needs") {
    UiHarness ui;
    serveCjkFonts(ui.platform());
    ui.platform().online = false;
    REQUIRE(keystone::app::importPlanBytes(ui.workspace(), ui.view(), corpusPlan(ui)).ok);
    settleFonts(ui);
    CHECK(ui.glyphs().status().offline.count("Japanese") +
              ui.glyphs().status().offline.count("Chinese") >
          0);
    CHECK(ui.latestNotice().find("font, which downloads when you are online") != std::string::npos);
    CHECK_FALSE(bodyFontDraws(U'김'));

    ui.platform().goOnline();  // the page's "online" event
    settleFonts(ui);
    CHECK(bodyFontDraws(U'김'));
    CHECK(ui.glyphs().status().offline.empty());
}

TEST_CASE("a character drawn without a glyph is reported once, then the report is empty") {
    UiHarness ui;
    ui.frame(2);
    ui.glyphs().takeMissing();
    // U+0F00 (Tibetan): neither Inter nor the CJK files have it. Drawn as any panel draws.
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    list.AddText(keystone::ui::fonts().body, 15.0f, ImVec2(10, 10), IM_COL32_WHITE,
                 "Tibetan \xE0\xBC\x80 and 山");
    CHECK(ui.glyphs().takeMissing() == std::vector<char32_t>{0x0F00, U'山'});
    CHECK(ui.glyphs().takeMissing().empty());
}

// 2,000 ideographs at device pixel ratio 2 once made a 1,024 x 10,293 texture: more rows
// than many GPUs take, so every text on a Retina screen would have gone blank.
TEST_CASE("an atlas with 2,000 ideographs at pixel ratio 2 stays within 4,096 pixels a side") {
    UiHarness ui;
    serveCjkFonts(ui.platform());
    ui.frame(2);
    const auto& portfolio = ui.workspace().portfolio();
    json plan = json::parse(keystone::exportPlanFile(portfolio.accounts.front(), portfolio));
    plan["account"]["id"] = "2000c0de2000c0de2000c0de2000c0de";
    // The first 2,000 CJK Unified Ideographs, spread over the people's names.
    std::u32string ideographs;
    for (char32_t cp = 0x4E00; ideographs.size() < 2000; ++cp) ideographs += cp;
    auto& people = plan["account"]["stakeholders"];
    const std::size_t perName = ideographs.size() / people.size() + 1;
    for (std::size_t i = 0; i < people.size(); ++i) {
        std::string name;
        for (char32_t cp : ideographs.substr(std::min(i * perName, ideographs.size()), perName))
            name +=
                {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};  // three UTF-8 bytes
        people[i]["name"] = name;
    }
    REQUIRE(keystone::app::importPlanBytes(ui.workspace(), ui.view(), plan.dump()).ok);
    ui.glyphs().rebuild(2.0f);  // a Retina screen: every glyph at twice the pixels
    settleFonts(ui);
    CHECK(bodyFontDraws(0x4E00));
    CHECK(bodyFontDraws(0x4E00 + 1999));
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    CHECK(atlas.TexWidth <= 4096);
    CHECK(atlas.TexHeight <= 4096);
}
