// How good a passphrase is, for the hint under the export dialog's passphrase field.
//
// A rough estimate, not a guarantee: bits = length x log2(size of the character pool the
// passphrase draws from), lowered for repetition. It only needs to steer a rep away from
// "password1" towards a few unrelated words; the key derivation (600,000 PBKDF2 rounds)
// adds about 19.2 bits of work on top.
#pragma once

#include <string>
#include <string_view>

namespace keystone {

enum class PassphraseStrength { TooShort, Weak, Fair, Strong };

struct PassphraseRating {
    PassphraseStrength strength = PassphraseStrength::TooShort;
    double bits = 0;   // estimated entropy
    std::string hint;  // one sentence for the rep
};

inline constexpr int kMinPassphraseChars = 8;  // shorter ones are refused

PassphraseRating ratePassphrase(std::string_view passphrase);

}  // namespace keystone
