# `keystone price`: the edition comparison and the crossovers. Sourced by run_cli_tests.sh.
# Every figure below is worked by hand from the default catalog (SMB $49 monthly billing,
# Mid-Market $89 with 10% at 100+ and 15% at 250+, Enterprise $120 multi-year with 20% at
# 500+, 30% at 1,000+, 40% at 2,500+; term discount 5% for 2 years, 10% for 3+).
price_any_status() { "$@" || true; }
price_dir="$(mktemp -d)"

check "price 300 seats for 3 years exits 0" 0 "$KEYSTONE" price --seats 300 --years 3
# Mid-Market: 300 × 89 × 12 = 320,400; −15% = 272,340; −10% = 245,106 a year; TCV 735,318.
check_output "price shows each edition by name" '^Edition +SMB +Mid-Market +Enterprise$' \
  "$KEYSTONE" price --seats 300 --years 3
# List prices are year 1's: 300 × 89 = 26,700 a month, 320,400 a year; the discounts are
# summed over the contract: 3 × 48,060 volume, 3 × 27,234 term.
check_output "price says the list price is per year, for year 1" \
  'List price per year \(year 1\) +\$176,400\.00 +\$320,400\.00 +\$432,000\.00' \
  "$KEYSTONE" price --seats 300 --years 3
check_output "price says the list price per user is per month" \
  'List price per user per month +\$49\.00 +\$89\.00 +\$120\.00' "$KEYSTONE" price --seats 300 --years 3
check_output "price says discounts cover the whole contract" \
  'Volume discount \(all years\) +\$0\.00 +\$144,180\.00 +\$0\.00' "$KEYSTONE" price --seats 300 --years 3
check_output "price shows Mid-Market's first-year ACV" 'Net first-year ACV +\$176,400\.00 +\$245,106\.00 +\$388,800\.00' \
  "$KEYSTONE" price --seats 300 --years 3
check_output "price shows the contract values for the contract's years" 'Total contract value \(3 years\) +\$529,200\.00 +\$735,318\.00 +\$1,166,400\.00' \
  "$KEYSTONE" price --seats 300 --years 3
# 735,318.00 / (300 × 36) = 68.085 -> 68.09 (half-up).
check_output "price shows the average price per user" 'Average per user per month +\$49\.00 +\$68\.09 +\$108\.00' \
  "$KEYSTONE" price --seats 300 --years 3
check_output "price names the cheapest eligible edition" '^Cheapest eligible: SMB$' "$KEYSTONE" price --seats 300 --years 3
# One year: Enterprise needs a multi-year contract.
check_output "price says why an edition is not eligible" '^Not eligible: Enterprise: ' "$KEYSTONE" price --seats 300 --years 1
# A ramp: year 1 of Mid-Market at 100 seats: 100 × 89 × 12 × 0.9 × 0.9 = 86,508.
check_output "price --ramp quotes year one's seats" '"firstYearAcv": 8650800' \
  "$KEYSTONE" price --ramp 100,250,400 --json
check_output "price --json gives the cheapest edition's id" '"cheapest": "smb"' "$KEYSTONE" price --seats 300 --years 3 --json
check_output "price with a 12.5% discount needs a manager" 'Manual discount 12\.5%: Manager approval needed' \
  "$KEYSTONE" price --seats 300 --years 3 --discount 12.5
# Needing a CSM rules out SMB; Mid-Market's CSM add-on ($20,000) makes it dearer than
# Enterprise from 2,500 seats: Mid 2,500 × 817.02 + 20,000 = 2,062,550 vs Ent 1,944,000,
# while at 2,499 Mid is 2,061,733 vs Ent 2,267,093.
check_output "price --crossovers finds where Enterprise takes over" '^  From 2,500 seats Enterprise is cheapest$' \
  "$KEYSTONE" price --crossovers --years 3 --needs csm
check_output "price --crossovers starts with the first sellable edition" '^  From 5 seats SMB is cheapest$' \
  "$KEYSTONE" price --crossovers --years 3
# Enterprise 499 × 120 × 12 × 0.9 = 646,704 > 500 × 120 × 12 × 0.8 × 0.9 = 518,400;
# 518,400 / 1,296 = 400 seats cost the same, so 401..499 pay more than 500 would.
check_output "price --crossovers shows the volume cliff" \
  '^  Enterprise: 499 seats cost more than 500 \(\$646,704 vs \$518,400 a year\)\. Buying 500 is cheaper for anyone needing 401 to 499 seats\.$' \
  "$KEYSTONE" price --crossovers --years 3
check_output "price --crossovers --json lists cliffs" '"firstDearerSeats": 401' \
  "$KEYSTONE" price --crossovers --years 3 --json
# A catalog file with one edition at $59: 10 seats × 59 × 12 = $7,080.00 a year.
price_tier='{"id":"team","name":"Team","listPricePerUserMonth":5900,"negotiatedPrice":false,'\
'"commitment":{"billing":"annual","minTermYears":1,"maxTermYears":0},"minUsers":1,'\
'"discounts":{"kind":"volume","brackets":[]},"professionalServices":{"offer":"selfService","price":0},'\
'"support":{"channel":"Email","responseHours":24},"integrations":{"offer":"apiOnly","price":0},'\
'"csm":{"offer":"none","annualPrice":0},"training":"documentation","features":[]}'
printf '{"currency":"EUR","termDiscounts":[],"guardrails":{"managerApprovalAboveBp":1000,"vpApprovalAboveBp":2000},"tiers":[%s]}' \
  "$price_tier" > "$price_dir/team.json"
check "price with a catalog file exits 0" 0 "$KEYSTONE" price --seats 10 --catalog "$price_dir/team.json"
check_output "price with a catalog file prices its edition" '"firstYearAcv": 708000' \
  "$KEYSTONE" price --seats 10 --catalog "$price_dir/team.json" --json
sed 's/"currency":"EUR"/"currency":"eur"/' "$price_dir/team.json" > "$price_dir/bad.json"
check "price with a bad catalog exits 1" 1 "$KEYSTONE" price --seats 10 --catalog "$price_dir/bad.json"
check_output "price with a bad catalog says where, in words" 'bad\.json: error: .*\(Where: the field “currency”\.\)$' \
  price_any_status "$KEYSTONE" price --seats 10 --catalog "$price_dir/bad.json"
check_output "price --verbose adds the JSON pointer" 'bad\.json: error: .*\[/currency\]$' \
  price_any_status "$KEYSTONE" price --verbose --seats 10 --catalog "$price_dir/bad.json"
check "price with a missing catalog exits 1" 1 "$KEYSTONE" price --seats 10 --catalog "$price_dir/none.json"
check "price without seats is a usage error" 2 "$KEYSTONE" price --years 3
check "price with zero seats is a usage error" 2 "$KEYSTONE" price --seats 0 --years 3
check "price with 11 years is a usage error" 2 "$KEYSTONE" price --seats 10 --years 11
check "price with a ramp and other years is a usage error" 2 "$KEYSTONE" price --ramp 10,20 --years 3
check "price with a discount over 100% is a usage error" 2 "$KEYSTONE" price --seats 10 --discount 101
check "price with an unknown option is a usage error" 2 "$KEYSTONE" price --seats 10 --pdf
rm -rf "$price_dir"
