# The UI's fonts, from Debian's packages, compiled into the binary (embed.cmake): Inter for
# text and Font Awesome for icons. The web app and the native UI tests embed the same
# files, so text is measured and laid out the same in both.
find_file(INTER_REGULAR Inter-Regular.otf PATHS /usr/share/fonts/opentype/inter REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
find_file(INTER_SEMIBOLD Inter-SemiBold.otf PATHS /usr/share/fonts/opentype/inter REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
find_file(ICON_FONT fontawesome-webfont.ttf PATHS /usr/share/fonts/truetype/font-awesome REQUIRED NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
embed_file(${INTER_REGULAR} inter_regular embedded_inter_regular)
embed_file(${INTER_SEMIBOLD} inter_semibold embedded_inter_semibold)
embed_file(${ICON_FONT} icon_font embedded_icon_font)
