"""The reading of one document text: its cover, the body and session it is of, its genre (chosen
from the genre registry, :mod:`~mandategraph.ingest.genres`) and its content read by that genre,
into one named graph.

A :class:`Document` is one text, cleaned once, with its cover and the signals genres detect by (item
list, lists and texts of mandates, programme table), each found once; the steps every genre shares
(the item heading a paper is under, lists and texts of mandates, prose) are its methods, and a
:class:`Reading` carries what one reading writes to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, wraps
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import agenda, lexicon, mandates, papers, patterns, reports, series
from mandategraph.ingest.agenda_layout import AgendaEntry, grounds_listed, parse_agenda_items, under_agenda_heading
from mandategraph.ingest.citations import ORDINAL
from mandategraph.ingest.cover import (
    AGENDA_TITLE,
    FLAT_KIND_LINE,
    HELD,
    NAV,
    ONE_DAY_MEETING,
    agenda_footnote,
    bounded_title,
    mirror_title_unsure,
    own_session_phrase,
    parse_cover,
    phrase_owner,
    session_from_prose,
)
from mandategraph.ingest.dates import DateRange, first_range
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.genres import GENRES, Genre, choose, named_class, named_only_class
from mandategraph.ingest.genres.base import Reading
from mandategraph.ingest.genres.papers import lexicon_genre
from mandategraph.ingest.genres.programme import PROGRAMME_TITLE
from mandategraph.ingest.genres.summary import SUMMARY_RECORD_TITLE
from mandategraph.ingest.genres.unknown import UnknownGenre
from mandategraph.ingest.lexicon import kind_of, ordinal, same_place
from mandategraph.ingest.mandate_layout import MANDATE_HEADING, ListedMandate, mandate_lists, mandate_texts
from mandategraph.ingest.masthead import GENRE_TITLE
from mandategraph.ingest.paragraphs import Para, contents_region, paragraphs
from mandategraph.ingest.patterns import AGENDA_TITLE_WORDS
from mandategraph.ingest.registry import Registry, identifies
from mandategraph.ingest.registry import norm as norm_name
from mandategraph.ingest.resolve import Context, body_node
from mandategraph.ingest.series import series_disagrees, series_of, without_session
from mandategraph.ingest.series import table as series_table
from mandategraph.ingest.symbols import Symbol, is_symbol
from mandategraph.ingest.text import (
    LANGUAGE_NAMES,
    NotADocumentError,
    SourceText,
    Span,
    blank_lines,
    cut_at,
    detect_language,
    fold,
    lines,
    near_gap,
)
from mandategraph.ingest.triples import rdflib_graph
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, XSD


@dataclass(frozen=True)
class IngestResult:
    """One document read: its named graph and what the reader could and could not do."""

    source: str
    graph_name: URIRef
    nt: str  # the graph, as sorted N-Triples (pyoxigraph's serialiser; byte-identical for the same input)
    symbol: str | None
    kind: str
    language: str
    partial: bool
    not_read: tuple[str, ...]
    document: URIRef | None = None
    text: str | None = None  # the text extracted from a PDF or Word file, which the evidence offsets count in

    def ntriples(self) -> str:
        """The graph as sorted N-Triples: byte-identical for the same input."""
        return self.nt

    @property
    def triple_count(self) -> int:
        """The number of triples in the graph."""
        return self.nt.count("\n")

    @cached_property
    def graph(self) -> Graph:
        """The graph as an rdflib ``Graph`` (made on first use; changing it changes nothing else)."""
        return rdflib_graph(self.nt)


# the words of a title that make a text a document even without a symbol
SESSION_PHRASE_CHARS = 2500  # how far after the cover "At its Nth session, held in ..." is looked for
FLAT_TITLE_CHARS = 400  # how far after the symbol, on its line, a flattened cover's genre title is looked for
KIND_LINE_PROBE_CHARS = 3000  # how far into a text a kind line standing alone is looked for
UN_TEXT_PROBE_CHARS = 4000  # how far into a text without a symbol the signs of a UN document text are looked for
TATWEEL = "\u0640"
"""The Arabic kashida, a letter drawn out to justify a line ("الاتحــــاد الـدولــــي للاتصــــالات", the ITU's name in
tests/ingest_eval/pristine/ITU_PP-18_final_acts_nosymbol_ar.txt): no letter of the word, left out where names are
looked for."""
BODY_PROBE_CHARS = 2500  # how far into a text without symbol or body line its body's full name is looked for
ORGANS_PAPERS = patterns.define(
    "document.organs_papers", r"(?i:\s(?:decisions|resolutions|documents|reports|records|recommendations))$",
    examples=["Committee Decisions"],  # tests/ingest_eval/untouched/WHC_01COM_decision_rules_of_procedure_nosymbol.txt
    rejects=["Committee on the Rights of the Child", "Commission on Narcotic Drugs"], verbose=False)
"""A heading that names an organ's papers, not the organ ("Committee Decisions", a decisions database's heading): no
body's name ends in the name of its papers."""
COVER_LANGUAGES = ("en", "es", "fr", "ru", "und")
"""The languages whose covers' lines (titles, bodies' names) are read; of the others (Arabic, Chinese) only the
symbol, dates and numbers, and the titles the lexicons list."""
_TABLE_HEADING = re.compile(r"^[ \t]*(?:\w+\s+)?(?:organization\s+of\s+work|programme)\b", re.M | re.I)
_TIME_OF_DAY = re.compile(r"\b(?:a\.m\.|p\.m\.)")
_ANNOTATIONS_HEADING = re.compile(r"^[ \t]*(?:[IVX]+\.\s+)?annotations\b", re.M | re.I)
_ORGANIZATION_HEADING = re.compile(r"^[ \t]*(?:Proposed\s+)?organization\s+of\s+work\b", re.M | re.I)
_AGENDA_ITEM = re.compile(r"\bagenda\s+item\b", re.I)
_AGENDA_SECTION = re.compile(r"\b[IVX]{1,3}\.\s+provisional\s+agenda\s+1\.\s*\S", re.I)
"""A section "I. PROVISIONAL AGENDA" whose first item follows it, wherever the line breaks fall (a
flattened cover: "... GE.04-52176 TD/B/51/1 Page 2 I. PROVISIONAL AGENDA 1. Procedural matters")."""
_ANNOTATIONS_WORD = re.compile(r"\bannotations\b", re.I)
_TITLE_WORDS = [AGENDA_TITLE, SUMMARY_RECORD_TITLE] + [
    p for p in (getattr(g, "title_words", None) for g in GENRES) if p is not None]
"""The words a title begins with that make a text with it a document by its form: an agenda's, a summary record's
("Compte rendu analytique de la 1635e séance" under "A/CN.4/SR.1635", tests/ingest_eval/unread/A_CN.4_SR.1635_fr.txt
lines 25-27), a genre's title words."""
_HELD_AT = patterns.define(
    "document.session_held_at", r"""
    (?:\bThe\s+(?P<ord>""" + ORDINAL + r""")\s+session\s+of\s+the\s+[^.]{0,160}?\s+will\s+be\s+held\s+
     |\bwill\s+hold\s+its\s+(?P<ord2>""" + ORDINAL + r""")\s+session\s+[^.]{0,80}?  # "... will hold its Nth session"
     |\bon\s+its\s+(?P<ord3>""" + ORDINAL + r""")\s+session\s*,?\s+held\s+          # "... on its Nth session, held in"
     |\bheld\s+its\s+(?P<ord4>""" + ORDINAL + r""")\s+session\s+)                  # "... held its first session in"
    (?:at\s+(?:the\s+)?United\s+Nations\s+(?:Office|Headquarters)\s+(?:at|in)|in)\s+
    (?-i:(?P<venue>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))
    (?=\s*(?:\(|,|from\b|on\b|\.))""",
    examples=[("1.The fifty-first session of the Committee against Torture (the “Committee”) will be held at the "
               "United Nations Office at Geneva (Palais Wilson) from 28 October to 22 November 2013",
               {"ord": "fifty-first", "venue": "Geneva"}),
              ("The seventh session of the Conference will be held in Vienna from 18 to 22 October 2014",
               {"venue": "Vienna"}),
              ("the Human Rights Council will hold its thirty-sixth session from 11 to 29 September 2017 at the United "
               "Nations Office at Geneva.", {"ord2": "thirty-sixth", "venue": "Geneva"}),
              ("Part One. Report of the Commission on Narcotic Drugs on its fiftieth session, held in Vienna on 17 "
               "March 2006 and 12-16 March 2007", {"ord3": "fiftieth", "venue": "Vienna"}),
              # TRADE/CEFACT/1997/1
              ("(CEFACT) held its first session in Geneva from 17 to 18 March 1997",
               {"ord4": "first", "venue": "Geneva"})],
    rejects=["The fifty-first session of the Committee will be opened by the Chair",
             "the twentieth session of the Governing Council will be held at the Vienna International Centre"],
    flags=re.IGNORECASE)
"""The first paragraph's "The Nth session of the ... will be held at the United Nations Office at
Geneva": the venue of the document's own session when the cover does not print it."""
_HELD_FROM = re.compile(r"\s+from\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+)?to\s+\d{1,2}(?:st|nd|rd|th)?\s+"
                        r"[A-Z][a-z]+\s+(?:19|20)\d{2}\b")
"""The period right after :data:`_HELD_AT`'s venue ("... in Geneva from 19 to 23 March 2018", "from 28 October to 22
November 2013"): the session's first and last days, nothing between the venue and them."""
MEETING_HELD_AT = patterns.define(
    "document.meeting_held_at", r"""
    ^[ \t]*(?:held\s+at|Held\s+at|celebrada\s+en|Celebrada\s+en|tenue\s+au|Tenue\s+au)\s+(?:the\s+|el\s+)?
    (?:Palais|Palacio|Palace)\s+(?:des\s+Nations|de\s+las\s+Naciones|of\s+Nations|Wilson)\s*,?\s*(?:à\s+)?
    (?P<venue>[A-ZÀ-Þ][\w'’-]+)                                 # the city after the building
    (?=\s*,|\s+(?:on|el|le)\s)""",
    examples=[("celebrada en el Palacio de las Naciones, Ginebra, el jueves 29 de julio de 1999, a las 15.00 horas",
               {"venue": "Ginebra"}),  # fresh/CCPR_C_SR.1781_es.txt
              ("tenue au Palais Wilson, à Genève,", {"venue": "Genève"}),  # fresh/CAT_C_SR.528_fr.txt
              ("Tenue au Palais Wilson à Genève, le jeudi 7 mai 2009, à 15 heures.", {"venue": "Genève"}),
              ("held at the Palais des Nations, Geneva, on Monday, 3 May 2004", {"venue": "Geneva"})],
    rejects=["the meeting held at the Palais des Nations, Geneva, last year", "Palais Wilson, Genève"],
    flags=re.MULTILINE)
"""The line under a summary record's title saying where its meeting is held ("celebrada en el Palacio de las
Naciones, Ginebra, el jueves ..."): the meeting is one of the session's, held where the session is; its date is
the meeting's day, never the session's dates (not read)."""
MEETING_LINE_CHARS = 600  # that line stands this close after the cover's end
_DAYS_BEFORE_YEAR = r"(?:\d{1,2}(?:er)?(?:[ \t]*[-–][ \t]*\d{1,2})?[ \t]+[^\W\d_]+[ \t]+)?"
"""The session's days and month printed between its name and its year ("Première session ordinaire, 8-11 février
2011"; read only after the first three ordinals of the French and Spanish forms: an English "Fifty-fourth regular
session, 20-24 September 2010" counts its sessions)."""
SESSION_OF_YEAR = patterns.define(
    "document.session_of_year", r"""
    (?P<ord>""" + ORDINAL + r""")[ \t]+regular[ \t]+session(?:[ \t]+of[ \t]+the[ \t]+Executive[ \t]+Board)?
      [ \t]*,?[ \t]*(?P<year>(?:19|20)\d{2})(?!\d)                            # "First regular session 2004"
    |(?P<ord_fr>première|deuxième|seconde|troisième)[ \t]+session[ \t]+ordinaire[ \t]*,?[ \t]*(?:de[ \t]+)?
      """ + _DAYS_BEFORE_YEAR + r"""(?P<year_fr>(?:19|20)\d{2})(?!\d)         # "Première session ordinaire de 2010"
    |(?P<ord_es>primer|segundo|tercer)[ \t]+período[ \t]+ordinario[ \t]+de[ \t]+sesiones[ \t]*,?[ \t]*(?:de[ \t]+)?
      """ + _DAYS_BEFORE_YEAR + r"""(?P<year_es>(?:19|20)\d{2})(?!\d)  # "Primer período ordinario de sesiones de 2010"
    """,
    examples=[("*0357363* First regular session 2004 23 to 30 January 2004, New York",
               {"ord": "First", "year": "2004"}),
              # sealed/DP_2004_2.txt
              ("SUMMARY OF THE WORK OF THE FIRST REGULAR SESSION OF THE EXECUTIVE BOARD, 2010 In accordance",
               {"ord": "FIRST", "year": "2010"}),  # sealed/WFP_EB.1_2010_17.txt
              ("Conseil d'administration Première session ordinaire de 2010", {"year_fr": "2010"}),
              # sealed/E_ICEF_2011_16_fr.txt: a compendium's contents, the session's days before its year
              ("Décision Page Première session ordinaire, 8-11 février 2011 2011/1 Rapport annuel",
               {"ord_fr": "Première", "year_fr": "2011"}),
              ("Junta Ejecutiva Primer período ordinario de sesiones de 2010", {"year_es": "2010"})],
    rejects=["Fifty-fourth regular session Advance Information for Delegations",  # sealed/GC_54_INF_6_IAEA.txt
             "First Regular Session Rome, 8–11 February 2010", "the sixty-third regular session of the Assembly"],
    flags=re.IGNORECASE)
"""An executive board's regular session named by its place in a year ("First regular session 2004", the UNDP/UNFPA
Board's; "the first regular session of the Executive Board, 2010", WFP's): numbered within the year, never the
body's session number 1 (the IAEA General Conference's "Fifty-fourth regular session" counts its sessions)."""
SESSION_OF_YEAR_CHARS = 400  # how far after the cover's end such a session line or title is looked for
SESSION_OF_YEAR_WORDS = ("regular", "ordina")  # one of them is in every match of SESSION_OF_YEAR (its guard)
_SESSION_PHRASE = re.compile(
    r"\bAt\s+its\s+(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting\b" + ONE_DAY_MEETING
    + r")\b(?P<rest>[^:]{0,200})",
    re.IGNORECASE)


_OWN_SCRIPT = {"ru": re.compile("[\u0400-\u04ff]"), "ar": re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]"),
               "zh": re.compile("[\u4e00-\u9fff]")}
"""The letters of a text's language where it has a script of its own: its title is printed in them."""
_GLUED_NAME = re.compile(r"[a-z][A-Z][a-z]")
"""Two words of a name run together ("StockholmConvention"): the name is not read as printed."""
GLYPH_WORD = re.compile(r"(?<!\S)[\x3a-\x7a]*[a-zA-Z][\x3a-\x40\x5b-\x60][\x3a-\x7a]*[a-zA-Z][\x3a-\x7a]*(?!\S)")
"""A word of a Russian text whose font was extracted as ASCII: letters with the punctuation that stands for
Cyrillic letters between them ("HJ=:GBA:PBY" for "ОРГАНИЗАЦИЯ", ":^fbgbkljZlb\\gucdhfbl_l")."""
_GLYPH_PAIR = re.compile(r"[\x3a-\x40\x5b-\x60](?<=[a-zA-Z].)")
"""A sign that stands for a Cyrillic letter right after a Latin letter: every glyph word holds one (the text is
scanned for the rare signs, the look-behind asked only at them)."""
GLYPH_SHIFT = {**{c: 0x410 + c - 0x3A for c in range(0x3A, 0x5A)}, **{c: 0x430 + c - 0x5A for c in range(0x5A, 0x7A)}}
"""The font's code for each Cyrillic letter: "А".."Я" at ":".."Y", "а".."я" at "Z".."y" (read off
tests/ingest_eval/unseen/TRANS_WP.30_AC.2_2000_7_ru.txt: "HJ=:GBA:PBY" is "ОРГАНИЗАЦИЯ", "imgdl" "пункт")."""
GLYPH_WORD_SHARE = 0.2  # a text of which this share of the words are glyph words is a mis-decoded one
GLYPH_SAMPLE_CHARS = 20_000  # ... judged on its first characters
_RUSSIAN_VOWELS = re.compile("[аеиоуыэюяАЕИОУЫЭЮЯ]")


def misdecoded_cyrillic(text: str) -> bool:
    """Whether ``text`` is a Russian text whose Cyrillic a PDF's extraction gave as ASCII (:data:`GLYPH_WORD`
    for at least :data:`GLYPH_WORD_SHARE` of its words, and those words, read back through the font's codes,
    with a Russian vowel each, as words of Russian have)."""
    sample = text[:GLYPH_SAMPLE_CHARS]
    words = len(sample.split())
    if not words or len(_GLYPH_PAIR.findall(sample)) < GLYPH_WORD_SHARE * words:
        return False  # (the same answer, sooner) fewer letter-and-sign pairs than that, so fewer glyph words
    glyphs = GLYPH_WORD.findall(sample)
    if len(glyphs) < GLYPH_WORD_SHARE * words:
        return False
    return all(_RUSSIAN_VOWELS.search(g.translate(GLYPH_SHIFT)) for g in glyphs)


OFFICIAL_RECORDS_SUPPLEMENT = patterns.define(
    "document.official_records_supplement",
    r"(?<!\w)(?:Supplement|Suplemento|Supplément|Дополнение)\s*(?:No\.?|núm\.?|n\s?[°ºo]\.?|№)\s*"
    r"(?P<number>\d{1,3})(?!\d)",
    examples=["Documentos Oficiales Quincuagésimo octavo período de sesiones Suplemento No. 8 (A/58/8)",
              "Sexagésimo noveno período de sesiones Suplemento núm. 38",  # pristine/A_69_38_es.txt
              "Официальные отчеты Шестьдесят восьмая сессия Дополнение № 32",  # novel/A_68_32_ru.txt
              "Official Records Sixty-fourth Session Supplement No. 3 (A/64/3)",
              "Quatre-vingtième session\n\nSupplément n o 18"],  # unseen/A_80_18_fr.txt
    rejects=["a supplement to the report", "Supplementary estimates No. 3"], flags=re.IGNORECASE, verbose=False)
"""The line of a principal organ's Official Records that says which of their supplements the document is ("Suplemento
No. 8", pristine/A_58_8_es.txt): the report of another organ, issued under the principal organ's symbol. It is the
document's own when its number is the symbol's (A/58/8); a report's prose cites other supplements ("Suplemento No.
53", the Human Rights Council's report, in the Third Committee's report A/62/434, unseen/A_62_434_es.txt)."""
REPORT_OF_ORGAN = patterns.define(
    "document.report_of_organ",
    r"(?<!\w)(?:Report\s+of\s+the|Informe\s+de(?:l|\s+la)|Rapport\s+d(?:u|e\s+la)|Доклад)\s+(?P<name>\w(?s:.){0,200})",
    examples=[("Naciones Unidas Informe del Consejo de Administración del Programa de las Naciones Unidas",
               {"name": "Consejo de Administración del Programa de las Naciones Unidas"}),
              ("Rapport du Comité pour l’élimination de la discrimination raciale",
               {"name": "Comité pour l’élimination de la discrimination raciale"}),
              ("Report of the Economic and Social Council for 2009", {"name": "Economic and Social Council for 2009"})],
    rejects=["the reporting of the Council", "Informes del Secretario"], flags=re.IGNORECASE, verbose=False)
"""The words of a report's title that name the organ whose report it is ("Informe del Consejo de Administración
...", "Доклад Комитета по ликвидации дискриминации в отношении женщин")."""
SESSION_REPORT_TITLE = patterns.define(
    "document.session_report_title", r"""
    ^[ \t]*(?:Report[ \t]+of[ \t]+the|Informe[ \t]+de(?:l|[ \t]+la)|Rapport[ \t]+d(?:u|e[ \t]+la)|Доклад)[ \t]+
    (?P<name>[^\W\d][^\n,]{2,150}?)                                    # the organ's name, on the title's line
    (?:[ \t]*,[ \t]*                                                   # then a comma, or the words of its session
      |[ \t]+(?:on[ \t]+(?:the[ \t]+work[ \t]+of[ \t]+)?its|sobre[ \t]+(?:la[ \t]+labor[ \t]+realizada[ \t]+en[ \t]+)?su
               |sur[ \t]+(?:les[ \t]+travaux[ \t]+de[ \t]+)?sa|о[ \t]+работе[ \t]+(?:ее|его|своей))[ \t]+)
    (?P<ordinal>[^\W\d][\w-]*(?:[ \t]+[^\W\d][\w-]*)?)                   # its ordinal, one or two words
    (?!.*\n(?:[ \t]*\n)*[ \t]*                                          # and no report's title on the next line:
       (?:Report[ \t]+of[ \t]+the|Informe[ \t]+de(?:l|[ \t]+la)|Rapport[ \t]+d(?:u|e[ \t]+la)|Доклад)[ \t])""",
    examples=[("Доклад Комиссии международного права, Шестьдесят четвертая",  # unread/A_67_10_ch8_ru.txt
               {"name": "Комиссии международного права", "ordinal": "Шестьдесят четвертая"}),
              ("Report of the International Law Commission on the work of its sixty-fourth session",
               {"name": "International Law Commission", "ordinal": "sixty-fourth session"}),
              ("Report of the International Law Commission on the work of its sixty-fourth session\n"
               "(7 May-1 June and 2 July-3 August 2012)\nGeneral Assembly", {"ordinal": "sixty-fourth session"})],
    rejects=["Report of the Credentials Committee", "Report of the Second Committee\nRapporteur: Mr. X",
             "the report of the Commission on its sixtieth session",
             # a Main Committee's report on an agenda item, laid out as the Sixth Committee's A/67/463 is (the
             # item's heading, the item's title, the Committee's own report): the line is the item's title
             "Sixty-seventh session\n\nAgenda item 79\n\nReport of the International Law Commission on the work of "
             "its sixty-fourth session\n\nReport of the Sixth Committee\n\nRapporteur: Mr. Jon Doe (Country)",
             "Пункт 79 повестки дня\nДоклад Комиссии международного права о работе ее шестьдесят четвертой сессии\n"
             "Доклад Шестого комитета"],
    flags=re.MULTILINE | re.IGNORECASE)
"""A cover's title line that is an organ's report on one of its sessions, the organ's name and the session's
ordinal after it (a report of an organ on its own session is the organ's, whatever series prints it). Not when the
next line is a report's title itself (a Main Committee's "Report of the Sixth Committee" under the title of the item
it reports on, "Report of the International Law Commission on the work of its sixty-fourth session"): that one is
the document's own, the line over it the agenda item's title (:meth:`Document._session_report_organ` leaves out too
a line under the cover's "Agenda item N" heading)."""
SESSION_REPORT_PROBE_CHARS = 300  # how far into a text its cover's title lines are looked for, at the least
_YEAR_BEFORE_SUPPLEMENT = 40  # how far before the Council's supplement line its year is printed ("2010 год Дополнение")
REPORTED_PROBE_CHARS = 1500  # how far into a supplement's text its title's "Report of the ..." is looked for
PRINCIPAL_SERIES = ("A", "S", "E")
"""The series of the principal organs whose Official Records print other organs' reports as supplements ("A/58/8",
UN-Habitat's Governing Council's report; http://www.un.org/Depts/dhl/resguide/symbol.htm, the principal organs'
series); a principal organ's own report issued so (A/64/3, the Council's report for 2009) is the series' organ's."""
_WORDS_BEFORE_NOUN = 3  # words of an organ's name before the noun that says it is one ("United Nations Scientific
# Committee on the Effects of Atomic Radiation", tests/ingest_eval/unopened/A_70_46_en-zh.txt)
_REPORTING_NOUNS = re.compile(rf"(?i:(?:\w+\s+){{0,{_WORDS_BEFORE_NOUN}}}(?:committee|council|commission|board|group|"
                              r"comité|consejo|conseil|comisión|junta|grupo|groupe|комитет\w*|совет\w*|комисси\w*|"
                              r"групп\w*)(?!\w))")
"""The first words of a name that names an organ ("Комитета по конференциям"): a report of an organ the registry does
not know is of no body it can name, never the principal organ's."""
_SUPPLEMENT_ON_COVER_CHARS = 300  # how far into a text of no symbol its cover's supplement line is looked for



def _latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


def _name_ends(text: str, at: int) -> bool:
    """Whether a name read from the start of ``text`` ends at ``at``: the text ends there, or no letter or digit
    follows, or a letter of another script follows, an aligned bitext's other column glued on ("united nations
    commission on international trade lawдоклад комиссии ...", tests/ingest_eval/unread/A_71_17_en-ru.txt)."""
    if at >= len(text) or not text[at].isalnum():
        return True
    return at > 0 and text[at - 1].isalpha() and text[at].isalpha() and _latin(text[at - 1]) != _latin(text[at])


_OPENING_ORGAN = patterns.define(
    "document.opening_organ",
    r"^[ \t]*(?:The[ \t]+|La[ \t]+|El[ \t]+|Le[ \t]+|L[’'][ \t]*)?(?P<name>[A-ZÀ-ÞА-Я][^\W\d][^,.;:\n]{2,120}),[ \t]*$",
    examples=[("Ensuring the timely distribution of conference documents\n\nThe Economic and Social Council,\n\nNoting",
               {"name": "Economic and Social Council"}),  # novel/E_RES_1985_20_nosymbol.txt
              ("Генеральная Ассамблея,\nссылаясь на свою Резолюцию 55/59", {"name": "Генеральная Ассамблея"})],
    rejects=["The Economic and Social Council, noting", "Economic and Social Council - 29 maggio 1985"],
    flags=re.MULTILINE, verbose=False)
"""A resolution's opening words, a line of its own: its adopting organ's name and a comma ("The General Assembly,")."""
OPENING_PROBE_CHARS = 600  # how far after the cover a resolution's opening line is looked for
PLACED_BEFORE = patterns.define(
    "document.placed_before",
    r"^[ \t]*1\.\s+The\s+Secretary-General\s+has\s+the\s+honour\s+to\s+(?:place\s+before|submit\s+to|transmit\s+to)"
    r"\s+the\s+(?P<name>[A-Z][^,.;:\n]{2,80})",
    examples=[("1.   The Secretary-General has the honour to place before the General Committee, for its "
               "consideration, the following observations", {"name": "General Committee"})],
    # pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt
    rejects=["The Secretary-General has the honour to place before the General Committee", "1. The General Committee"],
    flags=re.MULTILINE, verbose=False)
"""The first paragraph of the Secretary-General's memorandum to an organ, naming the organ it is placed before."""
ADDRESSEE_PROBE_CHARS = 12_000  # how far into a text its first paragraph is looked for (after a page's contents)
_SESSION_AFTER_NAME = patterns.define(
    "document.session_after_name", r"\s+(?:" + ORDINAL + r")\s+session$",
    examples=["Executive Council Sixty-second session"],  # pristine/WMO_EC-LXII_abridged_final_report_WMO-No.1059.txt
    rejects=["Committee on Environmental Policy", "Sixty-second session of the Executive Council"],
    flags=re.IGNORECASE, verbose=False)
"""A session line run on after a body's name on one line of a mirror's page ("Executive Council Sixty-second
session"): the session's, no word of the body's name."""
_STRAY_LETTER = re.compile(r"\s[a-z]$")
"""A name that ends in one lower-case letter, the rest of a word the print lost ("Economic Commission for Europe
s41", a mirror's title with its digits, pristine/ECE_CEP_22_outcomes_2017_nosymbol.txt): no body's name as printed."""
_CUT_NAME_END = patterns.define(
    "document.cut_name_end",
    r"\s(?:un|una|unos|unas|el|al|para|por|sobre|entre|contra|une|le|les|au|aux|pour|par|an|a|from|against)\s*$",
    examples=["Comité Especial encargado de preparar una",  # unopened/A_AC.265_WP.1_es.txt, the name's first line
              "Comité chargé de préparer une"],
    rejects=["Comité Especial", "Committee on Conferences", "Group of Experts on UN", "Section A"], verbose=False)
"""A body's name whose last word is an article or a preposition, in lower case: the rest of it on the next lines
("Comité Especial encargado de preparar una" / "convención amplia e integral ..."): no body's name as printed
(those of, of the, de, la and the like are :func:`bounded_title`'s)."""
NAME_CONTINUED_LINES = 4  # how many lines a body's name broken over lines is read on, after its first
NAME_CONTINUED_CHARS = 80  # the longest line of such a name's rest (a longer one is prose)
_Answer = TypeVar("_Answer")
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÿ][\sA-Za-zÀ-ÿ0-9'’,.()-]*")
"""A body's name in Latin letters, of which a body's IRI can be made."""


def read_document(source: SourceText, registry: Registry, symbol: str | None, raw: bytes) -> IngestResult:
    """Read one source text into its named graph; ``symbol`` is supplied by a curator when the text
    prints none. Raises :class:`NotADocumentError` for anything that is not a UN document text."""
    return Document(source, registry, symbol, raw).read()


def session_facts(source: SourceText, registry: Registry, symbol: str | None,
                  raw: bytes) -> tuple[str | None, int | None, str | None, str | None]:
    """The body, session number and dates the text gives for its session (for learning)."""
    return Document(source, registry, symbol, raw).session_facts()


def per_registry(method: Callable[[Document], _Answer]) -> Callable[[Document], _Answer]:
    """A method of a document whose answer is remembered for the registry it reads with: asked again only
    after the registry is replaced (``ingest_paths`` gives a document the registry that learnt the batch's
    sessions between its two phases). :meth:`Document.body` is asked three or four times a text."""
    key = f"_per_registry_{method.__name__}"

    @wraps(method)
    def remembered(self: Document) -> _Answer:
        memo = self.__dict__.get(key)
        if memo is not None and memo[0] is self.registry:
            return memo[1]
        answer = method(self)
        self.__dict__[key] = (self.registry, answer)
        return answer
    return remembered


class Document:
    """One source text, cleaned and its cover read once; every step takes what the text has and
    says what it could not read. Genres detect by its signals and read with its methods."""

    def __init__(self, source: SourceText, registry: Registry, symbol: str | None, raw: bytes) -> None:
        self.source = source
        self.registry = registry
        self.supplied = symbol
        self.raw = raw
        self.name = source.name
        self.text = source.clean
        self.cover = parse_cover(self.text, registry)
        self.printed = self.cover.symbol.text if self.cover.symbol else None
        # a symbol misprinted for its series' form ("UNEP/CHW/OEWG/629"): not the document's, unknown
        self.misprinted = self.printed if self.printed and series.malformed(self.printed) else None
        if self.misprinted:
            self.printed = None
        self.symbol = symbol or self.printed
        self._running_headers()
        self.language = detect_language(self.text)
        self.misdecoded = misdecoded_cyrillic(self.text)
        if self.misdecoded:
            self.language = "ru"  # a Russian text whose font the PDF's text lost: Cyrillic read as ASCII
        self.english = self.language in ("en", "und")
        self.notes: list[str] = []
        if self.misprinted:
            self.notes.append(f"The symbol printed, {self.misprinted}, has fewer segments than its series' symbols "
                              "have: a misprint, so the document's symbol is not known.")
        self.not_read: list[str] = []

    # -------------------------------------------------------------------------- cleaning, part 2

    def _running_headers(self) -> None:
        """Blank lone symbol lines after the cover: running headers and footers of the PDF pages."""
        spans: list[tuple[int, int]] = []
        start = self.cover.symbol_span[1] if self.cover.symbol_span else 0
        own = Symbol(self.symbol) if self.symbol else None
        body_lines = lines(self.text, start)
        for ln in body_lines:
            t = ln.text
            if not t or ln.start < start:
                continue
            m = re.fullmatch(r"(?:\d{1,3}\s+)?(?P<sym>\S+?)\*?(?:\s+\d{1,3})?", t)
            if not m or not is_symbol(m["sym"]):
                continue
            sym = Symbol(m["sym"])
            raw_near = self.source.body[max(0, ln.start - 40):ln.end + 40]
            same_family = own is not None and sym.body_prefix == own.body_prefix and sym.year == own.year
            if (own is not None and sym.text == own.text) or same_family and re.search(
                    r"[A-Z]{1,2}\.\d{2}-\d{4,6}", raw_near):
                spans.append((ln.start, ln.end))
        if spans:
            self.text = blank_lines(self.text, spans)
            self.source = replace(self.source, clean=self.text,
                                  debris=tuple(sorted(set(self.source.debris) | {"running headers"})))

    # -------------------------------------------------------------------------- signals of genre

    @cached_property
    def _agenda_list(self) -> tuple[list[AgendaEntry], int]:
        return parse_agenda_items(self.text, self.cover.end, self.source.gaps)

    @property
    def entries(self) -> list[AgendaEntry]:
        """The items of an item list after the cover."""
        return self._agenda_list[0]

    @cached_property
    def listed(self) -> list[ListedMandate]:
        """The resolutions and decisions listed after the cover."""
        return mandate_lists(self.text, self.cover.end, self.source.gaps)

    @cached_property
    def texts(self) -> list[tuple[str, int, int, Span, int, int]]:
        """The texts of resolutions and decisions after the cover."""
        return mandate_texts(self.text, self.cover.end, self.listed)

    @cached_property
    def has_table(self) -> bool:
        """A programme or organization-of-work table with times of day."""
        return bool(_TABLE_HEADING.search(self.text)) and bool(_TIME_OF_DAY.search(self.text))

    @cached_property
    def agenda_like(self) -> bool:
        """An agenda's title, or an item list with annotations (under their heading, or a section
        "I. Provisional agenda" in a text that speaks of its annotations) or under a heading
        "Provisional agenda" or printing its items' mandates after their titles ("(rule 30)"), or an
        organization of work by item."""
        text = self.text
        annotated = bool(_ANNOTATIONS_HEADING.search(text)) or (
            bool(_AGENDA_SECTION.search(text, self.cover.end)) and bool(_ANNOTATIONS_WORD.search(text)))
        return self.cover.is_agenda or (
            not self.listed and bool(self.entries) and (
                annotated or under_agenda_heading(text, self.entries) or grounds_listed(self.entries))) or (
            bool(_ORGANIZATION_HEADING.search(text)) and bool(_AGENDA_ITEM.search(text)) and not self.listed)

    @cached_property
    def heads(self) -> list[str]:
        """The title, then the kind lines and subtitles under it, as printed."""
        cover = self.cover
        return ([fold(cover.title.text)] if cover.title else self._flat_cover_head()) + \
            [ln.text for ln in cover.kind_lines] + [ln.text for ln in cover.subtitles] + self._kind_line_alone()

    def _flat_cover_head(self) -> list[str]:
        """Where the cover reader found no title: the words after the symbol on the symbol's own line (a cover
        flattened onto one line), from the first genre title's words there (:data:`GENRE_TITLE`, "Informe de la
        Conferencia de las Partes sobre ...", "Report on the forty-first session"), capitalised as a title is,
        within :data:`FLAT_TITLE_CHARS` of the symbol (or, on a page with no symbol, of the UN job number that opens
        it, :data:`~mandategraph.ingest.patterns.UN_JOB_NUMBER`). It names the genre only; it is not taken as the
        title."""
        cover = self.cover
        if cover.title is not None:
            return []
        if cover.symbol_span is not None:
            end = cover.symbol_span[1]
        elif (job := patterns.UN_JOB_NUMBER.search(self.text, 0, UN_TEXT_PROBE_CHARS)) is not None:
            # a first page with no masthead, opened by its job number, the organ's name and the title run on after
            # it ("GE.09-63082 (F) 061009 201009 Organe subsidiaire de mise en œuvre Rapport de la trentième
            # session ...", tests/ingest_eval/novel/FCCC_SBI_30_report_nosymbol_fr.txt): the same line after it
            end = job.end()
        else:
            return []
        head = self._genre_title_after(end)
        return [head] if head is not None else []

    def _genre_title_after(self, end: int) -> str | None:
        """The words after ``end`` on its line from the first genre title's words there (:data:`GENRE_TITLE`),
        capitalised as a title is, within :data:`FLAT_TITLE_CHARS`; None where there are none."""
        line_end = self.text.find("\n", end)
        window = self.text[end:min(len(self.text) if line_end < 0 else line_end, end + FLAT_TITLE_CHARS)]
        m = GENRE_TITLE.search(window)
        if m is None or not m.group(0)[:1].isupper():
            return None
        return window[m.start():]

    def first_print_class(self, genre: Genre) -> URIRef | None:
        """The class of the genre a flattened cover names after the symbol's first print, where the cover reader took
        a later print of it and found no title (a mirror's page: the cover flattened onto one line, then its pages,
        "A/66/48 Naciones Unidas Informe del Comité ..." before the "Nota" page's "A/66/48",
        tests/ingest_eval/unread/A_66_48_es.txt line 4): written as the document's ``dcterms:type`` only, the text
        still read as of no known genre (what its prose cites is read as before). None for a text read by a genre,
        with a title, or whose symbol is printed once."""
        cover = self.cover
        if type(genre) is not UnknownGenre or cover.title is not None or cover.symbol_span is None:
            return None
        start, end = cover.symbol_span
        first = self.text.find(self.text[start:end], 0, start)
        head = self._genre_title_after(first + end - start) if first >= 0 else None
        kind = lexicon_genre(head) if head is not None else None
        named = next((g for g in GENRES if g.kind == kind), None)
        return named.rdf_class if named is not None and named.rdf_class != MG.Document else None

    def _cover_says_note(self) -> bool:
        """Whether the cover prints a kind line that names a note ("Note by the Secretariat", "Note du
        Secrétariat"): as a line of its own, or on a flattened cover after the title and before the text's first
        heading (cover.FLAT_KIND_LINE, tests/ingest_eval/sealed/A_CONF.223_INF_1_fr.txt)."""
        if any(kind_of(h) == "note" for h in self.heads[1:]):
            return True
        found = FLAT_KIND_LINE.search(self.text, 0, KIND_LINE_PROBE_CHARS)
        return found is not None and kind_of(found["kind"]) == "note"

    def _kind_line_alone(self) -> list[str]:
        """A line of the cover's region that is, whole, a kind line of the lexicons ("Informe del Secretario
        General", "Доклад Генерального секретаря", "Note du secrétariat") when the cover reader found none: the
        genre's own words, printed under a title the cover reader did not tell apart. Only the first
        :data:`KIND_LINE_PROBE_CHARS` are looked at, and only whole lines (never a sentence that names another
        document: "junto con el Informe del 12º Congreso")."""
        if self.cover.kind_lines:
            return []
        for ln in lines(self.text, 0, KIND_LINE_PROBE_CHARS):
            if kind_of(ln.text) is not None:
                return [ln.text]
        return []

    @cached_property
    def genre(self) -> Genre:
        return choose(self)

    def kind(self) -> str:
        return self.genre.kind

    def _is_document(self) -> bool:
        return self._by_form or self.signs_only

    @cached_property
    def signs_only(self) -> bool:
        """Whether the text is a UN document's text by its signs only (:meth:`_un_system_text`): no symbol, and
        nothing of a cover, a title or a structure. Of such a text its language and what it names identifiably
        are read; its first line (a web page's name for itself) is not taken as its title, nor a session
        number or dates from its prose (which recalls other sessions as readily as its own)."""
        return self.symbol is None and not self._by_form and self._un_system_text()

    @cached_property
    def _by_form(self) -> bool:
        cover = self.cover
        meta = any([cover.distribution_date, cover.original_language, cover.session_number, cover.dates,
                    cover.item, cover.body_lines, cover.page_dates, cover.several_sessions])
        # (a labelled date, a cover's several sessions: lines of a cover, though not the document's date or session)
        structured = bool(self.entries or self.listed or self.texts or self.agenda_like) or (
            self.has_table and bool(cover.title and PROGRAMME_TITLE.match(cover.title.text)))
        titled = bool(cover.title and any(p.search(fold(cover.title.text)) for p in _TITLE_WORDS))
        if self.printed is not None and self.supplied is None:
            # a symbol a cover line prints, in a text that names the United Nations system and speaks as a meeting
            # document does (:meth:`_un_system_text`): the document's first page, its masthead's other fields lost
            # to a mirror's flattening or an aligned bitext ("E/2010/35 Организация Объединенных Наций ...
            # Доклад ...", pristine/E_2010_35_ru)
            return meta or structured or titled or bool(cover.kind_lines) or self._un_system_text() \
                or self._known_series_printed()
        # a kind line under a title ("Organization of the fifty-fifth regular session ..." / "Memorandum by the
        # Secretary-General", pristine/A_BUR_55_memo_UNISPAL_nosymbol): a cover's, whether or not a symbol is printed
        return meta or structured or titled or bool(cover.kind_lines) and (
            self.symbol is not None or cover.title is not None)

    def _known_series_printed(self) -> bool:
        """Whether the symbol a cover line prints is of a series of the symbol-series table (an organ of the United
        Nations system's own series, ``data/symbol_series.csv``) in a text that speaks as a meeting document does
        (:data:`~mandategraph.ingest.patterns.MEETING_WORD`): the series' name is the UN system's name the text gives
        ("CL 120/11 ابريل/نيسان 2001" / "المجلس" / "الدورة العشرون بعد المائة", the FAO Council's cover as a table's
        cells, tests/ingest_eval/blind/FAO_CL_120_11_ar.txt). A symbol alone, with no meeting's word, is no text."""
        if self.printed is None or series.table().get(_series_of_symbol(self.printed)) is None:
            return False
        probe = self.text[:UN_TEXT_PROBE_CHARS].replace(TATWEEL, "")
        return bool(patterns.MEETING_WORD.search(probe))

    def _un_system_text(self) -> bool:
        """A text that prints no symbol but is a UN document's text by genre: within its first
        :data:`UN_TEXT_PROBE_CHARS` it names the United Nations system (the Organization, a principal organ or
        officer, an agency: :data:`~mandategraph.ingest.patterns.UN_SYSTEM_NAME`; an organization of the system in
        ``data/organizations.csv``, :data:`~mandategraph.ingest.series.ORGANIZATION_NAME`; or a page opened by the
        job number of the UN's conference services, :data:`~mandategraph.ingest.patterns.UN_JOB_NUMBER`) and speaks
        as a meeting document does (a session, an agenda, a resolution:
        :data:`~mandategraph.ingest.patterns.MEETING_WORD`).
        It is described as a source text with its symbol unknown; only what it says identifiably is read."""
        probe = self.text[:UN_TEXT_PROBE_CHARS].replace(TATWEEL, "")
        named = patterns.UN_SYSTEM_NAME.search(probe) or series.ORGANIZATION_NAME.search(probe) \
            or patterns.UN_JOB_NUMBER.search(probe)
        return named is not None and bool(patterns.MEETING_WORD.search(probe))

    # -------------------------------------------------------------------------- body and session

    @cached_property
    def symbols(self) -> list[str]:
        """The document's symbols: the one it is known by, then the joint symbols printed beside it."""
        if self.symbol is None:
            return []
        joint = [s.text for s in self.cover.joint_symbols] if self.supplied is None else []
        return [self.symbol] + [s for s in joint if s != self.symbol]

    def _series_prefix(self) -> str:
        """The body prefix of the document's symbols that names the most specific known body
        (of E/2007/28 and E/CN.7/2007/16, the Commission's E/CN.7 rather than the Council's E)."""
        reg = self.registry
        prefixes = [_series_of_symbol(s) for s in self.symbols]
        known = [p for p in prefixes if reg.known_prefix(p)]
        # a joint symbol of a series under a known one, which the registry does not know itself (E/CN.5/2005/7
        # beside E/2005/26: the Commission for Social Development's report, issued in the Council's Official
        # Records) is the subsidiary organ's, never its parent's: the parent's series only says where it is issued
        under = [p for p in prefixes if p not in known and any(_extends(p, k) for k in known)]
        pool = known + under or prefixes
        return max(pool, key=lambda p: (p.count("/") + p.count("."), -prefixes.index(p)))

    @per_registry
    def body(self) -> tuple[str | None, str | None]:
        """The body whose document this is, and a label for it when the registry does not know it;
        (None, None) when the text does not say (no symbol of a known series, no body named)."""
        slug, label = self._body()
        if not self.symbol and slug in self._principal_slugs() \
                and (reported := self._cover_supplement_organ()) is not None:
            # "General Assembly Official Records Seventy-fourth Session Supplement No. 35" and "the report of the
            # Committee on the Exercise of the Inalienable Rights of the Palestinian People" (no symbol printed,
            # tests/ingest_eval/unopened/A_74_35_nosymbol.txt): the supplement is that organ's report, of the organ
            # when the registry knows it, else unknown; never the principal organ's
            return (None, None) if reported == "" else (reported, None)
        return slug, label

    def _body(self) -> tuple[str | None, str | None]:
        """:meth:`body`, before a principal organ read for a text of no symbol is checked against its cover's
        supplement line."""
        reg, cover = self.registry, self.cover
        named = []  # a cover's body lines, and the body each names by a name that says which body it is
        for ln in cover.body_lines:
            slug = reg.body_is_named(ln.text, identifying=True) or reg.body_named(ln.text, identifying=True) \
                or self._of_named_treaty(ln.text)
            named.append((slug, ln.text))
        known_named = [s for s, _ in named if s]
        if self.symbol:
            prefix = self._series_prefix()
            if self.other_organization is not None or self.bare_series is not None:
                # the series is one organization's, the text names another's, or prints the series bare where the
                # organization's documents glue the session's number to it and never names the organization
                return None, None
            if reg.known_prefix(prefix):
                slug = reg.body_of_symbol(prefix)
                if prefix in PRINCIPAL_SERIES and (reported := self._reported_organ()) is not None:
                    # an Official Records supplement of a principal organ that is another organ's report: that organ's
                    # ("Informe del Comité para la Eliminación de la Discriminación contra la Mujer", A/69/38), unknown
                    # where the registry does not know the organ named (never the principal organ's)
                    return (None, None) if reported == "" else (reported, None)
                # under a symbol of a known series, a short name ("the extended Bureau") is of that series' body
                short = [reg.body_is_named(ln.text) or reg.body_named(ln.text) for ln in cover.body_lines]
                deeper = [s for s in short if s and slug in reg.chain(s) and s != slug]
                return (max(deeper, key=reg.depth) if deeper else slug), None
            if prefix and _organ_after_session(self.symbol, prefix):
                # "EC/46/SC/CRP.27" (tests/ingest_eval/unread/EC_46_SC_CRP.27_fr.txt): the Standing Committee ("SC")
                # of the Executive Committee at its 46th session: an organ's letters after the session, the series
                # unknown to the table: the organ is not the series' own, and is not known
                return None, None
            if prefix:
                # (never a known body's name in the text's language, "Asamblea General" over A/AC.241/27)
                unknown = [t for s, t in named if s is None and reg.body_known_as(t) is None]
                # a series the registry does not know is its own body's, never the organ the masthead prints
                # above it ("Economic and Social Council" over ECE/TRANS/WP.1/163, the Global Forum's report)
                return iri.body_slug(prefix), (unknown[-1] if unknown else self._acronym_named(prefix) or prefix)
        if self.misprinted and reg.known_prefix(prefix := _series_of_symbol(self.misprinted)):
            # the series of a misprinted symbol is printed whole ("UNEP/CHW/OEWG/629"): its document's number is
            # not known, its body is
            return reg.body_of_symbol(prefix), None
        if (addressed := self._addressee()) is not None:
            # "1. The Secretary-General has the honour to place before the General Committee ...": a memorandum of no
            # symbol is of the organ it is placed before, never the organ its title names as a session's owner ("...
            # the fifty-fifth regular session of the General Assembly")
            return addressed, None
        if known_named:
            return max(known_named, key=reg.depth), None
        if named:
            # the cover names its body, one the registry does not know, and prints no symbol: that body, by
            # the name printed, never a body merely mentioned in the title or the prose ("... report to the
            # General Assembly")
            # (unknown where the printed name is cut, "Conferencia de las Partes en la", or gives no IRI)
            label = _SESSION_AFTER_NAME.sub("", named[-1][1])  # "Executive Council Sixty-second session": the name
            if _CUT_NAME_END.search(label):
                # "Comité Especial encargado de preparar una" / "convención amplia e integral para proteger" / ...:
                # the name broken over lines, its rest the lines in lower case under it (unknown if none is)
                label = label + self._name_continued(cover.body_lines[-1].end)
            if known := reg.body_known_as(label):
                # a known body by a name the registry lacks, in the text's language or with its words run together
                # ("Comité des droits de l ’ enfant", "Committee on the Eliminationof Racial Discrimination"): that
                # body, never one of its own minted from the name
                return known, None
            if not bounded_title(label) or not _LATIN_NAME.fullmatch(label) or not identifies(label) \
                    or _GLUED_NAME.search(label) or ORGANS_PAPERS.search(label) or _STRAY_LETTER.search(label) \
                    or _CUT_NAME_END.search(label):
                return None, None  # "... of the StockholmConvention on ...": words run together, not as printed
            return iri.body_slug(label), label
        if self.language not in COVER_LANGUAGES:
            # a text in a language whose cover and prose are not read (Arabic, Chinese): a body's name in another
            # script is not the text's own words ("The General Assembly," and "... on the recommendation of the
            # Economic and Social Council" in the English column of an English-Arabic bitext of the Third
            # Committee's draft, tests/ingest_eval/untouched/A_C.3_74_L.3_en-ar.txt): unknown
            return None, None
        opening = _OPENING_ORGAN.search(self.text, cover.end, cover.end + OPENING_PROBE_CHARS)
        if opening is not None and (organ := reg.body_is_named(opening["name"], identifying=True)
                                    or reg.body_known_as(opening["name"])):
            # "The Economic and Social Council," a line of its own: a resolution's opening words, its adopting organ
            # (tests/ingest_eval/novel/E_RES_1985_20_nosymbol.txt, "Генеральная Ассамблея," over the preamble)
            return organ, None
        # a body named in the title by any of its names, else by its full name in the first paragraphs
        title = cover.title.text if cover.title else ""
        probe = title + "\n" + self.text[cover.end:cover.end + BODY_PROBE_CHARS]
        if title and reg.body_named(title, owner_only=True):
            # the title names a body: by a name that says which, or by the kind of organ of the one treaty the
            # text names; else unknown, never a body the prose goes on to name ("... Working Group on ...");
            # never one it names as another's owner ("... on the recommendation of the Economic and Social Council")
            return reg.body_named(title, identifying=True, owner_only=True) or self._of_named_treaty(title), None
        found = reg.body_fully_named(probe, owner_only=True)
        first = reg.body_fully_named(probe, curated_only=False, owner_only=True)
        if found is not None and first != found:
            # "the sixth session of the Subsidiary Body for Implementation (SBI)" before "the United Nations
            # General Assembly" (an item's title): a body the series table knows is named first; which of the
            # two the text is of the prose does not say: unknown, never the curated body named later
            return None, None
        alone = [b for ln in probe.splitlines() if (b := reg.body_is_named(ln, identifying=True))]
        if any(b not in reg.chain(alone[0]) and alone[0] not in reg.chain(b) for b in alone[1:]):
            # "General Assembly" / "Sixty-third session" ... and "Security Council" / "Sixty-third year", each
            # name a line of its own (a report to both organs, its masthead's columns after a web page's chrome,
            # tests/ingest_eval/sealed/A_63_92_S_2008_417.txt): two organs, neither within the other, and the
            # text is not one of them alone: unknown, never the first named
            return None, None
        return found, None

    def _acronym_named(self, prefix: str) -> str | None:
        """The name the text gives the acronym that is the last segment of an unknown series ``prefix``, where it
        spells it out, each letter a capitalised word's (:func:`acronym_defined`: "la Conferencia Estadística de las
        Américas (CEA)" for LC/CEA, tests/ingest_eval/pristine/LC_L.2318(CEA.2005_8)_es.txt); None otherwise."""
        last = prefix.rpartition("/")[2]
        if not re.fullmatch(r"[A-Z]{2,6}", last):
            return None
        return acronym_defined(self.text[:self.cover.end + BODY_PROBE_CHARS], last)

    def _addressee(self) -> str | None:
        """The organ a text of no symbol is placed before by its first paragraph (:data:`PLACED_BEFORE`), when the
        registry knows it by the name printed; None otherwise."""
        m = PLACED_BEFORE.search(self.text, 0, ADDRESSEE_PROBE_CHARS)
        if m is None:
            return None
        return self.registry.body_is_named(m["name"], identifying=True)

    def _reported_organ(self) -> str | None:
        """The organ whose report the document is, when it is a supplement of a principal organ's Official Records
        (:data:`OFFICIAL_RECORDS_SUPPLEMENT`) and its first "Report of the ..." (:data:`REPORT_OF_ORGAN`) names an organ
        that is no principal organ: the registry's or the lexicons' body so named, in the text's language; "" when the
        name is an organ's ("Комитета по конференциям") the registry does not know; None otherwise (no supplement, no
        report named, a principal organ's report: "Report of the Economic and Social Council for 2009"). The first
        report named that the registry knows decides ("Informe del Consejo de Administración del Programa de..." cut
        by a mirror's title before the name printed whole)."""
        probe = self.text[:REPORTED_PROBE_CHARS]
        parts = Symbol(self.symbol).parts if self.symbol else []
        if len(parts) < 3 or not any(m["number"] == parts[2] or self._own_year_supplement(probe, m, parts)
                                     for m in OFFICIAL_RECORDS_SUPPLEMENT.finditer(probe)):
            # the supplement is the document's own when its number is the symbol's (A/58/8: "No. 8"); with no
            # supplement line printed, a title line that is an organ's report on its own session says so too
            return self._session_report_organ()
        return self._organ_reporting(m["name"] for m in self._overlapping(REPORT_OF_ORGAN, probe))

    def _name_continued(self, end: int) -> str:
        """The rest of a body's name broken over lines, its first line ending at ``end``: the lines right under it
        that begin in lower case (at most :data:`NAME_CONTINUED_LINES`, each at most :data:`NAME_CONTINUED_CHARS`),
        each with a space before it; "" when the next line does not begin so."""
        rest = ""
        for line in self.text[end:].split("\n", NAME_CONTINUED_LINES + 1)[1:NAME_CONTINUED_LINES + 1]:
            line = line.strip()
            if not line or not line[0].islower() or len(line) > NAME_CONTINUED_CHARS:
                break
            rest += " " + line
        return rest

    def _principal_slugs(self) -> set[str]:
        """The bodies of the principal organs' series (:data:`PRINCIPAL_SERIES`)."""
        reg = self.registry
        return {reg.prefixes[p] for p in PRINCIPAL_SERIES if p in reg.prefixes}

    def _cover_supplement_organ(self) -> str | None:
        """For a text of no symbol whose cover (its first :data:`_SUPPLEMENT_ON_COVER_CHARS`) prints a supplement
        line of a principal organ's Official Records (:data:`OFFICIAL_RECORDS_SUPPLEMENT`): the organ whose report
        the first "Report of the ..." names, as :meth:`_organ_reporting` reads it; None when no such line is
        printed there (a supplement cited by the prose or a footnote is another document's)."""
        if OFFICIAL_RECORDS_SUPPLEMENT.search(self.text, 0, _SUPPLEMENT_ON_COVER_CHARS) is None:
            return None
        probe = self.text[:REPORTED_PROBE_CHARS]
        return self._organ_reporting(m["name"] for m in self._overlapping(REPORT_OF_ORGAN, probe))

    @staticmethod
    def _overlapping(pattern: re.Pattern[str], probe: str) -> list[re.Match[str]]:
        """Every match of ``pattern`` in ``probe``, each tried from the last one's name on (the names overlap: each
        "Informe del" is tried)."""
        out, pos = [], 0
        while (m := pattern.search(probe, pos)) is not None:
            out.append(m)
            pos = m.start("name")
        return out

    def _organ_reporting(self, printed: Iterable[str]) -> str | None:
        """The organ the first of the names ``printed`` (each a report's title's words after "Report of the") the
        registry or the lexicons know names: that body, None when it is a principal organ; "" when none is known and
        one names an organ (:data:`_REPORTING_NOUNS`); None when none does."""
        reg = self.registry
        names = {**{n: s for n, s in reg.names.items() if identifies(n)}, **lexicon.ISSUERS}
        organ = False  # a report of an organ the registry does not know is named
        for name in printed:
            low = norm_name(name)
            found = [(len(n), slug) for n, slug in names.items() if low.startswith(n) and _name_ends(low, len(n))]
            if found:
                slug = max(found)[1]
                return None if slug in self._principal_slugs() else slug
            organ = organ or bool(_REPORTING_NOUNS.match(name))
        return "" if organ else None

    def _session_report_organ(self) -> str | None:
        """The organ whose report the document is, printed under a principal organ's symbol with no supplement line,
        when a title line of its cover (:data:`SESSION_REPORT_TITLE`) is that organ's report on one of its sessions:
        "Доклад Комиссии международного права, Шестьдесят четвертая" (the site's title over chapter VIII of the
        International Law Commission's report A/67/10, tests/ingest_eval/unread/A_67_10_ch8_ru.txt). The organ as
        :meth:`_organ_reporting` reads it; None when no such line is printed or the document has joint symbols (a
        report to two organs, A/63/92-S/2008/417: which the body is the page does not settle)."""
        if len(self.symbols) != 1:
            return None
        probe = self.text[:max(self.cover.end, SESSION_REPORT_PROBE_CHARS)]
        titles = [m for m in SESSION_REPORT_TITLE.finditer(probe)
                  if (ordinal(m["ordinal"]) is not None or ordinal(m["ordinal"].split()[0]) is not None)
                  and not self._items_title(m)]
        return self._organ_reporting(m["name"] for m in titles) if titles else None

    def _items_title(self, m: re.Match[str]) -> bool:
        """Whether the report's title ``m`` is the title of the agenda item the cover's heading names ("Agenda item
        79" / "Report of the International Law Commission on the work of its sixty-fourth session", a Main
        Committee's report on the item, A/67/463): the title the cover reader gave the item, or the line right under
        the heading. An item's title names what the Assembly considers, never the document's organ."""
        item = self.cover.item
        if item is None:
            return False
        if item.title is not None and item.title.start < m.end() and m.start() < item.title.end:
            return True
        return item.heading.end <= m.start() and not self.text[item.heading.end:m.start()].strip()

    @staticmethod
    def _own_year_supplement(probe: str, m: re.Match[str], parts: list[str]) -> bool:
        """Whether a supplement line of the Council's Official Records is the document's own although its number is
        not the symbol's: the Council numbers its documents by the year (E/2010/35 is "Официальные отчеты, 2010 год
        Дополнение № 15", pristine/E_2010_35_ru.txt): its year printed just before the supplement's number says so."""
        return parts[0] == "E" and re.fullmatch(r"\d{4}", parts[1]) is not None \
            and parts[1] in probe[max(0, m.start() - _YEAR_BEFORE_SUPPLEMENT):m.start()]

    @cached_property
    def joint_bodies(self) -> list[str]:
        """The bodies of the document's joint symbols that are neither its body nor over or under it: a report
        issued to two organs under one symbol of each ("A/63/92–S/2008/417", the Peacebuilding Commission's
        report to the General Assembly and the Security Council) is of both. A joint symbol of a subsidiary
        organ's series (E/2010/24 with E/CN.3/2010/34) only says which of the two the body is (:meth:`body`)."""
        body, _ = self.body()
        if body is None:
            return []
        reg = self.registry
        out: list[str] = []
        for symbol in self.symbols[1:]:
            prefix = _series_of_symbol(symbol)
            if not reg.known_prefix(prefix):
                continue
            slug = reg.body_of_symbol(prefix)
            if slug not in out and slug not in reg.chain(body) and body not in reg.chain(slug):
                out.append(slug)
        return out

    @cached_property
    def other_organization(self) -> str | None:
        """The organization of the UN system the text names, within its cover and first
        :data:`BODY_PROBE_CHARS`, where its symbol's series is another organization's organ and the text never
        names that one (series.series_disagrees): IFAD's Executive Board prints "EB/110/Rev.1", the series of
        the WHO's Executive Board, on a page that names IFAD. Which body the document is of is then unknown."""
        if self.symbol is None:
            return None
        return series_disagrees(self._series_prefix(), self._body_probe)

    @cached_property
    def bare_series(self) -> series.Series | None:
        """The row of the document's series where its symbol prints the series bare ("EB/106/Rev.1") though the
        table's organ glues its session's number to it ("EB140"), and the text, within its cover and first
        :data:`BODY_PROBE_CHARS`, never names that organ's organization (series.bare_of_glued)."""
        if self.symbol is None:
            return None
        return series.bare_of_glued(self.symbol, self._series_prefix(), self._body_probe)

    @cached_property
    def _body_probe(self) -> str:
        """The text's cover and its first :data:`BODY_PROBE_CHARS` after it: where the organization or treaty a
        text is of is looked for."""
        return self.text[:self.cover.end + BODY_PROBE_CHARS]

    def _of_named_treaty(self, line: str) -> str | None:
        """The body a name of ``line`` that only says what kind of organ it is ("sixth session of the
        Conference of the Parties") names, when the text names that body's treaty and no other."""
        reg = self.registry
        short = reg.body_is_named(line) or reg.body_named(line)
        treaty = reg.treaty_of(short) if short else None
        return short if treaty is not None and reg.treaties_named_in(self._body_probe) == {treaty} else None

    def _session_of_year(self) -> bool:
        """Whether the document's session is numbered within a year: its cover or title names it so
        (:data:`SESSION_OF_YEAR`), or its symbol prints a year after the session's number in a series numbered by
        session ("WFP/EB.1/2011/11-B": the first regular session of 2011)."""
        end = self.cover.end + SESSION_OF_YEAR_CHARS
        if patterns.may_hold(self.text, SESSION_OF_YEAR_WORDS, 0, end) and SESSION_OF_YEAR.search(self.text, 0, end):
            return True
        if self.symbol is None:
            return False
        symbol = Symbol(self.symbol)
        parts, prefix = symbol.parts, symbol.body_prefix
        n = prefix.count("/") + 1
        head, dot, number = prefix.rpartition(".")
        row = series_table().get(head)
        # (a session named by one capital, "WFP/EB.A/2015/16": the Board's annual session of 2015, the year's too)
        return bool(dot and (number.isdigit() or series.session_letter(number)) and row is not None
                    and row.numbered_by_session and len(parts) > n
                    and re.fullmatch(r"(?:19|20)\d{2}", parts[n]))

    def session_facts(self) -> tuple[str | None, int | None, str | None, str | None]:
        """The body, session number and dates the text gives for its session (for learning)."""
        body, _ = self.body()
        number, rng, _venue = self._session_printed()
        start = rng.start.isoformat() if rng else None
        end = rng.end.isoformat() if rng else None
        return body, number, start, end

    def _own_phrase(self, m: re.Match[str]) -> bool:
        """Whether the "at its Nth session" ``m`` of the prose is of the document's own body: its sentence names no
        organ, or one by a name that does not say which ("the Committee"), or the document's body (or a body over
        or under it, or a name within its label). "At its fifth session, ..., the Commission on Sustainable
        Development adopted decision 5/2" in a note of another body is that Commission's session."""
        name = phrase_owner(self.text, m)
        if name is None:
            return True
        reg = self.registry
        body = self.body()[0]
        if not identifies(name):
            # "the Commission, at its fifty-seventh session" in a note of the General Assembly (tests/ingest_eval/novel/
            # A_S-30_4_en-zh.txt): a name of another kind of organ than the document's body is another body's
            return body is None or _kind_word(name) in norm_name(reg.labels.get(body, "")).split()
        if body is None:
            return False
        slug = reg.body_named(name, identifying=True) or reg.body_is_named(name, identifying=True)
        if slug is not None:
            return slug in reg.chain(body) or body in reg.chain(slug)
        own, named = norm_name(reg.labels.get(body, "")), norm_name(name).removeprefix("the ")
        return bool(own) and (named in own or own in named)

    def _held_own(self, held: re.Match[str]) -> bool:
        """Whether the session :data:`_HELD_AT` found is the document's own: its sentence names the document's body
        or no body (:meth:`_own_phrase`), or names it as the cover prints it ("The Global Forum for Road Traffic
        Safety (WP.1) held its seventy-sixth session" under the cover's "Global Forum for Road Traffic Safety /
        Seventy-sixth session", a body the registry has no name for)."""
        if self._own_phrase(held):
            return True
        name = phrase_owner(self.text, held)
        named = norm_name(name).removeprefix("the ") if name else ""
        return bool(named) and named in norm_name(self.text[:self.cover.end])

    def _session_printed(self) -> tuple[int | None, DateRange | None, str | None]:
        number, rng, venue = self._printed_session
        if number is not None and self._principal_organs_session(number):
            return None, rng, venue
        return number, rng, venue

    def _principal_organs_session(self, number: int) -> bool:
        """Whether the session ``number`` the text prints is the principal organ's whose series the symbol is of,
        the document's body being another organ (the organ whose report an Official Records supplement is, or whose
        report on its session the cover's title is: :meth:`body`): the session its symbol numbers ("Sixty-seventh
        session" over A/67/463, the Assembly's 67th). That number is the Assembly's, never the other organ's
        session: the session of the document's body is then not known."""
        if self.symbol is None:
            return False
        prefix = self._series_prefix()
        if prefix not in PRINCIPAL_SERIES or not self.registry.known_prefix(prefix):
            return False
        body = self.body()[0]
        if body is None or body == self.registry.body_of_symbol(prefix):
            return False
        parts = Symbol(self.symbol).parts
        return len(parts) >= 3 and parts[1] == str(number)

    @cached_property
    def _printed_session(self) -> tuple[int | None, DateRange | None, str | None]:
        """The session's number, dates and venue as the text prints them (read once: they depend on
        the text, its cover and its genre, which the learning of the sessions does not change)."""
        cover = self.cover
        number, rng, venue = cover.session_number, cover.dates, cover.venue
        if self.signs_only:
            return None, None, None  # the prose of a text without a cover recalls other sessions as readily
        if cover.executive:
            return None, rng, venue  # numbered apart from the body's sessions: its dates only, no number guessed
        if self._session_of_year():
            return None, rng, venue  # "First regular session 2004": the year's first, not the body's session 1
        if number is None and rng is None and self.genre.session_in_prose and cover.notation is None:
            m = own_session_phrase(_SESSION_PHRASE, self.text, cover.end, cover.end + SESSION_PHRASE_CHARS,
                                   self._own_phrase)
            if m:
                number = ordinal(m["ord"])
                r = first_range(m["rest"])
                if r is not None:
                    rng = r
                    v = HELD.search(m["rest"])
                    venue = v["venue"].strip() if v else venue
        if number is None and self.agenda_like:
            number = agenda.session_number(self.text)
        if number is None and rng is None and cover.notation is None:
            # (a resolution's cover printing its notation: its session is the one in the notation's roman numerals,
            # "1957/667(XXIV)E", never one its paragraphs name: "... to sit ... at its thirteenth session")
            number = session_from_prose(self.text, cover.end, owned=self._own_phrase)
        if venue is None and number is not None:
            meeting = MEETING_HELD_AT.search(self.text, max(0, cover.end - MEETING_LINE_CHARS),
                                             cover.end + MEETING_LINE_CHARS)
            venue = meeting["venue"] if meeting is not None else None
        if (venue is None or rng is None) and number is not None and self.english:
            held = _HELD_AT.search(self.text, cover.end, cover.end + SESSION_PHRASE_CHARS)
            if held is not None and ordinal(held["ord"] or held["ord2"] or held["ord3"] or held["ord4"]) == number:
                venue = venue or held["venue"]
                period = _HELD_FROM.match(self.text, held.end())
                r = first_range(period.group(0)) if period is not None and rng is None \
                    and self._held_own(held) else None
                if r is not None and r.start < r.end:
                    # "The Global Forum ... held its seventy-sixth session in Geneva from 19 to 23 March 2018" under
                    # a cover that prints the month alone ("Geneva, March 2018"): the session's period
                    rng = r
        return number, rng, venue

    # -------------------------------------------------------------------------- reading

    def read(self) -> IngestResult:
        if not self._is_document():
            raise NotADocumentError(
                f"{self.name}: not a UN document text (no symbol, cover, agenda, report, resolution or decision "
                f"found)" if self.symbol is None else
                f"{self.name}: not a UN document text (a symbol, but no cover, title or structure)")
        genre = self.genre
        body, new_label = self.body()
        reg = self.registry
        if body is not None:
            conference = reg.conference_of(body)
            if new_label is not None and self.symbol:
                parent = reg.parent_of_prefix(self._series_prefix())
                conference = reg.conference_of(parent) if parent else body
            ctx = Context(reg, body, conference, language=self.language, own_session=self._session_printed()[0])
        symbol = self.symbol
        if symbol is not None:
            document = iri.document(symbol)
            graph_name = iri.graph_for_document(symbol)
        else:
            document = iri.source_text(Path(self.name).stem)
            graph_name = iri.graph_for_source(Path(self.name).stem)
        out = Emitter.start(self.source, document, self.raw)
        if symbol is not None:
            out.document_facts(symbol, genre.rdf_class, supplied=self.supplied is not None and
                               self.printed != self.supplied)
            for joint in self.symbols[1:]:
                out.add(document, DCTERMS.identifier, Literal(joint))
        else:
            out.source_facts()
            self.not_read.append("The text prints no document symbol, and none was supplied: it is described "
                                 "as a source text, not as a UN document.")
            named = named_class(self, genre)
            if named is not None:  # the genre its own title or kind line names (genres.named_class)
                out.add(document, DCTERMS.type, named)
        named_only = named_only_class(self, genre)
        if named_only is not None:  # a kind no genre reads, named by the title ("Règlement intérieur")
            out.add(document, DCTERMS.type, named_only)
        elif (first_print := self.first_print_class(genre)) is not None:
            out.add(document, DCTERMS.type, first_print)  # the genre the symbol's first print names
        self._document(out, genre)
        if body is None:
            out.add(document, MG.bodyUnknown, Literal(True))
            if self.other_organization is not None:
                row = series_of(self._series_prefix())
                organ = f"{row.series}, of the {row.organ}" if row else self._series_prefix()
                self.not_read.append(f"The symbol's series is {organ}, but the text names "
                                     f"{self.other_organization} and not that organ's organization: which body "
                                     "it is of is not recorded.")
            elif self.bare_series is not None:
                row = self.bare_series
                self.not_read.append(f"The symbol prints the series {row.series} bare, where the documents of the "
                                     f"{row.organ} glue the session's number to it, and the text does not name "
                                     f"{row.organization}: which organization's organ it is of is not recorded.")
            self.not_read.append("The text does not say which body it is of (no symbol of a known series, no "
                                 "body named on its cover): no body or session is recorded, and of its content "
                                 "only the resolutions and decisions it cites by their issuer's name were read"
                                 + (", and the items of its agenda, without their groundings." if genre.is_agenda
                                    and not self.misdecoded else "."))
            if not self.misdecoded:
                self._named_citations(out)
                if genre.is_agenda:  # its items, under the agenda itself, without groundings (agenda.read_agenda)
                    ctx = Context(reg, "", "", language=self.language)
                    genre.read_own(self, self._reading(out, ctx, None, "", genre))
        else:
            if new_label is not None:
                ctx.labels[body] = fold(new_label)
                node = iri.body(body)
                out.add(node, RDF.type, MG.Body)
                out.add(node, RDFS.label, Literal(fold(new_label), lang=self.language))
                if symbol is not None and self._series_prefix():
                    out.add(node, MG.symbolPrefix, self._series_prefix())
                    parent = reg.parent_of_prefix(self._series_prefix())
                    if parent:
                        out.add(node, MG.parentBody, iri.body(parent))
            self._series_body(out, body)
            out.add(document, MG.ofBody, iri.body(body))
            for joint in self.joint_bodies:
                self._series_body(out, joint)
                out.add(document, MG.ofBody, iri.body(joint))
            session = self._session(out, ctx, body)
            if session is not None:
                out.add(document, MG.forSession, session)
            if self.misdecoded:
                self.not_read.append("The text's letters are a font's glyph codes, not its words (a Russian text "
                                     "whose Cyrillic was extracted as ASCII punctuation and Latin letters): only "
                                     "its masthead's symbol and dates were read, no title, item or citation.")
            else:
                genre.read(self, self._reading(out, ctx, session, body, genre))
        partial = self._partial()
        out.add(document, MG.isPartial, partial)
        self._language_notes()
        for note in self.notes:
            out.note(document, note)
        for note in self.not_read:
            out.add(document, MG.notRead, Literal(note, lang="en"))
        title = self.cover.title.text if self.cover.title and self._title_ok(genre) else None
        label = f"{symbol} ({fold(title)})" if symbol and title else (symbol or f"source text {self.name}")
        out.add(document, RDFS.label, Literal(label))
        return IngestResult(self.name, graph_name, out.finish().ntriples(), symbol, genre.kind, self.language, partial,
                            tuple(self.not_read), document)

    def _named_citations(self, out: Emitter) -> None:
        """The resolutions and decisions a text of no known body cites by their issuer's name ("Assembly
        resolution ...", "резолюции ... Генеральной Ассамблеи", "大会第...号决议"): whose they are the words say,
        whatever the text's own body is (:func:`~mandategraph.ingest.papers.read_named_citations` reads only
        those). The context's body is no body: nothing is filed under it."""
        ctx = Context(self.registry, "", "", language=self.language)
        papers.read_named_citations(out, ctx, self.cover_paragraphs() + paragraphs(
            self.text, self.cover.end, None, [], self.source.gaps), self.language)

    def cover_paragraphs(self) -> list[Para]:
        """The paragraphs of the cover's region. Of a text whose masthead the cover reader did not find whole,
        that region may run on into the text (a resolution's preamble under its title): a citation there that
        names its issuer is the text's all the same."""
        return paragraphs(self.text, 0, self.cover.end, None, self.source.gaps)

    def _series_body(self, out: Emitter, body: str) -> None:
        """A body known from the symbol-series table (not curated): its name, series, parent, source."""
        reg = self.registry
        row = reg.series_rows.get(body)
        if row is None:
            return
        node = iri.body(body)
        out.add(node, RDF.type, MG.Body)
        out.add(node, RDFS.label, Literal(row.organ, lang="en"))
        out.add(node, MG.symbolPrefix, row.series)
        if row.parent and row.parent in reg.prefixes:
            out.add(node, MG.parentBody, iri.body(reg.prefixes[row.parent]))
        out.add(node, DCTERMS.source, URIRef(row.source_iri()))

    @cached_property
    def _title_answers(self) -> dict[Genre, bool]:
        """:meth:`_title_ok`'s answers by genre (the cover, read once in ``__init__``, does not change)."""
        return {}

    def _title_ok(self, genre: Genre) -> bool:
        """Whether the cover's title is read as the document's title (asked twice a document: the answer
        for a genre is kept)."""
        if genre not in self._title_answers:
            self._title_answers[genre] = self._title_judged(genre)
        return self._title_answers[genre]

    def _title_judged(self, genre: Genre) -> bool:
        t = self.cover.title
        if t is None or self.signs_only:
            return False
        words = _CJK_SPACED.sub("", t.text)  # "与 会 者 须 知": a scan's spaces between Chinese characters
        if self.language not in COVER_LANGUAGES and not AGENDA_TITLE_WORDS.fullmatch(words) \
                and not GENRE_TITLE.fullmatch(words):
            return False  # a cover whose lines the reader cannot tell apart: no title rather than a wrong one,
            # unless it is an agenda's or a genre's title word for word ("临时议程和说明", "与会者须知")
        if not genre.own_title(self):
            return False
        if MANDATE_HEADING.match(t.text) or NAV.search(t.text) or not bounded_title(t.text):
            return False
        if any(_names_symbol(t.text, symbol) for symbol in self.symbols):
            # a catalogue record's fields ("UN Document Symbol E/2005/26 Alternate ID E/CN.5/2005/7 ..."): a
            # title never prints its own document's symbol
            return False
        script = _OWN_SCRIPT.get(self.language)
        if script is not None and not script.search(t.text):
            return False  # "Hotline" over a Russian text: a web page's words, not in the document's own script
        if mirror_title_unsure(t.text, self.text):
            return False  # the mirror's name for its page, run on into the cover: not known to be the title
        return not near_gap(self.source.gaps, t.end, self.text)

    def _document(self, out: Emitter, genre: Genre) -> None:
        cover, d = self.cover, out.document
        out.add(d, DCTERMS.language, self.language)
        # (a text without a symbol is no mg:Document: the genre its cover names is its dcterms:type, genres.named_class)
        also = RDF.type if self.symbol is not None else DCTERMS.type
        if genre.rdf_class == MG.InformationPaper and self._cover_says_note():
            out.add(d, also, MG.Note)  # an INF document whose cover says "Note du Secrétariat": both
        elif genre.is_agenda and not cover.is_agenda and any(
                kind_of(ln.text) == "note" for ln in cover.kind_lines):
            # an agenda list whose cover names it only a note ("Note by the Secretary-General", A/53/50): both
            out.add(d, also, MG.Note)
        if self._title_ok(genre) and cover.title is not None:
            out.add(d, DCTERMS.title, Literal(fold(cover.title.text), lang=self.language))
        if cover.distribution_date:
            issued = Literal(cover.distribution_date.isoformat(), datatype=XSD.date)
            out.add(d, MG.distributionDate, issued)
            out.add(d, DCTERMS.issued, issued)  # mg:distributionDate is a sub-property: readers of either get it
        if cover.original_language:
            out.add(d, MG.originalLanguage, cover.original_language)
        for status in cover.status:
            self.notes.append(f"The cover marks the text \"{status}\".")
        later = [ln for ln in lines(self.text, cover.end) if re.match(r"^Distr\b", ln.text)]
        if later:
            self.notes.append("The text holds a second copy of the document (another version): "
                              + "; ".join(fold(ln.text) for ln in later) + ".")

    def _session(self, out: Emitter, ctx: Context, body: str) -> URIRef | None:
        number, rng, venue = self._session_printed()
        start = rng.start.isoformat() if rng else None
        end = rng.end.isoformat() if rng else None
        session = self.registry.session(body, number, start)
        if session is None:
            return None
        out.add(session, RDF.type, MG.Session)
        out.add(session, MG.ofBody, iri.body(body))
        body_node(ctx, out, body)
        if number is not None:
            out.add(session, MG.sessionNumber, number)
        known_start, known_end = self.registry.dates_of(session)
        if start is not None:
            if known_start is None or (known_start == start and known_end in (None, end)):
                out.add(session, MG.startDate, Literal(start, datatype=XSD.date))
                out.add(session, MG.endDate, Literal(end, datatype=XSD.date))
            else:
                self.notes.append(
                    f"The text dates the session {start} to {end}; the dates already known for it are "
                    f"{known_start} to {known_end}, so the session's dates were not taken from this text.")
        elif known_start is None:
            out.add(session, MG.status, MG.unverified)
            out.note(session, f"{self.name} gives this session's number but not its dates.")
        if venue and self.english and known_start in (None, start):
            out.add(session, MG.venue, venue)
        elif venue and known_start in (None, start) and self._venue_agrees(session, venue):
            # the place as a cover in another language prints it, tagged with that language ("Viena"@es)
            out.add(session, MG.venue, Literal(venue, lang=self.language))
        return session

    def _venue_agrees(self, session: URIRef, venue: str) -> bool:
        """Whether a venue a text in another language than English prints may be written for ``session``: a session
        the curated registry does not describe, or describes without a venue, takes it; a described one takes only
        its own venue's name in the text's language ("Viena" for its "Vienna", :func:`lexicon.same_place`), never
        another place or a name the lexicons do not know to be that place (then the text's venue is a note)."""
        reg = self.registry
        known = reg.venue_of(session) if reg.is_curated(session) else None
        if not reg.is_curated(session) or known is None or same_place(venue, known):
            return True
        self.notes.append(f"The text gives the session's venue as {venue!r}; the venue already known for it is "
                          f"{known!r}, a place the lexicons do not name so, so the venue was not taken from this text.")
        return False

    def _reading(self, out: Emitter, ctx: Context, session: URIRef | None, body: str, genre: Genre) -> Reading:
        """Where the content is read to: the year of the session, the agenda the document is on."""
        cover = self.cover
        year = agenda.year_of(cover.dates.start if cover.dates else None, self.text,
                              Symbol(self.symbol).year if self.symbol else None)
        if session is not None and self.registry.dates_of(session)[0] and not cover.dates:
            year = int(self.registry.dates_of(session)[0][:4])  # type: ignore[index]
        reading = Reading(out, ctx, session, body, year)
        footnote = agenda_footnote(self.text, cover.item.heading.end if cover.item else cover.end)
        if footnote is not None:
            reading.agenda_symbol, reading.footnote = footnote
            reading.agenda_node = iri.document(footnote[0])
        elif genre.is_agenda:
            reading.agenda_node = out.document
        elif session is not None:
            reading.agenda_node = self.registry.agenda_of(session)
        return reading

    # -------------------------------------------------------------------------- steps genres share

    def read_agenda(self, reading: Reading, is_agenda: bool) -> agenda.AgendaItems:
        """The items of the agenda (or programme) in the text, their groundings and schedule."""
        out = reading.out
        result = agenda.read_agenda(out, reading.ctx, self.text, self.cover.end, reading.session, self.source.gaps,
                                    self.language, reading.year,
                                    out.document if is_agenda else reading.agenda_node, is_agenda=is_agenda)
        reading.read.append((result.start, result.end))
        for e in self.entries if result.list_found else []:
            # an item's title that names a resolution by its issuer ("(a) Coordination of activities ...:
            # implementation of General Assembly resolution 50/227;", E/1997/100) is the document's citation of it
            if not e.cut:
                papers.cite_named(out, reading.ctx, e.span, f"item {e.notation} of the list", self.language)
        return result

    def read_item_heading(self, reading: Reading, genre: Genre) -> None:
        """The heading "Item N of the provisional agenda" a paper is under."""
        if self.cover.item is None:
            return
        out = reading.out
        on = reading.agenda_node if not genre.is_agenda or reading.footnote else out.document
        papers.read_item_heading(out, reading.ctx, self.cover, self.text, reading.session, self.language, on,
                                 reading.agenda_symbol, reading.footnote)

    def read_discussed_items(self, reading: Reading) -> None:
        """The items the text takes up under headings naming them (a summary record's, a report's)."""
        if reading.session is not None and not self.misdecoded:
            # from the text's start: a cover reader may run on over the first heading ("... Открывается в 10 ч.
            # 10 м. / Организационные и другие вопросы (пункт 3 повестки дня)")
            agenda.read_discussed_items(reading.out, self.text, 0, reading.session, self.language,
                                        reading.agenda_node, reading.ctx)

    def read_mandates(self, reading: Reading, where: str) -> None:
        """The lists of resolutions and decisions and their texts."""
        if self.listed:
            reports.read_mandate_list(reading.out, reading.ctx, self.listed, self.language, where)
            reading.read.extend((m.span.start, m.span.end) for m in self.listed)
        reading.read.extend(mandates.read_mandate_texts(reading.out, reading.ctx, self.text, self.cover.end,
                                                        self.listed, self.source.gaps, self.language))
        region = contents_region(self.text, self.cover.end)
        if region:
            reading.read.append(region)

    def paragraphs(self, reading: Reading) -> list[Para]:
        """The paragraphs after the cover outside what was read."""
        return paragraphs(self.text, self.cover.end, None, reading.read, self.source.gaps)

    def read_prose(self, reading: Reading, paras: list[Para]) -> None:
        """What the prose cites, outside the parts read already."""
        papers.read_prose(reading.out, reading.ctx, [p for p in paras if not _inside(p.span.start, reading.read)],
                          self.language)
        # the cover's region has sentences too ("El presente informe ... se ha preparado de conformidad con la
        # resolución 64/180 de la Asamblea General", tests/ingest_eval/sealed/A_65_92_es.txt, its summary under the
        # title): a mandate they name by its issuer's name is the document's citation, as in a text of no genre
        papers.read_named_citations(reading.out, reading.ctx, [p for p in self.cover_paragraphs()
                                                               if not _inside(p.span.start, reading.read)],
                                    self.language)

    def _partial(self) -> bool:
        stop = cut_at(self.text, self.source.gaps)
        partial = False
        if stop is not None:
            partial = True
            self.not_read.append(f"The text stops mid-sentence at character {self.source.header_length + stop}; "
                                 "what follows was not available.")
        inner = [g for g in self.source.gaps if stop is None or g.start < stop - 1]
        for g in inner:
            partial = True
            self.not_read.append(f"Gap in the text at character {self.source.header_length + g.start}: "
                                 f"{g.note}")
        if any(re.search(r"\b(?:partial|fragments?|truncated|excerpt)\b", n, re.I) for n in self.source.notes):
            if not partial:
                self.not_read.append("The curator's note says the text is partial.")
            partial = True
        return partial

    def _language_notes(self) -> None:
        if self.english:
            return
        name = LANGUAGE_NAMES.get(self.language, self.language)
        if self.language not in ("es", "fr", "ru"):
            self.not_read.append(f"The cover of a text in {name} is not read beyond its symbol, dates and "
                                 "numbers: no title is given for it.")
        self.not_read.append(
            f"The text is in {name} ({self.language}): its prose was not read. Read: the symbol, the cover dates, "
            f"the numbers of the agenda items and of the resolutions and decisions it cites, and titles printed "
            f"in lists and headings (kept as printed, in {name}).")
        if self.source.glosses:
            self.not_read.append(f"{self.source.glosses} bracketed insertions (an editor's glosses, not the "
                                 "document's words) were left out.")


_CJK_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])")
"""Spaces a scan or a PDF's text put between Chinese characters ("与 会 者 须 知", unseen/A_CONF.191_INF.1_zh):
not the words' own (Chinese has none between its words)."""


def _kind_word(name: str) -> str:
    """The word of a name that says what kind of organ it is: its last ("the Commission", "the Working Group")."""
    words = norm_name(name).split()
    return words[-1] if words else ""


def _names_symbol(text: str, symbol: str) -> bool:
    """Whether ``text`` prints ``symbol`` whole (not as the head of a longer one: "E/2005/26" in "E/2005/26/Add.1")."""
    return re.search(r"(?<![\w/.])" + re.escape(symbol) + r"(?![\w/.])", text) is not None


def _extends(prefix: str, parent: str) -> bool:
    """Whether the series ``prefix`` is one under the series ``parent`` ("E/CN.5" under "E", "A/C.3" under "A")."""
    return prefix.startswith(parent + "/")


ACRONYM_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "y", "para", "en", "of", "the", "and", "for",
                                "on", "des", "du", "et", "pour", "sur", "d’", "l’"})
"""The small words a name spelt out before its acronym holds between its capitalised words ("Conferencia Estadística
de las Américas (CEA)")."""
ACRONYM_WORDS = 12  # how many words before an acronym in parentheses its name may take


def acronym_defined(text: str, acronym: str) -> str | None:
    """The name ``text`` spells ``acronym`` out as, the first time it prints it in parentheses after the name: the
    capitalised words just before "(ACRONYM)" whose initials are its letters, in order, with only small words
    (:data:`ACRONYM_CONNECTORS`) between them ("con posterioridad a la segunda reunión de la Conferencia Estadística
    de las Américas (CEA)" -> "Conferencia Estadística de las Américas"); None when no such name stands before it."""
    for m in re.finditer(r"\(" + re.escape(acronym) + r"\)", text):
        words = text[:m.start()].split()[-ACRONYM_WORDS:]
        letters = list(acronym)
        taken: list[str] = []
        for word in reversed(words):
            if not letters:
                break
            if word[:1].isupper() and word[:1] == letters[-1]:
                letters.pop()
            elif word.lower() not in ACRONYM_CONNECTORS or not taken:
                break
            taken.append(word)
        if not letters and taken and taken[-1][:1].isupper():
            return " ".join(reversed(taken))
    return None


def _series_of_symbol(symbol: str) -> str:
    """The series a symbol is of: its body prefix without a session's segment ("UNEP/GC" of "UNEP/GC.23/2",
    "E/CN.7" of "E/CN.7/2007/16"), or the organ's a series of the form "session/organ/number" names after the session
    ("ISBA/A" of "ISBA/24/A/2", series.organ_of_form), or the organ's its parenthesised joint symbol names ("LC/CEA" of
    "LC/L.2318(CEA.2005/8)", series.parenthesised_organ)."""
    prefix = without_session(Symbol(symbol).body_prefix)
    return series.organ_of_form(symbol, prefix) or series.parenthesised_organ(symbol, prefix) or prefix


def _organ_after_session(symbol: str, prefix: str) -> bool:
    """Whether ``symbol`` prints, after its series ``prefix``, a session's number and then an organ's letters before
    its own segments ("EC/46/SC/CRP.27": the number 46, then "SC", then the paper's "CRP.27")."""
    parts = Symbol(symbol).parts
    n = prefix.count("/") + 1
    return len(parts) > n + 2 and parts[n].isdigit() and series.ORGAN_SEGMENT.fullmatch(parts[n + 1]) is not None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
