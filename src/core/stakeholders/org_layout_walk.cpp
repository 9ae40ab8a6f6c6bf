// Org-chart layout, part 2: the Buchheim–Jünger–Leipert walks over the layout tree.
//
// This follows the paper's "Improving Walker's algorithm to run in linear time" (2002) and
// d3-hierarchy's tree.js, with three changes:
//  * Separation is per pair of nodes: the right extent of the left node, a gap, then the
//    left extent of the right node. A card's extents are half its width each side of its
//    centre. A stacked team's virtual nodes carry the block's extents around the spine.
//  * The gap is siblingGap between siblings (decided in firstWalk) and subtreeGap for every
//    contour comparison in apportion. Apportion only ever compares nodes with different
//    parents.
//  * No recursion. The first walk processes levels from the deepest up, left to right within a
//    level. That order is enough: firstWalk(v) needs only v's subtree and its left siblings
//    to be done. Apart from defaultAncestor of v's own parent, it touches nothing outside its
//    parent's subtree, so groups of siblings in different subtrees can go in any order. The
//    second walk runs in breadth-first id order, parents before children.
#include "core/stakeholders/org_layout.h"

namespace keystone {

void OrgLayoutEngine::runWalks() {
    const std::size_t m = static_cast<std::size_t>(m_layoutCount);
    m_prelim.assign(m, 0.0);
    m_mod.assign(m, 0.0);
    m_shift.assign(m, 0.0);
    m_change.assign(m, 0.0);
    m_thread.assign(m, -1);
    m_defaultAncestor.assign(m, -1);
    m_ancestor.resize(m);
    for (int u = 0; u < m_layoutCount; ++u) m_ancestor[u] = u;

    for (int j = m_levelCount - 1; j >= 0; --j) {
        for (int v = m_levelStart[j]; v < m_levelStart[j + 1]; ++v) firstWalk(v);
    }
    // Second walk: turn relative positions into absolute ones. m_mod becomes the sum of the
    // mods of a node and all its ancestors, the same as d3's `v.m += v.parent.m`.
    for (int u = 0; u < m_layoutCount; ++u) {
        const int p = m_lParent[u];
        const double inherited = p >= 0 ? m_mod[p] : 0.0;
        m_prelim[u] += inherited;
        m_mod[u] += inherited;
    }
}

void OrgLayoutEngine::firstWalk(int v) {
    const int p = m_lParent[v];
    const int w = (p >= 0 && v > m_lStart[p]) ? v - 1 : -1;  // left sibling: ids are contiguous
    if (m_lCount[v] > 0) {
        executeShifts(v);
        const int first = m_lStart[v];
        const int last = first + m_lCount[v] - 1;
        // Centred over the anchors (card centres or the spine) of the first and last child.
        const double midpoint = (m_prelim[first] + m_prelim[last]) * 0.5;
        if (w >= 0) {
            m_prelim[v] = m_prelim[w] + m_right[w] + m_siblingGap + m_left[v];
            m_mod[v] = m_prelim[v] - midpoint;
        } else {
            m_prelim[v] = midpoint;
        }
    } else if (w >= 0) {
        m_prelim[v] = m_prelim[w] + m_right[w] + m_siblingGap + m_left[v];
    }
    if (p >= 0) {
        const int ancestor = m_defaultAncestor[p] >= 0 ? m_defaultAncestor[p] : m_lStart[p];
        m_defaultAncestor[p] = apportion(v, w, ancestor);
    }
}

// Pushes v's subtree right until it clears the subtrees of its left siblings level by level.
// It also threads the shorter contour onto the longer one, so later comparisons can follow
// the combined contour without visiting whole subtrees. That is what keeps the layout linear.
int OrgLayoutEngine::apportion(int v, int w, int ancestor) {
    if (w < 0) return ancestor;
    int vip = v;                       // inside right: left contour of v's subtree
    int vop = v;                       // outside right: right contour of v's subtree
    int vim = w;                       // inside left: right contour of the left siblings
    int vom = m_lStart[m_lParent[v]];  // outside left: left contour of the left siblings
    double sip = m_mod[vip], sop = m_mod[vop], sim = m_mod[vim], som = m_mod[vom];
    for (;;) {
        vim = nextRight(vim);
        vip = nextLeft(vip);
        if (vim < 0 || vip < 0) break;
        vom = nextLeft(vom);
        vop = nextRight(vop);
        m_ancestor[vop] = v;
        const double shift = (m_prelim[vim] + sim) - (m_prelim[vip] + sip) + m_right[vim] +
                             m_subtreeGap + m_left[vip];
        if (shift > 0.0) {
            const int a = m_ancestor[vim];
            moveSubtree(m_lParent[a] == m_lParent[v] ? a : ancestor, v, shift);
            sip += shift;
            sop += shift;
        }
        sim += m_mod[vim];
        sip += m_mod[vip];
        som += m_mod[vom];
        sop += m_mod[vop];
    }
    if (vim >= 0 && nextRight(vop) < 0) {
        m_thread[vop] = vim;
        m_mod[vop] += sim - sop;
    }
    if (vip >= 0 && nextLeft(vom) < 0) {
        m_thread[vom] = vip;
        m_mod[vom] += sip - som;
        ancestor = v;
    }
    return ancestor;
}

// Moves subtree wp right by shift. The siblings between wm and wp are spread out evenly, but
// not yet: executeShifts applies that later, all at once, when their parent is walked.
void OrgLayoutEngine::moveSubtree(int wm, int wp, double shift) {
    const double change = shift / static_cast<double>(wp - wm);  // sibling ids are contiguous
    m_change[wp] -= change;
    m_shift[wp] += shift;
    m_change[wm] += change;
    m_prelim[wp] += shift;
    m_mod[wp] += shift;
}

void OrgLayoutEngine::executeShifts(int v) {
    double shift = 0.0, change = 0.0;
    const int first = m_lStart[v];
    for (int c = first + m_lCount[v] - 1; c >= first; --c) {
        m_prelim[c] += shift;
        m_mod[c] += shift;
        change += m_change[c];
        shift += m_shift[c] + change;
    }
}

}  // namespace keystone
