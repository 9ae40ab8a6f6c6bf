// The built-in sample: Northwind Logistics, a global third-party logistics company
// (~US$2.4B revenue, 18,000 people) that already runs our control tower for North American
// freight. Written to look like a real rep's plan three months before renewal, with the
// usual mix of champions, a skeptical CFO, a new CIO and a procurement push.
#include <cctype>
#include <string>

#include "core/model/calendar.h"

#include "core/model/clock.h"
#include "core/model/ids.h"
#include "core/sample/sample_plan.h"

namespace keystone::detail {
namespace {

constexpr BuyingRoles R(BuyingRole role) { return static_cast<BuyingRoles>(role); }
constexpr BuyingRole EB = BuyingRole::EconomicBuyer, TDM = BuyingRole::TechnicalDecisionMaker,
                     CH = BuyingRole::Champion, CO = BuyingRole::Coach, IN = BuyingRole::Influencer,
                     EU = BuyingRole::EndUser, PR = BuyingRole::Procurement,
                     LS = BuyingRole::LegalSecurity, BL = BuyingRole::Blocker;
constexpr BuyingRoles operator|(BuyingRole a, BuyingRole b) { return R(a) | R(b); }

struct Person {
    const char* key;
    const char* name;
    const char* title;
    const char* department;
    const char* businessUnit;
    Seniority seniority;
    const char* location;
    const char* phone;
    const char* manager;  // key, or "" at the top / unknown
    const char* dotted;   // key of a dotted-line manager, or ""
    BuyingRoles roles;
    Stance stance;
    int influence, strength, target;
    OurRole owner;
    int contactedDaysAgo;  // -1 = never
    ContactStatus status;
    const char* notes;
    const char* tags;  // comma-separated
};

using S = Seniority;
using St = Stance;
using O = OurRole;
constexpr ContactStatus kActive = ContactStatus::Active;

const Person kPeople[] = {
    {"ceo",
     "Margaret Okafor",
     "Chief Executive Officer",
     "Executive",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0100",
     "",
     "",
     R(EB),
     St::Neutral,
     5,
     2,
     3,
     O::ExecutiveSponsor,
     120,
     kActive,
     "Met at the 2026 customer summit. Owns the board's cost-to-serve commitment and the "
     "three-year digital operations program.",
     "board"},
    {"cfo",
     "Thomas Reinholt",
     "Chief Financial Officer",
     "Finance",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0101",
     "ceo",
     "",
     R(EB),
     St::Skeptic,
     5,
     2,
     4,
     O::ExecutiveSponsor,
     75,
     kActive,
     "Signs every contract over $500K. Wants a hard-dollar ROI case for the EMEA expansion, not "
     "adoption charts.",
     ""},
    {"coo",
     "Aisha Rahman",
     "Chief Operating Officer",
     "Operations",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0102",
     "ceo",
     "",
     EB | CH,
     St::Champion,
     5,
     4,
     5,
     O::ExecutiveSponsor,
     18,
     kActive,
     "Executive sponsor of the control tower program; presents its results to the board every "
     "quarter.",
     "sponsor"},
    {"cio",
     "Daniel Ferreira",
     "Chief Information Officer",
     "IT",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0103",
     "ceo",
     "",
     TDM | EB,
     St::Neutral,
     5,
     1,
     4,
     O::AccountExecutive,
     52,
     kActive,
     "Joined in September 2026 from a national retailer. Reviewing every platform vendor against "
     "the ERP suite.",
     "new-in-role"},
    {"cpo",
     "Linda Castellano",
     "Chief Procurement Officer",
     "Procurement",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0104",
     "cfo",
     "",
     R(PR),
     St::Neutral,
     3,
     2,
     3,
     O::AccountExecutive,
     95,
     kActive,
     "",
     ""},
    {"ciso",
     "Kenji Watanabe",
     "Chief Information Security Officer",
     "Security",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0105",
     "cio",
     "",
     R(LS),
     St::Neutral,
     3,
     2,
     3,
     O::SalesEngineer,
     140,
     kActive,
     "Approved our SOC 2 report last year; expects the ISO 27001 certificate before EMEA go-live.",
     ""},
    {"gc",
     "Eleanor Price",
     "General Counsel",
     "Legal",
     "Corporate",
     S::CSuite,
     "Chicago, IL",
     "+1 312 555 0106",
     "ceo",
     "",
     R(LS),
     St::Neutral,
     3,
     1,
     2,
     O::None,
     -1,
     kActive,
     "",
     ""},
    {"svpsc",
     "Carlos Mendoza",
     "SVP Global Supply Chain",
     "Supply Chain",
     "Corporate",
     S::VicePresident,
     "Chicago, IL",
     "+1 312 555 0110",
     "coo",
     "",
     EB | IN,
     St::Supporter,
     4,
     3,
     5,
     O::AccountExecutive,
     30,
     kActive,
     "Co-owns the cost-to-serve target with the COO. Interested in carrier benchmarking.",
     ""},
    {"vptrans",
     "Sarah Lindqvist",
     "VP Transportation",
     "Operations",
     "Freight Forwarding",
     S::VicePresident,
     "Chicago, IL",
     "+1 312 555 0111",
     "coo",
     "",
     CH | IN,
     St::Champion,
     4,
     4,
     5,
     O::AccountExecutive,
     9,
     kActive,
     "Pushed for the original control tower purchase. Wants EMEA live before peak season 2027.",
     "sponsor"},
    {"dirtrans",
     "Michael Brennan",
     "Director of Transportation Planning",
     "Operations",
     "Freight Forwarding",
     S::Director,
     "Atlanta, GA",
     "+1 404 555 0112",
     "vptrans",
     "",
     CH | CO,
     St::Champion,
     3,
     5,
     5,
     O::AccountExecutive,
     6,
     kActive,
     "Our day-to-day champion. Rumored to be interviewing elsewhere; see the risk register.",
     "flight-risk"},
    {"vpwh",
     "Grace Thompson",
     "VP Warehousing & Contract Logistics",
     "Operations",
     "Contract Logistics",
     S::VicePresident,
     "Joliet, IL",
     "+1 815 555 0113",
     "coo",
     "",
     EB | IN,
     St::Supporter,
     4,
     2,
     4,
     O::AccountExecutive,
     44,
     kActive,
     "Open to a warehouse analytics pilot if it shows labor savings within one quarter.",
     ""},
    {"dirwh",
     "Hannah Becker",
     "Director, Warehouse Operations EMEA",
     "Operations",
     "Contract Logistics",
     S::Director,
     "Rotterdam, NL",
     "+31 10 555 0114",
     "vpwh",
     "",
     TDM | EU,
     St::Neutral,
     3,
     2,
     4,
     O::CustomerSuccess,
     60,
     kActive,
     "",
     ""},
    {"gmjoliet",
     "Tyrone Jackson",
     "DC General Manager, Joliet",
     "Operations",
     "Contract Logistics",
     S::Manager,
     "Joliet, IL",
     "+1 815 555 0115",
     "vpwh",
     "",
     EU | IN,
     St::Supporter,
     2,
     3,
     4,
     O::CustomerSuccess,
     25,
     kActive,
     "Volunteered Joliet as the first pilot site.",
     "pilot"},
    {"vplm",
     "Olivia Chen",
     "VP Last-Mile Delivery",
     "Operations",
     "Last-Mile Delivery",
     S::VicePresident,
     "Dallas, TX",
     "+1 214 555 0116",
     "coo",
     "",
     R(EB),
     St::Neutral,
     4,
     2,
     4,
     O::AccountExecutive,
     38,
     kActive,
     "Evaluating us against OptiRoute for route optimization; decision tied to the Q2 budget.",
     ""},
    {"dispatch",
     "Jamal Wright",
     "Regional Dispatch Manager",
     "Operations",
     "Last-Mile Delivery",
     S::Manager,
     "Dallas, TX",
     "+1 214 555 0117",
     "vplm",
     "",
     R(EU),
     St::Skeptic,
     2,
     2,
     3,
     O::CustomerSuccess,
     70,
     kActive,
     "Dispatchers prefer their spreadsheet planning. Needs a hands-on driver-app demo.",
     ""},
    {"vpcustoms",
     "Anders Nilsson",
     "VP Customs & Trade Compliance",
     "Operations",
     "Customs & Trade",
     S::VicePresident,
     "Rotterdam, NL",
     "+31 10 555 0118",
     "coo",
     "",
     R(IN),
     St::Neutral,
     3,
     1,
     3,
     O::AccountExecutive,
     180,
     kActive,
     "",
     ""},
    {"vpfpa",
     "Priyanka Deshmukh",
     "VP Financial Planning & Analysis",
     "Finance",
     "Corporate",
     S::VicePresident,
     "Chicago, IL",
     "+1 312 555 0120",
     "cfo",
     "",
     IN | CO,
     St::Supporter,
     4,
     3,
     4,
     O::AccountExecutive,
     33,
     kActive,
     "Built the FY27 budget model and will validate our ROI numbers before they reach the CFO.",
     "coach"},
    {"controller",
     "Steven Albright",
     "Corporate Controller",
     "Finance",
     "Corporate",
     S::Director,
     "Chicago, IL",
     "+1 312 555 0121",
     "cfo",
     "",
     0,
     St::Neutral,
     2,
     1,
     2,
     O::None,
     -1,
     kActive,
     "",
     ""},
    {"finops",
     "Nadia Haddad",
     "Finance Manager, Operations",
     "Finance",
     "Freight Forwarding",
     S::Manager,
     "Chicago, IL",
     "+1 312 555 0122",
     "vpfpa",
     "",
     R(EU),
     St::Neutral,
     2,
     2,
     3,
     O::CustomerSuccess,
     90,
     kActive,
     "",
     ""},
    {"vpea",
     "Brian Kowalski",
     "VP Enterprise Architecture",
     "IT",
     "Corporate",
     S::VicePresident,
     "Chicago, IL",
     "+1 312 555 0123",
     "cio",
     "",
     TDM | BL,
     St::Opponent,
     4,
     1,
     3,
     O::SalesEngineer,
     64,
     kActive,
     "Sponsors the ERP-suite consolidation and sees us as one more integration to maintain.",
     "consolidation"},
    {"dirint",
     "Mei Lin Wong",
     "Director, Integration Services",
     "IT",
     "Corporate",
     S::Director,
     "Singapore",
     "+65 6555 0124",
     "vpea",
     "",
     R(TDM),
     St::Supporter,
     3,
     3,
     4,
     O::SalesEngineer,
     21,
     kActive,
     "Likes our carrier APIs; her team owns the TMS consolidation roadmap.",
     ""},
    {"itapps",
     "Lucas Moreau",
     "Manager, Logistics Applications",
     "IT",
     "Freight Forwarding",
     S::Manager,
     "Lyon, FR",
     "+33 4 55 55 01 25",
     "dirint",
     "",
     EU | CO,
     St::Supporter,
     2,
     4,
     4,
     O::SalesEngineer,
     12,
     kActive,
     "",
     ""},
    {"secarch",
     "Fatima Al-Sayed",
     "Security Architect",
     "Security",
     "Corporate",
     S::IndividualContributor,
     "Chicago, IL",
     "+1 312 555 0126",
     "ciso",
     "",
     R(LS),
     St::Neutral,
     2,
     2,
     3,
     O::SalesEngineer,
     47,
     kActive,
     "",
     ""},
    {"dpo",
     "Sofia Marino",
     "Data Protection Officer, EMEA",
     "Legal",
     "Corporate",
     S::Director,
     "Amsterdam, NL",
     "+31 20 555 0127",
     "gc",
     "ciso",
     LS | BL,
     St::Skeptic,
     3,
     1,
     3,
     O::SalesEngineer,
     28,
     kActive,
     "Reviewing EU data residency for the EMEA expansion. Asked for our sub-processor list.",
     "gdpr"},
    {"sourcing",
     "Robert Greene",
     "Director, Strategic Sourcing - Technology",
     "Procurement",
     "Corporate",
     S::Director,
     "Chicago, IL",
     "+1 312 555 0128",
     "cpo",
     "",
     R(PR),
     St::Neutral,
     3,
     2,
     3,
     O::AccountExecutive,
     14,
     kActive,
     "Runs the vendor consolidation review and is asking for a three-year price freeze.",
     ""},
    {"analyst",
     "Emily Novak",
     "Senior Sourcing Analyst",
     "Procurement",
     "Corporate",
     S::IndividualContributor,
     "Chicago, IL",
     "+1 312 555 0129",
     "sourcing",
     "",
     R(PR),
     St::Neutral,
     1,
     2,
     2,
     O::AccountExecutive,
     14,
     kActive,
     "",
     ""},
    {"dirscp",
     "Victor Alvarez",
     "Director, Supply Chain Planning",
     "Supply Chain",
     "Corporate",
     S::Director,
     "Chicago, IL",
     "+1 312 555 0130",
     "svpsc",
     "",
     R(IN),
     St::Supporter,
     3,
     3,
     4,
     O::CustomerSuccess,
     40,
     kActive,
     "",
     ""},
    {"sustain",
     "Ingrid Solberg",
     "Head of Sustainability",
     "Supply Chain",
     "Corporate",
     S::Director,
     "Oslo, NO",
     "+47 22 55 01 31",
     "svpsc",
     "",
     R(IN),
     St::Supporter,
     3,
     2,
     4,
     O::AccountExecutive,
     110,
     kActive,
     "Needs Scope 3 transport emissions per customer for the 2027 sustainability report.",
     "scope-3"},
    {"vpapac",
     "Wei Zhang",
     "VP Operations APAC",
     "Operations",
     "Freight Forwarding",
     S::VicePresident,
     "Singapore",
     "+65 6555 0132",
     "coo",
     "",
     R(IN),
     St::Neutral,
     3,
     1,
     3,
     O::None,
     -1,
     kActive,
     "",
     ""},
    {"vpcx",
     "Rachel Goldberg",
     "VP Customer Experience",
     "Customer Experience",
     "Corporate",
     S::VicePresident,
     "Chicago, IL",
     "+1 312 555 0133",
     "coo",
     "",
     IN | EU,
     St::Supporter,
     3,
     3,
     4,
     O::CustomerSuccess,
     26,
     kActive,
     "Uses control tower ETAs in weekly reviews with the top 50 customers.",
     ""},
    {"ctlead",
     "Diego Santos",
     "Control Tower Operations Lead",
     "Operations",
     "Freight Forwarding",
     S::Manager,
     "Atlanta, GA",
     "+1 404 555 0134",
     "dirtrans",
     "",
     EU | CH,
     St::Champion,
     2,
     5,
     5,
     O::CustomerSuccess,
     4,
     kActive,
     "Power user; runs the exception desk 24/7 with a team of nine.",
     "power-user"},
    {"ctanalyst",
     "Aaliyah Brooks",
     "Senior Logistics Analyst",
     "Operations",
     "Freight Forwarding",
     S::IndividualContributor,
     "Atlanta, GA",
     "+1 404 555 0135",
     "ctlead",
     "",
     R(EU),
     St::Supporter,
     1,
     4,
     4,
     O::CustomerSuccess,
     4,
     kActive,
     "",
     ""},
    {"formerit",
     "Paul Whitaker",
     "VP IT Operations",
     "IT",
     "Corporate",
     S::VicePresident,
     "Chicago, IL",
     "+1 312 555 0136",
     "",
     "",
     R(TDM),
     St::Supporter,
     2,
     4,
     1,
     O::SalesEngineer,
     160,
     ContactStatus::LeftCompany,
     "Our original technical sponsor; left in August 2026 and is now CIO at a mid-size carrier. "
     "Possible reference.",
     "alumni,reference"},
    {"pmo",
     "Karen Osei",
     "Program Manager, Digital Operations",
     "Operations",
     "Corporate",
     S::Manager,
     "Chicago, IL",
     "+1 312 555 0137",
     "coo",
     "cio",
     R(CO),
     St::Supporter,
     3,
     4,
     5,
     O::AccountExecutive,
     11,
     ContactStatus::ChangedRole,
     "Moved from Transportation to run the Digital Operations PMO in October 2026.",
     ""},
    {"diremea",
     "Henrik Larsen",
     "Director, Freight Forwarding EMEA",
     "Operations",
     "Freight Forwarding",
     S::Director,
     "Hamburg, DE",
     "+49 40 555 0138",
     "vptrans",
     "",
     IN | EU,
     St::Neutral,
     3,
     2,
     4,
     O::AccountExecutive,
     35,
     kActive,
     "Would run the EMEA rollout; currently on Meridian's platform and wary of switching before "
     "peak.",
     ""},
    {"whsys",
     "Chloe Dubois",
     "Warehouse Systems Analyst",
     "IT",
     "Contract Logistics",
     S::IndividualContributor,
     "Rotterdam, NL",
     "+31 10 555 0139",
     "dirwh",
     "dirint",
     R(EU),
     St::Neutral,
     1,
     1,
     3,
     O::CustomerSuccess,
     -1,
     kActive,
     "",
     ""},
};

struct Line {
    const char* from;
    const char* to;
    InfluenceKind kind;
    int strength;
};
const Line kLines[] = {
    {"coo", "ceo", InfluenceKind::Influences, 5},
    {"dirtrans", "vptrans", InfluenceKind::Influences, 4},
    {"vpfpa", "cfo", InfluenceKind::Influences, 4},
    {"vpea", "cio", InfluenceKind::Influences, 4},
    {"vpea", "vptrans", InfluenceKind::ConflictsWith, 3},
    {"pmo", "cio", InfluenceKind::InformalAlly, 3},
    {"sourcing", "cfo", InfluenceKind::Influences, 3},
};

std::string emailFor(std::string_view name) {
    std::string local;
    for (char c : name) {
        if (c == ' ')
            local.push_back('.');
        else if (std::isalpha(static_cast<unsigned char>(c)))
            local.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return local + "@northwind-logistics.example";
}

// The story's dates are written as they fall when today is kSampleReferenceDate; this moves
// each to the real today, keeping its distance, so the sample never ages.
class StoryCalendar {
public:
    explicit StoryCalendar(std::string_view today)
        : m_today(parseIsoDate(today).value()),
          m_shiftDays(daysBetween(parseIsoDate(kSampleReferenceDate).value(), m_today)),
          m_shiftQuarters(quarterIndex(fiscalQuarterOf(m_today, kFiscalStart)) -
                          quarterIndex(fiscalQuarterOf(parseIsoDate(kSampleReferenceDate).value(),
                                                       kFiscalStart))) {}

    static constexpr int kFiscalStart = 4;  // Northwind's fiscal year starts in April

    std::string day(int offset) const { return formatIsoDate(addDays(m_today, offset)); }
    std::string stamp(int daysAgo, const char* time = "T16:30:00Z") const {
        return day(-daysAgo) + time;
    }
    // A literal date of the story ("2027-03-31" = 127 days after the reference day).
    std::string on(std::string_view written) const {
        return formatIsoDate(addDays(parseIsoDate(written).value(), m_shiftDays));
    }
    // A literal fiscal quarter of the story ("2026-Q3"), moved by whole quarters.
    std::string quarter(std::string_view written) const {
        const int year = std::stoi(std::string(written.substr(0, 4)));
        const int index = year * 4 + (written[6] - '1') + m_shiftQuarters;
        return formatQuarter(FiscalQuarter{index / 4, index % 4 + 1});
    }

private:
    static int quarterIndex(const FiscalQuarter& q) { return q.fiscalYear * 4 + q.quarter - 1; }

    Date m_today;
    std::int64_t m_shiftDays;
    int m_shiftQuarters;
};

}  // namespace

Account makeCuratedAccount(std::uint64_t seed, std::string_view today) {
    const StoryCalendar calendar(today);
    const auto day = [&](int offset) { return calendar.day(offset); };
    const auto stamp = [&](int daysAgo, const char* time = "T16:30:00Z") {
        return calendar.stamp(daysAgo, time);
    };
    IdGenerator ids(seed);
    Account a;
    a.id = ids.next();
    a.updated = day(0) + "T10:15:00Z";
    a.name = "Northwind Logistics";
    a.industry = "Logistics & Transportation";
    a.currency = "USD";
    a.currentArr = 185000000;
    a.priorYearArr = 160000000;
    a.renewalDate = calendar.on("2027-03-31");
    a.fiscalYearStartMonth = StoryCalendar::kFiscalStart;
    a.budgetCycle = "FY budgets locked in January for an April 1 start";

    auto& q = a.qualification;
    q.employees = 18000;
    q.annualRevenue = 240000000000;
    q.hqCountry = "US";
    q.potentialAcv = 120000000;
    q.departmentsOrGeographies = 6;
    q.referenceValue = ReferenceValue::Strong;
    q.integrationsNeeded = 4;
    q.complianceNeeds = {"SOC2", "GDPR", "ISO 27001"};
    q.potentialUsers = 9000;

    auto& s = a.summary;
    s.business =
        "Northwind Logistics is a global third-party logistics provider (US$2.4B revenue, 18,000 "
        "people) running "
        "freight forwarding, contract warehousing, last-mile delivery and customs brokerage in 42 "
        "countries from "
        "its Chicago headquarters. Margins are under pressure from spot-rate volatility and "
        "warehouse labor costs, "
        "and the board has committed to a three-year digital operations program.";
    s.partnership =
        "We run Northwind's shipment visibility control tower for North American freight today. "
        "The plan is to "
        "become the operational data layer of the digital operations program: extend visibility to "
        "EMEA, add "
        "route optimization for last-mile, and prove warehouse analytics at two pilot sites before "
        "FY28 budgeting.";
    const struct {
        const char* title;
        const char* date;
        const char* how;
    } goals[] = {
        {"Cut cost-to-serve 12% by FY28", "2028-03-31",
         "Route optimization and carrier benchmarking target 4-5 points of the reduction in "
         "last-mile and linehaul."},
        {"On-time-in-full above 97% for the top 50 customers", "2027-09-30",
         "Control tower exception alerts cut late-shipment detection from hours to minutes."},
        {"Consolidate 14 regional TMS instances onto one platform", "2028-12-31",
         "Carrier Connect APIs give one integration layer while the TMS instances are retired."},
        {"Report Scope 3 transport emissions per customer", "2027-12-31",
         "Emissions per shipment come straight out of the visibility data we already collect."},
    };
    for (const auto& g : goals)
        s.goals.push_back({ids.next(), stamp(20), g.title, calendar.on(g.date), g.how});

    struct ActionRow {
        const char* title;
        ActionKind kind;
        const char* owner;
        int due;
        WorkStatus status;
    };
    struct ObjectiveRow {
        const char* title;
        const char* description;
        const char* target;
        WorkStatus status;
        std::vector<ActionRow> actions;
    };
    const ObjectiveRow objectives[] = {
        {"Secure a multi-year renewal with EMEA expansion",
         "Renew North America for three years and add EMEA freight forwarding before the renewal "
         "date.",
         "2027-03-31",
         WorkStatus::InProgress,
         {{"Q4 QBR: adoption and on-time results", ActionKind::QuarterlyBusinessReview,
           "Marcus Oyelaran", 16, WorkStatus::InProgress},
          {"EBR with the CFO and COO on the FY28 business case",
           ActionKind::ExecutiveBusinessReview, "Dana Whitfield", 57, WorkStatus::NotStarted},
          {"Build the renewal ROI model with FP&A", ActionKind::General, "Dana Whitfield", -6,
           WorkStatus::Done}}},
        {"Prove warehouse analytics at two pilot sites",
         "Run a 90-day expansion pilot at Joliet and Rotterdam with labor-savings success criteria "
         "signed up front.",
         "2027-06-30",
         WorkStatus::NotStarted,
         {{"Scope the Joliet and Rotterdam pilot", ActionKind::ExpansionPilot, "Priya Natarajan",
           68, WorkStatus::NotStarted},
          {"Get pilot success criteria signed by the VP Warehousing", ActionKind::General,
           "Dana Whitfield", 38, WorkStatus::NotStarted},
          {"Pilot readout to the COO", ActionKind::ExecutiveBusinessReview, "Helen Brandt", 188,
           WorkStatus::NotStarted}}},
        {"Broaden executive coverage and champions",
         "Reduce dependence on one champion: build relationships with the new CIO, FP&A and "
         "Enterprise Architecture.",
         "2027-02-28",
         WorkStatus::InProgress,
         {{"Champion plan for the Director of Transportation", ActionKind::ChampionCultivation,
           "Dana Whitfield", 9, WorkStatus::InProgress},
          {"Executive sponsor introduction to the new CIO", ActionKind::ChampionCultivation,
           "Helen Brandt", 23, WorkStatus::NotStarted},
          {"Architecture review to defuse the ERP consolidation risk", ActionKind::RiskMitigation,
           "Priya Natarajan", 30, WorkStatus::Blocked}}},
    };
    for (const auto& row : objectives) {
        Objective o{ids.next(), stamp(3), row.title, row.description, calendar.on(row.target),
                    row.status, {},       {}};
        for (const auto& act : row.actions)
            o.actions.push_back({ids.next(),
                                 stamp(3),
                                 act.title,
                                 act.kind,
                                 act.owner,
                                 day(act.due),
                                 act.status,
                                 {}});
        a.objectives.push_back(std::move(o));
    }

    struct OpportunityRow {
        const char* name;
        const char* offering;
        const char* unit;
        MinorUnits amount;
        const char* close;
        SalesStage stage;
        int probability;
        const char* next;
    };
    const OpportunityRow opportunities[] = {
        {"EMEA Control Tower Expansion", "Control Tower", "Freight Forwarding", 64000000,
         "2027-03-15", SalesStage::Negotiation, 70,
         "Redline the MSA amendment with Strategic Sourcing"},
        {"Last-Mile Route Optimization", "Route Optimization", "Last-Mile Delivery", 42000000,
         "2027-05-28", SalesStage::Evaluation, 40, "Driver-app demo for the Dallas dispatch team"},
        {"Warehouse Analytics Pilot", "Warehouse Analytics", "Contract Logistics", 18000000,
         "2027-02-26", SalesStage::SolutionDesign, 25,
         "Agree pilot success criteria with Grace Thompson"},
        {"Customs Data Feed Integration", "Carrier Connect", "Customs & Trade", 9500000,
         "2027-08-31", SalesStage::Discovery, 10, "Discovery call with Anders Nilsson's team"},
        {"Premier Success Upgrade", "Premier Success", "Freight Forwarding", 12000000, "2026-09-30",
         SalesStage::ClosedWon, 100, "Kick off the quarterly success reviews"},
    };
    for (const auto& row : opportunities) {
        Opportunity o;
        o.id = ids.next();
        o.updated = stamp(2);
        o.name = row.name;
        o.offering = row.offering;
        o.businessUnit = row.unit;
        o.amount = row.amount;
        o.closeDate = calendar.on(row.close);
        o.stage = row.stage;
        o.probabilityPct = row.probability;
        o.nextStep = row.next;
        a.opportunities.push_back(std::move(o));
    }

    auto& w = a.whitespace;
    w.businessUnits = {"Freight Forwarding", "Contract Logistics", "Last-Mile Delivery",
                       "Customs & Trade"};
    w.offerings = {"Control Tower", "Route Optimization", "Warehouse Analytics", "Carrier Connect",
                   "Premier Success"};
    using WS = WhitespaceStatus;
    w.cells = {
        {"Freight Forwarding", "Control Tower", WS::Owned, 110000000, {}},
        {"Freight Forwarding", "Route Optimization", WS::NotAFit, 0, {}},
        {"Freight Forwarding", "Carrier Connect", WS::Owned, 35000000, {}},
        {"Freight Forwarding", "Premier Success", WS::Owned, 12000000, {}},
        {"Contract Logistics", "Control Tower", WS::Whitespace, 30000000, {}},
        {"Contract Logistics", "Warehouse Analytics", WS::InPipeline, 18000000, {}},
        {"Last-Mile Delivery", "Control Tower", WS::Owned, 28000000, {}},
        {"Last-Mile Delivery", "Route Optimization", WS::InPipeline, 42000000, {}},
        {"Customs & Trade", "Control Tower", WS::Whitespace, 15000000, {}},
        {"Customs & Trade", "Warehouse Analytics", WS::NotAFit, 0, {}},
        {"Customs & Trade", "Carrier Connect", WS::InPipeline, 9500000, {}},
    };
    w.updated = stamp(12);

    a.competitors = {
        {ids.next(),
         stamp(40),
         "Meridian Freight Cloud",
         "Incumbent visibility platform in EMEA freight forwarding; strong customs integrations "
         "and local support in Hamburg.",
         "One global control tower instead of regional instances; our exception alerts fire 40 "
         "minutes earlier on average.",
         true,
         ThreatLevel::High,
         {}},
        {ids.next(),
         stamp(40),
         "OptiRoute Systems",
         "Specialist last-mile route optimization with a polished driver app; aggressive "
         "first-year discounts.",
         "Route plans use live control tower ETAs; one vendor and one integration for the whole "
         "network.",
         false,
         ThreatLevel::Medium,
         {}},
        {ids.next(),
         stamp(40),
         "In-house build on the ERP suite",
         "Enterprise Architecture prefers fewer vendors; the ERP vendor bundles a basic tracking "
         "module.",
         "Carrier network of 1,400 connected carriers and two years of Northwind-specific "
         "exception rules.",
         false,
         ThreatLevel::Medium,
         {}},
    };

    struct RiskRow {
        const char* title;
        int likelihood, impact;
        const char* owner;
        const char* mitigation;
        RiskStatus status;
        int due;
    };
    const RiskRow risks[] = {
        {"New CIO consolidates vendors onto the ERP suite", 4, 5, "Dana Whitfield",
         "Architecture review with Enterprise Architecture; executive sponsor meeting with the CIO "
         "within six weeks.",
         RiskStatus::Mitigating, 60},
        {"Champion (Director of Transportation) leaves", 2, 4, "Dana Whitfield",
         "Multi-thread: build relationships with the VP Transportation and the Control Tower "
         "Operations Lead.",
         RiskStatus::Open, 45},
        {"EU data residency review delays the EMEA expansion", 3, 3, "Priya Natarajan",
         "Send the sub-processor list and the Frankfurt hosting option to the DPO.",
         RiskStatus::Mitigating, 30},
        {"Adoption below 60% in last-mile depots", 3, 3, "Marcus Oyelaran",
         "Depot-by-depot enablement plan and a dispatch dashboard in the Q4 QBR.", RiskStatus::Open,
         40},
        {"Procurement pushes a three-year price freeze", 4, 2, "Dana Whitfield",
         "Trade a price hold for a three-year term and EMEA volume commitment.", RiskStatus::Open,
         75},
    };
    for (const auto& row : risks)
        a.risks.push_back({ids.next(),
                           stamp(5),
                           row.title,
                           row.likelihood,
                           row.impact,
                           row.owner,
                           row.mitigation,
                           row.status,
                           day(row.due),
                           {}});

    struct MetricRow {
        const char* name;
        MetricCategory category;
        const char* unit;
        double baseline, target;
        bool higher;
        double values[6];
    };
    const MetricRow metrics[] = {
        {"Weekly active users",
         MetricCategory::Adoption,
         "users",
         1200,
         3500,
         true,
         {1450, 1900, 2300, 2650, 2880, 3010}},
        {"Late-shipment detection time",
         MetricCategory::BusinessOutcome,
         "hours",
         6.5,
         0.5,
         false,
         {5.2, 3.8, 2.1, 1.4, 1.1, 0.9}},
        {"On-time-in-full, top 50 customers",
         MetricCategory::BusinessOutcome,
         "%",
         91.5,
         97,
         true,
         {92.1, 93.4, 94, 94.8, 95.3, 95.9}},
        {"Customer satisfaction (CSAT)",
         MetricCategory::Satisfaction,
         "%",
         78,
         90,
         true,
         {80, 82, 81, 85, 87, 86}},
        {"Support tickets per 1,000 shipments",
         MetricCategory::Health,
         "tickets",
         4.2,
         1.5,
         false,
         {3.9, 3.1, 2.8, 2.4, 2.2, 2.05}},
        {"Carrier integrations live",
         MetricCategory::Adoption,
         "carriers",
         12,
         60,
         true,
         {18, 25, 33, 41, 47, 52}},
    };
    // Fiscal quarters (FY named by its ending year): the last six before today's.
    const char* quarters[6] = {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"};
    for (const auto& row : metrics) {
        SuccessMetric m{ids.next(),   stamp(50),  row.name,   row.category, row.unit,
                        row.baseline, row.target, row.higher, {},           {}};
        for (int i = 0; i < 6; ++i)
            m.history.push_back({calendar.quarter(quarters[i]), row.values[i], {}});
        a.metrics.push_back(std::move(m));
    }

    auto& h = a.health;
    h.adoptionPct = 64;
    h.nps = 31;
    h.csatPct = 86;
    h.daysSinceExecutiveContact = 18;
    h.openEscalations = 1;
    h.renewalLikelihoodPct = 75;
    h.executiveTurnover = true;
    h.competitiveEvaluation = true;
    h.updated = stamp(1);

    a.team = {{OurRole::AccountExecutive, "Dana Whitfield", {}},
              {OurRole::CustomerSuccess, "Marcus Oyelaran", {}},
              {OurRole::SalesEngineer, "Priya Natarajan", {}},
              {OurRole::ExecutiveSponsor, "Helen Brandt", {}}};

    std::vector<std::string> keys;
    for (const Person& p : kPeople) {
        Stakeholder st;
        st.id = ids.next();
        st.updated = stamp(p.contactedDaysAgo >= 0 ? p.contactedDaysAgo : 200, "T14:00:00Z");
        st.name = p.name;
        st.title = p.title;
        st.department = p.department;
        st.businessUnit = p.businessUnit;
        st.seniority = p.seniority;
        st.email = emailFor(p.name);
        st.phone = p.phone;
        st.location = p.location;
        st.roles = p.roles;
        st.stance = p.stance;
        st.influence = p.influence;
        st.relationshipStrength = p.strength;
        st.targetStrength = p.target;
        st.owner = p.owner;
        st.lastContact = p.contactedDaysAgo >= 0 ? day(-p.contactedDaysAgo) : "";
        st.status = p.status;
        st.notes = p.notes;
        for (std::string_view tags = p.tags; !tags.empty();) {
            const size_t comma = tags.find(',');
            st.tags.emplace_back(tags.substr(0, comma));
            tags = comma == std::string_view::npos ? std::string_view{} : tags.substr(comma + 1);
        }
        keys.emplace_back(p.key);
        a.stakeholders.push_back(std::move(st));
    }
    auto idOf = [&](std::string_view key) -> std::string {
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) return a.stakeholders[i].id;
        return {};
    };
    for (size_t i = 0; i < a.stakeholders.size(); ++i) {
        a.stakeholders[i].managerId = idOf(kPeople[i].manager);
        if (*kPeople[i].dotted)
            a.stakeholders[i].dottedLineManagerIds.push_back(idOf(kPeople[i].dotted));
    }
    for (const Line& line : kLines)
        a.influenceLines.push_back(
            {ids.next(), stamp(15), idOf(line.from), idOf(line.to), line.kind, line.strength, {}});
    return a;
}

}  // namespace keystone::detail
