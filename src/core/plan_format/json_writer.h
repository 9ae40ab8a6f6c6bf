// Writes JSON text straight into a std::string (no DOM), deterministically.
//
// Strings are escaped the way JavaScript's JSON.stringify does it ("\"", "\\", \b \f \n
// \r \t, other control characters as \u00xx, everything else raw UTF-8), numbers use the
// ECMAScript Number-to-string rules with the shortest digits that read back exactly. So
// for our documents, compact output equals JSON.stringify(JSON.parse(output)).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace keystone {

// Skips bytes that stay as they are inside a JSON string, eight at a time, stopping
// at the first 8-byte word that holds a quote, a backslash, a control character or a
// non-ASCII byte; the byte loop after it finds exactly which. The "any byte" tests below
// are exact (borrows only disturb lanes above a real hit), so nothing is skipped wrongly.
inline const unsigned char* skipPlainJsonBytes(const unsigned char* p, const unsigned char* end) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    (void)end;
    return p;
#else
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    while (end - p >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        const std::uint64_t quote = x ^ (kOnes * '"');
        const std::uint64_t backslash = x ^ (kOnes * '\\');
        const std::uint64_t hit = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                                  ((x - kOnes * 0x20) & ~x) | x;
        if (hit & kHigh) break;
        p += 8;
    }
    return p;
#endif
}

// Length of the valid UTF-8 sequence starting at p (lead byte >= 0x80), or 0 when
// invalid (overlong, surrogate, beyond U+10FFFF, truncated).
std::size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end);

// Appends text as a JSON string literal. Invalid UTF-8 and NUL become U+FFFD so the
// output can always be read back by a strict reader.
void appendJsonString(std::string& out, std::string_view text);
void appendJsonInteger(std::string& out, std::int64_t value);
// Shortest round-trip form, ECMAScript layout ("0.1", "1e+21", "1.5e-7"); non-finite
// values (no JSON form) and -0 are written as 0.
void appendJsonNumber(std::string& out, double value);

class JsonWriter {
public:
    JsonWriter(std::string& out, bool pretty) : m_out(out), m_pretty(pretty) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Member name that needs no escaping (the format's own names).
    void key(std::string_view name);
    // Member name from a file (unknown members): escaped.
    void escapedKey(std::string_view name);

    void string(std::string_view text) {
        beforeValue();
        appendJsonString(m_out, text);
    }
    void integer(std::int64_t value) {
        beforeValue();
        appendJsonInteger(m_out, value);
    }
    void number(double value) {
        beforeValue();
        appendJsonNumber(m_out, value);
    }
    void boolean(bool value) {
        beforeValue();
        m_out.append(value ? "true" : "false");
    }
    // Already-canonical JSON text (unknown members' values), written as is.
    void raw(std::string_view json) {
        beforeValue();
        m_out.append(json);
    }

private:
    static constexpr int kMaxDepth = 64;

    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newItem();  // comma and, when pretty, newline + indent for a new member / element
    void indent();

    std::string& m_out;
    bool m_pretty;
    bool m_afterKey = false;  // the next value follows a member name
    int m_depth = 0;
    bool m_hasItems[kMaxDepth + 1] = {};  // per open container: written anything yet
};

}  // namespace keystone
