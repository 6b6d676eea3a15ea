"""The incremental rebuild: a new run made from the current one and the named graphs that changed.

A full build loads and materialises every graph and writes every file again; when only some named
graphs changed (documents added, changed or removed; the ontology, the shapes and the code the same),
:func:`rebuild_run` instead
- checkpoints the current run's on-disk store into the new run (``Store.backup``: hard links) and
  applies the triples the changed graphs added and removed (read against the current run's dump at
  the places its ``graphs.json`` records, without dumping any other graph);
- updates the inferred graph rule by rule (:func:`mandategraph.rederive.rederive`) and the union
  default graph from the changed triples (a triple stays there while any named graph states it);
- validates incrementally from the current run's findings
  (:func:`mandategraph.incremental.validate_changes`);
- writes the dump from the current one: the unchanged graphs' bytes copied, the default and
  inferred graphs' sections patched (lines cut and added), the changed graphs dumped; the index,
  findings, TriG and manifest as a full build writes them.
It returns None whenever it cannot (no usable current run, a blank node, the ontology, a change
the incremental validation cannot localise): the caller then builds in full. The run is written
into ``<id>.partial`` and renamed as a full build's is; the current run is only read.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from mandategraph import __version__, changes
from mandategraph.errors import from_os_error
from mandategraph.files import fsync_directory, fsync_file
from mandategraph.incremental import count_changed_focus_nodes, validate_changes
from mandategraph.namespaces import PREFIXES, SH
from mandategraph.rederive import INFERRED, ONTOLOGY, Unsupported, rederive
from mandategraph.store import DUMP, MANIFEST, STORE
from mandategraph.validate import FINDINGS, ValidationReport, count_focus_nodes, read_findings, read_json

TRIG = "dataset.trig"  # the dataset as TriG, written from the dump
FEW = 64  # at most this many lines are cut from a section by searching for each; more: by splitting it


@dataclass
class Rebuilt:
    """An incremental run: its folder, report, the graphs that changed, quads and graphs in it, and
    the CPU seconds of each phase."""

    directory: Path
    validation: ValidationReport
    changed_graphs: tuple[str, ...]
    quads: int
    graphs: int
    cpu: dict[str, float] = field(default_factory=dict)
    inferred: tuple[int, int] = (0, 0)  # inferred triples added, removed


class _Fallback(Exception):
    """The change cannot be made incrementally: build in full."""


@contextmanager
def _phase(cpu: dict[str, float], name: str) -> Iterator[None]:
    start = time.process_time()
    try:
        yield
    finally:
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - start


class _DefaultGraph:
    """A store queried on its default graph alone. Once the union is written there it holds every
    named graph's triples once, which the union default graph the validation queries ask for gives
    once per graph stating them, and twice more (the default graph's copy): the same solutions of
    these queries (DISTINCT, COUNT DISTINCT), which Oxigraph found several times slower (1M quads on
    the on-disk store: a class's instances read 30 times over)."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def query(self, text: str, **options: Any) -> Any:
        options["use_default_graph_as_union"] = False
        return self._store.query(text, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def usable(previous: Path, shapes_digest: str) -> dict[str, Any] | None:
    """The current run's index when an incremental rebuild can start from it: written by this
    version with these shapes, with its findings, its on-disk store and the dump its manifest
    records; None otherwise."""
    index = changes.read_index(previous)
    manifest = read_json(previous / MANIFEST)
    if index is None or index.get("shapes") != shapes_digest or not isinstance(index.get("graphs"), dict):
        return None
    if not isinstance(manifest, dict) or manifest.get("version") != __version__:
        return None
    if not (previous / STORE / "CURRENT").is_file() or not isinstance(manifest.get("quads"), int):
        return None
    with suppress(OSError):
        if (previous / DUMP).stat().st_size == manifest.get("dump_bytes"):
            return {"index": index, "manifest": manifest}
    return None


def _canonical(data: bytes) -> bytes:
    """N-Triples ``data`` as the store dumps them (the lines a dump of the graph would hold)."""
    scratch = ox.Store()
    scratch.load(data, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    return scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""


def _node(name: str) -> ox.NamedNode:
    if not (name.startswith("<") and name.endswith(">")):
        raise _Fallback(f"{name}: a graph not named by an IRI")
    return ox.NamedNode(name[1:-1])


def _lines(data: bytes) -> set[bytes]:
    return {line for line in data.split(b"\n") if line}


def _ntriples(triples: set[ox.Triple]) -> bytes:
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b"" if triples else b""


def _nquads(triples: set[ox.Triple], graph: ox.NamedNode) -> list[bytes]:
    quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"" if quads else b""
    return [line for line in data.split(b"\n") if line]


def _patched(section: bytes, removed: list[bytes], added: list[bytes]) -> bytes:
    """``section`` (whole lines) without the lines ``removed`` and with the lines ``added`` at its end."""
    if len(removed) <= FEW:
        data = b"\n" + section
        for line in removed:
            at = data.find(b"\n" + line + b"\n")
            if at < 0:
                raise _Fallback(f"a line to remove is not in the section: {line[:80]!r}")
            data = data[:at] + data[at + len(line) + 1:]
        data = data[1:]
    else:
        gone = set(removed)
        kept = [line for line in section.split(b"\n") if line and line not in gone]
        if len(kept) != section.count(b"\n") - len(gone):
            raise _Fallback("the lines to remove are not those of the section")
        data = b"".join(line + b"\n" for line in kept)
    return data + b"".join(line + b"\n" for line in added)


def write_trig(dump: Path, index: dict[str, dict[str, Any]], path: Path, prefixes: dict[str, str]) -> None:
    """The dataset of ``dump`` (as :func:`mandategraph.changes.write_dump` lays it out, ``index``
    giving where each named graph is) written as TriG to ``path`` from its text, without parsing it:
    N-Triples is TriG, so the default graph's lines are copied as they are (at the top level) and
    each named graph's lines, their graph term cut, go in a block ``<g> { ... }``. Blank node labels
    are the dump's (both formats scope them to the document). ValueError when the sections do not
    tile the dump or a section's lines do not all end with its graph term."""
    sections = sorted((int(entry["offset"]), int(entry["length"]), name) for name, entry in index.items())
    with open(dump, "rb") as src, open(path, "wb") as out:
        out.write("".join(f"@prefix {name}: <{iri}> .\n" for name, iri in prefixes.items()).encode())
        position = sections[0][0] if sections else os.fstat(src.fileno()).st_size
        _copy(src, out, 0, position)  # the default graph
        src.seek(position)
        for offset, length, name in sections:
            data = src.read(length)
            suffix = f" {name} .\n".encode()
            lines = data.replace(suffix, b" .\n")
            if offset != position or len(data) != length or (
                    length - len(lines) != data.count(b"\n") * (len(suffix) - 3)):
                raise ValueError(f"{dump}: the section of {name} is not where {changes.INDEX} says, "
                                 "or not all its lines")
            out.write(f"{name} {{\n".encode() + lines + b"}\n")
            position += length
        if src.read(1):
            raise ValueError(f"{dump}: lines after the last section {changes.INDEX} records")


def _copy(src: Any, dst: Any, offset: int, length: int) -> None:
    """``length`` bytes of ``src`` from ``offset`` appended to ``dst`` (in the kernel when it can)."""
    dst.flush()
    while length > 0:
        try:
            done = os.copy_file_range(src.fileno(), dst.fileno(), length, offset)
        except OSError:
            done = 0
        if done <= 0:  # another file system, or no copy_file_range: through Python
            src.seek(offset)
            chunk = src.read(min(length, 1 << 24))
            dst.write(chunk)
            dst.flush()
            done = len(chunk)
        offset += done
        length -= done
    dst.seek(0, os.SEEK_END)


def rebuild_run(previous: Path, runs: Path, graphs: dict[str, bytes | None], shapes: Graph, shapes_digest: str,
                sources: list[str], write_extra: Callable[[Path], None] = lambda _: None,
                reused: Callable[[str], bool] = lambda _: True) -> Rebuilt | None:
    """A new run in ``runs`` from the current run ``previous`` and the named graphs that changed
    (``graphs``: by name, ``<iri>``, the graph's N-Triples, or None for a graph no longer there);
    None when it cannot be made incrementally (nothing is left behind then). ``write_extra`` writes
    more files into the run (the texts extracted from new PDF and Word sources); the previous run's
    texts whose names ``reused`` accepts are linked into the new one."""
    cpu: dict[str, float] = {}
    ready = usable(previous, shapes_digest)
    findings = read_findings(previous)
    if ready is None or findings is None:
        return None
    index: dict[str, Any] = ready["index"]["graphs"]
    manifest: dict[str, Any] = ready["manifest"]
    name = run_name()
    staging = runs / f"{name}.partial"
    try:
        with _phase(cpu, "compare"):
            delta = _changes(previous, index, graphs)
        staging.mkdir()
        with _phase(cpu, "checkpoint"):
            ox.Store.read_only(str(previous / STORE)).backup(str(staging / STORE))
            disk = ox.Store(str(staging / STORE))
            old = ox.Store.read_only(str(previous / STORE))
        with _phase(cpu, "apply"):
            base: list[ox.Quad] = []
            for graph, (added, removed, gone) in delta.items():
                node = _node(graph)
                for triple in changes.triples(removed):
                    quad = ox.Quad(triple.subject, triple.predicate, triple.object, node)
                    disk.remove(quad)
                    base.append(quad)
                if added:
                    disk.load(added, format=ox.RdfFormat.N_TRIPLES, to_graph=node, lenient=True)
                    base.extend(ox.Quad(t.subject, t.predicate, t.object, node) for t in changes.triples(added))
                if gone:
                    disk.remove_graph(node)
        with _phase(cpu, "materialise"):
            try:
                inferred = rederive(old, disk, base)
            except Unsupported as exc:
                raise _Fallback(str(exc)) from exc
        with _phase(cpu, "union"):
            changed = {q.triple for q in base} | inferred.added | inferred.removed
            default_added, default_removed = set(), set()
            for triple in changed:
                quad = ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph())
                named = any(q.graph_name != ox.DefaultGraph()
                            for q in disk.quads_for_pattern(triple.subject, triple.predicate, triple.object, None))
                if named and quad not in disk:
                    disk.add(quad)
                    default_added.add(triple)
                elif not named and quad in disk:
                    disk.remove(quad)
                    default_removed.add(triple)
        with _phase(cpu, "validate"):
            checked: Any = _DefaultGraph(disk)
            validation = manifest.get("validation")
            before = validation.get("focus_nodes_checked") if isinstance(validation, dict) else None
            count = (count_changed_focus_nodes(_DefaultGraph(old), checked, shapes, tuple(changed), before)  # type: ignore[arg-type]
                     if isinstance(before, int) else None)
            report = validate_changes(checked, shapes, tuple(changed), findings, count)
            if report is None:
                raise _Fallback("the change cannot be localised for validation")
            fixed = len(set(shapes.objects(None, SH.targetNode)))
            if report.focus_nodes_checked <= fixed and not count_focus_nodes(checked, shapes, fixed_targets=False):
                raise _Fallback("nothing to build: the full build says so")  # more than the fixed: some are data
        disk.flush()
        with _phase(cpu, "write"):
            new_index, graph_count = _write_dump(previous / DUMP, staging / DUMP, index, delta, disk,
                                                 (default_added, default_removed), inferred)
            changes.write_index(staging / changes.INDEX, new_index, shapes_digest)
            (staging / FINDINGS).write_text(json.dumps([f.__dict__ for f in report.findings], ensure_ascii=False),
                                            encoding="utf-8")
            write_trig(staging / DUMP, new_index, staging / TRIG, PREFIXES)  # from the dump's text
            texts = previous / "texts"
            if texts.is_dir():
                for path in texts.iterdir():
                    if reused(path.name):
                        (staging / "texts").mkdir(exist_ok=True)
                        os.link(path, staging / "texts" / path.name)
            write_extra(staging)
            quads = (manifest["quads"] + len(default_added) - len(default_removed)
                     + len(inferred.added) - len(inferred.removed)
                     + sum(len(_lines(a)) - len(_lines(r)) for a, r, _ in delta.values()))
            (staging / MANIFEST).write_text(json.dumps({
                "version": __version__, "quads": quads, "dump_bytes": (staging / DUMP).stat().st_size,
                "graphs": graph_count, "sources": sources,
                "conforms": report.conforms, "validation": report.as_dict(),
                "validated": {"incrementally": sorted(delta)}, "materialised": "incrementally"},
                indent=2, ensure_ascii=False), encoding="utf-8")
            del checked, disk, old  # closed: RocksDB deletes files it compacts while it is open
            for path in sorted(staging.rglob("*"), key=lambda p: len(p.parts), reverse=True):
                (fsync_directory if path.is_dir() else fsync_file)(path)
            fsync_directory(staging)
            run = runs / (name if report.conforms else f"{name}.rejected")
            staging.rename(run)
            fsync_directory(runs)
    except _Fallback:
        shutil.rmtree(staging, ignore_errors=True)
        return None
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if exc.errno is None:  # the store's own error (RocksDB's, a full disk among them): the full build says
            return None
        raise from_os_error(exc, str(staging), "cannot write the new build") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Rebuilt(run, report, tuple(sorted(delta)), quads, graph_count, cpu,
                   (len(inferred.added), len(inferred.removed)))


Delta = dict[str, tuple[bytes, bytes, bool]]  # by graph: N-Triples added, removed, and whether it is gone


def _changes(previous: Path, index: dict[str, Any], graphs: dict[str, bytes | None]) -> Delta:
    """Each changed graph's lines added and removed against the previous run's dump."""
    delta: Delta = {}
    with open(previous / DUMP, "rb") as dump:
        for name, data in sorted(graphs.items()):
            if name in (f"<{ONTOLOGY.value}>", f"<{INFERRED.value}>"):
                raise _Fallback(f"{name}: the ontology or the inferred graph given as changed")
            before = changes._old_lines(dump, name, index.get(name))
            if before is None:
                raise _Fallback(f"{name}: not where the index says in {previous / DUMP}")
            after = _lines(_canonical(data)) if data is not None else set()
            if not after:
                data = None  # a graph without triples is no graph
            if any(b"_:" in line for line in before | after):
                raise _Fallback(f"{name}: blank nodes")
            if before == after:
                continue
            delta[name] = (b"".join(line + b"\n" for line in sorted(after - before)),
                           b"".join(line + b"\n" for line in sorted(before - after)), data is None)
    return delta


def _write_dump(old_path: Path, new_path: Path, index: dict[str, Any], delta: Delta, disk: ox.Store,
                default: tuple[set[ox.Triple], set[ox.Triple]],
                inferred: Any) -> tuple[dict[str, dict[str, object]], int]:
    """The new dump from the old one: the default graph's section patched, each unchanged graph's
    bytes copied, the inferred graph's section patched, the changed graphs dumped from ``disk``."""
    names = sorted((set(index) | set(delta)) - {n for n, (_, _, gone) in delta.items() if gone})
    if (inferred.added or inferred.removed) and f"<{INFERRED.value}>" not in index:
        raise _Fallback("the previous run has no inferred graph")
    first = min((int(e["offset"]) for e in index.values()), default=None)
    inf = f"<{INFERRED.value}>"
    out_index: dict[str, dict[str, object]] = {}
    with open(old_path, "rb") as old, open(new_path, "wb") as out:
        head = old.read(first) if first is not None else old.read()
        out.write(_patched(head, sorted(_lines(_ntriples(default[1]))), sorted(_lines(_ntriples(default[0])))))
        for name in names:
            offset = out.tell()
            entry = index.get(name)
            if name in delta:
                data = disk.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=_node(name)) or b""
                lines = data.replace(b" .\n", f" {name} .\n".encode())
                out.write(lines)
                out_index[name] = {"offset": offset, "length": len(lines), **changes.digests({name: data})[name]}
            elif name == inf and (inferred.added or inferred.removed):
                assert isinstance(entry, dict)
                old.seek(int(entry["offset"]))
                section = _patched(old.read(int(entry["length"])), _nquads(inferred.removed, INFERRED),
                                   _nquads(inferred.added, INFERRED))
                if not section:
                    raise _Fallback("the inferred graph is empty now")
                out.write(section)  # its digest is left to the next comparison, which reads its lines
                out_index[name] = {"offset": offset, "length": len(section), "digest": None, "raw": None}
            else:
                assert isinstance(entry, dict)
                _copy(old, out, int(entry["offset"]), int(entry["length"]))
                out_index[name] = {**entry, "offset": offset}
    return out_index, len(names)


SOURCES = "sources.json"  # a run's record of its sources: each file's digest and the graph it gave
SOURCES_FORMAT = 1


_last_named = 0


def run_name() -> str:
    """A new run's name: the local time to the second, the nanoseconds within it and the process,
    so that names sort in the order the runs were made (the build keeps the last runs by name; runs
    made within one second sorted at random by the earlier sub-millisecond suffix, and a test's
    second-to-last run could be pruned)."""
    global _last_named
    now = max(time.time_ns(), _last_named + 1)
    _last_named = now
    stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime(now // 10**9))
    return f"{stamp}-{now % 10**9:09d}-{os.getpid()}"


def write_sources(directory: Path, basis: str, sources: dict[str, dict[str, Any]]) -> None:
    """Record in a run the sources it was built from: ``basis`` (the digest of everything else a
    source's graph depends on) and, by file name, its digest, its manifest entry and its graph."""
    (directory / SOURCES).write_text(json.dumps({"format": SOURCES_FORMAT, "basis": basis, "sources": sources},
                                                indent=0, ensure_ascii=False), encoding="utf-8")


def read_sources(run: Path, basis: str) -> dict[str, dict[str, Any]] | None:
    """The sources a run records, when it was built on the same ``basis``; None otherwise."""
    record = read_json(run / SOURCES)
    if not isinstance(record, dict) or record.get("format") != SOURCES_FORMAT or record.get("basis") != basis:
        return None
    sources = record.get("sources")
    return sources if isinstance(sources, dict) and all(isinstance(v, dict) for v in sources.values()) else None
