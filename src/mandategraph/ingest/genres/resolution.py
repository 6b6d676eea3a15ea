"""The text of a resolution, printed without a symbol: its preamble and operative paragraphs."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from mandategraph.ingest.genres.base import Evidence, Genre

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView


class ResolutionGenre(Genre):
    kind: ClassVar[str] = "resolution"
    has_title: ClassVar[bool] = False  # the cover's first line is the resolution's heading
    reads_prose: ClassVar[bool] = False  # its paragraphs are read as the resolution's own text
    session_in_prose: ClassVar[bool] = True

    def detect(self, doc: DocumentView) -> float:
        if doc.symbol is None and not doc.listed and any(h[0] == "resolution" for h in doc.texts):
            return Evidence.STRUCTURE
        return Evidence.NONE
