// Random numbers and entity ids.
//
// Every entity in a plan has a stable random 128-bit id written as 32 lowercase hex
// digits. Random ids (not counters) let two copies of a plan edited apart be merged
// without collisions. Rng is our own xoshiro256** so a seed gives the same sequence on
// every compiler and platform (native and WebAssembly), which <random>'s
// distributions do not promise; the sample generator relies on that.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace keystone {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0);

    std::uint64_t next();                      // 64 uniformly random bits
    std::uint64_t below(std::uint64_t bound);  // uniform in [0, bound); 0 when bound == 0
    int between(int low, int high);            // uniform in [low, high], low <= high
    bool chance(int percent);                  // true with probability percent / 100
    double unit();                             // uniform in [0, 1)

    template <class T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[below(N)];
    }

private:
    std::uint64_t m_state[4];
};

// Makes ids. Seeded: reproducible (tests, sample data). Default: seeded from
// std::random_device mixed with the clock.
class IdGenerator {
public:
    IdGenerator();
    explicit IdGenerator(std::uint64_t seed);
    std::string next();  // 32 lowercase hex digits

private:
    Rng m_rng;
};

// A fresh random id from a per-thread generator seeded from std::random_device.
std::string newId();

constexpr std::size_t kIdLength = 32;

// True for exactly 32 lowercase hex digits.
bool isValidId(std::string_view text);
// Splits a valid id into its two 64-bit halves; false when the text is not a valid id.
bool parseId(std::string_view text, std::uint64_t& high, std::uint64_t& low);
std::string formatId(std::uint64_t high, std::uint64_t low);

}  // namespace keystone
