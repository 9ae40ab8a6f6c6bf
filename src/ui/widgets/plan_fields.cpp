#include "ui/widgets/plan_fields.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <unordered_map>

#include "core/model/clock.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {
namespace {

// Largest whole-unit amount accepted: keeps minor units under 2^53 (the plan format's limit).
constexpr long long kMaxWholeUnits = 90'000'000'000'000LL;

}  // namespace

bool isoDateField(Workspace& workspace, PlanFieldsState& fields, const char* label,
                  const std::string& value,
                  const std::function<Command(const std::string&)>& makeCommand, float width) {
    const ImGuiID id = ImGui::GetID(label);
    auto& pending = fields.pendingDates;
    const bool invalid = pending.count(id) != 0;
    if (invalid) {
        ImGui::PushStyleColor(ImGuiCol_Border, palette().bad);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    std::string buffer = value;
    if (width != 0) ImGui::SetNextItemWidth(width);
    const bool changed =
        ImGui::InputTextWithHint(label, "YYYY-MM-DD", &buffer, ImGuiInputTextFlags_CharsNoBlank);
    if (invalid) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    bool committed = false;
    if (changed) {
        if (buffer.empty() || isIsoDate(buffer)) {
            pending.erase(id);
            if (buffer != value) {
                workspace.execute(makeCommand(buffer));
                committed = true;
            }
        } else {
            pending[id] = buffer;
        }
    }
    if (invalid && ImGui::IsItemActive()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted("Type a real date as YYYY-MM-DD, for example 2027-03-31.");
        ImGui::EndTooltip();
    }
    if (ImGui::IsItemDeactivated()) {
        workspace.closeMergeWindow();
        pending.erase(id);
    }
    return committed;
}

bool wrappedTextArea(Workspace& workspace, PlanFieldsState& fields, const char* label,
                     const std::string& value,
                     const std::function<Command(const std::string&)>& makeCommand, float heightEm,
                     const char* placeholder) {
    ImGuiID& editing = fields.editingText;
    bool& focus = fields.focusText;
    const ImGuiID id = ImGui::GetID(label);
    const ImVec2 size(ImGui::GetContentRegionAvail().x, em(heightEm));
    if (editing == id) {
        if (focus) {
            ImGui::SetKeyboardFocusHere();
            focus = false;
        }
        std::string buffer = value;
        const bool changed = ImGui::InputTextMultiline(label, &buffer, size);
        if (changed) workspace.execute(makeCommand(buffer));
        if (ImGui::IsItemDeactivated()) {
            workspace.closeMergeWindow();
            editing = 0;
        }
        return changed;
    }
    // Reading mode: a frame like the input's, the text wrapped inside it.
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton(label, size)) {
        editing = id;
        focus = true;
    }
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    draw->AddRectFilled(pos, max,
                        ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                        style.FrameRounding);
    draw->AddRect(pos, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
    const ImVec2 textPos(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y);
    const float wrap = size.x - style.FramePadding.x * 2;
    draw->PushClipRect(pos, ImVec2(max.x, max.y - style.FramePadding.y * 0.5f), true);
    if (value.empty())
        draw->AddText(textPos, toU32(palette().textMuted), placeholder ? placeholder : "");
    else
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), textPos,
                      ImGui::GetColorU32(ImGuiCol_Text), value.c_str(),
                      value.c_str() + value.size(), wrap);
    draw->PopClipRect();
    return false;
}

bool moneyField(Workspace& workspace, const char* label, MinorUnits value,
                const std::string& currency, const std::function<Command(MinorUnits)>& makeCommand,
                float width) {
    long long whole = static_cast<long long>(value / 100);
    if (width != 0) ImGui::SetNextItemWidth(width);
    const bool changed =
        ImGui::InputScalar(label, ImGuiDataType_S64, &whole, nullptr, nullptr, "%lld");
    bool committed = false;
    if (changed) {
        whole = std::clamp(whole, 0LL, kMaxWholeUnits);
        const MinorUnits next = static_cast<MinorUnits>(whole) * 100;
        if (next != value) {
            workspace.execute(makeCommand(next));
            committed = true;
        }
    }
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
        ImGui::SetTooltip("Whole amount, e.g. 250000 for 250K. Negative amounts count as 0.");
    }
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
    // The amount as the rep reads it, beside the raw digits being typed.
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(formatMoney(value, currency).c_str());
    ImGui::PopStyleColor();
    return committed;
}

bool enumCombo(const char* label, int current, int count,
               const std::function<std::string_view(int)>& labelOf, int& chosen, float width) {
    if (width != 0) ImGui::SetNextItemWidth(width);
    const std::string preview(labelOf(current));
    bool picked = false;
    if (ImGui::BeginCombo(label, preview.c_str())) {
        for (int i = 0; i < count; ++i) {
            const std::string text(labelOf(i));
            const bool selected = i == current;
            if (ImGui::Selectable(text.c_str(), selected) && !selected) {
                chosen = i;
                picked = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return picked;
}

void formRow(const char* caption, float captionWidthEm) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(caption);
    ImGui::PopStyleColor();
    ImGui::SameLine(em(captionWidthEm));
}

bool linkButton(const char* label, const ImVec4& colour) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImVec4 hover = colour;
    hover.w = 0.12f;
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    hover.w = 0.22f;
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hover);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return pressed;
}

std::string ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    static const std::string kEllipsis = "\u2026";
    const float room = width - ImGui::CalcTextSize(kEllipsis.c_str()).x;
    size_t fit = 0;
    for (size_t i = 0; i < text.size();) {
        // Step over one UTF-8 code point so a character is never cut in half.
        size_t next = i + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80)
            ++next;
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + next).x > room) break;
        fit = next;
        i = next;
    }
    return text.substr(0, fit) + kEllipsis;
}

}  // namespace keystone::ui
