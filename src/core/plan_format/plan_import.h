// Bringing a plan file into the portfolio as one undoable step.
//
// The file is read and validated completely before anything changes. A plan whose account
// is new is added. A plan for an account that is already in the portfolio is never
// silently overwritten: prepareImport hands back the file's copy so the caller can merge
// it into the rep's copy (core/merge/plan_merge_preview.h) and let the rep confirm.
#pragma once

#include <string>
#include <string_view>

#include "core/editing/command_history.h"
#include "core/model/result.h"
#include "core/plan_format/plan_format.h"

namespace keystone {

struct PlanImport {
    Command command;          // new account only: adds it; undo removes it again
    std::string accountId;    // id of the imported account
    std::string accountName;  // as the file names it
    bool existing = false;    // the account is already in the portfolio: merge `incoming`
    Account incoming;         // the file's copy of the account (set either way)
};

Result<PlanImport> prepareImport(std::string_view bytes, const Portfolio& portfolio);

// The file form of one account of the portfolio (root-level unknown members included).
std::string exportAccountPlan(const Account& account);

// `text` with the characters file systems reject (/ \ : * ? " < > | and control characters)
// replaced by "-", for file names built from what the rep typed.
std::string fileNameSafe(const std::string& text);

// "Northwind Logistics.keystone.json"; "Account plan.keystone.json" for an unnamed account.
// A passphrase-protected copy is "Northwind Logistics.keystone.locked.json", so the rep and
// the colleague can tell the two apart in a mail or a downloads folder.
std::string planFileName(const std::string& accountName, bool passphraseProtected = false);

// Reads plan text back into an Account with its root-level unknown members.
Result<Account> readAccountPlan(std::string_view bytes);

}  // namespace keystone
