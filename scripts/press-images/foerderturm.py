#!/usr/bin/env python3
"""Writes the SVG of the sample newsroom's cover illustration to standard output: the
double-trestle headframe of Zollverein's shaft XII at dusk, over the halls around it, before
the skyline of the Ruhrgebiet (a slag heap with its tetrahedron, an office tower, a gasometer,
wind turbines), with the light trails of a motorway in front. 1600×900, in the site's blue
(#1d4f91) and amber. make-press-images.sh renders it to Content/media/pressefotos/foerderturm.jpg.

A fixed random seed places the stars, the lit windows and the far buildings, so that the
output is the same on every run.
"""
import math
import random

WIDTH, HEIGHT = 1600, 900
HORIZON = 742          # where the halls stand
TOWER_X = 1010         # the headframe's axis
random.seed(17)

NIGHT = "#06142a"
BRAND = "#1d4f91"
AMBER = "#f2b544"
SILHOUETTE = "#0a1b33"
FAR = "#27528f"
HEAP = "#1f4680"
MIDDLE = "#173c6e"

parts = []
add = parts.append


def fmt(value):
    return f"{value:.1f}".rstrip("0").rstrip(".")


def polygon(points, fill, extra=""):
    add(f'<polygon points="{" ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)}" fill="{fill}" {extra}/>')


def line(x1, y1, x2, y2, stroke, width, extra=""):
    add(f'<line x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" stroke="{stroke}" stroke-width="{fmt(width)}" {extra}/>')


def rect(x, y, w, h, fill, extra=""):
    add(f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" fill="{fill}" {extra}/>')


# --- Sky, glow, stars, moon -------------------------------------------------------------------
add(f'''<defs>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="{NIGHT}"/>
    <stop offset="0.38" stop-color="#0f2f5c"/>
    <stop offset="0.62" stop-color="{BRAND}"/>
    <stop offset="0.76" stop-color="#3f6ba6"/>
    <stop offset="0.84" stop-color="#8d8f9e"/>
    <stop offset="0.9" stop-color="#e0a35a"/>
  </linearGradient>
  <radialGradient id="glow" cx="{TOWER_X}" cy="{HORIZON + 20}" r="760" gradientUnits="userSpaceOnUse">
    <stop offset="0" stop-color="{AMBER}" stop-opacity="0.75"/>
    <stop offset="0.35" stop-color="#e89a4f" stop-opacity="0.32"/>
    <stop offset="1" stop-color="#e89a4f" stop-opacity="0"/>
  </radialGradient>
  <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#0b1d36"/>
    <stop offset="1" stop-color="#040c18"/>
  </linearGradient>
  <linearGradient id="haze" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#f2b544" stop-opacity="0"/>
    <stop offset="1" stop-color="#f2b544" stop-opacity="0.22"/>
  </linearGradient>
  <filter id="blur" x="-10%" y="-200%" width="120%" height="500%"><feGaussianBlur stdDeviation="3"/></filter>
  <filter id="softglow" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="8"/></filter>
  <filter id="grain" x="0" y="0" width="100%" height="100%">
    <feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7" result="noise"/>
    <feColorMatrix type="saturate" values="0"/>
    <feComponentTransfer><feFuncA type="linear" slope="0.05"/></feComponentTransfer>
  </filter>
</defs>''')
rect(0, 0, WIDTH, HEIGHT, "url(#sky)")
rect(0, 0, WIDTH, HEIGHT, "url(#glow)")

for _ in range(140):
    x, y = random.uniform(0, WIDTH), random.uniform(0, 380) ** 1.0
    if abs(x - 250) < 40 and abs(y - 150) < 40:
        continue
    radius = random.choice([0.6, 0.7, 0.8, 0.9, 1.1, 1.4])
    opacity = (1 - y / 420) * random.uniform(0.35, 0.9)
    add(f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{radius}" fill="#e8f0ff" opacity="{opacity:.2f}"/>')

# A waxing crescent: a lit disc with a sky-coloured one over it.
add(f'<circle cx="250" cy="150" r="30" fill="#fff4dc" opacity="0.16" filter="url(#softglow)"/>')
add('<mask id="crescent"><rect width="1600" height="900" fill="#fff"/><circle cx="261" cy="143" r="21" fill="#000"/></mask>')
add('<circle cx="250" cy="150" r="22" fill="#fbeed0" mask="url(#crescent)"/>')

# --- The far skyline -----------------------------------------------------------------------------
far = [(0, HORIZON)]
x = 0
while x < WIDTH:
    w = random.uniform(18, 46)
    h = random.uniform(20, 72) if random.random() < 0.8 else random.uniform(80, 120)
    if 870 < x < 1160:
        h *= 0.5
    far += [(x, HORIZON - h), (x + w, HORIZON - h)]
    x += w
far += [(WIDTH, HORIZON)]
polygon(far, FAR)

# The slag heap with its tetrahedron (as in Bottrop), far left.
add(f'<path d="M 40 {HORIZON} C 120 {HORIZON - 40}, 170 {HORIZON - 118}, 250 {HORIZON - 122} '
    f'C 330 {HORIZON - 118}, 380 {HORIZON - 40}, 470 {HORIZON} Z" fill="{HEAP}"/>')
top = HORIZON - 121
for a, b in [((220, top), (250, top - 58)), ((280, top), (250, top - 58)), ((220, top), (280, top)),
             ((232, top - 23), (268, top - 23)), ((243, top - 44), (257, top - 44)), ((220, top), (268, top - 23)),
             ((280, top), (232, top - 23))]:
    line(a[0], a[1], b[0], b[1], HEAP, 2.6, 'stroke-linecap="round"')

# An office tower with its crown, and a gasometer, in the middle distance.
polygon([(560, HORIZON), (560, 470), (574, 452), (612, 452), (626, 470), (626, HORIZON)], MIDDLE)
line(593, 452, 593, 408, MIDDLE, 3)
for row in range(480, HORIZON - 30, 14):
    for column in range(566, 622, 9):
        if random.random() < 0.16:
            rect(column, row, 4, 6, AMBER, 'opacity="0.55"')
rect(1340, 520, 112, HORIZON - 520, MIDDLE)
add(f'<path d="M 1340 520 Q 1396 500 1452 520 Z" fill="{MIDDLE}"/>')
for column in range(1350, 1452, 14):
    line(column, 524, column, HORIZON, "#1d4677", 1.2)
for row in range(540, HORIZON, 38):
    line(1340, row, 1452, row, "#1d4677", 1.2)

# Wind turbines on the horizon, far right: the energy of the region now.
for (tx, ty, size, turn) in [(1512, 566, 0.95, 10), (1566, 612, 0.7, 55), (1236, 620, 0.55, 80)]:
    line(tx, ty, tx, HORIZON, FAR, 3 * size)
    for blade in range(3):
        angle = math.radians(turn + blade * 120)
        line(tx, ty, tx + math.cos(angle) * 52 * size, ty + math.sin(angle) * 52 * size, FAR, 2.2 * size,
             'stroke-linecap="round"')
    add(f'<circle cx="{tx}" cy="{ty}" r="{fmt(3.2 * size)}" fill="{FAR}"/>')


# --- The headframe of shaft XII: two trestle legs, the sheave platform, two wheels ---------------
def lattice(x_top, x_bottom, y_top, y_bottom, width, color):
    """A leg of riveted lattice: two rails and zigzag bracing between them."""
    dx_top, dx_bottom = x_top, x_bottom
    line(dx_top - width / 2, y_top, dx_bottom - width / 2, y_bottom, color, 5.5)
    line(dx_top + width / 2, y_top, dx_bottom + width / 2, y_bottom, color, 5.5)
    steps = 16
    for i in range(steps):
        t0, t1 = i / steps, (i + 1) / steps
        xa = dx_top + (dx_bottom - dx_top) * t0
        xb = dx_top + (dx_bottom - dx_top) * t1
        ya = y_top + (y_bottom - y_top) * t0
        yb = y_top + (y_bottom - y_top) * t1
        sign = 1 if i % 2 == 0 else -1
        line(xa - sign * width / 2, ya, xb + sign * width / 2, yb, color, 2.4)
        line(xa - width / 2, ya, xa + width / 2, ya, color, 2)


tower = []
add('<g id="headframe">')
top_y, bottom_y = 268, HORIZON - 120
for side in (-1, 1):
    lattice(TOWER_X + side * 86, TOWER_X + side * 205, top_y, bottom_y, 30, SILHOUETTE)
    # The inner posts that carry the cage guides down the shaft.
    line(TOWER_X + side * 34, top_y + 40, TOWER_X + side * 34, bottom_y, SILHOUETTE, 5)
# Ties between the legs, with the cross bracing of the real frame.
for level, y in enumerate([330, 412, 494, 576]):
    spread = 86 + (205 - 86) * (y - top_y) / (bottom_y - top_y)
    line(TOWER_X - spread, y, TOWER_X + spread, y, SILHOUETTE, 6)
    if level < 3:
        next_y = [330, 412, 494, 576][level + 1]
        line(TOWER_X - 34, y, TOWER_X + 34, next_y, SILHOUETTE, 2.6)
        line(TOWER_X + 34, y, TOWER_X - 34, next_y, SILHOUETTE, 2.6)
# Two sheave wheels side by side, their lower halves hidden by the platform drawn after them.
for side in (-1, 1):
    cx, cy, r = TOWER_X + side * 64, top_y - 46, 58
    add(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="none" stroke="{SILHOUETTE}" stroke-width="8"/>')
    add(f'<circle cx="{cx}" cy="{cy}" r="{r - 10}" fill="none" stroke="{SILHOUETTE}" stroke-width="2.5"/>')
    for spoke in range(10):
        angle = math.radians(spoke * 36 + (9 if side > 0 else 0))
        line(cx, cy, cx + math.cos(angle) * (r - 8), cy + math.sin(angle) * (r - 8), SILHOUETTE, 2.6)
    add(f'<circle cx="{cx}" cy="{cy}" r="9" fill="{SILHOUETTE}"/>')
    # The rope down into the shaft.
    line(TOWER_X + side * 8, cy + 6, TOWER_X + side * 8, bottom_y, SILHOUETTE, 2)
# A thin rim of the last light on the wheels' tops.
for side in (-1, 1):
    cx, cy, r = TOWER_X + side * 64, top_y - 46, 58
    add(f'<path d="M {fmt(cx + r * math.cos(math.radians(196)))} {fmt(cy + r * math.sin(math.radians(196)))} '
        f'A {r} {r} 0 0 1 {fmt(cx + r * math.cos(math.radians(290)))} {fmt(cy + r * math.sin(math.radians(290)))}" '
        f'fill="none" stroke="{AMBER}" stroke-width="1.6" opacity="0.45"/>')
# The sheave platform: a box of lattice with a railing.
rect(TOWER_X - 128, top_y - 24, 256, 42, SILHOUETTE)
for x in range(int(TOWER_X - 122), int(TOWER_X + 122), 16):
    line(x, top_y - 18, x + 10, top_y + 12, "#163766", 1.6)
line(TOWER_X - 132, top_y - 40, TOWER_X + 132, top_y - 40, SILHOUETTE, 2.5)
for x in range(int(TOWER_X - 132), int(TOWER_X + 140), 22):
    line(x, top_y - 40, x, top_y - 22, SILHOUETTE, 2)
add('</g>')

# --- The halls: the shaft hall under the frame, long halls and the boiler house with chimney ----
def hall(x, y, w, h, rows, columns, lit=0.1, screen=0.04):
    """A hall with the steel-framed facade of Zollverein: a grid of panes, a few of them lit
    (amber) or glowing from screens (pale blue), under a flat roof."""
    rect(x, y, w, h, SILHOUETTE)
    cell_w, cell_h = w / columns, (h - 14) / rows
    for row in range(rows):
        for column in range(columns):
            cx = x + column * cell_w + 2
            cy = y + 8 + row * cell_h + 2
            chance = random.random()
            if chance < lit:
                color, opacity = random.choice([AMBER, "#f6c76a", "#e9a23b"]), random.uniform(0.6, 0.95)
            elif chance < lit + screen:
                color, opacity = "#8ab4f8", random.uniform(0.4, 0.65)
            else:
                color, opacity = "#10284a", random.uniform(0.7, 1)
            rect(cx, cy, cell_w - 4, cell_h - 4, color, f'opacity="{opacity:.2f}"')
    rect(x - 4, y - 5, w + 8, 6, SILHOUETTE)


hall(TOWER_X - 150, HORIZON - 140, 300, 140, 7, 18, lit=0.16)
hall(TOWER_X - 480, HORIZON - 78, 322, 78, 4, 22)
hall(TOWER_X + 158, HORIZON - 96, 300, 96, 5, 20)
hall(TOWER_X - 640, HORIZON - 150, 150, 150, 8, 9, lit=0.08)
rect(TOWER_X - 585, HORIZON - 400, 34, 252, SILHOUETTE)
rect(TOWER_X - 590, HORIZON - 404, 44, 8, SILHOUETTE)
hall(TOWER_X + 470, HORIZON - 60, 120, 60, 3, 8, lit=0.08)
# Red aviation lights on the chimney and the office tower's mast.
for (lx, ly) in [(TOWER_X - 568, HORIZON - 409), (593, 406)]:
    add(f'<circle cx="{lx}" cy="{ly}" r="7" fill="#ff5a4a" opacity="0.35" filter="url(#softglow)"/>')
    add(f'<circle cx="{lx}" cy="{ly}" r="2.4" fill="#ff6b5a"/>')

# --- Ground and the motorway's light trails -------------------------------------------------------
rect(0, HORIZON, WIDTH, HEIGHT - HORIZON, "url(#ground)")
# The dusk's glow on the ground right under the halls.
add(f'<ellipse cx="{TOWER_X}" cy="{HORIZON}" rx="620" ry="46" fill="{AMBER}" opacity="0.10" filter="url(#softglow)"/>')
trails = [
    ("M -20 846 C 420 812, 980 792, 1620 770", AMBER, 2.4, 0.9),
    ("M -20 856 C 420 822, 980 802, 1620 780", "#ffd98a", 1.4, 0.7),
    ("M -20 872 C 420 838, 980 818, 1620 796", "#cfe0ff", 2.0, 0.75),
    ("M -20 880 C 420 846, 980 826, 1620 804", "#8ab4f8", 1.2, 0.6),
]
for path, color, width, opacity in trails:
    add(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="{width * 4}" opacity="{opacity * 0.35}" filter="url(#blur)"/>')
    add(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="{width}" opacity="{opacity}"/>')
add(f'<path d="M -20 864 C 420 830, 980 810, 1620 788" fill="none" stroke="#3b5f8f" stroke-width="1" stroke-dasharray="18 22" opacity="0.6"/>')

rect(0, 0, WIDTH, HEIGHT, "#ffffff", 'filter="url(#grain)"')

print(f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">')
print("\n".join(parts))
print("</svg>")
