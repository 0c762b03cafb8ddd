#!/bin/sh
# The sample line's "library": prints the greeting.
cat "$(dirname "$0")/../share/greet/greeting"
