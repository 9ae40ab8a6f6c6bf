// Org-chart layout, part 3: the lookup index, and the hit-test and culling queries that use it.
//
// A 100k-card chart is drawn every frame, and most of it is off screen. Cards at one level never
// overlap and share a top y, so each level is a list sorted by x and a binary search finds
// where the viewport starts. A stacked team is one block hanging from its first level; blocks
// at a level never overlap either, so they are sorted by x too, and each block's cards are
// sorted by y. A query pays one binary search per level it crosses, plus the cards it returns.
// A level counts as crossed if its own cards reach the rectangle, or if a block from a higher
// level reaches it (see levelReach); only an extremely tall team makes that more than the
// visible levels.
//
// Binary searches only narrow the range, and they lean towards including too much: each search
// key is moved back by the widest card (or block) plus a small margin for float rounding. The
// final answer is always cardTouchesRect, so the index cannot disagree with a brute-force scan.
#include "core/stakeholders/org_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace keystone {
namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNegInf = -kInf;

// Lowest sort key that can still reach `edge` when items extend up to `extent` past their key.
double searchKey(float edge, float extent) {
    const double e = edge, x = extent;
    return e - x - (std::fabs(e) + x) * 1e-5 - 1e-9;
}

// Calls visit(node) for each visible card touching rect until visit returns true.
template <class Visit>
void forEachTouching(const OrgLayout& layout, const WorldRect& rect, Visit&& visit) {
    if (!(rect.minX <= rect.maxX && rect.minY <= rect.maxY)) return;  // empty or NaN
    const OrgLayoutIndex& ix = layout.index;
    const std::vector<OrgCard>& cards = layout.cards;
    const int levels = static_cast<int>(ix.levelTop.size());
    const auto byX = [&cards](int node, double key) { return double(cards[node].x) < key; };
    const auto byY = [&cards](int node, double key) { return double(cards[node].y) < key; };
    int j =
        static_cast<int>(std::lower_bound(ix.levelReach.begin(), ix.levelReach.end(), rect.minY) -
                         ix.levelReach.begin());
    for (; j < levels && ix.levelTop[j] <= rect.maxY; ++j) {
        if (ix.levelBottom[j] >= rect.minY) {
            const int* end = ix.levelCards.data() + ix.levelCardStart[j + 1];
            const int* it = std::lower_bound(ix.levelCards.data() + ix.levelCardStart[j], end,
                                             searchKey(rect.minX, ix.levelMaxW[j]), byX);
            for (; it != end && cards[*it].x <= rect.maxX; ++it) {
                if (cardTouchesRect(cards[*it], rect) && visit(*it)) return;
            }
        }
        const OrgStackBlock* blockEnd = ix.blocks.data() + ix.levelBlockStart[j + 1];
        const OrgStackBlock* block = std::lower_bound(
            ix.blocks.data() + ix.levelBlockStart[j], blockEnd,
            searchKey(rect.minX, ix.levelMaxBlockW[j]),
            [](const OrgStackBlock& b, double key) { return double(b.minX) < key; });
        for (; block != blockEnd && block->minX <= rect.maxX; ++block) {
            if (block->bottom < rect.minY || block->top > rect.maxY) continue;
            const int* end = ix.blockCards.data() + block->cardEnd;
            const int* it = std::lower_bound(ix.blockCards.data() + block->cardBegin, end,
                                             searchKey(rect.minY, block->maxCardH), byY);
            for (; it != end && cards[*it].y <= rect.maxY; ++it) {
                if (cardTouchesRect(cards[*it], rect) && visit(*it)) return;
            }
        }
    }
}

}  // namespace

void OrgLayoutEngine::buildIndex(OrgLayout& out) {
    OrgLayoutIndex& ix = out.index;
    const std::vector<OrgCard>& cards = out.cards;
    const int levels = m_levelCount;
    const std::size_t levelCount = static_cast<std::size_t>(levels);
    ix.levelTop.resize(levelCount);
    for (int j = 0; j < levels; ++j) ix.levelTop[j] = static_cast<float>(m_levelTop[j]);

    // Layout ids are breadth-first, so real nodes come out grouped by level and left to
    // right. The sort below is only a safety net and normally finds nothing to do.
    ix.levelCardStart.assign(levelCount + 1, 0);
    ix.levelCards.clear();
    ix.levelBottom.assign(levelCount, kNegInf);
    ix.levelMaxW.assign(levelCount, 0.0f);
    for (int u = 0; u < m_layoutCount; ++u) {
        const int i = m_lSource[u];
        if (i < 0) continue;
        const int j = m_lDepth[u];
        ++ix.levelCardStart[j + 1];
        ix.levelCards.push_back(i);
        ix.levelBottom[j] = std::max(ix.levelBottom[j], cards[i].y + cards[i].h);
        ix.levelMaxW[j] = std::max(ix.levelMaxW[j], cards[i].w);
    }
    for (int j = 0; j < levels; ++j) ix.levelCardStart[j + 1] += ix.levelCardStart[j];
    const auto cardLess = [&cards](int a, int b) {
        return cards[a].x < cards[b].x || (cards[a].x == cards[b].x && a < b);
    };
    for (int j = 0; j < levels; ++j) {
        int* first = ix.levelCards.data() + ix.levelCardStart[j];
        int* last = ix.levelCards.data() + ix.levelCardStart[j + 1];
        if (!std::is_sorted(first, last, cardLess)) std::sort(first, last, cardLess);
    }

    // Blocks grouped by level (a stable counting sort), keeping breadth-first order inside a
    // level, which is left to right.
    ix.levelBlockStart.assign(levelCount + 1, 0);
    for (const StackTeam& team : m_teams) ++ix.levelBlockStart[team.level + 1];
    for (int j = 0; j < levels; ++j) ix.levelBlockStart[j + 1] += ix.levelBlockStart[j];
    ix.blocks.resize(m_teams.size());
    ix.blockCards.clear();
    ix.levelMaxBlockW.assign(levelCount, 0.0f);
    ix.levelReach.assign(levelCount, kNegInf);
    m_mark.assign(levelCount, 0);  // reuse as fill cursors
    for (int j = 0; j < levels; ++j) m_mark[j] = ix.levelBlockStart[j];
    for (const StackTeam& team : m_teams) {
        OrgStackBlock block{kInf, kNegInf, kInf, kNegInf, 0.0f, 0, 0};
        block.cardBegin = static_cast<int>(ix.blockCards.size());
        for (int k = m_childStart[team.manager]; k < m_childStart[team.manager + 1]; ++k) {
            const OrgCard& card = cards[m_children[k]];
            ix.blockCards.push_back(m_children[k]);
            block.minX = std::min(block.minX, card.x);
            block.maxX = std::max(block.maxX, card.x + card.w);
            block.top = std::min(block.top, card.y);
            block.bottom = std::max(block.bottom, card.y + card.h);
            block.maxCardH = std::max(block.maxCardH, card.h);
        }
        block.cardEnd = static_cast<int>(ix.blockCards.size());
        ix.blocks[m_mark[team.level]++] = block;
        ix.levelMaxBlockW[team.level] =
            std::max(ix.levelMaxBlockW[team.level], block.maxX - block.minX);
        ix.levelReach[team.level] = std::max(ix.levelReach[team.level], block.bottom);
    }
    const auto blockLess = [](const OrgStackBlock& a, const OrgStackBlock& b) {
        return a.minX < b.minX || (a.minX == b.minX && a.cardBegin < b.cardBegin);
    };
    for (int j = 0; j < levels; ++j) {
        OrgStackBlock* first = ix.blocks.data() + ix.levelBlockStart[j];
        OrgStackBlock* last = ix.blocks.data() + ix.levelBlockStart[j + 1];
        if (!std::is_sorted(first, last, blockLess)) std::sort(first, last, blockLess);
    }
    float reach = kNegInf;
    for (int j = 0; j < levels; ++j) {
        reach = std::max({reach, ix.levelBottom[j], ix.levelReach[j]});
        ix.levelReach[j] = reach;
    }
}

int nodeAt(const OrgLayout& layout, float x, float y) {
    int found = -1;
    forEachTouching(layout, WorldRect{x, y, x, y}, [&found](int node) {
        found = node;
        return true;
    });
    return found;
}

void visibleInRect(const OrgLayout& layout, const WorldRect& rect, std::vector<int>& out) {
    out.clear();
    try {
        forEachTouching(layout, rect, [&out](int node) {
            out.push_back(node);
            return false;
        });
    } catch (...) {
        out.clear();  // out of memory: an empty frame beats an exception escaping core
    }
}

std::vector<int> visibleInRect(const OrgLayout& layout, const WorldRect& rect) {
    std::vector<int> out;
    visibleInRect(layout, rect, out);
    return out;
}

}  // namespace keystone
