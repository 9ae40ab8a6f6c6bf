#include "core/model/ids.h"

#include <array>
#include <chrono>
#include <cstring>
#include <random>

namespace keystone {
namespace {

std::uint64_t splitMix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// random_device may be weak or deterministic on some platforms; mixing in the clock and
// an address keeps two processes from producing the same ids anyway.
std::uint64_t entropySeed() {
    std::uint64_t seed = 0;
    try {
        std::random_device device;
        seed = (static_cast<std::uint64_t>(device()) << 32) ^ device();
    } catch (...) {
        // No entropy source: the clock below still differs between runs.
    }
    const auto ticks = std::chrono::high_resolution_clock::now().time_since_epoch().count();
    seed ^= static_cast<std::uint64_t>(ticks) * 0x9E3779B97F4A7C15ull;
    seed ^= reinterpret_cast<std::uintptr_t>(&seed);
    return seed;
}

// Lowercase hex digit values, 0xFF for anything else. Ids are decoded often (every
// reference is checked when a plan is read), so this is a table, not branches.
constexpr std::array<std::uint8_t, 256> makeHexTable() {
    std::array<std::uint8_t, 256> table{};
    for (auto& entry : table) entry = 0xFF;
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - 'a' + 10);
    return table;
}
[[maybe_unused]] constexpr std::array<std::uint8_t, 256> kHexValue =
    makeHexTable();  // big-endian path only

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
// Decodes 8 hex digits; the OR of all digit values flags any invalid one (0xFF).
bool decode8(const char* text, std::uint32_t& out) {
    std::uint32_t value = 0;
    unsigned bad = 0;
    for (int i = 0; i < 8; ++i) {
        const std::uint8_t digit = kHexValue[static_cast<unsigned char>(text[i])];
        bad |= digit;
        value = (value << 4) | (digit & 0xFu);
    }
    out = value;
    return (bad & 0xF0) == 0;
}
#else
// Decodes 8 lowercase hex digits at once (SWAR on a little-endian load): validates every
// byte, turns each into its nibble, then packs the nibbles first-digit-most-significant.
bool decode8(const char* text, std::uint32_t& out) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    std::uint64_t x;
    std::memcpy(&x, text, 8);
    if (x & kHigh) return false;
    // Per byte b < 0x80: high bit of ((b | 0x80) - k) is set iff b >= k; no lane borrows.
    auto atLeast = [x](std::uint64_t k) { return ((x | kHigh) - k * kOnes) & kHigh; };
    const std::uint64_t digit = atLeast('0') & ~atLeast('9' + 1);
    const std::uint64_t letter = atLeast('a') & ~atLeast('f' + 1);
    if ((digit | letter) != kHigh) return false;
    std::uint64_t v = (x & 0x0F0F0F0F0F0F0F0Full) + (letter >> 7) * 9;
    v = ((v & 0x000F000F000F000Full) << 4) | ((v >> 8) & 0x000F000F000F000Full);
    v = ((v & 0x000000FF000000FFull) << 8) | ((v >> 16) & 0x000000FF000000FFull);
    v = ((v & 0xFFFFull) << 16) | ((v >> 32) & 0xFFFFull);
    out = static_cast<std::uint32_t>(v);
    return true;
}
#endif

bool decodeHalf(const char* text, std::uint64_t& out) {
    std::uint32_t high = 0, low = 0;
    if (!decode8(text, high) || !decode8(text + 8, low)) return false;
    out = (static_cast<std::uint64_t>(high) << 32) | low;
    return true;
}

}  // namespace

Rng::Rng(std::uint64_t seed) {
    for (auto& word : m_state) word = splitMix64(seed);
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::uint64_t Rng::below(std::uint64_t bound) {
    if (bound == 0) return 0;
    // Rejection sampling: unbiased and identical everywhere.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t value = next();
    while (value >= limit) value = next();
    return value % bound;
}

int Rng::between(int low, int high) {
    if (high <= low) return low;
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
    return static_cast<int>(low + static_cast<std::int64_t>(below(span)));
}

bool Rng::chance(int percent) { return static_cast<int>(below(100)) < percent; }

double Rng::unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

IdGenerator::IdGenerator() : m_rng(entropySeed()) {}

IdGenerator::IdGenerator(std::uint64_t seed) : m_rng(seed) {}

std::string IdGenerator::next() {
    const std::uint64_t high = m_rng.next();
    const std::uint64_t low = m_rng.next();
    return formatId(high, low);
}

std::string newId() {
    thread_local IdGenerator generator;
    return generator.next();
}

bool isValidId(std::string_view text) {
    std::uint64_t high = 0, low = 0;
    return parseId(text, high, low);
}

bool parseId(std::string_view text, std::uint64_t& high, std::uint64_t& low) {
    if (text.size() != kIdLength) return false;
    std::uint64_t h = 0, l = 0;
    if (!decodeHalf(text.data(), h) || !decodeHalf(text.data() + 16, l)) return false;
    high = h;
    low = l;
    return true;
}

std::string formatId(std::uint64_t high, std::uint64_t low) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(kIdLength, '0');
    for (int i = 0; i < 16; ++i) {
        id[static_cast<size_t>(15 - i)] = kHex[(high >> (4 * i)) & 0xF];
        id[static_cast<size_t>(31 - i)] = kHex[(low >> (4 * i)) & 0xF];
    }
    return id;
}

}  // namespace keystone
