#include "ui/dialogs/merge_preview_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/shell/item_registry.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kTitle = "Merge plan###merge-preview";
constexpr float kWidthEm = 44.0f;

const char* kindWord(PreviewChangeKind kind) {
    switch (kind) {
        case PreviewChangeKind::Added:
            return "Added";
        case PreviewChangeKind::Removed:
            return "Removed";
        case PreviewChangeKind::Changed:
            return "Changed";
    }
    return "Changed";
}

ImVec4 kindColour(PreviewChangeKind kind) {
    switch (kind) {
        case PreviewChangeKind::Added:
            return palette().good;
        case PreviewChangeKind::Removed:
            return palette().bad;
        case PreviewChangeKind::Changed:
            return palette().info;
    }
    return palette().info;
}

void drawChanges(const MergePreview& preview) {
    sectionHeading("What their copy changes");
    if (preview.sections.empty()) {
        mutedText("Nothing: every change in their copy is already in yours.");
    }
    for (const PreviewSection& section : preview.sections) {
        ImGui::PushID(section.title.c_str());
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(section.title.c_str());
        ImGui::PopFont();
        if (ImGui::BeginTable("##changes", 2,
                              ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerH)) {
            ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, em(5.5f));
            ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch);
            for (const PreviewLine& line : section.lines) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, kindColour(line.kind));
                ImGui::TextUnformatted(kindWord(line.kind));
                ImGui::PopStyleColor();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", line.text.c_str());
                itemRegistry().labelLastItem(
                    (section.title + " " + kindWord(line.kind) + ": " + line.text).c_str());
            }
            ImGui::EndTable();
        }
        ImGui::Dummy(emVec(0, 0.3f));
        ImGui::PopID();
    }
    if (preview.keptOwnChanges > 0) {
        const std::string kept = "Your own " + std::to_string(preview.keptOwnChanges) +
                                 (preview.keptOwnChanges == 1 ? " change is" : " changes are") +
                                 " kept as they are.";
        mutedText(kept.c_str());
    }
}

void drawConflict(const MergeConflict& conflict, Resolution& choice, std::size_t index) {
    ImGui::PushID(static_cast<int>(index));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
    ImGui::TextUnformatted(ICON_WARNING);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushFont(fonts().strong);
    ImGui::TextWrapped("%s", describeConflict(conflict).c_str());
    ImGui::PopFont();
    itemRegistry().labelLastItem(("Conflict: " + describeConflict(conflict)).c_str());
    if (ImGui::BeginTable("##sides", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        mutedText("Yours");
        ImGui::TextWrapped("%s", conflict.mineValue.c_str());
        ImGui::TableNextColumn();
        mutedText("Theirs");
        ImGui::TextWrapped("%s", conflict.theirsValue.c_str());
        ImGui::EndTable();
    }
    if (ui::radioButton("Keep mine", choice == Resolution::KeepMine)) choice = Resolution::KeepMine;
    ImGui::SameLine(0, em(1.2f));
    if (ui::radioButton("Take theirs", choice == Resolution::TakeTheirs))
        choice = Resolution::TakeTheirs;
    if (conflict.listItem) {
        ImGui::SameLine(0, em(1.2f));
        if (ui::radioButton("Keep both", choice == Resolution::KeepBoth))
            choice = Resolution::KeepBoth;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Keeps your item as it is and adds theirs beside it as a separate copy.");
    }
    ImGui::PopID();
}

}  // namespace

void openMergePreviewDialog(MergePreviewDialogState& dialog) { dialog.openRequested = true; }

MergeDialogAction drawMergePreviewDialog(MergePreviewDialogState& dialog,
                                         const MergeDialogModel& model) {
    if (dialog.openRequested) {
        ImGui::OpenPopup(kTitle);
        dialog.openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(kWidthEm), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.4f, 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.6f, 0.55f));
    const bool open =
        ui::beginPopupModal(kTitle, nullptr,
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar |
                                ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    if (!open) return MergeDialogAction::None;
    if (!model.preview || !model.conflicts || !model.choices) {
        ImGui::CloseCurrentPopup();
        ui::endPopup();
        return MergeDialogAction::Cancel;
    }

    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_UPLOAD);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(("Merge changes into " + model.accountName).c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(kWidthEm - 2.8f));
    const std::string from =
        model.source.empty() ? std::string("This file") : "\"" + model.source + "\"";
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(
        (from + " is another copy of this account. Review what it changes; "
                "nothing happens until you apply the merge, and Undo takes it back in one step.")
            .c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    const std::vector<MergeConflict>& conflicts = *model.conflicts;
    std::vector<Resolution>& choices = *model.choices;
    choices.resize(conflicts.size(), Resolution::KeepMine);
    // As tall as the content (estimated in text rows), scrolling past 60% of the window.
    float rows = 2.0f + (model.preview->keptOwnChanges > 0 ? 1.0f : 0.0f);
    for (const PreviewSection& section : model.preview->sections)
        rows += 1.6f + static_cast<float>(section.lines.size()) * 1.1f;
    if (!conflicts.empty()) rows += 3.0f + static_cast<float>(conflicts.size()) * 6.5f;
    const float listHeight =
        std::min(rows * ImGui::GetTextLineHeightWithSpacing(), viewport->WorkSize.y * 0.6f);
    if (ImGui::BeginChild("##merge-details", ImVec2(0, listHeight), false)) {
        drawChanges(*model.preview);
        if (!conflicts.empty()) {
            ImGui::Dummy(emVec(0, 0.4f));
            const std::string heading =
                conflicts.size() == 1
                    ? std::string("1 conflict: you both changed this")
                    : std::to_string(conflicts.size()) + " conflicts: you both changed these";
            sectionHeading(heading.c_str());
            mutedText("Choose which version to keep. Unless you choose, yours is kept.");
            for (std::size_t i = 0; i < conflicts.size(); ++i) {
                ImGui::Separator();
                drawConflict(conflicts[i], choices[i], i);
            }
        }
    }
    ImGui::EndChild();

    ImGui::Separator();
    MergeDialogAction action = MergeDialogAction::None;
    ImGui::PushStyleColor(ImGuiCol_Button, palette().accent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ui::button(ICON_CHECK " Apply merge")) action = MergeDialogAction::Apply;
    ImGui::PopStyleColor(2);
    ImGui::SameLine();
    if (ui::button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        action = MergeDialogAction::Cancel;
    if (action != MergeDialogAction::None) ImGui::CloseCurrentPopup();
    ui::endPopup();
    return action;
}

}  // namespace keystone::ui
