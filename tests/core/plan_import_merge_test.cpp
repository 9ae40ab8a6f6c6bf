// Importing a copy of an account that is already in the portfolio: prepared for a merge,
// previewed in a rep's words, applied as one undoable step, and the base chosen safely.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/merge/plan_merge_preview.h"
#include "core/plan_format/plan_import.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

const std::string kLater = "2027-01-10T09:00:00Z";
const std::string kLatest = "2027-01-11T09:00:00Z";

bool hasLine(const MergePreview& preview, const std::string& section, PreviewChangeKind kind,
             const std::string& text) {
    for (const PreviewSection& s : preview.sections)
        if (s.title == section)
            for (const PreviewLine& line : s.lines)
                if (line.kind == kind && line.text == text) return true;
    return false;
}

}  // namespace

TEST_CASE("importing a plan whose account exists hands back the file's copy to merge") {
    Portfolio portfolio;
    portfolio.accounts.push_back(makeSampleAccount());
    Account theirs = portfolio.accounts[0];
    theirs.name = "Northwind (their copy)";
    auto prepared = prepareImport(exportAccountPlan(theirs), portfolio);
    REQUIRE(prepared.ok());
    CHECK(prepared.value().existing);
    CHECK(prepared.value().incoming.name == "Northwind (their copy)");
    CHECK(prepared.value().accountId == theirs.id);
}

TEST_CASE("importing a plan for a new account still adds it as one undoable command") {
    Portfolio portfolio;
    const Account account = makeSampleAccount();
    auto prepared = prepareImport(exportAccountPlan(account), portfolio);
    REQUIRE(prepared.ok());
    CHECK_FALSE(prepared.value().existing);
    prepared.value().command.apply(portfolio);
    CHECK(portfolio.accounts.size() == 1);
    prepared.value().command.revert(portfolio);
    CHECK(portfolio.accounts.empty());
}

TEST_CASE("two copies edited independently merge to the expected plan with one conflict") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    REQUIRE(base.risks.size() >= 2);
    REQUIRE(base.stakeholders.size() >= 2);
    mine.stakeholders[0].title = "Chief Executive";  // same field on both sides
    mine.stakeholders[0].updated = kLater;
    theirs.stakeholders[0].title = "Group CEO";
    theirs.stakeholders[0].updated = kLatest;
    theirs.stakeholders[1].email = "them@northwind.example";  // a different field
    theirs.stakeholders[1].updated = kLatest;
    Risk added = base.risks[0];
    added.id = "0123456789abcdef0123456789abcdef";
    added.title = "Budget freeze";
    added.updated = kLatest;
    theirs.risks.push_back(added);  // added item
    const std::string deletedTitle = theirs.risks[1].title;
    theirs.risks.erase(theirs.risks.begin() + 1);  // deleted item

    const MergeResult result = mergePlans(&base, mine, theirs);
    REQUIRE_FALSE(result.error);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(describeConflict(result.conflicts[0]) ==
          "Stakeholder \xE2\x80\x9C" + base.stakeholders[0].name + "\xE2\x80\x9D: title");
    const MergePreview preview = describeMerge(result);
    CHECK(hasLine(preview, "Risks", PreviewChangeKind::Added, "Budget freeze"));
    CHECK(hasLine(preview, "Risks", PreviewChangeKind::Removed, deletedTitle));
    CHECK(hasLine(preview, "Stakeholders", PreviewChangeKind::Changed,
                  base.stakeholders[1].name + ": email"));
    CHECK(preview.keptOwnChanges == 0);

    const Account taken = applyResolutions(result, {Resolution::TakeTheirs});
    CHECK(taken.stakeholders[0].title == "Group CEO");
    CHECK(taken.stakeholders[1].email == "them@northwind.example");
    CHECK(taken.risks.size() == base.risks.size());
    CHECK(std::any_of(taken.risks.begin(), taken.risks.end(),
                      [](const Risk& r) { return r.title == "Budget freeze"; }));
    const Account kept = applyResolutions(result, {Resolution::KeepMine});
    CHECK(kept.stakeholders[0].title == "Chief Executive");
}

TEST_CASE("a merge that brings nothing new is recognised as nothing to do") {
    const Account mine = makeSampleAccount();
    CHECK(mergeChangesNothing(mergePlans(nullptr, mine, mine)));
    Account theirs = mine;
    theirs.summary.business = "New business summary";
    theirs.updated = kLatest;
    CHECK_FALSE(mergeChangesNothing(mergePlans(nullptr, mine, theirs)));
}

TEST_CASE("a merged account replaces the old one in place and undo restores it in one step") {
    Portfolio portfolio;
    portfolio.accounts.push_back(makeSampleAccount());
    Account other = makeSampleAccount();
    other.id = "ffffffffffffffffffffffffffffffff";
    portfolio.accounts.push_back(other);
    const Account before = portfolio.accounts[0];
    Account after = before;
    after.name = "Merged";
    const Command command = replaceAccountCommand("Merge plan", before, after);
    command.apply(portfolio);
    CHECK(portfolio.accounts[0].name == "Merged");
    CHECK(portfolio.accounts.size() == 2);
    command.revert(portfolio);
    CHECK(portfolio.accounts[0].name == before.name);
}

TEST_CASE("the merge base is the newest shared version their copy can have started from") {
    Account v1 = makeSampleAccount();
    v1.updated = "2027-01-01T00:00:00Z";
    Account v2 = v1;
    v2.stakeholders[0].title = "Changed after the first export";
    v2.stakeholders[0].updated = "2027-01-05T00:00:00Z";
    v2.updated = "2027-01-05T00:00:00Z";
    const std::vector<Account> shared = {v1, v2};

    Account fromV2 = v2;  // started from the second export
    fromV2.risks[0].title = "Edited by them";
    fromV2.risks[0].updated = "2027-01-06T00:00:00Z";
    fromV2.updated = "2027-01-06T00:00:00Z";
    REQUIRE(chooseMergeBase(shared, v2, fromV2) != nullptr);
    CHECK(chooseMergeBase(shared, v2, fromV2)->stakeholders[0].title ==
          "Changed after the first export");

    Account fromV1 = v1;  // started from the first export: v2 would be a too-new base
    fromV1.risks[0].title = "Edited by them";
    fromV1.risks[0].updated = "2027-01-06T00:00:00Z";
    fromV1.updated = "2027-01-06T00:00:00Z";
    REQUIRE(chooseMergeBase(shared, v2, fromV1) != nullptr);
    CHECK(chooseMergeBase(shared, v2, fromV1)->stakeholders[0].title == v1.stakeholders[0].title);

    Account stranger = v1;
    stranger.id = "ffffffffffffffffffffffffffffffff";
    CHECK(chooseMergeBase(shared, v2, stranger) == nullptr);
}

TEST_CASE(
    "two tabs keep this tab's value on a shared field and keep an item edited in the other tab") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.risks[0].title = "Mine";
    theirs.risks[0].title = "Theirs";
    const std::string editedId = base.risks[1].id;
    mine.risks.erase(mine.risks.begin() + 1);
    theirs.risks[1].owner = "Someone new";
    const MergeResult result = mergePlans(&base, mine, theirs);
    REQUIRE(result.conflicts.size() == 2);
    const std::vector<Resolution> choices = tabSyncResolutions(result);
    const Account merged = applyResolutions(result, choices);
    CHECK(merged.risks[0].title == "Mine");
    CHECK(std::any_of(merged.risks.begin(), merged.risks.end(),
                      [&](const Risk& r) { return r.id == editedId && r.owner == "Someone new"; }));
    const std::vector<std::string> notes = tabSyncNotes(result, choices);
    REQUIRE(notes.size() == 2);
    CHECK(std::any_of(notes.begin(), notes.end(), [](const std::string& n) {
        return n.find("\xE2\x80\x9CTheirs\xE2\x80\x9D; kept yours") != std::string::npos;
    }));
}

TEST_CASE("a shared version my copy no longer descends from (an undone merge) is not the base") {
    Account exported = makeSampleAccount();
    exported.updated = "2027-01-01T00:00:00Z";
    Account theirs = exported;  // their edit, merged here and then undone
    theirs.stakeholders[0].title = "Group Chief Executive";
    theirs.stakeholders[0].updated = kLater;
    theirs.updated = kLater;
    const std::vector<Account> shared = {exported, theirs};

    const Account* base = chooseMergeBase(shared, exported, theirs);
    REQUIRE(base != nullptr);
    CHECK(base->stakeholders[0].title == exported.stakeholders[0].title);
    const MergeResult again = mergePlans(base, exported, theirs);
    CHECK_FALSE(mergeChangesNothing(again));

    Account merged = theirs;  // while the merge stands, their copy is the base
    CHECK(chooseMergeBase(shared, merged, theirs)->stakeholders[0].title ==
          "Group Chief Executive");
}

TEST_CASE("every preview line names its entity, and amounts in a conflict read as money") {
    const Account base = makeSampleAccount();
    REQUIRE_FALSE(base.metrics.empty());
    REQUIRE_FALSE(base.metrics[0].history.empty());
    Account mine = base, theirs = base;
    theirs.metrics[0].history[0].value += 10;  // a reading: named with its metric
    theirs.metrics[0].updated = kLatest;
    mine.currentArr = 190000000;  // both changed ARR
    mine.updated = kLater;
    theirs.currentArr = 200000000;
    theirs.updated = kLatest;

    const MergeResult result = mergePlans(&base, mine, theirs);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].mineValue == "$1,900,000");
    CHECK(result.conflicts[0].theirsValue == "$2,000,000");
    const MergePreview preview = describeMerge(result);
    CHECK(hasLine(
        preview, "Metrics", PreviewChangeKind::Changed,
        base.metrics[0].name + " \u00B7 " + base.metrics[0].history[0].quarter + ": value"));
}

TEST_CASE("a plan file is named after its account, and a protected one says it is locked") {
    CHECK(planFileName("Northwind Logistics") == "Northwind Logistics.keystone.json");
    CHECK(planFileName("Northwind Logistics", true) == "Northwind Logistics.keystone.locked.json");
    CHECK(planFileName("A/B: \"C\"") == "A-B- -C-.keystone.json");
    CHECK(planFileName("") == "Account plan.keystone.json");
}
