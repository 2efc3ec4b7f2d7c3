#!/usr/bin/env bash
# package.sh
# Packs .build-dist/zeche (from scripts/dist/build-binary.sh) into dist/:
#   - zeche-VERSION-OS-ARCH.tar.gz: a folder of that name with zeche, zeche.1, README.md,
#     THIRD-PARTY-LICENSES (and LICENSE, once the repository has one);
#   - on Linux, zeche_DEBVERSION_DEBARCH.deb, built with dpkg-deb: /usr/bin/zeche and the man page;
#   - SHA256SUMS (scripts/dist/checksums.sh).
# Both are gzip at level 6: 11 s for the binary on the build machine; level 9 took 35 s for the
# same 23 MB, xz 90 s for 15 MB. Files and archives carry the commit's time (SOURCE_DATE_EPOCH), so the same binary packs to
# the same bytes. ZECHE_MAINTAINER sets the package's maintainer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

binary=.build-dist/zeche
version=$(scripts/version.sh)
debian_version=$(scripts/version.sh --debian-version)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(scripts/version.sh --epoch)}
if [ ! -x "$binary" ] || [ "$("$binary" --version | head -n 1)" != "zeche $version" ]; then
  echo "error: $binary is missing or is not zeche $version" >&2
  echo "fix: run make binary (or scripts/dist/build-binary.sh) first" >&2
  exit 1
fi
# The repository is named in one place: the download address of the site workflows.
downloads=$(sed -n 's/.*static let defaultDownloads = "\(.*\)".*/\1/p' Sources/ZecheKit/Scaffold/ZecheRelease.swift)
homepage=${downloads%/releases/download}

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) echo "error: no package for $(uname -s)" >&2; exit 1 ;;
esac
arch=$(uname -m)
[ "$arch" != arm64 ] || arch=aarch64
name="zeche-$version-$os-$arch"

rm -rf dist .build-dist/package
mkdir -p dist .build-dist/package
stage=.build-dist/package/$name
mkdir -p "$stage"
cp "$binary" "$stage/zeche"
cp docs/zeche.1 README.md "$stage/"
[ ! -f LICENSE ] || cp LICENSE "$stage/"
scripts/dist/third-party-licenses.sh >"$stage/THIRD-PARTY-LICENSES"
chmod 755 "$stage/zeche"
chmod 644 "$stage"/zeche.1 "$stage"/README.md "$stage"/THIRD-PARTY-LICENSES
if [ "$os" = linux ]; then
  tar --create --directory .build-dist/package --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --format=gnu "$name" | gzip -n >"dist/$name.tar.gz"
else
  # macOS's tar has none of GNU tar's options for reproducible archives.
  tar -czf "dist/$name.tar.gz" -C .build-dist/package "$name"
fi

if [ "$os" = linux ]; then
  case "$arch" in
    x86_64) debian_arch=amd64 ;;
    aarch64) debian_arch=arm64 ;;
    *) debian_arch=$arch ;;
  esac
  root=.build-dist/package/deb
  mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$root/usr/share/doc/zeche"
  install -m 755 "$binary" "$root/usr/bin/zeche"
  # lintian's notes that stay, with the reasons (docs/install.md).
  mkdir -p "$root/usr/share/lintian/overrides"
  install -m 644 scripts/dist/lintian-overrides "$root/usr/share/lintian/overrides/zeche"
  gzip -9 -n <docs/zeche.1 >"$root/usr/share/man/man1/zeche.1.gz"
  chmod 644 "$root/usr/share/man/man1/zeche.1.gz"
  scripts/dist/debian-copyright.sh "$homepage" >"$root/usr/share/doc/zeche/copyright"
  date=$(date -u -d "@$SOURCE_DATE_EPOCH" -R)
  maintainer=${ZECHE_MAINTAINER:-Zeche maintainers <zeche@zeche.example>}
  printf 'zeche (%s) unstable; urgency=medium\n\n  * Zeche %s.\n  * Built from commit %s.\n\n -- %s  %s\n' \
    "$debian_version" "$version" "$(scripts/version.sh --commit)" "$maintainer" "$date" |
    gzip -9 -n >"$root/usr/share/doc/zeche/changelog.gz"
  chmod 644 "$root/usr/share/doc/zeche/copyright" "$root/usr/share/doc/zeche/changelog.gz"
  # The shared libraries zeche needs, with the versions its symbols require.
  shlibs=$(mktemp -d)
  mkdir -p "$shlibs/debian"
  printf 'Source: zeche\n\nPackage: zeche\nArchitecture: any\n' >"$shlibs/debian/control"
  depends=$(cd "$shlibs" && dpkg-shlibdeps -O -e "$OLDPWD/$root/usr/bin/zeche" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
  rm -rf "$shlibs"
  [ -n "$depends" ] || { echo "error: dpkg-shlibdeps found no dependencies (is dpkg-dev installed?)" >&2; exit 1; }
  cat >"$root/DEBIAN/control" <<EOF
Package: zeche
Version: $debian_version
Architecture: $debian_arch
Maintainer: $maintainer
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: web
Priority: optional
Homepage: $homepage
Description: static site generator for company newsrooms
 Zeche turns Markdown articles and Mustache templates into a fast, valid and
 accessible static site: article pages, a paginated index, tag and author
 pages, Atom and JSON feeds and a sitemap. It previews the site locally with
 live reload and prints every error with its file, line and column.
 .
 The zeche binary is self-contained: Swift's runtime, Foundation and
 cmark-gfm are linked into it.
EOF
  (cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
  chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
  dpkg-deb --root-owner-group -Zgzip --build "$root" "dist/zeche_${debian_version}_${debian_arch}.deb" >/dev/null
fi

scripts/dist/checksums.sh dist
ls -l dist
