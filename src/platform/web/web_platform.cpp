// Web implementation of platform.h. The JavaScript side is web/keystone_lib.js.
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <SDL.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "platform/platform.h"

extern "C" {
// Implemented in web/keystone_lib.js.
float ks_canvas_sync();
void ks_text_input_set(int active, float x, float y, float lineHeight);
void ks_clipboard_write(const char* utf8);
int ks_prefers_dark();
void ks_first_frame();
void ks_cannot_draw();
void ks_a11y_publish(const char* json);
void ks_local_date(char* out, int capacity);
void ks_choose_file(const char* accept, int requestId);
int ks_storage_preloaded_count();
char* ks_storage_preloaded_field(int index, int field);  // malloc'ed UTF-8; 0 key, 1 json, 2 order
void ks_storage_quarantine(const char* key, const char* reason);
int ks_storage_persistent();
void ks_download(const char* fileName, const char* bytes, int length, const char* mimeType);
}

namespace keystone::platform {

void rememberPastedText(const char* utf8);
void deliverChosenFile(int requestId, const char* fileName, const char* bytes, int length);

namespace {

std::function<void()> g_frame;
std::function<void(const std::string&, std::string)> g_fileChosen;  // one picker at a time
int g_fileRequest = 0;

std::string takeMallocedString(char* text) {
    std::string out = text ? text : "";
    std::free(text);
    return out;
}
std::string g_clipboard;

// One requestAnimationFrame and one timer at most are pending; the frame callback runs
// whichever fires first and the app asks again for what it still needs.
bool g_animationFramePending = false;
long g_timer = 0;
double g_timerAtMs = -1;

EM_BOOL runAnimationFrame(double /*time*/, void* /*userData*/) {
    g_animationFramePending = false;
    if (g_frame) g_frame();
    return EM_FALSE;
}

void timerFired(void* /*userData*/) {
    g_timerAtMs = -1;
    keystone::platform::requestFrame();
}

// SDL queues the browser's input, resize and focus events from its own DOM listeners;
// every event it queues (and the text and keys web_platform pushes) wakes the loop, except
// the marker SDL_PollEvent queues for itself on every call.
int wakeOnEvent(void* /*userData*/, SDL_Event* event) {
    if (event->type != SDL_POLLSENTINEL) keystone::platform::requestFrame();
    return 1;
}

}  // namespace

void runMainLoop(std::function<void()> frame) {
    g_frame = std::move(frame);
    SDL_AddEventWatch(wakeOnEvent, nullptr);
    requestFrame();
    // main() returns; the runtime stays (EXIT_RUNTIME=0) and frames run from callbacks.
}

void requestFrame() {
    if (g_animationFramePending) return;
    g_animationFramePending = true;
    emscripten_request_animation_frame(runAnimationFrame, nullptr);
}

bool frameRequested() { return g_animationFramePending; }

void requestFrameAt(double atMs) {
    const double delay = atMs - nowMs();
    if (delay <= 0) {
        requestFrame();
        return;
    }
    if (g_timerAtMs >= 0 && g_timerAtMs <= atMs) return;
    if (g_timerAtMs >= 0) emscripten_clear_timeout(g_timer);
    g_timerAtMs = atMs;
    g_timer = emscripten_set_timeout(timerFired, delay, nullptr);
}

double nowMs() { return emscripten_get_now(); }

float syncCanvasToDisplay() { return ks_canvas_sync(); }

void setTextInputActive(bool active, float caretX, float caretY, float lineHeight) {
    ks_text_input_set(active ? 1 : 0, caretX, caretY, lineHeight);
}

void setClipboardText(const char* utf8) {
    g_clipboard = utf8 ? utf8 : "";
    ks_clipboard_write(g_clipboard.c_str());
}

const char* clipboardText() { return g_clipboard.c_str(); }

void rememberPastedText(const char* utf8) { g_clipboard = utf8 ? utf8 : ""; }

bool systemPrefersDarkTheme() { return ks_prefers_dark() != 0; }

void notifyFirstFrameShown() { ks_first_frame(); }

void notifyCannotDraw() { ks_cannot_draw(); }

void publishAccessibilityTree(const std::string& json) { ks_a11y_publish(json.c_str()); }

void chooseFile(const char* accept,
                std::function<void(const std::string& fileName, std::string bytes)> onChosen) {
    g_fileChosen = std::move(onChosen);
    ks_choose_file(accept, ++g_fileRequest);
}

void deliverChosenFile(int requestId, const char* fileName, const char* bytes, int length) {
    if (requestId != g_fileRequest || !g_fileChosen) return;  // a newer picker replaced it
    auto callback = std::move(g_fileChosen);
    g_fileChosen = nullptr;
    callback(fileName, std::string(bytes, static_cast<size_t>(length)));
}

void downloadFile(const std::string& fileName, const std::string& bytes, const char* mimeType) {
    ks_download(fileName.c_str(), bytes.data(), static_cast<int>(bytes.size()), mimeType);
}

std::vector<StoredPlan> takeStoredPlans() {
    std::vector<StoredPlan> plans;
    const int count = ks_storage_preloaded_count();
    plans.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        StoredPlan plan;
        plan.accountId = takeMallocedString(ks_storage_preloaded_field(i, 0));
        plan.json = takeMallocedString(ks_storage_preloaded_field(i, 1));
        plan.order = std::atoi(takeMallocedString(ks_storage_preloaded_field(i, 2)).c_str());
        plans.push_back(std::move(plan));
    }
    return plans;
}

void quarantineStoredPlan(const std::string& accountId, const std::string& reason) {
    ks_storage_quarantine(accountId.c_str(), reason.c_str());
}

bool storageIsPersistent() { return ks_storage_persistent() != 0; }

std::string localDateIso() {
    char buffer[16] = {};
    ks_local_date(buffer, sizeof buffer);
    return buffer;
}

}  // namespace keystone::platform

// ---- Called from JavaScript ------------------------------------------------------------
namespace {

// SDL_TEXTINPUT carries at most 31 bytes; split longer text on UTF-8 boundaries.
void pushText(const char* utf8) {
    const size_t length = std::strlen(utf8);
    size_t start = 0;
    while (start < length) {
        size_t end = start + std::min<size_t>(length - start, SDL_TEXTINPUTEVENT_TEXT_SIZE - 1);
        while (end < length && end > start &&
               (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            --end;
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        std::memcpy(event.text.text, utf8 + start, end - start);
        SDL_PushEvent(&event);
        start = end;
    }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void keystone_text_input(const char* utf8) { pushText(utf8); }

// The page saw something the app shows that comes through no other callback: the storage
// permission's answer, a theme or pixel-ratio change, the tab shown again, midnight.
EMSCRIPTEN_KEEPALIVE void keystone_wake() { keystone::platform::requestFrame(); }

// Keys typed while the text input element has focus reach SDL's queue this way, so
// ImGui sees one stream of events whichever element the browser gave the keystroke to.
EMSCRIPTEN_KEEPALIVE void keystone_key_event(int scancode, int down, int modifiers) {
    SDL_SetModState(static_cast<SDL_Keymod>(modifiers));
    SDL_Event event{};
    event.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    event.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    event.key.keysym.scancode = static_cast<SDL_Scancode>(scancode);
    event.key.keysym.sym = SDL_GetKeyFromScancode(static_cast<SDL_Scancode>(scancode));
    event.key.keysym.mod = static_cast<Uint16>(modifiers);
    SDL_PushEvent(&event);
}

// The browser hands out clipboard text only inside a paste event; remember it for ImGui.
EMSCRIPTEN_KEEPALIVE void keystone_clipboard_pasted(const char* utf8) {
    keystone::platform::rememberPastedText(utf8);
}

EMSCRIPTEN_KEEPALIVE void keystone_file_chosen(int requestId, const char* fileName,
                                               const char* bytes, int length) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    keystone::platform::deliverChosenFile(requestId, fileName, bytes, length);
}

}  // extern "C"
