// The characters text holds, as Unicode code points: what the font atlas must draw.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model/account.h"

namespace keystone {

// A set of code points as one bit each (136 KB for all of Unicode): scanning a large plan
// is a pass over its bytes, not a tree insertion per character.
class CodePointSet {
public:
    CodePointSet() : m_bits(kWords, 0) {}
    // True when it was not there yet. Values past U+10FFFF are ignored.
    bool insert(char32_t cp) {
        if (cp > kLast) return false;
        std::uint64_t& word = m_bits[cp >> 6];
        const std::uint64_t bit = std::uint64_t{1} << (cp & 63);
        if (word & bit) return false;
        word |= bit;
        ++m_size;
        return true;
    }
    bool contains(char32_t cp) const { return cp <= kLast && (m_bits[cp >> 6] >> (cp & 63)) & 1; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Adds every member of `other`; returns how many were new.
    std::size_t merge(const CodePointSet& other);
    // Members in ascending order.
    std::vector<char32_t> list() const;

private:
    static constexpr char32_t kLast = 0x10FFFF;
    static constexpr std::size_t kWords = (kLast + 1) / 64;
    std::vector<std::uint64_t> m_bits;
    std::size_t m_size = 0;
};

// Adds every code point of UTF-8 text except ASCII controls. Malformed bytes are skipped:
// the atlas cannot draw them either, and they never reach a saved plan.
void addCodePoints(std::string_view utf8, CodePointSet& into);

// Every code point in every text of the account: names, titles, notes, objectives, risks,
// pricing. Read from the plan file text, so a field added to the format is covered at once.
CodePointSet accountCodePoints(const Account& account);

}  // namespace keystone
