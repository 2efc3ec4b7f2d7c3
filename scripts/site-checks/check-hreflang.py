#!/usr/bin/env python3
"""check-hreflang.py OUTPUT: every page's hreflang alternates link back.

Search engines ignore hreflang links that are not returned: if page A names B as its
translation, B must name A (and each page must name itself). Reads every HTML page of a built
site, takes its canonical URL, its <html lang> and its <link rel="alternate" hreflang="…">
links, and checks per page that
  - it names itself, with the hreflang of its <html lang>,
  - every language version it names is a page of the site that names it back,
  - it has exactly one x-default, and all versions agree on it.
Prints PASS/FAIL lines and "N passed, M failed"; pages without alternates are not counted.
"""
import html.parser
import pathlib
import sys


class Head(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.canonical = None
        self.alternates = []  # (hreflang, href)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "link":
            rel = (a.get("rel") or "").split()
            if "canonical" in rel:
                self.canonical = a.get("href")
            elif "alternate" in rel and a.get("hreflang"):
                self.alternates.append((a["hreflang"], a.get("href")))


def main():
    if len(sys.argv) != 2:
        print("usage: check-hreflang.py OUTPUT", file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    pages = {}
    for path in sorted(out.rglob("*.html")):
        head = Head()
        head.feed(path.read_text(encoding="utf-8", errors="replace"))
        if head.canonical:
            pages[head.canonical] = (path.relative_to(out), head)
    passed = failed = 0
    for url, (path, head) in sorted(pages.items()):
        if not head.alternates:
            continue
        problems = []
        versions = [(lang, href) for lang, href in head.alternates if lang != "x-default"]
        defaults = [href for lang, href in head.alternates if lang == "x-default"]
        if (head.lang, url) not in versions:
            problems.append(f"does not name itself as hreflang='{head.lang}' {url}")
        if len(defaults) != 1:
            problems.append(f"has {len(defaults)} x-default links, not one")
        for lang, href in versions:
            if href == url:
                continue
            other = pages.get(href)
            if other is None:
                problems.append(f"names {href} (hreflang='{lang}'), which is no page of the site")
                continue
            other_path, other_head = other
            if other_head.lang != lang:
                problems.append(f"names {href} as '{lang}', but that page is <html lang='{other_head.lang}'>")
            if (head.lang, url) not in other_head.alternates:
                problems.append(f"names {other_path} (hreflang='{lang}'), which does not link back")
            other_defaults = [h for l, h in other_head.alternates if l == "x-default"]
            if defaults and other_defaults and other_defaults != defaults[:1]:
                problems.append(f"x-default {defaults[0]} differs from that of {other_path}: {other_defaults[0]}")
        if problems:
            failed += 1
            for problem in problems:
                print(f"FAIL hreflang {path}: {problem}")
        else:
            passed += 1
            print(f"PASS hreflang {path}: {len(versions)} versions link back")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
