#include "core/merge/plan_merge_preview.h"

#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/plan_format/plan_import.h"

namespace keystone {
namespace {

// Longest first, so "metric reading" is not read as "metric".
constexpr std::array<std::string_view, 18> kKinds = {
    "whitespace cell", "metric reading", "influence line",
    "team member",     "qualification",  "opportunity",
    "stakeholder",     "competitor",     "whitespace",
    "objective",       "plan file",      "account",
    "summary",         "metric",         "health",
    "action",          "risk",           "goal"};

struct SectionName {
    std::string_view member;  // list or object under /account
    std::string_view title;   // as the app's tabs call it
};
constexpr std::array<SectionName, 12> kSections = {{{"summary", "Summary"},
                                                    {"qualification", "Qualification"},
                                                    {"stakeholders", "Stakeholders"},
                                                    {"influenceLines", "Influence lines"},
                                                    {"team", "Account team"},
                                                    {"objectives", "Objectives"},
                                                    {"opportunities", "Opportunities"},
                                                    {"whitespace", "Whitespace"},
                                                    {"competitors", "Competition"},
                                                    {"risks", "Risks"},
                                                    {"metrics", "Metrics"},
                                                    {"health", "Health"}}};

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// "renewalLikelihoodPct" -> "renewal likelihood %"; "csatPct" -> "CSAT %".
std::string humanField(std::string_view field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (std::isupper(static_cast<unsigned char>(c)) && i > 0) out += ' ';
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::string word;
    std::string result;
    auto flush = [&] {
        if (word == "pct")
            word = "%";
        else if (word == "nps" || word == "csat" || word == "arr")
            for (char& ch : word)
                ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        else if (word == "id" || word == "ids")
            word = "link";
        if (!result.empty() && !word.empty()) result += ' ';
        result += word;
        word.clear();
    };
    for (char c : out) {
        if (c == ' ')
            flush();
        else
            word += c;
    }
    flush();
    return result;
}

std::string humanFields(std::string_view list) {
    std::string out;
    while (!list.empty()) {
        const std::size_t comma = list.find(", ");
        const std::string_view one = list.substr(0, comma);
        if (!out.empty()) out += ", ";
        out += humanField(one);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 2);
    }
    return out;
}

std::string sectionOf(const std::string& path) {
    // "/account/risks/<id>/..." -> "risks"; "/account" -> account details.
    const std::string prefix = "/account/";
    if (!startsWith(path, prefix)) return "Account details";
    const std::string member =
        path.substr(prefix.size(), path.find('/', prefix.size()) - prefix.size());
    for (const SectionName& s : kSections)
        if (s.member == member) return std::string(s.title);
    return "Other details";
}

// Strips a leading kind name ("risk Budget freeze" -> "Budget freeze").
std::string_view withoutKind(std::string_view text) {
    for (std::string_view kind : kKinds) {
        if (startsWith(text, kind) && (text.size() == kind.size() || text[kind.size()] == ' '))
            return text.size() == kind.size() ? std::string_view{} : text.substr(kind.size() + 1);
    }
    return text;
}

std::string_view unquoted(std::string_view text) {
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'')
        return text.substr(1, text.size() - 2);
    return text;
}

// "Changed risk Budget freeze: title (theirs)" -> {Changed, "Budget freeze: title"}.
PreviewLine lineFor(const MergeChange& change) {
    std::string_view text = change.text;
    if (const std::size_t open = text.rfind(" (");
        open != std::string_view::npos && text.back() == ')')
        text = text.substr(0, open);
    PreviewLine line;
    if (startsWith(text, "Changed ")) {
        line.kind = PreviewChangeKind::Changed;
        text.remove_prefix(8);
        const std::size_t colon = text.rfind(": ");
        const std::string_view who = colon == std::string_view::npos ? text : text.substr(0, colon);
        const std::string fields =
            colon == std::string_view::npos ? std::string() : humanFields(text.substr(colon + 2));
        std::string label(withoutKind(who));
        if (change.path == "/account") label.clear();  // the whole dialog is about this account
        line.text = label.empty() ? fields : label + ": " + fields;
        if (!fields.empty() && label.empty())
            line.text[0] =
                static_cast<char>(std::toupper(static_cast<unsigned char>(line.text[0])));
    } else if (startsWith(text, "Added a copy of ")) {
        line.kind = PreviewChangeKind::Added;
        line.text = "Copy of " + std::string(unquoted(withoutKind(text.substr(16))));
    } else if (startsWith(text, "Added ")) {
        line.kind = PreviewChangeKind::Added;
        line.text = std::string(unquoted(withoutKind(text.substr(6))));
    } else if (startsWith(text, "Deleted ")) {
        line.kind = PreviewChangeKind::Removed;
        line.text = std::string(unquoted(withoutKind(text.substr(8))));
    } else {
        line.kind =
            startsWith(text, "Removed") ? PreviewChangeKind::Removed : PreviewChangeKind::Changed;
        line.text = std::string(text);
    }
    if (line.text.empty()) line.text = "(untitled)";
    return line;
}

using Stamps = std::unordered_map<std::string, std::string>;  // entity id -> updated

void collectStamps(const nlohmann::json& node, Stamps& out) {
    if (node.is_object()) {
        const auto id = node.find("id");
        const auto updated = node.find("updated");
        if (id != node.end() && id->is_string() && updated != node.end() && updated->is_string())
            out[id->get<std::string>()] = updated->get<std::string>();
    }
    if (node.is_structured())
        for (const auto& child : node) collectStamps(child, out);
}

Stamps stampsOf(const Account& account) {
    Stamps stamps;
    collectStamps(nlohmann::json::parse(exportAccountPlan(account), nullptr, false), stamps);
    return stamps;
}

}  // namespace

MergePreview describeMerge(const MergeResult& result) {
    MergePreview preview;
    for (const MergeChange& change : result.changes) {
        if (change.side == MergeSide::Mine) {
            ++preview.keptOwnChanges;
            continue;
        }
        const std::string title = sectionOf(change.path);
        PreviewSection* section = nullptr;
        for (PreviewSection& s : preview.sections)
            if (s.title == title) section = &s;
        if (!section) section = &preview.sections.emplace_back(PreviewSection{title, {}});
        section->lines.push_back(lineFor(change));
    }
    return preview;
}

std::string describeConflict(const MergeConflict& conflict) {
    std::string kind = conflict.entityKind.empty() ? std::string("plan") : conflict.entityKind;
    kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
    std::string text = kind;
    if (!conflict.entityLabel.empty())
        text += " \xE2\x80\x9C" + conflict.entityLabel + "\xE2\x80\x9D";
    if (!conflict.field.empty()) text += ": " + humanField(conflict.field);
    return text;
}

bool mergeChangesNothing(const MergeResult& result) {
    if (!result.conflicts.empty()) return false;
    for (const MergeChange& change : result.changes)
        if (change.side == MergeSide::Theirs) return false;
    return true;
}

Command replaceAccountCommand(std::string description, Account before, Account after) {
    const std::string id = before.id;
    auto put = [id](Portfolio& p, const Account& account) {
        if (Account* existing = findAccount(p, id))
            *existing = account;
        else
            p.accounts.push_back(account);
    };
    return Command{std::move(description),
                   {},
                   [put, after = std::move(after)](Portfolio& p) { put(p, after); },
                   [put, before = std::move(before)](Portfolio& p) { put(p, before); },
                   id};
}

namespace {

// Whether `copy` can have been made from `version`: the same account, and nothing in `copy`
// stamped older than in `version` (edits only move stamps forward; deletions leave none).
bool canDescendFrom(const Account& copy, const Stamps& copyStamps, const Account& version) {
    if (version.id != copy.id) return false;
    if (detail::compareStamps(copy.updated, version.updated) < 0) return false;
    for (const auto& [id, stamp] : stampsOf(version)) {
        const auto found = copyStamps.find(id);
        if (found != copyStamps.end() && detail::compareStamps(found->second, stamp) < 0)
            return false;
    }
    return true;
}

}  // namespace

const Account* chooseMergeBase(const std::vector<Account>& sharedVersions, const Account& mine,
                               const Account& theirs) {
    try {
        const Stamps mineStamps = stampsOf(mine), theirStamps = stampsOf(theirs);
        for (auto it = sharedVersions.rbegin(); it != sharedVersions.rend(); ++it)
            if (canDescendFrom(theirs, theirStamps, *it) && canDescendFrom(mine, mineStamps, *it))
                return &*it;
    } catch (...) {
        // A version that cannot be compared is no base; two-way is the safe answer.
    }
    return nullptr;
}

std::vector<Resolution> tabSyncResolutions(const MergeResult& result) {
    std::vector<Resolution> out;
    out.reserve(result.conflicts.size());
    for (const MergeConflict& c : result.conflicts) {
        const bool iDeletedTheyEdited =
            c.kind == MergeConflictKind::DeleteVsEdit && c.mineValue == "(deleted)";
        out.push_back(iDeletedTheyEdited ? Resolution::TakeTheirs : Resolution::KeepMine);
    }
    return out;
}

std::vector<std::string> tabSyncNotes(const MergeResult& result,
                                      const std::vector<Resolution>& resolutions) {
    std::vector<std::string> notes;
    for (std::size_t i = 0; i < result.conflicts.size(); ++i) {
        const MergeConflict& c = result.conflicts[i];
        const Resolution r = i < resolutions.size() ? resolutions[i] : Resolution::KeepMine;
        if (r != Resolution::KeepMine) {
            notes.push_back(
                describeConflict(c) +
                " was deleted here but edited in another tab; the edited item is back.");
            continue;
        }
        if (c.theirsValue == "(deleted)") {
            notes.push_back(describeConflict(c) +
                            " was deleted in another tab; kept here because you edited it.");
            continue;
        }
        notes.push_back(describeConflict(c) + " was also changed in another tab to \xE2\x80\x9C" +
                        c.theirsValue + "\xE2\x80\x9D; kept yours (\xE2\x80\x9C" + c.mineValue +
                        "\xE2\x80\x9D).");
    }
    return notes;
}

}  // namespace keystone
