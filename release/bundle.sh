#!/usr/bin/env bash
# Rehearses a release to Maven Central without uploading (issue 16): builds the published modules under a release
# version with the release profile (sources, javadoc, signatures, the central-publishing bundle, -DskipUpload), then
# opens the bundle and checks it as Central's validation would: for every artifact its POM, jar, sources and javadoc,
# each with a signature that verifies and its checksums; every POM with a literal version and the metadata Central
# requires; nothing else in it.
# Signs with a throwaway key made for the run in a temporary GnuPG home; a real release signs with the maintainer's.
# Usage: bash release/bundle.sh [version]   (default: the version in .mvn/maven.config without -SNAPSHOT)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SNAPSHOT=$(sed -n 's/^.*-Drevision=\([^ ]*\).*$/\1/p' "$ROOT/.mvn/maven.config")
VERSION=${1:-${SNAPSHOT%-SNAPSHOT}}
WORK=$(mktemp -d /tmp/uniform-bundle.XXXXXX)
trap 'gpgconf --homedir "$WORK/gnupg" --kill all >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

# What is published: the modules to build, and per artifact the classified files it must carry.
MODULES=bom,parent-bom,devdb,devauth,runtime,api-keys,testing,model,maven-plugin,archetype
POM_ONLY=(uniform-bom uniform-parent)
WITH_JARS=(uniform-devdb uniform-devauth uniform-runtime uniform-api-keys uniform-testing uniform-resource-model uniform-maven-plugin
  uniform-archetype)

for tool in gpg unzip; do
  command -v "$tool" >/dev/null || { echo "bundle: $tool is needed (apt-get install gnupg unzip)" >&2; exit 1; }
done
export GNUPGHOME="$WORK/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-generate-key "uniform bundle rehearsal <rehearsal@uniform.invalid>" \
  ed25519 sign 1d

echo "bundle: building $VERSION with -Prelease -DskipUpload"
BUNDLE="$ROOT/bom/target/central-publishing/central-bundle.zip"
# No bundle of an earlier run may pass for this one's.
rm -rf "$ROOT"/bom/target/central-publishing "$ROOT"/bom/target/central-staging
# Installing is skipped: a rehearsed release must not land in the local repository as if it were published.
(cd "$ROOT" && ./mvnw -q -B -Prelease -Drevision="$VERSION" -DskipTests -DskipUpload -Dmaven.install.skip=true \
  -pl "$MODULES" deploy)

mkdir "$WORK/bundle"
(cd "$WORK/bundle" && unzip -q "$BUNDLE")

problems=()
expect_file() { [[ -f "$WORK/bundle/$1" ]] || problems+=("missing $1"); }
check_file() {
  local path=$1 algorithm
  expect_file "$path"
  expect_file "$path.asc"
  [[ -f "$WORK/bundle/$path" ]] || return 0
  gpg --batch --quiet --verify "$WORK/bundle/$path.asc" "$WORK/bundle/$path" 2>/dev/null \
    || problems+=("signature of $path does not verify")
  for algorithm in md5 sha1 sha256 sha512; do
    expect_file "$path.$algorithm"
    [[ "$("${algorithm}sum" <"$WORK/bundle/$path" | cut -d' ' -f1)" == "$(cat "$WORK/bundle/$path.$algorithm" 2>/dev/null)" ]] \
      || problems+=("$algorithm of $path does not match")
  done
}
check_pom() {
  local pom=$WORK/bundle/$1
  [[ -f $pom ]] || return 0
  grep -q '\${revision}' "$pom" && problems+=("$1 names \${revision}")
  grep -q "<version>$VERSION</version>" "$pom" || problems+=("$1 does not carry the version $VERSION")
  # Elements of the project itself: two spaces in, as the installed POMs are written.
  for element in name description; do grep -q "^  <$element>" "$pom" || problems+=("$1 has no <$element>"); done
}

for artifact in "${POM_ONLY[@]}" "${WITH_JARS[@]}"; do
  base="dev/uniform/$artifact/$VERSION/$artifact-$VERSION"
  check_file "$base.pom"
  check_pom "$base.pom"
done
for artifact in "${WITH_JARS[@]}"; do
  base="dev/uniform/$artifact/$VERSION/$artifact-$VERSION"
  for classifier in "" -sources -javadoc; do check_file "$base$classifier.jar"; done
done
# Central reads url, licenses, developers and scm through the parent chain, which ends in uniform-bom.
bom="$WORK/bundle/dev/uniform/uniform-bom/$VERSION/uniform-bom-$VERSION.pom"
for element in url licenses developers scm; do
  [[ -f $bom ]] && ! grep -q -E "^  <$element[ >]" "$bom" && problems+=("uniform-bom has no <$element>")
done
[[ -f $bom ]] && grep -q "<scope>import</scope>" "$bom" && problems+=("uniform-bom is not flattened: it imports")

unexpected=$(cd "$WORK/bundle" && find . -type f | sed 's|^\./||' \
  | grep -v -E "^dev/uniform/($(IFS='|'; echo "${POM_ONLY[*]}|${WITH_JARS[*]}"))/$VERSION/" || true)
[[ -z $unexpected ]] || problems+=("not to be published: $unexpected")

files=$(cd "$WORK/bundle" && find . -type f | wc -l)
if ((${#problems[@]})); then
  printf 'bundle: %s\n' "${problems[@]}" >&2
  echo "bundle: $BUNDLE FAILS the check (${#problems[@]} problems, $files files)" >&2
  exit 1
fi
echo "bundle: $BUNDLE holds $((${#POM_ONLY[@]} + ${#WITH_JARS[@]})) artifacts, $files files; every check holds"
