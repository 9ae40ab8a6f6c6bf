// Small building blocks shared by the panels: edit fields that issue commands, badges,
// KPI tiles, section headings. Panels stay declarative; these keep them consistent.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>

#include "core/editing/edits.h"
#include "core/editing/workspace.h"

namespace keystone::ui {

// "Current ARR" for "Current ARR", "Amount" for "##Amount": how messages name a field.
std::string captionOf(const char* label);

// Executes a field's command, recording the values as the rep sees them ("$18,000") so the
// undo notice can say "Undid: Current ARR $18,000 → $20,000".
void executeShown(Workspace& workspace, Command command, const char* label, std::string before,
                  std::string after);

// A single-line text field bound to a model value. Calls onEdit with the new text on each
// change; the history merges a field's keystrokes into one undo step until it loses focus.
bool textField(Workspace& workspace, const char* label, const std::string& value,
               const std::function<Command(const std::string&)>& makeCommand,
               const char* hint = nullptr, float width = 0);

// Multi-line variant for free text (executive summary, notes).
bool textArea(Workspace& workspace, const char* label, const std::string& value,
              const std::function<Command(const std::string&)>& makeCommand, float heightEm);

// A rounded pill with text, e.g. a tier or a health band: the text in `colour` on a fill of
// `colour` at kBadgeFillAlpha (the themes' status colours keep 4.5:1 on it).
void badge(const char* text, const ImVec4& colour);
constexpr float kBadgeFillAlpha = 0.16f;

// A figure with a caption, e.g. "ARR  $2.4M".
void kpiTile(const char* caption, const std::string& figure, const char* detail, float widthEm);

void sectionHeading(const char* text);
void mutedText(const char* text);

// Points of a 0–100 score (qualification, health) as shown everywhere: "12", "12.5".
std::string scorePoints(double value);

// Continues the line when an item `width` wide still fits before the right edge of the
// window or table cell, else lets the next item start a new line: rows of controls wrap on a
// small laptop instead of running out of sight. `spacing` as for ImGui::SameLine. True when
// the line continues.
bool sameLineIfRoom(float width, float spacing = -1.0f);
// How wide the standard widgets draw `label`, for sameLineIfRoom.
float buttonWidth(const char* label);
float checkboxWidth(const char* label);

// Colour for a 1..5 relationship strength, each its own: red, amber, slate (neutral), green,
// deep green. Every one keeps 3:1 contrast on the theme's surfaces.
ImVec4 strengthColour(int strength);

// Publishes the last item's rectangle under `label` (e.g. "Total ARR: $1.9M") in the item
// registry behind window.keystone.ui, so browser tests can read a figure drawn as plain text.
void exposeReadout(const std::string& label);
// The same for a rectangle (screen coordinates) that is not an ImGui item, e.g. a drawn card.
void exposeRect(const std::string& label, ImVec2 min, ImVec2 max);

// Starts a two-column form row: muted label in the first cell, the caller's widget next.
void formRowLabel(const char* text);

// Colour for an objective's or action's status.
ImVec4 workStatusColour(WorkStatus status);

// Sets one field of one entity in one of the account's lists, as one command (stamped now).
template <class List, class Entity, class T>
void editEntity(Workspace& workspace, const std::string& accountId, List list,
                const std::string& entityId, T Entity::*field, T value, std::string description,
                std::string mergeKey = {}) {
    workspace.execute(setEntityField(accountId, list, entityId, field, std::move(value),
                                     std::move(description), std::move(mergeKey),
                                     workspace.clockNow(), workspace.portfolio()));
}

// Builds the command for typing into a text field of one entity in one of the account's
// lists; keystrokes in the same field merge into one undo step.
template <class List, class Entity>
std::function<Command(const std::string&)> entityTextEdit(Workspace& workspace,
                                                          const std::string& accountId, List list,
                                                          const std::string& entityId,
                                                          std::string Entity::*field,
                                                          std::string description) {
    return [&workspace, accountId, list, entityId, field, description](const std::string& text) {
        return setEntityField(accountId, list, entityId, field, text, description,
                              entityId + "/" + description, workspace.clockNow(),
                              workspace.portfolio());
    };
}

}  // namespace keystone::ui
