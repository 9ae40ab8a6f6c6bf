// WCAG 2.1 AA contrast of both themes (docs/accessibility.md, "Contrast"): every text
// colour against every background it is drawn on, 4.5:1 (success criterion 1.4.3); the
// boundaries of controls, the focus ring, check marks, slider grabs and scroll bars against
// what surrounds them, 3:1 (1.4.11). Contrast is WCAG's: (L1 + 0.05) / (L2 + 0.05) of the
// relative luminances of the sRGB colours, a translucent colour taken over what it covers.
//
// Pressed states (ButtonActive, FrameBgActive, HeaderActive) last as long as the mouse button
// is held and carry ImGuiCol_Text only; disabled controls (ImGui's DisabledAlpha) are exempt
// from 1.4.3, as WCAG says for inactive components.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

using keystone::ui::palette;
using keystone::ui::ThemeMode;

namespace {

double channel(float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const ImVec4& c) {
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

// A translucent colour as it shows over an opaque one.
ImVec4 over(const ImVec4& top, const ImVec4& below) {
    const float a = top.w;
    return ImVec4(top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a),
                  top.z * a + below.z * (1 - a), 1.0f);
}

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

using Named = std::pair<std::string, ImVec4>;

// One theme applied to a context of its own (applyTheme writes ImGui's style); the light
// theme, every other test's default, is put back afterwards.
class Themed {
public:
    explicit Themed(ThemeMode mode) : m_context(ImGui::CreateContext()) {
        keystone::ui::applyTheme(mode);
    }
    ~Themed() {
        keystone::ui::applyTheme(ThemeMode::Light);
        ImGui::DestroyContext(m_context);
    }
    Themed(const Themed&) = delete;
    Themed& operator=(const Themed&) = delete;

    static Named col(const char* name, ImGuiCol slot) {
        return {name, ImGui::GetStyle().Colors[slot]};
    }

    // Where text is drawn: windows, cards, pop-ups and dialogs, fields and buttons (also under
    // the pointer), selected and hovered rows and tabs, table headers, alternate rows.
    static std::vector<Named> textBackgrounds() {
        const ImVec4 child = ImGui::GetStyle().Colors[ImGuiCol_ChildBg];
        const ImVec4 window = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        const ImVec4 rowAlt = ImGui::GetStyle().Colors[ImGuiCol_TableRowBgAlt];
        return {col("WindowBg", ImGuiCol_WindowBg),
                col("ChildBg", ImGuiCol_ChildBg),
                col("PopupBg", ImGuiCol_PopupBg),
                col("MenuBarBg", ImGuiCol_MenuBarBg),
                col("FrameBg", ImGuiCol_FrameBg),
                col("FrameBgHovered", ImGuiCol_FrameBgHovered),
                col("Button", ImGuiCol_Button),
                col("ButtonHovered", ImGuiCol_ButtonHovered),
                col("Header", ImGuiCol_Header),
                col("HeaderHovered", ImGuiCol_HeaderHovered),
                col("TabActive", ImGuiCol_TabActive),
                col("TabHovered", ImGuiCol_TabHovered),
                col("TableHeaderBg", ImGuiCol_TableHeaderBg),
                {"TableRowBgAlt over ChildBg", over(rowAlt, child)},
                {"TableRowBgAlt over WindowBg", over(rowAlt, window)}};
    }

    // Where status colours and links are drawn as text: the panes, cards, dialogs and rows.
    static std::vector<Named> statusBackgrounds() {
        const ImVec4 child = ImGui::GetStyle().Colors[ImGuiCol_ChildBg];
        const ImVec4 rowAlt = ImGui::GetStyle().Colors[ImGuiCol_TableRowBgAlt];
        return {col("WindowBg", ImGuiCol_WindowBg),
                col("ChildBg", ImGuiCol_ChildBg),
                col("PopupBg", ImGuiCol_PopupBg),
                {"TableRowBgAlt over ChildBg", over(rowAlt, child)}};
    }

    // What a control's outline, the focus ring or a scroll bar sits on.
    static std::vector<Named> controlSurroundings() {
        return {col("WindowBg", ImGuiCol_WindowBg), col("ChildBg", ImGuiCol_ChildBg),
                col("PopupBg", ImGuiCol_PopupBg)};
    }

private:
    ImGuiContext* m_context;
};

// A badge (ui::badge): text in a colour on a pale fill of the same colour, on a pane.
std::vector<Named> badgeFills(const ImVec4& colour, const std::vector<Named>& panes) {
    ImVec4 fill = colour;
    fill.w = keystone::ui::kBadgeFillAlpha;
    std::vector<Named> fills;
    for (const Named& pane : panes)
        fills.push_back({"its badge fill on " + pane.first, over(fill, pane.second)});
    return fills;
}

void requireContrast(const Named& foreground, const std::vector<Named>& backgrounds,
                     double minimum) {
    for (const Named& background : backgrounds) {
        const double ratio =
            contrast(foreground.second, over(background.second, ImVec4(1, 1, 1, 1)));
        INFO(foreground.first << " on " << background.first << ": " << ratio << ":1, needs "
                              << minimum << ":1");
        CHECK(ratio >= minimum);
    }
}

const ThemeMode kThemes[] = {ThemeMode::Light, ThemeMode::Dark};
const char* themeName(ThemeMode mode) { return mode == ThemeMode::Light ? "light" : "dark"; }

}  // namespace

TEST_CASE("WCAG's contrast of black on white is 21:1 and of a colour on itself 1:1") {
    CHECK(contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
    CHECK(contrast(ImVec4(0.5f, 0.2f, 0.9f, 1), ImVec4(0.5f, 0.2f, 0.9f, 1)) ==
          doctest::Approx(1.0));
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    const float grey = 0x76 / 255.0f;
    CHECK(contrast(ImVec4(grey, grey, grey, 1), ImVec4(1, 1, 1, 1)) ==
          doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("body text has 4.5:1 contrast on every background it is drawn on, in both themes") {
    for (ThemeMode mode : kThemes) {
        INFO(themeName(mode) << " theme");
        Themed theme(mode);
        std::vector<Named> backgrounds = Themed::textBackgrounds();
        backgrounds.push_back(Themed::col("FrameBgActive", ImGuiCol_FrameBgActive));
        backgrounds.push_back(Themed::col("ButtonActive", ImGuiCol_ButtonActive));
        backgrounds.push_back(Themed::col("HeaderActive", ImGuiCol_HeaderActive));
        const ImVec4 frame = ImGui::GetStyle().Colors[ImGuiCol_FrameBg];
        backgrounds.push_back({"TextSelectedBg over FrameBg",
                               over(ImGui::GetStyle().Colors[ImGuiCol_TextSelectedBg], frame)});
        requireContrast(Themed::col("Text", ImGuiCol_Text), backgrounds, 4.5);
    }
}

TEST_CASE("secondary text and field placeholders have 4.5:1 contrast where they are drawn") {
    for (ThemeMode mode : kThemes) {
        INFO(themeName(mode) << " theme");
        Themed theme(mode);
        // InputTextWithHint draws its placeholder in TextDisabled; panels use textMuted.
        requireContrast(Themed::col("TextDisabled", ImGuiCol_TextDisabled),
                        Themed::textBackgrounds(), 4.5);
        requireContrast({"textMuted", palette().textMuted}, Themed::textBackgrounds(), 4.5);
        requireContrast({"textMuted", palette().textMuted},
                        badgeFills(palette().textMuted, Themed::statusBackgrounds()), 4.5);
    }
}

TEST_CASE(
    "status colours and the accent have 4.5:1 contrast as text on panes, cards, dialogs and "
    "badges") {
    for (ThemeMode mode : kThemes) {
        INFO(themeName(mode) << " theme");
        Themed theme(mode);
        for (const Named& colour : std::vector<Named>{{"accent", palette().accent},
                                                      {"good", palette().good},
                                                      {"warning", palette().warning},
                                                      {"bad", palette().bad},
                                                      {"info", palette().info},
                                                      {"strong", palette().strong}}) {
            requireContrast(colour, Themed::statusBackgrounds(), 4.5);
            if (colour.first != "accent")  // the accent is no badge colour
                requireContrast(colour, badgeFills(colour.second, Themed::statusBackgrounds()),
                                4.5);
        }
    }
}

TEST_CASE(
    "control outlines, the focus ring and scroll bars have 3:1 contrast with what surrounds them") {
    for (ThemeMode mode : kThemes) {
        INFO(themeName(mode) << " theme");
        Themed theme(mode);
        // A field's or a button's outline against the pane outside it and its own fill.
        std::vector<Named> aroundOutline = Themed::controlSurroundings();
        aroundOutline.push_back(Themed::col("FrameBg", ImGuiCol_FrameBg));
        aroundOutline.push_back(Themed::col("Button", ImGuiCol_Button));
        requireContrast(Themed::col("Border", ImGuiCol_Border), aroundOutline, 3.0);
        requireContrast(Themed::col("NavHighlight", ImGuiCol_NavHighlight),
                        Themed::controlSurroundings(), 3.0);
        requireContrast(Themed::col("ScrollbarGrab", ImGuiCol_ScrollbarGrab),
                        Themed::controlSurroundings(), 3.0);
        // A check mark and a slider grab against the field they sit in.
        const std::vector<Named> field = {Themed::col("FrameBg", ImGuiCol_FrameBg),
                                          Themed::col("FrameBgHovered", ImGuiCol_FrameBgHovered)};
        requireContrast(Themed::col("CheckMark", ImGuiCol_CheckMark), field, 3.0);
        requireContrast(Themed::col("SliderGrab", ImGuiCol_SliderGrab), field, 3.0);
    }
}
