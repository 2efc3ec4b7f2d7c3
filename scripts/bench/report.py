#!/usr/bin/env python3
"""report.py RESULTS.jsonl: prints the benchmark table of scripts/bench.sh with the ratios."""
import json, sys

rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        rows[row["label"]] = row


def cell(label, key="wall"):
    row = rows.get(label)
    return f"{row[key]['median']:.2f}" if row else "–"


def ratio(a, b, key="wall"):
    if a in rows and b in rows and rows[b][key]["median"] > 0:
        return rows[a][key]["median"] / rows[b][key]["median"]
    return None


print(f"{'build':<44} {'wall s':>8} {'min':>7} {'max':>7} {'CPU s':>7} {'peak MiB':>9}")
for label, row in rows.items():
    print(f"{label:<44} {row['wall']['median']:>8.2f} {row['wall']['min']:>7.2f} {row['wall']['max']:>7.2f} "
          f"{row['cpu']['median']:>7.2f} {row['peak_mib']['median']:>9.1f}")
print()
checks = [
    ("zeche, 10,000 / 1,000 articles (target ≤ 11×)", ratio("zeche own corpus 10000", "zeche own corpus 1000")),
    ("zeche on the shared corpus, 10,000 / 1,000", ratio("zeche shared corpus 10000", "zeche shared corpus 1000")),
    ("zeche 10,000 / cmark-gfm floor (target ≤ 3×)", ratio("zeche shared corpus 10000", "cmark-gfm floor 10000")),
    ("hugo / zeche, 1,000 articles", ratio("hugo shared corpus 1000", "zeche shared corpus 1000")),
    ("hugo / zeche, 10,000 articles (target ≥ 30×)", ratio("hugo shared corpus 10000", "zeche shared corpus 10000")),
    ("hugo / zeche peak memory, 10,000 articles", ratio("hugo shared corpus 10000", "zeche shared corpus 10000", "peak_mib")),
]
for name, value in checks:
    print(f"{name:<52} {('%.1f×' % value) if value is not None else '–':>8}")
