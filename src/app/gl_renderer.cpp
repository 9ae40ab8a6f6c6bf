#include "app/gl_renderer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace keystone::app {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 color;
uniform mat4 projection;
out vec2 fragmentUv;
out vec4 fragmentColor;
void main() {
    fragmentUv = uv;
    fragmentColor = color;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// The atlas holds coverage only (its white pixels are 1): the colour comes from the vertex.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragmentUv;
in vec4 fragmentColor;
layout (location = 0) out vec4 outColor;
void main() {
    outColor = vec4(fragmentColor.rgb, fragmentColor.a * texture(atlas, fragmentUv).r);
}
)";

enum Attribute : GLuint { kPosition = 0, kUv = 1, kColor = 2 };

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length > 0 ? length : 1), '\0');
    glGetShaderInfoLog(shader, static_cast<GLsizei>(log.size()), nullptr, log.data());
    std::fprintf(stderr, "Keystone: the %s shader did not compile: %s\n",
                 kind == GL_VERTEX_SHADER ? "vertex" : "fragment", log.data());
    glDeleteShader(shader);
    return 0;
}

}  // namespace

bool GlRenderer::create() {
    const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (vertex == 0 || fragment == 0) {
        glDeleteShader(vertex);
        glDeleteShader(fragment);
        return false;
    }
    m_program = glCreateProgram();
    glAttachShader(m_program, vertex);
    glAttachShader(m_program, fragment);
    glLinkProgram(m_program);
    glDeleteShader(vertex);  // kept alive by the program
    glDeleteShader(fragment);
    GLint linked = GL_FALSE;
    glGetProgramiv(m_program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        std::fprintf(stderr, "Keystone: the drawing program did not link\n");
        destroy();
        return false;
    }
    m_projectionUniform = glGetUniformLocation(m_program, "projection");
    m_textureUniform = glGetUniformLocation(m_program, "atlas");

    glGenVertexArrays(1, &m_vertexArray);
    glGenBuffers(1, &m_vertexBuffer);
    glGenBuffers(1, &m_indexBuffer);
    glBindVertexArray(m_vertexArray);
    glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indexBuffer);  // remembered by the vertex array
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kColor);
    pointAttributesAt(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "keystone_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    return true;
}

void GlRenderer::destroy() {
    glDeleteTextures(1, &m_fontTexture);
    glDeleteBuffers(1, &m_indexBuffer);
    glDeleteBuffers(1, &m_vertexBuffer);
    glDeleteVertexArrays(1, &m_vertexArray);
    glDeleteProgram(m_program);
    *this = GlRenderer{};
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void GlRenderer::uploadFontAtlas() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    if (m_fontTexture == 0) glGenTextures(1, &m_fontTexture);
    glBindTexture(GL_TEXTURE_2D, m_fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of any width, byte-packed
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(m_fontTexture)));
}

void GlRenderer::pointAttributesAt(unsigned firstVertex) {
    const auto at = [firstVertex](std::size_t member) {
        return reinterpret_cast<const void*>(firstVertex * sizeof(ImDrawVert) + member);
    };
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          at(offsetof(ImDrawVert, col)));
}

void GlRenderer::render(const ImDrawData& drawData, const ImVec4& clear) {
    const ImVec2 scale = drawData.FramebufferScale;
    const int width = static_cast<int>(drawData.DisplaySize.x * scale.x);
    const int height = static_cast<int>(drawData.DisplaySize.y * scale.y);
    if (width <= 0 || height <= 0 || m_program == 0) return;

    glViewport(0, 0, width, height);
    glDisable(GL_SCISSOR_TEST);  // clear the whole canvas
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);

    // Display coordinates to clip space, y down.
    const float left = drawData.DisplayPos.x;
    const float right = left + drawData.DisplaySize.x;
    const float top = drawData.DisplayPos.y;
    const float bottom = top + drawData.DisplaySize.y;
    const float projection[16] = {
        2.0f / (right - left),
        0,
        0,
        0,  //
        0,
        2.0f / (top - bottom),
        0,
        0,  //
        0,
        0,
        -1.0f,
        0,  //
        (right + left) / (left - right),
        (top + bottom) / (bottom - top),
        0,
        1.0f,
    };
    glUseProgram(m_program);
    glUniformMatrix4fv(m_projectionUniform, 1, GL_FALSE, projection);
    glUniform1i(m_textureUniform, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(m_vertexArray);
    glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer);

    constexpr GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    GLuint boundTexture = 0;
    for (int n = 0; n < drawData.CmdListsCount; ++n) {
        const ImDrawList& list = *drawData.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        unsigned firstVertex = 0;
        pointAttributesAt(0);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                // Keystone adds no callbacks and none changes GL state, so ImGui's "reset the
                // render state" marker has nothing to reset.
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState)
                    cmd.UserCallback(&list, &cmd);
                continue;
            }
            // The clip rectangle in framebuffer pixels; GL's scissor counts rows from the bottom.
            const float clipLeft = (cmd.ClipRect.x - left) * scale.x;
            const float clipTop = (cmd.ClipRect.y - top) * scale.y;
            const float clipRight = (cmd.ClipRect.z - left) * scale.x;
            const float clipBottom = (cmd.ClipRect.w - top) * scale.y;
            if (clipRight <= clipLeft || clipBottom <= clipTop) continue;
            glScissor(static_cast<int>(clipLeft), static_cast<int>(height - clipBottom),
                      static_cast<int>(clipRight - clipLeft),
                      static_cast<int>(clipBottom - clipTop));
            const auto texture =
                static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
            if (texture != boundTexture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                boundTexture = texture;
            }
            if (cmd.VtxOffset != firstVertex) {
                firstVertex = cmd.VtxOffset;
                pointAttributesAt(firstVertex);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), indexType,
                           reinterpret_cast<const void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace keystone::app
