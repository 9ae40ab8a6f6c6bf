// The whitespace matrix: the customer's business units (rows) by our offerings (columns),
// each cell owned, in pipeline, whitespace (could buy, does not yet) or not a fit.
//
// A plan stores only cells that differ from the default (Whitespace, no value), so a cell
// missing from Whitespace::cells reads as Whitespace with value 0. The edit functions here
// are pure: they take the matrix and return the changed copy, or an error a rep can read,
// and keep the cells consistent with the row and column names (rename moves cells along,
// remove drops them). replaceWhitespace wraps a changed copy in an undoable Command.
#pragma once

#include <string>
#include <vector>

#include "core/editing/command_history.h"
#include "core/model/result.h"

namespace keystone {

// The cell at (businessUnit, offering); the default cell when none is stored.
WhitespaceCell whitespaceCell(const Whitespace& matrix, const std::string& businessUnit,
                              const std::string& offering);

// The matrix with this cell set (value clamped to 0..2^53-1). A cell equal to the default
// is dropped from the list rather than stored; duplicates of the same pair are merged.
Whitespace withCell(Whitespace matrix, WhitespaceCell cell);

// Next status when a cell is clicked to cycle: Whitespace → In pipeline → Owned → Not a fit → …
WhitespaceStatus nextWhitespaceStatus(WhitespaceStatus status);

struct WhitespaceTotals {
    std::vector<MinorUnits> byBusinessUnit;  // whitespace value per row, aligned to businessUnits
    std::vector<MinorUnits> byOffering;      // whitespace value per column, aligned to offerings
    MinorUnits whitespace = 0;               // sum of whitespace cells
    MinorUnits inPipeline = 0;               // sum of in-pipeline cells
    MinorUnits owned = 0;                    // sum of owned cells
    int whitespaceCells = 0;                 // cells with status Whitespace (stored or default)
    int notAFitCells = 0;                    // cells marked not a fit
};
// Only cells whose row and column are in the matrix count; a cell left over from a removed
// row in an imported file is ignored rather than inflating the totals.
WhitespaceTotals whitespaceTotals(const Whitespace& matrix);

// Row and column edits. Names are trimmed; empty names, names over 1024 bytes, duplicates
// and more than 1000 rows or columns are refused with a plain message.
Result<Whitespace> addBusinessUnit(Whitespace matrix, const std::string& name);
Result<Whitespace> addOffering(Whitespace matrix, const std::string& name);
Result<Whitespace> renameBusinessUnit(Whitespace matrix, const std::string& from,
                                      const std::string& to);
Result<Whitespace> renameOffering(Whitespace matrix, const std::string& from,
                                  const std::string& to);
Result<Whitespace> removeBusinessUnit(Whitespace matrix,
                                      const std::string& name);                 // drops its cells
Result<Whitespace> removeOffering(Whitespace matrix, const std::string& name);  // drops its cells

// Replaces the account's whitespace with `next`, stamping whitespace.updated = now; undo
// restores the matrix as it was, stamp included. Commands with the same non-empty mergeKey
// (a value being typed) merge into one undo step.
Command replaceWhitespace(const std::string& accountId, Whitespace next, std::string description,
                          std::string mergeKey, std::string now, const Portfolio& current);

}  // namespace keystone
