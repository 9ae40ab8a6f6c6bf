// The stakeholder map's SVG file is well-formed XML whatever the names hold: characters XML
// forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates) are dropped or replaced.
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report/html_escape.h"
#include "core/report/plan_report.h"

using namespace keystone;

namespace {

// A small XML 1.0 well-formedness check, enough for what our writer emits: every character
// allowed by the XML Char production, the prolog, balanced and properly nested elements,
// quoted attributes without '<', and '&' only as one of the predefined or numeric entities.
class XmlCheck {
public:
    explicit XmlCheck(std::string_view text) : m_text(text) {}

    std::string problem() {
        if (auto bad = firstForbiddenCharacter()) return *bad;
        std::size_t i = 0;
        if (m_text.rfind("<?xml", 0) == 0) i = m_text.find("?>") + 2;
        std::vector<std::string> open;
        bool rootSeen = false;
        while (i < m_text.size()) {
            if (m_text[i] == '<') {
                const std::size_t end = m_text.find('>', i);
                if (end == std::string_view::npos) return "unclosed tag";
                std::string_view tag = m_text.substr(i + 1, end - i - 1);
                if (auto bad = checkTag(tag, open, rootSeen)) return *bad;
                i = end + 1;
            } else if (m_text[i] == '&') {
                if (auto bad = checkEntity(i)) return *bad;
                ++i;
            } else if (m_text[i] == '>') {
                ++i;  // allowed in content
            } else {
                if (open.empty() && !isSpace(m_text[i])) return "text outside the root element";
                ++i;
            }
        }
        if (!open.empty()) return "unclosed element <" + open.back() + ">";
        if (!rootSeen) return "no root element";
        return {};
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    std::optional<std::string> firstForbiddenCharacter() const {
        for (std::size_t i = 0; i < m_text.size();) {
            const auto lead = static_cast<unsigned char>(m_text[i]);
            const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (lead >= 0x80 && (lead < 0xC2 || lead > 0xF4 || i + length > m_text.size()))
                return "invalid UTF-8 at byte " + std::to_string(i);
            std::uint32_t c = length == 1 ? lead : lead & (0xFFu >> (length + 1));
            for (std::size_t k = 1; k < length; ++k) {
                const auto next = static_cast<unsigned char>(m_text[i + k]);
                if ((next & 0xC0) != 0x80) return "invalid UTF-8 at byte " + std::to_string(i);
                c = (c << 6) | (next & 0x3Fu);
            }
            const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                                 (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) return "character U+" + std::to_string(c) + " is not allowed in XML";
            i += length;
        }
        return std::nullopt;
    }

    std::optional<std::string> checkEntity(std::size_t at) const {
        const std::size_t semicolon = m_text.find(';', at);
        if (semicolon == std::string_view::npos || semicolon - at > 10) return "bare '&'";
        const std::string_view name = m_text.substr(at + 1, semicolon - at - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
            return std::nullopt;
        if (name.size() > 1 && name[0] == '#') return std::nullopt;
        return "unknown entity &" + std::string(name) + ";";
    }

    std::optional<std::string> checkTag(std::string_view tag, std::vector<std::string>& open,
                                        bool& rootSeen) const {
        if (tag.empty()) return "empty tag";
        if (tag[0] == '/') {
            const std::string name(tag.substr(1));
            if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
            open.pop_back();
            return std::nullopt;
        }
        const bool selfClosing = tag.back() == '/';
        if (selfClosing) tag.remove_suffix(1);
        const std::size_t nameEnd = tag.find_first_of(" \n\t");
        const std::string name(tag.substr(0, nameEnd));
        // Attributes: name="value" pairs, values without '<' or a bare '&'.
        for (std::size_t i = nameEnd; i != std::string_view::npos && i < tag.size();) {
            while (i < tag.size() && isSpace(tag[i])) ++i;
            if (i >= tag.size()) break;
            const std::size_t equals = tag.find('=', i);
            if (equals == std::string_view::npos || equals + 1 >= tag.size())
                return "bad attribute";
            const char quote = tag[equals + 1];
            if (quote != '"' && quote != '\'') return "unquoted attribute in <" + name + ">";
            const std::size_t close = tag.find(quote, equals + 2);
            if (close == std::string_view::npos) return "unterminated attribute";
            if (tag.substr(equals + 2, close - equals - 2).find('<') != std::string_view::npos)
                return "'<' in an attribute";
            i = close + 1;
        }
        if (open.empty()) {
            if (rootSeen) return "a second root element";
            rootSeen = true;
        }
        if (!selfClosing) open.push_back(name);
        return std::nullopt;
    }

    std::string_view m_text;
};

Stakeholder person(std::string id, std::string name, std::string title = "Director") {
    Stakeholder s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.title = std::move(title);
    return s;
}

}  // namespace

TEST_CASE("The well-formedness check itself refuses what XML forbids") {
    CHECK(XmlCheck("<svg><text>a</text></svg>").problem().empty());
    CHECK_FALSE(XmlCheck("<svg><text>a\xEF\xBF\xBE</text></svg>").problem().empty());  // U+FFFE
    CHECK_FALSE(XmlCheck(std::string("<svg>\x01</svg>")).problem().empty());
    CHECK_FALSE(XmlCheck("<svg><text>a & b</text></svg>").problem().empty());
    CHECK_FALSE(XmlCheck("<svg><text>a</svg>").problem().empty());
}

TEST_CASE("Names with U+FFFE, U+FFFF, C0 controls and lone surrogates export as valid SVG") {
    Account account;
    account.id = "a0000000000000000000000000000001";
    account.name = "Acme";
    std::string controls;
    for (char c = 1; c < 0x20; ++c) controls.push_back(c);
    const std::string nul(1, '\0');
    account.stakeholders = {
        person("1", "Ann\xEF\xBF\xBE Lee\xEF\xBF\xBF", "Chief\xEF\xBF\xBF Officer"),
        person("2", "Bo" + controls + "Chen" + nul + "!", "VP" + nul + controls),
        person("3", "Cy \xED\xA0\x80 Diaz \xED\xBF\xBF", "<Head> & \"Lead\" 'Ops'"),
        person("4", "\xEF\xBF\xBE\xEF\xBF\xBF", "\xFF\xFE"),
    };
    account.stakeholders[1].managerId = "1";
    account.stakeholders[2].managerId = "1";
    const std::string svg = renderStakeholderMapSvgFile(account);
    REQUIRE(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=", 0) == 0);
    const std::string problem = XmlCheck(svg).problem();
    CHECK_MESSAGE(problem.empty(), problem);
    CHECK(svg.find("Ann Lee") != std::string::npos);
    CHECK(svg.find("Bo\t\nChen!") != std::string::npos);  // tab and line feed are legal XML
    CHECK(svg.find("&lt;Head&gt; &amp; &quot;Lead&quot;") != std::string::npos);
    CHECK(svg.find("Cy \xEF\xBF\xBD") != std::string::npos);  // the lone surrogate became U+FFFD
}

TEST_CASE("Escaping drops the characters XML forbids and keeps the rest") {
    CHECK(escapeHtml("a\xEF\xBF\xBE"
                     "b\xEF\xBF\xBF"
                     "c") == "abc");
    CHECK(escapeHtml("\xEF\xBF\xBD") == "\xEF\xBF\xBD");          // U+FFFD stays
    CHECK(escapeHtml("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // astral stays
    CHECK(escapeHtml(std::string("a\0b\x1F"
                                 "c\td",
                                 7)) == "abc\td");
    CHECK(escapeHtml("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}
