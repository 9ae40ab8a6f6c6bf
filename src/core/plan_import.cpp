#include "core/plan_import.h"

#include <utility>

namespace keystone {

Result<PlanImport> prepareImport(std::string_view bytes, const Portfolio& portfolio) {
    auto read = readPlan(bytes);
    if (!read.ok()) return Result<PlanImport>::failure(read.error());
    PlanDocument document = std::move(read).value();
    Account account = std::move(document.account);
    account.documentUnknown = std::move(document.unknown);
    if (const Account* existing = findAccount(portfolio, account.id)) {
        return Result<PlanImport>::failure(
            "This plan is for \"" + existing->name +
                "\", which is already in your portfolio. Keystone will not overwrite it; "
                "delete or duplicate the existing account first if you want this copy instead.",
            "/account/id");
    }
    PlanImport import;
    import.accountId = account.id;
    import.accountName = account.name;
    const std::string id = account.id;
    import.command = Command{
        "Import " + account.name, {},
        [account](Portfolio& p) { p.accounts.push_back(account); },
        [id](Portfolio& p) {
            for (size_t i = 0; i < p.accounts.size(); ++i)
                if (p.accounts[i].id == id) { p.accounts.erase(p.accounts.begin() + static_cast<std::ptrdiff_t>(i)); return; }
        },
        id};
    return Result<PlanImport>::success(std::move(import));
}

std::string exportAccountPlan(const Account& account) {
    PlanDocument document;
    document.account = account;
    document.unknown = account.documentUnknown;
    return writePlan(document);
}

}  // namespace keystone
