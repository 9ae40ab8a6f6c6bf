// Web implementation of the passphrase and sharing part of platform.h. The JavaScript is
// the "plan files" section of web/keystone_lib.js, which calls web/plan_crypto.js.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>

#include "platform/platform.h"

extern "C" {
// Implemented in web/keystone_lib.js.
void ks_crypto_seal(int requestId, const char* plaintext, int length, const char* passphrase,
                    int passphraseLength, int iterations);
void ks_crypto_open(int requestId, const char* salt, int saltLength, const char* iv, int ivLength,
                    const char* ciphertext, int ciphertextLength, const char* passphrase,
                    int passphraseLength, int iterations);
void ks_share_file(int requestId, const char* fileName, const char* bytes, int length,
                   const char* mimeType, const char* title, const char* text,
                   const char* mailtoUrl);
}

namespace keystone::platform {
namespace {

using SealDone = std::function<void(bool, SealedBytes, const std::string&)>;
using OpenDone = std::function<void(bool, std::string, const std::string&)>;
using ShareDone = std::function<void(ShareOutcome)>;

std::unordered_map<int, std::pair<int, SealDone>> g_seals;  // request -> (iterations, callback)
std::unordered_map<int, OpenDone> g_opens;
std::unordered_map<int, ShareDone> g_shares;
int g_request = 0;

template <class Map>
typename Map::mapped_type take(Map& map, int requestId) {
    auto found = map.find(requestId);
    if (found == map.end()) return {};
    auto value = std::move(found->second);
    map.erase(found);
    return value;
}

}  // namespace

void sealBytes(const std::string& plaintext, const std::string& passphrase, int iterations,
               std::function<void(bool ok, SealedBytes sealed, const std::string& reason)> onDone) {
    const int requestId = ++g_request;
    g_seals[requestId] = {iterations, std::move(onDone)};
    ks_crypto_seal(requestId, plaintext.data(), static_cast<int>(plaintext.size()),
                   passphrase.data(), static_cast<int>(passphrase.size()), iterations);
}

void openSealedBytes(
    const SealedBytes& sealed, const std::string& passphrase,
    std::function<void(bool ok, std::string plaintext, const std::string& reason)> onDone) {
    const int requestId = ++g_request;
    g_opens[requestId] = std::move(onDone);
    ks_crypto_open(requestId, sealed.salt.data(), static_cast<int>(sealed.salt.size()),
                   sealed.iv.data(), static_cast<int>(sealed.iv.size()), sealed.ciphertext.data(),
                   static_cast<int>(sealed.ciphertext.size()), passphrase.data(),
                   static_cast<int>(passphrase.size()), sealed.iterations);
}

void shareFile(const std::string& fileName, const std::string& bytes, const char* mimeType,
               const std::string& title, const std::string& text, const std::string& mailtoUrl,
               std::function<void(ShareOutcome)> onDone) {
    const int requestId = ++g_request;
    g_shares[requestId] = std::move(onDone);
    ks_share_file(requestId, fileName.c_str(), bytes.data(), static_cast<int>(bytes.size()),
                  mimeType, title.c_str(), text.c_str(), mailtoUrl.c_str());
}

}  // namespace keystone::platform

// ---- Called from JavaScript when the browser has finished ------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE void keystone_crypto_sealed(int requestId, int ok, const char* salt,
                                                 int saltLength, const char* iv, int ivLength,
                                                 const char* ciphertext, int ciphertextLength,
                                                 const char* reason) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    using namespace keystone::platform;
    auto [iterations, callback] = take(g_seals, requestId);
    if (!callback) return;
    SealedBytes sealed;
    sealed.iterations = iterations;
    if (ok) {
        sealed.salt.assign(salt, static_cast<size_t>(saltLength));
        sealed.iv.assign(iv, static_cast<size_t>(ivLength));
        sealed.ciphertext.assign(ciphertext, static_cast<size_t>(ciphertextLength));
    }
    callback(ok != 0, std::move(sealed), reason ? reason : "");
}

EMSCRIPTEN_KEEPALIVE void keystone_crypto_opened(int requestId, int ok, const char* plaintext,
                                                 int length, const char* reason) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    auto callback = keystone::platform::take(keystone::platform::g_opens, requestId);
    if (!callback) return;
    callback(ok != 0, ok ? std::string(plaintext, static_cast<size_t>(length)) : std::string(),
             reason ? reason : "");
}

EMSCRIPTEN_KEEPALIVE void keystone_share_finished(int requestId, int outcome) {
    keystone::platform::requestFrame();  // what arrived changes the screen
    auto callback = keystone::platform::take(keystone::platform::g_shares, requestId);
    if (!callback) return;
    callback(outcome == 0   ? keystone::platform::ShareOutcome::Shared
             : outcome == 1 ? keystone::platform::ShareOutcome::Cancelled
                            : keystone::platform::ShareOutcome::MailFallback);
}

}  // extern "C"
