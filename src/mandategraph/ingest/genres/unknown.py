"""A UN document of no genre the ingester knows: only its cover is read (symbol, dates, body,
session, the item it is under), and the graph says that the rest was not read."""

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
        doc.not_read.append("The genre of the text was not recognised (not an agenda, note, background "
                            "paper, report, resolution or list of decisions): only its cover was read.")
