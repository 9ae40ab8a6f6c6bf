#include "ui/widgets/accessible_widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <cstring>

#include "ui/shell/item_registry.h"

namespace keystone::ui {
namespace {

// The label travels with the description: an item scrolled out of view is registered
// without ImGui reporting its label, and a screen reader can still reach it.
void declare(const char* label, Role role, Accessible accessible = {}) {
    accessible.role = role;
    if (accessible.label.empty()) accessible.label = label;
    itemRegistry().describeLastItem(std::move(accessible));
}

Accessible checkedState(bool on) {
    Accessible a;
    a.checked = on ? Toggle::On : Toggle::Off;
    return a;
}

Accessible textState(const std::string& text, const char* hint, bool multiline) {
    Accessible a;
    a.value = text;
    a.hint = hint ? hint : "";
    a.multiline = multiline;
    return a;
}

// InputInt and InputDouble put their text field inside PushID(label) with an empty label:
// that field is the item a screen reader edits.
ImGuiID scalarFieldId(const char* label) {
    ImGui::PushID(label);
    const ImGuiID id = ImGui::GetID("");
    ImGui::PopID();
    return id;
}

void declareScalar(const char* label, ImGuiID fieldId, std::string shown) {
    Accessible a;
    a.role = Role::SpinButton;
    a.value = std::move(shown);
    a.label = label;  // the field itself is labelled "" inside the label's id scope
    itemRegistry().describeItem(fieldId, std::move(a));
}

}  // namespace

bool button(const char* label, const ImVec2& size) {
    const bool pressed = ImGui::Button(label, size);
    declare(label, Role::Button);
    return pressed;
}

bool smallButton(const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    declare(label, Role::Button);
    return pressed;
}

bool disclosureButton(const char* label, bool* open) {
    const bool pressed = ImGui::SmallButton(label);
    if (pressed) *open = !*open;
    Accessible a;
    a.expanded = *open ? Toggle::On : Toggle::Off;
    declare(label, Role::Button, std::move(a));
    return pressed;
}

bool iconButton(const char* label, const char* name, const ImVec2& size) {
    const bool pressed = ImGui::Button(label, size);
    Accessible a;
    a.name = name;
    declare(label, Role::Button, std::move(a));
    return pressed;
}

bool checkbox(const char* label, bool* value) {
    const bool changed = ImGui::Checkbox(label, value);
    declare(label, Role::Checkbox, checkedState(*value));
    return changed;
}

bool radioButton(const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    declare(label, Role::Radio, checkedState(active));
    return pressed;
}

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags, const ImVec2& size) {
    const bool pressed = ImGui::Selectable(label, selected, flags, size);
    const Role container = itemRegistry().innermostContainer();
    Accessible a;
    a.selected = selected;
    a.disabled = (flags & ImGuiSelectableFlags_Disabled) != 0;
    declare(label,
            container == Role::ListBox ? Role::Option
            : container == Role::Menu  ? Role::MenuItem
                                       : Role::Button,
            std::move(a));
    return pressed;
}

bool menuItem(const char* label, const char* shortcut, bool selected, bool enabled) {
    const bool pressed = ImGui::MenuItem(label, shortcut, selected, enabled);
    Accessible a;
    a.disabled = !enabled;
    declare(label, Role::MenuItem, std::move(a));
    return pressed;
}

bool beginCombo(const char* label, const char* preview, ImGuiComboFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    Accessible a;
    a.role = Role::ComboBox;
    a.value = preview ? preview : "";
    a.expanded = open ? Toggle::On : Toggle::Off;
    a.label = label;  // BeginCombo does not report its label to the registry
    itemRegistry().describeItem(id, std::move(a));
    if (open) itemRegistry().openContainer(ImGui::GetCurrentWindow()->ID, label, Role::ListBox);
    return open;
}

void endCombo() {
    itemRegistry().closeContainer();
    ImGui::EndCombo();
}

bool inputText(const char* label, std::string* text, ImGuiInputTextFlags flags,
               ImGuiInputTextCallback callback) {
    const bool changed = ImGui::InputText(label, text, flags, callback);
    declare(label, Role::TextField, textState(*text, nullptr, false));
    return changed;
}

bool inputTextWithHint(const char* label, const char* hint, std::string* text,
                       ImGuiInputTextFlags flags) {
    const bool changed = ImGui::InputTextWithHint(label, hint, text, flags);
    declare(label, Role::TextField, textState(*text, hint, false));
    return changed;
}

bool inputTextMultiline(const char* label, std::string* text, const ImVec2& size,
                        ImGuiInputTextFlags flags) {
    const bool changed = ImGui::InputTextMultiline(label, text, size, flags);
    declare(label, Role::TextArea, textState(*text, nullptr, true));
    return changed;
}

bool inputInt(const char* label, int* value, int step, int stepFast, ImGuiInputTextFlags flags) {
    const ImGuiID field = scalarFieldId(label);
    const bool changed = ImGui::InputInt(label, value, step, stepFast, flags);
    declareScalar(label, field, std::to_string(*value));
    return changed;
}

bool inputDouble(const char* label, double* value, double step, double stepFast, const char* format,
                 ImGuiInputTextFlags flags) {
    const ImGuiID field = scalarFieldId(label);
    const bool changed = ImGui::InputDouble(label, value, step, stepFast, format, flags);
    char shown[64];
    std::snprintf(shown, sizeof shown, format, *value);
    declareScalar(label, field, shown);
    return changed;
}

bool sliderInt(const char* label, int* value, int min, int max, const char* format,
               ImGuiSliderFlags flags) {
    const bool changed = ImGui::SliderInt(label, value, min, max, format, flags);
    Accessible a;
    a.hasRange = true;
    a.min = min, a.max = max, a.now = *value;
    char shown[64];
    std::snprintf(shown, sizeof shown, format, *value);
    a.value = shown;
    declare(label, Role::Slider, std::move(a));
    return changed;
}

bool beginTabBar(const char* id, ImGuiTabBarFlags flags) {
    if (!ImGui::BeginTabBar(id, flags)) return false;
    itemRegistry().openContainer(ImGui::GetID(id), "", Role::TabList);
    return true;
}

void endTabBar() {
    itemRegistry().closeContainer();
    ImGui::EndTabBar();
}

bool beginTabItem(const char* label, bool* open, ImGuiTabItemFlags flags) {
    const bool selected = ImGui::BeginTabItem(label, open, flags);
    Accessible a;
    a.selected = selected;
    declare(label, Role::Tab, std::move(a));
    // The tab's content is its panel, named by the tab.
    if (selected) itemRegistry().openContainer(ImGui::GetID("tabpanel"), label, Role::TabPanel);
    return selected;
}

void endTabItem() {
    itemRegistry().closeContainer();
    ImGui::EndTabItem();
}

bool collapsingHeader(const char* label, ImGuiTreeNodeFlags flags) {
    const bool open = ImGui::CollapsingHeader(label, flags);
    Accessible a;
    a.expanded = open ? Toggle::On : Toggle::Off;
    declare(label, Role::Button, std::move(a));
    return open;
}

bool beginPopupModal(const char* title, bool* open, ImGuiWindowFlags flags) {
    if (!ImGui::BeginPopupModal(title, open, flags)) return false;
    itemRegistry().openContainer(ImGui::GetCurrentWindow()->ID, title, Role::Dialog);
    return true;
}

bool beginPopupMenu(const char* id, ImGuiWindowFlags flags) {
    if (!ImGui::BeginPopup(id, flags)) return false;
    itemRegistry().openContainer(ImGui::GetCurrentWindow()->ID, id, Role::Menu);
    return true;
}

void endPopup() {
    itemRegistry().closeContainer();
    ImGui::EndPopup();
}

namespace {
ImGuiID g_treeCanvas = 0;  // the tree beginTree opened, until endTree
}  // namespace

void beginTree(ImGuiID canvasId, const char* name) {
    Accessible a;
    a.role = Role::Tree;
    a.name = name;
    itemRegistry().describeItem(canvasId, std::move(a));
    itemRegistry().openContainerItem(canvasId, Role::Tree);
    g_treeCanvas = canvasId;
}

void endTree() {
    itemRegistry().closeContainer();
    g_treeCanvas = 0;
}

ImGuiID treeItem(const char* strId, const std::string& label, const std::string& name, ImVec2 min,
                 ImVec2 max, const TreeItemState& state) {
    const ImGuiID id = ImGui::GetID(strId);
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.TestEngineHookItems) return id;
    itemRegistry().onItemAdd(id, min.x, min.y, max.x, max.y);
    itemRegistry().onItemInfo(id, label.c_str(), 0);
    Accessible a;
    a.role = Role::TreeItem;
    a.name = name;
    a.level = state.level;
    a.expanded = !state.hasChildren ? Toggle::None : state.expanded ? Toggle::On : Toggle::Off;
    a.selected = state.selected;
    itemRegistry().describeItem(id, std::move(a));
    if (state.current && g_treeCanvas != 0) itemRegistry().focusStandsFor(g_treeCanvas, id);
    return id;
}

}  // namespace keystone::ui
