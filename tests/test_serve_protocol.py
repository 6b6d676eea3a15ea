"""The SPARQL 1.1 Protocol of `mandategraph serve`, with SPARQLWrapper as the client for every
result format, and header-level tests of content negotiation, Content-Type and CORS."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)

from mandategraph.namespaces import MG, SD, VOID
from mandategraph.query import run

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ITEMS = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?item ?notation WHERE { ?item a mg:AgendaItem ; skos:notation ?notation } ORDER BY ?item"""
ASK = "PREFIX mg: <https://w3id.org/mandategraph/ontology#> ASK { ?i mg:groundedIn ?m }"
CONSTRUCT = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
CONSTRUCT { ?i mg:groundedIn ?m } WHERE { ?i mg:groundedIn ?m }"""
DOC = "https://w3id.org/mandategraph/id/doc/CTOC/COP/WG.7/2013/1"
DESCRIBE = f"DESCRIBE <{DOC}>"


def client(server, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.base + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql


def http(server, path: str, headers: dict[str, str] | None = None, data: bytes | None = None,
         method: str | None = None):
    request = urllib.request.Request(server.base + path, data=data, headers=headers or {},
                                     method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture(scope="module")
def expected_items(store) -> set[tuple[str, str]]:
    return {(str(r["item"]), str(r["notation"])) for r in run(store, ITEMS).rows}


@pytest.fixture(scope="module")
def expected_construct(store) -> Graph:
    graph = Graph()
    for triple in run(store, CONSTRUCT).triples:
        graph.add(triple)
    assert len(graph) > 0
    return graph


@pytest.mark.parametrize("method", ["GET", POST])
def test_select_json(server, store, expected_items, method):
    result = client(server, ITEMS, JSON, method).queryAndConvert()
    rows = {(b["item"]["value"], b["notation"]["value"]) for b in result["results"]["bindings"]}
    assert rows == expected_items
    count = client(server, COUNT, JSON, method).queryAndConvert()
    assert int(count["results"]["bindings"][0]["n"]["value"]) == int(run(store, COUNT).rows[0]["n"])


def test_select_xml(server, expected_items):
    document = client(server, ITEMS, XML).queryAndConvert()  # an xml.dom.minidom Document
    ns = "http://www.w3.org/2005/sparql-results#"
    root = ET.fromstring(document.toxml())
    rows = set()
    for result in root.iter(f"{{{ns}}}result"):
        values = {b.get("name"): "".join(b.itertext()).strip() for b in result.iter(f"{{{ns}}}binding")}
        rows.add((values["item"], values["notation"]))
    assert rows == expected_items


@pytest.mark.parametrize("fmt,delimiter", [(CSV, ","), (TSV, "\t")])
def test_select_csv_tsv(server, expected_items, fmt, delimiter):
    raw = client(server, ITEMS, fmt).queryAndConvert()
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert [h.lstrip("?") for h in rows[0]] == ["item", "notation"]
    got = set()
    for item, notation in rows[1:]:
        if fmt == TSV:  # TSV writes terms in Turtle syntax
            item, notation = item.strip("<>"), json.loads(notation) if notation.startswith('"') \
                else notation
        got.add((item, notation))
    assert got == expected_items


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_ask_every_format(server, fmt):
    answer = client(server, ASK, fmt).queryAndConvert()
    if fmt == JSON:
        assert answer["boolean"] is True
    elif fmt == XML:
        assert "true" in answer.toxml()
    else:
        assert (answer.decode() if isinstance(answer, bytes) else answer).strip().endswith("true")


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD, RDFXML])
def test_construct_every_format(server, expected_construct, fmt):
    graph = client(server, CONSTRUCT, fmt).queryAndConvert()
    if not isinstance(graph, Graph):  # SPARQLWrapper gives Turtle and JSON-LD as text
        parsed = Graph()
        parsed.parse(data=graph, format={TURTLE: "turtle", JSONLD: "json-ld"}[fmt])
        graph = parsed
    assert isomorphic(graph, expected_construct)


def test_construct_ntriples(server, expected_construct):
    sparql = client(server, CONSTRUCT, N3)
    sparql.setOnlyConneg(True)
    sparql.addCustomHttpHeader("Accept", "application/n-triples")
    response = sparql.query()
    assert response.response.headers["Content-Type"].startswith("application/n-triples")
    graph = Graph().parse(data=response.response.read().decode(), format="nt")
    assert isomorphic(graph, expected_construct)


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD, RDFXML])
def test_describe(server, fmt):
    graph = client(server, DESCRIBE, fmt).queryAndConvert()
    if not isinstance(graph, Graph):
        graph = Graph().parse(data=graph, format={TURTLE: "turtle", JSONLD: "json-ld"}[fmt])
    assert (URIRef(DOC), None, None) in graph


def test_post_sparql_query_body(server, expected_items):
    status, headers, body = http(server, "/sparql", {"Content-Type": "application/sparql-query",
                                                     "Accept": "application/sparql-results+json"},
                                 ITEMS.encode())
    assert status == 200
    rows = {(b["item"]["value"], b["notation"]["value"])
            for b in json.loads(body)["results"]["bindings"]}
    assert rows == expected_items


@pytest.mark.parametrize("accept,content_type", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/*", "text/csv"),
])
def test_select_content_negotiation(server, accept, content_type):
    status, headers, _ = http(server, "/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                              {"Accept": accept})
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == content_type
    assert "Accept" in headers["Vary"]


@pytest.mark.parametrize("accept,content_type", [
    ("text/turtle", "text/turtle"),
    ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
    ("application/rdf+xml", "application/rdf+xml"),
    ("*/*", "text/turtle"),
    (None, "text/turtle"),
])
def test_graph_content_negotiation(server, expected_construct, accept, content_type):
    headers = {"Accept": accept} if accept else {}
    status, got, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": CONSTRUCT}),
                             headers)
    assert status == 200
    assert got["Content-Type"].split(";")[0] == content_type
    rdflib_format = {"text/turtle": "turtle", "application/n-triples": "nt",
                     "application/ld+json": "json-ld", "application/rdf+xml": "xml"}[content_type]
    assert isomorphic(Graph().parse(data=body, format=rdflib_format), expected_construct)


def test_unacceptable_format_is_406(server):
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                           {"Accept": "image/png"})
    assert status == 406
    assert b"application/sparql-results+json" in body


def test_bad_syntax_is_400_with_message(server):
    status, headers, body = http(server, "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?x WHERE { ?x"}))
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert b"parse" in body


def test_wrong_post_content_type_is_415(server):
    status, _, _ = http(server, "/sparql", {"Content-Type": "text/plain"}, COUNT.encode())
    assert status == 415


def test_cors_simple_and_preflight(server):
    origin = {"Origin": "https://example.org"}
    status, headers, _ = http(server, "/sparql?" + urllib.parse.urlencode({"query": ASK}), origin)
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = http(server, "/sparql", {
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, method="OPTIONS")
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
    status, headers, _ = http(server, "/id/doc/CTOC/COP/WG.7/2013/1", origin)
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_service_description(server, store):
    status, headers, body = http(server, "/sparql", {"Accept": "text/turtle"})
    assert status == 200
    assert headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body, format="turtle")
    endpoint = URIRef(server.base + "/sparql")
    assert (endpoint, SD.endpoint, endpoint) in graph
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    names = {str(o) for o in graph.objects(None, SD.name)}
    assert names == {g.value for g in store.named_graphs()}


def test_void(server, store):
    status, headers, body = http(server, "/.well-known/void", {"Accept": "application/ld+json"})
    assert status == 200
    assert headers["Content-Type"].startswith("application/ld+json")
    graph = Graph().parse(data=body, format="json-ld")
    endpoints = set(graph.objects(None, VOID.sparqlEndpoint))
    assert endpoints == {URIRef(server.base + "/sparql")}
    dataset = next(graph.subjects(VOID.sparqlEndpoint, None))
    distinct = run(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }").rows
    assert int(graph.value(dataset, VOID.triples)) == len(distinct)
    assert (None, VOID["class"], MG.AgendaItem) in graph


def test_browser_following_a_query_link_gets_the_query_page(server):
    status, headers, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": ASK}),
                                 {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert status == 200  # urllib followed the 303 to /query?query=...
    assert headers["Content-Type"].startswith("text/html")
    assert b"groundedIn" in body


def test_relative_iris_resolve_against_the_dataset_base(server, store):
    """A query without BASE may use relative IRIs: they resolve against .../mandategraph/id/."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { <doc/CTOC/COP/WG.7/2013/1> ?p ?o }"
    expected = int(next(iter(store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ <{DOC}> ?p ?o }}")))["n"].value)  # the default graph: each triple once
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": query}),
                           {"Accept": "application/sparql-results+json"})
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected > 0


def test_from_with_a_prefixed_name_of_a_dataset_graph(server, store):
    graph = next(iter(store.named_graphs())).value
    namespace, local = graph.rsplit("/", 1)
    query = f"PREFIX g: <{namespace}/> SELECT (COUNT(*) AS ?n) FROM g:{local} WHERE {{ ?s ?p ?o }}"
    expected = len(list(store.quads_for_pattern(None, None, None, next(iter(store.named_graphs())))))
    status, _, body = http(server, "/sparql?" + urllib.parse.urlencode({"query": query}),
                           {"Accept": "application/sparql-results+json"})
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected > 0
