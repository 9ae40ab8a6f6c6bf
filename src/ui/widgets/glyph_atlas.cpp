#include "ui/widgets/glyph_atlas.h"

#include <imgui_internal.h>

#include <memory>

#include "platform/platform.h"
#include "ui/shell/notices.h"
#include "ui/widgets/theme.h"

// Set by cmake/imgui_text_hook.cmake's copy of imgui_draw.cpp: called with every string
// ImFont::RenderText draws.
extern void (*GImFontTextDrawnHook)(const ImFont* font, const char* text_begin,
                                    const char* text_end);

namespace keystone::ui {
namespace {

constexpr double kEditSettleMs = 300;  // read an edited plan once typing pauses, like autosave
constexpr const char* kFontFolder = "fonts/cjk/";
constexpr double kGatherFontsMs = 250;  // how long arrived fonts wait for the rest
// Rasterising per frame: 2,000 ideographs at four sizes take about a second, in slices that
// leave the frame its time.
constexpr double kRasterBudgetMs = 6;

GlyphAtlas* g_drawing = nullptr;  // the atlas the draw hook reports to (one per ImGui context)

// Zero-terminated [first, last] pairs of ImGui glyph ranges, for the code points `keep` accepts.
template <class Keep>
std::vector<ImWchar> glyphRanges(const std::vector<char32_t>& codePoints, Keep keep) {
    std::vector<ImWchar> ranges;
    for (char32_t cp : codePoints) {
        // ImWchar is 16 bits in this build: characters past U+FFFF cannot have a glyph.
        if (cp > 0xFFFF || !keep(cp)) continue;
        if (!ranges.empty() && static_cast<char32_t>(ranges.back()) + 1 == cp)
            ranges.back() = static_cast<ImWchar>(cp);
        else
            ranges.insert(ranges.end(), {static_cast<ImWchar>(cp), static_cast<ImWchar>(cp)});
    }
    ranges.push_back(0);
    return ranges;
}

}  // namespace

GlyphAtlas::GlyphAtlas(NoticesState& notices) : m_notices(notices) {
    g_drawing = this;
    GImFontTextDrawnHook = &GlyphAtlas::textDrawnHook;
    platform::onBackOnline([alive = std::weak_ptr<bool>(m_alive), this] {
        if (alive.expired()) return;
        // Whatever failed offline is asked for again; the notes go once the fonts arrive.
        if (m_manifestFetch == Fetch::Failed) m_manifestFetch = Fetch::None;
        for (auto& [slice, state] : m_sliceFetches)
            if (state == Fetch::Failed) state = Fetch::None;
        m_status.offline.clear();
        fetchWhatIsMissing();
        platform::requestFrame();
    });
}

GlyphAtlas::~GlyphAtlas() {
    if (g_drawing == this) {
        g_drawing = nullptr;
        GImFontTextDrawnHook = nullptr;
    }
}

// ---- What comes in ----------------------------------------------------------------------

void GlyphAtlas::noteWorkspace(const Workspace& workspace, double nowMs) {
    frame();
    readWorkspace(workspace, nowMs);
    askForFrame();
}

// Frames are drawn on demand (app/frame_pacer.h): whatever is still on its way here asks
// for the frame that carries it on. A fetch on the way needs none: its reply wakes the loop.
void GlyphAtlas::askForFrame() const {
    if (!m_cache.idle() || needsRebuild()) {
        platform::requestFrame();  // glyphs to rasterise, or a rebuild due before NewFrame
        return;
    }
    if (m_needsRebuild && m_fontArrivedAtMs >= 0)
        platform::requestFrameAt(m_fontArrivedAtMs + kGatherFontsMs);  // the others' wait ends
    if (m_changedAtMs >= 0) platform::requestFrameAt(m_changedAtMs + kEditSettleMs);
}

void GlyphAtlas::readWorkspace(const Workspace& workspace, double nowMs) {
    const Portfolio& portfolio = workspace.portfolio();
    const std::string& selection = workspace.selectedAccountId();
    if (portfolio.accounts.size() != m_seenAccounts) {
        // Startup, an import or a deletion: read every plan, so fonts come before the rep
        // opens the account.
        m_seenAccounts = portfolio.accounts.size();
        m_seenRevision = workspace.revision();
        m_seenSelection = selection;
        m_changedAtMs = -1;
        for (const Account& account : portfolio.accounts) {
            if (m_present.merge(accountCodePoints(account)) > 0) m_needsRebuild = true;
            noteTitleText(account.name);
        }
        return;
    }
    if (workspace.revision() != m_seenRevision) {
        m_seenRevision = workspace.revision();
        m_changedAtMs = nowMs;
    }
    const bool settled = m_changedAtMs >= 0 && nowMs - m_changedAtMs >= kEditSettleMs;
    if (selection == m_seenSelection && !settled) return;
    // An edit, a merge or another tab's save: the open account is what shows its text (the
    // others are read when opened), and every account's name shows in the portfolio.
    m_seenSelection = selection;
    m_changedAtMs = -1;
    for (const Account& account : portfolio.accounts) {
        noteText(account.name);
        noteTitleText(account.name);
    }
    if (const Account* open = workspace.selectedAccount())
        if (m_present.merge(accountCodePoints(*open)) > 0) m_needsRebuild = true;
}

void GlyphAtlas::noteText(std::string_view utf8) {
    CodePointSet points;
    addCodePoints(utf8, points);
    if (m_present.merge(points) > 0) m_needsRebuild = true;
}

// The title font draws account names: their characters are the CJK ones it needs.
void GlyphAtlas::noteTitleText(std::string_view utf8) {
    CodePointSet points;
    addCodePoints(utf8, points);
    if (m_titleText.merge(points) > 0) m_needsRebuild = true;
}

void GlyphAtlas::noteCodePoint(char32_t codePoint) {
    if (m_present.insert(codePoint)) m_needsRebuild = true;
}

void GlyphAtlas::textDrawnHook(const ImFont* font, const char* begin, const char* end) {
    if (g_drawing) g_drawing->textDrawn(font, begin, end);
}

// Runs for every string drawn, every frame: ASCII (always in the atlas) costs one compare.
void GlyphAtlas::textDrawn(const ImFont* font, const char* text, const char* end) {
    while (text < end) {
        const auto lead = static_cast<unsigned char>(*text);
        if (lead < 0x80) {
            ++text;
            continue;
        }
        unsigned int cp = 0;
        const int length = ImTextCharFromUtf8(&cp, text, end);
        // ImGui reads characters past U+FFFF as U+FFFD; report the real one.
        if ((lead & 0xF8) == 0xF0 && end - text >= 4) {
            cp = ((lead & 0x07u) << 18) | ((text[1] & 0x3Fu) << 12) | ((text[2] & 0x3Fu) << 6) |
                 (text[3] & 0x3Fu);
        }
        text += length > 0 ? length : 1;
        if (cp <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) continue;
        m_missingDrawn.insert(cp);
        noteCodePoint(cp);
        // The large fonts carry only the characters they are known to draw: one they drew
        // without a glyph joins them at the next rebuild.
        if (font == fonts().title && m_titleText.insert(cp)) m_needsRebuild = true;
        if (font == fonts().figure && m_figureText.insert(cp)) m_needsRebuild = true;
    }
}

// ---- Rebuilding -------------------------------------------------------------------------

bool GlyphAtlas::settled() const {
    return m_status.fetchesPending == 0 && !m_needsRebuild && m_cache.idle() && m_changedAtMs < 0;
}

bool GlyphAtlas::settled(const Workspace& workspace) const {
    // A plan imported or edited since the last frame has not been read yet: its fonts are
    // still to be asked for.
    return settled() && workspace.portfolio().accounts.size() == m_seenAccounts &&
           workspace.revision() == m_seenRevision &&
           workspace.selectedAccountId() == m_seenSelection;
}

bool GlyphAtlas::needsRebuild() const {
    if (!m_needsRebuild || !m_cache.idle()) return false;
    if (m_status.fetchesPending == 0 || m_fontArrivedAtMs < 0) return true;
    return platform::nowMs() - m_fontArrivedAtMs >= kGatherFontsMs;
}

void GlyphAtlas::rebuild(float devicePixelRatio) {
    const double start = platform::nowMs();
    m_pixelRatio = devicePixelRatio;
    const std::vector<char32_t> present = m_present.list();
    m_extraTextRanges = glyphRanges(present, [](char32_t cp) { return cp >= 0x80; });
    AtlasGlyphs glyphs;
    glyphs.extraTextRanges = m_extraTextRanges.data();
    glyphs.cjkCache = &m_cache;
    if (m_slices) {
        const auto fetched = [this](char32_t cp) {
            const auto slice = m_slices->sliceOf(cp);
            return slice && m_sliceData.count(*slice);
        };
        for (char32_t cp : present)
            if (fetched(cp)) glyphs.cjkCodePoints.push_back(cp);
        for (char32_t cp : m_titleText.list())
            if (fetched(cp)) glyphs.cjkTitleCodePoints.push_back(cp);
        for (char32_t cp : m_figureText.list())
            if (fetched(cp)) glyphs.cjkFigureCodePoints.push_back(cp);
    }
    buildFonts(devicePixelRatio, glyphs);
    m_status.lastRebuildMs = platform::nowMs() - start;
    m_needsRebuild = false;
    m_fontArrivedAtMs = -1;

    const ImFont* body = fonts().body;
    m_undrawable = CodePointSet();
    int drawn = 0;
    for (char32_t cp : present) {
        if (cp <= 0xFFFF && body->FindGlyphNoFallback(static_cast<ImWchar>(cp)))
            ++drawn;
        else
            m_undrawable.insert(cp);
    }
    m_status.glyphs = drawn;
    m_status.slicesLoaded = static_cast<int>(m_sliceData.size());
    rasterizeFromFetchedFonts();
    fetchWhatIsMissing();
}

// Characters still missing whose font file is here are rasterised over the next frames, at
// every text size (frame() does a few milliseconds' worth each frame).
void GlyphAtlas::rasterizeFromFetchedFonts() {
    if (!m_slices) return;
    const TextFontSizes sizes = textFontPixelSizes(m_pixelRatio);
    const auto want = [this](char32_t cp, float size) {
        const auto slice = m_slices->sliceOf(cp);
        if (slice && m_sliceData.count(*slice)) m_cache.want(cp, *slice, size);
    };
    for (char32_t cp : m_undrawable.list()) {
        want(cp, sizes.body);  // and strong, the same size
        want(cp, sizes.heading);
    }
    const auto lacks = [](const ImFont* font, char32_t cp) {
        return cp > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
    };
    for (char32_t cp : m_titleText.list())
        if (lacks(fonts().title, cp)) want(cp, sizes.title);
    for (char32_t cp : m_figureText.list())
        if (lacks(fonts().figure, cp)) want(cp, sizes.figure);
}

void GlyphAtlas::frame() {
    if (m_cache.idle()) return;
    if (m_cache.rasterize(kRasterBudgetMs)) m_needsRebuild = true;
}

// Asks for the manifest, then for each file holding a character the atlas still lacks. A
// character no file holds (an emoji, a script without a font here) stays missing quietly.
void GlyphAtlas::fetchWhatIsMissing() {
    bool needsCjk = false;
    for (char32_t cp : m_undrawable.list())
        if (!cjkLanguageOf(cp).empty()) needsCjk = true;
    if (!needsCjk) return;
    if (!m_slices) {
        if (m_manifestFetch == Fetch::None) fetchManifest();
        if (m_manifestFetch == Fetch::Failed) {
            for (char32_t cp : m_undrawable.list())
                if (!cjkLanguageOf(cp).empty()) reportOffline(std::string(cjkLanguageOf(cp)));
        }
        return;
    }
    for (char32_t cp : m_undrawable.list()) {
        const auto slice = m_slices->sliceOf(cp);
        if (!slice) continue;
        Fetch& state = m_sliceFetches[*slice];
        if (state == Fetch::None) fetchSlice(*slice);
        if (state == Fetch::Failed) reportOffline(m_slices->slices()[*slice].language);
    }
}

void GlyphAtlas::fetchManifest() {
    m_manifestFetch = Fetch::Pending;
    ++m_status.fetchesPending;
    platform::fetchSiteFile(
        std::string(kFontFolder) + "manifest.json",
        [alive = std::weak_ptr<bool>(m_alive), this](bool ok, std::string bytes) {
            if (alive.expired()) return;
            platform::requestFrame();  // what arrived moves the atlas on
            --m_status.fetchesPending;
            auto index = ok ? FontSliceIndex::parse(bytes)
                            : Result<FontSliceIndex>::failure("the manifest could not be fetched");
            m_manifestFetch = index ? Fetch::Done : Fetch::Failed;
            if (index) m_slices = std::move(index).value();
            fetchWhatIsMissing();
        });
}

void GlyphAtlas::fetchSlice(std::size_t slice) {
    m_sliceFetches[slice] = Fetch::Pending;
    ++m_status.fetchesPending;
    platform::fetchSiteFile(
        kFontFolder + m_slices->slices()[slice].file,
        [alive = std::weak_ptr<bool>(m_alive), this, slice](bool ok, std::string bytes) {
            if (alive.expired()) return;
            platform::requestFrame();  // what arrived moves the atlas on
            --m_status.fetchesPending;
            m_sliceFetches[slice] = ok ? Fetch::Done : Fetch::Failed;
            if (ok) {
                m_sliceData[slice] = std::move(bytes);
                m_cache.addFont(slice, m_sliceData[slice]);
                m_needsRebuild = true;
                if (m_fontArrivedAtMs < 0) m_fontArrivedAtMs = platform::nowMs();
            } else {
                reportOffline(m_slices->slices()[slice].language);
            }
        });
}

void GlyphAtlas::reportOffline(const std::string& language) {
    if (!m_status.offline.insert(language).second) return;
    postNotice(m_notices, NoticeKind::Info,
               "Some names need the " + language + " font, which downloads when you are online.");
}

// ---- What tests and the bench read --------------------------------------------------------

std::vector<char32_t> GlyphAtlas::takeMissing() {
    std::vector<char32_t> out(m_missingDrawn.begin(), m_missingDrawn.end());
    m_missingDrawn.clear();
    return out;
}

}  // namespace keystone::ui
