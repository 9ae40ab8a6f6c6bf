#include "core/plan/plan_timeline.h"

#include <algorithm>
#include <cstdio>

#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"

namespace keystone {
namespace {

bool dateOf(const std::string& text, Date& out) {
    const Result<Date> date = parseIsoDate(text);
    if (!date) return false;
    out = date.value();
    return true;
}

Date firstOfMonth(int year, int month) {
    // month may run past 12: roll it into the following years.
    year += (month - 1) / 12;
    month = (month - 1) % 12 + 1;
    return Date{year, month, 1};
}

double fraction(const Date& start, const Date& end, const Date& at) {
    const double span = static_cast<double>(daysBetween(start, end));
    return span <= 0 ? 0 : static_cast<double>(daysBetween(start, at)) / span;
}

// Sorts opportunity indices by close date (valid dates), then name, so ties are stable.
void sortByCloseDate(std::vector<std::size_t>& indices,
                     const std::vector<Opportunity>& opportunities) {
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
        const Opportunity& x = opportunities[a];
        const Opportunity& y = opportunities[b];
        if (x.closeDate != y.closeDate) return x.closeDate < y.closeDate;  // ISO text sorts by date
        return x.name < y.name;
    });
}

}  // namespace

bool isOverdue(const PlanAction& action, const Date& today) {
    if (action.status == WorkStatus::Done) return false;
    Date due;
    return dateOf(action.dueDate, due) && due < today;
}

bool isOverdue(const PlanAction& action, const std::string& today) {
    Date now;
    return dateOf(today, now) && isOverdue(action, now);
}

int overdueActionCount(const std::vector<Objective>& objectives, const std::string& today) {
    Date now;
    if (!dateOf(today, now)) return 0;
    int count = 0;
    for (const Objective& objective : objectives)
        for (const PlanAction& action : objective.actions)
            if (isOverdue(action, now)) ++count;
    return count;
}

ActionTimeline actionTimeline(const std::vector<Objective>& objectives, const std::string& today,
                              int months) {
    ActionTimeline timeline;
    Date now;
    months = std::clamp(months, 1, 120);
    if (!dateOf(today, now)) return timeline;
    timeline.start = Date{now.year, now.month, 1};
    timeline.end = firstOfMonth(now.year, now.month + months);
    timeline.today = fraction(timeline.start, timeline.end, now);
    for (int i = 0; i < months; ++i) {
        const Date first = firstOfMonth(now.year, now.month + i);
        const Date next = firstOfMonth(now.year, now.month + i + 1);
        timeline.months.push_back(TimelineMonth{first.year, first.month,
                                                fraction(timeline.start, timeline.end, first),
                                                fraction(timeline.start, timeline.end, next)});
    }
    for (std::size_t o = 0; o < objectives.size(); ++o) {
        const auto& actions = objectives[o].actions;
        for (std::size_t a = 0; a < actions.size(); ++a) {
            Date due;
            if (!dateOf(actions[a].dueDate, due)) continue;
            if (due >= timeline.end) {
                ++timeline.laterCount;
                continue;
            }
            TimelineMarker marker;
            marker.objective = o;
            marker.action = a;
            marker.overdue = isOverdue(actions[a], now);
            marker.done = actions[a].status == WorkStatus::Done;
            marker.beforeWindow = due < timeline.start;
            if (marker.beforeWindow && !marker.overdue) continue;
            marker.position = marker.beforeWindow ? 0 : fraction(timeline.start, timeline.end, due);
            timeline.markers.push_back(marker);
        }
    }
    return timeline;
}

bool isBeyondPlanHorizon(const std::string& targetDate, const std::string& today, int months) {
    Date target, now;
    if (!dateOf(targetDate, target) || !dateOf(today, now)) return false;
    // Same window as the action timeline: up to the end of the 18th month from this one.
    return target >= firstOfMonth(now.year, now.month + std::clamp(months, 1, 120));
}

const char* shortMonthName(int month) {
    static const char* const kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string fiscalQuarterLabel(const FiscalQuarter& quarter) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "FY%02d Q%d", ((quarter.fiscalYear % 100) + 100) % 100,
                  quarter.quarter);
    return buffer;
}

QuarterRoadmap quarterRoadmap(const std::vector<Opportunity>& opportunities,
                              const std::string& today, int fiscalYearStartMonth,
                              int quarterCount) {
    QuarterRoadmap roadmap;
    Date now;
    if (!dateOf(today, now)) return roadmap;
    quarterCount = std::clamp(quarterCount, 1, 40);
    Date cursor =
        fiscalQuarterStart(fiscalQuarterOf(now, fiscalYearStartMonth), fiscalYearStartMonth);
    for (int i = 0; i < quarterCount; ++i) {
        QuarterColumn column;
        column.quarter = fiscalQuarterOf(cursor, fiscalYearStartMonth);
        column.label = fiscalQuarterLabel(column.quarter);
        column.start = cursor;
        column.end = fiscalQuarterEnd(column.quarter, fiscalYearStartMonth);
        roadmap.quarters.push_back(column);
        cursor = addDays(column.end, 1);
    }
    const Date windowEnd = roadmap.quarters.back().end;
    for (std::size_t i = 0; i < opportunities.size(); ++i) {
        const Opportunity& opportunity = opportunities[i];
        if (opportunity.stage == SalesStage::ClosedLost) continue;
        const bool open = isOpenOpportunity(opportunity);
        Date close;
        if (!dateOf(opportunity.closeDate, close)) {
            if (open) roadmap.undated.push_back(i);
            continue;
        }
        if (open && close < now) {
            roadmap.pastDue.push_back(i);
            continue;
        }
        if (close > windowEnd) {
            roadmap.later.push_back(i);
            continue;
        }
        for (QuarterColumn& column : roadmap.quarters) {
            if (close < column.start || close > column.end) continue;
            column.opportunities.push_back(i);
            if (open) {
                addInto(column.openAmount, opportunity.amount);
                addInto(column.weighted, weightedAmount(opportunity));
            }
        }
    }
    for (QuarterColumn& column : roadmap.quarters)
        sortByCloseDate(column.opportunities, opportunities);
    sortByCloseDate(roadmap.pastDue, opportunities);
    sortByCloseDate(roadmap.later, opportunities);
    return roadmap;
}

}  // namespace keystone
