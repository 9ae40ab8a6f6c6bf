// What the top bar shows about saving, filled in by the app's autosave.
#pragma once

#include <string>

namespace keystone::ui {

struct SaveStatus {
    enum class State { Saved, Saving, Failed };
    State state = State::Saved;
    std::string detail;       // tooltip: where the data is, or why saving failed
    bool persistent = false;  // the browser promised not to evict our storage
};

}  // namespace keystone::ui
