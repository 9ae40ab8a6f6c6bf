// platform.h in memory: display, text input, clipboard, files and printing. Storage is in
// memory_storage.cpp, crypto in memory_crypto.cpp.
#include "platform/memory/memory_platform.h"

#include <utility>

namespace keystone::platform {

MemoryPlatform& memoryPlatform() {
    static MemoryPlatform platform;
    return platform;
}

void resetMemoryPlatform() { memoryPlatform() = MemoryPlatform{}; }

void MemoryPlatform::runPending() {
    std::deque<std::function<void()>> due;
    due.swap(pending);
    for (auto& completion : due) completion();
}

void runMainLoop(std::function<void()> frame) { memoryPlatform().mainLoop = std::move(frame); }

void requestFrame() { memoryPlatform().frameRequestedAtMs = memoryPlatform().nowMs; }

bool frameRequested() {
    const double at = memoryPlatform().frameRequestedAtMs;
    return at >= 0 && at <= memoryPlatform().nowMs;
}

void requestFrameAt(double atMs) {
    double& at = memoryPlatform().frameRequestedAtMs;
    if (at < 0 || atMs < at) at = atMs;
}

double nowMs() { return memoryPlatform().nowMs; }

float syncCanvasToDisplay() { return memoryPlatform().devicePixelRatio; }

void setTextInputActive(bool active, float caretX, float caretY, float /*lineHeight*/) {
    MemoryPlatform& platform = memoryPlatform();
    platform.textInputActive = active;
    platform.caretX = caretX;
    platform.caretY = caretY;
}

void setClipboardText(const char* utf8) { memoryPlatform().clipboard = utf8 ? utf8 : ""; }

const char* clipboardText() { return memoryPlatform().clipboard.c_str(); }

bool systemPrefersDarkTheme() { return memoryPlatform().prefersDark; }

void notifyFirstFrameShown() { memoryPlatform().firstFrameShown = true; }
void notifyCannotDraw() { memoryPlatform().cannotDraw = true; }

void publishAccessibilityTree(const std::string& json) {
    memoryPlatform().accessibilityTree = json;
    ++memoryPlatform().accessibilityTreesPublished;
}

void chooseFile(const char* accept,
                std::function<void(const std::string& fileName, std::string bytes)> onChosen) {
    MemoryPlatform& platform = memoryPlatform();
    ++platform.pickersOpened;
    platform.lastAccept = accept ? accept : "";
    // An empty queue is the rep cancelling the picker: nothing happens, as on the web.
    if (platform.filesToChoose.empty()) return;
    ChosenFile file = std::move(platform.filesToChoose.front());
    platform.filesToChoose.pop_front();
    platform.later([file = std::move(file), onChosen = std::move(onChosen)]() mutable {
        onChosen(file.fileName, std::move(file.bytes));
    });
}

void downloadFile(const std::string& fileName, const std::string& bytes, const char* mimeType) {
    memoryPlatform().downloads.push_back({fileName, bytes, mimeType ? mimeType : ""});
}

void printDocument(const std::string& html,
                   std::function<void(bool printed, const std::string& reason)> onDone) {
    MemoryPlatform& platform = memoryPlatform();
    platform.printed.push_back(html);
    // Like the browser, the answer comes once the dialog opened (or did not), not at once.
    platform.later([onDone = std::move(onDone), refusal = platform.printRefusal] {
        onDone(refusal.empty(), refusal);
    });
}

void downloadSvgAsPng(const std::string& fileName, const std::string& svg, float scale) {
    memoryPlatform().pngExports.push_back({fileName, svg, scale});
}

bool wheelIsZoomGesture() { return memoryPlatform().wheelZoomGesture; }

void fetchSiteFile(const std::string& path,
                   std::function<void(bool ok, std::string bytes)> onDone) {
    MemoryPlatform& device = memoryPlatform();
    device.fetched.push_back(path);
    const auto file = device.siteFiles.find(path);
    const bool ok = device.online && file != device.siteFiles.end();
    device.later([onDone = std::move(onDone), ok, bytes = ok ? file->second : std::string()] {
        onDone(ok, bytes);
    });
}

void onBackOnline(std::function<void()> handler) {
    memoryPlatform().backOnline = std::move(handler);
}

void MemoryPlatform::goOnline() {
    online = true;
    later([this] {
        if (backOnline) backOnline();
    });
}

std::string localDateIso() { return memoryPlatform().today; }

void shareFile(const std::string& fileName, const std::string& bytes, const char* mimeType,
               const std::string& title, const std::string& text, const std::string& mailtoUrl,
               std::function<void(ShareOutcome)> onDone) {
    MemoryPlatform& platform = memoryPlatform();
    const ShareOutcome outcome = platform.shareOutcome;
    platform.shares.push_back(
        {fileName, bytes, mimeType ? mimeType : "", title, text, mailtoUrl, outcome});
    // Without file sharing the web opens the mailto: draft and downloads the file instead.
    if (outcome == ShareOutcome::MailFallback) downloadFile(fileName, bytes, mimeType);
    platform.later([outcome, onDone = std::move(onDone)] { onDone(outcome); });
}

}  // namespace keystone::platform
