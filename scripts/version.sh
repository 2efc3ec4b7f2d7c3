#!/usr/bin/env bash
# version.sh [--version | --debian-version | --commit | --epoch | --swift FILE]
# Zeche's version, as git says:
#   - "0.9.0" when HEAD is the tag v0.9.0 and no tracked file is changed (a release);
#   - "BASE-dev+1a2b3c4" otherwise (".dirty" appended when tracked files are changed), BASE
#     being the newest v* tag that HEAD descends from, or FALLBACK_VERSION below when there is
#     none. A -dev version is not a release and sorts before BASE.
# --debian-version prints it with '~' for the first '-' (0.9.0~dev+1a2b3c4), so that dpkg
# orders it the same way; --commit the full commit id; --epoch the commit's time (for
# SOURCE_DATE_EPOCH). --swift FILE writes the stamp that `make binary` compiles in (with
# -DZECHE_STAMPED), only when it changed, so that an unchanged stamp recompiles nothing.
# Without git (a source archive), set ZECHE_VERSION and ZECHE_COMMIT. The release workflow sets
# ZECHE_LINUX_BINARY_SHA256 for the builds of other platforms: the SHA-256 of the
# linux-x86_64 binary, which `zeche init` pins in a new site's workflows.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The version of the last release before the first tag; used only while no v* tag exists.
FALLBACK_VERSION=0.9.0

git_ok() { git rev-parse --git-dir >/dev/null 2>&1; }

commit=${ZECHE_COMMIT:-}
version=${ZECHE_VERSION:-}
is_release=false
epoch=0
if git_ok; then
  [ -n "$commit" ] || commit=$(git rev-parse HEAD)
  epoch=$(git log -1 --format=%ct HEAD)
  if [ -z "$version" ]; then
    dirty=""
    git diff --quiet HEAD -- 2>/dev/null || dirty=".dirty"
    tag=$(git describe --tags --exact-match --match 'v[0-9]*' HEAD 2>/dev/null || true)
    if [ -n "$tag" ] && [ -z "$dirty" ]; then
      version=${tag#v}
      is_release=true
    else
      base=$(git describe --tags --abbrev=0 --match 'v[0-9]*' HEAD 2>/dev/null || true)
      base=${base#v}
      version="${base:-$FALLBACK_VERSION}"
      version="${version%%-*}-dev+$(git rev-parse --short=7 HEAD)$dirty"
    fi
  fi
else
  [ -n "$version" ] || version="$FALLBACK_VERSION-dev"
  [ -n "$commit" ] || commit=unknown
fi
[ -z "${ZECHE_VERSION:-}" ] || case "$version" in *-*) is_release=false ;; *) is_release=true ;; esac

# The version goes into file names, URLs, a Swift literal and a Debian control file.
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]*)?$ ]]; then
  echo "error: '$version' is not a version such as 1.2.3 or 1.2.3-rc.1" >&2
  echo "fix: name release tags vMAJOR.MINOR.PATCH (git tag v1.2.3), or set ZECHE_VERSION" >&2
  exit 1
fi
if ! [[ "$commit" =~ ^([0-9a-f]{7,64}|unknown)$ ]]; then
  echo "error: '$commit' is not a git commit id" >&2
  exit 1
fi
linux_sha=${ZECHE_LINUX_BINARY_SHA256:-}
if [ -n "$linux_sha" ] && ! [[ "$linux_sha" =~ ^[0-9a-f]{64}$ ]]; then
  echo "error: ZECHE_LINUX_BINARY_SHA256 '$linux_sha' is not a SHA-256 in hex" >&2
  exit 1
fi

swift_stamp() {
  local sha=nil
  [ -z "$linux_sha" ] || sha="\"$linux_sha\""
  cat <<EOF
// Written by scripts/version.sh for \`make binary\`; not in git. Compiled only with
// -DZECHE_STAMPED, so a plain \`swift build\` ignores it.
#if ZECHE_STAMPED
extension ZecheVersion {
    static let stamp = Stamp(
        version: "$version",
        commit: "$commit",
        isRelease: $is_release,
        linuxBinarySHA256: $sha)
}
#endif
EOF
}

case "${1:---version}" in
  --version) echo "$version" ;;
  --debian-version) echo "${version/-/\~}" ;;
  --commit) echo "$commit" ;;
  --epoch) echo "$epoch" ;;
  --swift)
    file=${2:?--swift needs a file}
    new=$(swift_stamp)
    if [ ! -f "$file" ] || [ "$(cat "$file")" != "$new" ]; then
      printf '%s\n' "$new" >"$file"
    fi
    echo "$version"
    ;;
  *) echo "usage: scripts/version.sh [--version | --debian-version | --commit | --epoch | --swift FILE]" >&2; exit 2 ;;
esac
