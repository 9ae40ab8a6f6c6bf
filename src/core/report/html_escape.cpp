#include "core/report/html_escape.h"

#include <cstdint>

namespace keystone {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence starting at text[i] and its code point, or 0 when the
// bytes there are not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF
// included), so the caller can replace exactly one byte and carry on.
std::size_t decodeAt(std::string_view text, std::size_t i, std::uint32_t& codePoint) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    std::uint32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, minimum = 0x80, codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, minimum = 0x800, codePoint = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, minimum = 0x10000, codePoint = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0u) != 0x80u) return 0;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF) return 0;
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return 0;
    return length;
}

// Characters that have no business in printed text and that some viewers mishandle, and
// the ones XML forbids outright (C0 controls, U+FFFE, U+FFFF): one of those in a name
// makes an SVG file that no viewer opens. Surrogates never get here (invalid UTF-8 above).
bool isDropped(std::uint32_t c) {
    if (c == '\t' || c == '\n') return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

// Walks cleaned text: calls emit(codePoint, bytes) for every kept character, with the
// replacement character for invalid bytes.
template <class Emit>
void forEachClean(std::string_view text, Emit emit) {
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t codePoint = 0;
        const std::size_t length = decodeAt(text, i, codePoint);
        if (length == 0) {
            emit(0xFFFDu, kReplacement);
            ++i;
            continue;
        }
        if (!isDropped(codePoint)) emit(codePoint, text.substr(i, length));
        i += length;
    }
}

}  // namespace

void appendEscapedHtml(std::string& out, std::string_view text) {
    out.reserve(out.size() + text.size());
    forEachClean(text, [&](std::uint32_t c, std::string_view bytes) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += bytes;
                break;
        }
    });
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    appendEscapedHtml(out, text);
    return out;
}

std::string cleanText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    forEachClean(text, [&](std::uint32_t, std::string_view bytes) { out += bytes; });
    return out;
}

std::string truncateText(std::string_view text, std::size_t maxChars) {
    const std::string clean = cleanText(text);
    std::size_t chars = 0;
    std::size_t cut = std::string::npos;  // byte offset after maxChars - 1 code points
    for (std::size_t i = 0; i < clean.size(); ++i) {
        if ((static_cast<unsigned char>(clean[i]) & 0xC0u) == 0x80u) continue;  // continuation
        if (chars + 1 == maxChars) cut = i;
        ++chars;
    }
    if (chars <= maxChars) return clean;
    if (maxChars == 0) return {};
    std::string out = clean.substr(0, cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();  // "Chief …" not "Chief  …"
    return out + "\xE2\x80\xA6";                               // U+2026 …
}

}  // namespace keystone
