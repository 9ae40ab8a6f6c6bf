// The account's facts on the Overview: what the portfolio's ARR, renewals, concentration and
// retention figures are built from, so a rep can fill them in for an account of their own.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/model/money.h"
#include "ui/account/overview/overview_parts.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};

void currencyCombo(Workspace& workspace, const Account& account, float width) {
    // The common codes, plus the account's own when a plan brought another one.
    std::vector<std::string> codes(std::begin(kCommonCurrencies), std::end(kCommonCurrencies));
    if (std::find(codes.begin(), codes.end(), account.currency) == codes.end())
        codes.push_back(account.currency);
    int current =
        static_cast<int>(std::find(codes.begin(), codes.end(), account.currency) - codes.begin());
    if (enumCombo(
            "Currency", current, static_cast<int>(codes.size()),
            [&codes](int i) { return std::string_view(codes[static_cast<size_t>(i)]); }, current,
            width))
        workspace.execute(editAccount(
            workspace, account, [](Account& a) -> std::string& { return a.currency; },
            codes[static_cast<size_t>(current)], "currency", false));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Every amount in this plan is in this currency; nothing is converted.");
}

void fiscalYearCombo(Workspace& workspace, const Account& account, float width) {
    int month = std::clamp(account.fiscalYearStartMonth, 1, 12) - 1;
    if (enumCombo(
            "Fiscal year starts", month, 12,
            [](int i) { return std::string_view(kMonths[static_cast<size_t>(i)]); }, month, width))
        workspace.execute(editAccount(
            workspace, account, [](Account& a) -> int& { return a.fiscalYearStartMonth; },
            month + 1, "fiscal year start", false));
}

}  // namespace

void drawAccountFacts(Workspace& workspace, PlanFieldsState& fields, const Account& account) {
    // Two columns when there is room, one otherwise; labels sit right of their fields.
    const bool wide = ImGui::GetContentRegionAvail().x > em(44.0f);
    if (!ImGui::BeginTable("##account-facts", wide ? 2 : 1, ImGuiTableFlags_NoPadOuterX)) return;
    const float width = em(13.0f);
    ImGui::TableNextColumn();
    moneyField(
        workspace, fields, "Current ARR", account.currentArr, account.currency,
        [&](MinorUnits arr) {
            return editAccount(
                workspace, account, [](Account& a) -> MinorUnits& { return a.currentArr; }, arr,
                "current ARR");
        },
        width);
    ImGui::TableNextColumn();
    optionalMoneyField(
        workspace, fields, "Prior-year ARR", account.priorYearArr, account.currency,
        [&](std::optional<MinorUnits> arr) {
            return editAccount(
                workspace, account,
                [](Account& a) -> std::optional<MinorUnits>& { return a.priorYearArr; }, arr,
                "prior-year ARR");
        },
        width);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("ARR a year ago, for net revenue retention. Leave empty if not known.");
    ImGui::TableNextColumn();
    dateField(
        workspace, fields, "Renewal date", account.renewalDate,
        [&](const std::string& date) {
            return editAccount(
                workspace, account, [](Account& a) -> std::string& { return a.renewalDate; }, date,
                "renewal date");
        },
        width);
    ImGui::TableNextColumn();
    currencyCombo(workspace, account, width);
    ImGui::TableNextColumn();
    fiscalYearCombo(workspace, account, width);
    ImGui::TableNextColumn();
    textField(
        workspace, "Budget cycle", account.budgetCycle,
        [&](const std::string& text) {
            return editAccount(
                workspace, account, [](Account& a) -> std::string& { return a.budgetCycle; }, text,
                "budget cycle");
        },
        "e.g. Budgets set in October", width);
    ImGui::EndTable();
}

}  // namespace keystone::ui
