#!/usr/bin/env bash
# Benchmark: installing a toolchain-shaped payload (bench/make-payload.sh: ~19,400
# entries, 550 MB) as one package and as 50 packages, verifying it, removing it, against
# `tar -I zstd -xf` of the same package file (the floor), pacman and dpkg; every timed run on
# a fresh ext4 (bench/freshfs.sh). Also update + resolve against a 25,000-package
# catalogue. Prints markdown tables; peak RSS by GNU time.
#   INSTALL=1 bash bench/make-payload.sh /tmp/cbe-payload   # once
#   bash bench/install.sh [RUNS]                                        # as root
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
sub=
# shellcheck source=bench/payload-env.sh
. "$top/bench/payload-env.sh"

# --- the packages, made once -------------------------------------------------------------
# Packages made before their zstd frames recorded their sizes are made again.
for f in "$work"/toolchain-1.0.tzst "$work"/split/All/tc00-1.0.tzst; do
  if [ -f "$f" ] && ! zstd -lv "$f" 2>/dev/null | grep -q 'Decompressed Size'; then
    rm -rf "$work/toolchain-1.0.tzst" "$work/line1repo" "$work/split"
  fi
done
# The package file for /opt/toolchain (as pacman's and dpkg's), and the same tree for line 1's
# prefix in a line's repository (a line's index refuses a package built for another prefix).
pkg=$work/toolchain-1.0.tzst
if [ ! -f "$pkg" ]; then
  "$cbe" -q pkg create --from "$tree" --name toolchain-1.0 --prefix /opt/toolchain --level 19 -o "$pkg"
fi
linepkg=$work/line1repo/All/toolchain-1.0.tzst
if [ ! -f "$linepkg" ]; then
  mkdir -p "$work/line1repo/All"
  "$cbe" -q pkg create --from "$tree" --name toolchain-1.0 --prefix /opt/smartos-cbe/1 --level 19 -o "$linepkg"
fi
[ -f "$work/keys/b.key" ] || { mkdir -p "$work/keys"; "$cbe" -q repo keygen --unencrypted "$work/keys/b"; }
"$cbe" -q repo index "$work/line1repo" --line 1 --release 1.0.0 --min-platform 20180329T002515Z --sign "$work/keys/b.key"
# The same tree as a pacman package and as a .deb.
pac=$work/toolchain-1.0-1-x86_64.pkg.tar.zst
if [ ! -f "$pac" ]; then
  st=$work/pacstage; rm -rf "$st"; mkdir -p "$st/opt"; cp -al "$tree" "$st/opt/toolchain"
  size=$(du -sb "$st" | cut -f1)
  printf 'pkgname = toolchain\npkgver = 1.0-1\npkgdesc = bench\narch = x86_64\nsize = %s\n' "$size" > "$st/.PKGINFO"
  (cd "$st" && tar --owner=0 --group=0 -cf - .PKGINFO opt | zstd -19 -T2 -q -o "$pac")
  rm -rf "$st"
fi
deb=$work/toolchain_1.0_amd64.deb
if [ ! -f "$deb" ]; then
  st=$work/debstage; rm -rf "$st"; mkdir -p "$st/opt" "$st/DEBIAN"; cp -al "$tree" "$st/opt/toolchain"
  printf 'Package: toolchain\nVersion: 1.0\nArchitecture: amd64\nMaintainer: bench <b@example.org>\nDescription: bench\n' > "$st/DEBIAN/control"
  dpkg-deb -Zzstd -z19 --root-owner-group -b "$st" "$deb" >/dev/null
  rm -rf "$st"
fi
split=$work/split
. "$top/bench/make-split.sh"
pacconf=$work/pacman.conf
printf '[options]\nSigLevel = Never\nArchitecture = auto\n' > "$pacconf"

R=$BENCHFS/root
common=(--prefix /opt/toolchain --root "$R")
echo "## install of the payload as one package ($(du -h "$pkg" | cut -f1) .tzst, level 19), $runs runs each, fresh ext4 per run"
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/install.json" \
  -n "tar -I zstd -xf" "tar -I zstd -xf $pkg -C $R" \
  -n "cbe install FILE" "$cbe ${common[*]} install $pkg" \
  -n "cbe install (local repository)" "$cbe --root $R --cbe 1 --repo $work/line1repo --trusted-key $work/keys/b.pub --cache-dir $BENCHFS/cache install toolchain" \
  -n "pacman -U" "pacman -U --root $R --dbpath $R/pacdb --config $pacconf --noconfirm --noprogressbar --nodeps --noscriptlet --hookdir $work --logfile /dev/null $pac" \
  -n "dpkg -i" "dpkg --root=$R --force-not-root --force-script-chrootless --log=/dev/null -i $deb" >&2
echo "## 50 packages in one transaction"
hyperfine -N --runs "$runs" --prepare "sh $top/bench/fresh-root.sh" --export-json "$work/split.json" \
  -n "cbe install 50 FILES" "$cbe ${common[*]} install $(ls "$split"/All/*.tzst | tr '\n' ' ')" >&2
# Verify and remove need an installed tree: one fresh fs, installed once by each tool.
sh "$top/bench/fresh-root.sh"
"$cbe" "${common[@]}" -q install "$pkg"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/verify.json" \
  -n "cbe verify" "$cbe ${common[*]} verify" \
  -n "openssl dgst -sha256 (same files)" "sh -c 'find $R/opt/toolchain -type f -print0 | xargs -0 openssl dgst -sha256 >/dev/null'" >&2
echo "## removal"
F=$BENCHFS
hyperfine -N --runs "$runs" --export-json "$work/remove.json" \
  --prepare "sh -c 'sh $top/bench/fresh-root.sh && $cbe --root $F/c --prefix /opt/toolchain -q install $pkg && pacman -U --root $F/p --dbpath $F/p/pacdb --config $pacconf --noconfirm --noprogressbar --nodeps --noscriptlet --hookdir $work --logfile /dev/null $pac >/dev/null && dpkg --root=$F/d --force-not-root --force-script-chrootless --log=/dev/null -i $deb >/dev/null && sync'" \
  -n "cbe remove" "$cbe --root $F/c --prefix /opt/toolchain remove toolchain" \
  -n "pacman -R" "pacman -R --root $F/p --dbpath $F/p/pacdb --config $pacconf --noconfirm --nodeps --noscriptlet --hookdir $work --logfile /dev/null toolchain" \
  -n "dpkg -r" "dpkg --root=$F/d --force-not-root --force-script-chrootless --log=/dev/null -r toolchain" >&2
# shellcheck source=bench/catalogue.sh
. "$top/bench/catalogue.sh"
echo "## update + resolve against 25,000 packages"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/cat.json" \
  --prepare "rm -rf $work/catroot" \
  -n "cbe update" "$cbe --root $work/catroot --cbe 1 --repo $cat25 --trusted-key $work/keys/b.pub update" >&2
"$cbe" --root "$work/catroot" --cbe 1 --repo "$cat25" --trusted-key "$work/keys/b.pub" -q update
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/resolve.json" \
  -n "cbe install --dry-run (resolve)" "$cbe --root $work/catroot --cbe 1 --dry-run install gcc12" >&2

peak() { sh "$top/bench/fresh-root.sh"; /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "## peak RSS (KiB)"
echo "cbe install FILE: $(peak "$cbe" "${common[@]}" -q install "$pkg")"
echo "cbe install 50 FILES: $(peak "$cbe" "${common[@]}" -q install "$split"/All/*.tzst)"
echo "tar -I zstd -xf: $(peak tar -I zstd -xf "$pkg" -C "$R")"
python3 "$top/bench/table.py" "$work" install split verify remove cat resolve
