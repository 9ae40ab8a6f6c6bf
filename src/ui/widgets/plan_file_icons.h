// Font Awesome 4.7 glyphs used by the plan-file dialogs (export, passphrase). Kept here
// rather than in icons.h so those dialogs stay self-contained.
#pragma once

#define ICON_LOCK "\xef\x80\xa3"      // f023
#define ICON_UNLOCK "\xef\x82\x9c"    // f09c
#define ICON_ENVELOPE "\xef\x83\xa0"  // f0e0
