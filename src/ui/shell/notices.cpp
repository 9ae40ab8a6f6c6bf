#include "ui/shell/notices.h"

#include <imgui.h>

#include "ui/shell/view_state.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

namespace keystone::ui {
namespace {

constexpr double kInfoLifetimeMs = 5000;  // errors stay until dismissed: they need reading
constexpr size_t kMaxNotices = 4;

// The technical detail under a notice, muted, with a button that copies it for an email to
// support (the text is drawn, so it cannot be selected).
void drawNoticeDetails(const std::string& details, float x) {
    ImGui::SetCursorPosX(x);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::PushTextWrapPos(em(36));
    ImGui::TextUnformatted(details.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::SetCursorPosX(x);
    if (ui::smallButton("Copy details")) ImGui::SetClipboardText(details.c_str());
}

}  // namespace

void postNotice(NoticesState& notices, NoticeKind kind, std::string text, std::string details) {
    Notice notice;
    notice.kind = kind;
    notice.text = std::move(text);
    notice.details = std::move(details);
    notices.shown.push_back(std::move(notice));
    while (notices.shown.size() > kMaxNotices) notices.shown.pop_front();
}

const std::string& latestNotice(const NoticesState& notices) {
    static const std::string none;
    return notices.shown.empty() ? none : notices.shown.back().text;
}

double nextNoticeExpiryMs(const NoticesState& notices) {
    double earliest = -1;
    for (const Notice& notice : notices.shown) {
        if (notice.kind == NoticeKind::Error || notice.shownAtMs < 0) continue;
        const double expiry = notice.shownAtMs + kInfoLifetimeMs;
        if (earliest < 0 || expiry < earliest) earliest = expiry;
    }
    return earliest;
}

void drawNotices(NoticesState& notices, double nowMs) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float bottom = viewport->WorkPos.y + viewport->WorkSize.y - em(1.0f);
    for (size_t i = notices.shown.size(); i-- > 0;) {
        Notice& notice = notices.shown[i];
        if (notice.shownAtMs < 0) notice.shownAtMs = nowMs;
        if (notice.kind != NoticeKind::Error && nowMs - notice.shownAtMs > kInfoLifetimeMs) {
            notices.shown.erase(notices.shown.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        const Palette& p = palette();
        const ImVec4 accent = notice.kind == NoticeKind::Error     ? p.bad
                              : notice.kind == NoticeKind::Success ? p.good
                                                                   : p.info;
        ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, bottom),
                                ImGuiCond_Always, ImVec2(0.5f, 1.0f));
        ImGui::SetNextWindowSizeConstraints(ImVec2(em(18), 0),
                                            ImVec2(em(40), em(notice.detailsOpen ? 24 : 12)));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, p.surface);
        ImGui::PushStyleColor(ImGuiCol_Border, accent);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, emVec(1.0f, 0.7f));
        const std::string name = "##notice" + std::to_string(i);
        ImGui::Begin(name.c_str(), nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                         ImGuiWindowFlags_NoNav);
        ImGui::PushStyleColor(ImGuiCol_Text, accent);
        ImGui::TextUnformatted(notice.kind == NoticeKind::Error ? ICON_WARNING : ICON_CHECK);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const float textX = ImGui::GetCursorPosX();  // details line up under the message
        ImGui::PushTextWrapPos(em(36));
        ImGui::TextUnformatted(notice.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PushID(static_cast<int>(i));
        // With details the buttons get a row of their own under the text, so the widest
        // message still leaves room for both.
        if (notice.details.empty()) {
            ImGui::SameLine();
        } else {
            ImGui::SetCursorPosX(textX);
            ui::disclosureButton("Details", &notice.detailsOpen);
            ImGui::SameLine();
        }
        const bool dismiss = ui::smallButton("Dismiss");
        if (notice.detailsOpen) drawNoticeDetails(notice.details, textX);
        ImGui::PopID();
        bottom -= ImGui::GetWindowHeight() + em(0.5f);
        ImGui::End();
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor(2);
        if (dismiss) notices.shown.erase(notices.shown.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

}  // namespace keystone::ui
