// Org-chart layout: places the cards of a reporting forest as tidy trees, and finds cards by
// position for hit-testing and culling.
//
// Coordinate space: everything here is in *world* units, the chart's own space before the
// canvas applies pan and zoom: +x to the right, +y downwards, one unit = one design pixel at
// zoom 1. The first tree's left edge is x = 0 and the root level's top is y = 0. Converting
// to screen space is the canvas's job.
//
// Algorithm: Reingold–Tilford made linear by Buchheim, Jünger & Leipert (2002), adapted to
// cards of different widths. Nothing recurses, so a 100,000-deep chain cannot overflow the
// call stack. Levels: every card at depth d has its top at the same y. Each level is as tall
// as its tallest card, plus levelGap. Teams made only of leaves can be stacked vertically under
// their manager (see OrgLayoutOptions). A stacked block starts at the next level's top and may
// reach down past several levels. Cards on those levels keep clear of it sideways, so the
// block does not push the levels themselves further down.
#pragma once

#include "core/model/result.h"

#include <vector>

namespace keystone {

// One person in the forest, in input order. Siblings are laid out left to right in the order
// they appear in the input array. Sizes that are NaN or negative count as 0.
struct LayoutNode {
    int parent = -1;         // index of the manager in the same array; -1 for a root (default -1)
    float width = 160.0f;    // card width in world units (default 160)
    float height = 64.0f;    // card height in world units (default 64)
    bool collapsed = false;  // hides everyone below; the card itself stays (default false)
};

// Out-of-range values are clamped: NaN or negative gaps count as 0, huge ones as 1e6.
//
// Stacking: a manager whose reports number at least stackLeafThreshold, and are all leaves (no
// reports of their own, or collapsed), gets them in a vertical stack under the manager's centre
// line (the connector "spine") instead of one wide row. Teams of at least stackTwoColumnsFrom
// use two columns, filled in reading order left then right, hugging the spine from both sides.
// Smaller teams use one column to the right of the spine, like an indented list.
struct OrgLayoutOptions {
    float siblingGap = 16.0f;     // horizontal gap between cards with the same manager (default 16)
    float subtreeGap = 32.0f;     // horizontal gap between cousins' cards (default 32)
    float levelGap = 48.0f;       // vertical gap below a level's tallest card (default 48)
    float treeGap = 64.0f;        // horizontal gap between the boxes of separate trees (default 64)
    int stackLeafThreshold = 6;   // smallest all-leaf team to stack; 0 = never stack (default 6)
    int stackTwoColumnsFrom = 8;  // smallest stacked team to get two columns; 0 = never (default 8)
    float stackGap = 12.0f;       // vertical gap between rows of a stacked team (default 12)
    float stackIndent = 16.0f;    // horizontal gap from the spine to stacked cards (default 16)
};

// Where one card ended up. A hidden card (below a collapsed one) sits at the x, y of the card it
// collapsed into, so an expand animation has somewhere to start from.
struct OrgCard {
    float x = 0.0f;        // left edge, world units (default 0)
    float y = 0.0f;        // top edge, world units (default 0)
    float w = 0.0f;        // width as laid out: the input width after clamping (default 0)
    float h = 0.0f;        // height as laid out: the input height after clamping (default 0)
    bool visible = false;  // false below a collapsed card (default false)
    bool stacked = false;  // in a stacked team; the spine is the manager's centre x (default false)
};

// Axis-aligned rectangle in world units; edges count as inside.
struct WorldRect {
    float minX = 0.0f;  // left edge (default 0)
    float minY = 0.0f;  // top edge (default 0)
    float maxX = 0.0f;  // right edge (default 0)
    float maxY = 0.0f;  // bottom edge (default 0)
};

// True when the card and the rectangle share at least one point. nodeAt and visibleInRect
// use exactly this test, so callers can check them against it.
inline bool cardTouchesRect(const OrgCard& card, const WorldRect& rect) {
    return card.x <= rect.maxX && card.x + card.w >= rect.minX && card.y <= rect.maxY &&
           card.y + card.h >= rect.minY;
}

// A stacked team as one block for queries. Blocks whose first row is on the same level never
// overlap, and are sorted by minX.
struct OrgStackBlock {
    float minX = 0.0f;      // left edge of the leftmost card (default 0)
    float maxX = 0.0f;      // right edge of the rightmost card (default 0)
    float top = 0.0f;       // top of the first row (default 0)
    float bottom = 0.0f;    // bottom of the lowest card (default 0)
    float maxCardH = 0.0f;  // tallest card, widens the binary search by y (default 0)
    int cardBegin = 0;      // first entry in OrgLayoutIndex::blockCards, rows top down (default 0)
    int cardEnd = 0;        // one past the last entry (default 0)
};

// Lookup tables that let nodeAt/visibleInRect touch only the cards near a rectangle.
// layout() builds them. Each level's cards are sorted by x. Stacked teams are stored per level
// as blocks, each with its cards sorted by y. Treat this as read-only.
// Ranges are CSR style: level j owns levelCards[levelCardStart[j] .. levelCardStart[j + 1]) and
// blocks[levelBlockStart[j] .. levelBlockStart[j + 1]).
// Every vector is empty by default; all per-level vectors have one entry per level.
struct OrgLayoutIndex {
    std::vector<float> levelTop;        // y of each level; its own cards start exactly there
    std::vector<float> levelBottom;     // lowest bottom of the level's own cards; -inf if none
    std::vector<float> levelReach;      // max bottom of cards and blocks at levels <= j
    std::vector<float> levelMaxW;       // widest card of the level
    std::vector<int> levelCardStart;    // CSR starts into levelCards, one extra at the end
    std::vector<int> levelCards;        // node indices, sorted by x within a level
    std::vector<float> levelMaxBlockW;  // widest stacked block whose first row is on the level
    std::vector<int> levelBlockStart;   // CSR starts into blocks, one extra at the end
    std::vector<OrgStackBlock> blocks;  // stacked teams, grouped by the level of their first row
    std::vector<int> blockCards;        // node indices of stacked cards, grouped by block
};

struct OrgLayout {
    std::vector<OrgCard> cards;  // one per input node, same index (default empty)
    WorldRect bounds;            // smallest rect holding every visible card (default all 0)
    OrgLayoutIndex index;        // for nodeAt/visibleInRect (default empty)
};

// What the layout found, for status lines and benchmarks.
struct OrgLayoutStats {
    int visibleCount = 0;       // cards drawn (default 0)
    int treeCount = 0;          // roots, including nodes made roots by a broken parent (default 0)
    int levelCount = 0;         // distinct depths among visible cards (default 0)
    int stackedTeamCount = 0;   // managers whose reports were stacked (default 0)
    int brokenParentCount = 0;  // parent out of range, itself, or on a cycle (default 0)
};

// Lays out the same or changing charts repeatedly, for example on every expand/collapse. It
// keeps its scratch buffers, and reuses the output's, so later calls of a similar size do not
// allocate. It is not thread-safe; use one engine per thread.
//
// Broken input never hangs or crashes the layout. A node whose parent is out of range or is
// itself becomes a root. So does every node on a reporting cycle; nodes hanging below the
// cycle keep their parents.
class OrgLayoutEngine {
public:
    // Fills `out`. Fails only if memory runs out or the chart needs over 50 million layout
    // nodes (cards, plus one per level that each stacked team reaches into); `out` is then empty.
    Result<OrgLayoutStats> layout(const std::vector<LayoutNode>& nodes,
                                  const OrgLayoutOptions& options, OrgLayout& out);

private:
    struct StackTeam {
        int manager;    // node index of the manager
        int level;      // depth of the first stacked row
        int span;       // levels the block reaches into: one virtual layout node each
        double left;    // extent left of the spine
        double right;   // extent right of the spine
        double height;  // top of first row to bottom of last
        int head;       // layout id of the block's first virtual node
    };

    void cleanParents(const std::vector<LayoutNode>& nodes, OrgLayoutStats& stats);
    void orderAndClassify(const std::vector<LayoutNode>& nodes, const OrgLayoutOptions& options);
    void measureLevelsAndTeams(const OrgLayoutOptions& options);
    bool buildLayoutTree();
    void firstWalk(int v);
    int apportion(int v, int w, int ancestor);
    void executeShifts(int v);
    void moveSubtree(int wm, int wp, double shift);
    int nextLeft(int v) const { return m_lCount[v] > 0 ? m_lStart[v] : m_thread[v]; }
    int nextRight(int v) const {
        return m_lCount[v] > 0 ? m_lStart[v] + m_lCount[v] - 1 : m_thread[v];
    }
    void runWalks();
    void placeCards(OrgLayout& out);
    void buildIndex(OrgLayout& out);

    // Cleaned-up copies of the input and options.
    std::vector<float> m_width, m_height;
    std::vector<unsigned char> m_collapsed;
    double m_siblingGap = 0, m_subtreeGap = 0, m_levelGap = 0, m_treeGap = 0;
    double m_stackGap = 0, m_stackIndent = 0;

    // Per input node.
    std::vector<int> m_parent;      // after broken links were cut
    std::vector<int> m_mark;        // cycle-search stamps, later reused as fill cursors
    std::vector<int> m_childStart;  // CSR: i's children start at m_children[m_childStart[i]]
    std::vector<int> m_children;
    std::vector<int> m_order;  // breadth-first, parents first, hidden nodes included
    std::vector<int> m_depth;
    std::vector<unsigned char> m_visible, m_stacked;
    std::vector<int> m_teamOf;      // team index for a stacking manager, else -1
    std::vector<double> m_stackDx;  // stacked card's left edge relative to the spine
    std::vector<double> m_stackDy;  // stacked card's top relative to the team's first row

    // Per level and per team.
    std::vector<double> m_levelHeight, m_levelTop;
    std::vector<StackTeam> m_teams;
    int m_levelCount = 0;

    // Per layout node: visible unstacked cards, plus a vertical chain of virtual nodes for each
    // stacked team, one per level the team's block reaches into. Ids are breadth-first, so
    // siblings are contiguous and every level is one id range.
    int m_layoutCount = 0;
    std::vector<int> m_lSource;  // node index, or -(team + 1) for a virtual node
    std::vector<int> m_lParent, m_lStart, m_lCount, m_lDepth, m_lTree;
    std::vector<int> m_levelStart;        // level j's ids are [m_levelStart[j], m_levelStart[j+1])
    std::vector<double> m_left, m_right;  // extents from the anchor (card centre or spine)
    std::vector<double> m_prelim, m_mod, m_shift, m_change;  // Buchheim's z, m, s, c
    std::vector<int> m_thread, m_ancestor, m_defaultAncestor;
    std::vector<double> m_treeMin, m_treeMax, m_treeOffset;
};

// One-shot layout. Keep an OrgLayoutEngine to lay out repeatedly.
Result<OrgLayout> layoutOrgChart(const std::vector<LayoutNode>& nodes,
                                 const OrgLayoutOptions& options = {});

// The visible card under world point (x, y), or -1. A point on the shared edge of two touching
// cards gives either one.
int nodeAt(const OrgLayout& layout, float x, float y);

// Indices of visible cards touching `rect`, ordered by level and then left to right, with
// stacked teams after their level. The second form reuses `out`. If memory runs out the
// result is empty.
std::vector<int> visibleInRect(const OrgLayout& layout, const WorldRect& rect);
void visibleInRect(const OrgLayout& layout, const WorldRect& rect, std::vector<int>& out);

}  // namespace keystone
