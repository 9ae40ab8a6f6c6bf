// The report's table sections: opportunities, risks with their heat map, success metrics,
// competitors, and objectives with their actions.
#include <algorithm>
#include <cstdio>

#include "core/health/metric_trend.h"
#include "core/health/risk_matrix.h"
#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/report/plan_report_parts.h"

namespace keystone::report {
namespace {

// Opens a section: <section id=…><h2>…</h2>.
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

std::string_view riskLevelClass(RiskLevel level) {
    switch (level) {
        case RiskLevel::Critical:
            return "bad";
        case RiskLevel::High:
            return "high";
        case RiskLevel::Medium:
            return "warn";
        case RiskLevel::Low:
            break;
    }
    return "good";
}

std::string_view workStatusClass(WorkStatus status) {
    switch (status) {
        case WorkStatus::Done:
            return "good";
        case WorkStatus::InProgress:
            return "accent";
        case WorkStatus::Blocked:
            return "bad";
        case WorkStatus::NotStarted:
            break;
    }
    return "neutral";
}

void appendHeatMap(std::string& out, const std::vector<Risk>& risks) {
    const RiskHeatMap map = buildRiskHeatMap(risks);
    out +=
        "<figure class=\"heat\"><table class=\"heat-grid\" aria-label=\"Open risks by "
        "likelihood and impact\"><tbody>";
    for (int likelihood = kRiskScaleMax; likelihood >= kRiskScaleMin; --likelihood) {
        out += "<tr><th scope=\"row\">" + std::to_string(likelihood) + "</th>";
        for (int impact = kRiskScaleMin; impact <= kRiskScaleMax; ++impact) {
            const std::size_t count = map.at(likelihood, impact).size();
            const RiskLevel level = riskLevelForSeverity(riskSeverity(likelihood, impact));
            out += "<td class=\"lv-" + std::string(riskLevelClass(level)) +
                   (count > 0 ? " hit" : "") + "\">";
            if (count > 0) out += std::to_string(count);
            out += "</td>";
        }
        out += "</tr>";
    }
    out += "<tr class=\"axis\"><th></th>";
    for (int impact = kRiskScaleMin; impact <= kRiskScaleMax; ++impact)
        out += "<th>" + std::to_string(impact) + "</th>";
    out +=
        "</tr></tbody></table><figcaption>Open risks: likelihood (rows) \xC3\x97 impact "
        "(columns)</figcaption></figure>";
}

}  // namespace

void appendOpportunities(std::string& out, const Account& account) {
    openSection(out, "opportunities", "Opportunities");
    if (account.opportunities.empty()) {
        appendEmpty(out, "No opportunities on the roadmap yet.");
        out += "</section>\n";
        return;
    }
    // Open deals first, soonest close first; closed ones after them (history, not pipeline).
    std::vector<const Opportunity*> rows;
    for (const Opportunity& o : account.opportunities) rows.push_back(&o);
    std::stable_sort(rows.begin(), rows.end(), [](const Opportunity* a, const Opportunity* b) {
        const bool openA = isOpenOpportunity(*a), openB = isOpenOpportunity(*b);
        if (openA != openB) return openA;
        return openA && a->closeDate < b->closeDate;
    });
    const std::string& currency = account.currency;
    out +=
        "<table class=\"grid\"><thead><tr><th>Opportunity</th><th>Stage</th>"
        "<th class=\"num\">Prob.</th><th class=\"num\">Amount</th><th class=\"num\">Weighted</th>"
        "<th class=\"date\">Close</th></tr></thead><tbody>\n";
    for (const Opportunity* o : rows) {
        const bool open = isOpenOpportunity(*o);
        out += std::string("<tr") + (open ? "" : " class=\"closed\"") +
               "><td><div class=\"strong\">" + escapeHtml(o->name) + "</div>";
        std::string sub = o->offering;
        if (!o->businessUnit.empty()) sub += (sub.empty() ? "" : " \xC2\xB7 ") + o->businessUnit;
        if (!sub.empty()) out += "<div class=\"detail\">" + escapeHtml(sub) + "</div>";
        if (open && !o->nextStep.empty())
            out += "<div class=\"detail\">Next: " + escapeHtml(o->nextStep) + "</div>";
        const std::string_view stageClass = o->stage == SalesStage::ClosedWon    ? "good"
                                            : o->stage == SalesStage::ClosedLost ? "bad"
                                                                                 : "neutral";
        out += "</td><td>" + chip(stageClass, salesStageLabel(o->stage)) +
               "</td><td class=\"num\">" + std::to_string(std::clamp(o->probabilityPct, 0, 100)) +
               "%</td><td class=\"num\">" + escapeHtml(formatMoney(o->amount, currency)) +
               "</td><td class=\"num\">" +
               (open ? escapeHtml(formatMoney(weightedAmount(*o), currency)) : "\xE2\x80\x94") +
               "</td><td class=\"date\">" + escapeHtml(displayDate(o->closeDate)) + "</td></tr>\n";
    }
    const AccountPipeline pipeline = accountPipeline(account);
    out += "</tbody><tfoot><tr><td colspan=\"3\">Weighted pipeline (" +
           std::to_string(pipeline.openOpportunities) + " open)</td><td class=\"num\">" +
           escapeHtml(formatMoney(pipeline.openAmount, currency)) + "</td><td class=\"num\">" +
           escapeHtml(formatMoney(pipeline.weighted, currency)) +
           "</td><td></td></tr></tfoot></table>\n</section>\n";
}

void appendRisks(std::string& out, const Account& account, const std::string& today) {
    openSection(out, "risks", "Risks");
    if (account.risks.empty()) {
        appendEmpty(out, "No risks recorded.");
        out += "</section>\n";
        return;
    }
    std::vector<std::size_t> order = risksBySeverity(account.risks);
    // Exposure first: open and mitigating risks by severity, closed ones at the bottom.
    std::stable_partition(order.begin(), order.end(),
                          [&](std::size_t i) { return isRiskOpen(account.risks[i]); });
    out +=
        "<div class=\"risk-layout\"><table class=\"grid\"><thead><tr><th>Risk</th>"
        "<th>Severity</th><th>Status</th><th>Owner</th><th class=\"date\">Due</th></tr></thead>"
        "<tbody>\n";
    for (std::size_t index : order) {
        const Risk& risk = account.risks[index];
        const int severity = riskSeverity(risk);
        const RiskLevel level = riskLevelForSeverity(severity);
        const bool overdue = isRiskOpen(risk) && isBefore(risk.dueDate, today);
        out += std::string("<tr") + (isRiskOpen(risk) ? "" : " class=\"closed\"") +
               "><td><div class=\"strong\">" + escapeHtml(risk.title) + "</div>";
        if (!risk.mitigation.empty())
            out += "<div class=\"detail\">Mitigation: " + escapeHtml(risk.mitigation) + "</div>";
        out += "</td><td class=\"nowrap\">" +
               chip(riskLevelClass(level),
                    std::string(riskLevelLabel(level)) + " " + std::to_string(severity)) +
               "<div class=\"detail\">L" + std::to_string(clampRiskScale(risk.likelihood)) +
               " \xC3\x97 I" + std::to_string(clampRiskScale(risk.impact)) + "</div></td><td>" +
               escapeHtml(riskStatusLabel(risk.status)) + "</td><td>" + escapeHtml(risk.owner) +
               "</td><td class=\"date\">" + escapeHtml(displayDate(risk.dueDate)) +
               (overdue ? "<div class=\"overdue\">Overdue</div>" : "") + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
    appendHeatMap(out, account.risks);
    out += "</div>\n</section>\n";
}

void appendMetrics(std::string& out, const Account& account) {
    openSection(out, "metrics", "Success metrics");
    if (account.metrics.empty()) {
        appendEmpty(out, "No success metrics defined yet.");
        out += "</section>\n";
        return;
    }
    out +=
        "<table class=\"grid\"><thead><tr><th>Metric</th><th class=\"num\">Baseline</th>"
        "<th class=\"num\">Target</th><th class=\"num\">Latest</th><th>Trend</th>"
        "<th>Status</th></tr></thead><tbody>\n";
    for (const SuccessMetric& metric : account.metrics) {
        const MetricTrend trend = analyseMetric(metric);
        std::string arrow = "\xE2\x80\x93";  // – not enough data
        std::string_view trendClass = "muted";
        if (trend.direction != TrendDirection::NotEnoughData) {
            // The arrow shows which way the number moves; its colour whether that is good.
            if (trend.direction == TrendDirection::Flat)
                arrow = "\xE2\x86\x92";  // →
            else
                arrow = trend.slopePerQuarter >= 0 ? "\xE2\x86\x91" : "\xE2\x86\x93";  // ↑ ↓
            trendClass = trend.direction == TrendDirection::Improving   ? "up-good"
                         : trend.direction == TrendDirection::Declining ? "up-bad"
                                                                        : "muted";
        }
        const std::string_view statusClass = trend.status == TargetStatus::TargetMet  ? "good"
                                             : trend.status == TargetStatus::OnTrack  ? "accent"
                                             : trend.status == TargetStatus::OffTrack ? "warn"
                                                                                      : "neutral";
        out +=
            "<tr><td><div class=\"strong\">" + escapeHtml(metric.name) +
            "</div><div class=\"detail\">" + escapeHtml(metricCategoryLabel(metric.category)) +
            (metric.higherIsBetter ? " \xC2\xB7 higher is better" : " \xC2\xB7 lower is better") +
            "</div></td><td class=\"num\">" +
            escapeHtml(formatMetricValue(metric.baseline, metric.unit)) +
            "</td><td class=\"num\">" + escapeHtml(formatMetricValue(metric.target, metric.unit)) +
            "</td><td class=\"num\">" +
            (trend.hasLatest
                 ? escapeHtml(formatMetricValue(trend.latest, metric.unit)) +
                       "<div class=\"detail\">" + escapeHtml(trend.latestQuarter) + "</div>"
                 : std::string("\xE2\x80\x94")) +
            "</td><td class=\"nowrap\"><span class=\"arrow " + std::string(trendClass) + "\">" +
            arrow + "</span> " + escapeHtml(trendDirectionLabel(trend.direction)) + "</td><td>" +
            chip(statusClass, targetStatusLabel(trend.status)) + "</td></tr>\n";
    }
    out += "</tbody></table>\n</section>\n";
}

void appendCompetitors(std::string& out, const Account& account) {
    openSection(out, "competitors", "Competitors");
    if (account.competitors.empty()) {
        appendEmpty(out, "No competitors recorded.");
        out += "</section>\n";
        return;
    }
    out +=
        "<table class=\"grid\"><thead><tr><th class=\"w-name\">Competitor</th><th>Threat</th>"
        "<th>Their strengths</th><th>Our differentiation</th></tr></thead><tbody>\n";
    for (const Competitor& c : account.competitors) {
        const std::string_view threatClass = c.threat == ThreatLevel::High     ? "bad"
                                             : c.threat == ThreatLevel::Medium ? "warn"
                                                                               : "good";
        out += "<tr><td><div class=\"strong\">" + escapeHtml(c.name) + "</div>" +
               (c.incumbent ? "<div class=\"detail\">Incumbent</div>" : "") + "</td><td>" +
               chip(threatClass, threatLevelLabel(c.threat)) + "</td><td>" +
               escapeHtml(c.strengths) + "</td><td>" + escapeHtml(c.differentiation) +
               "</td></tr>\n";
    }
    out += "</tbody></table>\n</section>\n";
}

void appendObjectives(std::string& out, const Account& account, const std::string& today) {
    openSection(out, "objectives", "Objectives and actions");
    if (account.objectives.empty()) {
        appendEmpty(out, "No objectives set yet.");
        out += "</section>\n";
        return;
    }
    for (const Objective& o : account.objectives) {
        out += "<div class=\"objective\"><div class=\"objective-head\"><span class=\"strong\">" +
               escapeHtml(o.title) + "</span>" +
               chip(workStatusClass(o.status), workStatusLabel(o.status)) +
               "<span class=\"muted small\">Target " + escapeHtml(displayDate(o.targetDate)) +
               "</span></div>\n";
        if (!o.description.empty())
            out += "<p class=\"prose detail\">" + escapeHtml(o.description) + "</p>\n";
        if (o.actions.empty()) {
            appendEmpty(out, "No actions planned.");
        } else {
            out +=
                "<table class=\"grid actions\"><thead><tr><th>Action</th><th>Type</th>"
                "<th>Owner</th><th class=\"date\">Due</th><th>Status</th></tr></thead><tbody>\n";
            for (const PlanAction& a : o.actions) {
                const bool overdue = a.status != WorkStatus::Done && isBefore(a.dueDate, today);
                out += "<tr><td>" + escapeHtml(a.title) + "</td><td class=\"muted\">" +
                       escapeHtml(actionKindLabel(a.kind)) + "</td><td>" + escapeHtml(a.owner) +
                       "</td><td class=\"date\">" + escapeHtml(displayDate(a.dueDate)) +
                       (overdue ? "<div class=\"overdue\">Overdue</div>" : "") + "</td><td>" +
                       chip(workStatusClass(a.status), workStatusLabel(a.status)) + "</td></tr>\n";
            }
            out += "</tbody></table>\n";
        }
        out += "</div>\n";
    }
    out += "</section>\n";
}

}  // namespace keystone::report
