"""A real browser (Debian's chromium, driven by Playwright) on the running server: the query page
runs a named query in YASGUI (and in the plain-textarea fallback when YASGUI cannot load), and the
trace page shows the chain of an item of the 2013 agenda with its quotes and its picture.

Screenshots go to the test's temporary directory, or to $MANDATEGRAPH_SCREENSHOTS when set."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mandategraph.query import named_queries
from mandategraph.render import trace_dict
from mandategraph.server.worker import picture_function
from mandategraph.trace import trace_item

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ITEM = "CTOC/COP/WG.7/2013/1 item 2"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: run .ci/setup-test (it installs Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    directory = Path(os.environ.get("MANDATEGRAPH_SCREENSHOTS") or tmp_path)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:"))
            else outside.append(r.url))
    yield page
    context.close()
    assert outside == [], "the pages must not fetch anything from other hosts"


def test_query_page_runs_a_named_query_in_yasgui(server, page, shots):
    queries = {q.name: q for q in named_queries()}
    name = "mandate-chain" if "mandate-chain" in queries else sorted(queries)[0]
    page.goto(server.base + "/query")
    page.wait_for_selector("body[data-editor=yasgui]")
    page.click(f"a.named-query[data-name='{name}']")
    page.wait_for_selector(".yasr .dataTable tbody tr, .yasr .CodeMirror, .yasr .errorResult",
                           timeout=30000)
    page.screenshot(path=str(shots / "query.png"))
    editor = page.evaluate("document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()")
    assert editor == queries[name].text
    assert page.locator(".yasr .errorResult").count() == 0
    assert page.locator(".yasr .dataTable tbody tr").count() > 0
    assert f"name={name}" in page.url  # the address bar is the shareable link


def test_query_page_falls_back_to_a_textarea(server, page, shots):
    page.route("**/static/yasgui/**", lambda route: route.abort())
    page.goto(server.base + "/query?name=" + sorted(q.name for q in named_queries())[0])
    page.wait_for_selector("body[data-editor=textarea]")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr, #results .error", timeout=30000)
    page.screenshot(path=str(shots / "query-fallback.png"))
    assert page.locator("#results .error").count() == 0
    assert page.locator("#results table tbody tr").count() > 0


def test_trace_page_shows_the_chain(server, store, page, shots):
    expected = trace_dict(trace_item(store, ITEM))
    page.goto(server.base + "/trace")
    page.fill("#item", ITEM)
    page.click("form.trace-form button")
    page.wait_for_selector("#trace")
    page.screenshot(path=str(shots / "trace.png"), full_page=True)
    text = page.inner_text("#trace")
    assert expected["item"]["label"] in text
    labels = [h.target.label for h in _walk(trace_item(store, ITEM).hops)]
    assert labels and all(label in text for label in labels)
    quotes = [e["quote"] for h in expected["hops"] for e in h["evidence"] if e["quote"]]
    assert quotes and all(q in text for q in quotes)
    if picture_function() is not None:
        assert page.locator("#trace-picture svg").count() == 1
    if os.environ.get("MANDATEGRAPH_SCREENSHOTS"):
        shutil.copy(shots / "trace.png", shots / "trace-latest.png")


def _walk(hops):
    for hop in hops:
        yield hop
        yield from _walk(hop.children)


SESSION = "https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2"


def _fits(page) -> None:
    """Nothing stretches the page sideways (wrapped tables, long IRIs)."""
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_home_page_from_bodies_to_an_agenda(server, page, shots):
    page.goto(server.base + "/")
    page.screenshot(path=str(shots / "home.png"))
    _fits(page)
    assert "Working Group on the Smuggling of Migrants" in page.inner_text("main")
    page.click(f"a[href='/agenda?session={SESSION.replace(':', '%3A')}']")
    page.wait_for_selector("ol.agenda")
    assert page.url.endswith("/agenda?session=" + SESSION.replace(":", "%3A"))


def test_agenda_page(server, page, shots):
    page.goto(server.base + "/agenda?session=" + SESSION)
    page.wait_for_selector("ol.agenda")
    page.screenshot(path=str(shots / "agenda.png"), full_page=True)
    _fits(page)
    numbers = page.locator("main > ol.agenda > li > .item-head .number").all_inner_texts()
    assert numbers[:4] == ["1.", "2.", "3.", "4."]
    assert page.locator("p.grounding q").count() > 0
    page.click("#item-2 a.trace-link")
    page.wait_for_selector("#trace")
    page.screenshot(path=str(shots / "trace-from-agenda.png"), full_page=True)


def test_mandate_page(server, page, shots):
    page.goto(server.base + "/id/resolution/ctoc-cop/6/3")
    page.wait_for_selector("#evidence")
    page.screenshot(path=str(shots / "mandate.png"), full_page=True)
    _fits(page)
    assert page.locator("#evidence blockquote").count() > 0


def test_mandates_index_page(server, page, shots):
    page.goto(server.base + "/mandates")
    page.screenshot(path=str(shots / "mandates.png"))
    _fits(page)
    assert page.locator("table.mandates tbody tr").count() > 20


def test_search_page(server, page, shots):
    page.goto(server.base + "/")
    page.fill("header form.search input[name=q]", "special investigative techniques")
    page.click("header form.search button")
    page.wait_for_selector("#hits")
    page.screenshot(path=str(shots / "search.png"))
    _fits(page)
    assert page.locator("#hits mark").count() > 0


def test_query_page_shows_an_error(server, page, shots):
    page.goto(server.base + "/query")
    page.wait_for_selector("body[data-editor=yasgui]")
    page.evaluate("document.querySelector('.yasqe .CodeMirror').CodeMirror"
                  ".setValue('SELECT * WHERE { ?s ?p ')")
    page.click(".yasqe .yasqe_queryButton")
    page.wait_for_selector(".yasr .errorResult", timeout=30000)
    page.screenshot(path=str(shots / "query-error.png"))
    assert "could not be parsed" in page.inner_text(".yasr .errorResult")
