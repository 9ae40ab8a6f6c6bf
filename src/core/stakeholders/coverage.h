// Stakeholder coverage: where an account's relationships are thin, as findings a rep can act
// on, and a multi-threading score 0..100 that feeds account health.
//
// Contents: CoverageRule · CoverageSeverity · CoverageConfig · CoverageFinding
//           · CoverageScorePart · CoverageReport · analyzeCoverage · accountHealth · text
//
// Who counts: only stakeholders with status Active. People who left or changed role are
// history; they matter only to explain a finding ("your champion left").
//
// The rules (each fires at most the findings described; keys are stable, used in JSON):
//   economic-buyer        High    no active economic buyer.  Medium: the best one's
//                                 relationship strength is below strongStrength.
//   champion              High    no active champion (buying role Champion or stance
//                                 Champion); the reason names a champion who left.
//   single-threaded       High    fewer than minStrongRelationships strong relationships
//                                 (active, strength >= strongStrength), or all of them are
//                                 owned by the same member of our team (owner None counts as
//                                 "not covered by anyone", never as one person).
//   buying-committee      Medium  fewer than committeeMinimum active people with any
//                                 buying role.
//   technical-decision-maker Medium  nobody active in the committee is a technical decision maker.
//   contacts-mapped       Medium  fewer than contactTargetMin active people mapped. Above
//                                 contactTargetMax is not a problem; the max is only quoted.
//   unmapped-department   Medium  for each *open business unit* (an open opportunity's
//                                 business unit, or a whitespace cell In pipeline): one finding
//                                 when no active person is mapped in it at all, else one per
//                                 department that someone in that unit was ever recorded in
//                                 (left, changed role) or that is in requiredDepartments, with
//                                 no active person now. Units and departments compare trimmed
//                                 and case-insensitive; people with an empty business unit
//                                 belong to no unit.
//   stale-relationship    Medium when a stale person has influence >= highInfluence, else Low:
//                                 one finding listing every active person with no contact in
//                                 staleDays or never (an unreadable date counts as never).
//   unmitigated-blocker   High    one per active person with role Blocker or stance Opponent,
//                                 influence >= highInfluence, and no mitigation. Mitigated when
//                                 (a) a Risk that is not Closed names them (full name,
//                                 case-insensitive, whole words) in its title or mitigation,
//                                 (b) a PlanAction not Done of kind Risk mitigation or Champion
//                                 cultivation names them in its title, or (c) an Influences or
//                                 Informal ally line reaches them from an active person who is
//                                 a champion (role or stance) or a supporter.
//   executive-sponsor     Medium  our side has an executive sponsor (a team member with role
//                                 Executive sponsor, or any stakeholder owned by one) but no
//                                 active C-suite or VP stakeholder is owned by Executive sponsor.
//
// Multi-threading score: the sum of these parts, each earned in full unless its rule fires
// (so every lost point is explained by a finding):
//   economic buyer 20   (none 0; weak: 4 x best strength)
//   champion 15
//   threading 20        (firing: 5 x min(strong relationships, 2))
//   committee 15        (10 x min(size, committeeMinimum) / committeeMinimum, integer,
//                        + 5 when a technical decision maker is in it)
//   contacts 10         (10 x min(active, contactTargetMin) / contactTargetMin, integer)
//   departments 5       (5 x covered / checked slots, integer; slot = open unit or department)
//   freshness 5         (5 x fresh / active, integer)
//   blockers 5          (0 when any unmitigated blocker finding fires)
//   executive sponsor 5 (0 when its finding fires)
// Total 100. Everything is integer arithmetic and linear in the size of the account (hash
// maps, no pairwise loops): 10,000 stakeholders take a few milliseconds natively.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/health/health.h"
#include "core/model/account.h"

namespace keystone {

enum class CoverageRule : std::uint8_t {
    EconomicBuyer,
    Champion,
    SingleThreaded,
    BuyingCommittee,
    TechnicalDecisionMaker,
    ContactsMapped,
    UnmappedDepartment,
    StaleRelationship,
    UnmitigatedBlocker,
    ExecutiveSponsor,
};
constexpr int kCoverageRuleCount = 10;

enum class CoverageSeverity : std::uint8_t { High, Medium, Low };  // High sorts first

struct CoverageConfig {
    int staleDays = 90;              // no contact for this many days (or never) is stale (90)
    int contactTargetMin = 8;        // fewer active contacts is a finding (8)
    int contactTargetMax = 15;       // upper end of the target, quoted in reasons (15)
    int committeeMinimum = 6;        // smallest healthy buying committee (6)
    int strongStrength = 4;          // relationship strength that counts as strong (4)
    int minStrongRelationships = 2;  // fewer strong relationships is single-threaded (2)
    int highInfluence = 4;           // influence that makes a blocker or stale person matter (4)
    std::vector<std::string> requiredDepartments;  // checked in every open unit (default none)
};

struct CoverageFinding {
    CoverageRule rule = CoverageRule::EconomicBuyer;
    CoverageSeverity severity = CoverageSeverity::Medium;
    std::string reason;                       // one line: "No relationship with an economic buyer"
    std::vector<std::string> stakeholderIds;  // people it concerns, plan order; may be empty
    std::string businessUnit;                 // unmapped-department only: the open unit
    std::string department;                   // unmapped-department only; empty = whole unit
};

struct CoverageScorePart {
    std::string_view label;  // "Economic buyer"
    int points = 0;          // earned
    int maxPoints = 0;       // available
};

struct CoverageReport {
    std::vector<CoverageFinding> findings;  // severity, then rule order, then plan order
    int score = 0;                          // multi-threading score 0..100
    std::vector<CoverageScorePart> parts;   // the score's parts, in the order listed above
    int activeContacts = 0;                 // active stakeholders
    int strongRelationships = 0;            // active with strength >= strongStrength
    int committeeSize = 0;                  // active with any buying role
};

// Deterministic: the same account, date and config always give the same report.
// todayIso is "YYYY-MM-DD"; when it is unreadable only never-contacted people are stale.
CoverageReport analyzeCoverage(const Account& account, const std::string& todayIso,
                               const CoverageConfig& config = {});

// Account health with the multi-threading score as its coverage signal. An account with no
// stakeholders at all has not been mapped yet: coverage is left out (weight shared among the
// other signals) rather than scored 0, so plans that do not use the map are not penalised.
std::optional<int> coverageForHealth(const Account& account, const std::string& todayIso);
HealthResult accountHealth(const Account& account, const HealthConfig& config,
                           const std::string& todayIso);

std::string_view coverageRuleKey(CoverageRule);            // "single-threaded"
std::string_view coverageRuleLabel(CoverageRule);          // "Single-threaded"
std::string_view coverageSeverityKey(CoverageSeverity);    // "high"
std::string_view coverageSeverityLabel(CoverageSeverity);  // "High"

}  // namespace keystone
