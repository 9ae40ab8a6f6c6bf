// The passphrase strength hint in the export dialog.
#include "core/sharing/passphrase_strength.h"

#include <doctest/doctest.h>

using namespace keystone;

TEST_CASE("a passphrase under eight characters is too short") {
    CHECK(ratePassphrase("").strength == PassphraseStrength::TooShort);
    CHECK(ratePassphrase("Ab3$xyz").strength == PassphraseStrength::TooShort);
    CHECK(ratePassphrase("äöüßäöü").strength ==
          PassphraseStrength::TooShort);  // 7 characters, 14 bytes
}

TEST_CASE("a short single-class or repetitive passphrase is weak") {
    CHECK(ratePassphrase("password").strength == PassphraseStrength::Weak);
    CHECK(ratePassphrase("aaaaaaaaaaaaaaaaaaaaaaaa").strength == PassphraseStrength::Weak);
}

TEST_CASE("several unrelated words make a strong passphrase") {
    CHECK(ratePassphrase("correct horse battery staple").strength == PassphraseStrength::Strong);
    CHECK(ratePassphrase("Sunshine1").strength == PassphraseStrength::Fair);
}
