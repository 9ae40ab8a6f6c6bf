// Small pieces of the merge: ordering stamps and member names, and the text that changes
// and conflicts show a rep (names instead of ids, "(none)" for a missing value).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/merge/plan_merge.h"

namespace keystone::detail {
namespace {

bool isReference(const std::string& field) {
    return field == "managerId" || field == "fromId" || field == "toId" ||
           field == "dottedLineManagerIds";
}

const MergeJson* memberOf(const MergeJson& object, const std::string& key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

bool same(const MergeJson* a, const MergeJson* b) { return a && b ? *a == *b : a == b; }

std::string nameIn(const MergeNames& names, const std::string& id) {
    const auto it = names.find(id);
    return it == names.end() || it->second.empty() ? id : it->second;
}

}  // namespace

// Plain string order would put "…:00Z" after "…:00.5Z", hence the fraction handling.
int compareStamps(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return a.empty() == b.empty() ? 0 : (a.empty() ? -1 : 1);
    const int head = a.compare(0, 19, b, 0, 19);
    if (head != 0) return head < 0 ? -1 : 1;
    auto fraction = [](const std::string& s) {
        std::string digits;
        if (s.size() > 20 && s[19] == '.')
            for (std::size_t i = 20; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
                digits += s[i];
        return digits;
    };
    std::string fa = fraction(a), fb = fraction(b);
    fa.resize(std::max(fa.size(), fb.size()), '0');
    fb.resize(fa.size(), '0');
    return fa == fb ? 0 : (fa < fb ? -1 : 1);
}

std::uint64_t hashText(const std::string& text) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a: copy ids must not depend on the platform
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::vector<std::string> unionKeys(const MergeJson& mine, const MergeJson& theirs) {
    std::vector<std::string> keys;
    for (const auto& entry : mine.items()) keys.push_back(entry.key());
    std::size_t at = 0;
    for (const auto& entry : theirs.items()) {
        const auto found = std::find(keys.begin(), keys.end(), entry.key());
        if (found != keys.end()) {
            at = static_cast<std::size_t>(found - keys.begin()) + 1;
        } else {
            keys.insert(keys.begin() + static_cast<std::ptrdiff_t>(at), entry.key());
            ++at;
        }
    }
    return keys;
}

std::string joinedList(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

std::string displayValue(const MergeJson* value, const std::string& field,
                         const MergeNames& names) {
    if (!value || value->is_null()) return "(none)";
    const bool reference = isReference(field);
    if (value->is_string()) {
        const std::string text = value->get<std::string>();
        if (reference) return text.empty() ? "(none)" : nameIn(names, text);
        return text;
    }
    if (value->is_array() && std::all_of(value->begin(), value->end(),
                                         [](const MergeJson& v) { return v.is_string(); })) {
        std::vector<std::string> parts;
        for (const MergeJson& v : *value)
            parts.push_back(reference ? nameIn(names, v.get<std::string>()) : v.get<std::string>());
        return joinedList(parts);
    }
    return value->dump(-1, ' ', false, MergeJson::error_handler_t::replace);
}

std::string editedFields(const MergeJson& item, const MergeJson& base) {
    std::vector<std::string> fields;
    for (const auto& entry : item.items())
        if (entry.key() != "updated" && !same(&entry.value(), memberOf(base, entry.key())))
            fields.push_back(entry.key());
    for (const auto& entry : base.items())
        if (!memberOf(item, entry.key())) fields.push_back(entry.key());
    return "edited: " + joinedList(fields);
}

}  // namespace keystone::detail
