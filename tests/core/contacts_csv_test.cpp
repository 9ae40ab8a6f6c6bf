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
    return parseContacts(bytes, mappingOf(bytes), account, "2026-11-24T10:00:00Z");
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
    for (const char* name : {"salesforce_report.csv", "hubspot_export.csv",
                             "salesforce_dataloader.csv", "excel_windows1252.csv"}) {
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
    const ContactImport r =
        parseContacts(bytes, mappingOf(bytes), Account{}, "2026-11-24T10:00:00Z", [&](double p) {
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
