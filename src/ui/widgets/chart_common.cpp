#include "ui/widgets/chart_common.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/shell/item_registry.h"
#include "ui/widgets/accessible_widgets.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/widgets.h"

namespace keystone::ui {
namespace {

void dashedLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash,
                float gap) {
    const float length = b.x - a.x;  // horizontal lines only
    for (float x = 0; x < length; x += dash + gap)
        draw->AddLine(ImVec2(a.x + x, a.y), ImVec2(a.x + std::min(x + dash, length), a.y), colour,
                      thickness);
}

// Axis labels carry only a "%" unit; tooltips carry the full one ("3,010 users").
std::string plainNumber(double value, const LineChart& chart, bool withUnit = false) {
    if (chart.formatValue)
        return chart.formatValue(value, withUnit || chart.unit == "%" ? chart.unit : std::string());
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

void labelLastItem(const char* label) { itemRegistry().labelLastItem(label); }

ImVec4 mixColour(const ImVec4& a, const ImVec4& b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                  a.w + (b.w - a.w) * t);
}

ImVec4 withAlpha(ImVec4 colour, float alpha) {
    colour.w = alpha;
    return colour;
}

void Card::begin(float widthPx) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    m_splitter.Split(draw, 2);
    m_splitter.SetCurrentChannel(draw, 1);
    m_start = ImGui::GetCursorScreenPos();
    m_width = widthPx > 0 ? widthPx : ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = emVec(1.0f, 0.8f);
    m_inner = std::max(m_width - pad.x * 2, em(4.0f));
    ImGui::SetCursorScreenPos(ImVec2(m_start.x + pad.x, m_start.y + pad.y));
    ImGui::BeginGroup();
}

void Card::end(const ImVec4* stripe) {
    ImGui::EndGroup();
    const ImVec2 pad = emVec(1.0f, 0.8f);
    const float bottom = ImGui::GetItemRectMax().y + pad.y;
    const ImVec2 max(m_start.x + m_width, bottom);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    m_splitter.SetCurrentChannel(draw, 0);
    const float rounding = em(0.4f);
    const ImU32 surface = toU32(palette().surface);
    if (stripe) {
        // A card in the stripe colour with the surface over all but its left edge, so the
        // stripe follows the rounded corners.
        draw->AddRectFilled(m_start, max, toU32(*stripe), rounding);
        draw->AddRectFilled(ImVec2(m_start.x + em(0.25f), m_start.y), max, surface, rounding,
                            ImDrawFlags_RoundCornersRight);
    } else {
        draw->AddRectFilled(m_start, max, surface, rounding);
    }
    draw->AddRect(m_start, max, toU32(palette().border), rounding);
    m_splitter.Merge(draw);
    ImGui::SetCursorScreenPos(ImVec2(m_start.x, bottom));
    ImGui::Dummy(ImVec2(m_width, 0));
}

int segmented(const char* idPrefix, const char* const* texts, int count, int current,
              const char* const* tooltips, const ImVec4* colours) {
    int clicked = -1;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(em(0.2f), ImGui::GetStyle().ItemSpacing.y));
    for (int i = 0; i < count; ++i) {
        const bool on = i == current;
        if (on) {
            const ImVec4 tint = colours ? colours[i] : palette().accent;
            ImGui::PushStyleColor(ImGuiCol_Button, withAlpha(tint, 0.18f));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(tint, 0.26f));
            ImGui::PushStyleColor(ImGuiCol_ButtonActive, withAlpha(tint, 0.34f));
            ImGui::PushStyleColor(ImGuiCol_Text, tint);
            ImGui::PushStyleColor(ImGuiCol_Border, tint);
        }
        const std::string label = std::string(texts[i]) + "##" + idPrefix;
        if (ui::button(label.c_str())) clicked = i;
        if (on) ImGui::PopStyleColor(5);
        if (tooltips && tooltips[i]) hoverTooltip(tooltips[i]);
        if (i + 1 < count) ImGui::SameLine();
    }
    ImGui::PopStyleVar();
    return clicked;
}

void drawLineChart(const char* id, const LineChart& chart, ImVec2 size) {
    ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    const std::vector<double>& v = chart.values;
    if (v.empty()) {
        if (chart.detailed) {
            const char* text = "No readings yet";
            const ImVec2 t = ImGui::CalcTextSize(text);
            draw->AddText(ImVec2((min.x + max.x - t.x) * 0.5f, (min.y + max.y - t.y) * 0.5f),
                          toU32(p.textMuted), text);
        }
        return;
    }

    double lo = *std::min_element(v.begin(), v.end());
    double hi = *std::max_element(v.begin(), v.end());
    for (const auto& extra : {chart.target, chart.baseline})
        if (extra) {
            lo = std::min(lo, *extra);
            hi = std::max(hi, *extra);
        }
    if (hi - lo < 1e-9) {
        lo -= std::max(std::fabs(lo) * 0.1, 1.0);
        hi += std::max(std::fabs(hi) * 0.1, 1.0);
    }
    const double span = hi - lo;
    lo -= span * 0.08;
    hi += span * 0.08;

    const float lineH = ImGui::GetTextLineHeight();
    if (chart.detailed) {
        // Room for value labels on the left and quarter labels underneath.
        float labelW = 0;
        for (double y : {lo, hi})
            labelW = std::max(labelW, ImGui::CalcTextSize(plainNumber(y, chart).c_str()).x);
        min.x += labelW + em(0.6f);
        max.y -= lineH + em(0.3f);
        min.y += lineH * 0.5f;
        max.x -= em(3.2f);  // "Target" tag on the right
    }
    auto yOf = [&](double value) {
        return static_cast<float>(max.y - (value - lo) / (hi - lo) * (max.y - min.y));
    };
    const size_t n = v.size();
    auto xOf = [&](size_t i) {
        return n == 1 ? (min.x + max.x) * 0.5f
                      : min.x + (max.x - min.x) * static_cast<float>(i) / static_cast<float>(n - 1);
    };

    if (chart.detailed) {
        const ImU32 grid = toU32(withAlpha(p.border, 0.9f));
        for (int g = 0; g <= 2; ++g) {
            const double value = lo + (hi - lo) * g / 2.0;
            const float y = yOf(value);
            draw->AddLine(ImVec2(min.x, y), ImVec2(max.x, y), grid);
            const std::string text = plainNumber(value, chart);
            const float w = ImGui::CalcTextSize(text.c_str()).x;
            draw->AddText(ImVec2(min.x - w - em(0.5f), y - lineH * 0.5f), toU32(p.textMuted),
                          text.c_str());
        }
        // Quarter labels, thinned so they never overlap.
        float widest = 0;
        for (const std::string& label : chart.xLabels)
            widest = std::max(widest, ImGui::CalcTextSize(label.c_str()).x);
        const float step = n > 1 ? (max.x - min.x) / static_cast<float>(n - 1) : max.x - min.x;
        const size_t every = std::max<size_t>(
            1, static_cast<size_t>(std::ceil((widest + em(0.8f)) / std::max(step, 1.0f))));
        for (size_t i = 0; i < n && i < chart.xLabels.size(); ++i) {
            if ((n - 1 - i) % every != 0) continue;  // always label the latest
            const float w = ImGui::CalcTextSize(chart.xLabels[i].c_str()).x;
            const float x = std::clamp(xOf(i) - w * 0.5f, min.x - em(1.0f), max.x + em(2.0f) - w);
            draw->AddText(ImVec2(x, max.y + em(0.3f)), toU32(p.textMuted),
                          chart.xLabels[i].c_str());
        }
    }
    const float thin = std::max(1.0f, em(0.07f));
    if (chart.baseline) {
        const float y = yOf(*chart.baseline);
        dashedLine(draw, ImVec2(min.x, y), ImVec2(max.x, y), toU32(p.textMuted), thin, em(0.15f),
                   em(0.25f));
    }
    if (chart.target) {
        const float y = yOf(*chart.target);
        dashedLine(draw, ImVec2(min.x, y), ImVec2(max.x, y), toU32(p.good), thin * 1.5f, em(0.45f),
                   em(0.3f));
        if (chart.detailed)
            draw->AddText(ImVec2(max.x + em(0.4f), y - lineH * 0.5f), toU32(p.good), "Target");
    }

    std::vector<ImVec2> points;
    for (size_t i = 0; i < n; ++i) points.emplace_back(xOf(i), yOf(v[i]));
    const ImU32 line = toU32(chart.colour);
    if (n > 1)
        draw->AddPolyline(points.data(), static_cast<int>(n), line, ImDrawFlags_None,
                          em(chart.detailed ? 0.14f : 0.11f));
    const float radius = em(chart.detailed ? 0.22f : 0.18f);
    if (chart.detailed)
        for (const ImVec2& pt : points) draw->AddCircleFilled(pt, radius, line);
    else
        draw->AddCircleFilled(points.back(), radius, line);

    if (hovered && chart.detailed) {
        const float mouseX = ImGui::GetIO().MousePos.x;
        size_t nearest = 0;
        for (size_t i = 1; i < n; ++i)
            if (std::fabs(points[i].x - mouseX) < std::fabs(points[nearest].x - mouseX))
                nearest = i;
        draw->AddCircle(points[nearest], radius * 1.9f, line, 0, thin * 1.5f);
        const std::string quarter =
            nearest < chart.xLabels.size() ? chart.xLabels[nearest] : std::string();
        ImGui::SetTooltip("%s  %s", quarter.c_str(), plainNumber(v[nearest], chart, true).c_str());
    }
}

void expandingTextArea(Workspace& workspace, const char* id, const std::string& value,
                       const std::function<Command(const std::string&)>& makeCommand,
                       float minHeightEm, const char* placeholder) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID editingKey = ImGui::GetID((std::string(id) + "/editing").c_str());
    const ImGuiID focusKey = ImGui::GetID((std::string(id) + "/focus").c_str());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = std::max(width - style.FramePadding.x * 2, em(2.0f));
    const char* shown = value.empty() ? placeholder : value.c_str();
    const float textH = ImGui::CalcTextSize(shown, nullptr, false, wrap).y;
    const float height = std::max(em(minHeightEm), textH + style.FramePadding.y * 2);

    if (storage->GetBool(editingKey, false)) {
        if (storage->GetBool(focusKey, false)) {
            ImGui::SetKeyboardFocusHere();
            storage->SetBool(focusKey, false);
        }
        textArea(workspace, id, value, makeCommand, height / em(1.0f));
        if (ImGui::IsItemDeactivated()) storage->SetBool(editingKey, false);
        return;
    }
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton(id, ImVec2(width, height))) {
        storage->SetBool(editingKey, true);
        storage->SetBool(focusKey, true);
    }
    labelLastItem(id);
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + width, pos.y + height);
    draw->AddRectFilled(pos, max,
                        ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                        style.FrameRounding);
    if (style.FrameBorderSize > 0)
        draw->AddRect(pos, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0,
                      style.FrameBorderSize);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y),
                  value.empty() ? toU32(palette().textMuted) : ImGui::GetColorU32(ImGuiCol_Text),
                  shown, nullptr, wrap);
}

void hoverTooltip(const std::string& text, ImGuiHoveredFlags flags) {
    if (!ImGui::IsItemHovered(flags)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(24.0f));
    ImGui::TextUnformatted(text.c_str());
    labelLastItem(text.c_str());  // so a screen reader, and a test, can read it
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool primaryButton(const char* label) {
    const ImVec4 accent = palette().accent;
    ImGui::PushStyleColor(ImGuiCol_Button, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(accent, 0.88f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, withAlpha(accent, 0.75f));
    ImGui::PushStyleColor(ImGuiCol_Border, accent);
    // The window background contrasts with the accent in both themes (white on blue, ink
    // on light blue).
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    const bool pressed = ui::button(label);
    ImGui::PopStyleColor(5);
    return pressed;
}

bool panelHeader(const char* title, const std::string& summary, const char* actionLabel) {
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().textMuted);
    ImGui::TextUnformatted(summary.c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    const float groupBottom = ImGui::GetCursorPosY();
    if (!actionLabel) return false;
    const float buttonW = buttonWidth(actionLabel);
    ImGui::SameLine(std::max(ImGui::GetWindowContentRegionMax().x - buttonW, em(20.0f)));
    ImGui::SetCursorPosY(top + (groupBottom - top - ImGui::GetFrameHeightWithSpacing()) * 0.5f);
    const bool pressed = primaryButton(actionLabel);
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), groupBottom));
    return pressed;
}

void emptyState(const char* icon, const char* message, const char* hint) {
    Card card;
    card.begin();
    ImGui::Dummy(ImVec2(card.innerWidth(), em(1.0f)));
    auto centred = [&](const char* text, ImFont* font, const ImVec4& colour) {
        ImGui::PushFont(font);
        const float w = ImGui::CalcTextSize(text).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                             std::max(0.0f, (card.innerWidth() - w) * 0.5f));
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(text);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    };
    centred(icon, fonts().heading, palette().textMuted);
    centred(message, fonts().strong, ImGui::GetStyle().Colors[ImGuiCol_Text]);
    centred(hint, fonts().body, palette().textMuted);
    ImGui::Dummy(ImVec2(card.innerWidth(), em(1.0f)));
    card.end();
}

void drawBar(float fraction, ImVec2 size, const ImVec4& colour) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float rounding = size.y * 0.5f;
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                        toU32(withAlpha(palette().border, 0.8f)), rounding);
    const float filled = size.x * std::clamp(fraction, 0.0f, 1.0f);
    if (filled > 0.5f)
        draw->AddRectFilled(pos, ImVec2(pos.x + std::max(filled, size.y), pos.y + size.y),
                            toU32(colour), rounding);
    ImGui::Dummy(size);
}

}  // namespace keystone::ui
