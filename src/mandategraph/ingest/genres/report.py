"""Reports of a meeting or of the Secretariat: their recommendations and the mandates they list."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from rdflib import URIRef

from mandategraph.ingest import reports
from mandategraph.ingest.genres.papers import CoverWordsGenre
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView, Reading
    from mandategraph.ingest.paragraphs import Para


class ReportGenre(CoverWordsGenre):
    kind: ClassVar[str] = "report"
    rdf_class: ClassVar[URIRef] = MG.Report
    # "Proceedings of the Governing Council ... at its twenty-third session": UNEP's session report
    # "ANNUAL REPORT (23 May 2002-25 April 2003)": ESCAP's annual report to the Council (sealed/E_2003_39_E_ESCAP_1298)
    title_words = re.compile(r"^(?:(?:draft\s+|annual\s+)?report|informe|rapport|доклад|proceedings\s+of)\b", re.I)
    session_in_prose: ClassVar[bool] = True

    def read_paragraphs(self, doc: DocumentView, reading: Reading, paras: list[Para]) -> list[Para]:
        if reading.session is None:
            return paras
        reading.read.extend(reports.read_recommendations(reading.out, reading.ctx, paras, reading.session,
                                                         doc.text, doc.source.gaps, doc.symbol))
        return doc.paragraphs(reading)
