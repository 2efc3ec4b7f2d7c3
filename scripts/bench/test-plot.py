#!/usr/bin/env python3
"""test-plot.py: checks scripts/bench/plot.py, for `make test` (under a second).

From made-up results of scripts/bench/scaling.py (Zeche cold and warm at three sizes, the floor,
Hugo stopped at a limit at 100,000), the plot must be valid XML (xmllint), have a title and a
description that names the figures, one point per record and panel with the record's value, a
higher point for a larger value, the stopped run hollow; saving the data and plotting from
that file must give the same SVG; a run without Hugo keeps Hugo's earlier figures (--carry-over). Then the committed docs/performance-data.json must plot, with
a point for each of its records. Python 3 standard library and xmllint.
"""
import json, os, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SVG = "{http://www.w3.org/2000/svg}"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def record(tool, kind, place, articles, wall, mib, status="ok"):
    row = {"label": f"{tool} {kind} {articles}", "tool": tool, "kind": kind, "place": place, "articles": articles, "runs": 3,
           "wall": {"median": wall, "min": wall * 0.9, "max": wall * 1.2},
           "cpu": {"median": wall * 2, "min": wall * 2, "max": wall * 2},
           "peak_mib": {"median": mib, "min": mib, "max": mib}}
    if status != "ok":
        row["status"] = status
    return row


def plot(arguments):
    return subprocess.run([sys.executable, os.path.join(HERE, "plot.py"), *arguments], capture_output=True, text=True)


def points(svg_path):
    """(panel, series, articles, value, status, marker element) of every point."""
    tree = ET.parse(svg_path)
    found = []
    for panel in tree.getroot().iter(f"{SVG}g"):
        if panel.get("class") != "panel":
            continue
        for series in panel.iter(f"{SVG}g"):
            if series.get("class") != "series":
                continue
            for point in series.iter(f"{SVG}g"):
                if point.get("class") == "point":
                    shapes = [child for child in point if child.tag in (f"{SVG}circle", f"{SVG}rect", f"{SVG}path")]
                    check(bool(shapes), f"a point without a marker: {point.get('data-articles')} in {series.get('data-series')}")
                    shape = shapes[-1] if shapes else ET.Element("none")
                    found.append((panel.get("data-panel"), series.get("data-series"), int(point.get("data-articles")),
                                  float(point.get("data-value")), point.get("data-status"), shape))
    return tree, found


def main():
    records = [record("cmark-gfm", "floor", None, 1000, 0.07, 79), record("cmark-gfm", "floor", None, 10000, 0.6, 79)]
    for articles, cold, warm, mib in ((1000, 0.4, 0.1, 60), (10000, 4.1, 0.25, 380), (100000, 42.0, 2.1, 2900)):
        records += [record("zeche", "cold", "tmpfs", articles, cold, mib), record("zeche", "warm", "tmpfs", articles, warm, mib)]
    records += [record("hugo", "cold", "tmpfs", 10000, 31.6, 2265), record("hugo", "cold", "tmpfs", 100000, 1800, 16384, "timeout"),
                record("zeche", "warm", "disk", 10000, 0.8, 400), {"label": "zeche own corpus 1000", "runs": 5}]
    with tempfile.TemporaryDirectory() as folder:
        results = os.path.join(folder, "results.jsonl")
        with open(results, "w") as file:
            file.writelines(json.dumps(row) + "\n" for row in records)
        first, data, second = (os.path.join(folder, name) for name in ("first.svg", "data.json", "second.svg"))
        made = plot([results, "--svg", first, "--save-data", data, "--note", "test figures"])
        check(made.returncode == 0, f"plot.py failed: {made.stderr}")
        lint = subprocess.run(["xmllint", "--noout", first], capture_output=True, text=True)
        check(lint.returncode == 0, f"xmllint: {lint.stderr}")
        tree, found = points(first)
        root = tree.getroot()
        check(root.get("role") == "img" and root.find(f"{SVG}title") is not None, "the SVG has no role=img and title")
        desc = root.find(f"{SVG}desc")
        check(desc is not None and "100,000 articles 42.00 s" in desc.text and "test figures" in desc.text,
              f"the description does not name the figures: {desc.text if desc is not None else None}")
        # 6 Zeche + 2 Hugo + 1 disk point in each panel, 2 floor points in the time panel.
        check(len([p for p in found if p[0] == "wall"]) == 11, f"time panel: {len([p for p in found if p[0] == 'wall'])} points, not 11")
        check(len([p for p in found if p[0] == "peak_mib"]) == 9, f"memory panel: {len([p for p in found if p[0] == 'peak_mib'])} points, not 9")
        cold = sorted((articles, value, float(shape.get("cy"))) for panel, series, articles, value, _, shape in found
                      if panel == "wall" and series.startswith("Zeche, cold"))
        check([value for _, value, _ in cold] == [0.4, 4.1, 42.0], f"Zeche cold wall times: {cold}")
        check(all(a[2] > b[2] for a, b in zip(cold, cold[1:])), f"a longer time is not drawn higher: {cold}")
        xs = sorted(float(shape.get("cx")) for panel, series, _, _, _, shape in found if panel == "wall" and series.startswith("Zeche, cold"))
        check(len(set(xs)) == 3, f"the three sizes share an x position: {xs}")
        stopped = [p for p in found if p[4] != "ok"]
        check(len(stopped) == 2 and all(p[5].get("fill") == "#ffffff" for p in stopped), f"the stopped Hugo run is not hollow: {stopped}")
        again = plot([data, "--svg", second])
        check(again.returncode == 0 and open(first).read() == open(second).read(), "plotting the saved data gives another SVG")
        # A run without Hugo keeps Hugo's figures of the earlier data file, marked with its note.
        without_hugo = os.path.join(folder, "without-hugo.jsonl")
        with open(without_hugo, "w") as file:
            file.writelines(json.dumps(row) + "\n" for row in records if row.get("tool") != "hugo")
        carried = os.path.join(folder, "carried.json")
        made = plot([without_hugo, "--carry-over", data, "--save-data", carried, "--note", "later run"])
        kept = [row for row in json.load(open(carried))["results"] if row["tool"] == "hugo"] if made.returncode == 0 else []
        check(sorted(row["articles"] for row in kept) == [10000, 100000] and all(row["carried_from"] == "test figures" for row in kept),
              f"Hugo's figures are not carried over from the earlier data: {made.stderr} {kept}")
        empty = os.path.join(folder, "empty.jsonl")
        open(empty, "w").write(json.dumps({"label": "zeche own corpus 1000", "runs": 5}) + "\n")
        check(plot([empty, "--svg", os.path.join(folder, "empty.svg")]).returncode != 0, "no scaling records should be an error")
        committed = os.path.join(ROOT, "docs", "performance-data.json")
        if os.path.exists(committed):
            out = os.path.join(folder, "committed.svg")
            made = plot([committed, "--svg", out])
            check(made.returncode == 0, f"docs/performance-data.json does not plot: {made.stderr}")
            if made.returncode == 0:
                rows = json.load(open(committed))["results"]
                _, found = points(out)
                plotted = {(r["tool"], r["kind"], r["place"]) for r in rows} - {("zeche", "cold", "disk"), ("hugo", "cold", "disk")}
                expected = sum(1 for r in rows if (r["tool"], r["kind"], r["place"]) in plotted) * 2 \
                    - sum(1 for r in rows if r["tool"] == "cmark-gfm")
                check(len(found) == expected, f"docs/performance-data.json: {len(found)} points drawn, {expected} expected")
    for failure in failures:
        print(f"test-plot: {failure}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print("test-plot: the plot is valid SVG with every point")


if __name__ == "__main__":
    main()
