# The start-up and frame-cost peer of ./scripts/bench (tests/bench/imgui_demo_peer): bare
# Dear ImGui 1.86 + SDL2 from the same sources, without Keystone's item hooks or text hook.
# Not part of the app: built only when ./scripts/bench asks for the target.
add_library(imgui_bare STATIC EXCLUDE_FROM_ALL
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_bare PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${SDL2_PREFIX}/include/SDL2)
target_compile_definitions(imgui_bare PUBLIC IMGUI_IMPL_OPENGL_ES3)

add_executable(imgui_demo_peer EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/tests/bench/imgui_demo_peer/main.cpp
               ${CMAKE_SOURCE_DIR}/src/app/gl_window.cpp)  # the same context as the app's
target_include_directories(imgui_demo_peer PRIVATE ${CMAKE_SOURCE_DIR}/src)
set_target_properties(imgui_demo_peer PROPERTIES SUFFIX ".js")
target_link_libraries(imgui_demo_peer PRIVATE imgui_bare ${SDL2_PREFIX}/lib/libSDL2.a)
# The same memory and WebGL settings as keystone_web (cmake/web_app.cmake).
target_link_options(imgui_demo_peer PRIVATE -sALLOW_MEMORY_GROWTH=1 -sMAX_WEBGL_VERSION=2
  -sMIN_WEBGL_VERSION=2 -sENVIRONMENT=web -sINITIAL_MEMORY=33554432)
