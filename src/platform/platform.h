// The small interface between the app and the browser.
//
// Everything that knows it runs in a web page lives behind these functions. The web
// implementation is src/platform/web/*.cpp with its JavaScript in web/keystone_lib.js;
// native tests run the real UI on the in-memory twin in src/platform/memory/.
// Coordinates are CSS pixels unless a name says otherwise.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace keystone::platform {

// Runs `frame` whenever one is wanted, until the page goes away: at the next display
// refresh after requestFrame(), at the time given to requestFrameAt(), and by itself after
// any input, resize, storage or tab message, or file arriving. Returns at once on the web,
// so nothing may rely on code after it (state is saved as it changes instead).
void runMainLoop(std::function<void()> frame);

// Asks for a frame at the next display refresh. Requests before it runs count once.
void requestFrame();
// Asks for a frame at `atMs` (the nowMs() clock); the earliest pending request wins.
void requestFrameAt(double atMs);
// Whether a frame will run at the next display refresh (false: idle, or only a timer set).
bool frameRequested();

// Milliseconds from a monotonic clock with sub-millisecond resolution.
double nowMs();

// Keeps the canvas backing store at CSS size x devicePixelRatio (browser zoom and moving
// the window between monitors change the ratio without a resize). Returns the ratio.
float syncCanvasToDisplay();

// Where composed text (IME, dead keys, emoji, paste) comes from: while a text field is
// active the browser's own text input is focused and forwards what it receives.
void setTextInputActive(bool active, float caretX, float caretY, float lineHeight);

// System clipboard. Reads come from the last paste event or our own last copy, because
// browsers only hand out clipboard text inside a paste event.
void setClipboardText(const char* utf8);
const char* clipboardText();

bool systemPrefersDarkTheme();

// Tells the page the first frame is on screen so it can drop the loading indicator.
void notifyFirstFrameShown();

// Tells the page the app cannot draw (the browser gave no WebGL 2 context), so the rep is
// told what to do instead of watching "Loading Keystone…" forever.
void notifyCannotDraw();

// Hands the page what a screen reader should be told about the screen (JSON from
// ui/shell/accessibility_mirror.h), whenever it changed; web/a11y_mirror.js mirrors it.
void publishAccessibilityTree(const std::string& json);

// Asks the user to pick a file; onChosen(fileName, bytes) runs later, once it is read.
// Nothing happens when the user cancels.
void chooseFile(const char* accept,
                std::function<void(const std::string& fileName, std::string bytes)> onChosen);

// Offers bytes to the user as a downloaded file.
void downloadFile(const std::string& fileName, const std::string& bytes, const char* mimeType);

// Opens the browser's print dialog with `html`, a whole self-contained document, printed
// from a hidden frame of this page: nothing is downloaded and no tab opens (its "Save as
// PDF" makes a file). onDone runs later: printed is true once the dialog opened; false when
// the browser would not print (the frame did not load, print() failed or no dialog came),
// with `reason` in a few words for support.
void printDocument(const std::string& html,
                   std::function<void(bool printed, const std::string& reason)> onDone);

// ---- Storage: one IndexedDB database, one record per account holding its plan JSON ----
struct StoredPlan {
    std::string accountId;  // record key
    std::string json;       // the plan file text
    int order = 0;          // position in the portfolio
};

// Plans the page read from storage before the module started (it shows progress while
// reading), handed over once at startup.
std::vector<StoredPlan> takeStoredPlans();

// Moves a record that could not be read aside (kept, never deleted) so the rest can load.
void quarantineStoredPlan(const std::string& accountId, const std::string& reason);

// Whether the browser promised not to evict our data (navigator.storage.persist()).
bool storageIsPersistent();

// Today's date in the user's time zone, "YYYY-MM-DD".
std::string localDateIso();

// ---- Passphrase-protected plan files and email sharing (web/plan_crypto.js) -------------
// The browser's WebCrypto does the cryptography; the envelope around it is
// core/sharing/plan_envelope.h. All byte strings here are raw bytes, not base64.
struct SealedBytes {
    int iterations = 600000;  // PBKDF2-SHA-256 rounds
    std::string salt;         // 16 random bytes
    std::string iv;           // 12 random bytes (AES-GCM nonce)
    std::string ciphertext;   // AES-256-GCM output with its 16-byte tag at the end
};

// Encrypts with AES-256-GCM under a key derived from the passphrase (PBKDF2-SHA-256,
// `iterations` rounds, fresh random salt and IV). onDone(ok, sealed, reason) runs later.
void sealBytes(const std::string& plaintext, const std::string& passphrase, int iterations,
               std::function<void(bool ok, SealedBytes sealed, const std::string& reason)> onDone);

// Decrypts; ok is false when the passphrase is wrong or the bytes were changed (the
// GCM tag does not match: the two cannot be told apart, by design).
void openSealedBytes(
    const SealedBytes& sealed, const std::string& passphrase,
    std::function<void(bool ok, std::string plaintext, const std::string& reason)> onDone);

enum class ShareOutcome {
    Shared,        // the system share sheet took the file (Web Share API)
    Cancelled,     // the rep closed the share sheet
    MailFallback,  // no file sharing here: a mailto: draft opened and the file downloaded
};

// Offers a file to the system share sheet where the browser can share files; otherwise
// opens `mailtoUrl` and downloads the file for the rep to attach.
void shareFile(const std::string& fileName, const std::string& bytes, const char* mimeType,
               const std::string& title, const std::string& text, const std::string& mailtoUrl,
               std::function<void(ShareOutcome)> onDone);

// ---- Org chart canvas ----------------------------------------------------------------------
// Renders a self-contained SVG at `scale` × its size and offers it as a PNG download.
void downloadSvgAsPng(const std::string& fileName, const std::string& svg, float scale);

// True when the latest wheel event was a pinch (or Ctrl+wheel): browsers send pinches as
// wheel events with ctrlKey set, which SDL does not pass on.
bool wheelIsZoomGesture();

// ---- Files of the site itself (the CJK fonts) ---------------------------------------------
// Fetches a file served beside the app (same origin), e.g. "fonts/cjk/manifest.json". The
// service worker keeps every fetched font, so what was fetched once also works offline.
// onDone(ok, bytes) runs later; ok is false offline or when the file is not there.
void fetchSiteFile(const std::string& path, std::function<void(bool ok, std::string bytes)> onDone);

// Runs `handler` whenever the browser gets its network back (the page's "online" event).
void onBackOnline(std::function<void()> handler);

// ---- Record revisions, settings, shared versions and other tabs (web_settings.cpp) -------
// Every plan record carries a revision that each successful write raises by one. A write
// names the revision it was based on; when another tab has written since, the write is not
// made and the newer record comes back instead, for the caller to merge.
struct PlanRecord {
    std::string accountId;   // record key
    std::string json;        // plan file text ("" when deleted)
    long long revision = 0;  // revision of this text in storage
    bool deleted = false;    // the record was deleted (by another tab)
};

struct PlanWrite {
    std::string accountId;
    std::string json;
    int order = 0;               // position in the portfolio
    long long baseRevision = 0;  // revision this text was edited from (0: new record)
};

struct StoreReport {
    bool ok = false;                  // the transaction committed
    std::string reason;               // why not ("QuotaExceededError", ...)
    std::vector<PlanRecord> written;  // id + new revision of each record written
    std::vector<PlanRecord> newer;    // records not written: another tab's newer version
};

// Revision of a record the page read before the module started (0 when unknown).
long long preloadedRevision(const std::string& accountId);

// Writes and deletes in ONE readwrite transaction, so each record is either the old or the
// new plan, and never over a newer revision. onDone runs when the transaction commits or
// aborts (a full disk arrives as an abort with QuotaExceededError). Other tabs are told
// about what was written (BroadcastChannel).
void storePlansChecked(std::vector<PlanWrite> writes, std::vector<std::string> deletes,
                       std::function<void(const StoreReport& report)> onDone);

// Runs `handler` with records another tab has just saved or deleted.
void onPlansChangedElsewhere(std::function<void(std::vector<PlanRecord> records)> handler);

// The settings record as the page read it before the module started; found is false when
// there is none yet (first run).
std::string takeStoredSettings(bool& found);
void storeSettings(const std::string& json,
                   std::function<void(bool ok, const std::string& reason)> onDone);

// Copies of an account sent or received as files (oldest first): merge bases for imports.
std::vector<std::string> sharedVersions(const std::string& accountId);
void storeSharedVersions(const std::string& accountId, const std::vector<std::string>& versions);

}  // namespace keystone::platform
