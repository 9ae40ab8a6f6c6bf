#include "core/model/portfolio.h"

namespace keystone {

Account* findAccount(Portfolio& portfolio, const std::string& id) {
    for (Account& account : portfolio.accounts)
        if (account.id == id) return &account;
    return nullptr;
}

const Account* findAccount(const Portfolio& portfolio, const std::string& id) {
    return findAccount(const_cast<Portfolio&>(portfolio), id);
}

namespace {

std::string comparableName(const std::string& name) {
    const size_t first = name.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    std::string text = name.substr(first, name.find_last_not_of(" \t") - first + 1);
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

}  // namespace

const Account* accountNamedLike(const Portfolio& portfolio, const std::string& name,
                                const std::string& exceptId) {
    const std::string wanted = comparableName(name);
    if (wanted.empty()) return nullptr;
    for (const Account& account : portfolio.accounts)
        if (account.id != exceptId && comparableName(account.name) == wanted) return &account;
    return nullptr;
}

std::string freeAccountName(const Portfolio& portfolio, const std::string& wanted) {
    std::string name = wanted;
    for (int n = 2; accountNamedLike(portfolio, name); ++n) name = wanted + " " + std::to_string(n);
    return name;
}

}  // namespace keystone
