#!/usr/bin/env bash
# Runs shard K of N of a doctest binary: its test cases in one fixed shuffled order, cut into N
# runs of consecutive cases, so `ctest -j` spreads one long binary over every core (the UI and
# core tests under ASan are most of the native suites' time). The shuffle (a fixed seed, so
# every shard sees the same order) spreads the slow property tests over the shards.
# doctest's summary counts every case that passes the filters, run or not, so the shard's
# summary line is rewritten to count the cases it ran. Usage: doctest_shard.sh BINARY K N
set -euo pipefail
bin="$1" shard="$2" shards="$3"
order=(--order-by=rand --rand-seed=20261207)
total="$("$bin" --count "${order[@]}" | sed -nE 's/.*passing the current filters: ([0-9]+).*/\1/p')"
first=$(((shard - 1) * total / shards + 1))
last=$((shard * total / shards))
"$bin" "${order[@]}" --first="$first" --last="$last" |
  awk -v ran=$((last - first + 1)) '
    /^\[doctest\] test cases:/ {
      failed = $0; sub(/ failed.*/, "", failed); sub(/.*\| */, "", failed)
      printf "[doctest] test cases: %d | %d passed | %d failed | shard '"$shard"' of '"$shards"'\n", ran, ran - failed, failed
      next
    }
    { print }'
