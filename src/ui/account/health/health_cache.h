// Account health for the panels. Health includes the stakeholder-coverage analysis, which is
// linear in the size of an account's map, so it is worked out once per change to the model
// (or to "today"), not every frame.
#pragma once

#include "core/editing/workspace.h"
#include "core/health/health.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// `cache` is the ViewState's; it is emptied whenever the workspace revision or "today" moves.
const HealthResult& cachedAccountHealth(HealthCache& cache, const Workspace& workspace,
                                        const Account& account);

}  // namespace keystone::ui
