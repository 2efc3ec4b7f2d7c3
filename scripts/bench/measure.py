#!/usr/bin/env python3
"""measure.py [--warmup N] [--timeout S] [--max-rss MIB] RUNS LABEL OUTPUT -- COMMAND [ARG ...]

Runs COMMAND RUNS times (after N uncounted warm-up runs, default 1) and prints one JSON line with
the median, min and max of wall seconds, CPU seconds (user + system of the process and its
waited-for children) and peak resident memory in MiB. Before each run the folder OUTPUT, if it
exists, is moved aside (one rename) so that every build writes into a fresh folder and deleting
the old output is not timed; the moved copy is removed after the run.

With --timeout or --max-rss, a watchdog stops the command (its whole process group) when it runs
longer than S seconds or its resident memory (with its children's) exceeds MIB; the line then
says "status": "timeout" or "memory limit" with the figures of that run, and no more runs follow.
Python 3 standard library only; scripts/bench/scaling.py uses run() and summary().
"""
import json, os, shutil, signal, statistics, subprocess, sys, tempfile, threading, time


def resident_mib(pid):
    """The resident memory of PID and its descendants in MiB (from /proc; 0 when unreadable)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{current}/task/{current}/children") as children:
                pending.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            pass
    return total / 1024


def run(command, timeout=None, max_rss_mib=None, cwd=None, allow_failure=False):
    """Runs COMMAND once; returns wall, cpu, peak_mib, status ("ok", "timeout", "memory limit")
    and its standard output. Exits with the command's error output when it fails otherwise, or
    with ALLOW_FAILURE returns status "failed: …" (a signal such as the kernel's out-of-memory
    killer's, or the exit status) and the end of its error output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
                                   start_new_session=True)
        stopped = []
        done = threading.Event()
        if timeout or max_rss_mib:
            # A thread watches, so that the build's own wall time is not rounded to a poll interval.
            def watch():
                while not done.wait(0.2):
                    if timeout and time.monotonic() - start > timeout:
                        stopped.append("timeout")
                    elif max_rss_mib and resident_mib(process.pid) > max_rss_mib:
                        stopped.append("memory limit")
                    if stopped:
                        try:
                            os.killpg(process.pid, signal.SIGKILL)
                        except ProcessLookupError:
                            pass
                        return
            threading.Thread(target=watch, daemon=True).start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        done.set()
        out.seek(0)
        err.seek(0)
        output = out.read().decode(errors="replace")
        error = err.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if not stopped and code != 0:
        reason = f"killed by signal {-code}" + (" (out of memory?)" if code == -9 else "") if code < 0 else f"exit status {code}"
        if not allow_failure:
            sys.exit(f"measure: {' '.join(command)} failed, {reason}:\n{error}")
        stopped.append(f"failed: {reason}")
        print(f"measure: {' '.join(command)} failed, {reason}:\n{error[-2000:]}", file=sys.stderr)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024,
            "status": stopped[0] if stopped else "ok", "stdout": output}


def summary(results, keys=("wall", "cpu", "peak_mib")):
    """Median, min and max of each key over the runs."""
    summarised = {}
    for key in keys:
        values = [r[key] for r in results if r.get(key) is not None]
        if values:
            summarised[key] = {"median": statistics.median(values), "min": min(values), "max": max(values)}
    return summarised


def move_aside(path, trash):
    if os.path.lexists(path):
        os.makedirs(trash, exist_ok=True)
        os.rename(path, os.path.join(trash, f"{time.monotonic_ns()}"))


def main():
    arguments = sys.argv[1:]
    warmup, timeout, max_rss = 1, None, None
    while arguments and arguments[0].startswith("--") and arguments[0] != "--":
        option, value = arguments[0], arguments[1]
        if option == "--warmup":
            warmup = int(value)
        elif option == "--timeout":
            timeout = float(value)
        elif option == "--max-rss":
            max_rss = float(value)
        else:
            sys.exit(__doc__)
        arguments = arguments[2:]
    if len(arguments) < 5 or arguments[3] != "--":
        sys.exit(__doc__)
    runs, label, output, command = int(arguments[0]), arguments[1], arguments[2], arguments[4:]
    trash = output + ".measure-trash"
    results = []
    status = "ok"
    for index in range(runs + warmup):
        move_aside(output, trash)
        shutil.rmtree(trash, ignore_errors=True)
        result = run(command, timeout, max_rss)
        status = result["status"]
        if index >= warmup or status != "ok":
            results.append(result)
        if status != "ok":
            break
    move_aside(output, trash)
    shutil.rmtree(trash, ignore_errors=True)
    line = {"label": label, "runs": len(results), **summary(results)}
    if status != "ok":
        line["status"] = status
    print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
