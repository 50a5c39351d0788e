# Sourced by the bench scripts: figures taken on a busy machine mean nothing, so with a load average above 1.0
# they refuse to run, unless $force is true; then $note marks every printed line "do not quote".
load() { cut -d' ' -f1 /proc/loadavg; }
busy() { awk -v l="$(load)" 'BEGIN { exit !(l > 1.0) }'; }
note=""
if busy; then
  if ! $force; then
    echo "Load average $(load) > 1.0: the machine is busy and the figures would mean nothing." >&2
    echo "Run again when it is idle (or with --force, for a try whose figures are not to be quoted)." >&2
    exit 3
  fi
  note="   [BUSY MACHINE: load $(load) at start, do not quote]"
  echo "WARNING: load average $(load) > 1.0; figures are NOT comparable to an idle machine." >&2
fi
