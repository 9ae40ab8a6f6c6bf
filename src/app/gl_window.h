// The window and WebGL 2 context Keystone draws into. The bench's bare Dear ImGui peer
// (tests/bench/imgui_demo_peer) makes its own here too, so the two draw into the same kind of
// context on a canvas sized the same way.
#pragma once

#include <SDL.h>

namespace keystone::app {

struct GlWindow {
    SDL_Window* window = nullptr;
    SDL_GLContext context = nullptr;
};

// OpenGL ES 3.0 (WebGL 2), double-buffered, with no depth or stencil buffer (ImGui draws
// neither). The canvas is sized by the page's CSS: RESIZABLE + ALLOW_HIGHDPI make SDL follow
// it at CSS size x devicePixelRatio. Both members are null when it fails (SDL_GetError says
// why); the context is current when it succeeds. SDL_Init(SDL_INIT_VIDEO) must come first.
GlWindow createGlWindow(const char* title);

}  // namespace keystone::app
