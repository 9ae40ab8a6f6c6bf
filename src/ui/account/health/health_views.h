// The parts of the Health tab (health_tab.cpp lays them out): the editable signals and
// early-warning flags, and the command that changes one of them.
#pragma once

#include <imgui.h>

#include <string>
#include <utility>

#include "core/editing/workspace.h"
#include "core/health/health.h"

namespace keystone::ui {

// Sets one member of the account's health signals and stamps health.updated, so a merge
// of two copies knows which side last touched the signals. Undo restores both.
template <class T>
Command setHealthField(const std::string& accountId, T HealthSignals::*field, T value,
                       std::string description, std::string mergeKey, std::string now,
                       const Portfolio& current) {
    T oldValue{};
    std::string oldStamp;
    if (const Account* account = findAccount(current, accountId)) {
        oldValue = account->health.*field;
        oldStamp = account->health.updated;
    }
    auto assign = [=](Portfolio& p, const T& v, const std::string& stamp) {
        if (Account* a = findAccount(p, accountId)) {
            a->health.*field = v;
            a->health.updated = stamp;
        }
    };
    return Command{std::move(description), std::move(mergeKey),
                   [=](Portfolio& p) { assign(p, value, now); },
                   [=](Portfolio& p) { assign(p, oldValue, oldStamp); }, accountId};
}

ImVec4 healthBandColour(HealthBand band);

void drawHealthSignalInputs(Workspace& workspace, const Account& account,
                            const HealthConfig& config);
void drawHealthFlagInputs(Workspace& workspace, const Account& account, const HealthConfig& config);

}  // namespace keystone::ui
