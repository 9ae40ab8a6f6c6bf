// writePlan(): the model straight to JSON text, members in struct order, unknown members
// after the known ones in the order they were read. No DOM, one reserved buffer.
#include <nlohmann/json.hpp>

#include "core/plan_format/json_writer.h"
#include "core/plan_format/plan_format.h"

namespace keystone {
namespace {

class PlanWriter {
public:
    PlanWriter(std::string& out, bool pretty) : m_w(out, pretty) {}

    void document(const PlanDocument& doc) {
        m_w.beginObject();
        m_w.key("format");
        m_w.string(kPlanFormatName);
        m_w.key("version");
        m_w.integer(kPlanFormatVersion);
        m_w.key("account");
        account(doc.account);
        // The catalog the scenarios were priced with travels with them (see plan_format.h).
        const TierCatalog* catalog = doc.account.pricingCatalog ? &*doc.account.pricingCatalog
                                     : doc.catalog && !doc.account.pricingScenarios.empty()
                                         ? &*doc.catalog
                                         : nullptr;
        if (catalog) {
            m_w.key("catalog");
            m_w.raw(catalogToJson(*catalog).dump());
        }
        unknown(doc.unknown);
        m_w.endObject();
    }

private:
    void text(std::string_view name, const std::string& value) { m_w.key(name), m_w.string(value); }
    void integer(std::string_view name, std::int64_t value) { m_w.key(name), m_w.integer(value); }
    void number(std::string_view name, double value) { m_w.key(name), m_w.number(value); }
    void flag(std::string_view name, bool value) { m_w.key(name), m_w.boolean(value); }
    void key(std::string_view name, std::string_view enumKey) {
        m_w.key(name), m_w.string(enumKey);
    }

    void texts(std::string_view name, const std::vector<std::string>& values) {
        m_w.key(name);
        m_w.beginArray();
        for (const auto& value : values) m_w.string(value);
        m_w.endArray();
    }

    template <class T, class F>
    void list(std::string_view name, const std::vector<T>& items, F writeItem) {
        m_w.key(name);
        m_w.beginArray();
        for (const auto& item : items) writeItem(item);
        m_w.endArray();
    }

    void unknown(const UnknownFields& fields) {
        for (const auto& field : fields) {
            m_w.escapedKey(field.key);
            m_w.raw(field.json);
        }
    }

    void account(const Account& a) {
        m_w.beginObject();
        text("id", a.id);
        text("updated", a.updated);
        text("name", a.name);
        text("industry", a.industry);
        text("currency", a.currency);
        integer("currentArr", a.currentArr);
        if (a.priorYearArr) integer("priorYearArr", *a.priorYearArr);
        text("renewalDate", a.renewalDate);
        integer("fiscalYearStartMonth", a.fiscalYearStartMonth);
        text("budgetCycle", a.budgetCycle);
        flag("archived", a.archived);
        m_w.key("qualification");
        qualification(a.qualification);
        m_w.key("summary");
        summary(a.summary);
        list("objectives", a.objectives, [&](const Objective& o) { objective(o); });
        list("opportunities", a.opportunities, [&](const Opportunity& o) { opportunity(o); });
        // Only when there are some, so plans without pricing keep their bytes.
        if (!a.pricingScenarios.empty())
            list("pricingScenarios", a.pricingScenarios,
                 [&](const PricingScenario& s) { pricingScenario(s); });
        m_w.key("whitespace");
        whitespace(a.whitespace);
        list("competitors", a.competitors, [&](const Competitor& c) { competitor(c); });
        list("risks", a.risks, [&](const Risk& r) { risk(r); });
        list("metrics", a.metrics, [&](const SuccessMetric& x) { metric(x); });
        m_w.key("health");
        health(a.health);
        list("team", a.team, [&](const TeamMember& t) {
            m_w.beginObject();
            key("role", ourRoleKey(t.role));
            text("name", t.name);
            unknown(t.unknown);
            m_w.endObject();
        });
        list("stakeholders", a.stakeholders, [&](const Stakeholder& s) { stakeholder(s); });
        list("influenceLines", a.influenceLines, [&](const InfluenceLine& l) { influenceLine(l); });
        unknown(a.unknown);
        m_w.endObject();
    }

    void qualification(const QualificationProfile& q) {
        m_w.beginObject();
        integer("employees", q.employees);
        integer("annualRevenue", q.annualRevenue);
        text("hqCountry", q.hqCountry);
        integer("potentialAcv", q.potentialAcv);
        integer("departmentsOrGeographies", q.departmentsOrGeographies);
        key("referenceValue", referenceValueKey(q.referenceValue));
        integer("integrationsNeeded", q.integrationsNeeded);
        texts("complianceNeeds", q.complianceNeeds);
        integer("potentialUsers", q.potentialUsers);
        unknown(q.unknown);
        m_w.endObject();
    }

    void summary(const ExecutiveSummary& s) {
        m_w.beginObject();
        text("business", s.business);
        text("partnership", s.partnership);
        list("goals", s.goals, [&](const StrategicGoal& g) {
            m_w.beginObject();
            text("id", g.id);
            text("updated", g.updated);
            text("title", g.title);
            text("targetDate", g.targetDate);
            text("howWeHelp", g.howWeHelp);
            unknown(g.unknown);
            m_w.endObject();
        });
        unknown(s.unknown);
        m_w.endObject();
    }

    void objective(const Objective& o) {
        m_w.beginObject();
        text("id", o.id);
        text("updated", o.updated);
        text("title", o.title);
        text("description", o.description);
        text("targetDate", o.targetDate);
        key("status", workStatusKey(o.status));
        list("actions", o.actions, [&](const PlanAction& a) {
            m_w.beginObject();
            text("id", a.id);
            text("updated", a.updated);
            text("title", a.title);
            key("kind", actionKindKey(a.kind));
            text("owner", a.owner);
            text("dueDate", a.dueDate);
            key("status", workStatusKey(a.status));
            unknown(a.unknown);
            m_w.endObject();
        });
        unknown(o.unknown);
        m_w.endObject();
    }

    void opportunity(const Opportunity& o) {
        m_w.beginObject();
        text("id", o.id);
        text("updated", o.updated);
        text("name", o.name);
        text("offering", o.offering);
        text("businessUnit", o.businessUnit);
        integer("amount", o.amount);
        text("closeDate", o.closeDate);
        key("stage", salesStageKey(o.stage));
        integer("probabilityPct", o.probabilityPct);
        text("nextStep", o.nextStep);
        texts("completedExitCriteria", o.completedExitCriteria);
        text("pricingScenarioId", o.pricingScenarioId);
        flag("amountOverridden", o.amountOverridden);
        unknown(o.unknown);
        m_w.endObject();
    }

    void dealLines(std::string_view name, const std::vector<DealLine>& lines) {
        list(name, lines, [&](const DealLine& l) {
            m_w.beginObject();
            text("label", l.label);
            integer("amount", l.amount);
            unknown(l.unknown);
            m_w.endObject();
        });
    }

    void pricingScenario(const PricingScenario& s) {
        const DealInput& d = s.deal;
        m_w.beginObject();
        text("id", s.id);
        text("updated", s.updated);
        text("name", s.name);
        m_w.key("seatsByYear");
        m_w.beginArray();
        for (int seats : d.seatsByYear) m_w.integer(seats);
        m_w.endArray();
        integer("annualUpliftBp", d.annualUpliftBp);
        integer("manualDiscountBp", d.manualDiscountBp);
        dealLines("recurringAddOns", d.recurringAddOns);
        dealLines("oneTimeFees", d.oneTimeFees);
        key("scheduleKind", d.scheduleKind ? discountKindKey(*d.scheduleKind) : std::string_view());
        flag("needsProfessionalServices", d.needsProfessionalServices);
        flag("needsCustomIntegrations", d.needsCustomIntegrations);
        flag("needsDedicatedCsm", d.needsDedicatedCsm);
        text("tierId", s.tierId);
        text("notes", s.notes);
        unknown(s.unknown);
        m_w.endObject();
    }

    void whitespace(const Whitespace& w) {
        m_w.beginObject();
        texts("businessUnits", w.businessUnits);
        texts("offerings", w.offerings);
        list("cells", w.cells, [&](const WhitespaceCell& c) {
            m_w.beginObject();
            text("businessUnit", c.businessUnit);
            text("offering", c.offering);
            key("status", whitespaceStatusKey(c.status));
            integer("value", c.value);
            unknown(c.unknown);
            m_w.endObject();
        });
        text("updated", w.updated);
        unknown(w.unknown);
        m_w.endObject();
    }

    void competitor(const Competitor& c) {
        m_w.beginObject();
        text("id", c.id);
        text("updated", c.updated);
        text("name", c.name);
        text("strengths", c.strengths);
        text("differentiation", c.differentiation);
        flag("incumbent", c.incumbent);
        key("threat", threatLevelKey(c.threat));
        unknown(c.unknown);
        m_w.endObject();
    }

    void risk(const Risk& r) {
        m_w.beginObject();
        text("id", r.id);
        text("updated", r.updated);
        text("title", r.title);
        integer("likelihood", r.likelihood);
        integer("impact", r.impact);
        text("owner", r.owner);
        text("mitigation", r.mitigation);
        key("status", riskStatusKey(r.status));
        text("dueDate", r.dueDate);
        unknown(r.unknown);
        m_w.endObject();
    }

    void metric(const SuccessMetric& x) {
        m_w.beginObject();
        text("id", x.id);
        text("updated", x.updated);
        text("name", x.name);
        key("category", metricCategoryKey(x.category));
        text("unit", x.unit);
        number("baseline", x.baseline);
        number("target", x.target);
        flag("higherIsBetter", x.higherIsBetter);
        list("history", x.history, [&](const MetricReading& r) {
            m_w.beginObject();
            text("quarter", r.quarter);
            number("value", r.value);
            unknown(r.unknown);
            m_w.endObject();
        });
        unknown(x.unknown);
        m_w.endObject();
    }

    void health(const HealthSignals& h) {
        m_w.beginObject();
        // A signal not entered is left out, which older builds also read (as their default).
        const auto signal = [&](std::string_view name, const std::optional<int>& value) {
            if (value) integer(name, value.value_or(0));
        };
        signal("adoptionPct", h.adoptionPct);
        signal("nps", h.nps);
        signal("csatPct", h.csatPct);
        signal("daysSinceExecutiveContact", h.daysSinceExecutiveContact);
        signal("openEscalations", h.openEscalations);
        signal("renewalLikelihoodPct", h.renewalLikelihoodPct);
        flag("decliningUsage", h.decliningUsage);
        flag("executiveTurnover", h.executiveTurnover);
        flag("competitiveEvaluation", h.competitiveEvaluation);
        flag("unansweredCommunications", h.unansweredCommunications);
        text("updated", h.updated);
        unknown(h.unknown);
        m_w.endObject();
    }

    void stakeholder(const Stakeholder& s) {
        m_w.beginObject();
        text("id", s.id);
        text("updated", s.updated);
        text("name", s.name);
        text("title", s.title);
        text("department", s.department);
        text("businessUnit", s.businessUnit);
        key("seniority", seniorityKey(s.seniority));
        text("email", s.email);
        text("phone", s.phone);
        text("location", s.location);
        text("managerId", s.managerId);
        texts("dottedLineManagerIds", s.dottedLineManagerIds);
        m_w.key("roles");
        m_w.beginArray();
        for (int i = 0; i < kBuyingRoleCount; ++i) {
            const BuyingRole role = buyingRoleAt(i);
            if (hasRole(s, role)) m_w.string(buyingRoleKey(role));
        }
        m_w.endArray();
        key("stance", stanceKey(s.stance));
        integer("influence", s.influence);
        integer("relationshipStrength", s.relationshipStrength);
        integer("targetStrength", s.targetStrength);
        key("owner", ourRoleKey(s.owner));
        text("lastContact", s.lastContact);
        key("status", contactStatusKey(s.status));
        text("notes", s.notes);
        texts("tags", s.tags);
        unknown(s.unknown);
        m_w.endObject();
    }

    void influenceLine(const InfluenceLine& l) {
        m_w.beginObject();
        text("id", l.id);
        text("updated", l.updated);
        text("fromId", l.fromId);
        text("toId", l.toId);
        key("kind", influenceKindKey(l.kind));
        integer("strength", l.strength);
        unknown(l.unknown);
        m_w.endObject();
    }

    JsonWriter m_w;
};

// A generous guess of the output size so the buffer grows once or not at all.
std::size_t estimateSize(const PlanDocument& doc, bool pretty) {
    const Account& a = doc.account;
    std::size_t bytes =
        16384 + a.stakeholders.size() * 560 + a.influenceLines.size() * 190 +
        (a.objectives.size() + a.opportunities.size() + a.risks.size() + a.metrics.size()) * 600;
    for (const auto& s : a.stakeholders) bytes += s.notes.size();
    return pretty ? bytes * 3 / 2 : bytes;
}

}  // namespace

void writePlan(const PlanDocument& plan, std::string& out, PlanStyle style) {
    const bool pretty = style == PlanStyle::Pretty;
    out.reserve(out.size() + estimateSize(plan, pretty));
    PlanWriter(out, pretty).document(plan);
    out.push_back('\n');
}

PlanDocument planDocumentOf(const Account& account) {
    PlanDocument document;
    document.account = account;
    document.unknown = account.documentUnknown;
    return document;
}

std::string writePlan(const PlanDocument& plan, PlanStyle style) {
    std::string out;
    writePlan(plan, out, style);
    return out;
}

std::optional<Error> checkPlan(const PlanDocument& plan) {
    auto result = readPlan(writePlan(plan, PlanStyle::Compact));
    if (result) return std::nullopt;
    return result.error();
}

}  // namespace keystone
