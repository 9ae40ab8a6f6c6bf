// The printable report: sections, escaping of hostile plan text, no scripts or external
// resources, the stakeholder map's SVG, empty states and determinism. What the one page
// keeps and cuts is in plan_report_page_test.cpp.
#include "core/report/plan_report.h"

#include <doctest/doctest.h>

#include <string>

#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/report/html_escape.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size()))
        ++n;
    return n;
}

bool has(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

ReportOptions sampleOptions() {
    ReportOptions options;
    options.today = std::string(kSampleReferenceDate);
    return options;
}

// True when every occurrence of `needle` is text: character data, or inside a quoted
// attribute value (an odd number of quotes since the tag opened). Never bare markup, where
// it would be an attribute. Quote parity is reliable because values escape '"'.
bool onlyInText(const std::string& html, const std::string& needle) {
    for (std::size_t at = html.find(needle); at != std::string::npos;
         at = html.find(needle, at + 1)) {
        const std::size_t open = html.rfind('<', at), close = html.rfind('>', at);
        if (open == std::string::npos || (close != std::string::npos && close > open)) continue;
        if (count(html.substr(open, at - open), "\"") % 2 == 0) return false;
    }
    return true;
}

// Every way a report could reach outside itself or run code.
void checkSelfContained(const std::string& html) {
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "http://"));
    CHECK_FALSE(has(html, "https://"));
    CHECK(onlyInText(html, "src="));
    CHECK(onlyInText(html, "href="));
    CHECK_FALSE(has(html, "@import"));
    CHECK_FALSE(has(html, "<img"));
    CHECK_FALSE(has(html, "<link"));
    CHECK_FALSE(has(html, "<iframe"));
    CHECK_FALSE(has(html, "javascript:"));
    // url() only for fragments inside the document (clip paths, arrow markers).
    for (std::size_t at = html.find("url("); at != std::string::npos;
         at = html.find("url(", at + 4))
        CHECK(html.compare(at, 5, "url(#") == 0);
}

const char* const kHostile[] = {
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]>", "&amp;",
    "' onmouseover='alert(2)",
};

// A sample account with one hostile string in every kind of text the report shows.
Account hostileAccount(const std::string& bad) {
    Account a = makeSampleAccount();
    a.name = bad;
    a.industry = bad;
    a.qualification.hqCountry = bad;
    a.renewalDate = bad;
    a.summary.business = bad;
    a.summary.partnership = bad;
    a.summary.goals[0].title = bad;
    a.summary.goals[0].howWeHelp = bad;
    a.summary.goals[0].targetDate = bad;
    a.team[0].name = bad;
    a.stakeholders[0].name = bad;
    a.stakeholders[0].title = bad;
    a.stakeholders[0].notes = bad;
    a.stakeholders[1].title = bad + " " + bad + " " + bad;  // wrapped over two lines
    a.opportunities[0].name = bad;
    a.opportunities[0].offering = bad;
    a.opportunities[0].nextStep = bad;
    a.opportunities[0].closeDate = bad;
    a.risks[0].title = bad;
    a.risks[0].owner = bad;
    a.risks[0].mitigation = bad;
    a.metrics[0].name = bad;
    a.metrics[0].unit = bad;
    a.metrics[0].history.back().quarter = bad;
    a.competitors[0].name = bad;
    a.competitors[0].strengths = bad;
    a.competitors[0].differentiation = bad;
    a.objectives[0].title = bad;
    a.objectives[0].description = bad;
    a.objectives[0].actions[0].title = bad;
    a.objectives[0].actions[0].owner = bad;
    return a;
}

}  // namespace

TEST_CASE("the report's escaper turns the five markup characters into entities") {
    CHECK(escapeHtml("<a href=\"x\">Tom & Jerry's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    CHECK(escapeHtml("&amp;") == "&amp;amp;");
    CHECK(escapeHtml("]]>") == "]]&gt;");
    CHECK(escapeHtml("Zoë Ørsted \xE2\x80\x94 CFO") == "Zoë Ørsted \xE2\x80\x94 CFO");
}

TEST_CASE("the report's escaper drops control characters but keeps tabs and newlines") {
    CHECK(escapeHtml("a\x01"
                     "b\x1b[31mc\x7f"
                     "d\r\n\te") == "ab[31mcd\n\te");
    CHECK(escapeHtml(std::string("nul\0here", 8)) == "nulhere");
    CHECK(escapeHtml("C1 \xC2\x85"
                     "gone") == "C1 gone");  // U+0085 next line
}

TEST_CASE("the report's escaper replaces invalid UTF-8 so the document stays valid") {
    CHECK(cleanText("ok\xFF"
                    "x") ==
          "ok\xEF\xBF\xBD"
          "x");
    CHECK(cleanText("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
    CHECK(cleanText("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(cleanText("cut \xE2\x82") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");          // truncated €
}

TEST_CASE("truncated report text ends with an ellipsis and never splits a character") {
    CHECK(truncateText("Margaret Okafor", 20) == "Margaret Okafor");
    CHECK(truncateText("Margaret Okafor", 9) == "Margaret\xE2\x80\xA6");
    CHECK(truncateText("ÅÅÅÅÅ", 3) == "ÅÅ\xE2\x80\xA6");
    CHECK(truncateText("abc", 0).empty());
}

TEST_CASE("the report of the sample has every section") {
    const Account account = makeSampleAccount();
    const std::string html = renderPlanReport(account, sampleOptions());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(has(html, "<meta charset=\"utf-8\">"));
    CHECK(has(html, "<title>Northwind Logistics \xE2\x80\x94 Account plan</title>"));
    CHECK(has(html, "<h1>Northwind Logistics</h1>"));
    for (const char* id : {"summary", "qualification", "health", "stakeholders", "opportunities",
                           "risks", "metrics", "competitors", "objectives"})
        CHECK_MESSAGE(has(html, std::string("id=\"") + id + "\""), id);
    CHECK(has(html, "Logistics &amp; Transportation"));
    CHECK(has(html, "$1,850,000"));
    CHECK(has(html, "31 Mar 2027 (in 127 days)"));
    CHECK(has(html, "24 Nov 2026"));
    CHECK(has(html, "Tier 1"));
    CHECK(has(html, "</span> Enterprise</div>"));
    CHECK(has(html, "Cut cost-to-serve 12% by FY28"));
    CHECK(has(html, "Meridian Freight Cloud"));
    CHECK(has(html, "Q4 QBR: adoption and on-time results"));
    CHECK(has(html, "Weekly active users"));
    CHECK(has(html, "Executive turnover"));
    CHECK(has(html, "</html>\n"));
}

TEST_CASE("the report shows qualification and health scores with what drives them") {
    const Account account = makeSampleAccount();
    const ReportOptions options = sampleOptions();
    const std::string html = renderPlanReport(account, options);
    const QualificationResult q = scoreQualification(account, options.framework);
    const HealthResult health = scoreHealth(account.health, std::nullopt, options.health);
    CHECK(has(html, "<div class=\"kpi-value\">" + std::to_string(q.score) +
                        "<span class=\"of\">/100</span>"));
    CHECK(has(html, "<div class=\"kpi-value\">" + std::to_string(health.score) +
                        "<span class=\"of\">/100</span>"));
    CHECK(has(html, std::string(healthBandLabel(health.band))));
    for (const HealthFlagResult& flag : health.flags) CHECK(has(html, escapeHtml(flag.sentence)));
    CHECK(has(html, escapeHtml(q.criteria[static_cast<std::size_t>(q.drivers[0])].label)));
}

TEST_CASE("the report's opportunities show the weighted pipeline total of open deals") {
    const Account account = makeSampleAccount();
    const std::string html = renderPlanReport(account, sampleOptions());
    const AccountPipeline pipeline = accountPipeline(account);
    CHECK(has(html, "Weighted pipeline (" + std::to_string(pipeline.openOpportunities) + " open)"));
    CHECK(has(html, formatMoney(pipeline.weighted, account.currency)));
    CHECK(has(html, "$670,500"));
    CHECK(has(html, "$1,335,000 before weighting"));
}

TEST_CASE("the report marks overdue actions and risks against today") {
    Account account = makeSampleAccount();
    ReportOptions options = sampleOptions();
    CHECK_FALSE(has(renderPlanReport(account, options), "Overdue"));
    options.today = "2027-06-01";
    const std::string late = renderPlanReport(account, options);
    CHECK(count(late, "<span class=\"overdue\">Overdue</span>") >= 4);  // 3 risks, 3 actions
}

TEST_CASE("the report's success metrics show the latest value, the target and a trend arrow") {
    const std::string html = renderPlanReport(makeSampleAccount(), sampleOptions());
    CHECK(has(html, "target 3,500 users"));
    CHECK(has(html, "3,010 users"));
    CHECK(has(html, "<span class=\"arrow up-good\">\xE2\x86\x91</span> Improving"));
    CHECK(has(html,
              "<span class=\"arrow up-good\">\xE2\x86\x93</span> Improving"));  // lower is better
}

TEST_CASE("hostile plan text is escaped everywhere in the report") {
    for (const char* bad : kHostile) {
        CAPTURE(bad);
        ReportOptions options = sampleOptions();
        options.coverageFindings = std::vector<ReportFinding>{{FindingSeverity::Critical, bad}};
        options.pricingSummary = std::string(bad);
        const std::string html = renderPlanReport(hostileAccount(bad), options);
        checkSelfContained(html);
        const std::string escaped = escapeHtml(bad);
        CHECK(count(html, escaped) >= 25);
        // Handlers only ever appear inside escaped text, never as real attributes.
        CHECK(onlyInText(html, "onerror="));
        CHECK(onlyInText(html, "onmouseover="));
    }
    const std::string html = renderPlanReport(hostileAccount(kHostile[0]), sampleOptions());
    CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(has(html, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    CHECK(has(html,
              "<title>&lt;script&gt;alert(1)&lt;/script&gt; \xE2\x80\x94 Account plan</title>"));
    CHECK(has(renderPlanReport(hostileAccount("&amp;"), sampleOptions()), "&amp;amp;"));
    CHECK(has(renderPlanReport(hostileAccount("]]>"), sampleOptions()), "]]&gt;"));
    CHECK(has(renderPlanReport(hostileAccount("\"><img src=x onerror=alert(1)>"), sampleOptions()),
              "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
}

TEST_CASE("hostile names are escaped in the stakeholder map's svg, attributes included") {
    for (const char* bad : kHostile) {
        CAPTURE(bad);
        const Account account = hostileAccount(bad);
        std::string note;
        const std::string svg = renderStakeholderMapSvg(account, 300, note);
        checkSelfContained(svg);
        CHECK(has(svg, "aria-label=\"Stakeholder map of " + escapeHtml(bad) + "\""));
        CHECK(has(svg, "<title>" + escapeHtml(bad)));
        CHECK(onlyInText(svg, "onerror="));
        CHECK(onlyInText(svg, "onmouseover="));
    }
}

TEST_CASE("control characters in plan text never reach the report") {
    const std::string html =
        renderPlanReport(hostileAccount("Acme\x01\x08\x1b Corp\x7f"), sampleOptions());
    CHECK(has(html, "<h1>Acme Corp</h1>"));
    for (char c = 1; c < 0x20; ++c)
        if (c != '\n' && c != '\t') CHECK(html.find(c) == std::string::npos);
    CHECK(html.find('\x7f') == std::string::npos);
}

TEST_CASE("the report has a content security policy, no scripts and no external urls") {
    const std::string html = renderPlanReport(makeSampleAccount(), sampleOptions());
    CHECK(has(html,
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
              "style-src 'unsafe-inline'; img-src data:\">"));
    checkSelfContained(html);
    CHECK_FALSE(has(html, "src="));
    CHECK_FALSE(has(html, "href="));
    CHECK(count(html, "<style>") == 1);
    CHECK_FALSE(has(html, "@font-face"));
}

TEST_CASE("the stakeholder map has one card per stakeholder and balanced svg markup") {
    const Account account = makeSampleAccount();
    std::string note;
    const std::string svg = renderStakeholderMapSvg(account, 300, note);
    REQUIRE_FALSE(svg.empty());
    CHECK(count(svg, "<svg") == 1);
    CHECK(count(svg, "</svg>") == 1);
    CHECK(count(svg, "<g transform=\"translate(") == account.stakeholders.size());
    CHECK(count(svg, "<g") == count(svg, "</g>"));
    CHECK(count(svg, "<text") == count(svg, "</text>"));
    CHECK(count(svg, "<title>") == account.stakeholders.size());
    CHECK(has(svg, "viewBox=\"0 0 "));
    for (const Stakeholder& person : account.stakeholders) CHECK(has(svg, escapeHtml(person.name)));
    // Seven influence lines, each a dashed arrow with a marker.
    CHECK(count(svg, "marker-end=\"url(#ks-arrow-") == account.influenceLines.size());
    CHECK(has(svg, "#dc2626"));  // the opponent's stance stripe
}

TEST_CASE("a capped stakeholder map shows only the most senior people, with a note") {
    SampleOptions big;
    big.stakeholders = 420;
    const Account account = makeSampleAccount(big);
    std::string note;
    const std::string svg = renderStakeholderMapSvg(account, 300, note);
    CHECK(note == "Showing the top 300 of 420 stakeholders by seniority.");
    CHECK(count(svg, "<g transform=\"translate(") == 300);
    for (const Stakeholder& person : account.stakeholders)
        if (person.seniority == Seniority::CSuite) CHECK(has(svg, escapeHtml(person.name)));
    CHECK(count(svg, "<g") == count(svg, "</g>"));
}

TEST_CASE("stakeholder maps within the cap carry no note") {
    std::string note = "stale";
    const std::string svg = renderStakeholderMapSvg(makeSampleAccount(), 300, note);
    CHECK(note.empty());
    CHECK(svg.rfind("<svg", 0) == 0);
    CHECK(renderStakeholderMapSvg(Account{}, 300, note).empty());
}

TEST_CASE("reporting cycles and unknown managers do not break the chart") {
    Account account;
    account.name = "Loop Co";
    for (const char* id : {"a", "b", "c", "d"}) {
        Stakeholder s;
        s.id = id;
        s.name = std::string("Person ") + id;
        account.stakeholders.push_back(s);
    }
    account.stakeholders[0].managerId = "b";
    account.stakeholders[1].managerId = "a";    // a <-> b
    account.stakeholders[2].managerId = "zzz";  // not in the plan
    account.stakeholders[3].managerId = "a";
    account.influenceLines.push_back({"l1", "", "c", "missing", InfluenceKind::Influences, 3, {}});
    account.influenceLines.push_back({"l2", "", "c", "c", InfluenceKind::Influences, 3, {}});
    account.influenceLines.push_back({"l3", "", "c", "d", InfluenceKind::ConflictsWith, 3, {}});
    std::string note;
    const std::string svg = renderStakeholderMapSvg(account, 300, note);
    CHECK(count(svg, "<g transform=\"translate(") == 4);
    CHECK(count(svg, "marker-end=") == 1);
    CHECK(has(svg, "ks-arrow-conflicts)"));
}

TEST_CASE("an empty plan renders a report with friendly empty states") {
    const std::string html = renderPlanReport(Account{}, ReportOptions{});
    checkSelfContained(html);
    CHECK(has(html, "<h1>Untitled account</h1>"));
    CHECK(has(html, "No business summary written yet."));
    CHECK(has(html, "No strategic goals recorded yet."));
    CHECK(has(html, "No stakeholders mapped yet."));
    CHECK(has(html, "No opportunities on the roadmap yet."));
    CHECK(has(html, "No risks recorded."));
    CHECK(has(html, "No success metrics defined yet."));
    CHECK(has(html, "No competitors recorded."));
    CHECK(has(html, "No objectives set yet."));
    CHECK_FALSE(has(html, "<svg"));
    CHECK_FALSE(has(html, "As of"));  // no date given, none invented
}

TEST_CASE("the report shows coverage findings and the pricing scenario only when supplied") {
    const Account account = makeSampleAccount();
    ReportOptions options = sampleOptions();
    std::string html = renderPlanReport(account, options);
    CHECK_FALSE(has(html, "id=\"coverage\""));
    CHECK_FALSE(has(html, "id=\"pricing\""));

    options.coverageFindings = std::vector<ReportFinding>{};
    options.pricingSummary =
        std::string("Enterprise edition, 3 years, 2,400 seats: TCV $1,296,000");
    html = renderPlanReport(account, options);
    CHECK(has(html, "No coverage gaps found."));
    CHECK(has(html, "Enterprise edition, 3 years, 2,400 seats: TCV $1,296,000"));

    options.coverageFindings = std::vector<ReportFinding>{
        {FindingSeverity::Info, "Procurement is covered by two people"},
        {FindingSeverity::Critical, "No relationship with the economic buyer"},
        {FindingSeverity::Warning, "Only one champion"}};
    html = renderPlanReport(account, options);
    // The two most serious, most serious first; the third is counted.
    const std::size_t critical = html.find("No relationship with the economic buyer");
    const std::size_t warning = html.find("Only one champion");
    REQUIRE(critical != std::string::npos);
    CHECK(critical < warning);
    CHECK_FALSE(has(html, "Procurement is covered by two people"));
    CHECK(has(html, "<li class=\"more\">and 1 more gap</li>"));
    CHECK(has(html, "<span class=\"chip bad\">Critical</span>"));
}

TEST_CASE("the same plan and options always give the same report") {
    const Account account = makeSampleAccount();
    CHECK(renderPlanReport(account, sampleOptions()) == renderPlanReport(account, sampleOptions()));
    SampleOptions big;
    big.stakeholders = 500;
    big.shape = SampleShape::Wide;
    const Account wide = makeSampleAccount(big);
    CHECK(renderPlanReport(wide, sampleOptions()) == renderPlanReport(wide, sampleOptions()));
}
