#include <doctest/doctest.h>

#include "core/model/calendar.h"

using namespace keystone;

namespace {
Date d(int y, int m, int day) { return Date{y, m, day}; }
}  // namespace

TEST_CASE("an ISO date parses and formats back to the same text") {
    const Result<Date> r = parseIsoDate("2026-03-07");
    REQUIRE(r.ok());
    CHECK(r.value() == d(2026, 3, 7));
    CHECK(formatIsoDate(r.value()) == "2026-03-07");
    CHECK(formatIsoDate(d(987, 1, 2)) == "0987-01-02");
}

TEST_CASE("malformed date text is rejected with a plain message") {
    for (const char* bad : {"", "2026-3-07", "2026/03/07", "2026-03-07T10:00:00Z", "20a6-03-07",
                            " 2026-03-07", "0000-01-01"}) {
        CAPTURE(bad);
        const Result<Date> r = parseIsoDate(bad);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.empty());
    }
    CHECK(parseIsoDate("2026-03-7x").error().message ==
          "\"2026-03-7x\" is not a date in the form YYYY-MM-DD");
}

TEST_CASE("days that do not exist in the calendar are rejected") {
    CHECK(parseIsoDate("2026-02-30").error().message == "2026-02-30 is not a real date");
    CHECK_FALSE(parseIsoDate("2026-13-01").ok());
    CHECK_FALSE(parseIsoDate("2026-00-10").ok());
    CHECK_FALSE(parseIsoDate("2026-04-31").ok());
    CHECK_FALSE(parseIsoDate("2025-02-29").ok());
    CHECK(parseIsoDate("2024-02-29").ok());        // leap year
    CHECK(parseIsoDate("2000-02-29").ok());        // divisible by 400
    CHECK_FALSE(parseIsoDate("1900-02-29").ok());  // divisible by 100 only
}

TEST_CASE("day numbers count from 1970-01-01 and round-trip") {
    CHECK(toDayNumber(d(1970, 1, 1)) == 0);
    CHECK(toDayNumber(d(1969, 12, 31)) == -1);
    CHECK(toDayNumber(d(2000, 3, 1)) == 11017);
    for (std::int64_t n = -719162; n <= 800000; n += 997) {  // from 0001-01-01
        const Date date = fromDayNumber(n);
        REQUIRE(isValidDate(date.year, date.month, date.day));
        REQUIRE(toDayNumber(date) == n);
    }
}

TEST_CASE("days between two dates is to minus from") {
    CHECK(daysBetween(d(2026, 1, 1), d(2026, 1, 31)) == 30);
    CHECK(daysBetween(d(2026, 1, 31), d(2026, 1, 1)) == -30);
    CHECK(daysBetween(d(2026, 1, 1), d(2027, 1, 1)) == 365);
    CHECK(daysBetween(d(2024, 1, 1), d(2025, 1, 1)) == 366);
    CHECK(daysBetween(d(2026, 5, 5), d(2026, 5, 5)) == 0);
}

TEST_CASE("adding days crosses month, year and leap-day boundaries") {
    CHECK(addDays(d(2026, 1, 31), 1) == d(2026, 2, 1));
    CHECK(addDays(d(2026, 12, 31), 1) == d(2027, 1, 1));
    CHECK(addDays(d(2024, 2, 28), 1) == d(2024, 2, 29));
    CHECK(addDays(d(2025, 2, 28), 1) == d(2025, 3, 1));
    CHECK(addDays(d(2026, 3, 1), -1) == d(2026, 2, 28));
    CHECK(addDays(d(2026, 1, 1), 90) == d(2026, 4, 1));
}

TEST_CASE("dates compare in calendar order") {
    CHECK(d(2026, 1, 31) < d(2026, 2, 1));
    CHECK(d(2025, 12, 31) < d(2026, 1, 1));
    CHECK(d(2026, 2, 1) >= d(2026, 2, 1));
    CHECK(d(2026, 2, 2) > d(2026, 2, 1));
    CHECK(d(2026, 2, 1) != d(2026, 2, 2));
}

TEST_CASE("with a January fiscal start quarters are calendar quarters") {
    CHECK(fiscalQuarterOf(d(2026, 1, 1), 1) == FiscalQuarter{2026, 1});
    CHECK(fiscalQuarterOf(d(2026, 3, 31), 1) == FiscalQuarter{2026, 1});
    CHECK(fiscalQuarterOf(d(2026, 4, 1), 1) == FiscalQuarter{2026, 2});
    CHECK(fiscalQuarterOf(d(2026, 12, 31), 1) == FiscalQuarter{2026, 4});
    CHECK(formatQuarter(fiscalQuarterOf(d(2026, 8, 15), 1)) == "2026-Q3");
}

TEST_CASE("a fiscal year is named by the calendar year in which it ends") {
    // Fiscal year starting February: Feb 2026 .. Jan 2027 is FY2027.
    CHECK(fiscalQuarterOf(d(2026, 2, 1), 2) == FiscalQuarter{2027, 1});
    CHECK(fiscalQuarterOf(d(2026, 4, 30), 2) == FiscalQuarter{2027, 1});
    CHECK(fiscalQuarterOf(d(2026, 5, 1), 2) == FiscalQuarter{2027, 2});
    CHECK(fiscalQuarterOf(d(2027, 1, 31), 2) == FiscalQuarter{2027, 4});
    CHECK(fiscalQuarterOf(d(2026, 1, 31), 2) == FiscalQuarter{2026, 4});
    // July start (US federal-style shifted): Oct 2026 is Q2 of FY2027.
    CHECK(fiscalQuarterOf(d(2026, 10, 1), 7) == FiscalQuarter{2027, 2});
    CHECK(fiscalQuarterOf(d(2026, 6, 30), 7) == FiscalQuarter{2026, 4});
    // December start: December alone opens the next fiscal year.
    CHECK(fiscalQuarterOf(d(2026, 12, 1), 12) == FiscalQuarter{2027, 1});
    CHECK(fiscalQuarterOf(d(2026, 11, 30), 12) == FiscalQuarter{2026, 4});
}

TEST_CASE("an out-of-range fiscal start month falls back to calendar quarters") {
    CHECK(fiscalQuarterOf(d(2026, 5, 1), 0) == FiscalQuarter{2026, 2});
    CHECK(fiscalQuarterOf(d(2026, 5, 1), 13) == FiscalQuarter{2026, 2});
}

TEST_CASE("fiscal quarter bounds are its first and last day") {
    CHECK(fiscalQuarterStart(FiscalQuarter{2026, 1}, 1) == d(2026, 1, 1));
    CHECK(fiscalQuarterEnd(FiscalQuarter{2026, 1}, 1) == d(2026, 3, 31));
    CHECK(fiscalQuarterEnd(FiscalQuarter{2026, 4}, 1) == d(2026, 12, 31));
    CHECK(fiscalQuarterStart(FiscalQuarter{2027, 1}, 2) == d(2026, 2, 1));
    CHECK(fiscalQuarterEnd(FiscalQuarter{2027, 1}, 2) == d(2026, 4, 30));
    CHECK(fiscalQuarterStart(FiscalQuarter{2027, 4}, 2) == d(2026, 11, 1));
    CHECK(fiscalQuarterEnd(FiscalQuarter{2027, 4}, 2) == d(2027, 1, 31));
    CHECK(fiscalQuarterEnd(FiscalQuarter{2024, 4}, 12) == d(2024, 11, 30));
    CHECK(fiscalQuarterEnd(FiscalQuarter{2024, 1}, 12) == d(2024, 2, 29));
    // Every day of a few years lies within the bounds of its own quarter.
    for (std::int64_t n = toDayNumber(d(2023, 1, 1)); n < toDayNumber(d(2027, 1, 1)); ++n) {
        const Date day = fromDayNumber(n);
        for (int start = 1; start <= 12; ++start) {
            const FiscalQuarter q = fiscalQuarterOf(day, start);
            REQUIRE(fiscalQuarterStart(q, start) <= day);
            REQUIRE(day <= fiscalQuarterEnd(q, start));
        }
    }
}

TEST_CASE("Typed dates are read in ISO and the usual written forms") {
    const auto read = [](const char* typed) {
        const auto parsed = parseTypedDate(typed);
        REQUIRE_MESSAGE(parsed.ok(), typed << ": " << parsed.error().message);
        return formatIsoDate(parsed.value());
    };
    CHECK(read("2027-03-31") == "2027-03-31");
    CHECK(read(" 2027/3/31 ") == "2027-03-31");
    CHECK(read("31.03.2027") == "2027-03-31");
    CHECK(read("4.3.2027") == "2027-03-04");  // dotted: day first, as written in Germany
    CHECK(read("31/03/2027") == "2027-03-31");
    CHECK(read("03/31/2027") == "2027-03-31");
    CHECK(read("05/05/2027") == "2027-05-05");
    CHECK(read("31 Mar 2027") == "2027-03-31");
    CHECK(read("31 march 2027") == "2027-03-31");
    CHECK(read("March 31, 2027") == "2027-03-31");
    CHECK(read("Sept 1 2027") == "2027-09-01");
}

TEST_CASE("Typed dates that are not real or could mean two days are refused, not guessed") {
    const auto refusal = [](const char* typed) {
        const auto parsed = parseTypedDate(typed);
        REQUIRE_MESSAGE(!parsed.ok(), typed << " was read");
        return parsed.error().message;
    };
    CHECK(refusal("04/03/2027") ==
          "\"04/03/2027\" could be 4 March or April 3: type it like 2027-03-31 or 31 Mar 2027");
    CHECK(refusal("2027-02-30") == "\"2027-02-30\" is not a real date");
    CHECK(refusal("2027-13-01") == "\"2027-13-01\" is not a real date");
    CHECK(refusal("31/03/27") == "\"31/03/27\": use a four-digit year, like 2027-03-31");
    CHECK(refusal("next Tuesday") ==
          "\"next Tuesday\" is not a date: type it like 2027-03-31 or 31 Mar 2027");
    CHECK(refusal("31 Foo 2027").find("is not a date") != std::string::npos);
    CHECK(refusal("2027-03").find("is not a date") != std::string::npos);
    CHECK(refusal("12..5").find("is not a date") != std::string::npos);
    CHECK(refusal("99999-01-01").find("is not a date") != std::string::npos);
}
