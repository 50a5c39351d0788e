#!/usr/bin/env bash
# Processor time of two builds side by side: cold `report 6174/UBND-VX --format pdf,docx`, `status` and `parse`
# (the seed) through each folder's ./congvan, taking turns, in one fresh demo home; prints each run's user +
# system milliseconds and the medians. For a change measured on a busy machine, where wall-clock times mean
# nothing: build the old version in its own folder (git worktree add /tmp/base main; cd /tmp/base;
# mvn -o -B -q package -DskipTests, which also writes its class-data archive), then
#
#   bench/cold-compare.sh [-n RUNS] /tmp/base .
set -euo pipefail
runs=7
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { echo "usage: bench/cold-compare.sh [-n RUNS] FOLDER…" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
roots=()
for r in "$@"; do roots+=("$(cd "$r" && pwd)"); done
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/congvan-compare-XXXXXX")
trap 'rm -rf "$work"' EXIT
export CONGVAN_HOME="$work/home"
seed="$here/samples/000_7ae9f029b9ddbc9d.txt"
# Untimed: each build once (builds it when needed), and the demo home made by the first.
for r in "${roots[@]}"; do "$r/congvan" --version >/dev/null; done
"${roots[0]}/congvan" demo --home "$CONGVAN_HOME" >/dev/null

declare -A times
for i in $(seq 1 "$runs"); do
  for kind in report status parse; do
    for r in "${roots[@]}"; do
      case $kind in
        report) args=(report 6174/UBND-VX --format pdf,docx --today 05/09/2019 --out "$work/out") ;;
        status) args=(status 6174/UBND-VX) ;;
        parse) args=(parse "$seed") ;;
      esac
      /usr/bin/time -o "$work/time" -f "%U %S" "$r/congvan" "${args[@]}" >/dev/null 2>&1 \
        || { echo "failed: $r/congvan ${args[*]}" >&2; exit 1; }
      times["$kind $r"]+="$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time") "
    done
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); processor ms (user + system), $runs runs each"
for kind in report status parse; do
  for r in "${roots[@]}"; do
    printf '%-7s %-40s median %5s   [%s]\n' "$kind" "$r" "$(echo "${times["$kind $r"]}" | median)" "${times["$kind $r"]% }"
  done
done
