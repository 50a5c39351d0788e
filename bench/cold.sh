#!/usr/bin/env bash
# Cold start, side by side: ./congvan report ID --format pdf,docx (the BÁO CÁO and the reminder, PDF and
# DOCX, JVM start included) against one LibreOffice conversion of that report's DOCX to PDF, and the cold
# `status`, `parse` and `collect` of an empty folder (the start of a collect: ledger, mail readers, no mail). Each run is a new process; runs of the different kinds take turns, so that whatever
# else the machine does weighs on all of them alike. Prints each time, the medians and the ratio.
#
#   bench/cold.sh [-n RUNS] [--force]
#
# Figures taken on a busy machine mean nothing: with a load average above 1.0 it refuses to run, unless
# --force (then every line it prints says the figures are not to be quoted).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=5
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    --force) force=true; shift ;;
    *) echo "usage: bench/cold.sh [-n RUNS] [--force]" >&2; exit 2 ;;
  esac
done

. "$here/bench/idle-check.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/congvan-cold-XXXXXX")
trap 'rm -rf "$work"' EXIT
export CONGVAN_HOME="$work/home"
id="6174/UBND-VX"
seed="$here/samples/000_7ae9f029b9ddbc9d.txt"
mkdir "$work/no-mail"

# Untimed: build when needed, then a fresh demo home with the seed dispatch, sent and answered.
"$here/congvan" --version >/dev/null
"$here/congvan" demo --home "$CONGVAN_HOME" >/dev/null
archive="no class-data archive (target/congvan.jsa missing)"
[ -f "$here/target/congvan.jsa" ] && archive="class-data archive target/congvan.jsa"

soffice=$(command -v soffice || command -v libreoffice || true)
docx=""
if [ -n "$soffice" ]; then
  "$here/congvan" report "$id" --format docx --today 05/09/2019 --out "$work/docx" >/dev/null
  docx=$(ls "$work"/docx/bao-cao-*.docx)
fi

# One timed command, its output discarded; a failure stops the benchmark. Appends its wall-clock
# milliseconds to the array named $1 and its processor milliseconds (user + system, from /usr/bin/time when
# there is one) to the array named $1_cpu: under load the wall clock says little, processor time still does.
timed() {
  local -n walls=$1 cpus=${1}_cpu
  shift
  local start end cpu=""
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$work/time" -f "%U %S" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time")
  else
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  fi
  end=$(date +%s%N)
  walls+=("$(( (end - start) / 1000000 ))")
  cpus+=("$cpu")
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

report=() status=() parse=() collect=() lo=() lofirst=()
report_cpu=() status_cpu=() parse_cpu=() collect_cpu=() lo_cpu=() lofirst_cpu=()
for i in $(seq 1 "$runs"); do
  timed report "$here/congvan" report "$id" --format pdf,docx --today 05/09/2019 --out "$work/out-$i"
  if [ -n "$docx" ]; then
    # A new profile per run. LibreOffice's first start on a new profile also creates it, which an office's
    # daily use never pays: that start is timed apart (lofirst), and the conversion counted is the next
    # cold process on the profile just made.
    profile="file://$work/lo-profile-$i"
    timed lofirst "$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo-first-$i" "$docx"
    timed lo "$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo-$i" "$docx"
  fi
  timed status "$here/congvan" status "$id" --today 05/09/2019
  timed parse "$here/congvan" parse "$seed"
  timed collect "$here/congvan" collect --eml "$work/no-mail"
done

echo "congvan cold start, $runs runs each, interleaved; $archive; load average $(load) at the end$note"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)${soffice:+, $("$soffice" --version 2>/dev/null | head -1)}"
# A row: the label, the wall-clock times, the processor times (empty without /usr/bin/time).
row() {
  local cpu=""
  [ -n "$(echo "$3" | tr -d ' ')" ] && cpu="  (processor median $(echo "$3" | median) ms)"
  printf '%-58s median %6s ms   runs: %s%s%s\n' "$1" "$(echo "$2" | median)" "$2" "$cpu" "$note"
}
row "congvan report $id --format pdf,docx (4 files)" "${report[*]}" "${report_cpu[*]}"
if [ -n "$docx" ]; then
  row "soffice --headless --convert-to pdf (1 file, profile made)" "${lo[*]}" "${lo_cpu[*]}"
  row "  (its first start on a new profile, not counted)" "${lofirst[*]}" "${lofirst_cpu[*]}"
  r=$(echo "${report[*]}" | median) l=$(echo "${lo[*]}" | median)
  awk -v r="$r" -v l="$l" -v n="$note" 'BEGIN { printf "ratio congvan report / LibreOffice conversion: %.2f (goal: at most 0.50)%s\n", r / l, n }'
else
  echo "soffice not found: LibreOffice's conversion not measured (apt-get install libreoffice-writer-nogui)"
fi
row "congvan status $id" "${status[*]}" "${status_cpu[*]}"
row "congvan parse (the seed dispatch)" "${parse[*]}" "${parse_cpu[*]}"
row "congvan collect --eml (an empty folder)" "${collect[*]}" "${collect_cpu[*]}"
