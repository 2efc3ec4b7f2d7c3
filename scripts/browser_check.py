"""What the headless-Chromium checks share: a quiet static server for a built site, a
Chromium driver that logs every request, and `check` lines that count failures.

Imported by Tests/*/Browser/*.py; Python 3 and Selenium with Debian's chromium-driver.
"""
import functools, http.server, shutil, threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

failures = []


def check(description, condition, detail=""):
    """Prints one `ok` or `FAIL` line and remembers a failure."""
    print(("ok   " if condition else "FAIL ") + description + ("" if condition else f": {detail}"))
    if not condition:
        failures.append(description)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    """Serves `folder` on a free port of 127.0.0.1 in a thread; returns its origin."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def chromium(window="1200,900"):
    """A headless Chromium that keeps its network log (to prove no request leaves the site)."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--disable-background-networking", f"--window-size={window}", "--lang=de-DE"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    driver.set_script_timeout(30)
    return driver
