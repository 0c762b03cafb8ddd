"""Prints hyperfine's JSON exports as markdown tables: median, min, max and the ratio of
each command's median to the first one's. Usage: python3 bench/table.py DIR NAME..."""
import json
import os
import sys

work = sys.argv[1]
for name in sys.argv[2:]:
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path):
        continue
    results = json.load(open(path))["results"]
    base = results[0]["median"]
    print(f"\n### {name}\n| command | median | min | max | ratio to first |\n|---|---|---|---|---|")
    for r in results:
        print(f"| `{r['command']}` | {r['median']:.3f} s | {r['min']:.3f} s | {r['max']:.3f} s | {r['median'] / base:.2f}× |")
