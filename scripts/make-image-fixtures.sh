#!/usr/bin/env bash
# make-image-fixtures.sh: makes the image files of Tests/MediaTests/Fixtures with Debian's
# tools, and the file that says what each must read as (expectations.tsv), then copies them as
# seeds for the ImageHeaderFuzzer (Fuzz/Corpus/ImageHeaderFuzzer). The files are committed; run
# this again only to change them.
#
#   apt-get install imagemagick webp libavif-bin python3
#   scripts/make-image-fixtures.sh
#
# Every valid image's size is set here and checked against ImageMagick's `identify` (and
# webpinfo, avifdec), so the expectations do not come from the reader they test. The lying,
# damaged and cut-off files are made from the valid ones with small Python steps.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for tool in convert identify cwebp img2webp webpinfo avifenc avifdec python3; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' is missing; apt-get install imagemagick webp libavif-bin python3" >&2; exit 1; }
done

out=Tests/MediaTests/Fixtures
seeds=Fuzz/Corpus/ImageHeaderFuzzer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$out" "$seeds"
mkdir -p "$out"/{valid,lying,damaged,truncated} "$seeds"
expectations="$out/expectations.tsv"
cat >"$expectations" <<'EOF'
# What each fixture reads as; made by scripts/make-image-fixtures.sh.
# A valid image:  PATH <TAB> FORMAT <TAB> STORED WxH <TAB> EXIF ORIENTATION <TAB> SHOWN WxH
# A refused file: PATH <TAB> error <TAB> MESSAGE
EOF

valid() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >>"$expectations"; }
refused() { printf '%s\terror\t%s\n' "$1" "$2" >>"$expectations"; }

# A small picture with some structure: a blue-to-amber gradient with a dark disc. No dates or
# other chunks that change from run to run.
picture() { # picture WIDTH HEIGHT OUTPUT [options...]
  local width=$1 height=$2 output=$3
  shift 3
  convert -size "${width}x${height}" gradient:'#1d4f91'-'#f2b544' \
    -fill '#0b1e36' -draw "circle $((width / 2)),$((height / 2)) $((width / 2)),$((height / 5))" \
    "$@" -strip -define png:exclude-chunks=date,time "$output"
}

# identify FILE must give WIDTH HEIGHT (as stored) and ORIENTATION.
check_identify() { # FILE WIDTH HEIGHT ORIENTATION
  local got
  got=$(identify -format '%w %h %[orientation]\n' "$1" | head -1)
  local want="$2 $3 $4"
  [ "$got" = "$want" ] || { echo "error: identify reads $1 as '$got', not '$want'" >&2; exit 1; }
}

# --- JPEG -----------------------------------------------------------------------------------
picture 48 32 "$out/valid/baseline.jpg" -quality 80
check_identify "$out/valid/baseline.jpg" 48 32 Undefined
valid valid/baseline.jpg jpeg 48x32 1 48x32

picture 40 30 "$out/valid/progressive.jpg" -quality 80 -interlace JPEG
check_identify "$out/valid/progressive.jpg" 40 30 Undefined
valid valid/progressive.jpg jpeg 40x30 1 40x30

picture 36 20 "$out/valid/cmyk.jpg" -quality 80 -colorspace CMYK
[ "$(identify -format '%[colorspace]' "$out/valid/cmyk.jpg")" = CMYK ] || { echo "error: cmyk.jpg is not CMYK" >&2; exit 1; }
valid valid/cmyk.jpg jpeg 36x20 1 36x20

picture 30 30 "$work/gray.jpg" -quality 80 -colorspace Gray
cp "$work/gray.jpg" "$out/valid/grayscale.jpg"
valid valid/grayscale.jpg jpeg 30x30 1 30x30

# EXIF orientation: ImageMagick does not write the tag, so an APP1 segment with a TIFF header
# and one IFD0 entry (Orientation, SHORT, 1 value) goes right after SOI, in both byte orders.
add_exif() { # INPUT OUTPUT ORIENTATION BYTEORDER(II|MM)
  python3 - "$@" <<'PY'
import struct, sys
source, target, orientation, order = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
e = '<' if order == 'II' else '>'
tiff = order.encode() + struct.pack(e + 'HI', 42, 8)
tiff += struct.pack(e + 'H', 1) + struct.pack(e + 'HHIHH', 0x0112, 3, 1, orientation, 0) + struct.pack(e + 'I', 0)
payload = b'Exif\0\0' + tiff
data = open(source, 'rb').read()
assert data[:2] == b'\xff\xd8'
open(target, 'wb').write(data[:2] + b'\xff\xe1' + struct.pack('>H', len(payload) + 2) + payload + data[2:])
PY
}
picture 48 32 "$work/photo.jpg" -quality 80
names=(x TopLeft TopRight BottomRight BottomLeft LeftTop RightTop RightBottom LeftBottom)
for orientation in 1 3 5 6 7 8; do
  order=II; [ $((orientation % 2)) -eq 0 ] && order=MM
  file="valid/exif-orientation-$orientation.jpg"
  add_exif "$work/photo.jpg" "$out/$file" "$orientation" "$order"
  check_identify "$out/$file" 48 32 "${names[$orientation]}"
  if [ "$orientation" -ge 5 ]; then shown=32x48; else shown=48x32; fi
  valid "$file" jpeg 48x32 "$orientation" "$shown"
done

# --- PNG ------------------------------------------------------------------------------------
picture 48 32 "$out/valid/rgb.png"
check_identify "$out/valid/rgb.png" 48 32 Undefined
valid valid/rgb.png png 48x32 1 48x32

picture 33 17 PNG64:"$out/valid/rgba-16-bit.png" -alpha set -channel A -evaluate set 60% +channel -depth 16
[ "$(identify -format '%z' "$out/valid/rgba-16-bit.png")" = 16 ] || { echo "error: rgba-16-bit.png is not 16 bits deep" >&2; exit 1; }
check_identify "$out/valid/rgba-16-bit.png" 33 17 Undefined
valid valid/rgba-16-bit.png png 33x17 1 33x17

picture 25 40 PNG8:"$out/valid/palette.png" -colors 8
check_identify "$out/valid/palette.png" 25 40 Undefined
valid valid/palette.png png 25x40 1 25x40

# --- GIF ------------------------------------------------------------------------------------
picture 40 24 "$out/valid/still.gif" -colors 16
check_identify "$out/valid/still.gif" 40 24 Undefined
valid valid/still.gif gif 40x24 1 40x24

picture 44 28 "$work/frame1.png"
picture 44 28 "$work/frame2.png" -negate
convert -delay 50 -loop 0 "$work/frame1.png" "$work/frame2.png" -colors 16 "$out/valid/animated.gif"
[ "$(identify "$out/valid/animated.gif" | wc -l)" = 2 ] || { echo "error: animated.gif does not have 2 frames" >&2; exit 1; }
check_identify "$out/valid/animated.gif" 44 28 Undefined
valid valid/animated.gif gif 44x28 1 44x28

# --- WebP: the first chunk tells the kind, so check it with webpinfo --------------------------
check_chunk() { # FILE CHUNK
  webpinfo "$1" | grep -q "Chunk $2 " || { echo "error: $1 has no $2 chunk" >&2; exit 1; }
}
picture 48 32 "$work/opaque.png"
cwebp -quiet -q 60 "$work/opaque.png" -o "$out/valid/lossy.webp"
check_chunk "$out/valid/lossy.webp" "VP8 "
check_identify "$out/valid/lossy.webp" 48 32 Undefined
valid valid/lossy.webp webp 48x32 1 48x32

picture 37 21 "$work/lossless.png"
cwebp -quiet -lossless "$work/lossless.png" -o "$out/valid/lossless.webp"
check_chunk "$out/valid/lossless.webp" VP8L
check_identify "$out/valid/lossless.webp" 37 21 Undefined
valid valid/lossless.webp webp 37x21 1 37x21

picture 50 30 "$work/alpha.png" -alpha set -channel A -evaluate set 50% +channel
cwebp -quiet -q 60 "$work/alpha.png" -o "$out/valid/lossy-alpha.webp"
check_chunk "$out/valid/lossy-alpha.webp" VP8X
check_identify "$out/valid/lossy-alpha.webp" 50 30 Undefined
valid valid/lossy-alpha.webp webp 50x30 1 50x30

picture 30 20 "$work/anim1.png"
picture 30 20 "$work/anim2.png" -negate
img2webp -loop 0 -lossy -q 50 -d 400 "$work/anim1.png" "$work/anim2.png" -o "$out/valid/animated.webp" >/dev/null 2>&1
check_chunk "$out/valid/animated.webp" VP8X
check_chunk "$out/valid/animated.webp" ANIM
valid valid/animated.webp webp 30x20 1 30x20

# --- AVIF: avifdec --info gives the size it decodes --------------------------------------------
check_avif() { # FILE WIDTH HEIGHT
  avifdec --info "$1" | grep -q "Resolution *: $2x$3" || { echo "error: avifdec does not read $1 as $2x$3" >&2; exit 1; }
}
picture 48 32 "$work/avif.png"
avifenc -s 10 --min 30 --max 45 "$work/avif.png" "$out/valid/still.avif" >/dev/null
check_avif "$out/valid/still.avif" 48 32
valid valid/still.avif avif 48x32 1 48x32

avifenc -s 10 --min 30 --max 45 "$work/alpha.png" "$out/valid/alpha.avif" >/dev/null
check_avif "$out/valid/alpha.avif" 50 30
valid valid/alpha.avif avif 50x30 1 50x30

# irot 1 turns 90° anticlockwise (EXIF 8), irot 3 clockwise (EXIF 6).
avifenc -s 10 --min 30 --max 45 --irot 1 "$work/avif.png" "$out/valid/irot-1.avif" >/dev/null
check_avif "$out/valid/irot-1.avif" 48 32
valid valid/irot-1.avif avif 48x32 8 32x48
avifenc -s 10 --min 30 --max 45 --irot 3 "$work/avif.png" "$out/valid/irot-3.avif" >/dev/null
valid valid/irot-3.avif avif 48x32 6 32x48

# A 2×2 grid: each tile has an ispe of its own (64×64, the least AVIF allows), the grid item
# the whole size.
picture 128 128 "$work/grid.png"
avifenc -s 10 --min 30 --max 45 --grid 2x2 "$work/grid.png" "$out/valid/grid.avif" >/dev/null
check_avif "$out/valid/grid.avif" 128 128
valid valid/grid.avif avif 128x128 1 128x128

# The only fixture that changes from run to run: its movie header holds the time it was made.
avifenc -s 10 --min 30 --max 45 --fps 2 "$work/anim1.png" "$work/anim2.png" "$out/valid/sequence.avif" >/dev/null
check_avif "$out/valid/sequence.avif" 30 20
valid valid/sequence.avif avif 30x20 1 30x20

# --- SVG: written by hand; the sizes follow SVG 2's rules --------------------------------------
svg() { cat >"$out/valid/$1"; }
svg viewbox-only.svg <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#1d4f91"/></svg>
EOF
valid valid/viewbox-only.svg svg 1200x630 1 1200x630
svg width-height-px.svg <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Made by hand: width and height win over the viewBox. -->
<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="120px" height="40px" viewBox="0 0 60 20">
  <rect width="60" height="20" rx="3" fill="#1d4f91"/>
</svg>
EOF
valid valid/width-height-px.svg svg 120x40 1 120x40
svg no-viewbox.svg <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" height='64' width='48'><circle cx="24" cy="32" r="20"/></svg>
EOF
valid valid/no-viewbox.svg svg 48x64 1 48x64
svg percent-size.svg <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0,0,300,150"><rect width="300" height="150"/></svg>
EOF
valid valid/percent-size.svg svg 300x150 1 300x150
svg width-only.svg <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" width="200" viewBox="0 0 400 100"><rect width="400" height="100"/></svg>
EOF
valid valid/width-only.svg svg 200x50 1 200x50
svg millimetres.svg <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" width="25.4mm" height="72pt" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
EOF
valid valid/millimetres.svg svg 96x96 1 96x96
printf '\xef\xbb\xbf' >"$out/valid/doctype-and-bom.svg"
cat >>"$out/valid/doctype-and-bom.svg" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
  <!ENTITY brand "#1d4f91">
]>
<svg:svg xmlns:svg="http://www.w3.org/2000/svg" viewBox = "0 0 90 30"><svg:rect width="90" height="30" fill="&brand;"/></svg:svg>
EOF
valid valid/doctype-and-bom.svg svg 90x30 1 90x30

# --- Files that are not what their names say ----------------------------------------------------
cp "$out/valid/rgb.png" "$out/lying/png-named.jpg"
refused lying/png-named.jpg "the file is a PNG, not a JPEG as its name says"
cp "$out/valid/baseline.jpg" "$out/lying/jpeg-named.png"
refused lying/jpeg-named.png "the file is a JPEG, not a PNG as its name says"
cp "$out/valid/still.gif" "$out/lying/gif-named.webp"
refused lying/gif-named.webp "the file is a GIF, not a WebP as its name says"
cp "$out/valid/still.avif" "$out/lying/avif-named.gif"
refused lying/avif-named.gif "the file is an AVIF, not a GIF as its name says"
cp "$out/valid/viewbox-only.svg" "$out/lying/svg-named.png"
refused lying/svg-named.png "the file is an SVG, not a PNG as its name says"
printf 'Bitte das Foto von Jana nachreichen.\n' >"$out/lying/text-named.jpg"
refused lying/text-named.jpg "the file is not a JPEG: its first bytes are not those of any image format Zeche reads"
printf '<!DOCTYPE html>\n<html lang="de"><title>Logo</title></html>\n' >"$out/lying/html-named.svg"
refused lying/html-named.svg "the SVG is damaged: its root element is 'html', not 'svg'"
: >"$out/lying/empty.png"
refused lying/empty.png "the file is empty"

# --- Damaged headers ----------------------------------------------------------------------------
python3 - "$out" <<'PY'
import struct, sys, zlib
out = sys.argv[1]
def read(path): return open(f'{out}/{path}', 'rb').read()
def write(path, data): open(f'{out}/{path}', 'wb').write(data)

def png_with_ihdr(width, height, crc=None):
    body = b'IHDR' + struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    crc = zlib.crc32(body) if crc is None else crc
    png = b'\x89PNG\r\n\x1a\n' + struct.pack('>I', 13) + body + struct.pack('>I', crc)
    idat = zlib.compress(b'')
    png += struct.pack('>I', len(idat)) + b'IDAT' + idat + struct.pack('>I', zlib.crc32(b'IDAT' + idat))
    return png + struct.pack('>I', 0) + b'IEND' + struct.pack('>I', zlib.crc32(b'IEND'))
write('damaged/png-ihdr-0x0.png', png_with_ihdr(0, 0))
write('damaged/png-ihdr-bad-crc.png', png_with_ihdr(16, 16, crc=0x12345678))
rgb = read('valid/rgb.png')
write('damaged/png-first-chunk-not-ihdr.png', rgb[:12] + b'CgBI' + rgb[16:])

# The JPEG segments, walked by marker and length (ITU T.81 B.1.1).
def segments(jpeg):
    offset, found = 2, []
    while True:
        assert jpeg[offset] == 0xFF
        code = jpeg[offset + 1]
        length = struct.unpack('>H', jpeg[offset + 2:offset + 4])[0]
        found.append((code, offset, offset + 2 + length))
        if code == 0xDA: return found
        offset += 2 + length
jpeg = read('valid/baseline.jpg')
sof = next(s for s in segments(jpeg) if s[0] == 0xC0)
write('damaged/jpeg-without-sof.jpg', jpeg[:sof[1]] + jpeg[sof[2]:])
write('damaged/jpeg-only-metadata.jpg', jpeg[:sof[1]] + b'\xff\xd9')
write('damaged/jpeg-sof-0-height.jpg', jpeg[:sof[1] + 5] + b'\0\0' + jpeg[sof[1] + 7:])

gif = read('valid/still.gif')
write('damaged/gif-0x0.gif', gif[:6] + b'\0\0\0\0' + gif[10:])
webp = read('valid/lossy.webp')
write('damaged/webp-no-start-code.webp', webp[:23] + b'\0' + webp[24:])
write('damaged/webp-unknown-chunk.webp', webp[:12] + b'ALPH' + webp[16:])
avif = read('valid/still.avif')
write('damaged/avif-no-ispe.avif', avif.replace(b'ispe', b'xspe'))
write('damaged/heic-brands-named.avif', avif.replace(b'avif', b'heic'))
PY
refused damaged/png-ihdr-0x0.png "the PNG's IHDR gives 0×0 pixels"
refused damaged/png-ihdr-bad-crc.png "the PNG is damaged: its IHDR chunk fails its CRC check"
refused damaged/png-first-chunk-not-ihdr.png "the PNG is damaged: its first chunk is 'CgBI', not IHDR"
refused damaged/jpeg-without-sof.jpg "the JPEG has no SOF marker"
refused damaged/jpeg-only-metadata.jpg "the JPEG has no SOF marker"
refused damaged/jpeg-sof-0-height.jpg "the JPEG's SOF0 marker gives 48×0 pixels"
refused damaged/gif-0x0.gif "the GIF's logical screen descriptor gives 0×0 pixels"
refused damaged/webp-no-start-code.webp "the WebP is damaged: its VP8 frame lacks the start code 9D 01 2A"
refused damaged/webp-unknown-chunk.webp "the WebP is damaged: its first chunk is 'ALPH', not VP8, VP8L or VP8X"
refused damaged/avif-no-ispe.avif "the AVIF has no 'ispe' property that gives its size"
brands=$(python3 -c "
import struct; d = open('$out/damaged/heic-brands-named.avif', 'rb').read(); size = struct.unpack('>I', d[:4])[0]
print(', '.join(repr(d[o:o + 4].decode()) for o in [8] + list(range(16, size, 4))))")
refused damaged/heic-brands-named.avif "the AVIF is damaged: its ftyp box names the brands $brands, none of them 'avif' or 'avis'"
cat >"$out/damaged/svg-no-size.svg" <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" width="50%"><rect width="10" height="10"/></svg>
EOF
refused damaged/svg-no-size.svg "the SVG has no size: its root element has neither width and height in pixels nor a viewBox"
cat >"$out/damaged/svg-unquoted.svg" <<'EOF'
<svg xmlns="http://www.w3.org/2000/svg" width=100 height=100></svg>
EOF
refused damaged/svg-unquoted.svg "the SVG is damaged: the value of its <svg> attribute 'width' is not in quotes"

# --- Cut off inside the header ------------------------------------------------------------------
cut_off() { # SOURCE LENGTH NAME
  head -c "$2" "$out/valid/$1" >"$out/truncated/$3"
  refused "truncated/$3" "the file ends inside the $4 header (truncated)"
}
sof_end=$(python3 -c "
import struct; d = open('$out/valid/exif-orientation-6.jpg', 'rb').read(); o = 2
while d[o + 1] != 0xC0: o += 2 + struct.unpack('>H', d[o + 2:o + 4])[0]
print(o)")
cut_off exif-orientation-6.jpg 1 jpeg-at-1.jpg JPEG
cut_off exif-orientation-6.jpg 3 jpeg-at-3.jpg JPEG
cut_off exif-orientation-6.jpg 20 jpeg-inside-exif.jpg JPEG
cut_off exif-orientation-6.jpg 100 jpeg-inside-tables.jpg JPEG
cut_off exif-orientation-6.jpg $((sof_end + 6)) jpeg-inside-sof.jpg JPEG
cut_off rgb.png 5 png-inside-signature.png PNG
cut_off rgb.png 16 png-before-size.png PNG
cut_off rgb.png 30 png-inside-crc.png PNG
cut_off still.gif 4 gif-inside-signature.gif GIF
cut_off still.gif 9 gif-inside-height.gif GIF
cut_off lossy.webp 10 webp-inside-riff.webp WebP
cut_off lossy.webp 24 webp-inside-vp8.webp WebP
cut_off lossless.webp 22 webp-inside-vp8l.webp WebP
cut_off lossy-alpha.webp 27 webp-inside-vp8x.webp WebP
cut_off still.avif 6 avif-inside-ftyp-type.avif AVIF
cut_off still.avif 40 avif-before-meta.avif AVIF
cut_off still.avif 150 avif-inside-meta.avif AVIF
cut_off width-height-px.svg 30 svg-inside-declaration.svg SVG
cut_off width-height-px.svg 100 svg-inside-comment.svg SVG
cut_off width-height-px.svg 170 svg-inside-attribute.svg SVG

# --- Seeds for the fuzzer: the first byte picks the extension the target passes ----------------
python3 - "$out" "$seeds" <<'PY'
import os, sys
out, seeds = sys.argv[1], sys.argv[2]
# The same order as Fuzz/Sources/ImageHeaderFuzzer: no extension, then these.
extensions = [None, 'jpg', 'png', 'gif', 'webp', 'avif', 'svg']
for folder in sorted(os.listdir(out)):
    if not os.path.isdir(f'{out}/{folder}'): continue
    for name in sorted(os.listdir(f'{out}/{folder}')):
        ext = name.rsplit('.', 1)[-1].lower().replace('jpeg', 'jpg')
        data = open(f'{out}/{folder}/{name}', 'rb').read()
        selector = extensions.index(ext) if ext in extensions else 0
        open(f'{seeds}/{folder}-{name}', 'wb').write(bytes([selector]) + data)
PY

cat >"$out/README.md" <<'EOF'
# Image fixtures

Made by `scripts/make-image-fixtures.sh` with ImageMagick, libwebp's and libavif's tools and
a few lines of Python; `expectations.tsv` says what each file must read as. They are the
project's own work, made for these tests, with no third-party content.
EOF
echo "Made $(grep -cv '^#' "$expectations") fixtures in $out ($(du -sh "$out" | cut -f1)), and their seeds in $seeds."
