#!/usr/bin/env bash
# bench.sh: what `make bench` runs. Release builds only; figures are medians of several runs.
#
#  1. The Mustache engine: an article page rendered 10,000 times, MB/s.
#  2. Full builds of 1,000 and 10,000 articles from Zeche's own corpus generator
#     (zeche-bench corpus), into a fresh folder each run: wall time, CPU time, peak memory.
#  3. The shared corpus shape from scripts/bench/corpus/gen-corpus.py (the team's generator), built by
#     Zeche (with a fifth of the articles as press releases in a section of their own, and
#     categories: see newsroom_shape) and, when `hugo` is installed, by Hugo with the same
#     articles, in the same run; and the cmark-gfm command-line tool on the bare Markdown
#     bodies (the floor).
#  4. The preview's rebuild after editing one article, at 1,000 and 10,000 articles, and the
#     time from saving the file to the reload event of a running `zeche serve`.
#  5. The preview server under load: 200 connections (wrk, or a Python fallback).
#  6. Search (scripts/search-bench.py --built): the index of the shared corpus as zeche build
#     writes it, raw and gzip, the build with and without search, and in Chromium the bytes
#     over the wire for the first result of typical queries and the query times.
#
# Environment: RUNS (5), HUGO_RUNS (3), BENCH_DIR (/tmp/zeche-bench), SIZES ("1000 10000"),
# Outputs are written to a tmpfs (/dev/shm) when there is one, so that the state of the disk
# (ext4 slows down after many deleted files) does not decide the result; Zeche and Hugo are
# measured the same way.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
runs=${RUNS:-5}
hugo_runs=${HUGO_RUNS:-3}
sizes=${SIZES:-"1000 10000"}
bench=${BENCH_DIR:-/tmp/zeche-bench}
out=$bench/out
[ -d /dev/shm ] && [ -w /dev/shm ] && out=/dev/shm/zeche-bench-out
generator=$root/scripts/bench/corpus
mkdir -p "$bench" "$out"
results=$bench/results.jsonl
: >"$results"

echo "== Release build"
swift build -c release --product zeche >/dev/null
swift build -c release --product zeche-bench >/dev/null
zeche=$root/.build/release/zeche
tool=$root/.build/release/zeche-bench
measure() { python3 scripts/bench/measure.py "$@" | tee -a "$results"; }

# newsroom_shape SITE: gives the shared corpus (which gen-corpus.py writes as plain posts) the
# shape of a newsroom, once: every 5th article becomes a press release in
# Content/pressemitteilungen/, each article gets one of four categories, and the site gets a
# press contact and a boilerplate (site.yml declares the section and the categories).
newsroom_shape() {
  local site=$1 category
  [ -d "$site/Content/pressemitteilungen" ] && return
  mkdir -p "$site/Content/pressemitteilungen" "$site/Content/contacts"
  find "$site/Content/posts" -maxdepth 1 -name '*.md' | sort | awk 'NR % 5 == 0' | xargs -r mv -t "$site/Content/pressemitteilungen/"
  for category in 0:unternehmen 1:digitalisierung 2:produkte 3:studien; do
    find "$site/Content/posts" "$site/Content/pressemitteilungen" -name '*.md' | sort | awk -v c="${category%%:*}" 'NR % 4 == c' \
      | xargs -r sed -i "0,/^title:/s//categories: [${category#*:}]\ntitle:/"
  done
  printf -- '---\nname: Lena Hoffmann\nrole: Pressesprecherin\nphone: +49 201 123456-10\nemail: presse@example.com\n---\nFür die Presse.\n' \
    >"$site/Content/contacts/presse.md"
  printf 'Die Q.One ist ein Technologieunternehmen aus dem Ruhrgebiet.\n' >"$site/Content/boilerplate.md"
}

echo "== 1. Mustache engine"
"$tool" mustache

echo "== 2. Full builds, Zeche's own corpus"
for n in $sizes; do
  site=$bench/own-$n
  if [ ! -d "$site/Content" ]; then "$tool" corpus "$n" "$site" >/dev/null; fi
  rm -rf "$site/Templates"; cp -R Templates "$site/Templates"
  measure "$runs" "zeche own corpus $n" "$out/own-$n" -- "$zeche" build --source "$site" --output "$out/own-$n" --quiet
done

echo "== 3. The shared corpus: Zeche, Hugo and the cmark-gfm floor"
for n in $sizes; do
  if [ ! -d "$bench/shared/corpus-zeche-$n" ]; then
    mkdir -p "$bench/shared"
    python3 "$generator/gen-corpus.py" "$n" "$bench/shared/corpus-zeche-$n" >/dev/null
    python3 "$generator/gen-corpus.py" "$n" "$bench/shared/corpus-bodies-$n" --bodies >/dev/null
    rm -rf "$bench/shared/site-hugo-$n"; cp -R "$generator/peers/hugo" "$bench/shared/site-hugo-$n"
    python3 "$generator/gen-corpus.py" "$n" "$bench/shared/site-hugo-$n" --hugo >/dev/null
  fi
  site=$bench/shared/corpus-zeche-$n
  newsroom_shape "$site"
  # The generator's tiny JPEG lacks 3 bytes of its second quantisation table, so Zeche (which
  # reads every image's header since issue 17) refuses it; each image gets a valid 8×6 JPEG
  # of the same name instead (gen-corpus.py stays as it is; Hugo does not read them).
  for image in "$site"/Content/images/*.jpg; do cp scripts/bench/corpus-image.jpg "$image"; done
  rm -rf "$site/Templates"; cp -R Templates "$site/Templates"
  printf 'title: Q.One Newsroom\nurl: https://news.example.com/\nmenus:\n  main:\n    - title: Newsroom\n      url: /\n' >"$site/site.yml"
  cat >>"$site/site.yml" <<'YAML'
sections:
  - {id: pressemitteilungen, title: Pressemitteilungen, home: false, featured: 3, boilerplate: true, contacts: true, dateline: Essen}
  - {id: posts, title: News, path: /news/}
categories: [Unternehmen, Digitalisierung, Produkte, Studien]
press_contacts: [presse]
YAML
  measure "$runs" "zeche shared corpus $n" "$out/shared-$n" -- "$zeche" build --source "$site" --output "$out/shared-$n" --quiet
  bodies=$bench/shared/corpus-bodies-$n
  if command -v cmark-gfm >/dev/null; then
    measure "$runs" "cmark-gfm floor $n" "$out/cmark-$n" -- sh -c \
      "ls $bodies/[0-9]*.md | xargs -n 1000 -P 2 cmark-gfm --extension table --extension strikethrough --extension autolink > /dev/null"
  fi
  if command -v hugo >/dev/null; then
    measure "$hugo_runs" "hugo shared corpus $n" "$out/hugo-$n" -- hugo --quiet -s "$bench/shared/site-hugo-$n" -d "$out/hugo-$n"
  fi
done

echo "== 4. Preview rebuild after editing one article"
for n in $sizes; do "$tool" rebuild "$bench/own-$n" 9; done
echo "   zeche serve, from saving the file to the reload event a browser gets:"
for n in $sizes; do "$tool" serve "$bench/own-$n" 9; done

echo "== 5. Preview server under load"
"$zeche" serve --port 0 >"$bench/serve.log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "Serving" "$bench/serve.log" 2>/dev/null && break; sleep 0.2; done
url=$(grep -o 'http://[^ ]*' "$bench/serve.log" | head -n 1)
scripts/load-check.sh "${url%/}" / /assets/site.css /2026/11/austausch-zu-den-chancen-der-digitalisierung/ /feed.xml
kill $serve

echo "== 6. Search: the index zeche build writes (sizes, build with and without search, bytes and query times in Chromium)"
python3 scripts/search-bench.py --built "$zeche" --sizes "${sizes// /,}" --runs "$runs" \
  --dir "$bench/search" --json "$bench/search.jsonl"

echo
echo "== Results (medians of $runs runs; Hugo: $hugo_runs)"
python3 scripts/bench/report.py "$results"
