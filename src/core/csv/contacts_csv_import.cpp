// Reading every row of a contacts CSV into stakeholders, and resolving who reports to whom.
#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "core/csv/contacts_csv.h"
#include "core/csv/contacts_csv_reader.h"
#include "core/model/ids.h"
#include "core/plan_format/plan_format.h"

namespace keystone {
namespace {

using csvimport::nameKey;

struct PendingPerson {
    Stakeholder person;
    int line = 0;
    std::string externalId;   // the CRM's id of this row
    std::string managerId;    // the CRM's id of the manager
    std::string managerName;  // the manager's name (or id)
};

bool containsWord(std::string_view title, std::string_view word) {
    const std::size_t at = title.find(word);
    if (at == std::string_view::npos) return false;
    const bool startOk =
        at == 0 || title[at - 1] == ' ' || title[at - 1] == ',' || title[at - 1] == '-';
    const std::size_t end = at + word.size();
    const bool endOk =
        end == title.size() || title[end] == ' ' || title[end] == ',' || title[end] == '-';
    return startOk && endOk;
}

// A first guess from the title so coverage rules see executives; the rep can correct it.
Seniority seniorityFromTitle(const std::string& title) {
    const std::string t = nameKey(title);
    for (std::string_view w : {"chief", "ceo", "cfo", "coo", "cio", "cto", "cmo", "ciso", "cpo",
                               "president", "founder", "owner"})
        if (containsWord(t, w))
            return containsWord(t, "vice") ? Seniority::VicePresident : Seniority::CSuite;
    for (std::string_view w : {"vp", "svp", "evp", "vice", "avp"})
        if (containsWord(t, w)) return Seniority::VicePresident;
    for (std::string_view w : {"director", "head"})
        if (containsWord(t, w)) return Seniority::Director;
    for (std::string_view w : {"manager", "lead", "supervisor"})
        if (containsWord(t, w)) return Seniority::Manager;
    return Seniority::IndividualContributor;
}

std::string quoted(const std::string& text) { return "\u201C" + text + "\u201D"; }

std::string lineRange(int first, int last) {
    return first == last ? "line " + std::to_string(first)
                         : "lines " + std::to_string(first) + "\u2013" + std::to_string(last);
}

}  // namespace

struct ContactCsvParser::State {
    ContactColumnMapping mapping;
    const Account* account = nullptr;
    std::string now;
    std::unique_ptr<csvimport::ContactRecords> records;
    bool headerSeen = false;
    bool done = false;  // the end of the file, or a quote that never closes, was reached
    std::vector<PendingPerson> pending;
    ContactImport result;
    std::unordered_set<std::string> existingEmails;   // lowercased
    std::unordered_map<std::string, int> fileEmails;  // lowercased -> line
    std::size_t room = 0;                             // people the plan can still take
    int overCapFirst = 0, overCapCount = 0;
    IdGenerator ids;

    void problem(int line, std::string reason, bool skipped) {
        result.problems.push_back({line, std::move(reason), skipped});
    }

    void skip(int line, std::string reason) {
        ++result.skippedRows;
        problem(line, std::move(reason), true);
    }

    // False when the record cannot be a row of its own; it has then been reported.
    bool readable(const CsvRecord& record);
    void take(int line, std::vector<std::string>& cells);
};

bool ContactCsvParser::State::readable(const CsvRecord& record) {
    if (record.quoteNeverClosed) {
        done = true;
        skip(record.line,
             record.line == record.lastLine
                 ? "A quote is never closed, so this row could not be read (the file may have "
                   "been cut short) — check the file in your spreadsheet"
                 : "A quote is never closed, so this row and the rest of the file (" +
                       lineRange(record.line, record.lastLine) +
                       ") could not be read — check the file in your spreadsheet");
        return false;
    }
    // A quoted cell with text after its closing quote, or more cells than the header, across
    // several lines: a stray quote has swallowed line breaks and joined rows together.
    const bool joined = record.lastLine > record.line &&
                        (record.textAfterQuote || record.cells.size() > mapping.headers.size());
    if (joined) {
        skip(record.line, "A stray quote joins " + lineRange(record.line, record.lastLine) +
                              " into one row, so they were not imported — check the file in "
                              "your spreadsheet");
        return false;
    }
    return true;
}

void ContactCsvParser::State::take(int line, std::vector<std::string>& cells) {
    PendingPerson p;
    p.line = line;
    Stakeholder& s = p.person;
    std::string first, last, full, notes;
    auto set = [](std::string& to, std::string_view value) {
        if (to.empty()) to = std::string(value);
    };
    bool extra = false;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const bool isNotes = i < mapping.fields.size() && mapping.fields[i] == ContactField::Notes;
        cleanCellText(cells[i], isNotes);
        const std::string_view value = trimSpaces(cells[i]);
        if (i >= mapping.fields.size()) {
            extra = extra || !value.empty();
            continue;
        }
        switch (mapping.fields[i]) {
            case ContactField::Ignore:
                break;
            case ContactField::ExternalId:
                set(p.externalId, value);
                break;
            case ContactField::FirstName:
                set(first, value);
                break;
            case ContactField::LastName:
                set(last, value);
                break;
            case ContactField::FullName:
                set(full, value);
                break;
            case ContactField::Title:
                set(s.title, value);
                break;
            case ContactField::Department:
                set(s.department, value);
                break;
            case ContactField::BusinessUnit:
                set(s.businessUnit, value);
                break;
            case ContactField::Email:
                set(s.email, value);
                break;
            case ContactField::Phone:
                set(s.phone, value);
                break;
            case ContactField::Location:
                set(s.location, value);
                break;
            case ContactField::ManagerId:
                set(p.managerId, value);
                break;
            case ContactField::ManagerName:
                set(p.managerName, value);
                break;
            case ContactField::Notes:
                set(notes, value);
                break;
        }
    }
    s.name = !first.empty() && !last.empty() ? first + " " + last : !first.empty() ? first : last;
    if (s.name.empty()) s.name = full;
    if (s.name.empty())
        return skip(line,
                    "No name: the row has no first, last or full name, so it was not imported");
    const std::string email = nameKey(s.email);
    if (!email.empty() && existingEmails.count(email))
        return skip(line, s.name + " is already in the plan (same email " + s.email +
                              "); not imported again");
    if (!email.empty()) {
        const auto [it, added] = fileEmails.emplace(email, line);
        if (!added)
            return skip(line, "Same email as line " + std::to_string(it->second) + " (" + s.email +
                                  "); the repeat was not imported");
    }
    if (pending.size() >= room) {
        ++result.skippedRows;
        if (overCapCount++ == 0) overCapFirst = line;
        return;
    }
    if (extra)
        problem(line,
                "The row has more cells than the header has columns; the extra cells were ignored",
                false);
    std::string* shortTexts[] = {&s.name,  &s.title, &s.department, &s.businessUnit,
                                 &s.email, &s.phone, &s.location};
    static constexpr std::string_view kShortNames[] = {
        "Name", "Title", "Department", "Business unit", "Email", "Phone", "Location"};
    for (std::size_t k = 0; k < std::size(shortTexts); ++k)
        if (shortenUtf8(*shortTexts[k], kMaxShortTextBytes))
            problem(line,
                    std::string(kShortNames[k]) + " was longer than " +
                        std::to_string(kMaxShortTextBytes) + " characters and was shortened",
                    false);
    if (shortenUtf8(notes, kMaxLongTextBytes))
        problem(line,
                "Notes were longer than " + std::to_string(kMaxLongTextBytes) +
                    " characters and were shortened",
                false);
    s.notes = std::move(notes);
    shortenUtf8(p.externalId, kMaxShortTextBytes);
    s.id = ids.next();
    s.updated = now;
    s.seniority = seniorityFromTitle(s.title);
    pending.push_back(std::move(p));
}

ContactCsvParser::ContactCsvParser() : m(std::make_unique<State>()) {}
ContactCsvParser::~ContactCsvParser() = default;

void ContactCsvParser::start(std::string_view bytes, const CsvFormat& format,
                             ContactColumnMapping mapping, const Account& account,
                             std::string now) {
    m = std::make_unique<State>();
    const bool tooLarge = bytes.size() > kMaxPlanBytes;
    if (tooLarge)
        m->problem(0, "The file is larger than 128 MB; export fewer contacts at a time", true);
    m->mapping = std::move(mapping);
    m->mapping.fields.resize(m->mapping.headers.size(), ContactField::Ignore);
    m->account = &account;
    m->now = std::move(now);
    m->records =
        std::make_unique<csvimport::ContactRecords>(tooLarge ? std::string_view() : bytes, format);
    m->room = account.stakeholders.size() >= kMaxStakeholders
                  ? 0
                  : kMaxStakeholders - account.stakeholders.size();
    for (const Stakeholder& s : account.stakeholders)
        if (!trimSpaces(s.email).empty()) m->existingEmails.insert(nameKey(s.email));
}

bool ContactCsvParser::step(std::size_t budgetBytes) {
    if (!m->records || m->done) return true;
    const std::size_t stopAt = m->records->offset() + std::max<std::size_t>(budgetBytes, 1);
    CsvRecord record;
    while (!m->done && m->records->offset() < stopAt) {
        if (!m->records->next(record)) {
            m->done = true;
            break;
        }
        if (!m->headerSeen) {
            m->headerSeen = true;  // the header; the mapping already names its columns
            continue;
        }
        ++m->result.rowsRead;
        if (!m->readable(record)) continue;
        const std::size_t cells = record.cells.size(), before = m->pending.size();
        m->take(record.line, record.cells);
        if (!record.endsWithLineBreak && cells < m->mapping.headers.size() &&
            m->pending.size() > before)
            m->problem(record.line,
                       "The last row has fewer cells than the header, so the file may have been "
                       "cut short; imported with the cells it has",
                       false);
    }
    return m->done;
}

double ContactCsvParser::progress() const {
    if (!m->records) return 1.0;
    return m->done ? 1.0 : m->records->progress();
}

namespace {

struct NameHit {
    int count = 0;   // people with this name in the file and the plan together
    std::string id;  // the stakeholder id when count == 1
    int index = -1;  // index in the file's people, -1 when in the plan
};

}  // namespace

ContactImport ContactCsvParser::finish() {
    if (!m->account) return {};  // never started
    while (!step()) {
    }
    std::vector<PendingPerson>& pending = m->pending;
    const Account& account = *m->account;
    const int n = static_cast<int>(pending.size());

    std::unordered_map<std::string, int> byExternal;  // CRM id -> file index; -2 = repeated
    // A CRM export's "Reports To" names someone in the same export, so the file's people are
    // looked up first and the plan's only for names the file does not have.
    std::unordered_map<std::string, NameHit> byName, byPlanName;
    std::unordered_set<std::string> planIds;
    for (int i = 0; i < n; ++i) {
        const PendingPerson& p = pending[static_cast<std::size_t>(i)];
        if (!p.externalId.empty()) {
            const auto [it, added] = byExternal.emplace(p.externalId, i);
            if (!added) it->second = -2;
        }
        NameHit& hit = byName[nameKey(p.person.name)];
        ++hit.count;
        hit.id = p.person.id;
        hit.index = i;
    }
    for (const Stakeholder& s : account.stakeholders) {
        planIds.insert(s.id);
        NameHit& hit = byPlanName[nameKey(s.name)];
        ++hit.count;
        hit.id = s.id;
        hit.index = -1;
    }

    std::vector<int> parent(static_cast<std::size_t>(n), -1);  // within the file
    for (int i = 0; i < n; ++i) {
        PendingPerson& p = pending[static_cast<std::size_t>(i)];
        std::string reason;
        auto byId = [&](const std::string& ref) -> bool {
            const auto it = byExternal.find(ref);
            if (it != byExternal.end() && it->second >= 0) {
                parent[static_cast<std::size_t>(i)] = it->second;
                p.person.managerId = pending[static_cast<std::size_t>(it->second)].person.id;
                return true;
            }
            if (it != byExternal.end()) {
                reason = "Reports-to id " + quoted(ref) +
                         " belongs to more than one row; imported without a manager";
                return false;
            }
            if (planIds.count(ref)) {
                p.person.managerId = ref;
                return true;
            }
            return false;
        };
        bool found = false;
        if (!p.managerId.empty()) {
            found = byId(p.managerId);
            if (!found && reason.empty())
                reason = "Reports-to id " + quoted(p.managerId) +
                         " is not in this file or the plan; imported without a manager";
        }
        if (!found && !p.managerName.empty()) {
            const std::string idReason = reason;
            found = byId(p.managerName);
            if (!found) {
                const std::string key = nameKey(p.managerName);
                auto it = byName.find(key);
                if (it == byName.end()) {
                    it = byPlanName.find(key);
                    if (it == byPlanName.end()) it = byName.end();
                }
                if (it == byName.end()) {
                    reason = "Manager " + quoted(p.managerName) +
                             " is not in this file or the plan; imported without a manager";
                } else if (it->second.count > 1) {
                    reason =
                        "Manager " + quoted(p.managerName) + " matches " +
                        std::to_string(it->second.count) +
                        " people with that name; imported without a manager, set it on the chart";
                } else {
                    found = true;
                    reason.clear();
                    p.person.managerId = it->second.id;
                    parent[static_cast<std::size_t>(i)] = it->second.index;
                }
            }
            if (!found && !idReason.empty() && reason.empty()) reason = idReason;
        }
        if (found && p.person.managerId == p.person.id) {
            found = false;
            reason = p.person.name + " is listed as their own manager; imported without a manager";
        }
        if (!found) {
            p.person.managerId.clear();
            parent[static_cast<std::size_t>(i)] = -1;
            if (!reason.empty()) m->problem(p.line, std::move(reason), false);
        }
    }

    // Reporting lines inside the file may loop (A reports to B, B to A): cut one link per loop.
    std::vector<unsigned char> colour(static_cast<std::size_t>(n), 0);  // 0 new, 1 on path, 2 done
    std::vector<int> path;
    for (int i = 0; i < n; ++i) {
        path.clear();
        int j = i;
        while (j >= 0 && colour[static_cast<std::size_t>(j)] == 0) {
            colour[static_cast<std::size_t>(j)] = 1;
            path.push_back(j);
            j = parent[static_cast<std::size_t>(j)];
        }
        if (j >= 0 && colour[static_cast<std::size_t>(j)] == 1) {
            PendingPerson& cut = pending[static_cast<std::size_t>(j)];
            m->problem(cut.line,
                       "Reporting lines in the file go round in a circle back to " +
                           cut.person.name + "; imported without a manager",
                       false);
            cut.person.managerId.clear();
            parent[static_cast<std::size_t>(j)] = -1;
        }
        for (int k : path) colour[static_cast<std::size_t>(k)] = 2;
    }

    ContactImport& result = m->result;
    if (m->overCapCount > 0)
        m->problem(m->overCapFirst,
                   "The plan can hold at most " + std::to_string(kMaxStakeholders) +
                       " people: this row and " + std::to_string(m->overCapCount - 1) +
                       " more were not imported",
                   true);
    result.people.reserve(pending.size());
    for (PendingPerson& p : pending) {
        result.lines.push_back(p.line);
        result.people.push_back(std::move(p.person));
    }
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const ContactRowProblem& a, const ContactRowProblem& b) { return a.line < b.line; });
    int lastLine = -1;
    for (const ContactRowProblem& problem : result.problems) {
        if (problem.line > 0 && problem.line != lastLine) ++result.rowsWithProblems;
        lastLine = problem.line;
    }
    return std::move(m->result);
}

ContactImport parseContacts(std::string_view bytes, const CsvFormat& format,
                            const ContactColumnMapping& mapping, const Account& account,
                            const std::string& now, const std::function<void(double)>& progress) {
    ContactCsvParser parser;
    parser.start(bytes, format, mapping, account, now);
    while (!parser.step())
        if (progress) progress(parser.progress());
    if (progress) progress(1.0);
    return parser.finish();
}

Command importContactsCommand(const std::string& accountId, std::vector<Stakeholder> people) {
    const std::size_t count = people.size();
    std::string description =
        "Import " + std::to_string(count) + (count == 1 ? " contact" : " contacts");
    auto added = std::make_shared<const std::vector<Stakeholder>>(std::move(people));
    auto ids = std::make_shared<std::unordered_set<std::string>>();
    for (const Stakeholder& s : *added) ids->insert(s.id);
    return Command{
        std::move(description),
        {},
        [added, accountId](Portfolio& p) {
            if (Account* a = findAccount(p, accountId)) {
                a->stakeholders.insert(a->stakeholders.end(), added->begin(), added->end());
            }
        },
        [ids, accountId](Portfolio& p) {
            if (Account* a = findAccount(p, accountId)) {
                auto& list = a->stakeholders;
                list.erase(
                    std::remove_if(list.begin(), list.end(),
                                   [&](const Stakeholder& s) { return ids->count(s.id) > 0; }),
                    list.end());
            }
        },
        accountId};
}

}  // namespace keystone
