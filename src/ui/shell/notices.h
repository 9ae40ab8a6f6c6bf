// Short messages to the rep ("Imported Contoso", "This file is not a Keystone plan: …"),
// shown at the bottom of the window until dismissed or timed out.
#pragma once

#include <string>

namespace keystone::ui {

enum class NoticeKind { Info, Success, Error };

struct NoticesState;  // ui/shell/view_state.h: the notices showing

// `text` is in the rep's words; `details` (optional) is the technical detail a colleague or
// support may ask for, shown only behind the notice's "Details" button.
void postNotice(NoticesState& notices, NoticeKind kind, std::string text, std::string details = {});
void drawNotices(NoticesState& notices, double nowMs);
// When the next notice times out (the frame that removes it); -1 when none will.
double nextNoticeExpiryMs(const NoticesState& notices);
// Text of the newest notice, for tests; empty when none is showing.
const std::string& latestNotice(const NoticesState& notices);

}  // namespace keystone::ui
