// Reading errors in a rep's words. Error::location stays exact for tools and tests (line:column
// for a damaged file, a JSON pointer for a wrong value); what the app and the CLI show a rep
// is this: which section, which item (counted from 1) and which field.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan_format/plan_format.h"

namespace keystone {
namespace {

struct Name {
    std::string_view key;   // the member in the file
    std::string_view text;  // what a rep calls one of them (lists) or the section
};

// Lists: one item of each is named with its number.
constexpr Name kItems[] = {
    {"stakeholders", "stakeholder"},
    {"influenceLines", "influence line"},
    {"objectives", "objective"},
    {"actions", "action"},
    {"opportunities", "opportunity"},
    {"competitors", "competitor"},
    {"risks", "risk"},
    {"metrics", "success metric"},
    {"history", "reading"},
    {"team", "account team member"},
    {"goals", "strategic goal"},
    {"pricingScenarios", "pricing scenario"},
    {"recurringAddOns", "recurring add-on"},
    {"oneTimeFees", "one-time fee"},
    {"seatsByYear", "contract year"},
    {"cells", "whitespace cell"},
    {"businessUnits", "business unit"},
    {"offerings", "offering"},
    {"tiers", "edition"},
    {"termDiscounts", "term discount"},
    {"brackets", "discount bracket"},
};

// Sections that are one object each.
constexpr Name kSections[] = {
    {"summary", "the executive summary"},  {"qualification", "the qualification"},
    {"health", "the health signals"},      {"whitespace", "the whitespace map"},
    {"catalog", "the pricing catalog"},    {"deal", "the deal"},
    {"discounts", "the volume discounts"}, {"guardrails", "the discount guardrails"},
};

template <std::size_t N>
std::string_view lookUp(const Name (&names)[N], std::string_view key) {
    for (const Name& name : names)
        if (name.key == key) return name.text;
    return {};
}

bool isIndex(std::string_view segment) {
    return !segment.empty() && segment.size() < 10 &&
           segment.find_first_not_of("0123456789") == std::string_view::npos;
}

// "3:7" -> "line 3, character 7".
std::string describeLineColumn(const std::string& location) {
    const std::size_t colon = location.find(':');
    return "line " + location.substr(0, colon) + ", character " + location.substr(colon + 1);
}

std::string unescapePointerSegment(std::string segment) {
    for (std::size_t i; (i = segment.find("~1")) != std::string::npos;) segment.replace(i, 2, "/");
    for (std::size_t i; (i = segment.find("~0")) != std::string::npos;) segment.replace(i, 2, "~");
    return segment;
}

}  // namespace

std::string describePlanLocation(const std::string& location) {
    if (location.empty() || location == "/") return {};
    if (location[0] != '/') return describeLineColumn(location);
    std::vector<std::string> segments;
    for (std::size_t at = 1; at <= location.size();) {
        const std::size_t end = std::min(location.find('/', at), location.size());
        segments.push_back(unescapePointerSegment(location.substr(at, end - at)));
        at = end + 1;
    }
    std::vector<std::string> parts;
    std::string field;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string& segment = segments[i];
        const bool last = i + 1 == segments.size();
        if (i == 0 && segment == "account" && !last) continue;  // every plan holds one account
        if (!last && isIndex(segments[i + 1]) && !lookUp(kItems, segment).empty()) {
            parts.push_back(std::string(lookUp(kItems, segment)) + " " +
                            std::to_string(std::stoul(segments[i + 1]) + 1));
            ++i;
        } else if (!lookUp(kSections, segment).empty() && !last) {
            parts.push_back(std::string(lookUp(kSections, segment)));
        } else if (last) {
            field = segment;
        } else {
            parts.push_back("\xE2\x80\x9C" + segment + "\xE2\x80\x9D");  // “segment”
        }
    }
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
    if (!field.empty()) {
        const std::string quoted = "\xE2\x80\x9C" + field + "\xE2\x80\x9D";
        text += text.empty() ? "the field " + quoted : ", field " + quoted;
    }
    return text;
}

std::string planErrorText(const Error& error) {
    const std::string where = describePlanLocation(error.location);
    if (where.empty()) return error.message;
    return error.message + " (Where: " + where + ".)";
}

std::string planErrorDetails(const Error& error) {
    if (error.location.empty()) return {};
    const bool pointer = error.location[0] == '/';
    return "Location: " + error.location + (pointer ? " (JSON pointer)" : " (line:character)");
}

}  // namespace keystone
