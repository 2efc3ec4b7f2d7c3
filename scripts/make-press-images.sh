#!/usr/bin/env bash
# make-press-images.sh: renders the sample newsroom's raster images, which are committed:
#   Content/media/pressefotos/foerderturm.jpg  the seed article's cover and share image, 1600×900: the SVG
#                                   that scripts/press-images/foerderturm.py writes, rendered by
#                                   headless Chromium, as a progressive JPEG of quality 86
#   Content/media/logos/q-one-logo.png  Content/images/q-one-logo.svg at ten times its size,
#                                   1200×400 with a transparent background, for the press kit
#   Content/images/TEASER.jpg       the share images of the news whose covers are the SVG
#                                   teasers of scripts/press-images/teasers.py (studie,
#                                   rechenzentrum, meilenstein), 1200×630: link previews show
#                                   no SVG
#
#   apt-get install chromium imagemagick python3
#   scripts/make-press-images.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "error: headless Chromium is missing; apt-get install chromium" >&2; exit 1; }
for tool in convert identify python3; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' is missing; apt-get install imagemagick python3" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

screenshot() { # SVG PNG WIDTH HEIGHT SCALE
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor="$5" \
    --window-size="$3,$4" --default-background-color=00000000 --screenshot="$2" "file://$1" >/dev/null 2>&1
}

python3 scripts/press-images/foerderturm.py >"$work/foerderturm.svg"
screenshot "$work/foerderturm.svg" "$work/foerderturm.png" 1600 900 1
convert "$work/foerderturm.png" -strip -sampling-factor 4:2:0 -interlace JPEG -quality 86 Content/media/pressefotos/foerderturm.jpg

cp Content/images/q-one-logo.svg "$work/logo.svg"
screenshot "$work/logo.svg" "$work/logo.png" 120 40 10
convert "$work/logo.png" -strip -define png:compression-level=9 -define png:exclude-chunks=date,time Content/media/logos/q-one-logo.png

files=(Content/media/pressefotos/foerderturm.jpg Content/media/logos/q-one-logo.png)
for teaser in studie rechenzentrum meilenstein; do
  cp "Content/images/$teaser.svg" "$work/$teaser.svg"
  screenshot "$work/$teaser.svg" "$work/$teaser.png" 1200 630 1
  convert "$work/$teaser.png" -strip -sampling-factor 4:2:0 -interlace JPEG -quality 86 "Content/images/$teaser.jpg"
  files+=("Content/images/$teaser.jpg")
done

for file in "${files[@]}"; do
  echo "$file: $(identify -format '%wx%h' "$file"), $(wc -c <"$file") bytes"
done
