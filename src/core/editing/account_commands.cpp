#include "core/editing/account_commands.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

#include "core/editing/edits.h"
#include "core/model/calendar.h"

namespace keystone {
namespace {

// Same rule as scoring's matching: lower-case ASCII letters and digits, other ASCII dropped,
// non-ASCII kept, so a checkbox agrees with the score about "ISO 27001" vs "ISO27001".
std::string matchKey(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out.push_back(static_cast<char>(std::tolower(u)));
        else if (u >= 0x80)
            out.push_back(c);
    }
    return out;
}

void removeAccount(Portfolio& portfolio, const std::string& id) {
    auto& accounts = portfolio.accounts;
    for (size_t i = 0; i < accounts.size(); ++i) {
        if (accounts[i].id == id) {
            accounts.erase(accounts.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

void insertAccount(Portfolio& portfolio, const Account& account, int position) {
    auto& accounts = portfolio.accounts;
    if (findAccount(portfolio, account.id)) return;  // never two accounts with one id
    const size_t at = position < 0 || static_cast<size_t>(position) > accounts.size()
                          ? accounts.size()
                          : static_cast<size_t>(position);
    accounts.insert(accounts.begin() + static_cast<std::ptrdiff_t>(at), account);
}

// Gives each entity of a list a new id and remembers old -> new for references.
template <class Entity>
void renew(std::vector<Entity>& list, const std::function<std::string()>& makeId,
           std::map<std::string, std::string>* mapping = nullptr) {
    for (Entity& entity : list) {
        std::string fresh = makeId();
        if (mapping) (*mapping)[entity.id] = fresh;
        entity.id = std::move(fresh);
    }
}

void remap(std::string& reference, const std::map<std::string, std::string>& mapping) {
    const auto it = mapping.find(reference);
    if (it != mapping.end()) reference = it->second;
}

}  // namespace

Account makeNewAccount(const std::string& today, const std::string& now,
                       const std::function<std::string()>& makeId) {
    Account account;
    account.id = makeId();
    account.updated = now;
    account.name = "New account";
    account.health.updated = now;
    auto date = parseIsoDate(today);
    if (date.ok()) account.renewalDate = formatIsoDate(addDays(date.value(), 365));
    return account;
}

Account duplicateAccount(const Account& source, const std::string& now,
                         const std::function<std::string()>& makeId) {
    Account copy = source;
    copy.id = makeId();
    copy.updated = now;
    copy.name = source.name + " (copy)";
    copy.archived = false;
    renew(copy.summary.goals, makeId);
    renew(copy.objectives, makeId);
    for (Objective& objective : copy.objectives) renew(objective.actions, makeId);
    renew(copy.opportunities, makeId);
    std::map<std::string, std::string> scenarios;
    renew(copy.pricingScenarios, makeId, &scenarios);
    for (Opportunity& opportunity : copy.opportunities)
        remap(opportunity.pricingScenarioId, scenarios);
    renew(copy.competitors, makeId);
    renew(copy.risks, makeId);
    renew(copy.metrics, makeId);
    std::map<std::string, std::string> people;
    renew(copy.stakeholders, makeId, &people);
    for (Stakeholder& person : copy.stakeholders) {
        remap(person.managerId, people);
        for (std::string& dotted : person.dottedLineManagerIds) remap(dotted, people);
    }
    renew(copy.influenceLines, makeId);
    for (InfluenceLine& line : copy.influenceLines) {
        remap(line.fromId, people);
        remap(line.toId, people);
    }
    return copy;
}

int accountIndex(const Portfolio& portfolio, const std::string& accountId) {
    for (size_t i = 0; i < portfolio.accounts.size(); ++i)
        if (portfolio.accounts[i].id == accountId) return static_cast<int>(i);
    return -1;
}

Command addAccountCommand(Account account, int position, std::string description) {
    const std::string id = account.id;
    return Command{std::move(description),
                   {},
                   [account, position](Portfolio& p) { insertAccount(p, account, position); },
                   [id](Portfolio& p) { removeAccount(p, id); },
                   id};
}

Command deleteAccountCommand(const Portfolio& current, const std::string& accountId) {
    const int position = accountIndex(current, accountId);
    if (position < 0)
        return Command{"Delete account", {}, [](Portfolio&) {}, [](Portfolio&) {}, accountId};
    const Account removed = current.accounts[static_cast<size_t>(position)];
    return Command{"Delete " + removed.name,
                   {},
                   [accountId](Portfolio& p) { removeAccount(p, accountId); },
                   [removed, position](Portfolio& p) { insertAccount(p, removed, position); },
                   accountId};
}

Command setArchivedCommand(const Portfolio& current, const std::string& accountId, bool archived,
                           const std::string& now) {
    const Account* account = findAccount(current, accountId);
    const std::string name = account ? account->name : std::string("account");
    return setAccountField<bool>(
        accountId, [](Account& a) -> bool& { return a.archived; }, archived,
        (archived ? "Archive " : "Restore ") + name, {}, now, current);
}

Result<Command> frameworkEditCommand(const Portfolio& current, QualificationFramework edited,
                                     std::string description, std::string mergeKey,
                                     const std::string& now) {
    auto checked = validateFramework(std::move(edited));
    if (!checked.ok()) return Result<Command>::failure(checked.error());
    QualificationFramework next = std::move(checked).value();
    next.updated = now;
    QualificationFramework previous = current.qualification;
    return Result<Command>::success(
        Command{std::move(description), std::move(mergeKey),
                [next](Portfolio& p) { p.qualification = next; },
                [previous](Portfolio& p) { p.qualification = previous; }, ""});
}

Command decimalMarkCommand(const Portfolio& current, DecimalMark mark) {
    const DecimalMark previous = current.decimalMark;
    return Command{"Change number format",
                   {},
                   [mark](Portfolio& p) { p.decimalMark = mark; },
                   [previous](Portfolio& p) { p.decimalMark = previous; },
                   ""};
}

MinorUnits minorFromWholeUnits(std::int64_t units) {
    return std::clamp<std::int64_t>(units, 0, kMaxWholeMoneyUnits) * kMinorPerUnit;
}

std::int64_t wholeUnitsFromMinor(MinorUnits minor) { return roundHalfUp(minor, kMinorPerUnit); }

std::int64_t clampHeadCount(std::int64_t value) {
    return std::clamp<std::int64_t>(value, 0, kMaxHeadCount);
}

int clampCount(int value, int low) { return std::clamp(value, low, kMaxCount); }

std::vector<std::string> regulatedComplianceSet(const QualificationFramework& framework) {
    const Criterion* found = nullptr;
    for (const Criterion& c : framework.criteria) {
        if (c.attribute != QualificationAttribute::ComplianceNeeds ||
            c.comparison != Comparison::InSet || c.values.empty())
            continue;
        if (c.enabled) return c.values;
        if (!found) found = &c;
    }
    if (found) return found->values;
    for (const Criterion& c : defaultQualificationFramework().criteria)
        if (c.attribute == QualificationAttribute::ComplianceNeeds) return c.values;
    return {};
}

bool hasComplianceNeed(const std::vector<std::string>& needs, std::string_view need) {
    const std::string key = matchKey(need);
    if (key.empty()) return false;
    return std::any_of(needs.begin(), needs.end(),
                       [&](const std::string& n) { return matchKey(n) == key; });
}

std::vector<std::string> withComplianceNeed(std::vector<std::string> needs, const std::string& need,
                                            bool present) {
    const std::string key = matchKey(need);
    if (key.empty()) return needs;
    if (present) {
        if (!hasComplianceNeed(needs, need)) needs.push_back(need);
        return needs;
    }
    needs.erase(std::remove_if(needs.begin(), needs.end(),
                               [&](const std::string& n) { return matchKey(n) == key; }),
                needs.end());
    return needs;
}

}  // namespace keystone
