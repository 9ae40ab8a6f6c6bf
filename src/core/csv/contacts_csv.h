// Importing contacts from a CRM's CSV export (Salesforce, HubSpot, or any spreadsheet) as
// stakeholders. The bytes are read by core/csv/csv_text.h and csv_records.h.
//
// Contents: ContactField · ContactColumnMapping · ContactCsvPreview · previewContactsCsv
//           · ContactRowProblem · ContactImport · contactImportSummary · ContactCsvParser
//           · parseContacts · importContactsCommand · text
//
// The flow: previewContactsCsv reads the header and guesses what each column is; the rep
// confirms or changes the mapping; ContactCsvParser then reads every row (in steps, so the
// UI can show progress), and finish() resolves managers. A row with a problem is reported
// with its line number and a reason in the rep's words; good rows are never dropped because
// of a bad one. Rows that cannot become a person (no name, already in the plan, over the
// plan's size limit, a quote that breaks the row) are skipped; smaller problems (manager not
// found, text shortened) keep the row and just say what was changed.
//
// Text: the encoding (UTF-8 with or without a byte-order mark, UTF-16 with one, else
// Windows-1252) and the separator (comma, semicolon, tab, a "sep=" first line) are detected
// (CsvFormat) and the rep may change either. Line ends LF, CRLF or CR, mixed; quoted cells may
// hold separators, quotes ("") and line breaks. Control characters and NUL are removed, and
// every field is cut to the plan format's bounds (core/plan_format/plan_format.h) at a
// character boundary, so an imported person always passes the checks a plan is loaded with.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/csv_records.h"
#include "core/editing/command_history.h"
#include "core/model/account.h"
#include "core/model/result.h"

namespace keystone {

// What one CSV column holds.
enum class ContactField : std::uint8_t {
    Ignore,      // not imported
    ExternalId,  // the CRM's record id ("Id", "Contact ID", "Record ID"): managers refer to it
    FirstName,
    LastName,
    FullName,  // "Name", "Full Name": used when there are no first/last columns
    Title,     // "Title", "Job Title"
    Department,
    BusinessUnit,  // "Business Unit", "Division"
    Email,
    Phone,        // "Phone", "Phone Number", "Mobile Phone" (first non-empty wins)
    Location,     // "City", "Mailing City", "Location"
    ManagerId,    // "ReportsToId", "Reports To ID": the manager's record id
    ManagerName,  // "Reports To", "Manager": the manager's name (or record id)
    Notes,        // "Description", "Notes"
};
constexpr int kContactFieldCount = 14;

std::string_view contactFieldKey(ContactField);    // "manager-name"
std::string_view contactFieldLabel(ContactField);  // "Reports to (name)"
ContactField contactFieldAt(int index);            // 0..kContactFieldCount-1

// One entry per column of the file, in column order.
struct ContactColumnMapping {
    std::vector<std::string> headers;  // header cells as written (BOM removed)
    std::vector<ContactField> fields;  // what each column holds; same size as headers
};

// What the first rows of a file look like, for the confirm-the-mapping step.
struct ContactCsvPreview {
    CsvFormat format;                            // how the file was read
    ContactColumnMapping mapping;                // guessed from the header
    std::string source;                          // "Salesforce", "HubSpot" or "CSV"
    std::vector<std::vector<std::string>> rows;  // up to maxRows data rows, cells as text
    bool usable = false;                         // a name column (first/last/full) is mapped
};

// Reads the header and the first `maxRows` rows in `format`. Fails only when there is no
// header at all (empty file), the header's quotes never close, or the file is larger than
// the plan format allows.
Result<ContactCsvPreview> previewContactsCsv(std::string_view bytes, const CsvFormat& format,
                                             std::size_t maxRows = 5);
// The same, in the format detectCsvFormat guesses.
Result<ContactCsvPreview> previewContactsCsv(std::string_view bytes, std::size_t maxRows = 5);

// Guesses one column from its header text: case, spaces, '_', '-' and '.' are ignored.
ContactField guessContactField(std::string_view header);

struct ContactRowProblem {
    int line = 0;          // 1-based line in the file where the row starts
    std::string reason;    // "No name: the row has no first, last or full name"
    bool skipped = false;  // true: the row was not imported; false: imported as described
};

struct ContactImport {
    std::vector<Stakeholder> people;          // ready to add, file order; fresh ids and stamps
    std::vector<int> lines;                   // people[i] came from line lines[i]
    std::vector<ContactRowProblem> problems;  // by line
    int rowsRead = 0;                         // data rows seen (not counting empty lines)
    int skippedRows = 0;                      // rows not imported
    int rowsWithProblems = 0;                 // distinct rows with at least one problem
};

// "10 imported, 2 skipped": what the rep is told once the people are in the plan.
std::string contactImportSummary(const ContactImport&);

// Reads a whole file in steps. Typical use: start, then step() each UI frame until it
// returns true, then finish(). Copies nothing large: `bytes` must outlive the parser.
class ContactCsvParser {
public:
    ContactCsvParser();
    ~ContactCsvParser();
    ContactCsvParser(const ContactCsvParser&) = delete;
    ContactCsvParser& operator=(const ContactCsvParser&) = delete;

    // `account` is the plan the people join: its people count toward the size limit,
    // are candidates for managers, and an email already in it skips the row. `now` is the
    // `updated` stamp for the new people.
    void start(std::string_view bytes, const CsvFormat& format, ContactColumnMapping mapping,
               const Account& account, std::string now);
    // Parses about `budgetBytes` more; true when the whole file has been read.
    bool step(std::size_t budgetBytes = std::size_t{1} << 18);
    double progress() const;  // 0..1 of the bytes read
    // Resolves managers and returns the result; call once after step() returned true.
    ContactImport finish();

private:
    struct State;
    std::unique_ptr<State> m;
};

// The whole job in one call. `progress` (optional) gets 0..1 after each step.
ContactImport parseContacts(std::string_view bytes, const CsvFormat& format,
                            const ContactColumnMapping& mapping, const Account& account,
                            const std::string& now,
                            const std::function<void(double)>& progress = {});

// Adds every imported person to the account as ONE undo step; undo removes them all.
Command importContactsCommand(const std::string& accountId, std::vector<Stakeholder> people);

}  // namespace keystone
