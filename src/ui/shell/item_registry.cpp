#include "ui/shell/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace keystone::ui {

ItemRegistry& itemRegistry() {
    static ItemRegistry registry;
    return registry;
}

const char* ariaRole(Role role) {
    switch (role) {
        case Role::Button:
            return "button";
        case Role::Checkbox:
            return "checkbox";
        case Role::Radio:
            return "radio";
        case Role::Tab:
            return "tab";
        case Role::TabList:
            return "tablist";
        case Role::TabPanel:
            return "tabpanel";
        case Role::TextField:
        case Role::TextArea:
            return "textbox";
        case Role::SpinButton:
            return "spinbutton";
        case Role::Slider:
            return "slider";
        case Role::ComboBox:
            return "combobox";
        case Role::ListBox:
            return "listbox";
        case Role::Option:
            return "option";
        case Role::Menu:
            return "menu";
        case Role::MenuItem:
            return "menuitem";
        case Role::Heading:
            return "heading";
        case Role::Dialog:
            return "dialog";
        case Role::Status:
            return "status";
        case Role::Tree:
            return "tree";
        case Role::TreeItem:
            return "treeitem";
        case Role::None:
        case Role::Text:
            return "";
    }
    return "";
}

void ItemRegistry::attach(ImGuiContext* context) { context->TestEngineHookItems = true; }

void ItemRegistry::beginFrame() {
    m_current.clear();
    m_containers.clear();
    m_nextName.clear();
    m_focusFrom = m_focusTo = 0;
}

void ItemRegistry::endFrame() {
    while (!m_containers.empty()) closeContainer();  // a panel that returned early
    m_published.swap(m_current);
    // Keyboard focus: the field being typed into, else the item keyboard navigation is on
    // (only while its highlight shows: a mouse click hides it and focus is then nowhere).
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId)
        m_focusedId = g.ActiveId;
    else if (g.NavWindow && g.NavId != 0 && !g.NavDisableHighlight)
        m_focusedId = g.NavId;
    else
        m_focusedId = 0;
    if (m_focusedId != 0 && m_focusedId == m_focusFrom && findPublished(m_focusTo))
        m_focusedId = m_focusTo;
}

const RegisteredItem* ItemRegistry::findPublished(unsigned int id) const {
    for (const RegisteredItem& item : m_published)
        if (item.id == id) return &item;
    return nullptr;
}

// Icon glyphs (Font Awesome, in the Private Use Area U+E000..U+F8FF: three UTF-8 bytes,
// EE xx xx or EF 80..A3 xx) and surrounding white space removed.
std::string withoutIconGlyphs(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
        if (i + 2 < text.size() && (byte(i) == 0xEE || (byte(i) == 0xEF && byte(i + 1) <= 0xA3))) {
            i += 3;
            continue;
        }
        out.push_back(text[i++]);
    }
    const size_t first = out.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(" \t\n") - first + 1);
}

namespace {

void setLabel(RegisteredItem& item, const char* label, int flags) {
    item.fullLabel = label ? label : "";
    const char* hidden = label ? std::strstr(label, "##") : nullptr;
    item.label = hidden ? std::string(label, hidden) : item.fullLabel;
    item.flags = flags;
}

// "##Term years" or "##org-search" as words ("Term years", "Org search"): the last resort
// for a field with no label, caption or hint.
std::string idInWords(const std::string& fullLabel) {
    const size_t hidden = fullLabel.find("##");
    if (hidden == std::string::npos) return {};
    std::string words = withoutIconGlyphs(fullLabel.substr(hidden + 2));
    for (char& c : words)
        if (c == '-' || c == '_') c = ' ';
    if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = words[0] - 'a' + 'A';
    return words;
}

// A control labelled after it was drawn (an icon button given words for tests and people,
// ui::labelLastItem) is read out by that label.
void renameControl(RegisteredItem& item) {
    if (item.accessible.role == Role::None || item.accessible.role == Role::Text) return;
    std::string spoken = withoutIconGlyphs(item.label);
    if (!spoken.empty()) item.accessible.name = std::move(spoken);
}

}  // namespace

RegisteredItem* ItemRegistry::lastItem() { return m_current.empty() ? nullptr : &m_current.back(); }

void ItemRegistry::onItemAdd(unsigned int id, float x0, float y0, float x1, float y1) {
    // ImGui may register one id twice in a frame (e.g. a nav rectangle); keep the latest.
    if (!m_current.empty() && m_current.back().id == id && id != 0) {
        RegisteredItem& last = m_current.back();
        last.x = x0, last.y = y0, last.w = x1 - x0, last.h = y1 - y0;
        return;
    }
    RegisteredItem item{id, {}, {}, x0, y0, x1 - x0, y1 - y0, 0};
    item.container = m_containers.empty() ? 0 : m_containers.back().id;
    item.window = ImGui::GetCurrentContext()->CurrentWindow;
    m_current.push_back(std::move(item));
    if (m_pending.id == id && id != 0) {
        setLabel(m_current.back(), m_pending.label.c_str(), m_pending.flags);
        m_pending.id = 0;
    }
}

void ItemRegistry::labelLastItem(const char* label) {
    // Plain text has no id and never reaches the hooks, so it is added here by its rectangle.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    RegisteredItem* last = lastItem();
    if (!last || last->x != min.x || last->y != min.y || last->w != max.x - min.x) {
        RegisteredItem item{0, {}, {}, min.x, min.y, max.x - min.x, max.y - min.y, 0};
        item.container = m_containers.empty() ? 0 : m_containers.back().id;
        m_current.push_back(std::move(item));
        last = &m_current.back();
        last->accessible.role = Role::Text;  // a readout or a message, read as text
    }
    setLabel(*last, label, last->flags);
    renameControl(*last);
}

void ItemRegistry::describeLastItem(Accessible accessible) {
    // Inside ImGui::BeginDisabled the item is greyed and takes no input.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) accessible.disabled = true;
    describeItem(ImGui::GetItemID(), std::move(accessible));
}

void ItemRegistry::describeItem(unsigned int id, Accessible accessible) {
    RegisteredItem* item = nullptr;
    for (auto it = m_current.rbegin(); it != m_current.rend() && id != 0; ++it) {
        if (it->id == id) {
            item = &*it;
            break;
        }
    }
    // Plain text has no id and is the last item; an item with an id that is not here was
    // clipped (off screen): there is nothing to describe.
    if (!item && id == 0) item = lastItem();
    if (!item) return;
    const std::string& label = accessible.label.empty() ? item->fullLabel : accessible.label;
    if (accessible.name.empty())
        accessible.name = withoutIconGlyphs(label.substr(0, label.find("##")));
    if (accessible.name.empty()) accessible.name = withoutIconGlyphs(m_nextName);
    if (accessible.name.empty()) accessible.name = withoutIconGlyphs(accessible.hint);
    if (accessible.name.empty()) accessible.name = idInWords(label);
    m_nextName.clear();
    item->accessible = std::move(accessible);
}

void ItemRegistry::openContainer(unsigned int id, std::string name, Role role) {
    RegisteredItem item{id, name, name, 0, 0, 0, 0, 0};
    item.container = m_containers.empty() ? 0 : m_containers.back().id;
    item.window = ImGui::GetCurrentContext()->CurrentWindow;
    item.accessible.role = role;
    item.accessible.name = withoutIconGlyphs(name);
    m_current.push_back(std::move(item));
    m_containers.push_back({id, role});
}

Role ItemRegistry::innermostContainer() const {
    return m_containers.empty() ? Role::None : m_containers.back().role;
}

void ItemRegistry::closeContainer() {
    if (m_containers.empty()) return;
    const unsigned int id = m_containers.back().id;
    m_containers.pop_back();
    // Its rectangle is what its items cover, so magnifiers and touch exploration find it.
    RegisteredItem* container = nullptr;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    for (auto it = m_current.rbegin(); it != m_current.rend(); ++it) {
        if (it->id == id && it->accessible.role != Role::None && it->w == 0) {
            container = &*it;
            break;
        }
        if (it->container != id || it->w <= 0) continue;
        x0 = any ? std::min(x0, it->x) : it->x;
        y0 = any ? std::min(y0, it->y) : it->y;
        x1 = any ? std::max(x1, it->x + it->w) : it->x + it->w;
        y1 = any ? std::max(y1, it->y + it->h) : it->y + it->h;
        any = true;
    }
    if (container && any)
        container->x = x0, container->y = y0, container->w = x1 - x0, container->h = y1 - y0;
}

void ItemRegistry::onItemInfo(unsigned int id, const char* label, int flags) {
    if (id == 0) return;  // nothing to match it to (plain text is labelled by labelLastItem)
    for (auto it = m_current.rbegin(); it != m_current.rend(); ++it) {
        if (it->id != id) continue;
        setLabel(*it, label, flags);
        renameControl(*it);
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

void ItemRegistry::appendItemJson(std::string& out, const RegisteredItem& item) const {
    char numbers[200];
    out += "{\"label\":";
    appendJsonString(out, item.label);
    out += ",\"fullLabel\":";
    appendJsonString(out, item.fullLabel);
    std::snprintf(numbers, sizeof numbers, ",\"flags\":%d,", item.flags);
    out += numbers;
    appendAccessibleFields(out, item);
    out.push_back('}');
}

// id, rectangle and, for an item with a role, what a screen reader is told. Nothing that
// changes with the pointer: an unchanged screen gives the same text.
void ItemRegistry::appendAccessibleFields(std::string& out, const RegisteredItem& item) const {
    char numbers[200];
    std::snprintf(numbers, sizeof numbers, "\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f",
                  item.id, item.x, item.y, item.w, item.h);
    out += numbers;
    const Accessible& a = item.accessible;
    if (a.role == Role::None) return;
    out += ",\"role\":";
    appendJsonString(out, a.role == Role::Text ? "text" : ariaRole(a.role));
    out += ",\"name\":";
    appendJsonString(out, a.name);
    if (!a.value.empty() || a.role == Role::TextField || a.role == Role::TextArea) {
        out += ",\"value\":";
        appendJsonString(out, a.value);
    }
    if (!a.hint.empty()) {
        out += ",\"hint\":";
        appendJsonString(out, a.hint);
    }
    std::snprintf(numbers, sizeof numbers, ",\"container\":%u,\"level\":%d", item.container,
                  a.level);
    out += numbers;
    if (a.hasRange) {
        std::snprintf(numbers, sizeof numbers, ",\"min\":%g,\"max\":%g,\"now\":%g", a.min, a.max,
                      a.now);
        out += numbers;
    }
    if (a.checked != Toggle::None)
        out += a.checked == Toggle::On ? ",\"checked\":true" : ",\"checked\":false";
    if (a.expanded != Toggle::None)
        out += a.expanded == Toggle::On ? ",\"expanded\":true" : ",\"expanded\":false";
    if (a.selected) out += ",\"selected\":true";
    if (a.disabled) out += ",\"disabled\":true";
    if (a.multiline) out += ",\"multiline\":true";
    if (item.id != 0 && item.id == m_focusedId) out += ",\"focused\":true";
}

std::string ItemRegistry::lastFrameJson() const {
    std::string out = "[";
    for (const RegisteredItem& item : m_published) {
        if (out.size() > 1) out.push_back(',');
        appendItemJson(out, item);
    }
    out.push_back(']');
    return out;
}

std::string ItemRegistry::accessibleItemsJson() const {
    std::string out = "[";
    for (const RegisteredItem& item : m_published) {
        const Accessible& a = item.accessible;
        if (a.role == Role::None || (a.role == Role::Text && a.name.empty())) continue;
        if (out.size() > 1) out.push_back(',');
        out.push_back('{');
        appendAccessibleFields(out, item);
        out.push_back('}');
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
