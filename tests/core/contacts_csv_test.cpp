#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/csv/contacts_csv.h"
#include "core/editing/workspace.h"
#include "core/plan_format/plan_format.h"

using namespace keystone;

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(KEYSTONE_SOURCE_DIR) + "/tests/fixtures/csv/" + name,
                     std::ios::binary);
    REQUIRE(in);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

ContactColumnMapping mappingOf(const std::string& bytes) {
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes);
    REQUIRE(preview.ok());
    return preview.value().mapping;
}

ContactImport importOf(const std::string& bytes, const Account& account = {}) {
    const ContactImport r = parseContacts(bytes, detectCsvFormat(bytes), mappingOf(bytes), account,
                                          "2026-11-24T10:00:00Z");
    // Every row is either imported or listed as skipped.
    CHECK(r.people.size() + static_cast<std::size_t>(r.skippedRows) ==
          static_cast<std::size_t>(r.rowsRead));
    return r;
}

// The plan an import makes, written and read back as the app does at the next start.
Result<PlanDocument> reloadedWith(const ContactImport& r) {
    PlanDocument plan;
    plan.account.id = "0123456789abcdef0123456789abcdef";
    plan.account.name = "Imported";
    plan.account.stakeholders = r.people;
    return readPlan(writePlan(plan, PlanStyle::Compact));
}

std::vector<std::string> namesOf(const ContactImport& r) {
    std::vector<std::string> names;
    for (const Stakeholder& s : r.people) names.push_back(s.name);
    return names;
}

const Stakeholder* named(const ContactImport& r, const std::string& name) {
    for (const Stakeholder& s : r.people)
        if (s.name == name) return &s;
    return nullptr;
}

bool hasProblem(const ContactImport& r, int line, const std::string& words, bool skipped) {
    for (const ContactRowProblem& p : r.problems)
        if (p.line == line && p.reason.find(words) != std::string::npos && p.skipped == skipped)
            return true;
    return false;
}

}  // namespace

TEST_CASE("Salesforce report headers are detected whatever their case and spacing") {
    const std::string bytes = fixture("salesforce_report.csv");
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes);
    REQUIRE(preview.ok());
    const ContactCsvPreview& p = preview.value();
    CHECK(p.source == "Salesforce");
    CHECK(p.usable);
    REQUIRE(p.mapping.headers.size() == 10);
    CHECK(p.mapping.headers[0] == "First Name");  // the BOM is not part of the first header
    CHECK(p.mapping.fields[0] == ContactField::FirstName);
    CHECK(p.mapping.fields[6] == ContactField::ManagerName);
    CHECK(p.mapping.fields[7] == ContactField::ExternalId);
    CHECK(p.mapping.fields[8] == ContactField::Ignore);
    CHECK(p.rows.size() == 5);
    CHECK(guessContactField("  reports_to-ID ") == ContactField::ManagerId);
    CHECK(guessContactField("JOB TITLE") == ContactField::Title);
}

TEST_CASE("HubSpot exports are detected") {
    const Result<ContactCsvPreview> preview = previewContactsCsv(fixture("hubspot_export.csv"));
    REQUIRE(preview.ok());
    CHECK(preview.value().source == "HubSpot");
    CHECK(preview.value().mapping.fields[0] == ContactField::ExternalId);
    CHECK(preview.value().mapping.fields[3] == ContactField::Title);
    CHECK(preview.value().mapping.fields[5] == ContactField::Phone);
}

TEST_CASE(
    "A Salesforce report with BOM, CRLF and quoted commas and newlines imports every good row") {
    const ContactImport r = importOf(fixture("salesforce_report.csv"));
    CHECK(r.rowsRead == 11);
    CHECK(r.people.size() == 10);
    CHECK(r.skippedRows == 1);
    const Stakeholder* carlos = named(r, "Carlos Mendoza");
    REQUIRE(carlos);
    CHECK(carlos->title == "SVP, Global Supply Chain");
    CHECK(carlos->notes == "Prefers email.\nAsks for ROI numbers, always.");
    CHECK(carlos->seniority == Seniority::VicePresident);
    CHECK(named(r, "Aisha Rahman")->notes ==
          "Sponsor of the control tower, met at \"Logistics Summit\"");
    CHECK(named(r, "Margaret Okafor")->seniority == Seniority::CSuite);
    CHECK(named(r, "Aisha Rahman")->managerId == named(r, "Margaret Okafor")->id);
    CHECK(carlos->managerId == named(r, "Aisha Rahman")->id);
}

TEST_CASE("Line numbers count physical lines, so a quoted newline moves later rows down") {
    const ContactImport r = importOf(fixture("salesforce_report.csv"));
    // Carlos's notes span lines 4-5, line 9 is empty, line 13 has no name.
    CHECK(hasProblem(r, 13, "No name", true));
    CHECK(r.lines[2] == 4);
    CHECK(r.lines[3] == 6);
    CHECK(r.lines[6] == 10);
}

TEST_CASE("A manager name shared by two people is a problem, not a guess") {
    const ContactImport r = importOf(fixture("salesforce_report.csv"));
    const Stakeholder* wei = named(r, "Wei Zhang");
    REQUIRE(wei);
    CHECK(wei->managerId.empty());
    CHECK(hasProblem(r, 8, "matches 2 people", false));
}

TEST_CASE("A manager missing from the file and the plan is reported and the row kept") {
    const ContactImport r = importOf(fixture("salesforce_report.csv"));
    const Stakeholder* olga = named(r, "Ольга Петрова");
    REQUIRE(olga);
    CHECK(olga->managerId.empty());
    CHECK(hasProblem(r, 12, "is not in this file or the plan", false));
    CHECK(r.rowsWithProblems == 3);
}

TEST_CASE("Non-Latin names are kept and matched as managers") {
    const ContactImport r = importOf(fixture("salesforce_report.csv"));
    REQUIRE(named(r, "José Ñúñez"));
    REQUIRE(named(r, "伟 王"));
    const Stakeholder* fatima = named(r, "Fatima Al-Sayed");
    REQUIRE(fatima);
    CHECK(fatima->managerId == named(r, "Ольга Петрова")->id);
}

TEST_CASE("Managers are resolved against people already in the plan") {
    Account account;
    Stakeholder boss;
    boss.id = "0123456789abcdef0123456789abcdef";
    boss.name = "Pat  unknown";
    account.stakeholders.push_back(boss);
    const ContactImport r = importOf(fixture("salesforce_report.csv"), account);
    CHECK(named(r, "Ольга Петрова")->managerId == boss.id);
}

TEST_CASE("A manager named in the file is found there even when the plan has the same name") {
    Account account;
    Stakeholder twin;
    twin.id = "0123456789abcdef0123456789abcdef";
    twin.name = "Aisha Rahman";
    account.stakeholders.push_back(twin);
    const ContactImport r = importOf(fixture("salesforce_report.csv"), account);
    CHECK(named(r, "Carlos Mendoza")->managerId == named(r, "Aisha Rahman")->id);
    CHECK(r.rowsWithProblems == 3);
}

TEST_CASE("A HubSpot export skips nameless and repeated rows and keeps the rest") {
    const ContactImport r = importOf(fixture("hubspot_export.csv"));
    CHECK(r.people.size() == 5);
    CHECK(hasProblem(r, 6, "No name", true));
    CHECK(hasProblem(r, 7, "Same email as line 2", true));
    CHECK(hasProblem(r, 8, "more cells than the header", false));
    CHECK(named(r, "Diego Santos")->phone == "+1 (312) 555-0199, ext. 4");
    CHECK(named(r, "Michael Brennan")->seniority == Seniority::Director);
}

TEST_CASE("Someone whose email is already in the plan is not imported twice") {
    Account account;
    Stakeholder sarah;
    sarah.id = "0123456789abcdef0123456789abcdef";
    sarah.name = "Sarah L.";
    sarah.email = "SARAH@northwind.example";
    account.stakeholders.push_back(sarah);
    const ContactImport r = importOf(fixture("hubspot_export.csv"), account);
    CHECK(named(r, "Sarah Lindqvist") == nullptr);
    CHECK(hasProblem(r, 2, "already in the plan", true));
}

TEST_CASE("Reports-to ids resolve, and loops, self-managers and unknown ids are cut") {
    const ContactImport r = importOf(fixture("salesforce_dataloader.csv"));
    REQUIRE(r.people.size() == 6);
    const Stakeholder* ben = named(r, "Ben Loop");
    const Stakeholder* cleo = named(r, "Cleo Loop");
    CHECK(named(r, "Dev Child")->managerId == ben->id);
    CHECK((ben->managerId.empty() != cleo->managerId.empty()));  // exactly one link cut
    CHECK(hasProblem(r, 3, "go round in a circle", false));
    CHECK(named(r, "Eve Self")->managerId.empty());
    CHECK(hasProblem(r, 6, "their own manager", false));
    CHECK(hasProblem(r, 7, "\u201C003Z\u201D is not in this file", false));
}

TEST_CASE("An imported account passes the plan format's checks") {
    Account account;
    account.id = "0123456789abcdef0123456789abcdef";
    account.name = "Imported";
    for (const char* name :
         {"salesforce_report.csv", "hubspot_export.csv", "salesforce_dataloader.csv",
          "excel_windows1252.csv", "excel_unicode_text.txt", "stray_quote.csv", "cut_short.csv",
          "nul_and_controls.csv", "google_sheets.csv", "excel_csv_utf8.csv"}) {
        const ContactImport r = importOf(fixture(name), account);
        account.stakeholders.insert(account.stakeholders.end(), r.people.begin(), r.people.end());
    }
    PlanDocument plan;
    plan.account = account;
    const auto problem = checkPlan(plan);
    CHECK_MESSAGE(!problem, (problem ? problem->message + " at " + problem->location : ""));
}

TEST_CASE("A file saved by Excel in Windows-1252 keeps its accented names") {
    const ContactImport r = importOf(fixture("excel_windows1252.csv"));
    REQUIRE(r.people.size() == 2);
    CHECK(r.people[0].name == "Zoë Müller");
    CHECK(r.people[0].title == "Directrice Général, Opérations");
    CHECK(r.people[1].title == "Head of Café Ops \u2013 EMEA");
}

TEST_CASE("Too-long fields are shortened to the plan format's bounds at a character boundary") {
    std::string bytes = "Name,Title\n\"Ana Long\",\"";
    for (int i = 0; i < 600; ++i) bytes += "é";  // 1200 bytes
    bytes += "\"\n";
    const ContactImport r = importOf(bytes);
    REQUIRE(r.people.size() == 1);
    CHECK(r.people[0].title.size() == kMaxShortTextBytes);
    CHECK(hasProblem(r, 2, "Title was longer", false));
}

TEST_CASE("An empty file or a file with only a header gives a clear answer") {
    CHECK_FALSE(previewContactsCsv("").ok());
    CHECK_FALSE(previewContactsCsv("\xEF\xBB\xBF\r\n\r\n").ok());
    const ContactImport r = importOf("First Name,Last Name\r\n");
    CHECK(r.people.empty());
    CHECK(r.problems.empty());
}

TEST_CASE("Rows beyond the plan's stakeholder limit are reported once and not imported") {
    Account account;
    account.stakeholders.resize(kMaxStakeholders - 1);
    for (std::size_t i = 0; i < account.stakeholders.size(); ++i)
        account.stakeholders[i].id = std::to_string(i);
    const ContactImport r = importOf("Name\nA\nB\nC\n", account);
    CHECK(r.people.size() == 1);
    CHECK(r.skippedRows == 2);
    CHECK(hasProblem(r, 3, "this row and 1 more", true));
}

TEST_CASE("Ten thousand contacts import with progress and new stable ids") {
    std::string bytes = "Id,First Name,Last Name,Title,Reports To Id\r\n";
    for (int i = 0; i < 10000; ++i)
        bytes += "c" + std::to_string(i) + ",Person," + std::to_string(i) + ",\"Analyst, Team " +
                 std::to_string(i / 10) + "\"," +
                 (i == 0 ? std::string() : "c" + std::to_string((i - 1) / 5)) + "\r\n";
    int calls = 0;
    double last = 0;
    const ContactImport r = parseContacts(bytes, detectCsvFormat(bytes), mappingOf(bytes),
                                          Account{}, "2026-11-24T10:00:00Z", [&](double p) {
                                              ++calls;
                                              CHECK(p >= last);
                                              last = p;
                                          });
    CHECK(r.people.size() == 10000);
    CHECK(r.problems.empty());
    CHECK(calls >= 2);
    CHECK(last == 1.0);
    CHECK(r.people[9999].managerId == r.people[1999].id);
    CHECK(r.people[0].id.size() == 32);
    CHECK(r.people[0].updated == "2026-11-24T10:00:00Z");
}

TEST_CASE("The import is one undo step that adds and removes everyone") {
    Workspace workspace;
    Portfolio portfolio;
    Account account;
    account.id = "0123456789abcdef0123456789abcdef";
    Stakeholder existing;
    existing.id = "ffffffffffffffffffffffffffffffff";
    existing.name = "Already Here";
    account.stakeholders.push_back(existing);
    portfolio.accounts.push_back(account);
    workspace.load(portfolio);
    const ContactImport r = importOf(fixture("hubspot_export.csv"), account);
    workspace.execute(importContactsCommand(account.id, r.people));
    CHECK(workspace.portfolio().accounts[0].stakeholders.size() == 6);
    CHECK(workspace.history().undoDescription() == "Import 5 contacts");
    CHECK(workspace.undo());
    REQUIRE(workspace.portfolio().accounts[0].stakeholders.size() == 1);
    CHECK(workspace.portfolio().accounts[0].stakeholders[0].name == "Already Here");
    CHECK(workspace.redo());
    CHECK(workspace.portfolio().accounts[0].stakeholders.size() == 6);
}

TEST_CASE("NUL bytes in a cell are removed, so the account survives a reload intact") {
    const ContactImport r = importOf(fixture("nul_and_controls.csv"));
    CHECK(namesOf(r) == std::vector<std::string>{"Ana Silva", "Ben Ode"});
    CHECK(r.people[0].title == "Buyer");
    CHECK(r.people[0].notes == "Keepthis");
    CHECK(r.people[1].title.empty());
    const Result<PlanDocument> reloaded = reloadedWith(r);
    REQUIRE_MESSAGE(reloaded.ok(), reloaded.error().message);
    CHECK(reloaded.value().account.stakeholders.size() == 2);
    CHECK(reloaded.value().account.stakeholders[1].notes == "ok");
}

TEST_CASE("A field of NULs and text longer than the limit is cut, and the plan still loads") {
    std::string title;
    for (int i = 0; i < 700; ++i) title += std::string("\0\xC3\xA9", 3);  // NUL then é
    const ContactImport r =
        importOf("Name,Title,Notes\nAna,\"" + title + "\"," + std::string(70000, 'n') + "\n");
    REQUIRE(r.people.size() == 1);
    CHECK(r.people[0].title.size() == kMaxShortTextBytes);
    CHECK(r.people[0].title.find('\0') == std::string::npos);
    CHECK(r.people[0].notes.size() == kMaxLongTextBytes);
    CHECK(hasProblem(r, 2, "Title was longer", false));
    CHECK(hasProblem(r, 2, "Notes were longer", false));
    CHECK(reloadedWith(r).ok());
}

TEST_CASE("Excel's Unicode Text (UTF-16 LE, tabs) imports with accents and managers") {
    const std::string bytes = fixture("excel_unicode_text.txt");
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes);
    REQUIRE(preview.ok());
    CHECK(preview.value().format.encoding == CsvEncoding::Utf16LittleEndian);
    CHECK(preview.value().format.separator == '\t');
    CHECK(preview.value().mapping.headers[0] == "First Name");
    const ContactImport r = importOf(bytes);
    CHECK(namesOf(r) == std::vector<std::string>{"Zoë Müller", "Renée Façade", "Jürgen Weiß"});
    CHECK(r.people[1].title == "Head of Café Ops \u2013 EMEA");
    CHECK(r.people[2].managerId == r.people[0].id);
    CHECK(r.problems.empty());
}

TEST_CASE("A LibreOffice file with semicolons in Windows-1252 keeps Müller and quoted semicolons") {
    const std::string bytes = fixture("libreoffice_semicolon_cp1252.csv");
    const CsvFormat format = detectCsvFormat(bytes);
    CHECK(format.encoding == CsvEncoding::Windows1252);
    CHECK(format.separator == ';');
    const ContactImport r = importOf(bytes);
    CHECK(namesOf(r) == std::vector<std::string>{"Zoë Müller", "Renée Façade", "Jürgen Weiß"});
    CHECK(r.people[2].title == "Leiter Einkauf; DACH");
    CHECK(r.people[2].managerId == r.people[0].id);
}

TEST_CASE("The same file read with the wrong separator has one column and no usable name") {
    const std::string bytes = fixture("libreoffice_semicolon_cp1252.csv");
    CsvFormat comma = detectCsvFormat(bytes);
    comma.separator = ',';
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes, comma);
    REQUIRE(preview.ok());
    CHECK(preview.value().mapping.headers.size() == 1);
    CHECK_FALSE(preview.value().usable);
}

TEST_CASE("A first line sep=; is skipped and line numbers still count it") {
    const std::string bytes = fixture("excel_sep_line.csv");
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes);
    REQUIRE(preview.ok());
    CHECK(preview.value().format.separatorLine);
    CHECK(preview.value().mapping.headers[0] == "First Name");
    const ContactImport r = importOf(bytes);
    CHECK(r.people.size() == 3);
    CHECK(r.lines == std::vector<int>{3, 4, 5});
}

TEST_CASE("A stray quote that joins rows skips them by line, and the rows after it import") {
    const ContactImport r = importOf(fixture("stray_quote.csv"));
    CHECK(namesOf(r) == std::vector<std::string>{"Ana Silva", "Di Lund"});
    CHECK(hasProblem(r, 3, "A stray quote joins lines 3\u20134 into one row", true));
    CHECK(r.skippedRows == 1);
    CHECK(contactImportSummary(r) == "2 imported, 1 skipped");
}

TEST_CASE("A file cut short inside a quote reports the row it cut and keeps the rows before") {
    const ContactImport r = importOf(fixture("cut_short.csv"));
    CHECK(namesOf(r) == std::vector<std::string>{"Ana Silva"});
    CHECK(hasProblem(
        r, 3, "A quote is never closed, so this row and the rest of the file (lines 3\u20134)",
        true));
    CHECK(contactImportSummary(r) == "1 imported, 1 skipped");
}

TEST_CASE("A quote opened on the last line is reported as a row the file may have cut") {
    const ContactImport r = importOf("Name,Title\nAna,Buyer\nBen,\"CI");
    CHECK(namesOf(r) == std::vector<std::string>{"Ana"});
    CHECK(hasProblem(r, 3, "the file may have been cut short", true));
}

TEST_CASE("A last row with fewer cells than the header is imported and flagged as maybe cut") {
    const ContactImport r = importOf("Name,Title,Email\r\nAna,Buyer,a@x.example\r\nBen,CI");
    CHECK(namesOf(r) == std::vector<std::string>{"Ana", "Ben"});
    CHECK(r.people[1].title == "CI");
    CHECK(hasProblem(r, 3, "may have been cut short", false));
}

TEST_CASE("A quote in the header that never closes is a clear refusal") {
    const Result<ContactCsvPreview> preview = previewContactsCsv("Name,\"Title\nAna,CEO\n");
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().message.find("Line 1: a quote in the header row is never closed") == 0);
}

TEST_CASE("Mixed line endings give each row its own physical line number") {
    const ContactImport r = importOf("Name,Title\r\nAna,A\nBen,B\rCy,C\r\n\r\nDi\n");
    CHECK(namesOf(r) == std::vector<std::string>{"Ana", "Ben", "Cy", "Di"});
    CHECK(r.lines == std::vector<int>{2, 3, 4, 6});
}

TEST_CASE("The import summary counts imported and skipped rows") {
    const ContactImport r = importOf(fixture("hubspot_export.csv"));
    CHECK(contactImportSummary(r) == "5 imported, 2 skipped");
}

TEST_CASE("A line of only NUL and control characters is blank, not a nameless row") {
    const ContactImport r =
        importOf(std::string("Name,Title\nAna,CEO\n\0\0\x01,\0\n\nBen,CTO\n", 34));
    CHECK(namesOf(r) == std::vector<std::string>{"Ana", "Ben"});
    CHECK(r.problems.empty());
}

TEST_CASE("A Google Sheets download (no BOM, CRLF, no final line break) imports exactly") {
    const std::string bytes = fixture("google_sheets.csv");
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes);
    REQUIRE(preview.ok());
    const ContactCsvPreview& p = preview.value();
    CHECK(p.format.encoding == CsvEncoding::Utf8);
    CHECK(p.format.separator == ',');
    CHECK_FALSE(p.format.separatorLine);
    CHECK(p.source == "CSV");
    CHECK(p.usable);
    CHECK(p.mapping.fields ==
          std::vector<ContactField>{ContactField::FirstName, ContactField::LastName,
                                    ContactField::Title, ContactField::Department,
                                    ContactField::Email, ContactField::Phone,
                                    ContactField::ManagerName, ContactField::Notes});

    const ContactImport r = importOf(bytes);
    CHECK(namesOf(r) == std::vector<std::string>{"Priya Raman", "Tomás Oliveira", "Mei Chen 陈美",
                                                 "Jonas Weiß", "Amara Nwosu"});
    // The row of commas (line 7) is as empty as a blank line; Tomás's notes span lines 3-4.
    CHECK(r.lines == std::vector<int>{2, 3, 5, 6, 8});
    CHECK(r.rowsRead == 5);
    // The last row has no line break but every cell, so it is not taken for a cut file.
    CHECK(r.problems.empty());
    CHECK(contactImportSummary(r) == "5 imported, 0 skipped");
    const Stakeholder& priya = r.people[0];
    const Stakeholder& tomas = r.people[1];
    CHECK(priya.title == "VP Supply Chain");
    CHECK(priya.phone == "+1 312 555 0100");
    CHECK(priya.notes == "Exec sponsor, met at the QBR");
    CHECK(priya.seniority == Seniority::VicePresident);
    CHECK(tomas.title == "Director, Procurement");
    CHECK(tomas.notes == "Owns the RFP.\nPrefers calls before 10am.");
    CHECK(tomas.managerId == priya.id);
    CHECK(r.people[2].managerId == tomas.id);  // "Tomás Oliveira", accent and all
    CHECK(r.people[3].title == "Head of \"Control Tower\"");
    CHECK(r.people[3].email.empty());
    CHECK(r.people[3].managerId == priya.id);  // "priya raman": case does not matter
    CHECK(r.people[4].notes == "Signs anything over $250k 👍");
    CHECK(r.people[4].seniority == Seniority::CSuite);
    CHECK(reloadedWith(r).ok());
}

TEST_CASE("An Excel \"CSV UTF-8\" file (BOM, CRLF, rows of commas) imports exactly") {
    const std::string bytes = fixture("excel_csv_utf8.csv");
    const Result<ContactCsvPreview> preview = previewContactsCsv(bytes);
    REQUIRE(preview.ok());
    const ContactCsvPreview& p = preview.value();
    CHECK(p.format.encoding == CsvEncoding::Utf8);
    CHECK(p.format.separator == ',');
    CHECK(p.mapping.headers[0] == "Full Name");  // the byte-order mark is not part of it
    CHECK(p.mapping.fields ==
          std::vector<ContactField>{ContactField::FullName, ContactField::Title,
                                    ContactField::Department, ContactField::BusinessUnit,
                                    ContactField::Email, ContactField::Phone,
                                    ContactField::ManagerName, ContactField::Notes});
    // p.source is not checked: "Job Title" is also one of HubSpot's headers, so the file is
    // labelled a HubSpot export.

    const ContactImport r = importOf(bytes);
    CHECK(namesOf(r) == std::vector<std::string>{"Ingrid Johansson", "Lars Østergaard",
                                                 "Søren Ækjær", "Åsa Lindgren"});
    CHECK(r.lines == std::vector<int>{2, 3, 5, 7});
    CHECK(r.rowsRead == 6);
    CHECK(r.skippedRows == 2);
    REQUIRE(r.problems.size() == 2);
    CHECK(hasProblem(r, 8, "Same email as line 7 (asa.lindgren@northwind.example)", true));
    CHECK(hasProblem(r, 9, "No name", true));
    CHECK(r.rowsWithProblems == 2);
    CHECK(contactImportSummary(r) == "4 imported, 2 skipped");
    const Stakeholder& ingrid = r.people[0];
    const Stakeholder& lars = r.people[1];
    CHECK(ingrid.phone == "+46 70 555 01 23");
    CHECK(ingrid.businessUnit == "Nordics");
    CHECK(ingrid.seniority == Seniority::CSuite);
    CHECK(lars.title == "VP, Warehousing");
    CHECK(lars.notes == "Champion; \"the fixer\"\nAsk about the WMS");
    CHECK(lars.managerId == ingrid.id);
    CHECK(r.people[2].title == "Site Manager \u2013 Aarhus");
    CHECK(r.people[2].seniority == Seniority::Manager);
    CHECK(r.people[2].managerId == lars.id);
    CHECK(r.people[3].email == "ASA.LINDGREN@northwind.example");
    CHECK(r.people[3].managerId == ingrid.id);
    CHECK(reloadedWith(r).ok());
}

TEST_CASE("A hundred thousand contacts import exactly, and nameless rows are reported by line") {
    // Generated here rather than committed: 100,000 people in a Salesforce-like layout,
    // managers by record id five to a team, and after every 10,000th person a row without a
    // name. Person i is on line 2 + i + i / 10000 (the header is line 1).
    std::string bytes =
        "\xEF\xBB\xBF"
        "Id,First Name,Last Name,Title,Email,Reports To Id\r\n";
    for (int i = 0; i < 100000; ++i) {
        const std::string n = std::to_string(i);
        bytes += "c" + n + ",Person," + n + ",\"Analyst, Team " + std::to_string(i / 10) + "\",p" +
                 n + "@x.example," + (i == 0 ? std::string() : "c" + std::to_string((i - 1) / 5)) +
                 "\r\n";
        if (i % 10000 == 9999) bytes += ",,,Temp,,\r\n";
    }
    const ContactImport r = importOf(bytes);
    CHECK(r.rowsRead == 100010);
    REQUIRE(r.people.size() == 100000);
    CHECK(r.skippedRows == 10);
    REQUIRE(r.problems.size() == 10);
    for (int k = 0; k < 10; ++k) {
        const ContactRowProblem& problem = r.problems[static_cast<std::size_t>(k)];
        CHECK(problem.line == 10002 + 10001 * k);
        CHECK(problem.skipped);
        CHECK(problem.reason.find("No name") == 0);
    }
    CHECK(contactImportSummary(r) == "100000 imported, 10 skipped");
    CHECK(r.people[0].name == "Person 0");
    CHECK(r.people[0].title == "Analyst, Team 0");
    CHECK(r.people[0].managerId.empty());
    CHECK(r.lines[0] == 2);
    const Stakeholder& p12345 = r.people[12345];
    CHECK(p12345.name == "Person 12345");
    CHECK(p12345.email == "p12345@x.example");
    CHECK(p12345.title == "Analyst, Team 1234");
    CHECK(p12345.managerId == r.people[2468].id);
    CHECK(r.lines[12345] == 12348);
    const Stakeholder& last = r.people.back();
    CHECK(last.name == "Person 99999");
    CHECK(last.managerId == r.people[19999].id);
    CHECK(r.lines.back() == 100010);
    const Result<PlanDocument> reloaded = reloadedWith(r);
    REQUIRE(reloaded.ok());
    CHECK(reloaded.value().account.stakeholders.size() == 100000);
    CHECK(reloaded.value().account.stakeholders[12345].managerId == p12345.managerId);
}
