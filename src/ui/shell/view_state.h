// View state: what the panels remember between frames that is not part of the plan —
// selection, open dialogs and what is typed into them, chart zoom and pan, and the caches
// keyed on the workspace revision.
//
// One ViewState, owned by the App (src/app/app.cpp: the app layer opens dialogs and posts
// notices too) and passed down explicitly: the AppShell hands each panel the part it reads (a
// reference), never a static of its own. Parts that belong to one account sit in
// PerAccount<T> and are dropped when the account goes (ViewState::prune, called by the shell
// whenever the workspace revision moves), so creating and deleting accounts all day leaves
// nothing behind. Parts that follow "the account shown" (MetricViewState, RiskViewState, ...)
// hold one account at a time and reset when another is shown.
//
// Plain C++ and core types only (no ImGui), so the native core tests can build one.
//
// Index
//   PerAccount<T>            one T per account id, created on demand, pruned
//   Portfolio screen         PortfolioTableState
//   Account sections         ObjectivesView · OpportunitiesView · StageMoveState · CompetitionView
//                            QualificationView · WhitespaceEditorState · MetricViewState
//                            RiskViewState · pricing::WhatIfState · HealthCache
//   Stakeholder map          StakeholdersView (OrgChartState: ui/org_chart/org_chart_state.h)
//   Shared widgets           PlanFieldsState
//   Dialogs and notices      ContactsImportState · PassphraseDialogState · MergePreviewDialogState
//                            PendingMerge · Notice · NoticesState
//   ViewState                all of the above, grouped by screen; prune()
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/csv/contacts_csv.h"
#include "core/health/health.h"
#include "core/merge/plan_merge.h"
#include "core/merge/plan_merge_preview.h"
#include "core/model/portfolio.h"
#include "core/plan/sales_stages.h"
#include "core/pricing/pricing_whatif.h"
#include "core/stakeholders/org_layout.h"
#include "ui/dialogs/passphrase_dialog.h"
#include "ui/org_chart/org_chart_state.h"
#include "ui/shell/notices.h"

namespace keystone::ui {

//-----------------------------------------------------------------------------------------
// PerAccount<T>
//-----------------------------------------------------------------------------------------

// View state kept separately for each account, by account id.
template <class T>
class PerAccount {
public:
    // The account's part, default-constructed on first use.
    T& of(const std::string& accountId) { return m_byAccount[accountId]; }
    // The account's part if it has one, else nullptr (nothing is created).
    T* find(const std::string& accountId) {
        auto found = m_byAccount.find(accountId);
        return found == m_byAccount.end() ? nullptr : &found->second;
    }
    // Drops the parts of accounts no longer in the portfolio (deleted, or gone by undo).
    void prune(const Portfolio& portfolio) {
        if (m_byAccount.empty()) return;
        std::unordered_set<std::string> live;
        live.reserve(portfolio.accounts.size());
        for (const Account& account : portfolio.accounts) live.insert(account.id);
        for (auto it = m_byAccount.begin(); it != m_byAccount.end();)
            it = live.count(it->first) ? std::next(it) : m_byAccount.erase(it);
    }
    void clear() { m_byAccount.clear(); }
    std::size_t size() const { return m_byAccount.size(); }

private:
    std::unordered_map<std::string, T> m_byAccount;
};

//-----------------------------------------------------------------------------------------
// Portfolio screen
//-----------------------------------------------------------------------------------------

// The account table (portfolio_table.cpp).
struct PortfolioTableState {
    std::string filter;         // matches name or industry, ignoring case; "" = all
    bool showArchived = false;  // archived rows are hidden unless set (default hidden)
    std::string deleteRequest;  // account awaiting delete confirmation; "" = none
};

//-----------------------------------------------------------------------------------------
// Account sections
//-----------------------------------------------------------------------------------------

// Plan tab (objectives_tab.cpp). One selection for whichever account is shown: when the
// objective is not in the account (deleted, undone, other account) the first is chosen.
struct ObjectivesView {
    std::string selectedId;  // objective in the detail pane; "" = the first
    std::string
        listShows;  // the selection the list last scrolled to, to follow changes made elsewhere
};

// Opportunities tab (opportunities_tab.cpp); re-chosen like ObjectivesView.
struct OpportunitiesView {
    std::string selectedId;  // opportunity in the detail pane; "" = the first
    std::string shownId;  // the one the detail pane last showed (scrolls it to the top on change)
};

// A forward stage move waiting for the rep's answer in the "Unmet exit criteria" modal
// (opportunity_stage.cpp).
struct StageMoveState {
    std::string opportunityId;                  // the deal being moved; "" = none
    SalesStage target = SalesStage::Discovery;  // the stage asked for
    bool requested = false;                     // open the modal this frame (default false)
};

// Competition tab (competition_tab.cpp).
struct CompetitionView {
    std::string focusId;  // a just-added competitor whose name takes the keyboard; "" = none
};

// Scoring framework editor (qualification_framework.cpp).
struct QualificationView {
    std::string refusal;  // the last refused framework edit, shown until one is accepted; "" = none
};

// The whitespace matrix's popups (whitespace_editors.cpp): what the open one is about and
// the text typed into it.
struct WhitespaceEditorState {
    const char* request = nullptr;  // popup to open this frame (a string literal); nullptr = none
    std::string businessUnit;       // cell editor: the row
    std::string offering;           // cell editor: the column
    bool row = true;                // axis / add popups: business unit (true) or offering
    std::string name;               // axis popup: the name being edited
    std::string buffer;             // text typed into the name field
    std::string error;              // why the last add / rename was refused
    bool focusName = false;         // put the cursor in the name field when the popup opens
};

// Metrics tab (metrics_tab.cpp, metric_editor.cpp); reset when another account is shown.
struct MetricViewState {
    std::string accountId;    // the account this state belongs to; reset on switching
    std::string selectedId;   // metric in the editor
    std::string focusNameId;  // a just-added metric whose name takes the keyboard
    std::string readingFor;   // metric the reading inputs below belong to
    std::string quarterText;  // "2026-Q4", prefilled with the suggested quarter
    std::string suggested;    // the suggestion last put in quarterText (follows undo/redo
                              // until the rep types their own quarter)
    std::string valueText;    // typed value of the new reading
    std::string message;      // result of the last "Add reading"
    bool messageIsError = false;
};

// Risks tab (risks_tab.cpp and its parts); reset when another account is shown.
struct RiskViewState {
    std::string accountId;     // the account this state belongs to; reset on switching
    std::string selectedId;    // risk shown in the editor, "" = none
    int filterLikelihood = 0;  // heat-map cell filtering the table; 0 = no filter
    int filterImpact = 0;
    std::string focusTitleId;  // a just-added risk whose title takes the keyboard
    std::string dueEditId;     // risk whose due date is being typed
    std::string dueBuffer;     // the text typed so far (committed only when a real date)

    bool filtering() const { return filterLikelihood > 0 && filterImpact > 0; }
};

namespace pricing {

// One account's pricing what-if (pricing_*.cpp). Scratch inputs, not the model: nothing in
// the plan changes until the rep saves or updates a scenario, which goes through a Command.
struct WhatIfState {
    std::string accountId;
    DealInput deal;                // seats per year, uplift, discount, switch, needs
    bool ramp = false;             // seats typed per year instead of one count for every year
    std::string tierId;            // tier picked for the scenario; "" = cheapest eligible
    std::string loadedScenarioId;  // saved scenario the inputs came from ("" = none)
    std::string scenarioName;      // name for "Save scenario"
    std::string renamingId;        // scenario whose name is being edited
    std::string renameText;
    std::string catalogError;                       // why the last catalog edit was refused
    int catalogTier = 0;                            // tier open in the catalog editor
    std::map<std::string, std::string> lineDrafts;  // amount text being typed, by line key
    std::string lineError;  // why the last typed add-on / fee amount was refused
    // Worked out from the above whenever an input or the model (revision) changes.
    unsigned long long revision = ~0ull;
    std::string dealKey;
    std::optional<PricingWhatIf> result;
    std::string error;  // why the deal cannot be priced
};

}  // namespace pricing

// Account health for the panels (health_cache.cpp), worked out once per change to the model
// or to "today": the coverage analysis in it is linear in the size of an account's map.
struct HealthCache {
    PerAccount<HealthResult> byAccount;   // valid for `revision` and `today` only
    unsigned long long revision = ~0ull;  // workspace revision the results are for; ~0 = none yet
    std::string today;                    // the date they are for
};

//-----------------------------------------------------------------------------------------
// Stakeholder map
//-----------------------------------------------------------------------------------------

// Stakeholders tab (stakeholders_tab.cpp, org_chart_*.cpp, influence_editor.cpp).
struct StakeholdersView {
    bool showTable = false;            // Table instead of Chart (default Chart), for every account
    PerAccount<OrgChartState> charts;  // each account's map: zoom, pan, selection, layout cache
    OrgLayoutEngine layoutEngine;      // working memory reused by every relayout
    std::string lastSearch;            // the search text Enter last walked through
    std::size_t nextHit = 0;           // which of its matches Enter shows next
};

//-----------------------------------------------------------------------------------------
// Shared widgets
//-----------------------------------------------------------------------------------------

// Edit widgets of plan_fields.cpp. Keyed by ImGui widget id (ImGuiID, a 32-bit hash).
struct PlanFieldsState {
    std::unordered_map<std::uint32_t, std::string> drafts;    // text of a money or date field
                                                              // being typed, or refused
    std::unordered_map<std::uint32_t, std::string> refusals;  // why that text was refused
    int calendarYear = 0, calendarMonth = 0;  // month the open date picker shows (one at a time)
    std::uint32_t editingText = 0;            // wrapped text area being edited; 0 = none
    bool focusText = false;                   // give it the keyboard on the next frame
};

//-----------------------------------------------------------------------------------------
// Dialogs
//-----------------------------------------------------------------------------------------

// "Import contacts" (contacts_import_dialog.cpp). The dialog is modal: one import at a time.
struct ContactsImportState {
    bool openRequested = false;  // open the modal on the next frame
    std::string accountId;       // account the people go to
    std::string fileName;
    std::string bytes;   // the chosen file
    CsvFormat detected;  // how the file looked to detectCsvFormat
    CsvFormat format;    // how it is read now: detected, or as the rep changed it
    std::optional<ContactCsvPreview> preview;
    std::string previewError;                  // the file could not be read at all
    ContactColumnMapping mapping;              // as the rep has it now
    Account snapshot;                          // the account's people when reading started
    std::unique_ptr<ContactCsvParser> parser;  // reads a slice per frame
    std::optional<ContactImport> result;       // set once the whole file has been read
};

// "Protected plan file" (passphrase_dialog.cpp): the passphrase asked for an encrypted import.
struct PassphraseDialogState {
    PassphraseRequest request;   // what to unlock and how; no `unlock` = closed
    std::string passphrase;      // typed so far; wiped as soon as it has been tried
    std::string error;           // why the last try failed; "" = none
    bool openRequested = false;  // open the modal on the next frame
    bool busy = false;           // a try is running (answers may come frames later)
    bool focusField = false;     // give the field the keyboard on the next frame
    int generation = 0;          // answers to a replaced or cancelled request are ignored
};

// The merge preview (merge_preview_dialog.cpp); the merge itself is the app's.
struct MergePreviewDialogState {
    bool openRequested = false;  // open the modal on the next draw (default false)
};

// A plan file's copy waiting to be merged into the rep's, while the preview is open
// (app/plan_import_merge.cpp).
struct PendingMerge {
    bool open = false;
    std::string accountId;
    std::string fileName;
    std::string mineText;  // the rep's copy the preview was made from
    Account theirs;
    std::optional<Account> base;
    MergeResult result;
    MergePreview preview;
    std::vector<Resolution> choices;
};

// A short message to the rep at the bottom of the window (notices.cpp).
struct Notice {
    NoticeKind kind = NoticeKind::Info;
    std::string text;
    std::string details;  // technical detail for support (exact place in the file); may be empty
    bool detailsOpen = false;  // shown only when the rep asks, behind "Details"
    double shownAtMs = -1;     // when first drawn; -1 = not yet
};

struct NoticesState {
    std::deque<Notice> shown;  // oldest first; the oldest go past a few (kMaxNotices)
};

//-----------------------------------------------------------------------------------------
// ViewState
//-----------------------------------------------------------------------------------------

struct ViewState {
    // Portfolio screen
    PortfolioTableState portfolioTable;  // filter, "Show archived", pending delete

    // Account sections, in tab order
    QualificationView qualification;
    ObjectivesView objectives;
    OpportunitiesView opportunities;
    StageMoveState stageMove;
    PerAccount<pricing::WhatIfState> pricing;  // per account: inputs survive switching accounts
    WhitespaceEditorState whitespace;
    CompetitionView competition;
    RiskViewState risks;
    MetricViewState metrics;
    HealthCache health;
    StakeholdersView stakeholders;

    // Shared widgets and dialogs
    PlanFieldsState fields;
    ContactsImportState contactsImport;
    PassphraseDialogState passphrase;
    MergePreviewDialogState mergePreview;
    PendingMerge pendingMerge;
    NoticesState notices;

    // Which plan section is open: the one drawn this frame ("" on the portfolio), and one to
    // bring forward on the next (undo going back to an edit, a new account on Overview).
    std::string openSection;
    std::string showSection;
    // The field an undo or redo just changed back ("Renewal date"), outlined so the rep sees
    // it, until their next click or keystroke.
    std::string revealedField;

    // Drops every per-account part of accounts no longer in `portfolio`.
    void prune(const Portfolio& portfolio) {
        pricing.prune(portfolio);
        health.byAccount.prune(portfolio);
        stakeholders.charts.prune(portfolio);
    }
};

}  // namespace keystone::ui
