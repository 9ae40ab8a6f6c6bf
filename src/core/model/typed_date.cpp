// parseTypedDate (calendar.h): the forms reps type dates in, read without guessing.
#include <array>
#include <string>
#include <vector>

#include "core/model/calendar.h"

namespace keystone {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// 1..12 for a month name or its first three letters or more ("Sept"), else 0.
int monthFromName(std::string word) {
    for (char& c : word) c = static_cast<char>(c | 0x20);
    if (word.size() < 3) return 0;
    for (size_t i = 0; i < kMonthNames.size(); ++i)
        if (kMonthNames[i].substr(0, word.size()) == word) return static_cast<int>(i) + 1;
    return 0;
}

struct Part {
    std::string text;
    bool number = false;
    int value = 0;
};

bool isSeparator(char c) { return c == '-' || c == '/' || c == '.' || c == ' ' || c == ','; }

std::string monthName(int month) {
    std::string name(kMonthNames[static_cast<size_t>(month - 1)]);
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

}  // namespace

Result<Date> parseTypedDate(std::string_view typed) {
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    const std::string quoted = "\"" + std::string(typed) + "\"";
    const auto notADate = [&] {
        return Result<Date>::failure(quoted +
                                     " is not a date: type it like 2027-03-31 or 31 Mar 2027");
    };
    std::vector<Part> parts;
    bool dotted = false;  // "31.03.2027": day first
    for (size_t i = 0; i < typed.size();) {
        if (isSeparator(typed[i])) {
            dotted |= typed[i] == '.';
            ++i;
            continue;
        }
        Part part;
        const bool digits = typed[i] >= '0' && typed[i] <= '9';
        while (i < typed.size() && !isSeparator(typed[i])) {
            const char c = typed[i];
            const bool digit = c >= '0' && c <= '9';
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (digit != digits || (!digit && !letter)) return notADate();
            part.text.push_back(c);
            ++i;
        }
        if (digits) {
            if (part.text.size() > 4) return notADate();
            part.number = true;
            part.value = std::stoi(part.text);
        }
        parts.push_back(std::move(part));
    }
    if (parts.size() != 3) return notADate();

    int year = 0, month = 0, day = 0;
    const Part& a = parts[0];
    const Part& b = parts[1];
    const Part& c = parts[2];
    const auto fourDigitYear = [](const Part& p) { return p.number && p.text.size() == 4; };
    if (a.number && b.number && c.number) {
        if (fourDigitYear(a)) {  // 2027-03-31, 2027/3/31
            year = a.value, month = b.value, day = c.value;
        } else if (fourDigitYear(c)) {
            year = c.value;
            if (dotted || a.value > 12) {
                day = a.value, month = b.value;
            } else if (b.value > 12 || a.value == b.value) {
                month = a.value, day = b.value;
            } else if (a.value >= 1 && b.value >= 1) {
                return Result<Date>::failure(quoted + " could be " + std::to_string(a.value) + " " +
                                             monthName(b.value) + " or " + monthName(a.value) +
                                             " " + std::to_string(b.value) +
                                             ": type it like 2027-03-31 or 31 Mar 2027");
            } else {
                return notADate();
            }
        } else {
            return Result<Date>::failure(quoted + ": use a four-digit year, like 2027-03-31");
        }
    } else if (a.number && !b.number && c.number && fourDigitYear(c)) {  // 31 Mar 2027
        day = a.value, month = monthFromName(b.text), year = c.value;
    } else if (!a.number && b.number && c.number && fourDigitYear(c)) {  // March 31, 2027
        month = monthFromName(a.text), day = b.value, year = c.value;
    } else {
        return notADate();
    }
    if (month == 0) return notADate();
    if (!isValidDate(year, month, day))
        return Result<Date>::failure(quoted + " is not a real date");
    return Result<Date>::success(Date{year, month, day});
}

}  // namespace keystone
