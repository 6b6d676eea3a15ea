"""The W3C SPARQL 1.1 Protocol and Service Description test suites (tests/w3c/, with their source and
licence) against `mandategraph serve`, over the suite's own dataset.

Every query-side test must pass as written. The endpoint is read-only, so every request of the
update tests must be refused with 403 (the expected outcome recorded here for `update_*` tests,
whose follow-up ASK would check an update that is never made)."""

from __future__ import annotations

import csv
import http.client
import io
import json
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from tests.serving import make_build, point_current, running

SUITE = Path(__file__).resolve().parent / "w3c"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = {
    "boolean": ("application/sparql-results+xml", "application/sparql-results+json"),
    "tabular": ("application/sparql-results+xml", "application/sparql-results+json", "text/csv",
                "text/tab-separated-values"),
    "RDF": ("application/rdf+xml", "text/turtle", "application/n-triples", "application/xhtml+xml"),
}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: tuple[str, ...]  # e.g. ("2xx", "3xx")
    expected_format: str | None
    expected_boolean: bool | None

    @property
    def is_update(self) -> bool:
        media = self.headers.get("content-type", "").split(";")[0].strip()
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        form = urllib.parse.parse_qs(self.body.decode("utf-8", "replace")) if self.body else {}
        return (media == "application/sparql-update" or "update" in query
                or ("update" in form and media != "application/sparql-query"))


@dataclass
class Case:
    name: str
    title: str
    requests: list[Request]
    graphs: dict[str, Path]  # graph IRI -> data file


def _items(graph: Graph, head: Any) -> list[Any]:
    return list(Collection(graph, head)) if head is not None else []


def protocol_cases() -> list[Case]:
    manifest = SUITE / "protocol" / "manifest.ttl"
    graph = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
    root = next(graph.subjects(RDF.type, MF.Manifest))
    cases = []
    for entry in _items(graph, graph.value(root, MF.entries)):
        requests = []
        action = graph.value(entry, MF.action)
        for req in _items(graph, graph.value(action, HT.requests)):
            headers = {str(graph.value(h, HT.fieldName)).lower(): str(graph.value(h, HT.fieldValue))
                       for h in _items(graph, graph.value(req, HT.headers))}
            body = graph.value(req, HT.body)
            data = None
            if body is not None:
                encoding = str(graph.value(body, CNT.characterEncoding) or "UTF-8")
                data = str(graph.value(body, CNT.chars)).encode(encoding)
            resp = graph.value(req, HT.resp)
            statuses = tuple(sorted(str(s).rsplit("StatusCode", 1)[1]
                                    for s in graph.objects(resp, MF.expectedStatus)))
            fmt = graph.value(resp, MF.expectedFormat)
            boolean = graph.value(resp, MF.expectedBoolean)
            path = str(graph.value(req, HT.absolutePath))
            assert path.startswith("/sparql/")
            requests.append(Request(str(graph.value(req, HT.methodName)),
                                    "/sparql" + path[len("/sparql/"):], headers, data, statuses,
                                    str(fmt) if fmt is not None else None,
                                    boolean.toPython() if boolean is not None else None))
        graphs = {str(graph.value(d, RDFS.label)): Path(str(graph.value(d, UT.graph))
                                                         .removeprefix("file://"))
                  for d in graph.objects(entry, UT.graphData)}
        cases.append(Case(str(entry).rsplit("#", 1)[1], str(graph.value(entry, MF.name)), requests,
                          graphs))
    return cases


CASES = protocol_cases()


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`mandategraph serve` over the suite's data: each data file in the graph the suite names."""
    graphs: dict[str, Path] = {}
    for case in CASES:
        graphs.update(case.graphs)
    lines = []
    for name, path in sorted(graphs.items()):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line.rstrip(" .") + f" <{name}> .\n")
    build = tmp_path_factory.mktemp("w3c-build")
    make_build(build, "w3c", "".join(lines).encode())
    point_current(build, "w3c")
    with running(build, build / "serve.log") as (base, _):
        yield base


def send(base: str, request: Request) -> tuple[int, str, bytes]:
    host = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    try:
        conn.request(request.method, request.path, body=request.body, headers=request.headers)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def boolean_of(media: str, body: bytes) -> bool:
    if media == "application/sparql-results+json":
        return bool(json.loads(body)["boolean"])
    root = ET.fromstring(body)
    found = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
    assert found is not None and found.text is not None
    return found.text.strip() == "true"


def check_format(fmt: str, media: str, body: bytes) -> None:
    assert media in FORMATS[fmt], f"{media} is not a {fmt} format"
    if fmt == "RDF":
        Graph().parse(data=body, format={"application/rdf+xml": "xml", "text/turtle": "turtle",
                                         "application/n-triples": "nt"}[media])
    elif media == "application/sparql-results+json":
        json.loads(body)
    elif media == "text/csv":
        list(csv.reader(io.StringIO(body.decode())))
    else:
        ET.fromstring(body)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_protocol(endpoint: str, case: Case) -> None:
    for request in case.requests:
        if request.is_update and "2xx" in request.statuses:
            # read-only: the update is refused (the expected outcome here); the requests after it
            # would check the effect of an update that is never made
            status, media, body = send(endpoint, request)
            assert status == 403, (case.title, status, body)
            assert b"read-only" in body
            return
        status, media, body = send(endpoint, request)
        assert f"{str(status)[0]}xx" in request.statuses, (case.title, status, body[:300])
        media = media.split(";")[0].strip()
        if request.expected_format:
            check_format(request.expected_format, media, body)
        if request.expected_boolean is not None:
            assert boolean_of(media, body) is request.expected_boolean, case.title


def test_every_protocol_entry_is_run() -> None:
    assert len(CASES) == 34
    refused = [c.name for c in CASES if any(r.is_update and "2xx" in r.statuses
                                            for r in c.requests)]
    assert len(refused) == 7 and all(name.startswith("update_") for name in refused)


# -- Service Description (sparql11/service-description): three tests described in prose ----------

SD_LANGUAGES = {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
SD_FEATURES = {SD.DereferencesURIs, SD.UnionDefaultGraph, SD.RequiresDataset, SD.EmptyGraphs,
               SD.BasicFederatedQuery}


def service_description(endpoint: str, accept: str) -> tuple[str, Graph]:
    request = Request("GET", "/sparql", {"accept": accept}, None, ("2xx",), None, None)
    status, media, body = send(endpoint, request)
    assert status == 200, body[:300]
    media = media.split(";")[0].strip()
    return media, Graph().parse(data=body, format={"text/turtle": "turtle", "application/rdf+xml":
                                                   "xml", "application/n-triples": "nt"}[media])


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "*/*",
                                    "application/rdf+xml, text/turtle;q=0.5"])
def test_sd_returns_rdf(endpoint: str, accept: str) -> None:
    media, graph = service_description(endpoint, accept)
    assert len(graph) > 0
    if accept != "*/*":
        assert media == accept.split(",")[0]


def test_sd_has_endpoint_triple(endpoint: str) -> None:
    _, graph = service_description(endpoint, "text/turtle")
    assert (None, SD.endpoint, URIRef(endpoint + "/sparql")) in graph


def test_sd_conforms_to_schema(endpoint: str) -> None:
    _, graph = service_description(endpoint, "text/turtle")
    services = set(graph.subjects(RDF.type, SD.Service))
    assert services
    for svc in services:
        assert set(graph.objects(svc, SD.endpoint)), "sd:endpoint"
        languages = set(graph.objects(svc, SD.supportedLanguage))
        assert languages and languages <= SD_LANGUAGES
        assert SD.SPARQL11Update not in languages  # read-only, and says so
        assert set(graph.objects(svc, SD.feature)) <= SD_FEATURES
        for dataset in graph.objects(svc, SD.defaultDataset):
            assert (dataset, RDF.type, SD.Dataset) in graph
            for default in graph.objects(dataset, SD.defaultGraph):
                assert (default, RDF.type, SD.Graph) in graph
            for named in graph.objects(dataset, SD.namedGraph):
                assert isinstance(graph.value(named, SD.name), URIRef)
                assert (graph.value(named, SD.graph), RDF.type, SD.Graph) in graph
        for fmt in graph.objects(svc, SD.resultFormat):
            assert str(fmt).startswith("http://www.w3.org/ns/formats/")
