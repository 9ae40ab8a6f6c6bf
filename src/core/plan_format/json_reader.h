// A strict, bounded pull reader over the bytes of one JSON document (RFC 8259).
//
// The plan reader walks the document with it and decodes values straight into the
// model, so no DOM is built. It is meant for hostile input: every access is bounds-
// checked, nesting is capped (unknown values are the only recursion and stop at the cap),
// strings must be valid UTF-8 without raw control characters, and no exception is used.
// The first error wins and stops the walk; callers return false up the stack and add
// their JSON pointer segment on the way (pushPath), so a successful read pays nothing
// for error locations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/model/result.h"

namespace keystone {

// Member names seen in one object, to reject duplicates. Linear while small (the usual
// case), hashed beyond 16 names so a hostile object with many members stays linear.
class KeySet {
public:
    bool insert(const std::string& key);  // false when already present

private:
    std::vector<std::string> m_small;
    std::unordered_set<std::string> m_large;
};

enum class JsonKind : std::uint8_t {
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
    Invalid,
    End
};

class JsonReader {
public:
    JsonReader(std::string_view bytes, int maxDepth);

    std::size_t offset() const { return static_cast<std::size_t>(m_pos - m_begin); }
    int depth() const { return m_depth; }
    // Goes back to an offset seen earlier at the given nesting depth (deferred values).
    void seek(std::size_t offset, int depth);

    JsonKind peek();  // skips whitespace; kind of the next value from its first byte
    bool atEnd();     // skips whitespace; true when nothing else follows

    // Containers. After beginObject, nextMember returns true for each member (key set,
    // positioned at its value) and false at '}' or on error (see failed()).
    bool beginObject();
    bool nextMember(bool& first, std::string_view& key);  // key valid until the next read
    // Fast path for the member a caller expects next: consumes [","] "name" ":" when the next
    // member is exactly `name` (written without escapes) and returns true; otherwise changes
    // nothing that matters and returns false, and the caller uses nextMember.
    bool tryMember(bool& first, std::string_view name);
    bool beginArray();
    bool nextElement(bool& first);

    // Scalars; each expects peek() to have returned the matching kind.
    bool readString(std::string& out);                          // decoded, replaces out
    bool readNumber(std::string_view& lexeme, bool& integral);  // validated JSON number
    bool readBool(bool& out);
    bool readNull();

    // Reads any value and appends it to *out as canonical compact JSON (members in file
    // order, strings re-escaped canonically, numbers verbatim); nullptr only validates.
    // Rejects duplicate member names (when copying) and texts over maxTextBytes.
    bool copyValue(std::string* out, std::size_t maxTextBytes);

    // ---- errors --------------------------------------------------------------------------
    bool failed() const { return m_failed; }
    bool syntaxError(std::string_view detail);  // at the current position; returns false
    bool syntaxErrorAt(const char* position, std::string_view detail);
    bool contentError(std::string message);      // located by the path; returns false
    void pushPath(std::string_view memberName);  // innermost first, while unwinding
    void pushPath(std::size_t index);
    Error error() const;  // message + "line:column" or pointer

private:
    void skipWhitespace() {
        while (m_pos < m_end &&
               (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool readKey(std::string_view& key);
    bool decodeString(std::string& out);  // m_pos just after the opening quote
    bool decodeEscape(std::string& out);  // m_pos at the backslash
    bool expectLiteral(std::string_view word);
    std::string lineColumn(const char* position) const;

    const char* m_begin;
    const char* m_pos;
    const char* m_end;
    int m_depth = 0;
    int m_maxDepth;
    std::string m_keyScratch;  // decoded member names that contained escapes

    bool m_failed = false;
    bool m_syntax = false;
    std::string m_message;
    const char* m_errorPos = nullptr;
    std::vector<std::string> m_path;  // pointer segments, innermost first
};

// Converts a validated JSON number to a double; false when it overflows to infinity.
bool jsonNumberToDouble(std::string_view lexeme, double& out);
// Converts a validated integral JSON number; false when it does not fit in int64.
bool jsonNumberToInt64(std::string_view lexeme, std::int64_t& out);

}  // namespace keystone
