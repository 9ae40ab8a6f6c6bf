// "Email this plan": the subject and short summary that travel with an emailed plan file.
//
// The body is deliberately a summary (tier, ARR, renewal date, next steps) and never the
// plan itself: mail passes through servers the rep does not control, and the full plan is
// in the attached file, optionally encrypted. mailto: links are limited in length by mail
// clients, so every part is capped.
#pragma once

#include <string>

#include "core/model/account.h"
#include "core/qualification/qualification.h"

namespace keystone {

struct PlanEmail {
    std::string subject;  // "Account plan: Northwind Logistics"
    std::string body;     // plain text, lines separated by "\n"
};

struct PlanEmailOptions {
    std::string fileName;    // the attached file, named in the body
    bool encrypted = false;  // say the passphrase comes separately
    int maxNextSteps = 3;    // open opportunities' next steps listed
};

PlanEmail composePlanEmail(const Account& account, const QualificationFramework& framework,
                           const PlanEmailOptions& options);

// "mailto:?subject=…&body=…" with RFC 3986 percent-encoding (UTF-8, spaces as %20, line
// breaks as %0D%0A as RFC 6068 asks).
std::string mailtoUrl(const PlanEmail& email);

}  // namespace keystone
