// Org-chart layout: invariants over many random forests, exact geometry on small charts, the
// 100k chain and star, broken input, and the hit-test/culling queries against brute force.
#include "core/stakeholders/org_layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <random>
#include <vector>

using namespace keystone;

namespace {

OrgLayout lay(const std::vector<LayoutNode>& nodes, const OrgLayoutOptions& options = {}) {
    Result<OrgLayout> result = layoutOrgChart(nodes, options);
    REQUIRE(result.ok());
    return std::move(result).value();
}

LayoutNode node(int parent, float width = 160.0f, float height = 64.0f, bool collapsed = false) {
    return LayoutNode{parent, width, height, collapsed};
}

int uniform(std::mt19937& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// Forests grown breadth-first: about 30% of people are individual contributors, 25% manage a
// team of leaves (to exercise stacking), and the rest manage managers. Indices are then shuffled
// so parents often come after their reports in the array.
std::vector<LayoutNode> randomForest(std::mt19937& rng, int n, int collapsePercent = 6) {
    std::vector<LayoutNode> grown;
    std::vector<int> queue;
    auto make = [&](int parent) {
        grown.push_back(node(parent, float(uniform(rng, 40, 240)), float(uniform(rng, 30, 110)),
                             uniform(rng, 0, 99) < collapsePercent));
        return static_cast<int>(grown.size()) - 1;
    };
    for (std::size_t head = 0; static_cast<int>(grown.size()) < n;) {
        if (head == queue.size()) queue.push_back(make(-1));
        const int u = queue[head++], roll = uniform(rng, 0, 99);
        const int k = roll < 30 ? 0 : roll < 55 ? uniform(rng, 2, 14) : uniform(rng, 1, 8);
        for (int c = 0; c < k && static_cast<int>(grown.size()) < n; ++c) {
            const int id = make(u);
            if (roll >= 55) queue.push_back(id);  // leaf teams stay leaves
        }
    }
    std::vector<int> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), 0);
    std::shuffle(perm.begin(), perm.end(), rng);
    std::vector<LayoutNode> out(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        out[perm[i]] = node(grown[i].parent >= 0 ? perm[grown[i].parent] : -1, grown[i].width,
                            grown[i].height, grown[i].collapsed);
    return out;
}

OrgLayoutOptions variedOptions(int f) {
    OrgLayoutOptions options;
    options.stackLeafThreshold = std::vector<int>{0, 3, 6}[f % 3];
    options.stackTwoColumnsFrom = std::vector<int>{0, 4, 8}[(f / 3) % 3];
    return options;
}

// One random forest, its layout, and the facts the checks need about its shape.
struct Sample {
    std::vector<LayoutNode> nodes;
    OrgLayoutOptions options;
    OrgLayout layout;
    std::vector<std::vector<int>> children;  // in input order
    std::vector<int> depth;
    const std::vector<OrgCard>& cards() const { return layout.cards; }
};

template <class Check>
void forRandomForests(int count, Check&& check) {
    std::mt19937 rng(20240601);
    for (int f = 0; f < count; ++f) {
        Sample s{randomForest(rng, uniform(rng, 1, 300)), variedOptions(f), {}, {}, {}};
        s.layout = lay(s.nodes, s.options);
        s.children.resize(s.nodes.size());
        s.depth.assign(s.nodes.size(), 0);
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            if (s.nodes[i].parent >= 0) s.children[s.nodes[i].parent].push_back(int(i));
            for (int p = s.nodes[i].parent; p >= 0; p = s.nodes[p].parent) ++s.depth[i];
        }
        CAPTURE(f);
        check(s);
    }
}

float centre(const OrgCard& c) { return c.x + c.w * 0.5f; }

bool near(float a, float b) { return std::fabs(a - b) <= 0.05f + 1e-6f * std::fabs(a); }

// How far two spans [a, a + aw] and [b, b + bw] overlap; negative when apart.
float overlap(float a, float aw, float b, float bw) {
    return std::min(a + aw, b + bw) - std::max(a, b);
}

int countOverlaps(const OrgLayout& layout) {
    int overlaps = 0;
    const std::vector<OrgCard>& c = layout.cards;
    for (std::size_t i = 0; i < c.size(); ++i) {
        for (std::size_t j = i + 1; j < c.size() && c[i].visible; ++j) {
            overlaps += c[j].visible && overlap(c[i].x, c[i].w, c[j].x, c[j].w) > 0.01f &&
                        overlap(c[i].y, c[i].h, c[j].y, c[j].h) > 0.01f;
        }
    }
    return overlaps;
}

std::uint32_t bits(float v) {
    std::uint32_t u;
    std::memcpy(&u, &v, sizeof u);
    return u;
}

// Every output bit of a layout, for bit-identical comparisons.
std::vector<std::uint32_t> fingerprint(const OrgLayout& layout) {
    std::vector<std::uint32_t> out{bits(layout.bounds.maxX), bits(layout.bounds.maxY)};
    for (const OrgCard& c : layout.cards) {
        out.insert(out.end(), {bits(c.x), bits(c.y), bits(c.w), bits(c.h),
                               std::uint32_t(c.visible) + 2 * std::uint32_t(c.stacked)});
    }
    return out;
}

std::vector<int> bruteForce(const OrgLayout& layout, const WorldRect& rect) {
    std::vector<int> hits;
    for (std::size_t i = 0; i < layout.cards.size(); ++i) {
        if (layout.cards[i].visible && cardTouchesRect(layout.cards[i], rect))
            hits.push_back(int(i));
    }
    return hits;
}

}  // namespace

TEST_CASE("no two visible cards overlap in a random forest") {
    forRandomForests(150, [](const Sample& s) { CHECK(countOverlaps(s.layout) == 0); });
}

TEST_CASE("every parent is above its children") {
    forRandomForests(100, [](const Sample& s) {
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            if (!s.cards()[i].visible || s.nodes[i].parent < 0) continue;
            const OrgCard& parent = s.cards()[s.nodes[i].parent];
            CHECK(parent.y + parent.h + s.options.levelGap <= s.cards()[i].y + 0.01f);
        }
    });
}

TEST_CASE("every parent is centred over its first and last child") {
    forRandomForests(100, [](const Sample& s) {
        for (std::size_t p = 0; p < s.nodes.size(); ++p) {
            const std::vector<int>& kids = s.children[p];
            if (kids.empty() || !s.cards()[kids[0]].visible || s.cards()[kids[0]].stacked) continue;
            const float first = centre(s.cards()[kids.front()]),
                        last = centre(s.cards()[kids.back()]);
            CHECK(near(centre(s.cards()[p]), (first + last) * 0.5f));
        }
    });
}

TEST_CASE("siblings appear left to right in input order and levels share a top edge") {
    forRandomForests(100, [](const Sample& s) {
        std::vector<float> levelY(s.nodes.size() + 1, NAN), levelH(s.nodes.size() + 1, 0.0f);
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            const OrgCard& card = s.cards()[i];
            if (!card.visible || card.stacked) continue;
            const int d = s.depth[i];
            if (std::isnan(levelY[d])) levelY[d] = card.y;
            CHECK(card.y == levelY[d]);
            levelH[d] = std::max(levelH[d], card.h);
            const std::vector<int>& kids = s.children[i];
            if (kids.empty() || !s.cards()[kids[0]].visible || s.cards()[kids[0]].stacked) continue;
            for (std::size_t k = 1; k < kids.size(); ++k) {
                const OrgCard &left = s.cards()[kids[k - 1]], &right = s.cards()[kids[k]];
                CHECK(left.x + left.w + s.options.siblingGap <= right.x + 0.01f);
            }
        }
        // Each level is exactly as tall as its tallest card plus the level gap.
        for (std::size_t d = 1; d < levelY.size() && !std::isnan(levelY[d]); ++d) {
            CHECK(near(levelY[d], levelY[d - 1] + levelH[d - 1] + s.options.levelGap));
        }
    });
}

TEST_CASE("only teams of leaves at or above the threshold are stacked, beside a clear spine") {
    forRandomForests(150, [](const Sample& s) {
        const std::vector<OrgCard>& cards = s.cards();
        const OrgLayoutOptions& o = s.options;
        for (std::size_t p = 0; p < s.nodes.size(); ++p) {
            const std::vector<int>& kids = s.children[p];
            const int k = static_cast<int>(kids.size());
            bool stack = cards[p].visible && !s.nodes[p].collapsed && o.stackLeafThreshold > 0 &&
                         k >= o.stackLeafThreshold;
            for (int c : kids) stack = stack && (s.children[c].empty() || s.nodes[c].collapsed);
            for (int c : kids) CHECK(cards[c].stacked == stack);
            if (!stack) continue;
            const int columns = o.stackTwoColumnsFrom > 0 && k >= o.stackTwoColumnsFrom ? 2 : 1;
            const float spine = centre(cards[p]);
            for (int idx = 0; idx < k; ++idx) {
                const OrgCard& card = cards[kids[idx]];
                CHECK(card.y >= cards[p].y + cards[p].h + o.levelGap - 0.01f);
                if (columns == 2 && idx % 2 == 0) {
                    CHECK(near(card.x + card.w, spine - o.stackIndent));
                } else {
                    CHECK(near(card.x, spine + o.stackIndent));
                }
                if (idx < columns) continue;
                const OrgCard& above = cards[kids[idx - columns]];
                CHECK(card.y >= above.y + above.h + o.stackGap - 0.01f);
            }
            // The connector spine runs from the manager down to the last row's middle and
            // must not cut through any other card.
            const float top = cards[p].y + cards[p].h;
            const float bottom = cards[kids.back()].y + cards[kids.back()].h * 0.5f;
            for (std::size_t i = 0; i < cards.size(); ++i) {
                const OrgCard& c = cards[i];
                CHECK_FALSE((i != p && c.visible && c.x < spine - 0.01f &&
                             c.x + c.w > spine + 0.01f && c.y < bottom && c.y + c.h > top));
            }
        }
    });
}

TEST_CASE("a collapsed card hides its descendants and they take no space") {
    forRandomForests(100, [](const Sample& s) {
        // Laying out only the visible people must give the same picture, bit for bit.
        std::vector<int> newIndex(s.nodes.size(), -1);
        std::vector<LayoutNode> pruned;
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            bool hidden = false;
            for (int p = s.nodes[i].parent; p >= 0; p = s.nodes[p].parent)
                hidden = hidden || s.nodes[p].collapsed;
            CHECK(s.cards()[i].visible == !hidden);
            if (hidden) continue;
            newIndex[i] = static_cast<int>(pruned.size());
            pruned.push_back(s.nodes[i]);
        }
        for (LayoutNode& n : pruned) n.parent = n.parent >= 0 ? newIndex[n.parent] : -1;
        const OrgLayout small = lay(pruned, s.options);
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            // Hidden cards wait on the card they collapsed into.
            int shown = static_cast<int>(i);
            while (!s.cards()[shown].visible) shown = s.nodes[shown].parent;
            const OrgCard& expected =
                newIndex[i] >= 0 ? small.cards[newIndex[i]] : s.cards()[shown];
            CHECK(bits(s.cards()[i].x) == bits(expected.x));
            CHECK(bits(s.cards()[i].y) == bits(expected.y));
        }
    });
}

TEST_CASE("the same input gives bit-identical output, with a fresh or a reused engine") {
    std::mt19937 rng(7);
    const std::vector<LayoutNode> nodes = randomForest(rng, 5000);
    OrgLayoutEngine engine;
    OrgLayout first, other, again;
    REQUIRE(engine.layout(nodes, {}, first).ok());
    REQUIRE(engine.layout(randomForest(rng, 700), variedOptions(4), other).ok());
    REQUIRE(engine.layout(nodes, {}, again).ok());
    CHECK(fingerprint(first) == fingerprint(again));
    CHECK(fingerprint(first) == fingerprint(lay(nodes)));
    CHECK(first.index.levelCards == again.index.levelCards);
    CHECK(first.index.blockCards == again.index.blockCards);
}

TEST_CASE("a 100k-deep chain lays out without recursion as one straight column") {
    const int n = 100000;
    std::vector<LayoutNode> chain(n), reversed(n);
    for (int i = 0; i < n; ++i) {
        chain[i] = node(i - 1);
        reversed[i] = node(i + 1 < n ? i + 1 : -1);  // root last
    }
    OrgLayoutEngine engine;
    OrgLayout layout;
    Result<OrgLayoutStats> stats = engine.layout(chain, {}, layout);
    REQUIRE(stats.ok());
    CHECK(stats.value().levelCount == n);
    CHECK(stats.value().treeCount == 1);
    int wrong = 0;
    for (int i = 0; i < n; ++i)
        wrong += (layout.cards[i].x != 0.0f || layout.cards[i].y != float(i) * 112.0f);
    CHECK(wrong == 0);
    CHECK(nodeAt(layout, 80.0f, float(n - 1) * 112.0f + 10.0f) == n - 1);
    const OrgLayout flipped = lay(reversed);
    CHECK(flipped.cards[0].y == layout.cards[n - 1].y);
}

TEST_CASE("a 100k-report star stacks in two columns, or spreads in one row when stacking is off") {
    const int n = 100001;
    std::vector<LayoutNode> star(n, node(0));
    star[0].parent = -1;
    const OrgLayout stacked = lay(star);
    const float spine = centre(stacked.cards[0]);
    int wrong = 0;
    for (int i = 1; i < n; ++i) {
        const OrgCard& card = stacked.cards[i];
        const bool left = (i - 1) % 2 == 0;
        wrong += !card.stacked || card.y != 112.0f + float((i - 1) / 2) * 76.0f ||
                 (left ? card.x + card.w != spine - 16.0f : card.x != spine + 16.0f);
    }
    CHECK(wrong == 0);

    OrgLayoutOptions flat;
    flat.stackLeafThreshold = 0;
    const OrgLayout row = lay(star, flat);
    wrong = 0;
    for (int i = 1; i < n; ++i)
        wrong += row.cards[i].y != 112.0f || row.cards[i].x != float(i - 1) * 176.0f;
    CHECK(wrong == 0);
    CHECK(centre(row.cards[0]) == (centre(row.cards[1]) + centre(row.cards[n - 1])) * 0.5f);
    CHECK(row.bounds.maxX == float(n - 1) * 176.0f - 16.0f);
}

TEST_CASE("broken parents become roots instead of hanging or crashing") {
    // 0 is its own manager, 1 and 2 point outside the array, 3 and 4 manage each other,
    // 5 reports into that loop, 6 is a proper root.
    const std::vector<LayoutNode> nodes{node(0), node(99), node(-7), node(4),
                                        node(3), node(3),  node(-1)};
    OrgLayoutEngine engine;
    OrgLayout layout;
    Result<OrgLayoutStats> stats = engine.layout(nodes, {}, layout);
    REQUIRE(stats.ok());
    CHECK(stats.value().brokenParentCount == 5);
    CHECK(stats.value().treeCount == 6);
    CHECK(countOverlaps(layout) == 0);
    CHECK(layout.cards[5].y > layout.cards[3].y);
    CHECK(centre(layout.cards[5]) == centre(layout.cards[3]));

    std::vector<LayoutNode> ring(100000);
    for (int i = 0; i < 100000; ++i) ring[i] = node((i + 1) % 100000);
    REQUIRE(engine.layout(ring, {}, layout).ok());
    CHECK(layout.cards[99999].y == 0.0f);
    CHECK(layout.cards[99999].x == 99999.0f * (160.0f + 64.0f));
}

TEST_CASE("cards of different widths are spaced by half widths plus the sibling gap") {
    const OrgLayout layout = lay({node(-1, 100), node(0, 100), node(0, 300), node(0, 50)});
    CHECK(layout.cards[1].x == 0.0f);
    CHECK(layout.cards[2].x == 116.0f);
    CHECK(layout.cards[3].x == 432.0f);
    CHECK(layout.cards[0].x == 203.5f);  // centre 253.5, halfway between 50 and 457
    CHECK(layout.bounds.maxX == 482.0f);
}

TEST_CASE("cousins keep the wider subtree gap and small subtrees tuck in beside wide ones") {
    // Root -> A, B; A -> a1 and B -> b1, both wide: a1 and b1 are cousins, 32 apart.
    const OrgLayout cousins =
        lay({node(-1, 100), node(0, 100), node(0, 100), node(1, 300), node(2, 300)});
    CHECK(cousins.cards[4].x - (cousins.cards[3].x + 300.0f) == 32.0f);
    CHECK(centre(cousins.cards[1]) == centre(cousins.cards[3]));
    // Root -> A, B; A has three wide reports, B none: B sits right next to A, not past A's team.
    const OrgLayout tucked =
        lay({node(-1, 100), node(0, 100), node(0, 100), node(1, 200), node(1, 200), node(1, 200)});
    CHECK(tucked.cards[2].x == tucked.cards[1].x + 100.0f + 16.0f);
    CHECK(countOverlaps(tucked) == 0);
}

TEST_CASE("small subtrees between two big ones are spread evenly") {
    // Root -> A, s1, s2, B. A and B each have three wide reports that push B far right; the
    // leaves s1 and s2 in between share the extra room instead of huddling next to A.
    std::vector<LayoutNode> nodes{node(-1, 100), node(0, 100), node(0, 100), node(0, 100),
                                  node(0, 100)};
    for (int i = 0; i < 6; ++i) nodes.push_back(node(i < 3 ? 1 : 4, 300));
    const OrgLayout layout = lay(nodes);
    const float step = centre(layout.cards[2]) - centre(layout.cards[1]);
    CHECK(step > 116.0f);
    CHECK(near(centre(layout.cards[3]) - centre(layout.cards[2]), step));
    CHECK(near(centre(layout.cards[4]) - centre(layout.cards[3]), step));
    CHECK(layout.cards[8].x - (layout.cards[7].x + 300.0f) == 32.0f);
}

TEST_CASE("a tall stacked team keeps deeper levels of its neighbours away") {
    // Root -> M (10 stacked reports, 5 rows reaching levels 2..5) and C -> C1 -> C2 -> C3 -> C4,
    // where C4 is wide enough to slide under the team if only level 2 were reserved.
    std::vector<LayoutNode> nodes{node(-1), node(0), node(0)};
    for (int i = 0; i < 10; ++i) nodes.push_back(node(1));
    for (int i = 0; i < 4; ++i)
        nodes.push_back(node(i == 0 ? 2 : 12 + i, i == 3 ? 600.0f : 160.0f));
    const OrgLayout layout = lay(nodes);
    CHECK(layout.cards[3].stacked);
    CHECK(layout.cards[16].y == 560.0f);
    CHECK(layout.cards[16].x >= centre(layout.cards[1]) + 16.0f + 160.0f + 32.0f);
    CHECK(countOverlaps(layout) == 0);
}

TEST_CASE("trees of a forest sit side by side, a tree gap apart, in input order") {
    const OrgLayout layout =
        lay({node(-1, 100), node(0, 300), node(0, 300), node(-1, 80), node(3, 500), node(-1)});
    CHECK(layout.cards[1].x == 0.0f);
    CHECK(layout.cards[4].x == 300.0f + 16.0f + 300.0f + 64.0f);
    CHECK(layout.cards[5].x == layout.cards[4].x + 500.0f + 64.0f);
    CHECK(layout.cards[0].y == 0.0f);
    CHECK(layout.cards[3].y == 0.0f);
    CHECK(layout.cards[5].y == 0.0f);
}

TEST_CASE("nonsense sizes and options are clamped instead of breaking the layout") {
    OrgLayoutOptions options;
    options.siblingGap = NAN;
    options.levelGap = -5.0f;
    options.treeGap = INFINITY;
    options.stackLeafThreshold = -3;
    const OrgLayout layout =
        lay({node(-1, NAN), node(0, -10.0f, INFINITY), node(0, 1e30f, 40.0f)}, options);
    for (const OrgCard& card : layout.cards)
        CHECK((std::isfinite(card.x) && std::isfinite(card.y) && card.w >= 0.0f));
    CHECK(layout.cards[1].h == 1.0e6f);
    CHECK(layout.cards[2].x == 0.0f);
    CHECK(std::isfinite(layout.bounds.maxX));
}

TEST_CASE("an empty chart has empty bounds and no cards to find") {
    const OrgLayout layout = lay({});
    CHECK(layout.cards.empty());
    CHECK(layout.bounds.maxX == 0.0f);
    CHECK(nodeAt(layout, 0.0f, 0.0f) == -1);
    CHECK(visibleInRect(layout, WorldRect{-1e9f, -1e9f, 1e9f, 1e9f}).empty());
}

TEST_CASE("nodeAt and visibleInRect agree with a brute-force scan") {
    std::mt19937 rng(99);
    forRandomForests(120, [&rng](const Sample& s) {
        const OrgLayout& layout = s.layout;
        const WorldRect& b = layout.bounds;
        auto coord = [&rng](float lo, float hi) {
            return std::uniform_real_distribution<float>(lo - 100.0f, hi + 100.0f)(rng);
        };
        for (int q = 0; q < 60; ++q) {
            const float x = coord(b.minX, b.maxX), y = coord(b.minY, b.maxY);
            const std::vector<int> hits = bruteForce(layout, WorldRect{x, y, x, y});
            const int got = nodeAt(layout, x, y);
            CHECK((hits.empty() ? got == -1 : std::count(hits.begin(), hits.end(), got) == 1));
            const float w = std::exp(std::uniform_real_distribution<float>(0.0f, 8.0f)(rng));
            const float h = std::exp(std::uniform_real_distribution<float>(0.0f, 8.0f)(rng));
            const WorldRect rect{x, y, x + w, y + h};
            std::vector<int> culled = visibleInRect(layout, rect);
            std::sort(culled.begin(), culled.end());
            CHECK(culled == bruteForce(layout, rect));
        }
        for (std::size_t i = 0; i < layout.cards.size(); ++i) {
            const OrgCard& c = layout.cards[i];
            if (c.visible) CHECK(nodeAt(layout, c.x + c.w, c.y + c.h) == int(i));  // corners count
        }
        CHECK(visibleInRect(layout, WorldRect{-1e30f, -1e30f, 1e30f, 1e30f}).size() ==
              bruteForce(layout, WorldRect{-1e30f, -1e30f, 1e30f, 1e30f}).size());
        CHECK(visibleInRect(layout, WorldRect{10.0f, 10.0f, 0.0f, 0.0f}).empty());
        CHECK(visibleInRect(layout, WorldRect{NAN, 0.0f, 10.0f, 10.0f}).empty());
    });
}
