#!/usr/bin/env bash
# How fast the packaged sample starts, lever by lever (issue 17): starts it alone on CPU 0 (PostgreSQL on CPU 1) with
# the benchmark's JVM flags, once per variant and start, one instance at a time, and measures from the process start to
# the first 200 of GET /products/1, as bench/run.sh does. Prints each start and the median per variant.
# Variants (all by default, or name them):
#   jdk17                the default JDK, as bench/run.sh runs it today
#   jdk25                Temurin 25
#   jdk25-aot            Temurin 25 with an AOT cache (JEP 483) from one training run that serves 50 reads
#   jdk25-aot-unchecked  the same, Hibernate's schema validation off
#   unmigrated           the default JDK without Flyway at start and without schema validation
#   jdk17-c1             the default JDK with C1 only (-XX:TieredStopAtLevel=1): the JIT's share of the start
#   jdk25-aot-c1         Temurin 25, the AOT cache and C1 only
# Usage: bash bench/startup.sh [--smoke] [variant...]   --smoke: one start of jdk17 and jdk25-aot (about a minute),
# so that the script cannot rot; its figures mean nothing. As root: PostgreSQL 15 is installed when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/uniform-startup.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

STARTS=3
ALL=(jdk17 jdk25 jdk25-aot jdk25-aot-unchecked unmigrated jdk17-c1 jdk25-aot-c1)
VARIANTS=("${ALL[@]}")
if [[ ${1:-} == --smoke ]]; then
  shift
  STARTS=1 VARIANTS=(jdk17 jdk25-aot)
fi
(($#)) && VARIANTS=("$@")
for variant in "${VARIANTS[@]}"; do
  [[ " ${ALL[*]} " == *" $variant "* ]] || { echo "startup: unknown variant $variant (known: ${ALL[*]})" >&2; exit 2; }
done
JAVA17=$(dirname "$(readlink -f "$(command -v java)")")
JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin
JVM=(-Xms256m -Xmx256m -XX:+UseG1GC)
[[ -x $JAVA25/java ]] || { echo "startup: Temurin 25 is expected in $JAVA25" >&2; exit 1; }

ensure_packages curl openssl
ensure_packaged_sample
start_postgres 1

# Starts the sample with the given java (a bin directory) and options, and sets MILLIS: from the start to the first
# 200 of GET /products/1. Stops it again.
time_to_first_read() {
  local java=$1 started
  shift
  started=$(date +%s%N)
  PATH="$java:$PATH" start_sample 0 "$@"
  until curl -fs -o /dev/null "localhost:$APP_PORT/products/1"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/sample.log" >&2; exit 1; }
    sleep 0.02
  done
  MILLIS=$(( ($(date +%s%N) - started) / 1000000 ))
  stop_app
}

# One JDK 25 run that starts, serves 50 reads and stops: the JVM writes the AOT cache on its way out.
AOT_CACHE="$WORK/sample.aot"
train_aot_cache() {
  PATH="$JAVA25:$PATH" start_sample 0 "${JVM[@]}" -XX:AOTCacheOutput="$AOT_CACHE"
  await_ok "localhost:$APP_PORT/products/1"
  for i in $(seq 1 50); do curl -fs -o /dev/null "localhost:$APP_PORT/products/$((i % 10 + 1))"; done
  stop_app
  [[ -f $AOT_CACHE ]] || { echo "startup: the training run wrote no AOT cache" >&2; exit 1; }
}

options_of() {
  case $1 in
    jdk17) echo "$JAVA17" ;;
    jdk25) echo "$JAVA25" ;;
    jdk25-aot) echo "$JAVA25 -XX:AOTCache=$AOT_CACHE" ;;
    jdk25-aot-unchecked) echo "$JAVA25 -XX:AOTCache=$AOT_CACHE -Dquarkus.hibernate-orm.schema-management.strategy=none" ;;
    unmigrated) echo "$JAVA17 -Dquarkus.flyway.migrate-at-start=false -Dquarkus.hibernate-orm.schema-management.strategy=none" ;;
    jdk17-c1) echo "$JAVA17 -XX:TieredStopAtLevel=1" ;;
    jdk25-aot-c1) echo "$JAVA25 -XX:AOTCache=$AOT_CACHE -XX:TieredStopAtLevel=1" ;;
  esac
}

# The first start migrates the schema; then the row every start reads exists.
PATH="$JAVA17:$PATH" start_sample 0 "${JVM[@]}"
await_ok "localhost:$MGMT_PORT/q/health/ready"
fill_products 10
stop_app
if [[ " ${VARIANTS[*]} " == *-aot* ]]; then train_aot_cache; fi

echo "| variant | starts (ms) | median (ms) |"
echo "| --- | --- | ---: |"
for variant in "${VARIANTS[@]}"; do
  read -r -a options <<<"$(options_of "$variant")"
  millis=()
  for _ in $(seq 1 "$STARTS"); do
    time_to_first_read "${options[0]}" "${JVM[@]}" "${options[@]:1}"
    millis+=("$MILLIS")
  done
  median=$(printf '%s\n' "${millis[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "| $variant | $(IFS=/; echo "${millis[*]}" | sed 's|/| / |g') | $median |"
done
