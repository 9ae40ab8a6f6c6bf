// A small month calendar beside a date field: click a day to pick it. Typing stays the fast
// way (dateField); the calendar is for "which Tuesday is that".
#pragma once

#include <string>

#include "ui/shell/view_state.h"

namespace keystone::ui {

// A calendar button ("Pick <caption>" in the item registry) whose popup shows the month of
// `value` (or of `today` when empty). Returns true and sets `picked` ("YYYY-MM-DD") when the
// rep clicks a day.
bool datePickerButton(PlanFieldsState& fields, const std::string& caption, const std::string& value,
                      const std::string& today, std::string& picked);

}  // namespace keystone::ui
