"""Linked Data at /id/..., the resource pages, the query page and the trace page of
`mandategraph serve`."""

from __future__ import annotations

import json
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
