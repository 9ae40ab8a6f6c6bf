#include "ui/shell/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <cstring>

namespace keystone::ui {

ItemRegistry& itemRegistry() {
    static ItemRegistry registry;
    return registry;
}

void ItemRegistry::attach(ImGuiContext* context) { context->TestEngineHookItems = true; }

void ItemRegistry::beginFrame() { m_current.clear(); }

void ItemRegistry::endFrame() { m_published.swap(m_current); }

namespace {

void setLabel(RegisteredItem& item, const char* label, int flags) {
    item.fullLabel = label ? label : "";
    const char* hidden = label ? std::strstr(label, "##") : nullptr;
    item.label = hidden ? std::string(label, hidden) : item.fullLabel;
    item.flags = flags;
}

}  // namespace

void ItemRegistry::onItemAdd(unsigned int id, float x0, float y0, float x1, float y1) {
    // ImGui may register one id twice in a frame (e.g. a nav rectangle); keep the latest.
    if (!m_current.empty() && m_current.back().id == id && id != 0) {
        RegisteredItem& last = m_current.back();
        last.x = x0, last.y = y0, last.w = x1 - x0, last.h = y1 - y0;
        return;
    }
    m_current.push_back(RegisteredItem{id, {}, {}, x0, y0, x1 - x0, y1 - y0, 0});
    if (m_pending.id == id && id != 0) {
        setLabel(m_current.back(), m_pending.label.c_str(), m_pending.flags);
        m_pending.id = 0;
    }
}

void ItemRegistry::labelLastItem(const char* label) {
    // Plain text has no id and never reaches the hooks, so it is added here by its rectangle.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    RegisteredItem* last = m_current.empty() ? nullptr : &m_current.back();
    if (!last || last->x != min.x || last->y != min.y || last->w != max.x - min.x) {
        m_current.push_back(
            RegisteredItem{0, {}, {}, min.x, min.y, max.x - min.x, max.y - min.y, 0});
        last = &m_current.back();
    }
    setLabel(*last, label, last->flags);
}

void ItemRegistry::onItemInfo(unsigned int id, const char* label, int flags) {
    for (auto it = m_current.rbegin(); it != m_current.rend(); ++it) {
        if (it->id != id) continue;
        setLabel(*it, label, flags);
        return;
    }
    // Some widgets (tab items in 1.86) report their label before their rectangle.
    m_pending = PendingInfo{id, label ? label : "", flags};
}

namespace {

void appendJsonString(std::string& out, const std::string& text) {
    out.push_back('"');
    for (unsigned char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out += escaped;
                } else {
                    out.push_back(static_cast<char>(c));
                }
        }
    }
    out.push_back('"');
}

}  // namespace

std::string ItemRegistry::lastFrameJson() const {
    std::string out = "[";
    char numbers[160];
    for (const RegisteredItem& item : m_published) {
        if (out.size() > 1) out.push_back(',');
        out += "{\"label\":";
        appendJsonString(out, item.label);
        out += ",\"fullLabel\":";
        appendJsonString(out, item.fullLabel);
        std::snprintf(numbers, sizeof numbers,
                      ",\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"flags\":%d}",
                      item.id, item.x, item.y, item.w, item.h, item.flags);
        out += numbers;
    }
    out.push_back(']');
    return out;
}

}  // namespace keystone::ui

// ---- Dear ImGui's test-engine hooks (declared in imgui_internal.h) ---------------------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect& bb, ImGuiID id) {
    keystone::ui::itemRegistry().onItemAdd(id, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
    keystone::ui::itemRegistry().onItemInfo(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    for (const auto& item : keystone::ui::itemRegistry().lastFrame())
        if (item.id == id) return item.fullLabel.c_str();
    return nullptr;
}
