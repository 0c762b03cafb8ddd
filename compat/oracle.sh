#!/bin/sh
# The differential suite of issue 29: the same operations through pkgsrc's real pkg_install
# and pkgin and through cbe, compared. Run by hand (CI has no pkg_install): it builds nothing;
# it takes tools already built and installed, named by these variables:
#   PKG_ADD PKG_INFO PKG_DELETE PKG_ADMIN  pkg_install's programs (any names: robotpkg_add…)
#   PKGIN            pkgin, built to run the pkg_install programs above
#   PKGIN_CONF_DIR   the directory pkgin reads repositories.conf from (its PKG_SYSCONFDIR/pkgin)
#   PKGIN_DBDIR      pkgin's database directory (compiled in: --with-dbdir)
#   CBE              the cbe to compare (default: target/debug/cbe of this checkout)
#   ORACLE_OPSYS, ORACLE_OS_VERSION  what pkg_add calls this host (default: uname -s, -r;
#                    robotpkg's import names Linux by its distribution, e.g. Debian 12)
# Everything the real tools write goes to a private mount namespace (tmpfs over /opt, the
# pkgdb and pkgin's directories), so the machine's /opt is never touched; cbe runs under
# --root in a scratch directory. Prints one line per comparison, PASS or DIFF; details in
# $WORK/log. Needs root (unshare -m).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
: "${CBE:=$here/target/debug/cbe}"
for v in PKG_ADD PKG_INFO PKG_DELETE PKG_ADMIN PKGIN CBE; do
	eval "p=\${$v:-}"
	if [ -z "$p" ] || [ ! -x "$p" ]; then
		echo "oracle.sh: \$$v must name the built program (is '${p}'); see the comment at the top" >&2
		exit 2
	fi
done
for v in PKGIN_CONF_DIR PKGIN_DBDIR; do
	eval "p=\${$v:-}"
	if [ -z "$p" ]; then
		echo "oracle.sh: \$$v must name pkgin's compiled-in directory; see the comment at the top" >&2
		exit 2
	fi
done
: "${ORACLE_OPSYS:=$(uname -s)}"
: "${ORACLE_OS_VERSION:=$(uname -r)}"
LINE=/opt/smartos-cbe/1
WORK=$(mktemp -d /tmp/cbe-oracle.XXXXXX)
LOG=$WORK/log
DBDIR=$("$PKG_ADMIN" config-var PKG_DBDIR)
export CBE_ARCH=x86_64 CBE_PLATFORM_IMAGE=20240101T000000Z
pass=0 diff=0

result() { # name, then PASS or DIFF
	echo "$2 $1"
	echo "== $2 $1" >>"$LOG"
	if [ "$2" = PASS ]; then pass=$((pass + 1)); else diff=$((diff + 1)); fi
}
compare() { # name file-real file-cbe
	if diff -u "$2" "$3" >>"$LOG" 2>&1; then result "$1" PASS; else result "$1" DIFF; fi
}
cbe() { "$CBE" --root "$WORK/root" --cbe 1 "$@"; }
# The real tools, inside the namespace that real.sh sets up.
real() { unshare -m sh "$WORK/real.sh" "$@"; }
cat >"$WORK/real.sh" <<EOF
mount -t tmpfs oracle-opt /opt && mkdir -p "$DBDIR" "$PKGIN_DBDIR" "$PKGIN_CONF_DIR" &&
mount --bind "$WORK/real-db" "$DBDIR" && mount --bind "$WORK/real-pkgin" "$PKGIN_DBDIR" &&
mount --bind "$WORK/real-conf" "$PKGIN_CONF_DIR" && mkdir -p /opt/smartos-cbe &&
mount --bind "$WORK/real-opt" /opt/smartos-cbe || exit 99
"\$@"
EOF
mkdir -p "$WORK/real-db" "$WORK/real-pkgin" "$WORK/real-conf" "$WORK/real-opt" "$WORK/root"
tree() { # the prefix's files, modes, sizes and link targets, cbe's own .cbe left out
	(cd "$1" 2>/dev/null && find . -mindepth 1 -path ./.cbe -prune -o -printf '%P %M %s %l\n' | sort)
}
phases() { # the script log, with cbe's root and pkgdb paths read as the real tools'
	sed -e "s|$WORK/root||g" -e "s|$LINE/.cbe/scripts|$DBDIR|g" \
		-e "s|$LINE/.cbe/refcount|$DBDIR.refcount|g" "$1" 2>/dev/null
}

# --- packages, made by cbe pkg create --compression gzip -------------------------------
mkpkg() { # name version [pkg create args]
	n=$1 v=$2; shift 2
	s=$WORK/stage/$n-$v
	mkdir -p "$s/bin" "$s/share/doc/$n" "$s/share/$n/empty"
	printf '#!/bin/sh\necho %s %s\n' "$n" "$v" >"$s/bin/$n" && chmod 755 "$s/bin/$n"
	echo "$n $v" >"$s/share/doc/$n/README" && ln -sf "$n" "$s/bin/$n-alias"
	"$CBE" pkg create --compression gzip --name "$n-$v" --prefix $LINE \
		--comment "$n for the oracle" --build-info "OPSYS=$ORACLE_OPSYS" \
		--build-info "OS_VERSION=$ORACLE_OS_VERSION" --build-info "PKGPATH=oracle/$n" \
		--install-script "$WORK/script" --deinstall-script "$WORK/script" \
		--from "$s" -o "$WORK/repo/All/$n-$v.tgz" "$@" >>"$LOG" 2>&1
}
cat >"$WORK/script" <<EOF
#!/bin/sh
echo "\$0 \$* PKG_PREFIX=\$PKG_PREFIX PKG_METADATA_DIR=\$PKG_METADATA_DIR PKG_REFCOUNT_DBDIR=\$PKG_REFCOUNT_DBDIR PWD=\$(pwd)" | sed 's|^.*/+|+|' >>"$WORK/phases"
EOF
chmod 755 "$WORK/script"
mkdir -p "$WORK/repo/All"
mkpkg hello 1.0
mkpkg world 1.0 --depends 'hello>=1.0'
mkpkg clash 1.0 --conflicts 'hello-[0-9]*'
"$CBE" repo keygen --unencrypted "$WORK/key" >>"$LOG" 2>&1
index() {
	"$CBE" repo index "$WORK/repo" --line 1 --release "$1" --min-platform 20180329T002515Z \
		--sign "$WORK/key.key" >>"$LOG" 2>&1
}
index 1.0.0 || { echo "oracle.sh: cbe repo index failed; see $LOG" >&2; exit 1; }

# 1. pkg_info -X of each package = cbe's summary entry, less what only cbe writes.
for f in "$WORK"/repo/All/*.tgz; do
	b=$(basename "$f")
	"$PKG_INFO" -X "$f" | grep . | sort >"$WORK/x.real"
	awk -v RS= -v f="FILE_NAME=$b" 'index($0, f "\n")' "$WORK/repo/pkg_summary" |
		grep -v '^FILE_CKSUM=\|^PREFIX=' | grep . | sort >"$WORK/x.cbe"
	compare "pkg_info -X vs repo index: $b" "$WORK/x.real" "$WORK/x.cbe"
done

# 2. Install: the real pkg_add takes cbe's gzip package; tree, modes, +CONTENTS, scripts.
: >"$WORK/phases"
real "$PKG_ADD" -K "$DBDIR" "$WORK/repo/All/hello-1.0.tgz" >>"$LOG" 2>&1
r=$?
[ $r = 0 ] && result "pkg_add installs cbe's gzip package" PASS || result "pkg_add installs cbe's gzip package (exit $r)" DIFF
mv "$WORK/phases" "$WORK/install.real"
cbe install "$WORK/repo/All/hello-1.0.tgz" >>"$LOG" 2>&1 || result "cbe install hello" DIFF
phases "$WORK/phases" >"$WORK/install.cbe"; rm -f "$WORK/phases"
tree "$WORK/real-opt/1" >"$WORK/tree.real"
tree "$WORK/root$LINE" >"$WORK/tree.cbe"
compare "installed tree and modes" "$WORK/tree.real" "$WORK/tree.cbe"
compare "+CONTENTS as recorded" "$WORK/real-db/hello-1.0/+CONTENTS" \
	"$WORK/root$LINE/.cbe/scripts/hello-1.0/+CONTENTS"
compare "+INSTALL phases and environment" "$WORK/install.real" "$WORK/install.cbe"

# 3. Refusals: a missing dependency, a conflict; both leave the tree as it was.
refusal() { # name, package file
	real "$PKG_ADD" -K "$DBDIR" "$2" >>"$LOG" 2>&1; r=$?
	cbe install "$2" >>"$LOG" 2>&1; c=$?
	tree "$WORK/real-opt/1" >"$WORK/t.real"; tree "$WORK/root$LINE" >"$WORK/t.cbe"
	if [ $r != 0 ] && [ $c != 0 ] && cmp -s "$WORK/t.real" "$WORK/tree.real" &&
		cmp -s "$WORK/t.cbe" "$WORK/tree.cbe"; then
		result "$1 refused by both (pkg_add $r, cbe $c)" PASS
	else
		result "$1 (pkg_add exit $r, cbe exit $c)" DIFF
	fi
}
mkdir -p "$WORK/nodep/All" "$WORK/stage/lonely/share/lonely"
echo lonely >"$WORK/stage/lonely/share/lonely/README"
"$CBE" pkg create --compression gzip --name lonely-1.0 --prefix $LINE --comment lonely \
	--depends 'absent>=1' --build-info "OPSYS=$ORACLE_OPSYS" \
	--build-info "OS_VERSION=$ORACLE_OS_VERSION" --from "$WORK/stage/lonely" \
	-o "$WORK/nodep/All/lonely-1.0.tgz" >>"$LOG" 2>&1
refusal "a missing dependency" "$WORK/nodep/All/lonely-1.0.tgz"
refusal "a conflict" "$WORK/repo/All/clash-1.0.tgz"

# 4. pkg_delete vs cbe remove: what is left, and the DEINSTALL phases.
: >"$WORK/phases"
real "$PKG_DELETE" -K "$DBDIR" hello-1.0 >>"$LOG" 2>&1 || result "pkg_delete hello" DIFF
mv "$WORK/phases" "$WORK/phases.real"
cbe remove hello >>"$LOG" 2>&1 || result "cbe remove hello" DIFF
phases "$WORK/phases" >"$WORK/phases.cbe"; rm -f "$WORK/phases"
tree "$WORK/real-opt/1" >"$WORK/tree.real"; tree "$WORK/root$LINE" >"$WORK/tree.cbe"
compare "tree after pkg_delete vs cbe remove" "$WORK/tree.real" "$WORK/tree.cbe"
compare "+DEINSTALL phases and environment" "$WORK/phases.real" "$WORK/phases.cbe"

# 5. pkgin against the file:// repository cbe indexed, vs cbe itself. pkgin reads
# pkg_summary beside the packages, the copy repo index leaves in All/.
echo "file://$WORK/repo/All" >"$WORK/real-conf/repositories.conf"
# 2b. xz and bzip2: pkg_add takes them too (only cbe's own zstd is beyond it).
for kind in xz bzip2; do
	ext=$([ $kind = xz ] && echo txz || echo tbz)
	mkdir -p "$WORK/kinds"
	"$CBE" pkg create --compression $kind --name "k$kind-1.0" --prefix $LINE \
		--comment "$kind" --build-info "OPSYS=$ORACLE_OPSYS" \
		--build-info "OS_VERSION=$ORACLE_OS_VERSION" --from "$WORK/stage/world-1.0" \
		-o "$WORK/kinds/k$kind-1.0.$ext" >>"$LOG" 2>&1
	real sh -c "'$PKG_ADD' -K '$DBDIR' '$WORK/kinds/k$kind-1.0.$ext' &&
		'$PKG_INFO' -K '$DBDIR' -e k$kind-1.0 &&
		'$PKG_DELETE' -K '$DBDIR' k$kind-1.0" >>"$LOG" 2>&1; r=$?
	[ $r = 0 ] && result "pkg_add installs cbe's $kind package" PASS ||
		result "pkg_add installs cbe's $kind package (exit $r)" DIFF
done
"$CBE" pkg create --compression zstd --name kzstd-1.0 --prefix $LINE --comment zstd \
	--from "$WORK/stage/world-1.0" -o "$WORK/kinds/kzstd-1.0.tzst" >>"$LOG" 2>&1
real "$PKG_ADD" -K "$DBDIR" "$WORK/kinds/kzstd-1.0.tzst" >>"$LOG" 2>&1; r=$?
[ $r != 0 ] && result "pkg_add refuses cbe's zstd package, as README says" PASS ||
	result "pkg_add took a zstd package: README's table is wrong" DIFF

rm -rf "$WORK/real-opt/1" "$WORK/real-db"/* "$WORK/root"; mkdir -p "$WORK/root"
pkgin_vs_cbe() { # name, pkgin args, cbe args
	name=$1 pargs=$2 cargs=$3
	real "$PKGIN" -y $pargs >>"$LOG" 2>&1; r=$?
	cbe --repo "file://$WORK/repo" --trusted-key "$WORK/key.pub" -y $cargs >>"$LOG" 2>&1; c=$?
	real "$PKG_INFO" -K "$DBDIR" | awk '{print $1}' | sort >"$WORK/p.real"
	cbe list 2>>"$LOG" | awk '{print $1}' | sort >"$WORK/p.cbe"
	tree "$WORK/real-opt/1" >"$WORK/tree.real"; tree "$WORK/root$LINE" >"$WORK/tree.cbe"
	if [ $r != 0 ] || [ $c != 0 ]; then result "$name (pkgin exit $r, cbe exit $c)" DIFF
	else compare "$name: installed packages" "$WORK/p.real" "$WORK/p.cbe"
		compare "$name: tree" "$WORK/tree.real" "$WORK/tree.cbe"; fi
}
real "$PKGIN" -f update >>"$LOG" 2>&1
cbe --repo "file://$WORK/repo" --trusted-key "$WORK/key.pub" update >>"$LOG" 2>&1
pkgin_vs_cbe "pkgin install world (pulls hello)" "install world" "install world"
mkpkg hello 1.1 && rm "$WORK/repo/All/hello-1.0.tgz" && index 1.0.1
real "$PKGIN" -f update >>"$LOG" 2>&1
cbe --repo "file://$WORK/repo" --trusted-key "$WORK/key.pub" update >>"$LOG" 2>&1
pkgin_vs_cbe "pkgin upgrade (hello 1.1)" "upgrade" "upgrade"
pkgin_vs_cbe "pkgin remove world" "remove world" "remove world"
# Deliberate (README): with nothing kept, pkgin refuses autoremove; cbe removes hello.
real "$PKGIN" -y autoremove >>"$LOG" 2>&1; r=$?
cbe -y autoremove >>"$LOG" 2>&1; c=$?
if [ $r = 1 ] && [ $c = 0 ] && [ -z "$(cbe list 2>/dev/null)" ]; then
	result "autoremove with nothing kept: pkgin refuses, cbe removes (deliberate)" PASS
else
	result "autoremove with nothing kept (pkgin exit $r, cbe exit $c)" DIFF
fi

echo "$pass passed, $diff failed"
echo "oracle.sh: details in $LOG (versions: $("$PKG_INFO" -V) / $("$PKGIN" -v); $("$CBE" --version))"
[ "$diff" = 0 ]
