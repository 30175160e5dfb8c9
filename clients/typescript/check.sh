#!/usr/bin/env bash
# The TypeScript client a consumer makes from the sample's recorded API (openapi-generator's typescript-fetch, the
# version uniform-parent pins for the Java client), compiled with the TypeScript compiler in strict mode and run with
# Node against the packaged sample on a private PostgreSQL: it pages through every product by cursor, forwards and back
# (walk.ts). Needs Node 18 or later (fetch); installs TypeScript from npm into a temporary directory. As root: it
# installs PostgreSQL 15 when missing. About a minute.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/uniform-typescript.XXXXXX)"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT

ensure_packages curl openssl
GENERATOR=$(sed -n 's|.*<openapi-generator-plugin.version>\(.*\)</openapi-generator-plugin.version>.*|\1|p' \
  "$ROOT/parent-bom/pom.xml")
echo "typescript client: generating it from sample-service/api/openapi.json (openapi-generator $GENERATOR)"
cp "$ROOT/clients/typescript/"{package.json,tsconfig.json,walk.ts} "$WORK/"
(cd "$ROOT" && ./mvnw -N -q "org.openapitools:openapi-generator-maven-plugin:$GENERATOR:generate" \
  -Dopenapi.generator.maven.plugin.inputSpec=sample-service/api/openapi.json \
  -Dopenapi.generator.maven.plugin.generatorName=typescript-fetch \
  -Dopenapi.generator.maven.plugin.output="$WORK/client" >/dev/null)
(cd "$WORK" && npm install --silent --no-audit --no-fund >/dev/null && npx tsc -p .)

echo "typescript client: starting PostgreSQL and the packaged sample"
[[ -f "$ROOT/sample-service/target/quarkus-app/quarkus-run.jar" ]] ||
  (cd "$ROOT" && ./mvnw -q -pl sample-service -am package -DskipTests)
start_postgres
start_sample all -Xmx256m
await_ok "localhost:$MGMT_PORT/q/health/ready"
fill_products 40
node "$WORK/build/walk.js" "http://localhost:$APP_PORT"
