// Edits of an account plan driven by fuzz bytes, for the merge fuzzer: the kinds of change a
// rep makes in the app (titles, managers, people added and deleted with their links, risks,
// actions, cells, readings, team, scenarios, goals, stamps), each one keeping the plan valid
// by construction, and each one recording which entities it touched, so the fuzzer knows
// when two copies were edited apart (no entity in common) and a merge must not conflict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/model/account.h"
#include "core/model/ids.h"

namespace keystone::fuzz {

// The fuzz input read front to back; once it runs out every read is 0.
class FuzzBytes {
public:
    explicit FuzzBytes(std::string_view bytes) : m_bytes(bytes) {}
    bool empty() const { return m_at >= m_bytes.size(); }
    std::uint8_t byte() { return empty() ? 0 : static_cast<std::uint8_t>(m_bytes[m_at++]); }
    // 0..n-1 (0 when n == 0); two bytes when n is larger than one byte can pick.
    std::size_t below(std::size_t n) {
        if (n == 0) return 0;
        std::size_t value = byte();
        if (n > 256) value = value << 8 | byte();
        return value % n;
    }
    std::size_t position() const { return m_at; }
    void rewind(std::size_t position) { m_at = position; }

private:
    std::string_view m_bytes;
    std::size_t m_at = 0;
};

// One copy of the plan as it is edited, and what its edits touched.
struct EditedCopy {
    Account plan;
    std::set<std::string> touched;  // "risk:<id>", "person:<id>", "account:name", ...
    bool setManager = false;        // pointed someone at an existing person as their manager
};

class PlanEditor {
public:
    PlanEditor(FuzzBytes& bytes, IdGenerator& ids) : m_bytes(bytes), m_ids(ids) {}

    // Reads one edit from the bytes and applies it to `copy` (or does nothing when it does
    // not apply, say deleting a risk from a plan without risks).
    void edit(EditedCopy& copy);

private:
    std::string stamp();
    std::string text();
    template <class T>
    T& any(std::vector<T>& list) {
        return list[m_bytes.below(list.size())];
    }
    template <class T>
    void insertAnywhere(std::vector<T>& list, T item) {
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(m_bytes.below(list.size() + 1)),
                    std::move(item));
    }

    void editPerson(EditedCopy& copy);
    void setManager(EditedCopy& copy);
    void deletePerson(EditedCopy& copy);
    void addPerson(EditedCopy& copy);
    void editInfluenceLines(EditedCopy& copy);
    void editRisks(EditedCopy& copy);
    void editObjectives(EditedCopy& copy);
    void editAccount(EditedCopy& copy);
    void editWhitespace(EditedCopy& copy);
    void editMetrics(EditedCopy& copy);
    void editTeam(EditedCopy& copy);
    void editOpportunities(EditedCopy& copy);
    void editPricingScenarios(EditedCopy& copy);
    void editGoals(EditedCopy& copy);
    void editCompetitors(EditedCopy& copy);

    FuzzBytes& m_bytes;
    IdGenerator& m_ids;
};

}  // namespace keystone::fuzz
