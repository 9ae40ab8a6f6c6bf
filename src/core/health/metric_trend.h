// Success-metric (QBR) analysis: quarter labels, reading history edits, and the trend a
// rep reads out in a quarterly business review.
//
// Contents: QuarterLabel · parse/next/suggest quarter · withReading/withoutReading
//           · MetricTrendRules · MetricTrend · analyseMetric · formatMetricValue · text
//
// Rules (MetricTrendRules holds the numbers):
//   1. Latest value = the last reading in history (history is oldest first).
//   2. Slope = least-squares slope over the last `window` (4) readings, in the metric's unit
//      per quarter. x is the quarter's position on the calendar ("2026-Q1" -> 2026*4+0), so
//      a skipped quarter counts as time passing; when a label does not parse, readings are
//      spaced one quarter apart instead.
//   3. Direction: the slope is turned into "good per quarter" (negated when lower is
//      better). It is Flat when its size is at most flatShareOfGap (2%) of the distance from
//      baseline to target per quarter (when baseline == target: 2% of max(|baseline|,
//      |latest|, 1)); else Improving or Declining. Fewer than 2 readings: NotEnoughData.
//   4. Progress % = (latest - baseline) / (target - baseline) * 100, not clamped (it can be
//      below 0 when the metric went the wrong way, above 100 past the target). When
//      baseline == target it is 100 when the target is met, else 0.
//   5. Status: NoData without readings; TargetMet when latest is at or beyond the target in
//      the metric's direction; OnTrack when Improving and, at the current pace, the target
//      is at most onTrackHorizonQuarters (4) quarters away; else OffTrack.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/account.h"
#include "core/model/result.h"

namespace keystone {

// A reading's quarter, "2026-Q3" (the customer's fiscal year, as in the plan file).
struct QuarterLabel {
    int year = 1970;  // 1..9999
    int quarter = 1;  // 1..4
};

// Strict "YYYY-Qn" (what the plan file stores); nullopt otherwise.
std::optional<QuarterLabel> parseQuarterLabel(std::string_view text);
std::string formatQuarterLabel(const QuarterLabel& label);  // "2026-Q3"
std::int64_t quarterOrdinal(const QuarterLabel& label);     // year * 4 + quarter - 1
QuarterLabel nextQuarter(const QuarterLabel& label);        // 2026-Q4 -> 2027-Q1

// Reads what a rep typed: "2026-Q3", "2026 q3", "2026Q3", "Q3 2026", "Q3-2026" all give
// "2026-Q3". Fails with a plain message ("Write the quarter like 2026-Q3").
Result<std::string> readQuarterInput(std::string_view text);

// The quarter a new reading most likely belongs to: the one after the latest reading, or
// when there is none the fiscal quarter containing `today` ("YYYY-MM-DD"; falls back to
// "1970-Q1" if today does not parse).
std::string suggestReadingQuarter(const SuccessMetric& metric, const std::string& today,
                                  int fiscalYearStartMonth);

// A metric value must be a finite number of sensible size (|v| <= 1e12), so the plan file
// stays valid JSON and charts stay drawable.
bool isSensibleMetricValue(double value);

// Reads a typed value: "3200", " 3,200 ", "95.5%", "-0.5", "1.2e3". Thousands commas, one
// trailing "%" and surrounding spaces are allowed; anything else, or a value that is not
// sensible, fails with a plain message.
Result<double> readMetricValueInput(std::string_view text);

// History with `reading` recorded: an existing reading for the same quarter takes the new
// value (keeping its unknown fields); otherwise it is inserted in quarter order.
std::vector<MetricReading> withReading(std::vector<MetricReading> history, MetricReading reading);
// History without the reading for `quarter` (unchanged when there is none).
std::vector<MetricReading> withoutReading(std::vector<MetricReading> history,
                                          const std::string& quarter);

struct MetricTrendRules {
    int window = 4;                  // readings in the slope
    double flatShareOfGap = 0.02;    // |good slope| at most this share of |target - baseline|
    int onTrackHorizonQuarters = 4;  // improving and the target this close = on track
};

enum class TrendDirection : std::uint8_t { NotEnoughData, Improving, Flat, Declining };
enum class TargetStatus : std::uint8_t { NoData, TargetMet, OnTrack, OffTrack };

struct MetricTrend {
    bool hasLatest = false;          // at least one reading
    double latest = 0;               // last reading's value
    std::string latestQuarter;       // last reading's quarter
    int readingsUsed = 0;            // readings in the slope, 0..window
    double slopePerQuarter = 0;      // raw slope, unit per quarter (sign as measured)
    double goodSlopePerQuarter = 0;  // slope with "better" positive
    TrendDirection direction = TrendDirection::NotEnoughData;
    double progressPct = 0;  // rule 4; 0 without readings
    bool targetMet = false;
    std::optional<double> quartersToTarget;  // when improving and not yet met
    TargetStatus status = TargetStatus::NoData;
    std::string sentence;  // "Improving by 236 users a quarter; 79% of the way ..."

    bool onTrack() const {
        return status == TargetStatus::TargetMet || status == TargetStatus::OnTrack;
    }
};

MetricTrend analyseMetric(const SuccessMetric& metric, const MetricTrendRules& rules = {});

// "3,010 users", "95.9%", "0.9 hours", "-12": whole numbers without decimals, others with
// up to two significant decimals; "%" is attached, other units follow after a space.
std::string formatMetricValue(double value, const std::string& unit);

std::string_view trendDirectionLabel(TrendDirection);  // "Improving"
std::string_view targetStatusLabel(TargetStatus);      // "On track"

}  // namespace keystone
