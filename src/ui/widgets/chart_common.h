// Drawing helpers shared by the competition, risk, metric and health panels: cards with
// an accent stripe, segmented choice buttons, labelled hit areas for tests, line charts
// and horizontal bars.
#pragma once

#include <imgui.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/editing/workspace.h"

namespace keystone::ui {

// Gives the last item (e.g. an InvisibleButton, or plain text) a label that
// window.keystone.ui.find sees and a screen reader reads: itemRegistry().labelLastItem.
void labelLastItem(const char* label);

// Linear blend of two colours, t in 0..1.
ImVec4 mixColour(const ImVec4& a, const ImVec4& b, float t);
ImVec4 withAlpha(ImVec4 colour, float alpha);

// A surface-coloured rounded card around whatever is drawn between beginCard and endCard,
// `widthPx` wide (0 = all available), with an optional coloured stripe on the left.
// Content should keep within cardInnerWidth() (tables size to it).
class Card {
public:
    void begin(float widthPx = 0);
    void end(const ImVec4* stripe = nullptr);
    float innerWidth() const { return m_inner; }

private:
    ImDrawListSplitter m_splitter;
    ImVec2 m_start;
    float m_width = 0;
    float m_inner = 0;
};

// A row of joined buttons, one per choice; the current one is filled. Returns the clicked
// index or -1. Button labels are "<text>##<idPrefix>-<index>" so tests can name them.
// `tooltips` (may be null) explain each choice; `colours` (may be null) tint the current one.
int segmented(const char* idPrefix, const char* const* texts, int count, int current,
              const char* const* tooltips = nullptr, const ImVec4* colours = nullptr);

// A line chart of `values` (oldest first) in a box of `size`. Optional dashed target and
// dotted baseline lines. `detailed` adds axis labels, points and a hover tooltip per point
// using `xLabels` and `formatValue`.
struct LineChart {
    std::vector<double> values;
    std::vector<std::string> xLabels;  // same length as values when detailed
    std::optional<double> target;
    std::optional<double> baseline;
    ImVec4 colour;
    bool detailed = false;
    std::string (*formatValue)(double value, const std::string& unit) = nullptr;
    std::string unit;
};
void drawLineChart(const char* id, const LineChart& chart, ImVec2 size);

// Free text shown word-wrapped in a field-like box (ImGui's multi-line editor cannot wrap),
// turning into the editor (widgets' textArea, one undo step per visit) when clicked and
// back when it loses focus. Grows with its text, at least `minHeightEm` tall; `placeholder`
// shows when empty. Labelled with `id` in both modes so tests find it.
void expandingTextArea(Workspace& workspace, const char* id, const std::string& value,
                       const std::function<Command(const std::string&)>& makeCommand,
                       float minHeightEm, const char* placeholder);

// A tooltip for the last item, wrapped at about 24 em, shown while it is hovered; its text
// is in the item registry then, labelled by itself. `flags`:
// ImGuiHoveredFlags_AllowWhenDisabled explains a greyed-out control too.
void hoverTooltip(const std::string& text, ImGuiHoveredFlags flags = 0);

// A filled accent button for a panel's main action ("Add risk").
bool primaryButton(const char* label);

// A panel's title row: heading, a muted one-line summary under it, and the main action
// button on the right. Returns true when the button was clicked.
bool panelHeader(const char* title, const std::string& summary, const char* actionLabel);

// A centred empty-state message inside a card: an icon, a line and a hint.
void emptyState(const char* icon, const char* message, const char* hint);

// A horizontal bar `fraction` (0..1) full, `size` big, in `colour` on a faint track.
void drawBar(float fraction, ImVec2 size, const ImVec4& colour);

}  // namespace keystone::ui
