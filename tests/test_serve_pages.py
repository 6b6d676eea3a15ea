"""Linked Data at /id/..., the resource pages, the query page and the trace page of
`mandategraph serve`."""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from types import SimpleNamespace

import pytest
from markupsafe import escape
from rdflib import Graph, URIRef

from mandategraph.query import named_queries
from mandategraph.render import trace_dict
from mandategraph.server.pages import Pages
from mandategraph.server.worker import picture_function
from mandategraph.trace import trace_item

DOC_PATH = "/id/doc/CTOC/COP/WG.7/2013/1"
DOC = "https://w3id.org/mandategraph" + DOC_PATH
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


def get(server, path: str, accept: str | None = None):
    headers = {"Accept": accept} if accept else {}
    request = urllib.request.Request(server.base + path, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture(scope="module")
def about_doc(store) -> set:
    return {(t.subject.value, t.predicate.value, str(t.object.value))
            for t in store.query(f"CONSTRUCT {{ <{DOC}> ?p ?o }} WHERE {{ <{DOC}> ?p ?o }}",
                                 use_default_graph_as_union=True)}


@pytest.mark.parametrize("accept,content_type,rdflib_format", [
    (None, "text/turtle", "turtle"),
    ("*/*", "text/turtle", "turtle"),
    ("text/turtle", "text/turtle", "turtle"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_linked_data_by_accept(server, about_doc, accept, content_type, rdflib_format):
    status, headers, body = get(server, DOC_PATH, accept)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == content_type
    assert "Accept" in headers["Vary"]
    assert 'rel="alternate"' in headers["Link"]
    graph = Graph().parse(data=body, format=rdflib_format)
    got = {(str(s), str(p), str(o)) for s, p, o in graph.triples((URIRef(DOC), None, None))}
    assert got == about_doc


def test_linked_data_html_for_browsers(server, store):
    status, headers, body = get(server, DOC_PATH, BROWSER)
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assert DOC in page
    assert "CTOC/COP/WG.7/2013/1" in page
    # links to the other representations, and to neighbours at their own paths
    assert f'{DOC_PATH}?format=ttl' in page
    assert 'href="/id/session/' in page


def test_format_parameter_overrides_accept(server):
    status, headers, _ = get(server, DOC_PATH + "?format=jsonld", BROWSER)
    assert status == 200
    assert headers["Content-Type"].startswith("application/ld+json")


def test_unknown_resource_is_404_in_every_format(server):
    for accept in (None, BROWSER, "application/ld+json"):
        status, _, _ = get(server, "/id/doc/NO/SUCH/DOCUMENT", accept)
        assert status == 404


def test_resource_page_for_an_ontology_term(server):
    iri = "https://w3id.org/mandategraph/ontology#AgendaItem"
    status, headers, body = get(server, "/resource?" + urllib.parse.urlencode({"iri": iri}), BROWSER)
    assert status == 200
    assert iri in body.decode()


def test_query_page_lists_every_named_query(server):
    status, headers, body = get(server, "/query", BROWSER)
    assert status == 200
    page = body.decode()
    queries = named_queries()
    assert queries, "queries/ has named queries"
    for q in queries:
        assert f'href="/query?name={urllib.parse.quote(q.name)}"' in page
        assert str(escape(q.title)) in page
    assert "/static/yasgui/yasgui.min.js" in page
    status, _, _ = get(server, "/static/yasgui/yasgui.min.js")
    assert status == 200


def test_shareable_query_link_fills_the_editor(server):
    text = "SELECT ?x WHERE { ?x a <urn:shared> }"
    status, _, body = get(server, "/query?" + urllib.parse.urlencode({"query": text}), BROWSER)
    assert status == 200
    assert json.dumps(text)[1:-1].replace("<", "\\u003c").replace(">", "\\u003e") in body.decode()


def test_query_page_without_node_modules_falls_back_to_a_textarea(tmp_path):
    pages = Pages(tmp_path)
    assert not pages.has_yasgui()
    request = SimpleNamespace(base_url="http://127.0.0.1:1/")
    html = pages.render("query.html", request, queries=[], problem=None, initial="ASK {}",
                        run=False, yasgui=False, queries_map={})
    assert "yasgui.min.js" not in html
    assert '<form id="fallback" action="/query" method="get">' in html
    assert "<textarea" in html and "ASK {}" in html


def test_trace_page(server, store):
    status, headers, body = get(server, "/trace?" + urllib.parse.urlencode(
        {"item": "WG.7 2013 item 4"}), BROWSER)
    assert status == 200
    page = body.decode()
    expected = trace_dict(trace_item(store, "WG.7 2013 item 4"))
    assert expected["item"]["label"] in page
    for path in expected["paths"]:
        for iri in path:
            assert iri.rsplit("/", 1)[-1] in page
    assert "DISPUTED" in page  # item 4 rests on a disputed link
    assert "<blockquote>" in page
    if picture_function() is not None:  # the picture, when mandategraph.picture can draw it
        assert '<figure class="picture" id="trace-picture"><svg' in page.replace("\n", "")


def test_trace_json_is_the_library_trace(server, store):
    item = "CTOC/COP/WG.7/2013/1 item 2"
    status, headers, body = get(server, "/trace?" + urllib.parse.urlencode(
        {"item": item, "format": "json"}))
    assert status == 200
    assert json.loads(body) == json.loads(json.dumps(trace_dict(trace_item(store, item))))


def test_trace_of_an_unknown_item_says_so(server):
    status, _, body = get(server, "/trace?" + urllib.parse.urlencode(
        {"item": "CTOC/COP/WG.7/2013/1 item 99"}), BROWSER)
    assert status == 404
    assert "no item 99" in body.decode()


# --- labels on the Linked Data pages (issue 11/12): chosen by mandategraph.label.pick for the
# reader's language (?lang=, Accept-Language), every label in another language marked.

ID = "https://w3id.org/mandategraph/id/"
PAGES = ["resolution/ctoc-cop/5/3", "resolution/ctoc-cop/6/3", "resolution/ctoc-cop/6/4",
         "session/ctoc-cop-wg7/2/item/1b", "session/ctoc-cop-wg7/2/item/4", "doc/CTOC/COP/WG.7/2013/1"]


def _page(server, path: str, lang: str | None = None, header: str | None = None) -> str:
    headers = {"Accept": BROWSER, **({"Accept-Language": header} if header else {})}
    query = "?" + urllib.parse.urlencode({"lang": lang}) if lang else ""
    request = urllib.request.Request(server.base + "/id/" + path + query, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode()


def _foreign_titles(store) -> dict[str, str]:
    """Every title in a language other than English, with its language."""
    rows = store.query("PREFIX dcterms: <http://purl.org/dc/terms/> "
                       "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                       "SELECT DISTINCT ?t WHERE { ?x dcterms:title|rdfs:label ?t "
                       "FILTER (LANG(?t) != '' && !LANGMATCHES(LANG(?t), 'en')) }",
                       use_default_graph_as_union=True)
    return {row["t"].value: row["t"].language for row in rows}


def _link_texts(page: str) -> list[str]:
    return [html.unescape(m[1]).strip() for m in re.finditer(r"<a [^>]*>([^<]*)</a>", page)] + \
        [html.unescape(m[1]).strip() for m in re.finditer(r"<h1>([^<]*)</h1>", page)]


def test_linked_data_pages_mark_every_label_in_another_language(server, store):
    foreign = _foreign_titles(store)
    assert foreign  # the Spanish titles of 5/3 and 6/4, a Russian item title
    for path in PAGES:
        texts = _link_texts(_page(server, path))
        unmarked = [t for t in texts if t in foreign]
        assert not unmarked, f"/id/{path}: {unmarked}"


def test_an_english_reader_gets_the_gloss_of_a_spanish_title(server, store):
    gloss = "Implementation of the Protocol against the Smuggling of Migrants by Land, Sea and Air, " \
            "supplementing the United Nations Convention against Transnational Organized Crime [gloss]"
    spanish = next(t for t, tag in _foreign_titles(store).items()
                   if tag == "es" and t.startswith("Aplicación del Protocolo contra el tráfico ilícito"))
    own = _link_texts(_page(server, "resolution/ctoc-cop/5/3"))
    assert gloss in own  # the heading of 5/3's own page
    linked = _link_texts(_page(server, "resolution/ctoc-cop/6/3"))  # 6/3 continues 5/3
    assert gloss in linked and spanish not in linked
    # a Spanish reader, by parameter or by Accept-Language, gets the printed title, unmarked
    assert spanish in _link_texts(_page(server, "resolution/ctoc-cop/6/3", lang="es"))
    assert spanish in _link_texts(_page(server, "resolution/ctoc-cop/6/3", header="es-ES,es;q=0.9"))


def test_a_link_inferred_from_a_blanket_action_says_so_on_its_page(server):
    """Resolution 6/3 acted on "the recommendations contained therein" of the report on the WG.7's
    1st meeting: the page of the recommendation it does not name says the link is inferred."""
    page = _page(server, "recommendation/ctoc-cop-wg7/1/in-efforts-aimed-at-the-detection-and-investigation-of-the")
    evidence = page[page.index('id="evidence"'):]
    assert "the recommendations contained therein" in evidence
    assert html.escape("inferred from \u201cthe recommendations contained therein\u201d of the report on the "
                       "first meeting of the Working Group on the Smuggling of Migrants", quote=False) in evidence
