// Money as integer minor units (cents for USD) with an ISO-4217 currency code.
//
// Floating point never holds money: rounding is explicit and done once per line by
// the caller (see roundHalfUp), so totals add up to the cent.
#pragma once

#include <cstdint>
#include <string>

namespace keystone {

using MinorUnits = std::int64_t;  // e.g. 12345 == $123.45

struct Money {
    MinorUnits minor = 0;          // amount in minor units
    std::string currency = "USD";  // ISO-4217 code
};

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

// "$1,234,567" style text for whole units, "$1,234.56" when cents are wanted.
std::string formatMoney(MinorUnits minor, const std::string& currency, bool withCents = false);

// "$1.2M", "$350K": compact form for tables and tiles.
std::string formatMoneyCompact(MinorUnits minor, const std::string& currency);

}  // namespace keystone
