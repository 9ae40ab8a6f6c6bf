// Every widget ImGui submitted in the last frame, with its label, rectangle and accessible
// role.
//
// Built on Dear ImGui's IMGUI_ENABLE_TEST_ENGINE item hooks: ImGui calls ItemAdd for each
// item's bounding box and ItemInfo with its label, so browser tests click real widgets by
// label (window.keystone.ui.find) instead of guessed coordinates. The widget wrappers in
// ui/widgets/accessible_widgets.h add what a screen reader needs (role, value, state); the
// accessibility mirror (ui/shell/accessibility_mirror.h) turns that into the page's DOM.
#pragma once

#include <string>
#include <vector>

struct ImGuiContext;
struct ImGuiWindow;

namespace keystone::ui {

// What an item is to assistive technology. Declared by the widget wrapper that submitted
// it, never guessed from ImGui's flags (a button and a text field look the same there).
enum class Role : unsigned char {
    None,  // not exposed (layout, decoration)
    Button,
    Checkbox,
    Radio,
    Tab,
    TabList,   // container
    TabPanel,  // container
    TextField,
    TextArea,
    SpinButton,
    Slider,
    ComboBox,
    ListBox,  // container: an open combo's choices
    Option,
    Menu,  // container
    MenuItem,
    Heading,
    Text,      // a readout or a message
    Dialog,    // container, modal
    Status,    // a message that changes (the save status): read out when it does
    Tree,      // container: a tree drawn on a canvas (the org chart)
    TreeItem,  // one of its items (a card), with a level, expanded and selected state
};
const char* ariaRole(Role role);  // "button", "textbox", ...; "" for None and Text

// Tri-state for checked and expanded: not applicable, false, true.
enum class Toggle : signed char { None = -1, Off = 0, On = 1 };

struct Accessible {
    Role role = Role::None;
    std::string name;   // overrides the label (icon-only buttons, fields labelled by a row)
    std::string value;  // text field contents, combo choice, spin/slider value as shown
    std::string hint;   // a text field's placeholder
    std::string label;  // the caller's label when ImGui's item has none (InputInt's field)
    double min = 0, max = 0, now = 0;  // slider range and value (hasRange)
    bool hasRange = false;
    Toggle checked = Toggle::None;
    Toggle expanded = Toggle::None;
    bool selected = false;  // the current tab, option, account or row
    bool disabled = false;
    bool multiline = false;
    int level = 0;  // heading level, tree depth (1 = the top)
};

struct RegisteredItem {
    unsigned int id = 0;    // ImGuiID
    std::string label;      // visible part of the label (before "##"), may be empty
    std::string fullLabel;  // label as submitted, including any "##suffix"
    float x = 0, y = 0;     // top-left in CSS pixels
    float w = 0, h = 0;     // size in CSS pixels
    int flags = 0;          // ImGuiItemStatusFlags
    Accessible accessible;
    unsigned int container = 0;     // id of the innermost open container item, 0 for none
    ImGuiWindow* window = nullptr;  // where it was submitted (focus requests go there)
};

class ItemRegistry {
public:
    void attach(ImGuiContext* context);  // turns the hooks on for this context
    void beginFrame();                   // call right before ImGui::NewFrame
    void endFrame();                     // call after ImGui::Render: publishes the frame
    const std::vector<RegisteredItem>& lastFrame() const { return m_published; }
    const std::vector<RegisteredItem>& thisFrame() const { return m_current; }  // so far
    const RegisteredItem* findPublished(unsigned int id) const;
    std::string lastFrameJson() const;  // [{label,id,x,y,w,h,flags,role,...}], for keystone.ui
    // The same for the items a screen reader is told about (those with a role), in order.
    std::string accessibleItemsJson() const;
    // The item keyboard focus is on (ImGui's nav or active item), 0 for none.
    unsigned int focusedId() const { return m_focusedId; }
    // While keyboard focus is on `container` (a tree's canvas), a screen reader is told it is
    // on `item` (the tree's current item), as aria-activedescendant would. For this frame.
    void focusStandsFor(unsigned int container, unsigned int item) {
        m_focusFrom = container, m_focusTo = item;
    }

    // Names the most recent item, for things ImGui does not label itself (plain text
    // such as a status or a figure), so tests can find and read them.
    void labelLastItem(const char* label);

    // Declares what the most recent item is to assistive technology.
    void describeLastItem(Accessible accessible);
    void describeItem(unsigned int id, Accessible accessible);  // by ImGuiID
    // The next item with no label of its own is named this (a form row's caption).
    void nameNextItem(std::string name) { m_nextName = std::move(name); }

    // Containers (dialogs, tab panels, menus, an open combo's list) hold the items
    // submitted until they close. They are items too, with a synthetic rectangle.
    void openContainer(unsigned int id, std::string name, Role role);
    // The same with an item already submitted (a canvas that is a tree) as the container.
    void openContainerItem(unsigned int id, Role role) { m_containers.push_back({id, role}); }
    void closeContainer();
    Role innermostContainer() const;  // None outside every container

    // Called from the ImGui hooks.
    void onItemAdd(unsigned int id, float x0, float y0, float x1, float y1);
    void onItemInfo(unsigned int id, const char* label, int flags);

private:
    struct PendingInfo {
        unsigned int id = 0;
        std::string label;
        int flags = 0;
    };
    RegisteredItem* lastItem();
    void appendItemJson(std::string& out, const RegisteredItem& item) const;
    void appendAccessibleFields(std::string& out, const RegisteredItem& item) const;
    std::vector<RegisteredItem> m_current;
    struct OpenContainer {
        unsigned int id;
        Role role;
    };
    std::vector<OpenContainer> m_containers;  // innermost last
    std::string m_nextName;
    PendingInfo m_pending;
    std::vector<RegisteredItem> m_published;
    unsigned int m_focusedId = 0;
    unsigned int m_focusFrom = 0, m_focusTo = 0;  // focusStandsFor
};

ItemRegistry& itemRegistry();

// A label's words: icon glyphs (Font Awesome, Private Use Area) and surrounding white space
// removed. What a screen reader says, and what tests find widgets by.
std::string withoutIconGlyphs(const std::string& text);

}  // namespace keystone::ui
