// Field helpers, the document root and readPlan(); see plan_reader.h.
#include "core/plan_format/plan_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/model/clock.h"
#include "core/model/ids.h"
#include "core/model/money.h"

namespace keystone {
namespace detail {
namespace {

std::string withThousands(std::size_t value) {
    std::string digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

bool isUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Bytes no text file starts with: NUL, control characters other than tab and line ends,
// and bytes that never occur in UTF-8 (images, PDFs, spreadsheets, UTF-16 text).
bool looksBinary(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 512);
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xC0 ||
            c == 0xC1 || c >= 0xF5)
            return true;
    }
    return false;
}

constexpr const char* kOpenAPlan = " Open a .keystone.json file exported from Keystone.";

// Member names are short; comparing inline beats a call to memcmp for each member.
inline bool sameName(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace

std::string Subject::text() const {
    std::string quoted = "\"" + std::string(name) + "\"";
    return item ? "Each item of " + quoted : quoted;
}

std::string shown(std::string_view text) {
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown) return std::string(text);
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";  // …
}

std::string quote(std::string_view text) { return "\"" + shown(text) + "\""; }

// ---- Members ------------------------------------------------------------------------------
int Members::next() {
    JsonReader& in = m_reader.in();
    // Files we wrote list members in struct order: try the expected name first.
    if (m_hint < m_count && in.tryMember(m_first, m_names[m_hint])) {
        const int index = m_hint;
        if (has(index)) {
            in.contentError("The member \"" + std::string(m_names[index]) +
                            "\" appears twice in the same object.");
            in.pushPath(m_names[index]);
            return -1;
        }
        m_seen |= std::uint64_t{1} << index;
        m_hint = index + 1;
        return index;
    }
    std::string_view key;
    while (in.nextMember(m_first, key)) {
        int index = -1;
        if (m_hint < m_count && sameName(m_names[m_hint], key)) {
            index = m_hint;
        } else {
            for (int i = 0; i < m_count; ++i) {
                if (sameName(m_names[i], key)) {
                    index = i;
                    break;
                }
            }
        }
        if (index >= 0) {
            if (has(index)) {
                in.contentError("The member \"" + std::string(key) +
                                "\" appears twice in the same object.");
                in.pushPath(key);
                return -1;
            }
            m_seen |= std::uint64_t{1} << index;
            m_hint = index + 1;
            return index;
        }
        // A member from a newer minor version: keep it verbatim (canonical form).
        if (key.size() > kMaxMemberNameBytes)
            return in.contentError("A member name is longer than the limit of " +
                                   withThousands(kMaxMemberNameBytes) + " bytes."),
                   -1;
        UnknownField field;
        field.key = std::string(key);
        if (!m_unknownNames.insert(field.key)) {
            in.contentError("The member \"" + field.key + "\" appears twice in the same object.");
            in.pushPath(field.key);
            return -1;
        }
        if (!in.copyValue(&field.json, kMaxUnknownTextBytes)) {
            in.pushPath(field.key);
            return -1;
        }
        m_unknown.push_back(std::move(field));
    }
    return -1;
}

bool Members::finish(std::string_view entity, std::initializer_list<int> required) {
    JsonReader& in = m_reader.in();
    if (in.failed()) return false;
    for (int index : required) {
        if (!has(index)) {
            in.contentError("The " + std::string(entity) + " has no \"" +
                            std::string(m_names[index]) + "\", which is required.");
            in.pushPath(m_names[index]);
            return false;
        }
    }
    return true;
}

// ---- helpers ------------------------------------------------------------------------------
PlanReader::PlanReader(std::string_view bytes) : m_in(bytes, kMaxNestingDepth), m_bytes(bytes) {}

bool PlanReader::typeError(Subject s, std::string_view expected) {
    const JsonKind kind = m_in.peek();
    // Not a value at all: report the broken JSON with its line and column.
    if (kind == JsonKind::Invalid || kind == JsonKind::End) return m_in.copyValue(nullptr, 0);
    return m_in.contentError(s.text() + " must be " + std::string(expected) + ".");
}

bool PlanReader::badValue(Subject s, const std::string& expected, const std::string& found) {
    return m_in.contentError(s.text() + " must be " + expected + ", not " + found + ".");
}

bool PlanReader::tooMany(Subject s, std::size_t maxItems) {
    return m_in.contentError(s.text() + " has more than " + withThousands(maxItems) +
                             " items, the most a plan can hold.");
}

bool PlanReader::object(std::string_view entity) {
    if (m_in.peek() != JsonKind::Object) {
        const JsonKind kind = m_in.peek();
        if (kind == JsonKind::Invalid || kind == JsonKind::End) return m_in.copyValue(nullptr, 0);
        return m_in.contentError("The " + std::string(entity) +
                                 " must be an object (fields in { }).");
    }
    return m_in.beginObject();
}

bool PlanReader::stringValue(Subject s, std::string_view expected, std::string& out) {
    if (m_in.peek() != JsonKind::String) return typeError(s, expected);
    return m_in.readString(out);
}

bool PlanReader::text(Subject s, std::string& out, std::size_t maxBytes) {
    if (!stringValue(s, "text", out)) return false;
    if (out.size() > maxBytes)
        return m_in.contentError(s.text() + " is too long: Keystone keeps at most " +
                                 withThousands(maxBytes) +
                                 " bytes of text there (as many letters in English; fewer in "
                                 "other scripts). Shorten it and open the file again.");
    return true;
}

bool PlanReader::date(Subject s, std::string& out) {
    if (!stringValue(s, "a date like \"2026-11-24\" (or empty)", out)) return false;
    if (out.empty() || isIsoDate(out)) return true;
    return badValue(s, "a date like \"2026-11-24\" (or empty)", quote(out));
}

bool PlanReader::timestamp(Subject s, std::string& out) {
    if (!stringValue(s, "a UTC time like \"2026-11-24T10:15:00Z\" (or empty)", out)) return false;
    if (out.empty() || isIsoTimestamp(out)) return true;
    return badValue(s, "a UTC time like \"2026-11-24T10:15:00Z\" (or empty)", quote(out));
}

bool PlanReader::id(Subject s, std::string& out) {
    if (!stringValue(s, "an id of 32 lowercase hexadecimal digits", out)) return false;
    if (isValidId(out)) return true;
    return badValue(s, "an id of 32 lowercase hexadecimal digits", quote(out));
}

bool PlanReader::optionalId(Subject s, std::string& out) {
    if (!stringValue(s, "an id of 32 lowercase hexadecimal digits (or empty)", out)) return false;
    if (out.empty() || isValidId(out)) return true;
    return badValue(s, "an id of 32 lowercase hexadecimal digits (or empty)", quote(out));
}

bool PlanReader::whole(Subject s, std::int64_t low, std::int64_t high, std::int64_t& out) {
    auto expected = [&] {  // built only for a message: this runs for every whole number
        return high == kMaxWholeNumber
                   ? "a whole number of " + std::to_string(low) + " or more"
                   : "a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    };
    if (m_in.peek() != JsonKind::Number) return typeError(s, expected());
    std::string_view lexeme;
    bool integral = false;
    if (!m_in.readNumber(lexeme, integral)) return false;
    std::int64_t value = 0;
    if (!integral || !jsonNumberToInt64(lexeme, value) || value < low || value > high)
        return badValue(s, expected(), shown(lexeme));
    out = value;
    return true;
}

bool PlanReader::money(Subject s, MinorUnits& out) {
    // Plan files store cents with no decimal point; the rep may have typed "1,250.00" by hand.
    static const std::string kExpected =
        "an amount in cents, written as a whole number with no decimal point (1250000 is "
        "12,500.00), from 0 up to " +
        formatMoney(kMaxPlanAmount, "", true);
    if (m_in.peek() != JsonKind::Number) return typeError(s, kExpected);
    std::string_view lexeme;
    bool integral = false;
    if (!m_in.readNumber(lexeme, integral)) return false;
    std::int64_t value = 0;
    if (!integral || !jsonNumberToInt64(lexeme, value) || value < 0 || value > kMaxPlanAmount)
        return badValue(s, kExpected, shown(lexeme));
    out = value;
    return true;
}

bool PlanReader::number(Subject s, double& out) {
    if (m_in.peek() != JsonKind::Number) return typeError(s, "a number");
    std::string_view lexeme;
    bool integral = false;
    if (!m_in.readNumber(lexeme, integral)) return false;
    if (!jsonNumberToDouble(lexeme, out))
        return badValue(s, "a number of sensible size", shown(lexeme));
    return true;
}

bool PlanReader::flag(Subject s, bool& out) {
    const JsonKind kind = m_in.peek();
    if (kind != JsonKind::True && kind != JsonKind::False) return typeError(s, "true or false");
    return m_in.readBool(out);
}

bool PlanReader::currency(Subject s, std::string& out) {
    static const std::string kExpected = "a three-letter ISO 4217 currency code like \"USD\"";
    if (!stringValue(s, kExpected, out)) return false;
    if (out.size() == 3 && isUpperAscii(out[0]) && isUpperAscii(out[1]) && isUpperAscii(out[2]))
        return true;
    return badValue(s, kExpected, quote(out));
}

bool PlanReader::country(Subject s, std::string& out) {
    static const std::string kExpected =
        "a two-letter ISO 3166 country code like \"US\" (or empty)";
    if (!stringValue(s, kExpected, out)) return false;
    if (out.empty() || (out.size() == 2 && isUpperAscii(out[0]) && isUpperAscii(out[1])))
        return true;
    return badValue(s, kExpected, quote(out));
}

bool PlanReader::quarter(Subject s, std::string& out) {
    static const std::string kExpected = "a quarter like \"2026-Q3\"";
    if (!stringValue(s, kExpected, out)) return false;
    auto digit = [&](size_t i) { return out[i] >= '0' && out[i] <= '9'; };
    if (out.size() == 7 && digit(0) && digit(1) && digit(2) && digit(3) && out[4] == '-' &&
        out[5] == 'Q' && out[6] >= '1' && out[6] <= '4' && out.compare(0, 4, "0000") != 0)
        return true;
    return badValue(s, kExpected, quote(out));
}

bool PlanReader::textList(Subject s, std::vector<std::string>& out, std::size_t maxItems,
                          std::size_t maxBytes) {
    return list(s, out, maxItems,
                [&](std::string& item) { return text(itemOf(s.name), item, maxBytes); });
}

bool PlanReader::idList(Subject s, std::vector<std::string>& out, std::size_t maxItems) {
    return list(s, out, maxItems, [&](std::string& item) { return id(itemOf(s.name), item); });
}

bool PlanReader::roles(Subject s, BuyingRoles& out) {
    out = 0;
    if (m_in.peek() != JsonKind::Array) return typeError(s, "a list of buying-role keys");
    if (!m_in.beginArray()) return false;
    bool first = true;
    std::size_t index = 0;
    while (m_in.nextElement(first)) {
        BuyingRoles single = 0;
        if (!singleRole(itemOf(s.name), single)) return m_in.pushPath(index), false;
        if (single == 0)
            return m_in.contentError("A buying role can't be empty."), m_in.pushPath(index), false;
        if (out & single) {
            m_in.contentError("The buying role \"" + m_scratch + "\" is listed twice.");
            m_in.pushPath(index);
            return false;
        }
        out |= single;
        ++index;
    }
    return !m_in.failed();
}

bool PlanReader::singleRole(Subject s, BuyingRoles& out) {
    if (!stringValue(s, "a buying-role key", m_scratch)) return false;
    out = 0;
    if (m_scratch.empty()) return true;  // v0 "role": "" means none; callers of v1 reject it
    BuyingRole role{};
    if (parseKey(m_scratch, role)) {
        out = static_cast<BuyingRoles>(role);
        return true;
    }
    std::string keys;
    for (int i = 0; i < kBuyingRoleCount; ++i)
        keys += (i ? ", " : "") + std::string(buyingRoleKey(buyingRoleAt(i)));
    return badValue(s, "one of: " + keys, quote(m_scratch));
}

bool PlanReader::failAt(const Error& error) {
    m_in.contentError(error.message);
    // "/tiers/1/name" -> segments pushed innermost first, as unwinding does.
    std::vector<std::string> segments;
    std::size_t at = 0;
    while (at < error.location.size() && error.location[at] == '/') {
        const std::size_t end = error.location.find('/', at + 1);
        std::string segment = error.location.substr(
            at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
        for (std::size_t i; (i = segment.find("~1")) != std::string::npos;)
            segment.replace(i, 2, "/");
        for (std::size_t i; (i = segment.find("~0")) != std::string::npos;)
            segment.replace(i, 2, "~");
        segments.push_back(std::move(segment));
        at = end == std::string::npos ? error.location.size() : end;
    }
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
        const std::string& segment = *it;
        const bool index = !segment.empty() &&
                           segment.find_first_not_of("0123456789") == std::string::npos &&
                           segment.size() < 10;
        if (index)
            m_in.pushPath(static_cast<std::size_t>(std::stoul(segment)));
        else
            m_in.pushPath(segment);
    }
    return false;
}

// The catalog is small and rare: it is read as JSON text and decoded by the pricing module,
// which owns its format (pricing_catalog_json.cpp), then validated for pricing.
bool PlanReader::readCatalog(std::optional<TierCatalog>& out) {
    if (m_in.peek() != JsonKind::Object) return object("catalog");
    std::string text;
    if (!m_in.copyValue(&text, kMaxCatalogBytes)) return false;
    if (text.size() > kMaxCatalogBytes)
        return m_in.contentError("The pricing catalog is larger than the limit of " +
                                 withThousands(kMaxCatalogBytes) + " bytes.");
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) return m_in.contentError("The pricing catalog could not be read.");
    auto catalog = catalogFromJson(json);
    if (!catalog) {
        Error error = catalog.error();
        error.message = "Pricing catalog: " + error.message;
        return failAt(error);
    }
    if (auto error = validateCatalog(catalog.value())) {
        error->message = "Pricing catalog: " + error->message;
        return failAt(*error);
    }
    out = std::move(catalog).value();
    return true;
}

// ---- the document root --------------------------------------------------------------------
bool PlanReader::readVersion() {
    std::string_view lexeme;
    bool integral = false;
    std::int64_t version = 0;
    if (m_in.peek() != JsonKind::Number) return typeError("version", "a whole number");
    if (!m_in.readNumber(lexeme, integral)) return false;
    if (!integral || lexeme[0] == '-')
        return badValue("version", "a whole number of 0 or more", shown(lexeme));
    if (!jsonNumberToInt64(lexeme, version) || version > kPlanFormatVersion)
        return m_in.contentError("This plan was saved by a newer Keystone (format version " +
                                 std::string(lexeme) + "); update Keystone to open it.");
    m_version = static_cast<int>(version);
    return true;
}

bool PlanReader::readRoot(PlanDocument& doc) {
    const JsonKind kind = m_in.peek();
    if (kind == JsonKind::End)
        return m_in.contentError(std::string("This file is empty, so it holds no plan.") +
                                 kOpenAPlan);
    if (kind == JsonKind::Invalid)
        return m_in.contentError(std::string("This file is not a Keystone plan (it looks like ") +
                                 (looksBinary(m_bytes) ? "a binary file, such as an image, a "
                                                         "PDF or a spreadsheet"
                                                       : "text in another format") +
                                 ")." + kOpenAPlan);
    if (kind != JsonKind::Object)
        return m_in.contentError(
            std::string("This file is not a Keystone plan (it holds other data).") + kOpenAPlan);
    m_in.beginObject();

    // "version" means something only once "format" says this is a plan, and the account can
    // only be decoded once the version is known. Our writer puts them in that order; when a
    // hand-edited file does not, the early values are syntax-checked, skipped, and decoded
    // after the root object (the account is then walked twice, which is rare and still linear).
    struct Deferred {
        bool pending = false;
        std::size_t offset = 0;
        int depth = 0;
    };
    Deferred version, account;
    auto defer = [&](Deferred& d) {
        d = {true, m_in.offset(), m_in.depth()};
        return m_in.copyValue(nullptr, kMaxUnknownTextBytes);
    };
    static constexpr std::string_view kNames[] = {"format", "version", "account", "catalog"};
    std::optional<TierCatalog> catalog;
    Members members(*this, kNames, doc.unknown);
    for (int i; (i = members.next()) >= 0;) {
        bool ok = false;
        switch (i) {
            case 0:
                ok = stringValue("format", "\"keystone.plan\"", m_scratch);
                if (ok && m_scratch != kPlanFormatName)
                    ok = m_in.contentError("This file is not a Keystone plan (its format is " +
                                           quote(m_scratch) + ")." + kOpenAPlan);
                break;
            case 1:
                ok = members.has(0) ? readVersion() : defer(version);
                break;
            case 2:
                if (m_in.peek() != JsonKind::Object)
                    ok = object("account");
                else if (members.has(0) && members.has(1) && !version.pending)
                    ok = readAccount(doc.account);
                else
                    ok = defer(account);
                break;
            case 3:
                ok = readCatalog(catalog);
                break;
        }
        if (!ok) return fail(kNames[i]);
    }
    if (m_in.failed()) return false;
    if (!m_in.atEnd()) return m_in.syntaxError("there is more text after the end of the plan");
    if (!members.has(0))
        return m_in.contentError(
            std::string("This file is not a Keystone plan (it does not say it is one).") +
            kOpenAPlan);
    if (!members.has(1))
        return m_in.contentError("The plan has no format \"version\"."), fail("version");
    if (version.pending) {
        m_in.seek(version.offset, version.depth);
        if (!readVersion()) return fail("version");
    }
    if (!members.has(2)) return m_in.contentError("The plan has no \"account\"."), fail("account");
    if (account.pending) {
        m_in.seek(account.offset, account.depth);
        if (!readAccount(doc.account)) return fail("account");
    }
    doc.account.pricingCatalog = std::move(catalog);
    doc.sourceVersion = m_version;
    return true;
}

Result<PlanDocument> PlanReader::read() {
    PlanDocument doc;
    if (!readRoot(doc)) return Result<PlanDocument>::failure(m_in.error());
    if (auto error = checkIdsAndReferences(doc.account))
        return Result<PlanDocument>::failure(std::move(*error));
    return Result<PlanDocument>::success(std::move(doc));
}

}  // namespace detail

Result<PlanDocument> readPlan(std::string_view bytes) {
    if (bytes.size() > kMaxPlanBytes) {
        return Result<PlanDocument>::failure(
            "This file is " + std::to_string((bytes.size() + (1u << 20) - 1) >> 20) +
            " MB; Keystone opens plan files up to " + std::to_string(kMaxPlanBytes >> 20) +
            " MB. Check that it is the plan you meant to open.");
    }
    try {
        detail::PlanReader reader(bytes);
        return reader.read();
    } catch (const std::bad_alloc&) {
        return Result<PlanDocument>::failure(
            "There is not enough memory to open this plan. Close other tabs or programs and "
            "try again.");
    } catch (...) {
        return Result<PlanDocument>::failure(
            "Keystone could not open this plan because of a fault of its own. Please report it "
            "with the file.");
    }
}

}  // namespace keystone
