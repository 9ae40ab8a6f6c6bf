// Internal to the CSV contact import: the records of a contacts file, as both the preview
// and the import read them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/csv/csv_records.h"

namespace keystone::csvimport {

// The decoded text of a file and a reader over it, past any "sep=" line, blank lines
// skipped. Owns the text; cells come out as written (cleanCellText is the caller's, since
// only notes keep their line breaks).
class ContactRecords {
public:
    ContactRecords(std::string_view bytes, const CsvFormat& format);
    ContactRecords(const ContactRecords&) = delete;
    ContactRecords& operator=(const ContactRecords&) = delete;

    bool next(CsvRecord& record);  // the next record with a non-blank cell; false at the end
    double progress() const;       // 0..1 of the text read
    std::size_t offset() const { return m_reader.offset(); }  // bytes of text read
    int lastLine() const { return m_reader.lastLine(); }

private:
    std::string m_text;
    CsvRecordReader m_reader;
};

// Lowercase ASCII, inner whitespace runs collapsed to one space, trimmed: name matching.
std::string nameKey(std::string_view text);

}  // namespace keystone::csvimport
