// What the one-page report keeps and what it cuts: the few items of each list that matter
// most, an "and N more" line for the rest, long text cut after a sentence or word with
// "…", and the cutting done before escaping, so no tag or entity is ever split.
#include <doctest/doctest.h>

#include <string>

#include "core/report/html_escape.h"
#include "core/report/plan_report.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

bool has(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size()))
        ++n;
    return n;
}

std::string report(const Account& account) {
    ReportOptions options;
    options.today = std::string(kSampleReferenceDate);
    return renderPlanReport(account, options);
}

// The part of the report inside <section id="id">…</section>.
std::string section(const std::string& html, const std::string& id) {
    const std::size_t begin = html.find("<section id=\"" + id + "\">");
    if (begin == std::string::npos) return {};
    return html.substr(begin, html.find("</section>", begin) - begin);
}

bool before(const std::string& html, const std::string& first, const std::string& second) {
    const std::size_t a = html.find(first), b = html.find(second);
    return a != std::string::npos && b != std::string::npos && a < b;
}

Opportunity deal(const std::string& name, MinorUnits amount, int probabilityPct,
                 SalesStage stage = SalesStage::Evaluation) {
    Opportunity o;
    o.name = name;
    o.amount = amount;
    o.probabilityPct = probabilityPct;
    o.stage = stage;
    o.closeDate = "2027-03-01";
    return o;
}

Stakeholder person(const std::string& name, Seniority seniority, BuyingRoles roles,
                   Stance stance = Stance::Neutral) {
    Stakeholder s;
    s.id = name;
    s.name = name;
    s.seniority = seniority;
    s.roles = roles;
    s.stance = stance;
    return s;
}

constexpr BuyingRoles role(BuyingRole r) { return static_cast<BuyingRoles>(r); }

}  // namespace

TEST_CASE("the report keeps three strategic goals in plan order and counts the rest") {
    const Account sample = makeSampleAccount();
    REQUIRE(sample.summary.goals.size() == 4);
    const std::string summary = section(report(sample), "summary");
    CHECK(before(summary, "Cut cost-to-serve 12% by FY28", "Consolidate 14 regional TMS"));
    CHECK_FALSE(has(summary, "Report Scope 3 transport emissions per customer"));
    CHECK(has(summary, "<li class=\"more\">and 1 more goal</li>"));

    Account six = sample;
    six.summary.goals.resize(6, sample.summary.goals[0]);
    CHECK(has(report(six), "<li class=\"more\">and 3 more goals</li>"));
}

TEST_CASE("a list that fits the page has no \"and more\" line") {
    Account account = makeSampleAccount();
    account.summary.goals.resize(3);
    account.competitors.resize(2);
    const std::string html = report(account);
    CHECK_FALSE(has(section(html, "summary"), "class=\"more\""));
    CHECK_FALSE(has(section(html, "competitors"), "class=\"more\""));
}

TEST_CASE("the three open deals weighing most are listed; other open and closed deals counted") {
    Account account;
    account.opportunities = {deal("Small", 100000, 50),          // weighs 50,000
                             deal("Big but early", 900000, 10),  // 90,000
                             deal("Won", 5000000, 100, SalesStage::ClosedWon),
                             deal("Medium", 300000, 40),  // 120,000
                             deal("Lost", 700000, 0, SalesStage::ClosedLost),
                             deal("Likely", 200000, 90)};  // 180,000
    const std::string html = section(report(account), "opportunities");
    CHECK(before(html, "Likely", "Medium"));
    CHECK(before(html, "Medium", "Big but early"));
    CHECK_FALSE(has(html, ">Small<"));
    CHECK_FALSE(has(html, ">Won<"));
    CHECK_FALSE(has(html, ">Lost<"));
    CHECK(has(html, "<li class=\"more\">and 1 more open opportunity</li>"));
    CHECK(has(html, "Weighted pipeline (4 open)"));
    CHECK(has(html, "closed: 1 won, 1 lost"));
}

TEST_CASE("objectives still to do come first with their progress and next open action") {
    Account account;
    Objective done;
    done.title = "Launch the portal";
    done.status = WorkStatus::Done;
    done.targetDate = "2026-10-01";
    Objective later;
    later.title = "Expand to EMEA";
    later.targetDate = "2027-09-30";
    Objective sooner;
    sooner.title = "Renew for three years";
    sooner.status = WorkStatus::InProgress;
    sooner.targetDate = "2027-03-31";
    sooner.actions = {{"a1",
                       "",
                       "Build the ROI model",
                       ActionKind::General,
                       "Dana",
                       "2026-11-01",
                       WorkStatus::Done,
                       {}},
                      {"a2",
                       "",
                       "EBR with the CFO",
                       ActionKind::ExecutiveBusinessReview,
                       "Helen",
                       "2027-01-20",
                       WorkStatus::NotStarted,
                       {}},
                      {"a3",
                       "",
                       "Q4 QBR",
                       ActionKind::QuarterlyBusinessReview,
                       "Marcus",
                       "2026-12-10",
                       WorkStatus::InProgress,
                       {}}};
    Objective fourth = later;
    fourth.title = "Train the depots";
    fourth.targetDate = "2028-01-31";
    account.objectives = {done, later, sooner, fourth};
    const std::string html = section(report(account), "objectives");
    CHECK(before(html, "Renew for three years", "Expand to EMEA"));
    CHECK(before(html, "Expand to EMEA", "Train the depots"));
    CHECK_FALSE(has(html, "Launch the portal"));
    CHECK(has(html, "<li class=\"more\">and 1 more objective</li>"));
    CHECK(has(html, "Target 31 Mar 2027 \xC2\xB7 1 of 3 actions done"));
    // The soonest open action, not the first in the list and not the finished one.
    CHECK(has(html, "Next: Q4 QBR \xE2\x80\x94 Marcus, 10 Dec 2026"));
    CHECK_FALSE(has(html, "EBR with the CFO"));
}

TEST_CASE("the three most severe open risks are listed; the rest and the closed ones counted") {
    Account account = makeSampleAccount();
    account.risks[0].status = RiskStatus::Closed;  // 4 x 5, the most severe
    const std::string html = section(report(account), "risks");
    CHECK_FALSE(has(html, "New CIO consolidates vendors"));
    CHECK(before(html, "EU data residency review delays the EMEA expansion",  // 3 x 3 = 9
                 "Champion (Director of Transportation) leaves"));            // 2 x 4 = 8
    CHECK(count(html, "<div class=\"row\">") == 3);
    CHECK(has(html, "<li class=\"more\">and 1 more open risk</li>"));
    CHECK(has(html, "<li class=\"more\">1 closed risk not listed</li>"));
}

TEST_CASE("key people: economic buyers, then champions, decision makers and opponents") {
    Account account;
    account.stakeholders = {
        person("Vera Opponent", Seniority::CSuite, 0, Stance::Opponent),
        person("Tom Architect", Seniority::Director, role(BuyingRole::TechnicalDecisionMaker)),
        person("Cleo Champion", Seniority::Manager, 0, Stance::Champion),
        person("Eve Buyer", Seniority::VicePresident, role(BuyingRole::EconomicBuyer)),
        person("Uma User", Seniority::CSuite, role(BuyingRole::EndUser)),
        person("Carl Chief", Seniority::CSuite, role(BuyingRole::EconomicBuyer)),
        person("Gone Buyer", Seniority::CSuite, role(BuyingRole::EconomicBuyer)),
    };
    account.stakeholders.back().status = ContactStatus::LeftCompany;
    const std::string html = section(report(account), "stakeholders");
    CHECK(has(html, "6 people mapped, 0 influence lines."));
    CHECK(before(html, "Carl Chief", "Eve Buyer"));  // among buyers, the more senior first
    CHECK(before(html, "Eve Buyer", "Cleo Champion"));
    CHECK(before(html, "Cleo Champion", "Tom Architect"));
    CHECK_FALSE(has(html, "Vera Opponent"));  // the fifth key person is counted
    CHECK_FALSE(has(html, "Uma User"));       // an end user is not a key person
    CHECK_FALSE(has(html, "Gone Buyer"));     // people who left are history
    CHECK(has(html, "<li class=\"more\">and 1 more key person</li>"));
    CHECK(has(html, "<div class=\"detail\">Economic buyer</div>"));  // no title given
    CHECK(has(html, "Champion 1</span>"));
    CHECK(has(html, "Opponent 1</span>"));
}

TEST_CASE("success metrics off track come first, four shown") {
    Account account = makeSampleAccount();
    REQUIRE(account.metrics.size() == 6);
    SuccessMetric& lagging = account.metrics[5];  // carriers: 52 of 60 and climbing
    lagging.name = "Depots live";
    lagging.history = {{"2026-Q3", 14, {}}, {"2026-Q4", 13, {}}, {"2027-Q1", 12, {}}};
    const std::string html = section(report(account), "metrics");
    CHECK(before(html, "Depots live", "Weekly active users"));
    CHECK(has(html, "<span class=\"chip warn\">Off track</span>"));
    CHECK(count(html, "<div class=\"row\">") == 4);
    CHECK(has(html, "<li class=\"more\">and 2 more metrics</li>"));
}

TEST_CASE("competitors by threat, the incumbent first among equals") {
    Account account;
    account.competitors = {
        {"c1", "", "Low Co", "", "", false, ThreatLevel::Low, {}},
        {"c2", "", "Mid Co", "", "Faster alerts", false, ThreatLevel::Medium, {}},
        {"c3", "", "Old Co", "", "", true, ThreatLevel::Medium, {}},
        {"c4", "", "Top Co", "", "", false, ThreatLevel::High, {}}};
    const std::string html = section(report(account), "competitors");
    CHECK(before(html, "Top Co", "Old Co"));
    CHECK(before(html, "Old Co", "Mid Co"));
    CHECK_FALSE(has(html, "Low Co"));
    CHECK(has(html, "Our edge: Faster alerts"));
    CHECK(has(html, "<li class=\"more\">and 1 more competitor</li>"));
}

TEST_CASE("health shows warnings first, three lines, and counts the other signals") {
    const Account sample = makeSampleAccount();  // two warnings raised, six signals
    const std::string html = section(report(sample), "health");
    CHECK(before(html, "Executive turnover", "Competitive evaluation"));
    CHECK(count(html, "<li class=\"bad\">") == 2);
    CHECK(count(html, "<li class=\"") - count(html, "<li class=\"more\"") == 3);
    CHECK(has(html, "<li class=\"more\">and 5 more signals</li>"));
}

TEST_CASE("a team larger than four is counted after the fourth") {
    Account account = makeSampleAccount();
    account.team.push_back({OurRole::CustomerSuccess, "Jonas Becker", {}});
    account.team.push_back({OurRole::SalesEngineer, "Agnieszka Nowak", {}});
    const std::string html = report(account);
    CHECK(has(html, "Helen Brandt"));
    CHECK_FALSE(has(html, "Jonas Becker"));
    CHECK(has(html, "and 2 more</span>"));
}

TEST_CASE("long text is cut after its last whole sentence, or at a word, with an ellipsis") {
    const std::string sentence =
        "Northwind runs freight forwarding, contract warehousing, last-mile delivery and "
        "customs brokerage in 42 countries from its Chicago headquarters.";
    Account account;
    account.summary.business = sentence + " " + std::string(300, 'x');
    account.summary.partnership =
        std::string(200, 'y') + " and then many more words " + std::string(100, 'z');
    const std::string html = section(report(account), "summary");
    CHECK(has(html, "Chicago headquarters. \xE2\x80\xA6</p>"));
    CHECK_FALSE(has(html, "xxx"));
    CHECK(has(html, " many more words\xE2\x80\xA6</p>"));
    CHECK_FALSE(has(html, "zzz"));

    account.summary.business = "Short enough.";
    CHECK(has(report(account), "<p class=\"prose\">Short enough.</p>"));
}

TEST_CASE("text is cut before it is escaped, so no tag or entity is ever split") {
    Account account = makeSampleAccount();
    std::string tags;
    for (int i = 0; i < 100; ++i) tags += "<b>&amp;";
    account.name = tags;
    account.summary.business = tags;
    account.opportunities[0].name = tags;
    account.risks[0].mitigation = tags;
    const std::string html = report(account);
    CHECK_FALSE(has(html, "<b>"));
    CHECK(has(html, "&lt;b&gt;&amp;amp;"));
    // Every '&' starts a whole entity: a cut never leaves "&am" or "&l" behind.
    for (std::size_t at = html.find('&'); at != std::string::npos; at = html.find('&', at + 1)) {
        const std::string rest = html.substr(at, 8);
        CHECK_MESSAGE((rest.rfind("&lt;", 0) == 0 || rest.rfind("&gt;", 0) == 0 ||
                       rest.rfind("&amp;", 0) == 0 || rest.rfind("&quot;", 0) == 0 ||
                       rest.rfind("&#39;", 0) == 0 || rest.rfind("&nbsp;", 0) == 0),
                      rest);
    }
    CHECK(has(html, "\xE2\x80\xA6</h1>"));
}

TEST_CASE("the app's and the CLI's report options carry today and the coverage gaps") {
    const Account sample = makeSampleAccount();
    const ReportOptions options = reportOptionsFor(sample, std::string(kSampleReferenceDate));
    CHECK(options.today == kSampleReferenceDate);
    REQUIRE(options.coveragePct);
    REQUIRE(options.coverageFindings);
    CHECK_FALSE(options.coverageFindings->empty());
    const std::string html = renderPlanReport(sample, options);
    CHECK(has(html, "<div id=\"coverage\"><h3>Coverage gaps</h3>"));
    CHECK(has(html, escapeHtml(options.coverageFindings->front().text)));

    const ReportOptions unmapped = reportOptionsFor(Account{}, "2026-11-24");
    CHECK_FALSE(unmapped.coveragePct);
    CHECK_FALSE(unmapped.coverageFindings);  // no map yet: no gaps to list
}
