// Internal to the plan report: helpers and section writers shared by plan_report*.cpp.
// Not part of the core's interface; include plan_report.h instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"
#include "core/report/html_escape.h"

namespace keystone::report {

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

// Sections that are mostly tables (plan_report_tables.cpp).
void appendOpportunities(std::string& out, const Account& account);
void appendRisks(std::string& out, const Account& account, const std::string& today);
void appendMetrics(std::string& out, const Account& account);
void appendCompetitors(std::string& out, const Account& account);
void appendObjectives(std::string& out, const Account& account, const std::string& today);

}  // namespace keystone::report
