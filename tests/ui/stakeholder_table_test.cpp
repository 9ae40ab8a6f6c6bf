// The Stakeholders tab's Table view: the toolbar's search and filters narrow the table (they
// only highlight on the chart), the table says how many it shows and offers to clear, and
// says why when nobody is left. (The chart's own tests are in org_chart_test.cpp.)
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "ui_harness.h"

using keystone::test::UiHarness;
using nlohmann::json;

namespace {

void openTable(UiHarness& ui) {
    ui.click("Stakeholders");
    ui.click("Table");
    ui.frame(2);
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The sample's people whose title contains `word` (any case), as the test expects them.
std::vector<std::string> namesWithTitle(const json& account, const std::string& word) {
    std::vector<std::string> names;
    for (const json& person : account.at("stakeholders"))
        if (lower(person.value("title", "")).find(lower(word)) != std::string::npos)
            names.push_back(person.at("name"));
    return names;
}

void search(UiHarness& ui, const std::string& text) {
    ui.click("Find a person");
    ui.type(text);
    ui.frame(2);
}

}  // namespace

TEST_CASE("in Table view the search keeps only the people who match, and says how many") {
    UiHarness ui;
    openTable(ui);
    const json account = ui.plan();
    const size_t everyone = account.at("stakeholders").size();
    const std::string first = account.at("stakeholders")[0].at("name");
    REQUIRE_MESSAGE(ui.shows(first), "the table lists the first person before any search");
    CHECK_MESSAGE(!ui.readout("Showing"), "no count while the table shows everyone");

    const std::vector<std::string> directors = namesWithTitle(account, "director");
    REQUIRE(directors.size() >= 3);
    search(ui, "DIRECTOR");
    CHECK(ui.readout("Showing") ==
          std::to_string(directors.size()) + " of " + std::to_string(everyone) + " people");
    for (const std::string& name : directors) CHECK_MESSAGE(ui.shows(name), name << " is listed");
    CHECK_MESSAGE(!ui.shows(first), first << " is no director and is not listed");
}

TEST_CASE("in Table view the filters narrow the table too, together with the search") {
    UiHarness ui;
    openTable(ui);
    const json account = ui.plan();
    std::vector<std::string> champions, championDirectors;
    for (const json& person : account.at("stakeholders")) {
        if (person.at("stance") != "champion") continue;
        champions.push_back(person.at("name"));
        if (lower(person.value("title", "")).find("director") != std::string::npos)
            championDirectors.push_back(person.at("name"));
    }
    REQUIRE(champions.size() >= 2);
    REQUIRE(championDirectors.size() < champions.size());
    const std::string all = std::to_string(account.at("stakeholders").size());
    ui.click("Filter by stance");
    ui.click("Champion");
    CHECK(ui.readout("Showing") == std::to_string(champions.size()) + " of " + all + " people");
    for (const std::string& name : champions) CHECK(ui.shows(name));

    search(ui, "director");
    CHECK_MESSAGE(ui.readout("Showing") ==
                      std::to_string(championDirectors.size()) + " of " + all + " people",
                  "a person must match the search and pass the filters");

    ui.click("Clear search and filters");
    CHECK_MESSAGE(!ui.readout("Showing"), "everyone is back");
    CHECK(ui.shows(account.at("stakeholders")[0].at("name").get<std::string>()));
    CHECK_MESSAGE(ui.find("Find a person")->accessible.value.empty(), "the search is cleared");
    CHECK_MESSAGE(ui.find("Filter by stance")->accessible.value == "Any stance",
                  "the stance filter is cleared");
}

TEST_CASE("when nobody matches, the table says so in words and Clear brings everyone back") {
    UiHarness ui;
    openTable(ui);
    const std::string first = ui.plan().at("stakeholders")[0].at("name");
    search(ui, "xyzzy");
    const auto nobody = ui.readout("Nobody shown");
    REQUIRE(nobody);
    CHECK(*nobody == "No one matches \"xyzzy\". Clear the search to see everyone.");
    CHECK_MESSAGE(!ui.shows("Name"), "no empty table with only its headers");

    ui.click("Filter by stance");
    ui.click("Opponent");
    CHECK(ui.readout("Nobody shown") ==
          "No one matches \"xyzzy\" with these filters. Clear the search or filters.");

    ui.click("Clear search and filters");
    CHECK_FALSE(ui.readout("Nobody shown"));
    CHECK(ui.shows(first));
}

TEST_CASE("the table finds accented names in either case") {
    UiHarness ui;
    openTable(ui);
    ui.click("Add person");
    ui.typeInto("Name", "Jürgen Müller");
    REQUIRE(ui.shows("Jürgen Müller"));
    search(ui, "MÜLLER");
    CHECK(ui.readout("Showing") ==
          "1 of " + std::to_string(ui.plan().at("stakeholders").size()) + " people");
    CHECK(ui.shows("Jürgen Müller"));
}

TEST_CASE("a person added in Table view is listed and selected, even while searching") {
    UiHarness ui;
    openTable(ui);
    search(ui, "director");
    REQUIRE(ui.readout("Showing"));
    ui.click("Add person");
    ui.frame(2);
    CHECK_MESSAGE(ui.shows("New contact"), "the new row is scrolled into view");
    CHECK(ui.readout("Selected") == "New contact");
    CHECK_MESSAGE(!ui.readout("Showing"), "the search no longer hides anyone");
}

TEST_CASE("Table view leaves out the chart's own controls and keeps the search and filters") {
    UiHarness ui;
    ui.click("Stakeholders");
    REQUIRE(ui.shows("Fit to view"));
    REQUIRE(ui.shows("Strength"));
    ui.click("Table");
    ui.frame(2);
    CHECK_FALSE(ui.shows("Fit to view"));
    CHECK_FALSE(ui.shows("Zoom in"));
    CHECK_FALSE_MESSAGE(ui.shows("Strength"), "colour by only colours the chart");
    CHECK(ui.shows("Find a person"));
    CHECK(ui.shows("Filter by finding"));
    CHECK(ui.shows("Add person"));
}
