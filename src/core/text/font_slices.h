// The CJK font files the web build cuts from Noto Sans CJK (scripts/cut_cjk_fonts.py), as
// described by their manifest: which file draws which characters. The app fetches a file
// only when the text it shows needs one of its characters.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/result.h"
#include "core/text/code_points.h"

namespace keystone {

struct FontSlice {
    std::string file;      // name inside fonts/cjk/, e.g. "han-sc-1.0a1b2c3d4e.otf"
    std::string language;  // "Chinese", "Japanese", "Korean": named when it cannot be fetched
    std::vector<std::pair<char32_t, char32_t>> ranges;  // inclusive, ascending
};

class FontSliceIndex {
public:
    // Reads manifest.json ({"format":"keystone.cjk-fonts","slices":[{file, language,
    // ranges: [gap, length, ...]}]}).
    static Result<FontSliceIndex> parse(std::string_view manifestJson);

    const std::vector<FontSlice>& slices() const { return m_slices; }
    // Index of the slice drawing this character, if any.
    std::optional<std::size_t> sliceOf(char32_t codePoint) const;

private:
    struct Run {
        char32_t first, last;
        std::size_t slice;
    };
    std::vector<FontSlice> m_slices;
    std::vector<Run> m_runs;  // every slice's ranges, sorted, for a binary search
};

// The language whose font draws a character, known without the manifest (offline before
// it was ever fetched): "Japanese" for kana, "Korean" for hangul, "Chinese" for other
// ideographs; "" for characters that need no CJK font.
std::string_view cjkLanguageOf(char32_t codePoint);

}  // namespace keystone
