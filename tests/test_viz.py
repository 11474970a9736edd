"""kg viz: one offline page and a PNG; the page opened in headless Chromium."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.network.facts import Fact, GraphFacts, Link, Node
from kg.viz.draw import official_around
from kg.viz.page import render_page
from kg.viz.picture import draw_figure
from kg.person.names import NoMatch
from kg.viz.select import NameAmbiguous, around, best_connected, find_official
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
    iri, other = "https://w3id.org/dangkg/id/person/x", "https://w3id.org/dangkg/id/org/y"
    hostile = "</script><script>document.title='owned'</script><!--"
    facts = GraphFacts({iri: Node(iri, "official", hostile, facts=[Fact(hostile, "a.txt", (hostile,))]),
                        other: Node(other, "body", "B")}, [Link(iri, other, "holds_post", hostile)])
    html = render_page(best_connected(facts, 10), facts, "t")
    assert hostile not in html
    data = html.split('<script type="application/json" id="data">', 1)[1].split("</script>", 1)[0]
    assert "<\\/script>" in data


PERSON, ORG = "https://w3id.org/dangkg/id/person/", "https://w3id.org/dangkg/id/org/"


def small_graph() -> GraphFacts:
    """A star of five (a body and four officials, one of them also in a second body), a
    pair, three nodes without links, and two officials of one name."""
    nodes = {PERSON + f"p{i}": Node(PERSON + f"p{i}", "official", f"Nguyễn Văn {name}")
             for i, name in enumerate(["An", "Bình", "Chiến", "Dũng", "Em", "Giang", "Hà", "Hà"])}
    nodes.update({ORG + name: Node(ORG + name, "body", f"Bộ {name}") for name in ("A", "B", "C")})
    links = [Link(PERSON + f"p{i}", ORG + "A", "holds_post", "Thứ trưởng") for i in range(4)]
    links += [Link(PERSON + "p3", ORG + "B", "holds_post", "Bộ trưởng"), Link(PERSON + "p4", ORG + "C", "holds_post")]
    return GraphFacts(dict(sorted(nodes.items())), links)


def test_a_large_graph_draws_its_largest_parts_and_says_what_it_cut():
    facts = small_graph()
    picture = best_connected(facts, 6)
    assert {n.label for n in picture.nodes} == {"Nguyễn Văn An", "Nguyễn Văn Bình", "Nguyễn Văn Chiến",
                                                "Nguyễn Văn Dũng", "Bộ A", "Bộ B"}
    assert picture.cut == ("2 nodes in 1 smaller parts not linked to the drawn ones: over --max-nodes 6",
                           "3 nodes without any link")
    # a part larger than --max-nodes: its best-connected nodes, still connected
    cut = best_connected(facts, 3)
    assert {n.label for n in cut.nodes} == {"Bộ A", "Nguyễn Văn Dũng", "Bộ B"}
    assert cut.cut[0].startswith("3 nodes of the largest connected part (6 nodes), the least connected")


def test_an_official_is_found_by_his_name_folded_or_told_ambiguous_or_missing():
    facts = small_graph()
    assert find_official(facts, "  nguyen van   DUNG ").iri == PERSON + "p3"
    with pytest.raises(NameAmbiguous) as ambiguous:
        find_official(facts, "Nguyễn Văn Hà")
    assert [n.iri for n in ambiguous.value.officials] == [PERSON + "p6", PERSON + "p7"]
    assert find_official(facts, PERSON + "p7").label == "Nguyễn Văn Hà"  # a namesake by his IRI
    assert find_official(facts, "Văn Dũng").iri == PERSON + "p3"  # a run of his name's words
    with pytest.raises(NoMatch) as missing:
        find_official(facts, "Nguyễn Văn Dung X")
    assert missing.value.near[0] == "Nguyễn Văn Dũng"
    # a body is not an official
    with pytest.raises(NoMatch):
        find_official(facts, "Bộ A")


def test_around_draws_the_nodes_within_depth_links():
    facts = small_graph()
    dung = facts.nodes[PERSON + "p3"]
    near = around(facts, dung, 1, 100)
    assert {n.label for n in near.nodes} == {"Nguyễn Văn Dũng", "Bộ A", "Bộ B"} and near.centre == dung.iri
    assert near.cut == ("8 nodes more than 1 link away (--depth 1)",)
    assert len(around(facts, dung, 2, 100).nodes) == 6
    # over --max-nodes: the nearest first
    assert {n.label for n in around(facts, dung, 2, 3).nodes} == {"Nguyễn Văn Dũng", "Bộ A", "Bộ B"}


def test_namesakes_exit_2_listing_them_and_no_such_name_exits_1(capsys):
    with pytest.raises(SystemExit) as done:
        official_around(small_graph(), "nguyen van ha", 2, 100)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "2 officials match" in err and PERSON + "p6" in err and PERSON + "p7" in err
    with pytest.raises(SystemExit) as done:
        official_around(small_graph(), "Nguyen Van Dzung", 2, 100)
    assert done.value.code == 1 and "Nguyễn Văn Dũng" in capsys.readouterr().err


def test_the_picture_names_its_hubs_without_overlaps():
    import matplotlib.pyplot as plt

    # a crowded star: a body and forty officials with long names, two of them in a second body
    body, other = ORG + "A", ORG + "B"
    nodes = {body: Node(body, "body", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             other: Node(other, "body", "Bộ Chính trị")}
    people = [PERSON + f"p{i:02}" for i in range(40)]
    nodes.update({p: Node(p, "official", f"Nguyễn Văn Trường Giang Số {i}") for i, p in enumerate(people)})
    links = [Link(p, body, "holds_post") for p in people] + [Link(p, other, "holds_post") for p in people[:2]]
    facts = GraphFacts(nodes, links)
    fig = draw_figure(around(facts, facts.nodes[body], 2, 100), "t")
    renderer = fig.canvas.get_renderer()
    boxes = {t.get_text(): t.get_window_extent(renderer) for t in fig.axes[0].texts}
    plt.close(fig)
    assert "Ban Chấp hành Trung ương Đảng Cộng sản …" in boxes and "Bộ Chính trị" in boxes and len(boxes) > 10
    names = sorted(boxes)
    assert not [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if boxes[a].overlaps(boxes[b])]


def page_data(page: Path) -> dict:
    html = page.read_text("utf-8")
    return json.loads(html.split('<script type="application/json" id="data">', 1)[1].split("</script>", 1)[0])


def test_the_page_indexes_every_node_and_link(seeds_build, tmp_path):
    out, _ = seeds_build
    page = tmp_path / "p.html"
    result = CliRunner().invoke(main, ["viz", str(out), "--out", str(page), "--max-nodes", "10"])
    assert result.exit_code == 0, result.output
    assert "10 of " in result.output and "left out: " in result.output and "without any link" in result.output
    data = page_data(page)
    assert len(data["nodes"]) == 10 and data["cut"] and len(data["index"]["labels"]) == data["total_nodes"]
    assert len(data["index"]["kinds"]) == data["total_nodes"] and len(data["index"]["links"]) % 4 == 0
    assert len(data["index"]["links"]) // 4 > len(data["links"])


def test_around_on_the_seeds(seeds_build, tmp_path):
    out, _ = seeds_build
    page = tmp_path / "a.html"
    result = CliRunner().invoke(main, ["viz", str(out), "--around", "nguyen van THANH", "--depth", "1",
                                       "--out", str(page)])
    assert result.exit_code == 0, result.output
    data = page_data(page)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels[data["centre"]] == "Nguyễn Văn Thành"
    # the drawing is he and the nodes one link from him: every link drawn touches him
    assert len(labels) > 1 and all(data["centre"] in (k["s"], k["t"]) for k in data["links"])
    assert all(n["named"] for n in data["nodes"])
    missing = CliRunner().invoke(main, ["viz", str(out), "--around", "Nobody Xyz", "--out", str(page)])
    assert missing.exit_code == 1 and "no official's name matches" in missing.output


@pytest.mark.parametrize("name, start", [("p.svg", b"<?xml"), ("p.png", b"\x89PNG"), ("P.HTML", b"<!DOCTYPE html>")])
def test_out_extension_chooses_what_is_written(seeds_build, tmp_path, name, start):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["viz", str(out), "--out", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    written = (tmp_path / name).read_bytes()
    assert written.startswith(start) and (b"<svg" in written if name.endswith(".svg") else True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_an_unknown_out_extension_is_a_usage_error(seeds_build, tmp_path):
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["viz", str(out), "--out", str(tmp_path / "x.txt")])
    assert result.exit_code == 2 and ".html" in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


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
    assert chairs <= set(labels)  # the seeds' chairs are all in their linked parts
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
        .map(n => window.dangkg.data.nodes.find(d => String(d.id) === n.id()).years)""")
    assert shown and all(years[0] in ys for ys in shown)
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR", "WARNING")] == []


def test_the_page_opens_named_and_its_search_brings_in_what_was_cut(browser, seeds_build, tmp_path):
    out, _ = seeds_build
    page = tmp_path / "cut.html"
    assert CliRunner().invoke(main, ["viz", str(out), "--out", str(page), "--max-nodes", "12"]).exit_code == 0
    browser.get(page.as_uri())
    # at the opening zoom the best-connected nodes are named, in letters a reader can read
    named = browser.execute_script("""return window.dangkg.cy.nodes('[?named]').map(n =>
        [n.data('label'), parseFloat(n.renderedStyle('font-size'))])""")
    assert len(named) >= 5 and all(label and size >= 11 for label, size in named)
    assert "left out" in browser.find_element("id", "cut").text
    # a node the drawing left out: the search finds it, says so, and draws it with its neighbours
    data = page_data(page)
    drawn = {n["id"] for n in data["nodes"]}
    links = data["index"]["links"]
    outside = next(s for s, t in zip(links[0::4], links[1::4]) if s not in drawn and t not in drawn)
    name = data["index"]["labels"][outside]
    found = browser.execute_script("return window.dangkg.find(arguments[0])", name)
    assert outside in found
    browser.execute_script("window.dangkg.focus(arguments[0])", outside)
    assert "found outside the drawing" in browser.find_element("id", "panel").text
    neighbours = browser.execute_script("return window.dangkg.cy.getElementById(String(arguments[0]))"
                                        ".neighborhood('node').length", outside)
    assert neighbours >= 1
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR", "WARNING")] == []


def test_the_around_page_opens_on_the_official_named(browser, seeds_build, tmp_path):
    out, _ = seeds_build
    page = tmp_path / "around.html"
    result = CliRunner().invoke(main, ["viz", str(out), "--around", "Nguyễn Văn Thành", "--out", str(page)])
    assert result.exit_code == 0, result.output
    browser.get(page.as_uri())
    centre = browser.execute_script("""const n = window.dangkg.cy.nodes('.centre'); const b = n.renderedBoundingBox();
        const c = window.dangkg.cy; return [n.data('label'), n.data('named'), b.x1 > 0 && b.x2 < c.width()
        && b.y1 > 0 && b.y2 < c.height()]""")
    assert centre == ["Nguyễn Văn Thành", True, True]
