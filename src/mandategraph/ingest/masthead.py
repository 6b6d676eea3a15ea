"""The masthead of a UN document read by its own vocabulary, wherever the line breaks fall.

A cover's fields each have words of their own: "Distr." (with "General", "Limited", "Restricted"),
a document symbol, a date, "Original:" and a language, an ordinal and "session", a venue and the
dates of a meeting, "Item N of the provisional agenda". Texts copied from a PDF viewer or a web page
run them together on one line, interleave the columns, glue words ("TORTUREThirty-ninth session"),
or print a short block of lines before the symbol (treaty bodies); the line reader of
:mod:`~mandategraph.ingest.cover` misses them there. This module finds them in the first
:data:`HEAD_CHARS` characters of the text as tokens with their offsets and writes the ones the
lines did not give into the :class:`Cover`, the one record of a cover's facts, defined here
(:func:`read_masthead`).

Digits are read in every script the UN prints them (Arabic-Indic, extended Arabic-Indic, full-width):
they are mapped to ASCII one character for one, so offsets never move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mandategraph.ingest import dates, lexicon, patterns
from mandategraph.ingest.lexicon import DIGITS, LOCAL_SESSION_WORDS, month_names, ordinal
from mandategraph.ingest.patterns import LOCAL_ITEM_HEADING, LOCAL_SESSION, ORDINAL
from mandategraph.ingest.series import series_of, without_session
from mandategraph.ingest.symbols import Symbol, find_symbols, without_symbols
from mandategraph.ingest.text import Span

LANGUAGES = {"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar",
             "chinese": "zh", "inglés": "en", "ingles": "en", "español": "es", "francés": "fr",
             "ruso": "ru", "árabe": "ar", "chino": "zh", "anglais": "en", "espagnol": "es",
             "français": "fr", "russe": "ru", "arabe": "ar", "chinois": "zh", "английский": "en",
             "русский": "ru", "испанский": "es", "французский": "fr", "английском": "en",
             "français.": "fr"}
"""The language words of "Original:" and of a version line, as printed -> language codes."""

HEAD_CHARS = 6000  # how far into a text its masthead is looked for
SYMBOL_NEAR_DISTR = 250  # at most this many characters between "Distr." and the document's symbol
SYMBOL_NEAR_UN = 160  # ... or between "United Nations" (or an organ's acronym line) and the symbol
DATE_AFTER_DISTR = 160  # the distribution date follows "Distr." within this many characters
JOINT_GAP = 12  # two symbols this close, with only white space or a dash between, are one document's
SESSION_VENUE_NEAR = 100  # the session's venue and dates follow its session words within this many characters
SESSION_DATES_NEAR = 160  # ... its dates alone within this many, the body's long name between ("Twenty-Seventh
# Meeting of the Parties to the Montreal Protocol on Substances that Deplete the Ozone Layer Dubai, United Arab
# Emirates, 1 5 November 2015", UNEP/OzL.Pro.27/1/Add.1: where the place begins is not known)
SESSION_LINE_CHARS = 200  # ... and the dates are read from this many characters after them
SESSION_NEAR = 400  # a session line stands this close to the symbol or to "Distr."



def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic and full-width digits (and the full-width slash) as ASCII, from the
    lexicons (one character for one: same length)."""
    return text.translate(DIGITS)


_DISTR = re.compile(r"(?<![A-Za-z])(?:Distr\.?|DISTR\.?|Distribución|Distribution)(?![a-z])\s*:?\s*"
                    r"(?P<kind>GENERAL|General|générale|GÉNÉRALE|general|RESTRICTED|Restricted|restreinte|"
                    r"reservada|LIMITED|Limited|limitée|limitada)?")
_UN = re.compile(r"(?<![A-Za-z])(?:United\s+Nations|UNITED\s+NATIONS|Naciones\s+Unidas|NACIONES\s+UNIDAS|"
                 r"Nations\s+Unies|NATIONS\s+UNIES|Организация\s+Объединенных\s+Наций|الأمم المتحدة|联合国)")
_ORIGINAL = re.compile(r"(?<![A-Za-z])(?:Original|ORIGINAL|Оригинал)\s*:\s*(?P<lang>[^\W\d_]+)")
# never the last piece of a number split by a space ("14 1 st session", the 141st; a symbol's last segment before
# it is no such piece: "EB140/INF./3 140th session"), nor of a number ("40th" of "140th session",
# fresh/WHO_EB140_INF.3.txt)
_SESSION_PHRASE_WORDS = (r"(?P<ord>(?i:" + ORDINAL + r"))\s+(?:(?i:regular|special|resumed|executive)\s+)?"
                         r"(?P<kind>(?i:session|meeting))(?![a-z])")
"""An English session line's words: its ordinal, a kind of session, "session" or "meeting" (:data:`_SESSION` at the
masthead's line, :data:`_SESSION_WORDS` anywhere in a flattened cover's line)."""
_SESSION = re.compile(r"(?<![a-z\d-])(?<!(?<![/.])\d )" + _SESSION_PHRASE_WORDS)
# "at its fourth session" is prose, not a session line
_PROSE_BEFORE = re.compile(r"(?i:\b(?:its|their|the|at|of|on)\s*)$")
_SEPARATE_SERIES = re.compile(r"(?i:executive)")
_COUNTRY_IN_PARENTHESES = r"\s*\((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*\s?){1,3}\)"
"""The country a Spanish or French cover prints in parentheses after its venue, where an English one puts it
after a comma ("Sharm el-Sheikh (Egipto), 13 a 17 de diciembre de 2021", sealed/CAC_COSP_2021_13_es); the
particle of an Arabic place's name ("el-Sheikh") is part of the venue."""
_COUNTRY_AFTER_COMMA = (r"\s*,\s*[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+"
                        r"(?:(?:\s(?:de|del|de\s+la|of|the|and|y|et|des|du)\s|\s|\sd[’'])[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+){0,3}")
"""The country after a venue's comma, its words in capitals or joined by a particle ("República de Corea", "Republic
of Korea", "Côte d’Ivoire", untouched/UNEP_CBD_BS_COP-MOP_7_6_Add.3_es: "Séptima reunión Pyeongchang, República de
Corea, 29 de septiembre - 3 de octubre de 2014")."""
_VENUE_BEFORE_DATES = re.compile(r"(?:^|[\n,/(]|\s{2,})\s*"
                                 r"(?P<venue>[A-ZА-ЯЁ][\w.'’-]+(?:\s(?:el-|al-)?[A-ZА-ЯЁ][\w.'’-]+){0,2})"
                                 r"(?:" + _COUNTRY_AFTER_COMMA + r"|" + _COUNTRY_IN_PARENTHESES + r")?\s*,?\s*$")
_MORE_DATES = re.compile(r"\s*(?:and|,|;|y|et)\s*\d")
_VENUE_THEN_MONTH = patterns.define(
    "masthead.venue_then_month", r"""
    [\s(]*(?P<venue>[A-Z][\w.'’-]+(?:[ ][A-Z][\w.'’-]+){0,2})\s*,\s*
    (?i:""" + lexicon.alternation(lexicon.en.MONTHS) + r""")\s+(?:19|20)\d{2}\b""",
    examples=[(" Nairobi, June 2014 Item 2 of the provisional agenda", {"venue": "Nairobi"})],
    rejects=[" Reissued for technical reasons on 16 June 2011", " of the provisional agenda, June 2014"])
"""A session line's venue before a month and year only, when no day is printed."""
_VENUE_THEN_DAY = patterns.define(
    "masthead.venue_then_day", r"""
    [\s(]*(?P<venue>[A-Z][\w.'’-]+(?:[ ][A-Z][\w.'’-]+){0,2})\s*,\s*
    \d{1,2}\s+(?i:""" + lexicon.alternation(lexicon.en.MONTHS) + r""")\b""",
    examples=[(" Geneva, 27 September – 2 October and 10 October 2006 Item 1(b)", {"venue": "Geneva"})],  # TD/B/53/1
    rejects=[" of the provisional agenda, 27 September", " Reissued for technical reasons on 16 June 2011"])
"""A session line's venue before a day and month whose dates are not read as one period."""
_ONLY_NAMES = re.compile(r"[\s,(/–*-]*(?:(?:el-|al-)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*(?:[\s,/]+|$)"
                         r"|(?:of|the|and|on|for|to|de|del|la|el|that|against)\s+|"
                         + _COUNTRY_IN_PARENTHESES + r"[\s,]*)*")
"""What may stand between a session line and its dates: a venue and the body's name, as printed
("Geneva, ", "of the Governing Council/ Global Ministerial Environment Forum Nairobi, ")."""
_ITEM = re.compile(r"(?<![A-Za-z])Items?\s+(?P<list>\d{1,3}(?:\.\d{1,2})?\s*"
                   r"(?:\([a-z]\))?(?:\s*(?:,|and|to)\s*(?:\d{1,3})?\s*"
                   r"(?:\([a-z]\))?)*)\s+of\s+the\s+(?:(?:provisional\s+|annotated\s+)*agenda|(?P<preliminary>preliminary\s+list))",
                   re.IGNORECASE)
"""The heading "Item 5 of the provisional agenda", "Item 105 of the preliminary list" (the General Assembly's items
run to three digits, and its documents issued before the session are under an item of its preliminary list:
tests/ingest_eval/novel/A_71_119)."""


@dataclass(frozen=True)
class Found:
    """A field of the masthead and where it stands in the text."""

    start: int
    end: int


@dataclass
class ItemRef:
    """The heading "Item N of the provisional agenda" of a paper, with the item's printed title."""

    notations: list[str]
    heading: Span
    title: Span | None
    titles: list[Span] = field(default_factory=list)  # of several items numbered together, each one's, in order


AGENDA_TITLE = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:(?:revised|preliminary|updated)\s+)?(?:(?:provisional\s+(?:annotated\s+)?agenda|annotated\s+provisional\s+agenda|"
    r"provisional\s+annotated\s+agenda)(?:\s*\(annotated\))?"  # WHO's "Provisional agenda (annotated)"
    r"(?:\s*(?:,|and)\s*(?:annotations|programme\s+of\s+work|"
    r"(?:proposed\s+)?organization\s+of\s+work|(?:annotations\s+and\s+)?(?:proposed\s+)?timetable))*"
    r"(?:\s+(?:for|of)\s+the\s+.{3,120})?"
    r"|annotations\s+to\s+the\s+(?:provisional\s+)?agenda(?:\s*,?\s*including\s+(?:the\s+)?organization\s+of\s+work)?"
    r"(?:\s+(?:for|of)\s+the\s+.{3,120})?"
    r"|(?:annotated\s+)?preliminary\s+list\s+of\s+items\s+to\s+be\s+included\s+in\s+the\s+provisional\s+agenda"
    r"(?:\s+(?:for|of)\s+the\s+.{3,160})?"  # the General Assembly's (annotated) preliminary list: its agenda
    r"|annotated\s+agenda(?:\s*,\s*items?\s+\d{1,2}\s*[-–]\s*\d{1,2})?"  # a web page's "Annotated Agenda, Item 1-10"
    r"|agenda(?:\s+and\s+annotations)?|programa\s+provisional(?:\s+(?:anotado|y\s+anotaciones))?.*"
    r"|ordre\s+du\s+jour\s+provisoire.*|предварительная\s+повестка\s+дня.*|临时议程.*"
    # "Agenda" alone and its preliminary list, in French and Spanish: "Ordre du jour et programme des réunions"
    # (the ILO Governing Body's, GB.292), "Lista preliminar anotada de temas para incluir en el programa
    # provisional del quincuagésimo tercer período ordinario de sesiones de la Asamblea General" (A/53/100)
    r"|ordre\s+du\s+jour(?:\s+et\s+programme\s+des\s+r[ée]unions)?|orden\s+del\s+d[íi]a"
    r"|lista\s+preliminar\s+(?:anotada\s+)?de\s+(?:los\s+)?temas\s+(?:que\s+(?:se\s+han\s+de|han\s+de)\s+)?"
    r"(?:para\s+)?incluir(?:se)?\s+en\s+el\s+programa\s+provisional.{0,200}"
    r"|liste\s+pr[ée]liminaire\s+(?:annot[ée]e\s+)?des\s+questions\s+[àa]\s+inscrire\s+[àa]\s+l[’']ordre\s+du\s+jour"
    r"\s+provisoire.{0,200})\s*$", re.IGNORECASE)
"""An agenda's own title, in any of the forms the UN prints it."""


def _title_words(words: object) -> str:
    """An alternation of the lexicons' title words in which an apostrophe may be printed as any
    other or lost ("Informations à l intention des participants", a mirror's text)."""
    return lexicon.alternation(words).replace("'", "[’' ]")


GENRE_TITLE = patterns.define(
    "masthead.genre_title", r"""
    (?:(?<!\w)|(?=[\u4e00-\u9fff]))  # a word's start; Chinese has no spaces between words
    (?:(?P<ord>""" + ORDINAL + "|" + lexicon.alternation(lexicon.LOCAL_ORDINALS) + r""")\s+)?
    (?P<words>""" + _title_words(lexicon.TITLE_WORDS) + r""")(?:(?!\w)|(?<=[\u4e00-\u9fff])|(?<=[’'\ ]))""",
    examples=[("Informe de la Conferencia de los Estados Partes", {"words": "Informe de la"}),  # CAC/COSP/2017/14
              ("Доклад Конференции участников Конвенции", {"words": "Доклад"}),  # CTOC/COP/2018/13
              ("REPORT TO THE GENERAL ASSEMBLY ON THE FIFTH SESSION", {"words": "REPORT TO THE"}),  # A/HRC/5/21
              ("Premier rapport du Bureau", {"ord": "Premier", "words": "rapport du"}),  # A/53/250
              ("Informations à l intention des participants", {}),  # A/CONF.222/INF/1, apostrophe lost
              ("Information for participants I. Opening date", {"words": "Information for participants"}),
              ("与会者须知一.日期和地点", {"words": "与会者须知"}),  # CTOC/COP/2008/INF/1
              # unseen/A_55_43_Part_II_ar: the report of the Preparatory Committee for the Assembly's special session
              ("تقرير اللجنة التحضيرية للدورة الاستثنائية للجمعية العامة في عام 2001", {"words": "تقرير"}),
              ("Règlement intérieur", {"words": "Règlement intérieur"}),  # novel/CAT_C_3_Rev.5_fr
              # novel/FCCC_SBI_2002_17_fr, a flattened cover whose apostrophe was lost
              ("RAPPORT DE L ORGANE SUBSIDIAIRE DE MISE EN ŒUVRE SUR SA DIX-SEPTIÈME SESSION",
               {"words": "RAPPORT DE L "}),
              ("Rapport de l’Organe subsidiaire de mise en œuvre", {"words": "Rapport de l’"}),
              ("Правила процедуры Генеральной Ассамблеи", {"words": "Правила процедуры"}),
              ("1 UNEP/EA.3/3 REGLAMENTO DE LA ASAMBLEA DE LAS NACIONES UNIDAS", {"words": "REGLAMENTO DE LA"}),
              # untouched/FCCC_CP_2015_L.1_ru and unseen/IOC_A-29_draft_report_part1_fr_nosymbol: draft reports
              ("Проект доклада Конференции Сторон о работе ее двадцать первой сессии", {"words": "Проект доклада"}),
              ("PROJET DE RAPPORT Partie 1", {"words": "PROJET DE RAPPORT"}),
              # sealed/A_rules_of_procedure_annex_IV_documentation_ru_nosymbol
              ("Rules of Procedure of the Functional Commissions of the Economic and Social Council",
               {"words": "Rules of Procedure"})],  # novel/E_5975_Rev.1
    rejects=["reporting of the", "Rapporteur du Comité", "التقرير السنوي", "Règlement financier",
             "Reglamento Financiero de la Organización", "Reglamento del Personal"], flags=re.IGNORECASE)
"""The words a document's title begins with that name its genre (the lexicons' ``TITLE_WORDS``),
after an ordinal where one is printed ("First report of the General Committee"); words ending in an apostrophe
("rapport de l'") run on into the next word."""


def title_genre(title: str) -> str | None:
    """The genre a title's first words name ("Informe de la Conferencia ..." -> "report"), or None."""
    m = GENRE_TITLE.match(title.strip())
    if m is None:
        return None
    key = re.sub(r"[’' ]", " ", " ".join(m["words"].lower().split())).strip()
    return next((kind for words, kind in lexicon.TITLE_WORDS.items()
                 if re.sub(r"[’' ]", " ", words).strip() == key), None)


@dataclass
class Cover:
    """The one record of a cover's facts: the line reader of :mod:`~mandategraph.ingest.cover` fills
    it, and :func:`read_masthead` adds what the lines did not give."""

    symbol: Symbol | None = None
    symbol_span: tuple[int, int] | None = None
    joint_symbols: list[Symbol] = field(default_factory=list)  # printed beside the symbol ("E/2011/30-E/CN.15/2011/21")
    distribution_date: date | None = None
    original_language: str | None = None
    version_language: str | None = None
    venue: str | None = None
    dates: dates.DateRange | None = None
    session_number: int | None = None
    session_word: str | None = None  # "session" or "meeting"
    executive: bool = False  # an executive session: numbered apart from the body's sessions, its dates read
    title: Span | None = None
    subtitles: list[Span] = field(default_factory=list)
    kind_lines: list[Span] = field(default_factory=list)
    lines: list[Span] = field(default_factory=list)  # cover lines before the title
    body_lines: list[Span] = field(default_factory=list)
    parent_lines: list[Span] = field(default_factory=list)
    treaty_lines: list[Span] = field(default_factory=list)
    item: ItemRef | None = None
    status: list[str] = field(default_factory=list)
    several_sessions: bool = False  # it prints several sessions' lines: which one it is of is not known
    notation: str | None = None  # a mandate's notation printed before its title ("1957/667(XXIV)E.")
    page_dates: list[date] = field(default_factory=list)  # under a label ("Received: 22 January 2002")
    end: int = 0  # where the document's own text begins

    @property
    def is_agenda(self) -> bool:
        return bool(self.title and AGENDA_TITLE.match(self.title.text))


def item_notations(raw: str) -> list[str]:
    """"2 (b)" -> ["2 (b)"]; "4 (a) and (b)" -> ["4 (a)", "4 (b)"]; "2 and 3" -> ["2", "3"]; "14.2" -> ["14.2"]."""
    out: list[str] = []
    number = None
    for m in re.finditer(r"(?P<n>\d{1,3}(?:\.\d{1,2})?)?\s*(?:\((?P<l>[a-zа-я])\))?", raw):
        if not m.group(0).strip():
            continue
        if m["n"]:
            number = m["n"]
            if not m["l"]:
                out.append(number)
        if m["l"] and number:
            out.append(f"{number} ({m['l']})")
    return out


@dataclass(frozen=True)
class SessionLine:
    """A session line found by its words, with the venue and dates printed after it."""

    at: Found
    number: int | None = None
    word: str | None = None
    dates: dates.DateRange | None = None
    venue: str | None = None
    executive: bool = False  # an executive session: numbered apart from the body's sessions, its dates read


@dataclass(frozen=True)
class Reach:
    """Where the masthead's fields end in the text (the facts themselves are written into the
    :class:`~mandategraph.ingest.cover.Cover`): the end of every field found, and the end of the item
    heading when the cover has an item whose title is not read yet."""

    ends: tuple[int, ...]
    item_end: int | None


_AR_MONTHS = month_names("ar")
_AR_MONTH = "(?:" + "|".join(sorted(map(re.escape, _AR_MONTHS), key=len, reverse=True)) + ")"
# "٢٠ تموز/يوليه ٢٠٢٠", "١٥-١٩ تشرين الأول/أكتوبر ٢٠١٨" (digits already ASCII): the Levant name, a
# slash, the Egyptian name; either alone
_AR_DATE = re.compile(r"(?<!\d)(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s+(?P<m>" + _AR_MONTH + r")"
                      r"(?:\s*/\s*" + _AR_MONTH + r")?\s+(?P<y>(?:19|20)\d{2})(?!\d)")


def first_date_range(text: str) -> dates.DateRange | None:
    """The first date or range in ``text``, in the forms of :mod:`~mandategraph.ingest.dates` or an
    Arabic cover's."""
    found = dates.first_range(text)
    m = _AR_DATE.search(text)
    if m is None or (found is not None and found.span[0] < m.start()):
        return found
    month, year = _AR_MONTHS[m["m"]], int(m["y"])
    try:
        start = date(year, month, int(m["d1"]))
        end = date(year, month, int(m["d2"])) if m["d2"] else start
    except ValueError:
        return found
    return dates.DateRange(start, end, m.span())


_CITED_BETWEEN = re.compile(r"[。，、；“”()（）]|(?:(?<![A-Za-z])[a-z]{2,}|\d{4})\.\s"
                            r"|(?i:\bdocuments?|documentation)\s*:")
"""Sentence punctuation between "United Nations" and a symbol, or a bracket before it: the words are
prose ("加强联合国系统”的第51/241号决议…(A/52/856)", "the United Nations system"), the symbol a cited
one, never the masthead's; so too a sentence's full stop after a word in small letters or a year, and a
list's label ("... and Human Settlements Foundation for the biennium 2004-2005." / "Documents: HSP/GC/19/8
dated ...", a journal's list of the documents before a meeting: tests/ingest_eval/sealed/
HSP_GC_19_journal_6_May_2003_nosymbol.txt). ("Distr." ends in no word of small letters alone.)"""


_CITED_BEFORE = re.compile(r"""
    (?:(?<![^\W\d_])[a-zà-ÿ]{2,}[ \t]+                  # a word in small letters: the words are a sentence's
       (?i:documents?|documentos?|resolutions?|résolutions?|resolución|resoluciones|decisions?|décisions?|
           decisión|decisiones)[ \t]+)$                   # ... and name the symbol's document
    """, re.VERBOSE)
"""What stands right before a symbol the text cites, never the masthead's, when the cover's own symbol is not read
(printed in another form): a sentence naming its document ("Ayant examin le document IOC/EC-XLV/2",
tests/ingest_eval/unopened/IOC_EC-XLV_Dec.5.3_fr.txt; "The participating States adopted Resolution CTBT/MSS/RES/1",
unopened/CTBT-Art.XIV_2003_3.txt)."""
CITED_BEFORE_CHARS = 40  # how far before a symbol :data:`_CITED_BEFORE` looks


FOOTNOTE_SYMBOL = re.compile(r"[ \t]*\*{1,3}[ \t]*[A-Z]")
"""A line that begins with a footnote's star before a symbol ("* E/1997/100."): a footnote naming the agenda of an
"Item 1 of the provisional agenda*" heading, never the masthead's symbol (tests/ingest_eval/novel/
E_1997_L.15_nosymbol.txt, a cover that prints no symbol of its own)."""


def _in_footnote(head: str, span: tuple[int, int]) -> bool:
    line_start = head.rfind("\n", 0, span[0]) + 1
    return FOOTNOTE_SYMBOL.fullmatch(head[line_start:span[0] + 1]) is not None


_PROVISIONAL = re.compile(r"\b(?:provisional|provisoire|preliminar|préliminaire)\b", re.IGNORECASE)


def _in_a_sentence(m: re.Match[str]) -> bool:
    """Whether a Spanish or French item heading without its "provisional" ("el tema 104 del programa", "le point 26
    de l'ordre du jour") is a sentence's words, in small letters, or a reference in brackets: never the cover's
    heading. (A Russian cover may print its heading in small letters: "пункт 3 повестки дня",
    fresh/ECE_TRANS_ADN_CONF_1_Add.1_ru.)"""
    if not (m["list0"] or m["list1"]) or _PROVISIONAL.search(m.group(0)):
        return False
    # (and in brackets, "(Point 1 de l ordre du jour)", the item a chapter of a report is under, named in its
    # contents: novel/FCCC_SBI_2002_17_fr)
    return m.group(0)[0].islower() or m.string[max(0, m.start() - 3):m.start()].rstrip().endswith("(")


def read_masthead(text: str, cover: Cover) -> Reach:
    """Write into ``cover`` the masthead's fields its lines did not give, found in the head of
    ``text`` by their own words (offsets into ``text``); return where the fields found end."""
    head = ascii_digits(text[:HEAD_CHARS])
    candidates = [(s, span) for s, span in find_symbols(head) if not _in_footnote(head, span)
                  and not _CITED_BEFORE.search(head, max(0, span[0] - CITED_BEFORE_CHARS), span[0])]
    distrs = list(_DISTR.finditer(head))
    symbols: list[tuple[Symbol, tuple[int, int]]] = []  # the document's, first the main
    distr: Found | None = None
    anchor: int | None = None
    date_from = 0
    pairs = [(_gap(d, span), i, d, (s, span)) for i, d in enumerate(distrs) for s, span in candidates
             if _gap(d, span) <= SYMBOL_NEAR_DISTR]
    if pairs:  # the "Distr." and the symbol that stand closest together are the masthead's
        _, _, d, main = min(pairs, key=lambda p: (p[0], p[1]))
        symbols = _joint(main, candidates, head)
        distr = Found(d.start(), d.end())
        anchor = d.end()
        date_from = max(d.end(), symbols[-1][1][1] if symbols[-1][1][0] > d.end() else d.end())
    if not symbols:
        for u in _UN.finditer(head):
            after = [(s, span) for s, span in candidates if 0 <= span[0] - u.end() <= SYMBOL_NEAR_UN
                     and not _CITED_BETWEEN.search(head, u.end(), span[0] + 1)]
            if after:
                symbols = _joint(after[0], candidates, head)
                anchor = u.end()
                break
    if not symbols:
        for s, span in candidates:
            if _organ_before(head, s, span[0]):
                symbols = _joint((s, span), candidates, head)
                anchor = span[1]
                break
    if distr is None and distrs:
        distr = Found(distrs[0].start(), distrs[0].end())
    distribution_date = None
    if distr is not None:
        start = max(distr.end, date_from)
        window = _unglued(without_symbols(head[start:start + DATE_AFTER_DISTR], head))
        r = first_date_range(window)
        if r is not None and r.start == r.end:
            distribution_date = r.start
    original = _ORIGINAL.search(head)
    if anchor is None and distr is not None:
        anchor = distr.end
    line = _session(head, anchor) if anchor is not None else None
    if distribution_date is None and distr is None and line is not None and line.dates is None:
        beside = first_date_range(head[line.at.end:line.at.end + SESSION_LINE_CHARS])
        if beside is not None and _document_date_beside(head[line.at.end:], beside):
            distribution_date = beside.start  # (no "Distr." printed: the masthead's one date of the document)
    if line is None and distribution_date is not None:
        line = _session_of_a_copy(head, distrs, anchor, distribution_date)
    item: tuple[str, Found] | None = None  # the printed list of item numbers
    # "(item 1 of the provisional agenda for ...)": a sentence's words, in small letters, never the heading
    m = next((m for m in _ITEM.finditer(head, anchor or 0) if not m.group(0)[0].islower()
              and not (m["preliminary"] and anchor is None)), None)
    # (an item of the preliminary list only in a masthead: a web page's text that prints no symbol, its title
    # read from the page's chrome, is not made a document by it: sealed/A_63_92_S_2008_417)
    if m:
        item = (m["list"].strip(), Found(m.start(), m.end()))
    elif anchor is not None:  # "Tema 2 a) del programa provisional", "临时议程项目 2(a)"
        local = next((m for m in LOCAL_ITEM_HEADING.finditer(head, max(0, anchor - SESSION_NEAR),
                                                             anchor + SESSION_NEAR)
                      if not _in_a_sentence(m)), None)
        if local:
            printed = next(v for k, v in local.groupdict().items() if k.startswith("list") and v)
            printed = re.sub(r"(?<![(\w])([a-zа-я])\)", r"(\1)", printed)  # "2 a)" is "2 (a)"
            item = (printed.strip(), Found(local.start(), local.end()))

    if symbols:
        main_symbol, span = symbols[0]
        if cover.symbol is None:
            cover.symbol, cover.symbol_span = main_symbol, span
            if cover.title is not None and cover.title.start < span[0]:
                cover.title = None  # words before the masthead (a web page's title) are not the document's title
        if cover.symbol is not None and cover.symbol.text == main_symbol.text and not cover.joint_symbols:
            cover.joint_symbols = [s for s, _ in symbols[1:]]
    if cover.symbol is not None and not cover.joint_symbols:
        cover.joint_symbols = joint_elsewhere(cover.symbol, candidates, head)
    if cover.distribution_date is None and distribution_date is not None:
        cover.distribution_date = distribution_date
    if cover.original_language is None and original:
        cover.original_language = LANGUAGES.get(original["lang"].lower())
    took_dates = _take_session(cover, line) if line is not None else False
    before_item = None
    if line is None and item is not None and cover.dates is None and cover.session_number is None and distr is not None:
        before_item = _meeting_before_item(head, item[1].start, distr.end)
        if before_item is not None:  # "... Working Group on Asset Recovery Vienna, 6 and 7 June 2018 Item 2 of ..."
            cover.venue, cover.dates = before_item
    if cover.item is None and item is not None:
        notations = item_notations(item[0])
        at = item[1]
        if notations:
            glued = CJK_ITEM_TITLE.match(head, at.end) if len(notations) == 1 else None
            title = Span(glued.start("title"), glued.end("title"), glued["title"]) if glued else None
            cover.item = ItemRef(notations, Span(at.start, at.end, text[at.start:at.end]), title)
    ends = [f.end for f in (distr, Found(original.start("lang"), original.end("lang")) if original else None,
                            line.at if line is not None else None) if f is not None]
    ends += [span[1] for _, span in symbols]
    if took_dates and line is not None and line.dates is not None:
        ends.append(line.dates.span[1])
    if before_item is not None:
        ends.append(before_item[1].span[1])
    item_end = None
    if item is not None and cover.item is not None and cover.item.title is None:
        item_end = item[1].end
        ends.append(item_end)
    return Reach(tuple(ends), item_end)


ORGAN_BEFORE_SYMBOL = patterns.define(
    "masthead.organ_before_symbol", r"""
    (?<![\w-])(?P<organ>[A-Z][A-Z-]+(?:[ \t]+[A-Z][A-Z-]+){1,3})[ \t]+$     # "EXECUTIVE BOARD ", in capitals""",
    examples=[("54 EXECUTIVE BOARD ", {"organ": "EXECUTIVE BOARD"}),  # fresh/WHO_EB140_INF.3.txt, before "EB140/INF./3"
              ("REGIONAL COMMITTEE ", {"organ": "REGIONAL COMMITTEE"})],  # fresh/WHO_WPR_RC71_9.txt
    rejects=["the Executive Board ", "EXECUTIVE BOARD", "BOARD "])
"""An organ's name printed in capitals right before the document's symbol, as WHO's masthead prints them ("EXECUTIVE
BOARD EB140/INF./3 140th session ..."), with no "Distr." or "United Nations" near."""


def _organ_before(head: str, symbol: Symbol, start: int) -> bool:
    """Whether the symbol at ``start`` is the masthead's: the organ whose series it is of (the symbol-series table) is
    printed right before it by the first words of its name ("EXECUTIVE BOARD" before "EB140/INF./3", the Executive
    Board of the World Health Organization's)."""
    m = ORGAN_BEFORE_SYMBOL.search(head, max(0, start - ORGAN_NAME_CHARS), start)
    if m is None:
        return False
    row = series_of(without_session(symbol.body_prefix))
    return row is not None and row.organ.lower().startswith(" ".join(m["organ"].split()).lower() + " ")


ORGAN_NAME_CHARS = 60  # an organ's name before the symbol is at most this long


def _document_date_beside(rest: str, r: dates.DateRange) -> bool:
    """Whether the date ``r`` read right after a session line's words (``rest``) is the document's: one day, with
    no place before it, as WHO's masthead prints the document's date beside the session line ("140th session 12
    December 2016 Provisional agenda item 14.2"; "147th session 15 May 2020" over "Geneva, 22 May 2020", the
    session's own). A session's dates follow its place ("Fourth session Buenos Aires, 2-13 November 1998")."""
    return r.start == r.end and not rest[:r.span[0]].strip()


CJK_ITEM_TITLE = patterns.define(
    "masthead.cjk_item_title", r"""
    (?P<title>[\u4e00-\u9fff《》“”、，:：]{2,80}?)   # Chinese words glued after "议程项目105"
    (?=[A-Z]{1,2}\.\d{2}-\d{5})                      # up to the job number glued after them ("V.01-81852")""",
    examples=[("预防犯罪和刑事司法V.01-81852GP联合国A/55/383/Add.2", {"title": "预防犯罪和刑事司法"})],
    # fresh/A_55_383_Add.2_zh
    rejects=["预防犯罪和刑事司法 联合国", "Crime prevention V.01-81852"])
"""The title of the item a Chinese cover's heading names, glued between the heading and the document's job number
(a PDF's text with no spaces, "第五十五届会议议程项目105预防犯罪和刑事司法V.01-81852GP"): both its ends are printed."""


def _session_of_a_copy(head: str, distrs: list[re.Match[str]], anchor: int | None,
                       distribution_date: date) -> SessionLine | None:
    """The session line of another copy of the same masthead in the head (a document mirror prints a
    summary of the first page, then the transcription: "Distr.: General 13 February 2018 ...
    Twenty-seventh session"), where the masthead's own "Distr." has none near it; a copy is the
    same document's only where its "Distr." gives the same distribution date."""
    for d in distrs:
        if d.end() == anchor:
            continue
        r = first_date_range(_unglued(without_symbols(head[d.end():d.end() + DATE_AFTER_DISTR], head)))
        if r is not None and r.start == r.end == distribution_date:
            line = _session(head, d.end())
            if line is not None:
                return line
    return None


MEETING_BEFORE_ITEM_CHARS = 60  # how close before its item heading an unnumbered meeting's venue and dates stand
_ONE_DAY_APART = re.compile(r"\s+(?:and|y|et|и)\s+")


def _meeting_before_item(head: str, item_start: int, distr_end: int) -> tuple[str | None, dates.DateRange] | None:
    """The venue and dates of a meeting whose cover prints no session line, read from right before the
    heading "Item N of the provisional agenda" after "Distr.", where every UN cover prints them ("Open-ended
    Intergovernmental Working Group on Asset Recovery Vienna, 6 and 7 June 2018 Item 2 of the provisional
    agenda"): a place and a comma, then one period of days ending where the heading begins. Days joined by "and" are
    one period only when they follow each other ("6 and 7 June"); a single day is never taken (the
    document's date may stand there)."""
    start = max(distr_end, item_start - MEETING_BEFORE_ITEM_CHARS)
    window = head[start:item_start]
    found = dates.find_ranges(window)
    if not found:
        return None
    r = found[-1]
    if window[r.span[1]:].strip(" \t,") or r.start >= r.end:
        return None  # (a comma: "(Женева, 22-26 мая 2000 года, пункт 3 повестки дня)", the three in parentheses)
    joined = window[r.span[0]:r.span[1]]
    if _ONE_DAY_APART.search(joined) and (r.end - r.start).days != 1:
        return None
    if not window[:r.span[0]].rstrip(" \t").endswith(","):
        return None  # "Vienna, 6 and 7 June 2018": a place and a comma before the dates, as a cover prints them
    # the place, where something sets it apart from the body's name before it (a line break, a comma); on
    # a flattened cover ("... on Asset Recovery Vienna,") where it begins is not known: no venue
    v = _VENUE_BEFORE_DATES.search(window[:r.span[0]].rstrip(" \t"))
    return (v["venue"] if v else None), dates.DateRange(r.start, r.end, (start + r.span[0], start + r.span[1]))


def _take_session(cover: Cover, line: SessionLine) -> bool:
    """The session line's number, venue and dates where the cover's lines gave none; whether its
    dates were taken."""
    if cover.session_number is None and line.number is not None:
        cover.session_number, cover.session_word = line.number, line.word
        took = cover.dates is None and line.dates is not None
        if took:
            cover.dates, cover.venue = line.dates, line.venue
        if cover.venue is None and cover.dates is None and line.dates is None and line.venue is not None:
            cover.venue = line.venue  # "First session Nairobi, June 2014": a venue, no dates
        return took
    if cover.session_number is None and line.executive and cover.dates is None and line.dates is not None:
        cover.dates, cover.venue, cover.executive = line.dates, line.venue, True  # dated, never numbered
        return True
    return False


def _gap(distr: re.Match[str], span: tuple[int, int]) -> int:
    """Characters between "Distr." and a symbol, on either side."""
    return span[0] - distr.end() if span[0] >= distr.end() else max(0, distr.start() - span[1])


_STATUS_BEFORE_SYMBOL = re.compile(r"(?<=\s)ADVANCE[ \t]+UNEDITED[ \t]+$")
"""The status an advance copy prints before each of its symbols ("ADVANCE UNEDITED E/2015/28/Add.1" / "ADVANCE
UNEDITED E/CN.7/2015/15/Add.1", the Council's and the Commission's symbols of one report stacked on its title page,
tests/ingest_eval/novel/E_2015_28_Add.1_E_CN.7_2015_15_Add.1.txt): between two symbols, no more than the space."""


def _joint(main: tuple[Symbol, tuple[int, int]], candidates: list[tuple[Symbol, tuple[int, int]]],
           head: str) -> list[tuple[Symbol, tuple[int, int]]]:
    """The main symbol and the joint symbols printed beside it ("E/2011/30-E/CN.15/2011/21")."""
    out = [main]
    at = candidates.index(main)
    end = main[1][1]
    for s, span in candidates[at + 1:]:
        between = _STATUS_BEFORE_SYMBOL.sub("", head[end:span[0]])
        if len(between) <= JOINT_GAP and re.fullmatch(r"[\s*\-–]*", between):
            out.append((s, span))
            end = span[1]
        else:
            break
    return out


def joint_elsewhere(main: Symbol, candidates: list[tuple[Symbol, tuple[int, int]]], head: str) -> list[Symbol]:
    """The joint symbols the head prints beside another copy of the document's symbol, when the copy the
    masthead was read from has none (its line split: "E/2010/24-E/CN" / ".3/2010/34", the same cover's
    "E/2010/24 E/CN.3/2010/34" printed on a line before, tests/ingest_eval/sealed/E_2010_24_E_CN.3_2010_34.txt):
    the first copy with any, else none."""
    for found in candidates:
        if found[0].text == main.text:
            joint = [s for s, _ in _joint(found, candidates, head)[1:] if s.text != main.text]
            if joint:
                return joint
    return []


_GLUED_DIGITS = re.compile(r"(?<=\d)(?=[^\W\d_])(?!(?i:er|re|ère|st|nd|rd|th|e|o|a|º|ª)(?![^\W\d_]))"
                           r"|(?<=[^\W\d_])(?=\d)")


def _unglued(window: str) -> str:
    """A space wherever digits and letters touch (not before a day's ordinal suffix, "1er juillet",
    "1st July"): the date of a text with its spaces lost
    ("Distr.:General20March2001") is read, before a date further on in another style ("1998年12月9日",
    in the prose); a window read for its first date only, so its offsets need not be kept."""
    return _GLUED_DIGITS.sub(" ", window)


def _session(head: str, anchor: int) -> SessionLine | None:
    """The session line near the masthead, and the venue and dates that follow it."""
    window_start = max(0, anchor - SESSION_NEAR)
    m = next((m for m in _SESSION.finditer(head, window_start, anchor + SESSION_NEAR)
              if not _PROSE_BEFORE.search(head, max(0, m.start() - 12), m.start())), None)
    if m is None:
        return _local_session(head, window_start, anchor)
    at = Found(m.start(), m.end())
    found, venue = _session_dates(head, m)
    if _SEPARATE_SERIES.search(m.group(0)):
        # numbered apart from the body's sessions: no number, rather than another's
        return SessionLine(at, dates=found, venue=venue, executive=True)
    return SessionLine(at, ordinal(m["ord"]), m["kind"].lower(), found, venue)


# "en su quinto período de sesiones", "de la huitième réunion": prose, not a session line
_LOCAL_PROSE_BEFORE = re.compile(r"(?i:\b(?:su|sus|sa|ses|la|el|le|del|de|au|à|en|its|the|at|of|в|на|своей)\s*)$")
_LOCAL_RESUMED_BEFORE = re.compile(r"(?i:(?<!\w)(?:" + lexicon.alternation(lexicon.LOCAL_RESUMED) + r")\s+)$")
"""A resumed session's line: "Reprise de la soixante-deuxième session" (its "de la" is no prose)."""
RESUMED_BEFORE_CHARS = 24  # how far before a session line's ordinal the words of a resumed session stand
_CJK_VENUE = re.compile(r"\s*[,，、]\s*(?P<venue>[\u4e00-\u9fff]{2,8}?)(?=" + "|".join(
    w for w in (*lexicon.AGENDA_TITLES, *lexicon.TITLE_WORDS) if "\u4e00" <= w[0] <= "\u9fff") + r"|[\s,，。]|$)")
"""The venue after a Chinese session line's dates, up to the title ("2008年10月8日至17日,维也纳与会者须知")."""


_ZH_PROSE_BEFORE = re.compile(r"(?:" + "|".join(lexicon.zh.SESSION_PROSE_BEFORE) + r")\s*$")
_ZH_PROSE_AFTER = re.compile(r"\s*(?:" + "|".join(lexicon.zh.SESSION_PROSE_AFTER) + r")")
"""The words of a Chinese sentence around "第N届会议" (:data:`lexicon.zh.SESSION_PROSE_BEFORE`, ``SESSION_PROSE_AFTER``:
"委员会第二十二届会议以来", "在第二十二届会议上"): a session the prose names, never the masthead's session line."""


def _in_chinese_prose(head: str, m: re.Match[str]) -> bool:
    """Whether the Chinese session line ``m`` is a session named in a sentence (:data:`_ZH_PROSE_BEFORE`)."""
    return bool(m["zh"]) and bool(_ZH_PROSE_BEFORE.search(head, max(0, m.start() - 4), m.start())
                                  or _ZH_PROSE_AFTER.match(head, m.end()))


def _local_session(head: str, window_start: int, anchor: int) -> SessionLine | None:
    """A session line in Spanish, French, Russian or Chinese ("Sexto período de sesiones", "13 er
    período de sesiones", "Huitième réunion", "Шестидесятая сессия", "第三届会议"), its venue and dates."""
    m = next((m for m in LOCAL_SESSION.finditer(head, window_start, anchor + SESSION_NEAR)
              if (not _LOCAL_PROSE_BEFORE.search(head, max(0, m.start() - 12), m.start())
                  or _LOCAL_RESUMED_BEFORE.search(head, max(0, m.start() - RESUMED_BEFORE_CHARS), m.start()))
              and not _in_chinese_prose(head, m)), None)
    if m is None:
        return None
    number = ordinal(m["ord"] if m["ord"] else m["zh"])
    if number is None:
        return None
    found, venue = _session_dates(head, m)
    if m["zh"] and found is not None and venue is None:  # "2007 年 12 月 3 日至 14 日, 巴厘岛": after the dates
        v = _CJK_VENUE.match(head, found.span[1])
        if v:
            venue = v["venue"]
    return SessionLine(Found(m.start(), m.end()), number, LOCAL_SESSION_WORDS[(m["kind"] or m["zhkind"]).lower()],
                       found, venue)


_WITHIN_A_WORD = re.compile(r"[\w-]$")
_SESSION_WORDS = re.compile(r"(?<![\w-])" + _SESSION_PHRASE_WORDS)
"""An English session line's words anywhere in a line, from a word's start ("2010) Fourteenth session", "2012
Sixty-fourth session": not its "fourth session"), as :data:`_SESSION` reads them at the masthead."""
_SPLIT_NUMBER = re.compile(r"\d $")


def dated_session_numbers(head: str, start: int, end: int) -> set[int]:
    """The numbers of the session lines between ``start`` and ``end`` of ``head`` that print their dates after them,
    in any language the masthead reads them in (English, and the local words of :data:`LOCAL_SESSION`): a flattened
    cover's session fields ("... Familiares 13º período de sesiones (22 de noviembre a 3 de diciembre de 2010) 14º
    período de sesiones (4 a 8 de abril de 2011) Asamblea General ...", tests/ingest_eval/unread/A_66_48_es.txt, on
    one line). Not a session the prose names ("at its twelfth session, held from ...", "en su quinto período de
    sesiones"), nor a principal organ's Official Records line, which prints no dates ("Sexagésimo sexto período de
    sesiones Suplemento Nº 48"), nor an executive session (numbered apart)."""
    head = ascii_digits(head)
    numbers: set[int] = set()
    for m in _SESSION_WORDS.finditer(head, start, end):
        if m["ord"][0].isdigit() and _SPLIT_NUMBER.search(head, max(0, m.start() - 2), m.start()):
            continue  # "14 1 st session": the last piece of a number split by a space
        if _PROSE_BEFORE.search(head, max(0, m.start() - 12), m.start()) or _SEPARATE_SERIES.search(m.group(0)):
            continue
        number = ordinal(m["ord"])
        if number is not None and _session_dates(head, m)[0] is not None:
            numbers.add(number)
    for m in LOCAL_SESSION.finditer(head, start, end):
        if _WITHIN_A_WORD.search(head, max(0, m.start() - 1), m.start()):
            continue
        if (_LOCAL_PROSE_BEFORE.search(head, max(0, m.start() - 12), m.start())
                and not _LOCAL_RESUMED_BEFORE.search(head, max(0, m.start() - RESUMED_BEFORE_CHARS), m.start())) \
                or _in_chinese_prose(head, m):
            continue
        number = ordinal(m["ord"] if m["ord"] else m["zh"])
        if number is not None and _session_dates(head, m)[0] is not None:
            numbers.add(number)
    return numbers


_DASH_LOST = re.compile(r",\s*(?P<d1>\d{1,2})[ \t]+$")
"""A day alone after a session line's venue and before the day that begins its date ("Vienna, 14 18 May
2018"): the first day of a period whose dash the text lost (read only when it is the earlier day)."""


def _session_dates(head: str, m: re.Match[str]) -> tuple[dates.DateRange | None, str | None]:
    """The dates and venue that follow the session line ``m``."""
    rest = head[m.end():m.end() + SESSION_LINE_CHARS]
    r = first_date_range(rest)
    if r is None:
        # "First session Nairobi, June 2014": the venue, no day to date the session by; "Geneva, 27
        # September – 2 October and 10 October 2006": the venue, several sittings and no one period
        month = _VENUE_THEN_MONTH.match(rest) or _VENUE_THEN_DAY.match(rest)
        return None, month["venue"] if month is not None else None
    if r.span[0] > SESSION_DATES_NEAR:
        return None, None  # no dates
    if _document_date_beside(rest, r):
        return None, None  # "140th session 12 December 2016 Provisional agenda item 14.2": the document's date
    lost = _DASH_LOST.search(rest, 0, r.span[0])
    if lost is not None and r.start == r.end and int(lost["d1"]) < r.start.day:
        # "Vienna, 14 18 May 2018": the dash between the days lost in the text, one period
        r = dates.DateRange(r.start.replace(day=int(lost["d1"])), r.end, (lost.start("d1"), r.span[1]))
    if not _ONLY_NAMES.fullmatch(rest[:r.span[0]]):
        return None, None  # words between ("Reissued for technical reasons on 16 June 2011"): not the session's dates
    before = rest[:r.span[0]].rstrip(" \t")
    v = _VENUE_BEFORE_DATES.search(before)  # "..., Nairobi, 21–25 February 2005": the place before the dates
    venue = v["venue"] if v else None
    if r.span[0] > SESSION_VENUE_NEAR:
        # a long name between ("... Ozone Layer Dubai, United Arab Emirates, 1 5 November 2015"): where the place
        # begins the flattened line does not say (not "United Arab Emirates", the city's country): dates, no venue
        venue = None
    if _MORE_DATES.match(rest, r.span[1]):
        # dates of several sittings ("Geneva, 27 September – 2 October and 10 October 2006"): the place, but
        # no one start and end read as the session's
        return None, venue
    return dates.DateRange(r.start, r.end, (m.end() + r.span[0], m.end() + r.span[1])), venue
