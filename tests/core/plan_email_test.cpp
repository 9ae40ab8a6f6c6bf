// "Email this plan": a short summary for the mail body, never the plan itself, and a
// correctly encoded mailto: link.
#include "core/sharing/plan_email.h"

#include <doctest/doctest.h>

#include <string>

#include "core/sample/sample_plan.h"

using namespace keystone;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the email subject names the account") {
    Account account = makeSampleAccount();
    const PlanEmail email = composePlanEmail(account, defaultQualificationFramework(), {});
    CHECK(email.subject == "Account plan: " + account.name);
}

TEST_CASE("the email body summarises tier, ARR, renewal and next steps") {
    Account account = makeSampleAccount();
    account.renewalDate = "2027-03-31";
    account.currentArr = 120000000;
    account.currency = "USD";
    const PlanEmail email =
        composePlanEmail(account, defaultQualificationFramework(), {"Plan.keystone.json"});
    CHECK(has(email.body, "Tier: Tier "));
    CHECK(has(email.body, "ARR: $1,200,000"));
    CHECK(has(email.body, "Renewal: 2027-03-31"));
    CHECK(has(email.body, "Next steps"));
    CHECK(has(email.body, "(Plan.keystone.json)"));
}

TEST_CASE("the email body lists at most three open next steps and never the plan's notes") {
    Account account = makeSampleAccount();
    account.opportunities.clear();
    for (int i = 0; i < 5; ++i) {
        Opportunity opportunity;
        opportunity.name = "Deal " + std::to_string(i);
        opportunity.nextStep = "Step " + std::to_string(i);
        opportunity.stage = i == 0 ? SalesStage::ClosedWon : SalesStage::Evaluation;
        account.opportunities.push_back(opportunity);
    }
    account.summary.business = "CONFIDENTIAL business text";
    const std::string body = composePlanEmail(account, defaultQualificationFramework(), {}).body;
    CHECK_FALSE(has(body, "Step 0"));  // closed deals have no next step to chase
    CHECK(has(body, "- Deal 1: Step 1"));
    CHECK(has(body, "- Deal 3: Step 3"));
    CHECK_FALSE(has(body, "Step 4"));
    CHECK_FALSE(has(body, "CONFIDENTIAL"));
}

TEST_CASE("an encrypted plan's email says the passphrase comes separately") {
    const Account account = makeSampleAccount();
    PlanEmailOptions options;
    options.encrypted = true;
    CHECK(has(composePlanEmail(account, defaultQualificationFramework(), options).body,
              "passphrase"));
}

TEST_CASE("a line break in a name cannot add lines or headers to the email") {
    Account account = makeSampleAccount();
    account.name = "Evil\r\nBcc: someone@example.com";
    const PlanEmail email = composePlanEmail(account, defaultQualificationFramework(), {});
    CHECK_FALSE(has(email.subject, "\n"));
    CHECK_FALSE(has(email.subject, "\r"));
    CHECK_FALSE(has(mailtoUrl(email), "\n"));
}

TEST_CASE("the mailto link percent-encodes the subject and body") {
    const std::string url = mailtoUrl({"Account plan: A&B Co", "Line one\nLine two ü"});
    CHECK(
        url ==
        "mailto:?subject=Account%20plan%3A%20A%26B%20Co&body=Line%20one%0D%0ALine%20two%20%C3%BC");
}
