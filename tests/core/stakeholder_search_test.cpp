// Who a typed search finds: the chart's "Find a person", the contacts table and the influence
// editor's person list all ask stakeholderMatchesSearch.
#include <doctest/doctest.h>

#include <string>

#include "core/stakeholders/stakeholder_search.h"

using namespace keystone;

namespace {

Stakeholder person(std::string name, std::string title = {}, std::string email = {}) {
    Stakeholder s;
    s.name = std::move(name);
    s.title = std::move(title);
    s.email = std::move(email);
    return s;
}

}  // namespace

TEST_CASE("a search finds a person by any part of their name, title or e-mail, in any case") {
    const Stakeholder priya = person("Priya Raman", "VP Supply Chain", "p.raman@northwind.example");
    CHECK(stakeholderMatchesSearch(priya, "priya"));
    CHECK(stakeholderMatchesSearch(priya, "YA RA"));
    CHECK(stakeholderMatchesSearch(priya, "supply"));
    CHECK(stakeholderMatchesSearch(priya, "NORTHWIND.example"));
    CHECK_FALSE(stakeholderMatchesSearch(priya, "Priya  Raman"));
    CHECK_FALSE(stakeholderMatchesSearch(priya, "finance"));
    CHECK_FALSE(stakeholderMatchesSearch(priya, "Priya Ramanujan"));
}

TEST_CASE("an empty search matches everyone") {
    CHECK(stakeholderMatchesSearch(person("Priya Raman"), ""));
    CHECK(stakeholderMatchesSearch(person(""), ""));
}

TEST_CASE("accented, Greek and Cyrillic letters match in either case") {
    const Stakeholder jurgen = person("Jürgen Müller", "Leiter Einkauf");
    CHECK(stakeholderMatchesSearch(jurgen, "Müller"));
    CHECK(stakeholderMatchesSearch(jurgen, "MÜLLER"));
    CHECK(stakeholderMatchesSearch(jurgen, "jürgen"));
    CHECK_FALSE_MESSAGE(stakeholderMatchesSearch(jurgen, "Muller"), "ü is not u");
    CHECK(stakeholderMatchesSearch(person("Łukasz Dvořák"), "łukasz DVOŘÁK"));
    CHECK(stakeholderMatchesSearch(person("Άννα Παπαδοπούλου", "ΔΙΕΥΘΥΝΤΡΙΑ"), "διευθ"));
    CHECK(stakeholderMatchesSearch(person("Юлия Смирнова"), "ЮЛИЯ"));
}

TEST_CASE("Japanese and Chinese names match their exact characters") {
    const Stakeholder yamada = person("山田 太郎", "購買部長");
    CHECK(stakeholderMatchesSearch(yamada, "山田"));
    CHECK(stakeholderMatchesSearch(yamada, "田 太"));
    CHECK(stakeholderMatchesSearch(yamada, "購買"));
    CHECK_FALSE(stakeholderMatchesSearch(yamada, "山本"));
    CHECK(stakeholderMatchesSearch(person("王伟"), "伟"));
}

TEST_CASE("a match never starts inside a character or reads broken bytes as letters") {
    // "山" is E5 B1 B1; its last two bytes alone are not a character to find.
    CHECK_FALSE(containsIgnoringCase("山", "\xB1\xB1"));
    CHECK_FALSE(containsIgnoringCase("a\xC3", "\xC3\xA4"));  // a cut-off "ä"
    CHECK(containsIgnoringCase("a\xC3", "A\xC3"));           // the same broken bytes still match
    CHECK_FALSE_MESSAGE(containsIgnoringCase("İstanbul", "ıSTANBUL"),
                        "the Turkish dotted and dotless i are not folded into each other");
}
