#!/usr/bin/env bash
# checksums.sh DIR
# Writes DIR/SHA256SUMS: a line for every .tar.gz and .deb in DIR, and a line for the zeche
# binary inside each archive (NAME/zeche), the hash that site workflows pin. Check downloads
# with `sha256sum --check --ignore-missing SHA256SUMS`.
set -euo pipefail
dir=${1:?usage: checksums.sh DIR}
cd "$dir"
# macOS has shasum, and sha256sum only in recent versions.
sha256sum() { if type -P sha256sum >/dev/null; then command sha256sum "$@"; else shasum -a 256 "$@"; fi; }
{
  for file in *.tar.gz *.deb; do
    [ -f "$file" ] || continue
    sha256sum "$file"
  done
  for archive in *.tar.gz; do
    [ -f "$archive" ] || continue
    name=${archive%.tar.gz}
    echo "$(tar -xzOf "$archive" "$name/zeche" | sha256sum | cut -d' ' -f1)  $name/zeche"
  done
} >SHA256SUMS.new
mv SHA256SUMS.new SHA256SUMS
