#!/usr/bin/env python3
"""Writes the teaser illustrations of the sample newsroom's news into Content/images/, in the
style of foerderturm.py (night sky in the site's blue, flat silhouettes, amber light), as small
SVG files of 1200×630, the proportion of the theme's cards:

  rechenzentrum.svg  "Q.One nutzt Cloudlösung von Amazon Web Services": a cloud of amber
                     points over a data centre whose racks are lit, linked by lines of data
  meilenstein.svg    "Produktentwicklung: Meilenstein 3 ist geschafft": a track climbing to the
                     horizon past three markers, the third one lit, a headframe far behind
  studie.svg         "Potenzialstudie: Online-Käufer schränken sich ein": towers of falling
                     height as the bars of a chart, a shopping cart and an arrow pointing down

Fixed random seeds place the stars and lit windows, so that every run writes the same bytes.
Run it with `python3 scripts/press-images/teasers.py`; the SVG files are committed.
"""
import os
import random
import sys

WIDTH, HEIGHT = 1200, 630
HORIZON = 520
NIGHT = "#06142a"
BRAND = "#1d4f91"
AMBER = "#f2b544"
SILHOUETTE = "#0a1b33"
FAR = "#27528f"
MIDDLE = "#173c6e"


def fmt(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


class Picture:
    def __init__(self, seed, glow_x):
        self.parts = []
        self.random = random.Random(seed)
        self.add(f'''<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">
<defs>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="{NIGHT}"/>
    <stop offset="0.45" stop-color="#0f2f5c"/>
    <stop offset="0.72" stop-color="{BRAND}"/>
    <stop offset="0.86" stop-color="#5a7bab"/>
    <stop offset="0.95" stop-color="#d9a25e"/>
  </linearGradient>
  <radialGradient id="glow" cx="{glow_x}" cy="{HORIZON}" r="560" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="{AMBER}" stop-opacity="0.6"/>
    <stop offset="0.4" stop-color="#e89a4f" stop-opacity="0.22"/>
    <stop offset="1" stop-color="#e89a4f" stop-opacity="0"/>
  </radialGradient>
</defs>''')
        self.rect(0, 0, WIDTH, HEIGHT, "url(#sky)")
        self.rect(0, 0, WIDTH, HEIGHT, "url(#glow)")
        for _ in range(70):
            x, y = self.random.uniform(0, WIDTH), self.random.uniform(0, 300)
            opacity = (1 - y / 330) * self.random.uniform(0.3, 0.85)
            self.add(f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{self.random.choice([0.7, 0.9, 1.2])}" fill="#e8f0ff" opacity="{opacity:.2f}"/>')

    def add(self, text):
        self.parts.append(text)

    def rect(self, x, y, w, h, fill, extra=""):
        self.add(f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" fill="{fill}" {extra}/>')

    def line(self, x1, y1, x2, y2, stroke, width, extra=""):
        self.add(f'<line x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" stroke="{stroke}" stroke-width="{fmt(width)}" {extra}/>')

    def far_skyline(self, low=14, high=54):
        points = [(0, HORIZON)]
        x = 0
        while x < WIDTH:
            w = self.random.uniform(20, 50)
            h = self.random.uniform(low, high)
            points += [(x, HORIZON - h), (x + w, HORIZON - h)]
            x += w
        points += [(WIDTH, HORIZON)]
        self.add(f'<polygon points="{" ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)}" fill="{FAR}"/>')

    def building(self, x, y, w, lit=0.25, fill=SILHOUETTE, window=AMBER, step=(14, 16)):
        self.rect(x, y, w, HORIZON - y, fill)
        for row in range(int(y) + 10, HORIZON - 12, step[1]):
            for column in range(int(x) + 8, int(x + w) - 10, step[0]):
                if self.random.random() < lit:
                    self.rect(column, row, 6, 8, window, f'opacity="{self.random.uniform(0.55, 0.95):.2f}"')

    def ground(self):
        self.rect(0, HORIZON, WIDTH, HEIGHT - HORIZON, "#071327")
        self.line(0, HORIZON + 0.5, WIDTH, HORIZON + 0.5, "#2a4f80", 1)

    def svg(self):
        return "\n".join(self.parts + ["</svg>"]) + "\n"


def rechenzentrum():
    p = Picture(seed=23, glow_x=600)
    p.far_skyline()
    # The cloud: rows of amber points inside the outline of three circles.
    centres = [(470, 215, 95), (600, 170, 125), (740, 220, 90)]
    for y in range(72, 320, 18):
        for x in range(362, 850, 18):
            inside = any((x - cx) ** 2 + (y - cy) ** 2 < r * r for cx, cy, r in centres) and y < 300
            if inside:
                radius = 2.6 if p.random.random() < 0.18 else 1.7
                p.add(f'<circle cx="{x}" cy="{y}" r="{radius}" fill="{AMBER}" opacity="{p.random.uniform(0.45, 0.95):.2f}"/>')
    # Lines of data from the cloud down to the racks.
    for x in range(450, 780, 55):
        p.line(x, 300, x, 408, AMBER, 1.4, 'opacity="0.55" stroke-dasharray="2 7"')
    # The data centre: a long hall with rows of racks, and its cooling units on the roof.
    p.rect(330, 408, 540, HORIZON - 408, SILHOUETTE)
    for x in range(352, 850, 42):
        p.rect(x, 428, 30, 72, "#10294d")
        for y in range(436, 496, 9):
            p.rect(x + 5, y, 20, 3, AMBER if p.random.random() < 0.35 else "#3b6db0", 'opacity="0.9"')
    for x in range(360, 860, 80):
        p.rect(x, 394, 44, 14, "#10294d")
    p.building(120, 430, 120, lit=0.18, fill=MIDDLE)
    p.building(960, 400, 96, lit=0.22, fill=MIDDLE)
    p.ground()
    return p.svg()


def meilenstein():
    p = Picture(seed=31, glow_x=820)
    p.far_skyline(10, 40)
    # A headframe far behind, as in the seed article's picture.
    x0, top = 930, 300
    for a, b in [((x0 - 46, HORIZON - 40), (x0 - 14, top + 30)), ((x0 + 46, HORIZON - 40), (x0 + 14, top + 30))]:
        p.line(a[0], a[1], b[0], b[1], MIDDLE, 7)
    p.rect(x0 - 28, top + 18, 56, 14, MIDDLE)
    for cx in (x0 - 14, x0 + 14):
        p.add(f'<circle cx="{cx}" cy="{top + 6}" r="15" fill="none" stroke="{MIDDLE}" stroke-width="4"/>')
    p.add(f'<rect x="0" y="{HORIZON}" width="{WIDTH}" height="{HEIGHT - HORIZON}" fill="#071327" opacity="0.7"/>')
    # The track: two rails converging to the horizon, with sleepers.
    vanish = (820, HORIZON - 6)
    for i in range(1, 16):
        t = (i / 16) ** 1.7
        y = HEIGHT - (HEIGHT - vanish[1]) * t
        left = 200 + (vanish[0] - 6 - 200) * t
        right = 560 + (vanish[0] - 6 + 6 - 560) * t
        p.line(left - 10 * (1 - t), y, right + 10 * (1 - t), y, "#1f4779", 6 * (1 - t) + 1)
    for start in (200, 560):
        p.line(start, HEIGHT, vanish[0] - 6 + (start - 200) / 60, vanish[1], "#6f95cc", 3)
    # Three markers: two passed, the third lit.
    for (x, y, h, lit) in [(640, 596, 150, False), (720, 556, 100, False), (778, 532, 64, True)]:
        colour = AMBER if lit else "#5a82bd"
        p.line(x, y, x, y - h, colour, 4 if not lit else 3)
        p.add(f'<path d="M {x} {y - h} l {fmt(h * 0.42)} {fmt(h * 0.12)} l {fmt(-h * 0.42)} {fmt(h * 0.12)} Z" fill="{colour}"/>')
        if lit:
            p.add(f'<circle cx="{x + 10}" cy="{y - h + 8}" r="36" fill="{AMBER}" opacity="0.18"/>')
    p.building(60, 420, 110, lit=0.2, fill=MIDDLE)
    p.building(1040, 440, 120, lit=0.2, fill=MIDDLE)
    return p.svg()


def studie():
    p = Picture(seed=47, glow_x=420)
    p.far_skyline(10, 36)
    # Five towers of falling height: the bars of the study's chart.
    for i, height in enumerate([300, 262, 224, 176, 132]):
        x = 250 + i * 120
        p.building(x, HORIZON - height, 84, lit=0.42 - i * 0.06, fill=SILHOUETTE if i % 2 else "#0e2444")
        p.rect(x, HORIZON - height, 84, 5, AMBER, 'opacity="0.8"')
    # The trend: a dashed amber line over the tops, ending in an arrow.
    tops = [(292 + i * 120, HORIZON - h - 24) for i, h in enumerate([300, 262, 224, 176, 132])]
    p.add(f'<polyline points="{" ".join(f"{x},{y}" for x, y in tops)} 880,{HORIZON - 132}" fill="none" stroke="{AMBER}" stroke-width="4" stroke-dasharray="10 8" stroke-linecap="round"/>')
    p.add(f'<path d="M 896 {HORIZON - 118} l -30 -4 l 20 -24 Z" fill="{AMBER}"/>')
    # A shopping cart over the last tower.
    cx, cy = 930, 250
    p.add(f'<path d="M {cx} {cy} h 22 l 22 80 h 96 l 20 -62 h -128" fill="none" stroke="{AMBER}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>')
    p.add(f'<circle cx="{cx + 58}" cy="{cy + 102}" r="9" fill="{AMBER}"/><circle cx="{cx + 128}" cy="{cy + 102}" r="9" fill="{AMBER}"/>')
    p.building(40, 430, 120, lit=0.18, fill=MIDDLE)
    p.building(1060, 410, 110, lit=0.2, fill=MIDDLE)
    p.ground()
    return p.svg()


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Content", "images")
    for name, make in [("rechenzentrum.svg", rechenzentrum), ("meilenstein.svg", meilenstein), ("studie.svg", studie)]:
        path = os.path.join(target, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(make())
        print(f"{os.path.relpath(path, root)}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
