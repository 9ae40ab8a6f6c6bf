#include "ui/dialogs/contacts_import_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "core/csv/contacts_csv.h"
#include "platform/platform.h"
#include "ui/shell/item_registry.h"
#include "ui/shell/notices.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

constexpr const char* kTitle = "Import contacts###contacts-import";
constexpr float kWidthEm = 48.0f;
constexpr std::size_t kBytesPerFrame = std::size_t{1} << 18;  // ~2,500 rows: keeps frames short
constexpr int kPreviewColumns = 6;

// (Re)reads the whole file with the current mapping, a slice per frame.
void restartParse(ContactsImportState& s, const Account& account, const std::string& now) {
    s.result.reset();
    s.snapshot = Account{};
    s.snapshot.id = account.id;
    s.snapshot.stakeholders = account.stakeholders;
    s.parser = std::make_unique<ContactCsvParser>();
    s.parser->start(s.bytes, s.format, s.mapping, s.snapshot, now);
}

// Reads the header and first rows in `format`; the columns may differ, so their meanings are
// guessed again. The whole-file read starts where the caller wants it.
void readPreview(ContactsImportState& s, const CsvFormat& format) {
    s.format = format;
    s.preview.reset();
    s.previewError.clear();
    s.parser.reset();
    s.result.reset();
    s.mapping = {};
    Result<ContactCsvPreview> preview = previewContactsCsv(s.bytes, format);
    if (preview.ok()) {
        s.preview = std::move(preview.value());
        s.mapping = s.preview->mapping;
    } else {
        s.previewError = preview.error().message;
    }
}

void loadFile(ContactsImportState& s, const std::string& name, std::string bytes) {
    s.fileName = name;
    s.bytes = std::move(bytes);
    s.detected = detectCsvFormat(s.bytes);
    readPreview(s, s.detected);
    s.openRequested = true;
}

// `s` lives in the app's ViewState, which outlasts the file picker's answer.
void chooseFile(ContactsImportState& s) {
    platform::chooseFile(".csv,text/csv", [&s](const std::string& name, std::string bytes) {
        loadFile(s, name, std::move(bytes));
    });
}

bool nameMapped(const ContactColumnMapping& m) {
    return std::any_of(m.fields.begin(), m.fields.end(), [](ContactField f) {
        return f == ContactField::FirstName || f == ContactField::LastName ||
               f == ContactField::FullName;
    });
}

void drawHeader(const ContactsImportState& s) {
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_USERS);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted("Import contacts");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + em(kWidthEm - 2.8f));
    std::string intro = "\"" + s.fileName + "\"";
    if (s.preview)
        intro += s.preview->source == "CSV" ? " looks like a contact list."
                                            : " looks like a " + s.preview->source + " export.";
    intro +=
        " Check what each column holds; people are added only when you press Import, and "
        "Undo takes them all back in one step.";
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(intro.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 32);
    return text;
}

std::string formatSentence(const CsvFormat& format) {
    return "Encoding: " + std::string(csvEncodingLabel(format.encoding)) +
           " \u00B7 Separator: " + csvSeparatorLabel(format.separator) +
           (format.separatorLine ? " (named in the file)" : "");
}

// What was detected, and the two choices that re-read the file; true when the rep changed one.
bool drawFormat(ContactsImportState& s) {
    const std::string detected = "Detected: " + formatSentence(s.detected);
    mutedText(detected.c_str());
    exposeReadout(detected);
    CsvFormat chosen = s.format;
    ImGui::SetNextItemWidth(em(10.0f));
    if (ui::beginCombo("Encoding", std::string(csvEncodingLabel(chosen.encoding)).c_str())) {
        for (int i = 0; i < kCsvEncodingCount; ++i) {
            const auto option = static_cast<CsvEncoding>(i);
            if (ui::selectable(std::string(csvEncodingLabel(option)).c_str(),
                               option == chosen.encoding))
                chosen.encoding = option;
        }
        ui::endCombo();
    }
    exposeReadout("Encoding");  // combos are not in the item registry by themselves
    ImGui::SameLine(0, em(1.5f));
    ImGui::SetNextItemWidth(em(10.0f));
    const std::string current = capitalised(csvSeparatorLabel(chosen.separator));
    if (ui::beginCombo("Separator", current.c_str())) {
        std::string options(std::begin(kCsvSeparators), std::end(kCsvSeparators));
        // A character named by the file's "sep=" line stays on offer after the rep tries others.
        if (options.find(s.detected.separator) == std::string::npos)
            options += s.detected.separator;
        for (char option : options)
            if (ui::selectable(capitalised(csvSeparatorLabel(option)).c_str(),
                               option == chosen.separator))
                chosen.separator = option;
        ui::endCombo();
    }
    exposeReadout("Separator");
    if (chosen.encoding == s.format.encoding && chosen.separator == s.format.separator)
        return false;
    readPreview(s, chosen);
    return true;
}

// Returns true when the rep changed a column's meaning.
bool drawMapping(ContactsImportState& s) {
    sectionHeading("Columns");
    bool changed = false;
    const float rowH = ImGui::GetFrameHeightWithSpacing();
    const float height =
        std::min(rowH * (static_cast<float>(s.mapping.headers.size()) + 1.3f), em(11.5f));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##mapping", 3, flags, ImVec2(0, height))) return false;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column in the file", 0, 1.0f);
    ImGui::TableSetupColumn("Imports as", 0, 1.0f);
    ImGui::TableSetupColumn("First value", 0, 1.2f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < s.mapping.headers.size(); ++i) {
        const std::string& header = s.mapping.headers[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(header.empty() ? "(no header)" : header.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        const ContactField current = s.mapping.fields[i];
        // Every row's combo looks the same: a screen reader says which column it maps.
        ui::itemRegistry().nameNextItem("Imports as, for the column " +
                                        (header.empty() ? std::string("with no header") : header));
        if (ui::beginCombo("##field", std::string(contactFieldLabel(current)).c_str())) {
            for (int f = 0; f < kContactFieldCount; ++f) {
                const ContactField option = contactFieldAt(f);
                if (ui::selectable(std::string(contactFieldLabel(option)).c_str(),
                                   option == current) &&
                    option != current) {
                    s.mapping.fields[i] = option;
                    changed = true;
                }
            }
            ui::endCombo();
        }
        exposeReadout("Imports as: " + header);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        const auto& rows = s.preview->rows;
        const std::string example =
            !rows.empty() && i < rows[0].size() ? rows[0][i] : std::string();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
        ImGui::TextUnformatted(example.empty() ? "—" : example.c_str());
        ImGui::PopStyleColor();
        exposeReadout("First value of " + header + ": " + example);
        ImGui::PopID();
    }
    ImGui::EndTable();
    exposeReadout("Column list");  // the scrolling area, so tests can scroll to a column
    return changed;
}

void drawPreview(const ContactsImportState& s) {
    std::vector<std::size_t> columns;
    for (std::size_t i = 0;
         i < s.mapping.fields.size() && static_cast<int>(columns.size()) < kPreviewColumns; ++i)
        if (s.mapping.fields[i] != ContactField::Ignore) columns.push_back(i);
    sectionHeading("Preview");
    if (columns.empty() || s.preview->rows.empty()) {
        mutedText(columns.empty()
                      ? "No column is imported yet: choose what at least the name columns hold."
                      : "The file has a header but no rows.");
        return;
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("##preview", static_cast<int>(columns.size()), flags)) return;
    for (std::size_t c : columns)
        ImGui::TableSetupColumn(std::string(contactFieldLabel(s.mapping.fields[c])).c_str());
    ImGui::TableHeadersRow();
    for (const auto& row : s.preview->rows) {
        ImGui::TableNextRow();
        for (std::size_t c : columns) {
            ImGui::TableNextColumn();
            const std::string cell = c < row.size() ? row[c] : std::string();
            ImGui::TextUnformatted(cell.substr(0, cell.find_first_of("\r\n")).c_str());
        }
    }
    ImGui::EndTable();
}

void drawProblems(const ContactImport& result) {
    if (result.problems.empty()) return;
    sectionHeading("Rows with problems");
    const float height = std::min(
        ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(result.problems.size()) + 1.6f),
        em(8.5f));
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##problems", 2, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, em(4.0f));
    ImGui::TableSetupColumn("Problem", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(result.problems.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ContactRowProblem& p = result.problems[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.line > 0 ? std::to_string(p.line).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, p.skipped ? palette().bad : palette().warning);
            ImGui::TextUnformatted(p.skipped ? "Not imported" : "Imported");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", p.reason.c_str());
            exposeReadout("Problem on line " + std::to_string(p.line) + ": " + p.reason);
        }
    }
    ImGui::EndTable();
}

std::string countsText(const ContactImport& r) {
    const std::size_t n = r.people.size();
    return std::to_string(n) + (n == 1 ? " contact" : " contacts") + " ready to import, " +
           std::to_string(r.skippedRows) + " skipped";
}

// Status line and the Import button; true when the dialog should close.
bool drawFooter(Workspace& workspace, ContactsImportState& s, NoticesState& notices) {
    bool close = false;
    if (s.parser && !s.result) {
        const float fraction = static_cast<float>(s.parser->progress());
        const std::string overlay =
            "Reading rows… " + std::to_string(static_cast<int>(fraction * 100)) + "%";
        ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, 0), overlay.c_str());
        exposeReadout("Reading rows");
    } else if (s.result) {
        ImGui::PushFont(fonts().strong);
        ImGui::TextUnformatted(countsText(*s.result).c_str());
        ImGui::PopFont();
        exposeReadout(countsText(*s.result));
    }
    ImGui::Separator();
    const bool ready = s.result && !s.result->people.empty();
    if (!ready) ImGui::BeginDisabled();
    if (ui::button(ICON_UPLOAD " Import these contacts")) {
        const std::string summary = contactImportSummary(*s.result);
        workspace.execute(importContactsCommand(s.accountId, std::move(s.result->people)));
        postNotice(notices, NoticeKind::Success, "Contacts imported: " + summary + ".");
        close = true;
    }
    if (!ready) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::button("Choose another file")) chooseFile(s);
    ImGui::SameLine();
    if (ui::button("Cancel")) close = true;
    return close;
}

}  // namespace

void openContactsImport(ContactsImportState& s, const std::string& accountId) {
    s.accountId = accountId;
    chooseFile(s);
}

void drawContactsImportDialog(Workspace& workspace, ContactsImportState& s, NoticesState& notices,
                              const Account& account) {
    if (s.openRequested) {
        s.openRequested = false;
        if (s.accountId.empty()) s.accountId = account.id;
        if (s.preview && nameMapped(s.mapping)) restartParse(s, account, workspace.clockNow());
        ImGui::OpenPopup(kTitle);
    }
    if (!ImGui::IsPopupOpen(kTitle)) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Centred every frame: the dialog grows once the file has been read, and a position fixed
    // when it first appeared would push its buttons off the bottom of the screen.
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(em(kWidthEm), viewport->WorkSize.x * 0.95f), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.4f, 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, emVec(0.6f, 0.55f));
    const bool open =
        ui::beginPopupModal(kTitle, nullptr,
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize |
                                ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    if (!open) return;

    if (s.parser && !s.result && s.parser->step(kBytesPerFrame)) s.result = s.parser->finish();
    drawHeader(s);
    ImGui::Separator();
    if (drawFormat(s) && s.preview && nameMapped(s.mapping))
        restartParse(s, account, workspace.clockNow());
    if (!s.preview) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped("%s", s.previewError.c_str());
        ImGui::PopStyleColor();
        exposeReadout(s.previewError);
    } else {
        if (drawMapping(s)) {
            s.parser.reset();
            s.result.reset();
            if (nameMapped(s.mapping)) restartParse(s, account, workspace.clockNow());
        }
        if (!nameMapped(s.mapping)) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
            ImGui::TextWrapped(
                "Choose which column holds the name (First name, Last name or Full name) to "
                "import.");
            ImGui::PopStyleColor();
        }
        drawPreview(s);
        if (s.result) drawProblems(*s.result);
    }
    if (drawFooter(workspace, s, notices)) {
        s = ContactsImportState{};
        ImGui::CloseCurrentPopup();
    }
    ui::endPopup();
}

}  // namespace keystone::ui
