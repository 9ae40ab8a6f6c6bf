// The report's lists: opportunities, objectives with their next action, risks, success
// metrics and competitors. Each shows the few that matter most (plan_report_parts.h has
// how many) and counts the rest.
#include <algorithm>
#include <cstdio>

#include "core/health/metric_trend.h"
#include "core/health/risk_matrix.h"
#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/report/plan_report_parts.h"

namespace keystone::report {
namespace {

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

// Dates as typed sort as text, which for ISO dates is their order; an empty date goes last.
bool earlierDate(const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();
    return a < b;
}

// <li><div class="row"><span class="name">name</span>right</div>
void openItem(std::string& out, std::string_view nameHtml, std::string_view rightHtml) {
    out += "<li><div class=\"row\"><span class=\"name\">";
    out += nameHtml;
    out += "</span>";
    out += rightHtml;
    out += "</div>";
}

void appendDetail(std::string& out, const std::string& html) {
    if (!html.empty()) out += "<div class=\"detail\">" + html + "</div>";
}

std::string overdueMark(bool overdue) {
    return overdue ? " <span class=\"overdue\">Overdue</span>" : "";
}

}  // namespace

void appendOpportunities(std::string& out, const Account& account) {
    openSection(out, "opportunities", "Opportunities");
    if (account.opportunities.empty()) {
        appendEmpty(out, "No opportunities on the roadmap yet.");
        out += "</section>\n";
        return;
    }
    // The deals that weigh most in the pipeline; sooner close, then plan order, break ties.
    std::vector<const Opportunity*> open;
    int won = 0, lost = 0;
    for (const Opportunity& o : account.opportunities) {
        if (isOpenOpportunity(o))
            open.push_back(&o);
        else
            ++(o.stage == SalesStage::ClosedWon ? won : lost);
    }
    std::stable_sort(open.begin(), open.end(), [](const Opportunity* a, const Opportunity* b) {
        const MinorUnits wa = weightedAmount(*a), wb = weightedAmount(*b);
        if (wa != wb) return wa > wb;
        return earlierDate(a->closeDate, b->closeDate);
    });
    const std::string& currency = account.currency;
    if (open.empty()) {
        appendEmpty(out, "No open opportunities.");
    } else {
        out += "<ul class=\"items\">";
        const std::size_t shown = std::min(open.size(), kMaxOpportunities);
        for (std::size_t i = 0; i < shown; ++i) {
            const Opportunity& o = *open[i];
            openItem(
                out, clipped(o.name, kNameChars),
                "<span class=\"num\">" + escapeHtml(formatMoney(o.amount, currency)) + "</span>");
            std::string facts = chip("neutral", salesStageLabel(o.stage)) + " " +
                                std::to_string(std::clamp(o.probabilityPct, 0, 100)) +
                                "% \xC2\xB7 closes " + escapeHtml(displayDate(o.closeDate));
            appendDetail(out, facts);
            if (!o.nextStep.empty())
                appendDetail(out, "Next: " + clipped(o.nextStep, kDetailChars));
            out += "</li>";
        }
        appendMore(out, open.size() - shown, "open opportunity", "open opportunities");
        out += "</ul>\n";
    }
    const AccountPipeline pipeline = accountPipeline(account);
    out += "<p class=\"total\"><span>Weighted pipeline (" +
           std::to_string(pipeline.openOpportunities) + " open)</span><span class=\"num\">" +
           escapeHtml(formatMoney(pipeline.weighted, currency)) +
           "</span></p>\n<p class=\"muted small\">" +
           escapeHtml(formatMoney(pipeline.openAmount, currency)) + " before weighting";
    if (won + lost > 0)
        out +=
            " \xC2\xB7 closed: " + std::to_string(won) + " won, " + std::to_string(lost) + " lost";
    out += ".</p>\n";
    out += "</section>\n";
}

void appendObjectives(std::string& out, const Account& account, const std::string& today) {
    openSection(out, "objectives", "Objectives and next actions");
    if (account.objectives.empty()) {
        appendEmpty(out, "No objectives set yet.");
        out += "</section>\n";
        return;
    }
    // Work still to do first, the nearest target first.
    std::vector<const Objective*> order;
    for (const Objective& o : account.objectives) order.push_back(&o);
    std::stable_sort(order.begin(), order.end(), [](const Objective* a, const Objective* b) {
        const bool doneA = a->status == WorkStatus::Done, doneB = b->status == WorkStatus::Done;
        if (doneA != doneB) return doneB;
        return earlierDate(a->targetDate, b->targetDate);
    });
    out += "<ul class=\"items\">";
    const std::size_t shown = std::min(order.size(), kMaxObjectives);
    for (std::size_t i = 0; i < shown; ++i) {
        const Objective& o = *order[i];
        openItem(out, clipped(o.title, kNameChars),
                 chip(workStatusClass(o.status), workStatusLabel(o.status)));
        std::size_t done = 0;
        const PlanAction* next = nullptr;  // the open action due soonest
        for (const PlanAction& a : o.actions) {
            if (a.status == WorkStatus::Done) {
                ++done;
                continue;
            }
            if (!next || earlierDate(a.dueDate, next->dueDate)) next = &a;
        }
        std::string facts = "Target " + escapeHtml(displayDate(o.targetDate));
        if (!o.actions.empty())
            facts += " \xC2\xB7 " + std::to_string(done) + " of " +
                     std::to_string(o.actions.size()) +
                     (o.actions.size() == 1 ? " action done" : " actions done");
        appendDetail(out, facts);
        if (next) {
            std::string line = "Next: " + clipped(next->title, kDetailChars);
            if (!next->owner.empty()) line += " \xE2\x80\x94 " + clipped(next->owner, kShortChars);
            line += ", " + escapeHtml(displayDate(next->dueDate)) +
                    overdueMark(isBefore(next->dueDate, today));
            appendDetail(out, line);
        }
        out += "</li>";
    }
    appendMore(out, order.size() - shown, "objective", "objectives");
    out += "</ul>\n</section>\n";
}

void appendRisks(std::string& out, const Account& account, const std::string& today) {
    openSection(out, "risks", "Top risks");
    std::vector<std::size_t> open;
    for (std::size_t index : risksBySeverity(account.risks))
        if (isRiskOpen(account.risks[index])) open.push_back(index);
    const std::size_t closed = account.risks.size() - open.size();
    const std::string closedNote =
        std::to_string(closed) + (closed == 1 ? " closed risk" : " closed risks") + " not listed";
    if (open.empty()) {
        appendEmpty(out, account.risks.empty() ? "No risks recorded." : "No open risks.");
        if (closed > 0) out += "<p class=\"muted small\">" + closedNote + ".</p>\n";
    } else {
        out += "<ul class=\"items\">";
        const std::size_t shown = std::min(open.size(), kMaxRisks);
        for (std::size_t i = 0; i < shown; ++i) {
            const Risk& risk = account.risks[open[i]];
            const int severity = riskSeverity(risk);
            const RiskLevel level = riskLevelForSeverity(severity);
            openItem(out, clipped(risk.title, kNameChars),
                     chip(riskLevelClass(level),
                          std::string(riskLevelLabel(level)) + " " + std::to_string(severity)));
            std::string facts = escapeHtml(riskStatusLabel(risk.status));
            if (!risk.owner.empty()) facts += " \xC2\xB7 " + clipped(risk.owner, kShortChars);
            if (!risk.dueDate.empty())
                facts += " \xC2\xB7 due " + escapeHtml(displayDate(risk.dueDate)) +
                         overdueMark(isRiskOverdue(risk, today));
            appendDetail(out, facts);
            if (!risk.mitigation.empty())
                appendDetail(out, "Mitigation: " + clipped(risk.mitigation, kDetailChars));
            out += "</li>";
        }
        appendMore(out, open.size() - shown, "open risk", "open risks");
        if (closed > 0) out += "<li class=\"more\">" + closedNote + "</li>";
        out += "</ul>\n";
    }
    out += "</section>\n";
}

void appendMetrics(std::string& out, const Account& account) {
    openSection(out, "metrics", "Success metrics");
    if (account.metrics.empty()) {
        appendEmpty(out, "No success metrics defined yet.");
        out += "</section>\n";
        return;
    }
    std::vector<std::pair<const SuccessMetric*, MetricTrend>> rows;
    for (const SuccessMetric& metric : account.metrics)
        rows.emplace_back(&metric, analyseMetric(metric));
    // The ones off track are the ones a reader must hear about.
    std::stable_partition(rows.begin(), rows.end(), [](const auto& row) {
        return row.second.status == TargetStatus::OffTrack;
    });
    out += "<ul class=\"items\">";
    const std::size_t shown = std::min(rows.size(), kMaxMetrics);
    for (std::size_t i = 0; i < shown; ++i) {
        const SuccessMetric& metric = *rows[i].first;
        const MetricTrend& trend = rows[i].second;
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
        openItem(out, clipped(metric.name, kNameChars),
                 chip(statusClass, targetStatusLabel(trend.status)));
        std::string facts = "<span class=\"arrow " + std::string(trendClass) + "\">" + arrow +
                            "</span> " + escapeHtml(trendDirectionLabel(trend.direction));
        if (trend.hasLatest)
            facts +=
                " \xC2\xB7 " + clipped(formatMetricValue(trend.latest, metric.unit), kShortChars);
        facts += " \xC2\xB7 target " +
                 clipped(formatMetricValue(metric.target, metric.unit), kShortChars);
        appendDetail(out, facts);
        out += "</li>";
    }
    appendMore(out, rows.size() - shown, "metric", "metrics");
    out += "</ul>\n</section>\n";
}

void appendCompetitors(std::string& out, const Account& account) {
    openSection(out, "competitors", "Competitors");
    if (account.competitors.empty()) {
        appendEmpty(out, "No competitors recorded.");
        out += "</section>\n";
        return;
    }
    // The biggest threat first; between equals, the incumbent.
    std::vector<const Competitor*> order;
    for (const Competitor& c : account.competitors) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const Competitor* a, const Competitor* b) {
        if (a->threat != b->threat) return a->threat > b->threat;
        return a->incumbent && !b->incumbent;
    });
    out += "<ul class=\"items\">";
    const std::size_t shown = std::min(order.size(), kMaxCompetitors);
    for (std::size_t i = 0; i < shown; ++i) {
        const Competitor& c = *order[i];
        const std::string_view threatClass = c.threat == ThreatLevel::High     ? "bad"
                                             : c.threat == ThreatLevel::Medium ? "warn"
                                                                               : "good";
        openItem(out,
                 clipped(c.name, kNameChars) +
                     (c.incumbent ? " <span class=\"muted small\">Incumbent</span>" : ""),
                 chip(threatClass, std::string(threatLevelLabel(c.threat)) + " threat"));
        if (!c.differentiation.empty())
            appendDetail(out, "Our edge: " + clipped(c.differentiation, kDetailChars));
        out += "</li>";
    }
    appendMore(out, order.size() - shown, "competitor", "competitors");
    out += "</ul>\n</section>\n";
}

}  // namespace keystone::report
