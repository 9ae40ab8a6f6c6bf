// Finding people by what a rep types: the one test the chart's search, the contacts table
// and the influence editor's person list all use, so they always agree on who matches.
#pragma once

#include <string_view>

#include "core/model/stakeholder.h"

namespace keystone {

// True when `text` contains `needle`, ignoring case in the scripts names are written in with
// case: ASCII, Latin-1 and Latin Extended-A (Müller, Łukasz), basic Greek and Cyrillic.
// Everything else (Japanese, Chinese, ...) matches exactly. An empty needle is in any text.
bool containsIgnoringCase(std::string_view text, std::string_view needle);

// True when the person's name, title or e-mail contains `search` (containsIgnoringCase).
// An empty search matches everyone; callers that only highlight check for it first.
bool stakeholderMatchesSearch(const Stakeholder& person, std::string_view search);

}  // namespace keystone
