// What a rep reads when a plan file cannot be opened: what is wrong, where (section, item
// counted from 1, field; or line and character), and what to do, without programmer's words.
#include <doctest/doctest.h>

#include <string>

#include "core/plan_format/plan_format.h"

using namespace keystone;

namespace {

std::string refusal(std::string_view bytes) {
    const auto result = readPlan(bytes);
    REQUIRE_FALSE(result.ok());
    return planErrorText(result.error());
}

bool has(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

const std::string kHead =
    R"({"format":"keystone.plan","version":1,"account":{"id":"a0000000000000000000000000000001","name":"Acme","currency":"EUR")";

}  // namespace

TEST_CASE("Places in the file are described as section, item and field") {
    CHECK(describePlanLocation("/account/stakeholders/1/influence") ==
          "stakeholder 2, field \xE2\x80\x9Cinfluence\xE2\x80\x9D");
    CHECK(describePlanLocation("/account/objectives/0/actions/4/title") ==
          "objective 1, action 5, field \xE2\x80\x9Ctitle\xE2\x80\x9D");
    CHECK(describePlanLocation("/account/summary/goals/2/id") ==
          "the executive summary, strategic goal 3, field \xE2\x80\x9Cid\xE2\x80\x9D");
    CHECK(describePlanLocation("/account/currentArr") ==
          "the field \xE2\x80\x9C"
          "currentArr\xE2\x80\x9D");
    CHECK(describePlanLocation("/catalog/tiers/1/name") ==
          "the pricing catalog, edition 2, field \xE2\x80\x9Cname\xE2\x80\x9D");
    CHECK(describePlanLocation("/account/a~1b/c") ==
          "\xE2\x80\x9C"
          "a/b\xE2\x80\x9D, field \xE2\x80\x9C"
          "c\xE2\x80\x9D");
    CHECK(describePlanLocation("12:7") == "line 12, character 7");
    CHECK(describePlanLocation("") == "");
    CHECK(describePlanLocation("/") == "");
}

TEST_CASE("A binary file is called one, with what to open instead") {
    const std::string text = refusal(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10));
    CHECK(text ==
          "This file is not a Keystone plan (it looks like a binary file, such as an image, a PDF "
          "or a spreadsheet). Open a .keystone.json file exported from Keystone.");
    CHECK(has(refusal(std::string("\0\1\2", 3)), "binary file"));
}

TEST_CASE("Text in another format is not a plan, and an empty file says it is empty") {
    CHECK(has(refusal("Name,Email\nAnn,ann@example.com\n"), "text in another format"));
    CHECK(has(refusal(""), "This file is empty"));
    CHECK(has(refusal("[1,2]"), "not a Keystone plan"));
}

TEST_CASE("A damaged plan says where in lines and characters and what to do") {
    const std::string text = refusal(kHead + ",\n\"currentArr\": 12 @}}");
    CHECK(has(text, "This plan file is damaged"));
    CHECK(has(text, "export it again from Keystone or ask the sender for a new copy"));
    CHECK(has(text, "(Where: line 2, character 18.)"));
    CHECK_FALSE(has(text, "0x"));
}

TEST_CASE("A wrong value names the item and field it is in") {
    const std::string text = refusal(
        kHead + R"(,"opportunities":[{"id":"0f000000000000000000000000000001","amount":12.5}]}})");
    CHECK(has(text, "\"amount\" must be an amount in cents"));
    CHECK(has(text,
              "(Where: opportunity 1, field \xE2\x80\x9C"
              "amount\xE2\x80\x9D.)"));
    CHECK_FALSE(has(text, "minor units"));
}

TEST_CASE("A text over its limit asks the rep to shorten it") {
    const std::string text = refusal(
        R"({"format":"keystone.plan","version":1,"account":{"id":"a0000000000000000000000000000001","name":")" +
        std::string(2000, 'x') + R"(","currency":"EUR"}})");
    CHECK(has(text, "\"name\" is too long"));
    CHECK(has(text, "Shorten it"));
}
