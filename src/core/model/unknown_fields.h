// Fields a newer minor version of the plan format added that this build does not know.
// They are kept, in file order, as canonical JSON text and written back on export, so a
// colleague on an older build never strips a newer colleague's data.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace keystone {

struct UnknownField {
    std::string key;   // member name as it appeared in the file
    std::string json;  // the value re-serialised canonically (compact JSON)
    bool operator==(const UnknownField& other) const {
        return key == other.key && json == other.json;
    }
};
using UnknownFields = std::vector<UnknownField>;

}  // namespace keystone
