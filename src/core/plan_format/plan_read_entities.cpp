// One reader per struct of the model. Member names are listed in struct order (the order
// the writer uses) so the common case finds each name on the first comparison.
#include "core/plan_format/plan_reader.h"

namespace keystone::detail {

bool PlanReader::readAccount(Account& a) {
    static constexpr std::string_view kNames[] = {
        "id",           "updated",        "name",
        "industry",     "currency",       "currentArr",
        "priorYearArr", "renewalDate",    "fiscalYearStartMonth",
        "budgetCycle",  "archived",       "qualification",
        "summary",      "objectives",     "opportunities",
        "whitespace",   "competitors",    "risks",
        "metrics",      "health",         "team",
        "stakeholders", "influenceLines", "pricingScenarios"};
    if (!object("account")) return false;
    Members m(*this, kNames, a.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, a.id);
                break;
            case 1:
                ok = timestamp(name, a.updated);
                break;
            case 2:
                ok = text(name, a.name, kMaxShortTextBytes);
                break;
            case 3:
                ok = text(name, a.industry, kMaxShortTextBytes);
                break;
            case 4:
                ok = currency(name, a.currency);
                break;
            case 5:
                ok = money(name, a.currentArr);
                break;
            case 6:
                if (m_in.peek() ==
                    JsonKind::Null) {  // JavaScript writers may say null for "unknown"
                    a.priorYearArr.reset();
                    ok = m_in.readNull();
                } else {
                    ok = money(name, a.priorYearArr.emplace());
                }
                break;
            case 7:
                ok = date(name, a.renewalDate);
                break;
            case 8:
                ok = whole(name, 1, 12, a.fiscalYearStartMonth);
                break;
            case 9:
                ok = text(name, a.budgetCycle, kMaxShortTextBytes);
                break;
            case 10:
                ok = flag(name, a.archived);
                break;
            case 11:
                ok = readQualification(a.qualification);
                break;
            case 12:
                ok = readSummary(a.summary);
                break;
            case 13:
                ok = list(name, a.objectives, kMaxListItems,
                          [&](Objective& o) { return readObjective(o); });
                break;
            case 14:
                ok = list(name, a.opportunities, kMaxListItems,
                          [&](Opportunity& o) { return readOpportunity(o); });
                break;
            case 15:
                ok = readWhitespace(a.whitespace);
                break;
            case 16:
                ok = list(name, a.competitors, kMaxListItems,
                          [&](Competitor& c) { return readCompetitor(c); });
                break;
            case 17:
                ok = list(name, a.risks, kMaxListItems, [&](Risk& r) { return readRisk(r); });
                break;
            case 18:
                ok = list(name, a.metrics, kMaxListItems,
                          [&](SuccessMetric& x) { return readMetric(x); });
                break;
            case 19:
                ok = readHealth(a.health);
                break;
            case 20:
                ok = list(name, a.team, kMaxListItems,
                          [&](TeamMember& t) { return readTeamMember(t); });
                break;
            case 21:
                ok = list(name, a.stakeholders, kMaxStakeholders,
                          [&](Stakeholder& s) { return readStakeholder(s); });
                break;
            case 22:
                ok = list(name, a.influenceLines, kMaxInfluenceLines,
                          [&](InfluenceLine& l) { return readInfluenceLine(l); });
                break;
            case 23:
                ok = list(name, a.pricingScenarios, kMaxPricingScenarios,
                          [&](PricingScenario& s) { return readPricingScenario(s); });
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("account", {0, 2, 4});
}

bool PlanReader::readQualification(QualificationProfile& q) {
    static constexpr std::string_view kNames[] = {"employees",
                                                  "annualRevenue",
                                                  "hqCountry",
                                                  "potentialAcv",
                                                  "departmentsOrGeographies",
                                                  "referenceValue",
                                                  "integrationsNeeded",
                                                  "complianceNeeds",
                                                  "potentialUsers"};
    if (!object("qualification")) return false;
    Members m(*this, kNames, q.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = whole(name, 0, kMaxWholeNumber, q.employees);
                break;
            case 1:
                ok = money(name, q.annualRevenue);
                break;
            case 2:
                ok = country(name, q.hqCountry);
                break;
            case 3:
                ok = money(name, q.potentialAcv);
                break;
            case 4:
                ok = whole(name, 0, 10000, q.departmentsOrGeographies);
                break;
            case 5:
                ok = enumeration(name, q.referenceValue, 3, referenceValueKey);
                break;
            case 6:
                ok = whole(name, 0, 10000, q.integrationsNeeded);
                break;
            case 7:
                ok = textList(name, q.complianceNeeds, kMaxSmallListItems, kMaxShortTextBytes);
                break;
            case 8:
                ok = whole(name, 0, kMaxWholeNumber, q.potentialUsers);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("qualification", {});
}

bool PlanReader::readSummary(ExecutiveSummary& s) {
    static constexpr std::string_view kNames[] = {"business", "partnership", "goals"};
    if (!object("summary")) return false;
    Members m(*this, kNames, s.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = text(name, s.business, kMaxLongTextBytes);
                break;
            case 1:
                ok = text(name, s.partnership, kMaxLongTextBytes);
                break;
            case 2:
                ok = list(name, s.goals, kMaxListItems,
                          [&](StrategicGoal& g) { return readGoal(g); });
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("summary", {});
}

bool PlanReader::readGoal(StrategicGoal& g) {
    static constexpr std::string_view kNames[] = {"id", "updated", "title", "targetDate",
                                                  "howWeHelp"};
    if (!object("goal")) return false;
    Members m(*this, kNames, g.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, g.id);
                break;
            case 1:
                ok = timestamp(name, g.updated);
                break;
            case 2:
                ok = text(name, g.title, kMaxShortTextBytes);
                break;
            case 3:
                ok = date(name, g.targetDate);
                break;
            case 4:
                ok = text(name, g.howWeHelp, kMaxLongTextBytes);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("goal", {0, 2});
}

bool PlanReader::readObjective(Objective& o) {
    static constexpr std::string_view kNames[] = {"id",         "updated", "title",  "description",
                                                  "targetDate", "status",  "actions"};
    if (!object("objective")) return false;
    Members m(*this, kNames, o.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, o.id);
                break;
            case 1:
                ok = timestamp(name, o.updated);
                break;
            case 2:
                ok = text(name, o.title, kMaxShortTextBytes);
                break;
            case 3:
                ok = text(name, o.description, kMaxLongTextBytes);
                break;
            case 4:
                ok = date(name, o.targetDate);
                break;
            case 5:
                ok = enumeration(name, o.status, 4, workStatusKey);
                break;
            case 6:
                ok = list(name, o.actions, kMaxActionsPerObjective,
                          [&](PlanAction& a) { return readAction(a); });
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("objective", {0, 2});
}

bool PlanReader::readAction(PlanAction& a) {
    static constexpr std::string_view kNames[] = {"id",    "updated", "title", "kind",
                                                  "owner", "dueDate", "status"};
    if (!object("action")) return false;
    Members m(*this, kNames, a.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, a.id);
                break;
            case 1:
                ok = timestamp(name, a.updated);
                break;
            case 2:
                ok = text(name, a.title, kMaxShortTextBytes);
                break;
            case 3:
                ok = enumeration(name, a.kind, 6, actionKindKey);
                break;
            case 4:
                ok = text(name, a.owner, kMaxShortTextBytes);
                break;
            case 5:
                ok = date(name, a.dueDate);
                break;
            case 6:
                ok = enumeration(name, a.status, 4, workStatusKey);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("action", {0, 2});
}

bool PlanReader::readOpportunity(Opportunity& o) {
    static constexpr std::string_view kNames[] = {"id",
                                                  "updated",
                                                  "name",
                                                  "offering",
                                                  "businessUnit",
                                                  "amount",
                                                  "closeDate",
                                                  "stage",
                                                  "probabilityPct",
                                                  "nextStep",
                                                  "completedExitCriteria",
                                                  "pricingScenarioId",
                                                  "amountOverridden"};
    if (!object("opportunity")) return false;
    Members m(*this, kNames, o.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, o.id);
                break;
            case 1:
                ok = timestamp(name, o.updated);
                break;
            case 2:
                ok = text(name, o.name, kMaxShortTextBytes);
                break;
            case 3:
                ok = text(name, o.offering, kMaxShortTextBytes);
                break;
            case 4:
                ok = text(name, o.businessUnit, kMaxShortTextBytes);
                break;
            case 5:
                ok = money(name, o.amount);
                break;
            case 6:
                ok = date(name, o.closeDate);
                break;
            case 7:
                ok = enumeration(name, o.stage, kSalesStageCount, salesStageKey);
                break;
            case 8:
                ok = whole(name, 0, 100, o.probabilityPct);
                break;
            case 9:
                ok = text(name, o.nextStep, kMaxLongTextBytes);
                break;
            case 10:
                ok =
                    textList(name, o.completedExitCriteria, kMaxSmallListItems, kMaxShortTextBytes);
                break;
            case 11:
                ok = text(name, o.pricingScenarioId, kMaxShortTextBytes);
                break;
            case 12:
                ok = flag(name, o.amountOverridden);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("opportunity", {0, 2});
}

bool PlanReader::readPricingScenario(PricingScenario& s) {
    static constexpr std::string_view kNames[] = {"id",
                                                  "updated",
                                                  "name",
                                                  "seatsByYear",
                                                  "annualUpliftBp",
                                                  "manualDiscountBp",
                                                  "recurringAddOns",
                                                  "oneTimeFees",
                                                  "scheduleKind",
                                                  "needsProfessionalServices",
                                                  "needsCustomIntegrations",
                                                  "needsDedicatedCsm",
                                                  "tierId",
                                                  "notes"};
    if (!object("pricing scenario")) return false;
    Members m(*this, kNames, s.unknown);
    DealInput& d = s.deal;
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, s.id);
                break;
            case 1:
                ok = timestamp(name, s.updated);
                break;
            case 2:
                ok = text(name, s.name, kMaxShortTextBytes);
                break;
            case 3:
                ok = list(name, d.seatsByYear, static_cast<std::size_t>(kMaxContractYears),
                          [&](int& seats) { return whole(itemOf(name), 1, kMaxSeats, seats); });
                break;
            case 4:
                ok = whole(name, 0, kMaxUpliftBp, d.annualUpliftBp);
                break;
            case 5:
                ok = whole(name, 0, kFullDiscountBp, d.manualDiscountBp);
                break;
            case 6:
                ok = list(name, d.recurringAddOns, static_cast<std::size_t>(kMaxDealLines),
                          [&](DealLine& l) { return readDealLine(l); });
                break;
            case 7:
                ok = list(name, d.oneTimeFees, static_cast<std::size_t>(kMaxDealLines),
                          [&](DealLine& l) { return readDealLine(l); });
                break;
            case 8:
                ok = stringValue(name, "\"volume\", \"graduated\" or \"\" (each edition's own)",
                                 m_scratch);
                if (!ok) break;
                if (m_scratch.empty())
                    d.scheduleKind.reset();
                else if (m_scratch == discountKindKey(DiscountKind::Volume))
                    d.scheduleKind = DiscountKind::Volume;
                else if (m_scratch == discountKindKey(DiscountKind::Graduated))
                    d.scheduleKind = DiscountKind::Graduated;
                else
                    ok = badValue(name, "\"volume\", \"graduated\" or \"\" (each edition's own)",
                                  quote(m_scratch));
                break;
            case 9:
                ok = flag(name, d.needsProfessionalServices);
                break;
            case 10:
                ok = flag(name, d.needsCustomIntegrations);
                break;
            case 11:
                ok = flag(name, d.needsDedicatedCsm);
                break;
            case 12:
                ok = text(name, s.tierId, kMaxShortTextBytes);
                break;
            case 13:
                ok = text(name, s.notes, kMaxLongTextBytes);
                break;
        }
        if (!ok) return fail(name);
    }
    if (!m.finish("pricing scenario", {0, 2, 3})) return false;
    if (auto error = validateDeal(d)) return failAt(*error);  // e.g. no seats at all
    return true;
}

bool PlanReader::readDealLine(DealLine& l) {
    static constexpr std::string_view kNames[] = {"label", "amount"};
    if (!object("line")) return false;
    Members m(*this, kNames, l.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const bool ok = i == 0 ? text(kNames[i], l.label, kMaxShortTextBytes)
                               : whole(kNames[i], 0, kMaxPackagePrice, l.amount);
        if (!ok) return fail(kNames[i]);
    }
    return m.finish("line", {0, 1});
}

bool PlanReader::readWhitespace(Whitespace& w) {
    static constexpr std::string_view kNames[] = {"businessUnits", "offerings", "cells", "updated"};
    if (!object("whitespace")) return false;
    Members m(*this, kNames, w.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = textList(name, w.businessUnits, kMaxWhitespaceAxis, kMaxShortTextBytes);
                break;
            case 1:
                ok = textList(name, w.offerings, kMaxWhitespaceAxis, kMaxShortTextBytes);
                break;
            case 2:
                ok = list(name, w.cells, kMaxWhitespaceCells,
                          [&](WhitespaceCell& c) { return readCell(c); });
                break;
            case 3:
                ok = timestamp(name, w.updated);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("whitespace", {});
}

bool PlanReader::readCell(WhitespaceCell& c) {
    static constexpr std::string_view kNames[] = {"businessUnit", "offering", "status", "value"};
    if (!object("whitespace cell")) return false;
    Members m(*this, kNames, c.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = text(name, c.businessUnit, kMaxShortTextBytes);
                break;
            case 1:
                ok = text(name, c.offering, kMaxShortTextBytes);
                break;
            case 2:
                ok = enumeration(name, c.status, 4, whitespaceStatusKey);
                break;
            case 3:
                ok = money(name, c.value);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("whitespace cell", {0, 1});
}

bool PlanReader::readCompetitor(Competitor& c) {
    static constexpr std::string_view kNames[] = {
        "id", "updated", "name", "strengths", "differentiation", "incumbent", "threat"};
    if (!object("competitor")) return false;
    Members m(*this, kNames, c.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, c.id);
                break;
            case 1:
                ok = timestamp(name, c.updated);
                break;
            case 2:
                ok = text(name, c.name, kMaxShortTextBytes);
                break;
            case 3:
                ok = text(name, c.strengths, kMaxLongTextBytes);
                break;
            case 4:
                ok = text(name, c.differentiation, kMaxLongTextBytes);
                break;
            case 5:
                ok = flag(name, c.incumbent);
                break;
            case 6:
                ok = enumeration(name, c.threat, 3, threatLevelKey);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("competitor", {0, 2});
}

bool PlanReader::readRisk(Risk& r) {
    static constexpr std::string_view kNames[] = {"id",         "updated", "title",
                                                  "likelihood", "impact",  "owner",
                                                  "mitigation", "status",  "dueDate"};
    if (!object("risk")) return false;
    Members m(*this, kNames, r.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, r.id);
                break;
            case 1:
                ok = timestamp(name, r.updated);
                break;
            case 2:
                ok = text(name, r.title, kMaxShortTextBytes);
                break;
            case 3:
                ok = whole(name, 1, 5, r.likelihood);
                break;
            case 4:
                ok = whole(name, 1, 5, r.impact);
                break;
            case 5:
                ok = text(name, r.owner, kMaxShortTextBytes);
                break;
            case 6:
                ok = text(name, r.mitigation, kMaxLongTextBytes);
                break;
            case 7:
                ok = enumeration(name, r.status, 3, riskStatusKey);
                break;
            case 8:
                ok = date(name, r.dueDate);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("risk", {0, 2});
}

bool PlanReader::readMetric(SuccessMetric& x) {
    static constexpr std::string_view kNames[] = {"id",       "updated",        "name",
                                                  "category", "unit",           "baseline",
                                                  "target",   "higherIsBetter", "history"};
    if (!object("metric")) return false;
    Members m(*this, kNames, x.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, x.id);
                break;
            case 1:
                ok = timestamp(name, x.updated);
                break;
            case 2:
                ok = text(name, x.name, kMaxShortTextBytes);
                break;
            case 3:
                ok = enumeration(name, x.category, 4, metricCategoryKey);
                break;
            case 4:
                ok = text(name, x.unit, kMaxShortTextBytes);
                break;
            case 5:
                ok = number(name, x.baseline);
                break;
            case 6:
                ok = number(name, x.target);
                break;
            case 7:
                ok = flag(name, x.higherIsBetter);
                break;
            case 8:
                ok = list(name, x.history, kMaxMetricReadings,
                          [&](MetricReading& r) { return readReading(r); });
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("metric", {0, 2});
}

bool PlanReader::readReading(MetricReading& r) {
    static constexpr std::string_view kNames[] = {"quarter", "value"};
    if (!object("metric reading")) return false;
    Members m(*this, kNames, r.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const bool ok = i == 0 ? quarter(kNames[i], r.quarter) : number(kNames[i], r.value);
        if (!ok) return fail(kNames[i]);
    }
    return m.finish("metric reading", {0, 1});
}

bool PlanReader::readHealth(HealthSignals& h) {
    static constexpr std::string_view kNames[] = {"adoptionPct",
                                                  "nps",
                                                  "csatPct",
                                                  "daysSinceExecutiveContact",
                                                  "openEscalations",
                                                  "renewalLikelihoodPct",
                                                  "decliningUsage",
                                                  "executiveTurnover",
                                                  "competitiveEvaluation",
                                                  "unansweredCommunications",
                                                  "updated"};
    if (!object("health")) return false;
    Members m(*this, kNames, h.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = optionalWhole(name, 0, 100, h.adoptionPct);
                break;
            case 1:
                ok = optionalWhole(name, -100, 100, h.nps);
                break;
            case 2:
                ok = optionalWhole(name, 0, 100, h.csatPct);
                break;
            case 3:
                ok = optionalWhole(name, 0, 100000, h.daysSinceExecutiveContact);
                break;
            case 4:
                ok = optionalWhole(name, 0, 100000, h.openEscalations);
                break;
            case 5:
                ok = optionalWhole(name, 0, 100, h.renewalLikelihoodPct);
                break;
            case 6:
                ok = flag(name, h.decliningUsage);
                break;
            case 7:
                ok = flag(name, h.executiveTurnover);
                break;
            case 8:
                ok = flag(name, h.competitiveEvaluation);
                break;
            case 9:
                ok = flag(name, h.unansweredCommunications);
                break;
            case 10:
                ok = timestamp(name, h.updated);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("health", {});
}

bool PlanReader::readTeamMember(TeamMember& t) {
    static constexpr std::string_view kNames[] = {"role", "name"};
    if (!object("team member")) return false;
    Members m(*this, kNames, t.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const bool ok = i == 0 ? enumeration(kNames[i], t.role, 5, ourRoleKey)
                               : text(kNames[i], t.name, kMaxShortTextBytes);
        if (!ok) return fail(kNames[i]);
    }
    return m.finish("team member", {1});
}

bool PlanReader::readStakeholder(Stakeholder& s) {
    // "role" (index 22) exists only in format version 0, where it replaced "roles".
    static constexpr std::string_view kNames[] = {"id",
                                                  "updated",
                                                  "name",
                                                  "title",
                                                  "department",
                                                  "businessUnit",
                                                  "seniority",
                                                  "email",
                                                  "phone",
                                                  "location",
                                                  "managerId",
                                                  "dottedLineManagerIds",
                                                  "roles",
                                                  "stance",
                                                  "influence",
                                                  "relationshipStrength",
                                                  "targetStrength",
                                                  "owner",
                                                  "lastContact",
                                                  "status",
                                                  "notes",
                                                  "tags",
                                                  "role"};
    if (!object("stakeholder")) return false;
    Members m(*this, kNames, s.unknown, m_version == 0 ? 23 : 22);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, s.id);
                break;
            case 1:
                ok = timestamp(name, s.updated);
                break;
            case 2:
                ok = text(name, s.name, kMaxShortTextBytes);
                break;
            case 3:
                ok = text(name, s.title, kMaxShortTextBytes);
                break;
            case 4:
                ok = text(name, s.department, kMaxShortTextBytes);
                break;
            case 5:
                ok = text(name, s.businessUnit, kMaxShortTextBytes);
                break;
            case 6:
                ok = enumeration(name, s.seniority, 5, seniorityKey);
                break;
            case 7:
                ok = text(name, s.email, kMaxShortTextBytes);
                break;
            case 8:
                ok = text(name, s.phone, kMaxShortTextBytes);
                break;
            case 9:
                ok = text(name, s.location, kMaxShortTextBytes);
                break;
            case 10:
                ok = optionalId(name, s.managerId);
                break;
            case 11:
                ok = idList(name, s.dottedLineManagerIds, kMaxSmallListItems);
                break;
            case 12:
                ok = m_version == 0
                         ? m_in.contentError(
                               "\"roles\" is not part of format version 0 (it has \"role\").")
                         : roles(name, s.roles);
                break;
            case 13:
                ok = enumeration(name, s.stance, 5, stanceKey);
                break;
            case 14:
                ok = whole(name, 1, 5, s.influence);
                break;
            case 15:
                ok = whole(name, 1, 5, s.relationshipStrength);
                break;
            case 16:
                ok = whole(name, 1, 5, s.targetStrength);
                break;
            case 17:
                ok = enumeration(name, s.owner, 5, ourRoleKey);
                break;
            case 18:
                ok = date(name, s.lastContact);
                break;
            case 19:
                ok = enumeration(name, s.status, 3, contactStatusKey);
                break;
            case 20:
                ok = text(name, s.notes, kMaxLongTextBytes);
                break;
            case 21:
                ok = textList(name, s.tags, kMaxSmallListItems, kMaxShortTextBytes);
                break;
            case 22:
                ok = singleRole(name, s.roles);
                break;  // v0 migration: one role -> role set
        }
        if (!ok) return fail(name);
    }
    return m.finish("stakeholder", {0, 2});
}

bool PlanReader::readInfluenceLine(InfluenceLine& l) {
    static constexpr std::string_view kNames[] = {"id",   "updated", "fromId",
                                                  "toId", "kind",    "strength"};
    if (!object("influence line")) return false;
    Members m(*this, kNames, l.unknown);
    for (int i; (i = m.next()) >= 0;) {
        const std::string_view name = kNames[i];
        bool ok = false;
        switch (i) {
            case 0:
                ok = id(name, l.id);
                break;
            case 1:
                ok = timestamp(name, l.updated);
                break;
            case 2:
                ok = id(name, l.fromId);
                break;
            case 3:
                ok = id(name, l.toId);
                break;
            case 4:
                ok = enumeration(name, l.kind, 3, influenceKindKey);
                break;
            case 5:
                ok = whole(name, 1, 5, l.strength);
                break;
        }
        if (!ok) return fail(name);
    }
    return m.finish("influence line", {0, 2, 3});
}

}  // namespace keystone::detail
