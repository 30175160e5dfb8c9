#!/usr/bin/env bash
# What an API key costs a request against a bearer token (issue 29: p99 with a key within 1.5x of one with a token), on
# the packaged sample in production mode, with reads behind authentication too
# (QUARKUS_HTTP_AUTH_PERMISSION_API_POLICY=authenticated), so that the cheapest request pays for its credential.
# The service on CPU 0 with PostgreSQL 15 (durability off), wrk on CPU 1 with 16 connections. Each request shape is
# warmed up with both credentials, then measured in windows that alternate token and key, so that drift hits both
# alike; the report gives the medians and the ratio of the p99s.
#
# Usage: bench/credentials.sh [--smoke]. Writes bench/results/credentials-<date>-<UTC time>.md; --smoke runs a second
# per window and writes bench/results/credentials-smoke.md, whose figures mean nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/uniform-credentials.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

WARMUP=40 WINDOW=10 WINDOWS=5 CONNECTIONS=16 ROWS=10000
REPORT="$ROOT/bench/results/credentials-$(date -u +%Y-%m-%d-%H%M).md"
if [[ ${1:-} == --smoke ]]; then
  WARMUP=2 WINDOW=1 WINDOWS=1 ROWS=1000
  REPORT="$ROOT/bench/results/credentials-smoke.md"
fi

ensure_packages curl openssl wrk python3
use_java25
ensure_packaged_sample

echo "starting PostgreSQL and the sample service, reads behind authentication"
start_postgres 1
export QUARKUS_HTTP_AUTH_PERMISSION_API_POLICY=authenticated
start_sample 0 -Xms256m -Xmx256m -XX:+UseG1GC
await_ok "localhost:$MGMT_PORT/q/health/ready"
fill_products "$ROWS"
TOKEN=$(mint_token '["products.write"]')
KEY=$(curl -fsS -H "Authorization: Bearer $(mint_token '["api-keys.admin"]')" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","roles":["products.write"]}' "localhost:$APP_PORT/api-keys" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')

# One wrk script per shape and credential: get-by-id reads a random row; create sends a unique code.
for credential in token key; do
  if [[ $credential == token ]]; then header="Authorization" value="Bearer $TOKEN"; else header="X-API-Key" value=$KEY; fi
  cat >"$WORK/get-by-id-$credential.lua" <<LUA
wrk.headers["$header"] = "$value"
function request() return wrk.format("GET", "/products/" .. math.random(1, $ROWS)) end
LUA
  write_create_script "$WORK/create-$credential.lua" "$header" "$value"
done

# One wrk window: shape, credential, seconds, label; appends "label shape credential requests/s p99(ms)".
RUNS=0
window() {
  local out
  RUNS=$((RUNS + 1))
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$3s" --latency -s "$WORK/$1-$2.lua" "http://localhost:$APP_PORT" \
    -- "C$RUNS" 2>&1)
  if grep -qE "Non-2xx|Socket errors" <<<"$out"; then
    echo "$1 with a $2 answered with errors:"$'\n'"$out" >&2
    tail -30 "$WORK/sample.log" >&2
    exit 1
  fi
  [[ $4 == warmup ]] && return
  printf '%s\t%s\t%s\t%s\t%s\n' "$4" "$1" "$2" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)}
       else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; printf "%.2f", v}' <<<"$out")" >>"$WORK/windows.tsv"
}

for shape in get-by-id create; do
  echo "$shape: warming up with each credential, then $WINDOWS windows of each"
  window "$shape" token "$WARMUP" warmup
  window "$shape" key "$WARMUP" warmup
  for i in $(seq 1 "$WINDOWS"); do
    window "$shape" token "$WINDOW" "w$i"
    window "$shape" key "$WINDOW" "w$i"
  done
done

python3 - "$WORK/windows.tsv" "$REPORT" "$WINDOWS" "$WINDOW" "$CONNECTIONS" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
report, windows, window, connections = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
def median(shape, credential, column):
    return statistics.median(float(r[column]) for r in rows if r[1] == shape and r[2] == credential)
lines = ["# What an API key costs a request, against a bearer token", "",
         f"The packaged sample, production mode, reads behind authentication; wrk with {connections} connections from"
         f" another CPU; medians of {windows} windows of {window} s per shape and credential, alternating.", "",
         "| shape | token p99 | key p99 | key / token | token req/s | key req/s | holds (<= 1.5) |",
         "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
held = True
for shape in ("get-by-id", "create"):
    token, key = median(shape, "token", 4), median(shape, "key", 4)
    ratio = key / token if token else float("inf")
    held &= ratio <= 1.5
    lines.append(f"| {shape} | {token:.2f} ms | {key:.2f} ms | {ratio:.2f} | {median(shape, 'token', 3):.0f} |"
                 f" {median(shape, 'key', 3):.0f} | {'yes' if ratio <= 1.5 else '**no**'} |")
open(report, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
print("report:", report)
sys.exit(0 if held else 1)
PY
