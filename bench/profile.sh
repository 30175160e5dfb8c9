#!/usr/bin/env bash
# Where the sample service spends its CPU on one endpoint: starts a private PostgreSQL and the packaged service
# (pinned as in bench/run.sh) with Java Flight Recorder, loads the endpoint with wrk, and prints the application CPU
# per request and the share of CPU samples per library and per method, on top of the stack and anywhere on it.
# Usage: bench/profile.sh [get-by-id|list] [seconds]. Extra JVM options (such as -Dquarkus.x=y for a runtime
# setting) come from SAMPLE_OPTS; it profiles the sample service as last packaged (./mvnw -pl sample-service -am
# package -DskipTests -D<build-time setting> to try a build-time one). Prints to the terminal; with PROFILE_OUT=file
# it keeps the recording there too, for JDK Mission Control or `jfr print`.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ENDPOINT=${1:-get-by-id} SECONDS_MEASURED=${2:-20} ROWS=10000
WORK="$(mktemp -d /tmp/uniform-profile.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

ensure_packages curl openssl wrk
ensure_packaged_sample
# On the JDK of the sample's image, as bench/run.sh measures it.
use_java25
start_postgres 1
read -r -a OPTS <<<"${SAMPLE_OPTS:-}"
# The recorder starts with the JVM: started later through jcmd, it made this JVM deoptimise and run about 8 times
# slower on one core.
start_sample 0 -Xms256m -Xmx256m -XX:+UseG1GC -XX:StartFlightRecording=name=profile,settings=profile "${OPTS[@]}"
await_ok "localhost:$MGMT_PORT/q/health/ready"
fill_products "$ROWS"

[[ $ENDPOINT == get-by-id || $ENDPOINT == list ]] || { echo "unknown endpoint $ENDPOINT" >&2; exit 2; }
write_read_scripts "$WORK"
load() { count_reads "$APP_PORT" "$ENDPOINT" "$ROWS" "$1"; }

# On one core the JIT compilers share the CPU with the service: it takes about a minute to reach full speed.
load 60 >/dev/null
before=$(cpu_micros "$APP_PID")
requests=$(load "$SECONDS_MEASURED")
after=$(cpu_micros "$APP_PID")
jcmd "$APP_PID" JFR.dump name=profile begin="-${SECONDS_MEASURED}s" filename="$WORK/profile.jfr" >/dev/null
echo "$ENDPOINT: $requests requests in ${SECONDS_MEASURED} s, $(( (after - before) / requests )) µs of application CPU each" \
  "(the recorder's own cost included)"
[[ -n ${PROFILE_OUT:-} ]] && cp "$WORK/profile.jfr" "$PROFILE_OUT"
jfr print --events jdk.ExecutionSample --stack-depth 200 "$WORK/profile.jfr" >"$WORK/samples.txt"
/usr/bin/python3 - "$WORK/samples.txt" <<'PY'
import re, sys
from collections import Counter

# Libraries by package prefix, most specific first.
LIBRARIES = [("io.smallrye.context", "SmallRye Context Propagation"), ("com.arjuna", "Narayana (JTA)"),
             ("org.hibernate.reactive", "Hibernate Reactive"), ("org.hibernate", "Hibernate ORM"),
             ("io.vertx.sqlclient", "Vert.x SQL client"), ("io.vertx.pgclient", "Vert.x SQL client"),
             ("io.micrometer", "Micrometer"), ("io.quarkus.micrometer", "Micrometer"),
             ("org.jboss.resteasy.reactive", "Quarkus REST"), ("io.quarkus.resteasy.reactive", "Quarkus REST"),
             ("io.quarkus.vertx.http", "Quarkus HTTP"), ("io.vertx.core", "Vert.x core"), ("io.netty", "Netty"),
             ("com.fasterxml.jackson", "Jackson"), ("io.smallrye.mutiny", "Mutiny"), ("io.quarkus.arc", "ArC (CDI)"),
             ("org.hibernate.validator", "Hibernate Validator"), ("io.quarkus.security", "Quarkus security"),
             ("io.quarkus.hibernate", "Quarkus Hibernate"), ("dev.uniform", "uniform"), ("java.", "JDK"),
             ("jdk.", "JDK"), ("sun.", "JDK")]

def library(frame):
    return next((name for prefix, name in LIBRARIES if frame.startswith(prefix)), "other")

stacks, current = [], None
for line in open(sys.argv[1]):
    if line.startswith("jdk.ExecutionSample"):
        current = []
        stacks.append(current)
    elif current is not None:
        match = re.match(r"\s+([\w.$<>]+)\(", line)
        if match:
            current.append(match.group(1))
stacks = [s for s in stacks if s]
total = len(stacks)
top_library = Counter(library(s[0]) for s in stacks)
anywhere = Counter(name for s in stacks for name in {library(f) for f in s})
top_method = Counter(s[0] for s in stacks)
print(f"{total} CPU samples")
print("\nshare of samples, by library: on top of the stack (self) / anywhere on it (total)")
for name, count in anywhere.most_common(18):
    print(f"  {100 * top_library[name] / total:5.1f}% / {100 * count / total:5.1f}%  {name}")
print("\nhottest methods (self)")
for method, count in top_method.most_common(15):
    print(f"  {100 * count / total:5.1f}%  {method}")
PY
