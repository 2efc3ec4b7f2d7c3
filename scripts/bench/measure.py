#!/usr/bin/env python3
"""measure.py RUNS LABEL OUTPUT -- COMMAND [ARG ...]

Runs COMMAND RUNS times (after one uncounted warm-up) and prints one JSON line with the median,
min and max of wall seconds, CPU seconds (user + system of the process and its waited-for
children) and peak resident memory in MiB. Before each run the folder OUTPUT, if it exists, is
moved aside (one rename) so that every build writes into a fresh folder and deleting the old
output is not timed; the moved copies are removed after the measurement.
Python 3 standard library only.
"""
import json, os, shutil, statistics, subprocess, sys, time


def run(command):
    start = time.monotonic()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    error = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"measure: {' '.join(command)} failed:\n{error}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}


def main():
    if len(sys.argv) < 5 or sys.argv[4] != "--":
        sys.exit(__doc__)
    runs, label, output, command = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[5:]
    trash = output + ".measure-trash"
    os.makedirs(trash, exist_ok=True)
    results = []
    for index in range(runs + 1):
        if os.path.exists(output):
            os.rename(output, os.path.join(trash, str(index)))
        result = run(command)
        if index > 0:
            results.append(result)
    shutil.rmtree(trash, ignore_errors=True)
    summary = {"label": label, "runs": runs}
    for key in ("wall", "cpu", "peak_mib"):
        values = [r[key] for r in results]
        summary[key] = {"median": statistics.median(values), "min": min(values), "max": max(values)}
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
