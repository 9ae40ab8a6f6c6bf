// Internal to the plan report: helpers and section writers shared by plan_report*.cpp.
// Not part of the core's interface; include plan_report.h instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"
#include "core/report/html_escape.h"
#include "core/report/plan_report.h"

namespace keystone::report {

// ---- What fits on the one page (plan_report.h lists the rules in words) ------------------
// How many of each list the page shows; the rest is counted in an "and N more" line.
constexpr std::size_t kMaxTeam = 4;
constexpr std::size_t kMaxGoals = 3;
constexpr std::size_t kMaxDrivers = 3;        // qualification criteria met
constexpr std::size_t kMaxGains = 1;          // the qualification criterion that would add most
constexpr std::size_t kMaxHealthLines = 3;    // warnings first, then signals below their line
constexpr std::size_t kMaxOpportunities = 3;  // open deals
constexpr std::size_t kMaxObjectives = 3;
constexpr std::size_t kMaxRisks = 3;  // open and mitigating risks
constexpr std::size_t kMaxKeyPeople = 4;
constexpr std::size_t kMaxFindings = 2;  // coverage gaps
constexpr std::size_t kMaxMetrics = 4;
constexpr std::size_t kMaxCompetitors = 3;
// The longest text, in characters, each kind of field keeps; longer text ends in "…".
constexpr std::size_t kProseChars = 240;    // "Their business", "Our partnership"
constexpr std::size_t kPricingChars = 240;  // the pricing scenario in words
constexpr std::size_t kNameChars = 90;      // a goal, deal, risk, objective, metric
constexpr std::size_t kDetailChars = 120;   // the line under a name
constexpr std::size_t kShortChars = 40;     // a person's name, an owner, a unit

// The report's stylesheet (the only CSS: inline, print-aware, no @import or url()).
std::string_view styleSheet();

// "31 Mar 2027" for a valid ISO date, the text as typed otherwise, "—" when empty.
// Not escaped: callers escape like any other plan text.
std::string displayDate(std::string_view iso);

// True when `date` and `today` are both valid ISO dates and date < today.
bool isBefore(std::string_view date, std::string_view today);

// <p class="empty">message</p>: how every section says it has nothing to show.
void appendEmpty(std::string& out, std::string_view message);

// Appends escaped plan text.
inline void appendText(std::string& out, std::string_view text) { appendEscapedHtml(out, text); }

// Plan text cut to `maxChars` characters, after a sentence or at a word break when one is
// near, ending in "…" when cut; escaped.
std::string clipped(std::string_view text, std::size_t maxChars);

// <li class="more">and 2 more open risks</li> when `hidden` > 0, else nothing. `one` and
// `many` are the noun with its adjectives ("open risk", "open risks").
void appendMore(std::string& out, std::size_t hidden, std::string_view one, std::string_view many);

// <section id="…"><h2>…</h2>
void openSection(std::string& out, std::string_view id, std::string_view heading);

// <span class="chip cls">label</span>, the label escaped.
std::string chip(std::string_view cls, std::string_view label);

// Fixed one-decimal numbers ("12.5", "40") so the same chart always gives the same bytes.
std::string num(double value);

// ---- Org chart geometry (plan_report_org.cpp) -------------------------------------------
constexpr float kOrgCardW = 180.0f;  // every card is this wide
constexpr float kOrgCardH = 70.0f;   // and this tall

struct OrgPicture {
    std::vector<int> people;              // slot -> index into the account's stakeholders
    std::vector<float> cardX, cardY;      // top-left of each slot's card
    std::vector<std::string> connectors;  // SVG path data of the reporting lines
    float width = 0, height = 0;          // picture size, margins included
};

// Places the most senior `maxPeople` stakeholders (all when fewer). False only when the
// layout engine fails (out of memory).
bool arrangeOrgChart(const std::vector<Stakeholder>& people, int maxPeople, OrgPicture& out);

// ---- Sections (plan_report_lists.cpp, plan_report_people.cpp) ----------------------------
void appendOpportunities(std::string& out, const Account& account);
void appendObjectives(std::string& out, const Account& account, const std::string& today);
void appendRisks(std::string& out, const Account& account, const std::string& today);
void appendMetrics(std::string& out, const Account& account);
void appendCompetitors(std::string& out, const Account& account);
void appendStakeholders(std::string& out, const Account& account,
                        const std::optional<std::vector<ReportFinding>>& findings);

}  // namespace keystone::report
