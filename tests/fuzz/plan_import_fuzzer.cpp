// libFuzzer target for the plan import path: any bytes must either be read whole or be
// rejected with a message and a location — never crash, hang or leak. A plan that is read
// must write out and read back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/plan_format/plan_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto plan = keystone::readPlan(bytes);
    if (!plan.ok()) {
        if (plan.error().message.empty()) std::abort();  // every refusal explains itself
        return 0;
    }
    const std::string first = keystone::writePlan(plan.value());
    auto again = keystone::readPlan(first);
    if (!again.ok()) std::abort();                                  // what we write, we must read
    if (keystone::writePlan(again.value()) != first) std::abort();  // deterministic
    return 0;
}
