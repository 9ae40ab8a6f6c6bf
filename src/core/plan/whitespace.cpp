#include "core/plan/whitespace.h"

#include <algorithm>
#include <utility>

#include "core/model/money.h"
#include "core/plan_format/plan_format.h"

namespace keystone {
namespace {

bool isDefault(const WhitespaceCell& cell) {
    return cell.status == WhitespaceStatus::Whitespace && cell.value == 0 && cell.unknown.empty();
}

std::string trimmed(const std::string& text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    size_t begin = 0, end = text.size();
    while (begin < end && isSpace(text[begin])) ++begin;
    while (end > begin && isSpace(text[end - 1])) --end;
    return text.substr(begin, end - begin);
}

long indexOf(const std::vector<std::string>& names, const std::string& name) {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<long>(it - names.begin());
}

// What the rows and columns are called in messages.
struct Axis {
    std::vector<std::string> Whitespace::*names;
    std::string WhitespaceCell::*cellName;
    const char* what;     // "business unit" / "offering"
    const char* article;  // "a" / "an", for "There is already an offering …"
};
const Axis kRows{&Whitespace::businessUnits, &WhitespaceCell::businessUnit, "business unit", "a"};
const Axis kColumns{&Whitespace::offerings, &WhitespaceCell::offering, "offering", "an"};

// Why `name` cannot become a new entry of `axis`, or "" when it can.
std::string refusal(const Whitespace& matrix, const Axis& axis, const std::string& name) {
    const std::string what = axis.what;
    if (name.empty()) return "Give the " + what + " a name.";
    if (name.size() > kMaxShortTextBytes)
        return "That " + what + " name is too long (1,024 characters at most).";
    if (indexOf(matrix.*axis.names, name) >= 0)
        return "There is already " + std::string(axis.article) + " " + what + " called \"" + name +
               "\".";
    return {};
}

Result<Whitespace> add(Whitespace matrix, const Axis& axis, const std::string& rawName) {
    const std::string name = trimmed(rawName);
    if (std::string why = refusal(matrix, axis, name); !why.empty())
        return Result<Whitespace>::failure(why);
    if ((matrix.*axis.names).size() >= kMaxWhitespaceAxis)
        return Result<Whitespace>::failure(
            "The matrix holds at most 1,000 of each; remove one first.");
    (matrix.*axis.names).push_back(name);
    return Result<Whitespace>::success(std::move(matrix));
}

Result<Whitespace> rename(Whitespace matrix, const Axis& axis, const std::string& from,
                          const std::string& rawTo) {
    const long at = indexOf(matrix.*axis.names, from);
    if (at < 0)
        return Result<Whitespace>::failure("There is no " + std::string(axis.what) + " called \"" +
                                           from + "\".");
    const std::string to = trimmed(rawTo);
    if (to == from) return Result<Whitespace>::success(std::move(matrix));
    if (std::string why = refusal(matrix, axis, to); !why.empty())
        return Result<Whitespace>::failure(why);
    (matrix.*axis.names)[static_cast<size_t>(at)] = to;
    // Cells are keyed by name, so they move with the row or column.
    for (WhitespaceCell& cell : matrix.cells)
        if (cell.*axis.cellName == from) cell.*axis.cellName = to;
    return Result<Whitespace>::success(std::move(matrix));
}

Result<Whitespace> remove(Whitespace matrix, const Axis& axis, const std::string& name) {
    const long at = indexOf(matrix.*axis.names, name);
    if (at < 0)
        return Result<Whitespace>::failure("There is no " + std::string(axis.what) + " called \"" +
                                           name + "\".");
    auto& names = matrix.*axis.names;
    names.erase(names.begin() + at);
    auto& cells = matrix.cells;
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [&](const WhitespaceCell& c) { return c.*axis.cellName == name; }),
                cells.end());
    return Result<Whitespace>::success(std::move(matrix));
}

}  // namespace

WhitespaceCell whitespaceCell(const Whitespace& matrix, const std::string& businessUnit,
                              const std::string& offering) {
    for (const WhitespaceCell& cell : matrix.cells)
        if (cell.businessUnit == businessUnit && cell.offering == offering) return cell;
    WhitespaceCell cell;
    cell.businessUnit = businessUnit;
    cell.offering = offering;
    return cell;
}

Whitespace withCell(Whitespace matrix, WhitespaceCell cell) {
    cell.value = std::clamp<MinorUnits>(cell.value, 0, kMaxPlanAmount);
    auto& cells = matrix.cells;
    const auto samePair = [&](const WhitespaceCell& c) {
        return c.businessUnit == cell.businessUnit && c.offering == cell.offering;
    };
    const auto first = std::find_if(cells.begin(), cells.end(), samePair);
    if (first == cells.end()) {
        if (!isDefault(cell)) cells.push_back(std::move(cell));
        return matrix;
    }
    const size_t at = static_cast<size_t>(first - cells.begin());
    // Later duplicates of the pair (possible in a hand-edited file) would shadow nothing
    // but confuse the next reader, so they go.
    cells.erase(std::remove_if(first + 1, cells.end(), samePair), cells.end());
    if (isDefault(cell)) {
        cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(at));
    } else {
        cells[at] = std::move(cell);
    }
    return matrix;
}

WhitespaceStatus nextWhitespaceStatus(WhitespaceStatus status) {
    switch (status) {
        case WhitespaceStatus::Whitespace:
            return WhitespaceStatus::InPipeline;
        case WhitespaceStatus::InPipeline:
            return WhitespaceStatus::Owned;
        case WhitespaceStatus::Owned:
            return WhitespaceStatus::NotAFit;
        case WhitespaceStatus::NotAFit:
            return WhitespaceStatus::Whitespace;
    }
    return WhitespaceStatus::Whitespace;
}

WhitespaceTotals whitespaceTotals(const Whitespace& matrix) {
    WhitespaceTotals totals;
    totals.byBusinessUnit.assign(matrix.businessUnits.size(), 0);
    totals.byOffering.assign(matrix.offerings.size(), 0);
    // Every row × column pair starts as a default whitespace cell worth 0.
    totals.whitespaceCells =
        static_cast<int>(matrix.businessUnits.size() * matrix.offerings.size());
    std::vector<bool> seen(matrix.businessUnits.size() * matrix.offerings.size(), false);
    for (const WhitespaceCell& cell : matrix.cells) {
        const long row = indexOf(matrix.businessUnits, cell.businessUnit);
        const long column = indexOf(matrix.offerings, cell.offering);
        if (row < 0 || column < 0) continue;
        const size_t slot =
            static_cast<size_t>(row) * matrix.offerings.size() + static_cast<size_t>(column);
        if (seen[slot]) continue;  // the first stored cell of a pair is the one shown
        seen[slot] = true;
        switch (cell.status) {
            case WhitespaceStatus::Whitespace:
                addInto(totals.byBusinessUnit[static_cast<size_t>(row)], cell.value);
                addInto(totals.byOffering[static_cast<size_t>(column)], cell.value);
                addInto(totals.whitespace, cell.value);
                break;
            case WhitespaceStatus::InPipeline:
                addInto(totals.inPipeline, cell.value);
                --totals.whitespaceCells;
                break;
            case WhitespaceStatus::Owned:
                addInto(totals.owned, cell.value);
                --totals.whitespaceCells;
                break;
            case WhitespaceStatus::NotAFit:
                ++totals.notAFitCells;
                --totals.whitespaceCells;
                break;
        }
    }
    return totals;
}

Result<Whitespace> addBusinessUnit(Whitespace matrix, const std::string& name) {
    return add(std::move(matrix), kRows, name);
}
Result<Whitespace> addOffering(Whitespace matrix, const std::string& name) {
    return add(std::move(matrix), kColumns, name);
}
Result<Whitespace> renameBusinessUnit(Whitespace matrix, const std::string& from,
                                      const std::string& to) {
    return rename(std::move(matrix), kRows, from, to);
}
Result<Whitespace> renameOffering(Whitespace matrix, const std::string& from,
                                  const std::string& to) {
    return rename(std::move(matrix), kColumns, from, to);
}
Result<Whitespace> removeBusinessUnit(Whitespace matrix, const std::string& name) {
    return remove(std::move(matrix), kRows, name);
}
Result<Whitespace> removeOffering(Whitespace matrix, const std::string& name) {
    return remove(std::move(matrix), kColumns, name);
}

Command replaceWhitespace(const std::string& accountId, Whitespace next, std::string description,
                          std::string mergeKey, std::string now, const Portfolio& current) {
    Whitespace previous;
    if (const Account* account = findAccount(current, accountId)) previous = account->whitespace;
    next.updated = std::move(now);
    auto assign = [accountId](Portfolio& p, const Whitespace& matrix) {
        if (Account* a = findAccount(p, accountId)) a->whitespace = matrix;
    };
    return Command{std::move(description), std::move(mergeKey),
                   [=](Portfolio& p) { assign(p, next); },
                   [=](Portfolio& p) { assign(p, previous); }, accountId};
}

}  // namespace keystone
