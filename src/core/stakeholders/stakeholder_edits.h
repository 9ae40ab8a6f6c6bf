// Edits of the reporting structure that the org-chart canvas makes: change someone's manager
// (drag a card onto another), add a person next to someone (a report, a peer, a manager) and
// remove people. Each is ONE undoable Command.
//
// Reporting lines must stay a forest, so a change that would make someone report to
// themselves or to one of their own reports (directly or further down) is refused with a
// message the rep can read, and nothing changes.
#pragma once

#include <string>
#include <vector>

#include "core/editing/command_history.h"
#include "core/model/result.h"

namespace keystone {

// True when `candidateId` is `personId` or sits anywhere below them in the reporting lines.
// Walks up from the candidate, so it costs the candidate's depth, not the chart's size; a
// broken chain (a cycle in damaged data) stops the walk instead of looping.
bool reportsUpTo(const Account& account, const std::string& candidateId,
                 const std::string& personId);

// Makes `personId` report to `managerId` ("" = nobody: the top of a tree). Refused when either
// person is missing, or the manager is the person or one of their reports.
Result<Command> reparentStakeholder(const std::string& accountId, const std::string& personId,
                                    const std::string& managerId, std::string now,
                                    const Portfolio& current);

// Several people at once (a multi-selection dropped on one card): one undo step; refused as
// a whole when any one move is.
Result<Command> reparentStakeholders(const std::string& accountId,
                                     const std::vector<std::string>& personIds,
                                     const std::string& managerId, std::string now,
                                     const Portfolio& current);

// A person to add from the chart: a fresh id and "New contact" as a name to type over.
Stakeholder newContact();

enum class NewPersonPlace {
    ReportOf,   // reports to the anchor
    PeerOf,     // same manager as the anchor
    ManagerOf,  // takes the anchor's place: reports to the anchor's manager, the anchor reports to
                // them
};

// Adds `person` (its id must be new; `updated` is set to now) relative to `anchorId`. The
// person is inserted right after the anchor so siblings keep a sensible order.
Result<Command> addStakeholderNear(const std::string& accountId, const std::string& anchorId,
                                   NewPersonPlace place, Stakeholder person, std::string now,
                                   const Portfolio& current);

// Removes people. Their reports move up to the removed person's nearest manager that stays;
// influence lines touching them and dotted lines to them go too. Undo restores all of it.
Command removeStakeholders(const std::string& accountId, const std::vector<std::string>& personIds,
                           std::string now, const Portfolio& current);

}  // namespace keystone
