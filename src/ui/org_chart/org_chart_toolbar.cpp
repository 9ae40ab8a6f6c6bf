// The bar above the stakeholder map: find a person, colour and filter the chart, zoom, and
// get people in (add, import a CRM export) and the chart out (SVG, PNG).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/plan_format/plan_import.h"
#include "core/report/plan_report.h"
#include "core/stakeholders/stakeholder_search.h"
#include "platform/platform.h"
#include "ui/dialogs/contacts_import_dialog.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

// People whose name, title or e-mail contains the search text, in chart order.
std::vector<int> searchMatches(const Account& account, const std::string& search) {
    std::vector<int> hits;
    if (search.empty()) return hits;
    for (size_t i = 0; i < account.stakeholders.size(); ++i)
        if (stakeholderMatchesSearch(account.stakeholders[i], search))
            hits.push_back(static_cast<int>(i));
    return hits;
}

void drawSearch(StakeholdersView& view, const Account& account, OrgChartState& state, bool table) {
    if (state.searchFocusPending) {
        ImGui::SetKeyboardFocusHere();
        state.searchFocusPending = false;
    }
    ImGui::SetNextItemWidth(em(12));
    const bool enter = ui::inputTextWithHint("##org-search", ICON_SEARCH " Find a person (Ctrl+F)",
                                             &state.search, ImGuiInputTextFlags_EnterReturnsTrue);
    labelLastItem("Find a person");
    std::string& lastSearch = view.lastSearch;
    size_t& next = view.nextHit;
    if (state.search != lastSearch) {
        lastSearch = state.search;
        next = 0;
    }
    const std::vector<int> hits = searchMatches(account, state.search);
    if (enter && !hits.empty()) {  // Enter walks through the matches
        focusPerson(state, account.stakeholders[static_cast<size_t>(hits[next % hits.size()])].id);
        ++next;
        ImGui::SetKeyboardFocusHere(-1);
    }
    if (!state.search.empty() && !table) {  // the table says how many it shows itself
        const std::string count = hits.empty()       ? std::string("No match")
                                  : hits.size() == 1 ? std::string("1 match")
                                                     : std::to_string(hits.size()) + " matches";
        sameLineIfRoom(ImGui::CalcTextSize(count.c_str()).x);
        mutedText(count.c_str());
        exposeReadout("Search matches: " + count);
    }
}

constexpr float kFilterWidthEm = 7.4f;

// A compact combo over `names` with "Any <what>" first; value -1 = any.
void filterCombo(const char* label, const char* any, const std::vector<std::string>& names,
                 int& value) {
    const std::string preview = value < 0 ? std::string(any) : names[static_cast<size_t>(value)];
    ImGui::SetNextItemWidth(em(kFilterWidthEm));
    if (!ui::beginCombo(label, preview.c_str())) return;
    if (ui::selectable(any, value < 0)) value = -1;
    for (size_t i = 0; i < names.size(); ++i)
        if (ui::selectable(names[i].c_str(), value == static_cast<int>(i)))
            value = static_cast<int>(i);
    ui::endCombo();
}

template <class Enum, class Label>
std::vector<std::string> labels(int count, Label label) {
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) out.emplace_back(label(static_cast<Enum>(i)));
    return out;
}

void drawFilters(OrgChartState& state, bool table) {
    OrgChartFilter& f = state.filter;
    const char* caption = table ? ICON_FILTER " Show" : ICON_FILTER " Highlight";
    // The caption stays with the first filter when the row wraps.
    sameLineIfRoom(
        ImGui::CalcTextSize(caption).x + ImGui::GetStyle().ItemSpacing.x + em(kFilterWidthEm),
        em(1.2f));
    ImGui::AlignTextToFramePadding();
    mutedText(caption);
    ImGui::SameLine();
    std::vector<std::string> roles;
    for (int i = 0; i < kBuyingRoleCount; ++i) roles.emplace_back(buyingRoleLabel(buyingRoleAt(i)));
    filterCombo("##filter-role", "Any role", roles, f.role);
    labelLastItem("Filter by role");
    sameLineIfRoom(em(kFilterWidthEm));
    filterCombo("##filter-stance", "Any stance", labels<Stance>(5, stanceLabel), f.stance);
    labelLastItem("Filter by stance");
    sameLineIfRoom(em(kFilterWidthEm));
    const std::vector<std::string>& departments = state.departments;
    int department = -1;
    for (size_t i = 0; i < departments.size(); ++i)
        if (departments[i] == f.department) department = static_cast<int>(i);
    filterCombo("##filter-department", "Any dept.", departments, department);
    labelLastItem("Filter by department");
    f.department = department < 0 ? std::string() : departments[static_cast<size_t>(department)];
    sameLineIfRoom(em(kFilterWidthEm));
    filterCombo("##filter-owner", "Any owner", labels<OurRole>(5, ourRoleLabel), f.owner);
    labelLastItem("Filter by owner");
    sameLineIfRoom(em(kFilterWidthEm));
    std::vector<std::string> rules;
    for (int i = 0; i < kCoverageRuleCount; ++i)
        rules.emplace_back(coverageRuleLabel(static_cast<CoverageRule>(i)));
    filterCombo("##filter-finding", "Any finding", rules, f.finding);
    labelLastItem("Filter by finding");
    if (f.active()) {
        sameLineIfRoom(buttonWidth("Clear"));
        if (ui::smallButton("Clear")) f = OrgChartFilter{};
    }
}

constexpr const char* kAddPerson = ICON_PLUS " Add person";

std::string chartFileStem(const Account& account) {
    return fileNameSafe(account.name.empty() ? std::string("Account") : account.name) +
           " stakeholder map";
}

void drawActions(Workspace& workspace, ContactsImportState& contacts, const Account& account,
                 OrgChartState& state) {
    if (primaryButton(kAddPerson)) addPerson(workspace, account, state);
    hoverTooltip(
        "Add someone at the top of the chart. To add a report, select their manager and "
        "use Add report.");
    const char* const import = ICON_UPLOAD " Import contacts (CSV)";
    sameLineIfRoom(buttonWidth(import));
    if (ui::button(import)) openContactsImport(contacts, account.id);
    // The two exports wrap together.
    sameLineIfRoom(buttonWidth(ICON_DOWNLOAD " SVG") + ImGui::GetStyle().ItemSpacing.x +
                   buttonWidth(ICON_IMAGE " PNG"));
    const bool empty = account.stakeholders.empty();
    ImGui::BeginDisabled(empty);
    if (ui::button(ICON_DOWNLOAD " SVG"))
        platform::downloadFile(chartFileStem(account) + ".svg",
                               renderStakeholderMapSvgFile(account), "image/svg+xml");
    labelLastItem("Export chart as SVG");
    hoverTooltip("Download the chart as a vector image for slides and e-mail.");
    ImGui::SameLine();
    if (ui::button(ICON_IMAGE " PNG"))
        platform::downloadSvgAsPng(chartFileStem(account) + ".png",
                                   renderStakeholderMapSvgFile(account), 2.0f);
    labelLastItem("Export chart as PNG");
    hoverTooltip("Download the chart as a picture (twice the screen resolution).");
    ImGui::EndDisabled();
}

void drawZoom(OrgChartState& state) {
    OrgViewport& view = state.viewport;
    const ImVec2 centre(view.origin.x + view.size.x / 2, view.origin.y + view.size.y / 2);
    if (ui::button(ICON_SEARCH_MINUS "##zoom-out"))
        view.zoomAround(plane(centre), view.zoom / 1.25f);
    labelLastItem("Zoom out");
    ImGui::SameLine(0, em(0.2f));
    const std::string percent = std::to_string(static_cast<int>(view.zoom * 100 + 0.5f)) + "%";
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(percent.c_str());
    exposeReadout("Zoom: " + percent);
    ImGui::SameLine(0, em(0.2f));
    if (ui::button(ICON_SEARCH_PLUS "##zoom-in")) view.zoomAround(plane(centre), view.zoom * 1.25f);
    labelLastItem("Zoom in");
    ImGui::SameLine();
    if (ui::button(ICON_EXPAND " Fit")) state.fitPending = true;
    labelLastItem("Fit to view");
    hoverTooltip("Show the whole chart (key 0). Zoom with Ctrl+wheel, a pinch, or + and -.");
}

}  // namespace

void drawOrgChartToolbar(Workspace& workspace, StakeholdersView& view,
                         ContactsImportState& contacts, const Account& account,
                         OrgChartState& state) {
    const bool table = view.showTable;
    drawSearch(view, account, state, table);
    sameLineIfRoom(buttonWidth(kAddPerson), em(1.2f));
    drawActions(workspace, contacts, account, state);
    if (table) {  // colours and zoom act on the chart only
        drawFilters(state, true);
        return;
    }
    // Zoom sits at the right end of the first row, or of the last on a small laptop.
    const float zoomWidth = em(11.5f);
    auto zoomOnTheRight = [&] {
        ImGui::SetCursorPosX(
            std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - zoomWidth));
        drawZoom(state);
    };
    const bool zoomFirst = sameLineIfRoom(zoomWidth);
    if (zoomFirst) zoomOnTheRight();

    ImGui::AlignTextToFramePadding();
    mutedText("Colour by");
    ImGui::SameLine();
    static const char* const kColourBy[] = {"Stance", "Role", "Strength"};
    static const char* const kColourTips[] = {"Green for us, red against us",
                                              "The most telling buying role",
                                              "How strong our relationship is today"};
    const int picked =
        segmented("colour-by", kColourBy, 3, static_cast<int>(state.colourBy), kColourTips);
    if (picked >= 0) state.colourBy = static_cast<ColourBy>(picked);
    drawFilters(state, false);
    if (!zoomFirst) {
        sameLineIfRoom(zoomWidth);
        zoomOnTheRight();
    }
}

}  // namespace keystone::ui
