// Dear ImGui's widgets, each declaring what it is to assistive technology.
//
// Panels call these instead of ImGui's own (same arguments, same results): each submits the
// ImGui widget and then tells the item registry its role, name, value and state, which the
// accessibility mirror (ui/shell/accessibility_mirror.h) turns into the page's DOM for
// screen readers. One wrapper per widget kind, so a role is declared once, not guessed.
//
// Names: the visible label; else the caption of the form row it sits in (formRowLabel);
// else the hint; else the "##id" in words. Icon glyphs are never read out.
#pragma once

#include <imgui.h>

#include <string>

namespace keystone::ui {

bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool smallButton(const char* label);
// A small button that shows or hides more (a notice's "Details"): flips *open when pressed
// and tells a screen reader whether what it controls is expanded.
bool disclosureButton(const char* label, bool* open);
// A button drawn as an icon only: `name` is what a screen reader says.
bool iconButton(const char* label, const char* name, const ImVec2& size = ImVec2(0, 0));
bool checkbox(const char* label, bool* value);
bool radioButton(const char* label, bool active);
// A row, list entry or choice that can be picked; an option inside an open combo.
bool selectable(const char* label, bool selected = false, ImGuiSelectableFlags flags = 0,
                const ImVec2& size = ImVec2(0, 0));
bool menuItem(const char* label, const char* shortcut = nullptr, bool selected = false,
              bool enabled = true);

bool beginCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0);
void endCombo();  // only when beginCombo returned true

bool inputText(const char* label, std::string* text, ImGuiInputTextFlags flags = 0,
               ImGuiInputTextCallback callback = nullptr);
bool inputTextWithHint(const char* label, const char* hint, std::string* text,
                       ImGuiInputTextFlags flags = 0);
bool inputTextMultiline(const char* label, std::string* text, const ImVec2& size = ImVec2(0, 0),
                        ImGuiInputTextFlags flags = 0);
bool inputInt(const char* label, int* value, int step = 1, int stepFast = 100,
              ImGuiInputTextFlags flags = 0);
bool inputDouble(const char* label, double* value, double step = 0, double stepFast = 0,
                 const char* format = "%.6f", ImGuiInputTextFlags flags = 0);
bool sliderInt(const char* label, int* value, int min, int max, const char* format = "%d",
               ImGuiSliderFlags flags = 0);

bool beginTabBar(const char* id, ImGuiTabBarFlags flags = 0);
void endTabBar();  // only when beginTabBar returned true
bool beginTabItem(const char* label, bool* open = nullptr, ImGuiTabItemFlags flags = 0);
void endTabItem();  // only when beginTabItem returned true
bool collapsingHeader(const char* label, ImGuiTreeNodeFlags flags = 0);

// A modal dialog: its title is its name, its items are inside it for a screen reader.
bool beginPopupModal(const char* title, bool* open = nullptr, ImGuiWindowFlags flags = 0);
// A menu that pops up (a row's or a card's actions).
bool beginPopupMenu(const char* id, ImGuiWindowFlags flags = 0);
void endPopup();  // after beginPopupModal or beginPopupMenu returned true

// A tree drawn as shapes on a canvas (the org chart's cards). `canvasId` is the canvas's own
// item (an InvisibleButton that takes the keyboard): it becomes the tree, named `name`, and
// holds the items declared with treeItem until endTree.
void beginTree(ImGuiID canvasId, const char* name);
void endTree();
struct TreeItemState {
    int level = 1;  // 1 = the top of the tree
    bool hasChildren = false;
    bool expanded = false;  // with hasChildren: its children are shown
    bool selected = false;
    bool current = false;  // the one the keyboard is on while the tree has focus
};
// One drawn item of the tree, at [min, max) (screen). Drawn shapes are not ImGui items, so it
// is registered here: `strId` gives its id (unique in the canvas), `label` is what tests find
// it by, `name` what a screen reader says. Returns the item's id.
ImGuiID treeItem(const char* strId, const std::string& label, const std::string& name, ImVec2 min,
                 ImVec2 max, const TreeItemState& state);

}  // namespace keystone::ui
