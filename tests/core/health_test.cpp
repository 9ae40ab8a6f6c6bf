#include <doctest/doctest.h>

#include "core/health/health.h"

using namespace keystone;

// Default weights: adoption 25, satisfaction 20, executive engagement 15, escalations 10,
// renewal likelihood 20, coverage 10 (total 100; 90 without coverage).
// Sub-scores: satisfaction = (nps + 100 + 2 * csat) / 4; executive engagement 100 up to
// 30 days, 0 from 120, 100 * (120 - days) / 90 between; escalations 100 - 40 each.

namespace {

// adoption 42, NPS -20 / CSAT 70, 75 days, 2 escalations, renewal 55.
HealthSignals struggling() {
    HealthSignals s;
    s.adoptionPct = 42;
    s.nps = -20;
    s.csatPct = 70;
    s.daysSinceExecutiveContact = 75;
    s.openEscalations = 2;
    s.renewalLikelihoodPct = 55;
    return s;
}

// The values a new account used to start from (adoption 50, NPS 0, CSAT 80, 30 days, no
// escalations, renewal 70): every plan saved before signals could be left empty carries them.
HealthSignals formerDefaults() {
    HealthSignals s;
    s.adoptionPct = 50;
    s.nps = 0;
    s.csatPct = 80;
    s.daysSinceExecutiveContact = 30;
    s.openEscalations = 0;
    s.renewalLikelihoodPct = 70;
    return s;
}

const HealthSignalResult& signalOf(const HealthResult& r, HealthSignal s) {
    return r.signals[static_cast<size_t>(s)];
}

int subScore(HealthSignals s, HealthSignal which) {
    return signalOf(scoreHealth(s, std::nullopt), which).subScore;
}

}  // namespace

TEST_CASE("the former default signals without coverage share its weight and score 72 green") {
    // sub-scores 50, 65, 100, 100, 70 -> 1250 + 1300 + 1500 + 1000 + 1400 = 6450 / 90 = 71.67
    const HealthResult r = scoreHealth(formerDefaults(), std::nullopt);
    CHECK(r.weightedNumerator == 6450);
    CHECK(r.weightDenominator == 90);
    CHECK(r.baseScore == 72);
    CHECK(r.score == 72);
    CHECK(r.band == HealthBand::Green);
    const HealthSignalResult& coverage = signalOf(r, HealthSignal::Coverage);
    CHECK_FALSE(coverage.present);
    CHECK(coverage.contribution == 0);
    CHECK(signalOf(r, HealthSignal::Adoption).effectiveWeightPct == doctest::Approx(2500.0 / 90));
    double sum = 0;
    for (const HealthSignalResult& s : r.signals) sum += s.contribution;
    CHECK(sum == doctest::Approx(6450.0 / 90));
}

TEST_CASE("a supplied coverage score takes its own weight") {
    // 6450 + 10 * 40 = 6850 / 100 = 68.5 -> 69, amber
    const HealthResult r = scoreHealth(formerDefaults(), 40);
    CHECK(r.weightedNumerator == 6850);
    CHECK(r.weightDenominator == 100);
    CHECK(r.score == 69);
    CHECK(r.band == HealthBand::Amber);
    CHECK(signalOf(r, HealthSignal::Adoption).effectiveWeightPct == doctest::Approx(25.0));
    CHECK(signalOf(r, HealthSignal::Coverage).contribution == doctest::Approx(4.0));
    CHECK(signalOf(r, HealthSignal::Coverage).sentence ==
          "Multi-threading coverage 40% is below the 60% healthy line");
}

TEST_CASE("a struggling account lands exactly on the amber line") {
    // sub-scores 42, 55, 50, 20, 55, coverage 30:
    // 1050 + 1100 + 750 + 200 + 1100 + 300 = 4500 / 100 = 45 -> amber (inclusive)
    const HealthResult r = scoreHealth(struggling(), 30);
    CHECK(signalOf(r, HealthSignal::Satisfaction).subScore == 55);
    CHECK(signalOf(r, HealthSignal::ExecutiveEngagement).subScore == 50);
    CHECK(signalOf(r, HealthSignal::Escalations).subScore == 20);
    CHECK(r.score == 45);
    CHECK(r.band == HealthBand::Amber);
}

TEST_CASE("the explanation says which signals sit below their healthy line") {
    const HealthResult r = scoreHealth(struggling(), 30);
    CHECK(signalOf(r, HealthSignal::Adoption).sentence ==
          "Adoption 42% is below the 60% healthy line");
    CHECK_FALSE(signalOf(r, HealthSignal::Adoption).healthy);
    CHECK(signalOf(r, HealthSignal::Satisfaction).sentence ==
          "NPS -20 is below the 30 healthy line; CSAT 70% is below the 80% healthy line");
    CHECK(signalOf(r, HealthSignal::ExecutiveEngagement).sentence ==
          "Last executive contact 75 days ago is beyond the 30-day healthy line");
    CHECK(signalOf(r, HealthSignal::Escalations).sentence == "2 open escalations (healthy: none)");
    CHECK(signalOf(r, HealthSignal::RenewalLikelihood).sentence ==
          "Renewal likelihood 55% is below the 70% healthy line");
    CHECK(r.sentences.size() == 6);

    const HealthResult ok = scoreHealth(formerDefaults(), std::nullopt);
    CHECK(signalOf(ok, HealthSignal::ExecutiveEngagement).sentence ==
          "Last executive contact 30 days ago is within the 30-day healthy line");
    CHECK(signalOf(ok, HealthSignal::Escalations).sentence == "No open escalations");
    CHECK(signalOf(ok, HealthSignal::RenewalLikelihood).sentence ==
          "Renewal likelihood 70% is at or above the 70% healthy line");
    CHECK(signalOf(ok, HealthSignal::Coverage).sentence ==
          "Multi-threading coverage is not scored yet; its weight is shared by the other signals");
}

TEST_CASE("an early-warning flag subtracts its points and can change the band") {
    HealthSignals s = struggling();
    s.competitiveEvaluation = true;
    const HealthResult r = scoreHealth(s, 30);
    CHECK(r.baseScore == 45);
    CHECK(r.totalPenalty == 15);
    CHECK(r.score == 30);
    CHECK(r.band == HealthBand::Red);
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].flag == HealthFlag::CompetitiveEvaluation);
    CHECK(r.flags[0].sentence == "Competitive evaluation flagged: -15 points");
    CHECK(r.sentences.back() == r.flags[0].sentence);
}

TEST_CASE("all four flags together subtract 40 points") {
    HealthSignals s = formerDefaults();
    s.decliningUsage = s.executiveTurnover = s.competitiveEvaluation = s.unansweredCommunications =
        true;
    const HealthResult r = scoreHealth(s, 40);
    CHECK(r.totalPenalty == 10 + 10 + 15 + 5);
    CHECK(r.score == 69 - 40);
    CHECK(r.flags.size() == 4);
    CHECK(r.flags[0].flag == HealthFlag::DecliningUsage);
    CHECK(r.flags[3].flag == HealthFlag::UnansweredCommunications);
}

TEST_CASE("flags never push the score below zero") {
    HealthSignals s;
    s.adoptionPct = 0;
    s.nps = -100;
    s.csatPct = 0;
    s.daysSinceExecutiveContact = 400;
    s.openEscalations = 5;
    s.renewalLikelihoodPct = 10;
    s.executiveTurnover = true;
    const HealthResult r = scoreHealth(s, 0);
    CHECK(r.baseScore == 2);  // only renewal: 20 * 10 / 100
    CHECK(r.score == 0);
    CHECK(r.band == HealthBand::Red);
}

TEST_CASE("an account with no signal entered has no score, no band and no warnings") {
    HealthSignals s;
    s.competitiveEvaluation = true;  // a flag alone does not start the score
    const HealthResult r = scoreHealth(s, 80);
    CHECK_FALSE(hasHealthData(s));
    CHECK_FALSE(r.scored);
    CHECK_MESSAGE(r.flags.empty(), "no warning until a signal is entered");
    CHECK(r.totalPenalty == 0);
    CHECK(r.sentences == std::vector<std::string>{"No health data yet"});
    for (const HealthSignalResult& x : r.signals) CHECK_FALSE(x.present);
}

TEST_CASE("entering one signal starts the score from that signal alone") {
    HealthSignals s;
    s.renewalLikelihoodPct = 40;
    const HealthResult r = scoreHealth(s, std::nullopt);
    CHECK(hasHealthData(s));
    CHECK(r.scored);
    CHECK(r.weightDenominator == 20);
    CHECK(r.score == 40);
    CHECK(r.band == HealthBand::Red);
    CHECK_FALSE(signalOf(r, HealthSignal::Adoption).present);
    CHECK(signalOf(r, HealthSignal::Adoption).sentence ==
          "Adoption is not entered yet; its weight is shared by the entered signals");
    // With a signal entered, coverage and flags count again: (20*40 + 10*100) / 30 = 60, -15.
    s.competitiveEvaluation = true;
    const HealthResult withCoverage = scoreHealth(s, 100);
    CHECK(withCoverage.baseScore == 60);
    CHECK(withCoverage.score == 45);
}

TEST_CASE("satisfaction is scored from NPS or CSAT alone when only one is entered") {
    HealthSignals s;
    s.nps = 40;  // (40 + 100) / 2 = 70
    CHECK(subScore(s, HealthSignal::Satisfaction) == 70);
    CHECK(signalOf(scoreHealth(s, std::nullopt), HealthSignal::Satisfaction).sentence ==
          "NPS 40 is at or above the 30 healthy line");
    s.nps.reset();
    s.csatPct = 65;
    CHECK(subScore(s, HealthSignal::Satisfaction) == 65);
    CHECK_FALSE(signalOf(scoreHealth(s, std::nullopt), HealthSignal::Satisfaction).healthy);
}

TEST_CASE("health bands are inclusive at their lower edge") {
    CHECK(healthBandForScore(100) == HealthBand::Green);
    CHECK(healthBandForScore(70) == HealthBand::Green);
    CHECK(healthBandForScore(69) == HealthBand::Amber);
    CHECK(healthBandForScore(45) == HealthBand::Amber);
    CHECK(healthBandForScore(44) == HealthBand::Red);
    CHECK(healthBandForScore(0) == HealthBand::Red);
    HealthConfig c;
    c.greenMin = 80;
    c.amberMin = 60;
    CHECK(healthBandForScore(79, c) == HealthBand::Amber);
    CHECK(healthBandForScore(59, c) == HealthBand::Red);
}

TEST_CASE("executive engagement decays linearly between 30 and 120 days") {
    HealthSignals s;
    const auto at = [&](int days) {
        s.daysSinceExecutiveContact = days;
        return subScore(s, HealthSignal::ExecutiveEngagement);
    };
    CHECK(at(-3) == 100);
    CHECK(at(0) == 100);
    CHECK(at(30) == 100);
    CHECK(at(31) == 99);  // 100 * 89 / 90 = 98.9
    CHECK(at(75) == 50);
    CHECK(at(119) == 1);  // 1.1
    CHECK(at(120) == 0);
    CHECK(at(5000) == 0);
}

TEST_CASE("satisfaction averages NPS mapped to 0-100 with CSAT, rounding half up") {
    HealthSignals s;
    s.csatPct = 80;
    s.nps = 1;
    CHECK(subScore(s, HealthSignal::Satisfaction) == 65);  // 261 / 4 = 65.25
    s.nps = 2;
    CHECK(subScore(s, HealthSignal::Satisfaction) == 66);  // 262 / 4 = 65.5
    s.nps = 100;
    s.csatPct = 100;
    CHECK(subScore(s, HealthSignal::Satisfaction) == 100);
    s.nps = -250;  // clamped to -100
    s.csatPct = 0;
    CHECK(subScore(s, HealthSignal::Satisfaction) == 0);
}

TEST_CASE("each open escalation costs 40 points of its sub-score down to zero") {
    HealthSignals s;
    s.openEscalations = 1;
    CHECK(subScore(s, HealthSignal::Escalations) == 60);
    CHECK(signalOf(scoreHealth(s, std::nullopt), HealthSignal::Escalations).sentence ==
          "1 open escalation (healthy: none)");
    s.openEscalations = 3;
    CHECK(subScore(s, HealthSignal::Escalations) == 0);
}

TEST_CASE("out-of-range inputs are clamped") {
    HealthSignals s;
    s.adoptionPct = 140;
    s.renewalLikelihoodPct = -5;
    const HealthResult r = scoreHealth(s, 250);
    CHECK(signalOf(r, HealthSignal::Adoption).subScore == 100);
    CHECK(signalOf(r, HealthSignal::RenewalLikelihood).subScore == 0);
    CHECK(signalOf(r, HealthSignal::Coverage).subScore == 100);
}

TEST_CASE("custom health weights change the composite") {
    HealthConfig c;
    c.adoptionWeight = 50;
    c.satisfactionWeight = 0;
    c.executiveEngagementWeight = 0;
    c.escalationsWeight = 0;
    c.renewalLikelihoodWeight = 50;
    c.coverageWeight = 0;
    // (50 * 42 + 50 * 55) / 100 = 48.5 -> 49
    const HealthResult r = scoreHealth(struggling(), 30, c);
    CHECK(r.score == 49);
    CHECK(signalOf(r, HealthSignal::Coverage).contribution == 0);
}

TEST_CASE("health configuration validation reports plain messages") {
    CHECK(validateHealthConfig(HealthConfig{}).ok());
    HealthConfig c;
    c.amberMin = 70;
    Result<HealthConfig> r = validateHealthConfig(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "the amber band must start at 0 or above and below the green band");
    CHECK(r.error().location == "/amberMin");

    c = HealthConfig{};
    c.renewalLikelihoodWeight = -1;
    CHECK(validateHealthConfig(c).error().location == "/renewalLikelihoodWeight");

    c = HealthConfig{};
    c.executiveContactStaleDays = 30;
    CHECK(validateHealthConfig(c).error().location == "/executiveContactStaleDays");

    c = HealthConfig{};
    c.adoptionWeight = c.satisfactionWeight = c.executiveEngagementWeight = 0;
    c.escalationsWeight = c.renewalLikelihoodWeight = 0;
    CHECK(validateHealthConfig(c).error().message ==
          "the health signals need a total weight above zero");
}

TEST_CASE("health signal, flag and band names are stable") {
    CHECK(healthSignalKey(HealthSignal::ExecutiveEngagement) == "executive-engagement");
    CHECK(healthFlagLabel(HealthFlag::UnansweredCommunications) == "Unanswered communications");
    CHECK(healthBandKey(HealthBand::Amber) == "amber");
    CHECK(healthBandLabel(HealthBand::Green) == "Green");
}

TEST_CASE("the portfolio's average health leaves out accounts with no health data") {
    HealthSignals none;
    HealthSignals low;
    low.adoptionPct = 40;
    HealthSignals high;
    high.adoptionPct = 91;
    const auto average =
        averageHealth({scoreHealth(low, std::nullopt), scoreHealth(none, std::nullopt),
                       scoreHealth(high, std::nullopt)});
    REQUIRE(average);
    CHECK(average->accounts == 2);
    CHECK(average->score == 66);  // (40 + 91) / 2 = 65.5, rounded half up; not 131 / 3
    CHECK_FALSE(averageHealth({scoreHealth(none, std::nullopt)}));
}
