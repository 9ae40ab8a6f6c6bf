#include "app/key_batching.h"

#include <algorithm>

namespace keystone::app {

void KeyFrameBatcher::beginFrame() {
    m_pressedThisFrame.clear();
    m_frameClosed = false;
}

bool KeyFrameBatcher::admit(Kind kind, int scancode) {
    if (m_frameClosed) return false;
    const bool pressedThisFrame = std::find(m_pressedThisFrame.begin(), m_pressedThisFrame.end(),
                                            scancode) != m_pressedThisFrame.end();
    if (kind == Kind::KeyUp && pressedThisFrame) {
        m_frameClosed = true;
        return false;
    }
    if (kind == Kind::KeyDown) m_pressedThisFrame.push_back(scancode);
    return true;
}

}  // namespace keystone::app
