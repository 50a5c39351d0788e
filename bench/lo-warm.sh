#!/usr/bin/env bash
# LibreOffice's warm conversion of the 200-row BÁO CÁO's DOCX to PDF, beside congvan writing that
# report's PDF and DOCX (JMH: RenderBenchmark.reportPdfAndDocx on one thread, DocumentFilesBenchmark as `report`
# writes them), on the same machine, with the ratios.
#
#   mvn -B -q -Pbench package -DskipTests     # once: target/congvan.jar with the benchmarks
#   bench/lo-warm.sh                          # N=50 copies by default; --lo-only skips JMH
#
# One soffice process converts N copies of the same DOCX; each PDF's modification time marks when its
# conversion ended, so the gaps between consecutive PDFs are the warm per-file times (the first file,
# which pays LibreOffice's start, is left out). The median of those gaps is LibreOffice's figure.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-50}
CP="target/congvan.jar:target/lib/*"
[ -f target/congvan.jar ] || { echo "target/congvan.jar is missing: mvn -B -q -Pbench package -DskipTests" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice is not on the PATH (apt-get install -y libreoffice-writer-nogui)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in" "$work/out"
java -cp "$CP" vn.congvan.bench.ReportSample "$work"
for i in $(seq -w 1 "$N"); do cp "$work/report-200.docx" "$work/in/r$i.docx"; done
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work/out" "$work"/in/*.docx >/dev/null 2>&1
count=$(ls "$work/out" | wc -l)
[ "$count" -eq "$N" ] || { echo "LibreOffice wrote $count of $N PDFs" >&2; exit 1; }
lo_ms=$(stat -c '%.9Y' "$work"/out/*.pdf | sort -n | awk 'NR > 1 { printf "%.3f\n", ($1 - prev) * 1000 } { prev = $1 }' \
  | sort -n | awk '{ d[NR] = $1 } END { printf "%.1f", (NR % 2) ? d[(NR + 1) / 2] : (d[NR / 2] + d[NR / 2 + 1]) / 2 }')
echo "LibreOffice warm DOCX -> PDF, 200-row report: median ${lo_ms} ms per file ($((N - 1)) warm files)"

if [ "${1:-}" != "--lo-only" ]; then
  # One thread (the writers one after the other), then as `report` writes them (the DOCX on a second thread).
  java -cp "$CP" org.openjdk.jmh.Main 'RenderBenchmark.reportPdfAndDocx$|DocumentFilesBenchmark' -f 1 -wi 5 -i 5 -w 2 -r 2 \
      -rf csv -rff "$work/jmh.csv" >/dev/null
  one_ms=$(awk -F, '/RenderBenchmark.reportPdfAndDocx"/ { printf "%.2f", $5 }' "$work/jmh.csv")
  two_ms=$(awk -F, '/DocumentFilesBenchmark/ { printf "%.2f", $5 }' "$work/jmh.csv")
  echo "congvan warm PDF + DOCX, same report (JMH average), one thread: ${one_ms} ms"
  awk -v lo="$lo_ms" -v ours="$one_ms" 'BEGIN { printf "ratio: LibreOffice / congvan = %.1f x\n", lo / ours }'
  echo "congvan warm PDF + DOCX as report writes them (the DOCX on a second thread): ${two_ms} ms"
  awk -v lo="$lo_ms" -v ours="$two_ms" 'BEGIN { printf "ratio: LibreOffice / congvan = %.1f x\n", lo / ours }'
fi
