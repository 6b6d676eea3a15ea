"""Lists of the resolutions and decisions a session adopted, and their texts, printed without a
symbol: a list of decisions only, or of resolutions and decisions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from mandategraph.ingest.genres.base import Evidence, Genre

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView


class DecisionListGenre(Genre):
    kind: ClassVar[str] = "decisions"
    has_title: ClassVar[bool] = False
    mandate_list_where: ClassVar[str] = "list of decisions"
    session_in_prose: ClassVar[bool] = True

    def detect(self, doc: DocumentView) -> float:
        if doc.symbol is None and (doc.listed or doc.texts) and all(m.kind == "decision" for m in doc.listed):
            return Evidence.STRUCTURE
        return Evidence.NONE


class MandateListGenre(Genre):
    kind: ClassVar[str] = "mandates"
    has_title: ClassVar[bool] = False
    session_in_prose: ClassVar[bool] = True

    def detect(self, doc: DocumentView) -> float:
        if doc.symbol is None and (doc.listed or doc.texts):
            return Evidence.STRUCTURE
        return Evidence.NONE
