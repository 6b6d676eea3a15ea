"""What changed between two builds, named graph by named graph.

A build writes its N-Quads dump one named graph after another and records, for each graph, where
its lines are in the dump and a digest of its content (``graphs.json``): the SHA-256 of its sorted
N-Triples lines, so the same triples give the same digest whatever order the store holds them in.
The next build compares its graphs' digests with those: a graph whose digest differs, that is new,
or that is gone has changed, and its triples that were added or removed (read back from the
previous dump at the recorded place) are what incremental validation starts from. The default graph
(the union the build writes for queries) is derived from the named graphs and is not compared.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

INDEX = "graphs.json"
FORMAT = 1


def digest(triples: bytes) -> str:
    """The digest of N-Triples ``triples``: their lines sorted, so insertion order does not count."""
    return hashlib.sha256(b"\n".join(sorted(line for line in triples.split(b"\n") if line))).hexdigest()


def sections(store: ox.Store) -> dict[str, bytes]:
    """Every named graph of ``store`` as N-Triples, by graph IRI (blank-node graph names are kept
    under their ``_:`` label)."""
    out = {}
    for graph in store.named_graphs():
        name = str(graph)
        out[name] = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    return out


Digests = dict[str, dict[str, str]]  # by graph: "digest" (of the sorted lines) and "raw" (of the bytes)


def digests(named: dict[str, bytes], index: dict[str, object] | None = None) -> Digests:
    """Each graph's digests; a graph whose bytes are those the previous run's ``index`` records
    (the same order too: its SHA-256 is cheap) keeps that run's digest instead of sorting again."""
    previous = index.get("graphs") if index is not None else None
    out: Digests = {}
    for name, data in named.items():
        raw = hashlib.sha256(data).hexdigest()
        entry = previous.get(name) if isinstance(previous, dict) else None
        known = entry.get("digest") if isinstance(entry, dict) and entry.get("raw") == raw else None
        out[name] = {"digest": known if isinstance(known, str) else digest(data), "raw": raw}
    return out


def write_dump(out: BinaryIO, store: ox.Store, named: dict[str, bytes],
               digested: Digests | None = None) -> dict[str, dict[str, object]]:
    """Write ``store`` as N-Quads to ``out``: the default graph, then each named graph of ``named``
    (its N-Triples, given by :func:`sections`) in turn; the index of where each graph is and its
    digest (from ``digested`` when given)."""
    store.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    index: dict[str, dict[str, object]] = {}
    for name in sorted(named):
        lines = named[name].replace(b" .\n", f" {name} .\n".encode())  # a line ends only there in N-Triples
        offset = out.tell()
        out.write(lines)
        index[name] = {"offset": offset, "length": len(lines),
                       **(digested[name] if digested is not None else digests({name: named[name]})[name])}
    return index


def write_index(path: Path, index: dict[str, dict[str, object]], shapes: str) -> None:
    path.write_text(json.dumps({"format": FORMAT, "shapes": shapes, "graphs": index}, indent=0),
                    encoding="utf-8")


@dataclass(frozen=True)
class Changes:
    """The named graphs that differ from the previous build and the triples added to or removed
    from them (``triples``: as one set, a triple counts once, whichever way it changed; ``added``
    and ``removed``: each graph's N-Triples lines)."""

    graphs: tuple[str, ...]
    triples: tuple[ox.Triple, ...]
    added: dict[str, bytes] = field(default_factory=dict)
    removed: dict[str, bytes] = field(default_factory=dict)


def read_index(run: Path) -> dict[str, object] | None:
    """A run's ``graphs.json``, or None when it has none (a build older than this module) or it is
    unreadable."""
    try:
        index = json.loads((run / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return index if isinstance(index, dict) and index.get("format") == FORMAT else None


def compare(previous: Path, index: dict[str, object], named: dict[str, bytes],
            digested: Digests | None = None, dump: str = "dataset.nq") -> Changes | None:
    """What changed in ``named`` since the run ``previous`` (whose ``graphs.json`` is ``index``);
    None when its dump cannot be read back where the index says."""
    graphs = index.get("graphs")
    if not isinstance(graphs, dict):
        return None
    digested = digests(named, index) if digested is None else digested
    changed = sorted(name for name in set(graphs) | set(named)
                     if name not in graphs or name not in named
                     or not isinstance(graphs[name], dict) or graphs[name].get("digest") != digested[name]["digest"])
    delta: set[bytes] = set()
    added, removed = {}, {}
    try:
        with open(previous / dump, "rb") as old:
            for name in changed:
                before = _old_lines(old, name, graphs.get(name))
                if before is None:
                    return None
                after = _lines(named.get(name, b""))
                added[name], removed[name] = _joined(after - before), _joined(before - after)
                delta |= before ^ after
    except OSError:
        return None
    return Changes(tuple(changed), tuple(_parse(delta)), added, removed)


def _joined(lines: set[bytes]) -> bytes:
    return b"".join(line + b"\n" for line in sorted(lines))


def _old_lines(old: BinaryIO, name: str, entry: object) -> set[bytes] | None:
    if entry is None:
        return set()
    if not isinstance(entry, dict) or not isinstance(entry.get("offset"), int) or not isinstance(
            entry.get("length"), int):
        return None
    old.seek(entry["offset"])
    data = old.read(entry["length"])
    suffix = f" {name} .\n".encode()
    if len(data) != entry["length"] or (data and not data.endswith(suffix)):
        return None
    return _lines(data.replace(suffix, b" .\n"))


def _lines(triples: bytes) -> set[bytes]:
    return {line for line in triples.split(b"\n") if line}


def _parse(lines: Iterable[bytes]) -> Iterable[ox.Triple]:
    data = b"\n".join(lines) + b"\n"
    for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def triples(data: bytes) -> Iterable[ox.Triple]:
    """The triples of N-Triples ``data``."""
    return _parse([data]) if data else ()
