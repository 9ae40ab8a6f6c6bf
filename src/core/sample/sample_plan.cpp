// Synthetic stakeholders for large sample plans (tests, benchmarks, org-chart stress):
// realistic names, titles, departments and coverage, in one of four reporting shapes.
// Only keystone::Rng is used so a seed gives identical people everywhere.
#include "core/sample/sample_plan.h"

#include <string>
#include <utility>
#include <vector>

#include "core/model/clock.h"
#include "core/model/ids.h"

namespace keystone {
namespace {

const char* const kFirstNames[] = {
    "Aaliyah", "Adebayo",  "Alejandro", "Amara",   "Ana",       "Andrei",    "Anika",    "Arjun",
    "Beatriz", "Benjamin", "Camila",    "Carlos",  "Chen",      "Chloe",     "Daniel",   "Deepa",
    "Diego",   "Elena",    "Emeka",     "Emily",   "Fatima",    "Felix",     "Gabriel",  "Grace",
    "Hana",    "Hannah",   "Hiroshi",   "Ibrahim", "Ines",      "Isabella",  "Jamal",    "James",
    "Javier",  "Jin",      "Julia",     "Karim",   "Katarzyna", "Kenji",     "Laura",    "Leila",
    "Liam",    "Lucas",    "Maria",     "Mateo",   "Mei",       "Michael",   "Mohammed", "Nadia",
    "Naveen",  "Noah",     "Olga",      "Olivia",  "Omar",      "Patrick",   "Priya",    "Rafael",
    "Rahul",   "Rebecca",  "Rosa",      "Samuel",  "Sara",      "Sebastian", "Sofia",    "Sung-min",
    "Tariq",   "Thomas",   "Valentina", "Wei",     "William",   "Yara",      "Yusuf",    "Zainab",
    "Zoe"};
const char* const kLastNames[] = {
    "Adeyemi",  "Ahmed",    "Alvarez", "Andersen", "Bauer",     "Becker",    "Bianchi",  "Brooks",
    "Castillo", "Chen",     "Costa",   "Dubois",   "Eriksson",  "Fernandes", "Fischer",  "Garcia",
    "Gonzalez", "Gupta",    "Haddad",  "Hansen",   "Hernandez", "Ito",       "Ivanova",  "Jackson",
    "Jansen",   "Kaur",     "Khan",    "Kim",      "Kowalski",  "Kumar",     "Larsen",   "Lee",
    "Lopez",    "Martin",   "Mendes",  "Moreau",   "Muller",    "Murphy",    "Nakamura", "Nguyen",
    "Novak",    "Nowak",    "O'Brien", "Okafor",   "Okonkwo",   "Olsen",     "Park",     "Patel",
    "Pereira",  "Petrov",   "Popescu", "Reddy",    "Rossi",     "Sato",      "Schmidt",  "Silva",
    "Singh",    "Smith",    "Suzuki",  "Tanaka",   "Thompson",  "Torres",    "Tran",     "Walker",
    "Wang",     "Williams", "Wong",    "Yamamoto", "Yilmaz",    "Zhang"};

struct Department {
    const char* name;
    const char* chief;     // C-suite title
    const char* area;      // for "VP <area>", "Director, <area>", "<area> Manager"
    const char* staff[3];  // individual contributor titles
    BuyingRole typical;    // role people here tend to play
    OurRole coverage;      // who on our team usually covers them
};
const Department kDepartments[] = {
    {"Operations",
     "Chief Operating Officer",
     "Operations",
     {"Operations Analyst", "Shift Supervisor", "Logistics Coordinator"},
     BuyingRole::EndUser,
     OurRole::CustomerSuccess},
    {"Finance",
     "Chief Financial Officer",
     "Finance",
     {"Senior Financial Analyst", "Financial Analyst", "Accountant"},
     BuyingRole::EconomicBuyer,
     OurRole::AccountExecutive},
    {"IT",
     "Chief Information Officer",
     "IT Applications",
     {"Systems Engineer", "Solutions Architect", "Business Analyst"},
     BuyingRole::TechnicalDecisionMaker,
     OurRole::SalesEngineer},
    {"Supply Chain",
     "Chief Supply Chain Officer",
     "Supply Chain Planning",
     {"Demand Planner", "Supply Chain Analyst", "Inventory Planner"},
     BuyingRole::Influencer,
     OurRole::CustomerSuccess},
    {"Procurement",
     "Chief Procurement Officer",
     "Strategic Sourcing",
     {"Sourcing Analyst", "Buyer", "Category Specialist"},
     BuyingRole::Procurement,
     OurRole::AccountExecutive},
    {"Security",
     "Chief Information Security Officer",
     "Security Engineering",
     {"Security Analyst", "Security Architect", "GRC Specialist"},
     BuyingRole::LegalSecurity,
     OurRole::SalesEngineer},
    {"Legal",
     "General Counsel",
     "Legal",
     {"Corporate Counsel", "Contracts Specialist", "Paralegal"},
     BuyingRole::LegalSecurity,
     OurRole::None},
    {"Customer Experience",
     "Chief Customer Officer",
     "Customer Service",
     {"Customer Service Lead", "CX Analyst", "Support Specialist"},
     BuyingRole::EndUser,
     OurRole::CustomerSuccess},
    {"Sales",
     "Chief Revenue Officer",
     "Sales",
     {"Account Manager", "Sales Analyst", "Sales Operations Specialist"},
     BuyingRole::Influencer,
     OurRole::AccountExecutive},
    {"Human Resources",
     "Chief People Officer",
     "People",
     {"HR Business Partner", "Recruiter", "HR Analyst"},
     BuyingRole::EndUser,
     OurRole::None},
    {"Marketing",
     "Chief Marketing Officer",
     "Marketing",
     {"Marketing Specialist", "Content Strategist", "Marketing Analyst"},
     BuyingRole::Influencer,
     OurRole::None},
};
constexpr int kDepartmentCount = sizeof kDepartments / sizeof kDepartments[0];

const char* const kUnits[] = {"Freight Forwarding", "Contract Logistics", "Last-Mile Delivery",
                              "Customs & Trade"};
const char* const kRegions[] = {"North America", "EMEA", "APAC", "LATAM"};
struct Site {
    const char* city;
    const char* phonePrefix;
};
const Site kSites[] = {{"Chicago, IL", "+1 312 555 "},    {"Atlanta, GA", "+1 404 555 "},
                       {"Dallas, TX", "+1 214 555 "},     {"Joliet, IL", "+1 815 555 "},
                       {"Toronto, ON", "+1 416 555 "},    {"Rotterdam, NL", "+31 10 555 "},
                       {"Hamburg, DE", "+49 40 555 "},    {"Lyon, FR", "+33 4 55 "},
                       {"Singapore", "+65 6555 "},        {"Shanghai, CN", "+86 21 5555 "},
                       {"Sao Paulo, BR", "+55 11 5555 "}, {"Mexico City, MX", "+52 55 5555 "}};
const char* const kNotes[] = {"Asked for a roadmap briefing before the next budget cycle.",
                              "Prefers short written updates over meetings.",
                              "Attended the last QBR; engaged on the exception dashboard.",
                              "Previously used a competitor at another company.",
                              "Wants to see benchmark data from peers in logistics.",
                              "New to the role; still forming opinions about the platform."};
const char* const kTags[] = {"pilot",     "exec-briefing", "power-user", "new-in-role",
                             "reference", "emea",          "apac"};

class PeopleGenerator {
public:
    PeopleGenerator(Rng& rng, IdGenerator& ids, std::string today)
        : m_rng(rng), m_ids(ids), m_today(std::move(today)) {}

    // One person at `level` (0 = the top) in `department`, reporting to `manager` (may be -1).
    Stakeholder make(int department, Seniority seniority, const Stakeholder* manager,
                     bool inheritPlace) {
        const Department& d = kDepartments[department];
        Stakeholder s;
        s.id = m_ids.next();
        s.updated = addDays(m_today, -m_rng.between(0, 180)) + "T09:00:00Z";
        const std::string first = m_rng.pick(kFirstNames);
        const std::string last = m_rng.pick(kLastNames);
        s.name = first + " " + last;
        s.seniority = seniority;
        s.department = d.name;
        s.title = title(d, seniority);
        const Site& site =
            inheritPlace && manager && m_rng.chance(70) ? siteOf(*manager) : m_rng.pick(kSites);
        s.location = site.city;
        s.businessUnit = manager && !manager->businessUnit.empty() && m_rng.chance(85)
                             ? manager->businessUnit
                         : seniority == Seniority::CSuite ? std::string("Corporate")
                                                          : std::string(m_rng.pick(kUnits));
        s.email = emailLocal(first) + "." + emailLocal(last) +
                  std::to_string(m_rng.between(1, 99)) + "@northwind-logistics.example";
        s.phone = std::string(site.phonePrefix) + std::to_string(1000 + m_rng.between(0, 8999));
        if (manager) s.managerId = manager->id;
        s.roles = roles(d, seniority);
        s.stance = stance();
        const int base = 5 - static_cast<int>(seniority);
        s.influence = clamp(base + m_rng.between(-1, 1));
        s.relationshipStrength = m_rng.between(1, 4);
        s.targetStrength = clamp(s.relationshipStrength + m_rng.between(0, 2));
        s.owner = seniority <= Seniority::VicePresident ? OurRole::AccountExecutive
                  : m_rng.chance(60)                    ? d.coverage
                                                        : OurRole::None;
        if (m_rng.chance(60)) s.lastContact = addDays(m_today, -m_rng.between(1, 365));
        const int status = m_rng.between(0, 99);
        s.status = status < 94   ? ContactStatus::Active
                   : status < 98 ? ContactStatus::ChangedRole
                                 : ContactStatus::LeftCompany;
        if (m_rng.chance(10)) s.notes = m_rng.pick(kNotes);
        if (m_rng.chance(15)) s.tags.emplace_back(m_rng.pick(kTags));
        return s;
    }

    Seniority randomSeniority() {
        const int roll = m_rng.between(0, 99);
        return roll < 2    ? Seniority::CSuite
               : roll < 10 ? Seniority::VicePresident
               : roll < 25 ? Seniority::Director
               : roll < 50 ? Seniority::Manager
                           : Seniority::IndividualContributor;
    }

private:
    static int clamp(int v) { return v < 1 ? 1 : v > 5 ? 5 : v; }

    static std::string emailLocal(const std::string& name) {
        std::string out;
        for (char c : name)
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                out.push_back(static_cast<char>(c | 0x20));
        return out;
    }

    static const Site& siteOf(const Stakeholder& s) {
        for (const Site& site : kSites)
            if (s.location == site.city) return site;
        return kSites[0];
    }

    std::string title(const Department& d, Seniority seniority) {
        const bool regional = m_rng.chance(40);
        const std::string region =
            regional ? std::string(", ") + m_rng.pick(kRegions) : std::string();
        switch (seniority) {
            case Seniority::CSuite:
                return d.chief;
            case Seniority::VicePresident:
                return std::string("VP ") + d.area + region;
            case Seniority::Director:
                return std::string("Director, ") + d.area + region;
            case Seniority::Manager:
                return std::string(d.area) + " Manager" + region;
            case Seniority::IndividualContributor:
                break;
        }
        const char* staff = d.staff[m_rng.below(3)];
        return m_rng.chance(30) ? std::string("Senior ") + staff : std::string(staff);
    }

    BuyingRoles roles(const Department& d, Seniority seniority) {
        BuyingRoles roles = 0;
        auto add = [&](BuyingRole r) { roles |= static_cast<BuyingRoles>(r); };
        if (seniority == Seniority::CSuite && m_rng.chance(70)) add(BuyingRole::EconomicBuyer);
        if (m_rng.chance(seniority == Seniority::IndividualContributor ? 60 : 35)) add(d.typical);
        if (seniority <= Seniority::Director && m_rng.chance(30)) add(BuyingRole::Influencer);
        if (seniority >= Seniority::Manager && m_rng.chance(40)) add(BuyingRole::EndUser);
        if (m_rng.chance(3)) add(BuyingRole::Champion);
        if (m_rng.chance(3)) add(BuyingRole::Coach);
        if (m_rng.chance(2)) add(BuyingRole::Blocker);
        return roles;
    }

    Stance stance() {
        const int roll = m_rng.between(0, 99);
        return roll < 6    ? Stance::Champion
               : roll < 30 ? Stance::Supporter
               : roll < 75 ? Stance::Neutral
               : roll < 93 ? Stance::Skeptic
                           : Stance::Opponent;
    }

    Rng& m_rng;
    IdGenerator& m_ids;
    std::string m_today;  // dates are drawn back from this day
};

Seniority seniorityForLevel(int level) {
    static constexpr Seniority kLadder[] = {
        Seniority::CSuite,   Seniority::CSuite,  Seniority::VicePresident,
        Seniority::Director, Seniority::Manager, Seniority::IndividualContributor};
    return kLadder[level < 5 ? level : 5];
}

void generatePeople(Account& a, const SampleOptions& options, IdGenerator& ids) {
    Rng rng(options.seed ^ 0x5A17E5EEDull);
    PeopleGenerator people(rng, ids, options.today);
    const auto n = static_cast<std::size_t>(options.stakeholders);
    auto& out = a.stakeholders;
    out.reserve(n);
    // Departments are indexes into kDepartments; -1 marks the CEO's "Executive" office.
    std::vector<int> department;
    department.reserve(n);
    auto add = [&](int dept, Seniority seniority, long manager, bool inheritPlace) {
        const Stakeholder* boss = manager >= 0 ? &out[static_cast<std::size_t>(manager)] : nullptr;
        Stakeholder s = people.make(dept < 0 ? 0 : dept, seniority, boss, inheritPlace);
        if (dept < 0) {
            s.department = "Executive";
            s.title = "Chief Executive Officer";
            s.businessUnit = "Corporate";
        }
        out.push_back(std::move(s));
        department.push_back(dept);
    };

    switch (options.shape) {
        case SampleShape::Org: {
            // Breadth-first: each manager gets 2-12 reports until everyone is placed.
            std::vector<int> level;
            add(-1, Seniority::CSuite, -1, false);
            level.push_back(0);
            for (std::size_t boss = 0; out.size() < n; ++boss) {
                const std::size_t remaining = n - out.size();
                std::size_t reports = static_cast<std::size_t>(rng.between(2, 12));
                if (reports > remaining) reports = remaining;
                // Never leave one person over for a manager of their own.
                if (remaining - reports == 1) reports = reports < 12 ? reports + 1 : reports - 1;
                for (std::size_t r = 0; r < reports; ++r) {
                    const int depth = level[boss] + 1;
                    const int dept = depth == 1
                                         ? static_cast<int>((out.size() - 1) % kDepartmentCount)
                                         : department[boss];
                    add(dept, seniorityForLevel(depth), static_cast<long>(boss), depth > 1);
                    level.push_back(depth);
                }
            }
            break;
        }
        case SampleShape::Chain:
        case SampleShape::Star:
            add(-1, Seniority::CSuite, -1, false);
            for (std::size_t i = 1; i < n; ++i) {
                const long boss =
                    options.shape == SampleShape::Chain ? static_cast<long>(i - 1) : 0;
                add(static_cast<int>(rng.below(kDepartmentCount)), people.randomSeniority(), boss,
                    true);
            }
            break;
        case SampleShape::Wide:
            while (out.size() < n) {
                const int dept = static_cast<int>(rng.below(kDepartmentCount));
                const long lead = static_cast<long>(out.size());
                add(dept, rng.chance(50) ? Seniority::Director : Seniority::Manager, -1, false);
                const int reports = rng.between(0, 6);
                for (int r = 0; r < reports && out.size() < n; ++r)
                    add(dept,
                        rng.chance(25) ? Seniority::Manager : Seniority::IndividualContributor,
                        lead, true);
            }
            break;
    }

    // A few dotted lines to someone earlier (never oneself) and influence lines between
    // random pairs; neither has to respect the reporting tree.
    for (std::size_t i = 1; i < out.size(); ++i) {
        if (!rng.chance(3)) continue;
        const std::size_t other = static_cast<std::size_t>(rng.below(i));
        if (out[other].id != out[i].managerId) out[i].dottedLineManagerIds.push_back(out[other].id);
    }
    if (n >= 2) {
        const std::size_t lines = n / 20 + 1;
        for (std::size_t k = 0; k < lines; ++k) {
            const auto from = static_cast<std::size_t>(rng.below(n));
            auto to = static_cast<std::size_t>(rng.below(n - 1));
            if (to >= from) ++to;  // never a line to oneself
            const int kind = rng.between(0, 9);
            a.influenceLines.push_back({ids.next(),
                                        addDays(options.today, -rng.between(0, 90)) + "T12:00:00Z",
                                        out[from].id,
                                        out[to].id,
                                        kind < 7   ? InfluenceKind::Influences
                                        : kind < 9 ? InfluenceKind::InformalAlly
                                                   : InfluenceKind::ConflictsWith,
                                        rng.between(1, 5),
                                        {}});
        }
    }
}

}  // namespace

Account makeSampleAccount(const SampleOptions& options) {
    Account account = detail::makeCuratedAccount(options.seed, options.today);
    if (options.stakeholders <= 0) return account;
    account.stakeholders.clear();
    account.influenceLines.clear();
    IdGenerator ids(options.seed ^ 0x1D5EED5ull);
    generatePeople(account, options, ids);
    return account;
}

}  // namespace keystone
