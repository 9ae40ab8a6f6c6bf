// repairReferences(): what a field-by-field merge can break between entities.
//
// Each copy is a valid plan, but combining them can leave a reference to a stakeholder one
// side deleted (the other side added someone reporting to them) or close a reporting loop
// (mine: A reports to B; theirs: B reports to A), or join an influence line to itself
// (each side moved a different end onto one person). Each becomes a conflict whose two
// resolutions are both valid plans: keep or delete the stakeholder (deleting also removes
// the links to them), take all the loop's reporting lines from one side, or take the
// influence line whole from one side.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/merge/plan_merge.h"
#include "core/stakeholders/reporting_loop.h"

namespace keystone::detail {
namespace {

using Json = MergeJson;
using People = std::unordered_map<std::string, const Json*>;  // id -> stakeholder

std::string textOf(const Json& object, const char* key) {
    if (!object.is_object()) return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The account's list `name` in a document, or nullptr.
const Json* listOf(const Json& doc, const char* name) {
    if (!doc.is_object() || !doc.contains("account") || !doc["account"].is_object()) return nullptr;
    const Json& account = doc["account"];
    return account.contains(name) && account[name].is_array() ? &account[name] : nullptr;
}

People peopleOf(const Json& doc) {
    People people;
    if (const Json* list = listOf(doc, "stakeholders"))
        for (const Json& person : *list) people.emplace(textOf(person, "id"), &person);
    return people;
}

class Repairer {
public:
    Repairer(const Json& mine, const Json& theirs, const MergeDecisions& decisions, Json& merged,
             MergeLog& log)
        : m_mine(mine),
          m_theirs(theirs),
          m_minePeople(peopleOf(mine)),
          m_theirsPeople(peopleOf(theirs)),
          m_decisions(decisions),
          m_merged(merged),
          m_log(log) {}

    void run() {
        if (!listOf(m_merged, "stakeholders")) return;
        fixSelfLines();
        fixDangling();
        fixLoops();
    }

private:
    Json& people() { return m_merged["account"]["stakeholders"]; }
    Json* lines() {
        Json& account = m_merged["account"];
        return account.contains("influenceLines") && account["influenceLines"].is_array()
                   ? &account["influenceLines"]
                   : nullptr;
    }

    std::string nameOf(const std::string& id) const {
        for (const People* side : {&m_minePeople, &m_theirsPeople}) {
            const auto it = side->find(id);
            if (it != side->end() && !textOf(*it->second, "name").empty())
                return textOf(*it->second, "name");
        }
        return id;
    }

    std::unordered_map<std::string, std::size_t> presentIndex() {
        std::unordered_map<std::string, std::size_t> index;
        Json& list = people();
        for (std::size_t i = 0; i < list.size(); ++i) index.emplace(textOf(list[i], "id"), i);
        return index;
    }

    // Mine moved one end of an influence line and theirs the other onto the same person:
    // the line is taken whole from one side instead (dropped if that side has no such line).
    void fixSelfLines() {
        Json* list = lines();
        if (!list) return;
        Json kept = Json::array();
        for (Json& line : *list) {
            const std::string from = textOf(line, "fromId");
            if (from.empty() || from != textOf(line, "toId")) {
                kept.push_back(std::move(line));
                continue;
            }
            const std::string id = textOf(line, "id");
            const Json* mineLine = lineIn(m_mine, id);
            const Json* theirsLine = lineIn(m_theirs, id);
            MergeConflict c;
            c.kind = MergeConflictKind::FieldEdit;
            c.path = "/account/influenceLines/" + pointerSegment(id);
            c.entityKind = "influence line";
            c.entityId = id;
            c.entityLabel = nameOf(from) + " → " + nameOf(from);
            c.mineValue = describeLine(mineLine);
            c.theirsValue = describeLine(theirsLine);
            const Json* chosen =
                decisionFor(m_decisions, c) == Resolution::TakeTheirs ? theirsLine : mineLine;
            record(std::move(c));
            if (chosen) kept.push_back(*chosen);
        }
        *list = std::move(kept);
    }

    static const Json* lineIn(const Json& doc, const std::string& id) {
        if (const Json* list = listOf(doc, "influenceLines"))
            for (const Json& line : *list)
                if (textOf(line, "id") == id) return &line;
        return nullptr;
    }

    std::string describeLine(const Json* line) const {
        return line ? nameOf(textOf(*line, "fromId")) + " → " + nameOf(textOf(*line, "toId"))
                    : "(none)";
    }

    // A referenced stakeholder missing from the merged plan, and what refers to them.
    bool findDangling(std::string& target, std::string& referrer) {
        const auto present = presentIndex();
        auto missing = [&](const std::string& id) { return !id.empty() && present.count(id) == 0; };
        for (const Json& person : people()) {
            const std::string manager = textOf(person, "managerId");
            if (missing(manager)) {
                target = manager;
                referrer = textOf(person, "name") + " reports to them";
                return true;
            }
            if (person.contains("dottedLineManagerIds") &&
                person["dottedLineManagerIds"].is_array())
                for (const Json& other : person["dottedLineManagerIds"])
                    if (other.is_string() && missing(other.get<std::string>())) {
                        target = other.get<std::string>();
                        referrer = textOf(person, "name") + " has a dotted line to them";
                        return true;
                    }
        }
        if (const Json* list = lines())
            for (const Json& line : *list)
                for (const char* end : {"fromId", "toId"})
                    if (missing(textOf(line, end))) {
                        target = textOf(line, end);
                        referrer = "influence line " + nameOf(textOf(line, "fromId")) + " → " +
                                   nameOf(textOf(line, "toId"));
                        return true;
                    }
        return false;
    }

    void fixDangling() {
        const std::size_t limit = 2 * (m_minePeople.size() + m_theirsPeople.size()) + 2;
        std::string target, referrer;
        for (std::size_t round = 0; round < limit && findDangling(target, referrer); ++round) {
            const auto mineIt = m_minePeople.find(target);
            const auto theirsIt = m_theirsPeople.find(target);
            const Json* mineVersion = mineIt == m_minePeople.end() ? nullptr : mineIt->second;
            const Json* theirsVersion =
                theirsIt == m_theirsPeople.end() ? nullptr : theirsIt->second;
            MergeConflict c;
            c.kind = MergeConflictKind::DeleteVsReference;
            c.path = "/account/stakeholders/" + pointerSegment(target);
            c.entityKind = "stakeholder";
            c.entityId = target;
            c.entityLabel = nameOf(target);
            c.mineValue = mineVersion ? "kept (" + referrer + ")" : "(deleted)";
            c.theirsValue = theirsVersion ? "kept (" + referrer + ")" : "(deleted)";
            const bool takeTheirs = keepOrDelete(c) == Resolution::TakeTheirs;
            record(std::move(c));
            const Json* version = takeTheirs ? theirsVersion : mineVersion;
            if (version)
                restore(target, *version, takeTheirs ? m_theirs : m_mine);
            else
                unlink(target, takeTheirs ? MergeSide::Theirs : MergeSide::Mine);
        }
        // Only reached if the rounds above ran out: unlinking always ends in a valid plan.
        while (findDangling(target, referrer)) unlink(target, MergeSide::Mine);
    }

    // Puts a deleted stakeholder back, after the person before them in the side that kept them.
    void restore(const std::string& id, const Json& version, const Json& sideDoc) {
        const auto present = presentIndex();
        std::size_t at = 0;
        if (const Json* list = listOf(sideDoc, "stakeholders")) {
            bool seen = false;
            for (auto it = list->rbegin(); it != list->rend(); ++it) {
                const std::string other = textOf(*it, "id");
                if (other == id) {
                    seen = true;
                    continue;
                }
                if (!seen) continue;
                if (const auto found = present.find(other); found != present.end()) {
                    at = found->second + 1;
                    break;
                }
            }
        }
        Json& list = people();
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), version);
        const std::string path = "/account/stakeholders/" + pointerSegment(id);
        auto& changes = m_log.changes;
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                                     [&](const MergeChange& c) { return c.path == path; }),
                      changes.end());
    }

    // Deletes every link to a stakeholder who is gone (what deleting them in the app does).
    void unlink(const std::string& id, MergeSide deleter) {
        for (Json& person : people()) {
            if (textOf(person, "managerId") == id) person["managerId"] = "";
            if (person.contains("dottedLineManagerIds") &&
                person["dottedLineManagerIds"].is_array()) {
                Json kept = Json::array();
                for (const Json& other : person["dottedLineManagerIds"])
                    if (!other.is_string() || other.get<std::string>() != id) kept.push_back(other);
                person["dottedLineManagerIds"] = std::move(kept);
            }
        }
        if (Json* list = lines()) {
            Json kept = Json::array();
            for (const Json& line : *list)
                if (textOf(line, "fromId") != id && textOf(line, "toId") != id)
                    kept.push_back(line);
            *list = std::move(kept);
        }
        m_log.changes.push_back(
            MergeChange{"Removed links to deleted stakeholder " + nameOf(id) + " (" +
                            (deleter == MergeSide::Mine ? "mine" : "theirs") + ")",
                        "/account/stakeholders/" + pointerSegment(id), deleter});
    }

    // Ids of the people on one reporting loop, in reporting order; empty when there is none.
    std::vector<std::string> findLoop() {
        Json& list = people();
        const auto present = presentIndex();
        std::vector<long> manager(list.size(), -1);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto it = present.find(textOf(list[i], "managerId"));
            if (it != present.end()) manager[i] = static_cast<long>(it->second);
        }
        std::vector<std::string> loop;
        for (long at : findReportingLoop(manager))
            loop.push_back(textOf(list[static_cast<std::size_t>(at)], "id"));
        return loop;
    }

    std::string describeLoop(const People& side, const std::vector<std::string>& loop) const {
        std::string out;
        for (const std::string& id : loop) {
            const auto it = side.find(id);
            const std::string manager =
                it == side.end() ? std::string() : textOf(*it->second, "managerId");
            out += (out.empty() ? "" : "; ") + nameOf(id) +
                   (it == side.end()  ? " is not in this copy"
                    : manager.empty() ? " reports to nobody"
                                      : " reports to " + nameOf(manager));
        }
        return out;
    }

    // Takes the loop's reporting lines from the chosen side. A line set this way is never
    // changed again, so the rounds end even when choices for different loops disagree.
    void fixLoops() {
        std::unordered_set<std::string> pinned;
        const std::size_t limit = 2 * people().size() + 2;
        for (std::size_t round = 0; round < limit; ++round) {
            const std::vector<std::string> loop = findLoop();
            if (loop.empty()) return;
            const std::string first = *std::min_element(loop.begin(), loop.end());
            MergeConflict c;
            c.kind = MergeConflictKind::ReportingLoop;
            c.path = "/account/stakeholders/" + pointerSegment(first) + "/managerId";
            c.entityKind = "stakeholder";
            c.entityId = first;
            c.entityLabel = nameOf(first);
            c.field = "managerId";
            c.mineValue = describeLoop(m_minePeople, loop);
            c.theirsValue = describeLoop(m_theirsPeople, loop);
            const People& side = decisionFor(m_decisions, c) == Resolution::TakeTheirs
                                     ? m_theirsPeople
                                     : m_minePeople;
            record(std::move(c));
            const auto present = presentIndex();
            bool changed = false;
            for (const std::string& id : loop) {
                if (!pinned.insert(id).second) continue;
                const auto it = side.find(id);
                std::string wanted =
                    it == side.end() ? std::string() : textOf(*it->second, "managerId");
                if (!wanted.empty() && present.count(wanted) == 0) wanted.clear();
                Json& person = people()[present.at(id)];
                if (textOf(person, "managerId") != wanted) {
                    person["managerId"] = wanted;
                    changed = true;
                }
            }
            if (!changed)
                people()[present.at(first)]["managerId"] = "";  // choices disagree: cut the loop
        }
        for (auto loop = findLoop(); !loop.empty(); loop = findLoop())
            people()[presentIndex().at(loop.front())]["managerId"] = "";
    }

    // The choice for a deleted-but-referenced stakeholder; when the rep has not made it but
    // chose in the delete-vs-edit conflict on the same person, that choice stands.
    Resolution keepOrDelete(const MergeConflict& c) const {
        if (m_decisions.count(conflictKey(c))) return decisionFor(m_decisions, c);
        MergeConflict edit = c;
        edit.kind = MergeConflictKind::DeleteVsEdit;
        edit.listItem = true;
        const Resolution r = decisionFor(m_decisions, edit);
        return r == Resolution::KeepBoth ? Resolution::TakeTheirs : r;
    }

    void record(MergeConflict c) {
        if (m_recorded.insert(conflictKey(c)).second) m_log.conflicts.push_back(std::move(c));
    }

    const Json& m_mine;
    const Json& m_theirs;
    const People m_minePeople;
    const People m_theirsPeople;
    const MergeDecisions& m_decisions;
    Json& m_merged;
    MergeLog& m_log;
    std::set<std::string> m_recorded;
};

}  // namespace

void repairReferences(const MergeJson& mine, const MergeJson& theirs,
                      const MergeDecisions& decisions, MergeJson& merged, MergeLog& log) {
    Repairer(mine, theirs, decisions, merged, log).run();
}

}  // namespace keystone::detail
