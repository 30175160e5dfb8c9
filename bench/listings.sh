#!/usr/bin/env bash
# How the sample's listings cost as its table grows (issue 31): each shape of GET /products (the first page, a page by
# cursor deep in, each sort, each filter, two combined, a count on request) and the writes at 10,000, 100,000 and
# 1,000,000 rows (or the sizes given), requests one after another on a kept-alive connection, the median of 15 after 25
# unmeasured (250 at the first size); beside them what PostgreSQL itself takes for an exact count and for a keyset page
# (id > x order by id limit 20): the floor an index gives at any size. At 100,000 rows (the smoke's size in --smoke),
# a walk of every row by cursor while two other connections create and delete. Writes
# bench/results/listings-<date>.md and .png. --smoke: 2,000 rows, 3 requests a shape, prints the report instead (CI
# runs it so that the script cannot rot; its figures mean little).
# Run as root: it installs Debian's PostgreSQL 15, curl and matplotlib when missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SMOKE=0
[[ ${1:-} == --smoke ]] && { SMOKE=1; shift; }
# The service's requests warm up 25 times, more than its 20 pooled connections: PostgreSQL loads pg_trgm into a
# connection the first time it meets a contains search there (about 40 ms, once), and the steady state is the figure.
if (( SMOKE )); then SIZES=(2000) RUNS=3 WARMUP=1; else SIZES=("${@:-10000 100000 1000000}") RUNS=15 WARMUP=25; fi
PG_WARMUP=$(( WARMUP < 3 ? WARMUP : 3 ))
read -r -a SIZES <<<"${SIZES[*]}"
WORK="$(mktemp -d /tmp/uniform-listings.XXXXXX)"
STAMP=$(date -u +%Y-%m-%d-%H%M)
REPORT="$ROOT/bench/results/listings-$STAMP"
(( SMOKE )) && REPORT="$WORK/listings-smoke"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

ensure_packages curl openssl python3-matplotlib
echo "building the sample service"
(cd "$ROOT" && ./mvnw -q -pl sample-service -am package -DskipTests)
echo "starting PostgreSQL and the service"
# A production server caches its hot pages; PostgreSQL's default 128 MB cannot hold a million products and their
# indexes (about 400 MB), which would measure this machine's page cache instead of the queries.
PG_SETTINGS="-c shared_buffers=1GB"
start_postgres
start_sample all -Xms256m -Xmx512m
await_ok "localhost:$MGMT_PORT/q/health/ready"
API="http://localhost:$APP_PORT"
TOKEN=$(mint_token '["products.write","products.delete"]')
WALK_AT=100000
(( SMOKE )) && WALK_AT=${SIZES[0]}

# Rows as a real table has them: three statuses, prices, names and times that vary, inserted in id order after the
# identifiers the service may hold in its block of the sequence (its creates come from there, 50 at a time).
fill_listing_rows() {
  psql_run "insert into products (id, code, name, price, status, created_at, updated_at, version)
            select n, 'L-' || n, 'product ' || n, 1.00 + (n * 7919) % 100000 / 100.0,
                   (array['DRAFT','ACTIVE','ARCHIVED'])[1 + n % 3],
                   timestamptz '2026-01-01' + n * interval '1 second',
                   timestamptz '2026-01-01' + (n * 7919 % 1000003) * interval '1 second', 0
            from generate_series((select greatest(coalesce(max(id), 0), (select last_value from products_seq)) + 100
                                  from products), $1) as n;
            select setval('products_seq', greatest($1 + 50, (select last_value from products_seq)))" >/dev/null
  psql_run "vacuum analyze products" >/dev/null
}

# The median of RUNS timed requests of one shape, in milliseconds, after WARMUP unmeasured ones (ten times as many at
# the first size, when the service has just started and its code is not yet compiled); fails on an answer other than
# 200.
median_ms() {
  local warmup=$WARMUP
  [[ $rows == "${SIZES[0]}" ]] && warmup=$((WARMUP * 10))
  /usr/bin/python3 "$ROOT/bench/listings.py" time "$1" "$warmup" "$RUNS"
}

# The median of RUNS executions of a statement in PostgreSQL itself (EXPLAIN ANALYZE's execution time), in ms.
pg_median_ms() {
  local times=()
  for ((i = 0; i < PG_WARMUP + RUNS; i++)); do
    t=$(psql_run "explain (analyze, timing off, format json) $1" | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["Execution Time"])')
    (( i >= PG_WARMUP )) && times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR] = $1} END {printf "%.2f", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# One line of the measurements: rows, shape, then the command that measures it (a failure stops the run).
record() {
  local median
  median=$("${@:3}")
  printf '%s\t%s\t%s\n' "$1" "$2" "$median" >>"$WORK/listings.tsv"
}

printf 'rows\tshape\tmedian_ms\n' >"$WORK/listings.tsv"
for rows in "${SIZES[@]}"; do
  echo "filling $rows rows"
  fill_listing_rows "$rows"
  mid=$((rows / 2)) third=$((rows / 3))
  mid_price=$(psql_run "select price from products where id = $mid")
  declare -A shapes=(
    ["GET /products/{id}"]="$API/products/$mid"
    ["first page (size=20)"]="$API/products?size=20"
    ["first page, counted (count=true)"]="$API/products?size=20&count=true"
    ["deepest page by index (page=499)"]="$API/products?size=20&page=499"
    ["a page by cursor deep in (sort=code)"]="$API/products?size=20&cursor=$(/usr/bin/python3 "$ROOT/bench/listings.py" cursor code "L-$mid" "$mid")"
    ["a page by cursor deep in (sort=-price)"]="$API/products?size=20&cursor=$(/usr/bin/python3 "$ROOT/bench/listings.py" cursor -price "$mid_price" "$mid")"
    ["sort=name"]="$API/products?size=20&sort=name"
    ["sort=-price"]="$API/products?size=20&sort=-price"
    ["sort=status"]="$API/products?size=20&sort=status"
    ["sort=-createdAt"]="$API/products?size=20&sort=-createdAt"
    ["sort=updatedAt"]="$API/products?size=20&sort=updatedAt"
    ["status=ACTIVE"]="$API/products?size=20&status=ACTIVE"
    ["minPrice=500&maxPrice=501"]="$API/products?size=20&minPrice=500&maxPrice=501"
    ["code contains"]="$API/products?size=20&code=L-$third"
    ["name contains"]="$API/products?size=20&name=product%20$third"
    ["status=ACTIVE&sort=name"]="$API/products?size=20&status=ACTIVE&sort=name"
    ["status=ACTIVE&minPrice=500&maxPrice=600"]="$API/products?size=20&status=ACTIVE&minPrice=500&maxPrice=600"
  )
  for shape in "GET /products/{id}" "first page (size=20)" "first page, counted (count=true)" \
    "deepest page by index (page=499)" "a page by cursor deep in (sort=code)" "a page by cursor deep in (sort=-price)" \
    "sort=name" "sort=-price" "sort=status" "sort=-createdAt" "sort=updatedAt" "status=ACTIVE" \
    "minPrice=500&maxPrice=501" "code contains" "name contains" "status=ACTIVE&sort=name" \
    "status=ACTIVE&minPrice=500&maxPrice=600"; do
    record "$rows" "$shape" median_ms "${shapes[$shape]}"
  done
  record "$rows" "write: create" /usr/bin/python3 "$ROOT/bench/listings.py" write "$API" "$TOKEN" create "$WARMUP" "$RUNS"
  record "$rows" "write: change (PATCH)" /usr/bin/python3 "$ROOT/bench/listings.py" write "$API" "$TOKEN" change "$WARMUP" "$RUNS"
  record "$rows" "PostgreSQL: count(*)" pg_median_ms 'select count(*) from products'
  record "$rows" "PostgreSQL: keyset page" pg_median_ms "select * from products where id > $mid order by id limit 20"
  if (( rows == WALK_AT )); then
    echo "walking $rows rows by cursor while others write"
    psql_run "select id from products" >"$WORK/ids.txt"
    /usr/bin/python3 "$ROOT/bench/listings.py" walk "$API" "$TOKEN" "$WORK/ids.txt" | tee "$WORK/walk.properties"
  fi
  unset shapes
done

{
  echo "commit=$(git -C "$ROOT" rev-parse --short HEAD)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "cpus=$(nproc)"
  echo "runs=$RUNS"
} >"$WORK/meta.properties"
/usr/bin/python3 "$ROOT/bench/listings.py" "$WORK" "$REPORT"
if (( SMOKE )); then cat "$REPORT.md"; else echo "wrote $REPORT.md and $REPORT.png"; fi
