"""A picture of a `kg viz` page as it opens in headless Chromium: how the screenshots under
docs/ are made, so they can be made again after a change.

    .venv/bin/kg viz out --out /tmp/page.html
    .venv/bin/python scripts/screenshot.py /tmp/page.html docs/seeds-page.png
    # a page drawn --around an official: his panel open beside the drawing
    .venv/bin/python scripts/screenshot.py /tmp/v.html docs/viz-around.png --open-centre

Needs Debian's chromium and chromium-driver and selenium (the test extra).
"""
from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from selenium import webdriver

FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-quic")


def browser(width: int, height: int) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (*FLAGS, f"--window-size={width},{height}"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--size", default="1400,900", help="the window, WIDTH,HEIGHT")
    parser.add_argument("--open-centre", action="store_true",
                        help="open the panel of the official the page is drawn around (kg viz --around)")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split(","))
    driver = browser(width, height)
    try:
        driver.get(args.page.resolve().as_uri())
        time.sleep(1)  # the page lays itself out on load; give its first frame time to paint
        if args.open_centre:
            driver.execute_script("const n = window.dangkg.cy.nodes('.centre'); if (n.length) n.emit('tap');")
            time.sleep(0.5)
        driver.save_screenshot(str(args.png))
    finally:
        driver.quit()
    print(f"{args.png}: {args.png.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
