#!/usr/bin/env bash
# Heap growth of the sample service while it streams its NDJSON export, for table sizes given as arguments
# (default: 200000). Builds the service, starts a private PostgreSQL 15 and the packaged service in production
# mode, fills the table, then reads the export twice per size: as fast as possible and through a slow reader
# (back-pressure). During each read it counts the live set (what survives a full GC) every second; growth is the
# highest live set during the read minus the live set before it.
# Writes bench/results/export-memory-<date>.md. Needs: Debian's postgresql-15 (installed if missing, as root), curl.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZES=("${@:-200000}")
SLOW_RATE=4M
WORK="$(mktemp -d /tmp/uniform-export-memory.XXXXXX)"
PG_BIN=/usr/lib/postgresql/15/bin
REPORT="$ROOT/bench/results/export-memory-$(date -u +%Y-%m-%d).md"
APP_PID=""

cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

if [[ ! -x "$PG_BIN/initdb" ]]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi

echo "building the sample service"
(cd "$ROOT" && ./mvnw -q -pl sample-service -am package -DskipTests)

echo "starting PostgreSQL"
PG_PORT=$(free_port)
chown postgres "$WORK" && chmod 700 "$WORK"
su postgres -s /bin/sh -c "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust" >/dev/null
su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w start \
  -o '-p $PG_PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off'" >/dev/null
psql_run() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -qtAX -c "$1"; }

echo "starting the service"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/issuer.key" 2>/dev/null
openssl pkey -in "$WORK/issuer.key" -pubout -out "$WORK/issuer.pem"
APP_PORT=$(free_port)
QUARKUS_HTTP_PORT=$APP_PORT \
QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$PG_PORT/postgres" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
MP_JWT_VERIFY_ISSUER=https://bench.invalid MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/issuer.pem" \
  java -Xms256m -Xmx256m -XX:+UseG1GC -jar "$ROOT/sample-service/target/quarkus-app/quarkus-run.jar" \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "localhost:$APP_PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "localhost:$APP_PORT/q/health/ready" >/dev/null || { cat "$WORK/app.log"; exit 1; }

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

loaded=0
for size in "${SIZES[@]}"; do
  echo "filling the table to $size rows"
  psql_run "insert into products (id, code, name, price, status, created_at, updated_at, version)
            select nextval('products_seq'), 'B-' || n, 'Benchmark product ' || n, 1.00 + n % 1000, 'ACTIVE',
                   now(), now(), 0
            from generate_series($((loaded + 1)), $size) as n"
  loaded=$size
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
