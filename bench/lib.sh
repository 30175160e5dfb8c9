# Shared by the benchmark scripts: a private PostgreSQL 15, the packaged sample service, and measurements from /proc.
# Source it after setting WORK (a temporary directory) and ROOT (the repository); call bench_cleanup on exit.

PG_BIN=/usr/lib/postgresql/15/bin
BENCH_PIDS=()

bench_cleanup() {
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

# The command prefix that pins to the given CPUs (a taskset list), none for "all"; sets PIN. taskset execs the
# command, so the PID of a background job started with it is the application's own.
pin_to() {
  PIN=()
  if [[ $1 != all ]]; then PIN=(taskset -c "$1"); fi
}

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

# Installs the Debian packages given (as root) that are missing, and PostgreSQL 15.
ensure_packages() {
  local missing=()
  for package in postgresql-15 "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if (( ${#missing[@]} )); then
    echo "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Starts PostgreSQL on a free port (PG_PORT). $1: CPUs, or "all"; $2: "durable" for a server that keeps every
# acknowledged commit through a crash (the fault suite counts lost writes), else durability is off: its data is thrown
# away.
start_postgres() {
  PG_PORT=$(free_port)
  PG_PIN=""
  [[ ${1:-all} != all ]] && PG_PIN="taskset -c $1"
  PG_OPTIONS="-p $PG_PORT -k $WORK -c max_connections=200"
  if [[ ${2:-} != durable ]]; then
    PG_OPTIONS+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  # A scenario's own server settings, such as a cache its tables need (PG_SETTINGS="-c shared_buffers=1GB").
  PG_OPTIONS+=" ${PG_SETTINGS:-}"
  chown postgres "$WORK" && chmod 700 "$WORK"
  su postgres -s /bin/sh -c "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust" >/dev/null
  start_postgres_again
}

# Starts the server start_postgres made, with its data, after stop_postgres_now.
start_postgres_again() {
  su postgres -s /bin/sh -c "$PG_PIN $PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w start -o '$PG_OPTIONS'" >/dev/null
}

# Stops PostgreSQL at once, as a crash or a killed pod would: connections are cut, nothing is flushed politely.
stop_postgres_now() {
  su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null
}

psql_run() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -qtAX -c "$1"; }

# Makes sure products 1 to the given count exist, so that a benchmark can pick any of them (rows already there, such
# as those a create benchmark added, stay); moves the sample's sequence past them, as the service allocates
# identifiers from it 50 at a time.
fill_products() {
  psql_run "insert into products (id, code, name, price, status, created_at, updated_at, version)
            select n, 'B-' || n, 'Benchmark product ' || n, 1.00 + n % 1000, 'ACTIVE', now(), now(), 0
            from generate_series(1, $1) as n
            on conflict do nothing;
            select setval('products_seq', greatest($1 + 50, (select last_value from products_seq)))" >/dev/null
  psql_run "vacuum analyze products" >/dev/null
}

# Temurin 25, which the sample's image runs (ubi9/openjdk-25-runtime) and every JVM system of bench/run.sh runs on.
JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin
require_java25() {
  [[ -x $JAVA25/java ]] || { echo "bench: Temurin 25 is expected in $JAVA25" >&2; exit 1; }
}
use_java25() {
  require_java25
  PATH="$JAVA25:$PATH"
}

# Packages the sample service as its image carries it, unless such a package is there: on Temurin 25, where
# uniform-parent's aot-cache profile has ProductClientIT train the AOT cache (target/quarkus-app/app.aot).
# profile.sh and compare.sh measure the one last packaged, so that a build-time setting can be tried by packaging with
# it first.
ensure_packaged_sample() {
  [[ -f "$ROOT/sample-service/target/quarkus-app/app.aot" ]] || package_sample
}

package_sample() {
  require_java25
  (cd "$ROOT" && JAVA_HOME=$(dirname "$JAVA25") ./mvnw -q -pl sample-service -am verify -Dtest=none \
    -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dmaven.javadoc.skip=true)
  [[ -f "$ROOT/sample-service/target/quarkus-app/app.aot" ]] ||
    { echo "bench: ProductClientIT wrote no AOT cache" >&2; exit 1; }
}

# The JVM flags the sample's image passes (uniform-parent's quarkus.jib.jvm-additional-arguments, which Dockerfile.jvm
# repeats), one per line: every script here starts the service as it is deployed.
sample_image_flags() {
  sed -n 's|^ *<quarkus\.jib\.jvm-additional-arguments>\(.*\)</quarkus\.jib\.jvm-additional-arguments>|\1|p' \
    "$ROOT/parent-bom/pom.xml" | tr ',' '\n'
}

# The feature release of the java on the PATH: 17, 25.
java_release() {
  java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

# Starts the packaged sample service in production mode as its image starts it: with the image's flags and, on JDK 25
# or later, the AOT cache its build trained; sets APP_PID, APP_PORT and MGMT_PORT (health and metrics, apart from the
# API in production). $1: CPUs, then JVM options, which come after the image's and so win over them.
# SAMPLE_APP names another package (a quarkus-app directory) to start instead of the one last built; IMAGE_FLAGS=none
# leaves the image's flags and cache out; SAMPLE_LOG names the log file (by default $WORK/sample.log).
start_sample() {
  local image_flags=() app=${SAMPLE_APP:-$ROOT/sample-service/target/quarkus-app}
  if [[ ${IMAGE_FLAGS:-} != none ]]; then
    mapfile -t image_flags < <(sample_image_flags)
    if [[ -f $app/app.aot ]] && (( $(java_release) >= 25 )); then image_flags+=("-XX:AOTCache=$app/app.aot"); fi
  fi
  pin_to "$1"; shift
  [[ -f "$WORK/issuer.pem" ]] || {
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/issuer.key" 2>/dev/null
    openssl pkey -in "$WORK/issuer.key" -pubout -out "$WORK/issuer.pem"
  }
  APP_PORT=$(free_port)
  MGMT_PORT=$(free_port)
  # Load from one machine (one address, a few tokens) is far over the default rate limits; every request is still
  # counted. A scenario that tests the limit sets its own.
  UNIFORM_RATE_LIMIT_REQUESTS=${UNIFORM_RATE_LIMIT_REQUESTS:-1000000000} \
  UNIFORM_RATE_LIMIT_ANONYMOUS_REQUESTS=${UNIFORM_RATE_LIMIT_ANONYMOUS_REQUESTS:-1000000000} \
  QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MGMT_PORT \
  QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://localhost:$PG_PORT/postgres" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  MP_JWT_VERIFY_ISSUER=https://bench.invalid MP_JWT_VERIFY_AUDIENCES=sample-service \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/issuer.pem" \
    "${PIN[@]}" java "${image_flags[@]}" "$@" -jar "$app/quarkus-run.jar" >"${SAMPLE_LOG:-$WORK/sample.log}" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# Starts the Spring WebFlux + R2DBC system; sets APP_PID and APP_PORT. $1: CPUs, then JVM options.
start_spring() {
  pin_to "$1"; shift
  APP_PORT=$(free_port)
  PORT=$APP_PORT PG_PORT=$PG_PORT "${PIN[@]}" java "$@" -jar "$ROOT/bench/spring-webflux/target/spring-webflux.jar" \
    >"$WORK/spring-webflux.log" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# Starts the FastAPI system on uvicorn, one worker (one core), uvloop and httptools as uvicorn[standard] has them;
# sets APP_PID and APP_PORT. $1: CPUs.
start_fastapi() {
  pin_to "$1"
  APP_PORT=$(free_port)
  (cd "$ROOT/bench/fastapi" && PG_PORT=$PG_PORT exec "${PIN[@]}" /usr/bin/python3 -m uvicorn app:app \
    --port "$APP_PORT" --loop uvloop --http httptools --no-access-log --log-level warning) \
    >"$WORK/fastapi.log" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# A bearer token the sample service accepts: RS256, signed by the issuer key start_sample made. $1: its groups as a
# JSON array, by default the role creates need; $2: its audience, by default the sample's own; $3: its subject, by
# default bench (each subject is a caller of its own to the rate limit).
mint_token() {
  local now header claims groups=${1:-'["products.write"]'} audience=${2:-sample-service} subject=${3:-bench}
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
  claims=$(printf '{"iss":"https://bench.invalid","aud":"%s","sub":"%s","upn":"%s","groups":%s,"iat":%s,"exp":%s}' \
    "$audience" "$subject" "$subject" "$groups" "$now" "$((now + 86400))" | base64url)
  echo "$header.$claims.$(printf '%s' "$header.$claims" | openssl dgst -sha256 -sign "$WORK/issuer.key" -binary | base64url)"
}

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# Starts the raw Vert.x baseline; sets APP_PID and APP_PORT. $1: CPUs, then JVM options.
start_raw_vertx() {
  pin_to "$1"; shift
  APP_PORT=$(free_port)
  PORT=$APP_PORT PG_PORT=$PG_PORT "${PIN[@]}" java "$@" \
    -cp "$ROOT/bench/raw-vertx/target/classes:$ROOT/bench/raw-vertx/target/lib/*" dev.uniform.bench.RawVertxApp \
    >"$WORK/raw-vertx.log" 2>&1 &
  APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
}

# Waits until the URL answers 200; fails with the log after 60 s.
await_ok() {
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.25
  done
  echo "no answer from $1" >&2
  cat "$WORK"/*.log >&2
  return 1
}

stop_app() {
  kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}

# Writes the wrk scripts of the reads into the given directory: get-by-id.lua picks a random id up to its argument
# (wrk ... -- <rows>), so that every request reads a row; list.lua a random page among the first 50, sorted by an
# indexed field.
write_read_scripts() {
  cat >"$1/get-by-id.lua" <<'LUA'
local rows
function init(args) rows = tonumber(args[1]) end
function request() return wrk.format("GET", "/products/" .. math.random(1, rows)) end
LUA
  cat >"$1/list.lua" <<'LUA'
function request() return wrk.format("GET", "/products?page=" .. math.random(0, 49) .. "&size=20&sort=code") end
LUA
}

# Writes a wrk script that creates products, each with a unique code (wrk ... -- <prefix>), sending one header: the
# credential. $1: the script's path, $2: the header's name, $3: its value.
write_create_script() {
  cat >"$1" <<LUA
local prefix, counter = "", 0
function init(args) prefix = args[1] end
wrk.headers["Content-Type"] = "application/json"
wrk.headers["$2"] = "$3"
function request()
  counter = counter + 1
  local body = '{"code":"' .. prefix .. '-' .. counter .. '","name":"Benchmark product","price":19.90,"status":"ACTIVE"}'
  return wrk.format("POST", "/products", nil, body)
end
LUA
}

# Loads a read endpoint from CPU 1 with 64 connections and prints how many requests were served. $1: port,
# $2: endpoint (a script of write_read_scripts in $WORK), $3: rows to pick ids from, $4: seconds.
count_reads() {
  taskset -c 1 wrk -t1 -c64 -d"$4s" -s "$WORK/$2.lua" "http://localhost:$1" -- "$3" | awk '/requests in/ {print $1}'
}

# CPU time of a process so far, in microseconds (user + system).
cpu_micros() {
  local ticks
  ticks=$(awk '{print $14 + $15}' "/proc/$1/stat")
  echo $(( ticks * 1000000 / $(getconf CLK_TCK) ))
}

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
