#!/usr/bin/env bash
# Issue 13, item 4: the same `collect --eml` run by two builds, in turns, on fresh copies of one prepared ledger;
# prints each run's processor time (user + system), that of the reading pool's threads and that of the main thread,
# which records each mail in the ledger (from /proc, read every 0.1 s), and checks that both builds printed the same lines and left the same ledger, table by table, the times
# of recording aside. A build is a folder with classes/ (or congvan.jar), lib/ and native/ as `mvn package` leaves
# them in target/ (or the project folder holding that target/); run with collect's flags, as ./congvan runs it.
#
#   bench/collect-compare.sh [-r RUNS] SET_DIR BUILD_A BUILD_B      # SET_DIR from CollectRun prepare N SET_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=1
if [ "${1:-}" = -r ]; then runs=$2; shift 2; fi
[ $# -eq 3 ] || { echo "usage: bench/collect-compare.sh [-r RUNS] SET_DIR BUILD_A BUILD_B" >&2; exit 2; }
set_dir=$(cd "$1" && pwd); a=$(cd "$2" && pwd); b=$(cd "$3" && pwd)
# A project folder stands for its target/.
[ -d "$a/target" ] && a="$a/target"
[ -d "$b/target" ] && b="$b/target"
work=$(mktemp -d "${TMPDIR:-/tmp}/congvan-compare-XXXXXX")
trap 'rm -rf "$work"' EXIT

classpath() { if [ -d "$1/classes" ]; then echo "$1/classes:$1/lib/*"; else echo "$1/congvan.jar:$1/lib/*"; fi; }
# user + system seconds of the threads whose stat files are given (the reading pool's, the main thread), last seen alive
pool_cpu() {
  awk '{ sub(/.*\) /, ""); split($0, f, " "); print f[12] + f[13] }' "$@" 2>/dev/null | awk -v hz="$(getconf CLK_TCK)" '{ s += $1 } END { printf "%.2f", s / hz }'
}
run() { # build label run
  local build=$1 out="$work/$2-$3"
  rm -f "$out".db*; cp "$set_dir/congvan.db" "$out.db"; mkdir -p "$out.threads" "$out.main"
  (cd "$here" && /usr/bin/time -o "$out.time" -f "%U %S" java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m \
      -Dorg.sqlite.lib.path="$build/native" -cp "$(classpath "$build")" vn.congvan.Launcher \
      collect --db "$out.db" --units samples/directory --eml "$set_dir/mails" >"$out.out" 2>"$out.err") &
  local timer=$!
  while kill -0 $timer 2>/dev/null; do
    for pid in $(pgrep -P "$(pgrep -P $timer 2>/dev/null | head -1)" 2>/dev/null) $(pgrep -P $timer 2>/dev/null); do
      for t in /proc/$pid/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in
          congvan-collect*) cp "$t/stat" "$out.threads/$(basename "$t")" 2>/dev/null || true ;;
          # Java's main thread keeps the process's name in /proc ("java"), as does the launcher's, which only waits.
          java) cp "$t/stat" "$out.main/$(basename "$t")" 2>/dev/null || true ;;
        esac
      done
    done
    sleep 0.1
  done
  wait $timer || { echo "collect failed ($2):" >&2; tail -5 "$out.err" >&2; exit 1; }
  printf '%s run %d: processor %s s (user + system); reading pool %s s; main thread %s s; load %s\n' "$2" "$3" \
    "$(awk '{ printf "%.2f", $1 + $2 }' "$out.time")" "$(pool_cpu "$out.threads"/* 2>/dev/null || echo ?)" \
    "$(pool_cpu "$out.main"/* 2>/dev/null || echo ?)" "$(cut -d' ' -f1 /proc/loadavg)"
}
dump() { # the ledger's rows, table by table, without the times of recording
  local db=$1
  for t in $(sqlite3 "$db" "select name from sqlite_master where type='table' and name not like 'sqlite_%' and name <> 'flyway_schema_history' order by name"); do
    cols=$(sqlite3 "$db" "select group_concat(name, ',') from pragma_table_info('$t') where name not in ('recorded_at','decided_at','received_at','created_at')")
    echo "== $t"
    sqlite3 "$db" "select $cols from $t order by 1"
  done
}
for i in $(seq 1 "$runs"); do
  run "$a" A "$i"
  run "$b" B "$i"
done
if diff -q "$work/A-1.out" "$work/B-1.out" >/dev/null; then echo "printed lines: the same ($(wc -l <"$work/A-1.out") lines)"; else echo "printed lines DIFFER:"; { diff "$work/A-1.out" "$work/B-1.out" || true; } | head -20; fi
dump "$work/A-1.db" >"$work/A.dump"; dump "$work/B-1.db" >"$work/B.dump"
if diff -q "$work/A.dump" "$work/B.dump" >/dev/null; then
  echo "ledger: the same, table by table ($(grep -c . "$work/A.dump") rows and headers; $(sqlite3 "$work/A-1.db" 'select count(*) from ledger_event') events, $(sqlite3 "$work/A-1.db" 'select count(*) from review_entry') review entries)"
else
  echo "ledger DIFFERS:"; { diff "$work/A.dump" "$work/B.dump" || true; } | head -20; exit 1
fi
