#include "ui/shell/accessibility_mirror.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#include "platform/platform.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

std::string accessibilityTreeJson(const ItemRegistry& items, const NoticesState& notices) {
    nlohmann::json shown = nlohmann::json::array();
    for (const Notice& notice : notices.shown) {
        if (notice.shownAtMs < 0) continue;  // not on screen yet
        shown.push_back({{"kind", notice.kind == NoticeKind::Error     ? "error"
                                  : notice.kind == NoticeKind::Success ? "success"
                                                                       : "info"},
                         {"text", notice.text},
                         {"at", notice.shownAtMs}});
    }
    return "{\"items\":" + items.accessibleItemsJson() +
           ",\"focus\":" + std::to_string(items.focusedId()) + ",\"notices\":" + shown.dump() + "}";
}

void AccessibilityMirror::requestFocus(unsigned int itemId, bool activate) {
    m_request = Request{itemId, activate, false};
    platform::requestFrame();
}

void AccessibilityMirror::afterNewFrame() {
    if (m_request.itemId == 0 || m_request.focused) return;
    const RegisteredItem* item = itemRegistry().findPublished(m_request.itemId);
    if (!item || !item->window) {
        m_request = {};
        return;
    }
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::FocusWindow(item->window);
    ImGui::SetFocusID(item->id, item->window);
    // An item a screen reader reached below the fold comes into view, as after a Tab.
    ImGui::ScrollToBringRectIntoView(
        item->window, ImRect(item->x, item->y, item->x + item->w, item->y + item->h));
    // Show the focus ring, as after a Tab, and keep the mouse from taking it back.
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    g.NavInputSource = ImGuiInputSource_Keyboard;
    if (m_request.activate) {
        m_request.focused = true;
        platform::requestFrame();
    } else {
        m_request = {};
    }
}

void AccessibilityMirror::beforeNewFrame() {
    if (m_request.itemId == 0 || !m_request.focused) return;
    // Read by ImGui::NewFrame's navigation as the Space key; cleared by ImGui::EndFrame.
    ImGui::GetIO().NavInputs[ImGuiNavInput_Activate] = 1.0f;
    m_request = {};
    platform::requestFrame();  // the press is released, and what it opened is drawn
}

bool AccessibilityMirror::publish(const ItemRegistry& items, const NoticesState& notices) {
    std::string tree = accessibilityTreeJson(items, notices);
    if (tree == m_lastSent) return false;
    platform::publishAccessibilityTree(tree);
    m_lastSent = std::move(tree);
    ++m_sent;
    return true;
}

}  // namespace keystone::ui
