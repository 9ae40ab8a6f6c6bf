// Encrypted plan envelopes: what is written, what is accepted, and what a damaged or
// hostile envelope is refused with, before any key is derived.
#include "core/sharing/plan_envelope.h"

#include <doctest/doctest.h>

#include <string>

using namespace keystone;

namespace {

EncryptedPlan examplePlan() {
    EncryptedPlan plan;
    plan.iterations = 600000;
    plan.salt = std::string(kSaltBytes, '\x01');
    plan.iv = std::string(kIvBytes, '\x02');
    plan.ciphertext = std::string(40, '\xF3');
    return plan;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("base64 round-trips every byte value and every padding length") {
    std::string all;
    for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
    for (std::size_t n = 0; n < 8; ++n) {
        const std::string part = all.substr(0, n);
        CHECK(decodeBase64(encodeBase64(part)) == part);
    }
    CHECK(decodeBase64(encodeBase64(all)) == all);
    CHECK(encodeBase64("Man") == "TWFu");
    CHECK(encodeBase64("Ma") == "TWE=");
    CHECK(encodeBase64("M") == "TQ==");
}

TEST_CASE("base64 decoding refuses whitespace, bad characters, missing and misplaced padding") {
    CHECK_FALSE(decodeBase64("TWF u"));
    CHECK_FALSE(decodeBase64("TWE"));
    CHECK_FALSE(decodeBase64("T=E="));
    CHECK_FALSE(decodeBase64("TW*u"));
    CHECK_FALSE(decodeBase64("TR=="));  // non-zero unused bits: not the canonical encoding
}

TEST_CASE("a written envelope reads back with the same parameters and bytes") {
    const EncryptedPlan plan = examplePlan();
    const std::string text = writeEncryptedPlan(plan);
    CHECK(looksLikeEncryptedPlan(text));
    auto read = readEncryptedPlan(text);
    REQUIRE(read.ok());
    CHECK(read.value().iterations == 600000);
    CHECK(read.value().salt == plan.salt);
    CHECK(read.value().iv == plan.iv);
    CHECK(read.value().ciphertext == plan.ciphertext);
}

TEST_CASE("the envelope names its algorithms and says nothing about the account") {
    const std::string text = writeEncryptedPlan(examplePlan());
    CHECK(text.rfind("{\"format\":\"keystone-encrypted-plan\",\"version\":1,", 0) == 0);
    CHECK(text.find("\"name\":\"PBKDF2\",\"hash\":\"SHA-256\",\"iterations\":600000") !=
          std::string::npos);
    CHECK(text.find("\"cipher\":{\"name\":\"AES-GCM\"") != std::string::npos);
    CHECK(text.back() == '\n');
}

TEST_CASE("plain plan files, other JSON and non-JSON are not taken for envelopes") {
    CHECK_FALSE(looksLikeEncryptedPlan(R"({"format":"keystone.plan","version":1,"account":{}})"));
    CHECK_FALSE(looksLikeEncryptedPlan("not JSON at all"));
    CHECK_FALSE(looksLikeEncryptedPlan(std::string(100000, '[')));
    CHECK_FALSE(looksLikeEncryptedPlan("[\"keystone-encrypted-plan\"]"));
    CHECK(looksLikeEncryptedPlan(R"({"other":[1,2],"format":"keystone-encrypted-plan"})"));
}

TEST_CASE("an envelope with too few or too many iterations is refused before decrypting") {
    const std::string text = writeEncryptedPlan(examplePlan());
    for (const char* count : {"1000", "599999", "10000001", "99999999999999", "6e5"}) {
        auto read = readEncryptedPlan(replaced(text, "600000", count));
        CHECK_FALSE(read.ok());
        CHECK(read.error().location.rfind("/kdf/iterations", 0) == 0);
    }
}

TEST_CASE("an envelope with another algorithm, a wrong-sized salt or IV is refused") {
    const std::string text = writeEncryptedPlan(examplePlan());
    CHECK_FALSE(readEncryptedPlan(replaced(text, "SHA-256", "SHA-1")).ok());
    CHECK_FALSE(readEncryptedPlan(replaced(text, "AES-GCM", "AES-CBC")).ok());
    CHECK_FALSE(readEncryptedPlan(replaced(text, "AQEBAQEBAQEBAQEBAQEBAQ==", "AQEBAQ==")).ok());
    CHECK_FALSE(
        readEncryptedPlan(replaced(text, "\"iv\":\"AgICAgICAgICAgIC\"", "\"iv\":\"AgIC\"")).ok());
    auto version = readEncryptedPlan(replaced(text, "\"version\":1", "\"version\":2"));
    REQUIRE_FALSE(version.ok());
    CHECK(version.error().message.find("newer version") != std::string::npos);
}

TEST_CASE(
    "an envelope missing its ciphertext or with a ciphertext shorter than the tag is refused") {
    EncryptedPlan shortPlan = examplePlan();
    shortPlan.ciphertext = std::string(kTagBytes - 1, 'x');
    CHECK_FALSE(readEncryptedPlan(writeEncryptedPlan(shortPlan)).ok());
    const std::string text = writeEncryptedPlan(examplePlan());
    const auto at = text.find(",\"ciphertext\"");
    CHECK_FALSE(readEncryptedPlan(text.substr(0, at) + "}").ok());
}

TEST_CASE("a deeply nested unknown member in an envelope is refused without recursion trouble") {
    const std::string text = writeEncryptedPlan(examplePlan());
    const std::string hostile =
        replaced(text, "\"note\":", "\"extra\":" + std::string(100000, '[') + ",\"note\":");
    CHECK(looksLikeEncryptedPlan(hostile));
    CHECK_FALSE(readEncryptedPlan(hostile).ok());
}
