// The coverage rules that need their own indexes: unmapped departments (open business units
// joined to stakeholders by unit and department) and unmitigated blockers (names matched in
// risks and plan actions). Both are linear: hash maps keyed by normalised text.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/stakeholders/coverage_text.h"

namespace keystone::coverage {
namespace {

constexpr std::size_t kMaxNameWords = 6;  // longer names fall back to a substring search

bool isWordByte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || c == '\'' || c == '-';
}

std::string join(const std::vector<std::string>& items, std::size_t from, std::size_t count) {
    std::string out;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i > from) out += ' ';
        out += items[i];
    }
    return out;
}

struct Department {
    std::string name;                    // as first written
    bool active = false;                 // someone active is mapped in it
    std::vector<std::string> formerIds;  // inactive people recorded in it
};

struct OpenUnit {
    std::string name;                     // as first written
    std::string because;                  // opportunity or whitespace that opened it
    int active = 0;                       // active people mapped in the unit
    std::vector<Department> departments;  // order of first appearance
    std::unordered_map<std::string, std::size_t> departmentIndex;

    Department& department(const std::string& text) {
        const std::string key = lowerKey(text);
        auto [it, added] = departmentIndex.emplace(key, departments.size());
        if (added) departments.push_back({std::string(text), false, {}});
        return departments[it->second];
    }
};

// A possessive ("Kowalski's", "Kowalski’s") still names the person.
void finishWord(std::string& word, std::vector<std::string>& out) {
    auto endsWith = [&](std::string_view tail) {
        return word.size() > tail.size() &&
               word.compare(word.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (endsWith("'s"))
        word.resize(word.size() - 2);
    else if (endsWith("\xE2\x80\x99s"))
        word.resize(word.size() - 4);
    while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.pop_back();
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
}

}  // namespace

std::string lowerKey(std::string_view text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && static_cast<unsigned char>(text[begin]) <= ' ') ++begin;
    while (end > begin && static_cast<unsigned char>(text[end - 1]) <= ' ') --end;
    std::string out(text.substr(begin, end - begin));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string nameList(const std::vector<std::string>& names, std::size_t shown) {
    std::string out;
    const std::size_t listed = std::min(names.size(), shown);
    for (std::size_t i = 0; i < listed; ++i) {
        if (i > 0) out += (i + 1 == listed && names.size() == listed) ? " and " : ", ";
        out += names[i].empty() ? "(unnamed)" : names[i];
    }
    if (names.size() > listed) out += " and " + std::to_string(names.size() - listed) + " more";
    return out;
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (isWordByte(c))
            word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
        else
            finishWord(word, out);
    }
    finishWord(word, out);
    return out;
}

void departments(CoverageReport& report, const Account& account, const CoverageConfig& config) {
    std::vector<OpenUnit> units;
    std::unordered_map<std::string, std::size_t> unitIndex;
    auto open = [&](const std::string& name, std::string because) {
        if (lowerKey(name).empty()) return;
        if (unitIndex.emplace(lowerKey(name), units.size()).second)
            units.push_back({name, std::move(because), 0, {}, {}});
    };
    for (const Opportunity& o : account.opportunities)
        if (o.stage != SalesStage::ClosedWon && o.stage != SalesStage::ClosedLost)
            open(o.businessUnit,
                 "where " + (o.name.empty() ? std::string("an opportunity") : o.name) + " is open");
    for (const WhitespaceCell& cell : account.whitespace.cells)
        if (cell.status == WhitespaceStatus::InPipeline)
            open(cell.businessUnit, "where " + cell.offering + " is in the pipeline");
    if (units.empty()) {
        report.parts.push_back({"Departments", 5, 5});
        return;
    }

    for (const Stakeholder& s : account.stakeholders) {
        const auto it = unitIndex.find(lowerKey(s.businessUnit));
        if (it == unitIndex.end()) continue;
        OpenUnit& unit = units[it->second];
        const bool active = s.status == ContactStatus::Active;
        unit.active += active;
        if (lowerKey(s.department).empty()) continue;
        Department& d = unit.department(s.department);
        if (active)
            d.active = true;
        else
            d.formerIds.push_back(s.id);
    }

    int checked = 0, covered = 0;
    for (OpenUnit& unit : units) {
        ++checked;
        if (unit.active == 0) {
            CoverageFinding f{CoverageRule::UnmappedDepartment,
                              CoverageSeverity::Medium,
                              "Nobody mapped in " + unit.name + ", " + unit.because,
                              {},
                              unit.name,
                              {}};
            report.findings.push_back(std::move(f));
            continue;
        }
        ++covered;
        for (const std::string& required : config.requiredDepartments)
            if (!lowerKey(required).empty()) unit.department(required);
        for (const Department& d : unit.departments) {
            ++checked;
            if (d.active) {
                ++covered;
                continue;
            }
            CoverageFinding f{
                CoverageRule::UnmappedDepartment,
                CoverageSeverity::Medium,
                "Nobody active in " + d.name + " at " + unit.name + ", " + unit.because,
                d.formerIds,
                unit.name,
                d.name};
            report.findings.push_back(std::move(f));
        }
    }
    report.parts.push_back({"Departments", 5 * covered / checked, 5});
}

void blockers(CoverageReport& report, const Account& account, const CoverageConfig& config) {
    std::vector<const Stakeholder*> candidates;
    for (const Stakeholder& s : account.stakeholders)
        if (s.status == ContactStatus::Active && s.influence >= config.highInfluence &&
            (hasRole(s, BuyingRole::Blocker) || s.stance == Stance::Opponent))
            candidates.push_back(&s);
    if (candidates.empty()) {
        report.parts.push_back({"Blockers", 5, 5});
        return;
    }

    // Every run of 1..kMaxNameWords words in the mitigation texts, so each name is one lookup.
    std::unordered_set<std::string> phrases;
    std::string allText;  // " w w w " for names longer than kMaxNameWords
    auto addText = [&](std::string_view text) {
        const std::vector<std::string> w = words(text);
        for (std::size_t i = 0; i < w.size(); ++i)
            for (std::size_t n = 1; n <= kMaxNameWords && i + n <= w.size(); ++n)
                phrases.insert(join(w, i, n));
        allText += ' ' + join(w, 0, w.size()) + ' ';
    };
    for (const Risk& r : account.risks)
        if (r.status != RiskStatus::Closed) {
            addText(r.title);
            addText(r.mitigation);
        }
    for (const Objective& o : account.objectives)
        for (const PlanAction& action : o.actions)
            if (action.status != WorkStatus::Done &&
                (action.kind == ActionKind::RiskMitigation ||
                 action.kind == ActionKind::ChampionCultivation))
                addText(action.title);

    std::unordered_map<std::string, const Stakeholder*> byId;
    byId.reserve(account.stakeholders.size());
    for (const Stakeholder& s : account.stakeholders) byId.emplace(s.id, &s);
    std::unordered_set<std::string> workedOn;  // reached by a supporter's influence line
    for (const InfluenceLine& line : account.influenceLines) {
        if (line.kind == InfluenceKind::ConflictsWith) continue;
        const auto from = byId.find(line.fromId);
        if (from == byId.end()) continue;
        const Stakeholder& s = *from->second;
        if (s.status == ContactStatus::Active &&
            (hasRole(s, BuyingRole::Champion) || s.stance == Stance::Champion ||
             s.stance == Stance::Supporter))
            workedOn.insert(line.toId);
    }

    bool any = false;
    for (const Stakeholder* s : candidates) {
        if (workedOn.count(s->id)) continue;
        const std::vector<std::string> name = words(s->name);
        bool named = false;
        if (!name.empty() && name.size() <= kMaxNameWords)
            named = phrases.count(join(name, 0, name.size())) > 0;
        else if (!name.empty())
            named = allText.find(' ' + join(name, 0, name.size()) + ' ') != std::string::npos;
        if (named) continue;
        any = true;
        const char* what = hasRole(*s, BuyingRole::Blocker) ? "Blocker " : "Opponent ";
        report.findings.push_back(
            {CoverageRule::UnmitigatedBlocker,
             CoverageSeverity::High,
             what + s->name + " (influence " + std::to_string(s->influence) +
                 ") has no mitigation: no risk, mitigation action or supporter working on them",
             {s->id},
             {},
             {}});
    }
    report.parts.push_back({"Blockers", any ? 0 : 5, 5});
}

}  // namespace keystone::coverage
