// sealBytes / openSealedBytes for native tests: a DETERMINISTIC, REVERSIBLE STAND-IN for
// WebCrypto's PBKDF2 + AES-256-GCM. It is NOT encryption and must never protect real data;
// it only keeps the contract the app relies on, so the UI's export and import paths can be
// tested natively:
//   - the output has the real shape (16-byte salt, 12-byte IV, ciphertext + 16-byte tag);
//   - opening with the same passphrase gives the plaintext back;
//   - a wrong passphrase or a changed byte fails with "OperationError", as AES-GCM does.
// The browser suite (tests/browser/plan_crypto.test.mjs) tests the real cryptography.
#include <cstdint>
#include <string>
#include <utility>

#include "platform/memory/memory_platform.h"

namespace keystone::platform {
namespace {

constexpr size_t kTagBytes = 16;

std::uint64_t fnv1a(const std::string& bytes, std::uint64_t hash = 14695981039346656037ull) {
    for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

std::uint64_t splitmix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::string bytesOf(std::uint64_t state, size_t count) {
    std::string out;
    while (out.size() < count) {
        const std::uint64_t word = splitmix(state);
        for (int i = 0; i < 8 && out.size() < count; ++i)
            out.push_back(static_cast<char>(word >> (8 * i)));
    }
    return out;
}

// The passphrase, salt, IV and round count all change the key, as with PBKDF2.
std::uint64_t keyOf(const std::string& passphrase, const SealedBytes& sealed) {
    return fnv1a(passphrase + '\0' + sealed.salt + sealed.iv + std::to_string(sealed.iterations));
}

std::string xorWithKeystream(const std::string& text, std::uint64_t key) {
    const std::string stream = bytesOf(key, text.size());
    std::string out = text;
    for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<char>(out[i] ^ stream[i]);
    return out;
}

std::string tagOf(std::uint64_t key, const std::string& body) {
    return bytesOf(fnv1a(body, key), kTagBytes);
}

}  // namespace

void sealBytes(const std::string& plaintext, const std::string& passphrase, int iterations,
               std::function<void(bool ok, SealedBytes sealed, const std::string& reason)> onDone) {
    MemoryPlatform& platform = memoryPlatform();
    const int seal = ++platform.seals;
    SealedBytes sealed;
    sealed.iterations = iterations;
    sealed.salt = bytesOf(0x5A17u + static_cast<std::uint64_t>(seal), 16);
    sealed.iv = bytesOf(0x1Fu + static_cast<std::uint64_t>(seal), 12);
    const std::uint64_t key = keyOf(passphrase, sealed);
    sealed.ciphertext = xorWithKeystream(plaintext, key);
    sealed.ciphertext += tagOf(key, sealed.ciphertext);
    platform.later([sealed = std::move(sealed), onDone = std::move(onDone)]() mutable {
        onDone(true, std::move(sealed), "");
    });
}

void openSealedBytes(
    const SealedBytes& sealed, const std::string& passphrase,
    std::function<void(bool ok, std::string plaintext, const std::string& reason)> onDone) {
    const std::uint64_t key = keyOf(passphrase, sealed);
    std::string plaintext;
    bool ok = sealed.ciphertext.size() >= kTagBytes;
    if (ok) {
        const std::string body = sealed.ciphertext.substr(0, sealed.ciphertext.size() - kTagBytes);
        ok = sealed.ciphertext.substr(body.size()) == tagOf(key, body);
        if (ok) plaintext = xorWithKeystream(body, key);
    }
    memoryPlatform().later(
        [ok, plaintext = std::move(plaintext), onDone = std::move(onDone)]() mutable {
            onDone(ok, std::move(plaintext), ok ? "" : "OperationError");
        });
}

}  // namespace keystone::platform
