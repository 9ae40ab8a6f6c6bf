// Printing a document from a hidden frame (platform::printDocument). The frame, the print
// call and how a refusal is noticed are web/keystone_lib.js's ks_print_document; the answer
// comes back through keystone_print_finished with the request's id.
#include <emscripten/emscripten.h>

#include <map>
#include <utility>

#include "platform/platform.h"

extern "C" {
void ks_print_document(int requestId, const char* html, int length);
}

namespace keystone::platform {
namespace {

std::map<int, std::function<void(bool, const std::string&)>> g_prints;  // request -> callback
int g_lastPrint = 0;

}  // namespace

void printDocument(const std::string& html,
                   std::function<void(bool printed, const std::string& reason)> onDone) {
    g_prints[++g_lastPrint] = std::move(onDone);
    ks_print_document(g_lastPrint, html.data(), static_cast<int>(html.size()));
}

}  // namespace keystone::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void keystone_print_finished(int requestId, int printed, const char* reason) {
    keystone::platform::requestFrame();  // a refusal shows a notice
    auto& prints = keystone::platform::g_prints;
    const auto found = prints.find(requestId);
    if (found == prints.end()) return;
    auto callback = std::move(found->second);
    prints.erase(found);
    callback(printed != 0, reason ? reason : "");
}

}  // extern "C"
