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

}  // namespace keystone
