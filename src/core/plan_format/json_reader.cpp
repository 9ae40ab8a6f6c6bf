#include "core/plan_format/json_reader.h"

#include <array>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/plan_format/json_writer.h"

namespace keystone {
namespace {

// Byte classes inside a string: 0 copy as is, 1 closing quote, 2 escape, 3 raw control
// character (forbidden), 4 start of a multi-byte UTF-8 sequence (validated).
constexpr std::array<std::uint8_t, 256> makeStringClasses() {
    std::array<std::uint8_t, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t cls = 0;
        if (c < 0x20)
            cls = 3;
        else if (c == '"')
            cls = 1;
        else if (c == '\\')
            cls = 2;
        else if (c >= 0x80)
            cls = 4;
        classes[static_cast<size_t>(c)] = cls;
    }
    return classes;
}
constexpr std::array<std::uint8_t, 256> kStringClass = makeStringClasses();

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace

bool KeySet::insert(const std::string& key) {
    if (m_large.empty()) {
        for (const auto& seen : m_small)
            if (seen == key) return false;
        m_small.push_back(key);
        if (m_small.size() > 16) m_large.insert(m_small.begin(), m_small.end());
        return true;
    }
    return m_large.insert(key).second;
}

JsonReader::JsonReader(std::string_view bytes, int maxDepth)
    : m_begin(bytes.data()),
      m_pos(bytes.data()),
      m_end(bytes.data() + bytes.size()),
      m_maxDepth(maxDepth) {
    // A UTF-8 byte order mark (some Windows editors add one) is not part of the JSON.
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) m_begin = m_pos = m_pos + 3;
}

void JsonReader::seek(std::size_t offset, int depth) {
    m_pos = m_begin + offset;
    m_depth = depth;
}

JsonKind JsonReader::peek() {
    skipWhitespace();
    if (m_pos >= m_end) return JsonKind::End;
    switch (*m_pos) {
        case '{':
            return JsonKind::Object;
        case '[':
            return JsonKind::Array;
        case '"':
            return JsonKind::String;
        case 't':
            return JsonKind::True;
        case 'f':
            return JsonKind::False;
        case 'n':
            return JsonKind::Null;
        default:
            return *m_pos == '-' || isDigit(*m_pos) ? JsonKind::Number : JsonKind::Invalid;
    }
}

bool JsonReader::atEnd() {
    skipWhitespace();
    return m_pos >= m_end;
}

bool JsonReader::beginObject() {
    if (++m_depth > m_maxDepth) return syntaxError("its sections are nested too deeply");
    ++m_pos;  // '{'
    return true;
}

bool JsonReader::beginArray() {
    if (++m_depth > m_maxDepth) return syntaxError("its sections are nested too deeply");
    ++m_pos;  // '['
    return true;
}

bool JsonReader::nextMember(bool& first, std::string_view& key) {
    skipWhitespace();
    if (m_pos >= m_end) return syntaxError("the file ends too early, as if it had been cut short");
    if (*m_pos == '}') {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (!first) {
        if (*m_pos != ',') return syntaxError("a comma or a closing } is missing");
        ++m_pos;
        skipWhitespace();
    }
    if (m_pos >= m_end || *m_pos != '"')
        return syntaxError("a field name is missing or lacks its double quotes");
    if (!readKey(key)) return false;
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != ':')
        return syntaxError("a colon is missing after a field name");
    ++m_pos;
    first = false;
    return true;
}

bool JsonReader::tryMember(bool& first, std::string_view name) {
    skipWhitespace();
    const char* p = m_pos;
    if (!first) {
        if (p >= m_end || *p != ',') return false;
        ++p;
        while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    }
    const std::size_t n = name.size();
    if (static_cast<std::size_t>(m_end - p) < n + 2 || *p != '"' || p[n + 1] != '"') return false;
    for (std::size_t i = 0; i < n; ++i)
        if (p[i + 1] != name[i]) return false;
    p += n + 2;
    while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    if (p >= m_end || *p != ':') return false;
    m_pos = p + 1;
    first = false;
    return true;
}

bool JsonReader::nextElement(bool& first) {
    skipWhitespace();
    if (m_pos >= m_end) return syntaxError("the file ends too early, as if it had been cut short");
    if (*m_pos == ']') {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (!first) {
        if (*m_pos != ',') return syntaxError("a comma or a closing ] is missing");
        ++m_pos;
    }
    first = false;
    return true;
}

bool JsonReader::readKey(std::string_view& key) {
    // Fast path: plain ASCII name without escapes, returned as a view of the input.
    const char* start = m_pos + 1;
    const auto* scan = skipPlainJsonBytes(reinterpret_cast<const unsigned char*>(start),
                                          reinterpret_cast<const unsigned char*>(m_end));
    const char* p = reinterpret_cast<const char*>(scan);
    while (p < m_end && kStringClass[static_cast<unsigned char>(*p)] == 0) ++p;
    if (p < m_end && *p == '"') {
        key = std::string_view(start, static_cast<size_t>(p - start));
        m_pos = p + 1;
    } else {
        m_pos = start;
        m_keyScratch.clear();
        if (!decodeString(m_keyScratch)) return false;
        key = m_keyScratch;
    }
    return true;
}

bool JsonReader::readString(std::string& out) {
    ++m_pos;  // opening quote
    out.clear();
    return decodeString(out);
}

bool JsonReader::decodeString(std::string& out) {
    const auto* p = reinterpret_cast<const unsigned char*>(m_pos);
    const auto* end = reinterpret_cast<const unsigned char*>(m_end);
    const auto* run = p;
    for (;;) {
        p = skipPlainJsonBytes(p, end);
        while (p < end && kStringClass[*p] == 0) ++p;
        if (p >= end)
            return syntaxErrorAt(m_end,
                                 "the file ends inside a text value (a closing '\"' is missing)");
        switch (kStringClass[*p]) {
            case 1:
                out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
                m_pos = reinterpret_cast<const char*>(p + 1);
                return true;
            case 2:
                out.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
                m_pos = reinterpret_cast<const char*>(p);
                if (!decodeEscape(out)) return false;
                p = run = reinterpret_cast<const unsigned char*>(m_pos);
                break;
            case 3:
                return syntaxErrorAt(reinterpret_cast<const char*>(p),
                                     *p == 0
                                         ? "a text value contains a NUL byte"
                                         : "a text value contains a raw control character "
                                           "(line breaks and tabs must be written as \\n and \\t)");
            default: {
                const size_t length = utf8SequenceLength(p, end);
                if (length == 0)
                    return syntaxErrorAt(reinterpret_cast<const char*>(p),
                                         "a text value is not valid UTF-8");
                p += length;
            }
        }
    }
}

bool JsonReader::decodeEscape(std::string& out) {
    const char* at = m_pos;  // the backslash
    if (m_end - at < 2) return syntaxErrorAt(m_end, "the file ends inside a text value");
    const char kind = at[1];
    m_pos = at + 2;
    switch (kind) {
        case '"':
            out.push_back('"');
            return true;
        case '\\':
            out.push_back('\\');
            return true;
        case '/':
            out.push_back('/');
            return true;
        case 'b':
            out.push_back('\b');
            return true;
        case 'f':
            out.push_back('\f');
            return true;
        case 'n':
            out.push_back('\n');
            return true;
        case 'r':
            out.push_back('\r');
            return true;
        case 't':
            out.push_back('\t');
            return true;
        case 'u':
            break;
        default:
            return syntaxErrorAt(at, "a text value contains an invalid escape sequence");
    }
    auto hex4 = [&](const char* p) -> long {
        if (m_end - p < 4) return -1;
        long value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(p[i]);
            if (digit < 0) return -1;
            value = value * 16 + digit;
        }
        return value;
    };
    const long unit = hex4(at + 2);
    if (unit < 0) return syntaxErrorAt(at, "a text value contains an invalid \\u escape");
    m_pos = at + 6;
    if (unit == 0) return syntaxErrorAt(at, "a text value contains a NUL character (\\u0000)");
    std::uint32_t codePoint = static_cast<std::uint32_t>(unit);
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return syntaxErrorAt(at, "a text value contains an unpaired surrogate escape");
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        const long low =
            (m_end - m_pos >= 6 && m_pos[0] == '\\' && m_pos[1] == 'u') ? hex4(m_pos + 2) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
            return syntaxErrorAt(at, "a text value contains an unpaired surrogate escape");
        codePoint = 0x10000 + ((static_cast<std::uint32_t>(unit) - 0xD800) << 10) +
                    (static_cast<std::uint32_t>(low) - 0xDC00);
        m_pos += 6;
    }
    appendUtf8(out, codePoint);
    return true;
}

bool JsonReader::readNumber(std::string_view& lexeme, bool& integral) {
    const char* p = m_pos;
    if (p < m_end && *p == '-') ++p;
    if (p >= m_end || !isDigit(*p)) return syntaxErrorAt(p, "a number is written wrongly");
    if (*p == '0')
        ++p;
    else
        while (p < m_end && isDigit(*p)) ++p;
    integral = true;
    if (p < m_end && *p == '.') {
        ++p;
        integral = false;
        if (p >= m_end || !isDigit(*p)) return syntaxErrorAt(p, "a number is written wrongly");
        while (p < m_end && isDigit(*p)) ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        integral = false;
        if (p < m_end && (*p == '+' || *p == '-')) ++p;
        if (p >= m_end || !isDigit(*p)) return syntaxErrorAt(p, "a number is written wrongly");
        while (p < m_end && isDigit(*p)) ++p;
    }
    lexeme = std::string_view(m_pos, static_cast<size_t>(p - m_pos));
    m_pos = p;
    return true;
}

bool JsonReader::expectLiteral(std::string_view word) {
    if (static_cast<size_t>(m_end - m_pos) < word.size() ||
        std::string_view(m_pos, word.size()) != word)
        return syntaxError(
            "unexpected word (expected true, false, null, a number, text, a list or an object)");
    m_pos += word.size();
    return true;
}

bool JsonReader::readBool(bool& out) {
    out = *m_pos == 't';
    return expectLiteral(out ? "true" : "false");
}

bool JsonReader::readNull() { return expectLiteral("null"); }

bool JsonReader::copyValue(std::string* out, std::size_t maxTextBytes) {
    switch (peek()) {
        case JsonKind::Object: {
            if (!beginObject()) return false;
            if (out) out->push_back('{');
            KeySet names;
            bool first = true;
            std::string_view key;
            std::size_t count = 0;
            while (nextMember(first, key)) {
                std::string name(key);  // key's storage is reused by nested reads
                if (out) {
                    if (!names.insert(name)) {
                        contentError("The member \"" + name +
                                     "\" appears twice in the same object.");
                        pushPath(name);
                        return false;
                    }
                    if (count++ > 0) out->push_back(',');
                    appendJsonString(*out, name);
                    out->push_back(':');
                }
                if (!copyValue(out, maxTextBytes)) {
                    pushPath(name);
                    return false;
                }
            }
            if (m_failed) return false;
            if (out) out->push_back('}');
            return true;
        }
        case JsonKind::Array: {
            if (!beginArray()) return false;
            if (out) out->push_back('[');
            bool first = true;
            std::size_t index = 0;
            while (nextElement(first)) {
                if (out && index > 0) out->push_back(',');
                if (!copyValue(out, maxTextBytes)) {
                    pushPath(index);
                    return false;
                }
                ++index;
            }
            if (m_failed) return false;
            if (out) out->push_back(']');
            return true;
        }
        case JsonKind::String: {
            std::string text;
            if (!readString(text)) return false;
            if (text.size() > maxTextBytes)
                return contentError("A text is too long: Keystone keeps at most " +
                                    std::to_string(maxTextBytes >> 10) +
                                    " KB of text there. Shorten it and open the file again.");
            if (out) appendJsonString(*out, text);
            return true;
        }
        case JsonKind::Number: {
            std::string_view lexeme;
            bool integral = false;
            if (!readNumber(lexeme, integral)) return false;
            if (out) out->append(lexeme);
            return true;
        }
        case JsonKind::True:
        case JsonKind::False: {
            bool value = false;
            if (!readBool(value)) return false;
            if (out) out->append(value ? "true" : "false");
            return true;
        }
        case JsonKind::Null:
            if (!readNull()) return false;
            if (out) out->append("null");
            return true;
        case JsonKind::End:
            return syntaxError("the file ends too early, as if it had been cut short");
        case JsonKind::Invalid:
            break;
    }
    const auto c = static_cast<unsigned char>(*m_pos);
    if (c >= 0x20 && c < 0x7F)
        return syntaxError(std::string("there is a stray \xE2\x80\x9C") + static_cast<char>(c) +
                           "\xE2\x80\x9D where a value should be");
    return syntaxError("there are unreadable (binary) characters where a value should be");
}

bool JsonReader::syntaxError(std::string_view detail) { return syntaxErrorAt(m_pos, detail); }

bool JsonReader::syntaxErrorAt(const char* position, std::string_view detail) {
    if (m_failed) return false;
    m_failed = true;
    m_syntax = true;
    m_message = detail;
    m_errorPos = position < m_end ? position : m_end;
    return false;
}

bool JsonReader::contentError(std::string message) {
    if (m_failed) return false;
    m_failed = true;
    m_syntax = false;
    m_message = std::move(message);
    return false;
}

void JsonReader::pushPath(std::string_view memberName) {
    if (m_syntax) return;  // syntax errors are located by line and column
    std::string segment;
    segment.reserve(memberName.size());
    for (char c : memberName) {
        if (c == '~')
            segment += "~0";
        else if (c == '/')
            segment += "~1";
        else
            segment.push_back(c);
    }
    m_path.push_back(std::move(segment));
}

void JsonReader::pushPath(std::size_t index) {
    if (!m_syntax) m_path.push_back(std::to_string(index));
}

std::string JsonReader::lineColumn(const char* position) const {
    std::size_t line = 1;
    std::size_t column = 1;
    for (const char* p = m_begin; p < position; ++p) {
        if (*p == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
            ++column;  // count characters, not UTF-8 continuation bytes
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

Error JsonReader::error() const {
    if (m_syntax)
        return Error{"This plan file is damaged: " + m_message +
                         ". It may have been cut short or changed by another program; export it "
                         "again from Keystone or ask the sender for a new copy.",
                     lineColumn(m_errorPos)};
    std::string pointer;
    for (auto it = m_path.rbegin(); it != m_path.rend(); ++it) pointer += "/" + *it;
    return Error{m_message, pointer};
}

bool jsonNumberToDouble(std::string_view lexeme, double& out) {
    // strtod follows the C locale's decimal point, so swap '.' for it; cap the length so a
    // hostile 10-million-digit number cannot make the conversion slow.
    if (lexeme.size() > 800) return false;
    char buffer[832];
    const char point = *std::localeconv()->decimal_point;
    size_t n = 0;
    for (char c : lexeme) buffer[n++] = c == '.' ? point : c;
    buffer[n] = '\0';
    const double value = std::strtod(buffer, nullptr);
    if (value > 1.7976931348623157e308 || value < -1.7976931348623157e308) return false;
    out = value;
    return true;
}

bool jsonNumberToInt64(std::string_view lexeme, std::int64_t& out) {
    size_t i = 0;
    const bool negative = !lexeme.empty() && lexeme[0] == '-';
    if (negative) i = 1;
    std::uint64_t magnitude = 0;
    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    for (; i < lexeme.size(); ++i) {
        if (!isDigit(lexeme[i])) return false;
        const auto digit = static_cast<std::uint64_t>(lexeme[i] - '0');
        if (magnitude > (limit - digit) / 10) return false;
        magnitude = magnitude * 10 + digit;
    }
    out =
        negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return true;
}

}  // namespace keystone
