// The printable account report: a one-page summary of one account, as one self-contained
// HTML document, for people who do not run Keystone (an executive sponsor, a deal desk, a
// partner). The app prints it; the CLI and "Download report (HTML)" save it as a file.
//
// Contents: FindingSeverity · ReportFinding · ReportOptions · reportOptionsFor ·
// reportPricingSummary · renderPlanReport · renderStakeholderMapSvg(File)
//
// One page: it prints on one A4 or US Letter sheet, portrait, whatever the plan holds,
// because every list and every text is capped and what is left out is counted:
//   * the team (6 people), strategic goals (3, plan order), objectives (3: not done first,
//     then by target date, each with its actions done and its next open action), open
//     opportunities (4, largest weighted amount first), open risks (3, most severe first),
//     key stakeholders (5: economic buyers, champions, technical decision makers, then
//     opponents and blockers), coverage gaps (3, most serious first), success metrics (4:
//     off track first), competitors (3, highest threat first), qualification drivers (3)
//     and gains (2), health lines (4: warnings first); each list ends with "and N more …"
//     when it had more;
//   * the business and partnership summaries keep 360 characters, the pricing scenario
//     300, a name 90, the line under it 120, ending in "…" when cut; printed, a name
//     takes at most two lines and a summary eight;
//   * closed deals and closed risks are counted, not listed; the stakeholder map is a
//     count by stance and the key people, not the org chart (which the org chart's own
//     SVG and PNG exports give in full).
//
// What "self-contained" promises, because the file is mailed around and opened anywhere:
//   * one HTML document with an inline <style>;
//   * no scripts, no external URLs of any kind (fonts, images, links), and a
//     Content-Security-Policy meta tag that would block them even if one slipped in;
//   * every text that comes from the plan is escaped (see html_escape.h), in content,
//     attributes and SVG alike;
//   * the same account and options always give the same bytes (no clock, no randomness).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/health/health.h"
#include "core/model/account.h"
#include "core/qualification/qualification.h"

namespace keystone {

enum class FindingSeverity : std::uint8_t { Info, Warning, Critical };

// One stakeholder-coverage finding, as the coverage analysis words it.
struct ReportFinding {
    FindingSeverity severity = FindingSeverity::Info;  // how prominently it is shown
    std::string text;                                  // plain text, escaped when rendered
};

struct ReportOptions {
    QualificationFramework framework = defaultQualificationFramework();  // for score and tier
    HealthConfig health;             // weights and bands for the health score
    std::optional<int> coveragePct;  // stakeholder coverage 0..100 for health, when known
    std::string today;               // ISO date printed as "as of"; drives "overdue"
                                     // and "renews in N days"; empty = not shown
    std::optional<std::vector<ReportFinding>> coverageFindings;  // section only when set
                                                                 // (empty list = "no gaps")
    std::optional<std::string> pricingSummary;   // chosen pricing scenario, plain text; when
                                                 // unset, reportPricingSummary(account, catalog)
                                                 // decides; the section appears when either is set
    TierCatalog catalog = defaultTierCatalog();  // the portfolio's, for reportPricingSummary
};

// The options the app and the CLI print an account with: `today`, the account's stakeholder
// coverage for health and its coverage gaps as findings. Framework, health and catalog
// stay at their defaults for the caller to set from its portfolio.
ReportOptions reportOptionsFor(const Account& account, const std::string& today);

// The scenario the report shows: the one attached to the most advanced open opportunity
// (later stage first, then the larger amount, then plan order), priced with the account's
// own catalog when its plan file brought one, else `portfolioCatalog`. Nothing when no open
// opportunity has a scenario.
std::optional<std::string> reportPricingSummary(const Account& account,
                                                const TierCatalog& portfolioCatalog);

// The whole HTML document (UTF-8). Never fails: missing data shows as friendly empty states.
std::string renderPlanReport(const Account& account, const ReportOptions& options);

// The stakeholder map alone: an <svg> element for inline use in HTML (no xmlns or XML
// prolog, which would put a URL in the page), sized by its viewBox. Empty without people.
// `note` receives "Showing the top N of M stakeholders by seniority." when capped, else "".
std::string renderStakeholderMapSvg(const Account& account, int maxPeople, std::string& note);

// The whole stakeholder map as a standalone .svg file (XML prolog and namespace, every
// person): what the org chart's SVG and PNG exports save. Well-formed XML for any names.
std::string renderStakeholderMapSvgFile(const Account& account);

}  // namespace keystone
