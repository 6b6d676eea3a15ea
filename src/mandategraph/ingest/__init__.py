"""The ingester: UN document texts in, RDF with evidence out (one named graph per document).

``ingest_file`` / ``ingest_bytes`` read one text; ``ingest_paths`` reads many (the sessions on all
their covers are learnt first, so a paper and its agenda meet on the same item IRI) and reports a
bad file without stopping; ``ingest`` is the ``mandategraph ingest`` command's entry point and
``serialize`` writes the results as one dataset. This module is only that public face; the modules
beside it each do one job:

- ``document``: the reading of one text (what it is, its body and session, its cover facts, which
  genre reader reads its content) into an :class:`IngestResult`;
- ``text`` (reading, cleaning, lines, sentences, language), ``dates``, ``symbols``, ``citations``
  (the citation grammar);
- the layout of a text, as spans: ``cover`` (symbol, Distr., original, venue and dates, session,
  title, agenda-item heading and its footnote), ``agenda_layout`` (item list, annotations,
  documentation lists, organization of work), ``paragraphs`` (paragraphs, headings, contents),
  ``mandate_layout`` (lists and texts of resolutions and decisions);
- the genre readers, emitting RDF: ``agenda`` (items and their grounding), ``papers`` (the item a
  paper is under, what its prose cites), ``reports`` (recommendations, lists of mandates),
  ``mandates`` (resolution and decision texts);
- ``resolve`` (citation to IRI), ``registry`` (bodies and sessions known), ``emit`` (RDF with
  evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from mandategraph.errors import InputError
from mandategraph.files import text_of_name
from mandategraph.ingest import workers
from mandategraph.ingest.document import Document, IngestResult
from mandategraph.ingest.extract import SOURCE_SUFFIXES, extracted_name, source_text
from mandategraph.ingest.registry import Registry
from mandategraph.ingest.symbols import is_symbol
from mandategraph.ingest.text import NotADocumentError
from mandategraph.limits import DocumentLimits, OverLimitError, document_limits
from mandategraph.manifest import read_manifest
from mandategraph.namespaces import readable_prefixes

__all__ = ["FORMATS", "SOURCE_SUFFIXES", "IngestBatch", "IngestResult", "NotADocumentError", "Registry", "ingest",
           "ingest_bytes", "ingest_file", "ingest_paths", "learn_sessions", "serialize", "source_files",
           "write_texts"]

FORMATS = ("trig", "ttl", "nt", "jsonld")


def ingest_file(path: Path, registry: Registry, symbol: str | None = None) -> IngestResult:
    """Read one document text. Raises :class:`NotADocumentError` (naming the file) on bad input."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotADocumentError(f"{path}: cannot read: {exc.strerror}") from exc
    return ingest_bytes(raw, path.name, registry, symbol)


def ingest_bytes(raw: bytes, name: str, registry: Registry, symbol: str | None = None,
                 source_url: str | None = None) -> IngestResult:
    """Read one document (a text, PDF or Word file) given as bytes; ``symbol`` is supplied by a
    curator when the text prints none, ``source_url`` is the address of a PDF or Word file (a text
    names its own in its ``source:`` header). Raises :class:`NotADocumentError` for anything that is
    not a UN document."""
    return _read(_document(raw, name, registry, symbol, source_url))


def _document(raw: bytes, name: str, registry: Registry, symbol: str | None,
              source_url: str | None = None) -> Document:
    """One document extracted, cleaned and its cover read (once: learning and reading share it)."""
    name = text_of_name(name)
    if symbol is not None and not is_symbol(symbol):
        raise NotADocumentError(f"{name}: --symbol {symbol!r} is not a UN document symbol")
    return Document(source_text(raw, name, source_url), registry, symbol, raw)


def _read(doc: Document) -> IngestResult:
    result = doc.read()
    return replace(result, text=doc.source.body) if doc.source.media_type else result


# ------------------------------------------------------------------------------------ many files


@dataclass(frozen=True)
class IngestBatch:
    """The results of one run over many files, and the files that could not be read (one line each)."""

    results: tuple[IngestResult, ...]
    errors: tuple[tuple[str, str], ...] = field(default=())  # (file, message)

    def dataset(self) -> list[tuple[URIRef, Graph]]:
        return [(r.graph_name, r.graph) for r in self.results]


def learn_sessions(registry: Registry, texts: Iterable[tuple[str, bytes, str | None]]) -> Registry:
    """A copy of ``registry`` that knows the sessions printed on the covers of ``texts``."""
    docs = []
    for name, raw, symbol in texts:
        try:
            docs.append(_document(raw, name, registry, symbol))
        except NotADocumentError:
            continue
    return _learn(registry, docs)


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be read at all (the message names it)."""

    message: str


@dataclass(frozen=True)
class NotRead:
    """A file read but found not to be a UN document (the reader's message)."""

    message: str


Failure = Unreadable | NotRead
SessionFacts = tuple[str, int | None, str | None, str | None]


def _naming(path: Path, message: str) -> str:
    """A reader's message about ``path``, starting with the path as the user gave it."""
    if message.startswith(f"{path.name}: "):
        return f"{path}: {message[len(path.name) + 2:]}"
    return message if message.startswith(str(path)) else f"{path}: {message}"


def _learn(registry: Registry, docs: Iterable[Document]) -> Registry:
    return _learn_facts(registry, [_session_facts(doc) for doc in docs])


def _session_facts(doc: Document) -> SessionFacts | None:
    """The body, session number and dates a document's cover prints, if it names a body."""
    try:
        body, session_number, start, end = doc.session_facts()
    except (NotADocumentError, ValueError):
        return None
    return None if body is None else (body, session_number, start, end)


def _learn_facts(registry: Registry, facts: Iterable[SessionFacts | None]) -> Registry:
    learnt = registry.copy()
    known = [f for f in facts if f is not None]
    # covers that print the session's number first: a session is named by its number when any text gives it
    for body, session_number, start, end in sorted(known, key=lambda f: (f[1] is None, f[0], f[1] or 0, f[2] or "")):
        learnt.learn(body, session_number, start, end)
    return learnt


def ingest_paths(paths: list[Path], registry: Registry, symbols: dict[str, str | None] | None = None,
                 progress: Callable[[str], None] | None = None,
                 addresses: dict[str, str | None] | None = None, jobs: int | None = None,
                 limits: DocumentLimits | None = None) -> IngestBatch:
    """Read many files, each once: learn every cover's session first, then read each; a bad file is
    reported (its name and why) and the others are still read. ``symbols`` and ``addresses`` (of PDF
    and Word files) are the curator's, by file name. ``jobs`` worker processes share the files
    (default: :func:`workers.default_jobs`); the results are the same for any number of jobs. Each
    of the two steps of reading a document (its text and cover; its content) runs within ``limits``
    (CPU time and memory, default :class:`~mandategraph.limits.DocumentLimits`): a document over
    them is reported as not read, like a file that is not a document."""
    symbols = symbols or {}
    addresses = addresses or {}
    limits = limits or DocumentLimits()

    def prepare(path: Path) -> tuple[Document | NotADocumentError | Unreadable, SessionFacts | None]:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            return Unreadable(f"{path}: cannot read: {exc.strerror}"), None
        try:
            with document_limits(str(path), limits):
                doc = _document(raw, path.name, registry, symbols.get(path.name), addresses.get(path.name))
        except OverLimitError as exc:
            return Unreadable(str(exc)), None
        except NotADocumentError as exc:
            return exc, None
        return doc, _session_facts(doc)

    def finish(doc: Document | NotADocumentError | Unreadable, learnt: Registry) -> IngestResult | Failure:
        if isinstance(doc, Unreadable):
            return doc
        try:
            if isinstance(doc, NotADocumentError):
                raise doc
            doc.registry = learnt
            with document_limits(doc.name, limits):  # the message starts with the name: _naming puts the path
                return _read(doc)
        except (OverLimitError, NotADocumentError) as exc:
            return NotRead(str(exc))

    def done(index: int, outcome: IngestResult | Failure) -> None:
        if progress and not isinstance(outcome, Unreadable):
            progress(paths[index].name)

    outcomes = workers.two_phase(paths, workers.default_jobs(len(paths)) if jobs is None else jobs,
                                 prepare, lambda facts: _learn_facts(registry, facts), finish, done,
                                 weights=[_size(p) for p in paths])
    # the files that could not be read are named first, then those that are not documents, each in order
    errors = [(str(p), o.message) for p, o in zip(paths, outcomes, strict=True) if isinstance(o, Unreadable)]
    errors += [(str(p), _naming(p, o.message)) for p, o in zip(paths, outcomes, strict=True) if isinstance(o, NotRead)]
    results = [o for o in outcomes if isinstance(o, IngestResult)]
    kept, duplicates = one_text_per_document(results, {p.name: p for p in paths})
    return IngestBatch(tuple(kept), tuple(errors) + tuple(duplicates))


def _size(path: Path) -> int:
    """A file's size, how the work of reading it is shared out (0 when it cannot be read: that is
    found and said when it is read)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def one_text_per_document(results: list[IngestResult], paths: dict[str, Path]) -> tuple[
        list[IngestResult], list[tuple[str, str]]]:
    """Two texts of one document (the same symbol, so the same named graph; language versions of
    one UN document share their symbol) would silently replace or merge each other: the first is
    kept and each later one is an error naming both files."""
    first: dict[URIRef, IngestResult] = {}
    kept, errors = [], []
    for result in results:
        seen = first.setdefault(result.graph_name, result)
        if seen is result:
            kept.append(result)
            continue
        path, other = paths.get(result.source, Path(result.source)), paths.get(seen.source, Path(seen.source))
        what = f"symbol {result.symbol}" if result.symbol else f"graph {result.graph_name}"
        errors.append((str(path), f"{path}: the same document ({what}, language {result.language}) as {other} "
                                  f"(language {seen.language}); keep one text per document symbol"))
    return kept, errors


def ingest(paths: list[Path], registry: Registry | None = None, symbol: str | None = None,
           progress: Callable[[str], None] | None = None, jobs: int | None = None,
           limits: DocumentLimits | None = None) -> IngestBatch:
    """``mandategraph ingest``: read ``paths`` (a directory: the document files in it) with the
    curated registry of the project; a symbol is taken from ``symbol`` (one file only), else from a
    ``manifest.toml`` beside the file."""
    from mandategraph.project import layout

    paths = source_files(paths)
    if symbol is not None and len(paths) != 1:
        raise InputError("--symbol names the symbol of one file: give exactly one FILE with it")
    if registry is None:
        curated = layout().curated
        registry = Registry.load(curated) if curated.is_dir() else Registry().with_series()
    symbols: dict[str, str | None] = {}
    addresses: dict[str, str | None] = {}
    for path in paths:
        manifest = read_manifest(path.parent) if (path.parent / "manifest.toml").is_file() else {}
        entry = manifest.get(path.name)
        symbols[path.name] = symbol if symbol is not None else (entry.symbol if entry else None)
        addresses[path.name] = entry.source if entry else None
    return ingest_paths(paths, registry, symbols, progress, addresses, jobs, limits)


def source_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file as given, each directory as the document files in it (texts,
    PDF and Word files, in name order, as ``build`` reads ``data/sources``)."""
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(p for p in path.glob("*") if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file())
        if not found:
            raise InputError(f"{path}: a directory with no document files ({', '.join(sorted(SOURCE_SUFFIXES))})")
        files.extend(found)
    return files


def write_texts(results: Iterable[IngestResult], directory: Path) -> list[Path]:
    """Keep the texts extracted from PDF and Word files in ``directory`` (``X.pdf`` as ``X.pdf.txt``,
    the name its graph gives in ``mg:extractedText``): the evidence offsets count in these texts."""
    written = []
    for r in results:
        if r.text is None:
            continue
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / extracted_name(r.source)
        path.write_text(r.text, encoding="utf-8")
        written.append(path)
    return written


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _reading_order(triple: Any) -> tuple[str, bool, str, str]:
    """Each subject's statements together, its type first (``<item/5> a mg:AgendaItem ;``), then by
    predicate and object: the same input gives the same Turtle, and a reader finds things."""
    return str(triple.subject), triple.predicate.value != _RDF_TYPE, str(triple.predicate), str(triple.object)


def serialize(results: Iterable[IngestResult], fmt: str) -> bytes:
    """The graphs of ``results`` as one dataset: TriG and JSON-LD keep each document's named graph;
    Turtle and N-Triples give their union (N-Triples sorted, so the same input gives the same bytes).
    N-Triples, Turtle and TriG are written by pyoxigraph's serialisers, JSON-LD by rdflib's."""
    import pyoxigraph as ox

    from mandategraph.namespaces import PREFIXES

    results = list(results)
    if fmt == "nt":
        rows = {row for r in results for row in r.nt.split("\n") if row}  # N-Triples: one triple a line
        return "".join(row + "\n" for row in sorted(rows)).encode("utf-8")
    if fmt == "ttl":
        union = sorted({t for r in results for t in ox.parse(r.nt, format=ox.RdfFormat.N_TRIPLES)}, key=_reading_order)
        return ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=readable_prefixes(union)) or b""
    ordered = sorted(results, key=lambda r: str(r.graph_name))
    if fmt == "trig":
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(str(r.graph_name)))
                 for r in ordered for t in sorted(ox.parse(r.nt, format=ox.RdfFormat.N_TRIPLES), key=_reading_order)]
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=readable_prefixes(quads)) or b""
    if fmt == "jsonld":
        from rdflib import Dataset

        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        for r in ordered:
            g = ds.graph(r.graph_name)
            for triple in r.graph:
                g.add(triple)
        return ds.serialize(format="json-ld", encoding="utf-8")
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
