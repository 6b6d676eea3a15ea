"""Writing what was read as RDF: typed nodes, and links that carry their evidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from mandategraph import __version__, iri
from mandategraph.ingest.extract import extracted_name, page_of
from mandategraph.ingest.text import SourceText, Span
from mandategraph.ingest.triples import document_graph
from mandategraph.namespaces import DCTERMS, MG, OA, PROV, RDF, RDFS, SKOS, XSD

_CONTEXT = 32  # characters of prefix / suffix kept in a text quote selector


@dataclass
class Emitter:
    """Accumulates the triples of one ingested document, all evidence pointing at ``document``."""

    graph: Graph
    source: SourceText
    document: URIRef
    run: URIRef
    _spans: dict[URIRef, tuple[int, int]] = field(default_factory=dict)
    _notes: dict[URIRef, list[str]] = field(default_factory=dict)

    @classmethod
    def start(cls, source: SourceText, document: URIRef, raw: bytes) -> Emitter:
        run = iri.ingest_activity(hashlib.sha256(raw).hexdigest(), __version__)
        agent = iri.software_agent(__version__)
        g = document_graph()
        g.add((run, RDF.type, MG.IngestRun))
        g.add((run, RDFS.label, Literal(f"ingest of {source.name} by mandategraph {__version__}")))
        g.add((run, PROV.used, Literal(source.name)))
        g.add((run, PROV.wasAssociatedWith, agent))
        g.add((agent, RDF.type, PROV.SoftwareAgent))
        g.add((agent, RDFS.label, Literal(f"mandategraph {__version__}")))
        g.add((document, PROV.wasGeneratedBy, run))
        return cls(g, source, document, run)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | str | int | bool) -> None:
        if not isinstance(o, (URIRef, Literal)):
            o = Literal(o)
        self.graph.add((s, p, o))

    def note(self, node: URIRef, text: str) -> None:
        """An editorial note on ``node``: all notes on one node become one skos:editorialNote."""
        notes = self._notes.setdefault(node, [])
        if text not in notes:
            notes.append(text)

    def finish(self) -> Graph:
        """Write the notes; the graph is then complete."""
        for node, notes in self._notes.items():
            self.graph.add((node, SKOS.editorialNote, Literal(" ".join(notes), lang="en")))
        self._notes = {}
        return self.graph

    def link(self, subject: URIRef, prop: URIRef, obj: URIRef, span: Span, where: str,
             action: str | None = None) -> URIRef:
        """Assert ``subject prop obj`` and the evidence for it: quote, offsets, document, run.

        The evidence node is keyed by the link, the document and the offset of the sentence that
        states it: the same link stated twice has two pieces of evidence.
        """
        self.graph.add((subject, prop, obj))
        node = iri.evidence(subject, prop, obj, self.document, self.source.header_length + span.start)
        key = (span.start, span.end)
        if node in self._spans:
            if action:
                self.graph.add((node, MG.action, MG[f"action-{action}"]))
            return node
        self._spans[node] = key
        g = self.graph
        if prop == MG.groundedIn:
            g.add((node, RDF.type, MG.Grounding))
            g.add((node, MG.item, subject))
            g.add((node, MG.mandate, obj))
        else:
            g.add((node, RDF.type, MG.Evidence))
            g.add((node, MG.linkSubject, subject))
            g.add((node, MG.linkObject, obj))
        g.add((node, MG.linkProperty, prop))
        g.add((node, MG.statedIn, self.document))
        g.add((node, MG.paragraph, Literal(where)))
        g.add((node, MG.status, MG.asserted))
        g.add((node, PROV.wasGeneratedBy, self.run))
        if action:
            g.add((node, MG.action, MG[f"action-{action}"]))
        self._quote(node, span)
        return node

    def _quote(self, node: URIRef, span: Span) -> None:
        """The quote and where it stands in the source file (offsets count our header too).

        ``mg:quote`` is the sentence with PDF debris removed and white space folded;
        ``oa:exact`` is the source text exactly as it stands between the two offsets.
        """
        g = self.graph
        g.add((node, MG.quote, Literal(span.quote)))
        body = self.source.body
        at = self.source.header_length
        quote_sel = URIRef(f"{node}#quote")
        pos_sel = URIRef(f"{node}#position")
        g.add((node, OA.hasSelector, quote_sel))
        g.add((node, OA.hasSelector, pos_sel))
        g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
        g.add((quote_sel, OA.exact, Literal(body[span.start:span.end])))
        g.add((quote_sel, OA.prefix, Literal(body[max(0, span.start - _CONTEXT):span.start])))
        g.add((quote_sel, OA.suffix, Literal(body[span.end:span.end + _CONTEXT])))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(at + span.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos_sel, OA.end, Literal(at + span.end, datatype=XSD.nonNegativeInteger)))
        if self.source.pages:
            g.add((node, MG.page, Literal(page_of(self.source.pages, span.start), datatype=XSD.positiveInteger)))

    def document_facts(self, symbol: str, kind: URIRef, supplied: bool) -> None:
        g, d = self.graph, self.document
        g.add((d, RDF.type, kind))
        g.add((d, DCTERMS.identifier, Literal(symbol)))
        self._file_facts()
        if supplied:
            g.add((d, MG.symbolSupplied, Literal(True)))
        if self.source.source_url:
            g.add((d, DCTERMS.source, _url(self.source.source_url)))

    def source_facts(self) -> None:
        """A text without a document symbol: described as a source text, not as a UN document."""
        g, d = self.graph, self.document
        g.add((d, RDF.type, MG.SourceText))
        self._file_facts()
        if self.source.source_url:
            g.add((d, DCTERMS.source, _url(self.source.source_url)))

    def _file_facts(self) -> None:
        """The file read; for a PDF or Word file its format, page count and the text extracted
        from it (kept beside the graph: the evidence offsets count in that text)."""
        g, d, source = self.graph, self.document, self.source
        g.add((d, MG.sourceFile, Literal(source.name)))
        if source.media_type:
            g.add((d, DCTERMS.format, Literal(source.media_type)))
            g.add((d, MG.pageCount, Literal(len(source.pages), datatype=XSD.positiveInteger)))
            g.add((d, MG.extractedText, Literal(extracted_name(source.name))))


def _url(text: str) -> URIRef | Literal:
    """A source address as an IRI when it is one, else as the text given."""
    t = text.strip()
    if t.startswith(("http://", "https://")):
        try:
            return iri.external(t, "source:")
        except iri.IRIError:
            pass
    return Literal(t)
