// The report's stakeholder summary: how many people are mapped and where they stand, the
// few who decide or could block the deal, and the coverage gaps. The org chart itself is
// too large for the page; the org chart's SVG and PNG exports carry it in full.
#include <algorithm>
#include <array>

#include "core/report/plan_report_parts.h"
#include "core/stakeholders/coverage.h"

namespace keystone {
namespace report {
namespace {

constexpr std::array<Stance, 5> kStances = {Stance::Champion, Stance::Supporter, Stance::Neutral,
                                            Stance::Skeptic, Stance::Opponent};

std::string_view stanceClass(Stance stance) {
    switch (stance) {
        case Stance::Champion:
            return "st-champion";
        case Stance::Supporter:
            return "st-supporter";
        case Stance::Skeptic:
            return "st-skeptic";
        case Stance::Opponent:
            return "st-opponent";
        case Stance::Neutral:
            break;
    }
    return "st-neutral";
}

// Why a person is on the page, most important first; kNotKey when they are not.
constexpr int kNotKey = 99;
int keyRank(const Stakeholder& s) {
    if (hasRole(s, BuyingRole::EconomicBuyer)) return 0;
    if (hasRole(s, BuyingRole::Champion) || s.stance == Stance::Champion) return 1;
    if (hasRole(s, BuyingRole::TechnicalDecisionMaker)) return 2;
    if (hasRole(s, BuyingRole::Blocker) || s.stance == Stance::Opponent) return 3;
    return kNotKey;
}

// "Economic buyer, champion": the roles that put a person on the page, in words.
std::string keyRoles(const Stakeholder& s) {
    static constexpr struct {
        BuyingRole role;
        const char* label;
    } kShown[] = {{BuyingRole::EconomicBuyer, "Economic buyer"},
                  {BuyingRole::TechnicalDecisionMaker, "Technical decision maker"},
                  {BuyingRole::Champion, "Champion"},
                  {BuyingRole::Blocker, "Blocker"}};
    std::string roles;
    for (const auto& shown : kShown) {
        if (!hasRole(s, shown.role)) continue;
        if (roles.empty()) {
            roles = shown.label;
        } else {
            std::string label = shown.label;
            label[0] = static_cast<char>(label[0] - 'A' + 'a');
            roles += ", " + label;
        }
    }
    return roles;
}

std::string_view stanceChipClass(Stance stance) {
    switch (stance) {
        case Stance::Champion:
        case Stance::Supporter:
            return "good";
        case Stance::Skeptic:
            return "warn";
        case Stance::Opponent:
            return "bad";
        case Stance::Neutral:
            break;
    }
    return "neutral";
}

std::string_view findingClass(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::Critical:
            return "bad";
        case FindingSeverity::Warning:
            return "warn";
        case FindingSeverity::Info:
            break;
    }
    return "neutral";
}

std::string_view findingLabel(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::Critical:
            return "Critical";
        case FindingSeverity::Warning:
            return "Warning";
        case FindingSeverity::Info:
            break;
    }
    return "Note";
}

void appendFindings(std::string& out, const std::vector<ReportFinding>& findings) {
    out += "<div id=\"coverage\"><h3>Coverage gaps</h3>\n";
    if (findings.empty()) {
        appendEmpty(out, "No coverage gaps found.");
        out += "</div>\n";
        return;
    }
    // Most serious first; the analysis's own order breaks ties.
    std::vector<const ReportFinding*> sorted;
    for (const ReportFinding& finding : findings) sorted.push_back(&finding);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto* a, const auto* b) { return a->severity > b->severity; });
    out += "<ul class=\"findings\">";
    const std::size_t shown = std::min(sorted.size(), kMaxFindings);
    for (std::size_t i = 0; i < shown; ++i)
        out += "<li>" + chip(findingClass(sorted[i]->severity), findingLabel(sorted[i]->severity)) +
               " " + clipped(sorted[i]->text, kDetailChars) + "</li>";
    appendMore(out, sorted.size() - shown, "gap", "gaps");
    out += "</ul>\n</div>\n";
}

}  // namespace

void appendStakeholders(std::string& out, const Account& account,
                        const std::optional<std::vector<ReportFinding>>& findings) {
    openSection(out, "stakeholders", "Stakeholders");
    const std::vector<Stakeholder>& people = account.stakeholders;
    if (people.empty()) {
        appendEmpty(out, "No stakeholders mapped yet.");
    } else {
        std::array<std::size_t, kStances.size()> counts{};
        std::size_t active = 0;
        std::vector<const Stakeholder*> key;
        for (const Stakeholder& s : people) {
            if (s.status == ContactStatus::LeftCompany) continue;  // history, not the deal
            ++active;
            ++counts[static_cast<std::size_t>(s.stance)];
            if (keyRank(s) != kNotKey) key.push_back(&s);
        }
        out += "<p class=\"small\">" + std::to_string(active) +
               (active == 1 ? " person" : " people") + " mapped, " +
               std::to_string(account.influenceLines.size()) +
               (account.influenceLines.size() == 1 ? " influence line" : " influence lines") +
               ".</p>\n";
        if (active > 0) {
            out += "<div class=\"people-mix\"><div class=\"stance-bar\" aria-hidden=\"true\">";
            for (Stance stance : kStances) {
                const std::size_t n = counts[static_cast<std::size_t>(stance)];
                if (n > 0)
                    out += "<span class=\"" + std::string(stanceClass(stance)) +
                           "\" style=\"width:" + num(100.0 * double(n) / double(active)) +
                           "%\"></span>";
            }
            out += "</div>\n<p class=\"legend\">";
            for (Stance stance : kStances) {
                out += "<span><i class=\"sw " + std::string(stanceClass(stance)) + "\"></i>";
                out += stanceLabel(stance);
                out += " " + std::to_string(counts[static_cast<std::size_t>(stance)]) + "</span> ";
            }
            out += "</p></div>\n";
        }
        out += "<h3>Key people</h3>\n";
        if (key.empty()) {
            appendEmpty(out, "No economic buyer, champion or decision maker marked yet.");
        } else {
            std::stable_sort(key.begin(), key.end(),
                             [](const Stakeholder* a, const Stakeholder* b) {
                                 if (keyRank(*a) != keyRank(*b)) return keyRank(*a) < keyRank(*b);
                                 if (a->seniority != b->seniority)
                                     return a->seniority < b->seniority;
                                 return a->influence > b->influence;
                             });
            out += "<ul class=\"items\">";
            const std::size_t shown = std::min(key.size(), kMaxKeyPeople);
            for (std::size_t i = 0; i < shown; ++i) {
                const Stakeholder& s = *key[i];
                out += "<li><div class=\"row\"><span class=\"name\">" +
                       clipped(s.name.empty() ? "(no name)" : s.name, kShortChars) + "</span>" +
                       chip(stanceChipClass(s.stance), stanceLabel(s.stance)) + "</div>";
                std::string facts = keyRoles(s);
                if (!s.title.empty())
                    facts += (facts.empty() ? "" : " \xC2\xB7 ") + clipped(s.title, kShortChars);
                if (!facts.empty()) out += "<div class=\"detail\">" + facts + "</div>";
                out += "</li>";
            }
            appendMore(out, key.size() - shown, "key person", "key people");
            out += "</ul>\n";
        }
    }
    if (findings) appendFindings(out, *findings);
    out += "</section>\n";
}

}  // namespace report

ReportOptions reportOptionsFor(const Account& account, const std::string& today) {
    ReportOptions options;
    options.today = today;
    options.coveragePct = coverageForHealth(account, today);
    if (!account.stakeholders.empty()) {
        std::vector<ReportFinding> findings;
        for (const CoverageFinding& finding : analyzeCoverage(account, today).findings) {
            const FindingSeverity severity =
                finding.severity == CoverageSeverity::High     ? FindingSeverity::Critical
                : finding.severity == CoverageSeverity::Medium ? FindingSeverity::Warning
                                                               : FindingSeverity::Info;
            findings.push_back({severity, finding.reason});
        }
        options.coverageFindings = std::move(findings);
    }
    return options;
}

}  // namespace keystone
