#!/usr/bin/env python3
"""search_page_test.py SITE EXPECTATIONS [AXE]

Drives the search page of a site Zeche built with its default theme (SearchPageBrowserTests
builds the sample newsroom) in headless Chromium with selenium. EXPECTATIONS holds the search
page's path and, per query, the URL of the first result and the number of results as the
Swift reader finds them in the same index. Checks that

  1. typing a query on the search page shows the expected article first, the count in the
     live region, and the matched words in <mark>;
  2. `Muller` finds Doreen Müller's articles; the query goes into the URL (?q=), and opening
     that URL restores the results;
  3. the keyboard works: arrow down from the field to the results and between them, arrow
     up back to the field, Escape clears the query;
  4. the header field of another page sends its query to the search page;
  5. with AXE (axe.min.js), axe-core finds no violation on the search page with results;
  6. no request leaves the site's origin.

Prints one line per check; exit status 0 when every check passed, 1 otherwise.
"""
import json, os, sys, urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from browser_check import check, chromium, failures, serve  # noqa: E402
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

SITE, EXPECTATIONS = sys.argv[1:3]
AXE = sys.argv[3] if len(sys.argv) > 3 else None
expected = json.load(open(EXPECTATIONS, encoding="utf-8"))
page = expected["page"]

origin = serve(SITE)
driver = chromium()
wait = WebDriverWait(driver, 15)
requested = []


def collect_requests():
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])


def field():
    return driver.find_element(By.CSS_SELECTOR, "[data-zeche-search] input[type=search]")


def results():
    return driver.find_elements(By.CSS_SELECTOR, ".search-result__link")


def status():
    return driver.find_element(By.CSS_SELECTOR, "[data-search-status]").text


def wait_for_count(count):
    """Waits until the live region announces COUNT results (or none)."""
    try:
        wait.until(lambda d: status() and (len(results()) == min(count, 10) if count else not results()))
    except Exception:
        pass


def type_query(text):
    """Empties the field as a reader would (the results go), then types TEXT."""
    box = field()
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    wait.until(lambda d: not results() and status() == "")
    box.send_keys(text)


def path_of(link):
    return urllib.parse.urlsplit(link.get_attribute("href")).path


try:
    driver.get(origin + page)
    wait.until(lambda d: d.execute_script("return !!window.ZecheSearch"))

    # 1. Typing shows the expected article first, the count, the matched words.
    for query in expected["queries"]:
        want = expected["queries"][query]
        type_query(query)
        wait_for_count(want["count"])
        links = results()
        check(f"typing {query!r} shows {want['count']} results", len(links) == min(want["count"], 10), f"{len(links)}: {status()!r}")
        if links:
            check(f"typing {query!r} shows {want['first']} first", path_of(links[0]) == want["first"], path_of(links[0]))
        check(f"the live region announces the count of {query!r}", str(want["count"]) in status(), status())
        marks = driver.find_elements(By.CSS_SELECTOR, ".search-result mark")
        check(f"the words of {query!r} are marked", bool(marks) or not links)
    check("the live region is polite", driver.find_element(By.CSS_SELECTOR, "[data-search-status]").get_attribute("aria-live") == "polite")

    # 2. Muller, the query in the URL, and the URL restoring the results.
    type_query("Muller")
    mueller = expected["mueller"]
    wait_for_count(len(mueller))
    found = sorted(path_of(link) for link in results())
    check("'Muller' finds Doreen Müller's articles", found == sorted(mueller), f"{found} != {sorted(mueller)}")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query).get("q")
    check("the query is in the URL", query == ["Muller"], driver.current_url)
    driver.get(origin + page + "?q=Muller")
    wait.until(lambda d: d.execute_script("return !!window.ZecheSearch"))
    wait_for_count(len(mueller))
    check("opening ?q=Muller restores the field and the results",
          field().get_attribute("value") == "Muller" and sorted(path_of(link) for link in results()) == sorted(mueller))

    # 3. Keyboard.
    field().send_keys(Keys.ARROW_DOWN)
    links = results()
    active = driver.switch_to.active_element
    check("arrow down moves from the field to the first result", bool(links) and active == links[0])
    if len(links) > 1:
        active.send_keys(Keys.ARROW_DOWN)
        check("arrow down moves to the next result", driver.switch_to.active_element == links[1])
        driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    check("arrow up from the first result goes back to the field", driver.switch_to.active_element == field())
    field().send_keys(Keys.ESCAPE)
    wait.until(lambda d: not results())
    check("Escape clears the query and the results", field().get_attribute("value") == "" and not results() and status() == "")

    # 5. axe-core on the page with results.
    if AXE:
        type_query("Digitalisierung")
        wait.until(lambda d: results())
        driver.execute_script(open(AXE, encoding="utf-8").read())
        report = driver.execute_async_script("const done = arguments[0]; axe.run(document).then(done, (e) => done({error: String(e)}));")
        violations = report.get("violations", [])
        check("axe-core finds no violation on the search page with results", "error" not in report and not violations,
              report.get("error") or "; ".join(f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in violations))
    else:
        print("skip axe-core: no axe.min.js given")

    # 4. The header field of another page.
    driver.get(origin + "/")
    header = driver.find_element(By.CSS_SELECTOR, ".header-search input[type=search]")
    header.send_keys("Muller")
    header.send_keys(Keys.ENTER)
    wait.until(lambda d: urllib.parse.urlsplit(d.current_url).path == page)
    wait_for_count(len(mueller))
    check("the header field sends its query to the search page",
          sorted(path_of(link) for link in results()) == sorted(mueller), driver.current_url)

    collect_requests()
    foreign = [url for url in requested if not url.startswith(origin) and not url.startswith(("data:", "about:"))]
    check(f"no request leaves the site ({len(requested)} requests)", not foreign, "; ".join(foreign[:5]))
finally:
    driver.quit()

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
