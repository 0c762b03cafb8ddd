#!/usr/bin/env bash
# Builds the sample CBE into signed repositories:
#   repos/sample/build.sh OUT
# OUT/keys/sample.{key,pub}     the signing key (made once)
# OUT/releases/<X.Y.Z>/         one repository per release
# OUT/cbe/<line>/<arch>/        what a server publishes: the newest release of each line
#                               (publish another with: repos/sample/build.sh OUT publish X.Y.Z)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage() {
  cat <<'EOF'
usage: repos/sample/build.sh OUT [publish X.Y.Z]

Builds the sample CBE's packages from source into signed repositories under OUT
(OUT/releases/<X.Y.Z>/, served as OUT/cbe/<line>/<arch>/). The first build takes
several minutes. With `publish X.Y.Z`, makes release X.Y.Z the one served.
Environment: CBE, the cbe binary to use (default: built by cargo).
EOF
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") usage >&2; exit 2 ;;
  -*) echo "build.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
esac
out=$1
cbe=${CBE:-$("$here/../cbe-path.sh")}
arch=$("$cbe" --version >/dev/null && uname -m)
[ "$arch" = "amd64" ] && arch=x86_64
mkdir -p "$out/keys"
[ -f "$out/keys/sample.key" ] || "$cbe" -q repo keygen --unencrypted "$out/keys/sample"

publish() {
  local release=$1 line=${1%%.*}
  local dest="$out/cbe/$line/$arch"
  rm -rf "$dest.new" && mkdir -p "$(dirname "$dest")"
  # A fresh copy (new mtimes), as an upload would make: conditional requests see it change.
  cp -R "$out/releases/$release" "$dest.new"
  rm -rf "$dest" && mv "$dest.new" "$dest"
}

if [ "${2:-}" = publish ]; then publish "${3:?release}"; exit 0; fi

grep -v '^#' "$here/releases.txt" | while read -r release dir name deps; do
  [ -n "$release" ] || continue
  line=${release%%.*}
  repo="$out/releases/$release"
  mkdir -p "$repo/All"
  args=()
  for d in $deps; do args+=(--depends "$d"); done
  smoke='hello --version'
  case "$name" in greet-*) smoke='test -x "$CBE_PREFIX/lib/greet.sh"' ;; esac
  "$cbe" -q --arch "$arch" pkg create --from "$here/src/$dir" --name "$name" \
    --prefix "/opt/smartos-cbe/$line" --comment "Sample package $name" --level 19 \
    --smoke-test "$smoke" "${args[@]}" -o "$repo/All/$name.tzst"
done
for repo in "$out"/releases/*/; do
  release=$(basename "$repo")
  "$cbe" -q repo index "$repo" --line "${release%%.*}" --release "$release" \
    --machine-arch "$arch" --min-platform 20180329T002515Z --sign "$out/keys/sample.key"
done
# Publish the first release of line 1 and the only one of line 2.
publish 1.0.0
publish 2.0.0
