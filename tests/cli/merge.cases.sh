# `keystone merge` cases; sourced by run_cli_tests.sh (uses check, check_output, $KEYSTONE).
# Fixtures: a small plan (base.json) and edited copies of it in fixtures/merge/.
MERGE_FIX="$ROOT/tests/cli/fixtures/merge"
MERGE_TMP="$(mktemp -d)"

# Runs merge and prints everything it said, exit status 0: check_output's pipeline fails
# on a non-zero status (pipefail) or when grep stops reading early (SIGPIPE).
merge_says() {
  trap '' PIPE
  local out
  out="$("$KEYSTONE" merge "$@" 2>&1)"
  printf '%s\n' "$out"
  return 0
}

# Merges into a file, then validates that file: the merged plan must open again.
merge_then_validate() {
  "$KEYSTONE" merge "$@" > "$MERGE_TMP/merged.json" || return 1
  "$KEYSTONE" validate "$MERGE_TMP/merged.json"
}

check "merge: edits on different entities merge cleanly" 0 \
  "$KEYSTONE" merge "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json"
check_output "merge: the merged plan has my edit" '"title":"Chief Financial Officer"' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json"
check_output "merge: the merged plan has their edit and their new risk" '"title":"Budget freeze".*"title":"VP Finance"' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json"
check "merge: the merged plan is valid" 0 \
  merge_then_validate "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json"
check_output "merge: --json previews the changes" '"text": "Added risk .Budget freeze. \(theirs\)"' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json" --json
check "merge: --json without conflicts exits 0" 0 \
  "$KEYSTONE" merge "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json" --json

check "merge: one field edited on both sides is a conflict (exit 1)" 1 \
  "$KEYSTONE" merge "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json"
check_output "merge: a conflict names the path and both values" \
  '^CONFLICT /account/stakeholders/b1000000000000000000000000000002/title: mine "Chief Financial Officer" / theirs "Finance Chief"$' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json"
check "merge: --json with conflicts exits 1" 1 \
  "$KEYSTONE" merge "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json" --json
check_output "merge: --json lists the conflict with both values" '"theirs": "Finance Chief"' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json" --json
check_output "merge: --take theirs resolves to their value" '"title":"Finance Chief"' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json" --take theirs
check_output "merge: --take mine resolves to my value" '"title":"Chief Financial Officer"' \
  merge_says --take=mine "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json"
check "merge: --take settles every conflict (exit 0)" 0 \
  merge_then_validate "$MERGE_FIX/base.json" "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json" --take theirs

check_output "merge: without a base the newer edit wins" '"title":"Finance Chief"' \
  merge_says "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs-conflict.json"
check "merge: without a base a clean merge exits 0" 0 \
  merge_then_validate "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json"

check "merge: a reporting loop across the two copies is a conflict" 1 \
  "$KEYSTONE" merge "$MERGE_FIX/loop-base.json" "$MERGE_FIX/loop-mine.json" "$MERGE_FIX/loop-theirs.json"
check_output "merge: the loop conflict is on a reporting line" '^CONFLICT /account/stakeholders/[0-9a-f]{32}/managerId: ' \
  merge_says "$MERGE_FIX/loop-base.json" "$MERGE_FIX/loop-mine.json" "$MERGE_FIX/loop-theirs.json"
check "merge: taking theirs on a loop still gives a valid plan" 0 \
  merge_then_validate "$MERGE_FIX/loop-base.json" "$MERGE_FIX/loop-mine.json" "$MERGE_FIX/loop-theirs.json" --take theirs

"$KEYSTONE" sample --today "$TEST_TODAY" > "$MERGE_TMP/sample.json"
check "merge: the sample merged with itself is valid" 0 \
  merge_then_validate "$MERGE_TMP/sample.json" "$MERGE_TMP/sample.json" "$MERGE_TMP/sample.json"

check "merge: plans of different accounts are refused" 1 \
  "$KEYSTONE" merge "$MERGE_FIX/mine.json" "$MERGE_FIX/other-account.json"
check_output "merge: refusing different accounts says why" 'different accounts' \
  merge_says "$MERGE_FIX/mine.json" "$MERGE_FIX/other-account.json"
check "merge: an invalid file exits 1" 1 \
  "$KEYSTONE" merge "$MERGE_FIX/base.json" "$MERGE_FIX/broken.json" "$MERGE_FIX/theirs.json"
check_output "merge --verbose: an invalid file is reported as FILE: error: MESSAGE [LOCATION]" 'broken\.json: error: .*\[/account/id\]' \
  merge_says --verbose "$MERGE_FIX/base.json" "$MERGE_FIX/broken.json" "$MERGE_FIX/theirs.json"
check_output "merge: a missing file is reported" 'no-such\.json: error: ' \
  merge_says "$MERGE_FIX/base.json" "$MERGE_TMP/no-such.json"

check "merge: no files is a usage error" 2 "$KEYSTONE" merge
check "merge: one file is a usage error" 2 "$KEYSTONE" merge "$MERGE_FIX/base.json"
check "merge: four files is a usage error" 2 \
  "$KEYSTONE" merge "$MERGE_FIX/base.json" "$MERGE_FIX/base.json" "$MERGE_FIX/base.json" "$MERGE_FIX/base.json"
check "merge: --take without a side is a usage error" 2 \
  "$KEYSTONE" merge "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json" --take
check "merge: --take with an unknown side is a usage error" 2 \
  "$KEYSTONE" merge "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json" --take both
check "merge: an unknown option is a usage error" 2 \
  "$KEYSTONE" merge "$MERGE_FIX/mine.json" "$MERGE_FIX/theirs.json" --frobnicate
check_output "merge: --help lists merge" 'merge \[BASE\] MINE THEIRS' "$KEYSTONE" --help

rm -rf "$MERGE_TMP"
