"""The default graph is a set (issue 11): a query on it sees each distinct triple once, however many
named graphs state it, embedded and at /sparql; the named graphs keep who stated what."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pyoxigraph as ox

from mandategraph.query import run

PREFIX = "PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
COUNT = PREFIX + "SELECT (COUNT(?r) AS ?n) WHERE { ?r a mg:Resolution }"
DISTINCT = PREFIX + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r a mg:Resolution } }"
STATED = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r a mg:Resolution } }"


def _n(store: ox.Store, query: str) -> int:
    return int(str(run(store, query).rows[0]["n"]))


def test_embedded_default_graph_counts_each_resolution_once(store: ox.Store) -> None:
    distinct, stated = _n(store, DISTINCT), _n(store, STATED)
    assert stated > distinct > 20  # several documents state the same resolution: the bag was larger
    assert _n(store, COUNT) == distinct


def test_default_graph_is_the_distinct_union_of_the_named_graphs(store: ox.Store) -> None:
    union = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    default = {(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default == union


def test_sparql_endpoint_counts_each_resolution_once(server: object, store: ox.Store) -> None:
    base = server.base  # type: ignore[attr-defined]
    url = base + "/sparql?" + urllib.parse.urlencode({"query": COUNT})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)
    assert int(data["results"]["bindings"][0]["n"]["value"]) == _n(store, DISTINCT)
