// Edit fields shared by the plan sections (objectives, opportunities, whitespace): dates
// that only ever store a real date, money typed in whole units, enum pickers, and the
// left-aligned form rows those panels use.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>

#include "core/editing/workspace.h"
#include "core/model/money.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// An ISO date field ("YYYY-MM-DD" or empty). Text that is not yet a real date is kept in
// the field, outlined in red with a hint, and never reaches the model: a plan saved from
// the app always opens again. Leaving the field with bad text restores the stored date.
bool isoDateField(Workspace& workspace, PlanFieldsState& fields, const char* label,
                  const std::string& value,
                  const std::function<Command(const std::string&)>& makeCommand, float width = 0);

// Money typed in whole currency units (cents dropped), clamped to 0..9e13, with the amount
// formatted ("$640,000") beside the field; issues makeCommand with minor units. Keystrokes
// merge into one undo step like textField.
bool moneyField(Workspace& workspace, const char* label, MinorUnits value,
                const std::string& currency, const std::function<Command(MinorUnits)>& makeCommand,
                float width = 0);

// Free text shown word-wrapped in a framed box; clicking it edits the text in place (Dear
// ImGui 1.86's multi-line input cannot wrap, so reading and editing are two modes).
bool wrappedTextArea(Workspace& workspace, PlanFieldsState& fields, const char* label,
                     const std::string& value,
                     const std::function<Command(const std::string&)>& makeCommand, float heightEm,
                     const char* placeholder);

// A combo over the values 0..count-1 of an enum, labelled by labelOf. Returns true and sets
// `chosen` when the rep picks a different value.
bool enumCombo(const char* label, int current, int count,
               const std::function<std::string_view(int)>& labelOf, int& chosen, float width = 0);

// Starts a form row: a muted caption in a fixed-width left column, then the cursor where
// the field goes (fields use "##caption" ids so the caption is not drawn twice).
void formRow(const char* caption, float captionWidthEm = 7.5f);

// A small frameless button for row actions ("Delete") that reads as a link.
bool linkButton(const char* label, const ImVec4& colour);

// Text clipped to `width` with an ellipsis, for names in narrow columns and charts.
std::string ellipsize(const std::string& text, float width);

}  // namespace keystone::ui
