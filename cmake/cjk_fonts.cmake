# Chinese, Japanese and Korean glyphs for the web app: Noto Sans CJK (Debian's
# fonts-noto-cjk, SIL Open Font License) cut into ~100 small files by
# scripts/cut_cjk_fonts.py (hb-subset from libharfbuzz-bin, cmaps read with python3-fonttools).
# The site serves them from fonts/cjk/ and the app fetches only those a plan needs
# (src/ui/widgets/glyph_atlas.h), so the first visit is no heavier.
# Cutting takes a minute or two on a busy machine; the output stays in the build folder and
# is redone only when the font or the script changes. Sets CJK_FONTS_DIR.
find_file(NOTO_SANS_CJK NotoSansCJK-Regular.ttc PATHS /usr/share/fonts/opentype/noto REQUIRED
          NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
# Debian's python3, which has fontTools (a python3 earlier on PATH may not).
find_program(DEBIAN_PYTHON3 python3 PATHS /usr/bin REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
find_program(HB_SUBSET hb-subset PATHS /usr/bin REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
set(CJK_FONTS_DIR ${CMAKE_BINARY_DIR}/cjk-fonts)
add_custom_command(
  OUTPUT ${CJK_FONTS_DIR}/manifest.json
  COMMAND ${DEBIAN_PYTHON3} ${CMAKE_SOURCE_DIR}/scripts/cut_cjk_fonts.py --font ${NOTO_SANS_CJK}
          --out ${CJK_FONTS_DIR}
  DEPENDS ${NOTO_SANS_CJK} ${CMAKE_SOURCE_DIR}/scripts/cut_cjk_fonts.py
  COMMENT "Cutting Noto Sans CJK into font files fetched on demand")
add_custom_target(cjk_fonts DEPENDS ${CJK_FONTS_DIR}/manifest.json)
