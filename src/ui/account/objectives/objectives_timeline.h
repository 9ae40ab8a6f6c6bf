#pragma once

#include <string>

#include "core/model/account.h"

namespace keystone::ui {

// The compact 18-month timeline of actions: one lane per objective, a marker per action at
// its due date (overdue red, done green, business reviews as diamonds), today as a line.
// Clicking a lane selects its objective.
void drawActionTimeline(const Account& account, const std::string& today,
                        std::string& selectedObjectiveId);

}  // namespace keystone::ui
