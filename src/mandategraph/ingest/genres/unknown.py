"""A UN document of no genre the ingester knows: only its cover (symbol, dates, body, session, the item
it is under) and the lists of resolutions and decisions it prints (a report's contents: numbers and titles
under a "Resolutions" or "Decisions" heading, structure that needs no genre to read) are read, and the
graph says that the prose was not."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from mandategraph.ingest.genres.base import Evidence, Genre

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView, Reading


class UnknownGenre(Genre):
    kind: ClassVar[str] = "document"

    def detect(self, doc: DocumentView) -> float:
        return Evidence.FALLBACK

    def read(self, doc: DocumentView, reading: Reading) -> None:
        doc.read_item_heading(reading, self)
        doc.read_mandates(reading, self.mandate_list_where)
        doc.not_read.append("The genre of the text was not recognised (not an agenda, note, background "
                            "paper, report, resolution or list of decisions): only its cover and the lists "
                            "of resolutions and decisions it prints were read, not its prose.")
