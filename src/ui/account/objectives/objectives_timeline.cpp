#include "ui/account/objectives/objectives_timeline.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/plan/plan_timeline.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

bool isReview(ActionKind kind) {
    return kind == ActionKind::ExecutiveBusinessReview ||
           kind == ActionKind::QuarterlyBusinessReview;
}

ImVec4 markerColour(const TimelineMarker& marker) {
    if (marker.overdue) return palette().bad;
    if (marker.done) return palette().good;
    return palette().accent;
}

void drawMarker(ImDrawList* draw, ImVec2 centre, float radius, bool diamond, ImU32 colour) {
    if (diamond) {
        const float r = radius * 1.25f;
        draw->AddQuadFilled(ImVec2(centre.x, centre.y - r), ImVec2(centre.x + r, centre.y),
                            ImVec2(centre.x, centre.y + r), ImVec2(centre.x - r, centre.y), colour);
    } else {
        draw->AddCircleFilled(centre, radius, colour, 16);
    }
}

void markerTooltip(const Objective& objective, const PlanAction& action,
                   const TimelineMarker& marker) {
    ImGui::BeginTooltip();
    ImGui::PushFont(fonts().strong);
    ImGui::TextUnformatted(action.title.empty() ? "Untitled action" : action.title.c_str());
    ImGui::PopFont();
    mutedText(objective.title.c_str());
    ImGui::Text("Due %s  ·  %s", action.dueDate.c_str(),
                std::string(workStatusLabel(action.status)).c_str());
    if (!action.owner.empty()) ImGui::Text("Owner: %s", action.owner.c_str());
    if (marker.overdue) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextUnformatted(marker.beforeWindow ? "Overdue (due before this month)" : "Overdue");
        ImGui::PopStyleColor();
    }
    ImGui::EndTooltip();
}

void legendItem(ImDrawList* draw, const char* text, ImU32 colour, bool diamond) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    drawMarker(draw, ImVec2(pos.x + em(0.35f), pos.y + h * 0.5f), em(0.28f), diamond, colour);
    ImGui::Dummy(ImVec2(em(0.8f), h));
    ImGui::SameLine(0, em(0.25f));
    mutedText(text);
    ImGui::SameLine(0, em(1.0f));
}

}  // namespace

void drawActionTimeline(const Account& account, const std::string& today,
                        std::string& selectedObjectiveId) {
    const ActionTimeline timeline = actionTimeline(account.objectives, today);
    if (timeline.months.empty()) {
        mutedText("The timeline needs today's date, which this device did not give.");
        return;
    }
    const float laneHeight = em(1.45f);
    const float headerHeight = em(1.5f);
    const float gutter = em(13.0f);
    const size_t lanes = std::max<size_t>(account.objectives.size(), 1);
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = headerHeight + laneHeight * static_cast<float>(lanes) + em(0.3f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##action-timeline", ImVec2(std::max(width, em(20.0f)), height));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked();
    exposeReadout("Action timeline");

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    const float left = origin.x + gutter;
    const float right = origin.x + width - em(0.5f);
    const float top = origin.y + headerHeight;
    const float bottom = origin.y + height - em(0.3f);
    const auto xAt = [&](double fraction) {
        return left + static_cast<float>(fraction) * (right - left);
    };

    // Month bands: alternate shading and a label per month. January is labelled with its year
    // and gets a stronger rule, so the year change is visible without a second header row.
    ImVec4 band = p.border;
    band.w = 0.35f;
    for (size_t i = 0; i < timeline.months.size(); ++i) {
        const TimelineMonth& month = timeline.months[i];
        const float x0 = xAt(month.start), x1 = xAt(month.end);
        if (i % 2 == 1) draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), toU32(band));
        const bool january = month.month == 1;
        if (january) draw->AddLine(ImVec2(x0, origin.y), ImVec2(x0, bottom), toU32(p.textMuted));
        const std::string label =
            january ? std::to_string(month.year) : shortMonthName(month.month);
        if (ImGui::CalcTextSize(label.c_str()).x <= x1 - x0 - em(0.2f))
            draw->AddText(ImVec2(x0 + em(0.2f), origin.y + em(0.15f)),
                          toU32(january ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : p.textMuted),
                          label.c_str());
    }
    // Lanes: objective titles in the gutter, a rule under each lane.
    const ImU32 rule = toU32(p.border);
    for (size_t lane = 0; lane < account.objectives.size(); ++lane) {
        const Objective& objective = account.objectives[lane];
        const float y = top + laneHeight * static_cast<float>(lane);
        if (objective.id == selectedObjectiveId) {
            ImVec4 highlight = p.accent;
            highlight.w = 0.10f;
            draw->AddRectFilled(ImVec2(origin.x, y), ImVec2(right, y + laneHeight),
                                toU32(highlight), em(0.2f));
        }
        const std::string title = ellipsize(
            objective.title.empty() ? "Untitled objective" : objective.title, gutter - em(1.0f));
        draw->AddText(
            ImVec2(origin.x + em(0.4f), y + (laneHeight - ImGui::GetTextLineHeight()) * 0.5f),
            toU32(objective.id == selectedObjectiveId ? p.accent
                                                      : ImGui::GetStyleColorVec4(ImGuiCol_Text)),
            title.c_str());
        draw->AddLine(ImVec2(origin.x, y + laneHeight), ImVec2(right, y + laneHeight), rule);
        // The objective's target date as a thin flag pole.
        if (const Result<Date> target = parseIsoDate(objective.targetDate);
            target && target.value() >= timeline.start && target.value() < timeline.end) {
            const float x = xAt(static_cast<double>(daysBetween(timeline.start, target.value())) /
                                static_cast<double>(daysBetween(timeline.start, timeline.end)));
            draw->AddLine(ImVec2(x, y + em(0.2f)), ImVec2(x, y + laneHeight - em(0.2f)),
                          toU32(p.textMuted), 1.5f);
            draw->AddTriangleFilled(ImVec2(x, y + em(0.2f)), ImVec2(x + em(0.45f), y + em(0.38f)),
                                    ImVec2(x, y + em(0.56f)), toU32(p.textMuted));
        }
    }
    if (account.objectives.empty())
        draw->AddText(ImVec2(left + em(0.5f), top + em(0.2f)), toU32(p.textMuted),
                      "Actions appear here by due date.");
    // Today.
    const float todayX = xAt(timeline.today);
    draw->AddLine(ImVec2(todayX, top - em(0.2f)), ImVec2(todayX, bottom), toU32(p.accent), 2.0f);

    // Markers, remembering the one under the mouse for its tooltip.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const TimelineMarker* hit = nullptr;
    float hitDistance = em(0.6f);
    const float radius = em(0.3f);
    for (const TimelineMarker& marker : timeline.markers) {
        const Objective& objective = account.objectives[marker.objective];
        const PlanAction& action = objective.actions[marker.action];
        const float y = top + laneHeight * (static_cast<float>(marker.objective) + 0.5f);
        const float x = marker.beforeWindow ? left - em(0.6f) : xAt(marker.position);
        drawMarker(draw, ImVec2(x, y), radius, isReview(action.kind), toU32(markerColour(marker)));
        const float distance = std::hypot(mouse.x - x, mouse.y - y);
        if (hovered && distance < hitDistance) {
            hitDistance = distance;
            hit = &marker;
        }
    }
    if (hit) {
        const Objective& objective = account.objectives[hit->objective];
        markerTooltip(objective, objective.actions[hit->action], *hit);
    }
    if (clicked && mouse.y >= top) {
        const auto lane = static_cast<size_t>((mouse.y - top) / laneHeight);
        if (lane < account.objectives.size()) selectedObjectiveId = account.objectives[lane].id;
    }

    legendItem(draw, "Planned", toU32(p.accent), false);
    legendItem(draw, "Done", toU32(p.good), false);
    legendItem(draw, "Overdue", toU32(p.bad), false);
    legendItem(draw, "Business review", toU32(p.textMuted), true);
    if (timeline.laterCount > 0)
        mutedText(("+" + std::to_string(timeline.laterCount) + " due after the 18-month horizon")
                      .c_str());
    else
        ImGui::NewLine();
}

}  // namespace keystone::ui
