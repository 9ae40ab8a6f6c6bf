// Org-chart layout, part 1: input cleanup, the breadth-first passes that decide visibility,
// levels and stacked teams, and final card placement. The Buchheim walks are in
// org_layout_walk.cpp; the query index is in org_layout_index.cpp.
#include "core/stakeholders/org_layout.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>

namespace keystone {
namespace {

// Cards and gaps beyond this are input errors, and clamping them keeps every sum finite.
constexpr float kMaxLength = 1.0e6f;
// Far beyond any real org; the cap keeps int ids and sums of them clear of overflow.
constexpr std::size_t kMaxNodes = 50'000'000;
constexpr float kInf = std::numeric_limits<float>::infinity();

float cleanLength(float v) {
    return v >= 0.0f ? std::min(v, kMaxLength) : 0.0f;  // NaN fails the comparison and becomes 0
}

}  // namespace

Result<OrgLayout> layoutOrgChart(const std::vector<LayoutNode>& nodes,
                                 const OrgLayoutOptions& options) {
    OrgLayoutEngine engine;
    OrgLayout layout;
    Result<OrgLayoutStats> result = engine.layout(nodes, options, layout);
    if (!result) return Result<OrgLayout>::failure(result.error());
    return Result<OrgLayout>::success(std::move(layout));
}

Result<OrgLayoutStats> OrgLayoutEngine::layout(const std::vector<LayoutNode>& nodes,
                                               const OrgLayoutOptions& options, OrgLayout& out) {
    // Only allocation can throw in here, and exceptions must not leave core code.
    try {
        if (nodes.size() > kMaxNodes) {
            return Result<OrgLayoutStats>::failure(
                "the org chart has too many people to draw (the limit is 50 million)");
        }
        const std::size_t n = nodes.size();
        m_width.resize(n);
        m_height.resize(n);
        m_collapsed.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            m_width[i] = cleanLength(nodes[i].width);
            m_height[i] = cleanLength(nodes[i].height);
            m_collapsed[i] = nodes[i].collapsed ? 1 : 0;
        }
        m_siblingGap = cleanLength(options.siblingGap);
        m_subtreeGap = cleanLength(options.subtreeGap);
        m_levelGap = cleanLength(options.levelGap);
        m_treeGap = cleanLength(options.treeGap);
        m_stackGap = cleanLength(options.stackGap);
        m_stackIndent = cleanLength(options.stackIndent);

        OrgLayoutStats stats;
        cleanParents(nodes, stats);
        orderAndClassify(nodes, options);
        measureLevelsAndTeams(options);
        if (!buildLayoutTree()) {
            return Result<OrgLayoutStats>::failure(
                "the org chart is too large to draw: its stacked teams reach across too "
                "many levels");
        }
        runWalks();
        placeCards(out);
        buildIndex(out);

        for (std::size_t i = 0; i < n; ++i) {
            stats.visibleCount += m_visible[i];
            stats.treeCount += m_parent[i] < 0 ? 1 : 0;
        }
        stats.levelCount = m_levelCount;
        stats.stackedTeamCount = static_cast<int>(m_teams.size());
        return Result<OrgLayoutStats>::success(stats);
    } catch (...) {
        out.cards.clear();
        out.bounds = WorldRect{};
        out.index = OrgLayoutIndex{};
        return Result<OrgLayoutStats>::failure("there is not enough memory to draw the org chart");
    }
}

void OrgLayoutEngine::cleanParents(const std::vector<LayoutNode>& nodes, OrgLayoutStats& stats) {
    const int n = static_cast<int>(nodes.size());
    m_parent.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int p = nodes[i].parent;
        const bool valid = p >= 0 && p < n && p != i;
        m_parent[i] = valid ? p : -1;
        if (!valid && p != -1) ++stats.brokenParentCount;
    }

    // Find cycles by walking up from every node. A walk is stamped with its own id, so reaching
    // a node that carries the same id means we went round a loop. Every node that is stamped is
    // left stamped, so each node is walked once and the whole search is linear.
    m_mark.assign(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        if (m_mark[i] != 0) continue;
        const int walk = i + 1;
        int v = i;
        while (v >= 0 && m_mark[v] == 0) {
            m_mark[v] = walk;
            v = m_parent[v];
        }
        if (v >= 0 && m_mark[v] == walk) {
            // Every member of the loop becomes a root. Picking just one member to cut would
            // depend on where the walk happened to enter the loop.
            int u = v;
            do {
                const int next = m_parent[u];
                m_parent[u] = -1;
                ++stats.brokenParentCount;
                u = next;
            } while (u != v);
        }
    }

    // Children in a flat array (CSR), filled in input order so siblings keep their order.
    m_childStart.assign(static_cast<std::size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        if (m_parent[i] >= 0) ++m_childStart[m_parent[i] + 1];
    }
    for (int i = 0; i < n; ++i) m_childStart[i + 1] += m_childStart[i];
    m_children.resize(static_cast<std::size_t>(m_childStart[n]));
    for (int i = 0; i < n; ++i) m_mark[i] = m_childStart[i];  // reuse as fill cursors
    for (int i = 0; i < n; ++i) {
        if (m_parent[i] >= 0) m_children[m_mark[m_parent[i]]++] = i;
    }
}

void OrgLayoutEngine::orderAndClassify(const std::vector<LayoutNode>& nodes,
                                       const OrgLayoutOptions& options) {
    const int n = static_cast<int>(nodes.size());
    const int threshold = std::max(0, options.stackLeafThreshold);
    m_order.clear();
    m_order.reserve(static_cast<std::size_t>(n));
    m_depth.assign(static_cast<std::size_t>(n), 0);
    m_visible.assign(static_cast<std::size_t>(n), 0);
    m_stacked.assign(static_cast<std::size_t>(n), 0);
    m_teamOf.assign(static_cast<std::size_t>(n), -1);
    m_teams.clear();
    for (int i = 0; i < n; ++i) {
        if (m_parent[i] < 0) {
            m_order.push_back(i);
            m_visible[i] = 1;
        }
    }
    // Breadth-first over every node, hidden ones included, so that later passes can copy a
    // parent's position into its hidden children.
    for (std::size_t head = 0; head < m_order.size(); ++head) {
        const int u = m_order[head];
        const int begin = m_childStart[u];
        const int end = m_childStart[u + 1];
        const bool showsChildren = m_visible[u] && !m_collapsed[u];
        bool stack = showsChildren && threshold > 0 && end - begin >= threshold;
        for (int k = begin; stack && k < end; ++k) {
            const int c = m_children[k];
            stack = m_childStart[c] == m_childStart[c + 1] || m_collapsed[c];
        }
        if (stack) {
            m_teamOf[u] = static_cast<int>(m_teams.size());
            m_teams.push_back(StackTeam{u, m_depth[u] + 1, 1, 0.0, 0.0, 0.0, -1});
        }
        for (int k = begin; k < end; ++k) {
            const int c = m_children[k];
            m_depth[c] = m_depth[u] + 1;
            m_visible[c] = showsChildren ? 1 : 0;
            m_stacked[c] = stack ? 1 : 0;
            m_order.push_back(c);
        }
    }
}

void OrgLayoutEngine::measureLevelsAndTeams(const OrgLayoutOptions& options) {
    const int n = static_cast<int>(m_order.size());
    m_levelCount = 0;
    for (int i = 0; i < n; ++i) {
        if (m_visible[i]) m_levelCount = std::max(m_levelCount, m_depth[i] + 1);
    }
    // A level is as tall as its tallest card. Stacked cards do not count: their blocks take
    // up space through the virtual nodes below, not through the level's height.
    m_levelHeight.assign(static_cast<std::size_t>(m_levelCount), 0.0);
    for (int i = 0; i < n; ++i) {
        if (m_visible[i] && !m_stacked[i]) {
            m_levelHeight[m_depth[i]] = std::max(m_levelHeight[m_depth[i]], double(m_height[i]));
        }
    }
    m_levelTop.resize(static_cast<std::size_t>(m_levelCount));
    double top = 0.0;
    for (int j = 0; j < m_levelCount; ++j) {
        m_levelTop[j] = top;
        top += m_levelHeight[j] + m_levelGap;
    }

    const int twoColumnsFrom = std::max(0, options.stackTwoColumnsFrom);
    m_stackDx.resize(static_cast<std::size_t>(n));
    m_stackDy.resize(static_cast<std::size_t>(n));
    for (StackTeam& team : m_teams) {
        const int begin = m_childStart[team.manager];
        const int count = m_childStart[team.manager + 1] - begin;
        const int columns = (twoColumnsFrom > 0 && count >= twoColumnsFrom) ? 2 : 1;
        // Two columns hug the spine from both sides, in reading order. One column hangs to the
        // right of the spine, like an indented list.
        double leftWidth = 0.0, rightWidth = 0.0, rowTop = 0.0;
        for (int k = 0; k < count; k += columns) {
            double rowHeight = 0.0;
            for (int q = 0; q < columns && k + q < count; ++q) {
                const int c = m_children[begin + k + q];
                const bool onLeft = columns == 2 && q == 0;
                m_stackDx[c] = onLeft ? -(m_stackIndent + m_width[c]) : m_stackIndent;
                m_stackDy[c] = rowTop;
                rowHeight = std::max(rowHeight, double(m_height[c]));
                (onLeft ? leftWidth : rightWidth) =
                    std::max(onLeft ? leftWidth : rightWidth, double(m_width[c]));
            }
            rowTop += rowHeight + m_stackGap;
        }
        team.height = rowTop - m_stackGap;
        team.left = columns == 2 ? m_stackIndent + leftWidth : 0.0;
        team.right = m_stackIndent + rightWidth;
        // The block reaches into every level whose top is above its bottom. Those levels'
        // cards must keep clear of it horizontally, so the block gets one virtual node on each.
        const double bottom = m_levelTop[team.level] + team.height;
        const auto first = m_levelTop.begin() + team.level;
        const auto past = std::lower_bound(first, m_levelTop.end(), bottom);
        team.span = std::max(1, static_cast<int>(past - first));
    }
}

bool OrgLayoutEngine::buildLayoutTree() {
    const int n = static_cast<int>(m_order.size());
    std::size_t total = 0;
    for (int i = 0; i < n; ++i) total += (m_visible[i] && !m_stacked[i]) ? 1 : 0;
    for (const StackTeam& team : m_teams) total += static_cast<std::size_t>(team.span);
    if (total > kMaxNodes) return false;
    const std::size_t m = total;
    m_layoutCount = static_cast<int>(m);
    m_lSource.resize(m);
    m_lParent.resize(m);
    m_lStart.resize(m);
    m_lCount.resize(m);
    m_lDepth.resize(m);
    m_lTree.resize(m);
    m_left.resize(m);
    m_right.resize(m);

    int tail = 0;
    auto push = [&](int source, int parent, int depth, double left, double right) {
        const int id = tail++;
        m_lSource[id] = source;
        m_lParent[id] = parent;
        m_lDepth[id] = depth;
        m_left[id] = left;
        m_right[id] = right;
        return id;
    };
    int trees = 0;
    for (int i = 0; i < n; ++i) {
        if (m_parent[i] < 0) {
            const int id = push(i, -1, 0, m_width[i] * 0.5, m_width[i] * 0.5);
            m_lTree[id] = trees++;
        }
    }
    // Breadth-first, so each node's children get consecutive ids and ids grow with depth.
    for (int u = 0; u < tail; ++u) {
        m_lStart[u] = tail;
        const int source = m_lSource[u];
        const int depth = m_lDepth[u] + 1;
        if (source >= 0 && m_teamOf[source] >= 0) {
            StackTeam& team = m_teams[m_teamOf[source]];
            team.head = push(-(m_teamOf[source] + 1), u, depth, team.left, team.right);
        } else if (source >= 0) {
            if (!m_collapsed[source]) {
                for (int k = m_childStart[source]; k < m_childStart[source + 1]; ++k) {
                    const int c = m_children[k];
                    push(c, u, depth, m_width[c] * 0.5, m_width[c] * 0.5);
                }
            }
        } else {
            const StackTeam& team = m_teams[-source - 1];
            if (depth < team.level + team.span) push(source, u, depth, team.left, team.right);
        }
        m_lCount[u] = tail - m_lStart[u];
        for (int k = m_lStart[u]; k < tail; ++k) m_lTree[k] = m_lTree[u];
    }

    m_levelStart.assign(static_cast<std::size_t>(m_levelCount) + 1, 0);
    for (int u = 0; u < tail; ++u) ++m_levelStart[m_lDepth[u] + 1];
    for (int j = 0; j < m_levelCount; ++j) m_levelStart[j + 1] += m_levelStart[j];
    m_treeMin.assign(static_cast<std::size_t>(trees), std::numeric_limits<double>::infinity());
    m_treeMax.assign(static_cast<std::size_t>(trees), -std::numeric_limits<double>::infinity());
    m_treeOffset.assign(static_cast<std::size_t>(trees), 0.0);
    return tail == m_layoutCount;
}

void OrgLayoutEngine::placeCards(OrgLayout& out) {
    // After the walks m_prelim holds each layout node's anchor x within its own tree.
    // Trees go side by side in root order, bounding box to bounding box, so each reads as a
    // separate chart rather than interlocking with its neighbours.
    for (int u = 0; u < m_layoutCount; ++u) {
        const int t = m_lTree[u];
        m_treeMin[t] = std::min(m_treeMin[t], m_prelim[u] - m_left[u]);
        m_treeMax[t] = std::max(m_treeMax[t], m_prelim[u] + m_right[u]);
    }
    double cursor = 0.0;
    for (std::size_t t = 0; t < m_treeOffset.size(); ++t) {
        m_treeOffset[t] = cursor - m_treeMin[t];
        cursor = m_treeMax[t] + m_treeOffset[t] + m_treeGap;
    }

    const int n = static_cast<int>(m_order.size());
    out.cards.resize(static_cast<std::size_t>(n));
    for (int u = 0; u < m_layoutCount; ++u) {
        const int i = m_lSource[u];
        if (i < 0) continue;
        const double anchor = m_prelim[u] + m_treeOffset[m_lTree[u]];
        out.cards[i] = OrgCard{static_cast<float>(anchor - m_width[i] * 0.5),
                               static_cast<float>(m_levelTop[m_lDepth[u]]),
                               m_width[i],
                               m_height[i],
                               true,
                               false};
    }
    for (const StackTeam& team : m_teams) {
        const double spine = m_prelim[team.head] + m_treeOffset[m_lTree[team.head]];
        const double top = m_levelTop[team.level];
        for (int k = m_childStart[team.manager]; k < m_childStart[team.manager + 1]; ++k) {
            const int c = m_children[k];
            out.cards[c] = OrgCard{static_cast<float>(spine + m_stackDx[c]),
                                   static_cast<float>(top + m_stackDy[c]),
                                   m_width[c],
                                   m_height[c],
                                   true,
                                   true};
        }
    }
    // Parents come first in m_order, so a hidden card inherits the position of the
    // collapsed card it disappeared into.
    for (int i : m_order) {
        if (m_visible[i]) continue;
        const OrgCard& parent = out.cards[m_parent[i]];
        out.cards[i] = OrgCard{parent.x, parent.y, m_width[i], m_height[i], false, false};
    }

    WorldRect bounds{kInf, kInf, -kInf, -kInf};
    bool any = false;
    for (const OrgCard& card : out.cards) {
        if (!card.visible) continue;
        any = true;
        bounds.minX = std::min(bounds.minX, card.x);
        bounds.minY = std::min(bounds.minY, card.y);
        bounds.maxX = std::max(bounds.maxX, card.x + card.w);
        bounds.maxY = std::max(bounds.maxY, card.y + card.h);
    }
    out.bounds = any ? bounds : WorldRect{};
}

}  // namespace keystone
