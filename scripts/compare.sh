#!/usr/bin/env bash
# Times `rulebook` through its CLI on the benches' generated files, against stv-rs
# 0.5.1 when `stv-rs` is on PATH (`cargo install stv-rs --version 0.5.1 --locked`),
# and prints CPU seconds (user + system), ratios and peak memory (/usr/bin/time -v).
#
#   scripts/compare.sh [WORKDIR]
#
# WORKDIR (a new temporary folder by default) receives the generated files:
# Meek grouped 2 M and 10 M voters, 10 M voters one line per voter, and the 1 M-member
# federation with its 50-rule policy. Both programs count single-threaded
# (`stv-rs --parallel no`); Meek is counted with the rounding stv-rs `fixed9` uses
# (`--rounding parametric`).
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
echo "files in $work"

# One build for the binary and the generators: built apart, the examples' dev-dependencies
# change the dependencies' features and everything is compiled twice.
nice cargo build --release --features cli --bin rulebook --example generate_ballots --example generate_federation
bin=target/release
rulebook="$bin/rulebook"

gen() { # FILE ARGS...
    local file=$1; shift
    [ -s "$file" ] || "$bin/examples/generate_ballots" "$@" "$file"
}
gen "$work/grouped-2m.blt" --voters 2000000
gen "$work/grouped-10m.blt" --voters 10000000
gen "$work/per-voter-10m.blt" --voters 10000000 --per-voter
[ -s "$work/federation.json" ] || "$bin/examples/generate_federation" "$work"

# measure NAME CMD...: CPU seconds and peak RSS (kB) of one run, into $cpu and $rss.
measure() {
    local name=$1; shift
    local log="$work/$name.time"
    /usr/bin/time -v "$@" > "$work/$name.out" 2> "$log" || true
    local user sys
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    sys=$(awk -F': ' '/System time/ {print $2}' "$log")
    cpu=$(echo "$user + $sys" | bc -l)
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    printf '%-34s %8.2f s CPU %10d kB peak\n' "$name" "$cpu" "$rss"
}

ratio() { echo "scale=3; $1 / $2" | bc -l; }

have_stv_rs=0
if command -v stv-rs > /dev/null; then have_stv_rs=1; fi

for f in grouped-2m grouped-10m; do
    measure "rulebook meek $f" "$rulebook" tally "$work/$f.blt" --method meek --rounding parametric
    rb_cpu=$cpu rb_rss=$rss
    # Every line of a grouped file is a distinct ballot: its size is theirs.
    echo "  peak memory / file size: $(ratio "$rb_rss" "$(( $(stat -c %s "$work/$f.blt") / 1024 ))")"
    if [ $have_stv_rs = 1 ]; then
        measure "stv-rs meek $f" stv-rs --arithmetic fixed9 --input "$work/$f.blt" meek --parallel no
        echo "  ratio rulebook/stv-rs: CPU $(ratio "$rb_cpu" "$cpu"), peak memory $(ratio "$rb_rss" "$rss")"
    fi
done

if [ $have_stv_rs = 1 ]; then
    measure "rulebook meek per-voter-10m" "$rulebook" tally "$work/per-voter-10m.blt" --method meek --rounding parametric
    rb_cpu=$cpu rb_rss=$rss
    measure "stv-rs meek per-voter-10m" stv-rs --arithmetic fixed9 --input "$work/per-voter-10m.blt" meek --parallel no
    echo "  ratio rulebook/stv-rs: CPU $(ratio "$rb_cpu" "$cpu"), peak memory $(ratio "$rb_rss" "$rss")"
fi
measure "rulebook scottish-stv per-voter-10m" "$rulebook" tally "$work/per-voter-10m.blt" --method scottish-stv

measure "rulebook validate federation" "$rulebook" validate "$work/federation.json" --as-of 2026-01-01 --format json
v_cpu=$cpu v_rss=$rss
measure "rulebook audit federation" "$rulebook" audit "$work/federation.json" --policy "$work/policy.toml" --as-of 2026-01-01 --format json
echo "  ratio audit/validate: CPU $(ratio "$cpu" "$v_cpu"), peak memory $(ratio "$rss" "$v_rss")"
