#!/usr/bin/env bash
# check-sites.sh [ZECHE]
# Builds the sample newsroom, the golden test site and the golden newsroom (with an embargo
# key) with the given zeche binary (default: the debug build) and runs the site checks on
# each: the Nu HTML Checker on every page, the Atom and JSON feeds, sitemap.xml, and every
# internal link and resource (nothing may load from another host). Then builds the sample site twice and requires identical folders.
# Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
zeche=${1:-.build/debug/zeche}
checks=scripts/site-checks/validate-site.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints the checks' tally, or everything they said when something failed.
check() {
  if "$checks" "$@" >"$work/report.txt" 2>&1; then tail -n 1 "$work/report.txt"; else cat "$work/report.txt"; return 1; fi
}

echo "== Sample newsroom"
"$zeche" build --output "$work/sample" --quiet
check "$work/sample"

echo "== Golden test site (served under a path: https://example.com/newsroom/)"
cp -R Tests/ZecheKitTests/Fixtures/golden-site "$work/golden"
cp -R Templates "$work/golden/Templates"
"$zeche" build --source "$work/golden" --output "$work/golden-out" --quiet
check "$work/golden-out" --site-url https://example.com/newsroom/

echo "== Golden newsroom (sections, categories, contacts, and an embargoed release's private page)"
cp -R Tests/ZecheKitTests/Fixtures/golden-newsroom "$work/newsroom"
cp -R Templates "$work/newsroom/Templates"
ZECHE_EMBARGO_KEY=check-sites-embargo-key "$zeche" build --source "$work/newsroom" --output "$work/newsroom-out" --quiet
check "$work/newsroom-out" --site-url https://example.com/presse/

echo "== Two builds give identical folders"
"$zeche" build --output "$work/sample-again" --quiet
diff -r "$work/sample" "$work/sample-again" && echo "identical"
