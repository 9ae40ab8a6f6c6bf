// The characters a plan holds (what the font atlas must draw) and the index of the CJK font
// files that draw them.
#include <doctest/doctest.h>

#include <string>

#include "core/model/account.h"
#include "core/text/code_points.h"
#include "core/text/font_slices.h"

using namespace keystone;

TEST_CASE("code points are read from UTF-8 in every script, each once") {
    CodePointSet points;
    addCodePoints("山田 太郎 · 김민준 · 王伟 · にほんご · カタカナ · Đặng Thị Hương · Ωμέγα · Юлия",
                  points);
    for (char32_t cp : {U'山', U'田', U'김', U'王', U'に', U'カ', U'Đ', U'ặ', U'ư', U'Ω', U'Ю'})
        CHECK(points.contains(cp));
    CodePointSet again;
    addCodePoints("山山山", again);
    CHECK(again.size() == 1);
}

TEST_CASE("characters past the Basic Multilingual Plane and malformed bytes are told apart") {
    CodePointSet points;
    addCodePoints("\xF0\xA0\x80\x8B", points);  // U+2000B, CJK Extension B
    CHECK(points.contains(0x2000B));
    CodePointSet broken;
    addCodePoints("a\xE5\xB1z\xC0\xAF\xED\xA0\x80", broken);  // cut short, overlong, surrogate
    CHECK(broken.list() == std::vector<char32_t>{U'a', U'z'});
}

TEST_CASE("control characters are not characters to draw") {
    CodePointSet points;
    addCodePoints("a\nb\tc\x7F", points);
    CHECK(points.list() == std::vector<char32_t>{U'a', U'b', U'c'});
}

TEST_CASE("an account's characters include every text field, however deep") {
    Account account;
    account.name = "株式会社山田";
    Stakeholder person;
    person.name = "김민준";
    person.title = "Директор";
    person.notes = "Gặp ở Hà Nội";
    account.stakeholders.push_back(person);
    const CodePointSet points = accountCodePoints(account);
    for (char32_t cp : {U'株', U'김', U'Д', U'ặ', U'à'}) CHECK(points.contains(cp));
}

TEST_CASE("the font manifest says which file draws a character") {
    // Two slices: 一 (U+4E00) to 丁 (U+4E01) plus 万 (U+4E07); then hangul 가 (U+AC00).
    const auto index = FontSliceIndex::parse(R"({"format":"keystone.cjk-fonts","version":1,
        "slices":[{"file":"han-sc-1.aaaa.otf","language":"Chinese","ranges":[19968,2,5,1]},
                  {"file":"hangul-1.bbbb.otf","language":"Korean","ranges":[44032,1]}]})");
    REQUIRE(index);
    CHECK(index.value().sliceOf(0x4E00) == 0u);
    CHECK(index.value().sliceOf(0x4E01) == 0u);
    CHECK_FALSE(index.value().sliceOf(0x4E02).has_value());
    CHECK(index.value().sliceOf(0x4E07) == 0u);
    CHECK(index.value().sliceOf(0xAC00) == 1u);
    CHECK_FALSE(index.value().sliceOf(U'A').has_value());
    CHECK(index.value().slices()[1].language == "Korean");
}

TEST_CASE("a manifest that is not one is refused with a reason") {
    CHECK_FALSE(FontSliceIndex::parse("{}"));
    CHECK_FALSE(FontSliceIndex::parse("not json"));
    CHECK_FALSE(FontSliceIndex::parse(R"({"format":"keystone.cjk-fonts","slices":[
        {"file":"x.otf","ranges":[1114111,5]}]})"));
}

TEST_CASE("the language named for a missing font is known without the manifest") {
    CHECK(cjkLanguageOf(U'の') == "Japanese");
    CHECK(cjkLanguageOf(U'カ') == "Japanese");
    CHECK(cjkLanguageOf(U'한') == "Korean");
    CHECK(cjkLanguageOf(U'王') == "Chinese");
    CHECK(cjkLanguageOf(U'é').empty());
}
