// libFuzzer target for the contacts CSV import (core/csv): any bytes, read as a contacts file
// in the format detectCsvFormat guesses and in one other format a rep could choose.
//
// The invariants are the ones contacts_csv.h and csv_text.h state:
//   - decoding gives valid UTF-8 whatever the bytes and the encoding; cleaning a cell never
//     makes it longer and leaves no control character; shortening cuts at a character;
//   - the preview either fails with a message or names every column, and its cells are clean;
//   - every data row is imported or counted as skipped, and every skipped row has a problem on
//     its line with a reason; problems are sorted by line and each has a reason;
//   - an imported person has a name, clean valid UTF-8 within the plan format's bounds, a fresh
//     id, the import's stamp, and a manager who is in the file or the plan (never themselves);
//   - the account with everyone imported passes checkPlan and reads back to the same bytes,
//     and the import command adds them all and its undo removes them all;
//   - reading the file in small steps gives the same import as reading it in one go.
// A broken invariant aborts, so libFuzzer saves the input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/contacts_csv.h"
#include "core/csv/csv_text.h"
#include "core/model/ids.h"
#include "core/model/portfolio.h"
#include "core/plan_format/plan_format.h"

using namespace keystone;

namespace {

const std::string kNow = "2026-11-24T10:00:00Z";

[[noreturn]] void broken(const char* invariant) {
    std::fprintf(stderr, "csv_import_fuzzer: broken invariant: %s\n", invariant);
    std::abort();
}

void require(bool holds, const char* invariant) {
    if (!holds) broken(invariant);
}

// Strict UTF-8 (RFC 3629): shortest forms, no surrogates, nothing past U+10FFFF.
bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1, cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2, cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3, cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = cp << 6 | (d & 0x3Fu);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += n + 1;
    }
    return true;
}

// No NUL or other C0 control (line breaks and tabs only where allowed), no DEL, no C1 control
// (U+0080..U+009F), no non-character U+FFFE/U+FFFF. `s` is valid UTF-8.
bool isClean(std::string_view s, bool lineBreaks) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && !(lineBreaks && (c == '\n' || c == '\t'))) return false;
        if (c == 0x7F) return false;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0)
            return false;
        if (c == 0xEF && (s.substr(i + 1, 2) == "\xBF\xBE" || s.substr(i + 1, 2) == "\xBF\xBF"))
            return false;
    }
    return true;
}

void requireText(std::string_view s, std::size_t maxBytes, bool lineBreaks, const char* invariant) {
    require(s.size() <= maxBytes && isValidUtf8(s) && isClean(s, lineBreaks), invariant);
}

// The plan the people join: someone to be a manager by name, an email already taken.
const Account& planAccount() {
    static const Account account = [] {
        Account a;
        a.id = "0123456789abcdef0123456789abcdef";
        a.name = "Northwind";
        Stakeholder ana;
        ana.id = "00000000000000000000000000000001";
        ana.name = "Ana Silva";
        ana.email = "ana@x.example";
        Stakeholder pat;
        pat.id = "00000000000000000000000000000002";
        pat.name = "Pat Unknown";
        pat.managerId = ana.id;
        a.stakeholders = {ana, pat};
        return a;
    }();
    return account;
}

void checkTextLayer(std::string_view bytes) {
    // Without a byte-order mark or the zeros of UTF-16: UTF-8 exactly when the bytes are.
    const CsvEncoding guessed = detectCsvEncoding(bytes);
    if (guessed == CsvEncoding::Utf8 && bytes.substr(0, 3) != "\xEF\xBB\xBF")
        require(isValidUtf8(bytes), "bytes read as UTF-8 are UTF-8");
    if (guessed == CsvEncoding::Windows1252)
        require(!isValidUtf8(bytes), "bytes read as Windows-1252 are not UTF-8");
    for (int e = 0; e < kCsvEncodingCount; ++e) {
        const std::string text = decodeCsvText(bytes, static_cast<CsvEncoding>(e));
        require(isValidUtf8(text), "decoding gives valid UTF-8");
        for (bool lineBreaks : {false, true}) {
            std::string cell = text;
            cleanCellText(cell, lineBreaks);
            require(cell.size() <= text.size(), "cleaning never makes text longer");
            require(isValidUtf8(cell) && isClean(cell, lineBreaks), "cleaned text is clean");
            const std::size_t cut = bytes.size() / 3;
            shortenUtf8(cell, cut);
            require(cell.size() <= cut && isValidUtf8(cell),
                    "shortening cuts at a character boundary");
        }
    }
}

void checkPreview(const Result<ContactCsvPreview>& preview, const CsvFormat& format,
                  std::size_t maxRows) {
    if (!preview.ok()) {
        require(!preview.error().message.empty(), "a refused preview says why");
        return;
    }
    const ContactCsvPreview& p = preview.value();
    require(p.format.encoding == format.encoding && p.format.separator == format.separator,
            "the preview reads the format it was given");
    require(p.mapping.headers.size() == p.mapping.fields.size() && !p.mapping.headers.empty(),
            "the preview maps every column");
    for (std::size_t i = 0; i < p.mapping.headers.size(); ++i) {
        requireText(p.mapping.headers[i], kMaxShortTextBytes, false, "headers are clean");
        require(guessContactField(p.mapping.headers[i]) == p.mapping.fields[i],
                "the mapping is the guess from each header");
    }
    require(p.rows.size() <= maxRows, "the preview shows at most maxRows rows");
    for (const auto& row : p.rows)
        for (const std::string& cell : row)
            require(isValidUtf8(cell) && isClean(cell, true), "preview cells are clean");
    const bool named = std::any_of(p.mapping.fields.begin(), p.mapping.fields.end(), [](auto f) {
        return f == ContactField::FirstName || f == ContactField::LastName ||
               f == ContactField::FullName;
    });
    require(p.usable == named, "a preview is usable when a name column is mapped");
    require(p.source == "Salesforce" || p.source == "HubSpot" || p.source == "CSV",
            "the source is one the rep knows");
}

// The import with ids replaced by positions, so two runs (fresh random ids each) compare.
std::string importShape(const ContactImport& r) {
    std::string out = std::to_string(r.rowsRead) + "/" + std::to_string(r.skippedRows) + "/" +
                      std::to_string(r.rowsWithProblems) + "\n";
    for (std::size_t i = 0; i < r.people.size(); ++i) {
        Stakeholder s = r.people[i];
        for (std::size_t j = 0; j < r.people.size(); ++j)
            if (!s.managerId.empty() && s.managerId == r.people[j].id)
                s.managerId = "#" + std::to_string(j);
        s.id.clear();
        PlanDocument one;
        one.account.stakeholders = {s};
        out += std::to_string(r.lines[i]) + " " + writePlan(one);
    }
    for (const ContactRowProblem& p : r.problems)
        out += std::to_string(p.line) + (p.skipped ? " skipped " : " kept ") + p.reason + "\n";
    return out;
}

void checkImport(const ContactImport& r, const Account& account) {
    require(r.people.size() + static_cast<std::size_t>(r.skippedRows) ==
                static_cast<std::size_t>(r.rowsRead),
            "every row is imported or skipped");
    require(r.lines.size() == r.people.size(), "every person has a line");
    for (std::size_t i = 1; i < r.lines.size(); ++i)
        require(r.lines[i - 1] < r.lines[i], "each person comes from a line of their own");
    require(std::is_sorted(r.problems.begin(), r.problems.end(),
                           [](const auto& a, const auto& b) { return a.line < b.line; }),
            "problems are sorted by line");

    std::set<int> problemLines, skippedLines;
    int skipped = 0;
    for (const ContactRowProblem& p : r.problems) {
        require(!p.reason.empty() && isValidUtf8(p.reason), "every problem has a reason");
        require(p.line >= 1, "every problem has a line");
        problemLines.insert(p.line);
        if (p.skipped) ++skipped, skippedLines.insert(p.line);
    }
    require(static_cast<int>(problemLines.size()) == r.rowsWithProblems,
            "rowsWithProblems counts the lines with problems");
    // Rows over the plan's size limit share one problem; below it, one problem per row.
    if (account.stakeholders.size() + r.people.size() < kMaxStakeholders)
        require(skipped == r.skippedRows, "every skipped row is reported on its line");
    for (int line : r.lines)
        require(skippedLines.count(line) == 0, "an imported row is not also reported skipped");

    std::set<std::string> ids, emails;
    for (const Stakeholder& s : account.stakeholders) ids.insert(s.id);
    for (const Stakeholder& s : r.people) {
        require(isValidId(s.id) && ids.insert(s.id).second, "every person gets a fresh id");
        require(s.updated == kNow, "every person carries the import's stamp");
        require(!s.name.empty(), "every person has a name");
        for (const std::string* text :
             {&s.name, &s.title, &s.department, &s.businessUnit, &s.email, &s.phone, &s.location})
            requireText(*text, kMaxShortTextBytes, false, "short texts are clean and bounded");
        requireText(s.notes, kMaxLongTextBytes, true, "notes are clean and bounded");
        if (!s.email.empty() && s.email.size() < kMaxShortTextBytes) {
            std::string key = s.email;
            for (char& c : key)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            require(emails.insert(key).second, "an email is imported once");
        }
    }
    for (const Stakeholder& s : r.people)
        require(s.managerId.empty() || (s.managerId != s.id && ids.count(s.managerId)),
                "a manager is someone in the file or the plan");

    PlanDocument plan;
    plan.account = account;
    plan.account.stakeholders.insert(plan.account.stakeholders.end(), r.people.begin(),
                                     r.people.end());
    if (const auto problem = checkPlan(plan)) {
        std::fprintf(stderr, "%s (at %s)\n", problem->message.c_str(), problem->location.c_str());
        broken("the account with the imported people passes checkPlan");
    }
    const std::string text = writePlan(plan);
    auto again = readPlan(text);
    require(again.ok() && writePlan(again.value()) == text, "the plan reads back unchanged");

    Portfolio portfolio;
    portfolio.accounts.push_back(account);
    const Command command = importContactsCommand(account.id, r.people);
    command.apply(portfolio);
    require(
        portfolio.accounts[0].stakeholders.size() == account.stakeholders.size() + r.people.size(),
        "the import command adds everyone");
    command.revert(portfolio);
    PlanDocument before, after;
    before.account = account;
    after.account = portfolio.accounts[0];
    require(writePlan(after) == writePlan(before), "undoing the import removes everyone");
}

ContactColumnMapping mappingFor(const Result<ContactCsvPreview>& preview) {
    if (preview.ok() && preview.value().usable) return preview.value().mapping;
    // No name column guessed: map the columns in turn so rows still reach the import.
    static constexpr ContactField kOrder[] = {
        ContactField::FullName,    ContactField::ManagerName, ContactField::ExternalId,
        ContactField::ManagerId,   ContactField::Email,       ContactField::Title,
        ContactField::Notes,       ContactField::FirstName,   ContactField::LastName,
        ContactField::Phone,       ContactField::Location,    ContactField::Department,
        ContactField::BusinessUnit};
    ContactColumnMapping mapping;
    const std::size_t columns = preview.ok() ? preview.value().mapping.headers.size() : 1;
    for (std::size_t i = 0; i < columns; ++i) {
        mapping.headers.push_back("Column " + std::to_string(i + 1));
        mapping.fields.push_back(kOrder[i % std::size(kOrder)]);
    }
    return mapping;
}

void importIn(std::string_view bytes, const CsvFormat& format, std::size_t budget) {
    constexpr std::size_t kPreviewRows = 3;
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes, format, kPreviewRows);
    checkPreview(preview, format, kPreviewRows);
    const ContactColumnMapping mapping = mappingFor(preview);
    const Account& account = planAccount();
    const ContactImport whole = parseContacts(bytes, format, mapping, account, kNow);
    checkImport(whole, account);

    ContactCsvParser parser;
    parser.start(bytes, format, mapping, account, kNow);
    double last = 0;
    for (std::size_t steps = 0; !parser.step(budget); ++steps) {
        const double progress = parser.progress();
        require(progress >= last && progress <= 1.0, "progress only moves forward");
        require(steps <= bytes.size(), "the import ends");
        last = progress;
    }
    require(parser.progress() == 1.0, "a finished import is at 100%");
    require(importShape(parser.finish()) == importShape(whole),
            "reading in steps gives the same import");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    checkTextLayer(bytes);

    const CsvFormat detected = detectCsvFormat(bytes);
    require(std::find(std::begin(kCsvSeparators), std::end(kCsvSeparators), detected.separator) !=
                    std::end(kCsvSeparators) ||
                detected.separatorLine,
            "the separator guessed is one a rep can choose, or the file named it");
    importIn(bytes, detected, 1 + size % 61);

    // The rep may pick another encoding or separator: the same guarantees hold.
    CsvFormat chosen;
    chosen.encoding = static_cast<CsvEncoding>(size % kCsvEncodingCount);
    chosen.separator = kCsvSeparators[(size / kCsvEncodingCount) % std::size(kCsvSeparators)];
    importIn(bytes, chosen, std::size_t{1} << 18);
    return 0;
}
