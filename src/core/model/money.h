// Money as integer minor units (cents for USD) with an ISO-4217 currency code, and the one
// way amounts are written for the rep and read back from what the rep types.
//
// Floating point never holds money: rounding is explicit and done once per line by
// the caller (see roundHalfUp), so totals add up to the cent.
//
// Contents: MinorUnits · Money · roundHalfUp · DecimalMark · formatAmount / formatMoney
//           · formatMoneyCompact · parseMoney
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace keystone {

using MinorUnits = std::int64_t;  // e.g. 12345 == $123.45

struct Money {
    MinorUnits minor = 0;          // amount in minor units
    std::string currency = "USD";  // ISO-4217 code
};

// ISO-4217 codes offered when a rep picks an account's currency, and read as a prefix or
// suffix of a typed amount ("USD 5,000").
inline constexpr std::string_view kCommonCurrencies[] = {
    "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK",
    "PLN", "INR", "CNY", "SGD", "HKD", "NZD", "BRL", "MXN", "ZAR"};

// The largest amount a rep can type: 10 trillion whole units, far below the plan format's
// 2^53 minor units.
constexpr MinorUnits kMaxTypedMoney = 1'000'000'000'000'000;

// numerator / denominator rounded half away from zero, for integer money arithmetic.
inline MinorUnits roundHalfUp(MinorUnits numerator, MinorUnits denominator) {
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const MinorUnits half = denominator / 2;
    if (numerator >= 0) return (numerator + half) / denominator;
    return -((-numerator + half) / denominator);
}

// How the rep writes numbers (a portfolio setting): which character separates the decimals.
// The other one of '.' and ',' groups thousands; spaces and apostrophes group in both.
enum class DecimalMark : std::uint8_t {
    Point,  // 1,234,567.89 (the default)
    Comma,  // 1.234.567,89 and 1 234 567,89
};
std::string_view decimalMarkKey(DecimalMark);    // "point", "comma" (settings file)
std::string_view decimalMarkLabel(DecimalMark);  // "1,234.56", "1.234,56"
bool parseDecimalMarkKey(std::string_view key, DecimalMark& out);

// "1,234,567" (whole units, rounded half up) or "1,234,567.89": digits grouped, no symbol.
std::string formatAmount(MinorUnits minor, bool withCents, DecimalMark mark = DecimalMark::Point);

// "$1,234,567" style text for whole units, "$1,234.56" when cents are wanted. Every amount
// the app shows in full goes through here, so one amount always reads the same.
std::string formatMoney(MinorUnits minor, const std::string& currency, bool withCents = false,
                        DecimalMark mark = DecimalMark::Point);

// "$1.2M", "$350K": compact form for tiles and charts.
std::string formatMoneyCompact(MinorUnits minor, const std::string& currency);

// Reads an amount as reps type it: "1.2M", "250k", "$1,200,000", "€1.200.000", "USD 5,000",
// "1 200 000,50" (with DecimalMark::Comma), ".75". Suffixes k, m/mm, b/bn multiply. The
// decimal mark comes from the setting, except that a mark typed more than once can only be
// grouping ("€1.200.000" reads as 1,200,000 either way). Groups after the first must be
// three digits; at most two decimals remain after a suffix. Refuses negatives, junk
// ("12..5", "1e999", "-", "$") and amounts above `max`, with a sentence the rep can act on.
Result<MinorUnits> parseMoney(std::string_view typed, DecimalMark mark = DecimalMark::Point,
                              MinorUnits max = kMaxTypedMoney);

}  // namespace keystone
