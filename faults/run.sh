#!/usr/bin/env bash
# The fault and abuse suite: runs the packaged sample service against a private PostgreSQL 15, breaks things while
# it serves, and judges every answer as a client would (issue 13). Scenarios:
#   concurrency   8 callers change one product at once with the same If-Match (DELETE, PUT, PATCH), many rounds;
#   fuzz          requests derived from api/openapi.json, most of them wrong on purpose, judged by that document;
#   refusals      bearer tokens the service must refuse (another audience, expired, alg none, HS256 with the public
#                 key, an unpublished key, ...), each a 401 problem, and the issuer's own token for it, a 201; API
#                 keys likewise (typo, never issued, revoked, expired), the time a revocation takes, and 10,000
#                 random well-formed keys, none of which may be accepted;
#   outage        the database killed for 10 s under load, 50 of the callers sending nothing but creates, then
#                 started again;
#   pool          every pooled connection blocked on a table lock for 40 s, under load, and a burst of 60 reads
#                 started together meanwhile;
#   slow readers  100 callers (their own process) start reading the export together at 4 KB/s each, with 4 KB receive
#                 windows, while wrk (another process) reads single products: its p99 against its p99 without them;
#   sigterm       the service stopped under load that follows readiness, 2 s behind, as a load balancer does; then
#                 started again to count the writes it acknowledged;
#   replicas      three instances on the one database, each round's requests sent through all of them at once: one
#                 Idempotency-Key makes one product, one If-Match lets one change through, a write is read back
#                 through every replica at once; one caller sends twice its rate limit through all of them while
#                 another reads;
#   spectral      the committed document linted with Spectral's spectral:oas rules, and with the kit's ruleset
#                 (spectral/uniform.yaml: those and the OWASP API Security Top 10 ruleset); the documents of the
#                 services the archetype generated in the kit's build (./mvnw verify) with the kit's ruleset.
# Writes faults/results/faults-<date>-<time>.md. --smoke runs every scenario briefly (some 3 minutes) and prints the
# report instead: CI runs it so that the suite cannot rot; its figures mean little.
# Run as root: it installs Debian's PostgreSQL 15 when missing, and Spectral from npm into a temporary directory.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SMOKE=0
[[ ${1:-} == --smoke ]] && SMOKE=1
WORK=$(mktemp -d /tmp/uniform-faults.XXXXXX)
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

if (( SMOKE )); then
  ROUNDS=3 FUZZ=150 OUTAGE_BEFORE=4 OUTAGE=4 OUTAGE_LOAD=14 OUTAGE_WRITERS=20 LOCK=8 POOL_LOAD=14 READERS=20 READ_SECONDS=5
  EXPORT_ROWS=20000 SIGTERM_LOAD=12 RANDOM_KEYS=500 REPLICA_ROUNDS=3 REPLICA_LIMIT=300 BYSTANDER_READS=100
else
  ROUNDS=25 FUZZ=10000 OUTAGE_BEFORE=8 OUTAGE=10 OUTAGE_LOAD=30 OUTAGE_WRITERS=50 LOCK=40 POOL_LOAD=50 READERS=100 READ_SECONDS=20
  EXPORT_ROWS=100000 SIGTERM_LOAD=20 RANDOM_KEYS=10000 REPLICA_ROUNDS=20 REPLICA_LIMIT=1000 BYSTANDER_READS=300
fi
# The replicas' rate-limit window: short, so that the flood waits little for one to begin, long enough to hold it.
REPLICA_WINDOW=30
SPECTRAL_VERSION=6.16.3
OWASP_RULESET_VERSION=2.0.1
DOCUMENT="$ROOT/sample-service/api/openapi.json"
RESULTS="$WORK/results"
mkdir -p "$RESULTS"/{outage,pool,sigterm,replicas,slow-readers}
now_millis() { date +%s%3N; }
event() { printf '%s\t%s\n' "$2" "$(now_millis)" >>"$RESULTS/$1/events.tsv"; }

ensure_packages curl openssl wrk
echo "building the sample service and the probe"
(cd "$ROOT" && ./mvnw -q -pl sample-service,faults/probe -am package -DskipTests)
PROBE=(java -Xmx1g -jar "$(ls "$ROOT"/faults/probe/target/uniform-fault-probe-*.jar)")

echo "starting PostgreSQL (durable: lost writes are counted) and the sample service"
start_postgres all durable
start_sample all -Xms256m -Xmx512m
await_ok "localhost:$MGMT_PORT/q/health/ready"
# Before the service creates anything: it takes identifiers from the sequence 50 at a time, and a block it already
# holds would run into rows inserted behind its back.
fill_products "$EXPORT_ROWS"
TOKEN=$(mint_token '["products.write","products.delete"]')
API="http://localhost:$APP_PORT"
MANAGEMENT="http://localhost:$MGMT_PORT"
# An API key with the same roles: the concurrent changes and every load below send it on every other request, so that
# the database outage, the exhausted pool and SIGTERM also hit callers whose key the service must look up.
API_KEY=$(curl -fsS -H "Authorization: Bearer $(mint_token '["api-keys.admin"]')" -H 'Content-Type: application/json' \
  -d '{"name":"fault suite","roles":["products.write","products.delete"]}' "$API/api-keys" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')
TARGET=(--api "$API" --management "$MANAGEMENT" --token "$TOKEN" --api-key "$API_KEY" --document "$DOCUMENT")

echo "concurrent changes of one product, $ROUNDS rounds per method"
"${PROBE[@]}" concurrency "${TARGET[@]}" --rounds "$ROUNDS" --out "$RESULTS/concurrency.json"

echo "fuzz: $FUZZ requests per operation"
"${PROBE[@]}" fuzz "${TARGET[@]}" --per-operation "$FUZZ" --out "$RESULTS/fuzz.json" $( ((SMOKE)) && echo --smoke )

echo "bearer tokens and API keys the service must refuse, $RANDOM_KEYS random keys"
"${PROBE[@]}" refusals --api "$API" --issuer https://bench.invalid --audience sample-service --key "$WORK/issuer.key" \
  --public-key "$WORK/issuer.pem" --random-keys "$RANDOM_KEYS" --out "$RESULTS/refusals.json"

echo "database down for ${OUTAGE}s under load, $OUTAGE_WRITERS callers of them sending nothing but creates"
"${PROBE[@]}" load "${TARGET[@]}" --seconds "$OUTAGE_LOAD" --workers 16 --writers "$OUTAGE_WRITERS" \
  --dir "$RESULTS/outage" &
LOAD=$!
sleep "$OUTAGE_BEFORE"
event outage db-down
stop_postgres_now
sleep "$OUTAGE"
start_postgres_again
event outage db-up
wait "$LOAD"
"${PROBE[@]}" verify-writes "${TARGET[@]}" --dir "$RESULTS/outage"

echo "pool exhausted for ${LOCK}s under load"
"${PROBE[@]}" load "${TARGET[@]}" --seconds "$POOL_LOAD" --workers 16 --dir "$RESULTS/pool" &
LOAD=$!
sleep 4
# Granted at once: the service's transactions are short. Every statement on products then waits for it.
event pool locked
psql_run "begin; lock table products in access exclusive mode; select pg_sleep($LOCK); commit;" >/dev/null &
LOCKER=$!
# Once the load holds every connection: 60 reads started at one moment, most of them queued for a connection.
sleep 2
"${PROBE[@]}" burst "${TARGET[@]}" --requests 60 --out "$RESULTS/pool/burst.jsonl"
wait "$LOCKER"
event pool released
wait "$LOAD"

echo "$READERS slow export readers over $EXPORT_ROWS products, reads by id timed by wrk in its own process"
# Random products by id over 4 connections; answers of 500 or above counted, as wrk counts only "not 2xx or 3xx" and
# an earlier scenario may have deleted a product (a 404 is no fault).
cat >"$WORK/random-product.lua" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() failed = 0 end
function request() return wrk.format("GET", "/products/" .. math.random(1, $EXPORT_ROWS)) end
function response(status) if status >= 500 then failed = failed + 1 end end
function done()
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failed") end
  io.write(string.format("Server errors: %d\\n", failed))
end
LUA
reads_by_id() { wrk -t2 -c4 -d"$1s" --latency -s "$WORK/random-product.lua" "$API" >"$2"; }
reads_by_id 5 /dev/null
reads_by_id "$READ_SECONDS" "$RESULTS/slow-readers/without.txt"
# wrk first: the readers connect, then all send their requests at one moment, inside wrk's run.
reads_by_id "$READ_SECONDS" "$RESULTS/slow-readers/with.txt" &
WRK=$!
sleep 1
"${PROBE[@]}" slow-readers "${TARGET[@]}" --readers "$READERS" --rate 4096 --seconds "$READ_SECONDS" \
  --out "$RESULTS/slow-readers/readers.json"
wait "$WRK"

echo "SIGTERM under load"
# The callers stop 2 s after readiness first fails, as a load balancer routing by readiness would; the service keeps
# serving for 5 s after the signal (quarkus.shutdown.delay), each answer with Connection: close.
"${PROBE[@]}" load "${TARGET[@]}" --seconds "$SIGTERM_LOAD" --workers 16 --routing-lag 2000 --dir "$RESULTS/sigterm" &
LOAD=$!
sleep 5
event sigterm sigterm
kill -TERM "$APP_PID"
wait "$APP_PID" || true
event sigterm exited
wait "$LOAD"
# The service's log of every scenario, kept with the results; the restart below writes a new one.
cp "$WORK/sample.log" "$RESULTS/service.log"
start_sample all -Xms256m -Xmx512m
await_ok "localhost:$MGMT_PORT/q/health/ready"
"${PROBE[@]}" verify-writes --api "http://localhost:$APP_PORT" --dir "$RESULTS/sigterm"

echo "three replicas on one database, $REPLICA_ROUNDS rounds each; a rate limit of $REPLICA_LIMIT per ${REPLICA_WINDOW}s"
kill -TERM "$APP_PID"
wait "$APP_PID" || true
REPLICA_APIS=()
for replica in 1 2 3; do
  # Each with the rate limit under test for callers with credentials; the others' checks stay far below it.
  UNIFORM_RATE_LIMIT_REQUESTS=$REPLICA_LIMIT UNIFORM_RATE_LIMIT_WINDOW=PT${REPLICA_WINDOW}S \
    SAMPLE_LOG="$RESULTS/replicas/service-$replica.log" start_sample all -Xms128m -Xmx256m
  await_ok "localhost:$MGMT_PORT/q/health/ready"
  REPLICA_APIS+=("http://localhost:$APP_PORT")
done
"${PROBE[@]}" replicas --apis "$(IFS=,; echo "${REPLICA_APIS[*]}")" --document "$DOCUMENT" \
  --token "$(mint_token '["products.write","products.delete"]' sample-service replicas)" --api-key "$API_KEY" \
  --flood-token "$(mint_token '[]' sample-service flood)" \
  --bystander-token "$(mint_token '[]' sample-service bystander)" \
  --rounds "$REPLICA_ROUNDS" --limit "$REPLICA_LIMIT" --window "$REPLICA_WINDOW" --bystander-reads "$BYSTANDER_READS" \
  --out "$RESULTS/replicas.json"

echo "Spectral $SPECTRAL_VERSION: spectral:oas rules, then the kit's (spectral/uniform.yaml: those and OWASP's)"
npm install --silent --no-audit --no-fund --prefix "$WORK/spectral" "@stoplight/spectral-cli@$SPECTRAL_VERSION" \
  "@stoplight/spectral-owasp-ruleset@$OWASP_RULESET_VERSION" >/dev/null
echo 'extends: ["spectral:oas"]' >"$WORK/spectral/.spectral.yaml"
# Beside its node_modules, where Spectral finds the OWASP ruleset the kit's extends.
cp "$ROOT/spectral/uniform.yaml" "$WORK/spectral/uniform.yaml"
lint() {
  "$WORK/spectral/node_modules/.bin/spectral" lint --quiet --ruleset "$1" --format json "${2:-$DOCUMENT}" >"$WORK/spectral.out" || true
  python3 -c 'import collections, json, sys
r = json.load(open(sys.argv[1]))
errors = collections.Counter(x["code"] for x in r if x["severity"] == 0)
print(json.dumps({"errors": sum(errors.values()), "warnings": sum(1 for x in r if x["severity"] == 1), "byRule": errors}))' \
    "$WORK/spectral.out"
}
lint "$WORK/spectral/.spectral.yaml" >"$RESULTS/spectral.json"
lint "$WORK/spectral/uniform.yaml" >"$RESULTS/spectral-owasp.json"
# The documents of the services the archetype generated in the kit's own build (./mvnw verify, which CI runs first),
# from specs unlike the sample's (every type and constraint, references, a second resource added).
echo '{"documents": 0, "errors": 0, "byDocument": {}}' >"$RESULTS/spectral-generated.json"
for generated in "$ROOT"/archetype/target/it/*/*/api/openapi.json; do
  [[ -f $generated ]] || continue
  lint "$WORK/spectral/uniform.yaml" "$generated" | python3 -c 'import json, sys
summary = json.load(open(sys.argv[1])); one = json.load(sys.stdin)
summary["documents"] += 1; summary["errors"] += one["errors"]
summary["byDocument"][sys.argv[2].split("/archetype/target/it/")[1]] = one["byRule"]
json.dump(summary, open(sys.argv[1], "w"))' "$RESULTS/spectral-generated.json" "$generated"
done

STAMP=$(date +%Y-%m-%d-%H%M)
HEADER="Commit $(cd "$ROOT" && git rev-parse --short HEAD)$( ((SMOKE)) && echo ', smoke mode: figures mean little'). \
$(nproc) cores, $(java -version 2>&1 | head -1). The packaged sample service in production mode, \
PostgreSQL 15 with fsync and synchronous commit on and the probe share the machine, none pinned. Produced by \
\`bash faults/run.sh\`."
if (( SMOKE )); then
  "${PROBE[@]}" report --results "$RESULTS" --out "$WORK/report.md" --title "Fault suite (smoke) $STAMP" --header "$HEADER"
  cat "$WORK/report.md"
else
  mkdir -p "$ROOT/faults/results"
  REPORT="$ROOT/faults/results/faults-$STAMP.md"
  "${PROBE[@]}" report --results "$RESULTS" --out "$REPORT" --title "Fault suite $STAMP" --header "$HEADER"
  cp -r "$RESULTS" "$ROOT/faults/results/faults-$STAMP-data"
  echo "wrote $REPORT"
fi
