# Sourced by bench/install.sh and bench/compare.sh: a signed 25,000-package catalogue in
# $cat25 (made once) and its key in $work/keys/b.*. Expects $top, $work and $cbe.
[ -f "$work/keys/b.key" ] || { mkdir -p "$work/keys"; "$cbe" -q repo keygen --unencrypted "$work/keys/b"; }
# A 25,000-package catalogue (pkgsrc's size): names from pkgsrc, dependencies between them.
cat25=$work/cat25
if [ ! -f "$cat25/release" ]; then
  mkdir -p "$cat25/All"
  python3 - "$top/tests/data/pkgsrc-names/pkgnames.txt" "$cat25/pkg_summary" <<'PY'
import sys, hashlib, random
random.seed(1)
names = [l.strip() for l in open(sys.argv[1]) if l.strip()]
while len(names) < 25000:
    n = random.choice(names); b, v = n.rsplit('-', 1); names.append(f"{b}x{len(names)}-{v}")
bases = [n.rsplit('-', 1)[0] for n in names]
# As in pkgsrc, most dependencies are on a few hundred common libraries, which depend on
# fewer and earlier ones: a deep but finite graph.
pool = list(range(500))
with open(sys.argv[2], 'w') as f:
    for i, n in enumerate(names):
        f.write(f"PKGNAME={n}\nCOMMENT=package {i}\n")
        deps = random.sample(pool[:i], min(2, i)) if i < 500 else random.sample(pool, 3)
        for d in deps:
            f.write(f"DEPENDS={bases[d]}-[0-9]*\n")
        f.write(f"FILE_NAME={n}.tzst\nFILE_SIZE=1000\nFILE_CKSUM=sha256 {hashlib.sha256(n.encode()).hexdigest()}\nSIZE_PKG=5000\nDESCRIPTION=package {i}\n\n")
PY
  size=$(stat -c %s "$cat25/pkg_summary"); sha=$(sha256sum "$cat25/pkg_summary" | cut -d' ' -f1)
  zstd -q -19 "$cat25/pkg_summary" -o "$cat25/pkg_summary.zst"
  printf 'REPOSITORY=cbe\nLINE=1\nRELEASE=1.0.0\nMACHINE_ARCH=x86_64\nMIN_PLATFORM=20180329T002515Z\nDATE=2026-01-01T00:00:00Z\nEXPIRES=2099-01-01T00:00:00Z\nSUMMARY_SHA256=%s\nSUMMARY_SIZE=%s\n' "$sha" "$size" > "$cat25/release"
  "$cbe" -q repo sign "$cat25" --sign "$work/keys/b.key"
fi
