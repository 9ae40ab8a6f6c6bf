// Edit fields shared by the plan sections (overview, objectives, opportunities, whitespace):
// dates that only ever store a real date, money typed as reps type it, enum pickers, and the
// left-aligned form rows those panels use.
#pragma once

#include <imgui.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/editing/workspace.h"
#include "core/model/money.h"
#include "ui/shell/view_state.h"

namespace keystone::ui {

// Money and date fields read what the rep typed when they leave the field (Enter, Tab or a
// click elsewhere), so half-typed text never reaches the plan. Text that cannot be read stays
// in the field, outlined in red, with the reason written under it ("<caption> error: ..."
// in the item registry); nothing changes until the rep types something readable.

// A date: ISO or the forms parseTypedDate reads ("31 Mar 2027", "31.03.2027"), stored and
// shown as "YYYY-MM-DD". Emptying the field clears the date.
bool dateField(Workspace& workspace, PlanFieldsState& fields, const char* label,
               const std::string& value,
               const std::function<Command(const std::string&)>& makeCommand, float width = 0);

// An amount in the account's currency, shown as formatMoney shows it ("$640,000") and read
// with parseMoney in the portfolio's number format ("1.2M", "250k", "$1,200,000").
bool moneyField(Workspace& workspace, PlanFieldsState& fields, const char* label, MinorUnits value,
                const std::string& currency, const std::function<Command(MinorUnits)>& makeCommand,
                float width = 0);
// The same for an amount kept outside the plan's commands (the pricing catalog): `store`
// receives each amount read that differs from `value`.
bool amountField(Workspace& workspace, PlanFieldsState& fields, const char* label, MinorUnits value,
                 const std::string& currency, const std::function<void(MinorUnits)>& store,
                 float width = 0);
// The same for an amount that may be unknown: an empty field stores "not known".
bool optionalMoneyField(Workspace& workspace, PlanFieldsState& fields, const char* label,
                        std::optional<MinorUnits> value, const std::string& currency,
                        const std::function<Command(std::optional<MinorUnits>)>& makeCommand,
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
