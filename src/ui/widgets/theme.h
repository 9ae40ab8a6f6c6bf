// Look and feel: the Inter type scale, light and dark palettes, and em-based sizes.
//
// All sizes derive from the body font size (1 em = 15 CSS px) so that HiDPI and browser
// zoom just work: fonts are rasterised at em x devicePixelRatio and displayed at 1/dpr.
#pragma once

#include <imgui.h>

#include <vector>

namespace keystone::ui {

enum class ThemeMode { Light, Dark };

struct Fonts {
    ImFont* body = nullptr;     // Inter Regular 1 em, with icons merged
    ImFont* strong = nullptr;   // Inter SemiBold 1 em
    ImFont* heading = nullptr;  // Inter SemiBold 1.25 em
    ImFont* title = nullptr;    // Inter SemiBold 1.7 em
    ImFont* figure = nullptr;   // Inter SemiBold 1.45 em, for KPI tiles
};

// Semantic colours the panels use on top of ImGui's style colours.
struct Palette {
    ImVec4 accent;     // primary actions, selection
    ImVec4 textMuted;  // secondary text
    ImVec4 surface;    // cards and tiles
    ImVec4 border;
    ImVec4 good;     // green band
    ImVec4 warning;  // amber band
    ImVec4 bad;      // red band
    ImVec4 info;
    ImVec4 strong;  // deeper green than good: the top of a scale (a trusted relationship)
};

constexpr float kBaseFontPx = 15.0f;

struct AtlasGlyphs;  // ui/widgets/glyph_atlas.h: characters beyond the UI's own ranges

// Rebuilds the font atlas for a device pixel ratio with the characters the plans need (the
// caller re-uploads the texture). GlyphAtlas::rebuild is the usual caller.
void buildFonts(float devicePixelRatio, const AtlasGlyphs& glyphs);
// The pixel sizes the text fonts are rasterised at for this ratio (body and strong share one).
struct TextFontSizes {
    float body, heading, title, figure;
};
TextFontSizes textFontPixelSizes(float devicePixelRatio);
const Fonts& fonts();

void applyTheme(ThemeMode mode);
// Switches theme at the start of the next frame: changing style colours mid-frame would be
// undone by the PopStyleColor calls of panels that pushed the old values.
void requestTheme(ThemeMode mode);
void applyRequestedTheme();
ThemeMode currentTheme();
const Palette& palette();

// n em as pixels, and an em-sized vector (hello_imgui's EmToVec2).
inline float em(float n) { return n * kBaseFontPx; }
inline ImVec2 emVec(float x, float y) { return ImVec2(em(x), em(y)); }

ImU32 toU32(const ImVec4& colour);

}  // namespace keystone::ui
