// Money as integer minor units (cents for USD) with an ISO-4217 currency code.
//
// Floating point never holds money: rounding is explicit and done once per line by
// the caller (see roundHalfUp), so totals add up to the cent.
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

// "$1,234,567" style text for whole units, "$1,234.56" when cents are wanted; a total
// that overflowed is "too large to total".
std::string formatMoney(MinorUnits minor, const std::string& currency, bool withCents = false);

// "$1.2M", "$350K": compact form for tables and tiles.
std::string formatMoneyCompact(MinorUnits minor, const std::string& currency);

}  // namespace keystone
