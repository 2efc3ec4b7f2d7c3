#!/usr/bin/env python3
"""plot.py INPUT [--svg OUT.svg] [--save-data OUT.json] [--note TEXT]

Draws how build time and peak memory grow with the number of articles, for Zeche (cold and
warm builds), Hugo and the cmark-gfm floor, as an SVG of two panels with logarithmic axes.
INPUT is either the JSON lines that `make bench` writes (BENCH_DIR/results.jsonl; the records of
scripts/bench/scaling.py are used, the others ignored) or a data file this script saved with
--save-data (docs/performance-data.json: {"note": …, "results": [records]}), so that the plot in
the docs can be drawn again from the figures the docs show. With --carry-over OLD.json, Hugo's
records of OLD that INPUT lacks are kept, marked "carried_from" with OLD's note. Points are medians; a vertical
line spans the min–max of the runs; a hollow point is a run stopped at a limit (a lower bound).
Python 3 standard library only; the SVG is written by hand.
"""
import argparse, json, math, os, sys
from xml.sax.saxutils import escape

# Okabe–Ito colours (distinguishable with colour-blindness), each series with its own marker
# and line pattern as well, so that colour is never the only difference.
SERIES = [
    # key (tool, kind, place), name, colour, dash pattern, marker, panels
    (("zeche", "cold", "tmpfs"), "Zeche, cold build (tmpfs)", "#0072B2", "", "circle", ("wall", "peak_mib")),
    (("zeche", "warm", "tmpfs"), "Zeche, warm build, one article changed (tmpfs)", "#009E73", "7 4", "square", ("wall", "peak_mib")),
    (("zeche", "warm", "disk"), "Zeche, warm build (disk)", "#CC79A7", "2 3", "diamond", ("wall", "peak_mib")),
    (("hugo", "cold", "tmpfs"), "Hugo, cold build (tmpfs)", "#D55E00", "", "triangle", ("wall", "peak_mib")),
    (("cmark-gfm", "floor", None), "cmark-gfm floor: Markdown alone", "#555555", "9 3 2 3", "cross", ("wall",)),
]
PANELS = [("wall", "Wall time", "s"), ("peak_mib", "Peak memory", "MiB")]
WIDTH, HEIGHT = 960, 520
PLOT_TOP, PLOT_HEIGHT, PLOT_WIDTH = 84, 270, 360
PANEL_LEFT = [86, 566]


def load(path):
    text = open(path, encoding="utf-8").read()
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
            if isinstance(data, dict) and "results" in data:
                return data.get("note", ""), data["results"]
        except json.JSONDecodeError:
            pass
    return "", [json.loads(line) for line in text.splitlines() if line.strip()]


def scaling_records(records):
    keys = {series[0] for series in SERIES} | {("zeche", "cold", "disk"), ("hugo", "cold", "disk")}
    return [r for r in records if "articles" in r and (r.get("tool"), r.get("kind"), r.get("place")) in keys and "wall" in r]


def points(records, key, panel):
    """(articles, median, min, max, stopped) of one series in one panel, by article count."""
    found = []
    for record in records:
        if (record.get("tool"), record.get("kind"), record.get("place")) != key or panel not in record:
            continue
        figure = record[panel]
        found.append((record["articles"], figure["median"], figure["min"], figure["max"], record.get("status", "ok"),
                      record.get("carried_from")))
    return sorted(found)


def carry_over(records, old_note, old_records):
    """Hugo's records of an earlier run that this run lacks (Hugo at 100,000 articles is not in
    the default run): Hugo's figures do not depend on Zeche's code, so they stay, marked with the
    run they come from."""
    labels = {r["label"] for r in records}
    kept = []
    for record in scaling_records(old_records):
        if record.get("tool") == "hugo" and record["label"] not in labels:
            kept.append({**record, "carried_from": record.get("carried_from", old_note)})
    return kept


def decades(low, high):
    return math.floor(math.log10(low) + 1e-9), math.ceil(math.log10(high) - 1e-9)


def number(value):
    if value >= 1:
        return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
    return f"{value:.3f}".rstrip("0")


def ticks(low, high):
    """Tick values for a log axis: 1, 2, 5 per decade when it spans few decades, else decades."""
    first, last = decades(low, high)
    steps = (1, 2, 5) if last - first <= 3 else (1,)
    return [m * 10 ** e for e in range(first, last + 1) for m in steps if low <= m * 10 ** e <= high * 1.0001]


class Axis:
    def __init__(self, low, high, start, length, flip=False):
        self.low, self.high = math.log10(low), math.log10(high)
        self.start, self.length, self.flip = start, length, flip

    def __call__(self, value):
        share = (math.log10(value) - self.low) / (self.high - self.low)
        return self.start + (self.length * (1 - share) if self.flip else self.length * share)


def marker(shape, x, y, colour, hollow):
    fill = "#ffffff" if hollow else colour
    common = f'fill="{fill}" stroke="{colour}" stroke-width="1.8"'
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" {common}/>'
    if shape == "square":
        return f'<rect x="{x - 4.5:.1f}" y="{y - 4.5:.1f}" width="9" height="9" {common}/>'
    if shape == "diamond":
        return f'<path d="M{x:.1f} {y - 6:.1f}L{x + 6:.1f} {y:.1f}L{x:.1f} {y + 6:.1f}L{x - 6:.1f} {y:.1f}Z" {common}/>'
    if shape == "triangle":
        return f'<path d="M{x:.1f} {y - 6:.1f}L{x + 6:.1f} {y + 4.5:.1f}L{x - 6:.1f} {y + 4.5:.1f}Z" {common}/>'
    return (f'<path d="M{x - 5:.1f} {y - 5:.1f}L{x + 5:.1f} {y + 5:.1f}M{x - 5:.1f} {y + 5:.1f}L{x + 5:.1f} {y - 5:.1f}" '
            f'fill="none" stroke="{colour}" stroke-width="2.2"/>')


def value_text(value, unit):
    if unit == "s":
        return f"{value:.2f} s" if value < 100 else f"{value:,.0f} s"
    return f"{value / 1024:.2f} GiB" if value >= 1024 else f"{value:,.0f} MiB"


def description(records):
    """The figures in words, for the SVG's desc (screen readers and search)."""
    sentences = []
    for key, name, *_ in SERIES:
        for panel, label, unit in PANELS:
            found = points(records, key, panel)
            if found and (panel == "wall" or key[0] != "cmark-gfm"):
                parts = [f"{articles:,} articles {'at least ' if status != 'ok' else ''}{value_text(median, unit)}"
                         + (f" (from an earlier run: {carried})" if carried else "")
                         for articles, median, _, _, status, carried in found]
                sentences.append(f"{name}, {label.lower()}: {'; '.join(parts)}.")
    return " ".join(sentences)


def draw(records, note):
    out = []
    title = "How Zeche's build time and memory grow with the archive, beside Hugo"
    desc = ("Two log-log charts against the number of articles (1,000, 10,000, 100,000 of the team's "
            "benchmark corpus): wall time and peak memory. " + description(records)
            + (f" Source: {note}." if note else ""))
    out.append(f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
               f'role="img" aria-labelledby="plot-title plot-desc" font-family="system-ui, -apple-system, \'Segoe UI\', sans-serif" font-size="13">')
    out.append(f'<title id="plot-title">{escape(title)}</title>')
    out.append(f'<desc id="plot-desc">{escape(desc)}</desc>')
    out.append(f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>')
    out.append(f'<text x="{WIDTH / 2}" y="28" text-anchor="middle" font-size="17" font-weight="600" fill="#111111">{escape(title)}</text>')
    if note:
        out.append(f'<text x="{WIDTH / 2}" y="50" text-anchor="middle" fill="#444444">{escape(note)}</text>')
    # The axis always spans 1,000 to 100,000 articles, so that a run of fewer sizes reads the same.
    articles = [r["articles"] for r in records] + [1000, 100000]
    x_low, x_high = 10 ** (math.log10(min(articles)) - 0.2), 10 ** (math.log10(max(articles)) + 0.2)
    for (panel, label, unit), left in zip(PANELS, PANEL_LEFT):
        values = [v for key, *_, panels in SERIES if panel in panels
                  for _, median, low, high, *_ in points(records, key, panel) for v in (median, low, high) if v > 0]
        values = values or [1, 10]
        first, last = decades(min(values) / 1.3, max(values) * 1.3)
        y_low, y_high = 10 ** first, 10 ** last
        x = Axis(x_low, x_high, left, PLOT_WIDTH)
        y = Axis(y_low, y_high, PLOT_TOP, PLOT_HEIGHT, flip=True)
        bottom = PLOT_TOP + PLOT_HEIGHT
        out.append(f'<g class="panel" data-panel="{panel}">')
        out.append(f'<text x="{left + PLOT_WIDTH / 2}" y="{PLOT_TOP - 12}" text-anchor="middle" font-size="15" font-weight="600" fill="#111111">'
                   f'{label} ({unit}, log scale)</text>')
        for tick in ticks(y_low, y_high):
            ty = y(tick)
            major = abs(math.log10(tick) - round(math.log10(tick))) < 1e-9
            out.append(f'<line x1="{left}" y1="{ty:.1f}" x2="{left + PLOT_WIDTH}" y2="{ty:.1f}" stroke="{"#cccccc" if major else "#ececec"}"/>')
            out.append(f'<text x="{left - 8}" y="{ty + 4:.1f}" text-anchor="end" fill="#333333">{number(tick)}</text>')
        for tick in ticks(x_low, x_high):
            if abs(math.log10(tick) - round(math.log10(tick))) > 1e-9:
                continue
            tx = x(tick)
            out.append(f'<line x1="{tx:.1f}" y1="{PLOT_TOP}" x2="{tx:.1f}" y2="{bottom}" stroke="#dddddd"/>')
            out.append(f'<text x="{tx:.1f}" y="{bottom + 18}" text-anchor="middle" fill="#333333">{number(tick)}</text>')
        out.append(f'<rect x="{left}" y="{PLOT_TOP}" width="{PLOT_WIDTH}" height="{PLOT_HEIGHT}" fill="none" stroke="#555555"/>')
        out.append(f'<text x="{left + PLOT_WIDTH / 2}" y="{bottom + 40}" text-anchor="middle" fill="#111111">articles (log scale)</text>')
        out.append(f'<text transform="translate({left - 58} {PLOT_TOP + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle" fill="#111111">'
                   f'{"seconds" if unit == "s" else "MiB"}</text>')
        reference = points(records, SERIES[0][0], panel)
        if reference and reference[0][4] == "ok":
            # In proportion to the articles from Zeche's smallest cold build: a line of slope 1 on
            # log-log axes; a series that climbs faster grows faster than the archive.
            a0, m0 = reference[0][:2]
            a1 = x_high
            m1 = min(m0 * a1 / a0, y_high)
            a1 = a0 * m1 / m0
            out.append(f'<path class="reference" d="M{x(a0):.1f} {y(m0):.1f}L{x(a1):.1f} {y(m1):.1f}" stroke="#999999" '
                       f'stroke-width="1.2" stroke-dasharray="1 3" fill="none"/>')
        for key, name, colour, dash, shape, panels in SERIES:
            if panel not in panels:
                continue
            found = points(records, key, panel)
            if not found:
                continue
            path = " ".join(f"{'M' if i == 0 else 'L'}{x(a):.1f} {y(m):.1f}" for i, (a, m, *_) in enumerate(found))
            out.append(f'<g class="series" data-series="{escape(name)}">')
            dashing = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"{dashing}/>')
            for a, median, low, high, status, carried in found:
                px, py = x(a), y(median)
                stopped = status != "ok"
                tip = f"{name}, {a:,} articles: {'stopped at a limit (' + status + ') after ' if stopped else ''}{value_text(median, unit)}"
                if carried:
                    tip += f" (from an earlier run: {carried})"
                if not stopped and high > low:
                    tip += f" (min {value_text(low, unit)}, max {value_text(high, unit)})"
                out.append(f'<g class="point" data-articles="{a}" data-value="{median:.6g}" data-status="{status}">'
                           f'<title>{escape(tip)}</title>')
                if not stopped and high > low:
                    out.append(f'<line x1="{px:.1f}" y1="{y(high):.1f}" x2="{px:.1f}" y2="{y(low):.1f}" stroke="{colour}" stroke-width="1.5"/>')
                out.append(marker(shape, px, py, colour, stopped))
                if stopped:
                    out.append(f'<text x="{px - 9:.1f}" y="{py + 20:.1f}" text-anchor="end" fill="{colour}" font-size="12">stopped ({escape(status)}): at least</text>')
                out.append("</g>")
            out.append("</g>")
        out.append("</g>")
    # The legend: two columns below the panels.
    legend_top = PLOT_TOP + PLOT_HEIGHT + 70
    out.append('<g class="legend">')
    for index, (_, name, colour, dash, shape, panels) in enumerate(SERIES):
        lx = PANEL_LEFT[0] + (index % 2) * 480
        ly = legend_top + (index // 2) * 24
        dashing = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 36}" y2="{ly}" stroke="{colour}" stroke-width="2"{dashing}/>')
        out.append(marker(shape, lx + 18, ly, colour, False))
        suffix = " (time only)" if len(panels) == 1 else ""
        out.append(f'<text x="{lx + 46}" y="{ly + 4}" fill="#111111">{escape(name + suffix)}</text>')
    lx, ly = PANEL_LEFT[0] + (len(SERIES) % 2) * 480, legend_top + (len(SERIES) // 2) * 24
    out.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 36}" y2="{ly}" stroke="#999999" stroke-width="1.2" stroke-dasharray="1 3"/>')
    out.append(f'<text x="{lx + 46}" y="{ly + 4}" fill="#111111">growth in proportion to the articles (from Zeche cold)</text>')
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input")
    parser.add_argument("--svg", help="where to write the plot")
    parser.add_argument("--save-data", help="write the scaling records of INPUT as a data file to this path")
    parser.add_argument("--note", help="the source of the figures, shown under the title and saved with the data")
    parser.add_argument("--carry-over", metavar="DATA.json",
                        help="keep the Hugo records of this earlier data file that INPUT lacks (see carry_over)")
    args = parser.parse_args()
    note, records = load(args.input)
    note = args.note if args.note is not None else note
    records = scaling_records(records)
    if args.carry_over and os.path.exists(args.carry_over):
        records += carry_over(records, *load(args.carry_over))
    if not records:
        sys.exit(f"plot.py: {args.input} has no cold or warm build records of scripts/bench/scaling.py")
    if args.save_data:
        with open(args.save_data, "w", encoding="utf-8") as file:
            json.dump({"note": note, "generated_by": "scripts/bench/plot.py --save-data", "results": records}, file, indent=1)
            file.write("\n")
    if args.svg:
        os.makedirs(os.path.dirname(os.path.abspath(args.svg)), exist_ok=True)
        with open(args.svg, "w", encoding="utf-8") as file:
            file.write(draw(records, note))


if __name__ == "__main__":
    main()
