#!/usr/bin/env bash
# Two builds' `collect --eml` on one prepared set, taking turns, each run on a fresh copy of the set's ledger, with
# the flags ./congvan gives collect: prints each run's processor seconds (user + system) and wall clock, the medians,
# and whether the builds read the mails the same: the printed lines, the ledger's events (recorded_at aside), the
# review queue (its entries and readings) and the status tables, compared after the first run of each.
#
#   bench/collect-compare.sh [-r RUNS] SET BUILD_A BUILD_B
#
# SET is a folder made by `CollectRun prepare COUNT SET` (congvan.db and mails/); each BUILD a project folder with
# target/congvan.jar built (mvn -B -q package -DskipTests -Dcds.skip=true). Relative figures only on a busy machine.
set -euo pipefail
runs=3
if [ "${1:-}" = "-r" ]; then runs=$2; shift 2; fi
[ $# -eq 3 ] || { echo "usage: bench/collect-compare.sh [-r RUNS] SET BUILD_A BUILD_B" >&2; exit 2; }
set_dir=$(cd "$1" && pwd)
builds=("$(cd "$2" && pwd)" "$(cd "$3" && pwd)")
command -v sqlite3 >/dev/null || { echo "needs sqlite3" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/congvan-compare-XXXXXX")
trap 'rm -rf "$work"' EXIT

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
dump() { # what a clerk and the ledger keep of a collection, without the times of recording
  sqlite3 "$1" "select dispatch_key, unit_code, req_id, type, occurred_at, source, source_id, evidence, note, deadline, done_on, expected_by from ledger_event order by seq;
    select kind, dispatch_key, unit_code, receipt, occurred_at, mail_source_id, sender, subject, mail_date, position, reasons, evidence, note from review_entry order by entry_id;
    select * from review_reading order by entry_id, req_id, position;
    select * from assignment_status order by dispatch_key, unit_code, req_id;
    select * from dispatch_status_count order by dispatch_key, state, deadline;
    select * from dispatch_unit_summary order by dispatch_key;"
}
cpus=("" "")
for i in $(seq 1 "$runs"); do
  for b in 0 1; do
    build=${builds[$b]}
    rm -f "$work"/run.db*
    cp "$set_dir/congvan.db" "$work/run.db"
    start=$(date +%s%N)
    (cd "$build" && /usr/bin/time -o "$work/time" -f "%U %S" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m \
        -Dorg.sqlite.lib.path="$build/target/native" -jar target/congvan.jar collect --db "$work/run.db" \
        --units samples/directory --eml "$set_dir/mails" >"$work/out$b" 2>"$work/err$b")
    end=$(date +%s%N)
    cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$work/time")
    cpus[$b]="${cpus[$b]} $cpu"
    printf 'run %d, %s: processor %s s, wall %.1f s, load %s\n' "$i" "$build" "$cpu" \
      "$(awk -v ns=$((end - start)) 'BEGIN { print ns / 1e9 }')" "$(cut -d' ' -f1 /proc/loadavg)"
    if [ "$i" -eq 1 ]; then
      cp "$work/out$b" "$work/lines$b"
      dump "$work/run.db" >"$work/ledger$b"
    fi
  done
done
for b in 0 1; do
  printf 'median processor %s s: %s\n' "$(echo "${cpus[$b]}" | median)" "${builds[$b]}"
done
if cmp -s "$work/lines0" "$work/lines1"; then echo "printed lines: the same ($(wc -l <"$work/lines0") lines)"; else
  echo "printed lines: DIFFERENT"; diff "$work/lines0" "$work/lines1" | head -20; fi
if cmp -s "$work/ledger0" "$work/ledger1"; then echo "ledger events, review queue, status tables: the same ($(wc -l <"$work/ledger0") rows)"; else
  echo "ledger: DIFFERENT"; diff "$work/ledger0" "$work/ledger1" | head -20; fi
