// Internal to the coverage analysis (coverage.cpp, coverage_rules.cpp): text matching and
// the two rules that need indexes of their own. Not part of the public core API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/stakeholders/coverage.h"

namespace keystone::coverage {

// Trimmed, ASCII-lowercased: "  Finance " and "finance" are one department.
std::string lowerKey(std::string_view text);

// "Ann Lee, Bo Chen, Cy Diaz and 4 more" (at most `shown` names).
std::string nameList(const std::vector<std::string>& names, std::size_t shown = 3);

// Words of a text for whole-word name matching: ASCII-lowercased runs of letters, digits,
// bytes >= 0x80 (non-Latin letters), apostrophes and hyphens, joined by single spaces.
std::vector<std::string> words(std::string_view text);

// Appends unmapped-department findings and the "Departments" score part.
void departments(CoverageReport& report, const Account& account, const CoverageConfig& config);
// Appends unmitigated-blocker findings and the "Blockers" score part.
void blockers(CoverageReport& report, const Account& account, const CoverageConfig& config);

}  // namespace keystone::coverage
