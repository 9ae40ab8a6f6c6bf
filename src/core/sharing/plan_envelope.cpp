#include "core/sharing/plan_envelope.h"

#include <array>
#include <cstdint>

#include "core/plan_format/json_reader.h"
#include "core/plan_format/json_writer.h"

namespace keystone {
namespace {

constexpr int kMaxDepth = 8;  // the envelope is two levels deep; unknown members may add a few
// A plan file is at most 128 MiB (plan_format.h); its ciphertext adds the tag.
constexpr std::size_t kMaxCiphertextBytes = (std::size_t{128} << 20) + kTagBytes;
constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<std::int8_t, 256> makeDecodeTable() {
    std::array<std::int8_t, 256> table{};
    for (auto& entry : table) entry = -1;
    for (std::size_t i = 0; i < kAlphabet.size(); ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}
constexpr std::array<std::int8_t, 256> kDecode = makeDecodeTable();

const char* const kNotEnvelope =
    "This encrypted plan file is damaged or was made by something other than Keystone";

Result<EncryptedPlan> damaged(const std::string& detail, std::string location) {
    return Result<EncryptedPlan>::failure(std::string(kNotEnvelope) + ": " + detail + ".",
                                          std::move(location));
}

// Reads a string member that must hold base64 of exactly `size` bytes (0: any size up to
// kMaxCiphertextBytes).
bool readBase64(JsonReader& in, std::string& out, std::size_t size) {
    std::string text;
    if (in.peek() != JsonKind::String) return false;
    if (!in.readString(text)) return false;
    if (text.size() > (kMaxCiphertextBytes / 3 + 1) * 4) return false;
    auto decoded = decodeBase64(text);
    if (!decoded || (size != 0 && decoded->size() != size)) return false;
    out = std::move(*decoded);
    return true;
}

bool readInt(JsonReader& in, std::int64_t& out) {
    std::string_view lexeme;
    bool integral = false;
    return in.peek() == JsonKind::Number && in.readNumber(lexeme, integral) && integral &&
           jsonNumberToInt64(lexeme, out);
}

bool readText(JsonReader& in, std::string& out) {
    return in.peek() == JsonKind::String && in.readString(out) && out.size() <= 256;
}

}  // namespace

bool looksLikeEncryptedPlan(std::string_view bytes) {
    JsonReader in(bytes, kMaxDepth);
    if (in.peek() != JsonKind::Object || !in.beginObject()) return false;
    bool first = true;
    std::string_view key;
    while (in.nextMember(first, key)) {
        if (key == "format") {
            std::string format;
            return in.peek() == JsonKind::String && in.readString(format) &&
                   format == kEncryptedPlanFormat;
        }
        if (!in.copyValue(nullptr, kMaxCiphertextBytes * 2)) return false;
    }
    return false;
}

Result<EncryptedPlan> readEncryptedPlan(std::string_view bytes) {
    JsonReader in(bytes, kMaxDepth);
    if (in.peek() != JsonKind::Object || !in.beginObject())
        return damaged("it is not a JSON object", "");
    EncryptedPlan plan;
    std::string format, kdfName, kdfHash, cipherName;
    std::int64_t version = 0, iterations = 0;
    bool haveSalt = false, haveIv = false, haveCiphertext = false;
    bool first = true;
    std::string_view key;
    while (in.nextMember(first, key)) {
        const std::string name(key);
        if (name == "format") {
            if (!readText(in, format)) return damaged("\"format\" is not text", "/format");
        } else if (name == "version") {
            if (!readInt(in, version))
                return damaged("\"version\" is not a whole number", "/version");
        } else if (name == "kdf" || name == "cipher") {
            if (in.peek() != JsonKind::Object || !in.beginObject())
                return damaged("\"" + name + "\" is not an object", "/" + name);
            bool innerFirst = true;
            std::string_view innerKey;
            while (in.nextMember(innerFirst, innerKey)) {
                const std::string member(innerKey);
                const std::string where = "/" + name + "/" + member;
                bool ok = true;
                if (name == "kdf" && member == "name")
                    ok = readText(in, kdfName);
                else if (name == "kdf" && member == "hash")
                    ok = readText(in, kdfHash);
                else if (name == "kdf" && member == "iterations")
                    ok = readInt(in, iterations);
                else if (name == "kdf" && member == "salt")
                    ok = haveSalt = readBase64(in, plan.salt, kSaltBytes);
                else if (name == "cipher" && member == "name")
                    ok = readText(in, cipherName);
                else if (name == "cipher" && member == "iv")
                    ok = haveIv = readBase64(in, plan.iv, kIvBytes);
                else
                    ok = in.copyValue(nullptr, kMaxCiphertextBytes * 2);
                if (!ok)
                    return damaged("\"" + member + "\" has a value Keystone cannot use", where);
            }
            if (in.failed()) return damaged("it is not valid JSON", in.error().location);
        } else if (name == "ciphertext") {
            haveCiphertext = readBase64(in, plan.ciphertext, 0);
            if (!haveCiphertext)
                return damaged("the encrypted data is not valid base64", "/ciphertext");
        } else if (!in.copyValue(nullptr, kMaxCiphertextBytes * 2)) {
            return damaged("it is not valid JSON", in.error().location);
        }
    }
    if (in.failed() || !in.atEnd()) return damaged("it is not valid JSON", in.error().location);
    if (format != kEncryptedPlanFormat)
        return damaged("its \"format\" is not \"keystone-encrypted-plan\"", "/format");
    if (version != kEncryptedPlanVersion)
        return Result<EncryptedPlan>::failure(
            "This encrypted plan was made by a newer version of Keystone (envelope version " +
                std::to_string(version) + "); update Keystone to open it.",
            "/version");
    if (kdfName != "PBKDF2" || kdfHash != "SHA-256")
        return damaged("the key must come from PBKDF2 with SHA-256", "/kdf");
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return damaged("the key derivation must use between 600,000 and 10,000,000 iterations",
                       "/kdf/iterations");
    if (cipherName != "AES-GCM") return damaged("the cipher must be AES-GCM", "/cipher/name");
    if (!haveSalt) return damaged("the salt (16 bytes of base64) is missing", "/kdf/salt");
    if (!haveIv) return damaged("the IV (12 bytes of base64) is missing", "/cipher/iv");
    if (!haveCiphertext || plan.ciphertext.size() < kTagBytes)
        return damaged("the encrypted data is missing or too short", "/ciphertext");
    plan.iterations = static_cast<int>(iterations);
    return Result<EncryptedPlan>::success(std::move(plan));
}

std::string writeEncryptedPlan(const EncryptedPlan& plan) {
    std::string out = "{\"format\":";
    appendJsonString(out, kEncryptedPlanFormat);
    out += ",\"version\":";
    appendJsonInteger(out, kEncryptedPlanVersion);
    out += ",\"note\":";
    appendJsonString(out, kEncryptedPlanNote);
    out += ",\"kdf\":{\"name\":\"PBKDF2\",\"hash\":\"SHA-256\",\"iterations\":";
    appendJsonInteger(out, plan.iterations);
    out += ",\"salt\":\"" + encodeBase64(plan.salt) + "\"}";
    out += ",\"cipher\":{\"name\":\"AES-GCM\",\"iv\":\"" + encodeBase64(plan.iv) + "\"}";
    out += ",\"ciphertext\":\"" + encodeBase64(plan.ciphertext) + "\"}\n";
    return out;
}

std::string encodeBase64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t n =
            static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
            static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
            static_cast<unsigned char>(bytes[i + 2]);
        out.push_back(kAlphabet[n >> 18]);
        out.push_back(kAlphabet[(n >> 12) & 63]);
        out.push_back(kAlphabet[(n >> 6) & 63]);
        out.push_back(kAlphabet[n & 63]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
        if (rest == 2)
            n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out.push_back(kAlphabet[n >> 18]);
        out.push_back(kAlphabet[(n >> 12) & 63]);
        out.push_back(rest == 2 ? kAlphabet[(n >> 6) & 63] : '=');
        out.push_back('=');
    }
    return out;
}

std::optional<std::string> decodeBase64(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (pad == 1 && text[i + 2] == '=') return std::nullopt;  // "x=y=" style
        std::uint32_t n = 0;
        for (int k = 0; k < 4 - pad; ++k) {
            const std::int8_t v =
                kDecode[static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)])];
            if (v < 0) return std::nullopt;
            n |= static_cast<std::uint32_t>(v) << (18 - 6 * k);
        }
        // Unused bits of the last group must be zero (canonical encoding only).
        if ((pad == 1 && (n & 0xFF) != 0) || (pad == 2 && (n & 0xFFFF) != 0)) return std::nullopt;
        out.push_back(static_cast<char>(n >> 16));
        if (pad < 2) out.push_back(static_cast<char>((n >> 8) & 0xFF));
        if (pad < 1) out.push_back(static_cast<char>(n & 0xFF));
    }
    return out;
}

}  // namespace keystone
