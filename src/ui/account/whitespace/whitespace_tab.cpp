#include "ui/account/whitespace/whitespace_tab.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/model/money.h"
#include "core/plan/whitespace.h"
#include "ui/account/whitespace/whitespace_editors.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

ImVec4 withAlpha(ImVec4 colour, float alpha) {
    colour.w = alpha;
    return colour;
}

void tiles(const Account& account, const WhitespaceTotals& totals) {
    const float tile = 12.0f;
    kpiTile("Whitespace value", formatMoneyCompact(totals.whitespace, account.currency),
            (std::to_string(totals.whitespaceCells) + " open cells").c_str(), tile);
    exposeReadout("Whitespace value: " + formatMoney(totals.whitespace, account.currency));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Estimated annual value of every cell marked Whitespace: business units that could\n"
            "buy an offering and do not yet, with no deal in the pipeline.");
    ImGui::SameLine();
    kpiTile("In pipeline", formatMoneyCompact(totals.inPipeline, account.currency),
            "cells with an open deal", tile);
    ImGui::SameLine();
    kpiTile("Owned", formatMoneyCompact(totals.owned, account.currency), "cells already bought",
            tile);
}

void toolbar(WhitespaceEditorState& editors) {
    if (ui::button(ICON_PLUS " Add business unit")) openAddPopup(editors, true);
    ImGui::SameLine();
    if (ui::button(ICON_PLUS " Add offering")) openAddPopup(editors, false);
    ImGui::SameLine(0, em(1.5f));
    // Legend, in the order a cell cycles.
    const WhitespaceStatus order[] = {WhitespaceStatus::Whitespace, WhitespaceStatus::InPipeline,
                                      WhitespaceStatus::Owned, WhitespaceStatus::NotAFit};
    for (WhitespaceStatus status : order) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetFrameHeight();
        const float s = em(0.7f);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, pos.y + (h - s) * 0.5f),
                                                  ImVec2(pos.x + s, pos.y + (h + s) * 0.5f),
                                                  toU32(whitespaceColour(status)), em(0.15f));
        ImGui::Dummy(ImVec2(s, h));
        ImGui::SameLine(0, em(0.3f));
        ImGui::AlignTextToFramePadding();
        mutedText(std::string(whitespaceStatusLabel(status)).c_str());
        ImGui::SameLine(0, em(0.9f));
    }
    ImGui::NewLine();
}

// One matrix cell: tinted by status, label and value, click to edit. Right-click cycles the
// status: the change is returned in `cycled` and applied after the table is drawn, since
// replacing the matrix now would swap the row and column lists out from under the loop.
void cell(WhitespaceEditorState& editors, const Account& account, const std::string& bu,
          const std::string& offering, std::optional<WhitespaceCell>& cycled) {
    const WhitespaceCell current = whitespaceCell(account.whitespace, bu, offering);
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = em(2.6f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(offering.c_str());
    const bool clicked =
        ImGui::InvisibleButton("##cell", ImVec2(std::max(width, em(2.0f)), height));
    const bool cycle = ImGui::IsItemClicked(ImGuiMouseButton_Right);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    exposeReadout("Cell " + bu + " / " + offering);
    const ImVec4 colour = whitespaceColour(current.status);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + height);
    draw->AddRectFilled(pos, max, toU32(withAlpha(colour, hovered ? 0.26f : 0.14f)), em(0.3f));
    if (hovered) draw->AddRect(pos, max, toU32(withAlpha(colour, 0.8f)), em(0.3f));
    const std::string label(whitespaceStatusLabel(current.status));
    draw->AddText(ImVec2(pos.x + em(0.45f), pos.y + em(0.25f)), toU32(colour),
                  ellipsize(label, width - em(0.9f)).c_str());
    if (current.status != WhitespaceStatus::NotAFit) {
        const std::string value =
            current.value > 0 ? formatMoneyCompact(current.value, account.currency) : "\u2014";
        draw->AddText(ImVec2(pos.x + em(0.45f), pos.y + em(1.3f)),
                      toU32(ImGui::GetStyleColorVec4(ImGuiCol_Text)), value.c_str());
    }
    if (hovered)
        ImGui::SetTooltip(
            "%s \u00d7 %s: %s, %s a year.\nClick to edit; right-click to cycle the status.",
            bu.c_str(), offering.c_str(), label.c_str(),
            formatMoney(current.value, account.currency).c_str());
    if (clicked) openCellEditor(editors, bu, offering);
    if (cycle) {
        cycled = current;
        cycled->status = nextWhitespaceStatus(current.status);
    }
}

// A header (row or column name) that opens the rename / remove popup when clicked. Column
// headers wrap onto two lines, since offering names are often longer than a cell is wide.
void axisHeader(WhitespaceEditorState& editors, bool row, const std::string& name, float width) {
    const int lines = row ? 1 : 2;
    const float lineHeight = fonts().strong->FontSize * fonts().strong->Scale;
    const ImVec2 size(width, lineHeight * static_cast<float>(lines));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(row ? "row" : "column");
    ImGui::PushID(name.c_str());
    const bool clicked = ImGui::InvisibleButton("##header", size);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImGui::PopID();
    exposeReadout((row ? "Business unit " : "Offering ") + name);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 colour =
        toU32(hovered ? palette().accent : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImFont* font = fonts().strong;
    const float fontSize = font->FontSize * font->Scale;
    draw->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
    if (row) {
        ImGui::PushFont(font);
        const std::string shown = ellipsize(name, width);
        ImGui::PopFont();
        draw->AddText(font, fontSize, pos, colour, shown.c_str());
    } else {
        draw->AddText(font, fontSize, pos, colour, name.c_str(), name.c_str() + name.size(), width);
    }
    draw->PopClipRect();
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s\nClick to rename or remove", name.c_str());
    }
    if (clicked) openAxisEditor(editors, row, name);
}

void totalText(MinorUnits value, const std::string& currency, bool strong) {
    const std::string text = formatMoneyCompact(value, currency);
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
    if (strong) ImGui::PushFont(fonts().strong);
    ImGui::PushStyleColor(ImGuiCol_Text, value > 0 ? palette().warning : palette().textMuted);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    if (strong) ImGui::PopFont();
}

void matrix(Workspace& workspace, WhitespaceEditorState& editors, const Account& account,
            const WhitespaceTotals& totals) {
    const Whitespace& w = account.whitespace;
    const int columns = static_cast<int>(w.offerings.size()) + 2;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingFixedFit;
    // Offering columns share what the name and total columns leave, but never get narrower
    // than a readable cell: beyond that the matrix scrolls sideways under a frozen first column.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float padding = style.CellPadding.x * 2 + 1.0f;
    const size_t offeringCount = std::max<size_t>(w.offerings.size(), 1);
    const float fixedWidth = em(11.0f) + em(6.5f) + padding * static_cast<float>(offeringCount + 2);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float fitWidth = (avail - fixedWidth) / static_cast<float>(offeringCount);
    const float cellWidth = std::max(em(7.5f), fitWidth);
    const bool scrollsSideways = fitWidth < em(7.5f);
    const float rowHeight = em(2.6f) + style.CellPadding.y * 2;
    const float lineHeight = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float height = lineHeight * 3 + rowHeight * static_cast<float>(w.businessUnits.size()) +
                         (scrollsSideways ? style.ScrollbarSize : 0.0f) + em(0.2f);
    if (!ImGui::BeginTable("##whitespace-matrix", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    std::optional<WhitespaceCell> cycled;
    ImGui::TableSetupColumn("Business unit", ImGuiTableColumnFlags_WidthFixed, em(11.0f));
    for (const std::string& offering : w.offerings)
        ImGui::TableSetupColumn(offering.c_str(), ImGuiTableColumnFlags_WidthFixed, cellWidth);
    ImGui::TableSetupColumn("Whitespace total", ImGuiTableColumnFlags_WidthFixed, em(6.5f));

    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    mutedText("Business unit \u2193  Offering \u2192");
    for (const std::string& offering : w.offerings) {
        ImGui::TableNextColumn();
        axisHeader(editors, false, offering, cellWidth);
    }
    ImGui::TableNextColumn();
    mutedText("Whitespace");

    for (size_t r = 0; r < w.businessUnits.size(); ++r) {
        const std::string& bu = w.businessUnits[r];
        ImGui::PushID(static_cast<int>(r));
        ImGui::TableNextRow(0, rowHeight);
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                             (em(2.6f) - ImGui::GetTextLineHeight()) * 0.5f);
        axisHeader(editors, true, bu, em(10.8f));
        for (const std::string& offering : w.offerings) {
            ImGui::TableNextColumn();
            cell(editors, account, bu, offering, cycled);
        }
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                             (em(2.6f) - ImGui::GetTextLineHeight()) * 0.5f);
        totalText(totals.byBusinessUnit[r], account.currency, false);
        ImGui::PopID();
    }
    // Column totals and the overall whitespace.
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                           toU32(ImGui::GetStyleColorVec4(ImGuiCol_TableHeaderBg)));
    ImGui::TableNextColumn();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted("Whitespace total");
    ImGui::PopFont();
    for (size_t c = 0; c < w.offerings.size(); ++c) {
        ImGui::TableNextColumn();
        totalText(totals.byOffering[c], account.currency, false);
    }
    ImGui::TableNextColumn();
    totalText(totals.whitespace, account.currency, true);
    exposeReadout("Overall whitespace: " + formatMoney(totals.whitespace, account.currency));
    ImGui::EndTable();
    if (cycled)
        setWhitespaceCell(workspace, account, *cycled,
                          "Mark " + cycled->businessUnit + " \u00d7 " + cycled->offering + " " +
                              std::string(whitespaceStatusLabel(cycled->status)));
}

}  // namespace

void drawWhitespaceTab(Workspace& workspace, ViewState& view, const Account& account) {
    ImGui::Spacing();
    const WhitespaceTotals totals = whitespaceTotals(account.whitespace);
    tiles(account, totals);
    ImGui::Spacing();
    toolbar(view.whitespace);
    ImGui::Spacing();
    const Whitespace& w = account.whitespace;
    if (w.businessUnits.empty() || w.offerings.empty()) {
        mutedText(w.businessUnits.empty() && w.offerings.empty()
                      ? "No whitespace map yet \u2014 add the customer's business units as rows "
                        "and our offerings as "
                        "columns, then mark what each unit owns."
                  : w.businessUnits.empty()
                      ? "Add the customer's business units to fill the matrix."
                      : "Add the offerings we sell to fill the matrix.");
    } else {
        matrix(workspace, view.whitespace, account, totals);
    }
    drawWhitespaceEditors(workspace, view.whitespace, view.fields, account);
}

}  // namespace keystone::ui
