// The text inside a CSV file: which encoding its bytes are in, turning them into UTF-8, and
// cleaning each cell so what is imported is text a plan can hold.
//
// Contents: CsvEncoding · csvEncodingLabel · detectCsvEncoding · decodeCsvText
//           · cleanCellText · shortenUtf8 · trimSpaces
//
// Spreadsheets and CRMs write four encodings: UTF-8 (Excel's "CSV UTF-8" adds a byte-order
// mark), UTF-16 with a byte-order mark (Excel's "Unicode Text", little-endian), and
// Windows-1252 (Excel's plain "CSV" on Windows in the Americas and Western Europe).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace keystone {

enum class CsvEncoding : std::uint8_t {
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252,
};
constexpr int kCsvEncodingCount = 4;

std::string_view csvEncodingLabel(CsvEncoding);  // "UTF-8", "UTF-16 LE", "Windows-1252"

// From the byte-order mark when there is one; then UTF-16 when every other byte of the start
// is zero (a file saved without a mark); otherwise UTF-8 when every byte sequence is valid
// UTF-8, else Windows-1252 (no other single-byte encoding is common in CRM exports).
CsvEncoding detectCsvEncoding(std::string_view bytes);

// The file as UTF-8, its byte-order mark removed. Always valid UTF-8, whatever the bytes:
// sequences the encoding cannot read become U+FFFD, so a wrong choice by the rep shows up
// as visible junk in the preview rather than as an error.
std::string decodeCsvText(std::string_view bytes, CsvEncoding encoding);

// Removes what a plan must not hold and a rep cannot see: NUL and the other control
// characters (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF. Line breaks become "\n"
// when `keepLineBreaks` (notes), otherwise a space, as tabs do. Input must be valid UTF-8.
// Never makes the text longer.
void cleanCellText(std::string& text, bool keepLineBreaks);

// Cuts `text` to at most `maxBytes` without splitting a UTF-8 character; true when cut.
bool shortenUtf8(std::string& text, std::size_t maxBytes);

// `text` without the ASCII spaces and tabs at either end.
std::string_view trimSpaces(std::string_view text);

}  // namespace keystone
