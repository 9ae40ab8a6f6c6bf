// The one-page report: document shell, masthead and key figures, executive summary,
// qualification, health and pricing, and the helpers every section shares. The lists live
// in plan_report_lists.cpp, the stakeholders in plan_report_people.cpp, the CSS in
// plan_report_style.cpp.
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

std::string clipped(std::string_view text, std::size_t maxChars) {
    std::string cut = truncateText(text, maxChars);
    static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
    if (cut.size() < kEllipsis.size() ||
        cut.compare(cut.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) != 0)
        return escapeHtml(cut);
    // Cut where a reader would stop: after the last whole sentence when that keeps at least
    // half, else at the last space in the final fifth. Scripts without spaces (Chinese,
    // Japanese) keep the cut as it is.
    const std::size_t body = cut.size() - kEllipsis.size();
    const std::size_t sentence = cut.rfind(". ", body);
    const std::size_t space = cut.rfind(' ', body);
    if (sentence != std::string::npos && sentence * 2 >= body) {
        cut.resize(sentence + 1);
        cut += " ";
    } else if (space != std::string::npos && space * 5 >= body * 4) {
        cut.resize(space);
        while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';'))
            cut.pop_back();
    } else {
        cut.resize(body);
    }
    return escapeHtml(cut += kEllipsis);
}

void appendMore(std::string& out, std::size_t hidden, std::string_view one, std::string_view many) {
    if (hidden == 0) return;
    out += "<li class=\"more\">and " + std::to_string(hidden) + " more ";
    out += hidden == 1 ? one : many;
    out += "</li>";
}

void openSection(std::string& out, std::string_view id, std::string_view heading) {
    out += "<section id=\"";
    out += id;
    out += "\">\n<h2>";
    out += heading;
    out += "</h2>\n";
}

std::string chip(std::string_view cls, std::string_view label) {
    return "<span class=\"chip " + std::string(cls) + "\">" + escapeHtml(label) + "</span>";
}

}  // namespace report

namespace {

using report::appendEmpty;
using report::appendMore;
using report::appendText;
using report::chip;
using report::clipped;
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
    out += value.empty() ? "\xE2\x80\x94" : clipped(value, report::kShortChars);
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

std::string renewalText(const Account& account, const std::string& todayIso) {
    std::string renewal = displayDate(account.renewalDate);
    const Result<Date> renewalDate = parseIsoDate(account.renewalDate);
    const Result<Date> today = parseIsoDate(todayIso);
    if (renewalDate.ok() && today.ok()) {
        const std::int64_t days = daysBetween(today.value(), renewalDate.value());
        if (days > 0)
            renewal += " (in " + std::to_string(days) + (days == 1 ? " day)" : " days)");
        else if (days == 0)
            renewal += " (today)";
        else
            renewal += " (" + std::to_string(-days) + " days ago)";
    }
    return renewal;
}

void appendMasthead(std::string& out, const Account& account, const ReportOptions& options) {
    out += "<header class=\"masthead\">\n<div class=\"title-row\"><h1>";
    out += clipped(account.name.empty() ? "Untitled account" : account.name, report::kNameChars);
    out +=
        "</h1><div class=\"eyebrow\">Account plan summary \xC2\xB7 "
        "<span class=\"confidential\">Confidential</span></div></div>\n<dl class=\"facts\">";
    appendFact(out, "Industry", account.industry);
    appendFact(out, "Headquarters", account.qualification.hqCountry);
    appendFact(out, "Current ARR", formatMoney(account.currentArr, account.currency));
    appendFact(out, "Renewal", renewalText(account, options.today));
    if (!options.today.empty()) appendFact(out, "As of", displayDate(options.today));
    out += "</dl>\n";
    if (!account.team.empty()) {
        out += "<p class=\"team\"><span class=\"team-label\">Account team</span> ";
        const std::size_t shown = std::min(account.team.size(), report::kMaxTeam);
        for (std::size_t i = 0; i < shown; ++i) {
            if (i > 0) out += " <span class=\"sep\">\xC2\xB7</span> ";  // spaces: break points
            out += "<span class=\"member\">" + clipped(account.team[i].name, report::kShortChars) +
                   " <span class=\"muted\">";
            appendText(out, ourRoleLabel(account.team[i].role));
            out += "</span></span>";
        }
        if (account.team.size() > shown)
            out += " <span class=\"member muted\">and " +
                   std::to_string(account.team.size() - shown) + " more</span>";
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

void appendProse(std::string& out, std::string_view heading, const std::string& text,
                 std::string_view emptyMessage) {
    out += "<h3>";
    out += heading;
    out += "</h3>";
    if (text.empty())
        appendEmpty(out, emptyMessage);
    else
        out += "<p class=\"prose\">" + clipped(text, report::kProseChars) + "</p>\n";
}

void appendSummary(std::string& out, const Account& account) {
    const ExecutiveSummary& s = account.summary;
    report::openSection(out, "summary", "Executive summary");
    appendProse(out, "Their business", s.business, "No business summary written yet.");
    appendProse(out, "Our partnership", s.partnership, "No partnership summary written yet.");
    out += "<h3>Strategic goals</h3>\n";
    if (s.goals.empty()) {
        appendEmpty(out, "No strategic goals recorded yet.");
    } else {
        out += "<ul class=\"items\">";
        const std::size_t shown = std::min(s.goals.size(), report::kMaxGoals);
        for (std::size_t i = 0; i < shown; ++i) {
            const StrategicGoal& goal = s.goals[i];
            out += "<li><div class=\"row\"><span class=\"name\">" +
                   clipped(goal.title, report::kNameChars) + "</span><span class=\"date\">" +
                   escapeHtml(displayDate(goal.targetDate)) + "</span></div>";
            if (!goal.howWeHelp.empty())
                out += "<div class=\"detail\">" + clipped(goal.howWeHelp, report::kDetailChars) +
                       "</div>";
            out += "</li>";
        }
        appendMore(out, s.goals.size() - shown, "goal", "goals");
        out += "</ul>\n";
    }
    out += "</section>\n";
}

// One criterion: its points and its label (what it is based on stays in Keystone).
void appendCriterion(std::string& out, double points, const CriterionResult& c) {
    out += "<li><span class=\"pts\">+" + oneDecimal(points) + "</span><span>" +
           clipped(c.label, report::kNameChars) + "</span></li>";
}

// The score itself is in the key figures above; this says what makes it.
void appendQualification(std::string& out, const QualificationResult& q) {
    report::openSection(out, "qualification", "Qualification");
    out += "<h3>Top drivers</h3>\n";
    if (q.drivers.empty()) {
        appendEmpty(out, "No criterion is met yet.");
    } else {
        out += "<ul class=\"drivers\">";
        const std::size_t shown = std::min(q.drivers.size(), report::kMaxDrivers);
        for (std::size_t i = 0; i < shown; ++i) {
            const CriterionResult& c = q.criteria[static_cast<std::size_t>(q.drivers[i])];
            appendCriterion(out, c.contribution, c);
        }
        out += "</ul>\n";
    }
    if (!q.improvements.empty()) {
        out += "<h3>What would move it</h3>\n<ul class=\"drivers gains\">";
        const std::size_t shown = std::min(q.improvements.size(), report::kMaxGains);
        for (std::size_t i = 0; i < shown; ++i) {
            const CriterionResult& c = q.criteria[static_cast<std::size_t>(q.improvements[i])];
            appendCriterion(out, c.potentialGain, c);
        }
        out += "</ul>\n";
    }
    out += "</section>\n";
}

void appendHealth(std::string& out, const HealthResult& health) {
    report::openSection(out, "health", "Health");
    if (!health.scored) {
        out += "<p class=\"muted\">" + std::string(kNoHealthDataText) + "</p>\n</section>\n";
        return;
    }
    out += "<ul class=\"checks\">";
    // What needs attention first: warnings, then signals below their healthy line, then
    // the healthy ones, then those never entered.
    std::vector<std::pair<const char*, const std::string*>> lines;
    for (const HealthFlagResult& flag : health.flags) lines.emplace_back("bad", &flag.sentence);
    for (const char* wanted : {"warn", "ok", "na"})
        for (const HealthSignalResult& signal : health.signals) {
            const char* cls = !signal.present ? "na" : signal.healthy ? "ok" : "warn";
            if (std::string_view(cls) == wanted) lines.emplace_back(cls, &signal.sentence);
        }
    const std::size_t shown = std::min(lines.size(), report::kMaxHealthLines);
    for (std::size_t i = 0; i < shown; ++i)
        out += std::string("<li class=\"") + lines[i].first + "\">" +
               clipped(*lines[i].second, report::kDetailChars) + "</li>";
    appendMore(out, lines.size() - shown, "signal", "signals");
    out += "</ul>\n</section>\n";
}

void appendPricing(std::string& out, const std::string& summary) {
    report::openSection(out, "pricing", "Pricing scenario");
    if (summary.empty())
        appendEmpty(out, "No pricing scenario chosen.");
    else
        out += "<p class=\"callout\">" + clipped(summary, report::kPricingChars) + "</p>\n";
    out += "</section>\n";
}

}  // namespace

std::string renderPlanReport(const Account& account, const ReportOptions& options) {
    const QualificationResult qualification = scoreQualification(account, options.framework);
    const HealthResult health = scoreHealth(account.health, options.coveragePct, options.health);
    const std::string title = account.name.empty() ? "Untitled account" : account.name;

    std::string out;
    out.reserve(32 * 1024);
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
    // Read down the first column, then the second: the story first (summary, scores,
    // deals), then what could go wrong and who decides.
    out += "<div class=\"columns\">\n";
    appendSummary(out, account);
    appendQualification(out, qualification);
    appendHealth(out, health);
    report::appendOpportunities(out, account);
    const auto pricing = options.pricingSummary ? options.pricingSummary
                                                : reportPricingSummary(account, options.catalog);
    if (pricing) appendPricing(out, *pricing);
    report::appendObjectives(out, account, options.today);
    report::appendRisks(out, account, options.today);
    report::appendStakeholders(out, account, options.coverageFindings);
    report::appendMetrics(out, account);
    report::appendCompetitors(out, account);
    out += "</div>\n<footer class=\"foot\"><span>";
    out += clipped(title, report::kShortChars);
    out += " \xC2\xB7 account plan";
    if (!options.today.empty()) out += " as of " + escapeHtml(displayDate(options.today));
    out +=
        "</span><span>Confidential \xC2\xB7 prepared with Keystone</span></footer>\n"
        "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace keystone
