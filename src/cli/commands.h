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

// Reads a whole file; false with a plain reason when it cannot be read or exceeds the
// plan size limit (checked before reading, so a huge file is never loaded).
bool readFileBytes(const std::string& path, std::string& bytes, std::string& reason);

// "Today" for a command: `asOf` when given, else the rep's local calendar date (never the
// UTC date, which is a day off for part of every day outside UTC).
std::string todayOr(const std::string& asOf);

// Reads and validates one plan file. On failure prints "FILE: error: LOCATION: MESSAGE"
// to stderr and returns nothing; the caller exits 1.
std::optional<PlanDocument> loadPlanFile(const std::string& path);

}  // namespace keystone::cli
