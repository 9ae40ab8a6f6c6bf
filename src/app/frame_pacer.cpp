#include "app/frame_pacer.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace keystone::app {
namespace {

// FNV-1a over 64-bit words: fast enough for a few hundred thousand vertices per frame.
class Fingerprint {
public:
    void add(const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        std::uint64_t word = 0;
        size_t i = 0;
        for (; i + 8 <= bytes; i += 8) {
            __builtin_memcpy(&word, p + i, 8);
            mix(word);
        }
        word = 0;
        for (; i < bytes; ++i) word = (word << 8) | p[i];
        mix(word ^ bytes);
    }
    template <typename T>
    void addValue(const T& value) {
        add(&value, sizeof value);
    }
    std::uint64_t value() const { return m_hash; }

private:
    void mix(std::uint64_t word) {
        m_hash ^= word;
        m_hash *= 0x100000001b3ULL;
    }
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

// ImGui 1.86's caret (ImGui::InputTextEx): visible while CursorAnim <= 0 (just typed or
// moved), then on for 0.8 s and off for 0.4 s of every 1.2 s.
double secondsToNextCaretBlink(float cursorAnim) {
    constexpr double kPeriod = 1.2, kOnFor = 0.8;
    if (cursorAnim <= 0) return -cursorAnim + kOnFor;
    const double phase = std::fmod(static_cast<double>(cursorAnim), kPeriod);
    return phase < kOnFor ? kOnFor - phase : kPeriod - phase;
}

}  // namespace

NextFrame FramePacer::afterFrame(const FrameOutcome& frame) {
    // A frame still laying out draws what the last one drew (a pop-up hidden while it
    // measures itself) but is not settled: what comes next has yet to be drawn once.
    if (frame.pictureChanged || frame.layoutSettling)
        m_unchangedFrames = 0;
    else
        ++m_unchangedFrames;
    if (m_continuous) return {.immediately = true, .reason = "drawing every frame"};
    if (frame.inputHeld) return {.immediately = true, .reason = "input held"};
    if (m_unchangedFrames < kSettleFrames) return {.immediately = true, .reason = "settling"};
    if (frame.deadlineMs < 0) return {.reason = "input"};
    if (frame.deadlineMs <= frame.nowMs) return {.immediately = true, .reason = "due now"};
    return {.atMs = frame.deadlineMs, .reason = "timer"};
}

std::uint64_t drawDataFingerprint(const ImDrawData& drawData) {
    Fingerprint hash;
    hash.addValue(drawData.DisplayPos);
    hash.addValue(drawData.DisplaySize);
    hash.addValue(drawData.FramebufferScale);
    for (int n = 0; n < drawData.CmdListsCount; ++n) {
        const ImDrawList& list = *drawData.CmdLists[n];
        hash.add(list.VtxBuffer.Data,
                 static_cast<size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        hash.add(list.IdxBuffer.Data, static_cast<size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            hash.addValue(cmd.ClipRect);
            hash.addValue(cmd.TextureId);
            hash.addValue(cmd.VtxOffset);
            hash.addValue(cmd.IdxOffset);
            hash.addValue(cmd.ElemCount);
            // A callback draws what the hash cannot see: such a frame always counts as new.
            if (cmd.UserCallback) hash.addValue(reinterpret_cast<std::uintptr_t>(&cmd));
        }
    }
    return hash.value();
}

bool imguiLayoutSettling() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (const ImGuiWindow* window : g.Windows) {
        // Not submitted this frame: its counter is stale. (AutoFitFrames is no sign: a window
        // whose height the app leaves at 0 every frame keeps it above 0, and a window that
        // grows or shrinks changes the picture anyway.)
        if (window->Active && window->HiddenFramesCannotSkipItems > 0) return true;
    }
    for (int n = 0; n < g.Tables.GetMapSize(); ++n) {
        const ImGuiTable* table = g.Tables.TryGetMapData(n);
        if (!table || table->LastFrameActive != g.FrameCount) continue;
        for (int column = 0; column < table->ColumnsCount; ++column)
            if (table->Columns[column].AutoFitQueue != 0 ||
                table->Columns[column].CannotSkipItemsQueue != 0)
                return true;
    }
    return false;
}

double imguiNextDeadlineMs(double nowMs) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    double deadline = -1;
    if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID)
        deadline = nowMs + 1000.0 * secondsToNextCaretBlink(g.InputTextState.CursorAnim);
    if (g.SettingsDirtyTimer > 0) {
        const double layoutWrite = nowMs + 1000.0 * static_cast<double>(g.SettingsDirtyTimer);
        if (deadline < 0 || layoutWrite < deadline) deadline = layoutWrite;
    }
    return deadline;
}

}  // namespace keystone::app
