#!/usr/bin/env bash
# How fast the packaged sample starts, lever by lever (issue 17): starts it alone on CPU 0 (PostgreSQL on CPU 1) with
# the benchmark's JVM flags, one instance at a time, each variant once per round, and measures from the process start
# to the first 200 of GET /products/1, as bench/run.sh does. Prints each start and the median per variant.
# Variants (all by default, or name them):
#   plain        the default JDK (java on the PATH, 17 here) without the JVM flags of the service's image: the start
#                before issue 17
#   tier4        the default JDK with the image's flags (quarkus.jib.jvm-additional-arguments), which delay C2
#   jdk25        Temurin 25 with the image's flags
#   deployed     Temurin 25, the image's flags and the AOT cache ProductClientIT trained (target/quarkus-app/app.aot,
#                uniform-parent's aot-cache profile): as the image runs, and as bench/run.sh runs it
#   unchecked    deployed, without Hibernate's schema validation at start
#   unmigrated   deployed, without Flyway at start and without schema validation
#   c1           deployed with C1 only (-XX:TieredStopAtLevel=1): how much of the start is the JIT's
#   raw          raw Vert.x (bench/raw-vertx) on the default JDK
#   raw-jdk25    raw Vert.x on Temurin 25: the benchmark's denominator
#   NAME=BASE:OPTIONS  a variant of one's own: BASE's options and OPTIONS (comma-separated), e.g.
#                      cts10=deployed:-XX:CompileThresholdScaling=10
# Usage: bash bench/startup.sh [--smoke] [variant...]   --smoke: one start of plain, deployed and raw-jdk25 (about a
# minute), so that the script cannot rot; its figures mean nothing. With STARTUP_TSV=file it also appends
# "variant<TAB>ms" per start to the file (bench/run.sh puts the table in its report). The sample is packaged on
# Temurin 25 with its integration tests when it has no AOT cache yet (ensure_packaged_sample). As root: PostgreSQL 15
# is installed when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/uniform-startup.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

STARTS=3
ALL=(plain tier4 jdk25 deployed unchecked unmigrated c1 raw raw-jdk25)
VARIANTS=("${ALL[@]}")
if [[ ${1:-} == --smoke ]]; then
  shift
  STARTS=1 VARIANTS=(plain deployed raw-jdk25)
fi
(($#)) && VARIANTS=("$@")
for variant in "${VARIANTS[@]}"; do
  base=${variant#*=}
  base=${base%%:*}
  [[ " ${ALL[*]} " == *" $base "* ]] || { echo "startup: unknown variant $variant (known: ${ALL[*]})" >&2; exit 2; }
done
JAVA_DEFAULT=$(dirname "$(readlink -f "$(command -v java)")")
(( $(java_release) < 25 )) || echo "startup: the default JDK is $(java_release): plain, tier4 and raw run on it" >&2
JVM=(-Xms256m -Xmx256m -XX:+UseG1GC)

# How a variant starts: "<system> <java bin directory> <the image's flags and AOT cache: yes or none> [JVM options...]".
launch_of() {
  case $1 in
    *=*)
      local spec=${1#*=}
      echo "$(launch_of "${spec%%:*}") $(tr ',' ' ' <<<"${spec#*:}")"
      ;;
    plain) echo "sample $JAVA_DEFAULT none" ;;
    tier4) echo "sample $JAVA_DEFAULT yes" ;;
    jdk25) echo "sample $JAVA25 yes -XX:AOTMode=off" ;;
    deployed) echo "sample $JAVA25 yes" ;;
    unchecked) echo "sample $JAVA25 yes -Dquarkus.hibernate-orm.schema-management.strategy=none" ;;
    unmigrated)
      echo "sample $JAVA25 yes -Dquarkus.flyway.migrate-at-start=false" \
        "-Dquarkus.hibernate-orm.schema-management.strategy=none"
      ;;
    c1) echo "sample $JAVA25 yes -XX:TieredStopAtLevel=1" ;;
    raw) echo "raw $JAVA_DEFAULT none" ;;
    raw-jdk25) echo "raw $JAVA25 none" ;;
  esac
}

# Starts a system as "launch_of" describes it, with the benchmark's JVM flags first. Sets APP_PID and APP_PORT.
launch() {
  local system=$1 java=$2 image=$3
  shift 3
  if [[ $system == raw ]]; then
    PATH="$java:$PATH" start_raw_vertx 0 "${JVM[@]}" "$@"
  else
    IMAGE_FLAGS=$image PATH="$java:$PATH" start_sample 0 "${JVM[@]}" "$@"
  fi
}

# Starts a variant and sets MILLIS: from the start to the first 200 of GET /products/1. Stops it again.
time_to_first_read() {
  local started
  started=$(date +%s%N)
  launch "$@"
  until curl -fs -o /dev/null "localhost:$APP_PORT/products/1"; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK"/*.log >&2; exit 1; }
    sleep 0.02
  done
  MILLIS=$(( ($(date +%s%N) - started) / 1000000 ))
  stop_app
}

needs() { printf '%s\n' "${VARIANTS[@]}" | grep -q -- "$1"; }
needs raw-jdk25 && require_java25

ensure_packages curl openssl
ensure_packaged_sample
needs raw && { [[ -d $ROOT/bench/raw-vertx/target/lib ]] || (cd "$ROOT" && ./mvnw -q -f bench/raw-vertx/pom.xml package); }
start_postgres 1

# The first start migrates the schema; then the row every start reads exists.
launch sample "$JAVA_DEFAULT" none
await_ok "localhost:$MGMT_PORT/q/health/ready"
fill_products 10
stop_app

# Round after round, each variant once per round, so that the host's drift hits every variant alike.
declare -A MILLIS_OF
for _ in $(seq 1 "$STARTS"); do
  for variant in "${VARIANTS[@]}"; do
    read -r -a how <<<"$(launch_of "$variant")"
    time_to_first_read "${how[@]}"
    MILLIS_OF[$variant]+="$MILLIS "
    [[ -z ${STARTUP_TSV:-} ]] || printf '%s\t%s\n' "${variant%%=*}" "$MILLIS" >>"$STARTUP_TSV"
  done
done

echo "| variant | starts (ms) | median (ms) |"
echo "| --- | --- | ---: |"
for variant in "${VARIANTS[@]}"; do
  read -r -a millis <<<"${MILLIS_OF[$variant]}"
  median=$(printf '%s\n' "${millis[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "| $variant | $(IFS=/; echo "${millis[*]}" | sed 's|/| / |g') | $median |"
done
