// The report's stylesheet. Neutral business look, one accent (#2563eb), local fonts only
// (Inter when installed, else the system UI font): a url() or @import here would break
// the "no external resources" promise and the page's Content-Security-Policy.
//
// Print: one portrait sheet, A4 or US Letter alike (no fixed page size; the content is
// laid out for the shorter Letter page and the narrower A4 one). The page margin is 0 and
// the sheet's padding makes the margin instead, because browsers print their own header
// and footer (the frame's address, the date) into any page margin left for them.
// Screen: the same sheet on a grey desk, its sections in one column to scroll through (on
// paper, three columns side by side).
#include "core/report/plan_report_parts.h"

namespace keystone::report {

std::string_view styleSheet() {
    return R"css(@page { size: auto; margin: 0; }
:root { --accent: #2563eb; --ink: #111827; --text: #1f2937; --muted: #6b7280; --line: #e5e7eb;
  --rule: #d1d5db; --soft: #f9fafb; --good: #15803d; --warn: #b45309; --bad: #b91c1c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef0f3; color: var(--text);
  font: 13px/1.45 Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans CJK JP", "Hiragino Sans", "PingFang SC", "Microsoft YaHei", "Malgun Gothic", sans-serif;
  font-feature-settings: "cv11", "ss01"; -webkit-font-smoothing: antialiased; overflow-wrap: break-word; }
.sheet { max-width: 210mm; margin: 24px auto; padding: 13mm 13mm 9mm; background: #fff;
  box-shadow: 0 1px 2px rgba(17,24,39,.06), 0 8px 28px rgba(17,24,39,.08); border-radius: 2px; }
h1, h2, h3 { color: var(--ink); }
h1 { font-size: 25px; line-height: 1.2; margin: 0 0 8px; letter-spacing: -0.015em; font-weight: 700; }
h2 { font-size: 13.5px; margin: 0 0 6px; padding-bottom: 4px; border-bottom: 1px solid var(--line);
  font-weight: 650; break-after: avoid; page-break-after: avoid; }
h2::before { content: ""; display: inline-block; width: 3px; height: 11px; margin-right: 7px;
  background: var(--accent); border-radius: 1px; vertical-align: -1px; }
h3 { font-size: 10px; font-weight: 650; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); margin: 9px 0 3px; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6px; }
.muted { color: var(--muted); }
.small { font-size: 11px; }
.empty { margin: 0 0 4px; padding: 5px 9px; color: var(--muted); font-style: italic; background: var(--soft);
  border: 1px dashed var(--rule); border-radius: 5px; }

/* Masthead and key figures */
.masthead { border-bottom: 3px solid var(--accent); padding-bottom: 9px; }
.title-row { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 16px; }
.eyebrow { flex: none; font-size: 11px; font-weight: 650; letter-spacing: .09em; text-transform: uppercase; color: var(--accent); }
.confidential { color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: 4px 26px; margin: 0; }
.facts dt { font-size: 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.facts dd { margin: 1px 0 0; font-weight: 600; color: var(--ink); }
.team { margin: 8px 0 0; font-size: 12px; }
.team-label { font-size: 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin-right: 6px; }
.team .sep { color: var(--rule); margin: 0 3px; }
.team .member { white-space: nowrap; }
.kpis { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin-top: 12px; break-inside: avoid; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 7px 10px 6px; background: #fff; min-width: 0; }
.kpi-label { font-size: 10px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.kpi-value { font-size: 20px; font-weight: 700; color: var(--ink); line-height: 1.25; font-variant-numeric: tabular-nums; }
.kpi-sub { font-size: 11px; color: var(--muted); min-height: 16px; }
.of { font-size: .55em; font-weight: 500; color: var(--muted); margin-left: 1px; }

/* On paper the sections flow through three columns; on screen they are one, read by scrolling. */
.columns { margin-top: 16px; }
section { margin: 0 0 16px; }
.columns section { break-inside: auto; }

/* Chips */
.chip { display: inline-block; padding: 0 7px; border-radius: 999px; font-size: 10.5px; font-weight: 600;
  line-height: 1.55; white-space: nowrap; background: #f3f4f6; color: #374151; vertical-align: 1px; }
.chip.good { background: #dcfce7; color: #166534; }
.chip.warn { background: #fef3c7; color: #92400e; }
.chip.high { background: #ffedd5; color: #9a3412; }
.chip.bad { background: #fee2e2; color: #991b1b; }
.chip.accent { background: #dbeafe; color: #1e40af; }
.chip.muted-chip { background: #f3f4f6; color: var(--muted); }

/* Lists of named items: a name with a figure or chip beside it, detail lines under it */
ul.items, ul.drivers, ul.checks, ul.findings { list-style: none; margin: 0; padding: 0; }
ul.items > li { padding: 4px 0; border-bottom: 1px solid #f0f1f3; break-inside: avoid; page-break-inside: avoid; }
ul.items > li:last-child { border-bottom: none; }
.row { display: flex; align-items: baseline; gap: 8px; }
.row .name { flex: 1 1 auto; min-width: 0; font-weight: 600; color: var(--ink); }
.row > :not(.name) { flex: 0 0 auto; }
.row .chips { flex: 0 1 auto; text-align: right; }
.detail { font-size: 11.5px; color: #4b5563; margin-top: 1px; }
.detail .chip { font-size: 10px; line-height: 1.4; }
li.more, ul.items > li.more { color: var(--muted); font-style: italic; font-size: 11.5px; padding: 3px 0 0; border: none;
  break-before: avoid; page-break-before: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; font-weight: 600; }
.date { white-space: nowrap; color: var(--muted); font-size: 11.5px; }
.total { display: flex; justify-content: space-between; gap: 8px; margin: 4px 0 2px; padding-top: 4px;
  border-top: 2px solid var(--rule); font-weight: 650; color: var(--ink); }
.overdue { font-size: 10.5px; font-weight: 650; color: var(--bad); }
.arrow { font-weight: 700; }
.arrow.up-good { color: #16a34a; }
.arrow.up-bad { color: #dc2626; }
.arrow.muted { color: var(--muted); }
.callout { border-left: 3px solid var(--accent); background: #f8fafc; padding: 7px 11px; border-radius: 0 6px 6px 0; }

/* Scores */
.score { display: flex; align-items: baseline; gap: 7px; flex-wrap: wrap; }
.score .big { font-size: 26px; font-weight: 700; color: var(--ink); line-height: 1.1; }
.score .of { font-size: 13px; margin-left: -5px; }
.bar { height: 5px; background: #eef0f3; border-radius: 3px; overflow: hidden; margin: 5px 0 3px; }
.bar > span { display: block; height: 100%; background: var(--accent); border-radius: 3px; }
.bar.band-good > span { background: #16a34a; }
.bar.band-warn > span { background: #d97706; }
.bar.band-bad > span { background: #dc2626; }
ul.drivers li { display: flex; gap: 8px; padding: 2px 0; break-inside: avoid; }
ul.drivers .pts { flex: none; min-width: 3.2em; white-space: nowrap; text-align: right; font-weight: 650; color: var(--accent); font-variant-numeric: tabular-nums; }
ul.gains .pts { color: var(--muted); }
ul.checks li { position: relative; padding: 1px 0 1px 15px; break-inside: avoid; }
ul.checks li::before { content: ""; position: absolute; left: 2px; top: .6em; width: 7px; height: 7px; border-radius: 50%; background: #16a34a; }
ul.checks li.warn::before { background: #d97706; }
ul.checks li.bad::before { background: #dc2626; }
ul.checks li.na { color: var(--muted); }
ul.checks li.na::before { background: #d1d5db; }
ul.checks li.more::before { display: none; }
ul.findings li { padding: 2px 0; break-inside: avoid; }

/* Stakeholders */
.people-mix { break-inside: avoid; page-break-inside: avoid; }
.stance-bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; background: #eef0f3; margin: 2px 0 4px; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 11px; color: #374151; margin: 0 0 2px; }
.sw { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 5px; vertical-align: 0; }
.st-champion { background: #16a34a; } .st-supporter { background: #86efac; } .st-neutral { background: #9ca3af; }
.st-skeptic { background: #f59e0b; } .st-opponent { background: #dc2626; }

.foot { display: flex; justify-content: space-between; gap: 12px; margin-top: 6px; padding-top: 6px;
  border-top: 1px solid var(--line); font-size: 10.5px; color: var(--muted); }

@media screen and (max-width: 760px) {
  .sheet { margin: 0; padding: 16px; }
  .kpis { grid-template-columns: repeat(2, 1fr); }
  .team .member { white-space: normal; }
}
@media print {
  body { background: #fff; font-size: 8pt; line-height: 1.25; }
  .sheet { max-width: none; margin: 0; padding: 9mm 10mm 7mm; box-shadow: none; border-radius: 0;
    -webkit-box-decoration-break: clone; box-decoration-break: clone; }
  h1 { font-size: 16pt; margin: 0 0 3px; }
  h2 { font-size: 9pt; margin-bottom: 3px; padding-bottom: 2px; }
  h2::before { height: 8pt; }
  h3 { font-size: 6.5pt; margin: 5px 0 1px; }
  p { margin-bottom: 3px; }
  .small, .legend { font-size: 7pt; }
  .eyebrow { font-size: 7pt; }
  .masthead { padding-bottom: 5px; border-bottom-width: 2px; }
  .facts { gap: 2px 18px; }
  .facts dt, .team-label, .kpi-label { font-size: 6.5pt; }
  .team { margin-top: 3px; font-size: 7pt; }
  .kpis { gap: 5px; margin-top: 7px; }
  .kpi { padding: 3px 7px 2px; border-radius: 6px; }
  .kpi-value { font-size: 12pt; }
  .kpi-sub { font-size: 7pt; min-height: 0; }
  .columns { column-count: 3; column-gap: 5mm; margin-top: 7px; }
  section { margin-bottom: 7px; }
  .chip { font-size: 6.5pt; padding: 0 5px; }
  .detail .chip { font-size: 6.5pt; }
  .detail, li.more, ul.items > li.more, .date { font-size: 7pt; }
  .overdue { font-size: 6.5pt; }
  ul.items > li { padding: 2px 0; }
  .score .big { font-size: 15pt; }
  .score .of { font-size: 8pt; margin-left: -4px; }
  .bar { height: 4px; margin: 2px 0 2px; }
  .empty { padding: 2px 6px; }
  .callout { padding: 0 8px; border-top: 3px solid #f8fafc; border-bottom: 3px solid #f8fafc; }  /* clamped text stops at the padding edge */
  .total { margin-top: 2px; padding-top: 2px; }
  /* However long a plan's text, it takes a fixed number of lines: the page stays one page. */
  .row .name, .detail, ul.findings li { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2;
    overflow: hidden; }
  .prose, .callout { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 6; overflow: hidden; }
  .foot { font-size: 6.5pt; margin-top: 2px; padding-top: 3px; }
}
)css";
}

}  // namespace keystone::report
