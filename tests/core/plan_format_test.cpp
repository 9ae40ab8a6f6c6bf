// Plan file format: round trips, every class of rejection with its location, unknown
// members, version 0 migration and the safety bounds.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include "core/health/health.h"
#include "core/model/clock.h"
#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"
#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

// Fixed ids so tests can refer to them in JSON text.
inline const std::string kAccountId = "a0000000000000000000000000000001";
inline const std::string kAnnId = "5000000000000000000000000000000a";  // stakeholder 0, top
inline const std::string kBenId =
    "5000000000000000000000000000000b";  // stakeholder 1, reports to Ann
inline const std::string kCaraId =
    "5000000000000000000000000000000c";  // stakeholder 2, reports to Ben
inline const std::string kLineId = "1000000000000000000000000000000f";  // Ben influences Ann

inline PlanDocument smallPlan() {
    PlanDocument doc;
    Account& a = doc.account;
    a.id = kAccountId;
    a.updated = "2026-11-24T10:15:00Z";
    a.name = "Acme Freight";
    a.currency = "USD";
    a.currentArr = 1000000;
    a.renewalDate = "2027-03-31";
    Stakeholder ann;
    ann.id = kAnnId;
    ann.name = "Ann";
    ann.roles = static_cast<BuyingRoles>(BuyingRole::EconomicBuyer);
    Stakeholder ben;
    ben.id = kBenId;
    ben.name = "Ben";
    ben.managerId = kAnnId;
    Stakeholder cara;
    cara.id = kCaraId;
    cara.name = "Cara";
    cara.managerId = kBenId;
    a.stakeholders = {ann, ben, cara};
    a.influenceLines.push_back({kLineId, "", kBenId, kAnnId, InfluenceKind::Influences, 3, {}});
    return doc;
}

inline std::string smallPlanText(const std::function<void(Account&)>& edit = {}) {
    PlanDocument doc = smallPlan();
    if (edit) edit(doc.account);
    return writePlan(doc);
}

// Replaces the one occurrence of `from`; fails the test when it is missing or repeated.
inline std::string replaceOnce(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "missing: " << from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "repeated: " << from);
    return text.replace(at, from.size(), to);
}

// Reads text that must be rejected and returns the error.
inline Error rejection(std::string_view text) {
    auto result = readPlan(text);
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().message.empty());
    return result.error();
}

const std::string kMinimal =
    R"({"format":"keystone.plan","version":1,"account":{"id":"a0000000000000000000000000000001","name":"Acme","currency":"EUR"}})";

std::string roundTrip(const std::string& text, PlanStyle style = PlanStyle::Compact) {
    auto result = readPlan(text);
    REQUIRE_MESSAGE(result.ok(), result.error().message << " at " << result.error().location);
    return writePlan(result.value(), style);
}

}  // namespace

// ---- round trips ---------------------------------------------------------------------------
TEST_CASE("The curated sample survives write, read and write byte for byte in both styles") {
    PlanDocument doc;
    doc.account = makeSampleAccount({});
    for (PlanStyle style : {PlanStyle::Compact, PlanStyle::Pretty}) {
        const std::string first = writePlan(doc, style);
        CHECK(roundTrip(first, style) == first);
    }
}

TEST_CASE("Compact and pretty files of one plan read back to the same plan") {
    PlanDocument doc;
    doc.account = makeSampleAccount({});
    CHECK(roundTrip(writePlan(doc, PlanStyle::Pretty)) == writePlan(doc));
}

TEST_CASE("A plan with only the required members reads with every default") {
    auto result = readPlan(kMinimal);
    REQUIRE(result.ok());
    const Account& a = result.value().account;
    CHECK(a.name == "Acme");
    CHECK(a.currency == "EUR");
    CHECK(a.fiscalYearStartMonth == 1);
    CHECK_FALSE(a.priorYearArr.has_value());
    CHECK_MESSAGE(!hasHealthData(a.health), "no health signal was entered");
    CHECK(a.stakeholders.empty());
    CHECK(result.value().sourceVersion == 1);
}

TEST_CASE("Members may come in any order, the account even before format and version") {
    const std::string reordered =
        R"({"account":{"currency":"EUR","name":"Acme","id":"a0000000000000000000000000000001"},"version":1,"format":"keystone.plan"})";
    CHECK(roundTrip(reordered) == roundTrip(kMinimal));
}

TEST_CASE("A UTF-8 byte order mark and surrounding whitespace are accepted") {
    CHECK(roundTrip("\xEF\xBB\xBF \n\t" + kMinimal + "\r\n") == roundTrip(kMinimal));
}

TEST_CASE("The prior-year ARR is left out when unknown and null reads as unknown") {
    const std::string unknown = smallPlanText();
    CHECK(unknown.find("priorYearArr") == std::string::npos);
    const std::string known = smallPlanText([](Account& a) { a.priorYearArr = 0; });
    CHECK(known.find(R"("priorYearArr":0)") != std::string::npos);
    auto fromNull = readPlan(replaceOnce(known, R"("priorYearArr":0)", R"("priorYearArr":null)"));
    REQUIRE(fromNull.ok());
    CHECK_FALSE(fromNull.value().account.priorYearArr.has_value());
}

TEST_CASE("Text with quotes, escapes, control characters and non-ASCII survives a round trip") {
    const std::string tricky =
        "\"quoted\" back\\slash / tab\t line\nfeed \x01\x1f \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x9A\x9A "
        "\x7F";
    const std::string text = smallPlanText([&](Account& a) { a.stakeholders[2].notes = tricky; });
    CHECK(text.find(R"(\"quoted\" back\\slash / tab\t line\nfeed \u0001\u001f )") !=
          std::string::npos);
    auto result = readPlan(text);
    REQUIRE(result.ok());
    CHECK(result.value().account.stakeholders[2].notes == tricky);
}

TEST_CASE("Escapes in the file decode to the same text as the raw characters") {
    const std::string text =
        replaceOnce(smallPlanText(), R"("name":"Cara")", R"("name":"C\u00e1ra \ud83d\ude9a \/")");
    auto result = readPlan(text);
    REQUIRE(result.ok());
    CHECK(result.value().account.stakeholders[2].name == "C\xC3\xA1ra \xF0\x9F\x9A\x9A /");
}

TEST_CASE("Metric numbers are written in the shortest form that reads back exactly") {
    const std::pair<double, const char*> cases[] = {
        {0.1, "0.1"},
        {72.5, "72.5"},
        {-3, "-3"},
        {1e21, "1e+21"},
        {1e20, "100000000000000000000"},
        {1.5e-7, "1.5e-7"},
        {0.000001, "0.000001"},
        {123.456, "123.456"},
        {1.0 / 3, "0.3333333333333333"},
        {9007199254740993.0, "9007199254740992"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-0.0, "0"}};
    for (const auto& entry : cases) {
        const double value = entry.first;  // plain locals: clang 14 cannot capture bindings
        const char* expected = entry.second;
        const std::string text = smallPlanText([&](Account& a) {
            SuccessMetric m;
            m.id = "e0000000000000000000000000000001";
            m.name = "m";
            m.baseline = value;
            a.metrics.push_back(m);
        });
        CHECK_MESSAGE(
            text.find(std::string(R"("baseline":)") + expected + ",") != std::string::npos,
            expected);
        auto result = readPlan(text);
        REQUIRE(result.ok());
        CHECK(result.value().account.metrics[0].baseline == value);
    }
}

TEST_CASE("Metric values with no JSON form are written as 0") {
    const std::string text = smallPlanText([](Account& a) {
        SuccessMetric m;
        m.id = "e0000000000000000000000000000001";
        m.name = "m";
        m.baseline = std::numeric_limits<double>::quiet_NaN();
        m.target = -std::numeric_limits<double>::infinity();
        a.metrics.push_back(m);
    });
    CHECK(text.find(R"("baseline":0,"target":0,)") != std::string::npos);
}

TEST_CASE("Broken UTF-8 or NUL in the model is written as U+FFFD so the file stays readable") {
    const std::string text = smallPlanText([](Account& a) {
        a.stakeholders[0].notes = std::string(
            "a\xFF"
            "b\0c",
            5);
    });
    auto result = readPlan(text);
    REQUIRE(result.ok());
    CHECK(result.value().account.stakeholders[0].notes ==
          "a\xEF\xBF\xBD"
          "b\xEF\xBF\xBD"
          "c");
}

TEST_CASE("Buying roles are written in table order whatever order the file lists them") {
    const std::string text = replaceOnce(smallPlanText(), R"("roles":["economic-buyer"])",
                                         R"("roles":["blocker","champion","economic-buyer"])");
    const std::string again = roundTrip(text);
    CHECK(again.find(R"("roles":["economic-buyer","champion","blocker"])") != std::string::npos);
}

// ---- JSON syntax errors: "line:column" ------------------------------------------------
TEST_CASE("Broken JSON is rejected with the line and column of the problem") {
    const Error e = rejection("{\n  \"format\": \"keystone.plan\"\n  \"version\": 1\n}");
    CHECK(e.location == "3:3");
    CHECK(e.message.find("damaged") != std::string::npos);
}

TEST_CASE("Columns count characters, not bytes") {
    const Error e = rejection("{\"zz\":\"\xC3\xA9\xC3\xA9\" x");
    CHECK(e.location == "1:12");
}

TEST_CASE("A truncated file is rejected") {
    const std::string text = smallPlanText();
    for (std::size_t cut : {std::size_t{1}, std::size_t{10}, text.size() / 2, text.size() - 2}) {
        const Error e = rejection(text.substr(0, cut));
        CHECK(e.location.find(':') != std::string::npos);
    }
}

TEST_CASE("An empty file is rejected as not containing a plan") {
    CHECK(rejection("").message.find("empty") != std::string::npos);
    CHECK(rejection("  \n ").message.find("empty") != std::string::npos);
}

TEST_CASE("Anything after the end of the plan is rejected") {
    const Error e = rejection(kMinimal + " {}");
    CHECK(e.location == "1:" + std::to_string(kMinimal.size() + 2));
}

TEST_CASE("Invalid UTF-8 in a text is rejected at its position") {
    for (const char* bad : {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
        const Error e = rejection(R"({"format":"ab)" + std::string(bad) + R"("})");
        CHECK(e.location == "1:14");
        CHECK(e.message.find("UTF-8") != std::string::npos);
    }
}

TEST_CASE("Raw control characters and NUL bytes inside text are rejected") {
    CHECK(rejection(std::string("{\"format\":\"a\0b\"}", 16)).message.find("NUL") !=
          std::string::npos);
    const Error e = rejection("{\"format\":\"a\nb\"}");
    CHECK(e.message.find("control character") != std::string::npos);
    CHECK(e.location == "1:13");
}

TEST_CASE("Escaped NUL, unpaired surrogates and unknown escapes are rejected") {
    CHECK(rejection(R"({"format":"\u0000"})").message.find("NUL") != std::string::npos);
    CHECK(rejection(R"({"format":"\ud800"})").message.find("surrogate") != std::string::npos);
    CHECK(rejection(R"({"format":"\udc00\ud800"})").message.find("surrogate") != std::string::npos);
    CHECK(rejection(R"({"format":"\x41"})").message.find("escape") != std::string::npos);
    CHECK(rejection(R"({"format":"\u12G4"})").message.find("escape") != std::string::npos);
}

TEST_CASE("Numbers that break the JSON grammar are rejected") {
    for (const char* bad :
         {"01", "1.", ".5", "+1", "1e", "-", "NaN", "Infinity", "0x10", "1.0e+"}) {
        const Error e =
            rejection(replaceOnce(kMinimal, R"("version":1)", std::string(R"("version":)") + bad));
        CHECK_MESSAGE(e.location.find(':') != std::string::npos, bad);
    }
}

TEST_CASE("Trailing commas and comments are rejected") {
    rejection(replaceOnce(kMinimal, R"("currency":"EUR")", R"("currency":"EUR",)"));
    rejection(replaceOnce(kMinimal, R"("version":1,)", R"("version":1, // one)"));
    rejection(replaceOnce(smallPlanText(), R"("roles":["economic-buyer"])",
                          R"("roles":["economic-buyer",])"));
}

// ---- content errors: JSON pointers ----------------------------------------------------------
TEST_CASE("A duplicate member name is rejected with the pointer of the second one") {
    Error e = rejection(
        replaceOnce(smallPlanText(), R"("name":"Cara")", R"("name":"Cara","name":"Cora")"));
    CHECK(e.location == "/account/stakeholders/2/name");
    e = rejection(replaceOnce(smallPlanText(), R"("name":"Cara")", R"("name":"Cara","x":1,"x":2)"));
    CHECK(e.location == "/account/stakeholders/2/x");
    e = rejection(replaceOnce(smallPlanText(), R"("name":"Cara")",
                              R"("name":"Cara","x":[{"a/b":1,"a/b":2}])"));
    CHECK(e.location == "/account/stakeholders/2/x/0/a~1b");
    e = rejection(replaceOnce(kMinimal, R"("version":1,)", R"("version":1,"version":1,)"));
    CHECK(e.location == "/version");
}

TEST_CASE("A value of the wrong type is rejected with its pointer") {
    struct Case {
        std::string from, to, where;
    };
    const Case cases[] = {
        {R"("name":"Cara")", R"("name":12)", "/account/stakeholders/2/name"},
        {R"("influenceLines":[{)", R"("influenceLines":[7,{)", "/account/influenceLines/0"},
        {R"("currentArr":1000000)", R"("currentArr":"1000000")", "/account/currentArr"},
        {R"("archived":false)", R"("archived":0)", "/account/archived"},
        {R"("stakeholders":[)", R"("stakeholders":{"a":[)", "/account/stakeholders"},
        {R"("qualification":{)", R"("qualification":[{)", "/account/qualification"},
        {R"("roles":["economic-buyer"])", R"("roles":"economic-buyer")",
         "/account/stakeholders/0/roles"},
        {R"("tags":[]},{"id":")" + kBenId, R"("tags":[null]},{"id":")" + kBenId,
         "/account/stakeholders/0/tags/0"},
    };
    for (const Case& c : cases) {
        auto result = readPlan(replaceOnce(smallPlanText(), c.from, c.to));
        REQUIRE_FALSE(result.ok());
        CHECK_MESSAGE(result.error().location == c.where, c.to << " -> " << result.error().message);
    }
}

TEST_CASE("A missing required member is rejected with its pointer") {
    Error e = rejection(replaceOnce(smallPlanText(), R"("id":")" + kCaraId + R"(",)", ""));
    CHECK(e.location == "/account/stakeholders/2/id");
    CHECK(e.message == "The stakeholder has no \"id\", which is required.");
    e = rejection(replaceOnce(smallPlanText(), R"("name":"Ben",)", ""));
    CHECK(e.location == "/account/stakeholders/1/name");
    e = rejection(replaceOnce(kMinimal, R"(,"currency":"EUR")", ""));
    CHECK(e.location == "/account/currency");
    e = rejection(replaceOnce(smallPlanText(), R"("fromId":")" + kBenId + R"(",)", ""));
    CHECK(e.location == "/account/influenceLines/0/fromId");
}

TEST_CASE("Numbers outside their allowed range are rejected with their pointer") {
    struct Case {
        std::function<void(Account&)> edit;
        const char* where;
    };
    const Case cases[] = {
        {[](Account& a) { a.stakeholders[1].influence = 6; }, "/account/stakeholders/1/influence"},
        {[](Account& a) { a.stakeholders[1].relationshipStrength = 0; },
         "/account/stakeholders/1/relationshipStrength"},
        {[](Account& a) { a.stakeholders[1].targetStrength = -1; },
         "/account/stakeholders/1/targetStrength"},
        {[](Account& a) { a.currentArr = -1; }, "/account/currentArr"},
        {[](Account& a) { a.priorYearArr = -5; }, "/account/priorYearArr"},
        {[](Account& a) { a.currentArr = kMaxWholeNumber + 1; }, "/account/currentArr"},
        {[](Account& a) { a.fiscalYearStartMonth = 13; }, "/account/fiscalYearStartMonth"},
        {[](Account& a) { a.health.nps = -101; }, "/account/health/nps"},
        {[](Account& a) { a.health.adoptionPct = 101; }, "/account/health/adoptionPct"},
        {[](Account& a) { a.qualification.employees = -3; }, "/account/qualification/employees"},
        {[](Account& a) { a.influenceLines[0].strength = 9; },
         "/account/influenceLines/0/strength"},
        {[](Account& a) {
             Opportunity o;
             o.id = "0f000000000000000000000000000001";
             o.probabilityPct = 101;
             a.opportunities.push_back(o);
         },
         "/account/opportunities/0/probabilityPct"},
        {[](Account& a) {
             Risk r;
             r.id = "0f000000000000000000000000000002";
             r.impact = 0;
             a.risks.push_back(r);
         },
         "/account/risks/0/impact"},
    };
    for (const Case& c : cases) {
        auto result = readPlan(smallPlanText(c.edit));
        REQUIRE_FALSE(result.ok());
        CHECK_MESSAGE(result.error().location == c.where, result.error().message);
    }
    const Error e = rejection(smallPlanText([](Account& a) { a.stakeholders[1].influence = 7; }));
    CHECK(e.message == "\"influence\" must be a whole number from 1 to 5, not 7.");
}

TEST_CASE("Money and whole numbers written with a fraction or exponent are rejected") {
    for (const char* bad : {"1000000.5", "1000000.0", "1e6", "-0.0"}) {
        const Error e = rejection(replaceOnce(smallPlanText(), R"("currentArr":1000000)",
                                              std::string(R"("currentArr":)") + bad));
        CHECK(e.location == "/account/currentArr");
    }
    const std::string text = smallPlanText([](Account& a) { a.stakeholders[2].influence = 4; });
    CHECK(rejection(replaceOnce(text, R"("influence":4)", R"("influence":4.0)")).location ==
          "/account/stakeholders/2/influence");
}

TEST_CASE("Numbers too large for a double are rejected") {
    const std::string text = smallPlanText([](Account& a) {
        SuccessMetric m;
        m.id = "e0000000000000000000000000000001";
        m.name = "m";
        a.metrics.push_back(m);
    });
    CHECK(rejection(replaceOnce(text, R"("baseline":0)", R"("baseline":1e400)")).location ==
          "/account/metrics/0/baseline");
    CHECK(rejection(replaceOnce(text, R"("baseline":0)", R"("baseline":)" + std::string(900, '9')))
              .location == "/account/metrics/0/baseline");
}

TEST_CASE("Invalid dates, times, ids, currencies, countries and quarters are rejected") {
    struct Case {
        std::function<void(Account&)> edit;
        const char* where;
    };
    const Case cases[] = {
        {[](Account& a) { a.renewalDate = "2027-02-29"; }, "/account/renewalDate"},
        {[](Account& a) { a.renewalDate = "2027-13-01"; }, "/account/renewalDate"},
        {[](Account& a) { a.renewalDate = "27-03-31"; }, "/account/renewalDate"},
        {[](Account& a) { a.stakeholders[0].lastContact = "2026-11-24T10:00:00Z"; },
         "/account/stakeholders/0/lastContact"},
        {[](Account& a) { a.updated = "2026-11-24 10:15:00"; }, "/account/updated"},
        {[](Account& a) { a.updated = "2026-11-24T24:00:00Z"; }, "/account/updated"},
        {[](Account& a) { a.stakeholders[2].id = "5000000000000000000000000000000C"; },
         "/account/stakeholders/2/id"},
        {[](Account& a) { a.stakeholders[2].managerId = "ben"; },
         "/account/stakeholders/2/managerId"},
        {[](Account& a) { a.id = ""; }, "/account/id"},
        {[](Account& a) { a.currency = "usd"; }, "/account/currency"},
        {[](Account& a) { a.qualification.hqCountry = "USA"; }, "/account/qualification/hqCountry"},
        {[](Account& a) {
             SuccessMetric m;
             m.id = "e0000000000000000000000000000001";
             m.history.push_back({"2026-Q5", 1, {}});
             a.metrics.push_back(m);
         },
         "/account/metrics/0/history/0/quarter"},
    };
    for (const Case& c : cases) {
        auto result = readPlan(smallPlanText(c.edit));
        REQUIRE_FALSE(result.ok());
        CHECK_MESSAGE(result.error().location == c.where, result.error().message);
    }
}

TEST_CASE("Leap days and fractional-second UTC times are accepted") {
    auto result = readPlan(smallPlanText([](Account& a) {
        a.renewalDate = "2028-02-29";
        a.updated = "2026-11-24T10:15:00.123Z";
    }));
    CHECK(result.ok());
}

TEST_CASE("An unknown enum key is rejected with the valid keys in the message") {
    const Error e = rejection(replaceOnce(
        smallPlanText(),
        R"("name":"Cara","title":"","department":"","businessUnit":"","seniority":"individual-contributor")",
        R"("name":"Cara","title":"","department":"","businessUnit":"","seniority":"intern")"));
    CHECK(e.location == "/account/stakeholders/2/seniority");
    CHECK(e.message ==
          "\"seniority\" must be one of: c-suite, vp, director, manager, individual-contributor, "
          "not \"intern\".");
    CHECK(rejection(replaceOnce(smallPlanText(), R"("roles":["economic-buyer"])",
                                R"("roles":["decider"])"))
              .location == "/account/stakeholders/0/roles/0");
    CHECK(rejection(replaceOnce(smallPlanText(), R"("roles":["economic-buyer"])",
                                R"("roles":["coach","coach"])"))
              .location == "/account/stakeholders/0/roles/1");
    CHECK(
        rejection(replaceOnce(smallPlanText(), R"("kind":"influences")", R"("kind":"Influences")"))
            .location == "/account/influenceLines/0/kind");
}

TEST_CASE("The same id on two entities anywhere in the plan is rejected at the second") {
    Error e = rejection(smallPlanText([](Account& a) {
        a.stakeholders[2].id = kAnnId;
        a.stakeholders[2].managerId = "";
    }));
    CHECK(e.location == "/account/stakeholders/2/id");
    e = rejection(smallPlanText([](Account& a) { a.influenceLines[0].id = kAccountId; }));
    CHECK(e.location == "/account/influenceLines/0/id");
    e = rejection(smallPlanText([](Account& a) {
        Objective o;
        o.id = "0b000000000000000000000000000001";
        PlanAction act;
        act.id = kBenId;
        o.actions.push_back(act);
        a.objectives.push_back(o);
    }));
    CHECK(e.location == "/account/stakeholders/1/id");
    CHECK(e.message.find(kBenId) != std::string::npos);
}

TEST_CASE("References to stakeholders that do not exist are rejected") {
    const std::string nobody = "99999999999999999999999999999999";
    CHECK(rejection(smallPlanText([&](Account& a) {
              a.stakeholders[1].managerId = nobody;
          })).location == "/account/stakeholders/1/managerId");
    CHECK(rejection(smallPlanText([&](Account& a) {
              a.stakeholders[1].managerId = kLineId;
          })).location == "/account/stakeholders/1/managerId");
    CHECK(rejection(smallPlanText([&](Account& a) {
              a.stakeholders[2].dottedLineManagerIds = {kAnnId, nobody};
          })).location == "/account/stakeholders/2/dottedLineManagerIds/1");
    CHECK(rejection(smallPlanText([&](Account& a) {
              a.influenceLines[0].fromId = nobody;
          })).location == "/account/influenceLines/0/fromId");
    CHECK(rejection(smallPlanText([&](Account& a) {
              a.influenceLines[0].toId = nobody;
          })).location == "/account/influenceLines/0/toId");
}

TEST_CASE("Pricing scenario references are free text and not checked") {
    CHECK(readPlan(smallPlanText([](Account& a) {
              Opportunity o;
              o.id = "0f000000000000000000000000000001";
              o.pricingScenarioId = "scenario from another tool";
              a.opportunities.push_back(o);
          })).ok());
}

TEST_CASE("Self-management and reporting loops are rejected") {
    Error e = rejection(smallPlanText([](Account& a) { a.stakeholders[1].managerId = kBenId; }));
    CHECK(e.location == "/account/stakeholders/1/managerId");
    CHECK(e.message == "A stakeholder can't be their own manager.");
    e = rejection(smallPlanText([](Account& a) { a.stakeholders[0].managerId = kCaraId; }));
    CHECK(e.message.find("loop") != std::string::npos);
    CHECK(e.location.rfind("/account/stakeholders/", 0) == 0);
    CHECK(rejection(smallPlanText([](Account& a) {
              a.stakeholders[2].dottedLineManagerIds = {kCaraId};
          })).location == "/account/stakeholders/2/dottedLineManagerIds/0");
}

TEST_CASE("Dotted lines may loop back up the reporting tree") {
    CHECK(readPlan(smallPlanText([](Account& a) {
              a.stakeholders[0].dottedLineManagerIds = {kCaraId};
          })).ok());
}

TEST_CASE("An influence line from a stakeholder to themselves is rejected") {
    CHECK(rejection(smallPlanText([](Account& a) {
              a.influenceLines[0].toId = kBenId;
          })).location == "/account/influenceLines/0/toId");
}

TEST_CASE("A very long reporting chain is checked without deep recursion") {
    PlanDocument doc;
    doc.account = makeSampleAccount({20000, 3, SampleShape::Chain});
    CHECK(readPlan(writePlan(doc)).ok());
    doc.account.stakeholders[0].managerId = doc.account.stakeholders.back().id;  // close the loop
    CHECK(rejection(writePlan(doc)).message.find("loop") != std::string::npos);
}

TEST_CASE("A file that is not a Keystone plan is rejected as such") {
    CHECK(rejection(R"({"format":"other.plan","version":1,"account":{}})")
              .message.find("not a Keystone plan") != std::string::npos);
    CHECK(
        rejection(R"({"name":"package","version":"1.0.0"})").message.find("not a Keystone plan") !=
        std::string::npos);
    CHECK(rejection(R"([1,2,3])").message.find("not a Keystone plan") != std::string::npos);
    CHECK(rejection(R"("keystone.plan")").message.find("not a Keystone plan") != std::string::npos);
    // Not JSON at all: about the whole file, so no line and character to point at.
    CHECK(rejection("%PDF-1.7").message.find("not a Keystone plan") != std::string::npos);
    CHECK(rejection("%PDF-1.7").location.empty());
    CHECK(rejection(R"({"format":"keystone.plan","version":1})").location == "/account");
    CHECK(rejection(R"({"format":"keystone.plan","account":{}})").location == "/version");
    CHECK(rejection(R"({"format":"keystone.plan","version":1,"account":[]})").location ==
          "/account");
}

TEST_CASE("A plan from a newer major format version asks the user to update Keystone") {
    const Error e = rejection(replaceOnce(kMinimal, R"("version":1)", R"("version":2)"));
    CHECK(
        e.message ==
        "This plan was saved by a newer Keystone (format version 2); update Keystone to open it.");
    CHECK(e.location == "/version");
    CHECK(
        rejection(replaceOnce(kMinimal, R"("version":1)", R"("version":123456789012345678901234)"))
            .message.find("newer") != std::string::npos);
}

TEST_CASE("A version that is not a whole number of 0 or more is rejected") {
    for (const char* bad : {R"("1")", "1.5", "-1", "null"}) {
        const Error e =
            rejection(replaceOnce(kMinimal, R"("version":1)", std::string(R"("version":)") + bad));
        CHECK_MESSAGE(e.location == "/version", bad);
    }
}

// ---- bounds -------------------------------------------------------------------------------
TEST_CASE("A file over the size limit is rejected before it is parsed") {
    const std::string huge(kMaxPlanBytes + 1, ' ');
    const Error e = rejection(huge);
    CHECK(e.message ==
          "This file is 129 MB; Keystone opens plan files up to 128 MB. Check that "
          "it is the plan you meant to open.");
}

TEST_CASE("Nesting ten thousand levels deep is rejected without exhausting the stack") {
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    Error e = rejection(
        replaceOnce(kMinimal, R"("currency":"EUR")", R"("currency":"EUR","extra":)" + deep));
    CHECK(e.message.find("nested too deeply") != std::string::npos);
    e = rejection(std::string(10000, '{'));
    CHECK(e.location.find(':') != std::string::npos);
    e = rejection(std::string(10000, '['));
    CHECK(e.message.find("not a Keystone plan") != std::string::npos);
    e = rejection(R"({"x":)" + std::string(100000, '['));  // inside an unknown root member
    CHECK(e.message.find("nested too deeply") != std::string::npos);
}

TEST_CASE("Nesting up to the limit inside an unknown member is accepted") {
    const int room = kMaxNestingDepth - 2;  // root object and account object
    const std::string deep =
        std::string(static_cast<size_t>(room), '[') + std::string(static_cast<size_t>(room), ']');
    const std::string text =
        replaceOnce(kMinimal, R"("currency":"EUR")", R"("currency":"EUR","extra":)" + deep);
    CHECK(roundTrip(text).find(deep) != std::string::npos);
    const std::string tooDeep = "[" + deep + "]";
    CHECK_FALSE(readPlan(replaceOnce(kMinimal, R"("currency":"EUR")",
                                     R"("currency":"EUR","extra":)" + tooDeep))
                    .ok());
}

TEST_CASE("Text longer than its limit is rejected; text at the limit is accepted") {
    CHECK(readPlan(smallPlanText([](Account& a) {
              a.stakeholders[0].name = std::string(kMaxShortTextBytes, 'n');
          })).ok());
    Error e = rejection(smallPlanText(
        [](Account& a) { a.stakeholders[0].name = std::string(kMaxShortTextBytes + 1, 'n'); }));
    CHECK(e.location == "/account/stakeholders/0/name");
    CHECK(e.message.find("1,024") != std::string::npos);
    CHECK(readPlan(smallPlanText([](Account& a) {
              a.stakeholders[0].notes = std::string(kMaxLongTextBytes, 'x');
          })).ok());
    e = rejection(smallPlanText(
        [](Account& a) { a.stakeholders[0].notes = std::string(kMaxLongTextBytes + 1, 'x'); }));
    CHECK(e.location == "/account/stakeholders/0/notes");
    e = rejection(replaceOnce(kMinimal, R"("currency":"EUR")",
                              R"("currency":"EUR","extra":{"big":")" +
                                  std::string(kMaxUnknownTextBytes + 1, 'x') + R"("})"));
    CHECK(e.location == "/account/extra/big");
}

TEST_CASE("Lists longer than their limit are rejected at the list") {
    Error e = rejection(smallPlanText(
        [](Account& a) { a.stakeholders[0].tags.assign(kMaxSmallListItems + 1, "t"); }));
    CHECK(e.location == "/account/stakeholders/0/tags");
    CHECK(e.message.find("more than 100") != std::string::npos);
    e = rejection(smallPlanText(
        [](Account& a) { a.whitespace.businessUnits.assign(kMaxWhitespaceAxis + 1, "bu"); }));
    CHECK(e.location == "/account/whitespace/businessUnits");
}

TEST_CASE("A member name longer than the limit is rejected") {
    const std::string name(kMaxMemberNameBytes + 1, 'k');
    CHECK(rejection(replaceOnce(kMinimal, R"("currency":"EUR")",
                                R"("currency":"EUR",")" + name + R"(":1)"))
              .location == "/account");
}

// ---- unknown members ----------------------------------------------------------------------
TEST_CASE("Unknown members survive at every level of the plan") {
    PlanDocument doc;
    doc.account = makeSampleAccount({});
    std::string text = writePlan(doc);
    // Put an unknown member at the start of every object: after each '{' that opens an object.
    std::string withUnknowns;
    int added = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        withUnknowns.push_back(c);
        if (inString) {
            if (c == '\\')
                withUnknowns.push_back(text[++i]);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            withUnknowns += R"("zNew":{"n":[1,2.50,"x"],"ok":true},)";
            ++added;
        }
    }
    auto result = readPlan(withUnknowns);
    REQUIRE_MESSAGE(result.ok(), result.error().message << " at " << result.error().location);
    const std::string written = writePlan(result.value());
    const std::string canonical = R"("zNew":{"n":[1,2.50,"x"],"ok":true})";
    std::size_t found = 0;
    for (auto at = written.find(canonical); at != std::string::npos;
         at = written.find(canonical, at + 1))
        ++found;
    CHECK(found == static_cast<std::size_t>(added));
    CHECK(added > 120);
    CHECK(result.value().unknown.size() == 1);
    CHECK(result.value().account.stakeholders[5].unknown.size() == 1);
    CHECK(result.value().account.metrics[0].history[0].unknown.size() == 1);
    CHECK(roundTrip(written) == written);
}

TEST_CASE("Unknown values are kept as canonical compact JSON in file order") {
    const std::string text =
        replaceOnce(kMinimal, R"("currency":"EUR")",
                    "\"currency\":\"EUR\", \"b\" : { \"z\" : 1 , \"a\" : [ ] , \"s\" : "
                    "\"\\u00e9\\/\\u001F\\n\" , \"n\" : -0.50E+3 } ,\"a\":null");
    auto result = readPlan(text);
    REQUIRE(result.ok());
    const UnknownFields& unknown = result.value().account.unknown;
    REQUIRE(unknown.size() == 2);
    CHECK(unknown[0].key == "b");
    CHECK(unknown[0].json == "{\"z\":1,\"a\":[],\"s\":\"\xC3\xA9/\\u001f\\n\",\"n\":-0.50E+3}");
    CHECK(unknown[1].key == "a");
    CHECK(unknown[1].json == "null");
}

TEST_CASE("Unknown members of the document root are kept") {
    const std::string text =
        R"({"format":"keystone.plan","savedBy":"Keystone 1.4","version":1,"account":{"id":"a0000000000000000000000000000001","name":"Acme","currency":"EUR"}})";
    auto result = readPlan(text);
    REQUIRE(result.ok());
    REQUIRE(result.value().unknown.size() == 1);
    CHECK(result.value().unknown[0] == UnknownField{"savedBy", "\"Keystone 1.4\""});
    CHECK(writePlan(result.value()).find(R"("account":{)") <
          writePlan(result.value()).find(R"("savedBy":"Keystone 1.4")"));
}

// ---- versions ---------------------------------------------------------------------------
TEST_CASE("A version 0 plan is migrated: each stakeholder's single role becomes a role list") {
    const std::string v0 =
        R"({"format":"keystone.plan","version":0,"account":{"id":"a0000000000000000000000000000001","name":"Acme","currency":"USD","stakeholders":[)"
        R"({"id":"5000000000000000000000000000000a","name":"Ann","role":"economic-buyer"},)"
        R"({"id":"5000000000000000000000000000000b","name":"Ben","role":""},)"
        R"({"id":"5000000000000000000000000000000c","name":"Cara"}]}})";
    auto result = readPlan(v0);
    REQUIRE_MESSAGE(result.ok(), result.error().message << " at " << result.error().location);
    CHECK(result.value().sourceVersion == 0);
    const auto& people = result.value().account.stakeholders;
    CHECK(people[0].roles == static_cast<BuyingRoles>(BuyingRole::EconomicBuyer));
    CHECK(people[1].roles == 0);
    CHECK(people[2].roles == 0);
    CHECK(people[0].unknown.empty());
    const std::string written = writePlan(result.value());
    CHECK(written.find(R"("version":1)") != std::string::npos);
    CHECK(written.find(R"("roles":["economic-buyer"])") != std::string::npos);
    CHECK(written.find(R"("role":)") == std::string::npos);
    CHECK(roundTrip(written) == written);
}

TEST_CASE("A version 0 plan with a bad role or a version 1 roles list is rejected") {
    const std::string head =
        R"({"format":"keystone.plan","version":0,"account":{"id":"a0000000000000000000000000000001","name":"Acme","currency":"USD","stakeholders":[{"id":"5000000000000000000000000000000a","name":"Ann",)";
    CHECK(rejection(head + R"("role":"boss"}]}})").location == "/account/stakeholders/0/role");
    CHECK(rejection(head + R"("roles":["coach"]}]}})").location == "/account/stakeholders/0/roles");
}

TEST_CASE("A stray \"role\" member in a version 1 plan is kept as an unknown member") {
    auto result = readPlan(
        replaceOnce(smallPlanText(), R"("name":"Cara")", R"("name":"Cara","role":"coach")"));
    REQUIRE(result.ok());
    CHECK(result.value().account.stakeholders[2].roles == 0);
    CHECK(result.value().account.stakeholders[2].unknown == UnknownFields{{"role", "\"coach\""}});
}

// ---- checkPlan ----------------------------------------------------------------------------
TEST_CASE("checkPlan accepts a valid plan and reports what readPlan would reject") {
    PlanDocument doc = smallPlan();
    CHECK_FALSE(checkPlan(doc).has_value());
    doc.account.stakeholders[0].influence = 0;
    auto error = checkPlan(doc);
    REQUIRE(error.has_value());
    CHECK(error->location == "/account/stakeholders/0/influence");
    doc = smallPlan();
    doc.account.stakeholders.push_back(Stakeholder{});  // no id yet
    REQUIRE(checkPlan(doc).has_value());
    CHECK(checkPlan(doc)->location == "/account/stakeholders/3/id");
}

// ---- ids and dates ------------------------------------------------------------------------
TEST_CASE("Ids are 32 lowercase hex digits and a seeded generator repeats itself") {
    IdGenerator a(42), b(42), c(43);
    const std::string first = a.next();
    CHECK(isValidId(first));
    CHECK(first == b.next());
    CHECK(first != c.next());
    CHECK(a.next() != first);
    CHECK(isValidId(newId()));
    CHECK(newId() != newId());
    std::uint64_t high = 0, low = 0;
    REQUIRE(parseId(first, high, low));
    CHECK(formatId(high, low) == first);
    CHECK_FALSE(isValidId("0123456789ABCDEF0123456789abcdef"));
    CHECK_FALSE(isValidId("0123456789abcdef0123456789abcde"));
}

TEST_CASE("The random generator is uniform enough and identical for a seed") {
    Rng rng(7);
    int counts[6] = {};
    for (int i = 0; i < 60000; ++i) ++counts[rng.between(0, 5)];
    for (int count : counts) CHECK(std::abs(count - 10000) < 500);
    Rng x(99), y(99);
    for (int i = 0; i < 100; ++i) CHECK(x.next() == y.next());
    CHECK(Rng(1).below(0) == 0);
}

TEST_CASE("Dates and UTC times are formatted and validated without the host time zone") {
    CHECK(formatIsoTimestamp(0) == "1970-01-01T00:00:00Z");
    CHECK(formatIsoTimestamp(1795515300) == "2026-11-24T10:15:00Z");
    CHECK(formatIsoTimestamp(-1) == "1969-12-31T23:59:59Z");
    CHECK(addDays("2026-11-24", 7) == "2026-12-01");
    CHECK(addDays("2028-02-28", 1) == "2028-02-29");
    CHECK(addDays("2100-02-28", 1) == "2100-03-01");
    CHECK(addDays("2026-02-30", 1).empty());
    CHECK(isIsoDate("2000-02-29"));
    CHECK_FALSE(isIsoDate("1900-02-29"));
    CHECK_FALSE(isIsoDate("0000-01-01"));
    CHECK(isIsoTimestamp("2026-11-24T10:15:00.123456789Z"));
    CHECK_FALSE(isIsoTimestamp("2026-11-24T10:15:00.Z"));
    CHECK_FALSE(isIsoTimestamp("2026-11-24T10:15:00+01:00"));
}

TEST_CASE("The clock source can be replaced for deterministic timestamps") {
    setClockSource([]() -> std::int64_t { return 1795515300; });
    CHECK(nowIso() == "2026-11-24T10:15:00Z");
    setClockSource(nullptr);
    CHECK(unixNow() > 1700000000);
}

TEST_CASE("Id parsing accepts exactly lowercase hex digits at every position") {
    const std::string base = "0123456789abcdeffedcba9876543210";
    for (std::size_t position = 0; position < kIdLength; ++position) {
        for (int c = 0; c < 256; ++c) {
            std::string id = base;
            id[position] = static_cast<char>(c);
            const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            std::uint64_t high = 0, low = 0;
            REQUIRE(parseId(id, high, low) == hex);
            if (!hex) continue;
            std::uint64_t expectHigh = 0, expectLow = 0;  // slow reference decoding
            for (std::size_t i = 0; i < kIdLength; ++i) {
                const std::uint64_t digit = id[i] <= '9'
                                                ? static_cast<std::uint64_t>(id[i] - '0')
                                                : static_cast<std::uint64_t>(id[i] - 'a' + 10);
                (i < 16 ? expectHigh : expectLow) =
                    ((i < 16 ? expectHigh : expectLow) << 4) | digit;
            }
            REQUIRE(high == expectHigh);
            REQUIRE(low == expectLow);
        }
    }
}

TEST_CASE(
    "Quotes, escapes, control characters and non-ASCII are found at every position of a text") {
    for (std::size_t position = 0; position < 40; ++position) {
        const std::string before(position, 'a');
        for (const char* special : {"\"", "\\", "\xC3\xA9", "\x01", "\x7F"}) {
            const std::string value = before + special + "bcdefghijklmnop";
            auto result =
                readPlan(smallPlanText([&](Account& a) { a.stakeholders[2].notes = value; }));
            REQUIRE(result.ok());
            CHECK(result.value().account.stakeholders[2].notes == value);
        }
        // A raw control character is reported exactly where it is.
        const Error e = rejection("{\"x\":\"" + before + "\x02" + "zzzzzzzzzz\"}");
        CHECK(e.location == "1:" + std::to_string(7 + position));
        // A text that never ends is rejected however long it is.
        CHECK(rejection("{\"x\":\"" + before).location.find(':') != std::string::npos);
        // Member names take the same fast path.
        const std::string key = before + "\xC3\xA9z";
        auto keyed = readPlan(
            replaceOnce(kMinimal, R"("currency":"EUR")", R"("currency":"EUR",")" + key + R"(":1)"));
        REQUIRE(keyed.ok());
        CHECK(keyed.value().account.unknown.at(0).key == key);
    }
}
