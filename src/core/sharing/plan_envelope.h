// Encrypted plan files: the JSON envelope around a passphrase-protected plan.
//
// A plan emailed outside the company may be protected with a passphrase. The browser does
// the cryptography (WebCrypto: AES-256-GCM under a PBKDF2-SHA-256 key); this file owns
// the envelope those bytes travel in, so its format is validated in one place, natively
// tested, and the same for the app and any tool:
//
//   {"format":"keystone-encrypted-plan","version":1,
//    "note":"…what this file is, nothing about the account…",
//    "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"<base64, 16 bytes>"},
//    "cipher":{"name":"AES-GCM","iv":"<base64, 12 bytes>"},
//    "ciphertext":"<base64: encrypted plan file + 16-byte GCM tag>"}
//
// Reading is strict and bounded (the file may be hostile): unknown algorithms, salts or
// IVs of the wrong size and iteration counts outside [kMinIterations, kMaxIterations] are
// refused before any key is derived, so a crafted file cannot make the tab hash for hours.
// Full description: docs/plan-format.md, "Encrypted plan files".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/result.h"

namespace keystone {

struct EncryptedPlan {
    int iterations = 600000;  // PBKDF2-SHA-256 rounds
    std::string salt;         // raw bytes, kSaltBytes long
    std::string iv;           // raw bytes, kIvBytes long (AES-GCM nonce)
    std::string ciphertext;   // raw bytes: AES-256-GCM output, tag (16 bytes) at the end
};

inline constexpr std::string_view kEncryptedPlanFormat = "keystone-encrypted-plan";
inline constexpr int kEncryptedPlanVersion = 1;
inline constexpr int kMinIterations = 600000;    // OWASP 2023 for PBKDF2-HMAC-SHA256
inline constexpr int kMaxIterations = 10000000;  // about ten seconds in a browser
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kIvBytes = 12;
inline constexpr std::size_t kTagBytes = 16;
// The note written in every envelope: tells whoever finds the file what it is without
// saying anything about the account.
inline constexpr std::string_view kEncryptedPlanNote =
    "Encrypted Keystone account plan. Open it with Import plan in Keystone and enter the "
    "passphrase you were given.";

// Whether the bytes claim to be an envelope (a JSON object whose "format" member says
// so). Cheap and never fails: anything else is left to the plan reader to explain.
bool looksLikeEncryptedPlan(std::string_view bytes);

// Reads and validates a whole envelope; errors name the problem for the rep.
Result<EncryptedPlan> readEncryptedPlan(std::string_view bytes);

// The envelope text (compact JSON, one trailing newline).
std::string writeEncryptedPlan(const EncryptedPlan& plan);

// Standard base64 (RFC 4648 §4) with padding. Decoding refuses anything else, including
// whitespace and missing padding.
std::string encodeBase64(std::string_view bytes);
std::optional<std::string> decodeBase64(std::string_view text);

}  // namespace keystone
