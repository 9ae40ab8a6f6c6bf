#include "core/sharing/plan_email.h"

#include "core/model/money.h"
#include "core/plan/sales_stages.h"
#include "core/report/html_escape.h"

namespace keystone {
namespace {

constexpr std::size_t kMaxNameChars = 80;
constexpr std::size_t kMaxStepChars = 140;

// One line of plan text: control characters and line breaks cannot split the summary.
std::string oneLine(const std::string& text, std::size_t maxChars) {
    std::string flat;
    for (char c : text) flat.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    return truncateText(flat, maxChars);
}

}  // namespace

PlanEmail composePlanEmail(const Account& account, const QualificationFramework& framework,
                           const PlanEmailOptions& options) {
    PlanEmail email;
    const std::string name =
        oneLine(account.name.empty() ? "Untitled account" : account.name, kMaxNameChars);
    email.subject = "Account plan: " + name;

    const QualificationResult score = scoreQualification(account, framework);
    std::string& body = email.body;
    body = "Hi,\n\nHere is the Keystone account plan for " + name + ".\n\n";
    body += "Tier: " + std::string(tierLabel(score.tier)) + " (score " +
            std::to_string(score.score) + " of 100)\n";
    body += "ARR: " + formatMoney(account.currentArr, account.currency) + "\n";
    body +=
        "Renewal: " + (account.renewalDate.empty() ? std::string("not set") : account.renewalDate) +
        "\n";

    std::string steps;
    int listed = 0;
    for (const Opportunity& opportunity : account.opportunities) {
        if (listed >= options.maxNextSteps) break;
        if (isClosedStage(opportunity.stage) || opportunity.nextStep.empty()) continue;
        steps += "- " + oneLine(opportunity.name, kMaxNameChars) + ": " +
                 oneLine(opportunity.nextStep, kMaxStepChars) + "\n";
        ++listed;
    }
    body += steps.empty() ? "Next steps: none recorded\n" : "Next steps:\n" + steps;

    body += "\nThe full plan is in the attached file";
    if (!options.fileName.empty())
        body += " (" + oneLine(options.fileName, kMaxNameChars + 20) + ")";
    body += ". Open it in Keystone with Import plan.";
    if (options.encrypted)
        body += " It is protected with a passphrase, which I will send you separately.";
    body += "\n";
    return email;
}

std::string mailtoUrl(const PlanEmail& email) {
    static const char* const kHex = "0123456789ABCDEF";
    auto encode = [](const std::string& text) {
        std::string out;
        for (char raw : text) {
            const auto c = static_cast<unsigned char>(raw);
            if (c == '\n') {
                out += "%0D%0A";
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~') {
                out.push_back(static_cast<char>(c));
            } else {
                out.push_back('%');
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 15]);
            }
        }
        return out;
    };
    return "mailto:?subject=" + encode(email.subject) + "&body=" + encode(email.body);
}

}  // namespace keystone
