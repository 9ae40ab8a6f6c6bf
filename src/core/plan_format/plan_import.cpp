#include "core/plan_format/plan_import.h"

#include "core/pricing/pricing_scenario_export.h"

#include <utility>

namespace keystone {

Result<Account> readAccountPlan(std::string_view bytes) {
    auto read = readPlan(bytes);
    if (!read.ok()) return Result<Account>::failure(read.error());
    PlanDocument document = std::move(read).value();
    Account account = std::move(document.account);
    account.documentUnknown = std::move(document.unknown);
    return Result<Account>::success(std::move(account));
}

Result<PlanImport> prepareImport(std::string_view bytes, const Portfolio& portfolio) {
    auto read = readAccountPlan(bytes);
    if (!read.ok()) return Result<PlanImport>::failure(read.error());
    Account account = std::move(read).value();
    // A catalog equal to the rep's is dropped; only a sender's different one stays on the account.
    adoptImportedCatalog(account, portfolio);
    PlanImport import;
    import.accountId = account.id;
    import.accountName = account.name;
    if (findAccount(portfolio, account.id)) {
        import.existing = true;
        import.incoming = std::move(account);
        return Result<PlanImport>::success(std::move(import));
    }
    import.incoming = account;
    const std::string id = account.id;
    import.command = Command{"Import " + account.name, {},
                             [account](Portfolio & p) {
                                 p.accounts.push_back(account);
}
,
    [id](Portfolio& p) {
        for (size_t i = 0; i < p.accounts.size(); ++i)
            if (p.accounts[i].id == id) {
                p.accounts.erase(p.accounts.begin() + static_cast<std::ptrdiff_t>(i));
                return;
            }
    },
    id
};  // namespace keystone
return Result<PlanImport>::success(std::move(import));
}

std::string exportAccountPlan(const Account& account) { return writePlan(planDocumentOf(account)); }

std::string fileNameSafe(const std::string& text) {
    std::string name;
    for (char c : text) {
        const bool unsafe = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
                            c == '<' || c == '>' || c == '|' ||
                            static_cast<unsigned char>(c) < 0x20;
        name.push_back(unsafe ? '-' : c);
    }
    return name;
}

std::string planFileName(const std::string& accountName, bool passphraseProtected) {
    const std::string name = fileNameSafe(accountName);
    return (name.empty() ? std::string("Account plan") : name) +
           (passphraseProtected ? ".keystone.locked.json" : ".keystone.json");
}

}  // namespace keystone
