"""Papers before a meeting, known by their symbol's series or by the words of their cover: notes by
the Secretariat, background papers, conference room papers, information papers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from rdflib import URIRef

from mandategraph.ingest import lexicon, patterns
from mandategraph.ingest.genres.base import Evidence, Genre
from mandategraph.ingest.genres.decisions import decision_list_title
from mandategraph.ingest.lexicon import kind_of, zh
from mandategraph.ingest.masthead import title_genre
from mandategraph.ingest.symbols import Symbol
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView


class CoverWordsGenre(Genre):
    """A genre named on the cover: in a kind line under the title (stronger) or in the title."""

    title_words: ClassVar[re.Pattern[str] | None] = None
    series: ClassVar[str | None] = None  # the symbol series of the genre ("CRP")

    def detect(self, doc: DocumentView) -> float:
        if self.series is not None and doc.symbol is not None and Symbol(doc.symbol).series == self.series:
            return Evidence.SERIES
        heads = doc.heads
        words = self.title_words
        named = [lexicon_genre(h) for h in heads]  # the genre the lexicons' words name, in every language
        below = zip(heads[1:], named[1:], strict=True)  # the kind lines and subtitles
        if any(words is not None and words.search(h) or kind == self.kind for h, kind in below):
            return Evidence.KIND_LINE
        if heads and (words is not None and words.search(heads[0]) or named[0] == self.kind):
            return Evidence.TITLE
        return Evidence.NONE

    def named(self, doc: DocumentView) -> bool:
        # the lexicons' words only (kept as data with their examples), never the looser ``title_words``
        # ("Report 7 Downloads 47 Views", a mirror's counters above a note verbale)
        return any(lexicon_genre(h) == self.kind for h in doc.heads)


def lexicon_genre(head: str) -> str | None:
    """The genre a title or kind line names by the lexicons' words, in any language read: a title's
    first words ("Informe de la ...", "Доклад ...", "Information for participants"), a whole kind
    line ("秘书处的报告", the Secretariat's report) or a Chinese title's last noun (:data:`CHINESE_TITLE`)."""
    return title_genre(head) or kind_of(head) or chinese_title_genre(head)


CHINESE_TITLE = patterns.define(
    "papers.chinese_title", r"""
    ^(?!""" + lexicon.alternation(zh.TITLE_VERBS) + r""")      # not an agenda item's "审议...的报告"
    [\u3400-\u9fff《》〈〉()（）0-9A-Za-z/、]{2,120}?  # Chinese words, quoted titles, numbers
    (?P<noun>""" + lexicon.alternation(zh.TITLE_ENDINGS) + r""")[ \t]*\*{0,3}$""",
    examples=[  # unread/CED_C_23_2_zh.txt, line 20 (its footnote's asterisk)
              ("关于根据《公约》第三十条提交的紧急行动请求的报告*", {"noun": "报告"}),
              ("总务委员会第一次报告", {"noun": "报告"}),  # fresh/A_54_GC_first_report_zh_nosymbol.txt
              # untouched/HRI_chairs_26_report_zh_nosymbol.txt
              ("人权条约机构主席关于第二十六次会议的报告", {"noun": "报告"})],
    rejects=["审议附属机构的报告", "报告草案", "审查港口国防止非法、不报告、不管理捕捞的",
             "秘书长谨依照大会第57/202号决议规定,向大会转交各人权条约机构主席关于"
             "2014年6月23日至27日在日内瓦召开的第二十六次主席会议的报告。"])
"""A Chinese title (no sentence: no comma or full stop) that ends with the noun of a genre (``zh.TITLE_ENDINGS``,
"...的报告"): that genre; never an agenda item's title, which opens with its verb ("审议...的报告", consideration of the
report of ...)."""


def chinese_title_genre(head: str) -> str | None:
    m = CHINESE_TITLE.match(head.strip())
    return zh.TITLE_ENDINGS[m["noun"]] if m is not None else None


class NoteGenre(CoverWordsGenre):
    kind: ClassVar[str] = "note"
    rdf_class: ClassVar[URIRef] = MG.Note
    title_words = re.compile(r"^(?:note\s+by|memorandum\s+by|nota\s+de|note\s+du|note\s+de|записка)", re.I)


class BackgroundPaperGenre(CoverWordsGenre):
    kind: ClassVar[str] = "background paper"
    rdf_class: ClassVar[URIRef] = MG.BackgroundPaper
    title_words = re.compile(r"background\s+paper|documento\s+de\s+antecedentes|"
                             r"document\s+d[’']information|справочный\s+документ", re.I)


class ConferenceRoomPaperGenre(CoverWordsGenre):
    kind: ClassVar[str] = "conference room paper"
    rdf_class: ClassVar[URIRef] = MG.ConferenceRoomPaper
    title_words = re.compile(r"conference\s+room\s+paper|documento\s+de\s+sesi[oó]n", re.I)
    series = "CRP"

    def detect(self, doc: DocumentView) -> float:
        # a session's report circulated in draft as a conference room paper ("Projet de rapport de la réunion des 10
        # et 11 avril 1996 du comité permanent", EC/46/SC/CRP.27, tests/ingest_eval/unread/EC_46_SC_CRP.27_fr.txt):
        # its title names it a report, and a report it is, not a paper of the series
        if doc.heads and lexicon_genre(doc.heads[0]) == "report":
            return Evidence.NONE
        return super().detect(doc)


ADOPTED_TEXTS_TITLE = patterns.define(
    "papers.adopted_texts_title", r"""
    (?<!\w)(?:Resolutions\s+and\s+decisions\s+adopted\s+by
      |Resoluciones\s+y\s+decisiones\s+adoptadas\s+por
      |Résolutions\s+et\s+décisions\s+adoptées\s+par
      |Резолюции\s+и\s+решения,?\s+принятые)(?!\w)""",
    examples=["Resoluciones y decisiones adoptadas por el Consejo Económico y Social en su período",
              "Resolutions and decisions adopted by the Economic and"],
    rejects=["the resolutions and decisions it adopted", "Information for participants"], flags=re.IGNORECASE)
"""The title of a compilation of the resolutions and decisions an organ adopted at a session, which the Economic and
Social Council issues in its information series ("E/2008/INF/2/Add.1", tests/ingest_eval/sealed/
E_2008_INF_2_Add.1_es-en.txt: "Resoluciones y decisiones adoptadas por el Consejo Económico y Social en su período
de sesiones sustantivo de 2008"): the texts of mandates adopted, no information paper. Where its title is printed
as a title is (:func:`mandategraph.ingest.genres.decisions.decision_list_title`), it is read as a decision list
(``mg:DecisionList``); where only these words are found, as a document of no genre asserted."""
ADOPTED_TEXTS_PROBE_CHARS = 1500  # how far into a text of the information series such a title is looked for


class InformationPaperGenre(CoverWordsGenre):
    kind: ClassVar[str] = "information paper"
    rdf_class: ClassVar[URIRef] = MG.InformationPaper
    series = "INF"

    def detect(self, doc: DocumentView) -> float:
        if doc.symbol is not None and Symbol(doc.symbol).series == self.series \
                and (ADOPTED_TEXTS_TITLE.search(doc.text, 0, ADOPTED_TEXTS_PROBE_CHARS)
                     or decision_list_title(doc.text) is not None):
            return Evidence.NONE  # a compilation of adopted texts issued in the series: its genre the series is not
        return super().detect(doc)
