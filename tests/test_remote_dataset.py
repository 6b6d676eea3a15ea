"""Which graphs a remote query names (issue 11): the plain query where the server's own default
graph is the union of this dataset's graphs (its service description says sd:UnionDefaultGraph and
it holds no other dataset's graph), every named graph as default-graph-uri elsewhere; the same
answers as embedded either way, on real servers (Oxigraph server with and without
--union-default-graph, and `mandategraph serve`)."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import query as q
from mandategraph.remote import Endpoint, push
from tests.test_remote import OXIGRAPH, Server, example_params, rows

COUNT = "PREFIX mg: <https://w3id.org/mandategraph/ontology#> SELECT (COUNT(?r) AS ?n) WHERE { ?r a mg:Resolution }"
DISTINCT = ("PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
            "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r a mg:Resolution } }")


class UnionServer(Server):
    """``oxigraph serve --union-default-graph``: its default graph is the union of its graphs."""

    def start(self) -> None:
        self.process = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.query_url}?query=ASK%7B%7D", timeout=2):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph serve --union-default-graph did not answer within 30 s")


def _serve(kind: type[Server], location: Path, store: ox.Store) -> Iterator[Server]:
    srv = kind(location)
    srv.start()
    push(store, srv.store_url)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory: pytest.TempPathFactory, store: ox.Store) -> Iterator[Server]:
    yield from _serve(Server, tmp_path_factory.mktemp("oxigraph-plain") / "db", store)


@pytest.fixture(scope="module")
def union_server(tmp_path_factory: pytest.TempPathFactory, store: ox.Store) -> Iterator[Server]:
    yield from _serve(UnionServer, tmp_path_factory.mktemp("oxigraph-union") / "db", store)


def _n(store: ox.Store | Endpoint, text: str) -> int:
    return int(str(q.run(store, text).rows[0]["n"]))


def test_a_server_whose_default_graph_is_the_union_gets_the_plain_query(union_server: Server,
                                                                         store: ox.Store) -> None:
    endpoint = Endpoint(union_server.query_url)
    assert endpoint.default_graphs() == ()
    for named in q.named_queries():
        params = example_params(named)
        assert rows(q.run(endpoint, named, params)) == rows(q.run(store, named, params)), named.name


def test_a_server_with_a_default_graph_of_its_own_gets_the_graphs_named(plain_server: Server,
                                                                          store: ox.Store) -> None:
    endpoint = Endpoint(plain_server.query_url)
    assert set(endpoint.default_graphs()) == {g.value for g in store.named_graphs()}
    named = q.find("recommendations-of-meeting")
    params = example_params(named)
    assert rows(q.run(endpoint, named, params)) == rows(q.run(store, named, params))


def test_another_datasets_graph_on_the_server_gets_the_graphs_named(union_server: Server,
                                                                    store: ox.Store) -> None:
    other = ox.NamedNode("http://example.org/other-dataset")
    body = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
    request = urllib.request.Request(f"{union_server.store_url}?graph={other.value}", data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    urllib.request.urlopen(request, timeout=10).close()
    try:
        endpoint = Endpoint(union_server.query_url)
        assert set(endpoint.default_graphs()) == {g.value for g in store.named_graphs()}
    finally:
        union_server.delete(other)


def test_mandategraph_serve_counts_each_resolution_once_through_the_endpoint(server: object,
                                                                             store: ox.Store) -> None:
    """`mandategraph serve` declares its default graph the union (the build's distinct union):
    the plain query counts facts, where naming every graph made its default graph a bag (88 for 43)."""
    endpoint = Endpoint(server.base + "/sparql")  # type: ignore[attr-defined]
    assert endpoint.default_graphs() == ()
    assert _n(endpoint, COUNT) == _n(store, DISTINCT) == _n(store, COUNT)
