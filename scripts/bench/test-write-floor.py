#!/usr/bin/env python3
"""test-write-floor.py: checks scripts/bench/write-floor.py and its rows in report.py, for `make test` (under a second).

write-floor.py must write every file of a layout at its path and size (nested folders, an empty
file, files larger than one write), with bytes that are not all zero, and refuse a destination
that exists. report.py must list the write floor beside the cmark-gfm floor without a ratio to
it, and give both floors' own 100,000 / 10,000 ratios. Python 3 standard library only.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def floor_row(tool, kind, place, articles, wall):
    label = {"write": f"write floor {articles}", "cmark-gfm": f"cmark-gfm floor {articles}"}.get(tool, f"{tool} {kind} {articles}")
    figure = {"median": wall, "min": wall, "max": wall}
    return {"label": label, "tool": tool, "kind": kind, "place": place, "articles": articles, "runs": 1,
            "wall": figure, "cpu": figure, "peak_mib": {"median": 20, "min": 20, "max": 20}}


def main():
    layout = {"index.html": 5000, "2024/01/a/index.html": 70000, "2024/01/b/index.html": 1, "tags/x/feed.xml": 0,
              "robots.txt": 33}
    with tempfile.TemporaryDirectory() as work:
        listing = os.path.join(work, "layout")
        with open(listing, "w", encoding="utf-8") as file:
            for path, size in layout.items():
                file.write(f"{size} {path}\n")
        dest = os.path.join(work, "site")
        result = subprocess.run([sys.executable, os.path.join(HERE, "write-floor.py"), listing, dest], capture_output=True, text=True)
        check(result.returncode == 0, f"write-floor.py failed: {result.stderr}")
        written = {}
        for folder, _, names in os.walk(dest):
            for name in names:
                path = os.path.join(folder, name)
                written[os.path.relpath(path, dest)] = os.path.getsize(path)
        check(written == layout, f"the files written are not the layout's: {written}")
        with open(os.path.join(dest, "2024/01/a/index.html"), "rb") as file:
            check(file.read().strip(b"\0") != b"", "the bytes written are all zero")
        again = subprocess.run([sys.executable, os.path.join(HERE, "write-floor.py"), listing, dest], capture_output=True, text=True)
        check(again.returncode != 0, "write-floor.py wrote into a destination that exists")

        results = os.path.join(work, "results.jsonl")
        rows = [floor_row("zeche", "cold", "tmpfs", 10000, 5.0), floor_row("cmark-gfm", "floor", None, 10000, 1.0),
                floor_row("write", "floor", "tmpfs", 10000, 0.5), floor_row("zeche", "cold", "tmpfs", 100000, 60.0),
                floor_row("cmark-gfm", "floor", None, 100000, 11.0), floor_row("write", "floor", "tmpfs", 100000, 8.0)]
        with open(results, "w", encoding="utf-8") as file:
            file.writelines(json.dumps(row) + "\n" for row in rows)
        table = subprocess.run([sys.executable, os.path.join(HERE, "report.py"), results, "--markdown"], capture_output=True, text=True).stdout
        floor_lines = [line for line in table.splitlines() if line.startswith("| 10,000 | write floor, tmpfs | 0.50 s |")]
        check(len(floor_lines) == 1 and floor_lines[0].endswith("| – |"),
              f"report.py --markdown does not list the write floor without a ratio:\n{table}")
        check("| 10,000 | Zeche cold, tmpfs | 5.00 s |" in table and "| 5.0× |" in table,
              f"report.py --markdown lost the ratio of a build to the cmark-gfm floor:\n{table}")
        report = subprocess.run([sys.executable, os.path.join(HERE, "report.py"), results], capture_output=True, text=True).stdout
        check(any("write floor's own 100,000 / 10,000" in line and "16.0×" in line for line in report.splitlines()),
              f"report.py does not give the write floor's own ratio:\n{report}")
        check(any("cmark-gfm floor's own 100,000 / 10,000" in line and "11.0×" in line for line in report.splitlines()),
              f"report.py does not give the cmark-gfm floor's own ratio:\n{report}")
    for failure in failures:
        print(f"test-write-floor: {failure}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
