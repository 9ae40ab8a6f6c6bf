// mergeDocuments(): the three plan documents as JSON trees, merged member by member.
//
// A small table says which members are sub-objects (merged field by field) and which are
// lists of entities (merged item by item, by id or by a natural key); every other member,
// known or unknown to this build, is a value taken whole from one side. Working on the
// JSON form means a field added to the plan format is merged without touching this file.
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/merge/plan_merge.h"
#include "core/model/ids.h"
#include "core/model/money.h"

namespace keystone::detail {
namespace {

using Json = MergeJson;

enum class ListKey : std::uint8_t { Id, Cell, Team, Quarter };

// A member of a known object that is itself an object or a list of objects.
struct Member {
    const char* parent;  // kind of the object holding it
    const char* name;    // member name
    const char* kind;    // kind of the sub-object or of the list's items
    bool list;
    ListKey key;             // how list items are matched across sides
    const char* labelField;  // member naming an item in messages (nullptr: built otherwise)
};

constexpr Member kMembers[] = {
    {"plan file", "account", "account", false, ListKey::Id, nullptr},
    {"account", "qualification", "qualification", false, ListKey::Id, nullptr},
    {"account", "summary", "summary", false, ListKey::Id, nullptr},
    {"account", "whitespace", "whitespace", false, ListKey::Id, nullptr},
    {"account", "health", "health", false, ListKey::Id, nullptr},
    {"account", "objectives", "objective", true, ListKey::Id, "title"},
    {"account", "opportunities", "opportunity", true, ListKey::Id, "name"},
    {"account", "pricingScenarios", "pricing scenario", true, ListKey::Id, "name"},
    {"account", "competitors", "competitor", true, ListKey::Id, "name"},
    {"account", "risks", "risk", true, ListKey::Id, "title"},
    {"account", "metrics", "metric", true, ListKey::Id, "name"},
    {"account", "team", "team member", true, ListKey::Team, "name"},
    {"account", "stakeholders", "stakeholder", true, ListKey::Id, "name"},
    {"account", "influenceLines", "influence line", true, ListKey::Id, nullptr},
    {"summary", "goals", "goal", true, ListKey::Id, "title"},
    {"objective", "actions", "action", true, ListKey::Id, "title"},
    {"whitespace", "cells", "whitespace cell", true, ListKey::Cell, nullptr},
    {"metric", "history", "metric reading", true, ListKey::Quarter, "quarter"},
};

// Amounts are kept in minor units; a conflict shows them as the rep reads them ("$1,900,000").
bool isAmount(std::string_view kind, std::string_view field) {
    static constexpr std::pair<std::string_view, std::string_view> kAmounts[] = {
        {"account", "currentArr"},          {"account", "priorYearArr"},
        {"qualification", "annualRevenue"}, {"qualification", "potentialAcv"},
        {"opportunity", "amount"},          {"whitespace cell", "value"},
    };
    return std::find(std::begin(kAmounts), std::end(kAmounts), std::pair(kind, field)) !=
           std::end(kAmounts);
}

const Member* memberOf(std::string_view parent, std::string_view name) {
    for (const Member& m : kMembers)
        if (parent == m.parent && name == m.name) return &m;
    return nullptr;
}

// The entity being merged: what messages and conflicts say about it.
struct Entity {
    std::string kind;       // "risk"
    std::string id;         // id or natural key; "" for the account's own objects
    std::string label;      // "Budget freeze"
    std::string path;       // "/account/risks/<id>"
    bool twoWay = false;    // no base version: differing fields go to the newer side
    int newer = 0;          // two-way: > 0 mine's `updated` is newer, < 0 theirs', 0 equal
    bool listItem = false;  // has an id in a list, so KeepBoth can copy it
};

const Json* member(const Json* object, const std::string& key) {
    if (!object || !object->is_object()) return nullptr;
    const auto it = object->find(key);
    return it == object->end() ? nullptr : &*it;
}

std::string textOf(const Json* object, const std::string& key) {
    const Json* value = member(object, key);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

bool same(const Json* a, const Json* b) { return a && b ? *a == *b : a == b; }

class Merger {
public:
    Merger(const Json* base, const Json& mine, const Json& theirs, const MergeDecisions& decisions,
           MergeLog& log)
        : m_base(base), m_mine(mine), m_theirs(theirs), m_decisions(decisions), m_log(log) {
        for (const Json* doc : {&theirs, &mine}) {
            const Json* people = member(member(doc, "account"), "stakeholders");
            if (!people || !people->is_array()) continue;
            for (const Json& person : *people)
                m_names[textOf(&person, "id")] = textOf(&person, "name");
        }
        m_currency = textOf(member(&mine, "account"), "currency");
    }

    // Merges one object member by member; sets wantsCopy when a KeepBoth resolution asks for
    // theirs' version of this list item to be added as a copy.
    Json object(const Json* base, const Json& mine, const Json& theirs, const Entity& e,
                bool& wantsCopy);

private:
    Json list(const Json* base, const Json& mine, const Json& theirs, const Member& m,
              const Entity& parent);
    Entity subObject(const Entity& parent, const std::string& key, const Json* base,
                     const Json& mine, const Json& theirs) const;
    Entity item(const Entity& parent, const Member& m, const std::string& key, const Json& version,
                const Json* base, const Json* mine, const Json* theirs) const;
    std::string nameOf(const std::string& id) const;
    std::string shown(const Json* value, const Entity& e, const std::string& field) const;
    void change(const std::string& text, const Entity& e, MergeSide side);
    Resolution conflict(MergeConflictKind kind, const Entity& e, const std::string& field,
                        std::string mineValue, std::string theirsValue);
    Json copyOf(const Json& theirsItem, const Entity& e);
    std::string freshId(const std::string& seedText);

    const Json* m_base;
    const Json& m_mine;
    const Json& m_theirs;
    const MergeDecisions& m_decisions;
    MergeLog& m_log;
    MergeNames m_names;                         // stakeholder id -> name, both sides
    std::string m_currency;                     // the account's, for amounts in conflicts
    std::unordered_set<std::string> m_usedIds;  // filled when the first copy is made
};

Json Merger::object(const Json* base, const Json& mine, const Json& theirs, const Entity& e,
                    bool& wantsCopy) {
    static const Json kEmptyList = Json::array();
    Json out = Json::object();
    std::vector<std::string> byMine, byTheirs;
    for (const std::string& key : unionKeys(mine, theirs)) {
        const Json* b = e.twoWay ? nullptr : member(base, key);
        const Json* m = member(&mine, key);
        const Json* t = member(&theirs, key);
        if (const Member* sub = memberOf(e.kind, key); sub) {
            // The writer leaves out a list that is empty ("pricingScenarios"): a side without
            // the member has an empty list, so its deletions still merge item by item.
            const Json* mineList = m ? m : &kEmptyList;
            const Json* theirsList = t ? t : &kEmptyList;
            if (sub->list && mineList->is_array() && theirsList->is_array()) {
                const Json* baseList = e.twoWay ? nullptr : (b && b->is_array() ? b : &kEmptyList);
                out[key] = list(baseList, *mineList, *theirsList, *sub, e);
                continue;
            }
            if (!sub->list && m && t && m->is_object() && t->is_object()) {
                bool ignored = false;  // KeepBoth copies whole list items, never sub-objects
                out[key] = object(b, *m, *t, subObject(e, key, b, *m, *t), ignored);
                continue;
            }
        }
        // Two-way, a member on one side only (an unknown field, say) is an addition.
        const bool oneSided = e.twoWay && (!m || !t);
        const bool mineSide = e.twoWay ? (oneSided ? m != nullptr : e.newer > 0) : same(b, t);
        const bool theirsSide = e.twoWay ? (oneSided ? t != nullptr : e.newer < 0) : same(b, m);
        const Json* chosen = m;
        if (same(m, t)) {
            chosen = m;
        } else if (key == "updated") {
            // A stamp changed on both sides becomes the later one, never a conflict.
            if (!e.twoWay && same(b, m))
                chosen = t;
            else if (!e.twoWay && same(b, t))
                chosen = m;
            else if (!m || !t)
                chosen = m ? m : t;
            else
                chosen = compareStamps(textOf(&mine, key), textOf(&theirs, key)) >= 0 ? m : t;
        } else if (theirsSide) {
            chosen = t;
            byTheirs.push_back(key);
        } else if (mineSide) {
            byMine.push_back(key);
        } else {
            const Resolution r =
                conflict(MergeConflictKind::FieldEdit, e, key, shown(m, e, key), shown(t, e, key));
            if (r == Resolution::TakeTheirs) chosen = t;
            if (r == Resolution::KeepBoth) wantsCopy = true;
        }
        if (chosen) out[key] = *chosen;
    }
    const std::string what = "Changed " + e.kind + (e.label.empty() ? "" : " " + e.label) + ": ";
    const std::string how = e.twoWay ? ", newer)" : ")";
    if (!byMine.empty()) change(what + joinedList(byMine) + " (mine" + how, e, MergeSide::Mine);
    if (!byTheirs.empty())
        change(what + joinedList(byTheirs) + " (theirs" + how, e, MergeSide::Theirs);
    return out;
}

// Key matching one list item across the three copies; repeated keys get "#2", "#3".
std::vector<std::pair<std::string, const Json*>> keyedItems(const Json* items, const Member& m) {
    std::vector<std::pair<std::string, const Json*>> out;
    if (!items || !items->is_array()) return out;
    std::unordered_map<std::string, int> seen;
    for (const Json& item : *items) {
        std::string key;
        switch (m.key) {
            case ListKey::Id:
                key = textOf(&item, "id");
                break;
            case ListKey::Cell:
                key = textOf(&item, "businessUnit") + "|" + textOf(&item, "offering");
                break;
            case ListKey::Team:
                key = textOf(&item, "role") + "|" + textOf(&item, "name");
                break;
            case ListKey::Quarter:
                key = textOf(&item, "quarter");
                break;
        }
        if (const int n = ++seen[key]; n > 1) key += "#" + std::to_string(n);
        out.emplace_back(std::move(key), &item);
    }
    return out;
}

using KeyIndex = std::unordered_map<std::string, std::size_t>;
KeyIndex indexOf(const std::vector<std::pair<std::string, const Json*>>& items) {
    KeyIndex index;
    for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].first, i);
    return index;
}

Json Merger::list(const Json* base, const Json& mine, const Json& theirs, const Member& m,
                  const Entity& parent) {
    const auto b = keyedItems(base, m), mi = keyedItems(&mine, m), ti = keyedItems(&theirs, m);
    const KeyIndex bIndex = indexOf(b), mIndex = indexOf(mi), tIndex = indexOf(ti);
    auto find = [](const auto& items, const KeyIndex& index,
                   const std::string& key) -> const Json* {
        const auto it = index.find(key);
        return it == index.end() ? nullptr : items[it->second].second;
    };
    struct Slot {
        std::optional<Json> item;  // empty when deleted
        std::vector<Json> after;   // copies and theirs' additions that follow it
    };
    std::vector<Slot> slots(mi.size());
    std::vector<Json> head;  // theirs' additions that come before every shared item

    for (std::size_t i = 0; i < mi.size(); ++i) {
        const std::string& key = mi[i].first;
        const Json& mItem = *mi[i].second;
        const Json* tItem = find(ti, tIndex, key);
        const Json* bItem = base ? find(b, bIndex, key) : nullptr;
        const Entity e = item(parent, m, key, mItem, bItem, &mItem, tItem);
        if (tItem) {
            bool wantsCopy = false;
            slots[i].item = object(bItem, mItem, *tItem, e, wantsCopy);
            if (wantsCopy) slots[i].after.push_back(copyOf(*tItem, e));
        } else if (!bItem) {
            slots[i].item = mItem;
            change("Added " + e.kind + " '" + e.label + "' (mine)", e, MergeSide::Mine);
        } else if (mItem == *bItem) {
            change("Deleted " + e.kind + " '" + e.label + "' (theirs)", e, MergeSide::Theirs);
        } else if (conflict(MergeConflictKind::DeleteVsEdit, e, "", editedFields(mItem, *bItem),
                            "(deleted)") != Resolution::TakeTheirs) {
            slots[i].item = mItem;
        }
    }

    std::vector<Json>* insertion = &head;
    for (const auto& [key, tItem] : ti) {
        if (const auto shared = mIndex.find(key); shared != mIndex.end()) {
            insertion = &slots[shared->second].after;
            continue;
        }
        const Json* bItem = base ? find(b, bIndex, key) : nullptr;
        const Entity e = item(parent, m, key, *tItem, bItem, nullptr, tItem);
        bool keep = true;
        if (!bItem) {
            change("Added " + e.kind + " '" + e.label + "' (theirs)", e, MergeSide::Theirs);
        } else if (*tItem == *bItem) {
            keep = false;
            change("Deleted " + e.kind + " '" + e.label + "' (mine)", e, MergeSide::Mine);
        } else {
            // KeepBoth: mine (deleted) plus theirs; the item keeps its id so references to it hold.
            keep = conflict(MergeConflictKind::DeleteVsEdit, e, "", "(deleted)",
                            editedFields(*tItem, *bItem)) != Resolution::KeepMine;
        }
        if (keep) insertion->push_back(*tItem);
    }

    Json out = Json::array();
    for (Json& item : head) out.push_back(std::move(item));
    for (Slot& slot : slots) {
        if (slot.item) out.push_back(std::move(*slot.item));
        for (Json& follower : slot.after) out.push_back(std::move(follower));
    }
    return out;
}

Entity Merger::subObject(const Entity& parent, const std::string& key, const Json* base,
                         const Json& mine, const Json& theirs) const {
    Entity e;
    e.kind = memberOf(parent.kind, key)->kind;
    e.id = textOf(&mine, "id");
    e.label = textOf(&mine, "name");
    e.path = parent.path + "/" + pointerSegment(key);
    e.twoWay = parent.twoWay || !base || !base->is_object();
    const Json* mineStamp = member(&mine, "updated");
    const Json* theirsStamp = member(&theirs, "updated");
    // Health and whitespace carry their own stamp; the other parts of the account use its stamp.
    e.newer = mineStamp && theirsStamp
                  ? compareStamps(textOf(&mine, "updated"), textOf(&theirs, "updated"))
                  : parent.newer;
    return e;
}

Entity Merger::item(const Entity& parent, const Member& m, const std::string& key,
                    const Json& version, const Json* base, const Json* mine,
                    const Json* theirs) const {
    Entity e;
    e.kind = m.kind;
    e.id = key;
    e.path = parent.path + "/" + m.name + "/" + pointerSegment(key);
    e.twoWay = parent.twoWay || !base;
    e.listItem = m.key == ListKey::Id;
    const bool stamped = mine && theirs && member(mine, "updated") && member(theirs, "updated");
    e.newer =
        stamped ? compareStamps(textOf(mine, "updated"), textOf(theirs, "updated")) : parent.newer;
    auto labelOf = [&](const Json& v) {
        if (m.labelField) return textOf(&v, m.labelField);
        if (m.key == ListKey::Cell)
            return textOf(&v, "businessUnit") + " × " + textOf(&v, "offering");
        return nameOf(textOf(&v, "fromId")) + " → " + nameOf(textOf(&v, "toId"));
    };
    e.label = labelOf(version);
    // Name the item as it will read after the merge: theirs' name when only they renamed it.
    if (mine && theirs && (base ? labelOf(*mine) == labelOf(*base) : e.newer < 0))
        e.label = labelOf(*theirs);
    // A reading or an action is named with what it belongs to: "Weekly active users · 2026-Q1".
    if (parent.listItem && !parent.label.empty())
        e.label = parent.label + (e.label.empty() ? "" : " \u00B7 " + e.label);
    return e;
}

std::string Merger::shown(const Json* value, const Entity& e, const std::string& field) const {
    if (value && value->is_number_integer() && isAmount(e.kind, field))
        return formatMoney(value->get<MinorUnits>(), m_currency,
                           value->get<MinorUnits>() % 100 != 0);
    return displayValue(value, field, m_names);
}

std::string Merger::nameOf(const std::string& id) const {
    const auto it = m_names.find(id);
    return it == m_names.end() || it->second.empty() ? id : it->second;
}

void Merger::change(const std::string& text, const Entity& e, MergeSide side) {
    m_log.changes.push_back(MergeChange{text, e.path, side});
}

Resolution Merger::conflict(MergeConflictKind kind, const Entity& e, const std::string& field,
                            std::string mineValue, std::string theirsValue) {
    MergeConflict c;
    c.kind = kind;
    c.path = field.empty() ? e.path : e.path + "/" + pointerSegment(field);
    c.entityKind = e.kind;
    c.entityId = e.id;
    c.entityLabel = e.label;
    c.field = field;
    c.mineValue = std::move(mineValue);
    c.theirsValue = std::move(theirsValue);
    c.listItem = e.listItem;
    const Resolution r = decisionFor(m_decisions, c);
    m_log.conflicts.push_back(std::move(c));
    return r;
}

std::string Merger::freshId(const std::string& seedText) {
    if (m_usedIds.empty()) {
        // Every id in any copy, so a copy never takes an id that exists on either side.
        std::vector<const Json*> todo{&m_mine, &m_theirs};
        if (m_base) todo.push_back(m_base);
        while (!todo.empty()) {
            const Json* at = todo.back();
            todo.pop_back();
            if (at->is_object()) m_usedIds.insert(textOf(at, "id"));
            if (at->is_structured())
                for (const Json& child : *at) todo.push_back(&child);
        }
    }
    IdGenerator ids(hashText(seedText));  // seeded: the same resolutions give the same plan
    std::string id = ids.next();
    while (!m_usedIds.insert(id).second) id = ids.next();
    return id;
}

Json Merger::copyOf(const Json& theirsItem, const Entity& e) {
    Json copy = theirsItem;
    copy["id"] = freshId("copy" + e.path);
    if (copy.contains("actions") && copy["actions"].is_array())
        for (Json& action : copy["actions"])
            action["id"] = freshId("copy" + e.path + textOf(&action, "id"));
    change("Added a copy of " + e.kind + " '" + e.label + "' (theirs)", e, MergeSide::Theirs);
    return copy;
}

}  // namespace

void mergeDocuments(const MergeJson* base, const MergeJson& mine, const MergeJson& theirs,
                    const MergeDecisions& decisions, MergeJson& merged, MergeLog& log) {
    Merger merger(base, mine, theirs, decisions, log);
    Entity root;
    root.kind = "plan file";
    root.twoWay = base == nullptr;
    root.newer = compareStamps(textOf(member(&mine, "account"), "updated"),
                               textOf(member(&theirs, "account"), "updated"));
    bool ignored = false;
    merged = merger.object(base, mine, theirs, root, ignored);
}

}  // namespace keystone::detail
