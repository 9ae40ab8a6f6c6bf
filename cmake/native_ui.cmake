# The real UI, natively: Dear ImGui without a renderer or backend, the panels, the app code
# that only needs platform.h, and the in-memory platform (src/platform/memory). ui_tests
# drives it by widget label (tests/ui). Never part of the web build.
set(IMGUI_DIR ${KEYSTONE_THIRD_PARTY}/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR}. Run scripts/setup.")
endif()

# Same definitions as the web build (cmake/web_app.cmake), so the panels compile the same;
# no backends: the harness feeds input into ImGuiIO and ignores the draw data.
include(cmake/imgui_text_hook.cmake)
add_library(imgui_native STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DRAW_WITH_TEXT_HOOK} ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui_native SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui_native PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

include(cmake/ui_fonts.cmake)

file(GLOB KEYSTONE_MEMORY_PLATFORM_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/memory/*.cpp)
add_library(keystone_platform_memory STATIC ${KEYSTONE_MEMORY_PLATFORM_SOURCES})
target_compile_options(keystone_platform_memory PRIVATE ${KEYSTONE_WARNINGS})
target_link_libraries(keystone_platform_memory PUBLIC keystone_core)

# The app files that need only platform.h (not app.cpp/main.cpp: SDL and GL; not the
# window.keystone entry points: they reach the App singleton).
file(GLOB_RECURSE KEYSTONE_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
set(KEYSTONE_APP_LOGIC_SOURCES
  ${CMAKE_SOURCE_DIR}/src/app/autosave.cpp ${CMAKE_SOURCE_DIR}/src/app/autosave_sync.cpp
  ${CMAKE_SOURCE_DIR}/src/app/encrypted_import.cpp ${CMAKE_SOURCE_DIR}/src/app/plan_import_merge.cpp
  ${CMAKE_SOURCE_DIR}/src/app/plan_transfer.cpp ${CMAKE_SOURCE_DIR}/src/app/startup.cpp
  ${CMAKE_SOURCE_DIR}/src/app/session.cpp ${CMAKE_SOURCE_DIR}/src/app/frame_pacer.cpp
  ${CMAKE_SOURCE_DIR}/src/app/account_summary.cpp ${CMAKE_SOURCE_DIR}/src/app/key_batching.cpp)
add_library(keystone_ui_native STATIC ${KEYSTONE_UI_SOURCES} ${KEYSTONE_APP_LOGIC_SOURCES}
            ${embedded_inter_regular} ${embedded_inter_semibold} ${embedded_icon_font})
target_compile_options(keystone_ui_native PRIVATE ${KEYSTONE_WARNINGS})
target_link_libraries(keystone_ui_native PUBLIC keystone_core imgui_native keystone_platform_memory)

file(GLOB KEYSTONE_UI_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/ui/*.cpp)
add_executable(ui_tests ${KEYSTONE_UI_TEST_SOURCES})
target_compile_options(ui_tests PRIVATE ${KEYSTONE_WARNINGS})
target_link_libraries(ui_tests PRIVATE keystone_ui_native doctest::doctest)
# The CJK font files the web build serves, so the glyph atlas is tested with the real ones.
include(cmake/cjk_fonts.cmake)
add_dependencies(ui_tests cjk_fonts)
target_compile_definitions(ui_tests PRIVATE KEYSTONE_CJK_FONTS_DIR="${CJK_FONTS_DIR}")
add_doctest_shards(ui_tests 4)
