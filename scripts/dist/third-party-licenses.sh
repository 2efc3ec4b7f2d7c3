#!/usr/bin/env bash
# third-party-licenses.sh
# Prints THIRD-PARTY-LICENSES for the archive and the package: what the zeche binary links in,
# with the licence texts as the build machine's Swift toolchain and Debian packages ship them.
# --debian: for the package's copyright file, the Apache License by reference to
# /usr/share/common-licenses/Apache-2.0 (Debian policy), followed by Swift's exception.
set -euo pipefail
debian=false
[ "${1:-}" != --debian ] || debian=true

echo "Third-party software in the zeche binary"
echo "========================================"
echo
if [ "$(uname)" = Darwin ]; then
  echo "The macOS zeche uses Swift's runtime and Foundation of macOS, and Homebrew's cmark-gfm"
  echo "library (BSD-2-Clause; https://github.com/github/cmark-gfm/blob/master/COPYING)."
  exit 0
fi

swift_root=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
swift_license=$swift_root/share/swift/LICENSE.txt
cmark_copyright=/usr/share/doc/libcmark-gfm-dev/copyright
for file in "$swift_license" "$cmark_copyright"; do
  if [ ! -f "$file" ]; then
    echo "error: $file is missing; it holds a licence that the package must carry" >&2
    exit 1
  fi
done

cat <<EOF2
zeche is linked statically with the following libraries. Their licences follow, each after
a line of '='.

1. The Swift standard library and runtime, Foundation (swift-foundation and
   swift-corelibs-foundation) and Dispatch, from $(swift --version 2>/dev/null | head -n 1):
   Apache License 2.0 with the Runtime Library Exception.
2. ICU (swift-foundation-icu, with ICU's data), which Foundation uses for time zones:
   the Unicode License V3 (https://www.unicode.org/license.txt) and the licences of ICU's
   own third-party parts (https://github.com/unicode-org/icu/blob/main/LICENSE).
3. cmark-gfm $(pkg-config --modversion libcmark-gfm 2>/dev/null || echo ""), GitHub's CommonMark
   library, from Debian's libcmark-gfm-dev: BSD-2-Clause and the licences listed below.

==================== 1. Swift, Foundation, Dispatch ($swift_license)

EOF2
if $debian; then
  echo "On Debian systems the full text of the Apache License 2.0 is in"
  echo "/usr/share/common-licenses/Apache-2.0. Swift adds this exception to it:"
  echo
  sed -n '/Runtime Library Exception/,$p' "$swift_license"
else
  cat "$swift_license"
fi
echo
echo "==================== 3. cmark-gfm (Debian's $cmark_copyright)"
echo
cat "$cmark_copyright"
