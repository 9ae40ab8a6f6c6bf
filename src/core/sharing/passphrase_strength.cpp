#include "core/sharing/passphrase_strength.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace keystone {

PassphraseRating ratePassphrase(std::string_view passphrase) {
    PassphraseRating rating;
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    std::set<std::string_view> distinct;
    int chars = 0;
    for (std::size_t i = 0; i < passphrase.size();) {
        const auto c = static_cast<unsigned char>(passphrase[i]);
        std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + length > passphrase.size()) length = passphrase.size() - i;
        distinct.insert(passphrase.substr(i, length));
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 0x80)
            symbol = true;
        else
            other = true;
        ++chars;
        i += length;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                     (other ? 100 : 0);
    // Repeating characters ("aaaaaaaa", "abababab") adds little: count each at most twice.
    const int effective = std::min<int>(chars, static_cast<int>(distinct.size()) * 2);
    rating.bits = pool > 0 ? effective * std::log2(static_cast<double>(pool)) : 0;
    if (chars < kMinPassphraseChars) {
        rating.strength = PassphraseStrength::TooShort;
        rating.hint =
            "Too short: use at least 8 characters. A few unrelated words are easy to type and hard "
            "to guess.";
    } else if (rating.bits < 45) {
        rating.strength = PassphraseStrength::Weak;
        rating.hint = "Weak: easy to guess. Add more words or characters.";
    } else if (rating.bits < 70) {
        rating.strength = PassphraseStrength::Fair;
        rating.hint = "Fair. Another word or two would make it strong.";
    } else {
        rating.strength = PassphraseStrength::Strong;
        rating.hint = "Strong.";
    }
    return rating;
}

}  // namespace keystone
