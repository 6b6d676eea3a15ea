"""What every genre is: a kind, the RDF class of its documents, a score for a document, a reading."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar, Protocol

from rdflib import URIRef

from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.resolve import Context
from mandategraph.ingest.text import Span
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from mandategraph.ingest.agenda import AgendaItems
    from mandategraph.ingest.cover import Cover
    from mandategraph.ingest.mandate_layout import ListedMandate
    from mandategraph.ingest.paragraphs import Para
    from mandategraph.ingest.text import SourceText


@dataclass
class Reading:
    """What one reading of a document writes to, and the spans of the text already read."""

    out: Emitter
    ctx: Context
    session: URIRef | None
    body: str
    year: int | None = None
    agenda_node: URIRef | None = None  # the agenda of the document's session, when known
    agenda_symbol: str | None = None  # the agenda named in the footnote of the item heading
    footnote: Span | None = None
    read: list[tuple[int, int]] = field(default_factory=list)


class DocumentView(Protocol):
    """What a genre sees of a document (:class:`mandategraph.ingest.document.Document`): its text,
    cover and signals, and the reading steps that genres share."""

    name: str
    text: str
    source: SourceText
    cover: Cover
    symbol: str | None
    english: bool
    not_read: list[str]

    @property
    def agenda_like(self) -> bool: ...
    @property
    def heads(self) -> list[str]: ...
    @property
    def listed(self) -> list[ListedMandate]: ...
    @property
    def texts(self) -> list[tuple[str, int, int, Span, int, int]]: ...
    def read_agenda(self, reading: Reading, is_agenda: bool) -> AgendaItems: ...
    def read_item_heading(self, reading: Reading, genre: Genre) -> None: ...
    def read_discussed_items(self, reading: Reading) -> None: ...
    def read_mandates(self, reading: Reading, where: str) -> None: ...
    def paragraphs(self, reading: Reading) -> list[Para]: ...
    def cover_paragraphs(self) -> list[Para]: ...
    def read_prose(self, reading: Reading, paras: list[Para]) -> None: ...


class Evidence(IntEnum):
    """How strongly a document shows its genre: the score a genre's ``detect`` gives."""

    NONE = 0
    FALLBACK = 1  # nothing else fits
    STRUCTURE = 2  # a text without a symbol, by what it contains (a programme table, resolution texts)
    TITLE = 3  # the title's own words ("Report of the ...")
    KIND_LINE = 4  # a line under the title that names the kind ("Note by the Secretariat")
    LAYOUT = 5  # the layout of the genre (an agenda's item list with its annotations)
    SERIES = 6  # the symbol's series ("CTOC/COP/2008/CRP.1")


class Genre:
    """One genre of document. Subclasses set ``kind`` and ``rdf_class`` and override ``detect``;
    ``read`` reads what every document may hold (the heading of the item it is under, lists and
    texts of mandates, prose that cites mandates) and the genre's own parts (the hooks below)."""

    kind: ClassVar[str] = "document"
    rdf_class: ClassVar[URIRef] = MG.Document
    is_agenda: ClassVar[bool] = False  # whether the document is itself the agenda of its session
    has_title: ClassVar[bool] = True  # whether the cover's title is the document's own title
    reads_prose: ClassVar[bool] = True  # whether citations in its prose are read
    mandate_list_where: ClassVar[str] = "contents"  # how a list of mandates in it is described
    # whether "At its Nth session, held in ... from ... to ..." after the cover is the document's own
    # session (a report or a list of what a session adopted), not a session its prose recalls
    session_in_prose: ClassVar[bool] = False

    def detect(self, doc: DocumentView) -> float:
        return Evidence.NONE

    def named(self, doc: DocumentView) -> bool:
        """Whether the document's own title or kind line names this genre in the words of a lexicon
        ("Informe de la Conferencia ...", "Note by the Secretariat", "Provisional agenda"), not its
        symbol's series, its layout or its structure: what a text without a symbol may be typed by
        (:func:`mandategraph.ingest.genres.named_genre`)."""
        return False

    def own_title(self, doc: DocumentView) -> bool:
        """Whether the cover's title is the document's own title (``has_title``; a genre may tell per document)."""
        return self.has_title

    def read(self, doc: DocumentView, reading: Reading) -> None:
        """Read the content of ``doc`` into ``reading`` (its emitter, context, session, what is read)."""
        self.read_own(doc, reading)
        doc.read_item_heading(reading, self)
        if not self.is_agenda:
            doc.read_discussed_items(reading)
        doc.read_mandates(reading, self.mandate_list_where)
        paras = doc.paragraphs(reading)
        paras = self.read_paragraphs(doc, reading, paras)
        if self.reads_prose:
            doc.read_prose(reading, paras)

    def read_own(self, doc: DocumentView, reading: Reading) -> None:
        """The parts only this genre has, read before the rest (an agenda's items)."""

    def read_paragraphs(self, doc: DocumentView, reading: Reading, paras: list[Para]) -> list[Para]:
        """The paragraphs only this genre reads (a report's recommendations); returns those left."""
        return paras

    def __repr__(self) -> str:
        return f"<genre {self.kind}>"
