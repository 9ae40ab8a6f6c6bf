// Column detection and the preview step of the CSV contact import.
#include "core/csv/contacts_csv.h"

#include <algorithm>
#include <unordered_set>

#include "core/csv/contacts_csv_reader.h"
#include "core/csv/csv_text.h"
#include "core/plan_format/plan_format.h"

namespace keystone {
namespace {

// Header text as a lookup key: "Reports To: Full Name" -> "reportstofullname".
std::string headerKey(std::string_view header) {
    std::string out;
    for (char ch : header) {
        if (ch >= 'A' && ch <= 'Z')
            out += static_cast<char>(ch - 'A' + 'a');
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                 static_cast<unsigned char>(ch) >= 0x80)
            out += ch;
    }
    return out;
}

struct Alias {
    std::string_view key;
    ContactField field;
};

// Salesforce (contacts report and Data Loader), HubSpot and common spreadsheet headers.
constexpr Alias kAliases[] = {
    {"id", ContactField::ExternalId},
    {"contactid", ContactField::ExternalId},
    {"recordid", ContactField::ExternalId},
    {"crmid", ContactField::ExternalId},
    {"firstname", ContactField::FirstName},
    {"first", ContactField::FirstName},
    {"givenname", ContactField::FirstName},
    {"lastname", ContactField::LastName},
    {"last", ContactField::LastName},
    {"surname", ContactField::LastName},
    {"familyname", ContactField::LastName},
    {"name", ContactField::FullName},
    {"fullname", ContactField::FullName},
    {"contactname", ContactField::FullName},
    {"contact", ContactField::FullName},
    {"title", ContactField::Title},
    {"jobtitle", ContactField::Title},
    {"position", ContactField::Title},
    {"department", ContactField::Department},
    {"dept", ContactField::Department},
    {"businessunit", ContactField::BusinessUnit},
    {"division", ContactField::BusinessUnit},
    {"email", ContactField::Email},
    {"emailaddress", ContactField::Email},
    {"workemail", ContactField::Email},
    {"phone", ContactField::Phone},
    {"phonenumber", ContactField::Phone},
    {"businessphone", ContactField::Phone},
    {"workphone", ContactField::Phone},
    {"mobile", ContactField::Phone},
    {"mobilephone", ContactField::Phone},
    {"mobilephonenumber", ContactField::Phone},
    {"city", ContactField::Location},
    {"mailingcity", ContactField::Location},
    {"location", ContactField::Location},
    {"officelocation", ContactField::Location},
    {"reportstoid", ContactField::ManagerId},
    {"managerid", ContactField::ManagerId},
    {"reportsto", ContactField::ManagerName},
    {"manager", ContactField::ManagerName},
    {"reportstoname", ContactField::ManagerName},
    {"reportstofullname", ContactField::ManagerName},
    {"managername", ContactField::ManagerName},
    {"description", ContactField::Notes},
    {"notes", ContactField::Notes},
    {"note", ContactField::Notes},
};

}  // namespace

std::string_view contactFieldKey(ContactField field) {
    switch (field) {
        case ContactField::Ignore:
            return "ignore";
        case ContactField::ExternalId:
            return "external-id";
        case ContactField::FirstName:
            return "first-name";
        case ContactField::LastName:
            return "last-name";
        case ContactField::FullName:
            return "full-name";
        case ContactField::Title:
            return "title";
        case ContactField::Department:
            return "department";
        case ContactField::BusinessUnit:
            return "business-unit";
        case ContactField::Email:
            return "email";
        case ContactField::Phone:
            return "phone";
        case ContactField::Location:
            return "location";
        case ContactField::ManagerId:
            return "manager-id";
        case ContactField::ManagerName:
            return "manager-name";
        case ContactField::Notes:
            return "notes";
    }
    return "ignore";
}

std::string_view contactFieldLabel(ContactField field) {
    switch (field) {
        case ContactField::Ignore:
            return "Don't import";
        case ContactField::ExternalId:
            return "Record id";
        case ContactField::FirstName:
            return "First name";
        case ContactField::LastName:
            return "Last name";
        case ContactField::FullName:
            return "Full name";
        case ContactField::Title:
            return "Title";
        case ContactField::Department:
            return "Department";
        case ContactField::BusinessUnit:
            return "Business unit";
        case ContactField::Email:
            return "Email";
        case ContactField::Phone:
            return "Phone";
        case ContactField::Location:
            return "Location";
        case ContactField::ManagerId:
            return "Reports to (record id)";
        case ContactField::ManagerName:
            return "Reports to (name)";
        case ContactField::Notes:
            return "Notes";
    }
    return "Don't import";
}

ContactField contactFieldAt(int index) {
    return index >= 0 && index < kContactFieldCount ? static_cast<ContactField>(index)
                                                    : ContactField::Ignore;
}

ContactField guessContactField(std::string_view header) {
    const std::string key = headerKey(header);
    for (const Alias& alias : kAliases)
        if (alias.key == key) return alias.field;
    return ContactField::Ignore;
}

std::string contactImportSummary(const ContactImport& result) {
    return std::to_string(result.people.size()) + " imported, " +
           std::to_string(result.skippedRows) + " skipped";
}

Result<ContactCsvPreview> previewContactsCsv(std::string_view bytes, std::size_t maxRows) {
    return previewContactsCsv(bytes, detectCsvFormat(bytes), maxRows);
}

Result<ContactCsvPreview> previewContactsCsv(std::string_view bytes, const CsvFormat& format,
                                             std::size_t maxRows) {
    if (bytes.size() > kMaxPlanBytes)
        return Result<ContactCsvPreview>::failure(
            "The file is larger than 128 MB; export fewer contacts at a time");
    ContactCsvPreview preview;
    preview.format = format;
    csvimport::ContactRecords records(bytes, format);
    CsvRecord record;
    if (!records.next(record))
        return Result<ContactCsvPreview>::failure(
            "The file is empty: it needs a header row naming the columns (First Name, Last Name, "
            "...)");
    if (record.quoteNeverClosed)
        return Result<ContactCsvPreview>::failure(
            "Line " + std::to_string(record.line) +
            ": a quote in the header row is never closed, so the file could not be read — "
            "check the file in your spreadsheet");
    for (std::string& cell : record.cells) {
        cleanCellText(cell, false);
        std::string header(trimSpaces(cell));
        shortenUtf8(header, kMaxShortTextBytes);
        preview.mapping.fields.push_back(guessContactField(header));
        preview.mapping.headers.push_back(std::move(header));
    }
    while (preview.rows.size() < maxRows && records.next(record)) {
        for (std::string& cell : record.cells) cleanCellText(cell, true);
        preview.rows.push_back(std::move(record.cells));
    }

    std::unordered_set<std::string> keys;
    for (const std::string& header : preview.mapping.headers) keys.insert(headerKey(header));
    auto has = [&](std::string_view k) { return keys.count(std::string(k)) > 0; };
    if (has("reportstoid") || has("mailingcity") || has("contactid") || has("accountname"))
        preview.source = "Salesforce";
    else if (has("recordid") || has("jobtitle") || has("phonenumber") || has("companyname") ||
             has("lifecyclestage"))
        preview.source = "HubSpot";
    else
        preview.source = "CSV";
    const auto& f = preview.mapping.fields;
    preview.usable = std::any_of(f.begin(), f.end(), [](ContactField x) {
        return x == ContactField::FirstName || x == ContactField::LastName ||
               x == ContactField::FullName;
    });
    return Result<ContactCsvPreview>::success(std::move(preview));
}

}  // namespace keystone
