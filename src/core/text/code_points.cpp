#include "core/text/code_points.h"

#include "core/plan_format/plan_format.h"

namespace keystone {

std::size_t CodePointSet::merge(const CodePointSet& other) {
    std::size_t added = 0;
    for (std::size_t w = 0; w < kWords; ++w) {
        const std::uint64_t fresh = other.m_bits[w] & ~m_bits[w];
        if (!fresh) continue;
        m_bits[w] |= fresh;
        added += static_cast<std::size_t>(__builtin_popcountll(fresh));
    }
    m_size += added;
    return added;
}

std::vector<char32_t> CodePointSet::list() const {
    std::vector<char32_t> out;
    out.reserve(m_size);
    for (std::size_t w = 0; w < kWords; ++w)
        for (std::uint64_t bits = m_bits[w]; bits; bits &= bits - 1)
            out.push_back(
                static_cast<char32_t>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
    return out;
}

void addCodePoints(std::string_view utf8, CodePointSet& into) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t size = utf8.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            if (lead >= 0x20 && lead != 0x7F) into.insert(lead);
            ++i;
            continue;
        }
        int length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (lead >= 0xF5) length = 0;
        if (length == 0 || i + length > size) {
            ++i;
            continue;
        }
        char32_t cp = lead & (0x7F >> length);
        bool wellFormed = true;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80) wellFormed = false;
            cp = (cp << 6) | (next & 0x3F);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (wellFormed && !overlong && !surrogate && cp <= 0x10FFFF) {
            into.insert(cp);
            i += length;
        } else {
            ++i;
        }
    }
}

CodePointSet accountCodePoints(const Account& account) {
    PlanDocument document;
    document.account = account;
    CodePointSet points;
    addCodePoints(writePlan(document), points);
    return points;
}

}  // namespace keystone
