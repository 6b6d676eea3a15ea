"""The embedded store: the built dataset, in memory or on disk.

A build writes ``build/runs/<id>/dataset.nq`` and, beside it, the same dataset as an on-disk
Oxigraph store (``store/``), and points ``build/current`` at the run. Commands that read the whole
graph (validate --full, stats, export, serve) load the dump into an in-memory store; commands that
look a few things up (trace, impact, query, and validate giving the recorded report) open the
on-disk store read-only, which takes milliseconds
whatever the size of the graph (``bench/NOTES.md`` has the measurements). A build updates the
previous run's store with what changed (a checkpoint of it, then the changed named graphs) instead
of writing it again, and never touches the previous run's.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from mandategraph.changes import Changes, triples
from mandategraph.errors import CorruptBuildError, NoBuildError, from_os_error
from mandategraph.project import Layout
from mandategraph.project import layout as default_layout

DUMP = "dataset.nq"
MANIFEST = "build.json"
STORE = "store"  # the run's on-disk Oxigraph store
LOAD_PIECE = 16 << 20  # bytes of N-Quads per bulk load into the on-disk store (about 100,000 quads)
__all__ = ["DUMP", "CorruptBuildError", "NoBuildError", "current_dir", "load_dump", "open_store", "union_graph"]


def current_dir(where: Layout | None = None) -> Path:
    lay = where or default_layout()
    current = lay.build / "current"
    if not (current / DUMP).is_file() and lay.shipped is not None and (lay.shipped / DUMP).is_file():
        return lay.shipped  # an installed package answers from the dataset it ships until a build
    if not (current / DUMP).is_file():
        raise NoBuildError(f"{current / DUMP}: no built graph; run `mandategraph build` first")
    return current.resolve()


_CACHE: dict[tuple[Path, float, bool], ox.Store] = {}


def open_store(where: Layout | None = None, on_disk: bool = False) -> ox.Store:
    """The current build as an in-memory store (cached per process until the next build); with
    ``on_disk``, its on-disk store opened read-only when the build wrote one."""
    directory = current_dir(where)
    dump = directory / DUMP
    if on_disk:
        key = (directory, 0.0, True)
        if key not in _CACHE:
            disk = open_disk_store(directory)
            if disk is not None:
                _CACHE.clear()
                _CACHE[key] = disk
        if key in _CACHE:
            return _CACHE[key]
    key = (directory, dump.stat().st_mtime, False)
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


def _manifest(directory: Path) -> dict[str, object]:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def built_quads(directory: Path) -> int | None:
    """The number of quads the build says it wrote (``build.json``), or None when it does not say."""
    quads = _manifest(directory).get("quads")
    return quads if isinstance(quads, int) else None


def open_disk_store(directory: Path) -> ox.Store | None:
    """The run's on-disk store, opened read-only; None when the run has none (a build older than
    it, a shipped dataset), it cannot be opened, or the dump is not the one the build wrote beside it
    (its size differs from ``build.json``'s): the caller then loads the dump, which is the dataset
    (and says so when it is truncated or garbage)."""
    path = directory / STORE
    recorded = _manifest(directory).get("dump_bytes")
    if not (path / "CURRENT").is_file() or not isinstance(recorded, int):
        return None
    dump = directory / DUMP
    try:
        size = dump.stat().st_size
    except OSError as exc:
        raise from_os_error(exc, str(dump)) from exc
    if size != recorded:
        return None
    try:
        return ox.Store.read_only(str(path))
    except OSError:
        return None


def write_disk_store(target: Path, dump: Path, memory: ox.Store, named: dict[str, bytes],
                     previous: Path | None = None, changed: Changes | None = None) -> None:
    """Write the on-disk store of a run into ``target``: a checkpoint of the ``previous`` run's
    store with the triples of the ``changed`` named graphs added and removed (a graph no longer in
    ``named`` removed whole) and the default graph (the union, as in ``memory``) corrected triple by
    triple; or, without a previous store, the whole ``dump`` loaded."""
    if previous is not None and changed is not None and (previous / "CURRENT").is_file():
        try:
            ox.Store.read_only(str(previous)).backup(str(target))
        except OSError:
            import shutil  # here: importing it costs every command that opens a store its lzma import

            shutil.rmtree(target, ignore_errors=True)
        else:
            disk = ox.Store(str(target))
            for name in changed.graphs:  # only the triples that changed: a large graph changes by a few
                graph = ox.BlankNode(name[2:]) if name.startswith("_:") else ox.NamedNode(name[1:-1])
                if name not in named:
                    disk.remove_graph(graph)
                    continue
                for triple in triples(changed.removed.get(name, b"")):
                    disk.remove(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
                if changed.added.get(name):
                    disk.load(changed.added[name], format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
            default = ox.DefaultGraph()
            for triple in changed.triples:
                quad = ox.Quad(triple.subject, triple.predicate, triple.object, default)
                (disk.add if quad in memory else disk.remove)(quad)
            disk.flush()
            return
    disk = ox.Store(str(target))
    with open(dump, "rb") as lines:  # in pieces: Oxigraph's bulk loader holds a million quads a thread
        while piece := lines.read(LOAD_PIECE):  # lenient: the dump this build has just written
            disk.bulk_load(piece + lines.readline(), format=ox.RdfFormat.N_QUADS, lenient=True)
    disk.flush()


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
