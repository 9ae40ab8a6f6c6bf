// Cells and small controls of the portfolio view's account table, also used by the
// qualification tab for its tier colours and buttons. Each cell is vertically centred on a
// frame-height row so text, badges and buttons line up. They live in ui::cells so their
// plain names cannot clash with other panels' helpers.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>

#include "core/health/health.h"
#include "core/qualification/qualification.h"

namespace keystone::ui::cells {

#define ICON_ELLIPSIS "\xef\x85\x81"  // f141, Font Awesome 4.7 ellipsis-h

// Each cell centres itself vertically in `cellHeight` (the table's row content height);
// 0 = one frame height, for cells used outside a table.

// Colour of a tier badge: Tier 1 green, Tier 2 blue, Tier 3 grey.
ImVec4 tierColour(Tier tier);
ImVec4 healthColour(HealthBand band);

// The account name as a link-like selectable (label "<name>###open") over its industry in
// muted text; true when clicked. A right-click opens the popup `menuId` (the row's actions).
bool nameCell(const Account& account, const char* menuId, float cellHeight = 0);
void cellText(const char* text, bool muted = false, float cellHeight = 0);
void rightAlignedText(const std::string& text, const ImVec4* colour = nullptr,
                      float cellHeight = 0);
void tierCell(const QualificationResult& result, float cellHeight = 0);
void scoreCell(const QualificationResult& result, const QualificationFramework& framework,
               float cellHeight = 0);
void moneyCell(MinorUnits amount, const std::string& currency, float cellHeight = 0);
void healthCell(const HealthResult& health, float cellHeight = 0);
void renewalCell(const std::string& date, const std::optional<std::int64_t>& daysAway,
                 float cellHeight = 0);
void risksCell(int openRisks, float cellHeight = 0);
// A borderless "…" button for a row's action menu.
bool actionsButton(float cellHeight = 0);

// A search field named `label` for tests and tooltips; the hint shows in the field and the
// label itself is clipped away (it still takes its width to the right of the field).
bool filterField(const char* label, const char* hint, std::string& text, float width);
bool accentButton(const char* label);
bool dangerButton(const char* label);
void emptyNote(const char* text);

// `text` cut to `width` pixels with an ellipsis (UTF-8 safe).
std::string fitText(const std::string& text, float width);

// A whole-number field shown with thousands separators ("18,000"). Typing replaces the
// selection; commas and spaces are ignored. Sets `typed` and returns true when the rep
// typed a number different from `value` (an empty field changes nothing).
bool groupedNumberField(const char* id, std::int64_t value, std::int64_t& typed, float width);

}  // namespace keystone::ui::cells
