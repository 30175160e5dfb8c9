#!/usr/bin/env bash
# Get-by-id, the sample service against the raw Vert.x driver, on this machine: the first slice of issue 5's
# comparison. The service is pinned to CPU 0, PostgreSQL and wrk to CPU 1; both JVMs get the same flags and a pool of
# 20. For each system: time to first request, a warm-up, then measured windows at 64 connections, with throughput,
# p99 latency, application CPU per request (from /proc, which holds when the database core is the bottleneck) and
# RSS. The systems are interleaved window by window, so that drift hits both alike.
# Usage: bench/run.sh [--smoke]. Writes bench/results/bench-<date>.md (smoke runs write bench/results/smoke.md).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/uniform-bench.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

WARMUP=30 WINDOW=20 WINDOWS=3 ROWS=10000 CONNECTIONS=64
REPORT="$ROOT/bench/results/bench-$(date -u +%Y-%m-%d).md"
if [[ ${1:-} == --smoke ]]; then
  WARMUP=2 WINDOW=2 WINDOWS=1 ROWS=1000
  REPORT="$ROOT/bench/results/smoke.md"
fi
JVM=(-Xms256m -Xmx256m -XX:+UseG1GC)
SYSTEMS=(sample raw-vertx)

ensure_packages curl openssl wrk bc
echo "building the sample service and the raw Vert.x baseline"
(cd "$ROOT" && ./mvnw -q -pl sample-service -am package -DskipTests)
(cd "$ROOT" && ./mvnw -q -f bench/raw-vertx/pom.xml package)

start_postgres 1
start_sample 0 "${JVM[@]}"
await_ok "localhost:$APP_PORT/q/health/ready"
fill_products "$ROWS"
stop_app

declare -A PID PORT FIRST_MS RSS_FIRST
start_system() {
  local system=$1 started
  started=$(date +%s%N)
  case $system in
    sample) start_sample 0 "${JVM[@]}" ;;
    raw-vertx) start_raw_vertx 0 "${JVM[@]}" ;;
  esac
  until curl -fs -o /dev/null "localhost:$APP_PORT/products/1"; do
    if (( $(date +%s%N) - started > 120000000000 )); then
      echo "$system did not answer within 120 s" >&2
      cat "$WORK"/*.log >&2
      exit 1
    fi
    sleep 0.05
  done
  FIRST_MS[$system]=$(( ($(date +%s%N) - started) / 1000000 ))
  RSS_FIRST[$system]=$(rss_mib "$APP_PID")
  PID[$system]=$APP_PID
  PORT[$system]=$APP_PORT
}

# Random ids over the whole table, so that every request reads a row.
cat >"$WORK/by-id.lua" <<LUA
request = function()
  return wrk.format("GET", "/products/" .. math.random(1, $ROWS))
end
LUA

# One wrk window against a system; appends "requests_per_s p99_ms cpu_us_per_request" to its results.
window() {
  local system=$1 seconds=$2 before after out requests
  before=$(cpu_micros "${PID[$system]}")
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$WORK/by-id.lua" \
    "http://localhost:${PORT[$system]}")
  after=$(cpu_micros "${PID[$system]}")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  if grep -q "Non-2xx" <<<"$out"; then echo "$system answered errors:"$'\n'"$out" >&2; exit 1; fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(( (after - before) / requests ))" >>"$WORK/$system.windows"
}

for system in "${SYSTEMS[@]}"; do start_system "$system"; done
for system in "${SYSTEMS[@]}"; do window "$system" "$WARMUP"; rm "$WORK/$system.windows"; done
for _ in $(seq 1 "$WINDOWS"); do
  for system in "${SYSTEMS[@]}"; do window "$system" "$WINDOW"; done
done

mean() { awk -v c="$1" '{s += $c} END {printf "%.0f", s / NR}' "$2"; }
# The mean p99 over the windows, in milliseconds; wrk prints each as 850.00us, 1.20ms or 1.05s.
mean_p99_ms() {
  awk '{v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)}
        else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; s += v} END {printf "%.2f", s / NR}' "$1"
}

{
  echo "# Benchmark: get one product by id, $(date -u '+%Y-%m-%d %H:%M UTC')$([[ ${1:-} == --smoke ]] && echo ' (smoke)')"
  echo
  echo "Machine: $(nproc) cores ($(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB."
  echo "Each system pinned to CPU 0; PostgreSQL $("$PG_BIN"/postgres --version | awk '{print $3}') (fsync off) and wrk on CPU 1."
  echo "$(java -version 2>&1 | head -1); JVM flags: \`${JVM[*]}\`; pool: 20 connections; $ROWS rows; $CONNECTIONS connections."
  echo "Sample service: Quarkus 3.33.2, packaged, production mode. Raw Vert.x: vertx-pg-client 4.5.27, no framework."
  echo "Warm-up ${WARMUP} s, then $WINDOWS window(s) of ${WINDOW} s per system, interleaved; means over the windows."
  echo
  echo "| system | requests/s | p99 (ms) | app CPU per request (µs) | first request (ms) | RSS at first request (MiB) | RSS after load (MiB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for system in "${SYSTEMS[@]}"; do
    echo "| $system | $(mean 1 "$WORK/$system.windows") | $(mean_p99_ms "$WORK/$system.windows") |" \
      "$(mean 3 "$WORK/$system.windows") | ${FIRST_MS[$system]} | ${RSS_FIRST[$system]} | $(rss_mib "${PID[$system]}") |"
  done
  echo
  sample_rps=$(mean 1 "$WORK/sample.windows"); raw_rps=$(mean 1 "$WORK/raw-vertx.windows")
  sample_cpu=$(mean 3 "$WORK/sample.windows"); raw_cpu=$(mean 3 "$WORK/raw-vertx.windows")
  echo "| ratio, sample / raw Vert.x | value | goal |"
  echo "| --- | ---: | --- |"
  echo "| throughput | $(echo "scale=2; $sample_rps / $raw_rps" | bc) | at least 0.8 |"
  echo "| app CPU per request | $(echo "scale=2; $sample_cpu / $raw_cpu" | bc) | at most 1.5 |"
  echo "| time to first request | $(echo "scale=2; ${FIRST_MS[sample]} / ${FIRST_MS[raw-vertx]}" | bc) | at most 2 |"
  echo "| RSS after load | $(echo "scale=2; $(rss_mib "${PID[sample]}") / $(rss_mib "${PID[raw-vertx]}")" | bc) | at most 1.5 |"
} >"$REPORT"
cat "$REPORT"
