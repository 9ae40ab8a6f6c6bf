# The browser app: keystone.js + keystone.wasm, plus web/ files copied beside them.
set(KEYSTONE_THIRD_PARTY "${CMAKE_SOURCE_DIR}/build/third_party" CACHE PATH "SDL2 + ImGui sources")
set(IMGUI_DIR ${KEYSTONE_THIRD_PARTY}/imgui)
set(SDL2_PREFIX ${KEYSTONE_THIRD_PARTY}/sdl2-install)

# wasm exceptions: a malformed import must be a caught error, not an aborted module.
set(KEYSTONE_WASM_FLAGS -fwasm-exceptions)
target_compile_options(keystone_core PRIVATE ${KEYSTONE_WASM_FLAGS})

include(cmake/imgui_text_hook.cmake)
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DRAW_WITH_TEXT_HOOK} ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl.cpp)  # drawing: src/app/gl_renderer.h
target_include_directories(imgui PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp
                                        ${SDL2_PREFIX}/include/SDL2)
# Item hooks let the app report every widget's label and rectangle (window.keystone.ui).
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_options(imgui PRIVATE ${KEYSTONE_WASM_FLAGS})

include(cmake/ui_fonts.cmake)

file(GLOB_RECURSE KEYSTONE_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
file(GLOB KEYSTONE_APP_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/app/*.cpp)
file(GLOB KEYSTONE_WEB_PLATFORM_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/web/*.cpp)
add_executable(keystone_web ${KEYSTONE_APP_SOURCES} ${KEYSTONE_UI_SOURCES}
               ${KEYSTONE_WEB_PLATFORM_SOURCES}
               ${embedded_inter_regular} ${embedded_inter_semibold} ${embedded_icon_font})
set_target_properties(keystone_web PROPERTIES OUTPUT_NAME keystone SUFFIX ".js")
target_compile_options(keystone_web PRIVATE ${KEYSTONE_WARNINGS} ${KEYSTONE_WASM_FLAGS})
target_link_libraries(keystone_web PRIVATE keystone_core imgui ${SDL2_PREFIX}/lib/libSDL2.a)

set(KEYSTONE_EXPORTS _main _malloc _free _keystone_text_input _keystone_key_event
    _keystone_clipboard_pasted _keystone_ui_items _keystone_ui_frame _keystone_version _keystone_today
    _keystone_accounts _keystone_export_plan _keystone_import_plan _keystone_file_chosen
    _keystone_bench_plan_load _keystone_bench_plan_save _keystone_bench_layout _keystone_bench_pricing _keystone_bench_csv_parse _keystone_bench_csv_import _keystone_flush_saves
    _keystone_bench_continuous_redraw _keystone_wake _keystone_show_error _keystone_a11y_focus
    _keystone_display_lost _keystone_display_restored)
# The font atlas (src/ui/widgets/glyph_atlas.h) and the files it fetches (web_site_files.cpp).
list(APPEND KEYSTONE_EXPORTS _keystone_ui_missing_glyphs _keystone_ui_fonts
     _keystone_site_file_fetched _keystone_back_online)
# Printing the report from a hidden frame (src/platform/web/web_print.cpp).
list(APPEND KEYSTONE_EXPORTS _keystone_print_finished)
# Record revisions, settings and other tabs (src/platform/web/web_settings.cpp).
list(APPEND KEYSTONE_EXPORTS _keystone_sync_stored _keystone_sync_changed _keystone_settings_stored)
list(JOIN KEYSTONE_EXPORTS "," KEYSTONE_EXPORTS_CSV)
target_link_options(keystone_web PRIVATE
  ${KEYSTONE_WASM_FLAGS}
  -sALLOW_MEMORY_GROWTH=1 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2
  -sENVIRONMENT=web -sEXIT_RUNTIME=0 -sINITIAL_MEMORY=33554432
  "-sEXPORTED_FUNCTIONS=[${KEYSTONE_EXPORTS_CSV}]"
  "-sEXPORTED_RUNTIME_METHODS=[ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,addRunDependency,removeRunDependency]"
  --js-library ${CMAKE_SOURCE_DIR}/web/keystone_lib.js)
set_property(TARGET keystone_web APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/keystone_lib.js)

include(cmake/cjk_fonts.cmake)
add_dependencies(keystone_web cjk_fonts)
set_property(TARGET keystone_web APPEND PROPERTY LINK_DEPENDS ${CJK_FONTS_DIR}/manifest.json)

# The served folder: build/web/site = web/ (minus the js-library) + the wasm build + the CJK
# font files, with
# the service worker stamped with this build's id.
file(GLOB_RECURSE KEYSTONE_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
set_property(TARGET keystone_web APPEND PROPERTY LINK_DEPENDS ${KEYSTONE_WEB_FILES})
add_custom_command(TARGET keystone_web POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CMAKE_BINARY_DIR}/site
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${CMAKE_BINARY_DIR}/site
  COMMAND ${CMAKE_COMMAND} -E remove ${CMAKE_BINARY_DIR}/site/keystone_lib.js
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CJK_FONTS_DIR} ${CMAKE_BINARY_DIR}/site/fonts/cjk
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:keystone_web>/keystone.js
          $<TARGET_FILE_DIR:keystone_web>/keystone.wasm ${CMAKE_BINARY_DIR}/site/
  COMMAND ${CMAKE_COMMAND} -DSITE=${CMAKE_BINARY_DIR}/site -P ${CMAKE_SOURCE_DIR}/cmake/stamp_service_worker.cmake)
include(cmake/bench_peer.cmake)
