// Which characters the font atlas draws: the UI's own ranges plus every character the
// plans hold or a frame drew, from Inter where it has them and otherwise from the CJK font
// files cut at build time (core/text/font_slices.h), fetched only when needed.
//
// Index: what comes in (noteWorkspace, the draw hook) · rebuilding between frames ·
// what tests and the bench read (takeMissing, status).
//
// The atlas only grows while the app runs: a character once drawn keeps its glyph, so
// typing and undoing never rebuilds twice. Rebuilding is the caller's job, before
// ImGui::NewFrame (App::syncDisplayScale re-uploads the texture; the native harness needs
// no texture).
#pragma once

#include <imgui.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/editing/workspace.h"
#include "core/text/code_points.h"
#include "core/text/font_slices.h"
#include "ui/widgets/cjk_glyph_cache.h"

namespace keystone::ui {

struct NoticesState;

// What buildFonts (theme.h) adds beyond the fixed UI ranges.
struct AtlasGlyphs {
    const ImWchar* extraTextRanges =
        nullptr;  // present characters to take from Inter if it has them
    const CjkGlyphCache* cjkCache = nullptr;  // rasterised ideographs, hangul and kana
    // The characters to take from it. The two large fonts get only what they draw: CJK
    // glyphs at every size made the atlas (and each rebuild and upload) twice as large.
    std::vector<char32_t> cjkCodePoints;        // body, strong and heading: all the plans hold
    std::vector<char32_t> cjkTitleCodePoints;   // title: the account names (and any it drew)
    std::vector<char32_t> cjkFigureCodePoints;  // figure (numbers): only what it drew
};

struct GlyphAtlasStatus {
    int glyphs = 0;                 // characters the body font draws
    int slicesLoaded = 0;           // CJK font files fetched and in the atlas
    int fetchesPending = 0;         // manifest or font files on the way
    double lastRebuildMs = 0;       // building the atlas the last time (texture upload excluded)
    std::set<std::string> offline;  // languages whose font could not be fetched yet
};

class GlyphAtlas {
public:
    explicit GlyphAtlas(NoticesState& notices);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // ---- What comes in ------------------------------------------------------------------
    // Once per frame, after drawing: reads the characters of plans that changed (imported,
    // merged, another tab's save, edited) and asks for the fonts they need.
    void noteWorkspace(const Workspace& workspace, double nowMs);
    // Characters of any text (the draw hook calls it for glyphs the atlas lacks).
    void noteText(std::string_view utf8);

    // ---- Rebuilding ---------------------------------------------------------------------
    // True when characters or fonts arrived since the last build. While font files are on
    // the way it waits for them (up to kGatherFontsMs), so a plan needing twenty files
    // rebuilds once, not twenty times.
    bool needsRebuild() const;
    // Nothing on the way: no fetch, no glyph waiting to be rasterised, no rebuild due.
    bool settled() const;
    // And every change to `workspace` has been read (an import waits for the next frame).
    bool settled(const Workspace& workspace) const;
    // Builds the fonts (theme.h buildFonts) for this device pixel ratio with every character
    // noted so far, then asks for the CJK files the still-missing ones need.
    void rebuild(float devicePixelRatio);

    // ---- What tests and the bench read ----------------------------------------------------
    // Code points drawn with the fallback glyph since the last call, ascending.
    std::vector<char32_t> takeMissing();
    const GlyphAtlasStatus& status() const { return m_status; }

private:
    void readWorkspace(const Workspace& workspace, double nowMs);
    void askForFrame() const;
    void noteCodePoint(char32_t codePoint);
    void noteTitleText(std::string_view utf8);
    void textDrawn(const ImFont* font, const char* begin, const char* end);
    void fetchWhatIsMissing();
    void rasterizeFromFetchedFonts();
    void frame();  // a few milliseconds of rasterising, when glyphs wait
    void fetchManifest();
    void fetchSlice(std::size_t slice);
    void reportOffline(const std::string& language);
    static void textDrawnHook(const ImFont* font, const char* begin, const char* end);

    NoticesState& m_notices;
    CodePointSet m_present;             // every character noted: the atlas asks for all of them
    CodePointSet m_titleText;           // of which in account names, or drawn in the title font
    CodePointSet m_figureText;          // of which drawn in the figure font
    CodePointSet m_undrawable;          // present but not in the atlas after the last build
    std::set<char32_t> m_missingDrawn;  // drawn with the fallback glyph since takeMissing()
    bool m_needsRebuild = true;
    double m_fontArrivedAtMs = -1;  // first font file fetched since the last build

    unsigned long long m_seenRevision = ~0ull;
    std::size_t m_seenAccounts = ~std::size_t{0};
    std::string m_seenSelection;
    double m_changedAtMs = -1;  // an edit waiting to be read, once typing pauses

    enum class Fetch { None, Pending, Done, Failed };
    Fetch m_manifestFetch = Fetch::None;
    std::optional<FontSliceIndex> m_slices;
    std::map<std::size_t, Fetch> m_sliceFetches;
    std::map<std::size_t, std::string> m_sliceData;  // slice index -> .otf bytes

    // Kept alive for the atlas, which reads glyph ranges through pointers.
    std::vector<ImWchar> m_extraTextRanges;
    CjkGlyphCache m_cache;   // CJK glyphs rasterised a few per frame, kept across rebuilds
    float m_pixelRatio = 1;  // of the last build: the sizes to rasterise at
    GlyphAtlasStatus m_status;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);  // for late fetch replies
};

}  // namespace keystone::ui
