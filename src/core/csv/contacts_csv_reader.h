// Internal to the CSV contact import: libcsv driven line by line, so every record knows the
// line it starts on, plus the text clean-up both the preview and the import need.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct csv_parser;

namespace keystone::csvimport {

// UTF-8 text of the file: BOM removed; Windows-1252 converted when the bytes are not UTF-8.
std::string decodeText(std::string_view bytes);

// Trims ASCII spaces and tabs at both ends.
std::string_view trim(std::string_view text);

// Cuts `text` to at most `maxBytes` without splitting a UTF-8 character; true when cut.
bool shorten(std::string& text, std::size_t maxBytes);

// Lowercase ASCII, inner whitespace runs collapsed to one space, trimmed: name matching.
std::string nameKey(std::string_view text);

class CsvReader {
public:
    // Called once per record that has at least one non-empty cell, with the 1-based line
    // the record starts on. Returning false stops reading.
    using OnRecord = std::function<bool(int line, std::vector<std::string>& cells)>;

    explicit CsvReader(std::string_view text);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads about `budgetBytes` more of the text (whole lines); true when all is read.
    bool read(std::size_t budgetBytes, const OnRecord& onRecord);
    std::size_t offset() const { return m_offset; }
    std::size_t size() const { return m_text.size(); }
    bool failed() const { return m_failed; }  // libcsv ran out of memory

    // libcsv callbacks (C linkage would need free functions; these forward to members).
    void field(const char* data, std::size_t length);
    void recordEnd();

private:
    std::string_view m_text;
    std::size_t m_offset = 0;
    int m_line = 0;          // line being fed
    int m_pendingStart = 1;  // line where the next record would start
    int m_recordStart = 0;   // line of the record being built; 0 = none
    bool m_stopped = false;
    bool m_finished = false;
    bool m_failed = false;
    std::vector<std::string> m_cells;
    const OnRecord* m_onRecord = nullptr;
    csv_parser* m_parser = nullptr;
};

}  // namespace keystone::csvimport
