#!/usr/bin/env python3
"""scaling.py: cold and warm builds of one corpus size, the cmark-gfm floor and Hugo, for `make bench`.

    scaling.py --articles N --site SITE --bodies BODIES --zeche ZECHE --out OUTDIR --results FILE
               [--runs R] [--warmup W] [--disk-out DIR --disk-runs D]
               [--hugo-site HUGO --hugo-runs H --hugo-warmup W --hugo-timeout S --hugo-max-mib M]
               [--only floor|zeche|hugo]

Each measurement appends one JSON line to FILE (and prints it):

  cmark-gfm floor N    the cmark-gfm tool on the bare Markdown bodies of the same articles (1,000
                       files per process, two processes at once): what Markdown alone costs.
  zeche cold N         `zeche build` into a fresh output folder (OUTDIR/shared-N, with nothing named
                       .shared-N.zeche-* beside it) and no build cache (SITE/.zeche-cache/ moved
                       aside): R runs after W warm-ups.
  zeche first warm N   then once: one article's body gets a sentence more, and `zeche build`
                       writes into the same output again (with the cache the previous build left).
                       The first warm build after a cold one into a fresh folder makes the
                       output's previous generation beside it (every file linked), which later
                       ones update at the changed paths only: it is recorded on its own.
  zeche warm N         then R times the same: the warm builds of an editor's day.
  ... (disk)           the same into DIR on a real disk: one cold build, then one first warm build
                       and D warm ones.
  write floor N        the files of the last build (the same paths and sizes) written into a
                       fresh folder beside its output by scripts/bench/write-floor.py, one open,
                       write and close each: what this machine's file system charges for writing
                       the site, R runs. On a virtual machine that hands the guest fresh memory
                       slowly, a tmpfs's cost per file grows with the size of the site.
  hugo cold N          Hugo on the same articles (its own layout), into a fresh folder, with a
                       timeout and a memory limit.

Every Zeche record has the median, min and max of wall seconds, CPU seconds (user + system),
peak resident MiB and bytes written: the sizes of the output's files that are new or were
rewritten, found by comparing each file's inode and modification time with the tree before the
build (so it is right on a tmpfs too, where nothing counts writes); with the number of files
written, kept and removed. When `zeche build` reports its own count ("Output/: N files written
(X KB), M unchanged, K removed"), that line is kept in "zeche_says". The edited article is
restored at the end. Python 3 standard library only.
"""
import argparse, json, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import move_aside, run, summary  # noqa: E402

CACHE = ".zeche-cache"
ZECHE_SAYS = re.compile(r"[\d,.]+ files? written\b.*")


def filesystem(path):
    """The file system type of PATH as `stat -f` names it (tmpfs, ext2/ext3, …)."""
    probe = path
    while not os.path.exists(probe):
        probe = os.path.dirname(probe)
    try:
        return subprocess.run(["stat", "-f", "-c", "%T", probe], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def snapshot(root):
    """path → (inode, mtime in ns, size) of every regular file under ROOT."""
    files = {}
    if not os.path.isdir(root):
        return files
    pending = [root]
    while pending:
        folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    files[os.path.relpath(entry.path, root)] = (info.st_ino, info.st_mtime_ns, info.st_size)
    return files


def written(before, after):
    """Bytes and files that are new or rewritten in AFTER, files kept as they were, files removed."""
    changed = [path for path, (inode, mtime, _) in after.items() if before.get(path, (None, None))[:2] != (inode, mtime)]
    return {"bytes_written": sum(after[path][2] for path in changed), "files_written": len(changed),
            "files_kept": len(after) - len(changed), "files_removed": len(set(before) - set(after)),
            "output_bytes": sum(size for _, _, size in after.values()), "output_files": len(after)}


def zeche_says(stdout):
    match = ZECHE_SAYS.search(stdout)
    if not match:
        return None
    line = stdout[stdout.rfind("\n", 0, match.start()) + 1:match.end()].strip()
    numbers = dict((key, int(value.replace(",", ""))) for value, key in
                   re.findall(r"([\d,]+) (files? written|unchanged|removed)", line))
    size = re.search(r"written \(([\d.]+) (bytes?|KB|MB|GB)\)", line)
    scale = {"byte": 1, "bytes": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9}
    return {"line": line, "written": numbers.get("files written", numbers.get("file written")),
            "bytes": round(float(size.group(1)) * scale[size.group(2)]) if size else None,
            "unchanged": numbers.get("unchanged"), "removed": numbers.get("removed")}


def clear_output(output):
    """Removes OUTPUT and whatever a build keeps beside it (siblings named .NAME.zeche-*, such as
    a previous generation or a manifest), so that the next build starts from nothing."""
    trash = output + ".trash"
    parent, name = os.path.split(output.rstrip("/"))
    move_aside(output, trash)
    if os.path.isdir(parent):
        for sibling in os.listdir(parent):
            if sibling.startswith(f".{name}.zeche-"):
                move_aside(os.path.join(parent, sibling), trash)
    shutil.rmtree(trash, ignore_errors=True)


class Article:
    """One article of SITE that warm builds edit: a sentence appended to its body, restored at the end."""

    def __init__(self, site):
        posts = sorted(name for name in os.listdir(os.path.join(site, "Content", "posts")) if name.endswith(".md"))
        # An article from the middle of the archive: not on the first index page nor in the feeds.
        self.path = os.path.join(site, "Content", "posts", posts[len(posts) // 2])
        with open(self.path, "rb") as file:
            self.original = file.read()
        self.edits = 0

    def edit(self):
        """A new sentence at the end of the body, different from every earlier edit."""
        self.edits += 1
        with open(self.path, "wb") as file:
            file.write(self.original.rstrip(b"\n") + f"\n\nNachtrag {self.edits}: Die Redaktion hat diesen Artikel ergänzt.\n".encode())

    def restore(self):
        with open(self.path, "wb") as file:
            file.write(self.original)


class Bench:
    def __init__(self, args):
        self.args = args
        self.n = args.articles
        self.results = open(args.results, "a", encoding="utf-8")

    def emit(self, record):
        line = json.dumps(record)
        print(line, flush=True)
        self.results.write(line + "\n")
        self.results.flush()

    def record(self, label, tool, kind, place, runs, **extra):
        figures = summary(runs, ("wall", "cpu", "peak_mib", "bytes_written", "files_written", "files_kept",
                                 "files_removed", "output_bytes", "output_files"))
        record = {"label": label, "tool": tool, "kind": kind, "articles": self.n, "place": place,
                  "runs": len(runs), **figures, **extra}
        stopped = [r["status"] for r in runs if r["status"] != "ok"]
        if stopped:
            record["status"] = stopped[0]
            print(f"scaling: {label}: {stopped[0]}", file=sys.stderr)
        self.emit(record)

    def zeche(self, output):
        return [self.args.zeche, "build", "--source", self.args.site, "--output", output]

    def build(self, output, cold):
        """One zeche build into OUTPUT, fresh and without cache when COLD; its figures."""
        if cold:
            clear_output(output)
            cache = os.path.join(self.args.site, CACHE)
            if os.path.lexists(cache):
                shutil.rmtree(cache)
        before = snapshot(output)
        result = run(self.zeche(output), allow_failure=True)
        if result["status"] != "ok":
            result.pop("stdout")
            return result
        result.update(written(before, snapshot(output)))
        says = zeche_says(result.pop("stdout"))
        if says:
            result["zeche_says"] = says
        return result

    def builds(self, output, cold, count):
        """COUNT builds, fewer when one fails (a failed build is a result: its record says so)."""
        results = []
        for _ in range(count):
            results.append(self.build(output, cold))
            if results[-1]["status"] != "ok":
                return results[-1:]
        return results

    def series(self, output, place, cold_runs, warmup, warm_runs, article):
        os.makedirs(os.path.dirname(output), exist_ok=True)
        cold = self.builds(output, True, warmup + cold_runs)
        cold = cold if cold[-1]["status"] != "ok" else cold[warmup:]
        suffix = "" if place == "tmpfs" else f" ({place})"
        says = [r["zeche_says"] for r in cold if "zeche_says" in r]
        self.record(f"zeche cold {self.n}{suffix}", "zeche", "cold", place, cold, filesystem=filesystem(output),
                    **({"zeche_says": says[-1]} if says else {}))
        warm = []
        if all(r["status"] == "ok" for r in cold):
            # The first warm build, then the others (see the module's comment).
            for _ in range(1 + warm_runs):
                article.edit()
                warm.append(self.build(output, cold=False))
                if warm[-1]["status"] != "ok":
                    break
        for kind, builds in (("first warm", warm[:1]), ("warm", warm[1:])):
            note = {} if builds else {"status": "not run: the cold build failed" if not warm else "not run: a warm build failed"}
            says = [r["zeche_says"] for r in builds if "zeche_says" in r]
            self.record(f"zeche {kind} {self.n}{suffix}", "zeche", kind.replace(" ", "-"), place, builds,
                        filesystem=filesystem(output), edited=os.path.relpath(article.path, self.args.site),
                        **({"zeche_says": says[-1]} if says else {}), **note)
        # After the warm builds: the memory it fills and frees is not theirs to find.
        if place == "tmpfs" and all(r["status"] == "ok" for r in cold):
            self.write_floor(output, cold_runs)
        clear_output(output)

    def write_floor(self, output, count):
        """The write floor: the files of the build in OUTPUT written anew into a sibling folder."""
        files = snapshot(output)
        layout = output + ".layout"
        with open(layout, "w", encoding="utf-8") as listing:
            for path, (_, _, size) in sorted(files.items()):
                listing.write(f"{size} {path}\n")
        dest = output + ".write-floor"
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "write-floor.py")
        runs = []
        for _ in range(count):
            clear_output(dest)
            runs.append(run([sys.executable, script, layout, dest]))
            runs[-1].pop("stdout", None)
            runs[-1].update(written({}, snapshot(dest)))
        clear_output(dest)
        os.remove(layout)
        self.record(f"write floor {self.n}", "write", "floor", "tmpfs", runs, filesystem=filesystem(output))

    def floor(self):
        if not shutil.which("cmark-gfm"):
            print("scaling: cmark-gfm is not installed, no floor", file=sys.stderr)
            return
        # find, not a glob: 100,000 file names do not fit on one command line.
        command = ["sh", "-c", f"find '{self.args.bodies}' -name '[0-9]*.md' | sort | xargs -n 1000 -P 2 "
                   "cmark-gfm --extension table --extension strikethrough --extension autolink > /dev/null"]
        runs = [run(command) for _ in range(self.args.warmup + self.args.runs)][self.args.warmup:]
        self.record(f"cmark-gfm floor {self.n}", "cmark-gfm", "floor", None, runs)

    def hugo(self):
        args = self.args
        output = os.path.join(args.out, f"hugo-{self.n}")
        os.makedirs(args.out, exist_ok=True)
        trash = output + ".trash"
        runs = []
        for index in range(args.hugo_warmup + args.hugo_runs):
            move_aside(output, trash)
            shutil.rmtree(trash, ignore_errors=True)
            result = run(["hugo", "--quiet", "-s", args.hugo_site, "-d", output],
                         timeout=args.hugo_timeout, max_rss_mib=args.hugo_max_mib)
            result.pop("stdout")
            if result["status"] != "ok":
                result["limit"] = {"timeout_s": args.hugo_timeout, "max_mib": args.hugo_max_mib}
                runs = [result]
                break
            result.update(written({}, snapshot(output)))
            if index >= args.hugo_warmup:
                runs.append(result)
        move_aside(output, trash)
        shutil.rmtree(trash, ignore_errors=True)
        extra = {"limit": runs[0]["limit"]} if runs and "limit" in runs[0] else {}
        place = "tmpfs" if filesystem(args.out) == "tmpfs" else "disk"
        self.record(f"hugo cold {self.n}", "hugo", "cold", place, runs, filesystem=filesystem(args.out), **extra)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--bodies", required=True)
    parser.add_argument("--zeche", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--disk-out")
    parser.add_argument("--disk-runs", type=int, default=3)
    parser.add_argument("--hugo-site")
    parser.add_argument("--hugo-runs", type=int, default=3)
    parser.add_argument("--hugo-warmup", type=int, default=1)
    parser.add_argument("--hugo-timeout", type=float, default=1800)
    parser.add_argument("--hugo-max-mib", type=float, default=16384)
    parser.add_argument("--only", choices=("floor", "zeche", "hugo"), help="measure only this")
    args = parser.parse_args()
    bench = Bench(args)
    if args.only == "hugo":
        return bench.hugo()
    if args.only == "floor":
        return bench.floor()
    article = Article(args.site)
    try:
        if not args.only:
            bench.floor()
        place = "tmpfs" if filesystem(args.out) == "tmpfs" else "disk"
        bench.series(os.path.join(args.out, f"shared-{args.articles}"), place, args.runs, args.warmup, args.runs, article)
        if args.disk_out:
            if filesystem(args.disk_out) == "tmpfs":
                print(f"scaling: {args.disk_out} is on a tmpfs, not a disk", file=sys.stderr)
            bench.series(os.path.join(args.disk_out, f"shared-{args.articles}"), "disk", 1, 0, args.disk_runs, article)
    finally:
        article.restore()
    if args.hugo_site and shutil.which("hugo") and not args.only:
        bench.hugo()


if __name__ == "__main__":
    main()
