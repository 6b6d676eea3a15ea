"""Build: ontology + curated facts + ingested sources -> one validated dataset, swapped in atomically.

A build writes a new run directory beside the old ones and only then repoints ``build/current``
(an atomic symlink replace), so a build that fails half-way leaves the previous graph readable.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from mandategraph import __version__, iri
from mandategraph.ingest import SOURCE_SUFFIXES, IngestResult, Registry, ingest_paths, write_texts
from mandategraph.manifest import ManifestError, SourceEntry, read_manifest
from mandategraph.namespaces import MG, PREFIXES, SKOS
from mandategraph.project import Layout
from mandategraph.project import layout as default_layout
from mandategraph.query import internal
from mandategraph.status import PRECEDENCE
from mandategraph.store import DUMP
from mandategraph.validate import ValidationReport, load_shapes, validate_store

KEEP_RUNS = 3
TEXTS = "texts"  # the run's folder of texts extracted from PDF and Word sources
STATUS_RANK = {MG[name]: rank for rank, name in enumerate(PRECEDENCE)}


class BuildError(Exception):
    """A build input is wrong; the message names the file (and line) and how to fix it."""


@dataclass(frozen=True)
class BuildResult:
    directory: Path
    quads: int
    graphs: int
    sources: tuple[str, ...]
    validation: ValidationReport
    seconds: float


def load_turtle(store: ox.Store, path: Path, graph: URIRef) -> None:
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(graph)))
    except SyntaxError as exc:
        raise BuildError(f"{path}: {exc}") from exc


def assemble(where: Layout, progress: Callable[[str], None] = lambda _: None,
             ) -> tuple[ox.Store, list[str], list[IngestResult]]:
    """Load the ontology and curated data, ingest every source (text, PDF, Word), materialise;
    also the results read from PDF and Word files, whose extracted texts the run keeps."""
    store = ox.Store()
    load_turtle(store, where.ontology, iri.GRAPH_ONTOLOGY)
    curated = sorted(where.curated.glob("*.ttl"))
    for path in curated:
        progress(f"curated {path.name}")
        load_turtle(store, path, iri.graph_curated(path.stem))
    registry = Registry.load(where.curated)
    try:
        manifest = read_manifest(where.sources)
    except ManifestError as exc:
        raise BuildError(str(exc)) from exc
    sources = sorted(p for p in where.sources.glob("*") if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file())
    entries = {p.name: manifest.get(p.name, SourceEntry()) for p in sources}
    batch = ingest_paths(sources, registry, {name: e.symbol for name, e in entries.items()},
                         progress=lambda name: progress(f"ingest {name}"),
                         addresses={name: e.source for name, e in entries.items()})
    if batch.errors:
        raise BuildError("; ".join(message for _, message in batch.errors))
    for result in batch.results:
        entry = manifest.get(result.source, SourceEntry())
        graph = result.graph
        if result.document is not None and entry.note:
            graph.add((result.document, SKOS.editorialNote, Literal(entry.note, lang="en")))
        if result.document is not None and entry.unverified:
            graph.add((result.document, MG.status, MG.unverified))
        load_ingested(store, result)
    progress("materialise")
    materialise(store)
    return store, [p.name for p in sources], [r for r in batch.results if r.text is not None]


def load_ingested(store: ox.Store, result: IngestResult) -> None:
    """Put one ingested document into the store, replacing whatever its named graph held before
    (re-ingesting a document never leaves triples of an earlier reading behind)."""
    graph = ox.NamedNode(str(result.graph_name))
    store.clear_graph(graph)
    store.load(result.graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
               to_graph=graph)


def materialise(store: ox.Store) -> None:
    """Upstream and evidence super-properties, then the effective status of every evidence node."""
    store.update(internal("materialise.ru"))
    inferred = ox.NamedNode(str(iri.GRAPH_INFERRED))
    worst: dict[tuple[str, str, str], ox.NamedNode] = {}
    solutions = store.query(internal("evidence_status.rq"), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    rows = list(solutions)
    for row in rows:
        key = (row["s"].value, row["p"].value, row["o"].value)
        status = row["status"]
        if key not in worst or STATUS_RANK.get(URIRef(status.value), 0) > STATUS_RANK.get(
                URIRef(worst[key].value), 0):
            worst[key] = status
    effective = ox.NamedNode(str(MG.effectiveStatus))
    for row in rows:
        key = (row["s"].value, row["p"].value, row["o"].value)
        store.add(ox.Quad(row["evidence"], effective, worst[key], inferred))


def union_as_default_graph(store: ox.Store) -> None:
    """Write every distinct triple of the named graphs once into the default graph, so that a query
    on the default graph counts each fact once however many documents state it (the named graphs
    keep who said what). Oxigraph's union default graph is a bag: a triple stated in three graphs
    came back three times."""
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def validate_files(paths: list[Path], where: Layout | None = None) -> ValidationReport:
    """Validate Turtle files on their own (with the ontology), materialised as a build would."""
    lay = where or default_layout()
    store = ox.Store()
    load_turtle(store, lay.ontology, iri.GRAPH_ONTOLOGY)
    for path in paths:
        load_turtle(store, path, iri.graph_curated(path.stem))
    materialise(store)
    return validate_store(store, load_shapes(lay.shapes))


def build(where: Layout | None = None, progress: Callable[[str], None] = lambda _: None) -> BuildResult:
    """Build the dataset and swap it in; raise :class:`BuildError` on bad input (nothing swapped)."""
    lay = where or default_layout()
    started = time.perf_counter()
    store, sources, extracted = assemble(lay, progress)
    progress("validate")
    report = validate_store(store, load_shapes(lay.shapes))
    union_as_default_graph(store)
    runs = lay.build / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    run = runs / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    staging = run.with_name(run.name + ".partial")
    try:
        staging.mkdir()
        progress("write")
        store.dump(str(staging / DUMP), format=ox.RdfFormat.N_QUADS)
        store.dump(str(staging / "dataset.trig"), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        write_texts(extracted, staging / TEXTS)  # the evidence offsets of PDF and Word sources count in these
        graphs = sum(1 for _ in store.named_graphs())
        (staging / "build.json").write_text(json.dumps({
            "version": __version__, "quads": len(store), "graphs": graphs, "sources": sources,
            "validation": report.as_dict()}, indent=2, ensure_ascii=False), encoding="utf-8")
        staging.rename(run)
        swap(lay.build / "current", run)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    prune(runs, keep=KEEP_RUNS, current=run)
    return BuildResult(run, len(store), graphs, tuple(sources), report, time.perf_counter() - started)


def swap(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` atomically (rename over the old symlink)."""
    tmp = link.with_name(link.name + ".new")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target.relative_to(link.parent))
    os.replace(tmp, link)


def prune(runs: Path, keep: int, current: Path) -> None:
    done = sorted((p for p in runs.iterdir() if p.is_dir() and not p.name.endswith(".partial")),
                  key=lambda p: p.name)
    for old in done[:-keep]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
