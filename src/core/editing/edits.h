// Commands for the common edit: set one field of the account or of one entity in one of
// its lists, stamping `updated` so a later merge knows which side changed it.
//
// Entities are found by stable id each time the command runs, never by pointer, because
// undoing a delete or importing a plan can move them in memory. A builder whose account or
// entity is not there returns a refused Command (nothing to apply, nothing to undo).
#pragma once

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/editing/command_history.h"

namespace keystone {

// `access` maps an Account to the field, e.g. [](Account& a) -> auto& { return a.summary.business;
// }
template <class T, class Access>
Command setAccountField(const std::string& accountId, Access access, T value,
                        std::string description, std::string mergeKey, std::string now,
                        const Portfolio& current) {
    const Account* account = findAccount(current, accountId);
    if (!account) return {};
    const T oldValue = access(const_cast<Account&>(*account));
    const std::string oldStamp = account->updated;
    auto assign = [=](Portfolio& p, const T& v, const std::string& stamp) {
        if (Account* a = findAccount(p, accountId)) {
            access(*a) = v;
            a->updated = stamp;
        }
    };
    return Command{std::move(description), std::move(mergeKey),
                   [=](Portfolio& p) { assign(p, value, now); },
                   [=](Portfolio& p) { assign(p, oldValue, oldStamp); }, accountId};
}

template <class Entity>
Entity* findEntity(std::vector<Entity>& list, const std::string& id) {
    for (Entity& entity : list)
        if (entity.id == id) return &entity;
    return nullptr;
}

// The list an edit works on: a member of the account (&Account::risks), or a function that
// reaches a nested list (&strategicGoals). Either way it is looked up afresh every time.
template <class Entity>
std::vector<Entity>& listIn(Account& account, std::vector<Entity> Account::*list) {
    return account.*list;
}
template <class Entity>
std::vector<Entity>& listIn(Account& account, std::vector<Entity>& (*list)(Account&)) {
    return list(account);
}
inline std::vector<StrategicGoal>& strategicGoals(Account& account) {
    return account.summary.goals;
}

template <class List>
using EntityOf = typename std::decay_t<decltype(listIn(std::declval<Account&>(),
                                                       std::declval<List>()))>::value_type;

// Sets `field` of the entity with `entityId` in the account's `list` (e.g. stakeholders).
template <class List, class Entity, class T>
Command setEntityField(const std::string& accountId, List list, const std::string& entityId,
                       T Entity::*field, T value, std::string description, std::string mergeKey,
                       std::string now, const Portfolio& current) {
    const Account* account = findAccount(current, accountId);
    const Entity* entity =
        account ? findEntity(listIn(const_cast<Account&>(*account), list), entityId) : nullptr;
    if (!entity) return {};
    const T oldValue = entity->*field;
    const std::string oldStamp = entity->updated;
    auto assign = [=](Portfolio& p, const T& v, const std::string& stamp) {
        if (Account* a = findAccount(p, accountId))
            if (Entity* e = findEntity(listIn(*a, list), entityId)) {
                e->*field = v;
                e->updated = stamp;
            }
    };
    return Command{std::move(description), std::move(mergeKey),
                   [=](Portfolio& p) { assign(p, value, now); },
                   [=](Portfolio& p) { assign(p, oldValue, oldStamp); }, accountId};
}

// Adds `entity` to the account's `list` at `position` (clamped; -1 = end).
template <class List, class Entity>
Command insertEntity(const std::string& accountId, List list, Entity entity, int position,
                     std::string description) {
    const std::string entityId = entity.id;
    return Command{std::move(description),
                   {},
                   [=](Portfolio& p) {
                       Account* a = findAccount(p, accountId);
                       if (!a) return;
                       auto& items = listIn(*a, list);
                       const size_t at =
                           position < 0 || static_cast<size_t>(position) > items.size()
                               ? items.size()
                               : static_cast<size_t>(position);
                       items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), entity);
                   },
                   [=](Portfolio& p) {
                       Account* a = findAccount(p, accountId);
                       if (!a) return;
                       auto& items = listIn(*a, list);
                       for (size_t i = 0; i < items.size(); ++i)
                           if (items[i].id == entityId) {
                               items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
                               return;
                           }
                   },
                   accountId};
}

// Removes the entity with `entityId`; undo puts it back where it was.
template <class List>
Command removeEntity(const std::string& accountId, List list, const std::string& entityId,
                     std::string description, const Portfolio& current) {
    EntityOf<List> removed{};
    int position = -1;
    if (const Account* account = findAccount(current, accountId)) {
        const auto& items = listIn(const_cast<Account&>(*account), list);
        for (size_t i = 0; i < items.size(); ++i)
            if (items[i].id == entityId) {
                removed = items[i];
                position = static_cast<int>(i);
            }
    }
    if (position < 0) return {};
    Command reinsert = insertEntity(accountId, list, removed, position, description);
    return Command{std::move(description), {}, reinsert.revert, reinsert.apply, accountId};
}

}  // namespace keystone
