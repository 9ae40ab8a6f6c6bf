#include "core/csv/csv_records.h"

#include <algorithm>

namespace keystone {
namespace {

// The separator is guessed from this much of the file: enough for the header and the first
// rows of any export, and it keeps guessing cheap on a 100,000-row file.
constexpr std::size_t kGuessBytes = std::size_t{64} << 10;
constexpr int kGuessRecords = 10;  // non-blank records compared per candidate

bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

bool isBlank(const CsvRecord& record) {
    return std::all_of(record.cells.begin(), record.cells.end(),
                       [](const std::string& cell) { return trimSpaces(cell).empty(); });
}

struct SeparatorFit {
    std::size_t headerCells = 0;  // cells in the first non-blank record
    int rowsCompared = 0;         // non-blank records after it
    int rowsMatching = 0;         // ...with as many cells as the header
    double consistency() const {
        return rowsCompared == 0 ? 1.0 : static_cast<double>(rowsMatching) / rowsCompared;
    }
};

SeparatorFit fitOf(std::string_view text, char separator) {
    SeparatorFit fit;
    CsvRecordReader reader(text, separator);
    CsvRecord record;
    bool header = true;
    for (int seen = 0; seen < kGuessRecords && reader.next(record);) {
        if (isBlank(record)) continue;
        ++seen;
        if (header) {
            fit.headerCells = record.cells.size();
            header = false;
            continue;
        }
        ++fit.rowsCompared;
        // A row cut by the end of the sample is not evidence either way.
        if (record.quoteNeverClosed || (!record.endsWithLineBreak && text.size() >= kGuessBytes))
            --fit.rowsCompared;
        else if (record.cells.size() == fit.headerCells)
            ++fit.rowsMatching;
    }
    return fit;
}

}  // namespace

std::string csvSeparatorLabel(char separator) {
    switch (separator) {
        case ',':
            return "comma";
        case ';':
            return "semicolon";
        case '\t':
            return "tab";
        case '|':
            return "vertical bar";
        case ' ':
            return "space";
        default:
            return std::string("\u201C") + separator + "\u201D";
    }
}

std::size_t csvSeparatorLine(std::string_view text, char& separator) {
    // Excel writes sep=X bare; a file re-saved by another tool may have the line quoted.
    const bool quoted = !text.empty() && text.front() == '"';
    std::string_view rest = text.substr(quoted ? 1 : 0);
    if (rest.size() < 5) return 0;
    std::string key(rest.substr(0, 4));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    const char candidate = rest[4];
    if (key != "sep=" || isLineBreak(candidate) || candidate == '"') return 0;
    std::size_t end = (quoted ? 1 : 0) + 5;
    if (quoted) {
        if (end >= text.size() || text[end] != '"') return 0;
        ++end;
    }
    if (end < text.size() && !isLineBreak(text[end])) return 0;
    if (end < text.size() && text[end] == '\r') ++end;
    if (end < text.size() && text[end] == '\n') ++end;
    separator = candidate;
    return end;
}

char guessCsvSeparator(std::string_view text) {
    char best = kCsvSeparators[0];
    SeparatorFit bestFit;
    for (char separator : kCsvSeparators) {
        const SeparatorFit fit = fitOf(text, separator);
        if (fit.headerCells < 2) continue;  // one column: this is not what separates them
        const bool better =
            bestFit.headerCells < 2 || fit.consistency() > bestFit.consistency() ||
            (fit.consistency() == bestFit.consistency() && fit.headerCells > bestFit.headerCells);
        if (better) {
            best = separator;
            bestFit = fit;
        }
    }
    return best;
}

CsvFormat detectCsvFormat(std::string_view bytes) {
    CsvFormat format;
    format.encoding = detectCsvEncoding(bytes);
    // Twice the sample in bytes, so UTF-16 still yields about kGuessBytes of text.
    const std::string sample = decodeCsvText(bytes.substr(0, 2 * kGuessBytes), format.encoding);
    const std::string_view text = std::string_view(sample).substr(0, kGuessBytes);
    char named = ',';
    if (const std::size_t length = csvSeparatorLine(text, named)) {
        format.separator = named;
        format.separatorLine = true;
        return format;
    }
    format.separator = guessCsvSeparator(text);
    return format;
}

CsvRecordReader::CsvRecordReader(std::string_view text, char separator)
    : m_text(text), m_separator(separator) {}

void CsvRecordReader::skipPrefix(std::size_t bytes, int lines) {
    m_offset = std::min(bytes, m_text.size());
    m_line += lines;
}

bool CsvRecordReader::takeLineBreak() {
    if (m_offset >= m_text.size() || !isLineBreak(m_text[m_offset])) return false;
    if (m_text[m_offset] == '\r' && m_offset + 1 < m_text.size() && m_text[m_offset + 1] == '\n')
        ++m_offset;
    ++m_offset;
    ++m_line;
    return true;
}

void CsvRecordReader::readQuotedCell(CsvRecord& record, std::string& cell) {
    const std::size_t size = m_text.size();
    for (;;) {
        std::size_t quote = m_offset;
        while (quote < size && m_text[quote] != '"') {
            const char c = m_text[quote];
            if (c == '\n' || (c == '\r' && (quote + 1 >= size || m_text[quote + 1] != '\n')))
                ++m_line;
            ++quote;
        }
        cell.append(m_text.substr(m_offset, quote - m_offset));
        if (quote >= size) {
            m_offset = size;
            record.quoteNeverClosed = true;
            return;
        }
        m_offset = quote + 1;
        if (m_offset < size && m_text[m_offset] == '"') {  // "" is one quote inside the cell
            cell += '"';
            ++m_offset;
            continue;
        }
        std::size_t after = m_offset;
        while (after < size && m_text[after] == ' ') ++after;
        if (after >= size || m_text[after] == m_separator || isLineBreak(m_text[after]))
            m_offset = after;
        else
            record.textAfterQuote = true;  // the caller reads the rest as unquoted text
        return;
    }
}

bool CsvRecordReader::next(CsvRecord& record) {
    const std::size_t size = m_text.size();
    if (m_offset >= size) return false;
    record.cells.clear();
    record.line = m_line;
    record.textAfterQuote = false;
    record.quoteNeverClosed = false;
    record.endsWithLineBreak = true;
    std::string cell;
    for (;;) {
        // Spaces before an opening quote (`a, "b, c"`) are how people type CSV by hand.
        std::size_t start = m_offset;
        while (start < size && m_text[start] == ' ' && m_separator != ' ') ++start;
        if (start < size && m_text[start] == '"') {
            m_offset = start + 1;
            readQuotedCell(record, cell);
        }
        std::size_t end = m_offset;
        while (end < size && m_text[end] != m_separator && !isLineBreak(m_text[end])) ++end;
        cell.append(m_text.substr(m_offset, end - m_offset));
        m_offset = end;
        record.cells.push_back(std::move(cell));
        cell.clear();
        if (m_offset >= size) {
            record.endsWithLineBreak = false;
            break;
        }
        if (m_text[m_offset] == m_separator) {
            ++m_offset;
            continue;
        }
        record.lastLine = m_line;
        takeLineBreak();
        return true;
    }
    record.lastLine = m_line;
    return true;
}

}  // namespace keystone
