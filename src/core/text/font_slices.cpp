#include "core/text/font_slices.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace keystone {

Result<FontSliceIndex> FontSliceIndex::parse(std::string_view manifestJson) {
    const auto json = nlohmann::json::parse(manifestJson, nullptr, false);
    if (json.is_discarded() || !json.is_object() ||
        json.value("format", "") != "keystone.cjk-fonts")
        return Result<FontSliceIndex>::failure("not a CJK font manifest");
    const auto slices = json.find("slices");
    if (slices == json.end() || !slices->is_array())
        return Result<FontSliceIndex>::failure("the manifest has no slices");
    FontSliceIndex index;
    for (const auto& entry : *slices) {
        const auto ranges = entry.find("ranges");
        if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string() ||
            ranges == entry.end() || !ranges->is_array() || ranges->size() % 2 != 0)
            return Result<FontSliceIndex>::failure("a slice of the manifest is malformed");
        FontSlice slice;
        slice.file = entry["file"].get<std::string>();
        slice.language = entry.value("language", "");
        char32_t next = 0;  // ranges are [gap, length] pairs counted from the previous end
        for (std::size_t i = 0; i < ranges->size(); i += 2) {
            const auto& gap = (*ranges)[i];
            const auto& length = (*ranges)[i + 1];
            if (!gap.is_number_unsigned() || !length.is_number_unsigned() || length == 0 ||
                next + gap.get<std::uint64_t>() + length.get<std::uint64_t>() > 0x110000)
                return Result<FontSliceIndex>::failure("a range of the manifest is malformed");
            const char32_t first = next + static_cast<char32_t>(gap.get<std::uint64_t>());
            const char32_t last = first + static_cast<char32_t>(length.get<std::uint64_t>()) - 1;
            slice.ranges.emplace_back(first, last);
            index.m_runs.push_back({first, last, index.m_slices.size()});
            next = last + 1;
        }
        index.m_slices.push_back(std::move(slice));
    }
    std::sort(index.m_runs.begin(), index.m_runs.end(),
              [](const Run& a, const Run& b) { return a.first < b.first; });
    return Result<FontSliceIndex>::success(std::move(index));
}

std::optional<std::size_t> FontSliceIndex::sliceOf(char32_t codePoint) const {
    auto after = std::upper_bound(m_runs.begin(), m_runs.end(), codePoint,
                                  [](char32_t cp, const Run& run) { return cp < run.first; });
    if (after == m_runs.begin()) return std::nullopt;
    const Run& run = *std::prev(after);
    if (codePoint > run.last) return std::nullopt;
    return run.slice;
}

std::string_view cjkLanguageOf(char32_t cp) {
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
        (cp >= 0xFF65 && cp <= 0xFF9F))
        return "Japanese";
    if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
        (cp >= 0x3130 && cp <= 0x318F))
        return "Korean";
    if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFF00 && cp <= 0xFFEF))
        return "Chinese";
    return "";
}

}  // namespace keystone
