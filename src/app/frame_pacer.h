// When the next frame is built. Keystone draws only when something can have changed, so a
// laptop on battery idles at zero frames per second while the rep talks to the customer.
//
// A frame is wanted after any input, resize, storage message or file (the platform wakes
// the loop by itself for those), until the picture has stopped changing and Dear ImGui has
// finished laying out what it shows (a pop-up measures itself in a frame where it is not
// drawn, so an unchanged picture does not mean a settled screen); while a mouse
// button or key is held (ImGui's drags and key repeat advance with time); and at deadlines
// something set: the autosave pause, a notice timing out, the caret's next blink, ImGui's
// delayed write of the window layout.
#pragma once

#include <cstdint>

struct ImDrawData;

namespace keystone::app {

struct NextFrame {
    bool immediately = false;  // at the next display refresh
    double atMs = -1;          // otherwise at this time (platform::nowMs); -1: when woken
    const char* reason = "";   // for the automation API: why (or why not) another frame
};

class FramePacer {
public:
    // Frames built with an unchanged picture before the loop sleeps: ImGui settles some
    // layouts (auto-fitting windows, table columns) a frame after the input that caused them.
    static constexpr int kSettleFrames = 2;

    // Something arrived (input, a message, a file): draw until the picture settles again.
    void wake() { m_unchangedFrames = 0; }
    // Draw every frame regardless (the frame-cost bench, and its "always drawing" peer).
    void setContinuous(bool continuous) { m_continuous = continuous; }

    struct FrameOutcome {
        bool pictureChanged = false;  // this frame's draw data differs from the last one's
        bool layoutSettling = false;  // imguiLayoutSettling(): the next frame shows more
        bool inputHeld = false;       // a mouse button or key is down
        double nowMs = 0;
        double deadlineMs = -1;  // earliest time something needs a frame; -1: nothing due
    };
    NextFrame afterFrame(const FrameOutcome& frame);

private:
    int m_unchangedFrames = 0;
    bool m_continuous = false;
};

// A hash of everything the frame would put on the canvas: display size and scale, and every
// draw command with its vertices and indices. Equal fingerprints draw identical pixels, so
// the GL submission (the costly part under software GL) can be skipped.
std::uint64_t drawDataFingerprint(const ImDrawData& drawData);

// Whether Dear ImGui is still laying out what this frame submitted, so the next frame draws
// (and registers in ui::itemRegistry) something this one did not: a pop-up, combo list,
// tooltip or new window is hidden for the frame in which it measures its size, with its
// items clipped to nothing; a new table fits its columns over three frames. Each of these
// ends by itself within a few frames.
bool imguiLayoutSettling();

// When Dear ImGui itself next needs a frame with no input: the text caret's next blink
// while a field is being edited, and the delayed write of the window layout. -1: never.
double imguiNextDeadlineMs(double nowMs);

}  // namespace keystone::app
