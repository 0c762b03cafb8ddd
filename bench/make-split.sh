# Sourced by bench/install.sh and bench/network.sh: the payload as 50 packages in
# $split/All (made once), the files of the sorted list in 50 contiguous runs, level 19.
# Expects $tree, $work, $split and $cbe; $split_prefix is the prefix they install into
# (default /opt/toolchain).
if [ ! -d "$split/All" ]; then
  mkdir -p "$split/All"
  (cd "$tree" && find . \( -type f -o -type l \) | sed 's,^\./,,' | sort) > "$work/files.txt"
  total=$(wc -l < "$work/files.txt"); per=$(( (total + 49) / 50 ))
  split -l "$per" -d -a 2 "$work/files.txt" "$work/part."
  for f in "$work"/part.*; do
    n=${f##*.}; st=$work/st.$n; rm -rf "$st"; mkdir -p "$st"
    (cd "$tree" && tar -cf - -T "$f") | tar -C "$st" -xf -
    "$cbe" -q pkg create --from "$st" --name "tc$n-1.0" --prefix "${split_prefix:-/opt/toolchain}" --level 19 -o "$split/All/tc$n-1.0.tzst"
    rm -rf "$st"
  done
fi
