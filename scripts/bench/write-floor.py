#!/usr/bin/env python3
"""write-floor.py LAYOUT DEST: writes the files LAYOUT lists into the fresh folder DEST.

LAYOUT has one line per file of a built site, "SIZE PATH" (PATH relative to the site's root).
Each file is written as a static site generator writes a page: its folder made if missing, then
one open, one write of SIZE bytes and one close. What the machine's file system charges for
writing a site of that shape, without making any of it: the write floor of scripts/bench/scaling.py,
beside the cmark-gfm floor (what parsing Markdown alone costs). Python 3 standard library only.
"""
import os, sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    layout, dest = sys.argv[1], sys.argv[2]
    os.makedirs(dest)
    files = []
    with open(layout, encoding="utf-8") as listing:
        for line in listing:
            size, path = line.rstrip("\n").split(" ", 1)
            files.append((int(size), path))
    largest = max((size for size, _ in files), default=0)
    # Bytes that are not all zero, so that no file system can store them as a hole.
    data = memoryview((b"<p>Zeche write floor</p>\n" * (largest // 25 + 1))[:largest])
    made = {""}
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for size, path in files:
        folder = os.path.dirname(path)
        if folder not in made:
            os.makedirs(os.path.join(dest, folder), exist_ok=True)
            made.add(folder)
        descriptor = os.open(os.path.join(dest, path), flags, 0o644)
        try:
            done = 0
            while done < size:
                done += os.write(descriptor, data[done:size])
        finally:
            os.close(descriptor)


if __name__ == "__main__":
    main()
