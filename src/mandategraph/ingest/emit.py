"""Writing what was read as RDF: typed nodes, and links that carry their evidence.

The triples go to a :class:`~mandategraph.ingest.triples.DocumentTriples` (N-Triples lines, no
rdflib graph); the terms the emitter writes itself (its predicates and classes, the evidence
selectors and their literals) are N-Triples strings (:class:`~mandategraph.ingest.triples.NT`),
the constant ones made once here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from mandategraph import __version__, iri
from mandategraph.ingest.extract import extracted_name, page_of
from mandategraph.ingest.text import SourceText, Span
from mandategraph.ingest.triples import NT, DocumentTriples, literal, rdflib_graph, typed
from mandategraph.ingest.triples import iri as nt_iri
from mandategraph.ingest.triples import term as nt_term
from mandategraph.namespaces import DCTERMS, MG, OA, PROV, RDF, RDFS, SKOS, XSD

_CONTEXT = 32  # characters of prefix / suffix kept in a text quote selector

_TYPE, _LABEL = nt_iri(RDF.type), nt_iri(RDFS.label)
_GROUNDED_IN = MG.groundedIn
_GROUNDING, _EVIDENCE, _ITEM, _MANDATE = nt_iri(MG.Grounding), nt_iri(MG.Evidence), nt_iri(MG.item), nt_iri(MG.mandate)
_LINK_SUBJECT, _LINK_OBJECT, _LINK_PROPERTY = nt_iri(MG.linkSubject), nt_iri(MG.linkObject), nt_iri(MG.linkProperty)
_STATED_IN, _PARAGRAPH, _STATUS, _ASSERTED = nt_iri(MG.statedIn), nt_iri(MG.paragraph), nt_iri(MG.status), \
    nt_iri(MG.asserted)
_GENERATED_BY, _ACTION, _QUOTE, _PAGE = nt_iri(PROV.wasGeneratedBy), nt_iri(MG.action), nt_iri(MG.quote), \
    nt_iri(MG.page)
_ACTION_PREFIX = str(MG) + "action-"
_HAS_SELECTOR, _EXACT, _PREFIX, _SUFFIX = nt_iri(OA.hasSelector), nt_iri(OA.exact), nt_iri(OA.prefix), \
    nt_iri(OA.suffix)
_QUOTE_SELECTOR, _POSITION_SELECTOR = nt_iri(OA.TextQuoteSelector), nt_iri(OA.TextPositionSelector)
_START, _END = nt_iri(OA.start), nt_iri(OA.end)
_NON_NEGATIVE, _POSITIVE = nt_iri(XSD.nonNegativeInteger), nt_iri(XSD.positiveInteger)
_EDITORIAL_NOTE = nt_iri(SKOS.editorialNote)


@dataclass
class Emitter:
    """Accumulates the triples of one ingested document, all evidence pointing at ``document``."""

    triples: DocumentTriples
    source: SourceText
    document: URIRef
    run: URIRef
    _spans: dict[URIRef, tuple[int, int]] = field(default_factory=dict)
    _notes: dict[URIRef, list[str]] = field(default_factory=dict)

    @classmethod
    def start(cls, source: SourceText, document: URIRef, raw: bytes) -> Emitter:
        run = iri.ingest_activity(hashlib.sha256(raw).hexdigest(), __version__)
        agent = iri.software_agent(__version__)
        g = DocumentTriples()
        g.add(run, _TYPE, MG.IngestRun)
        g.add(run, _LABEL, f"ingest of {source.name} by mandategraph {__version__}")
        g.add(run, PROV.used, source.name)
        g.add(run, PROV.wasAssociatedWith, agent)
        g.add(agent, _TYPE, PROV.SoftwareAgent)
        g.add(agent, _LABEL, f"mandategraph {__version__}")
        g.add(document, _GENERATED_BY, run)
        return cls(g, source, document, run)

    @property
    def graph(self) -> Graph:
        """The triples written so far as an rdflib graph (a copy, for a reader that asks it patterns)."""
        return rdflib_graph(self.triples.ntriples())

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | str | int | bool) -> None:
        self.triples.add(s, p, o)

    def note(self, node: URIRef, text: str) -> None:
        """An editorial note on ``node``: all notes on one node become one skos:editorialNote."""
        notes = self._notes.setdefault(node, [])
        if text not in notes:
            notes.append(text)

    def finish(self) -> DocumentTriples:
        """Write the notes; the graph is then complete."""
        for node, notes in self._notes.items():
            self.triples.add(node, _EDITORIAL_NOTE, NT(f"{literal(' '.join(notes))}@en"))
        self._notes = {}
        return self.triples

    def link(self, subject: URIRef, prop: URIRef, obj: URIRef, span: Span, where: str,
             action: str | None = None) -> URIRef:
        """Assert ``subject prop obj`` and the evidence for it: quote, offsets, document, run.

        The evidence node is keyed by the link, the document and the offset of the sentence that
        states it: the same link stated twice has two pieces of evidence.
        """
        g = self.triples
        term = nt_term  # each term in its N-Triples form once here, not at each of the triples below
        s, p, o = term(subject), term(prop), term(obj)
        g.add(s, p, o)
        node = iri.evidence(subject, prop, obj, self.document, self.source.header_length + span.start)
        key = (span.start, span.end)
        if node in self._spans:
            if action:
                g.add(node, _ACTION, nt_iri(_ACTION_PREFIX + action))
            return node
        self._spans[node] = key
        n = f"<{node}>"  # an evidence node is new here, and minted (so checked) by iri.evidence
        if prop == _GROUNDED_IN:
            kind, a, b = f"{n} {_TYPE} {_GROUNDING} .", f"{n} {_ITEM} {s} .", f"{n} {_MANDATE} {o} ."
        else:
            kind, a, b = f"{n} {_TYPE} {_EVIDENCE} .", f"{n} {_LINK_SUBJECT} {s} .", f"{n} {_LINK_OBJECT} {o} ."
        # the evidence's triples written as lines at once (each term is N-Triples already)
        g.add_lines((kind, a, b, f"{n} {_LINK_PROPERTY} {p} .", f"{n} {_STATED_IN} {term(self.document)} .",
                     f"{n} {_PARAGRAPH} {literal(where)} .", f"{n} {_STATUS} {_ASSERTED} .",
                     f"{n} {_GENERATED_BY} {term(self.run)} .", *self._quote(n, span)))
        if action:
            g.add(NT(n), _ACTION, nt_iri(_ACTION_PREFIX + action))
        return node

    def _quote(self, node: str, span: Span) -> list[str]:
        """The quote and where it stands in the source file (offsets count our header too), as lines.

        ``mg:quote`` is the sentence with PDF debris removed and white space folded;
        ``oa:exact`` is the source text exactly as it stands between the two offsets.
        """
        body = self.source.body
        at = self.source.header_length
        quote_sel = f"{node[:-1]}#quote>"  # fragments of the evidence node's IRI
        pos_sel = f"{node[:-1]}#position>"
        lines = [f"{node} {_QUOTE} {literal(span.quote)} .",
                 f"{node} {_HAS_SELECTOR} {quote_sel} .", f"{node} {_HAS_SELECTOR} {pos_sel} .",
                 f"{quote_sel} {_TYPE} {_QUOTE_SELECTOR} .",
                 f"{quote_sel} {_EXACT} {literal(body[span.start:span.end])} .",
                 f"{quote_sel} {_PREFIX} {literal(body[max(0, span.start - _CONTEXT):span.start])} .",
                 f"{quote_sel} {_SUFFIX} {literal(body[span.end:span.end + _CONTEXT])} .",
                 f"{pos_sel} {_TYPE} {_POSITION_SELECTOR} .",
                 f"{pos_sel} {_START} {typed(str(at + span.start), _NON_NEGATIVE)} .",
                 f"{pos_sel} {_END} {typed(str(at + span.end), _NON_NEGATIVE)} ."]
        if self.source.pages:
            lines.append(f"{node} {_PAGE} {typed(str(page_of(self.source.pages, span.start)), _POSITIVE)} .")
        return lines

    def document_facts(self, symbol: str, kind: URIRef, supplied: bool) -> None:
        g, d = self.triples, self.document
        g.add(d, _TYPE, kind)
        g.add(d, DCTERMS.identifier, symbol)
        self._file_facts()
        if supplied:
            g.add(d, MG.symbolSupplied, True)
        if self.source.source_url:
            g.add(d, DCTERMS.source, _url(self.source.source_url))

    def source_facts(self) -> None:
        """A text without a document symbol: described as a source text, not as a UN document."""
        g, d = self.triples, self.document
        g.add(d, _TYPE, MG.SourceText)
        self._file_facts()
        if self.source.source_url:
            g.add(d, DCTERMS.source, _url(self.source.source_url))

    def _file_facts(self) -> None:
        """The file read; for a PDF or Word file its format, page count and the text extracted
        from it (kept beside the graph: the evidence offsets count in that text)."""
        g, d, source = self.triples, self.document, self.source
        g.add(d, MG.sourceFile, source.name)
        if source.media_type:
            g.add(d, DCTERMS.format, source.media_type)
            g.add(d, MG.pageCount, typed(str(len(source.pages)), _POSITIVE))
            g.add(d, MG.extractedText, extracted_name(source.name))


def _url(text: str) -> URIRef | Literal:
    """A source address as an IRI when it is one, else as the text given."""
    t = text.strip()
    if t.startswith(("http://", "https://")):
        try:
            return iri.external(t, "source:")
        except iri.IRIError:
            pass
    return Literal(t)
