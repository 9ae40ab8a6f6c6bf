// C entry points for ./scripts/bench: the same core code the app runs, timed from
// JavaScript beside JSON.parse / JSON.stringify and d3-hierarchy in the same page.
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "core/csv/contacts_csv.h"
#include "core/editing/account_commands.h"
#include "core/editing/workspace.h"
#include "core/plan_format/plan_format.h"
#include "core/pricing/pricing.h"
#include "core/pricing/pricing_whatif.h"
#include "core/stakeholders/org_layout.h"

namespace {

keystone::PlanDocument g_plan;  // last plan loaded, so save can be timed on its own
std::string g_saved;
keystone::OrgLayoutEngine g_engine;
keystone::OrgLayout g_layout;
std::vector<keystone::LayoutNode> g_nodes;

}  // namespace

extern "C" {

// 1: draw every frame, as before drawing on demand (the frame-cost bench needs a steady
// stream of frames, and the idle figure its "always drawing" peer); 0: draw on demand.
void keystone_bench_continuous_redraw(int continuous) {
    keystone::app::theApp().setContinuousRedraw(continuous != 0);
}

// bytes -> model. Returns 1 when the plan was read.
int keystone_bench_plan_load(const char* bytes, int length) {
    auto plan = keystone::readPlan(std::string_view(bytes, static_cast<size_t>(length)));
    if (!plan.ok()) return 0;
    g_plan = std::move(plan).value();
    return 1;
}

// model -> bytes. Returns the length written.
int keystone_bench_plan_save() {
    g_saved.clear();
    keystone::writePlan(g_plan, g_saved, keystone::PlanStyle::Compact);
    return static_cast<int>(g_saved.size());
}

// Lays out a forest given as parent indices (-1 = root) with 160x64 cards; stacking of
// large leaf teams on or off. Returns the number of visible cards.
int keystone_bench_layout(const int* parents, int count, int stackLeaves) {
    g_nodes.resize(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        g_nodes[static_cast<size_t>(i)] = keystone::LayoutNode{parents[i], 160.0f, 64.0f, false};
    keystone::OrgLayoutOptions options;
    options.stackLeafThreshold = stackLeaves ? 6 : 0;
    auto stats = g_engine.layout(g_nodes, options, g_layout);
    return stats.ok() ? stats.value().visibleCount : -1;
}

// One what-if step of the deal calculator, exactly what the pricing tab recomputes when
// the seats slider moves: every tier quoted, crossovers and cliffs over 1..10,000 seats, and
// the chart's cost curve per tier. Returns the cheapest tier's index (or -1).
int keystone_bench_pricing(int seats) {
    static const keystone::TierCatalog catalog = keystone::defaultTierCatalog();
    const keystone::DealInput deal = keystone::flatDeal(seats, 3);
    auto whatIf = keystone::computeWhatIf(catalog, deal);
    if (!whatIf.ok()) return -1;
    return whatIf.value().comparison.cheapestIndex;
}

// CSV bytes -> records, the reading every contacts import starts with: the encoding and
// separator detected, the text decoded and split into cells. Returns the number of records.
int keystone_bench_csv_parse(const char* bytes, int length) {
    const std::string_view file(bytes, static_cast<size_t>(length));
    const keystone::CsvFormat format = keystone::detectCsvFormat(file);
    const std::string text = keystone::decodeCsvText(file, format.encoding);
    keystone::CsvRecordReader reader(text, format.separator);
    keystone::CsvRecord record;
    int records = 0;
    while (reader.next(record)) ++records;
    return records;
}

// The whole contacts import as the dialog runs it: the preview guesses the format and the
// mapping, every row is read and checked, managers are resolved, and the people join an
// empty account as one undo step. Returns the number of people imported.
int keystone_bench_csv_import(const char* bytes, int length) {
    const std::string_view file(bytes, static_cast<size_t>(length));
    auto preview = keystone::previewContactsCsv(file);
    if (!preview.ok() || !preview.value().usable) return -1;
    keystone::Workspace workspace;
    keystone::Account account;
    account.id = "bench";
    account.name = "Bench";
    workspace.execute(keystone::addAccountCommand(account, 0, "Add account"));
    keystone::ContactImport import = keystone::parseContacts(
        file, preview.value().format, preview.value().mapping,
        *keystone::findAccount(workspace.portfolio(), "bench"), "2026-11-24T10:15:00Z");
    const int imported = static_cast<int>(import.people.size());
    workspace.execute(keystone::importContactsCommand("bench", std::move(import.people)));
    return imported;
}

}  // extern "C"
