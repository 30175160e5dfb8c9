#!/usr/bin/env bash
# Heap growth of the sample service while it streams its NDJSON export, for table sizes given as arguments
# (default: 200000). Builds the service, starts a private PostgreSQL 15 and the packaged service in production
# mode, fills the table, then reads the export twice per size: as fast as possible and through a slow reader
# (back-pressure). During each read it counts the live set (what survives a full GC) every second; growth is the
# highest live set during the read minus the live set before it.
# Writes bench/results/export-memory-<date>.md. Installs Debian's postgresql-15 and curl if missing (as root).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZES=("${@:-200000}")
SLOW_RATE=4M
WORK="$(mktemp -d /tmp/uniform-export-memory.XXXXXX)"
REPORT="$ROOT/bench/results/export-memory-$(date -u +%Y-%m-%d).md"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

ensure_packages curl openssl bc
echo "building the sample service"
(cd "$ROOT" && ./mvnw -q -pl sample-service -am package -DskipTests)
echo "starting PostgreSQL and the service"
start_postgres
start_sample all -Xms256m -Xmx256m -XX:+UseG1GC
await_ok "localhost:$MGMT_PORT/q/health/ready"

# The live set in KiB: a class histogram runs a full GC and counts what survives it, at one safepoint, so that
# allocation going on meanwhile is not mistaken for memory held. Keeps the histogram of the highest one.
live_kib() {
  jcmd "$APP_PID" GC.class_histogram >"$WORK/histogram.txt"
  awk '/^Total/ {print int($3 / 1024)}' "$WORK/histogram.txt"
}

# Reads the export with the given curl options while sampling the live set; prints "rows peak_kib seconds".
measure() {
  local baseline peak sample start rows
  baseline=$(live_kib)
  peak=$baseline
  start=$(date +%s.%N)
  curl -fsN "$@" "localhost:$APP_PORT/products/export" -o "$WORK/export.ndjson" &
  local reader=$!
  while kill -0 "$reader" 2>/dev/null; do
    sleep 1
    sample=$(live_kib)
    if (( sample > peak )); then
      peak=$sample
      sed -n 2,13p "$WORK/histogram.txt" >"$WORK/peak-histogram.txt"
    fi
  done
  wait "$reader"
  rows=$(wc -l <"$WORK/export.ndjson")
  echo "$rows $baseline $peak $(echo "$(date +%s.%N) - $start" | bc)"
}

{
  echo "# Export memory, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Sample service (packaged, production mode, \`-Xms256m -Xmx256m\`, G1, chunk size 500) on $(nproc) cores,"
  echo "$(java -version 2>&1 | head -1), PostgreSQL $($PG_BIN/postgres --version | awk '{print $3}') (fsync off)."
  echo "Live set: the objects that survive a full GC (\`jcmd GC.class_histogram\`), counted every second during the read."
  echo
  echo "| rows | reader | rows read | live before (MiB) | highest live during (MiB) | growth (MiB) | seconds |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
} >"$REPORT"

for size in "${SIZES[@]}"; do
  echo "filling the table to $size rows"
  fill_products "$size"
  for reader in fast slow; do
    options=()
    [[ $reader == slow ]] && options=(--limit-rate "$SLOW_RATE")
    read -r rows baseline peak seconds < <(measure "${options[@]}")
    printf '| %d | %s | %d | %.1f | %.1f | %.1f | %.1f |\n' "$size" \
      "$([[ $reader == slow ]] && echo "slow ($SLOW_RATE/s)" || echo fast)" "$rows" \
      "$(echo "$baseline / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" \
      "$(echo "($peak - $baseline) / 1024" | bc -l)" "$seconds" | tee -a "$REPORT"
    if [[ -s "$WORK/peak-histogram.txt" ]]; then
      echo "$size rows, $reader reader: largest classes at the highest live set" >>"$WORK/histograms.txt"
      cat "$WORK/peak-histogram.txt" >>"$WORK/histograms.txt"
      rm "$WORK/peak-histogram.txt"
    fi
  done
done
{
  echo
  echo "Largest classes at the highest live set of each read (\`jcmd GC.class_histogram\`):"
  echo
  echo '```'
  cat "$WORK/histograms.txt" 2>/dev/null || echo "(the live set never grew)"
  echo '```'
} >>"$REPORT"
echo "report: $REPORT"
