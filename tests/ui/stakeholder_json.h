// A person in a plan's "stakeholders" array, as UiHarness::plan() gives it, by id or by name;
// null when there is none. Shared by the org-chart tests.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace keystone::test {

inline nlohmann::json personWithId(const nlohmann::json& people, const nlohmann::json& id) {
    for (const nlohmann::json& person : people)
        if (person.at("id") == id) return person;
    return nullptr;
}

inline nlohmann::json personNamed(const nlohmann::json& people, const std::string& name) {
    for (const nlohmann::json& person : people)
        if (person.at("name") == name) return person;
    return nullptr;
}

}  // namespace keystone::test
