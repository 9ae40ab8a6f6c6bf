#include "ui/portfolio/portfolio_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/editing/account_commands.h"
#include "core/health/health.h"
#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"
#include "ui/account/health/health_cache.h"
#include "ui/portfolio/portfolio_cells.h"
#include "ui/portfolio/portfolio_chart.h"
#include "ui/portfolio/portfolio_table.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

struct Tile {
    std::string caption;
    std::string figure;
    std::string detail;
    std::string tooltip;
};

std::string percent(double value, int decimals) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%.*f%%", decimals, value);
    return buffer;
}

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::vector<Tile> buildTiles(const PortfolioMetrics& m, const QualificationFramework& framework,
                             const std::string& currency,
                             const std::optional<HealthAverage>& health) {
    std::vector<Tile> tiles;
    tiles.push_back({"Total ARR", formatMoneyCompact(m.totalArr, currency),
                     plural(m.accountCount, "active account", "active accounts"),
                     "Current annual recurring revenue of every account that is not archived: " +
                         formatMoney(m.totalArr, currency)});
    const auto& mix = m.tierMix;
    tiles.push_back({"Tier mix",
                     std::to_string(mix[0].accounts) + " · " + std::to_string(mix[1].accounts) +
                         " · " + std::to_string(mix[2].accounts),
                     "Tier 1 · Tier 2 · Tier 3",
                     "Accounts per tier from the qualification score (Tier 1 from " +
                         std::to_string(framework.bands.tier1Min) + ", Tier 2 from " +
                         std::to_string(framework.bands.tier2Min) + ").\nTier 1 ARR " +
                         formatMoneyCompact(mix[0].arr, currency) + ", Tier 2 " +
                         formatMoneyCompact(mix[1].arr, currency) + ", Tier 3 " +
                         formatMoneyCompact(mix[2].arr, currency) + ".\n" +
                         plural(m.enterpriseAccounts, "account qualifies", "accounts qualify") +
                         " as Enterprise."});
    const Concentration& c = m.concentration;
    tiles.push_back(
        {"Top 20% share", c.totalArr > 0 ? percent(c.topSharePct, 0) : "—",
         c.accountCount > 0 ? "of ARR from " + std::to_string(c.topCount) + " of " +
                                  plural(c.accountCount, "account", "accounts")
                            : "no active accounts",
         "Revenue concentration: the share of ARR held by the largest 20% of accounts.\n"
         "Above 80% means a handful of renewals carry the whole book."});
    tiles.push_back(
        {"Weighted pipeline", formatMoneyCompact(m.weightedPipeline, currency),
         plural(m.openOpportunities, "open opportunity", "open opportunities"),
         "Each open opportunity's amount times its win probability, summed.\nUnweighted: " +
             formatMoney(m.openPipeline, currency)});
    for (const RenewalWindow* window : {&m.renewals90, &m.renewals180}) {
        const std::string days = std::to_string(window == &m.renewals90 ? 90 : 180);
        Tile tile{"Renewals in " + days + " days", "—", "no date for today", ""};
        if (m.renewalsKnown) {
            tile.figure = std::to_string(window->accounts);
            tile.detail = formatMoneyCompact(window->arr, currency) + " ARR up for renewal";
            tile.tooltip = "Accounts whose renewal date falls between today and " + days +
                           " days from now (both included).";
        }
        tiles.push_back(tile);
    }
    if (m.netRetention) {
        tiles.push_back(
            {"Net revenue retention", percent(m.netRetention->percent, 1),
             "across " + plural(m.netRetention->accounts, "account", "accounts"),
             "ARR today divided by ARR a year ago, over accounts whose prior-year ARR is "
             "known: " +
                 formatMoneyCompact(m.netRetention->currentArr, currency) + " / " +
                 formatMoneyCompact(m.netRetention->priorArr, currency)});
    } else {
        tiles.push_back({"Net revenue retention", "—", "prior-year ARR unknown",
                         "No account has a prior-year ARR yet, so retention cannot be measured.\n"
                         "Add last year's ARR to an account to see net revenue retention."});
    }
    if (health)
        tiles.push_back(
            {"Average health", std::to_string(health->score),
             "across " + plural(health->accounts, "account", "accounts") + " with health data",
             "The mean health score of the active accounts whose health signals "
             "were entered; accounts with no health data yet are left out."});
    else
        tiles.push_back({"Average health", "\xE2\x80\x94", "no health data yet",
                         "No active account has health signals yet. Enter them on an account's "
                         "Health tab."});
    tiles.push_back(
        {"Open risks", std::to_string(m.openRiskCount),
         m.topRisks.empty() ? std::string("none open") : "top: " + m.topRisks.front().title,
         "Risks that are open or being mitigated, across all active accounts." +
             (m.topRisks.empty() ? std::string()
                                 : "\nHighest: " + m.topRisks.front().title + " (" +
                                       m.topRisks.front().accountName + ", severity " +
                                       std::to_string(m.topRisks.front().severity) + " of 25)")});
    return tiles;
}

void drawTiles(const std::vector<Tile>& tiles) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int perRow =
        std::clamp(static_cast<int>((avail + spacing) / (em(12.0f) + spacing)), 1, 5);
    const float width =
        (avail - spacing * static_cast<float>(perRow - 1)) / static_cast<float>(perRow);
    for (size_t i = 0; i < tiles.size(); ++i) {
        if (i % static_cast<size_t>(perRow) != 0) ImGui::SameLine();
        const Tile& tile = tiles[i];
        const std::string detail = cells::fitText(tile.detail, width - em(1.9f));
        kpiTile(tile.caption.c_str(), tile.figure, detail.c_str(), width / em(1.0f));
        exposeReadout(tile.caption + ": " + tile.figure);
        if (!tile.tooltip.empty() && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(em(24.0f));
            ImGui::TextUnformatted(tile.tooltip.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
}

// How the rep types amounts: 1,234.56 or 1.234,56 (spaces group thousands in both).
void numberFormatCombo(Workspace& workspace) {
    const DecimalMark current = workspace.portfolio().decimalMark;
    int chosen = static_cast<int>(current);
    if (enumCombo(
            "Number format", chosen, 2,
            [](int i) { return decimalMarkLabel(static_cast<DecimalMark>(i)); }, chosen, em(7.0f)))
        workspace.execute(
            decimalMarkCommand(workspace.portfolio(), static_cast<DecimalMark>(chosen)));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "How you type amounts: with a decimal point (1,234.56) or a decimal comma "
            "(1.234,56 or 1 234,56).");
}

}  // namespace

void drawPortfolioView(Workspace& workspace, ViewState& view) {
    // Shown because no account is selected, or the selected one is gone (say its creation
    // was undone): clear the stale id so the sidebar highlights "Portfolio overview".
    if (!workspace.selectedAccountId().empty() && !workspace.selectedAccount())
        workspace.selectAccount("");
    const Portfolio& portfolio = workspace.portfolio();
    PortfolioOptions options;
    options.today = workspace.today;
    const PortfolioMetrics metrics =
        computePortfolioMetrics(portfolio.accounts, portfolio.qualification, options);
    const std::string currency =
        metrics.currencies.empty() ? std::string("USD") : metrics.currencies.front();

    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted("Portfolio overview");
    ImGui::PopFont();
    int archived = 0;
    for (const Account& account : portfolio.accounts) archived += account.archived;
    std::string facts = plural(metrics.accountCount, "active account", "active accounts");
    if (archived > 0) facts += "  ·  " + std::to_string(archived) + " archived";
    if (!workspace.today.empty()) facts += "  ·  as of " + workspace.today;
    mutedText(facts.c_str());
    ImGui::SameLine(0, em(2.0f));
    numberFormatCombo(workspace);
    if (metrics.mixedCurrencies) {
        std::string list;
        for (const std::string& code : metrics.currencies)
            list += (list.empty() ? "" : ", ") + code;
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::TextWrapped(ICON_WARNING
                           "  Accounts use several currencies (%s). Totals add the amounts "
                           "as-is, without conversion.",
                           list.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    std::vector<HealthResult> health;
    for (const Account& account : portfolio.accounts)
        if (!account.archived)
            health.push_back(cachedAccountHealth(view.health, workspace, account));
    drawTiles(buildTiles(metrics, portfolio.qualification, currency, averageHealth(health)));
    ImGui::Spacing();
    drawParetoChart(portfolio, metrics, currency, 17.0f);
    ImGui::Spacing();
    ImGui::Spacing();
    sectionHeading("Accounts");
    ImGui::Spacing();
    drawPortfolioTable(workspace, view);
    drawDeleteAccountModal(workspace, view.portfolioTable);
}

}  // namespace keystone::ui
