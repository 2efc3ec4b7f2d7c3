#!/usr/bin/env python3
"""search-bench.py [--sizes 1000,10000] [--runs 3] [--dir /tmp/zeche-search-bench] [--json FILE] [--built ZECHE]

Measures the search index on benchmark corpora, for `make bench` and docs/search.md:

  1. index build time (median wall and CPU time of RUNS builds, from `zeche-bench search`);
  2. index size, raw and gzip (each file compressed on its own, level 6, as web servers send it);
  3. the bytes over the wire (gzip) for the first result of typical queries, in headless
     Chromium with the cache off: the manifest, the query's shards and the first result's
     record chunk; and everything fetched until the first ten results show their excerpts;
  4. query time in Chromium once the index files a query needs are loaded: the ranking alone
     (`Index.search`), and from the start of the search (after the 150 ms debounce of typing)
     to the rendered first page of results (the client's `zeche-search` performance measure).

With --built ZECHE, the corpora are built as sites by that zeche binary (`zeche build` with the
default theme; once more with `search: false` for the build-time cost of search; cold builds,
`--no-cache`, into a tmpfs when there is one), and the browser measures the theme's own search
page, /suche/ (the index the build wrote).

Corpora come from scripts/bench/corpus/gen-corpus.py (the team's benchmark corpus). With
--realworld DIR, also the posts of a Node.js blog checkout (DIR: its apps/site/pages/en/blog;
English, a real vocabulary: release notes full of names and versions), with their category as section and category. Documents are made naively from the Markdown (see
Sources/zeche-bench/SearchBenchmark.swift). Needs a release build of zeche-bench, python3 with
selenium, chromium and chromedriver; without them, step 3 and 4 are skipped with a message.
"""
import argparse, functools, gzip, http.server, json, os, shutil, statistics, subprocess, sys, threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL_QUERIES = ["fetch", "security release", "npm", "buffer", "\"long term support\"", "vulnerab", "Danielle Adams", "v8"]
QUERIES = ["digitalisierung", "Muller", "cloud", "digitalis", "energie ruhrgebiet", "\"Kohle und Stahl\"",
           "rechenzentrum", "release"]


def corpus(size, folder):
    site = os.path.join(folder, f"corpus-{size}")
    if os.path.isdir(os.path.join(site, "Content")):
        return site
    generator = os.path.join(ROOT, "scripts", "bench", "corpus", "gen-corpus.py")
    subprocess.run([sys.executable, generator, str(size), site], check=True, stderr=subprocess.DEVNULL)
    return site


def nodejs_blog_documents(folder, out):
    """The Node.js blog's posts as documents (front matter lines `key: value`, the body naively
    stripped of Markdown), written to OUT as JSON for `zeche-bench search`."""
    import re
    documents = []
    for base, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            if not name.endswith((".md", ".mdx")) or name == "index.md":
                continue
            text = open(os.path.join(base, name), encoding="utf-8").read()
            parts = text.split("---", 2)
            if len(parts) < 3:
                continue
            meta = {}
            for line in parts[1].splitlines():
                key, _, value = line.partition(":")
                meta[key.strip()] = value.strip().strip("'\"")
            body = re.sub(r"```.*?```", " ", parts[2], flags=re.S)
            body = re.sub(r"\]\([^)]*\)", "]", body)
            body = re.sub(r"<[^>]+>|[#*`\[\]!>|_]", " ", body)
            path = os.path.relpath(os.path.join(base, name), folder).rsplit(".", 1)[0]
            category = meta.get("category", "")
            documents.append({"id": path, "url": f"/blog/{path}/", "title": meta.get("title", path), "bodyText": body,
                              "date": meta.get("date", ""), "section": category, "categories": [category] if category else [],
                              "authors": [meta["author"]] if meta.get("author") else [], "language": "en", "indexLanguage": "en"})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(documents, f)
    return out


def gzip_size(path, cache={}):
    if path not in cache:
        with open(path, "rb") as f:
            cache[path] = len(gzip.compress(f.read(), 6))
    return cache[path]


DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def numbers(text):
    out, value, shift = [], 0, 0
    for character in text:
        digit = DIGITS.index(character)
        value |= (digit & 31) << shift
        if digit >= 32:
            shift += 5
        else:
            out.append(value)
            value, shift = 0, 0
    return out


def compound_share(folder):
    """Postings and terms that exist only because of compound tails (mask bit 16), and the
    bytes they take in the term shards."""
    postings = tails = terms = tail_terms = tail_bytes = 0
    for name in os.listdir(os.path.join(folder, "terms")):
        shard = json.load(open(os.path.join(folder, "terms", name), encoding="utf-8"))
        for term, text in zip(shard["terms"], shard["postings"]):
            values = numbers(text)
            tail_values = [v for v in values if v % 32 >= 16]
            postings, tails, terms = postings + len(values), tails + len(tail_values), terms + 1
            tail_terms += len(tail_values) == len(values)
            tail_bytes += len(tail_values) / max(1, len(values)) * len(text)
    return postings, tails, terms, tail_terms, tail_bytes


def index_sizes(folder):
    raw = packed = files = 0
    by_kind = {}
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            kind = os.path.relpath(path, folder).split(os.sep)[0]
            kind = kind if kind in ("terms", "positions", "docs", "text") else "manifest, facets"
            size, packed_size = os.path.getsize(path), gzip_size(path)
            raw, packed, files = raw + size, packed + packed_size, files + 1
            entry = by_kind.setdefault(kind, [0, 0, 0])
            entry[0], entry[1], entry[2] = entry[0] + size, entry[1] + packed_size, entry[2] + 1
    return raw, packed, files, by_kind


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser_measurements(site, queries, page="/"):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        print("   (selenium is not installed: pip install selenium; browser figures left out)")
        return None
    if not shutil.which("chromedriver"):
        print("   (chromedriver is missing: apt-get install chromium-driver; browser figures left out)")
        return None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--disable-background-networking"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    driver.set_script_timeout(120)
    results = []
    try:
        for query in queries:
            driver.get("about:blank")
            driver.get_log("performance")
            driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
            driver.get(origin + page)
            WebDriverWait(driver, 20).until(lambda d: d.execute_script("return !!window.ZecheSearch"))
            driver.find_element(By.CSS_SELECTOR, "[data-zeche-search] input[type=search]").send_keys(query)
            WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-result__link"))
            first = driver.execute_async_script("""
                const [q, done] = arguments;
                const index = new ZecheSearch.Index('/search/');
                index.search(q).then(r => done(r.hits.length ? [r.hits[0].document, index.m.documentChunk, r.hits.length] : null));""", query)
            # Let the rest of the first page (records, excerpts) arrive.
            driver.execute_async_script("setTimeout(arguments[0], 1500)")
            paths = set()
            for entry in driver.get_log("performance"):
                message = json.loads(entry["message"])["message"]
                if message.get("method") == "Network.requestWillBeSent":
                    url = message["params"]["request"]["url"]
                    if url.startswith(origin + "/search/"):
                        paths.add(url[len(origin):])
            needed = {p for p in paths if p == "/search/manifest.json" or p.startswith(("/search/terms/", "/search/positions/"))}
            if first:
                needed.add(f"/search/docs/{first[0] // first[1]}.json")
            size = lambda ps: sum(gzip_size(os.path.join(site, p.lstrip("/"))) for p in ps)
            timing = driver.execute_async_script("""
                const [q, done] = arguments;
                const index = new ZecheSearch.Index('/search/');
                const times = [];
                index.search(q).then(async () => {
                    for (let i = 0; i < 15; i++) {
                        const start = performance.now();
                        await index.search(q);
                        times.push(performance.now() - start);
                    }
                    times.sort((a, b) => a - b);
                    const input = document.querySelector('[data-zeche-search] input[type=search]');
                    const ui = [];
                    for (let i = 0; i < 15; i++) {
                        input.value = '';
                        input.dispatchEvent(new Event('input'));
                        await new Promise(r => setTimeout(r, 250));
                        performance.clearMeasures('zeche-search');
                        input.value = q;
                        input.dispatchEvent(new Event('input'));
                        while (!performance.getEntriesByName('zeche-search', 'measure').length) await new Promise(r => setTimeout(r, 10));
                        ui.push(performance.getEntriesByName('zeche-search', 'measure')[0].duration);
                    }
                    ui.sort((a, b) => a - b);
                    done({search: times[7], ui: ui[7]});
                });""", query)
            results.append({"query": query, "hits": first[2] if first else 0, "first_result_gzip": size(needed),
                            "first_page_gzip": size(paths), "files_first_page": len(paths),
                            "search_ms_median": round(timing["search"], 2), "search_to_results_ms_median": round(timing["ui"], 1)})
    finally:
        driver.quit()
        server.shutdown()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", default="/tmp/zeche-search-bench")
    parser.add_argument("--json", help="append one JSON line per figure to this file")
    parser.add_argument("--realworld", metavar="DIR", help="also the Node.js blog's posts in DIR")
    parser.add_argument("--built", metavar="ZECHE", help="build the corpora as sites with this zeche binary")
    args = parser.parse_args()
    if args.built:
        return built_sites(args)
    tool = os.path.join(ROOT, ".build", "release", "zeche-bench")
    if not os.path.exists(tool):
        subprocess.run(["swift", "build", "-c", "release", "--product", "zeche-bench"], cwd=ROOT, check=True)
    os.makedirs(args.dir, exist_ok=True)
    lines = []
    corpora = [(str(size), corpus(int(size), args.dir), QUERIES) for size in args.sizes.split(",") if size]
    blog = args.realworld
    if blog and os.path.isdir(blog):
        corpora.append(("nodejs-blog", nodejs_blog_documents(blog, os.path.join(args.dir, "nodejs-blog.json")), REAL_QUERIES))
    for size, site_corpus, queries in corpora:
        site = os.path.join(args.dir, f"site-{size}")
        shutil.rmtree(site, ignore_errors=True)
        build = json.loads(subprocess.run([tool, "search", site_corpus, os.path.join(site, "search"), str(args.runs)],
                                          check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
        os.makedirs(os.path.join(site, "assets"))
        shutil.copy(os.path.join(ROOT, "Templates", "assets", "search.js"), os.path.join(site, "assets", "search.js"))
        shutil.copy(os.path.join(ROOT, "Tests", "SearchTests", "Fixtures", "search-page.html"), os.path.join(site, "index.html"))
        raw, packed, files, by_kind = index_sizes(os.path.join(site, "search"))
        print(f"== {size}: {build['documents']} articles, index built in {build['build_ms_median']:.0f} ms "
              f"({build['build_cpu_ms_median']:.0f} ms CPU), {files} files, {raw / 1e6:.1f} MB raw, {packed / 1e6:.1f} MB gzip")
        for kind, (kind_raw, kind_packed, kind_files) in sorted(by_kind.items()):
            print(f"   {kind:17} {kind_files:5} files {kind_raw / 1e6:8.2f} MB raw {kind_packed / 1e6:7.2f} MB gzip")
        postings, tails, terms, tail_terms, tail_bytes = compound_share(os.path.join(site, "search"))
        print(f"   compound tails: {tails:,} of {postings:,} postings ({100 * tails / max(1, postings):.1f} %), "
              f"{tail_terms:,} of {terms:,} terms only as tails, about {tail_bytes / 1e3:.0f} KB of the term shards")
        lines.append({"name": f"search index {size}", "build_ms": build["build_ms_median"], "build_cpu_ms": build["build_cpu_ms_median"],
                      "files": files, "bytes_raw": raw, "bytes_gzip": packed, "postings": postings, "tail_postings": tails})
        measured = browser_measurements(site, queries)
        for m in measured or []:
            print(f"   {m['query']!r:22} {m['hits']:6} hits  first result {m['first_result_gzip'] / 1000:6.1f} KB gzip, "
                  f"first page {m['first_page_gzip'] / 1000:6.1f} KB in {m['files_first_page']} files; "
                  f"search {m['search_ms_median']:.1f} ms, search to shown results {m['search_to_results_ms_median']:.1f} ms")
            lines.append(dict(name=f"search query {size}", **m))
    if args.json:
        with open(args.json, "a", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, sort_keys=True) + "\n")


SITE_YML = "title: Q.One Newsroom\nurl: https://news.example.com/\nlanguage: de\n"


def timed_build(zeche, source, output, runs):
    """Median wall and CPU time in ms of RUNS cold `zeche build` runs (`--no-cache`, a fresh
    output each time), so that the build cache of one run does not make the next cheaper."""
    import resource, time
    walls, cpus = [], []
    for _ in range(runs):
        shutil.rmtree(output, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([zeche, "build", "--quiet", "--no-cache", "--source", source, "--output", output], check=True)
        walls.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def output_folder(dir, size):
    """Where a built site goes: on a tmpfs when the machine has one, as `make bench` writes its
    outputs, so that the disk's speed at creating files does not decide the figure."""
    parent = os.path.join("/dev/shm", "zeche-search-bench")
    if not (os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK)):
        parent = dir
    os.makedirs(parent, exist_ok=True)
    return os.path.join(parent, f"built-{size}")


def built_sites(args):
    """The index as `zeche build` writes it, measured on the theme's search page."""
    zeche = os.path.abspath(args.built)
    os.makedirs(args.dir, exist_ok=True)
    lines = []
    for size in [s for s in args.sizes.split(",") if s]:
        source = corpus(int(size), args.dir)
        # The generator's tiny JPEG lacks three bytes, and zeche build refuses it (see bench.sh).
        images = os.path.join(source, "Content", "images")
        for name in os.listdir(images) if os.path.isdir(images) else []:
            shutil.copyfile(os.path.join(ROOT, "scripts", "bench", "corpus-image.jpg"), os.path.join(images, name))
        shutil.rmtree(os.path.join(source, "Templates"), ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "Templates"), os.path.join(source, "Templates"))
        site = output_folder(args.dir, size)
        with open(os.path.join(source, "site.yml"), "w", encoding="utf-8") as f:
            f.write(SITE_YML + "search: false\n")
        without, without_cpu = timed_build(zeche, source, site, args.runs)
        with open(os.path.join(source, "site.yml"), "w", encoding="utf-8") as f:
            f.write(SITE_YML)
        with_search, with_cpu = timed_build(zeche, source, site, args.runs)
        raw, packed, files, by_kind = index_sizes(os.path.join(site, "search"))
        print(f"== {size} articles built by zeche, cold: {with_search:.0f} ms ({with_cpu:.0f} ms of CPU) with search, "
              f"{without:.0f} ms ({without_cpu:.0f} ms) without (median of {args.runs}); "
              f"index {files} files, {raw / 1e6:.2f} MB raw, {packed / 1e6:.2f} MB gzip")
        for kind, (kind_raw, kind_packed, kind_files) in sorted(by_kind.items()):
            print(f"   {kind:17} {kind_files:5} files {kind_raw / 1e6:8.2f} MB raw {kind_packed / 1e6:7.2f} MB gzip")
        lines.append({"name": f"search built site {size}", "build_ms": with_search, "build_ms_without_search": without,
                      "build_cpu_ms": with_cpu, "build_cpu_ms_without_search": without_cpu,
                      "files": files, "bytes_raw": raw, "bytes_gzip": packed})
        for m in browser_measurements(site, QUERIES, page="/suche/") or []:
            print(f"   {m['query']!r:22} {m['hits']:6} hits  first result {m['first_result_gzip'] / 1000:6.1f} KB gzip, "
                  f"first page {m['first_page_gzip'] / 1000:6.1f} KB in {m['files_first_page']} files; "
                  f"search {m['search_ms_median']:.1f} ms, search to shown results {m['search_to_results_ms_median']:.1f} ms")
            lines.append(dict(name=f"search built query {size}", **m))
    if args.json:
        with open(args.json, "a", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
