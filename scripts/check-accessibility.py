#!/usr/bin/env python3
"""check-accessibility.py [ZECHE]

Runs axe-core (scripts/axe/axe.min.js, vendored) on every page type of the sample newsroom
built with the default theme: the home page, an article with a quote and a table, a press
release, a section, a category and its overview, a tag and its overview, an author and the
authors, the press contacts, a standalone page, the press kit and an album, the 404 page,
and the search page empty and with the results of a query. Each page is checked in the light
and the dark colour scheme, at 1280×800 and as a phone (390×844), through Selenium and
Debian's chromium-driver. Every violation is printed with its rule, the page and the element.
Last, the share links' "Link kopieren" button is clicked: the clipboard must hold the article's
address and the status line must say so.

Exit status 0 when no page has a violation and the copy works (or, with a message, when Chromium, its driver or
Selenium is missing: apt-get install chromium chromium-driver; pip install selenium), 1 otherwise.
"""
import functools
import hashlib
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZECHE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/zeche")
AXE = os.path.join(ROOT, "scripts/axe/axe.min.js")
AXE_SHA256 = "84494fec757e4710dc751c8d7a636e457f4532f08f85c86dc9070133fbff53bc"

PAGES = [
    "/",
    "/2026/11/austausch-zu-den-chancen-der-digitalisierung/",
    "/2026/09/q-one-nutzt-cloudloesung-von-amazon-web-services/",
    "/2026/11/code-ist-die-neue-kohle/",
    "/pressemitteilungen/",
    "/categories/",
    "/categories/digitalisierung/",
    "/tags/",
    "/tags/digitalisierung/",
    "/authors/",
    "/authors/doreen-mueller/",
    "/contacts/",
    "/impressum/",
    "/media/",
    "/media/logos/",
    "/404.html",
    "/suche/",
    # The search page with its results, filters and marked words (search.js).
    "/suche/?q=digitalisierung",
]
VIEWPORTS = [("desktop", 1280, 800, False), ("phone", 390, 844, True)]
SCHEMES = ["light", "dark"]
# WCAG 2.1 A and AA, and axe's best practices (landmarks, one h1, heading order, …).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def skip(reason):
    print(f"skipped: {reason}")
    sys.exit(0)


def main():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not browser:
        skip("chromium is not installed (apt-get install chromium)")
    if not driver_path:
        skip("chromedriver is not installed (apt-get install chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("Selenium is not installed (pip install selenium)")

    with open(AXE, "rb") as handle:
        axe = handle.read()
    if hashlib.sha256(axe).hexdigest() != AXE_SHA256:
        sys.exit(f"error: {AXE} is not the vendored axe-core 4.12.1 (see scripts/axe/README.md)")

    work = tempfile.mkdtemp(prefix="zeche-axe-")
    server = None
    driver = None
    try:
        output = os.path.join(work, "Output")
        build = subprocess.run([ZECHE, "build", "--quiet", "--source", ROOT, "--output", output],
                               capture_output=True, text=True)
        if build.returncode != 0:
            print(build.stdout + build.stderr)
            sys.exit("error: the sample site did not build")

        handler = functools.partial(QuietHandler, directory=output)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"

        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        driver.set_script_timeout(60)

        violations = 0
        runs = 0
        for name, width, height, mobile in VIEWPORTS:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
            for scheme in SCHEMES:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                    "features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for page in PAGES:
                    driver.get(base + page)
                    if "?q=" in page:
                        wait_for_results(driver)
                    driver.execute_script(axe.decode("utf-8"))
                    result = driver.execute_async_script(
                        "const done = arguments[arguments.length - 1];"
                        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        " targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))}))))"
                        ".catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), targets: []}]));",
                        TAGS)
                    runs += 1
                    for violation in result:
                        violations += 1
                        print(f"FAIL {page} ({name}, {scheme}): {violation['id']} ({violation['impact']}): {violation['help']}")
                        for target in violation["targets"][:5]:
                            print(f"       {target}")
        print(f"{runs} runs of axe-core 4.12.1 ({len(PAGES)} pages × {len(SCHEMES)} colour schemes × {len(VIEWPORTS)} widths): "
              f"{violations} violations")
        copied = check_copy_link(driver, base, PAGES[1])
        sys.exit(1 if violations or not copied else 0)
    finally:
        if driver:
            driver.quit()
        if server:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def wait_for_results(driver):
    """Waits until search.js has loaded the index and shown the query's results."""
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "return document.querySelectorAll('.search-result').length > 0"))


def check_copy_link(driver, base, page):
    """The share links' "Link kopieren" button (assets/share.js) puts the page's address on
    the clipboard and says so in the status line that screen readers announce."""
    from selenium.webdriver.common.by import By
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": base})
    driver.get(base + page)
    button = driver.find_element(By.CSS_SELECTOR, "button.share__link--copy")
    driver.execute_script("document.documentElement.style.scrollBehavior = 'auto';"
                          "arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    expected = driver.find_element(By.CSS_SELECTOR, "link[rel=canonical]").get_attribute("href")
    clipboard = driver.execute_async_script(
        "const done = arguments[0]; setTimeout(() => navigator.clipboard.readText().then(done, e => done(String(e))), 300);")
    status = driver.find_element(By.CSS_SELECTOR, ".share__status").text
    if clipboard != expected or not status:
        print(f"FAIL {page}: 'Link kopieren' copied {clipboard!r} (expected {expected!r}), status {status!r}")
        return False
    print(f"'Link kopieren' on {page} copied {clipboard} and said {status!r}")
    return True


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    main()
