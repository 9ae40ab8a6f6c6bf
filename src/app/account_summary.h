// One account as window.keystone.accounts() reports it (automation_api.cpp), kept apart from
// the C entry points so the native tests can check it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/model/portfolio.h"

namespace keystone::app {

// {id, name, tier, score, health, healthBand, archived}; health and healthBand are null
// until a health signal is entered ("No health data yet").
nlohmann::json accountSummaryJson(const Portfolio& portfolio, const Account& account,
                                  const std::string& today);

}  // namespace keystone::app
