# `keystone report`: the printable HTML report. Sourced by run_cli_tests.sh.
# check_output runs under pipefail: wrap commands whose status is not the point (an error
# exit, or SIGPIPE once grep -q has seen enough of a long report) in report_any_status.
report_any_status() { "$@" || true; }
report_dir="$(mktemp -d)"
"$KEYSTONE" sample --today "$TEST_TODAY" > "$report_dir/sample.json"
printf '{"format":"keystone.plan","version":1,"account":{' > "$report_dir/broken.json"
printf '{"format":"keystone.plan","version":1,"account":{"name":7}}' > "$report_dir/wrong.json"

check "report of the sample exits 0" 0 "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY"
check_output "report of the sample names the account" '<h1>Northwind Logistics</h1>' \
  report_any_status "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY"
check_output "report is one HTML document" '^<!DOCTYPE html>$' report_any_status "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY"
check_output "report carries a content security policy" "default-src 'none'" \
  report_any_status "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY"
check_output "report --as-of fixes the date" 'As of</dt><dd>24 Nov 2026' \
  report_any_status "$KEYSTONE" report "$report_dir/sample.json" --as-of 2026-11-24
check "report -o writes a file and exits 0" 0 "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY" -o "$report_dir/out.html"
check_output "report -o puts the report in the file" 'Key people' cat "$report_dir/out.html"
check_output "report lists the stakeholder coverage gaps" 'Coverage gaps' cat "$report_dir/out.html"
check "report -o prints nothing to stdout" 0 test -z "$("$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY" -o "$report_dir/quiet.html")"
check "report has no script tag" 1 grep -q '<script' "$report_dir/out.html"
check "report of a broken file exits 1" 1 "$KEYSTONE" report "$report_dir/broken.json"
check_output "report of a broken file says where, in words" 'broken\.json: error: This plan file is damaged: .*\(Where: line 1, character [0-9]+\.\)$' \
  report_any_status "$KEYSTONE" report "$report_dir/broken.json"
check "without --verbose the technical location is left out" 1 \
  sh -c "\"$KEYSTONE\" report \"$report_dir/broken.json\" 2>&1 | grep -q '\\['"
check_output "report --verbose adds the exact place" 'broken\.json: error: This plan file is damaged: .*\(Where: line 1, character [0-9]+\.\) \[1:[0-9]+\]$' \
  report_any_status "$KEYSTONE" report --verbose "$report_dir/broken.json"
check "report of an invalid plan exits 1" 1 "$KEYSTONE" report "$report_dir/wrong.json"
check_output "report of an invalid plan names the field" 'wrong\.json: error: "name" must be text' \
  report_any_status "$KEYSTONE" report "$report_dir/wrong.json"
check_output "validate --verbose gives the JSON pointer" 'wrong\.json: error: "name" must be text.*\[/account/name\]' \
  "$KEYSTONE" validate "$report_dir/wrong.json" --verbose
check "report of a missing file exits 1" 1 "$KEYSTONE" report "$report_dir/missing.json"
check "report to an unwritable path exits 1" 1 "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY" -o "$report_dir/no/such/dir.html"
check "report without a file is a usage error" 2 "$KEYSTONE" report
check "report with an unknown option is a usage error" 2 "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY" --pdf
check "report -o without a path is a usage error" 2 "$KEYSTONE" report "$report_dir/sample.json" --as-of "$TEST_TODAY" -o
check "report with a bad --as-of is a usage error" 2 "$KEYSTONE" report "$report_dir/sample.json" --as-of tomorrow
rm -rf "$report_dir"
