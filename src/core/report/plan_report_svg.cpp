// The report's stakeholder map drawn as one static SVG: cards placed by plan_report_org.cpp,
// its reporting lines, and curved dashed arrows for influence. Plain shapes and text only,
// so it prints crisply and needs nothing external.
#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "core/report/plan_report.h"
#include "core/report/plan_report_parts.h"

namespace keystone {
namespace {

using report::num;
constexpr float kCardW = report::kOrgCardW;
constexpr float kCardH = report::kOrgCardH;
constexpr float kTextLeft = 14.0f;  // text starts right of the stance stripe

// Rough advance widths (em) of Inter at the weights used: enough to cut text before it
// runs past the card edge without font metrics.
constexpr float kNameEm = 0.60f;
constexpr float kTitleEm = 0.55f;
constexpr float kBadgeEm = 0.62f;

struct Badge {
    BuyingRole role;
    const char* text;
    const char* fill;
    const char* ink;
};
constexpr Badge kBadges[] = {
    {BuyingRole::EconomicBuyer, "EB", "#dbeafe", "#1e40af"},
    {BuyingRole::TechnicalDecisionMaker, "TDM", "#dbeafe", "#1e40af"},
    {BuyingRole::Champion, "Champion", "#dcfce7", "#166534"},
    {BuyingRole::Coach, "Coach", "#f3f4f6", "#374151"},
    {BuyingRole::Influencer, "Influencer", "#f3f4f6", "#374151"},
    {BuyingRole::EndUser, "User", "#f3f4f6", "#374151"},
    {BuyingRole::Procurement, "Procurement", "#f3f4f6", "#374151"},
    {BuyingRole::LegalSecurity, "Legal/Sec", "#f3f4f6", "#374151"},
    {BuyingRole::Blocker, "Blocker", "#fee2e2", "#991b1b"},
};

const char* stanceColour(Stance stance) {
    switch (stance) {
        case Stance::Champion:
            return "#16a34a";
        case Stance::Supporter:
            return "#86efac";
        case Stance::Skeptic:
            return "#f59e0b";
        case Stance::Opponent:
            return "#dc2626";
        case Stance::Neutral:
            break;
    }
    return "#9ca3af";
}

const char* influenceKey(InfluenceKind kind) {
    switch (kind) {
        case InfluenceKind::ConflictsWith:
            return "conflicts";
        case InfluenceKind::InformalAlly:
            return "ally";
        case InfluenceKind::Influences:
            break;
    }
    return "influences";
}

std::size_t charsFitting(float width, float fontSize, float em) {
    return static_cast<std::size_t>(std::max(1.0f, width / (fontSize * em)));
}

std::size_t codePoints(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    return n;
}

// Splits a title over at most two lines at a space, cutting the second with "…".
std::vector<std::string> wrapTitle(const std::string& title, std::size_t perLine) {
    const std::string clean = cleanText(title);
    if (codePoints(clean) <= perLine) return {clean};
    std::size_t breakAt = std::string::npos, chars = 0;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        if ((static_cast<unsigned char>(clean[i]) & 0xC0u) == 0x80u) continue;
        if (chars > perLine) break;
        if (clean[i] == ' ') breakAt = i;
        ++chars;
    }
    if (breakAt == std::string::npos) return {truncateText(clean, perLine)};
    return {clean.substr(0, breakAt), truncateText(clean.substr(breakAt + 1), perLine)};
}

void appendCard(std::string& out, const Stakeholder& person, float x, float y) {
    const bool gone = person.status == ContactStatus::LeftCompany;
    out += "<g transform=\"translate(" + num(x) + "," + num(y) + ")\"" +
           (gone ? " opacity=\"0.72\"" : "") + "><title>";
    appendEscapedHtml(out, person.name);
    if (!person.title.empty()) {
        out += " \xE2\x80\x94 ";
        appendEscapedHtml(out, person.title);
    }
    out += " (" + std::string(stanceLabel(person.stance)) + ")";
    if (!person.notes.empty()) {  // hover text on screen; the printed card stays short
        out += "\n";
        appendEscapedHtml(out, person.notes);
    }
    out += "</title>";
    const std::string w = num(kCardW), h = num(kCardH);
    out += "<rect width=\"" + w + "\" height=\"" + h + "\" rx=\"6\" fill=\"#fff\"/>";
    out += "<rect width=\"6\" height=\"" + h + "\" fill=\"" + stanceColour(person.stance) +
           "\" clip-path=\"url(#ks-card-clip)\"/>";
    out += "<rect width=\"" + w + "\" height=\"" + h + "\" rx=\"6\" fill=\"none\" stroke=\"" +
           (gone ? "#9ca3af\" stroke-dasharray=\"4 3\"" : "#d1d5db\"") + "/>";
    const float textWidth = kCardW - kTextLeft - 8.0f;
    out += "<text class=\"nm\" x=\"" + num(kTextLeft) + "\" y=\"19\">";
    appendEscapedHtml(out, truncateText(person.name.empty() ? "(no name)" : person.name,
                                        charsFitting(textWidth, 13.0f, kNameEm)));
    out += "</text>";
    const std::vector<std::string> lines =
        wrapTitle(person.title, charsFitting(textWidth, 11.0f, kTitleEm));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out += "<text class=\"tt\" x=\"" + num(kTextLeft) + "\" y=\"" +
               num(32.5 + 12.0 * double(i)) + "\">";
        appendEscapedHtml(out, lines[i]);
        out += "</text>";
    }
    // Role badges along the bottom; "Left" first so a departed contact is obvious.
    std::vector<const Badge*> badges;
    static constexpr Badge kLeft{BuyingRole::Blocker, "Left", "#e5e7eb", "#374151"};
    static constexpr Badge kMoved{BuyingRole::Blocker, "New role", "#fef3c7", "#92400e"};
    if (gone) badges.push_back(&kLeft);
    if (person.status == ContactStatus::ChangedRole) badges.push_back(&kMoved);
    for (const Badge& badge : kBadges)
        if (hasRole(person, badge.role)) badges.push_back(&badge);
    float bx = kTextLeft;
    const float right = kCardW - 8.0f;
    for (std::size_t i = 0; i < badges.size(); ++i) {
        const Badge& badge = *badges[i];
        const float width = 9.5f * kBadgeEm * float(std::string_view(badge.text).size()) + 10.0f;
        const bool last = i + 1 == badges.size();
        if (bx + width > (last ? right : right - 24.0f)) {  // keep room for "+N"
            out += "<text class=\"bd\" x=\"" + num(bx + 2) + "\" y=\"" + num(kCardH - 9) +
                   "\" fill=\"#6b7280\">+" + std::to_string(badges.size() - i) + "</text>";
            break;
        }
        out += "<rect x=\"" + num(bx) + "\" y=\"" + num(kCardH - 19) + "\" width=\"" + num(width) +
               "\" height=\"14\" rx=\"3\" fill=\"" + badge.fill + "\"/><text class=\"bd\" x=\"" +
               num(bx + width / 2) + "\" y=\"" + num(kCardH - 9) + "\" fill=\"" + badge.ink +
               "\" text-anchor=\"middle\">" + badge.text + "</text>";
        bx += width + 4.0f;
    }
    out += "</g>\n";
}

// Where the ray from the centre of the card at (x, y) towards (tx, ty) leaves the card.
void edgePoint(double x, double y, double tx, double ty, double& px, double& py) {
    const double cx = x + kCardW / 2, cy = y + kCardH / 2;
    const double ux = tx - cx, uy = ty - cy;
    const double sx = std::fabs(ux) > 1e-9 ? (kCardW / 2) / std::fabs(ux) : 1e18;
    const double sy = std::fabs(uy) > 1e-9 ? (kCardH / 2) / std::fabs(uy) : 1e18;
    const double t = std::min({sx, sy, 1.0});
    px = cx + ux * t;
    py = cy + uy * t;
}

}  // namespace

std::string renderStakeholderMapSvg(const Account& account, int maxPeople, std::string& note) {
    note.clear();
    const std::vector<Stakeholder>& people = account.stakeholders;
    if (people.empty()) return {};
    report::OrgPicture picture;
    if (!report::arrangeOrgChart(people, maxPeople, picture)) return {};
    if (picture.people.size() < people.size())
        note = "Showing the top " + std::to_string(picture.people.size()) + " of " +
               std::to_string(people.size()) + " stakeholders by seniority.";
    std::unordered_map<std::string_view, std::size_t> slotById;  // drawn people only
    for (std::size_t slot = 0; slot < picture.people.size(); ++slot)
        slotById.emplace(people[static_cast<std::size_t>(picture.people[slot])].id, slot);

    std::string out;
    out.reserve(picture.people.size() * 900 + 2048);
    out += "<svg class=\"ks-map\" role=\"img\" viewBox=\"0 0 " + num(picture.width) + " " +
           num(picture.height) + "\" width=\"" + num(picture.width) + "\" height=\"" +
           num(picture.height) + "\" aria-label=\"Stakeholder map of ";
    appendEscapedHtml(out, account.name);
    out +=
        "\">\n<style>.ks-map text{font-family:Inter,system-ui,-apple-system,'Segoe UI',Roboto,"
        "Arial,'Noto Sans CJK JP','Hiragino Sans','PingFang SC','Microsoft YaHei','Malgun Gothic',"
        "sans-serif}.ks-map .nm{font-size:13px;font-weight:600;fill:#111827}"
        ".ks-map .tt{font-size:11px;fill:#4b5563}.ks-map .bd{font-size:9.5px;font-weight:600}"
        "</style>\n<defs><clipPath id=\"ks-card-clip\"><rect width=\"" +
        num(kCardW) + "\" height=\"" + num(kCardH) + "\" rx=\"6\"/></clipPath>";
    const struct {
        const char* key;
        const char* colour;
    } kArrows[] = {{"influences", "#2563eb"}, {"conflicts", "#dc2626"}, {"ally", "#16a34a"}};
    for (const auto& arrow : kArrows)
        out +=
            std::string("<marker id=\"ks-arrow-") + arrow.key +
            "\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
            "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" +
            arrow.colour + "\"/></marker>";
    out += "</defs>\n<g fill=\"none\" stroke=\"#9ca3af\" stroke-width=\"1.25\">\n";
    for (const std::string& path : picture.connectors) out += "<path d=\"" + path + "\"/>\n";
    // Influence lines under the cards, so they never cross a name; their arrowheads end at
    // card edges and stay visible.
    out += "</g>\n<g fill=\"none\" stroke-dasharray=\"5 4\" stroke-linecap=\"round\">\n";

    // Bowed to the left of their direction, so A->B and B->A stay apart.
    for (const InfluenceLine& line : account.influenceLines) {
        const auto from = slotById.find(line.fromId), to = slotById.find(line.toId);
        if (from == slotById.end() || to == slotById.end() || from->second == to->second) continue;
        const double fx = picture.cardX[from->second], fy = picture.cardY[from->second];
        const double tx = picture.cardX[to->second], ty = picture.cardY[to->second];
        const double ax = fx + kCardW / 2, ay = fy + kCardH / 2;
        const double bx = tx + kCardW / 2, by = ty + kCardH / 2;
        const double length = std::hypot(bx - ax, by - ay);
        if (length < 1.0) continue;
        const double bow = std::clamp(length * 0.22, 28.0, 140.0);
        const double qx = (ax + bx) / 2 + (ay - by) / length * bow;
        const double qy = (ay + by) / 2 + (bx - ax) / length * bow;
        double sx, sy, ex, ey;
        edgePoint(fx, fy, qx, qy, sx, sy);
        edgePoint(tx, ty, qx, qy, ex, ey);
        const char* colour = line.kind == InfluenceKind::ConflictsWith  ? "#dc2626"
                             : line.kind == InfluenceKind::InformalAlly ? "#16a34a"
                                                                        : "#2563eb";
        const double strokeWidth = 1.0 + 0.3 * std::clamp(line.strength, 1, 5);
        out += "<path d=\"M" + num(sx) + "," + num(sy) + " Q" + num(qx) + "," + num(qy) + " " +
               num(ex) + "," + num(ey) + "\" stroke=\"" + colour + "\" stroke-width=\"" +
               num(strokeWidth) + "\" marker-end=\"url(#ks-arrow-" + influenceKey(line.kind) +
               ")\"/>\n";
    }
    out += "</g>\n<g>\n";
    for (std::size_t slot = 0; slot < picture.people.size(); ++slot)
        appendCard(out, people[static_cast<std::size_t>(picture.people[slot])], picture.cardX[slot],
                   picture.cardY[slot]);
    out += "</g>\n</svg>";
    return out;
}

std::string renderStakeholderMapSvgFile(const Account& account) {
    std::string note;
    std::string svg = renderStakeholderMapSvg(account, std::numeric_limits<int>::max(), note);
    // A file, unlike inline SVG, needs the namespace (and its prolog) to be read as SVG.
    if (svg.rfind("<svg", 0) == 0) svg.insert(4, " xmlns=\"http://www.w3.org/2000/svg\"");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
}

}  // namespace keystone
