#include "core/stakeholders/reporting_loop.h"

#include <algorithm>
#include <cstdint>

namespace keystone {

std::vector<long> findReportingLoop(const std::vector<long>& manager) {
    enum : std::uint8_t { kNew, kOnWalk, kDone };
    std::vector<std::uint8_t> state(manager.size(), kNew);
    std::vector<long> walk;
    for (std::size_t start = 0; start < manager.size(); ++start) {
        walk.clear();
        long at = static_cast<long>(start);
        while (at >= 0 && state[static_cast<std::size_t>(at)] == kNew) {
            state[static_cast<std::size_t>(at)] = kOnWalk;
            walk.push_back(at);
            at = manager[static_cast<std::size_t>(at)];
        }
        if (at >= 0 && state[static_cast<std::size_t>(at)] == kOnWalk)
            return std::vector<long>(std::find(walk.begin(), walk.end(), at), walk.end());
        for (long visited : walk) state[static_cast<std::size_t>(visited)] = kDone;
    }
    return {};
}

}  // namespace keystone
