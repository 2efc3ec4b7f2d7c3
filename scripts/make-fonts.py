#!/usr/bin/env python3
"""make-fonts.py [FONT_DIR]

Writes the default theme's typeface, Inter (SIL Open Font License 1.1), into
Templates/assets/fonts/: three WOFF2 files subset to the Latin letters a German newsroom
writes (Basic Latin, Latin-1 with ä ö ü ß and the French and Scandinavian letters, Œ œ ẞ,
the German quotation marks „ “ ‚ ‘, dashes, the euro sign, arrows) with the OpenType
features the theme uses (kerning, ligatures, contextual alternates, tabular figures).

  inter-regular.woff2   400, body text
  inter-semibold.woff2  600, headings, names, buttons
  inter-italic.woff2    400 italic, emphasis in articles

The fonts come from Debian's package (apt-get install fonts-inter, which installs
/usr/share/fonts/opentype/inter/); FONT_DIR names another folder with the same OTF files.
Needs fontTools and Brotli (pip install fonttools brotli). The output is deterministic:
the same input fonts give the same bytes, so the committed files change only with Inter.
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "Templates", "assets", "fonts")
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/inter"

FACES = [
    ("Inter-Regular.otf", "inter-regular.woff2"),
    ("Inter-SemiBold.otf", "inter-semibold.woff2"),
    ("Inter-Italic.otf", "inter-italic.woff2"),
]

# What German (and the names and loan words of a European newsroom) needs, and nothing more.
UNICODES = (
    list(range(0x20, 0x7F))          # Basic Latin
    + list(range(0xA0, 0x100))       # Latin-1: ä ö ü ß é ç ø, « » · – and NBSP
    + [0x152, 0x153, 0x1E9E]         # Œ œ ẞ
    + [0x2009, 0x200A, 0x202F]       # thin, hair and narrow no-break space
    + [0x2010, 0x2011, 0x2013, 0x2014]           # hyphens, en and em dash
    + [0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E]  # ‘ ’ ‚ “ ” „
    + [0x2022, 0x2026, 0x2039, 0x203A]           # • … ‹ ›
    + [0x20AC, 0x2122, 0x2190, 0x2192, 0x2197, 0x2212]  # € ™ ← → ↗ −
)

FEATURES = ["kern", "liga", "calt", "tnum", "ccmp", "locl", "mark", "mkmk"]


def make(source, target):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = FEATURES
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]   # copyright, names, licence and its URL
    options.name_languages = [0x409]
    options.hinting = False        # browsers on screens with high density ignore hints anyway
    options.desubroutinize = True  # WOFF2 compresses plain charstrings better
    options.notdef_outline = True
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    # A fixed modification time, so that the same input gives the same bytes.
    font["head"].modified = font["head"].created
    font.flavor = "woff2"
    font.save(target, reorderTables=False)


def main():
    os.makedirs(TARGET, exist_ok=True)
    total = 0
    for name, output in FACES:
        source = os.path.join(SOURCE, name)
        if not os.path.exists(source):
            sys.exit(f"error: {source} is missing; apt-get install fonts-inter, or give the folder of Inter's OTF files")
        target = os.path.join(TARGET, output)
        make(source, target)
        size = os.path.getsize(target)
        total += size
        print(f"{os.path.relpath(target, ROOT)}: {size} bytes")
    print(f"total: {total} bytes")


if __name__ == "__main__":
    main()
