#include "core/plan_format/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace keystone {
namespace {

// Bytes that can be copied into a JSON string unchanged: printable ASCII but '"', '\\'.
constexpr bool isPlain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Shortest significant digits of a finite non-zero |value| and its decimal exponent:
// value == 0.d1d2d3... * 10^exponent10 (ECMAScript's "n"). Tries more digits until the text
// reads back as the same double, so the result is exact on every C library whose printf
// and strtod round correctly (glibc, musl as used by Emscripten).
void shortestDigits(double value, std::string& digits, int& exponent10) {
    char buffer[48];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
        if (std::strtod(buffer, nullptr) == value || precision == 17) break;
    }
    // buffer: d[<decimal point>ddd]e[+-]xx (the decimal point follows the C locale).
    digits.clear();
    const char* p = buffer;
    while (*p && *p != 'e') {
        if (*p >= '0' && *p <= '9') digits.push_back(*p);
        ++p;
    }
    const int exponent = *p == 'e' ? std::atoi(p + 1) : 0;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    exponent10 = exponent + 1;
}

}  // namespace

std::size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = p[0];
    const auto available = static_cast<std::size_t>(end - p);
    auto cont = [&](std::size_t i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return i < available && p[i] >= low && p[i] <= high;
    };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

void appendJsonString(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    out.push_back('"');
    const auto* run = p;  // start of bytes not yet copied
    while (p < end) {
        p = skipPlainJsonBytes(p, end);
        if (p == end) break;
        const unsigned char c = *p;
        if (isPlain(c)) {
            ++p;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(p, end);
            if (length) {
                p += length;
                continue;
            }
        }
        out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
        switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                if (c == 0 || c >= 0x80) {
                    out.append("\xEF\xBF\xBD");  // U+FFFD for NUL and broken UTF-8
                } else {
                    const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                    out.append(escape, 6);
                }
        }
        run = ++p;
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    out.push_back('"');
}

void appendJsonInteger(std::string& out, std::int64_t value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

void appendJsonNumber(std::string& out, double value) {
    if (!std::isfinite(value) || value == 0) {
        out.push_back('0');
        return;
    }
    // Whole numbers that are exact as int64 print as integers (fast, common case).
    if (std::fabs(value) < 1e15 && value == std::trunc(value)) {
        appendJsonInteger(out, static_cast<std::int64_t>(value));
        return;
    }
    if (value < 0) out.push_back('-');
    std::string digits;
    int n = 0;
    shortestDigits(std::fabs(value), digits, n);
    const int k = static_cast<int>(digits.size());
    // ECMAScript Number::toString layout.
    if (k <= n && n <= 21) {
        out.append(digits).append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<std::size_t>(n)).push_back('.');
        out.append(digits, static_cast<std::size_t>(n), std::string::npos);
    } else if (-6 < n && n <= 0) {
        out.append("0.").append(static_cast<std::size_t>(-n), '0').append(digits);
    } else {
        out.push_back(digits[0]);
        if (k > 1) out.append(".").append(digits, 1, std::string::npos);
        out.push_back('e');
        out.push_back(n - 1 >= 0 ? '+' : '-');
        out.append(std::to_string(std::abs(n - 1)));
    }
}

void JsonWriter::key(std::string_view name) {
    newItem();
    m_out.push_back('"');
    m_out.append(name);
    m_out.append(m_pretty ? "\": " : "\":");
    m_afterKey = true;
}

void JsonWriter::escapedKey(std::string_view name) {
    newItem();
    appendJsonString(m_out, name);
    m_out.append(m_pretty ? ": " : ":");
    m_afterKey = true;
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) newItem();
}

void JsonWriter::newItem() {
    const int level = m_depth < kMaxDepth ? m_depth : kMaxDepth;
    if (m_hasItems[level]) m_out.push_back(',');
    m_hasItems[level] = true;
    if (m_pretty) indent();
}

void JsonWriter::indent() {
    m_out.push_back('\n');
    m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
}

void JsonWriter::open(char bracket) {
    beforeValue();
    m_out.push_back(bracket);
    ++m_depth;
    m_hasItems[m_depth < kMaxDepth ? m_depth : kMaxDepth] = false;
}

void JsonWriter::close(char bracket) {
    const bool hadItems = m_hasItems[m_depth < kMaxDepth ? m_depth : kMaxDepth];
    --m_depth;
    if (m_pretty && hadItems) indent();
    m_out.push_back(bracket);
}

}  // namespace keystone
