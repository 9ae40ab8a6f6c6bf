// What a screen reader is told about the screen.
//
// Keystone draws everything on one canvas, which is empty to assistive technology. After
// each frame, the items with an accessible role (declared by ui/widgets/accessible_widgets.h),
// their rectangles, which one has keyboard focus, and the notices showing go to the page,
// where web/a11y_mirror.js keeps an invisible DOM tree over the canvas in step with them.
// Only a frame that changed any of that sends anything, so an unchanged frame costs one
// string comparison and no DOM work.
#pragma once

#include <string>

namespace keystone::ui {

class ItemRegistry;
struct NoticesState;

class AccessibilityMirror {
public:
    // Sends the tree to the page (platform::publishAccessibilityTree) when it differs from
    // the last one sent. Returns whether it was sent.
    bool publish(const ItemRegistry& items, const NoticesState& notices);
    const std::string& lastSent() const { return m_lastSent; }
    unsigned long long sentCount() const { return m_sent; }

    // Assistive technology focused (or activated: clicked, pressed) a mirror element: the
    // same ImGui item gets keyboard focus, and activation then presses it the way the
    // keyboard does (ImGui's nav "Activate"), one frame later. Unknown ids are ignored.
    void requestFocus(unsigned int itemId, bool activate);
    bool hasPendingRequest() const { return m_request.itemId != 0; }
    void beforeNewFrame();  // call right before ImGui::NewFrame
    void afterNewFrame();   // call right after ImGui::NewFrame

private:
    struct Request {
        unsigned int itemId = 0;
        bool activate = false;
        bool focused = false;  // focus given; the activation is the next frame's
    };
    std::string m_lastSent;
    unsigned long long m_sent = 0;
    Request m_request;
};

// {"items":[...accessible items...],"focus":id,"notices":[{"kind","text","at"}]}
std::string accessibilityTreeJson(const ItemRegistry& items, const NoticesState& notices);

}  // namespace keystone::ui
