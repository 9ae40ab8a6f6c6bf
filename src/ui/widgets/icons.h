// Font Awesome 4.7 glyphs (Debian's fonts-font-awesome), merged into the body fonts.
// Use as UTF-8 string literals: ImGui::Button(ICON_UNDO " Undo").
#pragma once

namespace keystone::ui {
// The icons the UI draws, and only those, as glyph ranges for the font atlas (each code point
// a range of one, then 0). Every one is rasterised at three text sizes; Font Awesome's whole
// range (737 code points) made the atlas four times larger, and every start, rebuild and
// texture upload slower. tests/structure/check_icons.py fails when src/ uses an icon that is
// not listed here (it would draw as "?").
inline constexpr unsigned short kIconGlyphRanges[] = {
    0xf002, 0xf002, 0xf005, 0xf005, 0xf007, 0xf007, 0xf00a, 0xf00a, 0xf00c, 0xf00c, 0xf00d, 0xf00d,
    0xf00e, 0xf00e, 0xf010, 0xf010, 0xf019, 0xf019, 0xf01e, 0xf01e, 0xf023, 0xf024, 0xf02b, 0xf02b,
    0xf02f, 0xf02f, 0xf03e, 0xf03e, 0xf042, 0xf042, 0xf053, 0xf054, 0xf061, 0xf063, 0xf067, 0xf067,
    0xf071, 0xf071, 0xf073, 0xf073, 0xf091, 0xf091, 0xf093, 0xf093, 0xf09c, 0xf09c, 0xf0b0, 0xf0b2,
    0xf0c0, 0xf0c0, 0xf0c5, 0xf0c5, 0xf0ce, 0xf0ce, 0xf0d7, 0xf0d7, 0xf0e0, 0xf0e0, 0xf0e2, 0xf0e2,
    0xf0e8, 0xf0e8, 0xf111, 0xf111, 0xf132, 0xf132, 0xf140, 0xf141, 0xf155, 0xf155, 0xf15b, 0xf15b,
    0xf185, 0xf187, 0xf1ad, 0xf1ad, 0xf1f8, 0xf1f8, 0xf200, 0xf201, 0xf21e, 0xf21e, 0};
}  // namespace keystone::ui

#define ICON_UNDO "\xef\x83\xa2"           // f0e2
#define ICON_REDO "\xef\x80\x9e"           // f01e
#define ICON_SUN "\xef\x86\x85"            // f185
#define ICON_MOON "\xef\x86\x86"           // f186
#define ICON_BUILDING "\xef\x86\xad"       // f1ad
#define ICON_USERS "\xef\x83\x80"          // f0c0
#define ICON_USER "\xef\x80\x87"           // f007
#define ICON_SITEMAP "\xef\x83\xa8"        // f0e8
#define ICON_BULLSEYE "\xef\x85\x80"       // f140
#define ICON_LINE_CHART "\xef\x88\x81"     // f201
#define ICON_WARNING "\xef\x81\xb1"        // f071
#define ICON_HEARTBEAT "\xef\x88\x9e"      // f21e
#define ICON_SEARCH "\xef\x80\x82"         // f002
#define ICON_PLUS "\xef\x81\xa7"           // f067
#define ICON_TRASH "\xef\x87\xb8"          // f1f8
#define ICON_COPY "\xef\x83\x85"           // f0c5
#define ICON_ARCHIVE "\xef\x86\x87"        // f187
#define ICON_DOWNLOAD "\xef\x80\x99"       // f019
#define ICON_UPLOAD "\xef\x82\x93"         // f093
#define ICON_CHECK "\xef\x80\x8c"          // f00c
#define ICON_FLAG "\xef\x80\xa4"           // f024
#define ICON_TROPHY "\xef\x82\x91"         // f091
#define ICON_DOLLAR "\xef\x85\x95"         // f155
#define ICON_CALENDAR "\xef\x81\xb3"       // f073
#define ICON_STAR "\xef\x80\x85"           // f005
#define ICON_CIRCLE "\xef\x84\x91"         // f111
#define ICON_BRIEFCASE "\xef\x82\xb1"      // f0b1
#define ICON_TH "\xef\x80\x8a"             // f00a
#define ICON_SHIELD "\xef\x84\xb2"         // f132
#define ICON_TAG "\xef\x80\xab"            // f02b
#define ICON_FILE "\xef\x85\x9b"           // f15b
#define ICON_PIE_CHART "\xef\x88\x80"      // f200
#define ICON_EXPAND "\xef\x82\xb2"         // f0b2 arrows-alt (fit to view)
#define ICON_SEARCH_PLUS "\xef\x80\x8e"    // f00e
#define ICON_SEARCH_MINUS "\xef\x80\x90"   // f010
#define ICON_FILTER "\xef\x82\xb0"         // f0b0
#define ICON_TABLE "\xef\x83\x8e"          // f0ce
#define ICON_IMAGE "\xef\x80\xbe"          // f03e picture-o
#define ICON_CHEVRON_LEFT "\xef\x81\x93"   // f053
#define ICON_CHEVRON_RIGHT "\xef\x81\x94"  // f054
#define ICON_PRINT "\xef\x80\xaf"          // f02f
#define ICON_CARET_DOWN "\xef\x83\x97"     // f0d7
