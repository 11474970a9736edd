"""`kg serve`'s query page at / (its own script and style only, under a strict
Content-Security-Policy), CORS for the origins given with --cors only, and CSV/TSV answers
sent as UTF-8 text."""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from conftest import served
from kg import query as q
from kg import web
from kg.cli import main
from kg.serve import cors_origin, is_loopback_host

APP = "https://app.example"


def _fetch(url: str, method: str = "GET", headers: dict | None = None, data: bytes | None = None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def _root(endpoint: str) -> str:
    return endpoint.removesuffix("/query")


def test_the_page_is_a_form_with_the_bundled_queries_under_a_strict_policy(endpoint):
    status, headers, body = _fetch(_root(endpoint) + "/", headers={"Accept": "text/html,*/*;q=0.8"})
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    html = body.decode("utf-8")
    # nothing from elsewhere, no inline script or style: only the page's own two files
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert re.findall(r"<script[^>]*src=\"([^\"]+)\"", html) == ["page.js"] and "style=" not in html
    assert "<textarea" in html and "dkg:chair" in html  # the sample query, in the form
    data = re.search(r'<script type="application/json" id="bundled">(.*?)</script>', html, re.S).group(1)
    listed = json.loads(data)
    assert [x["name"] for x in listed] == sorted(q.bundled()) and all(x["text"] and x["about"] for x in listed)
    # a query that must be given a value says which, for the page to tell where it goes
    assert {x["name"]: x["needs"] for x in listed if x["needs"]} == {
        "careers": ["name"], "meetings-of": ["body"], "posts-of": ["name"]}
    for path, media in (("/page.js", "text/javascript"), ("/page.css", "text/css")):
        status, headers, body = _fetch(_root(endpoint) + path)
        assert status == 200 and headers["Content-Type"] == f"{media}; charset=utf-8" and body
        assert headers["X-Content-Type-Options"] == "nosniff"
    assert b"fetch(\"query\"" in _fetch(_root(endpoint) + "/page.js")[2]  # it asks this server's /query


def test_a_client_asking_for_json_at_the_root_gets_the_description(endpoint):
    status, headers, body = _fetch(_root(endpoint) + "/", headers={"Accept": "application/json"})
    assert status == 200 and json.loads(body)["service"].startswith("dangkg SPARQL endpoint")
    assert "store" not in json.loads(body)  # where the graph lies on disk is nobody's business


def test_a_server_on_loopback_answers_only_requests_addressed_to_loopback(endpoint):
    # a page whose own name was pointed at 127.0.0.1 (DNS rebinding) sends its own name
    query = endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"})
    for evil in ("attacker.example", "attacker.example:7878", "127.0.0.1.attacker.example", "[::1"):
        status, _, body = _fetch(query, headers={"Host": evil})
        assert status == 421 and b"loopback" in body, evil
    port = urllib.parse.urlsplit(endpoint).port
    for good in (f"127.0.0.1:{port}", f"localhost:{port}", "127.0.0.1"):
        assert _fetch(query, headers={"Host": good})[0] == 200, good


@pytest.mark.parametrize("header, loopback", [
    ("localhost", True), ("127.0.0.1:7878", True), ("127.8.9.1", True), ("[::1]:7878", True),
    ("LOCALHOST:80", True), ("example.org", False), ("localhost.example.org", False), ("[::1", False),
    ("127.0.0.1:notaport", False), ("", False)])
def test_a_host_header_is_parsed_to_tell_loopback(header, loopback):
    assert is_loopback_host(header) is loopback


def test_a_query_text_cannot_close_the_pages_data_block(monkeypatch):
    hostile = "# </script><script>alert(1)</script> & <!--\nSELECT * WHERE { ?s ?p ?o }"
    monkeypatch.setattr(web, "bundled", lambda: {"x": hostile})
    text = web.queries_json()
    assert "<" not in text and ">" not in text and json.loads(text)[0]["text"] == hostile


@pytest.mark.parametrize("accept, media", [("text/csv", "text/csv; charset=utf-8"),
                                           ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
                                           ("", "application/sparql-results+json")])
def test_answers_say_their_media_type_and_charset(endpoint, accept, media):
    url = endpoint + "?" + urllib.parse.urlencode({"query": q.query_text("people")})
    status, headers, body = _fetch(url, headers={"Accept": accept} if accept else {})
    assert status == 200 and headers["Content-Type"] == media
    if accept:
        assert "Nguyễn" in body.decode("utf-8") or "Lê" in body.decode("utf-8")


def test_no_origin_is_allowed_by_default(endpoint):
    status, headers, _ = _fetch(endpoint + "?query=ASK%7B%7D", headers={"Origin": APP})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = _fetch(endpoint, "OPTIONS", {"Origin": APP, "Access-Control-Request-Method": "POST"})
    assert status == 204 and "Access-Control-Allow-Origin" not in headers and "POST" in headers["Allow"]


def test_cors_allows_the_given_origin_only(seeds_build):
    with served(seeds_build[0], "--cors", APP + "/") as endpoint:
        status, headers, _ = _fetch(endpoint + "?query=ASK%7B%7D", headers={"Origin": APP})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == APP and headers["Vary"] == "Origin"
        preflight = {"Origin": APP, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type"}
        status, headers, body = _fetch(endpoint, "OPTIONS", preflight)
        assert status == 204 and body == b"" and headers["Access-Control-Allow-Origin"] == APP
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
        for other in ("https://evil.example", "null", APP + ":8443"):
            for method in ("GET", "OPTIONS"):
                status, headers, _ = _fetch(endpoint + "?query=ASK%7B%7D", method, {"Origin": other})
                assert status in (200, 204) and "Access-Control-Allow-Origin" not in headers
        # an update stays refused, whoever asks
        status, headers, _ = _fetch(endpoint, "POST", {"Origin": APP, "Content-Type": "application/sparql-update"},
                                    b"CLEAR ALL")
        assert status == 403 and headers["Access-Control-Allow-Origin"] == APP


@pytest.mark.parametrize("given, origin", [("https://App.Example/", APP), ("http://localhost:8080", "http://localhost:8080"),
                                           ("https://app.example:443", APP), ("http://[::1]:3000", "http://[::1]:3000")])
def test_an_origin_is_written_as_browsers_send_it(given, origin):
    assert cors_origin(given) == origin


@pytest.mark.parametrize("bad", ["*", "app.example", "https://app.example/path", "ftp://app.example",
                                 "https://user@app.example", "https://app.example?x=1", "https://app.example:99999"])
def test_what_is_no_origin_is_refused(bad, seeds_build):
    with pytest.raises(ValueError):
        cors_origin(bad)
    done = CliRunner().invoke(main, ["serve", str(seeds_build[0]), "--cors", bad, "--port", "0"])
    assert done.exit_code == 2 and "is not an origin" in done.output


@pytest.mark.slow
def test_the_page_runs_a_bundled_query_in_chromium(endpoint, seeds_build):
    """In a real browser, under the page's own policy: the bundled queries are listed, one
    click puts a query in the form, Run shows its answer as a table, and nothing is
    refused or fails (a blocked script or style would be logged)."""
    import shutil

    chromium, chromedriver = shutil.which("chromium") or shutil.which("chromium-browser"), shutil.which("chromedriver")
    if not (chromium and chromedriver):
        pytest.skip("headless Chromium is not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--no-first-run"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=chromedriver))
    try:
        driver.get(_root(endpoint) + "/")
        names = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#queries button")]
        assert names == sorted(q.bundled())
        driver.find_element(By.XPATH, "//nav//button[text()='who-chaired-what']").click()
        assert driver.find_element(By.ID, "query").get_attribute("value") == q.query_text("who-chaired-what")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results td"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
        assert len(rows) == len(q.run(seeds_build[0], "who-chaired-what").rows)
        assert "row(s)" in driver.find_element(By.ID, "status").text
        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR", "WARNING")]
        assert errors == []
    finally:
        driver.quit()
