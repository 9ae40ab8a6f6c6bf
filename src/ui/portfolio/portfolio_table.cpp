#include "ui/portfolio/portfolio_table.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "core/editing/account_commands.h"
#include "core/health/health.h"
#include "core/model/calendar.h"
#include "core/model/money.h"
#include "core/portfolio/portfolio_metrics.h"
#include "core/qualification/qualification.h"
#include "ui/account/health/health_cache.h"
#include "ui/portfolio/portfolio_cells.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
using namespace cells;
namespace {

enum Column {
    kName,
    kTier,
    kScore,
    kArr,
    kAcv,
    kHealth,
    kRenewal,
    kPipeline,
    kRisks,
    kActions,
    kColumnCount
};

struct ColumnSpec {
    const char* name;
    float widthEm;        // 0 = stretch
    float stretchWeight;  // for stretch columns
    const char* tooltip;
};

const ColumnSpec kColumns[kColumnCount] = {
    {"Account", 0, 1.0f,
     "Account and industry. Click a name to open its plan; right-click for more actions"},
    {"Tier", 3.9f, 0, "Tier from the qualification score and the framework's tier bands"},
    {"Score", 3.3f, 0, "Qualification score, 0-100, from the portfolio's scoring framework"},
    {"ARR", 4.2f, 0, "Current annual recurring revenue"},
    {"Potential ACV", 6.2f, 0, "Potential first-year contract value (qualification input)"},
    {"Health", 3.9f, 0, "Account health 0-100: green, amber or red band"},
    {"Renewal", 5.6f, 0, "Contract renewal date; amber when due within 90 days"},
    {"Weighted pipeline", 7.9f, 0, "Open opportunities' amounts times their win probability"},
    {"Open risks", 5.4f, 0, "Risks not yet closed (open or mitigating)"},
    {"##actions", 1.9f, 0, nullptr},
};

struct Row {
    const Account* account = nullptr;
    int position = 0;  // portfolio order, the tie-breaker
    QualificationResult qualification;
    HealthResult health;
    MinorUnits weighted = 0;
    int openRisks = 0;
    std::optional<std::int64_t> daysToRenewal;  // empty when no valid date
};

enum class ActionKind { None, Open, Duplicate, Archive, Restore, Delete };
struct Action {
    ActionKind kind = ActionKind::None;
    std::string accountId;
};

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool matchesFilter(const Account& account, const std::string& needle) {
    if (needle.empty()) return true;
    return lower(account.name).find(needle) != std::string::npos ||
           lower(account.industry).find(needle) != std::string::npos;
}

std::vector<Row> buildRows(const Workspace& workspace, const PortfolioTableState& state,
                           HealthCache& health, int& hiddenArchived) {
    const Portfolio& portfolio = workspace.portfolio();
    const auto today = parseIsoDate(workspace.today);
    const std::string needle = lower(state.filter);
    std::vector<Row> rows;
    hiddenArchived = 0;
    for (size_t i = 0; i < portfolio.accounts.size(); ++i) {
        const Account& account = portfolio.accounts[i];
        if (account.archived && !state.showArchived) {
            ++hiddenArchived;
            continue;
        }
        if (!matchesFilter(account, needle)) continue;
        Row row;
        row.account = &account;
        row.position = static_cast<int>(i);
        row.qualification = scoreQualification(account, portfolio.qualification);
        row.health = cachedAccountHealth(health, workspace, account);
        row.weighted = accountPipeline(account).weighted;
        for (const Risk& risk : account.risks) row.openRisks += risk.status != RiskStatus::Closed;
        const auto renewal = parseIsoDate(account.renewalDate);
        if (today.ok() && renewal.ok())
            row.daysToRenewal = daysBetween(today.value(), renewal.value());
        rows.push_back(std::move(row));
    }
    return rows;
}

// -1 / 0 / 1 comparing two rows on one column, ascending.
int compareOn(const Row& a, const Row& b, int column) {
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
        case kName:
            return cmp(lower(a.account->name), lower(b.account->name));
        case kTier:
            return cmp(static_cast<int>(a.qualification.tier),
                       static_cast<int>(b.qualification.tier));
        case kScore:
            return cmp(a.qualification.score, b.qualification.score);
        case kArr:
            return cmp(a.account->currentArr, b.account->currentArr);
        case kAcv:
            return cmp(a.account->qualification.potentialAcv,
                       b.account->qualification.potentialAcv);
        case kHealth:  // accounts with no health data yet sort below every score
            return cmp(a.health.scored ? a.health.score : -1,
                       b.health.scored ? b.health.score : -1);
        case kRenewal: {  // accounts without a date go last either way round
            if (a.daysToRenewal.has_value() != b.daysToRenewal.has_value())
                return a.daysToRenewal ? -1 : 1;
            return cmp(a.daysToRenewal.value_or(0), b.daysToRenewal.value_or(0));
        }
        case kPipeline:
            return cmp(a.weighted, b.weighted);
        case kRisks:
            return cmp(a.openRisks, b.openRisks);
        default:
            return 0;
    }
}

void sortRows(std::vector<Row>& rows, const ImGuiTableSortSpecs* specs) {
    if (!specs || specs->SpecsCount == 0) return;
    std::stable_sort(rows.begin(), rows.end(), [specs](const Row& a, const Row& b) {
        for (int i = 0; i < specs->SpecsCount; ++i) {
            const ImGuiTableColumnSortSpecs& spec = specs->Specs[i];
            int result = compareOn(a, b, spec.ColumnIndex);
            if (spec.SortDirection == ImGuiSortDirection_Descending) result = -result;
            if (result != 0) return result < 0;
        }
        return a.position < b.position;
    });
}

// Two text lines: the name over the industry.
float rowContentHeight() { return ImGui::GetTextLineHeight() * 2 + em(0.1f); }

void drawHeaderRow() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < kColumnCount; ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        if (kColumns[column].tooltip && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", kColumns[column].tooltip);
    }
}

void drawRowMenu(const Account& account, Action& action) {
    if (!ui::beginPopupMenu("##row-menu")) return;
    if (ui::menuItem(ICON_FILE "  Open")) action = {ActionKind::Open, account.id};
    if (ui::menuItem(ICON_COPY "  Duplicate")) action = {ActionKind::Duplicate, account.id};
    if (account.archived ? ui::menuItem(ICON_UNDO "  Restore")
                         : ui::menuItem(ICON_ARCHIVE "  Archive"))
        action = {account.archived ? ActionKind::Restore : ActionKind::Archive, account.id};
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    if (ui::menuItem(ICON_TRASH "  Delete")) action = {ActionKind::Delete, account.id};
    ImGui::PopStyleColor();
    ui::endPopup();
}

void drawRow(const Row& row, const QualificationFramework& framework, Action& action) {
    const Account& a = *row.account;
    ImGui::PushID(a.id.c_str());
    if (a.archived)
        ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.6f);  // set apart
    const float h = rowContentHeight();  // each cell centres itself in it
    ImGui::TableNextRow(0, h + ImGui::GetStyle().CellPadding.y * 2);

    ImGui::TableSetColumnIndex(kName);
    if (nameCell(a, "##row-menu", h)) action = {ActionKind::Open, a.id};

    ImGui::TableSetColumnIndex(kTier);
    tierCell(row.qualification, h);
    ImGui::TableSetColumnIndex(kScore);
    scoreCell(row.qualification, framework, h);
    ImGui::TableSetColumnIndex(kArr);
    moneyCell(a.currentArr, a.currency, h);
    ImGui::TableSetColumnIndex(kAcv);
    moneyCell(a.qualification.potentialAcv, a.currency, h);
    ImGui::TableSetColumnIndex(kHealth);
    healthCell(row.health, h);
    ImGui::TableSetColumnIndex(kRenewal);
    renewalCell(a.renewalDate, row.daysToRenewal, h);
    ImGui::TableSetColumnIndex(kPipeline);
    moneyCell(row.weighted, a.currency, h);
    ImGui::TableSetColumnIndex(kRisks);
    risksCell(row.openRisks, h);

    ImGui::TableSetColumnIndex(kActions);
    if (actionsButton(h)) ImGui::OpenPopup("##row-menu");
    if (a.archived) ImGui::PopStyleVar();
    drawRowMenu(a, action);
    ImGui::PopID();
}

void apply(Workspace& workspace, PortfolioTableState& state, const Action& action) {
    const Portfolio& portfolio = workspace.portfolio();
    const Account* account = findAccount(portfolio, action.accountId);
    if (!account) return;
    switch (action.kind) {
        case ActionKind::Open:
            workspace.selectAccount(account->id);
            break;
        case ActionKind::Duplicate: {
            Account copy = duplicateAccount(*account, workspace.clockNow());
            copy.name = freeAccountName(portfolio, copy.name);
            const int position = accountIndex(portfolio, account->id) + 1;
            workspace.execute(
                addAccountCommand(std::move(copy), position, "Duplicate " + account->name));
            break;
        }
        case ActionKind::Archive:
        case ActionKind::Restore:
            workspace.execute(setArchivedCommand(
                portfolio, account->id, action.kind == ActionKind::Archive, workspace.clockNow()));
            break;
        case ActionKind::Delete:
            state.deleteRequest = account->id;
            break;
        case ActionKind::None:
            break;
    }
}

void drawToolbar(Workspace& workspace, ViewState& view) {
    PortfolioTableState& state = view.portfolioTable;
    const float start = ImGui::GetCursorPosX();
    const float right = start + ImGui::GetContentRegionAvail().x;
    const float width = em(19.0f);
    filterField("Filter accounts", ICON_SEARCH "  Filter by name or industry", state.filter, width);
    ImGui::SameLine(start + width + em(1.0f));  // past the field, over its clipped-away label
    ui::checkbox("Show archived", &state.showArchived);
    const char* newLabel = ICON_PLUS "  New account";
    const float buttonW = buttonWidth(newLabel);
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - buttonW));
    if (accentButton(newLabel)) createAccountAndOpen(workspace, view);
}

}  // namespace

void createAccountAndOpen(Workspace& workspace, ViewState& view) {
    Account account = makeNewAccount(workspace.today, workspace.clockNow());
    account.name = freeAccountName(workspace.portfolio(), account.name);
    const std::string id = account.id;
    workspace.execute(addAccountCommand(std::move(account), -1, "Create account"));
    workspace.selectAccount(id);
    view.showSection = "Overview";
}

void drawPortfolioTable(Workspace& workspace, ViewState& view) {
    PortfolioTableState& state = view.portfolioTable;
    HealthCache& health = view.health;
    drawToolbar(workspace, view);
    ImGui::Spacing();
    const Portfolio& portfolio = workspace.portfolio();
    int hiddenArchived = 0;
    std::vector<Row> rows = buildRows(workspace, state, health, hiddenArchived);

    if (portfolio.accounts.empty()) {
        emptyNote("No accounts yet — create the first one with New account.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortTristate | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, emVec(0.45f, 0.25f));
    Action action;
    if (ImGui::BeginTable("##accounts", kColumnCount, flags)) {
        for (int column = 0; column < kColumnCount; ++column) {
            const ColumnSpec& spec = kColumns[column];
            ImGuiTableColumnFlags columnFlags = spec.widthEm > 0
                                                    ? ImGuiTableColumnFlags_WidthFixed
                                                    : ImGuiTableColumnFlags_WidthStretch;
            if (column == kActions) columnFlags |= ImGuiTableColumnFlags_NoSort;
            if (column == kArr)
                columnFlags |=
                    ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending;
            if (column >= kScore && column != kRenewal)
                columnFlags |= ImGuiTableColumnFlags_PreferSortDescending;
            ImGui::TableSetupColumn(spec.name, columnFlags,
                                    spec.widthEm > 0 ? em(spec.widthEm) : spec.stretchWeight,
                                    static_cast<ImGuiID>(column));
        }
        drawHeaderRow();
        sortRows(rows, ImGui::TableGetSortSpecs());
        for (const Row& row : rows) drawRow(row, portfolio.qualification, action);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();

    if (rows.empty()) {
        ImGui::Spacing();
        if (!state.filter.empty()) {
            emptyNote(("No accounts match \"" + state.filter + "\".").c_str());
            if (ui::button("Clear filter")) state.filter.clear();
        } else {
            emptyNote("Every account is archived — tick Show archived to see them.");
        }
    }
    ImGui::Spacing();
    std::string footer =
        std::to_string(rows.size()) + (rows.size() == 1 ? " account shown" : " accounts shown");
    if (hiddenArchived > 0) footer += "  ·  " + std::to_string(hiddenArchived) + " archived hidden";
    mutedText(footer.c_str());
    apply(workspace, state, action);
}

void drawDeleteAccountModal(Workspace& workspace, PortfolioTableState& state) {
    const Account* account = findAccount(workspace.portfolio(), state.deleteRequest);
    if (!account) {
        state.deleteRequest.clear();
        return;
    }
    if (!ImGui::IsPopupOpen("##delete-account")) ImGui::OpenPopup("##delete-account");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(30.0f), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.4f, 1.2f));
    const bool open =
        ui::beginPopupModal("##delete-account", nullptr,
                            ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!open) return;
    const std::string name = account->name.empty() ? std::string("this account") : account->name;
    ImGui::PushFont(fonts().heading);
    ImGui::TextWrapped("Delete %s? You can undo this.", name.c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextWrapped(
        "The plan, its stakeholders, opportunities and risks are removed from this "
        "device. Undo (Ctrl+Z) brings everything back.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::Spacing();
    const std::string id = account->id;
    if (dangerButton(ICON_TRASH "  Delete account")) {
        workspace.execute(deleteAccountCommand(workspace.portfolio(), id));
        state.deleteRequest.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ui::button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        state.deleteRequest.clear();
        ImGui::CloseCurrentPopup();
    }
    ui::endPopup();
}

}  // namespace keystone::ui
