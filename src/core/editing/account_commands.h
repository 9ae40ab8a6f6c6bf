// Whole-account edits of the portfolio (create, duplicate, archive / restore, delete), edits
// of the portfolio's qualification framework and number format, and the small input rules the
// qualification form needs (whole-unit money, clamped counts, the compliance checklist).
//
// Everything that changes the portfolio comes back as a Command for Workspace::execute, so
// these edits are undoable like any other. Accounts are found by id each time a command
// runs: undoing a delete or an import can move them in the portfolio's vector.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/editing/command_history.h"
#include "core/model/ids.h"
#include "core/model/result.h"

namespace keystone {

// ---- Creating and copying accounts ---------------------------------------------------------
// A fresh account ready to fill in: new id, name "New account", updated = now, a renewal
// one year after `today` (empty when today is not an ISO date), everything else default.
Account makeNewAccount(const std::string& today, const std::string& now,
                       const std::function<std::string()>& makeId = newId);

// A deep copy with a new id for the account and for every entity inside it (goals,
// objectives and their actions, opportunities, pricing scenarios, competitors, risks, metrics,
// stakeholders, influence lines). References between entities (managerId, dottedLineManagerIds,
// influence fromId/toId, an opportunity's pricingScenarioId) point at the copies; references to
// people not in the account are kept as they were. The copy is named `name (copy)`, is not archived
// and is stamped `now`.
Account duplicateAccount(const Account& source, const std::string& now,
                         const std::function<std::string()>& makeId = newId);

// Position of the account in the portfolio, or -1.
int accountIndex(const Portfolio& portfolio, const std::string& accountId);

// Inserts `account` at `position` (clamped; -1 = end). Undo removes it again.
Command addAccountCommand(Account account, int position, std::string description);
// Removes the account; undo puts it back at the same position. A no-op when it is gone.
Command deleteAccountCommand(const Portfolio& current, const std::string& accountId);
// Archives (true) or restores (false) the account.
Command setArchivedCommand(const Portfolio& current, const std::string& accountId, bool archived,
                           const std::string& now);

// ---- The qualification framework -------------------------------------------------------------
// Replaces the portfolio's framework with `edited` when validateFramework accepts it (the
// stamp `updated` is set to now); otherwise the error, and nothing changes. The command's
// accountId is "" (a portfolio-wide edit).
Result<Command> frameworkEditCommand(const Portfolio& current, QualificationFramework edited,
                                     std::string description, std::string mergeKey,
                                     const std::string& now);

// ---- The number format --------------------------------------------------------------------
// Sets how the rep types amounts (Portfolio::decimalMark); a portfolio-wide edit (accountId "").
Command decimalMarkCommand(const Portfolio& current, DecimalMark mark);

// ---- Qualification inputs ------------------------------------------------------------------
constexpr MinorUnits kMinorPerUnit = 100;                         // cents per dollar, as money.h
constexpr std::int64_t kMaxWholeMoneyUnits = 10'000'000'000'000;  // 10 trillion, far below overflow
constexpr std::int64_t kMaxHeadCount = 100'000'000;               // employees, users
constexpr int kMaxCount = 10'000;                                 // departments, integrations

// Whole currency units typed by the rep -> minor units, clamped to 0..kMaxWholeMoneyUnits.
MinorUnits minorFromWholeUnits(std::int64_t units);
// Minor units -> whole units for an input field, rounded half up.
std::int64_t wholeUnitsFromMinor(MinorUnits minor);
// Clamps typed numbers into their sensible range.
std::int64_t clampHeadCount(std::int64_t value);
int clampCount(int value, int low);

// The compliance regimes the framework treats as regulated: the values of the first enabled
// "compliance needs" criterion, else of any such criterion, else the default set.
std::vector<std::string> regulatedComplianceSet(const QualificationFramework& framework);
// Whether `needs` holds `need`, matched as scoring does (ignoring case, spaces and
// punctuation: "ISO 27001" == "ISO27001").
bool hasComplianceNeed(const std::vector<std::string>& needs, std::string_view need);
// `needs` with `need` added (when absent) or every matching entry removed.
std::vector<std::string> withComplianceNeed(std::vector<std::string> needs, const std::string& need,
                                            bool present);

}  // namespace keystone
