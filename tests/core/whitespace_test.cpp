#include <doctest/doctest.h>

#include <string>

#include "core/plan/whitespace.h"

using namespace keystone;

namespace {

WhitespaceCell cell(std::string bu, std::string offering, WhitespaceStatus status,
                    MinorUnits value) {
    WhitespaceCell c;
    c.businessUnit = std::move(bu);
    c.offering = std::move(offering);
    c.status = status;
    c.value = value;
    return c;
}

// Two business units by three offerings with a few cells set.
Whitespace sampleMatrix() {
    Whitespace w;
    w.businessUnits = {"Retail", "Wholesale"};
    w.offerings = {"Analytics", "Routing", "Support"};
    w.cells = {cell("Retail", "Analytics", WhitespaceStatus::Owned, 500),
               cell("Retail", "Routing", WhitespaceStatus::Whitespace, 300),
               cell("Wholesale", "Routing", WhitespaceStatus::InPipeline, 200),
               cell("Wholesale", "Support", WhitespaceStatus::Whitespace, 150),
               cell("Wholesale", "Analytics", WhitespaceStatus::NotAFit, 0)};
    return w;
}

Portfolio portfolioWith(Whitespace w) {
    Portfolio p;
    Account a;
    a.id = "acct";
    a.whitespace = std::move(w);
    p.accounts.push_back(a);
    return p;
}

}  // namespace

TEST_CASE("a cell that was never set reads as whitespace worth nothing") {
    const Whitespace w = sampleMatrix();
    const WhitespaceCell missing = whitespaceCell(w, "Retail", "Support");
    CHECK(missing.status == WhitespaceStatus::Whitespace);
    CHECK(missing.value == 0);
    CHECK(missing.businessUnit == "Retail");
    CHECK(missing.offering == "Support");
    CHECK(whitespaceCell(w, "Retail", "Analytics").status == WhitespaceStatus::Owned);
}

TEST_CASE("setting a cell replaces the stored one and a default cell is not stored") {
    Whitespace w =
        withCell(sampleMatrix(), cell("Retail", "Analytics", WhitespaceStatus::InPipeline, 700));
    CHECK(w.cells.size() == 5);
    CHECK(whitespaceCell(w, "Retail", "Analytics").status == WhitespaceStatus::InPipeline);
    CHECK(whitespaceCell(w, "Retail", "Analytics").value == 700);
    w = withCell(w, cell("Retail", "Analytics", WhitespaceStatus::Whitespace, 0));
    CHECK(w.cells.size() == 4);
    w = withCell(w, cell("Retail", "Support", WhitespaceStatus::Whitespace, 0));
    CHECK(w.cells.size() == 4);
    w = withCell(w, cell("Retail", "Support", WhitespaceStatus::Owned, 10));
    CHECK(w.cells.size() == 5);
}

TEST_CASE("setting a cell merges duplicates of the same pair and clamps a negative value") {
    Whitespace w = sampleMatrix();
    w.cells.push_back(cell("Retail", "Routing", WhitespaceStatus::Owned, 999));
    w = withCell(w, cell("Retail", "Routing", WhitespaceStatus::Whitespace, -50));
    int count = 0;
    for (const auto& c : w.cells) count += c.businessUnit == "Retail" && c.offering == "Routing";
    CHECK(count == 0);  // default after clamping, so nothing stored
    w = withCell(w, cell("Retail", "Routing", WhitespaceStatus::Whitespace, 40));
    CHECK(whitespaceCell(w, "Retail", "Routing").value == 40);
}

TEST_CASE("clicking through statuses cycles whitespace, in pipeline, owned, not a fit") {
    WhitespaceStatus s = WhitespaceStatus::Whitespace;
    s = nextWhitespaceStatus(s);
    CHECK(s == WhitespaceStatus::InPipeline);
    s = nextWhitespaceStatus(s);
    CHECK(s == WhitespaceStatus::Owned);
    s = nextWhitespaceStatus(s);
    CHECK(s == WhitespaceStatus::NotAFit);
    CHECK(nextWhitespaceStatus(s) == WhitespaceStatus::Whitespace);
}

TEST_CASE("totals add whitespace value per row, per column and overall") {
    const WhitespaceTotals t = whitespaceTotals(sampleMatrix());
    CHECK(t.byBusinessUnit == std::vector<MinorUnits>{300, 150});
    CHECK(t.byOffering == std::vector<MinorUnits>{0, 300, 150});
    CHECK(t.whitespace == 450);
    CHECK(t.inPipeline == 200);
    CHECK(t.owned == 500);
    CHECK(t.notAFitCells == 1);
    CHECK(t.whitespaceCells == 6 - 3);  // Retail/Routing, Retail/Support, Wholesale/Support
}

TEST_CASE("totals ignore cells whose row or column is not in the matrix") {
    Whitespace w = sampleMatrix();
    w.cells.push_back(cell("Gone", "Analytics", WhitespaceStatus::Whitespace, 10000));
    w.cells.push_back(cell("Retail", "Gone", WhitespaceStatus::Owned, 10000));
    const WhitespaceTotals t = whitespaceTotals(w);
    CHECK(t.whitespace == 450);
    CHECK(t.owned == 500);
}

TEST_CASE("an empty matrix has zero totals") {
    const WhitespaceTotals t = whitespaceTotals(Whitespace{});
    CHECK(t.byBusinessUnit.empty());
    CHECK(t.byOffering.empty());
    CHECK(t.whitespace == 0);
    CHECK(t.whitespaceCells == 0);
}

TEST_CASE("adding a business unit or offering trims the name and refuses blanks and duplicates") {
    auto added = addBusinessUnit(sampleMatrix(), "  Cold Chain ");
    REQUIRE(added);
    CHECK(added.value().businessUnits.back() == "Cold Chain");
    auto blank = addOffering(sampleMatrix(), "   ");
    REQUIRE_FALSE(blank);
    CHECK(blank.error().message == "Give the offering a name.");
    auto duplicate = addOffering(sampleMatrix(), "Routing");
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().message == "There is already an offering called \"Routing\".");
    CHECK_FALSE(addBusinessUnit(sampleMatrix(), std::string(2000, 'x')));
}

TEST_CASE("renaming a business unit moves its cells along") {
    auto renamed = renameBusinessUnit(sampleMatrix(), "Retail", "Retail & Ecommerce");
    REQUIRE(renamed);
    const Whitespace& w = renamed.value();
    CHECK(w.businessUnits == std::vector<std::string>{"Retail & Ecommerce", "Wholesale"});
    CHECK(whitespaceCell(w, "Retail & Ecommerce", "Analytics").status == WhitespaceStatus::Owned);
    CHECK(whitespaceCell(w, "Retail & Ecommerce", "Routing").value == 300);
    for (const auto& c : w.cells) CHECK(c.businessUnit != "Retail");
    CHECK(whitespaceTotals(w).whitespace == 450);
}

TEST_CASE("renaming an offering onto an existing name or a missing one is refused") {
    CHECK_FALSE(renameOffering(sampleMatrix(), "Routing", "Support"));
    CHECK_FALSE(renameOffering(sampleMatrix(), "Nope", "Other"));
    auto same = renameOffering(sampleMatrix(), "Routing", "Routing ");
    REQUIRE(same);
    CHECK(same.value().offerings == sampleMatrix().offerings);
    auto renamed = renameOffering(sampleMatrix(), "Routing", "Route Planning");
    REQUIRE(renamed);
    CHECK(whitespaceCell(renamed.value(), "Wholesale", "Route Planning").status ==
          WhitespaceStatus::InPipeline);
}

TEST_CASE("removing a business unit or offering drops its cells") {
    auto noRetail = removeBusinessUnit(sampleMatrix(), "Retail");
    REQUIRE(noRetail);
    CHECK(noRetail.value().businessUnits == std::vector<std::string>{"Wholesale"});
    for (const auto& c : noRetail.value().cells) CHECK(c.businessUnit != "Retail");
    auto noRouting = removeOffering(sampleMatrix(), "Routing");
    REQUIRE(noRouting);
    CHECK(noRouting.value().cells.size() == 3);
    CHECK(whitespaceTotals(noRouting.value()).whitespace == 150);
    CHECK_FALSE(removeOffering(sampleMatrix(), "Routing-typo"));
}

TEST_CASE("a whitespace command stamps the matrix and undo restores it with its old stamp") {
    Whitespace start = sampleMatrix();
    start.updated = "2026-01-01T00:00:00Z";
    Portfolio p = portfolioWith(start);
    const Whitespace next = withCell(start, cell("Retail", "Support", WhitespaceStatus::Owned, 90));
    Command command = replaceWhitespace("acct", next, "Mark owned", "", "2026-02-02T00:00:00Z", p);
    command.apply(p);
    CHECK(whitespaceCell(p.accounts[0].whitespace, "Retail", "Support").status ==
          WhitespaceStatus::Owned);
    CHECK(p.accounts[0].whitespace.updated == "2026-02-02T00:00:00Z");
    command.revert(p);
    CHECK(whitespaceCell(p.accounts[0].whitespace, "Retail", "Support").status ==
          WhitespaceStatus::Whitespace);
    CHECK(p.accounts[0].whitespace.updated == "2026-01-01T00:00:00Z");
}

TEST_CASE("a whitespace command for an account that is gone does nothing") {
    Portfolio p = portfolioWith(sampleMatrix());
    Command command = replaceWhitespace("other", Whitespace{}, "Clear", "", "now", p);
    command.apply(p);
    CHECK(p.accounts[0].whitespace.cells.size() == 5);
}
