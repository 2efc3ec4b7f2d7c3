#!/usr/bin/env python3
"""search_browser_test.py SITE EXPECTATIONS WORDLIST

Runs Zeche's search client in headless Chromium (selenium and chromedriver) against the index
that BrowserTests.swift wrote: SITE/index.html is the test page, SITE/assets/search.js the
client, SITE/search/ the index of 1,000 generated articles. Checks that

  1. every line of WORDLIST (Fixtures/analysis.tsv) gives the same terms in JavaScript as Swift;
  2. the client ranks the queries of EXPECTATIONS exactly as the Swift reference reader does;
  3. typing a word shows the expected article first, `Muller` finds Doreen Müller's articles,
     the URL query (`?q=`, filters) restores the results, the keyboard and the live region work;
  4. no request leaves the page's origin, and the first result of a query needs at most the
     expected bytes of index, gzip-compressed (level 6, as web servers do).

Prints one line per check; exit status 0 when every check passed, 1 otherwise.
"""
import gzip, json, os, sys, urllib.parse

import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from browser_check import check, chromium, failures, serve  # noqa: E402
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

SITE, EXPECTATIONS, WORDLIST = sys.argv[1:4]
expected = json.load(open(EXPECTATIONS, encoding="utf-8"))

origin = serve(SITE)
driver = chromium()
requested = []


def collect_requests():
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])


def wait(condition, timeout=10):
    try:
        return WebDriverWait(driver, timeout).until(lambda d: condition())
    except Exception:
        return None


def links():
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".search-result__link")]


def status():
    return driver.find_element(By.CSS_SELECTOR, "[data-search-status]").text


def count_text(n):
    return "1 Ergebnis" if n == 1 else f"{n:,} Ergebnisse".replace(",", ".")


def open_page(query=""):
    driver.get(origin + "/" + query)
    wait(lambda: driver.execute_script("return !!window.ZecheSearch"))


try:
    # 1. The word list: JavaScript against the terms Swift's tests expect.
    open_page()
    lines = []
    for number, line in enumerate(open(WORDLIST, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            language, text, terms = line.split("\t")
            lines.append({"line": number, "language": language, "text": text, "terms": terms.split()})
    results = driver.execute_async_script("""
        const [lines, done] = arguments;
        fetch('/search/manifest.json').then(r => r.json()).then(m => done(lines.map(l =>
            ZecheSearch.terms(l.text, m.languages[l.language]))));""", lines)
    mismatches = [f"analysis.tsv:{l['line']}: {l['text']!r} gave {r} in JavaScript, {l['terms']} expected"
                  for l, r in zip(lines, results) if r != l["terms"]]
    check(f"search.js gives the terms of all {len(lines)} lines of the word list", not mismatches, "; ".join(mismatches))

    # 2. Ranking: the client against the Swift reference reader.
    for query in expected["queries"]:
        result = driver.execute_async_script("""
            const [q, filters, done] = arguments;
            new ZecheSearch.Index('/search/').search(q, filters).then(r =>
                done({count: r.hits.length, top: r.hits.slice(0, 20).map(h => h.document), scores: r.hits.slice(0, 20).map(h => h.score)}),
                e => done({error: String(e)}));""", query["q"], query["filters"])
        same = result.get("count") == query["count"] and result.get("top") == query["top"] and result.get("scores") == query["scores"]
        check(f"{query['q']!r} {query['filters'] or ''} ranks {query['count']} results as Swift does", same,
              f"JavaScript {result}, Swift {query}")

    refused = driver.execute_script("""
        try { new ZecheSearch.Index('https://example.com/search/'); return false } catch (e) { return true }""")
    check("the client refuses an index on another host", refused)

    # 3. The page: typing, the URL, filters, keyboard, live region.
    open_page()
    field = driver.find_element(By.CSS_SELECTOR, "input[type=search]")
    typing = expected["typing"]
    field.send_keys(typing["query"])
    first = wait(lambda: links() and links()[0].endswith(typing["firstUrl"]) and status() == count_text(typing["count"]))
    check(f"typing {typing['query']!r} shows {typing['firstUrl']} first", bool(first), f"{links()[:3]} / {status()!r}")
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, ".search-result mark")]
    check("the matched words are highlighted", any("Innovationsschmiede" in m for m in marks), marks[:5])
    check("the query is in the URL", urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query).get("q") == [typing["query"]],
          driver.current_url)
    live = driver.find_element(By.CSS_SELECTOR, "[data-search-status]")
    check("a live region announces the result count",
          live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite" and status() == count_text(typing["count"]),
          f"{live.get_attribute('role')} {live.get_attribute('aria-live')} {status()!r}")
    field.send_keys(Keys.ENTER)
    wait(lambda: driver.current_url.endswith(typing["firstUrl"]))
    check("Enter opens the first result", driver.current_url.endswith(typing["firstUrl"]), driver.current_url)

    author = expected["author"]
    open_page()
    field = driver.find_element(By.CSS_SELECTOR, "input[type=search]")
    field.send_keys(author["query"])
    shown = wait(lambda: links() and links()[0].endswith(author["firstUrl"]) and status() == count_text(author["count"]))
    check(f"{author['query']!r} finds Doreen Müller's {author['count']} articles, newest first", bool(shown), f"{links()[:3]} {status()!r}")

    open_page("?q=" + urllib.parse.quote(author["query"]))
    restored = wait(lambda: links() and links()[0].endswith(author["firstUrl"]))
    value = driver.find_element(By.CSS_SELECTOR, "input[type=search]").get_attribute("value")
    check("the URL query restores the results", bool(restored) and value == author["query"], f"{value!r} {links()[:2]}")

    filtered = expected["filter"]
    open_page(f"?q={urllib.parse.quote(filtered['query'])}&section={urllib.parse.quote(filtered['section'])}")
    wait(lambda: status() == count_text(filtered["count"]) and len(driver.find_elements(By.CSS_SELECTOR, ".search-result__meta")) >= min(10, filtered["count"]))
    select = driver.find_element(By.CSS_SELECTOR, "select[name=section]")
    metas = [m.text for m in driver.find_elements(By.CSS_SELECTOR, ".search-result__meta")]
    check(f"the section filter from the URL shows the {filtered['count']} results of {filtered['section']}",
          select.get_attribute("value") == filtered["section"] and status() == count_text(filtered["count"])
          and metas and all(m.endswith(filtered["section"]) for m in metas), f"{status()!r} {metas[:3]}")
    years = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "select[name=year] option")]
    check("the year filter lists the archive's years, newest first", years[1:] == filtered["years"], years)

    field = driver.find_element(By.CSS_SELECTOR, "input[type=search]")
    result_links = driver.find_elements(By.CSS_SELECTOR, ".search-result__link")
    field.send_keys(Keys.ARROW_DOWN)
    on_first = driver.switch_to.active_element == result_links[0]
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    on_second = driver.switch_to.active_element == result_links[1]
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    back = driver.switch_to.active_element == field
    check("arrow keys move between the field and the results", on_first and on_second and back, (on_first, on_second, back))
    result_links[2].send_keys(Keys.ESCAPE)
    check("Escape in the results goes back to the field", driver.switch_to.active_element == field)
    more = driver.find_element(By.CSS_SELECTOR, ".search-more")
    more.click()
    shown = wait(lambda: len(links()) == min(20, filtered["count"]))
    on_eleventh = driver.switch_to.active_element == driver.find_elements(By.CSS_SELECTOR, ".search-result__link")[10]
    check("the more button shows ten more results and moves the focus to the first of them", bool(shown) and on_eleventh,
          f"{len(links())} shown, focus on the 11th: {on_eleventh}")
    field.send_keys(Keys.ESCAPE)
    cleared = wait(lambda: not links() and field.get_attribute("value") == "")
    check("Escape clears the query, the results and the URL", bool(cleared) and "q=" not in driver.current_url, driver.current_url)

    # An English page whose template replaces one text.
    page = open(os.path.join(SITE, "index.html"), encoding="utf-8").read()
    page = page.replace('<html lang="de">', '<html lang="en">').replace('data-index="/search/"', 'data-index="/search/" data-text-many="{n} hits"')
    open(os.path.join(SITE, "en.html"), "w", encoding="utf-8").write(page)
    driver.get(origin + "/en.html?q=" + urllib.parse.quote(author["query"]))
    english = wait(lambda: status() == f"{author['count']} hits")
    driver.get(origin + "/en.html?q=xylophon")
    nothing = wait(lambda: status() == "No results for “xylophon”")
    check("the page's language picks the texts, and data-text-* replaces them", bool(english) and bool(nothing), status())

    # 4. The bytes the first result needs, and every request of the session.
    for query in expected["budget"]["queries"]:
        driver.get("about:blank")
        collect_requests()
        requested_before = len(requested)
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        open_page()
        driver.find_element(By.CSS_SELECTOR, "input[type=search]").send_keys(query)
        wait(lambda: links())
        top = driver.execute_async_script("""
            const [q, done] = arguments;
            const index = new ZecheSearch.Index('/search/');
            index.search(q).then(r => done(r.hits.length ? [r.hits[0].document, index.m.documentChunk] : null));""", query)
        collect_requests()
        if not top:
            check(f"{query!r} has results", False, "none")
            continue
        paths = {urllib.parse.urlparse(u).path for u in requested[requested_before:]}
        needed = {p for p in paths if p == "/search/manifest.json" or p.startswith("/search/terms/") or p.startswith("/search/positions/")}
        needed.add(f"/search/docs/{top[0] // top[1]}.json")
        size = sum(len(gzip.compress(open(os.path.join(SITE, p.lstrip("/")), "rb").read(), 6)) for p in needed)
        check(f"the first result of {query!r} needs {size:,} bytes of index (gzip), at most {expected['budget']['bytes']:,}",
              size <= expected["budget"]["bytes"], sorted(needed))

    collect_requests()
    foreign = [u for u in requested if not u.startswith(origin) and not u.startswith(("data:", "about:"))]
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    foreign += [u for u in resources if not u.startswith(origin)]
    check(f"all {len(requested)} requests stayed on the page's origin", not foreign and len(requested) > 10, foreign[:5])
finally:
    driver.quit()

print(f"{len(failures)} of the checks failed" if failures else "all checks passed")
sys.exit(1 if failures else 0)
