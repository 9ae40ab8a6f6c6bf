# Dear ImGui's imgui_draw.cpp with two changes:
# - a hook: every string ImFont::RenderText draws is handed to GImFontTextDrawnHook (when set),
#   so the app can tell which characters were drawn with the fallback glyph
#   (window.keystone.ui.missingGlyphs(), src/ui/widgets/glyph_atlas.cpp);
# - word wrap never breaks a number at its separators: ImGui allows a break after any '.' or
#   ',', which split "$15,000" into "$15," and "000" at the end of a wrapped line.
# The copy is generated at configure time and only rewritten when it changes, so the
# Debian source package stays untouched and rebuilds stay incremental.
# Sets IMGUI_DRAW_WITH_TEXT_HOOK to the generated file.
set(_imgui_draw_source ${IMGUI_DIR}/imgui_draw.cpp)
file(READ ${_imgui_draw_source} _imgui_draw)
set(_signature "void ImFont::RenderText(ImDrawList* draw_list, float size, ImVec2 pos, ImU32 col, const ImVec4& clip_rect, const char* text_begin, const char* text_end, float wrap_width, bool cpu_fine_clip) const\n{")
set(_below_clip "    if (y > clip_rect.w)\n        return;\n\n    const float scale = size / FontSize;")
string(FIND "${_imgui_draw}" "${_signature}" _at_signature)
string(FIND "${_imgui_draw}" "${_below_clip}" _at_clip)
set(_wrap_rule "            inside_word = (c != '.' && c != ',' && c != ';' && c != '!' && c != '?' && c != '\\\"');")
string(FIND "${_imgui_draw}" "${_wrap_rule}" _at_wrap_rule)
if(_at_signature EQUAL -1 OR _at_clip EQUAL -1 OR _at_wrap_rule EQUAL -1)
  message(FATAL_ERROR "cmake/imgui_text_hook.cmake: ImFont::RenderText in ${_imgui_draw_source} "
                      "is not the Dear ImGui 1.86 code these changes were written for.")
endif()
string(REPLACE "${_signature}"
       "void (*GImFontTextDrawnHook)(const ImFont* font, const char* text_begin, const char* text_end) = NULL;\n\n${_signature}"
       _imgui_draw "${_imgui_draw}")
string(REPLACE "${_below_clip}"
       "    if (y > clip_rect.w)\n        return;\n    if (GImFontTextDrawnHook)\n        GImFontTextDrawnHook(this, text_begin, text_end);\n\n    const float scale = size / FontSize;"
       _imgui_draw "${_imgui_draw}")
string(REPLACE "${_wrap_rule}"
       "${_wrap_rule}\n            if ((c == '.' || c == ',') && next_s < text_end && *next_s >= '0' && *next_s <= '9')\n                inside_word = true;  // Keystone: \"$15,000\", \"2.5\" stay whole"
       _imgui_draw "${_imgui_draw}")
set(IMGUI_DRAW_WITH_TEXT_HOOK ${CMAKE_BINARY_DIR}/imgui_text_hook/imgui_draw.cpp)
file(WRITE ${CMAKE_BINARY_DIR}/imgui_text_hook/imgui_draw.cpp.new "${_imgui_draw}")
configure_file(${CMAKE_BINARY_DIR}/imgui_text_hook/imgui_draw.cpp.new ${IMGUI_DRAW_WITH_TEXT_HOOK} COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_imgui_draw_source})
