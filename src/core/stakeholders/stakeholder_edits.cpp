#include "core/stakeholders/stakeholder_edits.h"

#include "core/model/ids.h"

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace keystone {
namespace {

const Stakeholder* findPerson(const Account& account, const std::string& id) {
    for (const Stakeholder& person : account.stakeholders)
        if (person.id == id) return &person;
    return nullptr;
}

std::string displayName(const Stakeholder& person) {
    return person.name.empty() ? std::string("this person") : person.name;
}

// One person's reporting line before and after an edit; apply and revert replay these by id
// because undoing other edits may have moved people in the list.
struct ManagerChange {
    std::string personId;
    std::string managerBefore;
    std::string managerAfter;
    std::string updatedBefore;
    std::vector<std::string> dottedBefore;
    std::vector<std::string> dottedAfter;
};

void replayChanges(Account& account, const std::vector<ManagerChange>& changes, bool forward,
                   const std::string& now) {
    std::unordered_map<std::string, Stakeholder*> byId;
    byId.reserve(changes.size() * 2);
    std::unordered_set<std::string> wanted;
    for (const ManagerChange& change : changes) wanted.insert(change.personId);
    for (Stakeholder& person : account.stakeholders)
        if (wanted.count(person.id)) byId[person.id] = &person;
    for (const ManagerChange& change : changes) {
        auto found = byId.find(change.personId);
        if (found == byId.end()) continue;
        Stakeholder& person = *found->second;
        person.managerId = forward ? change.managerAfter : change.managerBefore;
        person.dottedLineManagerIds = forward ? change.dottedAfter : change.dottedBefore;
        person.updated = forward ? now : change.updatedBefore;
    }
}

ManagerChange changeFor(const Stakeholder& person, std::string managerAfter) {
    return ManagerChange{person.id,
                         person.managerId,
                         std::move(managerAfter),
                         person.updated,
                         person.dottedLineManagerIds,
                         person.dottedLineManagerIds};
}

Command managerChangesCommand(std::string description, const std::string& accountId,
                              std::vector<ManagerChange> changes, std::string now) {
    auto shared = std::make_shared<const std::vector<ManagerChange>>(std::move(changes));
    return Command{std::move(description),
                   {},
                   [=](Portfolio& p) {
                       if (Account* a = findAccount(p, accountId))
                           replayChanges(*a, *shared, true, now);
                   },
                   [=](Portfolio& p) {
                       if (Account* a = findAccount(p, accountId))
                           replayChanges(*a, *shared, false, now);
                   },
                   accountId};
}

template <class T>
void eraseIndices(std::vector<T>& items, const std::vector<std::pair<size_t, T>>& removed) {
    // `removed` is in ascending index order; erase from the back so indices stay valid.
    for (auto it = removed.rbegin(); it != removed.rend(); ++it)
        if (it->first < items.size() && items[it->first].id == it->second.id)
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(it->first));
}

template <class T>
void reinsertIndices(std::vector<T>& items, const std::vector<std::pair<size_t, T>>& removed) {
    for (const auto& [index, item] : removed)
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(index, items.size())),
                     item);
}

}  // namespace

Stakeholder newContact() {
    Stakeholder person;
    person.id = newId();
    person.name = "New contact";
    return person;
}

bool reportsUpTo(const Account& account, const std::string& candidateId,
                 const std::string& personId) {
    if (candidateId == personId) return true;
    std::unordered_map<std::string_view, std::string_view> managerOf;
    managerOf.reserve(account.stakeholders.size());
    for (const Stakeholder& person : account.stakeholders) managerOf[person.id] = person.managerId;
    std::string_view at = candidateId;
    for (size_t steps = 0; steps <= account.stakeholders.size(); ++steps) {
        auto found = managerOf.find(at);
        if (found == managerOf.end() || found->second.empty()) return false;
        at = found->second;
        if (at == personId) return true;
    }
    return false;  // a cycle in damaged data: not below the person
}

Result<Command> reparentStakeholders(const std::string& accountId,
                                     const std::vector<std::string>& personIds,
                                     const std::string& managerId, std::string now,
                                     const Portfolio& current) {
    const Account* account = findAccount(current, accountId);
    if (!account) return Result<Command>::failure("The account is no longer there.");
    const Stakeholder* manager = managerId.empty() ? nullptr : findPerson(*account, managerId);
    if (!managerId.empty() && !manager)
        return Result<Command>::failure("The new manager is no longer on the chart.");
    std::vector<ManagerChange> changes;
    for (const std::string& id : personIds) {
        const Stakeholder* person = findPerson(*account, id);
        if (!person) return Result<Command>::failure("That person is no longer on the chart.");
        if (manager && reportsUpTo(*account, managerId, id)) {
            if (managerId == id)
                return Result<Command>::failure(displayName(*person) +
                                                " cannot report to themselves.");
            return Result<Command>::failure(displayName(*person) + " cannot report to " +
                                            displayName(*manager) + ", who reports up to " +
                                            displayName(*person) + ".");
        }
        if (person->managerId == managerId) continue;
        changes.push_back(changeFor(*person, managerId));
    }
    const std::string what =
        manager ? "report to " + displayName(*manager) : std::string("have no manager");
    std::string description =
        changes.size() == 1
            ? "Make " + displayName(*findPerson(*account, changes[0].personId)) + " " + what
            : "Make " + std::to_string(changes.size()) + " people " + what;
    return Result<Command>::success(managerChangesCommand(std::move(description), accountId,
                                                          std::move(changes), std::move(now)));
}

Result<Command> reparentStakeholder(const std::string& accountId, const std::string& personId,
                                    const std::string& managerId, std::string now,
                                    const Portfolio& current) {
    return reparentStakeholders(accountId, {personId}, managerId, std::move(now), current);
}

Result<Command> addStakeholderNear(const std::string& accountId, const std::string& anchorId,
                                   NewPersonPlace place, Stakeholder person, std::string now,
                                   const Portfolio& current) {
    const Account* account = findAccount(current, accountId);
    if (!account) return Result<Command>::failure("The account is no longer there.");
    const Stakeholder* anchor = findPerson(*account, anchorId);
    if (!anchor) return Result<Command>::failure("That person is no longer on the chart.");
    if (person.id.empty() || findPerson(*account, person.id))
        return Result<Command>::failure("The new person needs an id of their own.");
    size_t anchorIndex = static_cast<size_t>(anchor - account->stakeholders.data());
    std::vector<ManagerChange> changes;
    switch (place) {
        case NewPersonPlace::ReportOf:
            person.managerId = anchor->id;
            break;
        case NewPersonPlace::PeerOf:
            person.managerId = anchor->managerId;
            break;
        case NewPersonPlace::ManagerOf:
            person.managerId = anchor->managerId;
            changes.push_back(changeFor(*anchor, person.id));
            break;
    }
    person.updated = now;
    const std::string verb = place == NewPersonPlace::ReportOf ? "a report to "
                             : place == NewPersonPlace::PeerOf ? "a peer of "
                                                               : "a manager above ";
    std::string description = "Add " + verb + displayName(*anchor);
    const std::string newId = person.id;
    auto reporting = std::make_shared<const std::vector<ManagerChange>>(std::move(changes));
    return Result<Command>::success(Command{
        std::move(description),
        {},
        [=](Portfolio& p) {
            Account* a = findAccount(p, accountId);
            if (!a) return;
            auto& people = a->stakeholders;
            people.insert(people.begin() +
                              static_cast<std::ptrdiff_t>(std::min(anchorIndex + 1, people.size())),
                          person);
            replayChanges(*a, *reporting, true, now);
        },
        [=](Portfolio& p) {
            Account* a = findAccount(p, accountId);
            if (!a) return;
            replayChanges(*a, *reporting, false, now);
            auto& people = a->stakeholders;
            people.erase(std::remove_if(people.begin(), people.end(),
                                        [&](const Stakeholder& s) { return s.id == newId; }),
                         people.end());
        },
        accountId});
}

Command removeStakeholders(const std::string& accountId, const std::vector<std::string>& personIds,
                           std::string now, const Portfolio& current) {
    using RemovedPeople = std::vector<std::pair<size_t, Stakeholder>>;
    using RemovedLines = std::vector<std::pair<size_t, InfluenceLine>>;
    RemovedPeople people;
    RemovedLines lines;
    std::vector<ManagerChange> changes;
    const Account* account = findAccount(current, accountId);
    if (account) {
        const std::unordered_set<std::string> leaving(personIds.begin(), personIds.end());
        std::unordered_map<std::string_view, const Stakeholder*> byId;
        for (const Stakeholder& person : account->stakeholders) byId[person.id] = &person;
        // Nearest manager above `id` who stays (bounded walk: damaged data may hold a cycle).
        auto stayingManager = [&](const Stakeholder& person) {
            std::string at = person.managerId;
            for (size_t steps = 0; !at.empty() && leaving.count(at) && steps <= byId.size();
                 ++steps) {
                auto found = byId.find(at);
                at = found == byId.end() ? std::string() : found->second->managerId;
            }
            return leaving.count(at) ? std::string() : at;
        };
        for (size_t i = 0; i < account->stakeholders.size(); ++i) {
            const Stakeholder& person = account->stakeholders[i];
            if (leaving.count(person.id)) {
                people.emplace_back(i, person);
                continue;
            }
            const bool managerLeaves = leaving.count(person.managerId) > 0;
            const bool dottedLeaves =
                std::any_of(person.dottedLineManagerIds.begin(), person.dottedLineManagerIds.end(),
                            [&](const std::string& id) { return leaving.count(id) > 0; });
            if (!managerLeaves && !dottedLeaves) continue;
            ManagerChange change =
                changeFor(person, managerLeaves ? stayingManager(person) : person.managerId);
            auto& dotted = change.dottedAfter;
            dotted.erase(
                std::remove_if(dotted.begin(), dotted.end(),
                               [&](const std::string& id) { return leaving.count(id) > 0; }),
                dotted.end());
            changes.push_back(std::move(change));
        }
        for (size_t i = 0; i < account->influenceLines.size(); ++i) {
            const InfluenceLine& line = account->influenceLines[i];
            if (leaving.count(line.fromId) || leaving.count(line.toId)) lines.emplace_back(i, line);
        }
    }
    std::string description = people.size() == 1
                                  ? "Remove " + displayName(people[0].second)
                                  : "Remove " + std::to_string(people.size()) + " people";
    auto removedPeople = std::make_shared<const RemovedPeople>(std::move(people));
    auto removedLines = std::make_shared<const RemovedLines>(std::move(lines));
    auto reporting = std::make_shared<const std::vector<ManagerChange>>(std::move(changes));
    return Command{std::move(description),
                   {},
                   [=](Portfolio& p) {
                       Account* a = findAccount(p, accountId);
                       if (!a) return;
                       replayChanges(*a, *reporting, true, now);
                       eraseIndices(a->influenceLines, *removedLines);
                       eraseIndices(a->stakeholders, *removedPeople);
                   },
                   [=](Portfolio& p) {
                       Account* a = findAccount(p, accountId);
                       if (!a) return;
                       reinsertIndices(a->stakeholders, *removedPeople);
                       reinsertIndices(a->influenceLines, *removedLines);
                       replayChanges(*a, *reporting, false, now);
                   },
                   accountId};
}

}  // namespace keystone
