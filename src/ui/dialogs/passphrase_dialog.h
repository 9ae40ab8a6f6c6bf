// "Protected plan file": asks for the passphrase of an encrypted plan being imported.
//
// The app (src/app/plan_transfer.cpp) opens it when a chosen or dropped file is an
// encrypted envelope and supplies `unlock`, which tries a passphrase and reports back. A
// wrong passphrase keeps the dialog open with the reason, so the rep can try again; nothing
// in the portfolio changes until a passphrase works.
#pragma once

#include <functional>
#include <string>

namespace keystone::ui {

struct PassphraseRequest {
    std::string fileName;  // shown to the rep; may be empty
    // Tries `passphrase`; calls done("") when it worked (the dialog closes) or done(reason)
    // to show the reason and ask again. done may run frames later.
    std::function<void(const std::string& passphrase, std::function<void(const std::string&)> done)>
        unlock;
};

struct PassphraseDialogState;  // ui/shell/view_state.h: the dialog's state

// Opens the dialog on the next frame, replacing any request still open.
void askForPassphrase(PassphraseDialogState& dialog, PassphraseRequest request);

// Draws the modal while it is open. Call once per frame at the top level (outside windows).
void drawPassphraseDialog(PassphraseDialogState& dialog);

}  // namespace keystone::ui
