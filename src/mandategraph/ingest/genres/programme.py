"""Programmes of a session (a table of meetings, dates and agenda items), printed without a symbol."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mandategraph.ingest.genres.base import Evidence, Genre
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView, Reading

PROGRAMME_TITLE = re.compile(r"^\s*programme\b", re.I)


class ProgrammeGenre(Genre):
    kind: ClassVar[str] = "programme"

    def detect(self, doc: DocumentView) -> float:
        title = doc.cover.title
        if doc.symbol is None and title is not None and PROGRAMME_TITLE.match(title.text):
            return Evidence.STRUCTURE
        return Evidence.NONE

    def read_own(self, doc: DocumentView, reading: Reading) -> None:
        if reading.session is None:
            return
        result = doc.read_agenda(reading, is_agenda=False)
        out = reading.out
        if reading.agenda_node is None:
            for node in result.items.values():
                out.add(node, MG.status, MG.unverified)
                out.note(node, f"Known from {doc.name}, a programme, which does not name the agenda "
                               "that lists the item.")
        if not doc.english:
            doc.not_read.append("The annotations are not in English: only the resolution and decision "
                                "numbers they cite were read, not what grounds each item.")
