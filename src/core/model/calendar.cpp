#include "core/model/calendar.h"

#include <cstdio>

namespace keystone {
namespace {

int normalisedStartMonth(int fiscalYearStartMonth) {
    return (fiscalYearStartMonth >= 1 && fiscalYearStartMonth <= 12) ? fiscalYearStartMonth : 1;
}

// First day of the month `monthOffset` months after (year, 1): keeps month arithmetic
// in one place instead of spreading "% 12" around.
Date monthStart(int year, int monthOffset) {
    const int index = monthOffset;  // 0 == January of `year`
    const int yearShift = index >= 0 ? index / 12 : -((11 - index) / 12);
    return Date{year + yearShift, index - yearShift * 12 + 1, 1};
}

}  // namespace

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && isLeapYear(year)) return 29;
    return kDays[month - 1];
}

bool isValidDate(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

Result<Date> parseIsoDate(std::string_view text) {
    const auto shapeError = [&] {
        return Result<Date>::failure("\"" + std::string(text) +
                                     "\" is not a date in the form YYYY-MM-DD");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return shapeError();
    int fields[3] = {0, 0, 0};
    const size_t starts[3] = {0, 5, 8};
    const size_t lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (size_t i = 0; i < lengths[f]; ++i) {
            const char c = text[starts[f] + i];
            if (c < '0' || c > '9') return shapeError();
            fields[f] = fields[f] * 10 + (c - '0');
        }
    }
    if (!isValidDate(fields[0], fields[1], fields[2]))
        return Result<Date>::failure(std::string(text) + " is not a real date");
    return Result<Date>::success(Date{fields[0], fields[1], fields[2]});
}

std::string formatIsoDate(const Date& date) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

// Howard Hinnant's days_from_civil: exact integer arithmetic over 400-year eras.
std::int64_t toDayNumber(const Date& date) {
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t m = date.month;
    const std::int64_t dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

Date fromDayNumber(std::int64_t dayNumber) {
    const std::int64_t z = dayNumber + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

std::int64_t daysBetween(const Date& from, const Date& to) {
    return toDayNumber(to) - toDayNumber(from);
}

Date addDays(const Date& date, std::int64_t days) {
    return fromDayNumber(toDayNumber(date) + days);
}

FiscalQuarter fiscalQuarterOf(const Date& date, int fiscalYearStartMonth) {
    const int start = normalisedStartMonth(fiscalYearStartMonth);
    const int monthsIntoYear = (date.month - start + 12) % 12;  // 0..11
    FiscalQuarter q;
    // Named by the ending year: with a non-January start, months from the start month on
    // belong to the fiscal year that ends next calendar year.
    q.fiscalYear = (start != 1 && date.month >= start) ? date.year + 1 : date.year;
    q.quarter = monthsIntoYear / 3 + 1;
    return q;
}

Date fiscalQuarterStart(const FiscalQuarter& quarter, int fiscalYearStartMonth) {
    const int start = normalisedStartMonth(fiscalYearStartMonth);
    const int firstCalendarYear = start == 1 ? quarter.fiscalYear : quarter.fiscalYear - 1;
    return monthStart(firstCalendarYear, (start - 1) + (quarter.quarter - 1) * 3);
}

Date fiscalQuarterEnd(const FiscalQuarter& quarter, int fiscalYearStartMonth) {
    const int start = normalisedStartMonth(fiscalYearStartMonth);
    const int firstCalendarYear = start == 1 ? quarter.fiscalYear : quarter.fiscalYear - 1;
    const Date next = monthStart(firstCalendarYear, (start - 1) + quarter.quarter * 3);
    return addDays(next, -1);
}

std::string formatQuarter(const FiscalQuarter& quarter) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-Q%d", quarter.fiscalYear, quarter.quarter);
    return buffer;
}

}  // namespace keystone
