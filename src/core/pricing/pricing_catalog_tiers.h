// Whole-tier edits of a tier catalog (rename, add, remove); a rep calls a tier an "edition". Typed
// amounts: parseMoney (money.h).
//
// Each edit returns the edited catalog, or why it was refused, so the UI can show the reason
// and build a catalog command (catalogEditCommand) only from a catalog that can be priced.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/result.h"
#include "core/pricing/pricing.h"

namespace keystone {

// The tier at `index` renamed to `name` (surrounding spaces dropped); refused when empty.
Result<TierCatalog> renameTier(const TierCatalog& catalog, std::size_t index,
                               std::string_view name);
// A copy of the last tier appended with a new unique id ("tier-4") and the name "New edition"
// ("New edition 2" when taken); an empty catalog gets a default SMB-like tier.
Result<TierCatalog> addTier(const TierCatalog& catalog);
// The catalog without the tier at `index`; refused for the last remaining tier, because
// scenarios need at least one tier to be priced on.
Result<TierCatalog> removeTier(const TierCatalog& catalog, std::size_t index);

}  // namespace keystone
