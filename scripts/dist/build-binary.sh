#!/usr/bin/env bash
# build-binary.sh
# Builds the zeche that `make install` and `make dist` ship, into .build-dist/zeche:
#   - stamped with the version and commit from git (scripts/version.sh, -DZECHE_STAMPED);
#   - on Linux self-contained: Swift's standard library, Foundation (with its ICU data, which
#     named time zones such as Europe/Berlin need) and Dispatch linked statically
#     (--static-swift-stdlib), and cmark-gfm linked statically from Debian's libcmark-gfm.a and
#     libcmark-gfm-extensions.a; stripped. Fails unless `ldd` lists only the C library, libm,
#     libstdc++ and libgcc_s;
#   - on macOS a release build that links Homebrew's cmark-gfm (`brew install cmark-gfm`).
# The build folder is .build-dist/swift, apart from `swift build`'s .build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

out=.build-dist
mkdir -p "$out"
version=$(scripts/version.sh --swift Sources/ZecheKit/ZecheVersion+Stamp.swift)
flags=(-c release --product zeche --scratch-path "$out/swift" -Xswiftc -DZECHE_STAMPED)

if [ "$(uname)" = Darwin ]; then
  swift build "${flags[@]}"
  cp "$out/swift/release/zeche" "$out/zeche.new"
  mv "$out/zeche.new" "$out/zeche"
  echo "Built $out/zeche $version ($(wc -c <"$out/zeche" | tr -d ' ') bytes; links Homebrew's cmark-gfm)"
  exit 0
fi

libdir=$(pkg-config --variable=libdir libcmark-gfm 2>/dev/null || true)
includedir=$(pkg-config --variable=includedir libcmark-gfm 2>/dev/null || true)
for lib in libcmark-gfm.a libcmark-gfm-extensions.a; do
  if [ -z "$libdir" ] || [ ! -f "$libdir/$lib" ]; then
    echo "error: the static library $lib is missing${libdir:+ in $libdir}" >&2
    echo "fix: apt-get install libcmark-gfm-dev libcmark-gfm-extensions-dev (they hold the .a files)" >&2
    exit 1
  fi
done

# Zeche's Markdown target defines cmark_manage_extensions_special_characters to take the place
# of cmark-gfm's (see Sources/Markdown/SpecialCharacterGuard.swift), which works through the
# dynamic linker only. In the static library cmark-gfm's own copy would clash with it at link
# time, so it is made local to its object file: cmark-gfm keeps calling its own (the archive's
# code calls it only from inside blocks.c.o, inlined), SpecialCharacterGuard finds no second
# definition and parses one document at a time, as it does wherever the override is missing.
# Stop if another member of the archive calls the function: that call would reach Zeche's.
symbol=cmark_manage_extensions_special_characters
callers=$(nm -A "$libdir/libcmark-gfm.a" "$libdir/libcmark-gfm-extensions.a" 2>/dev/null | awk -v s="$symbol" '$2 == "U" && $3 == s' || true)
if [ -n "$callers" ]; then
  echo "error: these members of cmark-gfm's static libraries call $symbol, which Zeche replaces:" >&2
  echo "$callers" >&2
  echo "fix: link this cmark-gfm dynamically, or adapt scripts/dist/build-binary.sh to it" >&2
  exit 1
fi
static=$PWD/$out/cmark-static
mkdir -p "$static/lib" "$static/pkgconfig"
objcopy --localize-symbol="$symbol" "$libdir/libcmark-gfm.a" "$static/lib/libcmark-gfm.a.new"
mv "$static/lib/libcmark-gfm.a.new" "$static/lib/libcmark-gfm.a"
cp "$libdir/libcmark-gfm-extensions.a" "$static/lib/libcmark-gfm-extensions.a"
# SwiftPM links what this .pc file names; its folder holds only the .a files, so the linker
# cannot pick the shared libraries.
cat >"$static/pkgconfig/libcmark-gfm.pc" <<EOF
libdir=$static/lib
includedir=$includedir
Name: libcmark-gfm
Description: cmark-gfm, linked statically into zeche
Version: $(pkg-config --modversion libcmark-gfm)
Libs: -L\${libdir} -lcmark-gfm -lcmark-gfm-extensions
Cflags: -I\${includedir}
EOF

# FoundationXML (the WordPress importer reads WXR with XMLParser) asks for libxml2, which needs
# ICU, zlib and liblzma: a folder that holds only Debian's static copies of them comes first in
# the linker's path, and their libraries are named after it, in the order they need each other.
xmlstatic=$PWD/$out/xml-static
mkdir -p "$xmlstatic"
for name in xml2 icuuc icudata z lzma; do
  [ -f "$libdir/lib$name.a" ] || { echo "error: the static library lib$name.a is missing in $libdir (apt-get install libxml2-dev libicu-dev zlib1g-dev liblzma-dev)" >&2; exit 1; }
  ln -sf "$libdir/lib$name.a" "$xmlstatic/lib$name.a"
done
xmllibs=(-Xlinker -L"$xmlstatic" -Xlinker -lxml2 -Xlinker -licuuc -Xlinker -licudata -Xlinker -lz -Xlinker -llzma -Xlinker -lstdc++ -Xlinker -ldl)

# -z now: resolve every symbol at start, so that the relocations can be read-only (full RELRO).
PKG_CONFIG_PATH="$static/pkgconfig" swift build "${flags[@]}" --static-swift-stdlib "${xmllibs[@]}" -Xlinker -z -Xlinker now
cp "$out/swift/release/zeche" "$out/zeche.new"
strip --remove-section=.comment "$out/zeche.new"

unexpected=$(ldd "$out/zeche.new" | awk '{print $1}' |
  grep -Ev '^(linux-vdso\.so|linux-gate\.so|/lib.*/ld-linux[-a-z0-9_.]*\.so|libc\.so|libm\.so|libstdc\+\+\.so|libgcc_s\.so)' || true)
if [ -n "$unexpected" ]; then
  echo "error: the static zeche still needs these shared libraries: $unexpected" >&2
  exit 1
fi
if [ "$("$out/zeche.new" --version | head -n 1)" != "zeche $version" ]; then
  echo "error: the built zeche does not say 'zeche $version'" >&2
  exit 1
fi
mv "$out/zeche.new" "$out/zeche"
echo "Built $out/zeche $version ($(wc -c <"$out/zeche" | tr -d ' ') bytes, stripped; needs $(ldd "$out/zeche" | awk '/=>/ {print $1}' | sort | tr '\n' ' '))"
