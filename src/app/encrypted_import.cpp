#include "app/encrypted_import.h"

#include "app/plan_transfer.h"

#include "core/plan_format/plan_format.h"
#include "core/sharing/plan_envelope.h"
#include "platform/platform.h"
#include "ui/dialogs/passphrase_dialog.h"
#include "ui/shell/notices.h"
#include "ui/shell/view_state.h"

namespace keystone::app {

std::optional<ImportOutcome> importEncryptedPlan(Workspace& workspace, ui::ViewState& view,
                                                 std::string_view bytes,
                                                 const std::string& fileName) {
    if (!looksLikeEncryptedPlan(bytes)) return std::nullopt;
    ImportOutcome outcome;
    auto envelope = readEncryptedPlan(bytes);
    if (!envelope.ok()) {
        outcome.error = refuseImport(view.notices, envelope.error(), fileName, bytes.size());
        return outcome;
    }
    platform::SealedBytes sealed;
    sealed.iterations = envelope.value().iterations;
    sealed.salt = std::move(envelope.value().salt);
    sealed.iv = std::move(envelope.value().iv);
    sealed.ciphertext = std::move(envelope.value().ciphertext);

    ui::PassphraseRequest request;
    request.fileName = fileName;
    request.unlock = [&workspace, &view, sealed = std::move(sealed), fileName](
                         const std::string& passphrase,
                         std::function<void(const std::string&)> done) {
        platform::openSealedBytes(
            sealed, passphrase,
            [&workspace, &view, fileName, done](bool ok, std::string plaintext,
                                                const std::string& reason) {
                if (!ok) {
                    done(reason == "unavailable" ? "This browser cannot decrypt files here (it "
                                                   "needs a secure https connection)."
                                                 : kWrongPassphraseMessage);
                    return;
                }
                if (looksLikeEncryptedPlan(plaintext)) {  // never unwrap layer after layer
                    done(
                        "This file holds another encrypted file inside; Keystone cannot import "
                        "it.");
                    return;
                }
                done("");
                // From here on it is an ordinary plan file: validated completely, then imported
                // (or refused with its reason) exactly like an unprotected one.
                importPlanBytes(workspace, view, plaintext, fileName);
            });
    };
    ui::askForPassphrase(view.passphrase, std::move(request));
    outcome.error = "This plan file is protected with a passphrase; enter it to import the plan.";
    return outcome;
}

}  // namespace keystone::app
