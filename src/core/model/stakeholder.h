// Stakeholders of a customer account and the lines between them.
//
// Contents: enums (Seniority, BuyingRole, Stance, OurRole, ContactStatus, InfluenceKind)
//           · Stakeholder · InfluenceLine · text names for every enum value
//
// Reporting lines (managerId) form a forest: several roots, people whose manager is
// unknown have an empty managerId. Influence lines are directed and may join anyone.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/unknown_fields.h"

namespace keystone {

enum class Seniority : std::uint8_t {
    CSuite,
    VicePresident,
    Director,
    Manager,
    IndividualContributor
};

// Buying roles are flags: one person can be, say, economic buyer and champion at once.
enum class BuyingRole : std::uint16_t {
    EconomicBuyer = 1 << 0,
    TechnicalDecisionMaker = 1 << 1,
    Champion = 1 << 2,
    Coach = 1 << 3,
    Influencer = 1 << 4,
    EndUser = 1 << 5,
    Procurement = 1 << 6,
    LegalSecurity = 1 << 7,
    Blocker = 1 << 8,
};
constexpr int kBuyingRoleCount = 9;
using BuyingRoles = std::uint16_t;  // bit set of BuyingRole

enum class Stance : std::uint8_t { Champion, Supporter, Neutral, Skeptic, Opponent };
enum class OurRole : std::uint8_t {
    None,
    AccountExecutive,
    CustomerSuccess,
    SalesEngineer,
    ExecutiveSponsor
};
enum class ContactStatus : std::uint8_t { Active, LeftCompany, ChangedRole };
enum class InfluenceKind : std::uint8_t { Influences, ConflictsWith, InformalAlly };

struct Stakeholder {
    std::string id;            // stable random 128-bit id, 32 hex digits
    std::string updated;       // ISO-8601 UTC time of the last edit
    std::string name;          // "Priya Raman"
    std::string title;         // "VP Supply Chain"
    std::string department;    // "Operations"
    std::string businessUnit;  // "North America Retail"
    Seniority seniority = Seniority::IndividualContributor;
    std::string email;      // may be empty
    std::string phone;      // may be empty
    std::string location;   // "Chicago, IL"
    std::string managerId;  // reporting line; empty = top of a tree / unknown
    std::vector<std::string> dottedLineManagerIds;  // secondary reporting lines
    BuyingRoles roles = 0;                          // bit set of BuyingRole
    Stance stance = Stance::Neutral;
    int influence = 3;              // 1..5, how much weight they carry in the decision
    int relationshipStrength = 1;   // 1..5, our relationship today
    int targetStrength = 3;         // 1..5, where we want it
    OurRole owner = OurRole::None;  // who on our team covers them
    std::string lastContact;        // ISO-8601 date, empty = never
    ContactStatus status = ContactStatus::Active;
    std::string notes;
    std::vector<std::string> tags;
    UnknownFields unknown;  // fields from a newer minor version, kept verbatim
};

struct InfluenceLine {
    std::string id;       // stable id
    std::string updated;  // ISO-8601 time of the last edit
    std::string fromId;   // stakeholder who influences
    std::string toId;     // stakeholder influenced
    InfluenceKind kind = InfluenceKind::Influences;
    int strength = 3;  // 1..5
    UnknownFields unknown;
};

inline bool hasRole(const Stakeholder& s, BuyingRole role) {
    return (s.roles & static_cast<BuyingRoles>(role)) != 0;
}

// Text forms used both in the plan file (stable keys) and in the UI (labels).
std::string_view seniorityKey(Seniority);
std::string_view seniorityLabel(Seniority);
std::string_view buyingRoleKey(BuyingRole);
std::string_view buyingRoleLabel(BuyingRole);
BuyingRole buyingRoleAt(int index);  // 0..kBuyingRoleCount-1
std::string_view stanceKey(Stance);
std::string_view stanceLabel(Stance);
std::string_view ourRoleKey(OurRole);
std::string_view ourRoleLabel(OurRole);
std::string_view contactStatusKey(ContactStatus);
std::string_view contactStatusLabel(ContactStatus);
std::string_view influenceKindKey(InfluenceKind);
std::string_view influenceKindLabel(InfluenceKind);

}  // namespace keystone
