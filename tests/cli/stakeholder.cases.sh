# `keystone layout` and `keystone coverage`. Sourced by run_cli_tests.sh.
stakeholder_any_status() { "$@" || true; }
stakeholder_dir="$(mktemp -d)"
"$KEYSTONE" sample --today "$TEST_TODAY" > "$stakeholder_dir/sample.json"
"$KEYSTONE" sample --today "$TEST_TODAY" --stakeholders 2000 --shape org > "$stakeholder_dir/big.json"
printf '{"format":"keystone.plan","version":1,"account":{' > "$stakeholder_dir/broken.json"

check "layout of the sample exits 0" 0 "$KEYSTONE" layout "$stakeholder_dir/sample.json"
check_output "layout prints one box per stakeholder with id, x, y, w, h" \
  '^36 ok$' sh -c "\"$KEYSTONE\" layout \"$stakeholder_dir/sample.json\" | python3 -c '
import json,sys
boxes=json.load(sys.stdin)
ok=all(set(b)=={\"id\",\"x\",\"y\",\"w\",\"h\"} and b[\"w\"]>0 and b[\"h\"]>0 for b in boxes)
print(len(boxes), \"ok\" if ok else \"bad\")'"
check_output "layout boxes of a 2000-person org do not overlap" '^2000 no-overlap$' \
  sh -c "\"$KEYSTONE\" layout \"$stakeholder_dir/big.json\" | python3 -c '
import json,sys
b=sorted(json.load(sys.stdin), key=lambda r:(r[\"y\"],r[\"x\"]))
rows={}
for r in b: rows.setdefault(r[\"y\"],[]).append(r)
bad=any(p[\"x\"]+p[\"w\"]>q[\"x\"]+1e-3 for row in rows.values() for p,q in zip(row,row[1:]))
print(len(b), \"overlap\" if bad else \"no-overlap\")'"
check "layout of a broken file exits 1" 1 "$KEYSTONE" layout "$stakeholder_dir/broken.json"
check "layout without a file is a usage error" 2 "$KEYSTONE" layout

check "coverage of the sample exits 0" 0 "$KEYSTONE" coverage "$stakeholder_dir/sample.json" --as-of 2026-11-24
check_output "coverage prints SEVERITY rule: reason" '^HIGH unmitigated-blocker: Blocker Brian Kowalski' \
  "$KEYSTONE" coverage "$stakeholder_dir/sample.json" --as-of 2026-11-24
check_output "coverage prints the score" '^Multi-threading score: [0-9]+/100$' \
  "$KEYSTONE" coverage "$stakeholder_dir/sample.json" --as-of 2026-11-24
check_output "coverage --json has the score, parts and findings" '^100 9 ok$' \
  sh -c "\"$KEYSTONE\" coverage \"$stakeholder_dir/sample.json\" --json --as-of 2026-11-24 | python3 -c '
import json,sys
d=json.load(sys.stdin)
ok=0<=d[\"score\"]<=100 and all({\"rule\",\"severity\",\"reason\",\"stakeholderIds\"}<=set(f) for f in d[\"findings\"])
print(sum(p[\"max\"] for p in d[\"parts\"]), len(d[\"parts\"]), \"ok\" if ok else \"bad\")'"
check "coverage of a broken file exits 1" 1 "$KEYSTONE" coverage "$stakeholder_dir/broken.json"
check "coverage with a bad --as-of is a usage error" 2 "$KEYSTONE" coverage "$stakeholder_dir/sample.json" --as-of soon
check "coverage without a file is a usage error" 2 "$KEYSTONE" coverage
rm -rf "$stakeholder_dir"
