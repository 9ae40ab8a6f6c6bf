// Dates and times as the plan file stores them, and an injectable "now".
//
// Dates are ISO-8601 calendar dates ("2026-11-24"); times are ISO-8601 UTC timestamps
// ("2026-11-24T10:15:00Z"). Arithmetic goes through days since 1970-01-01 (proleptic
// Gregorian) so it never depends on the host's time zone or C library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace keystone {

// Seconds since 1970-01-01T00:00:00Z from the current clock source.
std::int64_t unixNow();

// Replaces the clock (tests, deterministic sample data); nullptr restores the system clock.
using ClockSource = std::int64_t (*)();
void setClockSource(ClockSource source);

// "2026-11-24T10:15:00Z" for the current clock source.
std::string nowIso();

std::string formatIsoTimestamp(std::int64_t unixSeconds);  // "2026-11-24T10:15:00Z"
std::string formatIsoDate(std::int64_t daysSinceEpoch);    // "2026-11-24"

// Days since 1970-01-01 for a valid civil date (month 1..12, day within the month).
std::int64_t daysFromCivil(int year, int month, int day);

// True for "YYYY-MM-DD" naming a real day (leap years included), year 0001..9999.
bool isIsoDate(std::string_view text);
// Parses a valid "YYYY-MM-DD"; false (out untouched) otherwise.
bool parseIsoDate(std::string_view text, std::int64_t& daysSinceEpoch);
// True for "YYYY-MM-DDTHH:MM:SSZ", optionally with 1-9 fraction digits before the "Z"
// (what JavaScript's toISOString produces).
bool isIsoTimestamp(std::string_view text);

// isoDate shifted by `days`; empty when isoDate is not a valid date.
std::string addDays(std::string_view isoDate, int days);

}  // namespace keystone
