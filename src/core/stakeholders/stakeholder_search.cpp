#include "core/stakeholders/stakeholder_search.h"

#include <cstddef>

namespace keystone {
namespace {

// The lower-case partner of a code point that has one, else the code point itself. Covers
// the ranges that hold upper and lower case as simple pairs; the rest of Unicode has no case
// or needs tables this search does not carry.
char32_t lowerCase(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + 32;
    if (c < 0xC0) return c;
    if (c <= 0xDE) return c == 0xD7 ? c : c + 32;              // À..Þ except ×
    if (c >= 0x100 && c <= 0x137 && c != 0x130 && c != 0x131)  // Turkish İ ı are no pair
        return c | 1;                                          // Ā ā .. ķ: upper even
    if (c >= 0x139 && c <= 0x148) return c % 2 ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177) return c | 1;
    if (c == 0x178) return 0xFF;  // Ÿ
    if (c >= 0x179 && c <= 0x17E) return c % 2 ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;  // Α..Ω
    if (c == 0x3C2) return 0x3C3;                               // final ς reads as σ
    if (c >= 0x410 && c <= 0x42F) return c + 32;                // А..Я
    if (c >= 0x400 && c <= 0x40F) return c + 80;                // Ѐ..Џ
    return c;
}

// One unit of text to compare at `at`: a one- or two-byte UTF-8 character (every script with
// case above), lower-cased; or a single byte of anything else, compared as it is. Bytes are
// kept apart from code points, and a match only starts on a character's first byte.
struct Unit {
    char32_t value;
    std::size_t size;
};

Unit unitAt(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return {lowerCase(lead), 1};
    if (lead >= 0xC2 && lead <= 0xDF && at + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[at + 1]);
        if ((next & 0xC0) == 0x80)
            return {lowerCase(static_cast<char32_t>(((lead & 0x1F) << 6) | (next & 0x3F))), 2};
    }
    return {0x110000u + lead, 1};  // past the last code point: equal only to the same byte
}

bool matchesAt(std::string_view text, std::size_t at, std::string_view needle) {
    std::size_t i = 0;
    while (i < needle.size()) {
        if (at >= text.size()) return false;
        const Unit want = unitAt(needle, i), have = unitAt(text, at);
        if (want.value != have.value) return false;
        i += want.size;
        at += have.size;
    }
    return true;
}

}  // namespace

bool containsIgnoringCase(std::string_view text, std::string_view needle) {
    if (needle.empty()) return true;
    for (std::size_t at = 0; at < text.size(); at += unitAt(text, at).size) {
        const bool continuation = (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
        if (!continuation && matchesAt(text, at, needle)) return true;
    }
    return false;
}

bool stakeholderMatchesSearch(const Stakeholder& person, std::string_view search) {
    return containsIgnoringCase(person.name, search) ||
           containsIgnoringCase(person.title, search) || containsIgnoringCase(person.email, search);
}

}  // namespace keystone
