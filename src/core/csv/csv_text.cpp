#include "core/csv/csv_text.h"

namespace keystone {
namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

// The code point of the UTF-8 sequence at `s[i]` and its length; length 0 when the bytes
// there are not a valid, shortest-form sequence.
std::size_t readUtf8(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (i + extra >= s.size()) return 0;
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (d & 0x3Fu);
    }
    if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return extra + 1;
}

bool isValidUtf8(std::string_view s) {
    std::uint32_t cp = 0;
    for (std::size_t i = 0, n = 0; i < s.size(); i += n)
        if ((n = readUtf8(s, i, cp)) == 0) return false;
    return true;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252 bytes 0x80..0x9F (the Unicode Consortium's CP1252.TXT). The five bytes the
// code page leaves undefined map to the C1 control of the same value, as Windows and the
// WHATWG Encoding Standard do; cleanCellText then removes them like any control character.
constexpr std::uint16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
};

std::string fromUtf8(std::string_view bytes) {
    if (isValidUtf8(bytes)) return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t n = readUtf8(bytes, i, cp);
        if (n == 0) {
            appendUtf8(out, kReplacement);
            ++i;
        } else {
            out.append(bytes.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string fromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out += ch;
        else if (c < 0xA0)
            appendUtf8(out, kWindows1252High[c - 0x80]);
        else
            appendUtf8(out, c);  // 0xA0..0xFF are Latin-1, the same code points
    }
    return out;
}

std::string fromUtf16(std::string_view bytes, bool littleEndian) {
    std::string out;
    out.reserve(bytes.size());
    auto unitAt = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return littleEndian ? (std::uint32_t{b} << 8 | a) : (std::uint32_t{a} << 8 | b);
    };
    const std::size_t end = bytes.size() & ~std::size_t{1};  // a last odd byte is half a unit
    for (std::size_t i = 0; i < end; i += 2) {
        const std::uint32_t unit = unitAt(i);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 2 < end) {
            const std::uint32_t low = unitAt(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        appendUtf8(out, unit >= 0xD800 && unit <= 0xDFFF ? kReplacement : unit);
    }
    return out;
}

bool startsWith(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string_view csvEncodingLabel(CsvEncoding encoding) {
    switch (encoding) {
        case CsvEncoding::Utf8:
            return "UTF-8";
        case CsvEncoding::Utf16LittleEndian:
            return "UTF-16 LE";
        case CsvEncoding::Utf16BigEndian:
            return "UTF-16 BE";
        case CsvEncoding::Windows1252:
            return "Windows-1252";
    }
    return "UTF-8";
}

CsvEncoding detectCsvEncoding(std::string_view bytes) {
    if (startsWith(bytes, "\xEF\xBB\xBF")) return CsvEncoding::Utf8;
    if (startsWith(bytes, "\xFF\xFE")) return CsvEncoding::Utf16LittleEndian;
    if (startsWith(bytes, "\xFE\xFF")) return CsvEncoding::Utf16BigEndian;
    // Without a mark, UTF-16 text of a Latin-script export has a zero in every other byte and
    // almost none in the others; a file whose cells are padded with NUL has them on both.
    const std::string_view head = bytes.substr(0, 1024);
    std::size_t evenZeros = 0, oddZeros = 0;
    for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
        evenZeros += head[i] == '\0';
        oddZeros += head[i + 1] == '\0';
    }
    const std::size_t pairs = head.size() / 2;
    if (pairs >= 4) {
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs)
            return CsvEncoding::Utf16LittleEndian;
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs)
            return CsvEncoding::Utf16BigEndian;
    }
    return isValidUtf8(bytes) ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

std::string decodeCsvText(std::string_view bytes, CsvEncoding encoding) {
    switch (encoding) {
        case CsvEncoding::Utf8:
            if (startsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
            return fromUtf8(bytes);
        case CsvEncoding::Utf16LittleEndian:
            if (startsWith(bytes, "\xFF\xFE")) bytes.remove_prefix(2);
            return fromUtf16(bytes, true);
        case CsvEncoding::Utf16BigEndian:
            if (startsWith(bytes, "\xFE\xFF")) bytes.remove_prefix(2);
            return fromUtf16(bytes, false);
        case CsvEncoding::Windows1252:
            return fromWindows1252(bytes);
    }
    return fromUtf8(bytes);
}

void cleanCellText(std::string& text, bool keepLineBreaks) {
    std::size_t to = 0;
    const std::size_t n = text.size();
    for (std::size_t from = 0; from < n;) {
        const auto c = static_cast<unsigned char>(text[from]);
        if (c < 0x20 || c == 0x7F) {
            if (c == '\r' && from + 1 < n && text[from + 1] == '\n') {
                ++from;  // CRLF is one line break: keep its LF
                continue;
            }
            const bool lineBreak = c == '\n' || c == '\r';
            if (lineBreak || c == '\t')
                text[to++] = keepLineBreaks ? (lineBreak ? '\n' : '\t') : ' ';
            ++from;
            continue;
        }
        // C1 controls U+0080..U+009F are C2 80..C2 9F; U+FFFE/U+FFFF are EF BF BE/BF.
        if (c == 0xC2 && from + 1 < n && static_cast<unsigned char>(text[from + 1]) < 0xA0) {
            from += 2;
            continue;
        }
        if (c == 0xEF && from + 2 < n && text[from + 1] == '\xBF' &&
            (text[from + 2] == '\xBE' || text[from + 2] == '\xBF')) {
            from += 3;
            continue;
        }
        text[to++] = text[from++];
    }
    text.resize(to);
}

bool shortenUtf8(std::string& text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return false;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return true;
}

std::string_view trimSpaces(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace keystone
