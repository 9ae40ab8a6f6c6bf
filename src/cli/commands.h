// The `keystone` subcommands. Each takes the arguments after its name and returns the
// process exit status: 0 success, 1 invalid input, 2 usage error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/plan_format/plan_format.h"

namespace keystone::cli {

using Args = std::vector<std::string>;

int validateCommand(const Args& args);
int summaryCommand(const Args& args);
int sampleCommand(const Args& args);
int mergeCommand(const Args&);
int reportCommand(const Args&);
int priceCommand(const Args&);     // price_command.cpp: tier comparison, crossovers
int layoutCommand(const Args&);    // stakeholder_commands.cpp: org-chart card boxes as JSON
int coverageCommand(const Args&);  // stakeholder_commands.cpp: stakeholder coverage findings
int contactsCommand(const Args&);  // contacts_command.cpp: `contacts import` from a CSV export

// Every command that reads a file reads standard input when its name is "-".
inline const std::string kStandardInput = "-";

// Reads a whole file, "-" (standard input), a pipe or /dev/stdin; false with a plain reason
// when it cannot be read or exceeds the plan size limit. A regular file's size is checked
// before reading, so a huge file is never loaded; a stream is refused once it passes it.
bool readFileBytes(const std::string& path, std::string& bytes, std::string& reason);

// "Today" for a command: `asOf` when given, else the rep's local calendar date (never the
// UTC date, which is a day off for part of every day outside UTC).
std::string todayOr(const std::string& asOf);

// "standard input" for "-", else the path: how messages name a file.
std::string displayName(const std::string& path);

// --verbose, given anywhere on the command line: messages add their technical detail.
void setVerbose(bool on);

// Prints "FILE: error: MESSAGE (Where: PLACE.)" for a file that cannot be used, and with
// --verbose " [LOCATION]" after it (line:column or a JSON pointer, for scripts).
void reportFileError(const std::string& path, const Error& error);

// Reads and validates one plan file ("-": standard input). On failure prints
// "FILE: error: MESSAGE (Where: PLACE.)" to stderr and returns nothing; the caller exits 1.
// With --verbose, " [LOCATION]" follows: exact (line:column or a JSON pointer) for scripts.
std::optional<PlanDocument> loadPlanFile(const std::string& path);

}  // namespace keystone::cli
