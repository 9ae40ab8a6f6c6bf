// Where the report's org-chart cards go. Pure tidy trees of real orgs are very wide (a COO
// with nine reports, each with a team, spans fifteen cards), which printed on one page shrinks
// the text to nothing. So the top levels are a tidy tree from layoutOrgChart, and below a cut
// depth K each person's whole team is drawn as an indented list that the layout engine
// treats as one tall "card"; the engine then stacks those blocks in columns under their
// manager. K is chosen per chart as the one that prints largest on a landscape page.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <unordered_map>

#include "core/report/plan_report_parts.h"
#include "core/stakeholders/org_layout.h"

namespace keystone::report {
namespace {

constexpr float kPad = 12.0f;          // margin inside the picture
constexpr float kIndent = 20.0f;       // per level inside an indented list
constexpr int kMaxIndentLevels = 6;    // deeper people stop moving right
constexpr float kListGap = 6.0f;       // between rows of an indented list
constexpr int kMaxManagerWalk = 1000;  // hops when skipping people left out of a capped chart
constexpr int kMaxCutTried = 8;        // deepest cut tried below the plain tree
constexpr float kPageW = 1000.0f, kPageH = 620.0f;  // landscape page area for the chart, CSS px

// People drawn: everyone, or the most senior `maxPeople` (ties: more influence, then plan
// order). Returned in the order siblings are laid out: seniority, then plan order.
std::vector<int> choosePeople(const std::vector<Stakeholder>& people, int maxPeople) {
    std::vector<int> order(people.size());
    std::iota(order.begin(), order.end(), 0);
    const auto at = [&](int i) -> const Stakeholder& {
        return people[static_cast<std::size_t>(i)];
    };
    if (order.size() > static_cast<std::size_t>(maxPeople)) {
        // A total order (index last), so partial_sort picks the same people every time.
        const auto keep = order.begin() + maxPeople;
        std::partial_sort(order.begin(), keep, order.end(), [&](int a, int b) {
            if (at(a).seniority != at(b).seniority) return at(a).seniority < at(b).seniority;
            if (at(a).influence != at(b).influence) return at(a).influence > at(b).influence;
            return a < b;
        });
        order.erase(keep, order.end());
        std::sort(order.begin(), order.end());
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return at(a).seniority < at(b).seniority; });
    return order;
}

struct Forest {
    std::vector<int> parent;                 // slot of the drawn manager, -1 for a root
    std::vector<std::vector<int>> children;  // in layout order (see buildForest)
    std::vector<int> depth;
    std::vector<int> order;  // every slot, breadth-first in layout order
    int maxDepth = 0;
};

// Reporting lines among the drawn people, cycles cut (the plan reader rejects them, but
// the report must not hang on an account built in memory).
Forest buildForest(const std::vector<Stakeholder>& people, const std::vector<int>& chosen) {
    const std::size_t n = chosen.size();
    std::unordered_map<std::string_view, int> personById;
    personById.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) personById.emplace(people[i].id, int(i));
    std::vector<int> slotOf(people.size(), -1);
    for (std::size_t slot = 0; slot < n; ++slot)
        slotOf[static_cast<std::size_t>(chosen[slot])] = int(slot);

    Forest f;
    f.parent.assign(n, -1);
    for (std::size_t slot = 0; slot < n; ++slot) {
        // The nearest drawn manager up the chain, so a capped chart keeps its shape.
        std::string_view managerId = people[static_cast<std::size_t>(chosen[slot])].managerId;
        for (int hop = 0; hop < kMaxManagerWalk && !managerId.empty(); ++hop) {
            const auto found = personById.find(managerId);
            if (found == personById.end()) break;
            const int drawn = slotOf[static_cast<std::size_t>(found->second)];
            if (drawn >= 0) {
                if (drawn != int(slot)) f.parent[slot] = drawn;
                break;
            }
            managerId = people[static_cast<std::size_t>(found->second)].managerId;
        }
    }
    f.depth.assign(n, -1);
    f.children.assign(n, {});
    std::vector<int> queue;
    const auto spread = [&](int root) {  // breadth-first depths below a root
        f.depth[static_cast<std::size_t>(root)] = 0;
        queue.assign(1, root);
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            for (int c : f.children[static_cast<std::size_t>(v)]) {
                f.depth[static_cast<std::size_t>(c)] = f.depth[static_cast<std::size_t>(v)] + 1;
                f.maxDepth = std::max(f.maxDepth, f.depth[static_cast<std::size_t>(c)]);
                queue.push_back(c);
            }
        }
    };
    for (std::size_t slot = 0; slot < n; ++slot)
        if (f.parent[slot] >= 0)
            f.children[static_cast<std::size_t>(f.parent[slot])].push_back(int(slot));
    for (std::size_t slot = 0; slot < n; ++slot)
        if (f.parent[slot] < 0) spread(int(slot));
    for (std::size_t slot = 0; slot < n; ++slot) {
        if (f.depth[slot] >= 0) continue;
        // Unreached: on or below a cycle. Walk up to a node of the cycle and make it a root.
        int v = int(slot);
        for (std::size_t steps = 0; steps < n; ++steps) v = f.parent[static_cast<std::size_t>(v)];
        auto& siblings =
            f.children[static_cast<std::size_t>(f.parent[static_cast<std::size_t>(v)])];
        siblings.erase(std::find(siblings.begin(), siblings.end(), v));
        f.parent[static_cast<std::size_t>(v)] = -1;
        spread(v);
    }
    // Layout order of siblings: seniority, then bigger teams first (stacked columns then pair
    // blocks of similar height), then plan order. Slots are already in seniority order.
    std::vector<int> roots;
    for (std::size_t slot = 0; slot < n; ++slot)
        if (f.parent[slot] < 0) roots.push_back(int(slot));
    f.order = roots;
    for (std::size_t head = 0; head < f.order.size(); ++head)
        for (int c : f.children[static_cast<std::size_t>(f.order[head])]) f.order.push_back(c);
    std::vector<int> size(n, 1);
    for (auto it = f.order.rbegin(); it != f.order.rend(); ++it)
        if (f.parent[static_cast<std::size_t>(*it)] >= 0)
            size[static_cast<std::size_t>(f.parent[static_cast<std::size_t>(*it)])] +=
                size[static_cast<std::size_t>(*it)];
    const auto before = [&](int a, int b) {
        const Seniority sa =
            people[static_cast<std::size_t>(chosen[static_cast<std::size_t>(a)])].seniority;
        const Seniority sb =
            people[static_cast<std::size_t>(chosen[static_cast<std::size_t>(b)])].seniority;
        if (sa != sb) return sa < sb;
        if (size[static_cast<std::size_t>(a)] != size[static_cast<std::size_t>(b)])
            return size[static_cast<std::size_t>(a)] > size[static_cast<std::size_t>(b)];
        return a < b;
    };
    std::sort(roots.begin(), roots.end(), before);
    for (auto& kids : f.children) std::sort(kids.begin(), kids.end(), before);
    f.order = roots;
    for (std::size_t head = 0; head < f.order.size(); ++head)
        for (int c : f.children[static_cast<std::size_t>(f.order[head])]) f.order.push_back(c);
    return f;
}

// One arrangement for cut depth K: people at depth K head an indented list of their team.
struct Arrangement {
    std::vector<int> item;                // slot -> engine node (for depth <= K), else -1
    std::vector<int> itemSlot;            // engine node -> slot
    std::vector<std::vector<int>> block;  // engine node -> slots of its list (depth K only)
    OrgLayout layout;
    float width = 0, height = 0;
};

bool arrange(const Forest& f, int cut, Arrangement& a) {
    const std::size_t n = f.parent.size();
    a.item.assign(n, -1);
    a.itemSlot.clear();
    for (int slot : f.order) {
        if (f.depth[static_cast<std::size_t>(slot)] > cut) continue;
        a.item[static_cast<std::size_t>(slot)] = int(a.itemSlot.size());
        a.itemSlot.push_back(slot);
    }
    a.block.assign(a.itemSlot.size(), {});
    std::vector<LayoutNode> nodes(a.itemSlot.size(), LayoutNode{-1, kOrgCardW, kOrgCardH, false});
    std::vector<int> stack;
    for (std::size_t i = 0; i < a.itemSlot.size(); ++i) {
        const int slot = a.itemSlot[i];
        const int parent = f.parent[static_cast<std::size_t>(slot)];
        if (parent >= 0) nodes[i].parent = a.item[static_cast<std::size_t>(parent)];
        if (f.depth[static_cast<std::size_t>(slot)] != cut ||
            f.children[static_cast<std::size_t>(slot)].empty())
            continue;
        int deepest = 0;
        stack.assign(1, slot);
        while (!stack.empty()) {  // preorder, children in layout order
            const int v = stack.back();
            stack.pop_back();
            a.block[i].push_back(v);
            deepest = std::max(deepest, f.depth[static_cast<std::size_t>(v)] - cut);
            const auto& kids = f.children[static_cast<std::size_t>(v)];
            stack.insert(stack.end(), kids.rbegin(), kids.rend());
        }
        const float rows = float(a.block[i].size());
        nodes[i].width = kOrgCardW + kIndent * float(std::min(deepest, kMaxIndentLevels));
        nodes[i].height = rows * kOrgCardH + (rows - 1) * kListGap;
    }
    OrgLayoutOptions options;
    options.siblingGap = 14.0f;
    options.subtreeGap = 22.0f;
    options.levelGap = 32.0f;
    options.treeGap = 40.0f;
    options.stackLeafThreshold = 2;
    options.stackTwoColumnsFrom = 5;
    options.stackGap = 10.0f;
    options.stackIndent = 14.0f;
    Result<OrgLayout> laid = layoutOrgChart(nodes, options);
    if (!laid.ok()) return false;
    a.layout = std::move(laid).value();
    a.width = a.layout.bounds.maxX - a.layout.bounds.minX + 2 * kPad;
    a.height = a.layout.bounds.maxY - a.layout.bounds.minY + 2 * kPad;
    return true;
}

double printScale(const Arrangement& a) {
    return std::min({1.0, double(kPageW / a.width), double(kPageH / a.height)});
}

}  // namespace

std::string num(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    if (text == "-0") text = "0";
    return text;
}

bool arrangeOrgChart(const std::vector<Stakeholder>& people, int maxPeople, OrgPicture& out) {
    out = OrgPicture{};
    out.people = choosePeople(people, std::max(1, maxPeople));
    const Forest forest = buildForest(people, out.people);

    // Deepest cut first, so a chart that fits as a plain tree stays one. Cuts between the
    // plain tree and kMaxCutTried only matter for very deep charts, which print small
    // whatever the cut, so they are skipped to keep long reporting chains fast.
    Arrangement best, trial;
    double bestScale = -1;
    for (int cut = forest.maxDepth; cut >= 0; --cut) {
        if (cut < forest.maxDepth && cut > kMaxCutTried) cut = kMaxCutTried;
        if (!arrange(forest, cut, trial)) return false;
        const double scale = printScale(trial);
        if (scale > bestScale * 1.03) {  // a shallower cut must print clearly larger
            bestScale = scale;
            std::swap(best, trial);
        }
    }
    const OrgLayout& layout = best.layout;
    const float dx = kPad - layout.bounds.minX, dy = kPad - layout.bounds.minY;
    out.width = best.width;
    out.height = best.height;
    out.cardX.assign(out.people.size(), 0.0f);
    out.cardY.assign(out.people.size(), 0.0f);
    for (std::size_t i = 0; i < best.itemSlot.size(); ++i) {
        const OrgCard& box = layout.cards[i];
        const auto slot = static_cast<std::size_t>(best.itemSlot[i]);
        out.cardX[slot] = box.x + dx;
        out.cardY[slot] = box.y + dy;
        const std::vector<int>& list = best.block[i];
        for (std::size_t row = 1; row < list.size(); ++row) {
            const auto member = static_cast<std::size_t>(list[row]);
            const int level = std::min(forest.depth[member] - forest.depth[slot], kMaxIndentLevels);
            out.cardX[member] = box.x + dx + kIndent * float(level);
            out.cardY[member] = box.y + dy + float(row) * (kOrgCardH + kListGap);
        }
    }
    // Reporting lines between laid-out cards: elbows, or a spine with a stub when stacked.
    for (std::size_t i = 0; i < best.itemSlot.size(); ++i) {
        const auto slot = static_cast<std::size_t>(best.itemSlot[i]);
        const int parentSlot = forest.parent[slot];
        if (parentSlot < 0) continue;
        const float px = out.cardX[static_cast<std::size_t>(parentSlot)] + kOrgCardW / 2;
        const float pb = out.cardY[static_cast<std::size_t>(parentSlot)] + kOrgCardH;
        if (layout.cards[i].stacked) {
            const float edge =
                out.cardX[slot] >= px ? out.cardX[slot] : out.cardX[slot] + kOrgCardW;
            out.connectors.push_back("M" + num(px) + "," + num(pb) + " V" +
                                     num(out.cardY[slot] + kOrgCardH / 2) + " H" + num(edge));
        } else {
            const float top = out.cardY[slot], mid = pb + (top - pb) / 2;
            out.connectors.push_back("M" + num(px) + "," + num(pb) + " V" + num(mid) + " H" +
                                     num(out.cardX[slot] + kOrgCardW / 2) + " V" + num(top));
        }
    }
    // Inside indented lists: a rail from the manager's card down to each report's middle.
    for (const std::vector<int>& list : best.block) {
        for (std::size_t row = 1; row < list.size(); ++row) {
            const auto member = static_cast<std::size_t>(list[row]);
            const auto manager = static_cast<std::size_t>(forest.parent[member]);
            const float rail = out.cardX[manager] + kIndent / 2;
            out.connectors.push_back("M" + num(rail) + "," + num(out.cardY[manager] + kOrgCardH) +
                                     " V" + num(out.cardY[member] + kOrgCardH / 2) + " H" +
                                     num(out.cardX[member]));
        }
    }
    return true;
}

}  // namespace keystone::report
