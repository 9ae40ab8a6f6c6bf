#include "core/clock.h"

#include <chrono>
#include <cstdio>

namespace keystone {
namespace {

std::int64_t systemNow() {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

ClockSource g_clock = nullptr;  // nullptr = system clock

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Value of text[pos..pos+count) when all are digits, else -1.
int digitsAt(std::string_view text, size_t pos, size_t count) {
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i])) return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's civil_from_days: exact for the whole proleptic Gregorian range we use.
void civilFromDays(std::int64_t z, int& year, int& month, int& day) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

}  // namespace

std::int64_t unixNow() { return g_clock ? g_clock() : systemNow(); }

void setClockSource(ClockSource source) { g_clock = source; }

std::string nowIso() { return formatIsoTimestamp(unixNow()); }

std::int64_t daysFromCivil(int year, int month, int day) {
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string formatIsoDate(std::int64_t daysSinceEpoch) {
    int year = 0, month = 0, day = 0;
    civilFromDays(daysSinceEpoch, year, month, day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::string formatIsoTimestamp(std::int64_t unixSeconds) {
    std::int64_t days = unixSeconds / 86400;
    std::int64_t rest = unixSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const int hours = static_cast<int>(rest / 3600);
    const int minutes = static_cast<int>(rest / 60 % 60);
    const int seconds = static_cast<int>(rest % 60);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02dZ", hours, minutes, seconds);
    return formatIsoDate(days) + buffer;
}

bool parseIsoDate(std::string_view text, std::int64_t& daysSinceEpoch) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1) return false;
    if (day > daysInMonth(year, month)) return false;
    daysSinceEpoch = daysFromCivil(year, month, day);
    return true;
}

bool isIsoDate(std::string_view text) {
    std::int64_t days = 0;
    return parseIsoDate(text, days);
}

bool isIsoTimestamp(std::string_view text) {
    if (text.size() < 20 || !isIsoDate(text.substr(0, 10))) return false;
    if (text[10] != 'T' || text[13] != ':' || text[16] != ':') return false;
    const int hours = digitsAt(text, 11, 2);
    const int minutes = digitsAt(text, 14, 2);
    const int seconds = digitsAt(text, 17, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59)
        return false;
    size_t pos = 19;
    if (text[pos] == '.') {
        const size_t start = ++pos;
        while (pos < text.size() && isDigit(text[pos])) ++pos;
        if (pos == start || pos - start > 9) return false;
    }
    return pos + 1 == text.size() && text[pos] == 'Z';
}

std::string addDays(std::string_view isoDate, int days) {
    std::int64_t base = 0;
    if (!parseIsoDate(isoDate, base)) return {};
    return formatIsoDate(base + days);
}

}  // namespace keystone
