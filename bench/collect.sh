#!/usr/bin/env bash
# Issue 13, item 4, end to end: `./congvan collect` of a folder of N reply .eml files (default 10,000), as a clerk
# runs it: a new process each time (JVM start, the ledger opened, every mail read and recorded, the lines
# printed). The mails and a ledger with the seed imported and sent are made once (CollectRun prepare); each run
# collects into a fresh copy of that ledger. Prints, per run and as medians: wall-clock seconds, mails per
# second, processor seconds (user + system) and the most resident memory (VmHWM).
#
#   mvn -B -q -Pbench package -DskipTests      # once: target/congvan.jar with the benchmarks
#   bench/collect.sh [-n MAILS] [-r RUNS] [--set DIR] [--force]
#
# --set DIR keeps the prepared mails and ledger in DIR (made there when missing), so that two builds can be
# timed on the same set. Figures taken on a busy machine mean nothing: with a load average above 1.0 it refuses
# to run, unless --force (then every line it prints says the figures are not to be quoted).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mails=10000
runs=3
set_dir=""
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) mails=$2; shift 2 ;;
    -r) runs=$2; shift 2 ;;
    --set) set_dir=$2; shift 2 ;;
    --force) force=true; shift ;;
    *) echo "usage: bench/collect.sh [-n MAILS] [-r RUNS] [--set DIR] [--force]" >&2; exit 2 ;;
  esac
done

. "$here/bench/idle-check.sh"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
if ! unzip -l "$here/target/congvan.jar" 2>/dev/null | grep -q 'vn/congvan/bench/CollectRun.class'; then
  echo "target/congvan.jar has no benchmarks: mvn -B -q -Pbench package -DskipTests" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/congvan-collect-XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -n "$set_dir" ] || set_dir="$work/set"
set_dir=$(mkdir -p "$set_dir" && cd "$set_dir" && pwd)
count() { find "$set_dir/mails" -maxdepth 1 -name '*.eml' 2>/dev/null | wc -l; }
if [ ! -f "$set_dir/congvan.db" ] || [ "$(count)" -ne "$mails" ]; then
  # Untimed: the ledger (the seed imported and sent to its 32 units) and the mails, from the reply corpus.
  rm -rf "${set_dir:?}/mails" "$set_dir/congvan.db" "$set_dir/outbox"
  (cd "$here" && java -cp "target/congvan.jar:target/lib/*" vn.congvan.bench.CollectRun prepare "$mails" "$set_dir") >/dev/null 2>&1 \
    || { echo "preparing the mails failed: CollectRun prepare $mails $set_dir" >&2; exit 1; }
fi
"$here/congvan" --version >/dev/null   # untimed: builds the jar when the sources changed
# Untimed: a set prepared by an older build has an older ledger, which each run would bring up to date (migrations,
# status tables computed again) before its first mail; an office's ledger pays that once, after the update.
"$here/congvan" list --db "$set_dir/congvan.db" >/dev/null

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
walls=() cpus=() rss=()
echo "collect of $mails .eml files, a new process each run ($(nproc) processors, $(java -version 2>&1 | head -1))$note"
for i in $(seq 1 "$runs"); do
  rm -f "$work"/run.db*
  cp "$set_dir/congvan.db" "$work/run.db"
  start=$(date +%s%N)
  (cd "$here" && /usr/bin/time -o "$work/time" -f "%U %S %M" ./congvan collect --db "$work/run.db" --units samples/directory \
     --eml "$set_dir/mails" >"$work/out" 2>"$work/err") || { echo "collect failed (run $i):" >&2; tail -5 "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  wall=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$work/time")
  hwm=$(awk '{ printf "%d", $3 / 1024 }' "$work/time")
  summary=$(grep -m1 '^Tổng cộng' "$work/out" || true)
  walls+=("$wall") cpus+=("$cpu") rss+=("$hwm")
  printf 'run %d: %6.2f s wall = %5.0f mails/s; processor %6.2f s (%.2f ms a mail); VmHWM %d MB; load %s%s\n' \
    "$i" "$wall" "$(awk -v n="$mails" -v w="$wall" 'BEGIN { print n / w }')" "$cpu" \
    "$(awk -v c="$cpu" -v n="$mails" 'BEGIN { print c * 1000 / n }')" "$hwm" "$(load)" "$note"
  [ $i -gt 1 ] || echo "  $summary"
done
mw=$(echo "${walls[*]}" | median)
printf 'median: %.2f s wall = %.0f mails/s; processor %.2f s; VmHWM %.0f MB%s\n' "$mw" \
  "$(awk -v n="$mails" -v w="$mw" 'BEGIN { print n / w }')" "$(echo "${cpus[*]}" | median)" "$(echo "${rss[*]}" | median)" "$note"
