// The step before a plan import: a passphrase-protected file (core/sharing/plan_envelope.h) is
// decrypted first, after asking the rep for the passphrase, and its plaintext then takes
// the ordinary importPlanBytes path. Nothing changes until the passphrase works.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/plan_transfer.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

// The message shown when the passphrase is wrong or the file was altered: AES-GCM cannot
// tell the two apart, so neither can the rep.
inline constexpr const char* kWrongPassphraseMessage =
    "The passphrase is wrong, or the file was changed after it was exported.";

// nullopt when the bytes are not an encrypted envelope (import them as a plan). Otherwise
// the outcome to report now: a damaged envelope is refused with its reason; a valid one
// opens the passphrase dialog and the import happens later, once it is unlocked.
std::optional<ImportOutcome> importEncryptedPlan(Workspace& workspace, ui::ViewState& view,
                                                 std::string_view bytes,
                                                 const std::string& fileName);

}  // namespace keystone::app
