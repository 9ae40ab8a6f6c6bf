#include "ui/widgets/cjk_glyph_cache.h"

#include <imgui_internal.h>

#include <cmath>

#include "platform/platform.h"

// Dear ImGui keeps its stb_truetype private (STBTT_STATIC in imgui_draw.cpp); this file has
// its own private copy of the same header to rasterise into the cache.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wcast-qual"
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"
#pragma GCC diagnostic pop

namespace keystone::ui {

// Ideographs sit on Inter's em: Inter's line (ascender + descender) is 1.21 em, so a font
// size of 15 px is an em of about 12.4 px, and CJK glyphs are drawn on that em too.
constexpr float kEmPerFontPixel = 1.0f / 1.21f;

struct CjkGlyphCache::Font {
    stbtt_fontinfo info;
};

CjkGlyphCache::CjkGlyphCache() = default;

CjkGlyphCache::~CjkGlyphCache() {
    for (auto& [slice, font] : m_fonts) delete font;
}

void CjkGlyphCache::addFont(std::size_t slice, const std::string& fontData) {
    if (m_fonts.count(slice)) return;
    auto* font = new Font;
    const auto* bytes = reinterpret_cast<const unsigned char*>(fontData.data());
    if (!stbtt_InitFont(&font->info, bytes, stbtt_GetFontOffsetForIndex(bytes, 0))) {
        delete font;  // a damaged file draws nothing; its characters stay missing
        return;
    }
    m_fonts[slice] = font;
}

void CjkGlyphCache::want(char32_t codePoint, std::size_t slice, float pixelSize) {
    if (m_glyphs.count({pixelSize, codePoint})) return;
    m_glyphs[{pixelSize, codePoint}];  // reserved: asked once, however often it is wanted
    m_queue.push_back({codePoint, slice, pixelSize});
}

bool CjkGlyphCache::rasterize(double budgetMs) {
    const double start = platform::nowMs();
    while (!m_queue.empty() && platform::nowMs() - start < budgetMs) {
        const Request request = m_queue.front();
        m_queue.pop_front();
        const auto font = m_fonts.find(request.slice);
        if (font == m_fonts.end()) continue;
        const stbtt_fontinfo& info = font->second->info;
        const int cp = static_cast<int>(request.codePoint);
        const float scale =
            stbtt_ScaleForMappingEmToPixels(&info, request.pixelSize * kEmPerFontPixel);
        RasterGlyph& glyph = m_glyphs[{request.pixelSize, request.codePoint}];
        int advance = 0, bearing = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        stbtt_GetCodepointHMetrics(&info, cp, &advance, &bearing);
        stbtt_GetCodepointBitmapBox(&info, cp, scale, scale, &x0, &y0, &x1, &y1);
        glyph.advance = std::round(advance * scale);
        glyph.offsetX = static_cast<float>(x0);
        glyph.offsetY = static_cast<float>(y0);
        glyph.width = x1 - x0;
        glyph.height = y1 - y0;
        if (glyph.width > 0 && glyph.height > 0) {
            glyph.alpha.assign(static_cast<std::size_t>(glyph.width * glyph.height), 0);
            stbtt_MakeCodepointBitmap(&info, glyph.alpha.data(), glyph.width, glyph.height,
                                      glyph.width, scale, scale, cp);
        } else {
            // A space (U+3000): the atlas wants a rect, so one clear pixel.
            glyph.width = glyph.height = 1;
            glyph.alpha.assign(1, 0);
        }
    }
    return m_queue.empty();
}

const RasterGlyph* CjkGlyphCache::find(char32_t codePoint, float pixelSize) const {
    const auto found = m_glyphs.find({pixelSize, codePoint});
    if (found == m_glyphs.end() || found->second.advance <= 0) return nullptr;
    return &found->second;
}

void addCachedGlyphs(ImFont* font, float pixelSize, const std::vector<char32_t>& codePoints,
                     const CjkGlyphCache& cache, std::vector<PendingBlit>& blits) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (char32_t cp : codePoints) {
        const RasterGlyph* glyph = cache.find(cp, pixelSize);
        if (!glyph || cp > 0xFFFF) continue;
        // Offsets are from the line's top; the font's ascent is known only once it is built,
        // so blitCustomGlyphs moves each glyph down onto the baseline.
        const int rect = atlas->AddCustomRectFontGlyph(font, static_cast<ImWchar>(cp), glyph->width,
                                                       glyph->height, glyph->advance,
                                                       ImVec2(glyph->offsetX, glyph->offsetY));
        blits.push_back({rect, glyph, font, cp});
    }
}

void blitCustomGlyphs(const std::vector<PendingBlit>& blits) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = atlas->TexPixelsAlpha8;
    if (!pixels) return;
    for (const PendingBlit& blit : blits) {
        const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(blit.rectId);
        if (!rect->IsPacked()) continue;
        for (int row = 0; row < blit.glyph->height; ++row) {
            std::copy_n(blit.glyph->alpha.data() + row * blit.glyph->width, blit.glyph->width,
                        pixels + (rect->Y + row) * atlas->TexWidth + rect->X);
        }
        auto* glyph = const_cast<ImFontGlyph*>(
            blit.font->FindGlyphNoFallback(static_cast<ImWchar>(blit.codePoint)));
        if (glyph) {
            glyph->Y0 += blit.font->Ascent;
            glyph->Y1 += blit.font->Ascent;
        }
    }
}

}  // namespace keystone::ui
