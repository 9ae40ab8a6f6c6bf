#include "ui/account/qualification/qualification_inputs.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/editing/account_commands.h"
#include "core/editing/edits.h"
#include "core/model/money.h"
#include "ui/portfolio/portfolio_cells.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/plan_fields.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr float kCaptionEm = 10.5f;  // left column of the form
constexpr float kFieldEm = 13.0f;

void caption(const char* text, const char* tooltip = nullptr) {
    ImGui::AlignTextToFramePadding();
    mutedText(text);
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    ImGui::SameLine(em(kCaptionEm));
}

// Issues `setAccountField` for a value of the account, merging keystrokes of one field.
template <class T, class Access>
void setField(Workspace& workspace, const Account& account, Access access, T value,
              const char* what) {
    workspace.execute(setAccountField<T>(account.id, access, value, std::string("Edit ") + what,
                                         account.id + "/qualification/" + what,
                                         workspace.clockNow(), workspace.portfolio()));
}

void closeMergeOnLeave(Workspace& workspace) {
    if (ImGui::IsItemDeactivated()) workspace.closeMergeWindow();
}

// A whole-number field with thousands separators; returns the typed value when it changed.
bool numberField(const char* id, std::int64_t current, std::int64_t& typed) {
    return cells::groupedNumberField(id, current, typed, em(kFieldEm));
}

template <class Access>
void headCountRow(Workspace& workspace, const Account& account, const char* label, const char* id,
                  std::int64_t value, Access access, const char* what) {
    caption(label);
    std::int64_t typed = 0;
    if (numberField(id, value, typed) && clampHeadCount(typed) != value)
        setField<std::int64_t>(workspace, account, access, clampHeadCount(typed), what);
    closeMergeOnLeave(workspace);
}

template <class Access>
void moneyRow(Workspace& workspace, PlanFieldsState& fields, const Account& account,
              const char* label, const char* id, MinorUnits value, Access access,
              const char* what) {
    caption(label, "An amount as you would write it: 250k, 1.2M or 1,200,000");
    moneyField(
        workspace, fields, id, value, account.currency,
        [&](MinorUnits typed) {
            return setAccountField<MinorUnits>(account.id, access, typed,
                                               std::string("Edit ") + what, "",
                                               workspace.clockNow(), workspace.portfolio());
        },
        em(kFieldEm));
}

template <class Access>
void countRow(Workspace& workspace, const Account& account, const char* label, const char* id,
              int value, int low, Access access, const char* what) {
    caption(label);
    int typed = value;
    ImGui::SetNextItemWidth(em(kFieldEm));
    if (ui::inputInt(id, &typed, 0, 0) && clampCount(typed, low) != value)
        setField<int>(workspace, account, access, clampCount(typed, low), what);
    closeMergeOnLeave(workspace);
}

template <class Access>
void textRow(Workspace& workspace, const Account& account, const char* label, const char* id,
             const std::string& value, const char* hint, Access access, const char* what,
             bool upper) {
    caption(label);
    textField(
        workspace, id, value,
        [&workspace, accountId = account.id, access, what, upper](const std::string& text) {
            std::string stored = text;
            if (upper)
                for (char& c : stored)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return setAccountField<std::string>(
                accountId, access, stored, std::string("Edit ") + what,
                accountId + "/qualification/" + what, workspace.clockNow(), workspace.portfolio());
        },
        hint, em(kFieldEm));
}

void referenceRow(Workspace& workspace, const Account& account) {
    caption("Reference value", "How valuable this customer is as a brand or reference");
    const ReferenceValue current = account.qualification.referenceValue;
    const char* labels[] = {"None", "Some", "Strong"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        const auto value = static_cast<ReferenceValue>(i);
        const std::string id = std::string(labels[i]) + "##reference";
        if (ui::radioButton(id.c_str(), current == value) && current != value) {
            workspace.execute(setAccountField<ReferenceValue>(
                account.id,
                [](Account& a) -> ReferenceValue& { return a.qualification.referenceValue; }, value,
                "Edit reference value", {}, workspace.clockNow(), workspace.portfolio()));
        }
    }
}

void complianceRow(Workspace& workspace, const Account& account) {
    const std::vector<std::string> regulated =
        regulatedComplianceSet(workspace.portfolio().qualification);
    const std::vector<std::string>& needs = account.qualification.complianceNeeds;
    ImGui::AlignTextToFramePadding();
    mutedText("Compliance needs");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The regulated regimes the scoring framework looks for");
    ImGui::SameLine(em(kCaptionEm));
    const float left = ImGui::GetCursorPosX();
    const float right = left + std::max(em(kFieldEm), ImGui::GetContentRegionAvail().x);
    for (size_t i = 0; i < regulated.size(); ++i) {
        const std::string& regime = regulated[i];
        const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                            ImGui::CalcTextSize(regime.c_str()).x;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + width > right) {
                ImGui::NewLine();
                ImGui::SetCursorPosX(left);
            }
        }
        bool on = hasComplianceNeed(needs, regime);
        if (ui::checkbox((regime + "##compliance").c_str(), &on)) {
            workspace.execute(setAccountField<std::vector<std::string>>(
                account.id,
                [](Account& a) -> std::vector<std::string>& {
                    return a.qualification.complianceNeeds;
                },
                withComplianceNeed(needs, regime, on), (on ? "Add " : "Remove ") + regime, {},
                workspace.clockNow(), workspace.portfolio()));
        }
    }
    std::string others;
    for (const std::string& need : needs)
        if (!hasComplianceNeed(regulated, need)) others += (others.empty() ? "" : ", ") + need;
    if (!others.empty()) {
        ImGui::SetCursorPosX(left);
        mutedText(("Also on file: " + others).c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Not in the framework's regulated set, so they do not score");
    }
}

}  // namespace

void drawQualificationInputs(Workspace& workspace, PlanFieldsState& fields,
                             const Account& account) {
    const QualificationProfile& q = account.qualification;
    ImGui::PushID("qualification-inputs");
    textRow(
        workspace, account, "Industry", "##Industry", account.industry, "e.g. Finance",
        [](Account& a) -> std::string& { return a.industry; }, "industry", false);
    headCountRow(
        workspace, account, "Employees", "##Employees", q.employees,
        [](Account& a) -> std::int64_t& { return a.qualification.employees; }, "employees");
    moneyRow(
        workspace, fields, account, "Annual revenue", "##Annual revenue", q.annualRevenue,
        [](Account& a) -> MinorUnits& { return a.qualification.annualRevenue; }, "annual revenue");
    textRow(
        workspace, account, "HQ country", "##HQ country", q.hqCountry, "two letters, e.g. US",
        [](Account& a) -> std::string& { return a.qualification.hqCountry; }, "HQ country", true);
    moneyRow(
        workspace, fields, account, "Potential ACV", "##Potential ACV", q.potentialAcv,
        [](Account& a) -> MinorUnits& { return a.qualification.potentialAcv; }, "potential ACV");
    countRow(
        workspace, account, "Departments / regions", "##Departments or geographies",
        q.departmentsOrGeographies, 1,
        [](Account& a) -> int& { return a.qualification.departmentsOrGeographies; },
        "departments or geographies");
    referenceRow(workspace, account);
    countRow(
        workspace, account, "Integrations needed", "##Integrations needed", q.integrationsNeeded, 0,
        [](Account& a) -> int& { return a.qualification.integrationsNeeded; },
        "integrations needed");
    headCountRow(
        workspace, account, "Potential users", "##Potential users", q.potentialUsers,
        [](Account& a) -> std::int64_t& { return a.qualification.potentialUsers; },
        "potential users");
    complianceRow(workspace, account);
    ImGui::PopID();
}

}  // namespace keystone::ui
