// `keystone contacts import CONTACTS.csv --into PLAN.json`: the app's CSV contact import,
// scriptable. Same reader (core/csv), same mapping guesses, same skipped-row reasons.
//
// The plan is written only when the whole import succeeded and the result passes the plan
// checks, and then through a temporary file renamed over the target, so an interrupted or
// refused import never leaves a half-changed plan.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/csv/contacts_csv.h"
#include "core/model/clock.h"
#include "core/plan_format/plan_format.h"

namespace keystone::cli {
namespace {

constexpr const char* kUsage =
    "usage: keystone contacts import CONTACTS.csv --into PLAN.json [--map COLUMN=FIELD ...]\n"
    "                                [--out FILE] [--encoding ENC] [--separator SEP] [--now TS]\n"
    "  --map COLUMN=FIELD  what a column holds (repeatable); FIELD is one of\n"
    "                      ignore, external-id, first-name, last-name, full-name, title,\n"
    "                      department, business-unit, email, phone, location, manager-id,\n"
    "                      manager-name, notes\n"
    "  --out FILE          write the plan there instead of back to PLAN.json\n"
    "  --encoding ENC      utf-8, utf-16le, utf-16be or windows-1252 (default: detected)\n"
    "  --separator SEP     comma, semicolon, tab, or one character (default: detected)\n"
    "  --now TIMESTAMP     the new people's \"updated\" stamp (default: this computer's clock)\n";

int usage() {
    std::fputs(kUsage, stderr);
    return 2;
}

bool parseEncoding(const std::string& text, CsvEncoding& out) {
    for (int i = 0; i < kCsvEncodingCount; ++i) {
        const auto encoding = static_cast<CsvEncoding>(i);
        std::string key(csvEncodingLabel(encoding));  // "UTF-16 LE" -> "utf-16le"
        std::string folded;
        for (char c : key)
            if (c != ' ') folded += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (folded == text) {
            out = encoding;
            return true;
        }
    }
    return false;
}

bool parseSeparator(const std::string& text, char& out) {
    for (char separator : kCsvSeparators)
        if (csvSeparatorLabel(separator) == text) {
            out = separator;
            return true;
        }
    if (text.size() != 1 || text == "\"" || text == "\n" || text == "\r") return false;
    out = text[0];
    return true;
}

bool parseField(const std::string& key, ContactField& out) {
    for (int i = 0; i < kContactFieldCount; ++i)
        if (contactFieldKey(contactFieldAt(i)) == key) {
            out = contactFieldAt(i);
            return true;
        }
    return false;
}

std::string columnList(const ContactColumnMapping& mapping) {
    std::string list;
    for (const std::string& header : mapping.headers)
        list += (list.empty() ? "\"" : ", \"") + header + "\"";
    return list;
}

// Applies one --map; false with a message when the column or the field is unknown.
bool applyMap(const std::string& spec, ContactColumnMapping& mapping, std::string& message) {
    const std::size_t equals = spec.rfind('=');
    if (equals == std::string::npos) {
        message = "--map needs COLUMN=FIELD, not \"" + spec + "\"";
        return false;
    }
    const std::string column = spec.substr(0, equals), key = spec.substr(equals + 1);
    ContactField field = ContactField::Ignore;
    if (!parseField(key, field)) {
        message = "\"" + key + "\" is not a field a contact has (see keystone contacts --help)";
        return false;
    }
    for (std::size_t i = 0; i < mapping.headers.size(); ++i)
        if (mapping.headers[i] == column) {
            mapping.fields[i] = field;
            return true;
        }
    message = "the file has no column \"" + column + "\"; its columns are " + columnList(mapping);
    return false;
}

bool writeFileReplacing(const std::string& path, const std::string& text) {
    const std::string temporary = path + ".keystone-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(text.data(), static_cast<std::streamsize>(text.size()))) {
            std::remove(temporary.c_str());
            return false;
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

struct ImportOptions {
    std::string csvPath, planPath, outPath, now;
    std::vector<std::string> maps;
    std::optional<CsvEncoding> encoding;
    std::optional<char> separator;
};

// Parses everything after "import"; false on a usage error.
bool parseOptions(const Args& args, ImportOptions& o) {
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--into" && hasValue) {
            o.planPath = args[++i];
        } else if (arg == "--out" && hasValue) {
            o.outPath = args[++i];
        } else if (arg == "--map" && hasValue) {
            o.maps.push_back(args[++i]);
        } else if (arg == "--now" && hasValue) {
            o.now = args[++i];
            if (!isIsoTimestamp(o.now)) return false;
        } else if (arg == "--encoding" && hasValue) {
            CsvEncoding encoding{};
            if (!parseEncoding(args[++i], encoding)) return false;
            o.encoding = encoding;
        } else if (arg == "--separator" && hasValue) {
            char separator = ',';
            if (!parseSeparator(args[++i], separator)) return false;
            o.separator = separator;
        } else if (o.csvPath.empty() && arg.rfind("--", 0) != 0) {
            o.csvPath = arg;
        } else {
            return false;
        }
    }
    return !o.csvPath.empty() && !o.planPath.empty();
}

int importContacts(const ImportOptions& o) {
    const char* csv = o.csvPath.c_str();
    std::string bytes, reason;
    if (!readFileBytes(o.csvPath, bytes, reason)) {
        std::fprintf(stderr, "%s: error: %s\n", csv, reason.c_str());
        return 1;
    }
    auto plan = loadPlanFile(o.planPath);
    if (!plan) return 1;

    CsvFormat format = detectCsvFormat(bytes);
    if (o.encoding) format.encoding = *o.encoding;
    if (o.separator) format.separator = *o.separator;
    Result<ContactCsvPreview> preview = previewContactsCsv(bytes, format, 0);
    if (!preview.ok()) {
        std::fprintf(stderr, "%s: error: %s\n", csv, preview.error().message.c_str());
        return 1;
    }
    ContactColumnMapping mapping = preview.value().mapping;
    for (const std::string& spec : o.maps)
        if (!applyMap(spec, mapping, reason)) {
            std::fprintf(stderr, "%s: error: %s\n", csv, reason.c_str());
            return 2;
        }
    const bool nameMapped = std::any_of(mapping.fields.begin(), mapping.fields.end(), [](auto f) {
        return f == ContactField::FirstName || f == ContactField::LastName ||
               f == ContactField::FullName;
    });
    std::printf("%s: %s, separator %s%s\n", csv,
                std::string(csvEncodingLabel(format.encoding)).c_str(),
                csvSeparatorLabel(format.separator).c_str(),
                format.separatorLine && !o.separator ? " (named by its sep= line)" : "");
    if (!nameMapped) {
        std::fprintf(stderr,
                     "%s: error: no column holds the name; say which with --map "
                     "\"COLUMN=full-name\" (or first-name, last-name). The columns are %s\n",
                     csv, columnList(mapping).c_str());
        return 1;
    }

    const ContactImport result =
        parseContacts(bytes, format, mapping, plan->account, o.now.empty() ? nowIso() : o.now);
    for (const ContactRowProblem& problem : result.problems)
        if (problem.line > 0)
            std::printf("Line %d: %s\n", problem.line, problem.reason.c_str());
        else
            std::printf("%s\n", problem.reason.c_str());
    std::printf("%s\n", contactImportSummary(result).c_str());
    if (result.people.empty()) {
        std::fprintf(stderr, "%s: %s\n", csv,
                     result.rowsRead > 0
                         ? "error: no row could be imported; the plan was not changed"
                         : "the file has no rows after its header; the plan was not changed");
        return result.rowsRead > 0 ? 1 : 0;
    }

    PlanDocument document = std::move(*plan);
    document.account.stakeholders.insert(document.account.stakeholders.end(), result.people.begin(),
                                         result.people.end());
    if (const auto problem = checkPlan(document)) {
        std::fprintf(stderr,
                     "%s: error: the imported plan would not load (%s at %s); not written\n",
                     o.planPath.c_str(), problem->message.c_str(), problem->location.c_str());
        return 1;
    }
    const std::string& target = o.outPath.empty() ? o.planPath : o.outPath;
    if (!writeFileReplacing(target, writePlan(document, PlanStyle::Pretty))) {
        std::fprintf(stderr, "%s: error: cannot write the plan there; nothing was changed\n",
                     target.c_str());
        return 1;
    }
    return 0;
}

}  // namespace

int contactsCommand(const Args& args) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    ImportOptions options;
    if (args.empty() || args[0] != "import" || !parseOptions(args, options)) return usage();
    return importContacts(options);
}

}  // namespace keystone::cli
