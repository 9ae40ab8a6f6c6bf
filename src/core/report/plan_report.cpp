// The printable report: document shell, header and KPI tiles, summary, qualification,
// health, coverage, stakeholder map and pricing. Tables live in plan_report_tables.cpp,
// the org chart in plan_report_svg.cpp, the CSS in plan_report_style.cpp.
#include "core/report/plan_report.h"

#include <algorithm>
#include <cstdio>

#include "core/health/risk_matrix.h"
#include "core/model/calendar.h"
#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/report/plan_report_parts.h"

namespace keystone {
namespace report {

std::string displayDate(std::string_view iso) {
    if (iso.empty()) return "\xE2\x80\x94";  // —
    const Result<Date> date = parseIsoDate(iso);
    if (!date.ok()) return std::string(iso);
    static constexpr const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Date& d = date.value();
    return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

bool isBefore(std::string_view date, std::string_view today) {
    const Result<Date> a = parseIsoDate(date);
    const Result<Date> b = parseIsoDate(today);
    return a.ok() && b.ok() && a.value() < b.value();
}

void appendEmpty(std::string& out, std::string_view message) {
    out += "<p class=\"empty\">";
    appendText(out, message);
    out += "</p>\n";
}

}  // namespace report

namespace {

using report::appendEmpty;
using report::appendText;
using report::displayDate;

std::string oneDecimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

// One labelled fact in the masthead; `value` is plan text and gets escaped.
void appendFact(std::string& out, std::string_view label, std::string_view value) {
    out += "<div><dt>";
    out += label;
    out += "</dt><dd>";
    appendText(out, value.empty() ? "\xE2\x80\x94" : value);
    out += "</dd></div>";
}

void appendKpi(std::string& out, std::string_view label, const std::string& valueHtml,
               const std::string& subHtml) {
    out += "<div class=\"kpi\"><div class=\"kpi-label\">";
    out += label;
    out += "</div><div class=\"kpi-value\">" + valueHtml + "</div><div class=\"kpi-sub\">" +
           subHtml + "</div></div>";
}

std::string_view bandClass(HealthBand band) {
    switch (band) {
        case HealthBand::Green:
            return "good";
        case HealthBand::Amber:
            return "warn";
        case HealthBand::Red:
            break;
    }
    return "bad";
}

std::string_view tierClass(Tier tier) {
    return tier == Tier::Tier1 ? "accent" : tier == Tier::Tier2 ? "neutral" : "muted-chip";
}

void appendMasthead(std::string& out, const Account& account, const ReportOptions& options) {
    out +=
        "<header class=\"masthead\">\n<div class=\"eyebrow\">Account plan"
        "<span class=\"confidential\">Confidential</span></div>\n<h1>";
    appendText(out, account.name.empty() ? "Untitled account" : account.name);
    out += "</h1>\n<dl class=\"facts\">";
    appendFact(out, "Industry", account.industry);
    appendFact(out, "Headquarters", account.qualification.hqCountry);
    appendFact(out, "Current ARR", formatMoney(account.currentArr, account.currency));
    std::string renewal = displayDate(account.renewalDate);
    const Result<Date> renewalDate = parseIsoDate(account.renewalDate);
    const Result<Date> today = parseIsoDate(options.today);
    if (renewalDate.ok() && today.ok()) {
        const std::int64_t days = daysBetween(today.value(), renewalDate.value());
        if (days > 0)
            renewal += " (in " + std::to_string(days) + (days == 1 ? " day)" : " days)");
        else if (days == 0)
            renewal += " (today)";
        else
            renewal += " (" + std::to_string(-days) + " days ago)";
    }
    appendFact(out, "Renewal", renewal);
    if (!options.today.empty()) appendFact(out, "As of", displayDate(options.today));
    out += "</dl>\n";
    if (!account.team.empty()) {
        out += "<p class=\"team\"><span class=\"team-label\">Account team</span> ";
        for (std::size_t i = 0; i < account.team.size(); ++i) {
            if (i > 0) out += " <span class=\"sep\">\xC2\xB7</span> ";  // spaces: break points
            out += "<span class=\"member\">";
            appendText(out, account.team[i].name);
            out += " <span class=\"muted\">";
            appendText(out, ourRoleLabel(account.team[i].role));
            out += "</span></span>";
        }
        out += "</p>\n";
    }
    out += "</header>\n";
}

void appendKpis(std::string& out, const Account& account, const QualificationResult& q,
                const HealthResult& health) {
    out += "<section class=\"kpis\" aria-label=\"Key figures\">";
    appendKpi(out, "Qualification", std::to_string(q.score) + "<span class=\"of\">/100</span>",
              std::string("<span class=\"chip ") + std::string(tierClass(q.tier)) + "\">" +
                  std::string(tierLabel(q.tier)) + "</span>" + (q.enterprise ? " Enterprise" : ""));
    if (health.scored)
        appendKpi(out, "Health", std::to_string(health.score) + "<span class=\"of\">/100</span>",
                  "<span class=\"chip " + std::string(bandClass(health.band)) + "\">" +
                      std::string(healthBandLabel(health.band)) + "</span>");
    else
        appendKpi(out, "Health", "\xE2\x80\x94", std::string(kNoHealthDataText));
    std::string arrSub = "&nbsp;";
    if (account.priorYearArr && *account.priorYearArr > 0) {
        const double growth =
            (static_cast<double>(account.currentArr) / static_cast<double>(*account.priorYearArr) -
             1.0) *
            100.0;
        arrSub = (growth >= 0 ? "+" : "") + oneDecimal(growth) + "% vs prior year";
    }
    appendKpi(out, "ARR", escapeHtml(formatMoneyCompact(account.currentArr, account.currency)),
              arrSub);
    const AccountPipeline pipeline = accountPipeline(account);
    appendKpi(out, "Weighted pipeline",
              escapeHtml(formatMoneyCompact(pipeline.weighted, account.currency)),
              std::to_string(pipeline.openOpportunities) + " open " +
                  (pipeline.openOpportunities == 1 ? "opportunity" : "opportunities"));
    int open = 0, severe = 0;
    for (const Risk& risk : account.risks) {
        if (!isRiskOpen(risk)) continue;
        ++open;
        if (riskLevelForSeverity(riskSeverity(risk)) >= RiskLevel::High) ++severe;
    }
    appendKpi(out, "Open risks", std::to_string(open),
              std::to_string(severe) + " high or critical");
    out += "</section>\n";
}

void appendSummary(std::string& out, const Account& account) {
    const ExecutiveSummary& s = account.summary;
    out +=
        "<section id=\"summary\">\n<h2>Executive summary</h2>\n<div class=\"two-col\">"
        "<div><h3>Their business</h3>";
    if (s.business.empty())
        appendEmpty(out, "No business summary written yet.");
    else
        out += "<p class=\"prose\">" + escapeHtml(s.business) + "</p>";
    out += "</div><div><h3>Our partnership</h3>";
    if (s.partnership.empty())
        appendEmpty(out, "No partnership summary written yet.");
    else
        out += "<p class=\"prose\">" + escapeHtml(s.partnership) + "</p>";
    out += "</div></div>\n<h3>Strategic goals</h3>\n";
    if (s.goals.empty()) {
        appendEmpty(out, "No strategic goals recorded yet.");
    } else {
        out +=
            "<table class=\"grid\"><thead><tr><th>Goal</th><th class=\"date\">Target</th>"
            "<th>How we help</th></tr></thead><tbody>\n";
        for (const StrategicGoal& goal : s.goals) {
            out += "<tr><td class=\"strong\">" + escapeHtml(goal.title) +
                   "</td><td class=\"date\">" + escapeHtml(displayDate(goal.targetDate)) +
                   "</td><td>" + escapeHtml(goal.howWeHelp) + "</td></tr>\n";
        }
        out += "</tbody></table>\n";
    }
    out += "</section>\n";
}

void appendQualification(std::string& out, const QualificationResult& q) {
    out +=
        "<div class=\"panel\" id=\"qualification\">\n<h2>Qualification</h2>\n"
        "<div class=\"score\"><span class=\"big\">" +
        std::to_string(q.score) + "</span><span class=\"of\">/100</span><span class=\"chip " +
        std::string(tierClass(q.tier)) + "\">" + std::string(tierLabel(q.tier)) +
        "</span><span class=\"chip " +
        (q.enterprise ? "good\">Enterprise: yes" : "neutral\">Enterprise: no") +
        "</span></div>\n<div class=\"bar\"><span style=\"width:" +
        std::to_string(std::clamp(q.score, 0, 100)) + "%\"></span></div>\n<h3>Top drivers</h3>\n";
    if (q.drivers.empty()) {
        appendEmpty(out, "No criterion is met yet.");
    } else {
        out += "<ul class=\"drivers\">";
        for (std::size_t i = 0; i < q.drivers.size() && i < 5; ++i) {
            const CriterionResult& c = q.criteria[static_cast<std::size_t>(q.drivers[i])];
            out += "<li><span class=\"pts\">+" + oneDecimal(c.contribution) + "</span><span>" +
                   escapeHtml(c.label) + "<span class=\"detail\">" + escapeHtml(c.detail) +
                   "</span></span></li>";
        }
        out += "</ul>\n";
    }
    if (!q.improvements.empty()) {
        out += "<h3>What would move it</h3>\n<ul class=\"drivers gains\">";
        for (std::size_t i = 0; i < q.improvements.size() && i < 3; ++i) {
            const CriterionResult& c = q.criteria[static_cast<std::size_t>(q.improvements[i])];
            out += "<li><span class=\"pts\">+" + oneDecimal(c.potentialGain) + "</span><span>" +
                   escapeHtml(c.label) + "<span class=\"detail\">" + escapeHtml(c.detail) +
                   "</span></span></li>";
        }
        out += "</ul>\n";
    }
    out += "</div>\n";
}

void appendHealth(std::string& out, const HealthResult& health) {
    if (!health.scored) {
        out += "<div class=\"panel\" id=\"health\">\n<h2>Health</h2>\n<p class=\"muted\">" +
               std::string(kNoHealthDataText) + "</p>\n</div>\n";
        return;
    }
    out +=
        "<div class=\"panel\" id=\"health\">\n<h2>Health</h2>\n<div class=\"score\">"
        "<span class=\"big\">" +
        std::to_string(health.score) + "</span><span class=\"of\">/100</span><span class=\"chip " +
        std::string(bandClass(health.band)) + "\">" + std::string(healthBandLabel(health.band)) +
        "</span>";
    if (health.totalPenalty > 0)
        out += "<span class=\"muted small\">base " + std::to_string(health.baseScore) + ", " +
               std::to_string(health.totalPenalty) + " off for warnings</span>";
    out += "</div>\n<div class=\"bar band-" + std::string(bandClass(health.band)) +
           "\"><span style=\"width:" + std::to_string(std::clamp(health.score, 0, 100)) +
           "%\"></span></div>\n<h3>Why</h3>\n<ul class=\"checks\">";
    for (const HealthSignalResult& signal : health.signals) {
        const char* cls = !signal.present ? "na" : signal.healthy ? "ok" : "warn";
        out += std::string("<li class=\"") + cls + "\">" + escapeHtml(signal.sentence) + "</li>";
    }
    for (const HealthFlagResult& flag : health.flags)
        out += "<li class=\"bad\">" + escapeHtml(flag.sentence) + "</li>";
    out += "</ul>\n</div>\n";
}

std::string_view severityClass(FindingSeverity severity) {
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

std::string_view severityLabel(FindingSeverity severity) {
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

void appendCoverage(std::string& out, const std::vector<ReportFinding>& findings) {
    out += "<section id=\"coverage\">\n<h2>Stakeholder coverage</h2>\n";
    if (findings.empty()) {
        appendEmpty(out, "No coverage gaps found.");
    } else {
        // Most serious first; the analysis's own order breaks ties.
        std::vector<const ReportFinding*> sorted;
        for (const ReportFinding& finding : findings) sorted.push_back(&finding);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto* a, const auto* b) { return a->severity > b->severity; });
        out += "<ul class=\"findings\">";
        for (const ReportFinding* finding : sorted) {
            out += "<li><span class=\"chip " + std::string(severityClass(finding->severity)) +
                   "\">" + std::string(severityLabel(finding->severity)) + "</span> " +
                   escapeHtml(finding->text) + "</li>";
        }
        out += "</ul>\n";
    }
    out += "</section>\n";
}

// True when a chart was drawn: the section then sits on its own landscape page.
bool appendStakeholderMap(std::string& out, const Account& account, int maxPeople) {
    if (account.stakeholders.empty()) {
        out += "<section id=\"stakeholders\">\n<h2>Stakeholder map</h2>\n";
        appendEmpty(out, "No stakeholders mapped yet.");
        out += "</section>\n";
        return false;
    }
    out += "<section id=\"stakeholders\" class=\"map\">\n<h2>Stakeholder map</h2>\n";
    std::string note;
    const std::string svg = renderStakeholderMapSvg(account, maxPeople, note);
    out += "<p class=\"muted small\">" + std::to_string(account.stakeholders.size()) +
           (account.stakeholders.size() == 1 ? " stakeholder" : " stakeholders") + ", " +
           std::to_string(account.influenceLines.size()) +
           (account.influenceLines.size() == 1 ? " influence line" : " influence lines") +
           ". Lines show reporting; dashed arrows show influence.</p>\n";
    out +=
        "<div class=\"legend\">"
        "<span><i class=\"sw st-champion\"></i>Champion</span>"
        "<span><i class=\"sw st-supporter\"></i>Supporter</span>"
        "<span><i class=\"sw st-neutral\"></i>Neutral</span>"
        "<span><i class=\"sw st-skeptic\"></i>Skeptic</span>"
        "<span><i class=\"sw st-opponent\"></i>Opponent</span>"
        "<span class=\"gap\"><i class=\"ln ln-influences\"></i>Influences</span>"
        "<span><i class=\"ln ln-conflicts\"></i>Conflicts with</span>"
        "<span><i class=\"ln ln-ally\"></i>Informal ally</span>"
        "<span class=\"gap\"><b>EB</b> economic buyer \xC2\xB7 <b>TDM</b> technical decision "
        "maker</span></div>\n";
    if (!note.empty()) out += "<p class=\"note\">" + escapeHtml(note) + "</p>\n";
    if (svg.empty())
        appendEmpty(out, "The chart is too large to draw.");
    else
        out += "<div class=\"chart\">" + svg + "</div>\n";
    out += "</section>\n";
    return true;
}

void appendPricing(std::string& out, const std::string& summary) {
    out += "<section id=\"pricing\">\n<h2>Pricing scenario</h2>\n";
    if (summary.empty())
        appendEmpty(out, "No pricing scenario chosen.");
    else
        out += "<div class=\"callout prose\">" + escapeHtml(summary) + "</div>\n";
    out += "</section>\n";
}

}  // namespace

std::string renderPlanReport(const Account& account, const ReportOptions& options) {
    const QualificationResult qualification = scoreQualification(account, options.framework);
    const HealthResult health = scoreHealth(account.health, options.coveragePct, options.health);
    const std::string title = account.name.empty() ? "Untitled account" : account.name;

    std::string out;
    out.reserve(64 * 1024);
    out +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"Keystone\">\n<title>";
    appendText(out, title);
    out += " \xE2\x80\x94 Account plan</title>\n<style>\n";
    out += report::styleSheet();
    out += "</style>\n</head>\n<body>\n<main class=\"sheet\">\n";

    appendMasthead(out, account, options);
    appendKpis(out, account, qualification, health);
    // Scores before prose: the panels never split, so on page one they must come first.
    out += "<section class=\"two-panels\">\n";
    appendQualification(out, qualification);
    appendHealth(out, health);
    out += "</section>\n";
    appendSummary(out, account);
    if (options.coverageFindings) appendCoverage(out, *options.coverageFindings);
    report::appendOpportunities(out, account);
    const auto pricing = options.pricingSummary ? options.pricingSummary
                                                : reportPricingSummary(account, options.catalog);
    if (pricing) appendPricing(out, *pricing);
    report::appendRisks(out, account, options.today);
    report::appendMetrics(out, account);
    report::appendCompetitors(out, account);
    report::appendObjectives(out, account, options.today);
    const bool chartPage = appendStakeholderMap(out, account, options.maxChartPeople);

    // On the chart's landscape page, or printing would start a page just for the footer.
    out += chartPage ? "<footer class=\"foot on-chart\"><span>" : "<footer class=\"foot\"><span>";
    appendText(out, title);
    out += " \xC2\xB7 account plan";
    if (!options.today.empty()) out += " as of " + escapeHtml(displayDate(options.today));
    out +=
        "</span><span>Confidential \xC2\xB7 prepared with Keystone</span></footer>\n"
        "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace keystone
