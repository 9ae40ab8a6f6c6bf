// The benchmark peer for Keystone's start-up and frame cost (tests/bench/peer.mjs): bare
// Dear ImGui 1.86 with its SDL2 and OpenGL 3 backends, built from the same Debian sources
// with the same Emscripten, showing ImGui's demo window on a canvas sized like Keystone's.
// It draws every frame, as ImGui's own examples do, and publishes to the page what the
// bench reads from Keystone: the frame count, the last frame's CPU time (input, UI and GL
// calls, the same span as Keystone's cpu_ms) and a performance mark at the first frame.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

#include "app/gl_window.h"

// JavaScript, not C++: kept out of clang-format's hands (it would split "===").
// clang-format off
EM_JS(void, peer_publish, (int frame, double cpuMs), {
    if (frame === 1) performance.mark('peer-first-frame');
    window.peer = { frame: frame, cpu_ms: cpuMs };
});
// clang-format on

namespace {

int g_frame = 0;

void frame() {
    const double start = emscripten_get_now();
    SDL_Event event;
    while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::ShowDemoWindow();
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++g_frame;
    peer_publish(g_frame, emscripten_get_now() - start);
}

}  // namespace

int main() {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
    // The same kind of context on the same kind of canvas as Keystone's.
    const keystone::app::GlWindow gl = keystone::app::createGlWindow("ImGui demo");
    if (!gl.window) return 1;
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(gl.window, gl.context);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
