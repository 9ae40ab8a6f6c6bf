// The report's stylesheet. Neutral business look, one accent (#2563eb), local fonts only
// (Inter when installed, else the system UI font): a url() or @import here would break
// the "no external resources" promise and the page's Content-Security-Policy.
//
// Print: no fixed page size, so the same file prints on A4 and Letter; the stakeholder
// map gets a landscape page of its own because org charts are wide.
#include "core/report/plan_report_parts.h"

namespace keystone::report {

std::string_view styleSheet() {
    return R"css(@page { margin: 14mm 12mm 16mm; }
@page chart { size: landscape; margin: 10mm 12mm 14mm; }
:root { --accent: #2563eb; --ink: #111827; --text: #1f2937; --muted: #6b7280; --line: #e5e7eb;
  --rule: #d1d5db; --soft: #f9fafb; --good: #15803d; --warn: #b45309; --bad: #b91c1c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef0f3; color: var(--text);
  font: 13px/1.45 Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans CJK JP", "Hiragino Sans", "PingFang SC", "Microsoft YaHei", "Malgun Gothic", sans-serif;
  font-feature-settings: "cv11", "ss01"; -webkit-font-smoothing: antialiased; overflow-wrap: break-word; }
.sheet { max-width: 210mm; margin: 24px auto; padding: 14mm 13mm 10mm; background: #fff;
  box-shadow: 0 1px 2px rgba(17,24,39,.06), 0 8px 28px rgba(17,24,39,.08); border-radius: 2px; }
h1, h2, h3 { color: var(--ink); }
h1 { font-size: 26px; line-height: 1.2; margin: 4px 0 10px; letter-spacing: -0.015em; font-weight: 700; }
h2 { font-size: 15px; margin: 0 0 10px; padding-bottom: 5px; border-bottom: 1px solid var(--line);
  font-weight: 650; break-after: avoid; page-break-after: avoid; }
h2::before { content: ""; display: inline-block; width: 3px; height: 13px; margin-right: 8px;
  background: var(--accent); border-radius: 1px; vertical-align: -1px; }
h3 { font-size: 10.5px; font-weight: 650; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); margin: 14px 0 6px; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 8px; }
section { margin-top: 22px; }
.muted { color: var(--muted); }
.small { font-size: 11px; }
.strong { font-weight: 600; color: var(--ink); }
.nowrap { white-space: nowrap; }
.prose { white-space: pre-line; }
.empty { margin: 0; padding: 8px 12px; color: var(--muted); font-style: italic; background: var(--soft);
  border: 1px dashed var(--rule); border-radius: 6px; }

/* Masthead and key figures */
.masthead { border-bottom: 3px solid var(--accent); padding-bottom: 12px; }
.eyebrow { font-size: 11px; font-weight: 650; letter-spacing: .09em; text-transform: uppercase; color: var(--accent); }
.confidential { float: right; color: var(--muted); font-weight: 600; }
.facts { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0; }
.facts dt { font-size: 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.facts dd { margin: 1px 0 0; font-weight: 600; color: var(--ink); }
.team { margin: 10px 0 0; font-size: 12px; }
.team-label { font-size: 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin-right: 6px; }
.team .sep { color: var(--rule); margin: 0 3px; }
.team .member { white-space: nowrap; }
.kpis { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin-top: 14px; break-inside: avoid; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 9px 11px 8px; background: #fff; }
.kpi-label { font-size: 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.kpi-value { font-size: 21px; font-weight: 700; color: var(--ink); line-height: 1.25; font-variant-numeric: tabular-nums; }
.kpi-sub { font-size: 11px; color: var(--muted); min-height: 17px; }
.of { font-size: .55em; font-weight: 500; color: var(--muted); margin-left: 1px; }

/* Chips */
.chip { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 10.5px; font-weight: 600;
  line-height: 1.5; white-space: nowrap; background: #f3f4f6; color: #374151; vertical-align: 1px; }
.chip.good { background: #dcfce7; color: #166534; }
.chip.warn { background: #fef3c7; color: #92400e; }
.chip.high { background: #ffedd5; color: #9a3412; }
.chip.bad { background: #fee2e2; color: #991b1b; }
.chip.accent { background: #dbeafe; color: #1e40af; }
.chip.muted-chip { background: #f3f4f6; color: var(--muted); }

/* Two-column blocks */
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.two-col h3 { margin-top: 0; }
.two-panels { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; break-inside: avoid; page-break-inside: avoid; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px 10px; }
.panel h2 { border-bottom: none; padding-bottom: 0; margin-bottom: 4px; }
.score { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.score .big { font-size: 30px; font-weight: 700; color: var(--ink); line-height: 1.1; }
.score .of { font-size: 14px; margin-left: -6px; }
.bar { height: 6px; background: #eef0f3; border-radius: 3px; overflow: hidden; margin: 6px 0 4px; }
.bar > span { display: block; height: 100%; background: var(--accent); border-radius: 3px; }
.bar.band-good > span { background: #16a34a; }
.bar.band-warn > span { background: #d97706; }
.bar.band-bad > span { background: #dc2626; }
ul.drivers, ul.checks, ul.findings { list-style: none; margin: 0; padding: 0; }
ul.drivers li { display: flex; gap: 10px; padding: 3px 0; border-bottom: 1px solid #f3f4f6; }
ul.drivers li:last-child { border-bottom: none; }
ul.drivers .pts { flex: 0 0 38px; text-align: right; font-weight: 650; color: var(--accent); font-variant-numeric: tabular-nums; }
ul.gains .pts { color: var(--muted); }
.detail { display: block; font-size: 11px; color: var(--muted); margin-top: 1px; }
ul.checks li { position: relative; padding: 2px 0 2px 16px; }
ul.checks li::before { content: ""; position: absolute; left: 2px; top: 8px; width: 7px; height: 7px; border-radius: 50%; background: #16a34a; }
ul.checks li.warn::before { background: #d97706; }
ul.checks li.bad::before { background: #dc2626; }
ul.checks li.na { color: var(--muted); }
ul.checks li.na::before { background: #d1d5db; }
ul.findings li { padding: 5px 0; border-bottom: 1px solid var(--line); }
.callout { border-left: 3px solid var(--accent); background: #f8fafc; padding: 10px 14px; border-radius: 0 6px 6px 0; }

/* Tables */
table { width: 100%; border-collapse: collapse; font-size: 12px; }
table.grid th { text-align: left; font-size: 10px; font-weight: 650; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); padding: 6px 8px; border-bottom: 1px solid var(--rule); white-space: nowrap; }
table.grid td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
table.grid th:first-child, table.grid td:first-child { padding-left: 0; }
table.grid th:last-child, table.grid td:last-child { padding-right: 0; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; }
tr.closed td { color: var(--muted); }
tr.closed .strong { color: var(--muted); font-weight: 500; }
table.grid tfoot td { font-weight: 700; color: var(--ink); border-top: 2px solid var(--rule); border-bottom: none; padding-top: 7px; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.w-name { width: 22%; }
.overdue { font-size: 10.5px; font-weight: 650; color: var(--bad); }
.arrow { font-weight: 700; }
.arrow.up-good { color: #16a34a; }
.arrow.up-bad { color: #dc2626; }
.arrow.muted { color: var(--muted); }

/* Risks */
.risk-layout { display: grid; grid-template-columns: 1fr auto; gap: 18px; align-items: start; }
figure.heat { margin: 0; break-inside: avoid; }
table.heat-grid { width: auto; border-collapse: separate; border-spacing: 3px; }
table.heat-grid td { width: 26px; height: 26px; border-radius: 4px; text-align: center; font-size: 11px; font-weight: 700; padding: 0; }
table.heat-grid th { font-size: 10px; font-weight: 500; color: var(--muted); padding: 0 3px; text-align: center; }
.heat-grid .lv-good { background: #f0fdf4; }
.heat-grid .lv-warn { background: #fefce8; }
.heat-grid .lv-high { background: #fff7ed; }
.heat-grid .lv-bad { background: #fef2f2; }
.heat-grid .lv-good.hit { background: #86efac; color: #14532d; }
.heat-grid .lv-warn.hit { background: #fde047; color: #713f12; }
.heat-grid .lv-high.hit { background: #fb923c; color: #431407; }
.heat-grid .lv-bad.hit { background: #ef4444; color: #fff; }
figure.heat figcaption { font-size: 10px; color: var(--muted); max-width: 170px; margin-top: 4px; line-height: 1.35; }

/* Objectives */
.objective { margin-bottom: 14px; }
.objective-head { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; margin-bottom: 3px;
  break-after: avoid; page-break-after: avoid; }
.objective .prose { break-after: avoid; page-break-after: avoid; }
.objective .prose { margin: 0 0 4px; }
table.actions { margin-top: 2px; table-layout: fixed; }
table.actions th:nth-child(2) { width: 20%; } table.actions th:nth-child(3) { width: 17%; }
table.actions th:nth-child(4) { width: 13%; } table.actions th:nth-child(5) { width: 12%; }

/* Stakeholder map */
section.map { page: chart; break-before: page; page-break-before: always; }
.foot.on-chart { page: chart; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 11px; color: #374151; margin: 0 0 8px; align-items: center; }
.legend .gap { margin-left: 10px; }
.legend .sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.legend .ln { display: inline-block; width: 22px; height: 0; border-top: 2px dashed; margin-right: 5px; vertical-align: 3px; }
.st-champion { background: #16a34a; } .st-supporter { background: #86efac; } .st-neutral { background: #9ca3af; }
.st-skeptic { background: #f59e0b; } .st-opponent { background: #dc2626; }
.legend .ln-influences { border-color: #2563eb; } .legend .ln-conflicts { border-color: #dc2626; }
.legend .ln-ally { border-color: #16a34a; }
.note { font-size: 11px; color: var(--warn); font-weight: 600; }
.chart { border: 1px solid var(--line); border-radius: 8px; padding: 8px; background: #fbfbfc; }
.chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }

.foot { display: flex; justify-content: space-between; gap: 12px; margin-top: 26px; padding-top: 8px;
  border-top: 1px solid var(--line); font-size: 10.5px; color: var(--muted); }

@media screen and (max-width: 760px) {
  .sheet { margin: 0; padding: 16px; }
  .kpis { grid-template-columns: repeat(2, 1fr); }
  .two-col, .two-panels, .risk-layout { grid-template-columns: 1fr; }
}
@media print {
  body { background: #fff; font-size: 9.5pt; }
  .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  section { margin-top: 16px; }
  .chart { border: none; padding: 0; background: none; }
  .chart svg { max-height: 138mm; }  /* leaves room for heading, legend and footer */
}
)css";
}

}  // namespace keystone::report
