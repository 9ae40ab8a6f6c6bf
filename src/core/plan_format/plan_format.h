// The plan file: one account plan as one JSON document (see docs/plan-format.md).
//
//   {"format":"keystone.plan","version":1,"account":{...}}
//
// Reading is strict and all-or-nothing: readPlan returns the whole plan or an Error
// whose message a sales rep can act on and whose location is "line:column" for broken
// JSON or a JSON pointer ("/account/stakeholders/12/influence") for bad content. It
// never throws, never crashes on hostile bytes, and never returns half a plan.
// Writing is deterministic: members in struct order, fixed number formatting, so
// write(read(write(plan))) == write(plan) byte for byte.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/account.h"
#include "core/model/result.h"
#include "core/model/unknown_fields.h"

namespace keystone {

constexpr std::string_view kPlanFormatName = "keystone.plan";  // value of "format"
constexpr int kPlanFormatVersion = 1;                          // written by this build
constexpr int kOldestPlanFormatVersion = 0;                    // still read (migrated)

// ---- Bounds a file must respect (documented in docs/plan-format.md) -------------------
// They keep a hostile or corrupt file from exhausting memory or the stack; the UI should
// hold user input to the same limits so every plan it saves can be opened again.
constexpr std::size_t kMaxPlanBytes = std::size_t{128} << 20;  // whole file
constexpr int kMaxNestingDepth = 64;                           // objects/arrays inside each other
constexpr std::size_t kMaxShortTextBytes = 1024;               // names, titles, emails, list items
constexpr std::size_t kMaxLongTextBytes = 65536;               // notes, descriptions, summaries
constexpr std::size_t kMaxUnknownTextBytes = std::size_t{1} << 20;  // texts in unknown members
constexpr std::size_t kMaxMemberNameBytes = 1024;                   // any member name
constexpr std::size_t kMaxStakeholders = 200000;
constexpr std::size_t kMaxInfluenceLines = 200000;
constexpr std::size_t kMaxListItems = 10000;  // goals, objectives, opportunities, ...
constexpr std::size_t kMaxActionsPerObjective = 1000;
constexpr std::size_t kMaxMetricReadings = 1000;
constexpr std::size_t kMaxWhitespaceAxis = 1000;  // business units, offerings
constexpr std::size_t kMaxWhitespaceCells = 100000;
constexpr std::size_t kMaxPricingScenarios = 1000;              // per account
constexpr std::size_t kMaxCatalogBytes = std::size_t{1} << 20;  // the root "catalog" as JSON text
constexpr std::size_t kMaxSmallListItems = 100;             // tags, dotted lines, compliance, ...
constexpr std::int64_t kMaxWholeNumber = 9007199254740991;  // 2^53-1: exact in JavaScript too

struct PlanDocument {
    Account account;  // its pricingCatalog is the file's "catalog", if any
    // Written as the root "catalog" when the account has pricing scenarios and no catalog of
    // its own: exporters set the portfolio's catalog here. Reading leaves it empty.
    std::optional<TierCatalog> catalog;
    UnknownFields unknown;                   // unknown members of the document root, kept
    int sourceVersion = kPlanFormatVersion;  // version the file had; < current = migrated
};

enum class PlanStyle : std::uint8_t {
    Compact,  // no whitespace; what the app saves (smallest, fastest)
    Pretty,   // 2-space indent like JSON.stringify(plan, null, 2); the bundled sample
};

// Reads a whole plan file. Accepts format versions 0 and 1 (0 is migrated on read).
Result<PlanDocument> readPlan(std::string_view bytes);

// Serialises the plan; always writes the current format version and a final newline.
std::string writePlan(const PlanDocument& plan, PlanStyle style = PlanStyle::Compact);
// One account as a whole plan file, with the root members it was read with kept.
PlanDocument planDocumentOf(const Account& account);
// Same, appending to `out` (lets a caller reuse one buffer).
void writePlan(const PlanDocument& plan, std::string& out, PlanStyle style);

// Where a reading error is, in a rep's words (plan_error_text.cpp): "line 3, character 7"
// for a damaged file, "opportunity 2, field amount" (with curly quotes) for a value, "" when
// the error is about the whole file.
std::string describePlanLocation(const std::string& location);

// The message followed by its place, for a rep: "... (Where: opportunity 2, field ...)".
std::string planErrorText(const Error& error);

// The technical detail behind it, for support and scripts, never in the rep's message:
// "Location: 3:7 (line:character)" or "Location: /account/risks/0/impact (JSON pointer)";
// empty when the error has no location.
std::string planErrorDetails(const Error& error);

// Whether a plan held in memory would be accepted by readPlan once saved (ranges, ids,
// references, reporting cycles, bounds). Empty when fine. Costs a write plus a read.
std::optional<Error> checkPlan(const PlanDocument& plan);

}  // namespace keystone
