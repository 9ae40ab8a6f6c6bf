#include "ui/widgets/theme.h"

#include <cstddef>
#include <vector>

#include "ui/widgets/cjk_glyph_cache.h"
#include "ui/widgets/glyph_atlas.h"
#include "ui/widgets/icons.h"

// Embedded at build time from Debian's fonts-inter and fonts-font-awesome.
extern const unsigned char inter_regular_data[];
extern const std::size_t inter_regular_size;
extern const unsigned char inter_semibold_data[];
extern const std::size_t inter_semibold_size;
extern const unsigned char icon_font_data[];
extern const std::size_t icon_font_size;

namespace keystone::ui {
namespace {

Fonts g_fonts;
std::vector<PendingBlit> g_blits;  // CJK glyphs to copy into the atlas once it is built
Palette g_palette;
ThemeMode g_mode = ThemeMode::Light;
ThemeMode g_requested = ThemeMode::Light;
bool g_hasRequest = false;

ImFont* addFont(const unsigned char* data, std::size_t size, float px, float scale, bool withIcons,
                const AtlasGlyphs& glyphs, const std::vector<char32_t>& cjkCodePoints) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // static data, the atlas must not free it
    config.OversampleH = 2;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    // The UI's own characters; everything a plan holds comes as glyphs.extraTextRanges, and
    // anything else drawn is noted by the draw hook and added at the next rebuild
    // (glyph_atlas.h). Small ranges keep a rebuild short: each is rasterised five times.
    static const ImWchar kTextRanges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement (what a rep types most)
        0x03A3, 0x03A3,  // Σ (totals)
        0x03B4, 0x03B4,  // δ (change)
        0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
        0x20AC, 0x20AC,  // €
        0x2190, 0x2193,  // arrows
        0x2212, 0x2212,  // minus sign
        0x2248, 0x2248,  // ≈
        0x2264, 0x2265,  // ≤ ≥
        0,
    };
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(
        const_cast<unsigned char*>(data), static_cast<int>(size), px * scale, &config, kTextRanges);
    if (withIcons) {
        ImFontConfig iconConfig;
        iconConfig.FontDataOwnedByAtlas = false;
        iconConfig.MergeMode = true;
        iconConfig.GlyphMinAdvanceX = px * scale;  // icons line up in lists
        iconConfig.GlyphOffset = ImVec2(0, 0.05f * px * scale);
        io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(icon_font_data),
                                       static_cast<int>(icon_font_size), px * 0.9f * scale,
                                       &iconConfig, kIconGlyphRanges);
    }
    // Characters the plans hold beyond the UI's ranges (Vietnamese, rarer diacritics):
    // Inter draws those it has; the atlas skips the rest.
    if (glyphs.extraTextRanges && glyphs.extraTextRanges[0] != 0) {
        ImFontConfig extra = config;
        extra.MergeMode = true;
        io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                       px * scale, &extra, glyphs.extraTextRanges);
    }
    if (glyphs.cjkCache)
        addCachedGlyphs(font, px * scale, cjkCodePoints, *glyphs.cjkCache, g_blits);
    font->Scale = 1.0f / scale;  // rasterised for device pixels, laid out in CSS pixels
    return font;
}

// ImGui picks the atlas width from its own glyphs and not the cached CJK ones (custom rects):
// 2,000 ideographs at device pixel ratio 2 made a 1,024 x 10,293 texture, past the 8,192
// rows many GPUs take (WebGL 2 promises only 2,048). A width near the square root of the
// whole area keeps both sides within 4,096 for any plan a rep holds. 0: ImGui's own choice.
int atlasWidthFor(const std::vector<PendingBlit>& blits, float scale) {
    if (blits.empty()) return 0;
    const int padding = ImGui::GetIO().Fonts->TexGlyphPadding + 1;
    double area = 400000.0 * scale * scale;  // the Latin text and icon glyphs, about
    for (const PendingBlit& blit : blits)
        area += static_cast<double>(blit.glyph->width + padding) * (blit.glyph->height + padding);
    int width = 512;
    while (width < 4096 && width * width < area) width *= 2;
    return width;
}

ImVec4 rgb(int hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f,
                  (hex & 0xFF) / 255.0f, alpha);
}

void applySizes(ImGuiStyle& style) {
    style = ImGuiStyle();
    style.DisabledAlpha = 0.45f;  // greyed toolbar buttons (Undo with nothing to undo)
    style.WindowPadding = emVec(1.0f, 0.9f);
    style.FramePadding = emVec(0.6f, 0.35f);
    style.CellPadding = emVec(0.5f, 0.3f);
    style.ItemSpacing = emVec(0.6f, 0.5f);
    style.ItemInnerSpacing = emVec(0.4f, 0.3f);
    style.IndentSpacing = em(1.2f);
    style.ScrollbarSize = em(0.8f);
    style.GrabMinSize = em(0.7f);
    style.WindowRounding = em(0.4f);
    style.ChildRounding = em(0.4f);
    style.FrameRounding = em(0.3f);
    style.PopupRounding = em(0.4f);
    style.ScrollbarRounding = em(0.4f);
    style.GrabRounding = em(0.3f);
    style.TabRounding = em(0.3f);
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.FrameBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.TabBorderSize = 0.0f;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
}

// One palette per theme; applyColours maps it onto ImGui's style slots.
// Measured against WCAG 2.1 AA by tests/ui/contrast_test.cpp (docs/accessibility.md): text
// and status colours 4.5:1 where they are drawn, outlines and scroll bars 3:1.
struct ThemeColours {
    int text, muted, window, surface, popup;
    int outline;  // controls, pop-ups and cards (ImGuiCol_Border): 3:1, a field is seen by it
    int border;   // dividers: separators, table rules, chart frames
    int accent, accentStrong;
    int frame, frameHovered, frameActive, button, buttonHovered, buttonActive;
    int header, headerHovered, headerActive, tableHeader, rowAlt, selection;
    int scrollbar, scrollbarHovered, scrollbarActive, separatorHovered;
    int good, warning, bad, info, strong;
    int modalDim;
    float modalDimAlpha;
};

// Colours changed for contrast were darkened in CIELAB lightness only, as little as passes.
constexpr ThemeColours kLight{0x0F172A, 0x55657C, 0xF8FAFC, 0xFFFFFF, 0xFFFFFF, 0x8B9098, 0xE2E8F0,
                              0x2563EB, 0x1D4ED8, 0xFFFFFF, 0xF1F5F9, 0xE2E8F0, 0xFFFFFF, 0xF1F5F9,
                              0xE2E8F0, 0xDBEAFE, 0xEFF6FF, 0xBFDBFE, 0xF1F5F9, 0xF8FAFC, 0xBFDBFE,
                              0x88919C, 0x64748B, 0x475569, 0x93C5FD, 0x00721D, 0xA14900, 0xC00013,
                              0x006B8B, 0x007151, 0x0F172A, 0.35f};

constexpr ThemeColours kDark{0xE2E8F0, 0x96A5BA, 0x0B1220, 0x131C2E, 0x172033, 0x636F86, 0x243044,
                             0x60A5FA, 0x93C5FD, 0x0F1729, 0x1A2438, 0x223049, 0x1A2438, 0x223049,
                             0x2B3A57, 0x1E3A5F, 0x1A2C47, 0x24497A, 0x172033, 0x0F1729, 0x1E40AF,
                             0x5E6C82, 0x7B8AA0, 0x94A3B8, 0x3B82F6, 0x4ADE80, 0xFBBF24, 0xF87171,
                             0x22D3EE, 0x6EE7B7, 0x000000, 0.5f};

void applyColours(const ThemeColours& t, ImVec4* c) {
    const ImVec4 clear = rgb(0, 0.0f);
    c[ImGuiCol_Text] = rgb(t.text);
    c[ImGuiCol_TextDisabled] = rgb(t.muted);
    c[ImGuiCol_WindowBg] = rgb(t.window);
    c[ImGuiCol_ChildBg] = rgb(t.surface);
    c[ImGuiCol_PopupBg] = rgb(t.popup);
    c[ImGuiCol_Border] = rgb(t.outline);
    c[ImGuiCol_BorderShadow] = clear;
    c[ImGuiCol_FrameBg] = rgb(t.frame);
    c[ImGuiCol_FrameBgHovered] = rgb(t.frameHovered);
    c[ImGuiCol_FrameBgActive] = rgb(t.frameActive);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = rgb(t.window);
    c[ImGuiCol_MenuBarBg] = rgb(t.surface);
    c[ImGuiCol_ScrollbarBg] = clear;
    c[ImGuiCol_ScrollbarGrab] = rgb(t.scrollbar);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(t.scrollbarHovered);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(t.scrollbarActive);
    c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrab] = rgb(t.accent);
    c[ImGuiCol_SliderGrabActive] = rgb(t.accentStrong);
    c[ImGuiCol_Button] = rgb(t.button);
    c[ImGuiCol_ButtonHovered] = rgb(t.buttonHovered);
    c[ImGuiCol_ButtonActive] = rgb(t.buttonActive);
    c[ImGuiCol_Header] = rgb(t.header);
    c[ImGuiCol_HeaderHovered] = rgb(t.headerHovered);
    c[ImGuiCol_HeaderActive] = rgb(t.headerActive);
    c[ImGuiCol_Separator] = rgb(t.border);
    c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_ResizeGripHovered] = rgb(t.separatorHovered);
    c[ImGuiCol_SeparatorActive] = c[ImGuiCol_ResizeGripActive] = rgb(t.accent);
    c[ImGuiCol_ResizeGrip] = clear;
    c[ImGuiCol_Tab] = c[ImGuiCol_TabUnfocused] = clear;
    c[ImGuiCol_TabHovered] = rgb(t.headerHovered);
    c[ImGuiCol_TabActive] = c[ImGuiCol_TabUnfocusedActive] = rgb(t.header);
    c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotHistogram] = rgb(t.accent);
    c[ImGuiCol_TableHeaderBg] = rgb(t.tableHeader);
    c[ImGuiCol_TableBorderStrong] = rgb(t.border);
    c[ImGuiCol_TableBorderLight] = rgb(t.frameHovered);
    c[ImGuiCol_TableRowBg] = clear;
    c[ImGuiCol_TableRowBgAlt] = rgb(t.rowAlt, 0.7f);
    c[ImGuiCol_TextSelectedBg] = rgb(t.selection);
    c[ImGuiCol_NavHighlight] = rgb(t.accent);
    c[ImGuiCol_ModalWindowDimBg] = rgb(t.modalDim, t.modalDimAlpha);
    g_palette = Palette{rgb(t.accent),  rgb(t.muted), rgb(t.surface), rgb(t.border), rgb(t.good),
                        rgb(t.warning), rgb(t.bad),   rgb(t.info),    rgb(t.strong)};
}

}  // namespace

TextFontSizes textFontPixelSizes(float devicePixelRatio) {
    const float scale = devicePixelRatio < 1.0f ? 1.0f : devicePixelRatio;
    return {kBaseFontPx * scale, kBaseFontPx * 1.25f * scale, kBaseFontPx * 1.7f * scale,
            kBaseFontPx * 1.45f * scale};
}

void buildFonts(float devicePixelRatio, const AtlasGlyphs& glyphs) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Only the rows the glyphs use: every byte of the atlas is uploaded at start and after
    // each rebuild (WebGL 2 takes any texture height).
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    g_blits.clear();
    const float scale = devicePixelRatio < 1.0f ? 1.0f : devicePixelRatio;
    const TextFontSizes px = textFontPixelSizes(1.0f);
    g_fonts.body = addFont(inter_regular_data, inter_regular_size, px.body, scale, true, glyphs,
                           glyphs.cjkCodePoints);
    g_fonts.strong = addFont(inter_semibold_data, inter_semibold_size, px.body, scale, true, glyphs,
                             glyphs.cjkCodePoints);
    g_fonts.heading = addFont(inter_semibold_data, inter_semibold_size, px.heading, scale, true,
                              glyphs, glyphs.cjkCodePoints);
    g_fonts.title = addFont(inter_semibold_data, inter_semibold_size, px.title, scale, false,
                            glyphs, glyphs.cjkTitleCodePoints);
    g_fonts.figure = addFont(inter_semibold_data, inter_semibold_size, px.figure, scale, false,
                             glyphs, glyphs.cjkFigureCodePoints);
    io.FontDefault = g_fonts.body;
    io.Fonts->TexDesiredWidth = atlasWidthFor(g_blits, scale);
    io.Fonts->Build();
    blitCustomGlyphs(g_blits);
    g_blits.clear();
}

const Fonts& fonts() { return g_fonts; }

void applyTheme(ThemeMode mode) {
    g_mode = mode;
    ImGuiStyle& style = ImGui::GetStyle();
    applySizes(style);
    applyColours(mode == ThemeMode::Dark ? kDark : kLight, style.Colors);
}

ThemeMode currentTheme() { return g_mode; }

void requestTheme(ThemeMode mode) {
    g_requested = mode;
    g_hasRequest = true;
}

void applyRequestedTheme() {
    if (!g_hasRequest) return;
    g_hasRequest = false;
    applyTheme(g_requested);
}

const Palette& palette() { return g_palette; }

ImU32 toU32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

}  // namespace keystone::ui
