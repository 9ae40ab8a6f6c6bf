// Draws Dear ImGui's draw data with WebGL 2, in place of ImGui's stock OpenGL 3 backend.
//
// Why our own: the stock backend saves and restores every piece of GL state around each
// frame so it can live inside someone else's engine, and reading GL state back (glGet*,
// glIsEnabled) makes the browser wait for the GPU process to finish all earlier work. Under
// Chromium that wait was over 90 % of a frame's main-thread time. Keystone owns its whole
// context, so nothing is read back: the state is set, never queried.
//
// Also: the font atlas is uploaded as one 8-bit channel (a quarter of the stock RGBA bytes,
// and no RGBA copy of the atlas in memory), and draw lists may pass 65,536 vertices
// (ImGuiBackendFlags_RendererHasVtxOffset: each command's vertex offset is applied by
// pointing the vertex attributes at it, which WebGL 2 allows with 16-bit indices).
#pragma once

#include <GLES3/gl3.h>
#include <imgui.h>

namespace keystone::app {

class GlRenderer {
public:
    // Compiles the shaders and makes the buffers in the current context; false (with the
    // reason on stderr) if the browser's WebGL 2 refuses them. Declares the backend flags.
    bool create();
    // Deletes what create() and uploadFontAtlas() made. Harmless after a lost context, whose
    // objects are already gone.
    void destroy();
    // Uploads ImGui's font atlas (built already) as the texture its draw commands use.
    void uploadFontAtlas();
    // Clears the canvas to `clear` and draws the frame.
    void render(const ImDrawData& drawData, const ImVec4& clear);

private:
    void pointAttributesAt(unsigned firstVertex);

    GLuint m_program = 0;
    GLint m_projectionUniform = -1;
    GLint m_textureUniform = -1;
    GLuint m_vertexArray = 0;
    GLuint m_vertexBuffer = 0;
    GLuint m_indexBuffer = 0;
    GLuint m_fontTexture = 0;
};

}  // namespace keystone::app
