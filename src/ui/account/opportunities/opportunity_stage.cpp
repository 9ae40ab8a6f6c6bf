#include "ui/account/opportunities/opportunity_stage.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/editing/edits.h"
#include "core/plan/plan_edits.h"
#include "core/plan/sales_stages.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr int kOpenStageCount = 5;  // Discovery .. Implementation
constexpr const char* kConfirmPopup = "Unmet exit criteria##stage-move";

void moveTo(Workspace& workspace, const Account& account, const Opportunity& opportunity,
            SalesStage target) {
    workspace.execute(moveOpportunityStage(account.id, opportunity.id, target, workspace.clockNow(),
                                           workspace.portfolio()));
}

// Moves now when nothing would be skipped, else asks first.
void requestMove(Workspace& workspace, StageMoveState& pending, const Account& account,
                 const Opportunity& opportunity, SalesStage target) {
    if (target == opportunity.stage) return;
    if (unmetExitCriteria(opportunity, target).empty()) {
        moveTo(workspace, account, opportunity, target);
        return;
    }
    pending = StageMoveState{opportunity.id, target, true};
}

ImVec4 withAlpha(ImVec4 colour, float alpha) {
    colour.w = alpha;
    return colour;
}

// Text on an accent fill: the page background colour, so it is light on the light theme's
// deep blue and dark on the dark theme's pale blue.
ImVec4 onAccent() { return ImGui::GetStyleColorVec4(ImGuiCol_WindowBg); }

// The colour as it looks drawn over the panel background, fully opaque: the chevron halves
// overlap, and translucent halves would show a darker seam where they do.
ImVec4 opaque(const ImVec4& colour) {
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_ChildBg);
    if (bg.w < 0.5f) bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const float a = colour.w;
    return ImVec4(bg.x + (colour.x - bg.x) * a, bg.y + (colour.y - bg.y) * a,
                  bg.z + (colour.z - bg.z) * a, 1.0f);
}

// One chevron of the stage path; returns true when clicked.
bool chevron(const char* label, int index, float width, bool first, SalesStage current) {
    const float height = em(2.1f), tip = em(0.6f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(index);
    const bool clicked = ImGui::InvisibleButton("##stage", ImVec2(width, height));
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    exposeReadout(label);
    const int currentIndex = salesStageIndex(current);
    const Palette& p = palette();
    ImVec4 fill, text;
    if (current == SalesStage::ClosedLost) {
        fill = withAlpha(p.border, 0.8f);
        text = p.textMuted;
    } else if (index < currentIndex) {
        fill = withAlpha(p.good, hovered ? 0.30f : 0.20f);
        text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    } else if (index == currentIndex) {
        fill = p.accent;
        text = onAccent();
    } else {
        fill = withAlpha(p.border, hovered ? 1.0f : 0.7f);
        text = hovered ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : p.textMuted;
    }
    // The notched chevron is concave, so it is filled as two convex halves that overlap by
    // half a pixel to leave no seam.
    const float x0 = pos.x, x1 = pos.x + width, y0 = pos.y, y1 = pos.y + height,
                mid = (y0 + y1) * 0.5f;
    const float notch = first ? 0.0f : tip;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 top[] = {{x0, y0}, {x1 - tip, y0}, {x1, mid + 0.5f}, {x0 + notch, mid + 0.5f}};
    const ImVec2 bottom[] = {{x0 + notch, mid - 0.5f}, {x1, mid - 0.5f}, {x1 - tip, y1}, {x0, y1}};
    draw->AddConvexPolyFilled(top, 4, toU32(opaque(fill)));
    draw->AddConvexPolyFilled(bottom, 4, toU32(opaque(fill)));
    const std::string shown = ellipsize(label, width - tip - notch - em(0.4f));
    const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    if (index == currentIndex) ImGui::PushFont(fonts().strong);
    draw->AddText(ImVec2(x0 + notch + (width - tip - notch - size.x) * 0.5f, mid - size.y * 0.5f),
                  toU32(text), shown.c_str());
    if (index == currentIndex) ImGui::PopFont();
    return clicked;
}

void stageTooltip(SalesStage stage) {
    if (!ImGui::IsItemHovered()) return;
    const StageDefinition& definition = stageDefinition(stage);
    ImGui::BeginTooltip();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(std::string(salesStageLabel(stage)).c_str());
    ImGui::PopFont();
    if (definition.maxWeeks > 0)
        ImGui::Text("Typically %s  \u00b7  %d%% default probability",
                    stageDurationText(stage).c_str(), definition.defaultProbabilityPct);
    for (const ExitCriterion& criterion : definition.exitCriteria)
        ImGui::BulletText("%s", std::string(criterion.label).c_str());
    ImGui::EndTooltip();
}

void stagePath(Workspace& workspace, StageMoveState& pending, const Account& account,
               const Opportunity& opportunity) {
    const float spacing = em(0.15f);
    const float width =
        (ImGui::GetContentRegionAvail().x - spacing * (kOpenStageCount - 1)) / kOpenStageCount;
    for (int i = 0; i < kOpenStageCount; ++i) {
        if (i > 0) ImGui::SameLine(0, spacing);
        const SalesStage stage = salesStageAt(i);
        const std::string label(salesStageLabel(stage));
        if (chevron(label.c_str(), i, width, i == 0, opportunity.stage))
            requestMove(workspace, pending, account, opportunity, stage);
        stageTooltip(stage);
    }
    // The two ways a deal ends, as ordinary buttons under the path.
    const struct {
        SalesStage stage;
        const char* label;
        ImVec4 colour;
    } kClosed[] = {
        {SalesStage::ClosedWon, ICON_TROPHY " Closed won", palette().good},
        {SalesStage::ClosedLost, ICON_FLAG " Closed lost", palette().bad},
    };
    for (const auto& closed : kClosed) {
        const bool current = opportunity.stage == closed.stage;
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, withAlpha(closed.colour, 0.22f));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(closed.colour, 0.30f));
            ImGui::PushStyleColor(ImGuiCol_Border, closed.colour);
        }
        if (ui::button(closed.label))
            requestMove(workspace, pending, account, opportunity, closed.stage);
        if (current) ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                closed.stage == SalesStage::ClosedWon
                    ? "Mark the deal won (probability 100%%)."
                    : "Mark the deal lost (probability 0%%). No exit criteria needed.");
        ImGui::SameLine();
    }
    const std::string duration = stageDurationText(opportunity.stage);
    ImGui::AlignTextToFramePadding();
    if (!duration.empty())
        mutedText(("Deals usually spend " + duration + " in " +
                   std::string(salesStageLabel(opportunity.stage)) + ".")
                      .c_str());
    else
        ImGui::NewLine();
}

void exitCriteriaList(Workspace& workspace, const Account& account,
                      const Opportunity& opportunity) {
    const StageDefinition& definition = stageDefinition(opportunity.stage);
    if (definition.exitCriteria.empty()) {
        mutedText(opportunity.stage == SalesStage::ClosedWon
                      ? "Won \u2014 no exit criteria left."
                      : "Lost \u2014 move it back to a stage to reopen it.");
        return;
    }
    const int met = completedCriteriaCount(opportunity.stage, opportunity.completedExitCriteria);
    ImGui::PushFont(fonts().strong);
    ImGui::Text("Exit criteria for %s", std::string(salesStageLabel(opportunity.stage)).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    mutedText(
        (std::to_string(met) + " of " + std::to_string(definition.exitCriteria.size()) + " met")
            .c_str());
    for (const ExitCriterion& criterion : definition.exitCriteria) {
        const std::string key(criterion.key);
        const bool ticked = std::find(opportunity.completedExitCriteria.begin(),
                                      opportunity.completedExitCriteria.end(),
                                      key) != opportunity.completedExitCriteria.end();
        bool value = ticked;
        const std::string label(criterion.label);
        if (ui::checkbox(label.c_str(), &value)) {
            workspace.execute(
                setEntityField(account.id, &Account::opportunities, opportunity.id,
                               &Opportunity::completedExitCriteria,
                               withCriterion(opportunity.completedExitCriteria, key, value),
                               value ? "Tick exit criterion" : "Untick exit criterion",
                               std::string(), workspace.clockNow(), workspace.portfolio()));
        }
    }
    // Criteria of earlier stages the deal was moved past without.
    const auto skipped = unmetExitCriteria(SalesStage::Discovery, opportunity.stage,
                                           opportunity.completedExitCriteria);
    if (!skipped.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::Text(ICON_WARNING " %d criteria of earlier stages not ticked",
                    static_cast<int>(skipped.size()));
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (const ExitCriterion& c : skipped)
                ImGui::BulletText("%s", std::string(c.label).c_str());
            ImGui::EndTooltip();
        }
    }
}

void confirmModal(Workspace& workspace, StageMoveState& pending, const Account& account,
                  const Opportunity& opportunity) {
    if (pending.requested && pending.opportunityId == opportunity.id) {
        pending.requested = false;
        ImGui::OpenPopup(kConfirmPopup);
    }
    ImGui::SetNextWindowSize(ImVec2(em(30.0f), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.2f, 1.0f));
    const bool open =
        ui::beginPopupModal(kConfirmPopup, nullptr,
                            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!open) return;
    if (pending.opportunityId != opportunity.id) {  // selection changed under the modal
        ImGui::CloseCurrentPopup();
        ui::endPopup();
        return;
    }
    const auto unmet = unmetExitCriteria(opportunity, pending.target);
    const std::string question = "Move to " + std::string(salesStageLabel(pending.target)) +
                                 " with " + std::to_string(unmet.size()) + " unmet exit criteri" +
                                 (unmet.size() == 1 ? "on?" : "a?");
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(em(28.0f));
    ImGui::TextUnformatted(question.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    exposeReadout(question);
    ImGui::Spacing();
    mutedText("Not yet met:");
    ImGui::PushTextWrapPos(em(28.0f));
    for (const ExitCriterion& c : unmet) ImGui::BulletText("%s", std::string(c.label).c_str());
    ImGui::Spacing();
    mutedText(
        "Moving on without them makes the forecast less reliable. Tick any that are done first.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Button, palette().accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(palette().accent, 0.85f));
    ImGui::PushStyleColor(ImGuiCol_Text, onAccent());
    const bool move = ui::button("Move anyway");
    ImGui::PopStyleColor(3);
    ImGui::SameLine();
    const bool cancel =
        ui::button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (move) moveTo(workspace, account, opportunity, pending.target);
    if (move || cancel) {
        pending = StageMoveState{};
        ImGui::CloseCurrentPopup();
    }
    ui::endPopup();
}

}  // namespace

ImVec4 stageColour(SalesStage stage) {
    // Derived from the theme palette so both themes stay in step: cool colours early in the
    // process, warming through evaluation, greener as the deal nears signature.
    const Palette& p = palette();
    const auto mix = [](const ImVec4& a, const ImVec4& b, float t) {
        return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
    };
    switch (stage) {
        case SalesStage::Discovery:
            return p.info;
        case SalesStage::SolutionDesign:
            return p.accent;
        case SalesStage::Evaluation:
            return p.warning;
        case SalesStage::Negotiation:
            return mix(p.accent, p.good, 0.5f);
        case SalesStage::Implementation:
            return mix(p.info, p.good, 0.6f);
        case SalesStage::ClosedWon:
            return p.good;
        case SalesStage::ClosedLost:
            return p.textMuted;
    }
    return p.textMuted;
}

void drawStagePath(Workspace& workspace, StageMoveState& pending, const Account& account,
                   const Opportunity& opportunity) {
    stagePath(workspace, pending, account, opportunity);
    confirmModal(workspace, pending, account, opportunity);
}

void drawExitCriteria(Workspace& workspace, const Account& account,
                      const Opportunity& opportunity) {
    exitCriteriaList(workspace, account, opportunity);
}

}  // namespace keystone::ui
