// The org chart's browser pieces: PNG export of its SVG and pinch detection.
#include "platform/platform.h"

extern "C" {
void ks_download_svg_as_png(const char* fileName, const char* svg, int length, float scale);
int ks_wheel_is_zoom_gesture();
}

namespace keystone::platform {

void downloadSvgAsPng(const std::string& fileName, const std::string& svg, float scale) {
    ks_download_svg_as_png(fileName.c_str(), svg.data(), static_cast<int>(svg.size()), scale);
}

bool wheelIsZoomGesture() { return ks_wheel_is_zoom_gesture() != 0; }

}  // namespace keystone::platform
