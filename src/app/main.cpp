// Keystone in the browser: set up, then hand the frame loop to the page.
#include <cstdio>

#include "app/app.h"
#include "platform/platform.h"

// The page tells the app when the browser takes the GL context away and gives it back
// (web/app.js, webglcontextlost / webglcontextrestored).
extern "C" {
void keystone_display_lost() { keystone::app::theApp().displayLost(); }
void keystone_display_restored() { keystone::app::theApp().displayRestored(); }
}

int main() {
    keystone::app::App& app = keystone::app::theApp();
    if (!app.init()) {
        std::fprintf(stderr, "Keystone could not start: %s\n", SDL_GetError());
        keystone::platform::notifyCannotDraw();
        return 1;
    }
    keystone::platform::runMainLoop([&app] { app.frame(); });
    return 0;
}
