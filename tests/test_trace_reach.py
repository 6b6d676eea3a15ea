"""A trace projects only what its item reaches (network.project(reach=item)) and gives exactly the
trace the whole projection gives, for every agenda item of the repository build and of the edge-case
fixtures; the item is found by name with the notation filtered in SPARQL, the same item as before."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest

from mandategraph.build import BuildResult
from mandategraph.network import project
from mandategraph.trace import find_item, trace_item


def _items(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if d.get("type") == "AgendaItem")


def _same_traces(store: ox.Store) -> int:
    whole = project(store)
    items = _items(whole)
    for item in items:
        part = project(store, reach=item)
        assert set(part) <= set(whole)
        assert trace_item(store, item) == trace_item(store, item, whole), item
    return len(items)


def test_repository_items(built: BuildResult, store: ox.Store) -> None:
    assert _same_traces(store) > 20


def test_edge_fixture_items(edge_store: ox.Store) -> None:
    assert _same_traces(edge_store) > 2


def test_the_part_is_smaller(built: BuildResult, store: ox.Store) -> None:
    whole = project(store)
    sizes = [project(store, reach=i).number_of_nodes() for i in _items(whole)]
    assert max(sizes) < whole.number_of_nodes()


@pytest.mark.parametrize("name", ["CTOC/COP/WG.7/2013/1 item 2", "CTOC/COP/WG.7/2013/1 2", "WG.7 2013 item 3"])
def test_items_found_by_name(built: BuildResult, store: ox.Store, name: str) -> None:
    item = find_item(store, name)
    assert item.startswith("https://w3id.org/mandategraph/id/session/") and "/item/" in item
