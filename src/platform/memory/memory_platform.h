// The in-memory twin of platform.h: a working implementation of every platform function
// with its state out in the open, so native tests run the real UI and app code and then
// look at what reached "the outside" (what was stored, downloaded, printed, shared, copied).
//
// Like the browser, it answers asynchronous requests later: completions (a store
// committing, a chosen file arriving, a seal finishing) wait in a queue until
// runPending(), which the UI harness calls once per frame. Only native builds link it;
// the web build uses src/platform/web/.
//
// Index: time and display · text and clipboard · files · storage · other tabs · crypto.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace keystone::platform {

struct Download {
    std::string fileName;
    std::string bytes;
    std::string mimeType;
};

// downloadSvgAsPng: rasterising needs a browser, so the twin keeps the SVG it was given.
struct PngExport {
    std::string fileName;
    std::string svg;
    float scale = 1;
};

struct Share {
    std::string fileName, bytes, mimeType, title, text, mailtoUrl;
    ShareOutcome outcome = ShareOutcome::Shared;  // what the "share sheet" answered
};

struct ChosenFile {
    std::string fileName;
    std::string bytes;
};

struct StoredRecord {
    std::string json;        // plan file text
    int order = 0;           // position in the portfolio
    long long revision = 0;  // raised by one on every write
};

struct MemoryPlatform {
    // ---- Time and display ---------------------------------------------------------------
    double nowMs = 0;                  // monotonic clock; the harness advances it per frame
    std::string today = "2026-11-24";  // localDateIso(): the rep's calendar date
    float cssWidth = 1280, cssHeight = 800;
    float devicePixelRatio = 1;     // syncCanvasToDisplay() returns it
    bool prefersDark = false;       // systemPrefersDarkTheme()
    bool firstFrameShown = false;   // notifyFirstFrameShown() was called
    bool cannotDraw = false;        // notifyCannotDraw() was called
    std::string accessibilityTree;  // the last publishAccessibilityTree() JSON
    int accessibilityTreesPublished = 0;
    std::function<void()> mainLoop;  // what runMainLoop was given (never run by itself)
    double frameRequestedAtMs = -1;  // earliest requestFrame/requestFrameAt; -1: none

    // ---- Text input and clipboard ---------------------------------------------------------
    bool textInputActive = false;  // a text field asked for the system text input
    float caretX = 0, caretY = 0;
    std::string clipboard;

    // ---- Files --------------------------------------------------------------------------
    std::deque<ChosenFile> filesToChoose;  // handed, one per chooseFile, to the next pickers
    int pickersOpened = 0;                 // chooseFile calls, chosen or cancelled
    std::string lastAccept;                // the accept filter of the last picker
    std::vector<Download> downloads;
    std::vector<std::string> printed;  // documents handed to printDocument, in order
    std::string printRefusal;          // when set, every print is refused with this reason, as a
                                       // browser that shows no print dialog
    std::vector<PngExport> pngExports;
    std::vector<Share> shares;
    ShareOutcome shareOutcome = ShareOutcome::Shared;  // how the next shares end
    bool wheelZoomGesture = false;  // wheelIsZoomGesture(): the wheel came with Ctrl

    // ---- Storage ------------------------------------------------------------------------
    std::map<std::string, StoredRecord> plans;               // account id -> record
    std::map<std::string, std::string> quarantined;          // account id -> reason set aside
    std::optional<std::string> settings;                     // the settings record, if any
    std::map<std::string, std::vector<std::string>> shared;  // shared versions per account
    bool persistent = true;                                  // storageIsPersistent()
    std::string
        storeFailure;        // when set, every write aborts with this reason ("QuotaExceededError")
    int planBatches = 0;     // storePlansChecked calls that committed
    int settingsWrites = 0;  // storeSettings calls that committed

    // ---- Other tabs ---------------------------------------------------------------------
    // Another tab saves (or deletes) an account: the record changes now, and the handler
    // the app registered hears about it at the next runPending(), as over a BroadcastChannel.
    void saveFromAnotherTab(const std::string& accountId, const std::string& json);
    void deleteFromAnotherTab(const std::string& accountId);

    // ---- Files of the site (fetchSiteFile) -------------------------------------------------
    std::map<std::string, std::string> siteFiles;  // path -> bytes the "server" has
    bool online = true;                            // false: every fetch fails, as offline
    std::vector<std::string> fetched;              // paths asked for, in order
    std::function<void()> backOnline;              // what onBackOnline registered
    // The network returns: `online` is set and the app hears about it at the next runPending().
    void goOnline();

    // ---- Crypto (a deterministic stand-in; see memory_crypto.cpp) ------------------------
    int seals = 0;  // sealBytes calls, also the source of each salt and IV

    // ---- Asynchronous completions -------------------------------------------------------
    // Runs the completions queued before this call; ones they queue wait for the next call.
    void runPending();
    void later(std::function<void()> completion) { pending.push_back(std::move(completion)); }
    bool hasPending() const { return !pending.empty(); }

    std::deque<std::function<void()>> pending;
    std::function<void(std::vector<PlanRecord>)> plansChangedElsewhere;
};

// The one instance behind the platform functions.
MemoryPlatform& memoryPlatform();
// Back to a fresh device: no storage, nothing downloaded, default clock and display.
void resetMemoryPlatform();

}  // namespace keystone::platform
