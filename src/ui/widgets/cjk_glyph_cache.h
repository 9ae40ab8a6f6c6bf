// CJK glyphs rasterised once, a few per frame, and kept: an atlas rebuild then only copies
// their bitmaps in (ImGui custom glyph rects) instead of rasterising 2,000 ideographs at
// every text size, which takes stb_truetype well over 100 ms per size.
#pragma once

#include <imgui.h>

#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace keystone::ui {

struct RasterGlyph {
    int width = 0, height = 0;         // bitmap size in device pixels (0 for a blank glyph)
    float offsetX = 0;                 // from the pen position to the bitmap's left edge
    float offsetY = 0;                 // from the baseline to the bitmap's top (negative: above)
    float advance = 0;                 // pen advance
    std::vector<unsigned char> alpha;  // width x height coverage
};

class CjkGlyphCache {
public:
    CjkGlyphCache();
    ~CjkGlyphCache();
    CjkGlyphCache(const CjkGlyphCache&) = delete;
    CjkGlyphCache& operator=(const CjkGlyphCache&) = delete;

    // A fetched font file (its bytes must outlive the cache) under the slice's index.
    void addFont(std::size_t slice, const std::string& fontData);
    // Asks for a character from a slice at a pixel size (the font size x device pixel ratio).
    void want(char32_t codePoint, std::size_t slice, float pixelSize);
    // Rasterises wanted glyphs until `budgetMs` is spent; true when none is left waiting.
    bool rasterize(double budgetMs);
    bool idle() const { return m_queue.empty(); }
    const RasterGlyph* find(char32_t codePoint, float pixelSize) const;

private:
    struct Font;
    struct Request {
        char32_t codePoint;
        std::size_t slice;
        float pixelSize;
    };
    std::map<std::size_t, Font*> m_fonts;
    std::map<std::pair<float, char32_t>, RasterGlyph> m_glyphs;
    std::deque<Request> m_queue;
};

// Adds the cached glyphs of `codePoints` to `font` as custom glyph rects (before the atlas is
// built) and remembers them; blitCustomGlyphs copies their pixels in after it is built.
struct PendingBlit {
    int rectId;
    const RasterGlyph* glyph;
    ImFont* font;
    char32_t codePoint;
};
void addCachedGlyphs(ImFont* font, float pixelSize, const std::vector<char32_t>& codePoints,
                     const CjkGlyphCache& cache, std::vector<PendingBlit>& blits);
void blitCustomGlyphs(const std::vector<PendingBlit>& blits);

}  // namespace keystone::ui
