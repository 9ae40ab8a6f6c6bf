// Property tests for the plan format: random valid plans round-trip byte for byte, and
// random damage to valid files is either rejected cleanly or yields a plan that itself
// round-trips. Run under ASan/UBSan; the reader must never crash or read out of bounds.
#include <doctest/doctest.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "core/model/clock.h"
#include "core/model/ids.h"
#include "core/plan_format/json_writer.h"
#include "core/plan_format/plan_format.h"

using namespace keystone;

namespace {

// Builds random but valid plans: every field in range, references consistent, texts full
// of quotes, escapes, control characters and non-ASCII, doubles from the whole range,
// unknown members (canonical JSON) scattered everywhere.
class RandomPlan {
public:
    explicit RandomPlan(std::uint64_t seed) : m_rng(seed), m_ids(seed * 7919 + 1) {}

    PlanDocument make() {
        PlanDocument doc;
        doc.unknown = unknowns();
        Account& a = doc.account;
        a.id = m_ids.next();
        a.updated = stamp();
        a.name = text(40);
        a.industry = text(20);
        a.currency = m_rng.chance(50) ? "USD" : "EUR";
        a.currentArr = money();
        if (m_rng.chance(50)) a.priorYearArr = money();
        a.renewalDate = date();
        a.fiscalYearStartMonth = m_rng.between(1, 12);
        a.budgetCycle = text(30);
        a.archived = m_rng.chance(20);
        auto& q = a.qualification;
        q.employees = m_rng.between(0, 500000);
        q.annualRevenue = money();
        q.hqCountry = m_rng.chance(30) ? "" : "DE";
        q.potentialAcv = money();
        q.departmentsOrGeographies = m_rng.between(0, 40);
        q.referenceValue = static_cast<ReferenceValue>(m_rng.between(0, 2));
        q.integrationsNeeded = m_rng.between(0, 20);
        q.complianceNeeds = texts(3);
        q.potentialUsers = m_rng.between(0, 1000000);
        q.unknown = unknowns();
        a.summary.business = text(300);
        a.summary.partnership = text(300);
        a.summary.unknown = unknowns();
        for (int i = m_rng.between(0, 4); i > 0; --i)
            a.summary.goals.push_back(
                {m_ids.next(), stamp(), text(40), date(), text(100), unknowns()});
        for (int i = m_rng.between(0, 3); i > 0; --i) {
            Objective o{m_ids.next(), stamp(),  text(40), text(200),
                        date(),       status(), {},       unknowns()};
            for (int j = m_rng.between(0, 3); j > 0; --j)
                o.actions.push_back({m_ids.next(), stamp(), text(40),
                                     static_cast<ActionKind>(m_rng.between(0, 5)), text(20), date(),
                                     status(), unknowns()});
            a.objectives.push_back(std::move(o));
        }
        for (int i = m_rng.between(0, 4); i > 0; --i) {
            Opportunity o;
            o.id = m_ids.next();
            o.updated = stamp();
            o.name = text(40);
            o.offering = text(20);
            o.businessUnit = text(20);
            o.amount = money();
            o.closeDate = date();
            o.stage = static_cast<SalesStage>(m_rng.between(0, kSalesStageCount - 1));
            o.probabilityPct = m_rng.between(0, 100);
            o.nextStep = text(100);
            o.completedExitCriteria = texts(4);
            o.pricingScenarioId = m_rng.chance(50) ? m_ids.next() : text(10);
            o.amountOverridden = m_rng.chance(30);
            o.unknown = unknowns();
            a.opportunities.push_back(std::move(o));
        }
        a.whitespace.businessUnits = texts(4);
        a.whitespace.offerings = texts(5);
        for (int i = m_rng.between(0, 6); i > 0; --i)
            a.whitespace.cells.push_back({text(10), text(10),
                                          static_cast<WhitespaceStatus>(m_rng.between(0, 3)),
                                          money(), unknowns()});
        a.whitespace.updated = stamp();
        a.whitespace.unknown = unknowns();
        for (int i = m_rng.between(0, 3); i > 0; --i)
            a.competitors.push_back({m_ids.next(), stamp(), text(30), text(200), text(200),
                                     m_rng.chance(30),
                                     static_cast<ThreatLevel>(m_rng.between(0, 2)), unknowns()});
        for (int i = m_rng.between(0, 5); i > 0; --i)
            a.risks.push_back({m_ids.next(), stamp(), text(40), m_rng.between(1, 5),
                               m_rng.between(1, 5), text(20), text(200),
                               static_cast<RiskStatus>(m_rng.between(0, 2)), date(), unknowns()});
        for (int i = m_rng.between(0, 6); i > 0; --i) {
            SuccessMetric m{
                m_ids.next(), stamp(),   text(30), static_cast<MetricCategory>(m_rng.between(0, 3)),
                text(8),      number(),  number(), m_rng.chance(50),
                {},           unknowns()};
            for (int j = m_rng.between(0, 8); j > 0; --j)
                m.history.push_back({std::to_string(m_rng.between(2000, 2099)) + "-Q" +
                                         std::to_string(m_rng.between(1, 4)),
                                     number(), unknowns()});
            a.metrics.push_back(std::move(m));
        }
        auto& h = a.health;
        // Each signal entered or not, so plans with and without health data round-trip.
        const auto maybe = [&](int low, int high) {
            return m_rng.chance(70) ? std::optional<int>(m_rng.between(low, high)) : std::nullopt;
        };
        h.adoptionPct = maybe(0, 100);
        h.nps = maybe(-100, 100);
        h.csatPct = maybe(0, 100);
        h.daysSinceExecutiveContact = maybe(0, 1000);
        h.openEscalations = maybe(0, 10);
        h.renewalLikelihoodPct = maybe(0, 100);
        h.decliningUsage = m_rng.chance(50);
        h.executiveTurnover = m_rng.chance(50);
        h.competitiveEvaluation = m_rng.chance(50);
        h.unansweredCommunications = m_rng.chance(50);
        h.updated = stamp();
        h.unknown = unknowns();
        for (int i = m_rng.between(0, 4); i > 0; --i)
            a.team.push_back({static_cast<OurRole>(m_rng.between(0, 4)), text(20), unknowns()});
        const int people = m_rng.between(0, 25);
        for (int i = 0; i < people; ++i) {
            Stakeholder s;
            s.id = m_ids.next();
            s.updated = stamp();
            s.name = text(30);
            s.title = text(30);
            s.department = text(15);
            s.businessUnit = text(15);
            s.seniority = static_cast<Seniority>(m_rng.between(0, 4));
            s.email = text(25);
            s.phone = text(15);
            s.location = text(15);
            // Managers and dotted lines point at earlier people: never a loop.
            if (i > 0 && m_rng.chance(80))
                s.managerId = a.stakeholders[m_rng.below(static_cast<std::uint64_t>(i))].id;
            if (i > 0 && m_rng.chance(20))
                s.dottedLineManagerIds.push_back(
                    a.stakeholders[m_rng.below(static_cast<std::uint64_t>(i))].id);
            s.roles = static_cast<BuyingRoles>(m_rng.below(1u << kBuyingRoleCount));
            s.stance = static_cast<Stance>(m_rng.between(0, 4));
            s.influence = m_rng.between(1, 5);
            s.relationshipStrength = m_rng.between(1, 5);
            s.targetStrength = m_rng.between(1, 5);
            s.owner = static_cast<OurRole>(m_rng.between(0, 4));
            s.lastContact = date();
            s.status = static_cast<ContactStatus>(m_rng.between(0, 2));
            s.notes = text(400);
            s.tags = texts(3);
            s.unknown = unknowns();
            a.stakeholders.push_back(std::move(s));
        }
        for (int i = people >= 2 ? m_rng.between(0, 10) : 0; i > 0; --i) {
            const auto from = m_rng.below(static_cast<std::uint64_t>(people));
            auto to = m_rng.below(static_cast<std::uint64_t>(people - 1));
            if (to >= from) ++to;
            a.influenceLines.push_back(
                {m_ids.next(), stamp(), a.stakeholders[from].id, a.stakeholders[to].id,
                 static_cast<InfluenceKind>(m_rng.between(0, 2)), m_rng.between(1, 5), unknowns()});
        }
        a.unknown = unknowns();
        return doc;
    }

private:
    std::string text(int maxLength) {
        static const char* const kPieces[] = {"a",
                                              "Ops",
                                              " ",
                                              "\"",
                                              "\\",
                                              "/",
                                              "\n",
                                              "\t",
                                              "\r",
                                              "\b",
                                              "\f",
                                              "\x01",
                                              "\x1f",
                                              "\x7f",
                                              "\xC3\xA9",
                                              "\xE2\x82\xAC",
                                              "\xF0\x9F\x9A\x9A",
                                              "\xE4\xB8\xAD",
                                              "\xEF\xBB\xBF",
                                              "\\u0041",
                                              "{}",
                                              "[]",
                                              ",",
                                              ":",
                                              "0",
                                              "\xE2\x80\xA8"};
        std::string out;
        const int length = m_rng.between(0, maxLength);
        while (static_cast<int>(out.size()) < length) out += m_rng.pick(kPieces);
        if (m_rng.chance(2)) out += "\xFF";  // broken UTF-8 in the model: written as U+FFFD
        return out;
    }
    std::vector<std::string> texts(int maxItems) {
        std::vector<std::string> out;
        for (int i = m_rng.between(0, maxItems); i > 0; --i) out.push_back(text(12));
        return out;
    }
    std::string date() {
        if (m_rng.chance(15)) return "";
        return formatIsoDate(m_rng.between(-700000, 2900000));  // years ~0053..9909
    }
    std::string stamp() {
        if (m_rng.chance(10)) return "";
        return formatIsoTimestamp(static_cast<std::int64_t>(m_rng.below(4000000000ull)));
    }
    MinorUnits money() {
        switch (m_rng.between(0, 3)) {
            case 0:
                return 0;
            case 1:
                return kMaxWholeNumber;
            default:
                return static_cast<MinorUnits>(
                    m_rng.below(static_cast<std::uint64_t>(kMaxWholeNumber)));
        }
    }
    double number() {
        switch (m_rng.between(0, 5)) {
            case 0:
                return m_rng.between(-1000, 1000);
            case 1:
                return m_rng.between(-100000, 100000) / 100.0;
            case 2:
                return m_rng.unit();
            case 3:
                return (m_rng.unit() - 0.5) * 1e-300;
            case 4:
                return (m_rng.unit() - 0.5) * 1e300;
            default: {
                for (;;) {  // any finite bit pattern, denormals included
                    const std::uint64_t bits = m_rng.next();
                    double value;
                    std::memcpy(&value, &bits, sizeof value);
                    if (std::isfinite(value)) return value;
                }
            }
        }
    }
    WorkStatus status() { return static_cast<WorkStatus>(m_rng.between(0, 3)); }

    // Canonical compact JSON, as the reader would store it.
    std::string json(int depth) {
        static const char* const kNumbers[] = {
            "0", "-1", "2.50", "1e5", "-0.0E-2", "123456789012345678901234567890", "3.14"};
        switch (m_rng.between(0, depth > 0 ? 6 : 4)) {
            case 0:
                return "null";
            case 1:
                return m_rng.chance(50) ? "true" : "false";
            case 2:
                return m_rng.pick(kNumbers);
            case 3:
            case 4: {
                std::string out;
                std::string t = text(10);
                if (!t.empty() && t.back() == '\xFF') t.pop_back();
                appendJsonString(out, t);
                return out;
            }
            case 5: {
                std::string out = "[";
                for (int i = m_rng.between(0, 3); i > 0; --i)
                    out += (out.size() > 1 ? "," : "") + json(depth - 1);
                return out + "]";
            }
            default: {
                std::string out = "{";
                for (int i = m_rng.between(0, 3); i > 0; --i) {
                    if (out.size() > 1) out += ",";
                    appendJsonString(out, "k" + std::to_string(i));
                    out += ":" + json(depth - 1);
                }
                return out + "}";
            }
        }
    }
    UnknownFields unknowns() {
        UnknownFields out;
        if (!m_rng.chance(20)) return out;
        for (int i = m_rng.between(1, 2); i > 0; --i)
            out.push_back({"x-future-" + std::to_string(i), json(3)});
        return out;
    }

    Rng m_rng;
    IdGenerator m_ids;
};

// JSON by the grammar of RFC 8259. nlohmann also refuses numbers beyond a double's range
// ("1e999"), which the grammar allows and the reader keeps verbatim in unknown members, so
// that one refusal still counts as standard JSON.
bool isStandardJson(const std::string& text) {
    try {
        return !nlohmann::json::parse(text).is_discarded();
    } catch (const nlohmann::json::out_of_range& e) {
        return e.id == 406;  // number overflow
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

// The reader's verdict on arbitrary bytes: a clean rejection, or a plan that round-trips.
void checkVerdict(const std::string& bytes) {
    auto result = readPlan(bytes);
    if (!result.ok()) {
        CHECK_FALSE(result.error().message.empty());
        return;
    }
    // Anything we accept is JSON by the book (a BOM aside, which we allow).
    const bool bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0;
    CHECK(isStandardJson(bom ? bytes.substr(3) : bytes));
    const std::string written = writePlan(result.value());
    auto again = readPlan(written);
    REQUIRE_MESSAGE(again.ok(), again.error().message << " at " << again.error().location);
    CHECK(writePlan(again.value()) == written);
}

}  // namespace

TEST_CASE("Random valid plans round-trip byte for byte in both styles") {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        CAPTURE(seed);
        const PlanDocument doc = RandomPlan(seed).make();
        const std::string compact = writePlan(doc);
        auto read = readPlan(compact);
        REQUIRE_MESSAGE(read.ok(), read.error().message << " at " << read.error().location);
        CHECK(writePlan(read.value()) == compact);
        const std::string pretty = writePlan(doc, PlanStyle::Pretty);
        auto readPretty = readPlan(pretty);
        REQUIRE(readPretty.ok());
        CHECK(writePlan(readPretty.value(), PlanStyle::Pretty) == pretty);
        CHECK(writePlan(readPretty.value()) == compact);
    }
}

TEST_CASE("Written plans are standard JSON that another parser reads identically") {
    for (std::uint64_t seed = 1000; seed < 1050; ++seed) {
        CAPTURE(seed);
        const std::string compact = writePlan(RandomPlan(seed).make());
        REQUIRE(nlohmann::json::accept(compact));
        // Same members, same order, same texts: only number spelling may differ.
        const auto parsed = nlohmann::ordered_json::parse(compact);
        CHECK(parsed["account"]["stakeholders"].size() ==
              readPlan(compact).value().account.stakeholders.size());
        auto ours = readPlan(compact);
        REQUIRE(ours.ok());
        for (std::size_t i = 0; i < ours.value().account.stakeholders.size(); ++i)
            CHECK(parsed["account"]["stakeholders"][i]["notes"].get<std::string>() ==
                  ours.value().account.stakeholders[i].notes);
    }
}

TEST_CASE("Random damage to valid plans is rejected cleanly or yields a plan that round-trips") {
    std::vector<std::string> bases;
    for (std::uint64_t seed = 300; seed < 306; ++seed) {
        const PlanDocument doc = RandomPlan(seed).make();
        bases.push_back(writePlan(doc));
        bases.push_back(writePlan(doc, PlanStyle::Pretty));
    }
    Rng rng(4242);
    static const char kTokens[] =
        "{}[]\",:\\0123456789-+.eEtrufalsn \n\x00\x1f\x7f\x80\xbf\xc3\xe2\xed\xf0\xff";
    int accepted = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string bytes = bases[rng.below(bases.size())];
        for (int edits = rng.between(1, 3); edits > 0 && !bytes.empty(); --edits) {
            const auto at = static_cast<std::size_t>(rng.below(bytes.size()));
            switch (rng.between(0, 5)) {
                case 0:
                    bytes[at] = static_cast<char>(rng.below(256));
                    break;  // flip a byte
                case 1:
                    bytes[at] = kTokens[rng.below(sizeof kTokens - 1)];
                    break;  // JSON-ish byte
                case 2:
                    bytes.erase(at, static_cast<std::size_t>(rng.between(1, 16)));
                    break;  // delete
                case 3:
                    bytes.insert(at, 1, kTokens[rng.below(sizeof kTokens - 1)]);
                    break;  // insert
                case 4:
                    bytes.resize(at);
                    break;  // truncate
                default: {  // duplicate a slice
                    const auto length = static_cast<std::size_t>(rng.between(1, 64));
                    bytes.insert(static_cast<std::size_t>(rng.below(bytes.size())),
                                 bytes.substr(at, length));
                }
            }
        }
        CAPTURE(round);
        checkVerdict(bytes);
        accepted += readPlan(bytes).ok() ? 1 : 0;
    }
    CHECK(accepted > 0);  // both verdicts were exercised
    CHECK(accepted < 4000);
}

TEST_CASE("Every truncation of a plan is rejected without reading past the end") {
    const std::string text = writePlan(RandomPlan(77).make());
    for (std::size_t cut = 0; cut + 1 < text.size(); ++cut) {
        auto result =
            readPlan(std::string_view(text.data(), cut));  // a view: ASan sees any overread
        CHECK_FALSE(result.ok());
    }
    CHECK(readPlan(text).ok());
}

TEST_CASE("Random bytes and random JSON-like token soup are rejected cleanly") {
    Rng rng(99);
    static const char* const kSoup[] = {"{",
                                        "}",
                                        "[",
                                        "]",
                                        ",",
                                        ":",
                                        "\"format\"",
                                        "\"keystone.plan\"",
                                        "\"version\"",
                                        "1",
                                        "0",
                                        "\"account\"",
                                        "\"stakeholders\"",
                                        "\"id\"",
                                        "null",
                                        "true",
                                        "\"\\u",
                                        "\\",
                                        "\"",
                                        "-",
                                        "1e999",
                                        " "};
    for (int round = 0; round < 3000; ++round) {
        std::string bytes;
        const int length = rng.between(0, 200);
        if (round % 2 == 0) {
            for (int i = 0; i < length; ++i) bytes.push_back(static_cast<char>(rng.below(256)));
        } else {
            bytes = R"({"format":"keystone.plan","version":1,"account":)";
            for (int i = 0; i < length / 4; ++i) bytes += rng.pick(kSoup);
        }
        checkVerdict(bytes);
    }
}
