#include "core/qualification/qualification_json.h"

#include <limits>
#include <nlohmann/json.hpp>

namespace keystone {
namespace {

using nlohmann::json;

// Reads members of one JSON object, remembering the first problem with its pointer so
// the parsing code below reads as a plain list of fields.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string pointer, Error& error)
        : m_object(object), m_pointer(std::move(pointer)), m_error(error) {}

    bool failed() const { return !m_error.message.empty(); }
    const std::string& pointer() const { return m_pointer; }

    const json* member(const char* key, bool required) {
        if (failed()) return nullptr;
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required) fail(std::string("\"") + key + "\" is missing", m_pointer);
            return nullptr;
        }
        return &*it;
    }

    void readString(const char* key, std::string& out, bool required = true) {
        const json* v = member(key, required);
        if (!v) return;
        if (!v->is_string()) return fail(std::string("\"") + key + "\" must be text", at(key));
        out = v->get<std::string>();
    }

    void readBool(const char* key, bool& out, bool required = true) {
        const json* v = member(key, required);
        if (!v) return;
        if (!v->is_boolean())
            return fail(std::string("\"") + key + "\" must be true or false", at(key));
        out = v->get<bool>();
    }

    template <class Int>
    void readInteger(const char* key, Int& out, bool required = true) {
        const json* v = member(key, required);
        if (v) readIntegerValue(*v, at(key), key, out);
    }

    template <class Int>
    void readIntegerValue(const json& v, const std::string& where, const std::string& name,
                          Int& out) {
        if (failed()) return;
        const bool whole = v.is_number_integer();  // unsigned counts as integer too
        const bool fits =
            whole && (v.is_number_unsigned()
                          ? v.get<std::uint64_t>() <=
                                static_cast<std::uint64_t>(std::numeric_limits<Int>::max())
                          : v.get<std::int64_t>() >= std::numeric_limits<Int>::min() &&
                                v.get<std::int64_t>() <= std::numeric_limits<Int>::max());
        if (!whole) return fail("\"" + name + "\" must be a whole number", where);
        if (!fits) return fail("\"" + name + "\" is too large", where);
        out = static_cast<Int>(v.is_number_unsigned()
                                   ? static_cast<std::int64_t>(v.get<std::uint64_t>())
                                   : v.get<std::int64_t>());
    }

    template <class E>
    void readKey(const char* key, E& out) {
        std::string text;
        readString(key, text);
        if (failed()) return;
        if (!parseKey(text, out)) fail("\"" + text + "\" is not a known " + key, at(key));
    }

    void fail(std::string message, std::string location) {
        if (!failed()) m_error = Error{std::move(message), std::move(location)};
    }
    std::string at(const std::string& key) const { return m_pointer + "/" + key; }

private:
    const json& m_object;
    std::string m_pointer;
    Error& m_error;
};

void readCriterion(const json& j, const std::string& pointer, Criterion& c, Error& error) {
    if (!j.is_object()) {
        error = Error{"each criterion must be an object", pointer};
        return;
    }
    ObjectReader r(j, pointer, error);
    r.readString("id", c.id);
    r.readString("label", c.label, false);
    r.readKey("group", c.group);
    r.readKey("attribute", c.attribute);
    r.readKey("comparison", c.comparison);
    r.readInteger("weight", c.weight);
    r.readBool("enabled", c.enabled, false);
    if (r.failed()) return;
    if (c.comparison == Comparison::AtLeast) {
        r.readInteger("threshold", c.threshold);
    } else if (c.comparison == Comparison::InSet) {
        const json* values = r.member("values", true);
        if (!values) return;
        if (!values->is_array()) return r.fail("\"values\" must be a list of text", r.at("values"));
        for (size_t i = 0; i < values->size(); ++i) {
            const json& v = (*values)[i];
            if (!v.is_string())
                return r.fail("\"values\" must be a list of text",
                              r.at("values") + "/" + std::to_string(i));
            c.values.push_back(v.get<std::string>());
        }
    } else {
        const json* credits = r.member("levelCredits", true);
        if (!credits) return;
        if (!credits->is_array() || credits->size() != c.levelCreditPct.size())
            return r.fail("\"levelCredits\" must list three percentages (none, some, strong)",
                          r.at("levelCredits"));
        for (size_t i = 0; i < c.levelCreditPct.size(); ++i)
            r.readIntegerValue((*credits)[i], r.at("levelCredits") + "/" + std::to_string(i),
                               "levelCredits", c.levelCreditPct[i]);
    }
}

Result<QualificationFramework> readFramework(const json& j, const std::string& prefix) {
    using R = Result<QualificationFramework>;
    if (!j.is_object()) return R::failure("the qualification framework must be an object", prefix);
    Error error;
    QualificationFramework f;
    ObjectReader r(j, prefix, error);
    r.readInteger("enterpriseMin", f.enterpriseMin);
    r.readString("updated", f.updated, false);
    if (const json* bands = r.member("tierBands", true)) {
        if (!bands->is_object()) {
            r.fail("\"tierBands\" must be an object", r.at("tierBands"));
        } else {
            ObjectReader b(*bands, r.at("tierBands"), error);
            b.readInteger("tier1Min", f.bands.tier1Min);
            b.readInteger("tier2Min", f.bands.tier2Min);
        }
    }
    if (const json* criteria = r.member("criteria", true)) {
        if (!criteria->is_array()) {
            r.fail("\"criteria\" must be a list", r.at("criteria"));
        } else {
            for (size_t i = 0; i < criteria->size() && !r.failed(); ++i) {
                Criterion c;
                readCriterion((*criteria)[i], r.at("criteria") + "/" + std::to_string(i), c, error);
                f.criteria.push_back(std::move(c));
            }
        }
    }
    if (r.failed()) return R::failure(error);
    Result<QualificationFramework> valid = validateFramework(std::move(f));
    if (!valid) return R::failure(valid.error().message, prefix + valid.error().location);
    return valid;
}

}  // namespace

nlohmann::json qualificationFrameworkToJson(const QualificationFramework& framework) {
    json criteria = json::array();
    for (const Criterion& c : framework.criteria) {
        json o = json::object();
        o["id"] = c.id;
        o["label"] = c.label;
        o["group"] = std::string(criterionGroupKey(c.group));
        o["attribute"] = std::string(qualificationAttributeKey(c.attribute));
        o["comparison"] = std::string(comparisonKey(c.comparison));
        if (c.comparison == Comparison::AtLeast) o["threshold"] = c.threshold;
        if (c.comparison == Comparison::InSet) o["values"] = c.values;
        if (c.comparison == Comparison::Graded) o["levelCredits"] = c.levelCreditPct;
        o["weight"] = c.weight;
        o["enabled"] = c.enabled;
        criteria.push_back(std::move(o));
    }
    json out = json::object();
    out["criteria"] = std::move(criteria);
    out["tierBands"] = {{"tier1Min", framework.bands.tier1Min},
                        {"tier2Min", framework.bands.tier2Min}};
    out["enterpriseMin"] = framework.enterpriseMin;
    if (!framework.updated.empty()) out["updated"] = framework.updated;
    return out;
}

std::string qualificationFrameworkToText(const QualificationFramework& framework) {
    // replace: a label with broken UTF-8 must not throw out of the core
    return qualificationFrameworkToJson(framework).dump(2, ' ', false,
                                                        json::error_handler_t::replace);
}

Result<QualificationFramework> qualificationFrameworkFromJson(const nlohmann::json& json,
                                                              const std::string& pointerPrefix) {
    try {
        return readFramework(json, pointerPrefix);
    } catch (const std::exception&) {
        // Every access above is type-checked first; this only guards against surprises.
        return Result<QualificationFramework>::failure(
            "the qualification framework could not be read", pointerPrefix);
    }
}

Result<QualificationFramework> qualificationFrameworkFromText(std::string_view text) {
    json parsed;
    try {
        parsed = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        // e.byte is 1-based and points at the character that broke the parse.
        const size_t end = std::min(text.size(), e.byte == 0 ? size_t{0} : size_t(e.byte - 1));
        size_t line = 1, column = 1;
        for (size_t i = 0; i < end; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Result<QualificationFramework>::failure(
            "the qualification framework is not valid JSON",
            std::to_string(line) + ":" + std::to_string(column));
    } catch (const std::exception&) {
        return Result<QualificationFramework>::failure(
            "the qualification framework is not valid JSON");
    }
    return qualificationFrameworkFromJson(parsed);
}

}  // namespace keystone
