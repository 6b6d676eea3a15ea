"""Provisional agendas, annotated or not: the item list, the annotation of each item and what
grounds it, the documents before the meeting, the organization of work."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rdflib import URIRef

from mandategraph.ingest import agenda
from mandategraph.ingest.genres.base import Evidence, Genre
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView, Reading


class AgendaGenre(Genre):
    kind: ClassVar[str] = "agenda"
    rdf_class: ClassVar[URIRef] = MG.Agenda
    is_agenda: ClassVar[bool] = True

    def detect(self, doc: DocumentView) -> float:
        return Evidence.LAYOUT if doc.agenda_like else Evidence.NONE

    def named(self, doc: DocumentView) -> bool:
        return doc.cover.is_agenda  # the title is an agenda's ("Provisional agenda and annotations")

    def read_own(self, doc: DocumentView, reading: Reading) -> None:
        # with the session unknown too: its items are identified under this agenda (agenda.read_agenda)
        doc.read_agenda(reading, is_agenda=True)
        if not doc.english:
            doc.not_read.append(agenda.NOT_READ_IN.get(reading.ctx.language, agenda.NOT_READ_OTHER))
