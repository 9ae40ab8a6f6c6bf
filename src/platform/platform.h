// The small interface between the app and the browser.
//
// Everything that knows it runs in a web page lives behind these functions; the one
// implementation is src/platform/web/*.cpp with its JavaScript in web/keystone_lib.js.
// Coordinates are CSS pixels unless a name says otherwise.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace keystone::platform {

// Runs `frame` once per display refresh until the page goes away. Never returns on the
// web, so nothing may rely on code after it (state is saved as it changes instead).
void runMainLoop(std::function<void()> frame);

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

// Asks the user to pick a file; onChosen(fileName, bytes) runs later, once it is read.
// Nothing happens when the user cancels.
void chooseFile(const char* accept,
                std::function<void(const std::string& fileName, std::string bytes)> onChosen);

// Offers bytes to the user as a downloaded file.
void downloadFile(const std::string& fileName, const std::string& bytes, const char* mimeType);

// ---- Storage: one IndexedDB database, one record per account holding its plan JSON ----
struct StoredPlan {
    std::string accountId;  // record key
    std::string json;       // the plan file text
    int order = 0;          // position in the portfolio
};

// Plans the page read from storage before the module started (it shows progress while
// reading), handed over once at startup.
std::vector<StoredPlan> takeStoredPlans();

// Writes and deletes in ONE readwrite transaction, so each record is either the old or the
// new plan. onDone(ok, reason) runs when the transaction commits or aborts (a full disk
// arrives as an abort with QuotaExceededError).
void storePlans(std::vector<StoredPlan> writes, std::vector<std::string> deletes,
                std::function<void(bool ok, const std::string& reason)> onDone);

// Moves a record that could not be read aside (kept, never deleted) so the rest can load.
void quarantineStoredPlan(const std::string& accountId, const std::string& reason);

// Whether the browser promised not to evict our data (navigator.storage.persist()).
bool storageIsPersistent();

// Today's date in the user's time zone, "YYYY-MM-DD".
std::string localDateIso();

}  // namespace keystone::platform
