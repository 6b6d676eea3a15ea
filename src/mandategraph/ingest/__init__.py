"""The ingester: UN document texts in, RDF with evidence out (one named graph per document).

``ingest_file`` is the one entry point; the modules beside it each read one aspect of the genre:
``text`` (reading, sentences, language), ``dates``, ``symbols``, ``citations`` (the citation
grammar), ``structure`` (cover and agenda layout), ``resolve`` (citation to IRI), ``agenda``
(items and their grounding), ``emit`` (RDF with evidence).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import agenda, structure
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.registry import Registry
from mandategraph.ingest.resolve import Context
from mandategraph.ingest.symbols import Symbol, is_symbol
from mandategraph.ingest.text import NotADocumentError, detect_language, looks_cut, parse_source
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, XSD

__all__ = ["IngestResult", "NotADocumentError", "Registry", "ingest_bytes", "ingest_file"]


@dataclass(frozen=True)
class IngestResult:
    """One document read: its named graph and what the reader could and could not do."""

    source: str
    graph_name: URIRef
    graph: Graph
    symbol: str
    kind: str
    language: str
    partial: bool
    not_read: tuple[str, ...]


def ingest_file(path: Path, registry: Registry, symbol: str | None = None) -> IngestResult:
    """Read one document text. Raises :class:`NotADocumentError` (naming the file) on bad input."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotADocumentError(f"{path}: cannot read: {exc.strerror}") from exc
    return ingest_bytes(raw, path.name, registry, symbol)


def ingest_bytes(raw: bytes, name: str, registry: Registry, symbol: str | None = None) -> IngestResult:
    source = parse_source(raw, name)
    text = source.body
    cover = structure.parse_cover(text)
    if symbol is not None and not is_symbol(symbol):
        raise NotADocumentError(f"{name}: --symbol {symbol!r} is not a UN document symbol")
    printed = cover.symbol.text if cover.symbol else None
    chosen = symbol or printed
    if chosen is None:
        raise NotADocumentError(f"{name}: no document symbol printed in the text; supply one (--symbol)")
    if cover.title is None:
        raise NotADocumentError(f"{name}: not a provisional agenda (no agenda title found on its cover)")
    sym = Symbol(chosen)
    body = _body(registry, cover, sym)
    conference = registry.conference_of(body)
    number = cover.session_number or agenda.session_number(text)
    start = cover.dates.start.isoformat() if cover.dates else None
    session = registry.session(body, number, start)
    if session is None:
        raise NotADocumentError(f"{name}: cannot tell which session the agenda is for (no number or dates)")

    document = iri.document(chosen)
    out = Emitter.start(source, document, raw)
    out.document_facts(chosen, MG.Agenda, supplied=symbol is not None and printed is None)
    language = detect_language(text)
    out.add(document, DCTERMS.language, language)
    out.add(document, DCTERMS.title, Literal(cover.title.text, lang=language))
    out.add(document, MG.forSession, session)
    if cover.distribution_date:
        out.add(document, MG.distributionDate, Literal(cover.distribution_date.isoformat(), datatype=XSD.date))
    if cover.original_language:
        out.add(document, MG.originalLanguage, cover.original_language)
    partial = looks_cut(text)
    out.add(document, MG.isPartial, partial)

    out.add(session, RDF.type, MG.Session)
    out.add(session, MG.ofBody, iri.body(body))
    if number is not None:
        out.add(session, MG.sessionNumber, number)
    if cover.dates:
        out.add(session, MG.startDate, Literal(cover.dates.start.isoformat(), datatype=XSD.date))
        out.add(session, MG.endDate, Literal(cover.dates.end.isoformat(), datatype=XSD.date))
    if cover.venue:
        out.add(session, MG.venue, cover.venue)

    ctx = Context(registry, body, conference)
    items = agenda.read_agenda(out, ctx, cover, text, session)
    if cover.dates:
        agenda.schedule(out, text, session, items, cover.dates.start)
    not_read: list[str] = []
    if partial:
        not_read.append("the text stops mid-sentence; what follows was not available")
    for note in not_read:
        out.add(document, MG.notRead, Literal(note, lang="en"))
    out.add(document, RDFS.label, Literal(f"{chosen} ({cover.title.text})"))
    return IngestResult(name, iri.graph_for_document(chosen), out.graph, chosen, "agenda",
                        language, partial, tuple(not_read))


def _body(registry: Registry, cover: structure.Cover, sym: Symbol) -> str:
    """The most specific body named on the cover, else the body of the symbol's prefix."""
    named = [registry.body_named(line.text) for line in cover.lines]
    found = [b for b in named if b]
    if found:
        return max(found, key=lambda b: _depth(registry, b))
    return registry.body_of_symbol(sym.body_prefix)


def _depth(registry: Registry, slug: str) -> int:
    depth = 0
    while slug in registry.parents and depth < 10:
        slug = registry.parents[slug]
        depth += 1
    return depth
