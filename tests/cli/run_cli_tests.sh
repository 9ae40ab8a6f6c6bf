#!/usr/bin/env bash
# CLI behaviour tests: exit codes and output of the native `keystone` tool.
# Usage: run_cli_tests.sh PATH_TO_KEYSTONE
set -uo pipefail
KEYSTONE="$1"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
pass=0; fail=0
# The one date these tests run on: no case reads this computer's clock.
TEST_TODAY=2026-11-24
check() { # name, expected-status, command...
  local name="$1" want="$2"; shift 2
  local out status
  out="$("$@" 2>&1)"; status=$?
  if [ "$status" = "$want" ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL: $name (exit $status, wanted $want)"; echo "$out" | head -5; fi
}
check_output() { # name, pattern, command...   (whatever the command's exit status)
  local name="$1" pattern="$2"; shift 2
  local out
  out="$("$@" 2>&1)" || true
  if grep -qE "$pattern" <<<"$out"; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL: $name (output lacks /$pattern/)"; fi
}

check "--version exits 0" 0 "$KEYSTONE" --version
check_output "--version prints the version" '^keystone [0-9]+\.[0-9]+\.[0-9]+$' "$KEYSTONE" --version
check "--help exits 0" 0 "$KEYSTONE" --help
check_output "--help lists the commands" 'Usage: keystone' "$KEYSTONE" --help
check "no command is a usage error" 2 "$KEYSTONE"
check "an unknown command is a usage error" 2 "$KEYSTONE" frobnicate

check_output "sample --today dates the story from that day" '"renewalDate": "2027-03-31"' \
  "$KEYSTONE" sample --today 2026-11-24
check_output "sample made on another day keeps the renewal 127 days out" '"renewalDate": "2030-07-05"' \
  "$KEYSTONE" sample --today 2030-02-28
check "sample with a bad --today is a usage error" 2 "$KEYSTONE" sample --today 2026-02-30
check_output "summary --as-of gives the health on that day" '"band"' \
  sh -c "\"$KEYSTONE\" sample --today $TEST_TODAY > /tmp/ks-summary-$$.json && \"$KEYSTONE\" summary /tmp/ks-summary-$$.json --json --as-of $TEST_TODAY; rm -f /tmp/ks-summary-$$.json"
check "summary with a bad --as-of is a usage error" 2 "$KEYSTONE" summary x.json --as-of tomorrow

for extra in "$ROOT"/tests/cli/*.cases.sh; do
  [ -f "$extra" ] && . "$extra"
done

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
