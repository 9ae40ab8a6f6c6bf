#include "core/health/metric_trend.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/model/calendar.h"

namespace keystone {
namespace {

constexpr double kMaxMetricMagnitude = 1e12;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads four digits at text[at..at+3] as a year 1..9999.
std::optional<int> yearAt(std::string_view text, size_t at) {
    if (at + 4 > text.size()) return std::nullopt;
    int year = 0;
    for (size_t i = at; i < at + 4; ++i) {
        if (!isDigit(text[i])) return std::nullopt;
        year = year * 10 + (text[i] - '0');
    }
    if (year == 0) return std::nullopt;
    return year;
}

// Readings' x positions for the slope: calendar quarters when every label parses, so a
// skipped quarter counts as time passing; else evenly spaced.
std::vector<double> positionsOf(const std::vector<MetricReading>& readings, size_t first) {
    std::vector<double> xs;
    bool allParse = true;
    for (size_t i = first; i < readings.size(); ++i) {
        const auto label = parseQuarterLabel(readings[i].quarter);
        if (!label) {
            allParse = false;
            break;
        }
        xs.push_back(static_cast<double>(quarterOrdinal(*label)));
    }
    // Labels out of order or repeated would give a meaningless or undefined slope.
    for (size_t i = 1; allParse && i < xs.size(); ++i)
        if (xs[i] <= xs[i - 1]) allParse = false;
    if (!allParse) {
        xs.clear();
        for (size_t i = first; i < readings.size(); ++i)
            xs.push_back(static_cast<double>(i - first));
    }
    return xs;
}

double leastSquaresSlope(const std::vector<double>& xs, const std::vector<double>& ys) {
    const double n = static_cast<double>(xs.size());
    double meanX = 0, meanY = 0;
    for (size_t i = 0; i < xs.size(); ++i) {
        meanX += xs[i];
        meanY += ys[i];
    }
    meanX /= n;
    meanY /= n;
    double num = 0, den = 0;
    for (size_t i = 0; i < xs.size(); ++i) {
        num += (xs[i] - meanX) * (ys[i] - meanY);
        den += (xs[i] - meanX) * (xs[i] - meanX);
    }
    return den > 0 ? num / den : 0.0;
}

std::string withThousands(const std::string& digits) {
    std::string out;
    const size_t n = digits.size();
    for (size_t i = 0; i < n; ++i) {
        out.push_back(digits[i]);
        const size_t left = n - 1 - i;
        if (left > 0 && left % 3 == 0) out.push_back(',');
    }
    return out;
}

std::string roughQuarters(double quarters) {
    const long long whole = std::max(1LL, static_cast<long long>(std::ceil(quarters - 1e-9)));
    return std::to_string(whole) + (whole == 1 ? " quarter" : " quarters");
}

}  // namespace

std::optional<QuarterLabel> parseQuarterLabel(std::string_view text) {
    if (text.size() != 7 || text[4] != '-' || text[5] != 'Q' || text[6] < '1' || text[6] > '4')
        return std::nullopt;
    const auto year = yearAt(text, 0);
    if (!year) return std::nullopt;
    return QuarterLabel{*year, text[6] - '0'};
}

std::string formatQuarterLabel(const QuarterLabel& label) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-Q%d", std::clamp(label.year, 1, 9999),
                  std::clamp(label.quarter, 1, 4));
    return text;
}

std::int64_t quarterOrdinal(const QuarterLabel& label) {
    return static_cast<std::int64_t>(label.year) * 4 + (label.quarter - 1);
}

QuarterLabel nextQuarter(const QuarterLabel& label) {
    if (label.quarter < 4) return QuarterLabel{label.year, label.quarter + 1};
    return QuarterLabel{std::min(label.year + 1, 9999), label.year >= 9999 ? 4 : 1};
}

Result<std::string> readQuarterInput(std::string_view text) {
    using R = Result<std::string>;
    std::string compact;  // upper case, separators dropped: "2026Q3" or "Q32026"
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '/' || c == '\t') continue;
        compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    std::optional<int> year;
    char quarter = 0;
    if (compact.size() == 6 && compact[4] == 'Q') {
        year = yearAt(compact, 0);
        quarter = compact[5];
    } else if (compact.size() == 6 && compact[0] == 'Q') {
        year = yearAt(compact, 2);
        quarter = compact[1];
    }
    if (!year || quarter < '1' || quarter > '4')
        return R::failure("Write the quarter like 2026-Q3 (a year, then Q1 to Q4)");
    return R::success(formatQuarterLabel(QuarterLabel{*year, quarter - '0'}));
}

std::string suggestReadingQuarter(const SuccessMetric& metric, const std::string& today,
                                  int fiscalYearStartMonth) {
    for (auto it = metric.history.rbegin(); it != metric.history.rend(); ++it)
        if (const auto label = parseQuarterLabel(it->quarter))
            return formatQuarterLabel(nextQuarter(*label));
    const Result<Date> date = parseIsoDate(today);
    if (!date) return "1970-Q1";
    return formatQuarter(fiscalQuarterOf(date.value(), fiscalYearStartMonth));
}

bool isSensibleMetricValue(double value) {
    return std::isfinite(value) && std::fabs(value) <= kMaxMetricMagnitude;
}

Result<double> readMetricValueInput(std::string_view text) {
    using R = Result<double>;
    std::string cleaned;
    for (char c : text)
        if (c != ',' && c != ' ' && c != '\t') cleaned.push_back(c);
    if (!cleaned.empty() && cleaned.back() == '%') cleaned.pop_back();
    if (cleaned.empty()) return R::failure("Enter a number, like 3200 or 95.5");
    // Only digits, one sign, one point and an exponent: strtod alone would accept "nan",
    // "inf" and hexadecimal.
    for (char c : cleaned)
        if (!(isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            return R::failure("Enter a number, like 3200 or 95.5");
    char* end = nullptr;
    const double value = std::strtod(cleaned.c_str(), &end);
    if (end != cleaned.c_str() + cleaned.size())
        return R::failure("Enter a number, like 3200 or 95.5");
    if (!isSensibleMetricValue(value)) return R::failure("That number is too large for a metric");
    return R::success(value);
}

std::vector<MetricReading> withReading(std::vector<MetricReading> history, MetricReading reading) {
    for (MetricReading& existing : history) {
        if (existing.quarter != reading.quarter) continue;
        existing.value = reading.value;
        return history;
    }
    const auto label = parseQuarterLabel(reading.quarter);
    size_t at = history.size();
    if (label) {
        for (size_t i = 0; i < history.size(); ++i) {
            const auto other = parseQuarterLabel(history[i].quarter);
            if (other && quarterOrdinal(*other) > quarterOrdinal(*label)) {
                at = i;
                break;
            }
        }
    }
    history.insert(history.begin() + static_cast<std::ptrdiff_t>(at), std::move(reading));
    return history;
}

std::vector<MetricReading> withoutReading(std::vector<MetricReading> history,
                                          const std::string& quarter) {
    history.erase(std::remove_if(history.begin(), history.end(),
                                 [&](const MetricReading& r) { return r.quarter == quarter; }),
                  history.end());
    return history;
}

MetricTrend analyseMetric(const SuccessMetric& metric, const MetricTrendRules& rules) {
    MetricTrend t;
    const auto& history = metric.history;
    if (history.empty()) {
        t.sentence = "No readings yet: add the first quarter's value.";
        return t;
    }
    const double sign = metric.higherIsBetter ? 1.0 : -1.0;
    t.hasLatest = true;
    t.latest = history.back().value;
    t.latestQuarter = history.back().quarter;
    const double gap = metric.target - metric.baseline;
    t.targetMet = sign * (t.latest - metric.target) >= 0;
    t.progressPct =
        gap != 0 ? (t.latest - metric.baseline) / gap * 100.0 : (t.targetMet ? 100.0 : 0.0);

    const size_t window = static_cast<size_t>(std::max(rules.window, 2));
    const size_t first = history.size() > window ? history.size() - window : 0;
    t.readingsUsed = static_cast<int>(history.size() - first);
    if (t.readingsUsed >= 2) {
        std::vector<double> ys;
        for (size_t i = first; i < history.size(); ++i) ys.push_back(history[i].value);
        t.slopePerQuarter = leastSquaresSlope(positionsOf(history, first), ys);
        t.goodSlopePerQuarter = sign * t.slopePerQuarter;
        const double scale = gap != 0
                                 ? std::fabs(gap)
                                 : std::max({std::fabs(metric.baseline), std::fabs(t.latest), 1.0});
        const double flatLimit = std::max(rules.flatShareOfGap, 0.0) * scale;
        if (std::fabs(t.goodSlopePerQuarter) <= flatLimit)
            t.direction = TrendDirection::Flat;
        else
            t.direction =
                t.goodSlopePerQuarter > 0 ? TrendDirection::Improving : TrendDirection::Declining;
    }

    if (t.targetMet) {
        t.status = TargetStatus::TargetMet;
    } else if (t.direction == TrendDirection::Improving) {
        t.quartersToTarget = std::fabs(metric.target - t.latest) / t.goodSlopePerQuarter;
        t.status = *t.quartersToTarget <= rules.onTrackHorizonQuarters ? TargetStatus::OnTrack
                                                                       : TargetStatus::OffTrack;
    } else {
        t.status = TargetStatus::OffTrack;
    }

    // One or two sentences a rep can read out: pace, progress, verdict.
    std::string s;
    switch (t.direction) {
        case TrendDirection::NotEnoughData:
            s = "Only one reading so far, so no trend yet";
            break;
        case TrendDirection::Flat:
            s = "Flat over the last " + std::to_string(t.readingsUsed) + " readings";
            break;
        case TrendDirection::Improving:
        case TrendDirection::Declining:
            s = std::string(t.direction == TrendDirection::Improving ? "Improving" : "Declining") +
                " by " + formatMetricValue(std::fabs(t.slopePerQuarter), metric.unit) +
                " a quarter over the last " + std::to_string(t.readingsUsed) + " readings";
            break;
    }
    char progress[32];
    std::snprintf(progress, sizeof progress, "%.0f%%", t.progressPct);
    s += "; " + std::string(progress) + " of the way from baseline to target. ";
    switch (t.status) {
        case TargetStatus::TargetMet:
            s += "Target met.";
            break;
        case TargetStatus::OnTrack:
            s += "On track: at this pace the target is about " +
                 roughQuarters(*t.quartersToTarget) + " away.";
            break;
        case TargetStatus::OffTrack:
            s += t.quartersToTarget
                     ? "Off track: at this pace the target is about " +
                           roughQuarters(*t.quartersToTarget) + " away (on track means within " +
                           std::to_string(rules.onTrackHorizonQuarters) + ")."
                     : std::string("Off track: it is not moving toward the target.");
            break;
        case TargetStatus::NoData:
            break;
    }
    t.sentence = s;
    return t;
}

std::string formatMetricValue(double value, const std::string& unit) {
    std::string number;
    if (!std::isfinite(value)) {
        number = "—";
    } else if (std::fabs(value) >= 1e15) {
        char text[32];
        std::snprintf(text, sizeof text, "%.3g", value);
        number = text;
    } else {
        const double rounded = std::round(value * 100.0) / 100.0;  // at most two decimals
        const bool negative = rounded < 0;
        const double size = std::fabs(rounded);
        char text[48];
        std::snprintf(text, sizeof text, "%.2f", size);
        std::string digits = text;
        std::string whole = digits.substr(0, digits.find('.'));
        std::string fraction = digits.substr(digits.find('.') + 1);
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        number =
            (negative ? "-" : "") + withThousands(whole) + (fraction.empty() ? "" : "." + fraction);
    }
    if (unit.empty()) return number;
    if (unit == "%") return number + "%";
    return number + " " + unit;
}

std::string_view trendDirectionLabel(TrendDirection d) {
    switch (d) {
        case TrendDirection::NotEnoughData:
            return "No trend yet";
        case TrendDirection::Improving:
            return "Improving";
        case TrendDirection::Flat:
            return "Flat";
        case TrendDirection::Declining:
            return "Declining";
    }
    return "No trend yet";
}

std::string_view targetStatusLabel(TargetStatus s) {
    switch (s) {
        case TargetStatus::NoData:
            return "No readings";
        case TargetStatus::TargetMet:
            return "Target met";
        case TargetStatus::OnTrack:
            return "On track";
        case TargetStatus::OffTrack:
            return "Off track";
    }
    return "No readings";
}

}  // namespace keystone
