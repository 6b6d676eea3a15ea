"""A UN document of no genre the ingester knows: only its cover (symbol, dates, body, session, the item
it is under) and the lists of resolutions and decisions it prints (a report's contents: numbers and titles
under a "Resolutions" or "Decisions" heading, structure that needs no genre to read) are read, and of the
prose only the resolutions and decisions cited by their issuer's name ("General Assembly resolution 55/25"),
whose they are being in their words; the graph says that the rest of the prose was not read."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from mandategraph.ingest import papers
from mandategraph.ingest.genres.base import Evidence, Genre

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView, Reading


class UnknownGenre(Genre):
    kind: ClassVar[str] = "document"
    # what the graph says of the prose left unread
    not_read_note: ClassVar[str] = (
        "The genre of the text was not recognised (not an agenda, note, background paper, report, resolution or "
        "list of decisions): only its cover and the lists of resolutions and decisions it prints were read, and "
        "of its prose only the resolutions and decisions it cites by their issuer's name.")

    def detect(self, doc: DocumentView) -> float:
        return Evidence.FALLBACK

    def read(self, doc: DocumentView, reading: Reading) -> None:
        doc.read_item_heading(reading, self)
        doc.read_discussed_items(reading)
        doc.read_mandates(reading, self.mandate_list_where)
        # the mandates the prose cites by their issuer's name: whose they are does not depend on the genre
        papers.read_named_citations(reading.out, reading.ctx, doc.cover_paragraphs() + doc.paragraphs(reading),
                                    reading.ctx.language)
        doc.not_read.append(self.not_read_note)
