// The top bar's report: Print report hands the one-page report to the browser's print
// dialog (the in-memory platform keeps what was printed) and downloads nothing; when the
// browser shows no dialog, the report is downloaded instead and a notice says so; the menu
// beside it saves the report as an HTML file.
#include <doctest/doctest.h>

#include <string>

#include "ui/shell/view_state.h"
#include "ui_harness.h"

using keystone::test::UiHarness;

namespace {

bool has(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("Print report hands the account's one-page report to the print dialog, no download") {
    UiHarness ui;
    ui.click("Print report");
    ui.frame(2);
    REQUIRE(ui.platform().printed.size() == 1);
    const std::string& html = ui.platform().printed[0];
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(has(html, "<h1>Northwind Logistics</h1>"));
    CHECK(has(html, "As of</dt><dd>24 Nov 2026"));  // the injected today, not this computer's
    CHECK(has(html, "<div id=\"coverage\">"));      // the app's coverage gaps are on the page
    CHECK(ui.platform().downloads.empty());
    CHECK(ui.view().notices.shown.empty());  // the dialog is all the rep needs to see
}

TEST_CASE("a print the browser refuses downloads the report instead and says so") {
    UiHarness ui;
    ui.platform().printRefusal = "no print dialog opened";
    ui.click("Print report");
    ui.frame(2);
    REQUIRE(ui.platform().printed.size() == 1);
    REQUIRE(ui.platform().downloads.size() == 1);
    const keystone::platform::Download& download = ui.platform().downloads[0];
    CHECK(download.fileName == "Northwind Logistics report.html");
    CHECK(download.mimeType == "text/html");
    CHECK(download.bytes == ui.platform().printed[0]);
    CHECK(ui.latestNotice() ==
          "This browser did not open its print dialog, so the report was downloaded as "
          "\"Northwind Logistics report.html\". Open it and print it from there.");
    REQUIRE_FALSE(ui.view().notices.shown.empty());
    CHECK(ui.view().notices.shown.back().details == "Browser: no print dialog opened.");
}

TEST_CASE("Download report (HTML) saves the report as a file and prints nothing") {
    UiHarness ui;
    ui.click("More report options");
    ui.frame(2);
    ui.click("Download report (HTML)");
    ui.frame(2);
    CHECK(ui.platform().printed.empty());
    REQUIRE(ui.platform().downloads.size() == 1);
    CHECK(ui.platform().downloads[0].fileName == "Northwind Logistics report.html");
    CHECK(has(ui.platform().downloads[0].bytes, "<h1>Northwind Logistics</h1>"));
    CHECK(ui.latestNotice() ==
          "Downloaded Northwind Logistics report.html: it opens in any browser.");
}

TEST_CASE("with no account open the report buttons are unavailable") {
    UiHarness ui;
    ui.click("Portfolio overview");
    ui.frame(2);
    REQUIRE(ui.find("Print report"));
    CHECK(ui.find("Print report")->accessible.disabled);
    CHECK(ui.find("More report options")->accessible.disabled);
    ui.click("Print report");
    ui.click("More report options");
    ui.frame(2);
    CHECK(ui.platform().printed.empty());
    CHECK_FALSE(ui.shows("Download report (HTML)"));
}
