// "Import contacts (CSV)": a modal that reads a CRM export (Salesforce, HubSpot, ...), lets
// the rep confirm which column is which, previews the people and the rows with problems,
// and adds everyone in one undo step. The parsing lives in core/csv/contacts_csv.h; the import in
// progress is ContactsImportState in ui/shell/view_state.h.
#pragma once

#include "core/editing/workspace.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Opens the system file picker (".csv,text/csv") for `accountId`; once a file is chosen
// the dialog opens on the next frame. Call from a button.
void openContactsImport(ContactsImportState& state, const std::string& accountId);

// Draws the modal when it is open (cheap no-op otherwise). Call every frame from the
// stakeholders tab, after the tab's own widgets, with the account shown.
void drawContactsImportDialog(Workspace& workspace, ContactsImportState& state,
                              NoticesState& notices, const Account& account);

}  // namespace keystone::ui
