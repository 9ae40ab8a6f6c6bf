// Sample plans: the built-in curated account (what a new user opens first, bundled as
// assets/sample-plan.keystone.json) and synthetic accounts of any size for tests and
// benchmarks. Everything is deterministic for a seed and a "today": every date keeps the
// same distance from the day the sample is made, so a rep who first opens Keystone in any
// month sees the same story (actions due soon, a renewal a few months out), and the same
// options always give the same bytes on every platform.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/account.h"

namespace keystone {

// The day the curated content is written for: its literal dates read as they fall when
// today is this day, and are moved by the distance from it to SampleOptions::today.
// The committed asset is the sample made on this day.
constexpr std::string_view kSampleReferenceDate = "2026-11-24";

enum class SampleShape : std::uint8_t {
    Org,    // realistic tree: a CEO, 2-12 reports per manager, seniority by level
    Chain,  // everyone reports to the previous person (one very deep line)
    Star,   // everyone reports to one person
    Wide,   // a forest: many small teams whose leads have no known manager
};

struct SampleOptions {
    int stakeholders = 0;                  // 0 = the curated sample; N > 0 = N generated people
    std::uint64_t seed = 20261124;         // ids and generated people
    SampleShape shape = SampleShape::Org;  // reporting structure of generated people
    std::string today{
        kSampleReferenceDate};  // "YYYY-MM-DD" the sample is made on (rep's local date)
};

// The curated Northwind Logistics account (stakeholders == 0), or the same account with
// its stakeholders and influence lines replaced by generated ones.
Account makeSampleAccount(const SampleOptions& options = {});

namespace detail {
// The curated content (sample_plan_curated.cpp); ids come from `seed` in a fixed order.
// `today` must be a valid ISO date.
Account makeCuratedAccount(std::uint64_t seed, std::string_view today);
}  // namespace detail

}  // namespace keystone
