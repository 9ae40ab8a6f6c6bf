// Where one frame's keyboard input ends.
//
// Dear ImGui 1.86 samples the keyboard once per frame (io.KeysDown[], io.KeyCtrl), so a key
// pressed and released between two frames would never be seen. The events of such a key are
// spread over two frames, and everything after the release waits with it, in order:
// modifiers are state too, and taking a later Ctrl release before an earlier Ctrl+A release
// would leave ImGui believing Ctrl is held, and it drops every character typed while it
// believes so (a rep's Ctrl+A and quick typing lost the typing in Firefox).
#pragma once

#include <vector>

namespace keystone::app {

class KeyFrameBatcher {
public:
    enum class Kind { KeyDown, KeyUp, Other };

    // A new frame takes input from here on.
    void beginFrame();

    // Whether this event belongs to the frame being built. Once one is refused, every later
    // event is too: the caller keeps them, in order, for the next frame, which starts with
    // them. Each frame takes at least one event, so input never stalls.
    bool admit(Kind kind, int scancode);

private:
    std::vector<int> m_pressedThisFrame;
    bool m_frameClosed = false;
};

}  // namespace keystone::app
