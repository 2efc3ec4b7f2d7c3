#!/usr/bin/env python3
"""man-page.py ZECHE [--check]

Writes docs/zeche.1, the man page, from the help texts of the zeche binary ZECHE: the command
list of `zeche --help` and each `zeche COMMAND --help` (synopsis, description, options). The
help texts in Sources/ZecheCLI stay the one source; this script only adds the sections that
have no help text (files, exit status, see also).

Run it after changing a help text. With --check it writes nothing and exits 1 when
docs/zeche.1 is out of date (`make test` runs that).
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "docs", "zeche.1")


def run(zeche, *arguments):
    environment = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"}
    return subprocess.run([zeche, *arguments], check=True, capture_output=True, text=True, env=environment).stdout


def roff(text):
    """Text for a roff line: backslashes and hyphens escaped, no control character first."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def commands(overview):
    """(name, summary) of each command listed after 'commands:' in `zeche --help`."""
    lines = overview.split("\n")
    start = lines.index("commands:") + 1
    found = []
    for line in lines[start:]:
        match = re.match(r"^  (\S+)\s{2,}(.+)$", line)
        if not match:
            break
        found.append((match.group(1), match.group(2)))
    return found


def command_help(text):
    """The synopsis, the description's paragraphs and the (option, help) rows of one command."""
    head, _, options = text.partition("\noptions:\n")
    first, _, description = head.partition("\n\n")
    synopsis = first.removeprefix("usage: zeche ")
    rows = []
    for line in options.split("\n"):
        match = re.match(r"^\s+(?:-\w, )?(--\S+(?: \S+)?)\s{2,}(.+)$", line)
        if match:
            rows.append((match.group(1), match.group(2)))
    return synopsis, [p.strip() for p in description.split("\n\n") if p.strip()], rows


def page(zeche):
    overview = run(zeche, "--help")
    tagline = overview.split("\n")[0].removeprefix("zeche: ").rstrip(".")
    exit_status = next(line for line in overview.split("\n") if line.startswith("Exit status:"))
    out = [
        '.\\" Written by scripts/man-page.py from the help texts of zeche; do not edit.',
        '.TH ZECHE 1 "" "Zeche" "User Commands"',
        ".SH NAME",
        "zeche \\- " + roff(tagline),
        ".SH SYNOPSIS",
        ".B zeche",
        ".I COMMAND",
        "[\\fIOPTIONS\\fR]",
        ".br",
        ".B zeche \\-\\-version",
        ".SH DESCRIPTION",
        roff("Zeche turns a site folder (site.yml, Markdown articles in Content/, Mustache templates in "
             "Templates/) into a static website in Output/. Errors are printed like a compiler's, "
             "with file:line:column and how to fix them."),
        ".PP",
        roff("zeche --version prints the version and the source commit. Every command takes --help."),
        ".SH COMMANDS",
    ]
    for name, summary in commands(overview):
        synopsis, paragraphs, rows = command_help(run(zeche, name, "--help"))
        out += [".SS " + '"' + roff("zeche " + synopsis).replace('"', '\\(dq') + '"', roff(summary[:1].upper() + summary[1:] + ".")]
        for paragraph in paragraphs:
            out += [".PP", roff(paragraph)]
        for option, text in rows:
            if option == "--help":
                continue
            flag, _, value = option.partition(" ")
            out += [".TP", "\\fB" + roff(flag) + "\\fR" + (" \\fI" + roff(value) + "\\fR" if value else ""), roff(text)]
    out += [
        ".SH EXIT STATUS",
        roff(exit_status.removeprefix("Exit status: ")),
        ".SH FILES",
        ".TP", ".I site.yml", roff("the site's configuration"),
        ".TP", ".I Content/", roff("articles (posts/), authors (authors/), pages (pages/) and images (images/)"),
        ".TP", ".I Templates/", roff("the theme: Mustache templates, partials, interface strings and assets"),
        ".TP", ".I Output/", roff("the built site"),
        ".SH SEE ALSO",
        roff("README.md and docs/ in Zeche's repository: writing articles, templates, publishing, "
             "installing."),
    ]
    return "\n".join(out) + "\n"


def main():
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    if len(arguments) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    text = page(arguments[0])
    if "--check" in sys.argv:
        with open(TARGET, encoding="utf-8") as file:
            if file.read() != text:
                print("docs/zeche.1 is out of date: run scripts/man-page.py " + arguments[0], file=sys.stderr)
                return 1
        return 0
    with open(TARGET, "w", encoding="utf-8") as file:
        file.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
