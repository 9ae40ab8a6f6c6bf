// Splitting CSV text into records and cells, and guessing how a file is laid out.
//
// Contents: CsvFormat · csvSeparatorLabel · kCsvSeparators · detectCsvFormat
//           · CsvRecord · CsvRecordReader
//
// The rules are what spreadsheets write and read (RFC 4180, read leniently): a cell may be
// quoted, a quoted cell may hold separators, line breaks and doubled quotes (""); lines end
// in CRLF, LF or a lone CR, mixed in one file. A quote inside an unquoted cell is text.
// Text after a closing quote (`"5" screen"`) is kept, as Excel does, and the record says so.
// A quote opened and never closed cannot be read safely: the record says where it started.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/csv_text.h"

namespace keystone {

// How a file is laid out: what its bytes are and what separates its cells.
struct CsvFormat {
    CsvEncoding encoding = CsvEncoding::Utf8;
    char separator = ',';        // ',', ';', '\t', '|', or whatever a "sep=" line names
    bool separatorLine = false;  // the file named the separator in a first line "sep=X"
};

// The separators a rep can choose, in the order ties are broken when guessing.
constexpr char kCsvSeparators[] = {',', ';', '\t', '|'};

std::string csvSeparatorLabel(char separator);  // "comma", "semicolon", "tab", "\"#\""

// Guesses the encoding (detectCsvEncoding) and the separator: a first line "sep=X" names it;
// otherwise the separator that splits the first lines into the same number of cells as the
// header (quotes respected), preferring more cells, then the order of kCsvSeparators.
CsvFormat detectCsvFormat(std::string_view bytes);

// The separator in `text` (already decoded) when it guesses; "sep=" lines are not looked at.
char guessCsvSeparator(std::string_view text);

// The length of a first line "sep=X" (its line break included) and X; 0 when there is none.
std::size_t csvSeparatorLine(std::string_view text, char& separator);

struct CsvRecord {
    int line = 0;                    // 1-based physical line the record starts on
    int lastLine = 0;                // line it ends on (later when a quoted cell holds breaks)
    std::vector<std::string> cells;  // as written, quotes removed; not yet cleaned
    bool textAfterQuote = false;     // a cell had text after its closing quote
    bool quoteNeverClosed = false;   // a quoted cell ran to the end of the file
    bool endsWithLineBreak = true;   // false for a last line with no line break after it
};

// Reads records one at a time from decoded text, tracking physical line numbers. Copies
// nothing large: `text` must outlive the reader.
class CsvRecordReader {
public:
    CsvRecordReader(std::string_view text, char separator);

    // Skips `bytes` at the start (a "sep=" line) that count as `lines` lines.
    void skipPrefix(std::size_t bytes, int lines);
    // The next record, blank lines included (one empty cell); false at the end of the text.
    bool next(CsvRecord& record);
    std::size_t offset() const { return m_offset; }
    std::size_t size() const { return m_text.size(); }
    int lastLine() const { return m_line; }  // physical lines read so far

private:
    // Consumes a line break at m_offset if there is one (CRLF, LF or CR); true when it did.
    bool takeLineBreak();
    void readQuotedCell(CsvRecord& record, std::string& cell);

    std::string_view m_text;
    char m_separator;
    std::size_t m_offset = 0;
    int m_line = 1;  // physical line at m_offset
};

}  // namespace keystone
