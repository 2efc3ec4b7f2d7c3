#!/usr/bin/env python3
"""report.py RESULTS.jsonl [--markdown]: prints the benchmark tables of scripts/bench.sh with the ratios.

The first table lists every measurement; the second, "how cost grows with the archive", the
cold and warm builds of scripts/bench/scaling.py with the bytes they wrote and their ratio to the
cmark-gfm floor of the same size and run, and the write floor (the same files written without
making them); then the targets of issue 22. With --markdown, only the
second table, as Markdown for docs/performance.md.
"""
import json, sys

MIB = 1024 * 1024


def load(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            rows[row["label"]] = row
    return rows


def median(rows, label, key="wall"):
    row = rows.get(label)
    return row[key]["median"] if row and key in row and row.get("status", "ok") == "ok" else None


def ratio(rows, a, b, key="wall"):
    top, bottom = median(rows, a, key), median(rows, b, key)
    return top / bottom if top is not None and bottom else None


def size(value):
    if value is None:
        return "–"
    return f"{value / MIB:,.1f} MiB" if value >= MIB else f"{value / 1024:,.0f} KiB"


def memory(mib):
    return "–" if mib is None else (f"{mib / 1024:.2f} GiB" if mib >= 1024 else f"{mib:,.0f} MiB")


def scaling_rows(rows):
    """(articles, build, record, ratio to the floor) for the scaling records, by size then kind."""
    order = {("zeche", "cold", "tmpfs"): 0, ("zeche", "first-warm", "tmpfs"): 1, ("zeche", "warm", "tmpfs"): 2,
             ("zeche", "cold", "disk"): 3, ("zeche", "first-warm", "disk"): 4, ("zeche", "warm", "disk"): 5,
             ("hugo", "cold", "tmpfs"): 6, ("hugo", "cold", "disk"): 6, ("cmark-gfm", "floor", None): 7,
             ("write", "floor", "tmpfs"): 8}
    kinds = {"first-warm": "first warm"}
    found = [row for row in rows.values() if "articles" in row and (row.get("tool"), row.get("kind"), row.get("place")) in order]
    found.sort(key=lambda row: (row["articles"], order[(row["tool"], row["kind"], row["place"])]))
    for row in found:
        name = {"zeche": "Zeche", "hugo": "Hugo", "cmark-gfm": "cmark-gfm floor", "write": "write floor"}[row["tool"]]
        kind = kinds.get(row["kind"], row["kind"])
        build = (f"{name}, {row['place']}" if row["place"] else name) if row["kind"] == "floor" else f"{name} {kind}, {row['place']}"
        # The write floor is a floor of its own, not a build measured against cmark-gfm.
        floor = None if row["tool"] == "write" else ratio(rows, row["label"], f"cmark-gfm floor {row['articles']}")
        yield row["articles"], build, row, floor


def cell(row, key, formatter):
    if row.get("status", "ok") != "ok":
        return f"stopped: {row['status']}" if key == "wall" else "–"
    value = row.get(key, {}).get("median")
    return "–" if value is None else formatter(value)


def markdown(rows):
    print("| articles | build | wall | CPU | peak memory | bytes written | × floor |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for articles, build, row, floor in scaling_rows(rows):
        print(f"| {articles:,} | {build} | {cell(row, 'wall', lambda v: f'{v:.2f} s')} | {cell(row, 'cpu', lambda v: f'{v:.2f} s')} "
              f"| {cell(row, 'peak_mib', memory)} | {cell(row, 'bytes_written', size)} | {'–' if floor is None else f'{floor:.1f}×'} |")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rows = load(sys.argv[1])
    if "--markdown" in sys.argv[2:]:
        markdown(rows)
        return
    print(f"{'build':<44} {'wall s':>8} {'min':>7} {'max':>7} {'CPU s':>7} {'peak MiB':>9}")
    for label, row in rows.items():
        if "wall" not in row:
            print(f"{label:<44} {row.get('status', 'no figures')}")
            continue
        stopped = f"  (stopped: {row['status']})" if row.get("status", "ok") != "ok" else ""
        print(f"{label:<44} {row['wall']['median']:>8.2f} {row['wall']['min']:>7.2f} {row['wall']['max']:>7.2f} "
              f"{row['cpu']['median']:>7.2f} {row['peak_mib']['median']:>9.1f}{stopped}")
    scaling = list(scaling_rows(rows))
    if scaling:
        print()
        print("How cost grows with the archive (medians; bytes written: new or rewritten output files)")
        print(f"{'articles':>8}  {'build':<22} {'wall s':>8} {'CPU s':>7} {'peak':>10} {'written':>12} {'files':>7} {'kept':>7} {'× floor':>8}")
        for articles, build, row, floor in scaling:
            files = row.get("files_written", {}).get("median")
            kept = row.get("files_kept", {}).get("median")
            print(f"{articles:>8,}  {build:<22} {cell(row, 'wall', lambda v: f'{v:.2f}'):>8} {cell(row, 'cpu', lambda v: f'{v:.2f}'):>7} "
                  f"{cell(row, 'peak_mib', memory):>10} {cell(row, 'bytes_written', size):>12} "
                  f"{'–' if files is None else f'{files:,.0f}':>7} {'–' if kept is None else f'{kept:,.0f}':>7} "
                  f"{'–' if floor is None else f'{floor:.1f}×':>8}")
            if "zeche_says" in row:
                print(f"{'':>10}zeche: {row['zeche_says']['line']}")
    print()
    checks = [
        ("zeche own corpus, 10,000 / 1,000 articles", ratio(rows, "zeche own corpus 10000", "zeche own corpus 1000"), "×"),
        ("zeche cold, 10,000 / 1,000 articles", ratio(rows, "zeche cold 10000", "zeche cold 1000"), "×"),
        ("zeche cold, 100,000 / 10,000 (target ≤ 11×)", ratio(rows, "zeche cold 100000", "zeche cold 10000"), "×"),
        ("  the cmark-gfm floor's own 100,000 / 10,000", ratio(rows, "cmark-gfm floor 100000", "cmark-gfm floor 10000"), "×"),
        ("  the write floor's own 100,000 / 10,000", ratio(rows, "write floor 100000", "write floor 10000"), "×"),
        ("zeche cold 10,000 / cmark-gfm floor (target ≤ 2.1×)", ratio(rows, "zeche cold 10000", "cmark-gfm floor 10000"), "×"),
        ("zeche cold 100,000, peak memory (target ≤ 1 GiB)", median(rows, "zeche cold 100000", "peak_mib"), " MiB"),
        ("zeche warm 10,000, tmpfs (target ≤ 0.3 s)", median(rows, "zeche warm 10000"), " s"),
        ("zeche warm 10,000, disk (target < 1 s)", median(rows, "zeche warm 10000 (disk)"), " s"),
        ("  the first warm build after a cold one, tmpfs", median(rows, "zeche first warm 10000"), " s"),
        ("zeche de+en 11,000 / cmark-gfm floor (issue 19: ≤ 2.2×)", ratio(rows, "zeche de+en 11000", "cmark-gfm floor 10000"), "×"),
        ("zeche de+en 11,000 / de 10,000 articles", ratio(rows, "zeche de+en 11000", "zeche de 10000"), "×"),
        ("hugo / zeche, 1,000 articles", ratio(rows, "hugo cold 1000", "zeche cold 1000"), "×"),
        ("hugo / zeche, 10,000 articles", ratio(rows, "hugo cold 10000", "zeche cold 10000"), "×"),
        ("hugo / zeche peak memory, 10,000 articles", ratio(rows, "hugo cold 10000", "zeche cold 10000", "peak_mib"), "×"),
    ]
    for name, value, unit in checks:
        shown = "–" if value is None else (f"{value:.1f}{unit}" if unit != " s" else f"{value:.2f}{unit}")
        print(f"{name:<56} {shown:>10}")


if __name__ == "__main__":
    main()
