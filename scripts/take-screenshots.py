#!/usr/bin/env python3
"""take-screenshots.py [ZECHE] [OUT_DIR]

Takes the README's screenshots of the sample newsroom (docs/screenshots/ by default): builds
the site, serves it on 127.0.0.1 and photographs pages in headless Chromium through Selenium
(as check-accessibility.py does): the article, the index, the article on a phone, the article
in dark mode, the press release on a desktop and a phone; and prints the press release on A4
(--print-to-pdf), turned into one PNG of its pages side by side with pdftoppm.

  apt-get install chromium chromium-driver poppler-utils imagemagick; pip install selenium

Look at every PNG before you commit it.
"""
import base64
import functools
import glob
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZECHE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/zeche")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "docs/screenshots")
ARTICLE = "/2026/11/austausch-zu-den-chancen-der-digitalisierung/"
RELEASE = "/2026/11/code-ist-die-neue-kohle/"
RELEASE_EN = "/en/2026/11/code-is-the-new-coal/"

# name, page, width, height (None: the whole page), colour scheme
SHOTS = [
    ("article.png", ARTICLE, 1280, None, "light"),
    ("index.png", "/", 1280, None, "light"),
    ("article-phone.png", ARTICLE, 390, 844 * 3, "light"),
    ("article-dark.png", ARTICLE, 1280, 1600, "dark"),
    ("index-phone-dark.png", "/", 390, 844 * 2, "dark"),
    ("press-release.png", RELEASE, 1280, None, "light"),
    ("press-release-phone.png", RELEASE, 390, 844 * 2, "light"),
    # The language switcher: the English press release beside the German one's header.
    ("languages-release-en.png", RELEASE_EN, 1280, 900, "light"),
    ("languages-release-phone.png", RELEASE_EN, 390, 844, "light"),
]


def main():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    work = tempfile.mkdtemp(prefix="zeche-shots-")
    output = os.path.join(work, "Output")
    subprocess.run([ZECHE, "build", "--quiet", "--source", ROOT, "--output", output], check=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=output))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        for name, page, width, height, scheme in SHOTS:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            metrics = {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500}
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            driver.get(base + page)
            driver.execute_script("return document.fonts.ready")
            full = driver.execute_script("return document.documentElement.scrollHeight")
            metrics["height"] = min(full, height) if height else full
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
            with open(os.path.join(OUT, name), "wb") as handle:
                handle.write(base64.b64decode(shot["data"]))
            print(f"wrote {name} ({width}×{metrics['height']})")
        # Print: A4 as Chromium prints it, every page side by side.
        pdf = os.path.join(work, "release.pdf")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", base + RELEASE], check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, os.path.join(work, "page")], check=True)
        pages = sorted(glob.glob(os.path.join(work, "page*.png")))
        subprocess.run(["convert", *pages, "-bordercolor", "#9aa3ad", "-border", "1", "+append",
                        os.path.join(OUT, "press-release-print.png")], check=True)
        print(f"wrote press-release-print.png ({len(pages)} A4 pages)")
    finally:
        driver.quit()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    main()
