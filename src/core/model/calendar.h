// Civil-date helpers for plan dates: ISO-8601 parse/format, day arithmetic and the
// fiscal quarter of a date.
//
// Plans store dates as "YYYY-MM-DD" text (proleptic Gregorian, no time zone). The core
// never reads the clock: callers pass "today" in, so every result is reproducible in tests.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace keystone {

struct Date {
    int year = 1970;  // 1..9999 (four digits in ISO text)
    int month = 1;    // 1..12
    int day = 1;      // 1..daysInMonth(year, month)

    bool operator==(const Date& o) const {
        return year == o.year && month == o.month && day == o.day;
    }
    bool operator!=(const Date& o) const { return !(*this == o); }
    bool operator<(const Date& o) const {
        if (year != o.year) return year < o.year;
        if (month != o.month) return month < o.month;
        return day < o.day;
    }
    bool operator<=(const Date& o) const { return !(o < *this); }
    bool operator>(const Date& o) const { return o < *this; }
    bool operator>=(const Date& o) const { return !(*this < o); }
};

// A quarter of a customer's fiscal year. The fiscal year is named by the calendar year in
// which it ENDS (a year starting 2026-02-01 is FY2027), the common US convention; with a
// January start the fiscal year equals the calendar year.
struct FiscalQuarter {
    int fiscalYear = 1970;  // named by its ending calendar year
    int quarter = 1;        // 1..4
    bool operator==(const FiscalQuarter& o) const {
        return fiscalYear == o.fiscalYear && quarter == o.quarter;
    }
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);  // 0 when month is outside 1..12
bool isValidDate(int year, int month, int day);

// Strict "YYYY-MM-DD": exactly ten characters, a real calendar day, year 0001..9999.
// The error message is plain ("2026-02-30 is not a real date") with an empty location,
// so the caller adds the field's JSON pointer.
Result<Date> parseIsoDate(std::string_view text);
std::string formatIsoDate(const Date& date);  // "2026-03-07"

// A date as reps type it (typed_date.cpp): "2027-03-31", "2027/3/31", "31.03.2027" (day
// first, as in Germany), "31/03/2027" or "03/31/2027" when one number is above 12,
// "31 Mar 2027", "March 31, 2027". Slashed dates whose day and month could swap
// ("04/03/2027") are refused with both readings named rather than guessed; two-digit years
// are refused too. The app shows every date as ISO (formatIsoDate), so what was understood
// is visible at once.
Result<Date> parseTypedDate(std::string_view text);

// Days since 1970-01-01 (negative before) and back; exact for every representable date.
std::int64_t toDayNumber(const Date& date);
Date fromDayNumber(std::int64_t dayNumber);

// to - from in days: daysBetween(2026-01-01, 2026-01-31) == 30; negative when to < from.
std::int64_t daysBetween(const Date& from, const Date& to);
Date addDays(const Date& date, std::int64_t days);  // days may be negative

// Fiscal quarter containing `date` for a fiscal year starting on the first day of
// fiscalYearStartMonth (1..12; values outside are treated as 1, i.e. calendar quarters).
FiscalQuarter fiscalQuarterOf(const Date& date, int fiscalYearStartMonth);
// First and last day of a fiscal quarter (inclusive both ends).
Date fiscalQuarterStart(const FiscalQuarter& quarter, int fiscalYearStartMonth);
Date fiscalQuarterEnd(const FiscalQuarter& quarter, int fiscalYearStartMonth);
// "2027-Q1": the same shape SuccessMetric readings use, with the fiscal year number.
std::string formatQuarter(const FiscalQuarter& quarter);

}  // namespace keystone
