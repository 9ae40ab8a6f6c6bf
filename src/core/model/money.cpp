#include "core/model/money.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace keystone {
namespace {

std::string currencySymbol(const std::string& currency) {
    if (currency == "USD") return "$";
    if (currency == "EUR") return "\xE2\x82\xAC";  // €
    if (currency == "GBP") return "\xC2\xA3";      // £
    if (currency == "JPY") return "\xC2\xA5";      // ¥
    if (currency.empty()) return "";
    return currency + " ";
}

char groupingChar(DecimalMark mark) { return mark == DecimalMark::Point ? ',' : '.'; }
char decimalChar(DecimalMark mark) { return mark == DecimalMark::Point ? '.' : ','; }

std::string groupThousands(std::uint64_t value, char separator) {
    std::string digits = std::to_string(value);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out.push_back(digits[static_cast<size_t>(i)]);
        const int remaining = n - 1 - i;
        if (remaining > 0 && remaining % 3 == 0) out.push_back(separator);
    }
    return out;
}

// ---- Reading typed amounts -----------------------------------------------------------------
// Symbols and spaces as UTF-8, because reps paste amounts from mail and spreadsheets.
constexpr std::string_view kSymbols[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"};
constexpr std::string_view kSpaces[] = {" ", "\t", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"};
constexpr std::string_view kMinusSigns[] = {"-", "\xE2\x88\x92"};

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}
bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Length of the space character at the start of `text`, 0 when there is none.
size_t spaceLength(std::string_view text) {
    for (std::string_view space : kSpaces)
        if (startsWith(text, space)) return space.size();
    return 0;
}

std::string_view trimSpaces(std::string_view text) {
    while (size_t n = spaceLength(text)) text.remove_prefix(n);
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view space : kSpaces)
            if (endsWith(text, space)) {
                text.remove_suffix(space.size());
                trimmed = true;
            }
    }
    return text;
}

bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool stripMinus(std::string_view& text) {
    for (std::string_view minus : kMinusSigns)
        if (startsWith(text, minus)) {
            text = trimSpaces(text.substr(minus.size()));
            return true;
        }
    return false;
}

// A currency symbol or a common currency code ("USD") at either end.
void stripCurrency(std::string_view& text) {
    for (std::string_view symbol : kSymbols) {
        if (startsWith(text, symbol)) text = trimSpaces(text.substr(symbol.size()));
        if (endsWith(text, symbol)) text = trimSpaces(text.substr(0, text.size() - symbol.size()));
    }
    auto isCode = [](std::string_view code) {
        for (std::string_view known : kCommonCurrencies)
            if (code == known) return true;
        return false;
    };
    if (text.size() > 3 && isCode(text.substr(0, 3)) && !isLetter(text[3]))
        text = trimSpaces(text.substr(3));
    if (text.size() > 3 && isCode(text.substr(text.size() - 3)) && !isLetter(text[text.size() - 4]))
        text = trimSpaces(text.substr(0, text.size() - 3));
}

// "k" thousand, "m"/"mm"/"mn" million, "b"/"bn" billion; 1 without a suffix, 0 for letters
// that are no known suffix.
std::uint64_t stripMultiplier(std::string_view& text) {
    size_t letters = 0;
    while (letters < text.size() && isLetter(text[text.size() - 1 - letters])) ++letters;
    if (letters == 0) return 1;
    std::string suffix(text.substr(text.size() - letters));
    for (char& c : suffix) c = static_cast<char>(c | 0x20);  // ASCII lower case
    text = trimSpaces(text.substr(0, text.size() - letters));
    if (suffix == "k") return 1'000;
    if (suffix == "m" || suffix == "mm" || suffix == "mn") return 1'000'000;
    if (suffix == "b" || suffix == "bn") return 1'000'000'000;
    return 0;
}

struct Token {
    enum Kind { Digits, Point, Comma, Space } kind;
    std::string_view text;
};

// Digits runs and separators; false on any other character.
bool tokenize(std::string_view text, std::vector<Token>& tokens) {
    size_t i = 0;
    while (i < text.size()) {
        if (isDigit(text[i])) {
            size_t end = i;
            while (end < text.size() && isDigit(text[end])) ++end;
            tokens.push_back({Token::Digits, text.substr(i, end - i)});
            i = end;
        } else if (text[i] == '.' || text[i] == ',') {
            tokens.push_back({text[i] == '.' ? Token::Point : Token::Comma, text.substr(i, 1)});
            ++i;
        } else if (text[i] == '\'') {
            tokens.push_back({Token::Space, text.substr(i, 1)});
            ++i;
        } else if (size_t n = spaceLength(text.substr(i))) {
            tokens.push_back({Token::Space, text.substr(i, n)});
            i += n;
        } else {
            return false;
        }
    }
    return true;
}

using MoneyResult = Result<MinorUnits>;

std::string notAnAmount(std::string_view typed, DecimalMark mark) {
    std::string message =
        "\"" + std::string(typed) + "\" is not an amount: type it like " +
        (mark == DecimalMark::Point ? "1,200,000, 250k or 1.2M" : "1.200.000, 250k or 1,2M");
    // The usual cause: decimals written with the other mark than the setting's.
    const char other = groupingChar(mark);
    const size_t at = typed.find_last_of(other);
    if (at != std::string_view::npos) {
        size_t digits = 0;
        while (at + 1 + digits < typed.size() && isDigit(typed[at + 1 + digits])) ++digits;
        if (digits > 0 && digits < 3)
            message += mark == DecimalMark::Point
                           ? " (for decimals after a comma, choose the number format 1.234,56)"
                           : " (for decimals after a point, choose the number format 1,234.56)";
    }
    return message;
}

// What the rep sees instead of a figure when a total ran past what can be counted.
const char* const kTooLargeToTotal = "too large to total";

}  // namespace

std::string_view decimalMarkKey(DecimalMark mark) {
    return mark == DecimalMark::Comma ? "comma" : "point";
}
std::string_view decimalMarkLabel(DecimalMark mark) {
    return mark == DecimalMark::Comma ? "1.234,56" : "1,234.56";
}
bool parseDecimalMarkKey(std::string_view key, DecimalMark& out) {
    if (key == "point")
        out = DecimalMark::Point;
    else if (key == "comma")
        out = DecimalMark::Comma;
    else
        return false;
    return true;
}

std::string formatAmount(MinorUnits minor, bool withCents, DecimalMark mark) {
    if (isMoneyOverflow(minor)) return kTooLargeToTotal;
    const bool negative = minor < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(minor + 1)) + 1 : static_cast<std::uint64_t>(minor);
    std::string out = negative ? "-" : "";
    if (withCents) {
        out += groupThousands(magnitude / 100, groupingChar(mark));
        char cents[4];
        std::snprintf(cents, sizeof cents, "%c%02u", decimalChar(mark),
                      static_cast<unsigned>(magnitude % 100));
        out += cents;
    } else {
        out += groupThousands((magnitude + 50) / 100, groupingChar(mark));
    }
    return out;
}

std::string formatMoney(MinorUnits minor, const std::string& currency, bool withCents,
                        DecimalMark mark) {
    if (isMoneyOverflow(minor)) return kTooLargeToTotal;
    const std::string amount = formatAmount(minor, withCents, mark);
    if (minor < 0) return "-" + currencySymbol(currency) + amount.substr(1);
    return currencySymbol(currency) + amount;
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

Result<MinorUnits> parseMoney(std::string_view typed, DecimalMark mark, MinorUnits max) {
    typed = trimSpaces(typed);
    std::string_view text = typed;
    if (text.empty())
        return MoneyResult::failure(mark == DecimalMark::Point
                                        ? "Enter an amount, for example 250k, 1.2M or 1,200,000"
                                        : "Enter an amount, for example 250k, 1,2M or 1.200.000");
    bool negative = stripMinus(text);
    stripCurrency(text);
    negative = stripMinus(text) || negative;  // "$-5" as well as "-$5"
    const std::uint64_t multiplier = stripMultiplier(text);
    std::vector<Token> tokens;
    if (multiplier == 0 || text.empty() || !tokenize(text, tokens))
        return MoneyResult::failure(notAnAmount(typed, mark));
    if (negative) return MoneyResult::failure("An amount cannot be negative");

    // Which of '.' and ',' is the decimal mark: the setting's, unless typed more than once.
    int points = 0, commas = 0;
    for (const Token& t : tokens)
        points += t.kind == Token::Point, commas += t.kind == Token::Comma;
    const Token::Kind settingMark = mark == DecimalMark::Point ? Token::Point : Token::Comma;
    const Token::Kind otherMark = settingMark == Token::Point ? Token::Comma : Token::Point;
    const int settingCount = settingMark == Token::Point ? points : commas;
    const int otherCount = settingMark == Token::Point ? commas : points;
    Token::Kind decimal = settingMark;
    if (settingCount > 1) {
        if (otherCount > 1) return MoneyResult::failure(notAnAmount(typed, mark));
        decimal = otherMark;  // "1.200.000,50" with the point setting
    }

    // Whole part: digit runs joined by single separators; groups after the first are three
    // digits. Then at most one decimal mark and a run of decimals.
    std::uint64_t mantissa = 0;
    int decimals = 0;
    bool inDecimals = false, grouped = false, sawDigits = false;
    bool afterSeparator = false;  // the last token was a grouping separator
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind == Token::Digits) {
            if (inDecimals && decimals > 0) return MoneyResult::failure(notAnAmount(typed, mark));
            if (!inDecimals && grouped && t.text.size() != 3)
                return MoneyResult::failure(notAnAmount(typed, mark));
            if (!inDecimals && !grouped && i + 1 < tokens.size() && tokens[i + 1].kind != decimal &&
                t.text.size() > 3)
                return MoneyResult::failure(notAnAmount(typed, mark));  // "1234,567"
            for (char c : t.text) {
                if (mantissa == 0 && c == '0' && !inDecimals) continue;
                if (__builtin_mul_overflow(mantissa, 10u, &mantissa) ||
                    __builtin_add_overflow(mantissa, static_cast<unsigned>(c - '0'), &mantissa))
                    return MoneyResult::failure("The amount is too large");
            }
            if (inDecimals) decimals = static_cast<int>(t.text.size());
            sawDigits = true;
            afterSeparator = false;
        } else if (t.kind == decimal) {
            if (inDecimals || afterSeparator) return MoneyResult::failure(notAnAmount(typed, mark));
            inDecimals = true;
        } else {  // a grouping separator
            if (inDecimals || !sawDigits || afterSeparator || i + 1 == tokens.size())
                return MoneyResult::failure(notAnAmount(typed, mark));
            grouped = true;
            afterSeparator = true;
        }
    }
    if (!sawDigits) return MoneyResult::failure(notAnAmount(typed, mark));
    if (decimals > 18) return MoneyResult::failure("Use at most two decimals (cents)");

    std::uint64_t scaled = 0;
    if (__builtin_mul_overflow(mantissa, multiplier * 100, &scaled))
        return MoneyResult::failure("The amount is too large");
    std::uint64_t divisor = 1;
    for (int i = 0; i < decimals; ++i) divisor *= 10;
    if (scaled % divisor != 0) return MoneyResult::failure("Use at most two decimals (cents)");
    const std::uint64_t minor = scaled / divisor;
    if (minor > static_cast<std::uint64_t>(max))
        return MoneyResult::failure("The amount is too large: at most " +
                                    formatAmount(max, false, mark));
    return MoneyResult::success(static_cast<MinorUnits>(minor));
}

}  // namespace keystone
