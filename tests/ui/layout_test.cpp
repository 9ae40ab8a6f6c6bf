// Screens that fit every laptop (issue 13): at the four common window sizes, each at device
// pixel ratio 1 and 2, every control on every plan section lies inside the window and no two
// controls in the same window overlap, so nothing a rep needs is cut off or covered.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "core/pricing/pricing_scenario_export.h"
#include "core/sample/sample_plan.h"
#include "ui/shell/item_registry.h"
#include "ui_harness.h"

using keystone::test::HarnessOptions;
using keystone::test::UiHarness;
using keystone::ui::RegisteredItem;
using keystone::ui::Role;

namespace {

const char* const kSections[] = {"Overview", "Qualification", "Plan",        "Opportunities",
                                 "Pricing",  "Whitespace",    "Competition", "Risks",
                                 "Metrics",  "Health",        "Stakeholders"};

bool interactive(const RegisteredItem& item) {
    switch (item.accessible.role) {
        case Role::None:
        case Role::Heading:
        case Role::Text:
        case Role::Status:
        case Role::TabList:
        case Role::TabPanel:
        case Role::ListBox:
        case Role::Menu:
        case Role::Dialog:
        // The org chart's cards sit on a canvas the rep pans and zooms (and the keyboard
        // scrolls to the card it is on): a card past the canvas's edge is not cut off.
        case Role::Tree:
        case Role::TreeItem:
            return false;
        default:
            return item.w > 0 && item.h > 0;
    }
}

std::string describe(const RegisteredItem& item) {
    std::ostringstream out;
    out << '"' << (item.accessible.name.empty() ? item.label : item.accessible.name) << "\" at ("
        << item.x << ", " << item.y << ") " << item.w << "x" << item.h;
    return out.str();
}

// Whether a rectangle is inside a pane's visible part, or the pane can scroll to it; then the
// same for the pane inside its parent, up to the window itself.
bool reachable(ImRect rect, const ImGuiWindow* pane, float width, float height) {
    for (; pane; pane = pane->ParentWindow) {
        const ImRect visible = pane->InnerRect;  // its own, not cut by a parent's edge
        const bool fitsX = rect.Min.x >= visible.Min.x - 0.5f && rect.Max.x <= visible.Max.x + 0.5f;
        const bool fitsY = rect.Min.y >= visible.Min.y - 0.5f && rect.Max.y <= visible.Max.y + 0.5f;
        if (!(fitsX || pane->ScrollMax.x > 0) || !(fitsY || pane->ScrollMax.y > 0)) return false;
        rect = pane->Rect();  // next: is the pane itself within reach in its parent?
    }
    return rect.Min.x >= -0.5f && rect.Min.y >= -0.5f && rect.Max.x <= width + 0.5f &&
           rect.Max.y <= height + 0.5f;
}

bool reachable(const RegisteredItem& item, float width, float height) {
    return reachable(ImRect(item.x, item.y, item.x + item.w, item.y + item.h), item.window, width,
                     height);
}

// Problems on the current screen: controls the rep cannot reach, and pairs that overlap by
// more than a pixel each way within one pane.
std::vector<std::string> layoutProblems(const UiHarness& ui, float width, float height) {
    std::vector<std::string> problems;
    std::vector<RegisteredItem> items;
    for (const RegisteredItem& item : ui.items())
        if (interactive(item)) items.push_back(item);
    for (const RegisteredItem& item : items)
        if (!reachable(item, width, height)) problems.push_back("cut off: " + describe(item));
    for (size_t i = 0; i < items.size(); ++i)
        for (size_t j = i + 1; j < items.size(); ++j) {
            const RegisteredItem& a = items[i];
            const RegisteredItem& b = items[j];
            if (a.window != b.window) continue;
            const float overlapX = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
            const float overlapY = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
            if (overlapX > 1.0f && overlapY > 1.0f)
                problems.push_back("overlap: " + describe(a) + " and " + describe(b));
        }
    return problems;
}

// Opens every screen at every size and reports what does not fit. `plan` (when given) is
// the saved account the app starts with, instead of the first-run sample.
void checkEveryScreen(const keystone::Account* plan) {
    const struct {
        float width, height;
    } sizes[] = {{1024, 700}, {1280, 720}, {1366, 768}, {1920, 1080}};
    for (const auto& size : sizes)
        for (const float dpr : {1.0f, 2.0f}) {
            HarnessOptions options;
            options.width = size.width;
            options.height = size.height;
            options.devicePixelRatio = dpr;
            if (plan)
                options.beforeStartup = [plan](keystone::platform::MemoryPlatform& device) {
                    device.plans[plan->id] = {
                        keystone::exportPlanFile(*plan, keystone::Portfolio{}), 0, 1};
                };
            UiHarness ui(options);
            if (!ui.shows("Overview")) ui.click(plan->name);  // a reload opens on the portfolio
            std::vector<std::string> screens(std::begin(kSections), std::end(kSections));
            screens.push_back("Portfolio overview");
            for (const std::string& screen : screens) {
                ui.click(screen);
                ui.frame(3);
                for (const std::string& problem : layoutProblems(ui, size.width, size.height))
                    FAIL_CHECK(size.width << "x" << size.height << "@" << dpr << " " << screen
                                          << ": " << problem);
            }
        }
}

}  // namespace

TEST_CASE("every control on every screen fits the window and none overlaps, at 8 sizes") {
    checkEveryScreen(nullptr);
}

TEST_CASE("the same with a 500-person org chart") {
    keystone::SampleOptions sample;
    sample.stakeholders = 500;
    sample.seed = 7;
    const keystone::Account plan = keystone::makeSampleAccount(sample);
    checkEveryScreen(&plan);
}

// Dear ImGui allows a line break after any '.' or ','; the build's copy of imgui_draw.cpp
// (cmake/imgui_text_hook.cmake) keeps numbers whole, so wrapped prices never read "$15," "000".
TEST_CASE("wrapped text never breaks a number at its thousands separator or decimal point") {
    UiHarness ui;
    const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const auto width = [&](const std::string& text) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
    };
    const auto firstLine = [&](const std::string& text, float wrapWidth) {
        const char* end =
            font->CalcWordWrapPositionA(1.0f, text.c_str(), text.c_str() + text.size(), wrapWidth);
        return std::string(text.c_str(), end);
    };
    // Room for "... ($15," but not for "... ($15,000": the whole number goes to the next line.
    const std::string price = "package available ($15,000 one-time)";
    CHECK(firstLine(price, width("package available ($15,") + 1) == "package available");
    const std::string share = "grew by 12.75 points. Then";
    CHECK(firstLine(share, width("grew by 12.") + 1) == "grew by");
    // Punctuation that ends a word still allows a break after it.
    const std::string sentence = "Fees, then add-ons";
    CHECK(firstLine(sentence, width("Fees, then") - 1) == "Fees,");
}
