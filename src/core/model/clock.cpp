#include "core/model/clock.h"

#include <chrono>
#include <cstdio>

#include "core/model/calendar.h"

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

}  // namespace

std::int64_t unixNow() { return g_clock ? g_clock() : systemNow(); }

void setClockSource(ClockSource source) { g_clock = source; }

std::string nowIso() { return formatIsoTimestamp(unixNow()); }

// The calendar arithmetic lives in calendar.h; these are its string/day-number forms.
std::int64_t daysFromCivil(int year, int month, int day) {
    return toDayNumber(Date{year, month, day});
}

std::string formatIsoDate(std::int64_t daysSinceEpoch) {
    return formatIsoDate(fromDayNumber(daysSinceEpoch));
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
    const auto date = parseIsoDate(text);
    if (!date.ok()) return false;
    daysSinceEpoch = toDayNumber(date.value());
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
