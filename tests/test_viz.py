"""kg viz: one offline page and a PNG; the page opened in headless Chromium."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.network.facts import Fact, GraphFacts, Node
from kg.viz.page import choose, render_page
from conftest import gold_chairs, kg_in_new_process

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def seeds_page(seeds_build, tmp_path_factory) -> Path:
    out, _ = seeds_build
    page = tmp_path_factory.mktemp("viz") / "seeds.html"
    result = CliRunner().invoke(main, ["viz", str(out), "--out", str(page), "--png", "--title", "seeds"])
    assert result.exit_code == 0, result.output
    return page


def test_the_page_is_self_contained_and_the_png_a_picture(seeds_page):
    html = seeds_page.read_text("utf-8")
    # nothing fetched from a network: no external script, style, image or font
    for attr in ("src=\"http", "href=\"http", "url(http", "@import"):
        assert attr not in html, attr
    assert "cytoscape" in html and "Nguyễn Văn Thành" in html
    png = seeds_page.with_suffix(".png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


@pytest.mark.slow
def test_the_same_graph_gives_the_same_page(seeds_build, tmp_path):
    out, _ = seeds_build
    for name, seed in (("a", "1"), ("b", "2")):
        kg_in_new_process(["viz", str(out), "--out", str(tmp_path / f"{name}.html"), "--png"], seed)
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_article_text_cannot_end_the_pages_script():
    iri = "https://w3id.org/dangkg/id/person/x"
    hostile = "</script><script>document.title='owned'</script><!--"
    facts = GraphFacts({iri: Node(iri, "official", hostile, facts=[Fact(hostile, "a.txt", (hostile,))])}, [])
    html = render_page(choose(facts, 10), "t")
    assert hostile not in html
    data = html.split('<script type="application/json" id="data">', 1)[1].split("</script>", 1)[0]
    assert "<\\/script>" in data


def test_a_large_graph_is_cut_to_the_best_linked_nodes(seeds_build, tmp_path):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["viz", str(out), "--out", str(tmp_path / "p.html"), "--max-nodes", "10"])
    assert result.exit_code == 0 and "10 nodes" in result.output and "of " in result.output


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium chromium-driver; "
                    ".ci/run installs them)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is a test extra: pip install '.[test]'")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # the flags a closed network and a root user need; no background fetches at all
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


@pytest.mark.slow
def test_the_page_renders_in_chromium_with_the_seeds_officials(browser, seeds_page, request):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.get(seeds_page.as_uri())
    # keep a picture of the page as it opens (in pytest's cache folder, not the repository)
    shot = request.config.cache.mkdir("dangkg-viz") / "seeds-page.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    labels = browser.execute_script("return window.dangkg.cy.nodes().map(n => n.data('label'))")
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR", "WARNING")]
    assert errors == []
    assert len(labels) == browser.execute_script("return window.dangkg.data.nodes.length") > 20
    chairs = {name for name, _ in gold_chairs()}
    assert chairs <= set(labels)
    # the canvas drew something: rendered nodes have positions inside the view
    box = browser.execute_script("const b = window.dangkg.cy.elements().renderedBoundingBox(); return [b.w, b.h]")
    assert box[0] > 100 and box[1] > 100

    # a real click on a chair's node opens its facts with their evidence sentences
    chair = sorted(chairs)[0]
    x, y = browser.execute_script("""const n = window.dangkg.cy.nodes().filter(n => n.data('label') === arguments[0])[0];
        window.dangkg.cy.zoom(1.5); window.dangkg.cy.center(n);
        const p = n.renderedPosition(); const r = document.getElementById('graph').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];""", chair)
    ActionChains(browser).move_by_offset(x, y).click().perform()
    panel = browser.find_element(By.ID, "panel")
    assert panel.find_element(By.TAG_NAME, "h2").text == chair
    quotes = [q.text for q in panel.find_elements(By.TAG_NAME, "blockquote")]
    assert quotes and any(chair in q for q in quotes)
    assert "chủ trì" in panel.text.lower()

    # search without diacritics finds the name; filters hide a kind and the years not chosen
    search = browser.find_element(By.ID, "search")
    search.send_keys("nguyen van thanh")
    assert "Nguyễn Văn Thành" in browser.find_element(By.ID, "matches").text
    visible = "return window.dangkg.cy.nodes().filter(n => !n.hasClass('hidden')).map(n => n.data('kind'))"
    browser.find_element(By.CSS_SELECTOR, "input[data-kind='body']").click()
    kinds = browser.execute_script(visible)
    assert "body" not in kinds and "official" in kinds
    years = browser.execute_script("return window.dangkg.data.years")
    assert years
    browser.execute_script("window.dangkg.setYear(arguments[0])", years[0])
    shown = browser.execute_script("""return window.dangkg.cy.nodes().filter(n => !n.hasClass('hidden'))
        .map(n => window.dangkg.data.nodes.find(d => d.id === n.id()).years)""")
    assert shown and all(years[0] in ys for ys in shown)
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR", "WARNING")] == []
