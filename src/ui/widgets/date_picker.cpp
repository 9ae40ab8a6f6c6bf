#include "ui/widgets/date_picker.h"

#include <imgui.h>

#include <array>
#include <cstdio>

#include "core/model/calendar.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

// 0 = Monday .. 6 = Sunday; day 0 (1970-01-01) was a Thursday.
int weekdayOf(const Date& date) {
    const long long n = toDayNumber(date);
    return static_cast<int>(((n % 7) + 7 + 3) % 7);
}

Date shownMonthStart(const std::string& value, const std::string& today) {
    for (const std::string* text : {&value, &today})
        if (const auto date = parseIsoDate(*text))
            return Date{date.value().year, date.value().month, 1};
    return Date{2026, 1, 1};
}

}  // namespace

bool datePickerButton(PlanFieldsState& fields, const std::string& caption, const std::string& value,
                      const std::string& today, std::string& picked) {
    const std::string popup = "##calendar " + caption;
    if (ui::button((ICON_CALENDAR "##Pick " + caption).c_str())) {
        const Date start = shownMonthStart(value, today);
        fields.calendarYear = start.year;
        fields.calendarMonth = start.month;
        ImGui::OpenPopup(popup.c_str());
    }
    labelLastItem(("Pick " + caption).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick the %s from a calendar", caption.c_str());
    if (!ImGui::BeginPopup(popup.c_str())) return false;

    int& year = fields.calendarYear;
    int& month = fields.calendarMonth;
    if (ui::button(ICON_CHEVRON_LEFT "##Previous month")) {
        month = month == 1 ? 12 : month - 1;
        year -= month == 12;
    }
    labelLastItem("Previous month");
    ImGui::SameLine();
    char title[32];
    std::snprintf(title, sizeof title, "%s %d", kMonthNames[static_cast<size_t>(month - 1)], year);
    const float titleWidth = em(9.0f);
    const float textWidth = ImGui::CalcTextSize(title).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (titleWidth - textWidth) * 0.5f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title);
    exposeReadout(std::string("Calendar month: ") + title);
    ImGui::SameLine(0, (titleWidth - textWidth) * 0.5f + ImGui::GetStyle().ItemSpacing.x);
    if (ui::button(ICON_CHEVRON_RIGHT "##Next month")) {
        month = month == 12 ? 1 : month + 1;
        year += month == 1;
    }
    labelLastItem("Next month");

    bool chosen = false;
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedSame | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##days", 7, flags)) {
        for (const char* weekday : kWeekdays) {
            ImGui::TableNextColumn();
            mutedText(weekday);
        }
        const Date first{year, month, 1};
        for (int blank = weekdayOf(first); blank > 0; --blank) ImGui::TableNextColumn();
        for (int day = 1; day <= daysInMonth(year, month); ++day) {
            ImGui::TableNextColumn();
            const std::string iso = formatIsoDate(Date{year, month, day});
            const bool selected = iso == value;
            if (iso == today) ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
            char label[40];
            std::snprintf(label, sizeof label, "%d##%s", day, iso.c_str());
            if (ui::selectable(label, selected, 0, emVec(1.6f, 0))) {
                picked = iso;
                chosen = true;
                ImGui::CloseCurrentPopup();
            }
            if (iso == today) ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace keystone::ui
