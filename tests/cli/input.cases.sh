# Reading plans from standard input ("-", /dev/stdin, a pipe) and refusing files that are too
# large or not plans, in words a rep understands. Sourced by run_cli_tests.sh.
input_dir="$(mktemp -d)"
"$KEYSTONE" sample --today "$TEST_TODAY" > "$input_dir/sample.json"
printf '\377\330\377\340 not a plan' > "$input_dir/photo.jpg"
printf 'Name,Email\nAnn,ann@example.com\n' > "$input_dir/contacts.csv"
# A sparse file past the plan limit (128 MB): refused from its size, never read.
truncate -s 200M "$input_dir/huge.json"

check "validate - reads standard input" 0 sh -c "\"$KEYSTONE\" validate - < \"$input_dir/sample.json\""
check "validate /dev/stdin reads a pipe" 0 sh -c "cat \"$input_dir/sample.json\" | \"$KEYSTONE\" validate /dev/stdin"
check "validate - reads a pipe" 0 sh -c "cat \"$input_dir/sample.json\" | \"$KEYSTONE\" validate -"
check_output "summary - reads standard input" '"account": "Northwind Logistics"' \
  sh -c "\"$KEYSTONE\" summary - --json --as-of $TEST_TODAY < \"$input_dir/sample.json\""
check_output "report - reads standard input" '<h1>Northwind Logistics</h1>' \
  sh -c "\"$KEYSTONE\" report - --as-of $TEST_TODAY < \"$input_dir/sample.json\""
check_output "coverage - reads standard input" 'score|Score' \
  sh -c "\"$KEYSTONE\" coverage - --as-of $TEST_TODAY < \"$input_dir/sample.json\""
check "layout - reads standard input" 0 sh -c "\"$KEYSTONE\" layout - < \"$input_dir/sample.json\" > /dev/null"
check "merge takes one copy from standard input" 0 \
  sh -c "\"$KEYSTONE\" merge \"$input_dir/sample.json\" - < \"$input_dir/sample.json\" > /dev/null"
check "merge refuses two copies from standard input" 2 \
  sh -c "\"$KEYSTONE\" merge - - < \"$input_dir/sample.json\""
check_output "an error on standard input names it" '^standard input: error: This file is empty' \
  sh -c "\"$KEYSTONE\" validate - < /dev/null"
check "a stream larger than a plan can be is refused" 1 \
  sh -c "head -c 140000000 /dev/zero | \"$KEYSTONE\" validate -"
check_output "a stream larger than a plan can be says the limit" 'larger than a plan can be .*128 MB' \
  sh -c "head -c 140000000 /dev/zero | \"$KEYSTONE\" validate -"
check_output "a file larger than a plan can be says its size and the limit" 'huge\.json: error: .*it is 200 MB; the limit is 128 MB' \
  "$KEYSTONE" validate "$input_dir/huge.json"
check_output "a binary file is named for what it is" 'photo\.jpg: error: This file is not a Keystone plan \(it looks like a binary file.*Open a \.keystone\.json file' \
  "$KEYSTONE" validate "$input_dir/photo.jpg"
check_output "a CSV file is not a plan" 'contacts\.csv: error: This file is not a Keystone plan \(it looks like text in another format\)' \
  "$KEYSTONE" validate "$input_dir/contacts.csv"
check_output "a missing file says so plainly" 'no-such\.json: error: there is no such file' \
  "$KEYSTONE" validate "$input_dir/no-such.json"
check_output "a folder is not a file" 'error: this is a folder, not a file' "$KEYSTONE" validate "$input_dir"
check "no message speaks of bytes in hex or minor units" 1 \
  sh -c "\"$KEYSTONE\" validate \"$input_dir/photo.jpg\" \"$input_dir/contacts.csv\" 2>&1 | grep -qE '0x[0-9A-F]{2}|minor units'"
rm -rf "$input_dir"
