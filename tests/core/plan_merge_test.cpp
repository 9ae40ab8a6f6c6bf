#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/merge/plan_merge.h"
#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

const std::string kLater = "2026-12-01T09:00:00Z";
const std::string kLatest = "2026-12-02T09:00:00Z";

std::string planText(const Account& account) { return writePlan(planDocumentOf(account)); }
bool isValid(const Account& account) { return !checkPlan(planDocumentOf(account)); }

const Stakeholder* findPerson(const Account& account, const std::string& id) {
    for (const Stakeholder& s : account.stakeholders)
        if (s.id == id) return &s;
    return nullptr;
}

const Risk* findRisk(const Account& account, const std::string& id) {
    for (const Risk& r : account.risks)
        if (r.id == id) return &r;
    return nullptr;
}

bool hasChange(const MergeResult& result, const std::string& text) {
    return std::any_of(result.changes.begin(), result.changes.end(),
                       [&](const MergeChange& c) { return c.text == text; });
}

// Index of a stakeholder nobody reports to (directly or by a dotted line).
std::vector<std::size_t> leaves(const Account& a) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < a.stakeholders.size(); ++i) {
        const std::string& id = a.stakeholders[i].id;
        const bool managed =
            std::any_of(a.stakeholders.begin(), a.stakeholders.end(), [&](const Stakeholder& s) {
                return s.managerId == id ||
                       std::find(s.dottedLineManagerIds.begin(), s.dottedLineManagerIds.end(),
                                 id) != s.dottedLineManagerIds.end();
            });
        if (!managed) out.push_back(i);
    }
    return out;
}

// Deletes a stakeholder the way the app does: their links go with them.
void deletePerson(Account& a, std::size_t index) {
    const std::string id = a.stakeholders[index].id;
    a.stakeholders.erase(a.stakeholders.begin() + static_cast<std::ptrdiff_t>(index));
    for (Stakeholder& s : a.stakeholders) {
        if (s.managerId == id) s.managerId.clear(), s.updated = kLater;
        auto& dotted = s.dottedLineManagerIds;
        if (std::find(dotted.begin(), dotted.end(), id) != dotted.end()) {
            dotted.erase(std::remove(dotted.begin(), dotted.end(), id), dotted.end());
            s.updated = kLater;
        }
    }
    auto& lines = a.influenceLines;
    lines.erase(
        std::remove_if(lines.begin(), lines.end(),
                       [&](const InfluenceLine& l) { return l.fromId == id || l.toId == id; }),
        lines.end());
}

}  // namespace

TEST_CASE("a merge takes edits to different fields from both sides") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.stakeholders[0].title = "Chief Executive";
    mine.stakeholders[0].updated = kLater;
    theirs.stakeholders[0].email = "ceo@northwind.example";
    theirs.stakeholders[0].updated = kLatest;
    theirs.risks[0].title = "Budget freeze";
    theirs.risks[0].updated = kLater;

    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.conflicts.empty());
    CHECK_FALSE(result.error);
    const Stakeholder& s = result.merged.stakeholders[0];
    CHECK(s.title == "Chief Executive");
    CHECK(s.email == "ceo@northwind.example");
    CHECK(s.updated == kLatest);
    CHECK(result.merged.risks[0].title == "Budget freeze");
    CHECK(hasChange(result, "Changed stakeholder " + s.name + ": title (mine)"));
    CHECK(hasChange(result, "Changed stakeholder " + s.name + ": email (theirs)"));
    CHECK(hasChange(result, "Changed risk Budget freeze: title (theirs)"));
}

TEST_CASE("a merge reports one field changed on both sides as a conflict with both values") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.risks[1].title = "Mine";
    theirs.risks[1].title = "Theirs";
    theirs.risks[1].owner = "Dana Whitfield";

    const MergeResult result = mergePlans(&base, mine, theirs);
    REQUIRE(result.conflicts.size() == 1);
    const MergeConflict& c = result.conflicts[0];
    CHECK(c.kind == MergeConflictKind::FieldEdit);
    CHECK(c.path == "/account/risks/" + base.risks[1].id + "/title");
    CHECK(c.entityKind == "risk");
    CHECK(c.entityId == base.risks[1].id);
    CHECK(c.entityLabel == "Mine");
    CHECK(c.field == "title");
    CHECK(c.mineValue == "Mine");
    CHECK(c.theirsValue == "Theirs");
    CHECK(c.listItem);
    CHECK(result.merged.risks[1].title == "Mine");  // unresolved: mine
    CHECK(result.merged.risks[1].owner == "Dana Whitfield");
}

TEST_CASE("a merge conflict on a field resolves to mine, theirs, or both items") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.risks[1].title = "Mine";
    theirs.risks[1].title = "Theirs";
    const MergeResult result = mergePlans(&base, mine, theirs);
    REQUIRE(result.conflicts.size() == 1);

    CHECK(applyResolutions(result, {Resolution::KeepMine}).risks[1].title == "Mine");
    CHECK(applyResolutions(result, {Resolution::TakeTheirs}).risks[1].title == "Theirs");

    const Account both = applyResolutions(result, {Resolution::KeepBoth});
    REQUIRE(both.risks.size() == base.risks.size() + 1);
    CHECK(both.risks[1].title == "Mine");
    CHECK(both.risks[1].id == base.risks[1].id);
    CHECK(both.risks[2].title == "Theirs");
    CHECK(isValidId(both.risks[2].id));
    CHECK(both.risks[2].id != base.risks[1].id);
    CHECK(isValid(both));
    CHECK(planText(applyResolutions(result, {Resolution::KeepBoth})) ==
          planText(both));  // same id every time
}

TEST_CASE("a merge treats the same change on both sides as no conflict") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.health.nps = 55;
    theirs.health.nps = 55;
    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.conflicts.empty());
    CHECK(result.merged.health.nps == 55);
}

TEST_CASE("a merge keeps items added on either side, theirs after their preceding neighbour") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    Risk mineRisk;
    mineRisk.id = "00000000000000000000000000000001";
    mineRisk.title = "Mine at the end";
    mine.risks.push_back(mineRisk);
    Risk theirsRisk;
    theirsRisk.id = "00000000000000000000000000000002";
    theirsRisk.title = "Budget freeze";
    theirs.risks.insert(theirs.risks.begin() + 1, theirsRisk);

    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.conflicts.empty());
    const auto& risks = result.merged.risks;
    REQUIRE(risks.size() == base.risks.size() + 2);
    CHECK(risks[0].id == base.risks[0].id);
    CHECK(risks[1].id == theirsRisk.id);
    CHECK(risks[2].id == base.risks[1].id);
    CHECK(risks.back().id == mineRisk.id);
    CHECK(hasChange(result, "Added risk 'Budget freeze' (theirs)"));
    CHECK(hasChange(result, "Added risk 'Mine at the end' (mine)"));
}

TEST_CASE("a merge deletes an item deleted on one side and untouched on the other") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.competitors.erase(mine.competitors.begin());
    theirs.competitors.pop_back();
    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.conflicts.empty());
    REQUIRE(result.merged.competitors.size() == base.competitors.size() - 2);
    CHECK(result.merged.competitors[0].id == base.competitors[1].id);
    CHECK(hasChange(result, "Deleted competitor '" + base.competitors[0].name + "' (mine)"));
    CHECK(hasChange(result, "Deleted competitor '" + base.competitors.back().name + "' (theirs)"));
}

TEST_CASE("a merge reports deleting an item the other side edited as a delete-vs-edit conflict") {
    const Account base = makeSampleAccount();
    const std::string id = base.risks[0].id;
    Account editor = base, deleter = base;
    editor.risks[0].mitigation = "Escalate to the COO";
    deleter.risks.erase(deleter.risks.begin());

    const MergeResult theyDeleted = mergePlans(&base, editor, deleter);
    REQUIRE(theyDeleted.conflicts.size() == 1);
    const MergeConflict& c = theyDeleted.conflicts[0];
    CHECK(c.kind == MergeConflictKind::DeleteVsEdit);
    CHECK(c.path == "/account/risks/" + id);
    CHECK(c.field.empty());
    CHECK(c.mineValue == "edited: mitigation");
    CHECK(c.theirsValue == "(deleted)");
    CHECK(findRisk(theyDeleted.merged, id) != nullptr);
    CHECK(findRisk(applyResolutions(theyDeleted, {Resolution::TakeTheirs}), id) == nullptr);

    const MergeResult iDeleted = mergePlans(&base, deleter, editor);
    REQUIRE(iDeleted.conflicts.size() == 1);
    CHECK(iDeleted.conflicts[0].mineValue == "(deleted)");
    CHECK(findRisk(iDeleted.merged, id) == nullptr);
    const Account restored = applyResolutions(iDeleted, {Resolution::TakeTheirs});
    REQUIRE(findRisk(restored, id) != nullptr);
    CHECK(findRisk(restored, id)->mitigation == "Escalate to the COO");
}

TEST_CASE("a merge matches actions inside an objective by id") {
    const Account base = makeSampleAccount();
    REQUIRE(base.objectives[0].actions.size() >= 3);
    Account mine = base, theirs = base;
    PlanAction added;
    added.id = "00000000000000000000000000000003";
    added.title = "Book the EBR";
    mine.objectives[0].actions.push_back(added);
    mine.objectives[0].actions[1].title = "Mine";
    theirs.objectives[0].actions[0].status = WorkStatus::Done;
    theirs.objectives[0].actions.erase(theirs.objectives[0].actions.begin() + 2);
    theirs.objectives[0].actions[1].title = "Theirs";

    const MergeResult result = mergePlans(&base, mine, theirs);
    const auto& actions = result.merged.objectives[0].actions;
    REQUIRE(actions.size() == base.objectives[0].actions.size());
    CHECK(actions[0].status == WorkStatus::Done);
    CHECK(actions.back().id == added.id);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].path == "/account/objectives/" + base.objectives[0].id + "/actions/" +
                                          base.objectives[0].actions[1].id + "/title");
    CHECK(result.conflicts[0].entityKind == "action");
    const Account both = applyResolutions(result, {Resolution::KeepBoth});
    CHECK(both.objectives[0].actions.size() == actions.size() + 1);
    CHECK(both.objectives[0].actions[2].title == "Theirs");
    CHECK(isValid(both));
}

TEST_CASE(
    "a merge without a base takes the newer side of a differing field and conflicts on equal "
    "stamps") {
    const Account original = makeSampleAccount();
    Account mine = original, theirs = original;
    mine.risks[0].title = "Newer";
    mine.risks[0].updated = kLatest;
    theirs.risks[0].title = "Older";
    theirs.risks[0].updated = kLater;
    theirs.competitors[0].name = "Renamed by them";
    theirs.competitors[0].updated = kLater;
    mine.risks[1].title = "Same stamp, mine";
    theirs.risks[1].title = "Same stamp, theirs";
    Risk extra;
    extra.id = "00000000000000000000000000000004";
    extra.title = "Only theirs";
    theirs.risks.push_back(extra);

    const MergeResult result = mergePlans(nullptr, mine, theirs);
    CHECK(result.merged.risks[0].title == "Newer");
    CHECK(result.merged.risks[0].updated == kLatest);
    CHECK(result.merged.competitors[0].name == "Renamed by them");
    CHECK(findRisk(result.merged, extra.id) != nullptr);  // one side only: an addition
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].path == "/account/risks/" + original.risks[1].id + "/title");
    CHECK(hasChange(result, "Added risk 'Only theirs' (theirs)"));
}

TEST_CASE("a merge combines health and qualification field by field") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.health.nps = 40;
    theirs.health.csatPct = 90;
    mine.qualification.employees = 1;
    theirs.qualification.employees = 2;
    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.merged.health.nps == 40);
    CHECK(result.merged.health.csatPct == 90);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].path == "/account/qualification/employees");
    CHECK_FALSE(result.conflicts[0].listItem);
    CHECK(result.conflicts[0].mineValue == "1");
    CHECK(result.conflicts[0].theirsValue == "2");
    CHECK(applyResolutions(result, {Resolution::KeepBoth}).qualification.employees ==
          1);  // not a list item
}

TEST_CASE("a merge keeps unknown fields and conflicts on differing unknown values") {
    const Account base = makeSampleAccount();
    Account mine = base, theirs = base;
    mine.stakeholders[2].unknown.push_back({"x-mood", "\"happy\""});
    theirs.unknown.push_back({"x-territory", "{\"region\":\"west\"}"});
    theirs.documentUnknown.push_back({"x-exportedBy", "\"tablet\""});
    mine.risks[0].unknown.push_back({"x-score", "1"});
    theirs.risks[0].unknown.push_back({"x-score", "2"});

    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(result.merged.stakeholders[2].unknown == UnknownFields{{"x-mood", "\"happy\""}});
    CHECK(result.merged.unknown == UnknownFields{{"x-territory", "{\"region\":\"west\"}"}});
    CHECK(result.merged.documentUnknown == UnknownFields{{"x-exportedBy", "\"tablet\""}});
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].field == "x-score");
    CHECK(applyResolutions(result, {Resolution::TakeTheirs}).risks[0].unknown ==
          UnknownFields{{"x-score", "2"}});
}

TEST_CASE("a merge that would close a reporting loop is a conflict and stays valid") {
    const Account base = makeSampleAccount();
    const std::vector<std::size_t> free = leaves(base);
    REQUIRE(free.size() >= 2);
    const Stakeholder& a = base.stakeholders[free[0]];
    const Stakeholder& b = base.stakeholders[free[1]];
    Account mine = base, theirs = base;
    mine.stakeholders[free[0]].managerId = b.id;    // a reports to b
    theirs.stakeholders[free[1]].managerId = a.id;  // b reports to a

    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(isValid(result.merged));
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].kind == MergeConflictKind::ReportingLoop);
    CHECK(result.conflicts[0].field == "managerId");
    CHECK(findPerson(result.merged, a.id)->managerId == b.id);
    CHECK(findPerson(result.merged, b.id)->managerId == b.managerId);

    const Account theirsWay = applyResolutions(result, {Resolution::TakeTheirs});
    CHECK(isValid(theirsWay));
    CHECK(findPerson(theirsWay, b.id)->managerId == a.id);
    CHECK(findPerson(theirsWay, a.id)->managerId == a.managerId);
}

TEST_CASE(
    "a merge that deletes a stakeholder the other side now points at is a conflict and stays "
    "valid") {
    const Account base = makeSampleAccount();
    const std::size_t leaf = leaves(base).front();
    const std::string goneId = base.stakeholders[leaf].id;
    Account mine = base, theirs = base;
    deletePerson(theirs, leaf);
    mine.influenceLines.push_back({"00000000000000000000000000000005",
                                   kLater,
                                   goneId,
                                   base.stakeholders[0].id,
                                   InfluenceKind::InformalAlly,
                                   4,
                                   {}});

    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(isValid(result.merged));
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].kind == MergeConflictKind::DeleteVsReference);
    CHECK(result.conflicts[0].theirsValue == "(deleted)");
    CHECK(findPerson(result.merged, goneId) != nullptr);

    const Account deleted = applyResolutions(result, {Resolution::TakeTheirs});
    CHECK(isValid(deleted));
    CHECK(findPerson(deleted, goneId) == nullptr);
    CHECK(deleted.influenceLines.size() == theirs.influenceLines.size());
}

TEST_CASE("a merge that joins an influence line to itself is a conflict and stays valid") {
    const Account base = makeSampleAccount();
    REQUIRE_FALSE(base.influenceLines.empty());
    const InfluenceLine& line = base.influenceLines[0];
    Account mine = base, theirs = base;
    const auto other = std::find_if(
        base.stakeholders.begin(), base.stakeholders.end(),
        [&](const Stakeholder& s) { return s.id != line.fromId && s.id != line.toId; });
    REQUIRE(other != base.stakeholders.end());
    mine.influenceLines[0].fromId = other->id;  // each side alone is a valid line
    theirs.influenceLines[0].toId = other->id;

    const MergeResult result = mergePlans(&base, mine, theirs);
    CHECK(isValid(result.merged));
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts[0].path == "/account/influenceLines/" + line.id);
    CHECK(result.merged.influenceLines[0].fromId == mine.influenceLines[0].fromId);
    CHECK(result.merged.influenceLines[0].toId == line.toId);
    const Account theirsWay = applyResolutions(result, {Resolution::TakeTheirs});
    CHECK(isValid(theirsWay));
    CHECK(theirsWay.influenceLines[0].fromId == line.fromId);
}

TEST_CASE("a merge of plans of different accounts is refused") {
    const Account mine = makeSampleAccount();
    Account theirs = mine;
    theirs.id = "0123456789abcdef0123456789abcdef";
    const MergeResult result = mergePlans(nullptr, mine, theirs);
    REQUIRE(result.error);
    CHECK(result.error->location == "/account/id");
    CHECK(planText(result.merged) == planText(mine));
}

TEST_CASE("a merge deletes the last pricing scenario on one side and adds the other's new one") {
    // A plan without scenarios has no "pricingScenarios" member at all, so a side that
    // deleted the last one must still be merged item by item, not as one changed value.
    Account base = makeSampleAccount();
    base.pricingScenarios = {
        newPricingScenario("00000000000000000000000000000001", "100 seats", flatDeal(100, 3), "")};
    Account mine = base, theirs = base;
    mine.pricingScenarios.clear();
    theirs.pricingScenarios.push_back(newPricingScenario("00000000000000000000000000000002",
                                                         "200 seats", flatDeal(200, 3), kLater));
    for (const bool swap : {false, true}) {
        const MergeResult result =
            swap ? mergePlans(&base, theirs, mine) : mergePlans(&base, mine, theirs);
        CHECK(result.conflicts.empty());
        REQUIRE(result.merged.pricingScenarios.size() == 1);
        CHECK(result.merged.pricingScenarios[0].name == "200 seats");
    }
    // Both sides deleting every scenario, or one side deleting the one the other edited:
    const Account none = mine;
    CHECK(mergePlans(&base, none, none).merged.pricingScenarios.empty());
    Account edited = base;
    edited.pricingScenarios[0].name = "150 seats";
    edited.pricingScenarios[0].updated = kLater;
    const MergeResult conflict = mergePlans(&base, none, edited);
    REQUIRE(conflict.conflicts.size() == 1);
    CHECK(conflict.conflicts[0].kind == MergeConflictKind::DeleteVsEdit);
    CHECK(conflict.merged.pricingScenarios.empty());
    CHECK(applyResolutions(conflict, {Resolution::TakeTheirs}).pricingScenarios[0].name ==
          "150 seats");
}
