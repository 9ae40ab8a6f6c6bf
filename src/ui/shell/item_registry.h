// Every widget ImGui submitted in the last frame, with its label and rectangle.
//
// Built on Dear ImGui's IMGUI_ENABLE_TEST_ENGINE item hooks: ImGui calls ItemAdd for each
// item's bounding box and ItemInfo with its label, so browser tests click real widgets by
// label (window.keystone.ui.find) instead of guessed coordinates.
#pragma once

#include <string>
#include <vector>

struct ImGuiContext;

namespace keystone::ui {

struct RegisteredItem {
    unsigned int id = 0;    // ImGuiID
    std::string label;      // visible part of the label (before "##"), may be empty
    std::string fullLabel;  // label as submitted, including any "##suffix"
    float x = 0, y = 0;     // top-left in CSS pixels
    float w = 0, h = 0;     // size in CSS pixels
    int flags = 0;          // ImGuiItemStatusFlags
};

class ItemRegistry {
public:
    void attach(ImGuiContext* context);  // turns the hooks on for this context
    void beginFrame();                   // call right before ImGui::NewFrame
    void endFrame();                     // call after ImGui::Render: publishes the frame
    const std::vector<RegisteredItem>& lastFrame() const { return m_published; }
    std::string lastFrameJson() const;  // [{label,id,x,y,w,h,flags}], for window.keystone

    // Names the most recent item, for things ImGui does not label itself (plain text
    // such as a status or a figure), so tests can find and read them.
    void labelLastItem(const char* label);

    // Called from the ImGui hooks.
    void onItemAdd(unsigned int id, float x0, float y0, float x1, float y1);
    void onItemInfo(unsigned int id, const char* label, int flags);

private:
    struct PendingInfo {
        unsigned int id = 0;
        std::string label;
        int flags = 0;
    };
    std::vector<RegisteredItem> m_current;
    PendingInfo m_pending;
    std::vector<RegisteredItem> m_published;
};

ItemRegistry& itemRegistry();

}  // namespace keystone::ui
