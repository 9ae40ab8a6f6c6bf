#include "ui/notices.h"

#include <imgui.h>

#include <deque>

#include "ui/icons.h"
#include "ui/theme.h"

namespace keystone::ui {
namespace {

struct Notice {
    NoticeKind kind;
    std::string text;
    double shownAtMs = -1;  // set on first draw
};

std::deque<Notice> g_notices;
constexpr double kInfoLifetimeMs = 5000;   // errors stay until dismissed: they need reading
constexpr size_t kMaxNotices = 4;

}  // namespace

void postNotice(NoticeKind kind, std::string text) {
    g_notices.push_back(Notice{kind, std::move(text)});
    while (g_notices.size() > kMaxNotices) g_notices.pop_front();
}

const std::string& latestNotice() {
    static const std::string none;
    return g_notices.empty() ? none : g_notices.back().text;
}

void drawNotices(double nowMs) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float bottom = viewport->WorkPos.y + viewport->WorkSize.y - em(1.0f);
    for (size_t i = g_notices.size(); i-- > 0;) {
        Notice& notice = g_notices[i];
        if (notice.shownAtMs < 0) notice.shownAtMs = nowMs;
        if (notice.kind != NoticeKind::Error && nowMs - notice.shownAtMs > kInfoLifetimeMs) {
            g_notices.erase(g_notices.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        const Palette& p = palette();
        const ImVec4 accent = notice.kind == NoticeKind::Error ? p.bad
                              : notice.kind == NoticeKind::Success ? p.good : p.info;
        ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, bottom),
                                ImGuiCond_Always, ImVec2(0.5f, 1.0f));
        ImGui::SetNextWindowSizeConstraints(ImVec2(em(18), 0), ImVec2(em(40), em(12)));
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
        ImGui::PushTextWrapPos(em(36));
        ImGui::TextUnformatted(notice.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        const bool dismiss = ImGui::SmallButton("Dismiss");
        ImGui::PopID();
        bottom -= ImGui::GetWindowHeight() + em(0.5f);
        ImGui::End();
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor(2);
        if (dismiss) g_notices.erase(g_notices.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

}  // namespace keystone::ui
