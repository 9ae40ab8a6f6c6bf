// Money as integer minor units (cents for USD) with an ISO-4217 currency code, and the one
// way amounts are written for the rep and read back from what the rep types.
//
// Floating point never holds money: rounding is explicit and done once per line by
// the caller (see roundHalfUp), so totals add up to the cent.
//
// Contents: MinorUnits · Money · addMoney / multiplyMoney · roundHalfUp · DecimalMark
//           · formatAmount / formatMoney
//           · formatMoneyCompact · parseMoney
//
// Totals never wrap. One amount in a plan is at most kMaxPlanAmount, but a portfolio of them
// can add up past what 64 bits hold, and a wrapped total turns a huge pipeline negative.
// Every sum and product of money goes through addMoney / multiplyMoney: at the limit they
// stop at kMoneyTooLarge (or its negative) and stay there, and formatMoney shows such a
// total as "too large to total" rather than a number.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace keystone {

using MinorUnits = std::int64_t;  // e.g. 12345 == $123.45

struct Money {
    MinorUnits minor = 0;          // amount in minor units
    std::string currency = "USD";  // ISO-4217 code
};

// The largest amount one money field of a plan may hold: 2^53-1 minor units (about 90
// trillion dollars), exact in JavaScript too. The plan reader refuses anything larger.
constexpr MinorUnits kMaxPlanAmount = 9007199254740991;

// A total that does not fit: what addMoney and multiplyMoney give at the limit.
constexpr MinorUnits kMoneyTooLarge = std::numeric_limits<MinorUnits>::max();
constexpr MinorUnits kMoneyTooNegative = std::numeric_limits<MinorUnits>::min();

inline bool isMoneyOverflow(MinorUnits amount) {
    return amount == kMoneyTooLarge || amount == kMoneyTooNegative;
}

// a + b; an overflowed operand stays overflowed, so a total that once ran past the limit
// never comes back as an ordinary (wrong) figure by adding a negative amount later.
inline MinorUnits addMoney(MinorUnits a, MinorUnits b) {
    if (isMoneyOverflow(a)) return a;
    if (isMoneyOverflow(b)) return b;
    MinorUnits sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) return b > 0 ? kMoneyTooLarge : kMoneyTooNegative;
    return sum;
}

inline MinorUnits subtractMoney(MinorUnits a, MinorUnits b) {
    if (isMoneyOverflow(a)) return a;
    if (isMoneyOverflow(b)) return b == kMoneyTooLarge ? kMoneyTooNegative : kMoneyTooLarge;
    MinorUnits difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return b < 0 ? kMoneyTooLarge : kMoneyTooNegative;
    return difference;
}

// amount × count (seats, months, a percentage before its division), saturating likewise.
inline MinorUnits multiplyMoney(MinorUnits amount, std::int64_t count) {
    const bool negative = (amount < 0) != (count < 0);
    if (isMoneyOverflow(amount))
        return count == 0 ? 0 : negative ? kMoneyTooNegative : kMoneyTooLarge;
    MinorUnits product = 0;
    if (__builtin_mul_overflow(amount, count, &product))
        return negative ? kMoneyTooNegative : kMoneyTooLarge;
    return product;
}

// total += amount, for loops that add up money.
inline void addInto(MinorUnits& total, MinorUnits amount) { total = addMoney(total, amount); }

// numerator / denominator rounded half away from zero, for integer money arithmetic.
// Works for every numerator (no intermediate sum that could overflow); denominator != 0.
inline MinorUnits roundHalfUp(MinorUnits numerator, MinorUnits denominator) {
    if (isMoneyOverflow(numerator)) return numerator;
    const MinorUnits quotient = numerator / denominator;
    const MinorUnits remainder = numerator % denominator;  // sign of the numerator
    // |remainder| >= |denominator| - |remainder| means the fraction is a half or more; both
    // sides are written without negating the denominator, which may be the minimum.
    const MinorUnits r = remainder < 0 ? -remainder : remainder;
    const bool halfOrMore = denominator > 0 ? r >= denominator - r : -r <= denominator + r;
    if (!halfOrMore || remainder == 0) return quotient;
    return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1;
}

// ISO-4217 codes offered when a rep picks an account's currency, and read as a prefix or
// suffix of a typed amount ("USD 5,000").
inline constexpr std::string_view kCommonCurrencies[] = {
    "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK",
    "PLN", "INR", "CNY", "SGD", "HKD", "NZD", "BRL", "MXN", "ZAR"};

// The largest amount a rep can type: 10 trillion whole units, far below the plan format's
// 2^53 minor units.
constexpr MinorUnits kMaxTypedMoney = 1'000'000'000'000'000;

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
// the app shows in full goes through here, so one amount always reads the same; a total
// that overflowed is "too large to total".
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
