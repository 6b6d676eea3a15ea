"""Build: ontology + curated facts + ingested sources -> one validated dataset, swapped in atomically.

The promise: a build that fails changes nothing. A build holds ``build/.lock`` (a second build of
the same directory stops at once, exit 3), writes a new run directory ``runs/<id>.partial``, flushes
every file and the directory to disk, renames it to ``runs/<id>`` and only then repoints
``build/current`` (an atomic symlink replace), and only when its graph conforms to the shapes. A
graph with SHACL violations is kept aside as ``runs/<id>.rejected`` for inspection, and the
previous graph stays current. A build killed at any point leaves at most a ``.partial`` folder,
which the next build removes. A build refuses a sources folder with no texts (unless asked) and two
texts of the same document (the same symbol).
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from mandategraph import __version__, changes, iri
from mandategraph.errors import BuildLockedError, InputError, from_os_error
from mandategraph.files import file_digest, fsync_directory, fsync_file
from mandategraph.incremental import validate_changes
from mandategraph.ingest import SOURCE_SUFFIXES, IngestResult, Registry, ingest_paths, write_texts
from mandategraph.ingest.extract import extracted_name
from mandategraph.limits import DocumentLimits
from mandategraph.manifest import ManifestError, SourceEntry, read_manifest
from mandategraph.namespaces import MG, PREFIXES, SKOS
from mandategraph.project import Layout
from mandategraph.project import layout as default_layout
from mandategraph.query import internal
from mandategraph.rebuild import TRIG, read_sources, rebuild_run, run_name, write_sources, write_trig
from mandategraph.store import DUMP, STORE, write_disk_store
from mandategraph.validate import (
    FINDINGS,
    ValidationReport,
    count_focus_nodes,
    load_shapes,
    read_findings,
    read_json,
    validate_store,
)

KEEP_RUNS = 3
TEXTS = "texts"  # the run's folder of texts extracted from PDF and Word sources
KEEP_REJECTED = 2
LOCK = ".lock"


class BuildError(InputError):
    """A build input is wrong; the message names the file (and line) and how to fix it."""


@dataclass(frozen=True)
class BuildResult:
    """``directory`` is the new run; ``swapped`` says whether it became ``build/current`` (only a
    conforming graph does: otherwise it is a ``.rejected`` run kept for inspection)."""

    directory: Path
    quads: int
    graphs: int
    sources: tuple[str, ...]
    validation: ValidationReport
    seconds: float
    swapped: bool = True
    changed_graphs: tuple[str, ...] | None = None  # validated incrementally: the graphs that changed; None: fully


def load_turtle(store: ox.Store, path: Path, graph: URIRef) -> None:
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(graph)))
    except SyntaxError as exc:
        raise BuildError(f"{path}: {exc}") from exc


def source_texts(where: Layout, allow_no_sources: bool = False) -> list[Path]:
    """The sources to ingest (texts, PDF and Word files); a missing or empty sources folder is an
    error unless asked for."""
    if not where.sources.is_dir():
        if allow_no_sources:
            return []
        raise BuildError(f"{where.sources}: no such folder of source texts "
                         f"(build with --allow-no-sources to build from the curated data alone)")
    sources = sorted(p for p in where.sources.glob("*") if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file())
    if not sources and not allow_no_sources:
        raise BuildError(f"{where.sources}: no source texts ({', '.join(sorted(SOURCE_SUFFIXES))}) "
                         f"(build with --allow-no-sources to build from the curated data alone)")
    return sources


def _entries(where: Layout, sources: list[Path]) -> dict[str, SourceEntry]:
    try:
        manifest = read_manifest(where.sources) if where.sources.is_dir() else {}
    except ManifestError as exc:
        raise BuildError(str(exc)) from exc
    return {p.name: manifest.get(p.name, SourceEntry()) for p in sources}


def _ingest(paths: list[Path], entries: dict[str, SourceEntry], registry: Registry,
            progress: Callable[[str], None], limits: DocumentLimits | None) -> list[IngestResult]:
    batch = ingest_paths(paths, registry, {p.name: entries[p.name].symbol for p in paths},
                         progress=lambda name: progress(f"ingest {name}"),
                         addresses={p.name: entries[p.name].source for p in paths}, limits=limits)
    if batch.errors:
        raise BuildError("; ".join(message for _, message in batch.errors))
    return list(batch.results)


def assemble(where: Layout, progress: Callable[[str], None] = lambda _: None, allow_no_sources: bool = False,
             limits: DocumentLimits | None = None,
             record: dict[str, dict[str, object]] | None = None) -> tuple[ox.Store, list[str], list[IngestResult]]:
    """Load the ontology and curated data, ingest every source (text, PDF, Word) within the
    per-document ``limits``, materialise; also the results read from PDF and Word files, whose
    extracted texts the run keeps. Every source is read: a bad one (or one over the limits) fails
    the build with a line naming each. ``record`` is given each source's digest, manifest entry and
    graph (what an incremental rebuild compares)."""
    sources = source_texts(where, allow_no_sources)
    store = ox.Store()
    load_turtle(store, where.ontology, iri.GRAPH_ONTOLOGY)
    curated = sorted(where.curated.glob("*.ttl"))
    for path in curated:
        progress(f"curated {path.name}")
        load_turtle(store, path, iri.graph_curated(path.stem))
    registry = Registry.load(where.curated)
    entries = _entries(where, sources)
    results = _ingest(sources, entries, registry, progress, limits)
    for result in results:
        add_ingested(store, result, entries[result.source])
    if record is not None:
        record.update(_source_record(where, sources, entries, results))
    progress("materialise")
    materialise(store)
    return store, [p.name for p in sources], [r for r in results if r.text is not None]


def add_ingested(store: ox.Store, result: IngestResult, entry: SourceEntry) -> None:
    """One ingested document and what the manifest says of it (a note, unverified) into the store."""
    load_ingested(store, result)
    if result.document is not None and (entry.note or entry.unverified):
        graph, document = ox.NamedNode(str(result.graph_name)), ox.NamedNode(str(result.document))
        if entry.note:
            store.add(ox.Quad(document, ox.NamedNode(str(SKOS.editorialNote)),
                              ox.Literal(entry.note, language="en"), graph))
        if entry.unverified:
            store.add(ox.Quad(document, ox.NamedNode(str(MG.status)), ox.NamedNode(str(MG.unverified)), graph))


def _source_record(where: Layout, paths: list[Path], entries: dict[str, SourceEntry],
                   results: list[IngestResult]) -> dict[str, dict[str, object]]:
    graphs = {r.source: f"<{r.graph_name}>" for r in results}
    return {p.name: {"sha256": file_digest(p), "entry": asdict(entries[p.name]), "graph": graphs.get(p.name),
                     "text": any(r.source == p.name and r.text is not None for r in results)} for p in paths}


def _basis(where: Layout, limits: DocumentLimits | None) -> str:
    """The digest of everything but the sources that a source's graph, or the build, depends on: the
    version, mandategraph's own files (the ingester, the rules), the ontology, the shapes, the curated
    files (the registry of bodies), the limits. An incremental rebuild needs the same."""
    digest = hashlib.sha256(f"{__version__}\n{limits!r}\n".encode())
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [*files, where.ontology, where.shapes, *sorted(where.curated.glob("*"))]:
        if path.is_file():
            digest.update(f"{path.name}\n{path.stat().st_size}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def load_ingested(store: ox.Store, result: IngestResult) -> None:
    """Put one ingested document into the store, replacing whatever its named graph held before
    (re-ingesting a document never leaves triples of an earlier reading behind)."""
    graph = ox.NamedNode(str(result.graph_name))
    store.clear_graph(graph)  # lenient: the text is pyoxigraph's own N-Triples of terms it made (and checked)
    store.load(result.nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)


def materialise(store: ox.Store) -> None:
    """Upstream and evidence super-properties, the links blanket actions imply (each with evidence of
    its own), one recommendation read from several documents linked by owl:sameAs, then the
    effective status of every evidence node."""
    for update in ("materialise.ru", "blanket.ru", "same_recommendation.ru", "effective_status.ru"):
        store.update(internal(update))


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


def build(where: Layout | None = None, progress: Callable[[str], None] = lambda _: None,
          allow_no_sources: bool = False, limits: DocumentLimits | None = None,
          full_validation: bool = False, full: bool = False) -> BuildResult:
    """Build the dataset and swap it in when it conforms. After a current build whose run records its
    sources on the same basis (code, ontology, shapes, curated files, limits), only the sources that
    changed are ingested and the current graph is updated with them (:func:`rebuild_incrementally`:
    materialised, validated and written incrementally, the same result as a full build); ``full``
    builds everything again (and validates fully), as does any change that cannot be made so. In a
    full build the graph is validated incrementally
    against the current build when it can be (only the focus nodes the changed named graphs can
    reach, :func:`~mandategraph.incremental.validate_changes`), fully when ``full_validation`` asks, when
    there is no current build to start from, or when the change cannot be localised; the findings
    are the same either way. Raises :class:`BuildError` on bad input,
    :class:`~mandategraph.errors.BuildLockedError` when another build runs, an
    :class:`~mandategraph.errors.EnvironmentFailure` when the disk refuses; in all of these, and
    when the graph has SHACL violations (``swapped`` False), the previous graph stays current."""
    lay = where or default_layout()
    started = time.perf_counter()
    runs = lay.build / "runs"
    try:
        runs.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, str(runs), "cannot create the build folder") from exc
    with build_lock(lay.build):
        prune_partial(runs)  # holding the lock, every .partial run is one a killed build left behind
        basis = _basis(lay, limits)
        if not (full or full_validation):
            done = rebuild_incrementally(lay, runs, basis, progress, allow_no_sources, limits)
            if done is not None:
                return replace(done, seconds=time.perf_counter() - started)
        record: dict[str, dict[str, object]] = {}
        store, sources, extracted = assemble(lay, progress, allow_no_sources, limits, record)
        progress("validate")
        shapes = load_shapes(lay.shapes)
        increment = starting_point(store, lay)
        report, changed = validate_build(store, shapes, increment, full_validation or full)
        if not count_focus_nodes(store, shapes, fixed_targets=False):  # what `validate` refuses as empty
            raise BuildError(f"{lay.curated}, {lay.sources}: nothing to build: no curated fact or source text "
                             f"gives a node any shape applies to ({len(store)} quads); "
                             f"the previous graph stays current")
        union_as_default_graph(store)
        progress("write")
        run, graphs = write_run(store, runs, sources, report, extracted, increment, changed,
                                lambda staging: write_sources(staging, basis, record))
        if report.conforms:
            swap(lay.build / "current", run)
        prune(runs, keep=KEEP_RUNS, current=(lay.build / "current").resolve())
    return BuildResult(run, len(store), graphs, tuple(sources), report, time.perf_counter() - started,
                       swapped=report.conforms, changed_graphs=changed)


def rebuild_incrementally(where: Layout, runs: Path, basis: str, progress: Callable[[str], None],
                          allow_no_sources: bool, limits: DocumentLimits | None) -> BuildResult | None:
    """The build made from the current run and the sources that changed since it
    (:func:`mandategraph.rebuild.rebuild_run`: only those sources are ingested, only what their
    graphs change is materialised, validated and written again); None when it cannot be (no
    current run recording its sources on the same basis: other code, ontology, shapes, curated files
    or limits; a document now given by two texts; blank nodes; a change the incremental validation
    cannot localise): the caller builds in full. Bad input raises what a full build raises."""
    current = where.build / "current"
    if not (current / DUMP).is_file():
        return None
    previous = current.resolve()
    recorded = read_sources(previous, basis)
    if recorded is None:
        return None
    sources = source_texts(where, allow_no_sources)
    entries = _entries(where, sources)
    changed = [p for p in sources if recorded.get(p.name, {}).get("sha256") != file_digest(p)
               or recorded[p.name].get("entry") != asdict(entries[p.name])]
    names = {p.name for p in sources}
    gone = [name for name in recorded if name not in names]
    results = _ingest(changed, entries, Registry.load(where.curated), progress, limits) if changed else []
    graphs: dict[str, bytes | None] = {}
    for name in [*gone, *(p.name for p in changed)]:
        if isinstance(recorded.get(name, {}).get("graph"), str):
            graphs[recorded[name]["graph"]] = None
    kept = {entry.get("graph") for name, entry in recorded.items() if name in names
            and name not in {p.name for p in changed}}
    for result in results:
        graph = f"<{result.graph_name}>"
        if graph in kept or (graphs.get(graph) is not None):
            return None  # a second text of a document: the full build names both
        scratch = ox.Store()
        add_ingested(scratch, result, entries[result.source])
        graphs[graph] = scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(result.graph_name)))
    record = {name: entry for name, entry in recorded.items() if name in names}
    record.update(_source_record(where, changed, entries, results))
    extracted = [r for r in results if r.text is not None]
    renewed = {extracted_name(name) for name in [*gone, *(p.name for p in changed)]}
    progress("rebuild (incremental)")

    def extra(staging: Path) -> None:
        write_texts(extracted, staging / TEXTS)
        write_sources(staging, basis, record)

    shapes = load_shapes(where.shapes)
    rebuilt = rebuild_run(previous, runs, graphs, shapes, file_digest(where.shapes),
                          [p.name for p in sources], extra, lambda text: text not in renewed)
    if rebuilt is None:
        return None
    if rebuilt.validation.conforms:
        swap(current, rebuilt.directory)
    prune(runs, keep=KEEP_RUNS, current=current.resolve())
    return BuildResult(rebuilt.directory, rebuilt.quads, rebuilt.graphs, tuple(p.name for p in sources),
                       rebuilt.validation, 0.0, swapped=rebuilt.validation.conforms,
                       changed_graphs=rebuilt.changed_graphs)


@dataclass(frozen=True)
class Increment:
    """What a build starts from: its named graphs (N-Triples, by graph) and their digests, the
    digest of the shapes, and the current run with what changed since it (None when there is no
    current run, or it cannot be compared: an older build)."""

    named: dict[str, bytes]
    digests: changes.Digests
    shapes: str
    previous: Path | None = None
    delta: changes.Changes | None = None


def starting_point(store: ox.Store, where: Layout) -> Increment:
    named = changes.sections(store)
    shapes = file_digest(where.shapes)
    current = where.build / "current"
    if not (current / DUMP).is_file():
        return Increment(named, changes.digests(named), shapes)
    previous = current.resolve()
    index = changes.read_index(previous)
    digested = changes.digests(named, index)
    delta = None if index is None else changes.compare(previous, index, named, digested)
    return Increment(named, digested, shapes, previous, delta)


def validate_build(store: ox.Store, shapes: Graph, increment: Increment,
                   full: bool = False) -> tuple[ValidationReport, tuple[str, ...] | None]:
    """The store's report, and the named graphs that changed since the previous run when it was
    computed from that run's findings (None: validated fully). ``full``, no previous run, one
    written by another version or with other shapes, one without its findings, or a change that
    cannot be localised give a full validation."""
    run, delta = increment.previous, increment.delta
    if not full and run is not None and delta is not None:
        findings = read_findings(run)
        index, manifest = changes.read_index(run), read_json(run / "build.json")
        if (index is not None and findings is not None and index.get("shapes") == increment.shapes
                and isinstance(manifest, dict) and manifest.get("version") == __version__):
            report = validate_changes(store, shapes, delta.triples, findings)
            if report is not None:
                return report, delta.graphs
    return validate_store(store, shapes), None


def write_run(store: ox.Store, runs: Path, sources: list[str], report: ValidationReport,
              extracted: list[IngestResult], increment: Increment | None = None,
              changed: tuple[str, ...] | None = None,
              extra: Callable[[Path], None] = lambda _: None) -> tuple[Path, int]:
    """Write the run's files into ``<id>.partial`` (the dump, its index, the findings, the on-disk
    store: the previous run's updated with what changed, when ``increment`` has them), flush them
    and the folder to disk, then rename it to ``<id>`` (a graph that conforms) or ``<id>.rejected``
    (one with violations)."""
    if increment is None:
        named = changes.sections(store)
        increment = Increment(named, changes.digests(named), "")
    name = run_name()
    staging = runs / f"{name}.partial"
    run = runs / (name if report.conforms else f"{name}.rejected")
    graphs = sum(1 for _ in store.named_graphs())
    try:
        staging.mkdir()
        with open(staging / DUMP, "wb") as out:  # one named graph after another, each where the index says
            index = changes.write_dump(out, store, increment.named, increment.digests)
        changes.write_index(staging / changes.INDEX, index, increment.shapes)
        write_disk_store(staging / STORE, staging / DUMP, store, increment.named,
                         None if increment.previous is None else increment.previous / STORE, increment.delta)
        (staging / FINDINGS).write_text(json.dumps([f.__dict__ for f in report.findings], ensure_ascii=False),
                                        encoding="utf-8")
        write_trig(staging / DUMP, index, staging / TRIG, PREFIXES)
        write_texts(extracted, staging / TEXTS)  # the evidence offsets of PDF and Word sources count in these
        extra(staging)
        (staging / "build.json").write_text(json.dumps({
            "version": __version__, "quads": len(store), "dump_bytes": (staging / DUMP).stat().st_size,
            "graphs": graphs, "sources": sources,
            "conforms": report.conforms, "validation": report.as_dict(),
            "validated": "fully" if changed is None else {"incrementally": list(changed)}},
            indent=2, ensure_ascii=False),
            encoding="utf-8")
        for path in sorted(staging.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            (fsync_directory if path.is_dir() else fsync_file)(path)
        fsync_directory(staging)
        staging.rename(run)
        fsync_directory(runs)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise from_os_error(exc, str(staging), "cannot write the new build") from exc
        raise
    return run, graphs


@contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    """Hold ``directory/.lock`` for one build; another build of the same directory fails at once."""
    path = directory / LOCK
    try:
        handle = open(path, "a+")  # noqa: SIM115 - held open for the whole build
    except OSError as exc:
        raise from_os_error(exc, str(path), "cannot open the build lock") from exc
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BuildLockedError(f"{directory}: another build is running (pid {holder}); "
                                   f"wait for it to finish") from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def swap(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` atomically (rename over the old symlink) and make it durable."""
    tmp = link.with_name(link.name + ".new")
    try:
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        tmp.symlink_to(target.relative_to(link.parent))
        os.replace(tmp, link)
        fsync_directory(link.parent)
    except OSError as exc:
        raise from_os_error(exc, str(link), "cannot swap the new build in") from exc


def prune_partial(runs: Path) -> None:
    """Remove the ``.partial`` runs of builds that were killed (call only while holding the lock)."""
    for dead in runs.glob("*.partial"):
        shutil.rmtree(dead, ignore_errors=True)


def prune(runs: Path, keep: int, current: Path) -> None:
    """Keep the last ``keep`` good runs and the last :data:`KEEP_REJECTED` rejected ones, and always
    the current one."""
    done = sorted((p for p in runs.iterdir() if p.is_dir() and "." not in p.name), key=lambda p: p.name)
    rejected = sorted((p for p in runs.glob("*.rejected") if p.is_dir()), key=lambda p: p.name)
    for old in done[:-keep] + rejected[:-KEEP_REJECTED]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
