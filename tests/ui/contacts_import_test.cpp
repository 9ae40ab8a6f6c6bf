// Importing contacts from a CSV file in the stakeholders tab: the preview says how the file
// was read (encoding, separator), the rep can change either and the preview follows at once,
// skipped rows are listed by line, and the import says "N imported, M skipped".
// (The browser's own file picker stays covered by tests/browser/contacts_import.test.mjs.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ui_harness.h"

using keystone::test::UiHarness;
using nlohmann::json;

namespace {

// What LibreOffice or Excel in most of Europe writes: semicolons, Windows-1252 (0xFC is ü,
// 0xEB is ë), CRLF; line 4 has no name.
const std::string kEuropeanExport =
    "First Name;Last Name;Title;Email\r\n"
    "Zo\xEB;M\xFCller;Directrice G\xE9n\xE9rale;zoe@northwind.example\r\n"
    "J\xFCrgen;Wei\xDF;Leiter Einkauf, DACH;juergen@northwind.example\r\n"
    ";;Empfang;empfang@northwind.example\r\n";

void chooseCsv(UiHarness& ui, const std::string& name, const std::string& bytes) {
    ui.click("Stakeholders");
    ui.frame(2);
    ui.platform().filesToChoose.push_back({name, bytes});
    ui.click("Import contacts (CSV)");
    ui.frame(3);
}

// The file-format choices sit at the top of the centred dialog, above where click() scrolls
// the page to: they are clicked where they are.
void choose(UiHarness& ui, const std::string& combo, const std::string& option) {
    const keystone::ui::RegisteredItem* box = ui.find(combo);
    REQUIRE_MESSAGE(box, ui.describe());
    ui.clickItem(*box);
    const std::vector<keystone::ui::RegisteredItem> options = ui.findEvery(option);
    REQUIRE_MESSAGE(!options.empty(), ui.describe());
    ui.clickItem(options.back());  // the popup is drawn last, above the dialog
    ui.frame(2);
}

int stakeholders(UiHarness& ui) { return static_cast<int>(ui.plan().at("stakeholders").size()); }

}  // namespace

TEST_CASE("the preview says which encoding and separator were detected and imports the rows") {
    UiHarness ui;
    const int before = stakeholders(ui);
    chooseCsv(ui, "kontakte.csv", kEuropeanExport);

    CHECK(ui.readout("Detected") == "Encoding: Windows-1252 \u00B7 Separator: semicolon");
    CHECK(ui.shows("Imports as: Last Name"));
    // Each column's choice is told apart by a screen reader, not four combos called "Field".
    std::vector<std::string> comboNames;
    for (const keystone::ui::RegisteredItem& item : ui.items())
        if (item.accessible.role == keystone::ui::Role::ComboBox &&
            item.accessible.name.rfind("Imports as", 0) == 0)
            comboNames.push_back(item.accessible.name);
    CHECK(comboNames == std::vector<std::string>{"Imports as, for the column First Name",
                                                 "Imports as, for the column Last Name",
                                                 "Imports as, for the column Title",
                                                 "Imports as, for the column Email"});
    CHECK(ui.shows("2 contacts ready to import, 1 skipped"));
    CHECK(ui.labelStartingWith("Problem on line 4: No name").has_value());

    ui.click("Import these contacts");
    CHECK(ui.latestNotice() == "Contacts imported: 2 imported, 1 skipped.");
    const json people = ui.plan().at("stakeholders");
    REQUIRE(stakeholders(ui) == before + 2);
    CHECK(people[people.size() - 2].at("name") == "Zoë Müller");
    CHECK(people.back().at("title") == "Leiter Einkauf, DACH");
}

TEST_CASE("changing the separator re-reads the preview at once, and changing it back restores it") {
    UiHarness ui;
    const int before = stakeholders(ui);
    chooseCsv(ui, "kontakte.csv", kEuropeanExport);
    REQUIRE(ui.shows("2 contacts ready to import, 1 skipped"));

    choose(ui, "Separator", "Comma");
    // Read with commas, the header is one column named by the whole first line, and no
    // column holds a name.
    CHECK_FALSE(ui.shows("Imports as: Last Name"));
    CHECK(ui.shows("Imports as: First Name;Last Name;Title;Email"));
    CHECK_FALSE(ui.shows("2 contacts ready to import, 1 skipped"));
    CHECK(ui.readout("Detected") == "Encoding: Windows-1252 \u00B7 Separator: semicolon");
    ui.click("Import these contacts");  // disabled: nothing can be imported
    CHECK(stakeholders(ui) == before);

    choose(ui, "Separator", "Semicolon");
    CHECK(ui.shows("Imports as: Last Name"));
    CHECK(ui.shows("2 contacts ready to import, 1 skipped"));
}

TEST_CASE("choosing another encoding re-reads the names in it") {
    UiHarness ui;
    chooseCsv(ui, "kontakte.csv", kEuropeanExport);
    REQUIRE(ui.shows("2 contacts ready to import, 1 skipped"));

    CHECK(ui.readout("First value of Last Name") == "Müller");

    choose(ui, "Encoding", "UTF-8");
    // Read as UTF-8, the Windows-1252 letters are not text: they show as replacement marks.
    CHECK(ui.readout("First value of Last Name") == "M\uFFFDller");
    CHECK(ui.readout("Detected") == "Encoding: Windows-1252 \u00B7 Separator: semicolon");

    choose(ui, "Encoding", "Windows-1252");
    CHECK(ui.readout("First value of Last Name") == "Müller");
    CHECK(ui.shows("2 contacts ready to import, 1 skipped"));
}

TEST_CASE("a file whose quote never closes lists the row and the lines it could not read") {
    UiHarness ui;
    chooseCsv(ui, "cut.csv",
              "Name,Title,Notes\r\nAna Silva,Buyer,Met at the summit\r\n"
              "Ben Ode,CIO,\"Prefers email.\r\nAsks for ROI numbers, al");
    CHECK(ui.readout("Detected") == "Encoding: UTF-8 \u00B7 Separator: comma");
    CHECK(ui.shows("1 contact ready to import, 1 skipped"));
    CHECK(ui.labelStartingWith("Problem on line 3: A quote is never closed, so this row and the "
                               "rest of the file (lines 3\u20134) could not be read")
              .has_value());
}
