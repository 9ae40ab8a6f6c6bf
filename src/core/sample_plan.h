// Sample plans: the built-in curated account (what a new user opens first, bundled as
// assets/sample-plan.keystone.json) and synthetic accounts of any size for tests and
// benchmarks. Everything is deterministic for a seed and dated relative to a fixed
// reference day, so the same options always give the same bytes on every platform.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/account.h"

namespace keystone {

constexpr std::string_view kSampleReferenceDate = "2026-11-24";           // "today" in the sample
constexpr std::string_view kSampleReferenceTime = "2026-11-24T10:15:00Z";

enum class SampleShape : std::uint8_t {
    Org,    // realistic tree: a CEO, 2-12 reports per manager, seniority by level
    Chain,  // everyone reports to the previous person (one very deep line)
    Star,   // everyone reports to one person
    Wide,   // a forest: many small teams whose leads have no known manager
};

struct SampleOptions {
    int stakeholders = 0;                 // 0 = the curated sample; N > 0 = N generated people
    std::uint64_t seed = 20261124;        // ids and generated people
    SampleShape shape = SampleShape::Org; // reporting structure of generated people
};

// The curated Northwind Logistics account (stakeholders == 0), or the same account with
// its stakeholders and influence lines replaced by generated ones.
Account makeSampleAccount(const SampleOptions& options = {});

namespace detail {
// The curated content (sample_plan_curated.cpp); ids come from `ids` in a fixed order.
Account makeCuratedAccount(std::uint64_t seed);
}  // namespace detail

}  // namespace keystone
