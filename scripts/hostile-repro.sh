#!/usr/bin/env bash
# Runs the reproducers of issue 10 ("Hostile input and faults") through the release
# `rulebook` under /usr/bin/time -v, and prints each one's exit code, wall time and
# maximum resident set size. Fails when one exits otherwise than expected, takes a
# second or more, or uses 100 MB or more.
#
#   scripts/hostile-repro.sh                 # builds target/release/rulebook first
#   RULEBOOK=target/testrelease/rulebook scripts/hostile-repro.sh
#
# The same inputs are checked for their messages by tests/it/hostile_repro.rs.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
ex="$root/examples/data"
if [[ -z "${RULEBOOK:-}" ]]; then
  cargo build --release --features cli --bin rulebook --manifest-path "$root/Cargo.toml" >&2
  RULEBOOK="$root/target/release/rulebook"
fi
RULEBOOK="$(realpath "$RULEBOOK")"
[[ -x /usr/bin/time ]] || { echo "hostile-repro: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"

long="$(head -c 65536 /dev/zero | tr '\0' N)"
printf '# NUMBER ALTERNATIVES: 4294967295\n1: 1\n' > alternatives.soi
printf '4294967295 1\n0\n"A"\n' > candidates.blt
printf '3 4294967295\n4 1 0\n2 2 0\n1 3 0\n0\n"A"\n"B"\n"C"\n"T"\n' > seats.blt
printf '3 1\n1 1 0\n1 9 0\n0\n"A"\n"B"\n"C"\n"T"\n' > bad-ballot.blt
printf '3 1\n1 1 0\n1 1=2 0\n0\n"A"\n"B"\n"C"\n"T"\n' > equal.blt
printf '2 1\n18446744073709551615 1 2 0\n18446744073709551615 1 2 0\n0\n"A"\n"B"\n"T"\n' > heavy.blt
printf '3 1\n3 1 2 0\n2 2 0\n1 3 0\n0\n"%s"\n"B"\n"C"\n"T"\n' "$long" > long-name.blt
printf 'name,weight\n%s,5000\nB,3000\nC,1500\n' "$long" > long-name.csv
printf 'name,weight\nA,1000\nB,1000\nC,500\n' > tie.csv
sed 's/"seats": 5/"seats": 4294967295/' "$ex/psp-election.json" > seats.json
sed 's/^8 5$/8 4294967295/' "$ex/psp-election.blt" > seats-ballots.blt

failures=0
printf '%-4s %-5s %8s %8s  %s\n' exit want "wall s" "max MB" command
# case EXPECTED-EXIT [<STDOUT-FILE] -- ARGS...
case_() {
  local want="$1"; shift
  local out=/dev/null
  if [[ "$1" == ">"* ]]; then out="${1#>}"; shift; fi
  local code=0
  /usr/bin/time -v -o time.txt "$RULEBOOK" "$@" > "$out" 2> err.txt || code=$?
  local wall rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt)"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' time.txt)"
  # m:ss.ss to seconds
  local secs
  secs="$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }')"
  local mb
  mb="$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')"
  local shown="$*"
  shown="${shown//$dir\//}"
  shown="${shown//$ex\//}"
  printf '%-4s %-5s %8s %8s  rulebook %.110s\n' "$code" "$want" "$secs" "$mb" "$shown"
  local bad=""
  [[ "$code" == "$want" ]] || bad="exit $code, expected $want"
  awk -v s="$secs" 'BEGIN { exit !(s >= 1.0) }' && bad="$bad took ${secs}s"
  awk -v m="$mb" 'BEGIN { exit !(m >= 100) }' && bad="$bad used ${mb} MB"
  if grep -qE 'panicked|backtrace|internal error' err.txt; then bad="$bad panic text"; fi
  if [[ "$want" == 2 && "$(wc -l < err.txt)" != 1 ]]; then bad="$bad stderr not one line"; fi
  if [[ -n "$bad" ]]; then
    echo "  FAIL:$bad: $(head -c 300 err.txt)"
    failures=$((failures + 1))
  fi
}

# Claims a file cannot back.
case_ 2 tally alternatives.soi --method plurality
case_ 2 tally candidates.blt --method scottish-stv
case_ 2 tally heavy.blt --method plurality
# 4,294,967,295 seats: in the BLT header, with --seats, in apportion, in a document.
for m in plurality block approval "limited --limit 2" dhondt sainte-lague scottish-stv wigm meek; do
  # shellcheck disable=SC2086
  case_ 0 tally seats.blt --method $m
done
case_ 2 tally seats.blt --method irv
for m in plurality block approval "limited --limit 3" "dhondt --seed 1"; do
  # shellcheck disable=SC2086
  case_ 0 tally "$ex/ward.blt" --seats 4294967295 --method $m
done
case_ 0 tally "$ex/list-votes.csv" --seats 4294967295 --method dhondt --seed 1
for m in largest-remainder largest-remainder-hagenbach-bischoff dhondt sainte-lague modified-sainte-lague huntington-hill adams dean; do
  case_ 0 apportion "$ex/regions.csv" --seats 4294967295 --seed 1 --method "$m"
done
case_ 2 apportion "$ex/regions.csv" --seats 4294967295 --seed 1 --method largest-remainder-droop
for m in dhondt huntington-hill adams; do
  case_ 0 apportion "$ex/regions.csv" --seats 4294967295 --seed 1 --method "$m" --min 1000 --max 700000000
done
# (the seats left vacant and the women-30 floor its 7 candidates cannot meet are
# warnings: corrective replacement accepts the result when the candidates run out)
case_ 0 elect seats.json pengurus --ballots seats-ballots.blt --policy "$ex/psp-election-policy.toml"
# Names of 65,536 characters.
case_ 0 tally long-name.blt --method scottish-stv --transcript
case_ 0 apportion long-name.csv --method dhondt --seats 10
# A full disk.
case_ 2 ">/dev/full" validate "$ex/spn.json" --format json
case_ 2 ">/dev/full" schema
# Ballot errors at their line; ties that only a lot settles.
case_ 2 tally bad-ballot.blt --method irv
case_ 2 tally equal.blt --method scottish-stv
case_ 2 tally "$ex/board.blt" --method limited --limit 2
case_ 0 tally "$ex/board.blt" --method limited --limit 2 --seed 2026
case_ 2 apportion tie.csv --method dhondt --seats 4
# Outputs all or none.
case_ 2 elect "$ex/psp-election.json" ketua --out "$dir/after.json" --patch "$dir/after.json"
case_ 2 elect "$ex/psp-election.json" ketua --out "$dir/after.json" --patch "$dir/none/changes.json"
[[ ! -e "$dir/after.json" ]] || { echo "  FAIL: after.json was written"; failures=$((failures + 1)); }
# A closed pipe: exits 0, nothing on stderr.
set +e +o pipefail
"$RULEBOOK" schema 2> err.txt | true
code="${PIPESTATUS[0]}"
set -e -o pipefail
printf '%-4s %-5s %8s %8s  rulebook schema | true\n' "$code" 0 - -
[[ "$code" == 0 && ! -s err.txt ]] || { echo "  FAIL: exit $code: $(head -c 300 err.txt)"; failures=$((failures + 1)); }

if ((failures > 0)); then
  echo "hostile-repro: $failures failed" >&2
  exit 1
fi
echo "hostile-repro: all within 1 s and 100 MB"
