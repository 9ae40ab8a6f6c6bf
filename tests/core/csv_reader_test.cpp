// The CSV reader under the contact import: encodings, separators, line endings, quotes and
// the characters a plan must not hold. Contact-level behaviour is in contacts_csv_test.cpp.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/csv/csv_records.h"
#include "core/csv/csv_text.h"

using namespace keystone;

namespace {

std::vector<CsvRecord> recordsOf(std::string_view text, char separator) {
    std::vector<CsvRecord> records;
    CsvRecordReader reader(text, separator);
    CsvRecord record;
    while (reader.next(record)) records.push_back(record);
    return records;
}

std::string utf16(const std::u16string& text, bool littleEndian) {
    std::string bytes = littleEndian ? "\xFF\xFE" : "\xFE\xFF";
    for (char16_t unit : text) {
        const char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
        bytes += littleEndian ? low : high;
        bytes += littleEndian ? high : low;
    }
    return bytes;
}

}  // namespace

TEST_CASE("UTF-8 with a byte-order mark is detected and the mark is not part of the text") {
    const std::string bytes = "\xEF\xBB\xBFName,Title\nZo\xC3\xAB,CEO\n";
    CHECK(detectCsvEncoding(bytes) == CsvEncoding::Utf8);
    CHECK(decodeCsvText(bytes, CsvEncoding::Utf8) == "Name,Title\nZoë,CEO\n");
}

TEST_CASE("UTF-8 without a byte-order mark is read as UTF-8") {
    CHECK(detectCsvEncoding("Name\nJos\xC3\xA9 \xC3\x91\xC3\xBA\xC3\xB1\x65z\n") ==
          CsvEncoding::Utf8);
    CHECK(detectCsvEncoding("Name\nplain ascii\n") == CsvEncoding::Utf8);
}

TEST_CASE("UTF-16 little-endian with a byte-order mark is Excel's Unicode Text, tab separated") {
    const std::string bytes = utf16(u"Name\tTitle\r\nZoë Müller\tCEO \u2013 EMEA\r\n", true);
    const CsvFormat format = detectCsvFormat(bytes);
    CHECK(format.encoding == CsvEncoding::Utf16LittleEndian);
    CHECK(format.separator == '\t');
    CHECK(decodeCsvText(bytes, format.encoding) == "Name\tTitle\r\nZoë Müller\tCEO – EMEA\r\n");
}

TEST_CASE("UTF-16 big-endian with a byte-order mark is detected, surrogate pairs included") {
    const std::string bytes = utf16(u"Name;Note\n\U0001F600 Ann;x\n", false);
    const CsvFormat format = detectCsvFormat(bytes);
    CHECK(format.encoding == CsvEncoding::Utf16BigEndian);
    CHECK(format.separator == ';');
    CHECK(decodeCsvText(bytes, format.encoding) == "Name;Note\n\U0001F600 Ann;x\n");
}

TEST_CASE("Bytes that are not valid UTF-8 are read as Windows-1252 with its real 0x80-0x9F table") {
    const std::string bytes = "Name\nM\xFCller \x80 \x96 \x93q\x94 \x9F \x8A\n";
    CHECK(detectCsvEncoding(bytes) == CsvEncoding::Windows1252);
    CHECK(decodeCsvText(bytes, CsvEncoding::Windows1252) ==
          "Name\nMüller € \u2013 \u201Cq\u201D \u0178 \u0160\n");
}

TEST_CASE("The five bytes Windows-1252 leaves undefined are removed with the control characters") {
    std::string text = decodeCsvText(
        "a\x81\x8D\x8F\x90\x9D"
        "b",
        CsvEncoding::Windows1252);
    cleanCellText(text, false);
    CHECK(text == "ab");
}

TEST_CASE(
    "A wrong encoding chosen by the rep gives visible replacement characters, never bad UTF-8") {
    CHECK(decodeCsvText("M\xFCller", CsvEncoding::Utf8) == "M\uFFFDller");
    const std::string loneSurrogate(
        "\xFF\xFE"
        "A\x00\x00\xD8"
        "B",
        7);  // then half a unit
    CHECK(decodeCsvText(loneSurrogate, CsvEncoding::Utf16LittleEndian) == "A\uFFFD");
}

TEST_CASE("Comma, semicolon and tab separators are guessed from consistent cell counts") {
    CHECK(detectCsvFormat("Name,Title,Email\nAna,CEO,a@x\nBen,CTO,b@x\n").separator == ',');
    CHECK(detectCsvFormat("Name;Title;Email\nM\xC3\xBCller, Zo\xC3\xAB;CEO;a@x\nBen;CTO;b@x\n")
              .separator == ';');
    CHECK(detectCsvFormat("Name\tTitle\nAna\tCEO, EMEA\nBen\tCTO\n").separator == '\t');
}

TEST_CASE("Separators inside quotes do not count when guessing") {
    // Counted naively, every line has as many commas as semicolons.
    const std::string text =
        "Name;Title;Notes\n\"Ana, A.\";CEO;\"x, y\"\n\"Ben, B.\";CTO;\"z, w\"\n";
    CHECK(guessCsvSeparator(text) == ';');
}

TEST_CASE("A one-column file is read with commas") {
    CHECK(detectCsvFormat("Name\nAna\nBen\n").separator == ',');
}

TEST_CASE("A first line sep=X names the separator and is not data") {
    const CsvFormat format = detectCsvFormat("sep=;\r\nName,Title;Email\r\nAna,B;a@x\r\n");
    CHECK(format.separator == ';');
    CHECK(format.separatorLine);
    char named = 0;
    CHECK(csvSeparatorLine("\"sep=|\"\nName|Title\n", named) == 8);
    CHECK(named == '|');
    CHECK(csvSeparatorLine("separator,x\n", named) == 0);
    CHECK(csvSeparatorLine("sep=;;\n", named) == 0);
}

TEST_CASE("CRLF, LF, lone CR and mixed line endings each end one line") {
    const auto records = recordsOf("a,b\r\nc,d\ne,f\rg,h\r\n\ni,j", ',');
    REQUIRE(records.size() == 6);
    CHECK(records[1].cells == std::vector<std::string>{"c", "d"});
    CHECK(records[2].line == 3);
    CHECK(records[3].cells == std::vector<std::string>{"g", "h"});
    CHECK(records[3].line == 4);
    CHECK(records[4].cells == std::vector<std::string>{""});  // the blank line 5
    CHECK(records[5].line == 6);
    CHECK_FALSE(records[5].endsWithLineBreak);
}

TEST_CASE("Quoted cells hold separators, doubled quotes and line breaks, counted as lines") {
    const auto records = recordsOf("n,t\n\"A, B\",\"say \"\"hi\"\"\r\nthen\rbye\"\nC,D\n", ',');
    REQUIRE(records.size() == 3);
    CHECK(records[1].cells[0] == "A, B");
    CHECK(records[1].cells[1] == "say \"hi\"\r\nthen\rbye");
    CHECK(records[1].line == 2);
    CHECK(records[1].lastLine == 4);
    CHECK(records[2].line == 5);
}

TEST_CASE("A quote inside an unquoted cell is text, and text after a closing quote is kept") {
    const auto records = recordsOf("Bob \"B\" Smith,\"5\" screen\",x\n", ',');
    REQUIRE(records.size() == 1);
    CHECK(records[0].cells == std::vector<std::string>{"Bob \"B\" Smith", "5 screen\"", "x"});
    CHECK(records[0].textAfterQuote);
    CHECK_FALSE(recordsOf("a, \"b, c\" ,d\n", ',')[0].textAfterQuote);
    CHECK(recordsOf("a, \"b, c\" ,d\n", ',')[0].cells[1] == "b, c");
}

TEST_CASE("A quote that never closes says where its row started and where the file ended") {
    const auto records = recordsOf("n,t\na,\"open\nb,c\nd,e\n", ',');
    REQUIRE(records.size() == 2);
    CHECK(records[1].quoteNeverClosed);
    CHECK(records[1].line == 2);
    CHECK(records[1].lastLine == 5);
}

TEST_CASE("NUL and control characters are removed, never expanded") {
    std::string name =
        std::string("Ana\0 Sil", 8) + "va\x01\x1F\x7F\xC2\x85\xEF\xBF\xBE\xEF\xBF\xBF";
    const std::size_t before = name.size();
    cleanCellText(name, false);
    CHECK(name == "Ana Silva");
    CHECK(name.size() <= before);
    std::string notes = "line one\r\nline\ttwo\rthree";
    cleanCellText(notes, true);
    CHECK(notes == "line one\nline\ttwo\nthree");
    std::string title = "Head\r\nof\tSales";
    cleanCellText(title, false);
    CHECK(title == "Head of Sales");
    std::string text = "Zoë – 😀 ok";
    cleanCellText(text, false);
    CHECK(text == "Zoë – 😀 ok");
}

TEST_CASE("Text is shortened at a character boundary") {
    std::string text = "ééé";  // 6 bytes
    CHECK(shortenUtf8(text, 5));
    CHECK(text == "éé");
    CHECK_FALSE(shortenUtf8(text, 4));
}

TEST_CASE("UTF-16 saved without a byte-order mark is recognised from its zero bytes") {
    const std::string little = utf16(u"Name,Title\r\nAna,CEO\r\n", true).substr(2);
    const std::string big = utf16(u"Name,Title\r\nAna,CEO\r\n", false).substr(2);
    CHECK(detectCsvEncoding(little) == CsvEncoding::Utf16LittleEndian);
    CHECK(detectCsvEncoding(big) == CsvEncoding::Utf16BigEndian);
    CHECK(decodeCsvText(little, CsvEncoding::Utf16LittleEndian) == "Name,Title\r\nAna,CEO\r\n");
    // Cells padded with NUL have zeros at both parities: still UTF-8.
    CHECK(detectCsvEncoding("Name,Title\nAna" + std::string(40, '\0') + ",CEO\n") ==
          CsvEncoding::Utf8);
}
