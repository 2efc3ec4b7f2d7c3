#!/usr/bin/env bash
# bench.sh: what `make bench` runs. Release builds only; figures are medians of several runs.
#
#  1. mustache  The Mustache engine: an article page rendered 10,000 times, MB/s.
#  2. own       Full builds of 1,000 and 10,000 articles from Zeche's own corpus generator
#               (zeche-bench corpus), into a fresh folder each run: wall time, CPU time, peak memory.
#  3. scaling   How cost grows with the archive (scripts/bench/scaling.py), on the team's corpus
#               (scripts/bench/corpus/gen-corpus.py, in the shape of a newsroom: see newsroom_shape)
#               at 1,000, 10,000 and 100,000 articles: the cmark-gfm command-line tool on the bare
#               Markdown bodies (the floor); Zeche's cold build (fresh output, no .zeche-cache/)
#               and warm builds (one article changed, the same output again; the first one after
#               the cold builds, which links every file anew, recorded apart), with wall and CPU
#               time, peak memory and the bytes written into the output (new or rewritten files);
#               at 10,000 also into a folder on the real disk (DISK_DIR); the write floor (the
#               files of Zeche's output, the same paths and sizes, written by
#               scripts/bench/write-floor.py: what the machine charges for writing the site);
#               Hugo with the same articles. The corpora are generated once and kept in BENCH_DIR (100,000
#               articles: 1.6 GB, about 7 minutes on a quiet machine and 20 on a busy one).
#               Then docs/performance-data.json and the plot docs/images/performance-scaling.svg
#               are written from this run (PLOT=0: not).
#  3b. languages  The 10,000-article corpus of part 3 in German only, and with English copies of
#               every tenth article (`languages: {de, en}`): cold builds beside the floor.
#  4. preview   The preview's rebuild after editing one article, at 1,000 and 10,000 articles,
#               and the time from saving the file to the reload event of a running `zeche serve`.
#  5. load      The preview server under load: 200 connections (wrk, or a Python fallback).
#  6. search    Search (scripts/search-bench.py --built): the index of the shared corpus as zeche
#               build writes it, raw and gzip, the build with and without search, and in
#               Chromium the bytes over the wire for the first result of typical queries and
#               the query times.
#
# Environment (defaults in brackets):
#   PARTS          the parts above to run ["mustache own scaling languages preview load search"]
#   RUNS           runs per figure at 1,000 and 10,000 articles, after one warm-up [5]
#   RUNS_100K      runs per figure at 100,000 articles, no warm-up [2]
#   SIZES          article counts of parts 2, 4 and 6 ["1000 10000"]
#   SCALING_SIZES  article counts of part 3 ["1000 10000 100000"]
#   DISK_SIZE      the article count measured on the disk too, "" for none [10000]
#   DISK_DIR       a folder on the real disk (not a tmpfs) [BENCH_DIR/disk-out]; DISK_RUNS [3]
#   HUGO           0: no Hugo [1, when `hugo` is installed]
#   HUGO_RUNS      Hugo's runs at 1,000 articles, after a warm-up [3]
#   HUGO_RUNS_10K  Hugo's runs at 10,000 articles, without one [1]: each takes over a minute
#   SEARCH_RUNS    builds per figure of part 6 [3]
#   HUGO_100K      1: Hugo at 100,000 articles too, once, stopped after HUGO_TIMEOUT seconds
#                  [1800] or above HUGO_MAX_MIB of resident memory [16384]; its corpus is
#                  generated once more for it [0]
#   BENCH_DIR      corpora, results.jsonl and logs [/tmp/zeche-bench]
#   BIN_DIR        take zeche and zeche-bench from this folder instead of building them
#   PLOT           0: leave docs/performance-data.json and the plot as they are [1]
#   BENCH_NOTE     the line under the plot's title [make bench, the date, the commit]
# The default run took 816 s (13.6 minutes) on the project's 2-core machine on 2026-12-06, quiet,
# with the corpora already generated: part 3 406 s, part 6 270 s, the others 140 s together.
# With Hugo three times at 10,000 articles and five builds per figure in part 6 it took 1,190 s.
# Generating the corpora the first time adds about 7 minutes for the 100,000 articles.
# Memory: a cold build of 100,000 articles peaks at about 1 GiB (the code before issue 22 at
# 5.7 GiB), and a warm build holds the old and the new site (4 GB each) on the tmpfs; a build killed for want of memory is recorded as failed,
# and the run goes on.
#
# Outputs are written to a tmpfs (/dev/shm) when there is one, so that the state of the disk
# (ext4 slows down after many deleted files) does not decide the result; Zeche and Hugo are
# measured the same way. The one measurement on the disk (DISK_DIR) is what a newsroom's CI
# sees, and is labelled "(disk)".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
parts=" ${PARTS:-mustache own scaling languages preview load search} "
runs=${RUNS:-5}
runs_100k=${RUNS_100K:-2}
hugo_runs=${HUGO_RUNS:-3}
hugo_runs_10k=${HUGO_RUNS_10K:-1}
sizes=${SIZES:-"1000 10000"}
scaling_sizes=${SCALING_SIZES:-"1000 10000 100000"}
bench=${BENCH_DIR:-/tmp/zeche-bench}
disk_size=${DISK_SIZE-10000}
disk_dir=${DISK_DIR:-$bench/disk-out}
out=$bench/out
[ -d /dev/shm ] && [ -w /dev/shm ] && out=/dev/shm/zeche-bench-out
generator=$root/scripts/bench/corpus
mkdir -p "$bench" "$out"
results=$bench/results.jsonl
: >"$results"
part() { [[ $parts == *" $1 "* ]]; }
# Each part's heading and, at the next one, how long the part before took: the default run is
# to stay under 15 minutes, and this says where its time goes.
part_started=$SECONDS
part_took() {
  if [ -n "${part_name:-}" ]; then echo "   (part ${part_name%%.*} took $((SECONDS - part_started)) s)"; fi
}
heading() {
  part_took
  part_name=$1
  part_started=$SECONDS
  echo "== $1"
}
started=$SECONDS

if [ -n "${BIN_DIR:-}" ]; then
  echo "== Release build: taken from $BIN_DIR"
  zeche=$BIN_DIR/zeche
  tool=$BIN_DIR/zeche-bench
else
  echo "== Release build"
  swift build -c release --product zeche >/dev/null
  swift build -c release --product zeche-bench >/dev/null
  zeche=$root/.build/release/zeche
  tool=$root/.build/release/zeche-bench
fi
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

# own_corpus N: Zeche's own corpus of N articles, made once, with the current theme.
own_corpus() {
  local site=$bench/own-$1
  if [ ! -d "$site/Content" ]; then "$tool" corpus "$1" "$site" >/dev/null; fi
  rm -rf "$site/Templates"; cp -R Templates "$site/Templates"
}

# shared_corpus N: the team's corpus of N articles as a newsroom ($bench/shared/corpus-zeche-N),
# its bare bodies (corpus-bodies-N), made once; with "hugo" as second argument also Hugo's site.
shared_corpus() {
  local n=$1 site=$bench/shared/corpus-zeche-$1 bodies=$bench/shared/corpus-bodies-$1 hugo=$bench/shared/site-hugo-$1
  mkdir -p "$bench/shared"
  # Each layout is written into a temporary folder and renamed when complete, so that an
  # interrupted generation is not taken for a corpus the next time.
  if [ ! -d "$site" ]; then
    echo "   generating $n articles (once) …"
    rm -rf "$site.part"; python3 "$generator/gen-corpus.py" "$n" "$site.part" 2>/dev/null; mv "$site.part" "$site"
  fi
  if [ ! -d "$bodies" ]; then
    rm -rf "$bodies.part"; python3 "$generator/gen-corpus.py" "$n" "$bodies.part" --bodies 2>/dev/null; mv "$bodies.part" "$bodies"
  fi
  if [ "${2:-}" = hugo ] && [ ! -d "$hugo/content" ]; then
    rm -rf "$hugo" "$hugo.part"; cp -R "$generator/peers/hugo" "$hugo.part"
    python3 "$generator/gen-corpus.py" "$n" "$hugo.part" --hugo 2>/dev/null; mv "$hugo.part" "$hugo"
  fi
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
}

if part mustache; then
  heading "1. Mustache engine"
  "$tool" mustache
fi

if part own; then
  heading "2. Full builds, Zeche's own corpus"
  for n in $sizes; do
    own_corpus "$n"
    measure "$runs" "zeche own corpus $n" "$out/own-$n" -- "$zeche" build --source "$bench/own-$n" --output "$out/own-$n" --quiet
  done
fi

if part scaling; then
  heading "3. How cost grows with the archive: the team's corpus, cmark-gfm floor, Zeche cold and warm, write floor, Hugo"
  for n in $scaling_sizes; do
    with_hugo=""
    [ "${HUGO:-1}" != 0 ] && command -v hugo >/dev/null && { [ "$n" -lt 100000 ] || [ "${HUGO_100K:-0}" = 1 ]; } && with_hugo=hugo
    shared_corpus "$n" $with_hugo
    options=(--runs "$runs" --warmup 1)
    [ "$n" -ge 100000 ] && options=(--runs "$runs_100k" --warmup 0)
    [ "$n" = "$disk_size" ] && options+=(--disk-out "$disk_dir" --disk-runs "${DISK_RUNS:-3}")
    if [ -n "$with_hugo" ]; then
      hugo_options=(--hugo-runs "$hugo_runs" --hugo-warmup 1)
      [ "$n" -ge 10000 ] && hugo_options=(--hugo-runs "$hugo_runs_10k" --hugo-warmup 0)
      [ "$n" -ge 100000 ] && hugo_options=(--hugo-runs 1 --hugo-warmup 0)
      options+=(--hugo-site "$bench/shared/site-hugo-$n" "${hugo_options[@]}"
        --hugo-timeout "${HUGO_TIMEOUT:-1800}" --hugo-max-mib "${HUGO_MAX_MIB:-16384}")
    fi
    python3 scripts/bench/scaling.py --articles "$n" --site "$bench/shared/corpus-zeche-$n" \
      --bodies "$bench/shared/corpus-bodies-$n" --zeche "$zeche" --out "$out" --results "$results" "${options[@]}"
  done
  if [ "${PLOT:-1}" != 0 ]; then
    note="make bench, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    [ -n "${BIN_DIR:-}" ] && note+=", zeche from $BIN_DIR"
    # Hugo's figures of the previous data file stay when this run has none (Hugo at 100,000 is
    # measured only with HUGO_100K=1); the plot marks them with the run they come from.
    python3 scripts/bench/plot.py "$results" --carry-over docs/performance-data.json --save-data docs/performance-data.json \
      --note "${BENCH_NOTE:-$note}" --svg docs/images/performance-scaling.svg
    echo "   wrote docs/performance-data.json and docs/images/performance-scaling.svg"
  fi
fi

if part languages; then
  heading "3b. A second language on a tenth of the articles (issue 19): the 10,000-article corpus of part 3"
  shared_corpus 10000
  german=$bench/lang-de-10000 english=$bench/lang-de-en-10000
  if [ ! -d "$english/Content" ]; then
    rm -rf "$german" "$english"
    cp -R "$bench/shared/corpus-zeche-10000" "$german"
    rm -rf "$german/.zeche-cache"
    cp -R "$german" "$english"
    printf 'languages:\n  de:\n    path: /\n  en:\n    path: /en/\n    title: Q.One Newsroom\n' >>"$english/site.yml"
    # Every tenth article gets an English copy beside it (NAME.en.md), without its related
    # list: related articles are of the article's own language.
    find "$english/Content/posts" "$english/Content/pressemitteilungen" -maxdepth 1 -name '*.md' ! -name '*.en.md' | sort \
      | awk 'NR % 10 == 0' | while read -r file; do grep -v '^related:' "$file" >"${file%.md}.en.md"; done
  fi
  python3 scripts/bench/scaling.py --articles 10000 --site "$bench/shared/corpus-zeche-10000" \
    --bodies "$bench/shared/corpus-bodies-10000" --zeche "$zeche" --out "$out" --results "$results" --runs "$runs" --warmup 1 --only floor
  measure "$runs" "zeche de 10000" "$out/lang-de" -- "$zeche" build --no-cache --quiet --source "$german" --output "$out/lang-de"
  measure "$runs" "zeche de+en 11000" "$out/lang-de-en" -- "$zeche" build --no-cache --quiet --source "$english" --output "$out/lang-de-en"
fi

if part preview; then
  heading "4. Preview rebuild after editing one article"
  for n in $sizes; do own_corpus "$n"; "$tool" rebuild "$bench/own-$n" 9; done
  echo "   zeche serve, from saving the file to the reload event a browser gets:"
  for n in $sizes; do "$tool" serve "$bench/own-$n" 9; done
fi

if part load; then
  heading "5. Preview server under load"
  "$zeche" serve --port 0 >"$bench/serve.log" 2>&1 &
  serve=$!
  trap 'kill $serve 2>/dev/null || true' EXIT
  for _ in $(seq 50); do grep -q "Serving" "$bench/serve.log" 2>/dev/null && break; sleep 0.2; done
  url=$(grep -o 'http://[^ ]*' "$bench/serve.log" | head -n 1)
  scripts/load-check.sh "${url%/}" / /assets/site.css /2026/11/austausch-zu-den-chancen-der-digitalisierung/ /feed.xml
  kill $serve
fi

if part search; then
  heading "6. Search: the index zeche build writes (sizes, build with and without search, bytes and query times in Chromium)"
  python3 scripts/search-bench.py --built "$zeche" --sizes "${sizes// /,}" --runs "${SEARCH_RUNS:-3}" \
    --dir "$bench/search" --json "$bench/search.jsonl"
fi

part_took
echo
echo "== Results (medians of $runs runs, $runs_100k at 100,000 articles; Hugo: $hugo_runs at 1,000, $hugo_runs_10k at 10,000)"
python3 scripts/bench/report.py "$results"
echo "make bench: $((SECONDS - started)) s; the figures are in $results"
