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

import re
from typing import TYPE_CHECKING

from mandategraph.ingest import lexicon, patterns
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
from mandategraph.ingest.lexicon import kind_of
from mandategraph.ingest.masthead import title_genre
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from rdflib import URIRef

    from mandategraph.ingest.genres.base import DocumentView

__all__ = ["GENRES", "NAMED_ONLY", "Evidence", "Genre", "choose", "genre_named", "named_class", "named_only_class"]

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


MANDATE_HEADING = patterns.define(
    "genres.mandate_heading", r"""
    (?<!\w)(?:decision|resolution|décision|résolution|decisión|resolución|решение|резолюция)
    \s+(?:[IVXLC]+|\d{1,4})\s*[/.]\s*\d""",
    examples=["COP 1 Decision I/1",  # unseen/UNEP_CBD_COP_DEC_I_1_web_nosymbol: its title "Rules of procedure for ..."
              "Résolution XI.6", "Resolución 5/1", "Резолюция 57/234,"],
    rejects=["Decision adopted by the Conference", "Report on the resolution of disputes"],
    flags=re.IGNORECASE)
"""A mandate's heading before a title ("Decision I/1"): the title under it is the mandate's, naming its subject."""


RESOLUTION_LINE = patterns.define(
    "genres.resolution_line", r"""
    (?:^|(?<=\n)|(?<=ordre\ du\ jour\ )|(?<=of\ the\ agenda\ )|(?<=del\ programa\ )|(?<=повестки\ дня\ ))
    [ \t]*(?:""" + "|".join(rf"{re.escape(word)}(?:[ \t]+\d{{1,4}}/\d{{1,3}})?,?\s+{re.escape(adopted)}"
                              for word, adopted in lexicon.ADOPTED_LINES) + r""")\s+\w""",
    examples=[  # novel/A_RES_71_162_fr, a flattened cover
              "Soixante et onzième session Point 26 de l’ordre du jour Résolution adoptée par l’Assemblée générale le "
              "19 décembre 2016",
              # novel/GA_resolution_Vienna_Declaration_plans_nosymbol_ru
              "3. Резолюція\nРезолюция 57/234,\nпринятая Генеральной Ассамблеей Организации Объединенных Наций",
              "Resolution adopted by the General Assembly on 19 December 2016",
              "Resolución aprobada por la Asamblea General el 19 de diciembre de 2016"],
    rejects=["la résolution adoptée par l’Assemblée générale", "in the resolution adopted by the Council",
             "Recordando la Resolución aprobada por la Asamblea"])
"""The line over a resolution's text that names it one ("Résolution adoptée par l’Assemblée générale le ..."), at a
line's start or after the agenda item's heading on a flattened cover."""
RESOLUTION_LINE_CHARS = 1500  # how far into the text that line is looked for


RESOLUTION_OPENING = patterns.define(
    "genres.resolution_opening", r"""
    ^[ \t]*(?:(?:The|La|El|Le|إن)[ \t]+|L[’'][ \t]*)?
    (?P<name>[^\W\d][^,.;:\n،，]{1,80}?)[ \t]*[,،，][ \t]*$""",
    examples=[("Duration of the twenty-seventh session of the Committee for Programme and Co-ordination\n"
               "The Economic and Social Council,\nRecalling its resolution 1984/61 C of 26 July 1984",
               # unread/ECOSOC_res_1986-07-22_CPC_duration_nosymbol.txt, lines 13-17
               {"name": "Economic and Social Council"}),
              # unread/S_RES_1929_2010_ru_nosymbol.txt, line 9
              ("Совет Безопасности,\nвновь подтверждая свою приверженность", {"name": "Совет Безопасности"}),
              ("إن الجمعية العامة،", {"name": "الجمعية العامة"}),  # fresh/A_RES_52_91_ar_nosymbol.txt
              ("大会,", {"name": "大会"})],
    rejects=["The Economic and Social Council, noting", "Economic and Social Council - 29 maggio 1985",
             "Recalling its resolution 2001 (LX) of 12 May 1976"],
    flags=re.MULTILINE)
"""A resolution's opening words on a line of their own: its adopter's name and a comma ("The Economic and Social
Council,", "Совет Безопасности,", "إن الجمعية العامة،"); an adopter the lexicons name (``lexicon.ISSUERS``)."""
DRAFT_WORDS = patterns.define(
    "genres.draft_words", r"""
    (?<!\w)(?:draft[ \t]+(?:resolution|decision)|proyecto[ \t]+de[ \t]+(?:resoluci[oó]n|decisi[oó]n)
     |projet[ \t]+de[ \t]+(?:r[ée]solution|d[ée]cision)|проект[ \t]+(?:резолюции|решения)
     |مشروع[ \t]+(?:قرار|مقرر))(?!\w)
    |(?:决议|决定)草案""",
    examples=["Draft resolution submitted by the Chair", "Proyecto de resolución", "决议草案",
              "مشروع قرار مقدم من الرئيس"],
    rejects=["Duration of the twenty-seventh session", "The Economic and Social Council,",
             "Draft Single Convention on narcotic drugs",  # sealed/E_RES_667_XXIV_E_nosymbol.txt: a resolution's title
             # novel/A_RES_52_92_nosymbol_ar.txt, line 4: "... بشكل غير مشروع" (illicit ...), a resolution's title
             "العمل الدولي لمكافحة إساءة استعمال المخدرات وإنتاجها والاتجار بها بشكل غير مشروع"],
    flags=re.IGNORECASE)
"""The words that make a resolution's text a draft's ("Draft resolution", "Projet de décision"): no resolution."""
_UNDER_TITLE = re.compile(r"[ \t*]*\n\s*")


def opens_as_resolution(doc: DocumentView) -> bool:
    """Whether a text without a symbol is one resolution's text by its layout: its title, then right under it the
    line of the resolution's opening words, its adopter alone with a comma (:data:`RESOLUTION_OPENING`, "The Economic
    and Social Council," over "Recalling its resolution ...", the Council's resolutions as its archives transcribe
    them, unread/ECOSOC_res_1986-07-22_CPC_duration_nosymbol.txt), an adopter the lexicons name; never where the
    title or what the page prints over it calls it a draft (:data:`DRAFT_WORDS`: a draft resolution is none)."""
    title = doc.cover.title
    if doc.symbol is not None or title is None:
        return False
    gap = _UNDER_TITLE.match(doc.text, title.end)  # the title's footnote mark and the line's end
    m = RESOLUTION_OPENING.match(doc.text, gap.end()) if gap is not None else None
    if m is None:
        return False
    if lexicon.ISSUERS.get(" ".join(m["name"].casefold().split())) is None:
        return False
    return DRAFT_WORDS.search(doc.text, 0, m.start()) is None


def _under_mandate_heading(doc: DocumentView) -> bool:
    return doc.cover.notation is not None or any(MANDATE_HEADING.search(ln.text) for ln in doc.cover.lines)


def named_class(doc: DocumentView, genre: Genre) -> URIRef | None:
    """The class of ``genre``, the genre ``doc`` is read as, when the document's own title or kind line names
    it (:meth:`Genre.named`); None when only its layout or structure shows it, when the genre has no class of
    its own, or when the cover prints a mandate's notation before the title ("1966/1104(XL).Report of the
    Commission on Narcotic Drugs": the title of a resolution, which names its subject, not its genre).

    A text without a symbol is an mg:SourceText, never an mg:Document (whose shape demands the symbol it
    lacks, and which every listing of documents by their classes counts): the genre its title names is
    written as its ``dcterms:type`` (Dublin Core's "nature or genre of the resource"), not as an rdf:type."""
    if genre.rdf_class == MG.Document or _under_mandate_heading(doc) or not genre.named(doc):
        return None
    return genre.rdf_class


NAMED_ONLY: dict[str, URIRef] = {"rules of procedure": MG.RulesOfProcedure, "resolution": MG.Resolution}
"""The kinds a title or kind line may name that no genre reads (their texts are read as documents of no known
genre) -> their class. These are mandates' classes: a document typed by one would be a mandate, whose shape
demands a number, an adopter and a session, so the class is only ever the document's ``dcterms:type``."""


def named_only_class(doc: DocumentView, genre: Genre) -> URIRef | None:
    """The class of a kind of :data:`NAMED_ONLY` that the title of ``doc`` (read as of no known genre) names by a
    lexicon's ``TITLE_WORDS`` ("Règlement intérieur", "Правила процедуры Генеральной Ассамблеи"), or that a kind
    line of its cover names (``KIND_LINES``); None otherwise, and when the cover prints a mandate's notation or
    heading before the title (:data:`MANDATE_HEADING`: "COP 1 Decision I/1" over "Rules of procedure for the
    Conference of the Parties", a decision that adopts them)."""
    if type(genre) is not UnknownGenre:
        return None
    if RESOLUTION_LINE.search(doc.text, 0, RESOLUTION_LINE_CHARS):
        return NAMED_ONLY["resolution"]  # "Résolution adoptée par l’Assemblée générale": the resolution's own line
    if opens_as_resolution(doc):
        return NAMED_ONLY["resolution"]  # its title over "The Economic and Social Council,": one resolution's text
    if _under_mandate_heading(doc):
        return None
    heads = doc.heads
    kinds = [title_genre(heads[0])] if heads else []
    kinds += [kind_of(ln.text) for ln in doc.cover.kind_lines]
    return next((NAMED_ONLY[k] for k in kinds if k in NAMED_ONLY), None)
