#!/usr/bin/env bash
# The kit's benchmark: the packaged sample service against the raw Vert.x driver (the physical limit), Spring WebFlux
# with R2DBC, and FastAPI with asyncpg, on the same endpoints, schema and PostgreSQL, on this machine.
#
# Setup: each system pinned to CPU 0, PostgreSQL 15 (a private instance, durability off) and wrk on CPU 1; the JVM
# systems run on Temurin 25, the JDK of the sample's image, and share JVM flags (the sample adds its image's, and the
# AOT cache its build trained); every system has a pool of 20 connections. All systems start one after the other (time to
# first request, RSS), then run interleaved: for each endpoint a warm-up per system, then measured windows, system
# after system, so that drift hits all alike; then a 16/256 connection sweep; then the NDJSON export at 100k and 1M
# rows and get-by-id with 1M rows in the table.
#
# Usage: bench/run.sh [--smoke]. Writes bench/results/bench-<date>-<UTC time>.md, its chart (.png) and its
# measurements (-data/); --smoke runs every case for a second or two, to keep the harness working, and writes
# bench/results/smoke.*, whose figures mean nothing.
# Installs the Debian packages it needs (as root) when they are missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/uniform-bench.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

# Warm-up: windows of WARMUP seconds, at least WARMUP_MIN of them, until the JIT compilers of a JVM system spent less
# than JIT_QUIET of each of the last two windows compiling, at most WARMUP_MAX. On one core the compilers share the CPU
# with the service: the sample's were busy for its first 40 s of load and quiet after 50 to 70 s. Throughput is no
# guide: it varies by 10 to 30% between windows on this host, warm or not, so a rule on it ran almost every system to
# its cap. FastAPI has no JIT and is warm after WARMUP_MIN windows. The measured figures are medians over WINDOWS
# windows, for the same reason.
MODE=full WARMUP=10 WARMUP_MIN=3 WARMUP_MAX=36 JIT_QUIET=0.05 WINDOW=10 WINDOWS=5 ROWS=10000
EXPORT_ROWS=(100000 1000000)
# Each system is started STARTS times for the time to first request (the report gives medians): one start alone varied
# by 30% here. The starts go round the systems, so that drift hits all alike; the instances of the last round stay up
# and are the ones loaded.
STARTS=5
REPORT="$ROOT/bench/results/bench-$(date -u +%Y-%m-%d-%H%M)"
if [[ ${1:-} == --smoke ]]; then
  MODE=smoke WARMUP=1 WARMUP_MIN=1 WARMUP_MAX=1 WINDOW=1 WINDOWS=1 ROWS=1000 EXPORT_ROWS=(2000 10000) STARTS=1
  REPORT="$ROOT/bench/results/smoke"
fi
CONNECTIONS=64 SWEEP=(16 256)
JVM=(-Xms256m -Xmx256m -XX:+UseG1GC)
SYSTEMS=(sample raw-vertx spring-webflux fastapi)
STREAMING=(sample raw-vertx)
ENDPOINTS=(get-by-id list create)

ensure_packages curl openssl wrk python3-fastapi uvicorn python3-asyncpg python3-uvloop python3-httptools \
  python3-matplotlib
echo "building the sample service as its image carries it (Temurin 25, the AOT cache its integration test trains)," \
  "the raw Vert.x baseline and the Spring WebFlux system"
package_sample
(cd "$ROOT" && ./mvnw -q -f bench/raw-vertx/pom.xml package)
(cd "$ROOT" && ./mvnw -q -f bench/spring-webflux/pom.xml package)

# The start lever by lever (bench/startup.sh), each variant alone on the machine like the systems' starts below; on
# the machine's default JDK where a variant says so, hence before the switch below.
echo "time to first request of the sample, lever by lever"
if [[ $MODE == smoke ]]; then STARTUP_ARGS=(--smoke); else STARTUP_ARGS=(); fi
STARTUP_TSV="$WORK/levers.tsv" bash "$ROOT/bench/startup.sh" "${STARTUP_ARGS[@]}"

# Every JVM system runs on the JDK of the sample's image, so that the ratios compare frameworks, not JDKs.
use_java25

echo "starting PostgreSQL; the sample service creates the schema"
start_postgres 1
start_sample 0 "${JVM[@]}"
await_ok "localhost:$MGMT_PORT/q/health/ready"
stop_app
fill_products "$ROWS"
TOKEN=$(mint_token)

declare -A PID PORT
# Starts a system alone on its core and records the time to its first successful request and its RSS then.
start_system() {
  local system=$1 started
  started=$(date +%s%N)
  case $system in
    sample) start_sample 0 "${JVM[@]}" ;;
    raw-vertx) start_raw_vertx 0 "${JVM[@]}" ;;
    spring-webflux) start_spring 0 "${JVM[@]}" ;;
    fastapi) start_fastapi 0 ;;
  esac
  until curl -fs -o /dev/null "localhost:$APP_PORT/products/1"; do
    if (( $(date +%s%N) - started > 120000000000 )) || ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "$system did not answer within 120 s" >&2
      cat "$WORK/$system.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  echo -e "$system\t$(( ($(date +%s%N) - started) / 1000000 ))\t$(rss_mib "$APP_PID")" >>"$WORK/startup.tsv"
  PID[$system]=$APP_PID
  PORT[$system]=$APP_PORT
}

# The wrk scripts: the reads from lib.sh; creates send a unique code and the same bearer token to every system (only
# the sample checks it, as its creates need the role products.write).
write_read_scripts "$WORK"
write_create_script "$WORK/create.lua" Authorization "Bearer $TOKEN"

# One wrk window: system, endpoint, connections, seconds, and a label ("warmup" windows are not kept). Appends
# "label system endpoint connections rows requests/s p99(ms) app-CPU-µs/request" to windows.tsv, where rows is the
# highest id get-by-id picks from.
RUNS=0
window() {
  local system=$1 endpoint=$2 connections=$3 seconds=$4 label=$5 argument before after out requests
  RUNS=$((RUNS + 1))
  case $endpoint in
    get-by-id) argument=$BY_ID_ROWS ;;
    create) argument="C$RUNS" ;;
    *) argument="" ;;
  esac
  before=$(cpu_micros "${PID[$system]}")
  out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$WORK/$endpoint.lua" \
    "http://localhost:${PORT[$system]}" -- "$argument" 2>&1)
  after=$(cpu_micros "${PID[$system]}")
  if grep -qE "Non-2xx|Socket errors: connect [1-9]|read [1-9]" <<<"$out"; then
    echo "$system answered $endpoint with errors:"$'\n'"$out" >&2
    tail -50 "$WORK/$system.log" >&2
    exit 1
  fi
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  [[ $label == warmup ]] && return
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$system" "$endpoint" "$connections" "$BY_ID_ROWS" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(p99_ms "$out")" "$(( (after - before) / requests ))" \
    >>"$WORK/windows.tsv"
}

# wrk's 99th percentile in milliseconds; it prints 850.00us, 1.20ms or 1.05s.
p99_ms() {
  awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)}
       else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; printf "%.2f", v}' <<<"$1"
}

# Seconds the JIT compilers of a system have spent so far, from HotSpot's performance counters (jstat, run on the
# load generator's core); 0 for FastAPI, which has no JIT.
jit_seconds() {
  if [[ $1 == fastapi ]]; then echo 0; return; fi
  taskset -c 1 jstat -compiler "${PID[$1]}" | awk 'NR == 2 {print $4}'
}

# Warms a system up on an endpoint until its JIT is quiet (see WARMUP); records how long that took and whether the JIT
# got quiet ("quiet") or the cap was reached ("cap").
warm_up() {
  local system=$1 endpoint=$2 windows=0 quiet=0 outcome=cap before after
  after=$(jit_seconds "$system")
  while (( windows < WARMUP_MAX )); do
    before=$after
    window "$system" "$endpoint" "$CONNECTIONS" "$WARMUP" warmup
    after=$(jit_seconds "$system")
    windows=$((windows + 1))
    if awk -v before="$before" -v after="$after" -v share="$JIT_QUIET" -v seconds="$WARMUP" \
      'BEGIN {exit !(after - before < share * seconds)}'; then
      quiet=$((quiet + 1))
    else
      quiet=0
    fi
    if (( windows >= WARMUP_MIN && quiet >= 2 )); then
      outcome=quiet
      break
    fi
  done
  printf '%s\t%s\t%s\t%s\n' "$system" "$endpoint" "$((windows * WARMUP))" "$outcome" >>"$WORK/warmup.tsv"
}

# Warm-up per system, then the measured windows at 64 connections, interleaved.
measure_endpoint() {
  local endpoint=$1 label=$2 system
  shift 2
  for system in "$@"; do warm_up "$system" "$endpoint"; done
  for _ in $(seq 1 "$WINDOWS"); do
    for system in "$@"; do window "$system" "$endpoint" "$CONNECTIONS" "$WINDOW" "$label"; done
  done
}

# Reads the whole export once; appends "system rows milliseconds rss-before-MiB rss-peak-MiB" to export.tsv,
# sampling the RSS every 100 ms during the read.
measure_export() {
  local system=$1 before peak rss started reader
  before=$(rss_mib "${PID[$system]}")
  peak=$before
  started=$(date +%s%N)
  curl -fsN "localhost:${PORT[$system]}/products/export" -o "$WORK/export.ndjson" &
  reader=$!
  while kill -0 "$reader" 2>/dev/null; do
    rss=$(rss_mib "${PID[$system]}")
    (( rss > peak )) && peak=$rss
    sleep 0.1
  done
  wait "$reader"
  printf '%s\t%s\t%s\t%s\t%s\n' "$system" "$(wc -l <"$WORK/export.ndjson")" \
    "$(( ($(date +%s%N) - started) / 1000000 ))" "$before" "$peak" >>"$WORK/export.tsv"
}

echo "starting each system alone, $STARTS time(s), system after system"
for start in $(seq 1 "$STARTS"); do
  for system in "${SYSTEMS[@]}"; do
    start_system "$system"
    if (( start < STARTS )); then stop_app; fi
  done
done

BY_ID_ROWS=$ROWS
# Creates come last: they grow the table that get-by-id and list read.
for endpoint in "${ENDPOINTS[@]}"; do
  echo "$endpoint: warm-up until the JIT is quiet, then $WINDOWS window(s) of ${WINDOW} s per system, and the sweep"
  measure_endpoint "$endpoint" main "${SYSTEMS[@]}"
  for connections in "${SWEEP[@]}"; do
    for system in "${SYSTEMS[@]}"; do window "$system" "$endpoint" "$connections" "$WINDOW" sweep; done
  done
done
for system in "${SYSTEMS[@]}"; do
  printf '%s\t%s\n' "$system" "$(rss_mib "${PID[$system]}")" >>"$WORK/rss-after-load.tsv"
done

echo "export at ${EXPORT_ROWS[*]} rows, then get-by-id with ${EXPORT_ROWS[-1]} rows in the table"
psql_run "truncate products" >/dev/null
fill_products "${EXPORT_ROWS[0]}"
# One read each first, not measured, so that the export's code is compiled before the first measured read.
for system in "${STREAMING[@]}"; do curl -fsN -o /dev/null "localhost:${PORT[$system]}/products/export"; done
for rows in "${EXPORT_ROWS[@]}"; do
  fill_products "$rows"
  for system in "${STREAMING[@]}"; do measure_export "$system"; done
done
BY_ID_ROWS=${EXPORT_ROWS[-1]}
measure_endpoint get-by-id large "${SYSTEMS[@]}"

{
  echo "mode=$MODE"
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu=$(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs)"
  echo "memory=$(free -g | awk '/Mem/ {print $2}') GiB"
  echo "kernel=$(uname -r)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "jvm_flags=${JVM[*]}"
  echo "sample_image_flags=$(sample_image_flags | xargs)"
  echo "postgres=$("$PG_BIN"/postgres --version | awk '{print $3}')"
  echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{print $2}')"
  echo "quarkus=$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' "$ROOT/bom/pom.xml")"
  echo "vertx=$(sed -n 's:.*<vertx.version>\(.*\)</vertx.version>.*:\1:p' "$ROOT/bench/raw-vertx/pom.xml")"
  echo "spring_boot=$(grep -A1 '<artifactId>spring-boot-starter-parent' "$ROOT/bench/spring-webflux/pom.xml" | sed -n 's:.*<version>\(.*\)</version>.*:\1:p')"
  echo "python=$(/usr/bin/python3 --version | awk '{print $2}')"
  /usr/bin/python3 -c 'import fastapi, pydantic, asyncpg, uvicorn, uvloop
print(f"fastapi={fastapi.__version__}\npydantic={pydantic.VERSION}\nasyncpg={asyncpg.__version__}\nuvicorn={uvicorn.__version__}\nuvloop={uvloop.__version__}")'
  echo "rows=$ROWS"
  echo "large_rows=${EXPORT_ROWS[-1]}"
  echo "connections=$CONNECTIONS"
  echo "sweep=${SWEEP[*]}"
  echo "starts=$STARTS"
  echo "warmup=$WARMUP"
  echo "warmup_min=$WARMUP_MIN"
  echo "warmup_max=$WARMUP_MAX"
  echo "jit_quiet=$JIT_QUIET"
  echo "window=$WINDOW"
  echo "windows=$WINDOWS"
} >"$WORK/meta.properties"
# The measurements themselves, next to the report, so that it can be checked or drawn again:
# bench/report.py bench/results/<name>-data bench/results/<name>
rm -rf "$REPORT-data" && mkdir -p "$REPORT-data"
cp "$WORK"/*.tsv "$WORK/meta.properties" "$REPORT-data/"
/usr/bin/python3 "$ROOT/bench/report.py" "$REPORT-data" "$REPORT"
