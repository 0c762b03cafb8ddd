#!/bin/sh
# The sample line's "library": prints the line's greeting, then any arguments.
here=$(cd "$(dirname "$0")" && pwd)
cat "$here/../share/greet/greeting"
[ $# -gt 0 ] && printf '%s\n' "$*"
exit 0
