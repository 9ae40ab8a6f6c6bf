// libFuzzer target for the three-way merge (core/merge/plan_merge.h).
//
// Input: a plan file, a NUL byte, then edit bytes. The plan is the base; with nothing before
// the NUL the base is the built-in sample (an input whose plan does not read is skipped: the
// plan reader has a fuzzer of its own). The first edit byte says how many edits shape the base
// itself (bits 0-2), which of the costlier checks to make (bits 3-5) and, with bits 6-7 set,
// to start from the whole sample rather than a smaller cut of it. Every later edit goes to my
// copy, their copy or both, as fuzz_plan_editor.h reads them. Deriving the copies from one
// base by edits, rather than parsing three plans, is what takes the fuzzer to the merge's deep
// paths: deletions against edits, reporting loops, dangling references, "keep both" copies.
//
// The invariants are the ones plan_merge.h states (and plan_merge_property_test.cpp tests):
//   - copies of one account always merge (no error), the merged plan passes checkPlan and
//     reads back to the same bytes, and so does the plan any resolutions give;
//   - it is the plan every conflict resolved as "keep mine" gives;
//   - merge(base, x, x) == x and merge(base, base, x) == merge(base, x, base) == x, with no
//     conflict, and such a merge brings nothing new;
//   - the rules' consequences: copies edited apart (no entity touched by both, at most one
//     of them pointing people at new managers) merge without a conflict, and swapping the
//     copies finds the same field and delete-vs-edit conflicts.
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

#include "core/merge/plan_merge.h"
#include "core/merge/plan_merge_preview.h"
#include "core/plan_format/plan_format.h"
#include "core/sample/sample_plan.h"
#include "fuzz_plan_editor.h"

using namespace keystone;

namespace {

constexpr std::size_t kMaxEdits = 48;  // per input; more only slows each run down

[[noreturn]] void broken(const char* invariant) {
    std::fprintf(stderr, "plan_merge_fuzzer: broken invariant: %s\n", invariant);
    std::abort();
}

void require(bool holds, const char* invariant) {
    if (!holds) broken(invariant);
}

// The same, listing the merge's conflicts first: what a rep would have been asked.
void require(bool holds, const MergeResult& result, const char* invariant) {
    if (holds) return;
    if (result.error) std::fprintf(stderr, "error: %s\n", result.error->message.c_str());
    for (const MergeConflict& c : result.conflicts)
        std::fprintf(stderr, "conflict %s %s\n  mine: %.200s\n  theirs: %.200s\n",
                     mergeConflictKindKey(c.kind), c.path.c_str(), c.mineValue.c_str(),
                     c.theirsValue.c_str());
    broken(invariant);
}

std::string planText(const Account& account) { return writePlan(planDocumentOf(account)); }

// What checkPlan does (a write and a read), keeping the written text.
bool isValid(const Account& account, std::string& text) {
    text = planText(account);
    return readPlan(text).ok();
}

// The built-in sample, whole (56 KB, 36 people) or cut to its first dozen people: smaller
// plans merge several times faster, through the same paths.
const Account& sampleBase(bool whole) {
    static const Account sample = makeSampleAccount();
    static const Account small = [] {
        Account a = sample;
        constexpr std::size_t kPeople = 12;
        if (a.stakeholders.size() > kPeople) a.stakeholders.resize(kPeople);
        std::set<std::string> kept;
        for (const Stakeholder& s : a.stakeholders) kept.insert(s.id);
        for (Stakeholder& s : a.stakeholders) {
            if (!kept.count(s.managerId)) s.managerId.clear();
            auto& dotted = s.dottedLineManagerIds;
            dotted.erase(std::remove_if(dotted.begin(), dotted.end(),
                                        [&](const std::string& id) { return !kept.count(id); }),
                         dotted.end());
        }
        auto& lines = a.influenceLines;
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&](const InfluenceLine& l) {
                                       return !kept.count(l.fromId) || !kept.count(l.toId);
                                   }),
                    lines.end());
        return a;
    }();
    return whole ? sample : small;
}

// A merged list can hold what both copies added: bounds a valid base leaves no room under
// make an "invalid plan" conflict legitimate, so that case is not held against the merge.
bool nearListBounds(const Account& a, std::size_t slack) {
    auto near = [&](std::size_t size, std::size_t bound) { return size + slack > bound; };
    bool result =
        near(a.objectives.size(), kMaxListItems) || near(a.opportunities.size(), kMaxListItems) ||
        near(a.pricingScenarios.size(), kMaxPricingScenarios) ||
        near(a.competitors.size(), kMaxListItems) || near(a.risks.size(), kMaxListItems) ||
        near(a.metrics.size(), kMaxListItems) || near(a.team.size(), kMaxListItems) ||
        near(a.summary.goals.size(), kMaxListItems) ||
        near(a.whitespace.cells.size(), kMaxWhitespaceCells) ||
        near(a.stakeholders.size(), kMaxStakeholders) ||
        near(a.influenceLines.size(), kMaxInfluenceLines);
    for (const Objective& o : a.objectives)
        result = result || near(o.actions.size(), kMaxActionsPerObjective);
    for (const SuccessMetric& m : a.metrics)
        result = result || near(m.history.size(), kMaxMetricReadings);
    return result;
}

// Conflicts the field-by-field merge finds (not the repairs after it), as kind and path.
std::vector<std::string> treeConflicts(const MergeResult& result) {
    std::vector<std::string> out;
    for (const MergeConflict& c : result.conflicts)
        if (c.kind == MergeConflictKind::DeleteVsEdit ||
            (c.kind == MergeConflictKind::FieldEdit && !c.field.empty()))
            out.push_back(std::string(mergeConflictKindKey(c.kind)) + ":" + c.path);
    std::sort(out.begin(), out.end());
    return out;
}

bool disjoint(const std::set<std::string>& a, const std::set<std::string>& b) {
    return std::none_of(a.begin(), a.end(), [&](const std::string& x) { return b.count(x) > 0; });
}

// A merge where nothing needs deciding must give exactly `expected`.
void requireClean(const MergeResult& result, const std::string& expected, const char* invariant) {
    require(!result.error && result.conflicts.empty(), result, invariant);
    require(planText(result.merged) == expected, invariant);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view planPart = input.substr(0, nul);
    const std::string_view editPart =
        nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

    fuzz::FuzzBytes bytes(editPart);
    const std::uint8_t head = bytes.byte();
    const std::size_t baseEdits = head % 8;  // edits that shape the base itself
    const int check = head / 8 % 8;          // which of the costlier checks this input makes
    fuzz::EditedCopy base;
    base.plan = sampleBase(head >= 0xC0);
    if (!planPart.empty()) {
        auto read = readPlan(planPart);
        if (!read.ok()) return -1;  // the plan reader has a fuzzer of its own
        base.plan = std::move(read.value().account);
        base.plan.documentUnknown = std::move(read.value().unknown);
    }

    IdGenerator ids(0x6b657973746f6e65ull);
    fuzz::PlanEditor editor(bytes, ids);
    for (std::size_t i = 0; i < baseEdits && !bytes.empty(); ++i) editor.edit(base);
    fuzz::EditedCopy mine{base.plan, {}, false}, theirs{base.plan, {}, false};
    for (std::size_t edits = baseEdits; edits < kMaxEdits && !bytes.empty(); ++edits) {
        const std::uint8_t side = bytes.byte() % 3;
        if (side == 0) {
            editor.edit(mine);
        } else if (side == 1) {
            editor.edit(theirs);
        } else {
            // The same edit in both copies. Not the same new ids: an id made twice for two
            // different items (the copies' lists differ) is a clash real ids never have.
            const std::size_t at = bytes.position();
            editor.edit(mine);
            bytes.rewind(at);
            editor.edit(theirs);
        }
    }
    // The editor keeps plans valid by construction; a base from the input may still leave
    // it no valid move (a duplicate id it happened to reuse, say). Not the merge's problem.
    std::string baseText, mineText, theirsText;
    if (!isValid(base.plan, baseText) || !isValid(mine.plan, mineText) ||
        !isValid(theirs.plan, theirsText))
        return -1;

    const MergeResult result = mergePlans(&base.plan, mine.plan, theirs.plan);
    require(!result.error, result, "copies of one account merge");
    const std::string mergedText = planText(result.merged);
    {
        auto again = readPlan(mergedText);
        require(again.ok(), "the merged plan passes checkPlan");
        require(writePlan(again.value()) == mergedText, "the merged plan reads back unchanged");
    }
    if (!nearListBounds(base.plan, 2 * kMaxEdits))
        for (const MergeConflict& c : result.conflicts)
            require(c.kind != MergeConflictKind::InvalidPlan, result, "no invalid-plan conflict");
    describeMerge(result);
    for (const MergeConflict& c : result.conflicts) describeConflict(c);

    if (disjoint(mine.touched, theirs.touched)) {
        require(treeConflicts(result).empty(), result,
                "copies edited apart have no field conflict");
        if (!(mine.setManager && theirs.setManager))
            require(result.conflicts.empty(), result,
                    "copies edited apart merge without a conflict");
    }

    // A merge costs about 10 ms under the sanitizers (the sample plan: 25 ms), so each input
    // makes one of these checks; the corpus covers them all.
    std::string text;
    const bool conflicts = !result.conflicts.empty();
    switch (conflicts ? check : check % 6) {
        case 0: {
            const MergeResult same = mergePlans(&base.plan, mine.plan, mine.plan);
            requireClean(same, mineText, "merge(base, x, x) == x");
            require(mergeChangesNothing(same), "merge(base, x, x) brings nothing new");
            break;
        }
        case 1:
            requireClean(mergePlans(nullptr, theirs.plan, theirs.plan), theirsText,
                         "two-way merge(x, x) == x");
            break;
        case 2:
            requireClean(mergePlans(&base.plan, base.plan, theirs.plan), theirsText,
                         "merge(base, base, x) == x");
            break;
        case 3: {
            const MergeResult older = mergePlans(&base.plan, mine.plan, base.plan);
            requireClean(older, mineText, "merge(base, x, base) == x");
            require(mergeChangesNothing(older), "a copy equal to the base brings nothing new");
            break;
        }
        case 4: {
            const MergeResult swapped = mergePlans(&base.plan, theirs.plan, mine.plan);
            require(!swapped.error && isValid(swapped.merged, text), swapped,
                    "the swapped merge is valid");
            require(treeConflicts(swapped) == treeConflicts(result), swapped,
                    "swapping the copies finds the same field conflicts");
            break;
        }
        case 5:
            require(isValid(mergePlans(nullptr, mine.plan, theirs.plan).merged, text),
                    "a two-way merge passes checkPlan");
            break;
        case 6: {
            // The rep's choices: the bytes after the last edit, when there are any.
            std::vector<Resolution> chosen;
            for (std::size_t i = 0; i < result.conflicts.size(); ++i)
                chosen.push_back(static_cast<Resolution>(
                    (bytes.empty() ? static_cast<unsigned char>(ids.next()[0]) : bytes.byte()) %
                    3));
            require(isValid(applyResolutions(result, chosen), text),
                    "any resolutions give a valid plan");
            require(
                isValid(applyResolutions(result, std::vector<Resolution>(result.conflicts.size(),
                                                                         Resolution::TakeTheirs)),
                        text),
                "taking theirs everywhere gives a valid plan");
            break;
        }
        default: {
            require(planText(applyResolutions(result, {})) == mergedText,
                    "the merged plan is every conflict kept as mine");
            const std::vector<Resolution> tabSync = tabSyncResolutions(result);
            require(isValid(applyResolutions(result, tabSync), text),
                    "tab sync gives a valid plan");
            tabSyncNotes(result, tabSync);
            break;
        }
    }
    require(planText(base.plan) == baseText, "the merge leaves its inputs alone");
    return 0;
}
