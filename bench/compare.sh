#!/usr/bin/env bash
# Whether a setting or a change makes the sample service cheaper: runs two instances of the packaged service side by side
# on CPU 0, A with the first set of JVM options and B with the second, and loads them in turn, window by window, so
# that a slower or faster host hits both alike. One profile.sh run per setting cannot tell a 10% effect from the
# host's drift on this machine; paired windows can. Prints each window and the median CPU per request of each side.
# Usage: [A_APP=dir] [B_APP=dir] bench/compare.sh [get-by-id|list] "<A options>" "<B options>" [windows]
#   e.g. bench/compare.sh get-by-id "" "-Dquarkus.vertx.event-loops-pool-size=2" 6
# Both sides run the sample service as last packaged, unless A_APP or B_APP names another package (a copy of
# sample-service/target/quarkus-app): that is how to compare a build-time setting or a code change, e.g.
#   cp -r sample-service/target/quarkus-app /tmp/before && <change, package> && A_APP=/tmp/before bench/compare.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ENDPOINT=${1:-get-by-id} WINDOWS=${4:-6} SECONDS_PER_WINDOW=10 ROWS=10000
read -r -a A_OPTIONS <<<"${2:-}"
read -r -a B_OPTIONS <<<"${3:-}"
[[ $ENDPOINT == get-by-id || $ENDPOINT == list ]] || { echo "unknown endpoint $ENDPOINT" >&2; exit 2; }
WORK="$(mktemp -d /tmp/uniform-compare.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

ensure_packages curl openssl wrk
ensure_packaged_sample
# On the JDK of the sample's image, as bench/run.sh measures it.
use_java25
start_postgres 1
write_read_scripts "$WORK"

declare -A PIDS PORTS
for side in A B; do
  options="${side}_OPTIONS[@]" app="${side}_APP"
  SAMPLE_APP="${!app:-}" start_sample 0 -Xms256m -Xmx256m -XX:+UseG1GC "${!options}"
  PIDS[$side]=$APP_PID PORTS[$side]=$APP_PORT
  await_ok "localhost:$MGMT_PORT/q/health/ready"
done
fill_products "$ROWS"

load() { count_reads "${PORTS[$1]}" "$ENDPOINT" "$ROWS" "$2"; }

# On one core the JIT compilers need one to three minutes of load before a service runs at full speed.
for side in A B; do load "$side" 90 >/dev/null; done
declare -A COSTS
printf '%-7s %-5s %10s %12s\n' window side "req/s" "µs/request"
for window in $(seq 1 "$WINDOWS"); do
  # Each side goes first in every other window, so that neither always follows the other's load.
  order=(A B)
  (( window % 2 == 0 )) && order=(B A)
  for side in "${order[@]}"; do
    before=$(cpu_micros "${PIDS[$side]}")
    requests=$(load "$side" "$SECONDS_PER_WINDOW")
    after=$(cpu_micros "${PIDS[$side]}")
    cost=$(( (after - before) / requests ))
    COSTS[$side]+="$cost "
    printf '%-7s %-5s %10d %12d\n' "$window" "$side" $(( requests / SECONDS_PER_WINDOW )) "$cost"
  done
done
for side in A B; do
  median=$(tr ' ' '\n' <<<"${COSTS[$side]}" | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
  options="${side}_OPTIONS[*]" app="${side}_APP"
  echo "$side: median $median µs of application CPU per request, RSS $(rss_mib "${PIDS[$side]}") MiB" \
    "(${!app:-last package}, ${!options:-default settings})"
done
