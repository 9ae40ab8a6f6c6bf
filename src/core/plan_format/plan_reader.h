// Internal to the plan format: decodes a plan document straight from JSON bytes into the
// model (no DOM). plan_reader.cpp holds the field helpers and the document root,
// plan_read_entities.cpp one reader per struct, plan_checks.cpp the whole-plan checks
// (unique ids, references, reporting cycles) that run once everything is read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan_format/json_reader.h"
#include "core/plan_format/plan_format.h"

namespace keystone::detail {

// What a failing value is called in the message: "\"tags\"" or "Each item of \"tags\"".
struct Subject {
    Subject(std::string_view n) : name(n) {}  // NOLINT: implicit on purpose
    Subject(const char* n) : name(n) {}       // NOLINT
    Subject(std::string_view n, bool i) : name(n), item(i) {}
    std::string text() const;
    std::string_view name;
    bool item = false;
};
inline Subject itemOf(std::string_view name) { return Subject(name, true); }

class PlanReader;

// A found value for a message, shortened to about 40 bytes on a UTF-8 boundary; quote()
// adds double quotes (for texts).
std::string shown(std::string_view text);
std::string quote(std::string_view text);

// Walks the members of one object whose known member names are `names` (struct order, so
// the next expected name is tried first). Unknown members are copied into `unknown`;
// duplicates are rejected.
class Members {
public:
    template <std::size_t N>
    Members(PlanReader& reader, const std::string_view (&names)[N], UnknownFields& unknown,
            int count = N)
        : m_reader(reader), m_names(names), m_count(count), m_unknown(unknown) {
        static_assert(N <= 64, "member bit set");
    }
    int
    next();  // index of the next known member (positioned at its value); -1 at the end or on error
    bool has(int index) const { return (m_seen >> index) & 1u; }
    // After the loop: false on error, or when a required member is missing.
    bool finish(std::string_view entity, std::initializer_list<int> required);

private:
    PlanReader& m_reader;
    const std::string_view* m_names;
    int m_count;
    UnknownFields& m_unknown;
    std::uint64_t m_seen = 0;
    int m_hint = 0;
    bool m_first = true;
    KeySet m_unknownNames;
};

class PlanReader {
public:
    explicit PlanReader(std::string_view bytes);
    Result<PlanDocument> read();

    JsonReader& in() { return m_in; }
    int version() const { return m_version; }

    // ---- one reader per struct (plan_read_entities.cpp) -------------------------------
    bool readAccount(Account& a);
    bool readQualification(QualificationProfile& q);
    bool readSummary(ExecutiveSummary& s);
    bool readGoal(StrategicGoal& g);
    bool readObjective(Objective& o);
    bool readAction(PlanAction& a);
    bool readOpportunity(Opportunity& o);
    bool readPricingScenario(PricingScenario& s);
    bool readDealLine(DealLine& l);
    bool readCatalog(std::optional<TierCatalog>& out);  // the file root's "catalog"
    bool readWhitespace(Whitespace& w);
    bool readCell(WhitespaceCell& c);
    bool readCompetitor(Competitor& c);
    bool readRisk(Risk& r);
    bool readMetric(SuccessMetric& m);
    bool readReading(MetricReading& r);
    bool readHealth(HealthSignals& h);
    bool readTeamMember(TeamMember& t);
    bool readStakeholder(Stakeholder& s);
    bool readInfluenceLine(InfluenceLine& l);

    // ---- field helpers (plan_reader.cpp); each reads one value or records an error ----
    bool object(std::string_view entity);  // expects '{' and enters it
    bool text(Subject s, std::string& out, std::size_t maxBytes);
    bool date(Subject s, std::string& out);        // "" or YYYY-MM-DD
    bool timestamp(Subject s, std::string& out);   // "" or YYYY-MM-DDTHH:MM:SS[.f]Z
    bool id(Subject s, std::string& out);          // 32 lowercase hex digits
    bool optionalId(Subject s, std::string& out);  // "" or an id
    bool whole(Subject s, std::int64_t low, std::int64_t high, std::int64_t& out);
    bool money(Subject s, MinorUnits& out);  // whole minor units, 0..2^53-1
    bool number(Subject s, double& out);     // any finite number
    bool flag(Subject s, bool& out);
    bool currency(Subject s, std::string& out);  // "USD"
    bool country(Subject s, std::string& out);   // "" or "US"
    bool quarter(Subject s, std::string& out);   // "2026-Q3"
    bool textList(Subject s, std::vector<std::string>& out, std::size_t maxItems,
                  std::size_t maxBytes);
    bool idList(Subject s, std::vector<std::string>& out, std::size_t maxItems);
    bool roles(Subject s, BuyingRoles& out);       // array of keys (v1)
    bool singleRole(Subject s, BuyingRoles& out);  // one key or "" (v0)

    template <class T>
    bool whole(Subject s, std::int64_t low, std::int64_t high, T& out) {
        std::int64_t value = 0;
        if (!whole(s, low, high, value)) return false;
        out = static_cast<T>(value);
        return true;
    }

    // A whole number that may be absent: null (as JavaScript writers say "unknown") empties it.
    bool optionalWhole(Subject s, std::int64_t low, std::int64_t high, std::optional<int>& out) {
        if (m_in.peek() == JsonKind::Null) {
            out.reset();
            return m_in.readNull();
        }
        return whole(s, low, high, out.emplace());
    }

    // An enum written as its key; `keyOf` and `count` list the keys for the message.
    template <class E>
    bool enumeration(Subject s, E& out, int count, std::string_view (*keyOf)(E)) {
        if (!stringValue(s, "one of its listed keys", m_scratch)) return false;
        if (parseKey(m_scratch, out)) return true;
        std::string keys;
        for (int i = 0; i < count; ++i) {
            if (i) keys += ", ";
            keys += keyOf(static_cast<E>(i));
        }
        return badValue(s, "one of: " + keys, quote(m_scratch));
    }

    // A list of objects, each read by readItem; at most maxItems.
    template <class T, class F>
    bool list(Subject s, std::vector<T>& out, std::size_t maxItems, F readItem) {
        if (m_in.peek() != JsonKind::Array) return typeError(s, "a list");
        if (!m_in.beginArray()) return false;
        bool first = true;
        while (m_in.nextElement(first)) {
            if (out.size() >= maxItems) return tooMany(s, maxItems);
            out.emplace_back();
            if (!readItem(out.back())) {
                m_in.pushPath(out.size() - 1);
                return false;
            }
        }
        return !m_in.failed();
    }

    // Records `error` whose location is a JSON pointer relative to the value being read.
    bool failAt(const Error& error);

    bool fail(std::string_view memberName) {  // unwinding: adds the member to the pointer
        m_in.pushPath(memberName);
        return false;
    }
    bool typeError(Subject s, std::string_view expected);
    bool badValue(Subject s, const std::string& expected, const std::string& found);
    bool tooMany(Subject s, std::size_t maxItems);
    bool stringValue(Subject s, std::string_view expected, std::string& out);

private:
    bool readRoot(PlanDocument& doc);
    bool readVersion();

    JsonReader m_in;
    int m_version = kPlanFormatVersion;
    std::string m_scratch;     // enum keys and other short-lived texts
    std::string_view m_bytes;  // the whole file, to say what it is when it is not a plan
};

// Whole-plan checks after a successful read; empty when fine.
std::optional<Error> checkIdsAndReferences(const Account& account);

}  // namespace keystone::detail
