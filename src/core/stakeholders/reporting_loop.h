// Finding a loop in reporting lines, shared by the plan checks (which refuse it) and the merge
// repair (which breaks it).
#pragma once

#include <vector>

namespace keystone {

// `manager[i]` is person i's manager index, or -1. Returns the people of the first loop found,
// in reporting order starting where the walk met it, or nothing when the lines form a forest.
// Walks up from each person once: O(n) overall, no recursion.
std::vector<long> findReportingLoop(const std::vector<long>& manager);

}  // namespace keystone
