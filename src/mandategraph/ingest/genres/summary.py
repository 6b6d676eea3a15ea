"""Summary records of meetings ("CAT/C/SR.528", "Summary record of the 528th meeting", "Acta resumida de la
1781ª sesión", "Compte rendu analytique de la 528e séance", "Краткий отчет о 1523-м заседании"): known by
their symbol's SR series or the words of their title, and read as a document of no known genre is (its cover,
the items its meeting took up, the mandates its lists print and those its prose cites by their issuer's name):
what a speaker says a resolution asks is no act of the body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from rdflib import URIRef

from mandategraph.ingest import patterns
from mandategraph.ingest.genres.base import Evidence
from mandategraph.ingest.genres.unknown import UnknownGenre
from mandategraph.ingest.symbols import Symbol
from mandategraph.namespaces import MG, RDF

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView, Reading

SUMMARY_RECORD_TITLE = patterns.define(
    "genres.summary_record_title", r"""
    ^(?:provisional\s+)?(?:summary\s+record|acta\s+resumida|compte\s+rendu\s+analytique|краткий\s+отч[её]т)
    (?:\s*\((?:partial|partiel|parcial|частичный)\)\*?)?  # a record of part of the meeting ("(PARTIEL)*")
    \s+(?:of|de|о)\b""",
    examples=["ACTA RESUMIDA DE LA PRIMERA PARTE (PÚBLICA) DE LA 1781ª SESIÓN",  # fresh/CCPR_C_SR.1781_es
              "COMPTE RENDU ANALYTIQUE DE LA PARTIE PUBLIQUE DE LA 528e SÉANCE",  # fresh/CAT_C_SR.528_fr
              "КРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ,",  # dev/CERD_C_SR.1523_ru
              "Summary record of the 528th meeting",
              "COMPTE RENDU ANALYTIQUE (PARTIEL) DE LA 8 e SÉANCE",  # unseen/E_C.12_2009_SR.8_fr
              "Summary record (partial)* of the 43rd meeting"],  # sealed/A_HRC_48_summary_record_template_en-zh
    rejects=["Report of the Committee against Torture", "Compte rendu de la réunion", "Acta de la sesión"],
    flags=re.IGNORECASE)
"""The words a summary record's title begins with, in the languages read."""
_SR_SEGMENT = re.compile(r"SR\.\d{1,5}")
"""The last segment of a summary record's symbol ("CAT/C/SR.528", "E/C.12/2009/SR.8")."""


class SummaryRecordGenre(UnknownGenre):
    kind: ClassVar[str] = "summary record"
    rdf_class: ClassVar[URIRef] = MG.SummaryRecord
    not_read_note: ClassVar[str] = (
        "A summary record: only its cover, the items its meeting took up and the lists of resolutions and "
        "decisions it prints were read, and of the speakers' words only the resolutions and decisions they cite "
        "by their issuer's name.")

    def detect(self, doc: DocumentView) -> float:
        if doc.symbol is not None and _SR_SEGMENT.fullmatch(Symbol(doc.symbol).parts[-1]):
            return Evidence.SERIES
        return Evidence.TITLE if self.named(doc) else Evidence.NONE

    def named(self, doc: DocumentView) -> bool:
        heads = doc.heads
        return bool(heads) and SUMMARY_RECORD_TITLE.search(heads[0]) is not None

    def read(self, doc: DocumentView, reading: Reading) -> None:
        # a kind of mg:Document: typed as one too, so that what lists documents by their classes lists it
        # (a text without a symbol is no mg:Document, whose shape demands a symbol: its genre is its dcterms:type)
        if doc.symbol is not None:
            reading.out.add(reading.out.document, RDF.type, MG.Document)
        super().read(doc, reading)
