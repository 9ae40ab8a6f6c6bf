// Short messages to the rep ("Imported Contoso", "This file is not a Keystone plan: …"),
// shown at the bottom of the window until dismissed or timed out.
#pragma once

#include <string>

namespace keystone::ui {

enum class NoticeKind { Info, Success, Error };

void postNotice(NoticeKind kind, std::string text);
void drawNotices(double nowMs);
// Text of the newest notice, for tests; empty when none is showing.
const std::string& latestNotice();

}  // namespace keystone::ui
