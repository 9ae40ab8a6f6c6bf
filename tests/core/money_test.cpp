#include <doctest/doctest.h>

#include <string>

#include "core/model/money.h"

using namespace keystone;

namespace {

MinorUnits read(const std::string& typed, DecimalMark mark = DecimalMark::Point) {
    const auto parsed = parseMoney(typed, mark);
    REQUIRE_MESSAGE(parsed.ok(), typed << ": " << parsed.error().message);
    return parsed.value();
}

std::string refusal(const std::string& typed, DecimalMark mark = DecimalMark::Point) {
    const auto parsed = parseMoney(typed, mark);
    REQUIRE_MESSAGE(!parsed.ok(), typed << " was read as " << parsed.value());
    return parsed.error().message;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("Amounts are read as reps type them: suffixes, symbols, codes and grouping") {
    CHECK(read("1.2M") == 120'000'000);
    CHECK(read("250k") == 25'000'000);
    CHECK(read("250K") == 25'000'000);
    CHECK(read("1.5 mm") == 150'000'000);
    CHECK(read("2bn") == 200'000'000'000);
    CHECK(read("$1,200,000") == 120'000'000);
    CHECK(read("\xE2\x82\xAC"
               "1.200.000") == 120'000'000);  // €1.200.000: dots can only group
    CHECK(read("1.200.000,50") == 120'000'050);
    CHECK(read("USD 5,000") == 500'000);
    CHECK(read("5000 EUR") == 500'000);
    CHECK(read("  $ 18,000  ") == 1'800'000);
    CHECK(read("1'200'000") == 120'000'000);
    CHECK(read("12500.50") == 1'250'050);
    CHECK(read("$1,234.5") == 123'450);
    CHECK(read(".75") == 75);
    CHECK(read("0") == 0);
    CHECK(read("1.23456789M") == 123'456'789);
}

TEST_CASE("With the comma number format, a comma is the decimal mark") {
    CHECK(read("1 200 000,50", DecimalMark::Comma) == 120'000'050);
    CHECK(read("1\xC2\xA0"
               "200\xC2\xA0"
               "000,50",
               DecimalMark::Comma) == 120'000'050);  // NBSP
    CHECK(read("1.200.000", DecimalMark::Comma) == 120'000'000);
    CHECK(read("1,2M", DecimalMark::Comma) == 120'000'000);
    CHECK(read("\xE2\x82\xAC"
               "1.200.000,00",
               DecimalMark::Comma) == 120'000'000);
    CHECK_MESSAGE(read("1,200,000.50", DecimalMark::Comma) == 120'000'050,
                  "a comma typed twice can only group");
}

TEST_CASE("Text that is not an amount is refused with a sentence saying what to type") {
    for (const char* junk :
         {"12..5", "1e999", "-", "$", "abc", "12x", "1,2,3", "1.2.3", "1,25", "12,50,000",
          "1234,567", "5,", ",5,000", "1 2", "1..", "k", "$$5", "1.2.3M", "++5"}) {
        CAPTURE(junk);
        CHECK(contains(refusal(junk), "is not an amount: type it like 1,200,000, 250k or 1.2M"));
    }
    CHECK(contains(refusal(""), "Enter an amount"));
    CHECK(refusal("-5") == "An amount cannot be negative");
    CHECK(refusal("-$5") == "An amount cannot be negative");
    CHECK(refusal("12.345") == "Use at most two decimals (cents)");
    CHECK(refusal("1.2345678912M") == "Use at most two decimals (cents)");
}

TEST_CASE("Decimals typed with the other mark than the setting's point to the setting") {
    CHECK(contains(refusal("1 200 000,50"), "choose the number format 1.234,56"));
    CHECK(contains(refusal("1.5", DecimalMark::Comma), "choose the number format 1,234.56"));
}

TEST_CASE("Amounts that overflow or pass the limit are refused as too large") {
    CHECK(refusal("99999999999999999999999") == "The amount is too large");
    CHECK(refusal("999999999999999999k") == "The amount is too large");
    CHECK(contains(refusal("10000000000001"), "too large: at most 10,000,000,000,000"));
    CHECK(read("10000000000000") == kMaxTypedMoney);
    CHECK_FALSE(parseMoney("1000.01", DecimalMark::Point, 100'000));
    CHECK(parseMoney("1000", DecimalMark::Point, 100'000).value() == 100'000);
}

TEST_CASE("Money is shown with grouped digits and the currency symbol, one way everywhere") {
    CHECK(formatMoney(1'800'000, "USD") == "$18,000");
    CHECK(formatMoney(120'000'050, "EUR", true) ==
          "\xE2\x82\xAC"
          "1,200,000.50");
    CHECK(formatMoney(120'000'050, "EUR", true, DecimalMark::Comma) ==
          "\xE2\x82\xAC"
          "1.200.000,50");
    CHECK(formatMoney(-1'250, "GBP", true) ==
          "-\xC2\xA3"
          "12.50");
    CHECK(formatMoney(500'000, "CHF") == "CHF 5,000");
    CHECK(formatAmount(1'250'050, true) == "12,500.50");
    CHECK(formatAmount(0, true) == "0.00");
    CHECK(formatAmount(149, false) == "1");
}

TEST_CASE("Every amount shown reads back to itself in both number formats") {
    for (MinorUnits amount : {MinorUnits{0}, MinorUnits{5}, MinorUnits{123'456'789},
                              MinorUnits{1'800'000}, kMaxTypedMoney}) {
        for (DecimalMark mark : {DecimalMark::Point, DecimalMark::Comma}) {
            CAPTURE(amount);
            CHECK(read(formatMoney(amount, "USD", true, mark), mark) == amount);
            CHECK(read(formatMoney(amount, "EUR", true, mark), mark) == amount);
            CHECK(read(formatAmount(amount, true, mark), mark) == amount);
        }
    }
}

TEST_CASE("The number format setting has stable keys") {
    DecimalMark mark = DecimalMark::Point;
    CHECK(parseDecimalMarkKey("comma", mark));
    CHECK(mark == DecimalMark::Comma);
    CHECK(decimalMarkKey(DecimalMark::Point) == "point");
    CHECK_FALSE(parseDecimalMarkKey("dot", mark));
}
