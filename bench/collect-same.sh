#!/usr/bin/env bash
# Whether two builds collect the same: `./congvan collect --eml` of one prepared set (CollectRun prepare N DIR) by
# each build into its own fresh copy of the set's ledger, then the lines each printed and every table of the two
# ledgers compared (row by row in the order written; `recorded_at` left out, BLOBs by their SHA3). Prints what
# differs, or "same"; exit 1 when anything differs. Speed is not measured here.
#
#   bench/collect-same.sh OLD_BUILD_DIR NEW_BUILD_DIR SET_DIR
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: bench/collect-same.sh OLD_BUILD_DIR NEW_BUILD_DIR SET_DIR" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install -y sqlite3)" >&2; exit 2; }
set_dir=$(cd "$3" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/congvan-same-XXXXXX")
trap 'rm -rf "$work"' EXIT
for side in old new; do
  build=$([ $side = old ] && echo "$1" || echo "$2")
  build=$(cd "$build" && pwd)
  cp "$set_dir/congvan.db" "$work/$side.db"
  (cd "$build" && ./congvan collect --db "$work/$side.db" --units samples/directory --eml "$set_dir/mails") \
    >"$work/$side.out" 2>"$work/$side.err" || { echo "$side: collect failed" >&2; tail -5 "$work/$side.err" >&2; exit 1; }
  for table in $(sqlite3 "$work/$side.db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
    columns=$(sqlite3 "$work/$side.db" "SELECT group_concat(CASE WHEN upper(type) = 'BLOB' THEN 'sha3(' || name || ')' ELSE name END, ', ')
                                         FROM pragma_table_info('$table') WHERE name <> 'recorded_at'")
    echo "== $table" >>"$work/$side.tables"
    sqlite3 "$work/$side.db" "SELECT $columns FROM $table ORDER BY rowid" >>"$work/$side.tables"
  done
done
same=true
diff -q "$work/old.out" "$work/new.out" >/dev/null || { same=false; echo "the printed lines differ:"; diff "$work/old.out" "$work/new.out" | head -20; }
diff -q "$work/old.tables" "$work/new.tables" >/dev/null || { same=false; echo "the ledgers differ:"; diff "$work/old.tables" "$work/new.tables" | head -20; }
echo "$(wc -l <"$work/new.out") lines printed, $(grep -c . "$work/new.tables") table lines compared: $($same && echo same || echo DIFFERENT)"
$same
