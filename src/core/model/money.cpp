#include "core/model/money.h"

#include <cstdio>
#include <cstdlib>

namespace keystone {
namespace {

std::string currencySymbol(const std::string& currency) {
    if (currency.empty()) return "";
    if (currency == "USD") return "$";
    if (currency == "EUR") return "\xE2\x82\xAC";  // €
    if (currency == "GBP") return "\xC2\xA3";      // £
    if (currency == "JPY") return "\xC2\xA5";      // ¥
    return currency + " ";
}

std::string groupThousands(std::uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out.push_back(digits[static_cast<size_t>(i)]);
        const int remaining = n - 1 - i;
        if (remaining > 0 && remaining % 3 == 0) out.push_back(',');
    }
    return out;
}

// What the rep sees instead of a figure when a total ran past what can be counted.
const char* const kTooLargeToTotal = "too large to total";

}  // namespace

std::string formatMoney(MinorUnits minor, const std::string& currency, bool withCents) {
    if (isMoneyOverflow(minor)) return kTooLargeToTotal;
    const bool negative = minor < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(minor + 1)) + 1 : static_cast<std::uint64_t>(minor);
    std::string out = negative ? "-" : "";
    out += currencySymbol(currency);
    if (withCents) {
        out += groupThousands(magnitude / 100);
        char cents[4];
        std::snprintf(cents, sizeof cents, ".%02u", static_cast<unsigned>(magnitude % 100));
        out += cents;
    } else {
        out += groupThousands((magnitude + 50) / 100);
    }
    return out;
}

std::string formatMoneyCompact(MinorUnits minor, const std::string& currency) {
    if (isMoneyOverflow(minor)) return kTooLargeToTotal;
    const double units = static_cast<double>(minor) / 100.0;  // display only, never stored
    const double magnitude = units < 0 ? -units : units;
    char buffer[32];
    if (magnitude >= 1e9)
        std::snprintf(buffer, sizeof buffer, "%.1fB", magnitude / 1e9);
    else if (magnitude >= 1e6)
        std::snprintf(buffer, sizeof buffer, "%.1fM", magnitude / 1e6);
    else if (magnitude >= 1e3)
        std::snprintf(buffer, sizeof buffer, "%.0fK", magnitude / 1e3);
    else
        std::snprintf(buffer, sizeof buffer, "%.0f", magnitude);
    return std::string(units < 0 ? "-" : "") + currencySymbol(currency) + buffer;
}

}  // namespace keystone
