"""The genres of UN meeting documents, one class each, listed in one place (:data:`GENRES`).

A genre says how sure it is that a document is of its kind (:meth:`Genre.detect`, a score: 0 is
"not this genre"), and reads the content of a document of its kind (:meth:`Genre.read`). The
document is given to the genre whose score is highest; of two with the same score, the one listed
first wins. The fallback, :class:`~mandategraph.ingest.genres.unknown.UnknownGenre`, scores just
above nothing and reads only the cover. A new genre is one new module with one class, added to
:data:`GENRES`.

Scores are named (:class:`Evidence`) so that the precedence of evidence is stated once:
the symbol's series ("CRP", "INF") over the layout of an agenda over a kind line under the title
("Note by the Secretariat") over the title's own words over the structure of an unsymbolled text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mandategraph.ingest.genres.agenda import AgendaGenre
from mandategraph.ingest.genres.base import Evidence, Genre
from mandategraph.ingest.genres.decisions import DecisionListGenre, MandateListGenre
from mandategraph.ingest.genres.papers import (
    BackgroundPaperGenre,
    ConferenceRoomPaperGenre,
    InformationPaperGenre,
    NoteGenre,
)
from mandategraph.ingest.genres.programme import ProgrammeGenre
from mandategraph.ingest.genres.report import ReportGenre
from mandategraph.ingest.genres.resolution import ResolutionGenre
from mandategraph.ingest.genres.summary import SummaryRecordGenre
from mandategraph.ingest.genres.unknown import UnknownGenre
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from rdflib import URIRef

    from mandategraph.ingest.genres.base import DocumentView

__all__ = ["GENRES", "Evidence", "Genre", "choose", "genre_named", "named_class"]

# the order breaks ties between equal scores (a kind line naming a note and a report: a note)
GENRES: tuple[Genre, ...] = (
    ConferenceRoomPaperGenre(),
    InformationPaperGenre(),
    AgendaGenre(),
    NoteGenre(),
    BackgroundPaperGenre(),
    ReportGenre(),
    ProgrammeGenre(),
    ResolutionGenre(),
    DecisionListGenre(),
    MandateListGenre(),
    SummaryRecordGenre(),
    UnknownGenre(),
)


def choose(doc: DocumentView) -> Genre:
    """The genre of ``doc``: the highest score, the first listed of equals."""
    best = GENRES[-1]
    best_score = 0.0
    for genre in GENRES:
        score = genre.detect(doc)
        if score > best_score:
            best, best_score = genre, score
    return best


def genre_named(kind: str) -> Genre:
    for genre in GENRES:
        if genre.kind == kind:
            return genre
    raise KeyError(kind)


def named_class(doc: DocumentView, genre: Genre) -> URIRef | None:
    """The class of ``genre``, the genre ``doc`` is read as, when the document's own title or kind line names
    it (:meth:`Genre.named`); None when only its layout or structure shows it, when the genre has no class of
    its own, or when the cover prints a mandate's notation before the title ("1966/1104(XL).Report of the
    Commission on Narcotic Drugs": the title of a resolution, which names its subject, not its genre).

    A text without a symbol is an mg:SourceText, never an mg:Document (whose shape demands the symbol it
    lacks, and which every listing of documents by their classes counts): the genre its title names is
    written as its ``dcterms:type`` (Dublin Core's "nature or genre of the resource"), not as an rdf:type."""
    if genre.rdf_class == MG.Document or doc.cover.notation is not None or not genre.named(doc):
        return None
    return genre.rdf_class
