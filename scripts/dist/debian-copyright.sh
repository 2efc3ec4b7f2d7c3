#!/usr/bin/env bash
# debian-copyright.sh HOMEPAGE
# Prints /usr/share/doc/zeche/copyright for the Debian package: Zeche's licence (LICENSE at the
# repository's root, once there is one) and the third-party licences of the static binary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
homepage=${1:?usage: debian-copyright.sh HOMEPAGE}

echo "zeche: a static site generator for company newsrooms"
echo "Source: $homepage"
echo
if [ -f LICENSE ]; then
  echo "Zeche's licence:"
  echo
  cat LICENSE
else
  echo "Zeche's repository does not state a licence yet (it has no LICENSE file)."
fi
echo
scripts/dist/third-party-licenses.sh --debian
