# `keystone contacts import`: the app's CSV contact import from the command line.
# Sourced by run_cli_tests.sh. Stamps come from --now, so no case reads this computer's clock.
contacts_dir="$(mktemp -d)"
contacts_fixtures="$ROOT/tests/fixtures/csv"
contacts_now=2026-11-24T10:15:00Z
"$KEYSTONE" sample --today "$TEST_TODAY" > "$contacts_dir/plan.json"
contacts_people() { # plan file -> number of stakeholders
  python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["account"]["stakeholders"]))' "$1"
}
contacts_before="$(contacts_people "$contacts_dir/plan.json")"
contacts_import() { "$KEYSTONE" contacts import "$@" --now "$contacts_now"; }

# A HubSpot export into a copy (--out): the summary and the skipped lines, plan untouched.
check "contacts import --out exits 0" 0 \
  contacts_import "$contacts_fixtures/hubspot_export.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/out.json"
check_output "contacts import prints the summary" '^5 imported, 2 skipped$' \
  contacts_import "$contacts_fixtures/hubspot_export.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/out.json"
check_output "contacts import lists each skipped line with its reason" '^Line 7: Same email as line 2' \
  contacts_import "$contacts_fixtures/hubspot_export.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/out.json"
check_output "contacts import says how the file was read" 'hubspot_export.csv: UTF-8, separator comma$' \
  contacts_import "$contacts_fixtures/hubspot_export.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/out.json"
check_output "--out leaves the plan as it was" "^$contacts_before\$" contacts_people "$contacts_dir/plan.json"
check_output "--out holds the plan and the new people" "^$((contacts_before + 5))\$" contacts_people "$contacts_dir/out.json"
check "the written plan validates" 0 "$KEYSTONE" validate "$contacts_dir/out.json"

# Excel's Unicode Text (UTF-16 LE, tabs) and a LibreOffice semicolon file in Windows-1252.
check_output "UTF-16 tab-separated text is detected" 'UTF-16 LE, separator tab$' \
  contacts_import "$contacts_fixtures/excel_unicode_text.txt" --into "$contacts_dir/plan.json" --out "$contacts_dir/u16.json"
check_output "Müller survives Windows-1252 and semicolons" '^Zoë Müller$' sh -c "
  \"$KEYSTONE\" contacts import \"$contacts_fixtures/libreoffice_semicolon_cp1252.csv\" --into \"$contacts_dir/plan.json\" \
    --out \"$contacts_dir/cp.json\" --now $contacts_now >/dev/null &&
  python3 -c 'import json,sys; [print(s[\"name\"]) for s in json.load(open(sys.argv[1]))[\"account\"][\"stakeholders\"]]' \"$contacts_dir/cp.json\""

check_output "a first line sep=; names the separator" 'separator semicolon \(named by its sep= line\)$' \
  contacts_import "$contacts_fixtures/excel_sep_line.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/sep.json"

# Writing back into the plan itself (no --out).
cp "$contacts_dir/plan.json" "$contacts_dir/inplace.json"
check "contacts import without --out writes back to the plan" 0 \
  contacts_import "$contacts_fixtures/stray_quote.csv" --into "$contacts_dir/inplace.json"
check_output "the stray quote's rows are named, the others imported" "^$((contacts_before + 2))\$" \
  contacts_people "$contacts_dir/inplace.json"
check_output "a stray quote is reported with its lines" '^Line 3: A stray quote joins lines 3–4 into one row' \
  contacts_import "$contacts_fixtures/stray_quote.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/x.json"

# --map, --separator and --encoding.
printf 'Person;Role\nAna Silva;Buyer\n' > "$contacts_dir/odd.csv"
check_output "a file with no recognisable name column is refused with the columns listed" \
  'no column holds the name.*"Person", "Role"' \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/odd.json"
check "...and exits 1 without writing" 1 \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/odd.json"
check "--map names the column" 0 \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/odd.json" --map Person=full-name --map Role=title
check_output "--map's column is imported as that field" '^Ana Silva / Buyer$' \
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["account"]["stakeholders"][-1]; print(s["name"], "/", s["title"])' "$contacts_dir/odd.json"
check "--map with an unknown column is a usage error" 2 \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/x.json" --map Nobody=title
check "--map with an unknown field is a usage error" 2 \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/x.json" --map Person=shoe-size
check_output "--separator overrides the guess" 'separator comma$' \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/x.json" --separator comma
check_output "--encoding overrides the guess" '^odd.csv: Windows-1252|/odd.csv: Windows-1252' \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --out "$contacts_dir/x.json" --encoding windows-1252 --map Person=full-name
check "an unknown --encoding is a usage error" 2 \
  contacts_import "$contacts_dir/odd.csv" --into "$contacts_dir/plan.json" --encoding ebcdic

# Bad input: a clear message, a non-zero exit, and the plan never partly changed.
cp "$contacts_dir/plan.json" "$contacts_dir/keep.json"
printf 'Name,Title\n,CEO\n,CTO\n' > "$contacts_dir/nameless.csv"
check "a file where no row can be imported exits 1" 1 \
  contacts_import "$contacts_dir/nameless.csv" --into "$contacts_dir/keep.json"
check_output "...and says the plan was not changed" 'no row could be imported; the plan was not changed' \
  contacts_import "$contacts_dir/nameless.csv" --into "$contacts_dir/keep.json"
check "...and leaves it byte for byte" 0 cmp "$contacts_dir/plan.json" "$contacts_dir/keep.json"
printf 'Name,"Title\nAna,CEO\n' > "$contacts_dir/badheader.csv"
check_output "a header whose quote never closes is refused by line" 'Line 1: a quote in the header row is never closed' \
  contacts_import "$contacts_dir/badheader.csv" --into "$contacts_dir/keep.json"
check "...with exit 1" 1 contacts_import "$contacts_dir/badheader.csv" --into "$contacts_dir/keep.json"
check "a missing CSV exits 1" 1 contacts_import "$contacts_dir/none.csv" --into "$contacts_dir/keep.json"
check "a broken plan exits 1" 1 contacts_import "$contacts_fixtures/hubspot_export.csv" --into "$contacts_fixtures/hubspot_export.csv"
check "the plan is unchanged after every refusal" 0 cmp "$contacts_dir/plan.json" "$contacts_dir/keep.json"
check "contacts import without --into is a usage error" 2 "$KEYSTONE" contacts import "$contacts_fixtures/hubspot_export.csv"
check "contacts without a subcommand is a usage error" 2 "$KEYSTONE" contacts
check "a bad --now is a usage error" 2 "$KEYSTONE" contacts import x.csv --into p.json --now yesterday
rm -rf "$contacts_dir"
