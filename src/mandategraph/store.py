"""The embedded store: the built dataset loaded into an in-memory Oxigraph store.

A build writes ``build/runs/<id>/dataset.nq`` and points ``build/current`` at it; opening the store
loads that dump into memory (fast, and the layout docs/performance.md measures).
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from mandategraph.project import Layout
from mandategraph.project import layout as default_layout

DUMP = "dataset.nq"


class NoBuildError(FileNotFoundError):
    """There is no built dataset yet."""


def current_dir(where: Layout | None = None) -> Path:
    lay = where or default_layout()
    current = lay.build / "current"
    if not (current / DUMP).is_file() and lay.shipped is not None and (lay.shipped / DUMP).is_file():
        return lay.shipped  # an installed package answers from the dataset it ships until a build
    if not (current / DUMP).is_file():
        raise NoBuildError(f"{current / DUMP}: no built graph; run `mandategraph build` first")
    return current.resolve()


_CACHE: dict[tuple[Path, float], ox.Store] = {}


def open_store(where: Layout | None = None) -> ox.Store:
    """The current build as an in-memory store (cached per process until the next build)."""
    directory = current_dir(where)
    dump = directory / DUMP
    key = (directory, dump.stat().st_mtime)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load_dump(dump)
    return _CACHE[key]


def load_dump(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def union_graph(store: ox.Store) -> Graph:
    """All graphs of the store as one plain rdflib Graph (for pySHACL and rdflib serialisers)."""
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    graph = Graph()
    graph.parse(io.BytesIO(data), format="nt")
    return graph
