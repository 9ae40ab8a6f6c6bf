#include "ui/widgets/plan_fields.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <unordered_map>

#include "core/model/calendar.h"
#include "core/model/clock.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/date_picker.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// The engine of the money and date fields. `shown` is the stored value as text; `accept`
// reads the text the rep leaves the field with, stores it (through a command when it
// changed) and returns "", or returns why it cannot be read. `beside` draws what sits on the
// field's line (the date picker's button).
bool typedField(Workspace& workspace, PlanFieldsState& fields, const char* label, const char* hint,
                const std::string& shown,
                const std::function<std::string(const std::string&)>& accept, float width,
                const std::function<void(ImGuiID)>& beside = nullptr) {
    const ImGuiID id = ImGui::GetID(label);
    const auto draft = fields.drafts.find(id);
    const auto refusal = fields.refusals.find(id);
    const bool refused = refusal != fields.refusals.end();
    std::string buffer = draft != fields.drafts.end() ? draft->second : shown;
    if (refused) {
        ImGui::PushStyleColor(ImGuiCol_Border, palette().bad);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    if (width != 0) ImGui::SetNextItemWidth(width);
    const bool changed = ui::inputTextWithHint(label, hint, &buffer);
    if (refused) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    // Enter deactivates the field in the frame it is typed, so keep every change at once.
    if (changed || ImGui::IsItemActive()) fields.drafts[id] = buffer;
    bool committed = false;
    if (ImGui::IsItemDeactivated()) {
        workspace.closeMergeWindow();
        const auto typed = fields.drafts.find(id);
        if (typed != fields.drafts.end()) {
            const auto before = workspace.revision();
            const std::string problem = accept(typed->second);
            if (problem.empty()) {
                fields.drafts.erase(id);
                fields.refusals.erase(id);
                committed = workspace.revision() != before;
            } else {
                fields.refusals[id] = problem;
            }
        }
    }
    // What the field shows, for tests and automation: "Current ARR: $1,200,000".
    if (!ImGui::IsItemActive()) exposeReadout(captionOf(label) + ": " + buffer);
    if (beside) beside(id);
    const auto reason = fields.refusals.find(id);
    if (reason != fields.refusals.end()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() +
                               std::max(em(16.0f), ImGui::CalcItemWidth()));
        ImGui::TextWrapped("%s", reason->second.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        exposeReadout(captionOf(label) + " error: " + reason->second);
    }
    return committed;
}

// The text a money field shows: cents only when there are some, so "$18,000" stays short.
std::string moneyText(MinorUnits value, const std::string& currency, DecimalMark mark) {
    return formatMoney(value, currency, value % 100 != 0, mark);
}

}  // namespace

bool dateField(Workspace& workspace, PlanFieldsState& fields, const char* label,
               const std::string& value,
               const std::function<Command(const std::string&)>& makeCommand, float width) {
    // A field that fills its cell (a negative width) leaves room for the calendar button, which
    // would otherwise spill over the next column.
    const float gap = em(0.3f);
    if (width < 0) width -= buttonWidth(ICON_CALENDAR) + gap;
    return typedField(
        workspace, fields, label, "YYYY-MM-DD", value,
        [&](const std::string& typed) -> std::string {
            std::string date;
            if (typed.find_first_not_of(' ') != std::string::npos) {
                const auto parsed = parseTypedDate(typed);
                if (!parsed) return parsed.error().message;
                date = formatIsoDate(parsed.value());
            }
            if (date != value) executeShown(workspace, makeCommand(date), label, value, date);
            return {};
        },
        width,
        [&](ImGuiID id) {
            ImGui::SameLine(0, gap);
            std::string picked;
            if (!datePickerButton(fields, captionOf(label), value, workspace.today, picked)) return;
            fields.drafts.erase(id);
            fields.refusals.erase(id);
            if (picked != value) executeShown(workspace, makeCommand(picked), label, value, picked);
        });
}

bool amountField(Workspace& workspace, PlanFieldsState& fields, const char* label, MinorUnits value,
                 const std::string& currency, const std::function<void(MinorUnits)>& store,
                 float width) {
    const DecimalMark mark = workspace.portfolio().decimalMark;
    return typedField(
        workspace, fields, label, "e.g. 250k or 1.2M", moneyText(value, currency, mark),
        [&](const std::string& typed) -> std::string {
            const auto parsed = parseMoney(typed, mark);
            if (!parsed) return parsed.error().message;
            if (parsed.value() != value) store(parsed.value());
            return {};
        },
        width);
}

bool moneyField(Workspace& workspace, PlanFieldsState& fields, const char* label, MinorUnits value,
                const std::string& currency, const std::function<Command(MinorUnits)>& makeCommand,
                float width) {
    const DecimalMark mark = workspace.portfolio().decimalMark;
    return amountField(
        workspace, fields, label, value, currency,
        [&](MinorUnits amount) {
            executeShown(workspace, makeCommand(amount), label, moneyText(value, currency, mark),
                         moneyText(amount, currency, mark));
        },
        width);
}

bool optionalMoneyField(Workspace& workspace, PlanFieldsState& fields, const char* label,
                        std::optional<MinorUnits> value, const std::string& currency,
                        const std::function<Command(std::optional<MinorUnits>)>& makeCommand,
                        float width) {
    const DecimalMark mark = workspace.portfolio().decimalMark;
    return typedField(
        workspace, fields, label, "not known",
        value ? moneyText(value.value_or(0), currency, mark) : "",
        [&](const std::string& typed) -> std::string {
            std::optional<MinorUnits> next;
            if (typed.find_first_not_of(' ') != std::string::npos) {
                const auto parsed = parseMoney(typed, mark);
                if (!parsed) return parsed.error().message;
                next = parsed.value();
            }
            if (next != value)
                executeShown(workspace, makeCommand(next), label,
                             value ? moneyText(*value, currency, mark) : "",
                             next ? moneyText(*next, currency, mark) : "");
            return {};
        },
        width);
}

bool wrappedTextArea(Workspace& workspace, PlanFieldsState& fields, const char* label,
                     const std::string& value,
                     const std::function<Command(const std::string&)>& makeCommand, float heightEm,
                     const char* placeholder) {
    ImGuiID& editing = fields.editingText;
    bool& focus = fields.focusText;
    const ImGuiID id = ImGui::GetID(label);
    // The box grows to the wrapped text, so nothing is ever cut off at the bottom.
    const ImGuiStyle& frame = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float textHeight = value.empty()
                                 ? 0.0f
                                 : ImGui::CalcTextSize(value.c_str(), value.c_str() + value.size(),
                                                       false, width - frame.FramePadding.x * 2)
                                       .y;
    const ImVec2 size(width, std::max(em(heightEm), textHeight + frame.FramePadding.y * 2));
    if (editing == id) {
        if (focus) {
            ImGui::SetKeyboardFocusHere();
            focus = false;
        }
        std::string buffer = value;
        const bool changed = ui::inputTextMultiline(label, &buffer, size);
        if (changed) executeShown(workspace, makeCommand(buffer), label, value, buffer);
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

bool enumCombo(const char* label, int current, int count,
               const std::function<std::string_view(int)>& labelOf, int& chosen, float width) {
    if (width != 0) ImGui::SetNextItemWidth(width);
    const std::string preview(labelOf(current));
    bool picked = false;
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ui::beginCombo(label, preview.c_str());
#ifdef IMGUI_ENABLE_TEST_ENGINE
    // Dear ImGui 1.86 never reports a combo's label, so tests could not find it by name.
    ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), id, label, 0);
#else
    (void)id;
#endif
    if (open) {
        for (int i = 0; i < count; ++i) {
            const std::string text(labelOf(i));
            const bool selected = i == current;
            if (ui::selectable(text.c_str(), selected) && !selected) {
                chosen = i;
                picked = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ui::endCombo();
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
    const bool pressed = ui::button(label);
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
