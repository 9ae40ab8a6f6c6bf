// The panel beside the stakeholder map: the selected person's details (every change one
// command), a summary of a multi-selection, or — with nobody selected — the coverage
// findings and the multi-threading score.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/editing/edits.h"
#include "core/model/calendar.h"
#include "core/stakeholders/stakeholder_edits.h"
#include "ui/org_chart/org_chart_view.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/chart_common.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

template <class T>
void setPerson(Workspace& workspace, const Account& account, const Stakeholder& person,
               T Stakeholder::*field, T value, std::string description, std::string mergeKey = {}) {
    editEntity(workspace, account.id, &Account::stakeholders, person.id, field, std::move(value),
               std::move(description), std::move(mergeKey));
}

void textRow(Workspace& workspace, const Account& account, const Stakeholder& person,
             const char* label, std::string Stakeholder::*field, const char* hint = nullptr,
             bool takeKeyboard = false) {
    formRowLabel(label);
    const std::string id = std::string("##") + label;
    if (takeKeyboard) ImGui::SetKeyboardFocusHere();
    textField(workspace, id.c_str(), person.*field,
              entityTextEdit(workspace, account.id, &Account::stakeholders, person.id, field,
                             std::string("Edit ") + label),
              hint, -1);
    labelLastItem(label);
}

template <class Enum>
void comboRow(Workspace& workspace, const Account& account, const Stakeholder& person,
              const char* label, Enum Stakeholder::*field, int count,
              std::string_view (*name)(Enum)) {
    formRowLabel(label);
    ImGui::SetNextItemWidth(-1);
    const std::string id = std::string("##") + label;
    const std::string preview(name(person.*field));
    if (ui::beginCombo(id.c_str(), preview.c_str())) {
        for (int i = 0; i < count; ++i) {
            const Enum value = static_cast<Enum>(i);
            const std::string text(name(value));
            if (ui::selectable(text.c_str(), value == person.*field) && value != person.*field)
                setPerson(workspace, account, person, field, value,
                          std::string("Set ") + label + " to " + text);
        }
        ui::endCombo();
    }
    labelLastItem(label);
}

// 1..5 as joined buttons with words for tooltips.
void scaleRow(Workspace& workspace, const Account& account, const Stakeholder& person,
              const char* label, int Stakeholder::*field, const char* const* words) {
    formRowLabel(label);
    static const char* const kNumbers[] = {"1", "2", "3", "4", "5"};
    const int current = std::clamp(person.*field, 1, 5);
    const int picked = segmented(label, kNumbers, 5, current - 1, words);
    if (picked >= 0 && picked + 1 != current)
        setPerson(workspace, account, person, field, picked + 1,
                  std::string("Set ") + label + " to " + std::to_string(picked + 1));
    ImGui::SameLine(0, em(0.6f));
    ImGui::AlignTextToFramePadding();
    mutedText(words[current - 1]);
}

// Roles as pills that wrap like tags: filled when the person has the role.
void rolesRow(Workspace& workspace, const Account& account, const Stakeholder& person) {
    formRowLabel("Buying roles");
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.8f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.3f, 0.3f));
    for (int i = 0; i < kBuyingRoleCount; ++i) {
        const BuyingRole role = buyingRoleAt(i);
        const bool on = hasRole(person, role);
        const std::string label(buyingRoleLabel(role));
        const float width = buttonWidth(label.c_str());
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
        }
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, palette().accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                                  mixColour(palette().accent, ImVec4(1, 1, 1, 1), 0.15f));
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        const bool clicked = ui::smallButton(label.c_str());
        if (on) ImGui::PopStyleColor(3);
        if (clicked) {
            const BuyingRoles roles = on ? person.roles & ~static_cast<BuyingRoles>(role)
                                         : person.roles | static_cast<BuyingRoles>(role);
            setPerson(workspace, account, person, &Stakeholder::roles,
                      static_cast<BuyingRoles>(roles), (on ? "Unmark as " : "Mark as ") + label);
        }
    }
    ImGui::PopStyleVar(2);
}

void managerRow(const Account& account, const Stakeholder& person, OrgChartState& state) {
    formRowLabel("Reports to");
    const Stakeholder* manager = nullptr;
    for (const Stakeholder& s : account.stakeholders)
        if (s.id == person.managerId) manager = &s;
    ImGui::AlignTextToFramePadding();
    if (!manager) {
        mutedText(person.managerId.empty() ? "Nobody on the chart"
                                           : "Someone no longer on the chart");
        hoverTooltip(
            "Drag this person's card onto their manager's card to set the reporting line.");
        return;
    }
    const std::string label = manager->name + "##go-to-manager";
    if (ui::smallButton(label.c_str())) focusPerson(state, manager->id);
    labelLastItem("Go to manager");
    hoverTooltip("Show " + manager->name + ". Drag a card onto another to change its manager.");
}

void lastContactRow(Workspace& workspace, const Account& account, const Stakeholder& person) {
    formRowLabel("Last contact");
    textField(
        workspace, "##Last contact", person.lastContact,
        [&workspace, &account, &person](const std::string& text) {
            // Only "" or a real date reaches the model; other text stays in the field.
            const std::string value =
                text.empty() || parseIsoDate(text).ok() ? text : person.lastContact;
            return setEntityField(account.id, &Account::stakeholders, person.id,
                                  &Stakeholder::lastContact, value,
                                  std::string("Edit last contact"), person.id + "/last-contact",
                                  workspace.clockNow(), workspace.portfolio());
        },
        "YYYY-MM-DD", em(8));
    labelLastItem("Last contact");
    ImGui::SameLine();
    if (ui::smallButton("Today"))
        setPerson(workspace, account, person, &Stakeholder::lastContact, workspace.today,
                  "Log contact today");
    labelLastItem("Contacted today");
}

void tagsRow(Workspace& workspace, const Account& account, const Stakeholder& person) {
    formRowLabel("Tags");
    std::string joined;
    for (const std::string& tag : person.tags) joined += (joined.empty() ? "" : ", ") + tag;
    textField(
        workspace, "##Tags", joined,
        [&workspace, &account, &person](const std::string& text) {
            std::vector<std::string> tags;
            size_t start = 0;
            while (start <= text.size()) {
                size_t comma = text.find(',', start);
                if (comma == std::string::npos) comma = text.size();
                std::string tag = text.substr(start, comma - start);
                tag.erase(0, tag.find_first_not_of(' '));
                tag.erase(tag.find_last_not_of(' ') + 1);
                if (!tag.empty()) tags.push_back(tag);
                start = comma + 1;
            }
            return setEntityField(account.id, &Account::stakeholders, person.id, &Stakeholder::tags,
                                  tags, std::string("Edit tags"), person.id + "/tags",
                                  workspace.clockNow(), workspace.portfolio());
        },
        "comma, separated", -1);
    labelLastItem("Tags");
}

void drawPersonEditor(Workspace& workspace, const Account& account, const Stakeholder& person,
                      OrgChartState& state) {
    static const char* const kInfluence[] = {"Minimal", "Some", "Moderate", "High", "Decisive"};
    static const char* const kStrength[] = {"None", "Weak", "Working", "Strong", "Trusted"};
    ImGui::PushID(person.id.c_str());
    if (ImGui::BeginTable("##person-form", 2,
                          ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX)) {
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(7.0f));
        ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
        // Enter on the chart edits the person: their name takes the keyboard.
        textRow(workspace, account, person, "Name", &Stakeholder::name, nullptr,
                std::exchange(state.editPending, false));
        textRow(workspace, account, person, "Title", &Stakeholder::title);
        textRow(workspace, account, person, "Department", &Stakeholder::department);
        textRow(workspace, account, person, "Business unit", &Stakeholder::businessUnit);
        comboRow(workspace, account, person, "Seniority", &Stakeholder::seniority, 5,
                 seniorityLabel);
        managerRow(account, person, state);
        rolesRow(workspace, account, person);
        comboRow(workspace, account, person, "Stance", &Stakeholder::stance, 5, stanceLabel);
        scaleRow(workspace, account, person, "Influence", &Stakeholder::influence, kInfluence);
        scaleRow(workspace, account, person, "Relationship", &Stakeholder::relationshipStrength,
                 kStrength);
        scaleRow(workspace, account, person, "Target", &Stakeholder::targetStrength, kStrength);
        comboRow(workspace, account, person, "Covered by", &Stakeholder::owner, 5, ourRoleLabel);
        lastContactRow(workspace, account, person);
        comboRow(workspace, account, person, "Status", &Stakeholder::status, 3, contactStatusLabel);
        textRow(workspace, account, person, "Email", &Stakeholder::email);
        textRow(workspace, account, person, "Phone", &Stakeholder::phone);
        textRow(workspace, account, person, "Location", &Stakeholder::location);
        tagsRow(workspace, account, person);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    mutedText("Notes");
    expandingTextArea(workspace, "Notes", person.notes,
                      entityTextEdit(workspace, account.id, &Account::stakeholders, person.id,
                                     &Stakeholder::notes, "Edit notes"),
                      3.0f, "What matters to them, what they said, what we promised.");
    ImGui::Spacing();
    drawInfluenceEditor(workspace, account, person, state);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (ui::button(ICON_TRASH " Remove from chart")) {
        workspace.execute(removeStakeholders(account.id, {person.id}, workspace.clockNow(),
                                             workspace.portfolio()));
        state.selected.clear();
        state.focusId.clear();
    }
    hoverTooltip("Their reports move up to their manager. Undo brings everything back.");
    ImGui::PopID();
}

ImVec4 severityColour(CoverageSeverity severity) {
    switch (severity) {
        case CoverageSeverity::High:
            return palette().bad;
        case CoverageSeverity::Medium:
            return palette().warning;
        case CoverageSeverity::Low:
            return palette().textMuted;
    }
    return palette().textMuted;
}

void drawCoverage(OrgChartState& state) {
    const CoverageReport& report = state.coverage;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Coverage");
    ImGui::PopFont();
    ImGui::PushFont(fonts().figure);
    const std::string score = std::to_string(report.score);
    ImGui::TextColored(report.score >= 70   ? palette().good
                       : report.score >= 45 ? palette().warning
                                            : palette().bad,
                       "%s", score.c_str());
    ImGui::PopFont();
    exposeReadout("Multi-threading score: " + score);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    mutedText("/ 100 multi-threading");
    std::string facts = std::to_string(report.activeContacts) + " active contacts · " +
                        std::to_string(report.strongRelationships) + " strong · committee of " +
                        std::to_string(report.committeeSize);
    mutedText(facts.c_str());
    ImGui::Spacing();
    if (report.findings.empty()) {
        ImGui::TextColored(palette().good, ICON_CHECK " No coverage gaps found.");
        return;
    }
    const float wrap = ImGui::GetContentRegionAvail().x;
    for (size_t i = 0; i < report.findings.size(); ++i) {
        const CoverageFinding& finding = report.findings[i];
        ImGui::PushID(static_cast<int>(i));
        badge(std::string(coverageSeverityLabel(finding.severity)).c_str(),
              severityColour(finding.severity));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap - em(5));
        ImGui::TextUnformatted(finding.reason.c_str());
        ImGui::PopTextWrapPos();
        exposeReadout(std::string("Finding: ") + std::string(coverageRuleKey(finding.rule)));
        if (!finding.stakeholderIds.empty()) {
            const bool showing = state.filter.finding == static_cast<int>(finding.rule);
            if (ui::smallButton(showing ? "Stop highlighting" : "Show on chart")) {
                state.filter = OrgChartFilter{};
                if (!showing) state.filter.finding = static_cast<int>(finding.rule);
                if (!showing && finding.stakeholderIds.size() == 1)
                    focusPerson(state, finding.stakeholderIds[0]);
            }
        }
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace

void drawStakeholderPanel(Workspace& workspace, const Account& account, OrgChartState& state) {
    if (state.focusId.empty()) state.editPending = false;  // nobody to edit
    // Drop ids of people who are gone (undo of an add, a merge).
    for (auto it = state.selected.begin(); it != state.selected.end();)
        it = state.indexById.count(*it) ? std::next(it) : state.selected.erase(it);
    if (!state.focusId.empty() && !state.indexById.count(state.focusId)) state.focusId.clear();

    if (state.selected.size() > 1) {
        state.editPending = false;
        ImGui::PushFont(fonts().heading);
        ImGui::Text("%zu people selected", state.selected.size());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0);
        mutedText(
            "Drag one of them onto another card to make them all report to that person, or "
            "right-click for more.");
        ImGui::PopTextWrapPos();
        if (ui::button(ICON_TRASH " Remove selected")) {
            workspace.execute(removeStakeholders(account.id,
                                                 {state.selected.begin(), state.selected.end()},
                                                 workspace.clockNow(), workspace.portfolio()));
            state.selected.clear();
            state.focusId.clear();
        }
        ImGui::SameLine();
        if (ui::button("Clear selection")) {
            state.selected.clear();
            state.focusId.clear();
        }
        return;
    }
    if (!state.focusId.empty()) {
        const Stakeholder& person =
            account.stakeholders[static_cast<size_t>(state.indexById.at(state.focusId))];
        ImGui::PushFont(fonts().heading);
        ImGui::TextUnformatted(person.name.empty() ? "(no name)" : person.name.c_str());
        ImGui::PopFont();
        exposeReadout("Selected: " + person.name);
        if (!person.title.empty()) mutedText(person.title.c_str());
        // Here rather than in the toolbar: it acts on this person, and the toolbar keeps
        // its place whoever is selected.
        if (ui::button(ICON_PLUS " Add report")) {
            addPerson(workspace, account, state, person.id, NewPersonPlace::ReportOf);
            return;  // `person` may have moved in the list; the new person shows next frame
        }
        hoverTooltip("Add a person who reports to " +
                     (person.name.empty() ? std::string("this person") : person.name));
        ImGui::Spacing();
        drawPersonEditor(workspace, account, person, state);
        return;
    }
    drawCoverage(state);
}

}  // namespace keystone::ui
