// Time views of a plan: overdue actions, the 18-month action timeline, and opportunities
// placed on the customer's fiscal quarters.
//
// `today` is passed in as "YYYY-MM-DD" (the core never reads the clock). Entities with an
// empty or malformed date are left off a timeline rather than guessed at.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/account.h"
#include "core/model/calendar.h"

namespace keystone {

// ---- Actions -----------------------------------------------------------------------------
// Overdue = due strictly before today and not done. An action due today is not overdue.
bool isOverdue(const PlanAction& action, const Date& today);
bool isOverdue(const PlanAction& action, const std::string& today);  // false when today is invalid
int overdueActionCount(const std::vector<Objective>& objectives, const std::string& today);

struct TimelineMonth {
    int year = 1970;   // calendar year
    int month = 1;     // 1..12
    double start = 0;  // left edge as a fraction of the window, 0..1
    double end = 0;    // right edge as a fraction of the window, 0..1
};

struct TimelineMarker {
    std::size_t objective = 0;  // index into the objectives
    std::size_t action = 0;     // index into that objective's actions
    double position = 0;        // due date as a fraction of the window; 0 when before it
    bool beforeWindow = false;  // due before the first month shown (only overdue ones are kept)
    bool overdue = false;       // see isOverdue
    bool done = false;          // status Done
};

// `months` calendar months starting with today's month (18 by default: the plan horizon).
// Markers come in objective then action order; actions due after the window are left out,
// and so are done actions due before it (history, not something to act on).
struct ActionTimeline {
    Date start;                         // first day of today's month
    Date end;                           // first day after the last month
    double today = 0;                   // today as a fraction of the window
    std::vector<TimelineMonth> months;  // empty when today is invalid
    std::vector<TimelineMarker> markers;
    int laterCount = 0;  // actions due after the window
};
ActionTimeline actionTimeline(const std::vector<Objective>& objectives, const std::string& today,
                              int months = 18);

// "Jan", "Feb", …: month names for axis labels (1..12; anything else gives "").
const char* shortMonthName(int month);

// The plan looks 18 months ahead: true when an objective's target date (valid ISO) falls
// after today's month + 18 months, so the UI can say it is outside the plan's horizon.
bool isBeyondPlanHorizon(const std::string& targetDate, const std::string& today, int months = 18);

// ---- Opportunities on fiscal quarters ----------------------------------------------------
// "FY27 Q1": fiscal year by its ending year, two digits.
std::string fiscalQuarterLabel(const FiscalQuarter& quarter);

struct QuarterColumn {
    FiscalQuarter quarter;
    std::string label;                       // "FY27 Q1"
    Date start;                              // first day of the quarter
    Date end;                                // last day of the quarter
    std::vector<std::size_t> opportunities;  // indices, soonest close date first
    MinorUnits openAmount = 0;               // open opportunities closing in the quarter
    MinorUnits weighted = 0;                 // their weighted amount
};

// Quarters from the one holding today, `quarterCount` of them. Open opportunities and
// Closed won ones land in the quarter of their close date; Closed lost ones are left off.
// Open deals whose close date has passed go to pastDue (the rep must re-date them); open
// or won deals beyond the last quarter go to later.
struct QuarterRoadmap {
    std::vector<QuarterColumn> quarters;  // empty when today is invalid
    std::vector<std::size_t> pastDue;     // open, close date before today, soonest first
    std::vector<std::size_t> later;       // after the last quarter, soonest first
    std::vector<std::size_t> undated;     // open, with no valid close date
};
QuarterRoadmap quarterRoadmap(const std::vector<Opportunity>& opportunities,
                              const std::string& today, int fiscalYearStartMonth,
                              int quarterCount = 6);

}  // namespace keystone
