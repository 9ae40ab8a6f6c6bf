#include "core/health/health.h"

#include <algorithm>
#include <array>

namespace keystone {
namespace {

struct Names {
    std::string_view key;    // stable text in files
    std::string_view label;  // UI text
};

constexpr std::array<Names, kHealthSignalCount> kSignalNames{{
    {"adoption", "Adoption"},
    {"satisfaction", "Satisfaction (NPS / CSAT)"},
    {"executive-engagement", "Executive engagement"},
    {"escalations", "Open escalations"},
    {"renewal-likelihood", "Renewal likelihood"},
    {"coverage", "Multi-threading coverage"},
}};
constexpr std::array<Names, kHealthFlagCount> kFlagNames{{
    {"declining-usage", "Declining usage"},
    {"executive-turnover", "Executive turnover"},
    {"competitive-evaluation", "Competitive evaluation"},
    {"unanswered-communications", "Unanswered communications"},
}};
constexpr std::array<Names, 3> kBandNames{{
    {"red", "Red"},
    {"amber", "Amber"},
    {"green", "Green"},
}};

template <size_t N>
const Names& namesAt(const std::array<Names, N>& table, size_t index) {
    return table[index < N ? index : 0];
}

std::string pct(int value) { return std::to_string(value) + "%"; }

// "Adoption 42% is below the 60% healthy line" / "... is at or above the ...".
std::string lineSentence(const std::string& what, bool healthy, const std::string& line) {
    return what + (healthy ? " is at or above the " : " is below the ") + line + " healthy line";
}

int clampPct(int value) { return std::clamp(value, 0, 100); }

}  // namespace

Result<HealthConfig> validateHealthConfig(HealthConfig c) {
    using R = Result<HealthConfig>;
    const struct {
        int value;
        const char* field;
        const char* name;
    } amounts[] = {
        {c.adoptionWeight, "adoptionWeight", "the adoption weight"},
        {c.satisfactionWeight, "satisfactionWeight", "the satisfaction weight"},
        {c.executiveEngagementWeight, "executiveEngagementWeight",
         "the executive engagement weight"},
        {c.escalationsWeight, "escalationsWeight", "the escalations weight"},
        {c.renewalLikelihoodWeight, "renewalLikelihoodWeight", "the renewal likelihood weight"},
        {c.coverageWeight, "coverageWeight", "the coverage weight"},
        {c.decliningUsagePenalty, "decliningUsagePenalty", "the declining usage deduction"},
        {c.executiveTurnoverPenalty, "executiveTurnoverPenalty",
         "the executive turnover deduction"},
        {c.competitiveEvaluationPenalty, "competitiveEvaluationPenalty",
         "the competitive evaluation deduction"},
        {c.unansweredCommunicationsPenalty, "unansweredCommunicationsPenalty",
         "the unanswered communications deduction"},
    };
    for (const auto& a : amounts) {
        if (a.value < 0 || a.value > 1000)
            return R::failure(std::string(a.name) + " must be between 0 and 1000",
                              std::string("/") + a.field);
    }
    if (c.adoptionWeight + c.satisfactionWeight + c.executiveEngagementWeight +
            c.escalationsWeight + c.renewalLikelihoodWeight <=
        0)
        return R::failure("the health signals need a total weight above zero", "/adoptionWeight");
    if (c.executiveContactFreshDays < 0)
        return R::failure("the recent-contact window cannot be negative",
                          "/executiveContactFreshDays");
    if (c.executiveContactStaleDays <= c.executiveContactFreshDays)
        return R::failure("the stale-contact age must be longer than the recent-contact window",
                          "/executiveContactStaleDays");
    if (c.escalationCost < 0 || c.escalationCost > 100)
        return R::failure("the cost of an escalation must be between 0 and 100", "/escalationCost");
    if (c.greenMin < 0 || c.greenMin > 100)
        return R::failure("the green band must start between 0 and 100", "/greenMin");
    if (c.amberMin < 0 || c.amberMin >= c.greenMin)
        return R::failure("the amber band must start at 0 or above and below the green band",
                          "/amberMin");
    return R::success(c);
}

HealthBand healthBandForScore(int score, const HealthConfig& config) {
    if (score >= config.greenMin) return HealthBand::Green;
    if (score >= config.amberMin) return HealthBand::Amber;
    return HealthBand::Red;
}

bool hasHealthData(const HealthSignals& s) {
    return s.adoptionPct || s.nps || s.csatPct || s.daysSinceExecutiveContact ||
           s.openEscalations || s.renewalLikelihoodPct;
}

HealthResult scoreHealth(const HealthSignals& s, std::optional<int> coveragePct,
                         const HealthConfig& c) {
    HealthResult r;
    r.scored = hasHealthData(s);
    auto add = [&](HealthSignal signal, int subScore, int weight, bool healthy,
                   std::string sentence) {
        HealthSignalResult x;
        x.signal = signal;
        x.subScore = clampPct(subScore);
        x.weight = std::clamp(weight, 0, 1000);
        x.healthy = healthy;
        x.sentence = std::move(sentence);
        r.signals.push_back(std::move(x));
    };
    // A signal not entered keeps its row (the breakdown lists every signal) but not a score.
    auto notEntered = [&](HealthSignal signal, int weight) {
        add(signal, 0, weight, true,
            std::string(healthSignalLabel(signal)) +
                " is not entered yet; its weight is shared by the entered signals");
        r.signals.back().present = false;
    };

    if (s.adoptionPct) {
        const int adoption = clampPct(s.adoptionPct.value_or(0));
        add(HealthSignal::Adoption, adoption, c.adoptionWeight, adoption >= c.adoptionHealthyPct,
            lineSentence("Adoption " + pct(adoption), adoption >= c.adoptionHealthyPct,
                         pct(c.adoptionHealthyPct)));
    } else {
        notEntered(HealthSignal::Adoption, c.adoptionWeight);
    }

    // NPS -100..100 maps to 0..100 as (nps + 100) / 2; averaging with CSAT and rounding
    // once gives (nps + 100 + 2 * csat) / 4. With only one of them entered, that one counts.
    if (s.nps || s.csatPct) {
        // Plain values and presence flags: GCC's -Wmaybe-uninitialized misreads optionals here.
        const bool hasNps = s.nps.has_value(), hasCsat = s.csatPct.has_value();
        const int nps = std::clamp(s.nps.value_or(0), -100, 100);
        const int csat = clampPct(s.csatPct.value_or(0));
        const bool npsOk = !hasNps || nps >= c.npsHealthy;
        const bool csatOk = !hasCsat || csat >= c.csatHealthyPct;
        const std::string npsText =
            lineSentence("NPS " + std::to_string(nps), npsOk, std::to_string(c.npsHealthy));
        const std::string csatText =
            lineSentence("CSAT " + pct(csat), csatOk, pct(c.csatHealthyPct));
        const int subScore = hasNps && hasCsat
                                 ? static_cast<int>(roundHalfUp(nps + 100 + 2 * csat, 4))
                             : hasNps ? static_cast<int>(roundHalfUp(nps + 100, 2))
                                      : csat;
        add(HealthSignal::Satisfaction, subScore, c.satisfactionWeight, npsOk && csatOk,
            hasNps && hasCsat ? npsText + "; " + csatText
            : hasNps          ? npsText
                              : csatText);
    } else {
        notEntered(HealthSignal::Satisfaction, c.satisfactionWeight);
    }

    if (s.daysSinceExecutiveContact) {
        const int days = std::max(s.daysSinceExecutiveContact.value_or(0), 0);
        const int fresh =
            std::clamp(c.executiveContactFreshDays, 0, 100000);  // keeps stale - fresh in range
        const int stale = std::max(c.executiveContactStaleDays, fresh + 1);
        int engagement = 0;
        if (days <= fresh)
            engagement = 100;
        else if (days < stale)
            engagement = static_cast<int>(roundHalfUp(100LL * (stale - days), stale - fresh));
        add(HealthSignal::ExecutiveEngagement, engagement, c.executiveEngagementWeight,
            days <= fresh,
            "Last executive contact " + std::to_string(days) +
                (days == 1 ? " day ago is " : " days ago is ") +
                (days <= fresh ? "within" : "beyond") + " the " + std::to_string(fresh) +
                "-day healthy line");
    } else {
        notEntered(HealthSignal::ExecutiveEngagement, c.executiveEngagementWeight);
    }

    if (s.openEscalations) {
        const int escalations = std::max(s.openEscalations.value_or(0), 0);
        const long long escalationScore =
            100LL - static_cast<long long>(c.escalationCost) * escalations;
        add(HealthSignal::Escalations, static_cast<int>(std::clamp(escalationScore, 0LL, 100LL)),
            c.escalationsWeight, escalations == 0,
            escalations == 0 ? std::string("No open escalations")
                             : std::to_string(escalations) +
                                   (escalations == 1 ? " open escalation" : " open escalations") +
                                   " (healthy: none)");
    } else {
        notEntered(HealthSignal::Escalations, c.escalationsWeight);
    }

    if (s.renewalLikelihoodPct) {
        const int renewal = clampPct(s.renewalLikelihoodPct.value_or(0));
        add(HealthSignal::RenewalLikelihood, renewal, c.renewalLikelihoodWeight,
            renewal >= c.renewalHealthyPct,
            lineSentence("Renewal likelihood " + pct(renewal), renewal >= c.renewalHealthyPct,
                         pct(c.renewalHealthyPct)));
    } else {
        notEntered(HealthSignal::RenewalLikelihood, c.renewalLikelihoodWeight);
    }

    if (coveragePct) {
        const int coverage = clampPct(*coveragePct);
        add(HealthSignal::Coverage, coverage, c.coverageWeight, coverage >= c.coverageHealthyPct,
            lineSentence("Multi-threading coverage " + pct(coverage),
                         coverage >= c.coverageHealthyPct, pct(c.coverageHealthyPct)));
    } else {
        add(HealthSignal::Coverage, 0, c.coverageWeight, true,
            "Multi-threading coverage is not scored yet; its weight is shared by the other "
            "signals");
        r.signals.back().present = false;
    }
    if (!r.scored) {
        // Nothing entered: no score to build, and no flag or coverage line to warn with.
        for (HealthSignalResult& x : r.signals) x.present = false;
        r.sentences.push_back(std::string(kNoHealthDataText));
        return r;
    }

    for (const HealthSignalResult& x : r.signals) {
        if (!x.present) continue;
        r.weightedNumerator += static_cast<std::int64_t>(x.weight) * x.subScore;
        r.weightDenominator += x.weight;
    }
    if (r.weightDenominator > 0) {
        r.baseScore = static_cast<int>(roundHalfUp(r.weightedNumerator, r.weightDenominator));
        const double den = static_cast<double>(r.weightDenominator);
        for (HealthSignalResult& x : r.signals) {
            if (!x.present) continue;
            x.effectiveWeightPct = 100.0 * x.weight / den;
            x.contribution = static_cast<double>(x.weight) * x.subScore / den;
        }
    }

    const struct {
        bool raised;
        HealthFlag flag;
        int penalty;
    } flags[] = {
        {s.decliningUsage, HealthFlag::DecliningUsage, c.decliningUsagePenalty},
        {s.executiveTurnover, HealthFlag::ExecutiveTurnover, c.executiveTurnoverPenalty},
        {s.competitiveEvaluation, HealthFlag::CompetitiveEvaluation,
         c.competitiveEvaluationPenalty},
        {s.unansweredCommunications, HealthFlag::UnansweredCommunications,
         c.unansweredCommunicationsPenalty},
    };
    for (const auto& f : flags) {
        if (!f.raised) continue;
        HealthFlagResult x;
        x.flag = f.flag;
        x.penalty = std::clamp(f.penalty, 0, 1000);
        x.sentence = std::string(healthFlagLabel(f.flag)) + " flagged: -" +
                     std::to_string(x.penalty) + (x.penalty == 1 ? " point" : " points");
        r.totalPenalty += x.penalty;
        r.flags.push_back(std::move(x));
    }

    r.score = std::clamp(r.baseScore - r.totalPenalty, 0, 100);
    r.band = healthBandForScore(r.score, c);
    for (const HealthSignalResult& x : r.signals) r.sentences.push_back(x.sentence);
    for (const HealthFlagResult& x : r.flags) r.sentences.push_back(x.sentence);
    return r;
}

std::optional<HealthAverage> averageHealth(const std::vector<HealthResult>& results) {
    HealthAverage average;
    std::int64_t total = 0;
    for (const HealthResult& r : results) {
        if (!r.scored) continue;
        total += r.score;
        ++average.accounts;
    }
    if (average.accounts == 0) return std::nullopt;
    average.score = static_cast<int>(roundHalfUp(total, average.accounts));
    return average;
}

std::string_view healthSignalKey(HealthSignal v) { return namesAt(kSignalNames, size_t(v)).key; }
std::string_view healthSignalLabel(HealthSignal v) {
    return namesAt(kSignalNames, size_t(v)).label;
}
std::string_view healthFlagKey(HealthFlag v) { return namesAt(kFlagNames, size_t(v)).key; }
std::string_view healthFlagLabel(HealthFlag v) { return namesAt(kFlagNames, size_t(v)).label; }
std::string_view healthBandKey(HealthBand v) { return namesAt(kBandNames, size_t(v)).key; }
std::string_view healthBandLabel(HealthBand v) { return namesAt(kBandNames, size_t(v)).label; }

}  // namespace keystone
