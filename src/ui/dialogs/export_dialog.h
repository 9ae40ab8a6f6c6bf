// "Export or email this plan": the dialog behind the top bar's Export plan button.
//
// The rep downloads the plan file or emails it (Web Share API with the file where the
// browser has it, otherwise a mail draft with a short summary plus the file downloaded to
// attach), optionally protected with a passphrase: the file is then the encrypted envelope
// of core/sharing/plan_envelope.h, sealed by the browser's WebCrypto (platform::sealBytes).
#pragma once

#include <functional>
#include <string>

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

class ExportDialog {
public:
    // What happened goes to `notices` (the ViewState's, which outlives the dialog).
    explicit ExportDialog(NoticesState& notices) : m_notices(notices) {}
    // Opens the dialog for one account on the next frame.
    void open(const std::string& accountId);
    // Called with the account id whenever a copy leaves through the dialog itself (e-mail or
    // passphrase-protected), so the app can keep it as the base for merging the reply.
    void onShared(std::function<void(const std::string&)> callback) {
        m_onShared = std::move(callback);
    }

    // Draws the modal while it is open. Call once per frame at the top level.
    // `downloadPlain` is the app's unprotected export (file name and notice included);
    // `savingFailed` adds a warning that this download is the way to keep recent changes.
    void draw(const Workspace& workspace,
              const std::function<void(const std::string&)>& downloadPlain, bool savingFailed);

private:
    enum class Delivery { Download, Email };

    void start(const Workspace& workspace, Delivery delivery,
               const std::function<void(const std::string&)>& downloadPlain);
    void close();
    void drawProtection();

    NoticesState& m_notices;
    std::function<void(const std::string&)> m_onShared;
    std::string m_accountId;       // the account being exported
    std::string m_passphrase;      // wiped on close
    std::string m_confirm;         // wiped on close
    std::string m_error;           // why the last attempt was refused, for the rep
    bool m_openRequested = false;  // OpenPopup on the next frame
    bool m_protect = false;        // "Protect with a passphrase" ticked
    bool m_busy = false;           // the browser is encrypting
    int m_generation = 0;          // late answers after a close are ignored
};

}  // namespace keystone::ui
