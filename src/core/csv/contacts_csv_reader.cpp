#include "core/csv/contacts_csv_reader.h"

#include <algorithm>

namespace keystone::csvimport {

ContactRecords::ContactRecords(std::string_view bytes, const CsvFormat& format)
    : m_text(decodeCsvText(bytes, format.encoding)), m_reader(m_text, format.separator) {
    // Excel's "sep=" line is never data, even when the rep chose another separator.
    char named = 0;
    if (const std::size_t length = csvSeparatorLine(m_text, named)) m_reader.skipPrefix(length, 1);
}

bool ContactRecords::next(CsvRecord& record) {
    while (m_reader.next(record)) {
        // A line of nothing but spaces and control characters is as empty as a blank line.
        const bool blank = std::all_of(record.cells.begin(), record.cells.end(), [](const auto& c) {
            return std::all_of(c.begin(), c.end(), [](char ch) {
                return static_cast<unsigned char>(ch) <= ' ' || ch == '\x7F';
            });
        });
        if (!blank || record.quoteNeverClosed) return true;
    }
    return false;
}

double ContactRecords::progress() const {
    if (m_reader.size() == 0) return 1.0;
    return static_cast<double>(m_reader.offset()) / static_cast<double>(m_reader.size());
}

std::string nameKey(std::string_view text) {
    std::string out;
    bool space = false;
    for (char ch : trimSpaces(text)) {
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

}  // namespace keystone::csvimport
