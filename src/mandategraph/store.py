"""The embedded store: the built dataset loaded into an in-memory Oxigraph store.

A build writes ``build/runs/<id>/dataset.nq`` and points ``build/current`` at it; opening the store
loads that dump into memory (fast, and the layout docs/performance.md measures).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from mandategraph.errors import CorruptBuildError, NoBuildError, from_os_error
from mandategraph.project import Layout
from mandategraph.project import layout as default_layout

DUMP = "dataset.nq"
MANIFEST = "build.json"
__all__ = ["DUMP", "CorruptBuildError", "NoBuildError", "current_dir", "load_dump", "open_store", "union_graph"]


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
        store = load_dump(dump)
        _check_count(directory, len(store))
        _CACHE[key] = store
    return _CACHE[key]


def check_current(where: Layout | None = None) -> Path:
    """The current build's directory, once its dump has been read through (streamed, nothing kept):
    a missing, truncated or garbage dump is the error :func:`open_store` would raise."""
    directory = current_dir(where)
    dump = directory / DUMP
    try:
        count = sum(1 for _ in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS))
    except SyntaxError as exc:
        raise _unreadable(dump, exc) from exc
    except OSError as exc:
        raise from_os_error(exc, str(dump)) from exc
    _check_count(directory, count)
    return directory


def _check_count(directory: Path, quads: int) -> None:
    expected = built_quads(directory)
    if expected is not None and quads != expected:  # cut at a line end: it parses, but is short
        raise CorruptBuildError(f"{directory / DUMP}: holds {quads} quads, the build wrote {expected} "
                                f"({directory / MANIFEST}); run `mandategraph build` again")


def built_quads(directory: Path) -> int | None:
    """The number of quads the build says it wrote (``build.json``), or None when it does not say."""
    try:
        quads = json.loads((directory / MANIFEST).read_text(encoding="utf-8")).get("quads")
    except (OSError, ValueError, AttributeError):
        return None
    return quads if isinstance(quads, int) else None


def load_dump(path: Path) -> ox.Store:
    """The dump at ``path`` in a new store; a truncated or garbage dump is a
    :class:`CorruptBuildError` naming the file and the line, never a half-loaded store."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except SyntaxError as exc:
        raise _unreadable(path, exc) from exc
    except OSError as exc:
        raise from_os_error(exc, str(path)) from exc
    return store


def _unreadable(path: Path, exc: SyntaxError) -> CorruptBuildError:
    return CorruptBuildError(f"{path}: not a readable N-Quads dump ({_first_line(exc)}); "
                             f"run `mandategraph build` again")


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def union_graph(store: ox.Store) -> Graph:
    """All graphs of the store as one plain rdflib Graph (for pySHACL and rdflib serialisers)."""
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    graph = Graph()
    graph.parse(io.BytesIO(data), format="nt")
    return graph
