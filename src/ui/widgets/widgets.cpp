#include "ui/widgets/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>
#include <cmath>
#include <cstdio>

#include <algorithm>

#include "ui/shell/item_registry.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {
namespace {

// Shared by textField and textArea: issue the command on change, close the undo merge
// window when the field is left so the next visit is its own step.
bool afterEdit(Workspace& workspace, const char* label, const std::string& value, bool changed,
               const std::string& buffer,
               const std::function<Command(const std::string&)>& makeCommand) {
    if (changed) executeShown(workspace, makeCommand(buffer), label, value, buffer);
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
    return changed;
}

}  // namespace

std::string captionOf(const char* label) {
    const std::string text(label);
    const size_t hashes = text.find("##");
    if (hashes == std::string::npos) return text;
    return hashes > 0 ? text.substr(0, hashes) : text.substr(hashes + 2);
}

void executeShown(Workspace& workspace, Command command, const char* label, std::string before,
                  std::string after) {
    command.field = captionOf(label);
    command.before = std::move(before);
    command.after = std::move(after);
    workspace.execute(std::move(command));
}

std::string scorePoints(double value) {
    char buffer[24];
    const bool whole = std::fabs(value - std::round(value)) < 0.05;
    std::snprintf(buffer, sizeof buffer, whole ? "%.0f" : "%.1f", value);
    return buffer;
}

bool textField(Workspace& workspace, const char* label, const std::string& value,
               const std::function<Command(const std::string&)>& makeCommand, const char* hint,
               float width) {
    // ImGui keeps the text being edited in its own state while the field is active, so a
    // per-frame copy of the model value is enough here.
    std::string buffer = value;
    if (width != 0) ImGui::SetNextItemWidth(width);
    const bool changed =
        hint ? ui::inputTextWithHint(label, hint, &buffer) : ui::inputText(label, &buffer);
    return afterEdit(workspace, label, value, changed, buffer, makeCommand);
}

bool textArea(Workspace& workspace, const char* label, const std::string& value,
              const std::function<Command(const std::string&)>& makeCommand, float heightEm) {
    std::string buffer = value;
    const bool changed = ui::inputTextMultiline(label, &buffer, ImVec2(-1, em(heightEm)));
    return afterEdit(workspace, label, value, changed, buffer, makeCommand);
}

void badge(const char* text, const ImVec4& colour) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 textSize = ImGui::CalcTextSize(text);
    const ImVec2 padding = emVec(0.5f, 0.12f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(textSize.x + padding.x * 2, textSize.y + padding.y * 2);
    ImVec4 fill = colour;
    fill.w = kBadgeFillAlpha;
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), toU32(fill), size.y * 0.5f);
    draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), toU32(colour), text);
    ImGui::Dummy(size);
}

void kpiTile(const char* caption, const std::string& figure, const char* detail, float widthEm) {
    const ImVec2 padding = emVec(0.9f, 0.7f);
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float height = padding.y * 2 + ImGui::GetTextLineHeight() * 2 +
                         fonts().figure->FontSize * fonts().figure->Scale + spacing * 2;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::BeginChild(caption, ImVec2(em(widthEm), height), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    mutedText(caption);
    ImGui::PushFont(fonts().figure);
    ImGui::TextUnformatted(figure.c_str());
    ImGui::PopFont();
    if (detail && *detail) mutedText(detail);
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

void sectionHeading(const char* text) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    itemRegistry().labelLastItem(text);
    Accessible heading;
    heading.role = Role::Heading;
    heading.level = 2;  // the account's name is the page's level 1
    itemRegistry().describeLastItem(std::move(heading));
}

void mutedText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

bool sameLineIfRoom(float width, float spacing) {
    const float gap = spacing >= 0 ? spacing : ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width > right) return false;
    ImGui::SameLine(0, spacing);
    return true;
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float checkboxWidth(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
           ImGui::CalcTextSize(label, nullptr, true).x;
}

ImVec4 strengthColour(int strength) {
    const Palette& p = palette();
    const ImVec4 levels[] = {p.bad, p.warning, p.textMuted, p.good, p.strong};
    return levels[std::clamp(strength, 1, 5) - 1];
}

void exposeReadout(const std::string& label) {
    exposeRect(label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void exposeRect(const std::string& label, ImVec2 min, ImVec2 max) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext& g = *GImGui;
    if (!g.TestEngineHookItems) return;
    const ImGuiID id = ImGui::GetID(("##readout/" + label).c_str());
    ImGuiTestEngineHook_ItemAdd(&g, ImRect(min, max), id);
    ImGuiTestEngineHook_ItemInfo(&g, id, label.c_str(), 0);
    Accessible readout;
    readout.role = Role::Text;
    itemRegistry().describeItem(id, std::move(readout));
#else
    (void)label, (void)min, (void)max;
#endif
}

void formRowLabel(const char* text) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    mutedText(text);
    ImGui::TableNextColumn();
    itemRegistry().nameNextItem(text);  // the field beside it is read out by this caption
}

ImVec4 workStatusColour(WorkStatus status) {
    switch (status) {
        case WorkStatus::Done:
            return palette().good;
        case WorkStatus::Blocked:
            return palette().bad;
        case WorkStatus::InProgress:
            return palette().accent;
        case WorkStatus::NotStarted:
            return palette().textMuted;
    }
    return palette().textMuted;
}

}  // namespace keystone::ui
