#include "core/csv/contacts_csv_reader.h"

#include <csv.h>

#include <cstdint>
#include <new>

namespace keystone::csvimport {
namespace {

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
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
        } else
            return false;
        if (i + extra >= s.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252 0x80..0x9F; the five undefined bytes become U+FFFD.
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void onField(void* data, std::size_t length, void* self) {
    static_cast<CsvReader*>(self)->field(static_cast<const char*>(data), length);
}
void onRecordEnd(int, void* self) { static_cast<CsvReader*>(self)->recordEnd(); }

}  // namespace

std::string decodeText(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (isValidUtf8(bytes)) return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out += ch;
        else if (c < 0xA0)
            appendUtf8(out, kCp1252High[c - 0x80]);
        else
            appendUtf8(out, c);
    }
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

bool shorten(std::string& text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return false;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return true;
}

std::string nameKey(std::string_view text) {
    std::string out;
    bool space = false;
    for (char ch : trim(text)) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return out;
}

CsvReader::CsvReader(std::string_view text) : m_text(text) {
    m_parser = new (std::nothrow) csv_parser;
    if (!m_parser || csv_init(m_parser, 0) != 0) m_failed = true;
}

CsvReader::~CsvReader() {
    if (m_parser) {
        if (!m_failed) csv_free(m_parser);
        delete m_parser;
    }
}

void CsvReader::field(const char* data, std::size_t length) {
    if (m_stopped) return;
    if (m_recordStart == 0) m_recordStart = m_pendingStart;
    m_cells.emplace_back(data ? data : "", data ? length : 0);
}

void CsvReader::recordEnd() {
    const int line = m_recordStart == 0 ? m_pendingStart : m_recordStart;
    m_recordStart = 0;
    bool empty = true;
    for (const std::string& cell : m_cells) empty = empty && trim(cell).empty();
    if (!m_stopped && !empty && m_onRecord && !(*m_onRecord)(line, m_cells)) m_stopped = true;
    m_cells.clear();
}

bool CsvReader::read(std::size_t budgetBytes, const OnRecord& onRecord) {
    if (m_failed || m_stopped || m_finished) return true;
    m_onRecord = &onRecord;
    const std::size_t stopAt = m_offset + budgetBytes;
    while (m_offset < m_text.size() && m_offset < stopAt && !m_stopped) {
        // One physical line per call (LF, CRLF or a lone CR ends it), so a record that
        // starts while libcsv is between rows starts on this line.
        std::size_t end = m_offset;
        while (end < m_text.size() && m_text[end] != '\n' &&
               !(m_text[end] == '\r' && (end + 1 >= m_text.size() || m_text[end + 1] != '\n')))
            ++end;
        end = end < m_text.size() ? end + 1 : end;
        ++m_line;
        if (m_parser->pstate == 0) m_pendingStart = m_line;  // ROW_NOT_BEGUN
        const std::size_t length = end - m_offset;
        if (csv_parse(m_parser, m_text.data() + m_offset, length, onField, onRecordEnd, this) !=
            length) {
            m_failed = true;  // only out of memory: the parser is not strict
            break;
        }
        m_offset = end;
    }
    if (!m_failed && !m_stopped && m_offset >= m_text.size()) {
        csv_fini(m_parser, onField, onRecordEnd, this);
        m_finished = true;
    }
    m_onRecord = nullptr;
    return m_failed || m_stopped || m_finished;
}

}  // namespace keystone::csvimport
