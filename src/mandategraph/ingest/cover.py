"""The cover of any UN document: its symbol, "Distr." date, original language, bodies, session,
venue and dates, the title and its kind lines ("Note by the Secretariat"), the heading "Item N of
the provisional agenda" with the item's title, and the footnote that names that agenda.

Everything here works on the cleaned text (same offsets as the source) and returns spans.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from mandategraph.ingest import dates, lexicon, patterns
from mandategraph.ingest.citations import ORDINAL
from mandategraph.ingest.lexicon import (
    HYPHENS,
    KIND_LINES,
    LOCAL_ORDINALS,
    LOCAL_SESSION_WORDS,
    TITLE_ITS,
    TITLE_ORDINALS,
    TITLE_SESSION_WORDS,
    alternation,
    local_words,
    month_names,
    ordinal,
)
from mandategraph.ingest.lexicon import en as lexicon_en
from mandategraph.ingest.masthead import (
    AGENDA_TITLE,
    FOOTNOTE_SYMBOL,
    GENRE_TITLE,
    LANGUAGES,
    Cover,
    ItemRef,
    dated_session_numbers,
    item_notations,
    read_masthead,
)
from mandategraph.ingest.patterns import AGENDA_TITLE_WORDS, KIND_LINE_WORDS, LOCAL_ITEM_HEADING, LOCAL_SESSION
from mandategraph.ingest.registry import Registry
from mandategraph.ingest.symbols import (
    FOOTNOTE_MARK,
    REVISION_WORDS,
    Symbol,
    find_symbols,
    is_symbol,
    without_symbols,
)
from mandategraph.ingest.text import Span, fold, lines

_UN = re.compile(r"^(?:United\s+Nations|Naciones\s+Unidas|Nations\s+Unies|Организация\s+Объединенных\s+Наций|"
                 r"الأمم المتحدة|联合国"
                 # the International Labour Office over the ILO's papers (tests/ingest_eval/blind/ILO_GB.292_fr.txt):
                 # the
                 # Office writes for the Governing Body, as the United Nations' masthead heads its organs' papers
                 r"|International\s+Labour\s+Office|Bureau\s+international\s+du\s+Travail|Oficina\s+Internacional\s+del\s+Trabajo"
                 r")\b", re.IGNORECASE)
_DISTR = re.compile(r"^(?:Distr\.?|Distribución|Distribution)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_DISTRIBUTION_KIND = re.compile(r"(?:GENERAL|General|LIMITED|Limited|RESTRICTED|Restricted|GÉNÉRALE|générale|"
                                r"general|limitada|reservada)\.?")
DISTRIBUTION_KINDS = patterns.define(
    "cover.distribution_kinds", r"^(?:" + _DISTRIBUTION_KIND.pattern + r")(?:[ \t]*[:;,/]?[ \t]*(?:"
    + _DISTRIBUTION_KIND.pattern + r"))*$",
    examples=["GENERAL", "general: General", "Limited", "générale"],
    rejects=["General Assembly", "General Conference", "general: General 15 de agosto de 2008",
             "GENERAL COMMITTEE"], verbose=False)
"""A line of distribution kinds only: "GENERAL" on a line of its own, or a bitext's two columns' "general" and
": General" glued (tests/ingest_eval/sealed/E_2008_INF_2_Add.1_es-en.txt, after "Distr.Distr."): the Distr.
field's value, never a title."""
_MORE_DATES = re.compile(r"\s*(?:and|,|;|y|et|и)\s*\d")
_SESSION_WORDS = re.compile(r"\b(?:session|meeting|held|sesiones|reunión|réunion|сесси\w*)\b", re.IGNORECASE)
TITLE_MIN_CHARS = 3  # a line of fewer letters and digits is debris of the cover, never its title ("e")
ITEM_TITLE_CHARS = 150  # an item's title under its heading is shorter than this
DATE_LINE_CHARS = 40  # a line this short holding a date is the cover's date line
GLUED_LINE_CHARS = 200  # a cover line this short may hold a body, session, venue and dates run together
# "TORTUREThirty-ninth session", "Human Rights CouncilThirty-sixth session": the ordinal glued on the
# body's name, after a capital, or a capital after a small letter
_GLUED_SESSION = re.compile(r"(?:(?<![A-Za-z])|(?<=[A-Z])|(?<=[a-z])(?=[A-Z]))(?P<ord>(?i:" + ORDINAL + r"))\s*"
                            r"(?P<kind>(?i:session|meeting))(?![a-z])")
_GLUED_ITEM = re.compile(r"\s*(?P<head>Agenda\s+item\s+(?P<list>\d{1,2}(?:\s*\([a-z]\))?))(?:\s+|(?=[A-Z]))"
                         r"(?P<title>\S.*?)\s*$")
FLAT_TITLE_CHARS = 200  # how far after a flattened cover's item heading its title and kind line are looked for
FLAT_HEADS_CHARS = 600  # ... for a title the lexicons list, where an item's and a paper's title may come between
_FLAT_TITLE_END = re.compile(
    r"\s*\*{0,3}\s+(?=(?:Note|Report|Nota|Rapport)\s+(?:by|of|de|du)\b|Item\s+1\b|I\.\s+[A-Z]|1\.\s*[A-Z]"
    r"|Introduction\b|INTRODUCTION\b)")
"""What ends the title of a flattened cover: its kind line ("Note by the Executive Secretary"), or
the first item, section or paragraph of the document ("Item 1 Opening of the session", "I.
Provisional agenda", "1. The ...")."""
_ORIGINAL = re.compile(r"(?:\b|(?<=(?-i:[A-ZÀ-Þ])))(?:Original|Оригинал)\s*:\s*(?P<lang>[^\W\d_]+)", re.IGNORECASE)
_VENUE_MONTH_LINE = re.compile(
    r"(?P<venue>[A-ZÀ-Þ][\w.'’-]+(?:\s[A-ZÀ-Þ][\w.'’-]+){0,2})\s*,\s*(?:(?:de\s+)?(?i:"
    + "|".join(map(re.escape, month_names("en", "es", "fr"))) + r")\s+(?:de\s+)?(?:19|20)\d{2})")
"""A cover line giving a place, a month and a year ("Genève, mars 2005", "Nairobi, June 2014")."""
_MONTH_LINE = re.compile(r"(?i:" + "|".join(map(re.escape, month_names("en", "es", "fr")))
                         + r")\s+(?:de\s+)?(?:19|20)\d{2}")
"""A line of a month and its year alone ("junio de 2000", "June 2014"): a session's month under its session line."""
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_CARDINAL_SESSION_LINE = re.compile(
    r"(?P<tens>(?i:" + "|".join(lexicon_en.TENS) + r"))-\s*(?P<unit>(?i:" + "|".join(_UNITS) + r"))\s+"
    r"(?P<kind>(?i:session|meeting))")
"""A session line whose ordinal lost its suffix ("Sixty- eight session", CRC/C/68/1)."""
_FIELD_LABEL = re.compile(r"(?i:original|оригинал)\s*:")
_ONLY_IN = r"(?:(?:{l})(?:,\s*|\s+(?:and|et|y|e)\s+))*(?:{l})\s+(?:only|seulement|únicamente|solamente)"
_LANGUAGE_NAMES = ("English|Spanish|French|Russian|Arabic|Chinese|Anglais|Espagnol|Français|Russe|Arabe|Chinois"
                   "|Inglés|Español|Francés|Ruso|Árabe|Chino")
_VERSION = re.compile(r"^(?:English|Spanish|French|Russian|Arabic|Chinese|Español|Français|Русский|"
                      r"Inglés|Anglais|Английский)$|^" + _ONLY_IN.format(l=_LANGUAGE_NAMES) + r"$"
                      r"|^Только\s+на\s+[\w\s,]+?\s+языках?$", re.IGNORECASE)
"""The version's language ("Français"), or the languages a document is issued in ("English, French and
Spanish only", "Anglais, espagnol et français seulement", "Только на английском языке"): a cover field,
never the title."""


def _plain(word: str) -> str:
    """``word`` without its accents ("inglés" -> "ingles"): capitals on a cover often drop them ("INGLES")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


LANGUAGE_WORDS: dict[str, str] = {**{_plain(w).rstrip("."): code for w, code in LANGUAGES.items()},
                                  **{w.rstrip("."): code for w, code in LANGUAGES.items()}}
"""The language words of a cover, as printed and without accents ("ingles", "espanol") -> language codes."""

LANGUAGE_LINE = patterns.define(
    "cover.language_line", r"^[ \t]*(?P<language>" + "|".join(sorted(map(re.escape, LANGUAGE_WORDS), key=len,
                                                                       reverse=True)) + r")[ \t]*\.?[ \t]*$",
    examples=[("INGLES", {"language": "INGLES"}), "ENGLISH", "ESPAÑOL", "FRANÇAIS", "RUSSIAN", "Inglés",
              "АНГЛИЙСКИЙ", "Español", "ANGLAIS"],
    rejects=["INGLES Y FRANCES", "English text of the Convention", "Informe del Comité", "Original: English"],
    flags=re.IGNORECASE, verbose=False)
"""A line that is a language's name alone: the version's language ("ESPAÑOL"), or the original language whose
"Original:" label stands on the line before ("Original:" / "" / "INGLES", tests/ingest_eval/sealed/
A_AC.241_27_es.txt): a masthead field, never the title."""


def field_line(t: str) -> bool:
    """Whether a line is a masthead field and nothing else, which no title begins with: a language's name alone
    (:data:`LANGUAGE_LINE`), distribution kinds alone (:data:`DISTRIBUTION_KINDS`), or dates and language names
    only ("15 de agosto de 2008 Español15 August 2008", a bitext's date line, a month and year left where a
    mark glued to its day was blanked: "... Español   August 2008")."""
    if LANGUAGE_LINE.match(t) or DISTRIBUTION_KINDS.match(t):
        return True
    ranges = dates.find_ranges(t)
    rest = t
    for r in reversed(ranges):
        rest = rest[:r.span[0]] + " " + rest[r.span[1]:]
    words = re.findall(r"[^\W\d_]+", rest)
    return bool(ranges) and all(_plain(w.lower()) in LANGUAGE_WORDS or w.lower() in _MONTHS for w in words)


_MONTHS = frozenset(m.lower() for m in month_names("en", "es", "fr", "ru"))


_SPLIT_SESSION_LINE = re.compile(r"^(?P<digits>\d{1,3}(?:\s+\d{1,3})+)\s*(?P<suffix>st|nd|rd|th)\s+session$",
                                 re.IGNORECASE)
"""A session line whose number a PDF's text split with spaces ("14 1 st session" for the 141st): the
number is the joined digits when its English suffix agrees, else unknown; never the last piece."""
_FLAT_SESSION_MASTHEAD = re.compile(r"^(?:" + ORDINAL + r")\s+session\b.*\b(?:Provisional\s+agenda\s+item|"
                                    r"Item\s+\d+[\w()]*\s+of\s+the\s+(?:(?:provisional\s+)?agenda|"
                                    r"preliminary\s+list))\b", re.IGNORECASE)
"""A flattened masthead line: the session, then its venue and dates and the item heading ("Eighth session
Abu Dhabi, 16–20 December 2019 Item 5 of the provisional agenda Asset recovery"; the General Assembly's "Seventy-first
session Item 105 of the preliminary list* Crime prevention and criminal justice", tests/ingest_eval/novel/A_71_119.txt):
cover fields, never the title (the masthead reader reads them)."""
_STATUS = re.compile(r"^\[?(?:(?:(?:draft|advance)\s+)*(?:unedited\s+version|advance\s+copy|draft)"
                     r"|for participants only)\]?$", re.IGNORECASE)
_SESSION_LINE = re.compile(
    r"^(?:(?:resumed|special|regular|reconvened)\s+)?(?P<ord>" + ORDINAL + r")\s+(?:(?:regular|special|"
    r"resumed|intersessional)\s+)?(?P<kind>session|meeting)(?:\s*\(.*\))?"
    r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:of|the|on|for|to|and|[A-Z][\w-]*))*\s*/?)?$"
    r"|^(?P<kind2>Session|Meeting)\s+(?P<num>\d{1,3})$"
    r"|^(?P<local>[\w-]+)\s+(?:(?:período\s+(?:extraordinario\s+)?de\s+sesiones|sesión|reunión)|"
    r"(?:session|réunion)(?:\s+extraordinaire)?|(?:сессия|совещание|заседание))$", re.IGNORECASE)
_SESSION_BESIDE_DATE = re.compile(r"(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting)\s+"
                                  r"(?P<date>\d{1,2}\s+[A-Za-z]+"
                                  r"\s+(?:19|20)\d{2})", re.IGNORECASE)
"""A session line sharing its line with one date, the masthead's columns interleaved ("147th session 15 May
2020", tests/ingest_eval/unseen/EB147_1_annotated.txt)."""
_SESSION_AT_START = re.compile(r"(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting)\b", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"(?:\d{2}-\d{5}|[A-Z]{1,2}\.?\d{2}-\d{4,6})?(?:\s*\(\w\))?")
"""A document's job number printed after its "Original:" field ("21-00953", "V.18-02579 (E)"), or nothing."""
_EXECUTIVE_SESSION = re.compile(r"^(?:" + ORDINAL + r")\s+(?:\(\w+(?:-\w+)?\)\s+)?executive\s+session$", re.IGNORECASE)
_ITEM_HEAD = [
    re.compile(r"^Agenda\s+items?\s+(?P<list>\d{1,3}(?:\s*\([a-z]\))?(?:\s*(?:,|and|to)\s*(?:\d{1,3})?\s*(?:\([a-z]\))?)*)$"),
    re.compile(r"^Items?\s+(?P<list>\d{1,3}(?:\.\d{1,2})?(?:\s*\([a-z]\))?(?:\s*(?:,|and|to)\s*(?:\d{1,3})?\s*(?:\([a-z]\))?)*)"
               r"\s+of\s+the\s+(?:(?:provisional\s+|annotated\s+)*agenda|preliminary\s+list)\b", re.IGNORECASE),
    re.compile(r"^Provisional\s+agenda\s+items?\s+(?P<list>\d{1,3}(?:\.\d{1,2})?(?:\s*\([a-z]\))?)$", re.IGNORECASE),
    re.compile(r"^Temas?\s+(?P<list>\d{1,2}(?:\s*\([a-z]\))?(?:\s*(?:,|y|a)\s*(?:\d{1,3})?\s*(?:\([a-z]\))?)*)"
               r"\s+del\s+programa\b", re.IGNORECASE),
    re.compile(r"^Points?\s+(?P<list>\d{1,2}(?:\s*\([a-z]\))?(?:\s*(?:,|et|à)\s*(?:\d{1,3})?\s*(?:\([a-z]\))?)*)"
               r"\s+de\s+l[’']ordre\s+du\s+jour\b", re.IGNORECASE),
    re.compile(r"^Пункт\w*\s+(?P<list>\d{1,3}(?:\s*\([а-яa-z]\))?(?:\s*(?:,|и)\s*(?:\d{1,3})?\s*(?:\([а-яa-z]\))?)*)"
               r"\s+(?:предварительной\s+)?повестки\s+дня", re.IGNORECASE),
    re.compile(r"^临时议程项目\s*(?P<list>\d{1,2}(?:\s*\([a-z]\))?)"),
]
_BODY_LINE = re.compile(
    r"^(?!(?:Report|Note|Provisional|Annotated|Draft|Item|Activities|Implementation|Review|Proposals?|Background|"
    r"Informe|Nota|Rapport|Доклад)\b)(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Conference|Committee|Commission|Working\s+Group|Group\s+of\s+(?:Government\s+)?Experts|Expert\s+Group|"
    r"Implementation\s+Review\s+Group|Council|Assembly|Board|Bureau|Subcommittee|Sub-Commission|Forum|Panel|"
    r"Subsidiary\s+Body|"
    r"Meeting\s+of|Congress|Conferencia|Comité|Comisión|Grupo\s+de\s+[Tt]rabajo|Consejo|Conférence|Commission|"
    r"Groupe\s+de\s+travail|Conseil|Конференция|Комитет|Комиссия|Рабочая\s+группа|Совет|Группа)\b")
_TREATY_NAME = re.compile(r"^(?:International\s+|United\s+Nations\s+)?(?:Convention|Convención|Convenio|Конвенция|"
                          r"Covenant|Pacto|Pacte|Пакт|Protocol|Protocolo|Protocole|Протокол)\b")
"""A treaty's name, in the languages read ("Convención Marco sobre el Cambio Climático"): a masthead field."""
_TREATY_LINE = re.compile(r"^(?:International\s+|United\s+Nations\s+)?(?:Convention|Covenant|Protocol)\b")
NAV = re.compile(r"(?:Arabic|Chinese|English|French|Russian|Spanish)\b.*\b(?:Arabic|Chinese|English|French|"
                  r"Russian|Spanish)\b.*\b(?:Arabic|Chinese|English|French|Russian|Spanish)\b|\(PDF\)")
_KIND_LINE = re.compile(
    r"^(?:(?:Note|Report|Background\s+paper|Conference\s+room\s+paper|Working\s+paper|Information\s+paper|"
    r"Memorandum|Statement|Compilation|Summary)\b.{0,80}\b(?:by|of|prepared\s+by|submitted\s+by|from)\s+the\s+"
    r"(?:Secretariat|Secretary-General|Chair\w*|President|Bureau|Rapporteur|Executive\s+Director)\b.*"
    r"|Note\s+by\s+the\s+\w+.*|Background\s+paper.*|Conference\s+room\s+paper.*|Addendum|Corrigendum"
    # "Relatora: Sra. Tebatso Future Baleseng (Botswana)": the report's rapporteur, named under its title
    r"|(?:Rapporteur|Rapporteuse|Relator|Relatora|Докладчик)\s*:\s*\S.*"
    # "Premier rapport du Bureau", "First report of the General Committee": which of an organ's reports it is
    r"|(?:Premier|Deuxième|Troisième|Quatrième|First|Second|Third|Fourth|Primer|Segundo|Tercer|Cuarto)\s+"
    r"(?:rapport\s+du|report\s+of\s+the|informe\s+de\s+la|informe\s+del)\s+[^\W\d_][\w\s-]{0,60}"
    r"|Nota\s+de\s+la\s+Secretar[ií]a.*|Informe\s+de\s+la\s+Secretar[ií]a.*|Documento\s+de\s+antecedentes.*"
    r"|Note\s+du\s+Secr[ée]tariat.*|Rapport\s+du\s+Secr[ée]tariat.*|Document\s+d[’']information.*"
    r"|Записка\s+Секретариата.*|Доклад\s+Секретариата.*|Справочный\s+документ.*)$", re.IGNORECASE)
_STRUCTURAL = re.compile(
    r"^(?:[IVXL]+\.\s+\S|\d{1,3}\.\s+\S.*(?:[.:;]|[。：；]\d?)$|Contents\b|(?:Introduction|Introducción|Введение)\s*$|Índice\b|Table\s+des\s+matières|Содержание|"
    r"Annotations?(?:\s+to\s+the\s+(?:provisional\s+)?agenda)?\s*[.:]?$|Anotaciones|Аннотации|Annex(?:es)?\b|Anexo|Приложение|Documentation\b|"
    # a report's section heading alone on its line: "Recommendations" is never a title
    r"(?:(?:Conclusions\s+and\s+)?Recommendations|Recomendaciones|Recommandations|Рекомендации)\s*[.:]?$|"
    r"(?:Resolution|Decision|Résolution|Décision|Resolución|Decisión)\s+\d+/\d+|"
    r"The\s+(?:Conference|Commission|Committee|General\s+Assembly|Council|Working\s+Group)\b.*[,:]$|"
    r"At\s+its\s+\w+.*session|Programme\b.*\(.*\|)", re.IGNORECASE)
SECOND_CHAPTER = patterns.define(
    "cover.second_chapter", r"^[ \t]*II\.[ \t]+\S",
    examples=["II. Provisional agenda"],  # tests/ingest_eval/untouched/ECLAC_30_annotated_agenda_nosymbol.txt
    rejects=["I. Organization of the thirtieth session", "III. Annotations to the provisional agenda", "II"],
    verbose=False)
"""A document's second chapter heading ("II. Provisional agenda"), as its contents list or its text prints it."""
DRAFT_REPORT_TITLE = patterns.define(
    "cover.draft_report_title", r"^[ \t]*(?:Draft[ \t]+report|Projet[ \t]+de[ \t]+rapport|Proyecto[ \t]+de[ \t]+informe"
    r"|Проект[ \t]+доклада)[ \t]*$",
    examples=["Draft report"],  # tests/ingest_eval/unread/A_AC.105_C.1_L.385_Add.3.txt, over "II. United Nations ..."
    rejects=["Draft report of the Committee", "Report", "II. Draft report"], flags=re.IGNORECASE, verbose=False)
"""A draft report's title and nothing else: each addendum of a body's draft report prints it over the one chapter it
holds ("Draft report" / "II. United Nations Programme on Space Applications"), so the chapter after it, numbered II or
later, is no second chapter under a first one's heading (:data:`SECOND_CHAPTER`): the line is the title."""
HELD = patterns.define(
    "cover.held", r"""
    \b(?:held|celebrad[oa]s?|tenue?s?|проходивше\w+|проведенн\w+|прошедше\w+|состоявше\w+)\s+(?:in|at|en|à|в)\s+
    (?:la\s+ciudad\s+de\s+)?  # "celebrado en la ciudad de Panamá": the city's name
    (?P<venue>[A-ZА-Я][\w.'’-]*(?:\s+(?:el-)?[A-Za-zА-Яа-я][\w.'’-]*){0,3}?)
    (?=\s*,|\s+(?:from|on|del|el|los|du|le|les|с)\b|\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+[а-я])""",
    examples=[("on its fourth session, held in Vienna from 8 to 17 October 2008", {"venue": "Vienna"}),
              # CAC/COSP/2013/18
              ("celebrado en la ciudad de Panamá del 25 al 29 de noviembre de 2013", {"venue": "Panamá"}),
              # CTOC/COP/2018/13
              ("о работе ее девятой сессии, проведенной в Вене 15–19 октября 2018 года", {"venue": "Вене"}),
              ("прошедшей в Вене 20-24 июля 2016 года", {"venue": "Вене"}),  # CAC/COSP/IRG/2016/9
              # two days, "les 24 et 25" (sealed/CAC_COSP_WG.2_2017_4_fr), "los días 24 y 25"
              ("sur le recouvrement d’avoirs tenue à Vienne les 24 et 25 août 2017", {"venue": "Vienne"}),
              ("celebrada en Viena los días 24 y 25 de agosto de 2017", {"venue": "Viena"})],
    rejects=["held in Vienna 2 times", "held in the morning"])
"""The venue of a title's or a report's "held in Vienna from ...", in the languages read."""
HELD_LINE = patterns.define(
    "cover.held_line", r"""
    ^(?:To[ \t]+be[ \t]+held|Held                       # "Held at the Palais des Nations, Geneva, ..."
      |Tenue?s?|Celebrad[oa]s?|Проведенн\w+|Состоявш\w+|Прошедш\w+|Проходивш\w+)  # a capital, never "tenue à"
    (?!\w)""",
    examples=["Tenue au Palais des Nations, à Genève, les 5 et 6 décembre 2011",
              # tests/ingest_eval/unread/TD_B_C.II_MEM.3_12_fr.txt, under "... sur sa quatrième session"
              "Held at the Palais des Nations, Geneva, from 5 to 6 December 2011", "To be held in Vienna",
              "Celebrado en Nairobi del 5 al 9 de mayo", "Проведенной в Вене 15-19 октября"],
    rejects=["Tenure of office", "Heldout", "tenue à Vienne les 24 et 25 août 2017", "Celebration of the day",
             "held in Vienna"])
"""A line under a report's title that says where and when its session was held ("Tenue au Palais des Nations, à
Genève, les 5 et 6 décembre 2011"), in the languages read: it ends the title, never continues it (a title that
prints the same words runs them on in small letters after a comma: "..., tenue à Vienne les 24 et 25 août")."""
ONE_DAY_MEETING = r"(?![ \t]*,?[ \t]*(?:held[ \t]+)?on[ \t]+\d)"
"""After "its Nth meeting": not ", on 15 January 1975" nor "held on 3 May": a meeting held on one day is a plenary
meeting of a session ("At its 1937th meeting, on 15 January 1975, the Council decided", an ECOSOC decision), never
the session; a body whose sessions are meetings says so without a day ("at its twelfth meeting, held in Geneva
from ...")."""
_ITS_SESSION = re.compile(r"\b(?:on|at)\s+its\s+(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting\b"
                          + ONE_DAY_MEETING + r")\b", re.IGNORECASE)
_TITLE_OWN_SESSION = patterns.define(
    "cover.title_own_session",
    r"(?<!\w)(?:" + alternation(TITLE_ITS) + r")\s+(?P<ord>" + local_words(TITLE_ORDINALS)
    + r"|\d{1,3}\s?(?:er|º|ª|°|e|ème|-?й|-?я|-?ой))\s+(?P<kind>"
    + alternation(TITLE_SESSION_WORDS) + r")(?!\w)",
    examples=[("Informe de la Conferencia ... sobre su quinto período de sesiones, celebrado en la ciudad de Panamá",
               {"ord": "quinto", "kind": "período de sesiones"}),  # CAC/COSP/2013/18
              ("Доклад Конференции ... о работе ее девятой сессии, проведенной в Вене",
               {"ord": "девятой", "kind": "сессии"}),  # CTOC/COP/2018/13
              ("Rapport de la Conférence sur les travaux de sa septième session", {"ord": "septième"}),
              # a numeric ordinal (unseen/FCCC_CP_2015_10_es)
              ("Informe de la Conferencia de las Partes sobre su 21 er período de sesiones, celebrado en París",
               {"ord": "21 er", "kind": "período de sesiones"})],
    rejects=["celebrado en Viena del 6 al 10 de noviembre", "la quinta sesión plenaria"],
    flags=re.IGNORECASE, verbose=False)
"""A title's own session in Spanish, French or Russian: "sobre su quinto período de sesiones", "de sa
septième session", "о работе ее девятой сессии" (the words "its Nth session" of an English title)."""


def _venue_dates(line: str) -> tuple[str | None, dates.DateRange] | None:
    """"St. Petersburg, Russian Federation, 2-6 November 2015" -> ("St. Petersburg", range)."""
    if len(line) > 120:
        return None
    found = dates.find_ranges(line)
    if len(found) != 1:
        return None
    r = found[0]
    before = line[: r.span[0]].strip().rstrip(",").strip()
    after = line[r.span[1]:].strip(" ,.")
    if after and not re.fullmatch(r"(?:года|г\.)?", after) and not _ORIGINAL.fullmatch(after):
        return None  # only "года", or the other column's "ORIGINAL: ENGLISH" ("6–9 October 2020 ORIGINAL: ENGLISH")
    if before and (len(before.split()) > 6 or re.search(r"\d", before)):
        return None
    if before and not re.match(r"^[A-ZА-Я]", before):
        return None
    venue = before.split(",")[0].strip() if before else None
    if venue is not None and (len(venue.split()) > VENUE_WORDS or _GLUED_WORDS.search(venue)):
        venue = None  # not a place's name ("COMITÉ DES DROITS DE L’ENFANTTrente‑sixième sessionGenève")
    return venue, r


DATE_LABEL = patterns.define(
    "cover.date_label", r"""
    (?:\w[ \t]*:                                          # a label: "Received:", "Uploaded:", "Date:"
     |(?<!\w)(?i:on|of|dated|since|from|le|du|el|del|desde|от|с|adopted|received|uploaded|published|
        приняты?|принята|утвержден\w*|aprobad[oa]s?|adoptée?s?|reçue?))[ \t]*$""",
    examples=["Received:", "Приняты&苍产蝉辫; Генеральной Ассамблеи от",  # unseen/UNEP_POPS_CONF_final_act,
              "Uploaded on"],  # unseen/A_crime_programme_statement_1991_ru
    rejects=["Governing Council", "Nairobi,", "Genève,", ""])
"""What stands before a cover line's one date when that date is not the document's: a label's colon
("Received: 22 January 2002", a web page's), or the words of an event the date is of ("adopted on",
"Приняты ... от 18 декабря 1991 года")."""
VENUE_WORDS = 4  # a venue's name ("St. Petersburg", "Sharm el-Sheikh", "Buenos Aires") has at most this many words
_GLUED_WORDS = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]|[A-ZÀ-Þ]{2}[a-zà-ÿ]")
"""Two words run together, the letter case turning inside one ("sessionGenève", "ENFANTTrente")."""


COLUMN_GAP = re.compile(r"\S {8,}\S")
"""Two columns of a masthead printed on one line: their words set apart by a long run of spaces
("Governing Council                                   7 April 2005")."""
COLUMN_LINES = 20  # a two-column masthead stands within the first lines of a text
RIGHT_COLUMN_INDENT = 30  # a line indented this far is the right-hand column's alone ("   Original: English")


def column_block_end(text: str, all_lines: list[Span]) -> int:
    """Where a two-column masthead ends (0: the cover has none). The left column (the organ's name,
    "Governing Council / of the United Nations / Environment Programme") and the right one (symbol,
    "Distr.", date, "Original:") alternate line by line or share lines; no line of that block is a
    title, however it reads. The block is the run of lines, without a blank line between them, that
    holds at least two lines of both columns or one of both and one of the right column's alone."""
    head = []
    for ln in all_lines[:COLUMN_LINES]:
        if _STRUCTURAL.match(ln.text):
            break  # a contents table's dot leaders are not a masthead's columns
        head.append(ln)
    shared = [i for i, ln in enumerate(head) if COLUMN_GAP.search(ln.text)]
    right = [i for i, ln in enumerate(head) if _indent(text, ln) >= RIGHT_COLUMN_INDENT]
    fields = [i for i in shared + right if _MASTHEAD_FIELD.search(_right_piece(head[i].text))]
    if not shared or len(shared) + len(right) < 3 or len(fields) < 2:
        return 0
    last = max(shared + right)
    j = last + 1
    while j < len(all_lines) and "\n\n" not in text[all_lines[j - 1].end:all_lines[j].start].replace(" ", "") \
            and _indent(text, all_lines[j]) > 0:
        j += 1  # the left column's last lines after the right column's last field
    return all_lines[j - 1].end


_MASTHEAD_FIELD = re.compile(r"Distr|Original|ORIGINAL|\b(?:19|20)\d{2}\b|[A-Z]{2,}[./]")
"""The right-hand column of a masthead holds its symbol, "Distr.", date and "Original:"."""


def _right_piece(line: str) -> str:
    """What a line holds right of its column gap (all of it when it has none)."""
    m = COLUMN_GAP.search(line)
    return line[m.end() - 1:] if m else line


def _indent(text: str, line: Span) -> int:
    """How far the line is indented (spaces before its first word; a tab counts as eight)."""
    start = text.rfind("\n", 0, line.start) + 1
    return len(text[start:line.start].expandtabs(8))


COVER_WINDOW = 20_000
"""A cover is read from the text's first 20,000 characters only. The longest cover of the corpus and
the evaluation sets ends before character 1,000 (flattened with a web page's chrome before it); a
text flattened onto one line of megabytes is otherwise read whole by every pattern of the cover."""


def parse_cover(text: str, registry: Registry | None = None, limit: int = 60) -> Cover:
    """Read the cover: symbol, Distr. date, original language, bodies, session, venue and dates,
    "Item N of the provisional agenda" with the item's title, the title and its kind lines; from the
    first :data:`COVER_WINDOW` characters of ``text`` (the offsets are those of ``text``)."""
    text = text[:COVER_WINDOW]
    cover = Cover()
    all_lines = [ln for ln in lines(text) if ln.text][:limit]
    distr_at = next((i for i, ln in enumerate(all_lines[:20]) if _DISTR.match(ln.text)), None)
    columns_end = column_block_end(text, all_lines)
    i = _after_page_chrome(text, all_lines, registry)
    title_lines: list[Span] = []
    page_title: Span | None = None
    misread = False  # a line in the title's place is no words (a font mis-decoded): the title is not known
    while i < len(all_lines):
        line = all_lines[i]
        t = line.text
        before_distr = distr_at is not None and i < distr_at
        if cover.title is None and not title_lines:
            if MEETING_LINE.match(t):
                cover.lines.append(line)  # "14th plenary meeting" under a resolution's date: never its title
                i += 1
                continue
            consumed = _cover_line(cover, all_lines, i, registry, before_distr, text)
            if consumed:
                i += consumed
                continue
            if i < CHROME_LINES and page_chrome(line, text) and not MIRROR_CHROME.match(t):
                page_title = line  # the mirror's title for its page: the title only where the copy prints it again
            if NAV.search(t) and len(t) < 120 or _BULLET.match(t) or _FLAT_SESSION_MASTHEAD.match(t) \
                    or (i < CHROME_LINES and page_chrome(line, text)) or POSTING_LINE.match(t):
                i += 1  # a language bar, a bulleted line (a web page's widget), a mirror's page: never the title
                continue
            if NUMBER_HEADING.match(t) and not _STRUCTURAL.match(t):  # "Resolution 9/1" heads a resolution's text
                cover.lines.append(line)  # "COP 1 Decision I/1": the decision's number over its title
                i += 1
                continue
            if line.start < columns_end:
                cover.lines.append(line)  # a piece of a two-column masthead: never the title
                i += 1
                continue
            if _KIND_ONLY.match(t):
                cover.kind_lines.append(line)  # "Note by the Executive Secretary" with no title before it
                i += 1
                continue
            if len(re.findall(r"\w", t)) < TITLE_MIN_CHARS:
                cover.lines.append(line)  # a superscript split off the line above ("292 session" / "e")
                i += 1
                continue
            if _structural(t, cover):
                cover.end = line.start
                break
            if not_words(t):
                misread = True  # "JDBH2EH5JÈGTED": a masthead line mis-decoded; what else the copy read is no
                cover.lines.append(line)  # surer of being the title than it
                i += 1
                continue
            if STANDING_ITEM_HEADING.match(t) or _CHECK_BOX.search(t):
                cover.lines.append(line)  # the treaty body's standing item over the report's title: never the title
                i += 1
                continue
            title_lines.append(line)
            i += 1
            continue
        if cover.title is None and MEETING_LINE.match(t):
            # "Resolution E91r01230 May 1991" / "12th plenary meeting" / "Strategies for ...": the lines before a
            # meeting line are the mandate's fields, the title is looked for after it
            cover.lines.extend(title_lines + [line])
            title_lines = []
            i += 1
            continue
        if cover.title is None:
            prev = title_lines[-1]
            # a blank line ends the title, unless its line ends in a word that joins it to the next ("... del
            # Grupo de Trabajo sobre la" / "Trata de Personas ...": a text with a blank line after every line)
            spaced = _double_spaced_capitals(title_lines, line, text)
            if ("\n" not in text[prev.end:line.start].replace("\n", "", 1) or _UNBOUNDED_END.search(prev.text)
                    or spaced or UNBOUNDED_START.match(t)) \
                    and (not _is_meta(t, registry) or _name_broken_across(prev.text, t, registry)
                         or JOINING_WORD_END.search(prev.text) and _continues_title(t)
                         or spaced and _body_line(t) and not _SESSION_WORDS.search(t)
                         and not (registry is not None and registry.body_is_named(t))) \
                    and not _KIND_LINE.match(t) and not _structural(t, cover) \
                    and not AGENDA_TITLE.match(fold(" ".join(x.text for x in title_lines))) \
                    and not re.match(r"^(?:\(|\*)", t) and not HELD_LINE.match(t):
                title_lines.append(line)
                i += 1
                continue
            if SECOND_CHAPTER.match(t) and not (len(title_lines) == 1 and DRAFT_REPORT_TITLE.match(prev.text)):
                # "Organization of the thirtieth session" / "II. Provisional agenda" / "III. Annotations ...": what
                # stands over a second chapter's heading is the first's, its numeral lost, not the title
                cover.lines.extend(title_lines)
                title_lines = []
                cover.end = line.start
                break
            cover.title = _title_span(text, title_lines[0].start, title_lines[-1].end)
            continue
        # after the title: kind lines, cover lines printed late, short subtitles, until the text begins
        if _is_meta(t, registry) and not AGENDA_TITLE.match(t):
            fields = _masthead_fields(cover)
            consumed = _cover_line(cover, all_lines, i, registry, False, text)
            if consumed:
                i += consumed
                if _masthead_fields(cover) != fields and not _session_dated_under_title(cover, fields):
                    # a field of the masthead (symbol, date, "Original:", session, item heading) printed
                    # after it: what was taken for the title stands before the masthead (a web page's
                    # title, a field's label), never the title; the title is looked for after it
                    cover.title, title_lines = None, []
                    cover.subtitles, cover.kind_lines = [], []
                continue
        if _KIND_LINE.match(t):
            cover.kind_lines.append(line)
            i += 1
            continue
        if _structural(t, cover) or len(t) > 250 or (t.endswith(".") and len(t.split()) > 12) or t.startswith("*") \
                or AGENDA_TITLE.match(t) or "|" in t or "\t" in text[line.start:line.end]:
            cover.end = line.start
            break
        if len(cover.subtitles) < 3 and not re.match(r"^\d", t):
            cover.subtitles.append(line)
            i += 1
            continue
        cover.end = line.start
        break
    else:
        if title_lines and cover.title is None:
            cover.title = _title_span(text, title_lines[0].start, title_lines[-1].end)
        cover.end = all_lines[i - 1].end if i and all_lines else 0
    if cover.title is None and title_lines:
        cover.title = _title_span(text, title_lines[0].start, title_lines[-1].end)
    if cover.end == 0 and cover.title is not None:
        cover.end = max([cover.title.end] + [s.end for s in cover.kind_lines + cover.subtitles])
    if misread:
        cover.title = None
    _session_before_title(cover)
    _notation_before_title(cover)
    _from_title(cover)
    _site_headline(cover, text)
    _title_over_preamble(cover, text)
    _dates_under_title(cover)
    _from_masthead(cover, text)
    if page_title is not None and (cover.title is None or not bounded_title(cover.title.text)) \
            and not _TREATY_NAME.match(page_title.text) and not _is_meta(page_title.text, registry):
        again = _reprinted(page_title, text)
        if again is not None:  # no title was read from the masthead's title position: the page's, printed again
            cover.title = again
            _from_title(cover)
    _accented_copy(cover, text)
    _report_on_session(cover, text)
    _several_sessions(cover, text, all_lines)
    _sessions_in_title(cover)
    _labelled_distribution_date(cover, text)
    _implausible_dates(cover)
    _venue_beside_dates(cover, text)
    return cover


TITLE_OF_SESSIONS = patterns.define(
    "cover.title_of_sessions", r"""
    (?<!\w)(?:""" + ORDINAL + r""")(?:[ \t]*,[ \t]*(?:""" + ORDINAL + r"""))*[ \t]+and[ \t]+(?:""" + ORDINAL + r""")
    [ \t]+(?:(?:regular|special|resumed|annual)[ \t]+)?sessions(?!\w)""",
    examples=["Report on the first and second regular sessions and annual session of 2010"],
    # tests/ingest_eval/pristine/E_2010_34_Rev.1-E_ICEF_2010_7_Rev.1.txt (UNICEF's Executive Board, in the Official
    # Records), its contents' "Part one First regular session of 2010" near the masthead
    rejects=["Report on the first regular session of 2010", "Report of the Board on its second session"],
    flags=re.IGNORECASE)
"""A title naming several sessions of its own ("the first and second regular sessions"): a report of them all."""


def _sessions_in_title(cover: Cover) -> None:
    """A cover whose title names several sessions of its own is of none of them alone: its session's number and
    dates are not known (not the first of them, which a contents line near the masthead prints)."""
    if cover.title is not None and cover.session_number is not None and TITLE_OF_SESSIONS.search(cover.title.text):
        cover.session_number, cover.session_word, cover.dates, cover.venue = None, None, None, None
        cover.several_sessions = True


REPORT_ON_SESSION = patterns.define(
    "cover.report_on_session", r"""
    (?<![\w.])(?-i:Report|REPORT|Informe|INFORME|Rapport|RAPPORT)[ \t]+(?:on|sobre|sur)[ \t]+(?:the|el|la)[ \t]+
    (?P<ord>""" + ORDINAL + "|" + local_words(TITLE_ORDINALS) + r"""|\d{1,3}[ \t]*(?:°|º|e|ème|er)?)[ \t]+
    (?P<kind>session|período[ \t]+de[ \t]+sesiones|reunión|réunion)(?!\w)
    (?:[ \t]*\((?P<dates>[^()\n]{6,60})\))?""",
    examples=[("Commission on Science and Technology for Development Report on the nineteenth session (9-13 May 2016) "
               "Economic and Social Council", {"ord": "nineteenth", "dates": "9-13 May 2016"}),
              # tests/ingest_eval/pristine/E_2016_31-E_CN.16_2016_4.txt
              ("Comisión de Estadística Informe sobre el 46° período de sesiones", {"ord": "46°"}),
              # tests/ingest_eval/pristine/E_2015_24-E_CN.3_2015_40_es.txt
              ("Report on the eighth session(23-27 May 2005)", {"ord": "eighth"})],
    # tests/ingest_eval/pristine/E_2005_31-E_CN.16_2005_5.txt, its spaces lost
    rejects=["Report on the first and second regular sessions and annual session of 2014",
             "the report on the twentieth session", "Report of the Commission on its twentieth session"],
    flags=re.IGNORECASE)
"""The title of a functional commission's report in the Council's Official Records, "Report on the nineteenth
session (9-13 May 2016)", on the cover's first lines: the session the report is of, and its dates in parentheses."""
REPORT_ON_SESSION_CHARS = 1500  # such a cover's title stands this close to the text's start


def _report_on_session(cover: Cover, text: str) -> None:
    """The session (and its dates) of an Official Records report's cover that names it in its title ("Report on the
    nineteenth session (9-13 May 2016)"), where no session was read; every such title in the head names the same."""
    if cover.session_number is not None or cover.several_sessions:
        return
    found = list(REPORT_ON_SESSION.finditer(text, 0, REPORT_ON_SESSION_CHARS))
    numbers = {TITLE_ORDINALS.get(m["ord"].lower().translate(HYPHENS)) or ordinal(m["ord"]) for m in found}
    if len(numbers) != 1 or None in numbers:
        return
    m = found[0]
    cover.session_number = numbers.pop()
    cover.session_word = "meeting" if m["kind"].lower() in ("reunión", "réunion") else "session"
    if cover.dates is None and m["dates"]:
        ranges = dates.find_ranges(m["dates"])
        if len(ranges) == 1 and ranges[0].start < ranges[0].end and dates.meeting_length(ranges[0]) \
                and not m["dates"][:ranges[0].span[0]].strip() and not m["dates"][ranges[0].span[1]:].strip():
            at = m.start("dates")
            cover.dates = dates.DateRange(ranges[0].start, ranges[0].end,
                                          (at + ranges[0].span[0], at + ranges[0].span[1]))


UN_FIRST_DAY = date(1945, 6, 26)
"""The day the Charter of the United Nations was signed: no document of the United Nations is dated before it."""


_LATIN_PLACES = [p for p in lexicon.PLACES if not re.search(r"[\u3400-\u9fff]", p)]  # a Chinese place has no comma
KNOWN_PLACE_BEFORE_DATES = patterns.define(
    "cover.known_place_before_dates", r"""
    (?:(?<!\w)|(?<=[a-zà-ÿа-я]))  # a word's start, or a place glued to the word before ("sesionesGinebra")
    (?P<venue>""" + alternation(_LATIN_PLACES) + r""")
    [ \t]*[,،][ \t]*(?:(?:del?|du|le|les|los|el|from|с)[ \t]+)?$""",
    examples=[("Open-ended Intergovernmental Working Group on Asset Recovery Vienna, ",  # fresh/CAC_COSP_WG.2_2018_2
               {"venue": "Vienna"}),
              ("23º período (extraordinario) de sesionesGinebra, ", {"venue": "Ginebra"}),  # novel/E_C.12_2000_6_es
              ("Primer período ordinario de sesiones de 2006 Nueva York, ", {"venue": "Nueva York"})],
    # unread/DP_2006_2_es
    rejects=["Vienna International Centre, ", "Geneva Convention, ", "Vienna, Austria"],
    flags=re.IGNORECASE)
"""The venue printed right before the session's dates on a cover ("Vienna, 6 and 7 June 2018"), a place the lexicons
name (``lexicon.PLACES``): a flattened cover's or a glued line's, where the line reader took the dates alone."""
PLACE_PROBE_CHARS = 40  # how far before the dates a cover's venue is looked for


def _venue_beside_dates(cover: Cover, text: str) -> None:
    """The venue printed right before the session's dates where the line reader took the dates alone: a place the
    lexicons name (:data:`KNOWN_PLACE_BEFORE_DATES`), printed with a capital. Nothing else is taken for a venue."""
    if cover.venue is not None or cover.dates is None:
        return
    start, end = cover.dates.span
    printed = dates.first_range(text[start:end])
    if printed is None or (printed.start, printed.end) != (cover.dates.start, cover.dates.end):
        return  # dates read from a title's words (their span is the title's), not where the text prints them
    before = KNOWN_PLACE_BEFORE_DATES.search(text, max(0, start - PLACE_PROBE_CHARS), start)
    if before is not None and before["venue"][:1].isupper():
        cover.venue = before["venue"]


LABELLED_DATE = patterns.define(
    "cover.labelled_date", r"""
    ^[ \t]*(?:[EFSARC](?=Date))?          # the language's letter printed in its box before the label ("EDate:")
    (?:Date|Fecha|Дата)[ \t]*:[ \t]*
    (?P<date>\d{1,2}[ \t]+[^\W\d]+[ \t]+\d{4})    # one day
    [ \t]*(?:\n[ \t]*)*(?=(?:Distribution|Distribución|Распространение)[ \t]*:)""",
    examples=[("Document: EB/110/Rev.1\n\nEDate: 8 April 2014Distribution: PublicOriginal: English",
               {"date": "8 April 2014"}),  # sealed/IFAD_EB_110_Rev.1.txt, lines 36-38
              ("Cote du document: EB/106/Rev.1\n\nFDate: 13 décembre 2012\n\nDistribution: Publique",
               {"date": "13 décembre 2012"})],  # pristine/IFAD_EB_106_Rev.1_fr.txt, lines 25-29
    rejects=["Date: 8 April 2014\n\nVenue: Rome", "Date and venue of the session\nDistribution: Public",
             "Date: 20-21 September 2012\nDistribution: Public"],
    flags=re.MULTILINE)
"""A masthead's date under its label, over its "Distribution:" field (IFAD's "Date: 8 April 2014" / "Distribution:
Public", its language's letter glued before the label): the document's date of distribution."""
LABELLED_DATE_CHARS = 3000  # how far into a text a masthead's labelled date is looked for


def _labelled_distribution_date(cover: Cover, text: str) -> None:
    """The document's distribution date from its masthead's labelled date (:data:`LABELLED_DATE`), where no other
    was read: one day, printed over the masthead's "Distribution:" field."""
    if cover.distribution_date is not None:
        return
    m = LABELLED_DATE.search(text, 0, LABELLED_DATE_CHARS)
    if m is None:
        return
    on = dates.first_range(m["date"])
    if on is not None and on.start == on.end and on.span == (0, len(m["date"])):
        cover.distribution_date = on.start


def _implausible_dates(cover: Cover) -> None:
    """A cover date before :data:`UN_FIRST_DAY` is a misread, never the document's ("18 mars 1908" for 1998, a
    scan's year, tests/ingest_eval/untouched/UNEP_CHW.4_35_fr.txt): unknown."""
    if cover.distribution_date is not None and cover.distribution_date < UN_FIRST_DAY:
        cover.distribution_date = None
    if cover.dates is not None and cover.dates.start < UN_FIRST_DAY:
        cover.dates = None
    cover.page_dates = [d for d in cover.page_dates if d >= UN_FIRST_DAY]


FLAT_KIND_LINE = patterns.define(
    "cover.flat_kind_line", r"""
    (?<=[^\W\d_])[ \t]+(?P<kind>(?=(?-i:[A-ZА-Я]))(?:""" + alternation(KIND_LINES) + r""")[ \t]*\*?)
    (?=[ \t]+(?:[IVX]{1,4}|[A-H]|\d{1,2})\.[ \t]|[ \t]*$)""",
    examples=[("Renseignements à l intention des participants Note du Secrétariat I. Généralités 1. Par sa",
               {"kind": "Note du Secrétariat"})],  # tests/ingest_eval/sealed/A_CONF.223_INF_1_fr.txt, flattened
    rejects=["as set out in the note by the Secretariat (A/CONF.223/1). I. The",
             "Renseignements à l intention des participants Note du Secrétariat sur les pouvoirs"],
    flags=re.IGNORECASE | re.MULTILINE)
"""A kind line on a flattened cover: its words, capitalised, after the title's last word and before the text's first
numbered heading ("... des participants Note du Secrétariat I. Généralités ...") or at its line's end."""

_CHECK_BOX = re.compile(r"[☐☑☒]")
"""A form's check box: a line with one is a masthead's field ("Pre-session public release: ☒", IMO's masthead,
tests/ingest_eval/sealed/MSC_107_1.txt), never the title."""
STANDING_ITEM_HEADING = patterns.define(
    "cover.standing_item_heading", r"""
    ^(?:Consideration[ \t]+of[ \t]+reports[ \t]+submitted[ \t]+by[ \t]+States[ \t]+parties[ \t]+under[ \t]+article
     |Examen[ \t]+des[ \t]+rapports[ \t]+(?:présentés|soumis)[ \t]+par[ \t]+les[ \t]+États[ \t]+parties[ \t]*en[ \t]+
       application[ \t]+de[ \t]+l[’']article
     |Examen[ \t]+de[ \t]+los[ \t]+informes[ \t]+presentados[ \t]+por[ \t]+los[ \t]+Estados[ \t]+partes[ \t]+
       (?:en[ \t]+virtud[ \t]+del|con[ \t]+arreglo[ \t]+al|de[ \t]+conformidad[ \t]+con[ \t]+el)[ \t]+artículo
     |Рассмотрение[ \t]+докладов,?[ \t]+представленных[ \t]+государствами-участниками[ \t]+в[ \t]+соответствии[ \t]+со
       [ \t]+статьей)
    [ \t]+\d{1,2}\b""",
    examples=["Examen des rapports soumis par les États partiesen application de l’article 18 de la Conventionsur "
              "l’élimination",  # tests/ingest_eval/sealed/CEDAW_PSWG_64_report_fr_nosymbol.txt, its words run together
              "Examen des rapports présentés par les États parties en application de l’article 18 de la Convention",
              "Consideration of reports submitted by States parties under article 18 of the Convention"],
    rejects=["Rapport du groupe de travail d’avant-session",
             "Report on the consideration of reports submitted by States parties under article 18"])
"""The standing item of a treaty body's sessions ("Consideration of reports submitted by States parties under
article 18 of the Convention"), printed on a report's cover over the report's own title: the item, not the title."""


POSTING_LINE = patterns.define(
    "cover.posting_line", r"""
    ^[ \t]*(?:(?:Posted|Published|Publié|Publicado|Опубликовано)\b.*       # "Posted on 3 May 2019 by ..."
     |(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d{2}
      [ \t]*\|[ \t]*\S.*                                                  # "Jul 29, 2019 | Documents"
     |(?i:advertisement|publicité|publicidad|реклама)[ \t]*)$""",          # the slot of its advertisement
    examples=["Jul 29, 2019 | Documents",  # tests/ingest_eval/unseen/CITES_CoP18_working_programme_nosymbol.txt
              "Posted on 12 March 2020 by admin",
              "advertisement"],  # tests/ingest_eval/untouched/CRPD_C_11_decisions_nosymbol.txt, under the headline
    rejects=["Geneva, 17 – 28 August 2019", "29 July 2019", "Distr.: General 29 July 2019",
             "Advertisement of vacancies"],
    flags=re.MULTILINE)
"""A news site's line under its headline: the date it posted the page and its category, "Posted
on ... by ...", or the slot of an advertisement: the line above is the site's headline, not a masthead's title."""
_HEADLINE_TITLE = re.compile(r":[ \t]+(?P<title>[A-Z][^:]{2,200})$")


def _site_headline(cover: Cover, text: str) -> None:
    """A title a news site's posting line follows is the site's headline, not the document's title.
    When the headline joins the meeting, its place and dates and the document's title with a colon
    ("Eighteenth meeting of the Conference of the Parties Geneva (Switzerland), 17 – 28 August 2019:
    ADOPTION OF THE WORKING PROGRAMME"), the words after the colon that follows the session's dates are
    the title; else there is none."""
    title = cover.title
    if title is None:
        return
    after = POSTING_LINE.match(text, title.end + 1) if title.end < len(text) else None
    if after is None:
        after = next((m for m in [POSTING_LINE.match(text, ln.start) for ln in lines(text, title.end)[:2]
                                  if ln.text] if m is not None), None)
    if after is None:
        return
    rest = _HEADLINE_TITLE.search(title.text)
    found = dates.find_ranges(title.text)
    if rest is not None and found and title.text[found[-1].span[1]:rest.start()].strip() == "":
        at = title.start + rest.start("title")
        cover.title = Span(at, at + len(rest["title"]), rest["title"])
    else:
        cover.title = None


CHROME_LINES = 12  # a web page's own lines before a document's first cover line are at most this many
_DOWNLOAD_WORD = r"(?:Download|Télécharger|Descargar|Скачать)"
_DOWNLOAD_AS = r"[ \t]+(?:as|en|como|в)[ \t]+\w+(?:[ \t]+(?:or|ou|o|или)[ \t]+\w+)?"
"""A mirror's download button ("Download as pdf or txt"): its verb and the formats it offers, which
:data:`MIRROR_CHROME` and :data:`DOWNLOAD_BUTTON` share."""
MIRROR_CHROME = patterns.define(
    "cover.mirror_chrome", r"""
    ^[ \t]*(?:
      (?:Academic\s+year|Année\s+académique|Año\s+académico):?\s*(?:19|20)\d{2}(?:[-/]\d{2,4})?  # page fields
     |(?:Download|Share|Partager|Télécharger|Descargar|Compartir|Скачать|Поделиться)(?:[ \t]+".*")?  # its buttons
     |""" + _DOWNLOAD_WORD + _DOWNLOAD_AS + r"""
     |Copied!|N/A|Protected|(?:Size|Tamaño|Dimension|Размер):\s*px
     |Home|Accueil|Inicio|Главная|Menu|Menú                # its navigation's first link, alone on its line
     |(?:Fermer|Close|Cerrar)[ \t]+[\w \t]{0,20}icon[ \t]+close     # a site's menu: its close button's icon,
     |Search[ \t]+form|Formulaire[ \t]+de[ \t]+recherche|Formulario[ \t]+de[ \t]+búsqueda  # its search box,
     |(?:Recherchez|Rechercher|Search[ \t]+for|Find|Buscar|Busque)[ \t]+(?:un|a|una)[ \t]+
      (?:site[ \t]+de[ \t]+pays|country[ \t]+site|sitio[ \t]+de[ \t]+país)\.?     # ... its prompt,
     |(?:Profil|Site[ \t]+web)[ \t]+du[ \t]+pays|Country[ \t]+(?:profile|website)  # and its country links
     |(?:Perfil|Sitio[ \t]+web)[ \t]+del[ \t]+país
     |(?:Description|Descripción)[ \t]*:[ \t]*\S.{0,40}      # and the label its page gives the document
     |(?:Upload(?:ed)?(?:[ \t]+by)?|Subido[ \t]+por|Mis[ \t]+en[ \t]+ligne[ \t]+par):[ \t]*\S.*  # the uploader's name
     |Post[ \t]+on[ \t]+\d{1,2}-[A-Za-z]{3}-\d{4}          # and the day of the upload
     |\d[\d,.]*[ \t]+(?:views|vistas|vues|просмотр\w*)      # its counter of views
     |Start\s+display\s+at\s+page:?|Comenzar\s+la\s+demostración\s+a\s+partir\s+de\s+la\s+página:?
     |Commencer\s+à\s+balayer\s+dès\s+la\s+page:?
     |Transcription|Transcripción|Texte\s+intégral|Texto\s+completo|Full\s+text|Полный\s+текст|전체\s+글
     |Texto                                               # (a Portuguese mirror's tab, alone on its line)
     |(?:No\s+results\s+found|Aucun\s+résultat\s+trouvé|No\s+se\s+han\s+encontrado\s+resultados  # its search box
       |Nenhum\s+resultado\s+encontrado)
     |You[ \t]+are[ \t]+on[ \t]+page[ \t]*\d+[ \t]*of[ \t]*\d+        # a viewer's page counter
     |Total[ \t]+Pages?[ \t]*:[ \t]*\d+                              # ... and its file's fields
     |File[ \t]+Type[ \t]*:[ \t]*\w+(?:[ \t]*,[ \t]*Size[ \t]*:[ \t]*[\d.,]+[ \t]*[KMG]?i?B)?
     |Embed[ \t]+Size[ \t]*\(px\)|Citation[ \t]+preview             # a slide site's embed widget
     |\(\d{1,3}\)|\d{1,6}                                 # a page marker "(1)", a counter of pages or views
     |[A-Z][A-Za-z0-9.]*(?:_[A-Za-z0-9.]+)+_[A-Z]{2}      # the UN alignment tool's bitext: its file's name (the
                                                          # symbol's segments, its two languages' letters),
     |Correct[ \t]+misalignment[ \t].*                    # its buttons and its corrector,
     |.*?\.docx[ \t]*\([A-Za-z]+\).*                        # the Word files it aligned, their languages
    )[ \t]*$""",
    examples=["Academic year: 2022", 'Partager "Réunion du Conseil exécutif de l’OMS (Visioconférence)"',
              "Texte intégral", "Copied!", "(1)", "191", "Size: px",  # tests/ingest_eval/unseen/EB147_1_annotated.txt
              "You are on page 1of 3",  # tests/ingest_eval/sealed/MSC_107_1.txt
              "Texto", "Nenhum resultado encontrado",  # tests/ingest_eval/unopened/CD29_5.txt (a Portuguese mirror)
              "Download as pdf or txt",  # tests/ingest_eval/unread/A_AC.105_C.1_L.385_Add.3.txt (scribd's button)
              "Home",  # tests/ingest_eval/untouched/UNEP_CHW.4_35_fr.txt, before "Nations Unies"
              # tests/ingest_eval/untouched/UNESCO_39_C_2_Prov.Rev_es.txt, under its flattened masthead
              "Upload: dinhlien", "Post on 01-Feb-2018", "218 views",
              # tests/ingest_eval/pristine/ECE_CEP_22_outcomes_2017_nosymbol.txt (docslib), under the page's title
              "Total Page:16", "File Type:pdf, Size:1020Kb",
              # tests/ingest_eval/pristine/WMO_EC-LXII_abridged_final_report_WMO-No.1059.txt (pdfslide)
              "Embed Size (px)", "Citation preview",
              # tests/ingest_eval/unread/EC_46_SC_CRP.27_fr.txt (UNHCR's French site, source:
              # https://www.unhcr.org/fr/%C3%A9ditions/projet-de-rapport-de-la-reunion-des-10-et-11-avril-1996-du-comite-permanent)
              "Fermer sites icon close", "Search form", "Recherchez un site de pays.", "Profil du pays",
              "Site web du pays",
              "Description : 4ème réunion",  # tests/ingest_eval/unread/EC_46_SC_CRP.42_fr.txt, under the date
              # tests/ingest_eval/unread/A_AC.109_2019_L.18_en-ar.txt, the alignment tool's header over the bitext
              "A_AC_109_2019_L_18_EA",
              "Correct misalignment Corrected by Fatima.Es-Sbai on 11/22/2019 12:41:51 AM Original version Change "
              "languages order",
              "A/AC.109/2019/L.18 1910268E.docx (ENGLISH)A/AC.109/2019/L.18 1910268A.docx (ARABIC)"],
    rejects=["147th session 15 May 2020", "Home-grown terrorism", "Menu of options", "Provisional agenda (annotated) 1",
             "Search for durable solutions", "Country profiles of refugee situations", "Close the gap",
             "Distr.: General 15 June 2021",
             "Share of the regular budget", "Total pages of the report: see annex", "File Type and Size",
             "A/AC.109/2019/L.18A/AC.109/2019/L.18", "Correct the misalignment of the columns", "E_2019_53"],
    flags=re.IGNORECASE)
"""A line of a document mirror's page around the text it copies (123dok, docplayer, 1library,
lawsdocbox ...): its page fields ("Academic year: 2022", "N/A", "Protected"), its buttons ('Partager
"..."', "Download"), the counters of pages and views, the word that opens the copied text
("Transcription", "Texte intégral"), a page marker "(1)"; the UN alignment tool's header over a bitext (its file's name,
"Correct misalignment Corrected by ...", the Word files aligned). Never a field or the title of the document."""
_MIRROR_BUTTON = re.compile(r'^[ \t]*(?:Download|Share|Partager|Télécharger|Descargar|Compartir|Скачать)[ \t]+'
                            r'"(?P<title>[^"\n]+)"[ \t]*$', re.MULTILINE)


SITE_TITLE = patterns.define(
    "cover.site_title", r"""
    ^[ \t]*[^\s–—|][^–—|]*?(?:[ \t]+[-–—|][ \t]+[^\s–—|][^–—|]*?){2,}[ \t]*$  # three pieces or more, spaced dashes""",
    examples=["Executive council - Sixty-second session - WMO Library",
              # tests/ingest_eval/pristine/WMO_EC-LXII_abridged_final_report_WMO-No.1059.txt (pdfslide's <title>)
              "GA 55th regular session – Organization/adoption of agenda/allocation of items – SecGen memo"],
    # tests/ingest_eval/pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt (UNISPAL's own title for its page)
    rejects=["Geneva, 17 – 28 August 2019", "Report of the Committee - Addendum", "Sharm el-Sheikh, 13-17 December",
             "Item 3 – Election of officers"])
"""A web page's own title for the page before a document's cover: its pieces (the document's body, session, kind, the
site's name) set apart by spaced dashes or bars, three or more, as a site's title bar and index print them; a cover's
title is one phrase, never so pieced. Only a line of at most :data:`FLAT_TITLE_CHARS` is so read (:func:`page_chrome`):
a longer one is a cover flattened onto one line, whose address or venue may print spaced dashes too ("Convention on
Migratory Species Office - Abu Dhabi ... Environment Agency - Abu Dhabi", tests/test_ingest_round12_cover.py)."""


DOWNLOAD_BUTTON = patterns.define(
    "cover.download_button", r"""
    ^[ \t]*""" + _DOWNLOAD_WORD + "(?:" + _DOWNLOAD_AS + r")?[ \t]*$",
    examples=["Download as pdf or txt",  # tests/ingest_eval/unread/A_AC.105_C.1_L.385_Add.3.txt (scribd)
              "Download", "Télécharger en pdf"],
    rejects=["Download the report", "Downloaded from the UN site", "Share"])
"""A mirror's download button, alone on its line ("Download as pdf or txt", scribd's): the line over it is the
mirror's own title for its page ("AC105 C1 L285Add03E", a file's name, its number misprinted), never the title's
position on the document's masthead, printed after the page's chrome."""


def _over_button(line: Span, text: str) -> bool:
    """Whether the next line of the text after ``line`` is a mirror's download button (:data:`DOWNLOAD_BUTTON`)."""
    nxt = next((ln for ln in lines(text, line.end, line.end + CHROME_BUTTON_CHARS) if ln.text.strip()), None)
    return nxt is not None and DOWNLOAD_BUTTON.match(nxt.text) is not None


def page_chrome(line: Span, text: str) -> bool:
    """Whether a line before a document's cover is a document mirror's page chrome: a line of
    :data:`MIRROR_CHROME`, or the mirror's own title for the page, which its share or download button
    repeats after it ('Partager "Réunion du Conseil exécutif ..."'): the site's name for the page
    (a news headline, a user's label), never the title's position on the document's masthead."""
    if MIRROR_CHROME.match(line.text):
        return True
    if len(line.text) > FLAT_TITLE_CHARS:
        return False
    if SITE_TITLE.match(line.text) or _over_button(line, text):
        return True
    t = " ".join(line.text.split())
    return any(" ".join(m["title"].split()) == t
               for m in _MIRROR_BUTTON.finditer(text, line.end, line.end + CHROME_BUTTON_CHARS))


def _unaccented(text: str) -> str:
    """``text`` without its accents, its case or its spacing: what a title in capitals keeps of its words. Letters of
    every script are kept (:func:`_plain` drops the marks only): a Russian title is never "" to match any line."""
    return " ".join(_plain(text).casefold().split())


def _accented_copy(cover: Cover, text: str) -> None:
    """A title in capitals that a web page prints first in small letters, before the document's masthead
    ("Projet de rapport de la réunion des 10 et 11 avril 1996 du comité permanent" / ... / "PROJET DE RAPPORT DE LA
    REUNION DES 10 ET 11 AVRIL 1996 DU COMITE PERMANENT", tests/ingest_eval/unread/EC_46_SC_CRP.27_fr.txt; with
    the capitals' next line, "... COMITE PERMANENT" / "(25-27 JUIN 1996)", EC_46_SC_CRP.42_fr.txt): the page's line,
    which keeps the accents the capitals lost, is the title; the same words, never others."""
    title = cover.title
    if title is None or any(c.islower() for c in title.text) or not any(c.isupper() for c in title.text):
        return
    wanted = {_unaccented(title.text)}
    after = next((ln for ln in lines(text, title.end, title.end + FLAT_TITLE_CHARS) if ln.text.strip()), None)
    if after is not None and not any(c.islower() for c in after.text):
        wanted.add(_unaccented(title.text + " " + after.text))  # "... COMITE PERMANENT" / "(25-27 JUIN 1996)"
    for line in lines(text, 0, title.start):
        if line.text.strip() and any(c.islower() for c in line.text) and _unaccented(line.text) in wanted:
            cover.title = Span(line.start, line.end, line.text)
            _from_title(cover)
            return


def _reprinted(page_title: Span, text: str) -> Span | None:
    """Where the text a mirror copied prints its page's title again, after the page's chrome ("Report
    of the Conference of the Parties on its eleventh session, held at Montreal ..." after the masthead
    of a flattened transcription; "COORDINATION OF THE WORK OF" / "THE WORLD HEALTH ASSEMBLY, ..."):
    the mirror took it from the document's title, and there it is the title. None when it is not
    printed again (a news site's headline, a user's label for the page)."""
    button = _MIRROR_BUTTON.search(text, page_title.end)
    if button is None:
        return None
    words = page_title.text.split()
    m = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)").search(text, button.end())
    return Span(m.start(), m.end(), m.group(0)) if m is not None else None


CHROME_BUTTON_CHARS = 400  # a mirror's button repeats its page's title within this many characters after it


def _several_sessions(cover: Cover, text: str, all_lines: list[Span]) -> None:
    """A cover that prints the session lines of several sessions of its own ("Quatre-vingtième session" of the
    Assembly's Official Records over a committee's "113e session" and "(5-23 août 2024)114e session(...)115e
    session(...)", tests/ingest_eval/unseen/A_80_18_fr.txt): which of them the document is of the cover does not
    say, so neither its number nor its dates are read. So too a cover flattened onto one line that prints several
    sessions with their dates ("... Familiares 13º período de sesiones (22 de noviembre a 3 de diciembre de 2010) 14º
    período de sesiones (4 a 8 de abril de 2011) ...", tests/ingest_eval/unread/A_66_48_es.txt;
    :func:`~mandategraph.ingest.masthead.dated_session_numbers`): within the cover, never the prose after it."""
    if cover.session_number is None:
        return
    numbers = set()
    for ln in all_lines:
        if ln.start >= cover.end:
            break
        whole = LOCAL_SESSION.fullmatch(ln.text) or _SESSION_LINE.match(ln.text)
        found = [whole] if whole is not None else (list(LOCAL_SESSION.finditer(ln.text)) if _fields_only(ln.text)
                                                   else [])
        if not found:
            # a cover flattened onto one line, its title and its sessions' fields run together: the sessions it
            # prints with their dates, up to where the cover ends
            numbers |= dated_session_numbers(text, ln.start, min(ln.end, cover.end))
        for m in found:
            value = m.groupdict().get("ord") or m.groupdict().get("local") or m.groupdict().get("num")
            number = ordinal(value) if value and not value.isdigit() else (int(value) if value else None)
            if number is not None:
                numbers.add(number)
    if len(numbers) > 1:
        cover.session_number, cover.session_word, cover.dates, cover.venue = None, None, None, None
        cover.several_sessions = True


MEETING_LINE = patterns.define(
    "cover.meeting_line", r"""
    ^[ \t]*(?:\d{1,4}[ \t]*(?:st|nd|rd|th|e|a|ª|-?я|-?е)[ \t]+(?:(?i:plenary)[ \t]+)?(?i:meeting)
     |\d{1,4}[ \t]*(?:a|ª)[ \t]+(?i:sesión[ \t]+plenaria)|\d{1,4}[ \t]*e[ \t]+(?i:séance[ \t]+plénière)
     |\d{1,4}-?е[ \t]+(?i:пленарное[ \t]+заседание)
     |(?i:(?:plenary[ \t]+)?meeting)[ \t]+\d{1,4})[ \t]*$""",
    examples=["12th plenary meeting",  # tests/ingest_eval/sealed/E_RES_1991_social_development_cooperation_nosymbol.txt
              "995th Plenary Meeting", "58a sesión plenaria", "1416th Plenary Meeting",
              "Meeting 50"],  # tests/ingest_eval/pristine/ECOSOC_res_1984-07-27_ECWA_structure_nosymbol.txt
    rejects=["Strategies for social development cooperation", "Twelfth meeting of the Conference",
             "12th plenary meeting of the Assembly"])
"""The line of a resolution's transcription that names the meeting that adopted it ("12th plenary meeting", "Meeting
50" under "27 July 1984"): a field of the mandate, printed before or after its date, never part of its title nor a
session's line (the Council's 50th plenary meeting, not its fiftieth session)."""

_NOTATION_LEAD = patterns.define(
    "cover.notation_lead", r"""
    ^(?P<notation>(?:19|20)\d{2}/\d{1,4}[ \t]*(?:[A-Z][ \t]*)?\((?:[IVXLC]+|ORG-\d{2})\)(?:[ \t]*[A-Z](?![a-z]))?)
    \.[ \t]*(?:\|[ \t]*)?
    (?P<title>[A-Z][^|]*?)(?:\*+/?)?[ \t]*(?:\|[ \t]*)?$""",
    examples=[("1957/667(XXIV)E.Draft Single Convention on narcotic drugs",  # sealed/E_RES_667_XXIV_E_nosymbol
               {"notation": "1957/667(XXIV)E", "title": "Draft Single Convention on narcotic drugs"}),
              ("1966/1104(XL).Report of the Commission on Narcotic Drugs*/",  # sealed/E_RES_1104_XL_nosymbol
               {"notation": "1966/1104(XL)", "title": "Report of the Commission on Narcotic Drugs"}),
              # a decision of the Council's organizational session, its table's cells bordered by pipes
              # (tests/ingest_eval/novel/E_DEC_1975_65_ORG-75_nosymbol.txt)
              ("1975/65(ORG-75). | Rationalization of the work of the Council and its subsidiary bodies |",
               {"notation": "1975/65(ORG-75)",
                "title": "Rationalization of the work of the Council and its subsidiary bodies"})],
    rejects=["Report of the Commission on Narcotic Drugs", "2019/53 of the Council",
             "1975/65(ORG-75). | Rationalization of the work | of the Council |"])
"""A resolution's notation run into its title on a transcription of the Council's resolutions ("1957/667(XXIV)E."
before "Draft Single Convention ..."; the year, the number, the session in roman numerals or the organizational
session's "ORG-75", the part letter), and a footnote's mark after the title ("*/"): the notation is the mandate's,
the rest its title; on a table's row, the notation's cell and the title's, one cell each between pipes."""


PREAMBLE_OPENER = patterns.define(
    "cover.preamble_opener", r"""
    ^[ \t]*The[ \t]+(?-i:[A-Z])[\w-]*(?:[ \t]+(?:(?-i:[A-Z])[\w-]*|and|of|on|for|the))*,[ \t]*$""",
    examples=["The Economic and Social Council,",  # tests/ingest_eval/novel/E_RES_1985_20_nosymbol.txt
              "The General Assembly,"],
    rejects=["The Economic and Social Council decided,", "The Council, at its 1937th meeting,",
             "Ensuring the timely distribution of conference documents"])
"""The line a resolution's text opens with, its adopter alone and a comma ("The Economic and Social Council,")."""


def _title_over_preamble(cover: Cover, text: str) -> None:
    """A resolution's transcription, one resolution alone (one meeting line, one preamble's opening): its meeting
    line (:data:`MEETING_LINE`, "23rd plenary meeting"), its title, the opening of its preamble ("The Economic and
    Social Council,"), each a line of its own. Its title is that line, never what a web page prints before the
    meeting line (a site's name and menu, "Radicali.it - sito ufficiale di Radicali Italiani",
    tests/ingest_eval/novel/E_RES_1985_20_nosymbol.txt)."""
    spans = [ln for ln in lines(text) if ln.text]
    meetings = [k for k, ln in enumerate(spans) if MEETING_LINE.match(ln.text)]
    openers = [k for k, ln in enumerate(spans) if PREAMBLE_OPENER.match(ln.text)]
    if len(meetings) != 1 or len(openers) != 1 or openers[0] != meetings[0] + 2:
        return
    line = spans[meetings[0] + 1]
    if cover.title is not None and cover.title.start >= spans[meetings[0]].start:
        return  # a title read after the meeting line: the reader's own
    if line.text.rstrip().endswith((".", ",", ";", ":")) or not bounded_title(line.text):
        return
    cover.title = line


def _beside_meeting_line(all_lines: list[Span], i: int) -> bool:
    """Whether line ``i`` (a lone date) stands right under or over a meeting line: "995th Plenary Meeting" /
    "1 August 1957" on a transcription of the Council's resolutions (tests/ingest_eval/sealed/
    E_RES_667_XXIV_E_nosymbol.txt) is the day of the meeting that adopted it, never the document's distribution."""
    return any(0 <= j < len(all_lines) and MEETING_LINE.match(all_lines[j].text) for j in (i - 1, i + 1))


def _notation_before_title(cover: Cover) -> None:
    """A title led by a resolution's notation (:data:`_NOTATION_LEAD`): the notation is kept apart
    (``cover.notation``), the title is the words after it."""
    title = cover.title
    m = _NOTATION_LEAD.match(title.text) if title is not None else None
    if title is None or m is None:
        return
    cover.notation = m["notation"]
    at = title.start + m.start("title")
    cover.title = Span(at, at + len(m["title"]), m["title"])


def _session_before_title(cover: Cover) -> None:
    """A session line run on before the title on its line ("Quarante-deuxième session COMPTE RENDU ANALYTIQUE
    (PARTIEL) DE LA 8 e SÉANCE", E/C.12/2009/SR.8): a cover field, not the title's words; the title is the
    heading after it, and the session's number is read from it where none was."""
    title = cover.title
    if title is None:
        return
    m = LOCAL_SESSION.match(title.text) or _SESSION_AT_START.match(title.text)
    if m is None or not m["ord"]:
        return
    rest = title.text[m.end():]
    lead = len(rest) - len(rest.lstrip())
    words = rest.split()
    if not lead or len(words) < 2 or not all(w.isupper() or not w.isalpha() for w in words[:2]):
        return  # only a heading in capitals after it says where the title begins
    number = ordinal(m["ord"])
    if cover.session_number is None and number is not None:
        cover.session_number = number
        kind = m["kind"].lower()
        cover.session_word = LOCAL_SESSION_WORDS.get(kind, kind)
    at = title.start + m.end() + lead
    cover.title = Span(at, title.end, title.text[m.end() + lead:])


def _after_page_chrome(text: str, all_lines: list[Span], registry: Registry | None) -> int:
    """Where the cover begins: 0, unless the text's first line would end the cover before anything
    was read (a web page's title run on into a sentence: "Agenda and annotations in English -
    Advance Edited … · Web view 9.Racism, ..."); then the first of the next lines that is a cover
    field (a body, session, symbol or "Distr." line), so that the lines between, page chrome, are
    never read as the document's title. No such line: 0, and nothing changes."""
    if not all_lines or _STRUCTURAL.match(all_lines[0].text) or not _structural(all_lines[0].text, Cover()):
        return 0  # a document's own first heading ("Resolution 9/1") is no page chrome
    for j in range(1, min(len(all_lines), CHROME_LINES)):
        if _cover_line(Cover(), all_lines, j, registry, False, text):
            return j
    return 0


def _from_masthead(cover: Cover, text: str) -> None:
    """The fields the lines did not give, read from the masthead's own words wherever the line breaks
    fall (:mod:`~mandategraph.ingest.masthead`): a flattened or interleaved cover, a symbol sharing its
    line, a treaty body's block of lines before the symbol; then the title printed after them."""
    reach = read_masthead(text, cover)
    ends = list(reach.ends)
    if reach.item_end is not None and cover.item is not None and cover.title is None:
        found = _agenda_title_after(text, reach.item_end)
        if found is not None:
            cover.title, item_title = found
            ends.append(cover.title.end)
            if item_title is not None and len(cover.item.notations) == 1 and "(" not in cover.item.notations[0]:
                cover.item.title = item_title  # "Item 1 ... ADOPTION OF THE AGENDA Provisional agenda ..."
    if reach.item_end is not None and cover.item is not None and cover.item.title is None \
            and len(cover.item.notations) == 1 and not re.search(r"[(.]", cover.item.notations[0]):
        # (a sub-item's line holds its item's title and its own: "Item 2 (c) of the provisional agenda
        # Organizational matters Adoption of the agenda", dev/FCCC_CP_2009_1)
        cover.item.title = _item_title_ending_line(text, reach.item_end) or _item_title_before_compilation(
            text, reach.item_end)
        if cover.item.title is not None:
            ends.append(cover.item.title.end)
    local = _flat_heads_after(cover, text, max(ends)) if ends and cover.title is None and cover.symbol else []
    if ends and cover.title is None and (cover.symbol or cover.distribution_date):
        # after the last field, else after an earlier one (the session line of a copy of the masthead
        # printed before the field found last)
        end = next((e for e in (_genre_title_after(cover, text, at) for at in sorted(set(ends), reverse=True))
                    if e is not None), None)
        if end is not None:
            local.append(end)
            _from_title(cover)  # "... sobre su quinto período de sesiones, celebrado en ... del 25 al 29 de ..."
    if ends and cover.end < max(ends):
        cover.end = _line_end(text, max(ends))
    if local:  # the heading ends the cover, on a flattened page too
        cover.end = max(local)


FLAT_GENRE_TITLE_CHARS = 400  # a title read from a flattened cover by its genre's words is at most this long
_FLAT_GENRE_TITLE_END = patterns.define(
    "cover.flat_genre_title_end", r"""
    \s*\*{0,3}\s*
    (?:(?<=\*)                                            # a footnote mark right after the title's last word
     |(?<=\s)(?=(?:Índice|Indice|Contents|CONTENTS|Table\s+des\s+mati[èe]res|TABLE\s+DES\s+MATI[ÈE]RES|Sommaire
                |Содержание|СОДЕРЖАНИЕ)\b                   # the contents' heading
                |(?:Paragraphes|Paragraphs|Párrafos|Пункты)\s+(?:(?:Pages?|Página|Стр)\b|(?:[IVX]+|1)\.\s*[A-ZÀ-ÞА-Я])
                                                   # or its column heads, the page's or the first section after them
                |(?:[IVX]+|1)\.\s*[A-ZÀ-ÞА-Я]              # the first section or paragraph: "I. Introduction", "1. The"
                |(?:Note|Nota|Записка)\s+(?:by|de|du|del)\b  # its kind line: "Note by the Secretariat"
                |(?:Adición|Addendum|Additif|Добавление|Corrigendum|Rectificatif|Corrección|Исправление)\b
                |(?:Primera|Segunda|Tercera)\s+parte\b|(?:Premi[èe]re|Deuxi[èe]me|Troisi[èe]me)\s+partie\b
                |Part\s+(?:one|two|three)\b|Часть\s+(?:первая|вторая|третья)\b  # an addendum's or a part's line
                |(?:Rapporteur|Rapporteuse|Relator|Relatora|Докладчик)\s*:)  # a draft report's Rapporteur's line
     |(?=[一二三四五六七八九十]+\s*\.|目录))                  # a Chinese section ("一.日期和地点") or contents""",
    examples=[("celebrado en Viena del 6 al 10 de noviembre de 2017 Índice Página I.", {}),  # CAC/COSP/2017/14
              ("REPORT TO THE GENERAL ASSEMBLY ON THE FIFTH SESSION OF THE COUNCIL* Vice-President", {}),  # A/HRC/5/21
              ("Information for participants I. Opening date and venue", {}),  # E/CN.15/2018/INF/1
              ("与会者须知一.日期和地点", {}),  # CTOC/COP/2008/INF/1
              # the column head "Paragraphs" with no "Page" after it (untouched/ECE_TRANS_WP.1_163)
              ("on its seventy-sixth session Paragraphs I. Attendance II. Adoption of the agenda", {}),
              # a part of a report, an addendum (unseen/FCCC_CP_2015_10_es, unseen/FCCC_KP_CMP_2011_10_Add.2_es)
              ("celebrado en París del 30 de noviembre al 13 de diciembre de 2015 Primera parte: Deliberaciones", {}),
              ("celebrado en Durban del 28 de noviembre al 11 de diciembre de 2011 Adición Segunda parte", {}),
              # untouched/FCCC_CP_2015_L.1_ru: the draft report's Rapporteur after its title
              ("о работе ее двадцать первой сессии Докладчик: г -жа Йоханна Лиссингер -Пейтц (Швеция)", {})],
    rejects=["Report of the Working Group on the Smuggling of Migrants"])
"""Where a title read by its genre's words ends on a flattened cover: the contents' heading, the first
section or paragraph, the kind line, or a footnote mark right after its last word."""
_NUMBERED = re.compile(r"(?:^|\s)(?:[IVX]+|\d{1,3}|[A-H])\.\s|[.;:!?。]\s*[A-ZÀ-ÞА-Я]|[。；]")
"""A numbered item or section, or a sentence's end, between the masthead and a heading: the heading is
in the document's body (an item list's "3. Report of the ..."), not its cover's title."""


def _genre_title_after(cover: Cover, text: str, at: int) -> int | None:
    """On a flattened cover, the document's title printed after the masthead's fields (``at``: where
    the last of them ends) and named by its genre's words in any language read ("Informe de la
    Conferencia ... celebrado en Viena del 6 al 10 de noviembre de 2017", "Доклад ...", "Information
    for participants", "与会者须知"), written into ``cover``; it begins in a heading's place within
    :data:`FLAT_HEADS_CHARS` of ``at`` with no numbered item or sentence before it, and ends where
    :data:`_FLAT_GENRE_TITLE_END` finds its end within :data:`FLAT_GENRE_TITLE_CHARS`. Returns where
    it ends, None when no such title is found (no title rather than one run on)."""
    window = at + FLAT_HEADS_CHARS
    for m in GENRE_TITLE.finditer(text, at, window):
        if not _heading_at(text, m.start()) or _NUMBERED.search(text, at, m.start()) \
                or _SECTION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = _FLAT_GENRE_TITLE_END.search(text, m.end(), m.start() + FLAT_GENRE_TITLE_CHARS)
        stop = end.start() if end is not None else None
        if m["words"].isupper():  # a heading in capitals ends where its capitals end, or at its own end
            ends = [x for x in (stop, _capitals_end(text, m.start(), m.start() + FLAT_GENRE_TITLE_CHARS))
                    if x is not None]
            stop = min(ends) if ends else None
        if stop is None or "\n\n" in text[m.start():stop]:
            return None
        title = text[m.start():stop].rstrip(" *")
        if _NUMBERED.search(title) or find_symbols(title):
            return None  # a sentence or another field run on: its end is not known
        gap = text[at:m.start()].strip().lstrip("*").lstrip()  # the agenda's footnote mark after the item heading
        if cover.item is not None and cover.item.title is None and 0 < len(gap) < ITEM_TITLE_CHARS \
                and len(cover.item.notations) == 1 and not _SUB_ITEM.search(cover.item.notations[0]) \
                and gap[:1].isupper() and "\n" not in gap:
            # (not under a sub-item, "Пункт 22 а) повестки дня Завершение работы сессии Утверждение доклада ...",
            # untouched/FCCC_CP_2015_L.1_ru: the item's and the sub-item's titles run together, where one ends unknown)
            lead = text.index(gap, at)  # "Item 2 of the provisional agenda * Overview of ... mandates Progress report"
            cover.item.title = Span(lead, lead + len(gap), gap)
        cover.title = Span(m.start(), m.start() + len(title), title)
        fields = VENUE_DATES_AFTER.match(text, stop) if cover.dates is None else None
        if fields is not None and _venue_dates_at(text, stop):
            # the session's dates after the title in capitals ("... CARIBBEAN Virtual meeting, 26–28 October
            # 2020"): the masthead's; the words before them are not always a place ("Virtual meeting"): no venue
            on = dates.first_range(text[fields.end():fields.end() + VENUE_DATES_CHARS])
            if on is not None:
                cover.dates = dates.DateRange(on.start, on.end, (fields.end() + on.span[0], fields.end() + on.span[1]))
        return stop
    return None


_SUB_ITEM = re.compile(r"\d\s*\(?[^\W\d_]\)")
"""A sub-item's letter after its item's number ("22 а)", "2 (b)")."""
_CONTENTS_WORD = re.compile(r"CONTENTS|СОДЕРЖАНИЕ|SOMMAIRE|ÍNDICE|INDICE")


def _capitals_end(text: str, start: int, limit: int) -> int | None:
    """Where a heading in capitals that begins at ``start`` ends, when its end is printed: before the
    contents' heading, or after its last word in capitals where a footnote mark stood ("... OF THE
    COUNCIL* Vice-President and Rapporteur", the mark blanked by the cleaning: two spaces). Capitals
    that stop before a sentence with no mark between ("(CEFACT) The Centre ...") do not say that the
    heading ends there: None, as when it runs past ``limit``."""
    end = None
    for w in re.finditer(r"\S+", text[start:limit]):
        word = w.group(0).strip("*")
        if _CONTENTS_WORD.fullmatch(word):
            return end
        if any(ch.islower() for ch in word):
            return end if end is not None and (text.startswith(_BLANKED_MARK, end)
                                               or _venue_dates_at(text, end)) else None
        end = start + w.end()
    return None


VENUE_DATES_AFTER = patterns.define(
    "cover.venue_dates_after",
    r"[ \t]+(?P<venue>[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3})[ \t]*,[ \t]*(?=\d{1,2}(?!\d))",
    examples=[(" Virtual meeting, 26–28 October 2020", {"venue": "Virtual meeting"}),  # LC/SES.38/14
              (" Santiago, 22-24 May 2018", {"venue": "Santiago"})],
    rejects=[" The Commission, at its", " virtual meeting, 26"], verbose=False)
"""The venue and the session's dates printed after a flattened cover's title in capitals ("... OF THE ECONOMIC
COMMISSION FOR LATIN AMERICA AND THE CARIBBEAN Virtual meeting, 26–28 October 2020", tests/ingest_eval/untouched/
LC_SES.38_14.txt): a field of the masthead, which ends the title; only where a date range follows
(:func:`_venue_dates_at`)."""
VENUE_DATES_CHARS = 60  # how far after the venue's comma its dates are looked for


def _venue_dates_at(text: str, at: int) -> bool:
    """Whether a venue and a date range (:data:`VENUE_DATES_AFTER`) are printed at ``at``."""
    m = VENUE_DATES_AFTER.match(text, at)
    if m is None:
        return False
    on = dates.first_range(text[m.end():m.end() + VENUE_DATES_CHARS])
    return on is not None and on.span[0] == 0


_BLANKED_MARK = "  "  # a footnote mark glued to a word, blanked by the cleaning (text._STARS): the offsets kept


def _flat_heads_after(cover: Cover, text: str, at: int) -> list[int]:
    """On a flattened cover (in any language read), an agenda's title printed as a heading after the
    masthead, word for word as the lexicons list them ("Annotations to the provisional agenda",
    "Programa provisional y anotaciones", "ORDRE DU JOUR PROVISOIRE ANNOTÉ RÉVISÉ", "临时议程和说明"),
    and the kind line ("Note by the Executive Secretary", "Nota de la Secretaría", "执行秘书的说明");
    returns where they end. Only words printed as a heading count (a capital or a Chinese character
    first, no article before them): "el programa provisional" in prose is not a title."""
    ends = []
    window = at + FLAT_HEADS_CHARS
    kind = next((m for m in KIND_LINE_WORDS.finditer(text, at, window) if _heading_at(text, m.start())), None)
    # the title stands before the kind line; "I. Programa provisional" after it heads the list
    title_window = kind.start() if kind is not None else window
    title = next((m for m in AGENDA_TITLE_WORDS.finditer(text, at, title_window)
                  if _heading_at(text, m.start()) and not _SECTION_BEFORE.search(text, max(0, m.start() - 8),
                                                                                   m.start())
                  and not _ITEM_WORD_AFTER.match(text, m.end())), None)
    if title is None and kind is not None and cover.item is not None and cover.item.title is None \
            and len(cover.item.notations) == 1 and cover.item.heading.end == at:
        only = _CAPITALS_BEFORE_KIND.fullmatch(text, at, kind.start())
        if only is not None and not _body_line(only["title"]) and not _TREATY_LINE.match(only["title"].title()):
            # "Tema 8 del programa provisional DISPOSICIONES RELATIVAS A LAS REUNIONES INTERGUBERNAMENTALES Nota del
            # Secretario Ejecutivo": the one heading between the item and the kind line is the item's title (the
            # document's too, but a heading is not taken as the title it may also be: test_ingest_cover's TD/B/51/1)
            cover.item.title = Span(only.start("title"), only.end("title"), only["title"])
            ends.append(only.end("title"))
    if title is None and kind is None:
        capitals = _CAPITALS_HEADING.match(text, at, window)
        if capitals is not None and (_body_line(capitals["title"]) or _TREATY_LINE.match(capitals["title"].title())):
            capitals = None  # "... ENGLISH COMMITTEE AGAINST TORTURE 1. The": a body's name, not a title
        if capitals is not None:  # "(First session, 17-18 March 1997) REPORT OF THE FIRST SESSION OF ... 1. The"
            cover.title = Span(capitals.start("title"), capitals.end("title"), capitals["title"])
            ends.append(capitals.end("title"))
    if title is not None:
        whole = _whole_heading(text, title.start(), title.end(), at)
        if whole is not None:
            cover.title = Span(whole[0], whole[1], text[whole[0]:whole[1]])
        ends.append(whole[1] if whole is not None else title.end())
    if kind is not None and not cover.kind_lines:
        cover.kind_lines.append(Span(kind.start(), kind.end(), kind.group(0)))
        ends.append(kind.end())
    return ends


_CAPITALS_HEADING = re.compile(
    r"[\s)\]]*(?P<title>[A-Z][A-Z0-9’'\-]*(?:,?[ \t]+\(?[A-Z0-9][A-Z0-9’'\-]*\)?){2,40})[ \t]+(?=1\.[ \t]+[A-Z][a-z])")
"""On a flattened cover, a heading in capitals right after the masthead's last field and up to the
document's first numbered paragraph ("... 1. The Centre ..."): both its ends are printed, so it is
the title."""
_CAPITALS_BEFORE_KIND = re.compile(
    r"[\s*]*(?P<title>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ0-9’'\-]*(?:,?[ \t]+\(?[A-ZÀ-ÞА-ЯЁ0-9][A-ZÀ-ÞА-ЯЁ0-9’'\-]*\)?){1,30})"
    r"[ \t]*")
"""On a flattened cover, one heading in capitals and nothing else between the item heading and the kind line
("DISPOSICIONES RELATIVAS A LAS REUNIONES INTERGUBERNAMENTALES", dev/FCCC_SBI_1997_11_es): both its ends are
printed, and it is the item's title."""
_ITEM_WORD_AFTER = re.compile(r"\s*\*{0,3}\s*项目\s*\d")
""""临时议程 * 项目 2(a)": the Chinese "Item 2 of the provisional agenda" with a footnote mark between its
words, never the agenda's title."""
_SECTION_BEFORE = re.compile(r"(?:^|\s)(?:[IVX]+\.|[一二三四五六七八九十]+)\s*$")
"""A section number just before a heading ("I. Programa provisional", "一 临时议程"): a section, not the title."""


_TITLE_LEAD_WORDS = re.compile(
    r"(?i:revised|preliminary|updated|supplementary|draft|r[ée]vis[ée]e?s?|revisad[oa]s?|preliminar(?:es)?|"
    r"пересмотренн\w+|предварительн\w+)")
"""Words a cover prints before an agenda's title as part of it ("REVISED ANNOTATIONS TO THE
PROVISIONAL AGENDA"), in the languages read."""
_JOINING_WORDS = re.compile(r"(?i:and|or|for|of|to|on|the|et|ou|pour|de|du|des|y|o|para|del|и|для)")
"""Words that carry a heading on past a title the lexicons list ("ORDRE DU JOUR PROVISOIRE ET ORDRE
DU JOUR PROVISOIRE ANNOTÉ")."""


def _whole_heading(text: str, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The whole heading a title the lexicons list stands in, on a flattened cover: the words printed
    in the same case right before it, back to the masthead's last field ``at``, belong to it when they
    are words that lead a title ("REVISED"); a heading that runs on (a word in the same case before it
    that leads no title, a joining word after it) is not that title, and its own ends are not known:
    None, no title rather than a cut one."""
    capitals = text[start:end].isupper()

    def same_case(word: str) -> bool:
        return word.isupper() if capitals else word[:1].isupper()

    while True:
        before = re.search(r"(?:^|\s)([^\W\d_]+)[ \t]+$", text[at:start])
        if before is None or not same_case(before[1]) or _field_value_ends(text, at + before.end(1)):
            break
        if not _TITLE_LEAD_WORDS.fullmatch(before[1]):
            return None  # "... DIVERSITY ANNOTATIONS TO ...": where the heading begins is not known
        start = at + before.start(1)
    after = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 40])
    if after is not None and same_case(after[1]) and _JOINING_WORDS.fullmatch(after[1]):
        return None
    return start, end


def _field_value_ends(text: str, at: int) -> bool:
    """Whether a masthead field's value ends at ``at`` ("ORIGINAL: ENGLISH", "Distr. GENERAL")."""
    window = text[max(0, at - 40):at]
    return any(m.end() == len(window) for m in _ORIGINAL.finditer(window)) or bool(
        re.search(r"(?i:\bDistr\.?\s*:?\s*)" + _DISTRIBUTION_KIND.pattern + r"$", window))


def _heading_at(text: str, at: int) -> bool:
    """Whether the words at ``at`` begin a heading: a capital letter or a Chinese character, and no
    article or preposition just before them."""
    first = text[at:at + 1]
    if not (first.isupper() or "\u4e00" <= first <= "\u9fff"):
        return False
    return not re.search(r"(?i:\b(?:el|la|los|las|del|de|le|les|du|des|au|the|of)\s+)$", text[max(0, at - 6):at])


def _agenda_title_after(text: str, at: int) -> tuple[Span, Span | None] | None:
    """On a flattened cover, an agenda's title run on after "Item N of the provisional agenda",
    bounded by what follows it (:data:`_FLAT_TITLE_END`): "... of the provisional agenda ADOPTION
    OF THE AGENDA Provisional agenda and annotations Note by the UNCTAD secretariat". The title is
    the longest run of words before that bound that is an agenda's title, whole; the words before
    it, the item's title. None when no bound is found or no such words stand before it (no title
    rather than one run on into the next field)."""
    end = _FLAT_TITLE_END.search(text, at, at + FLAT_TITLE_CHARS)
    if end is None:
        return None
    region_start = at
    for blank in re.finditer(r"\n[ \t]*\n", text[at:end.start()]):
        region_start = at + blank.end()  # a title does not run across a blank line
    for word in re.finditer(r"\S+", text[region_start:end.start()]):
        start = region_start + word.start()
        candidate = text[start:end.start()].rstrip(" *")
        if candidate.lower() != "agenda" and AGENDA_TITLE.match(fold(candidate)):
            title = Span(start, start + len(candidate), candidate)
            before = text[at:start].strip()
            item = None
            if before and region_start == at and len(before) < ITEM_TITLE_CHARS:
                lead = at + text[at:start].index(before[0])
                item = Span(lead, lead + len(before), before)
            return title, item
    return None


_LINE_ENDING_ITEM_TITLE = patterns.define(
    "cover.line_ending_item_title", r"""
    [ \t]*\*{0,3}[ \t]+                                       # the heading's footnote mark
    (?P<title>[^\W\d_][^\n*.;:]{2,148}?)[ \t]*                   # the item's title, no sentence in it
    \n[ \t]*\n                                                # the line ends, then a blank line""",
    examples=[(" * Crime prevention and criminal justice\n\nImproving the coordination",  # novel/A_71_119
               {"title": "Crime prevention and criminal justice"})],
    rejects=[" Crime prevention and criminal justice Improving the coordination of efforts\nReport",  # no blank line
             "\n\nCrime prevention"])  # the title not on the heading's line
"""The rest of the line that a flattened masthead's item heading ends ("Seventy-first session Item 105 of the
preliminary list* Crime prevention and criminal justice"), when a blank line follows it: the item's title."""


_COMPILATION_TITLE_AFTER = patterns.define(
    "cover.compilation_title_after", r"""
    [ \t]*\*{0,3}[ \t]+
    (?P<title>[^\W\d_][^\n*.;:]{2,148}?)                       # the item's title, no sentence in it
    [ \t]+(?=(?:Decisions|Resolutions\s+and\s+decisions)\s+adopted\s+by\s   # then the document's own title: the
       |(?:Decisiones|Resoluciones\s+y\s+decisiones)\s+adoptadas\s+por\s   # decisions an organ adopted
       |(?:Décisions|Résolutions\s+et\s+décisions)\s+adoptées\s+par\s)""",
    examples=[  # unread/DP_2006_2_es, sealed/DP_2004_2: the Executive Board's decisions of the year, flattened
        (" Cuestiones de organización Decisiones adoptadas por la Junta Ejecutiva en 2006 Índice",
         {"title": "Cuestiones de organización"}),
        (" Organizational matters Decisions adopted by the Executive Board during 2003 Contents",
         {"title": "Organizational matters"})],
    rejects=[" Organizational matters Report of the Executive Board",
             " Organizational matters\n\nDecisions adopted by"])
"""The item's title on a flattened masthead's item heading line, before the title of the compilation of decisions
the document is ("Item 1 of the provisional agenda Organizational matters Decisions adopted by the Executive Board
during 2003", DP/2004/2): where the item's title ends is where that title begins."""


def _item_title_before_compilation(text: str, at: int) -> Span | None:
    m = _COMPILATION_TITLE_AFTER.match(text, at)
    return None if m is None else Span(m.start("title"), m.end("title"), m["title"])


def _item_title_ending_line(text: str, at: int) -> Span | None:
    """The item's title on the rest of the line of a flattened masthead's item heading
    (:data:`_LINE_ENDING_ITEM_TITLE`), never a genre's title or a kind line ("Note by the Secretariat")."""
    m = _LINE_ENDING_ITEM_TITLE.match(text, at)
    if m is None:
        return None
    title = m["title"]
    if AGENDA_TITLE.match(fold(title)) or _KIND_LINE.match(title) or KIND_LINE_WORDS.search(title) \
            or AGENDA_TITLE_WORDS.search(title):
        return None
    if GENRE_TITLE.match(title):
        # "Item 44 of the provisional agenda* Report of the Economic and Social Council" / "" / "Report of the
        # Economic and Social Council for 2009" (unseen/A_64_3): a genre's words, the item's title only when the
        # document's own title stands on the next line (not its kind line, a section or a paragraph)
        after = re.match(r"[ \t]*(\S[^\n]*)", text[m.end():])
        if after is None or _KIND_LINE.match(after[1]) or _STRUCTURAL.match(after[1]) \
                or len(after[1]) > ITEM_TITLE_CHARS or not GENRE_TITLE.match(after[1]) and not after[1][0].isupper():
            return None
    return Span(m.start("title"), m.end("title"), title)


def _line_end(text: str, at: int) -> int:
    """Where the document's own text begins after the masthead's last field ``at``: the end of its
    line, or ``at`` itself on a flattened text whose line runs on into the document."""
    nl = text.find("\n", at)
    end = len(text) if nl < 0 else nl
    return at if end - at > FLAT_TITLE_CHARS else end


def _cover_line(cover: Cover, all_lines: list[Span], i: int, registry: Registry | None,
                before_distr: bool, text: str) -> int:
    """Read one cover line into ``cover``; return how many lines it took (0: not a cover line)."""
    line = all_lines[i]
    t = line.text
    if cover.symbol is None and i < 20:
        sym = _cover_symbol(t)
        if sym is not None:
            s, (a, b) = sym
            cover.symbol, cover.symbol_span = s, (line.start + a, line.start + b)
            cover.joint_symbols = [x for x, _ in find_symbols(t) if x.text != s.text]  # "E/2007/28 E/CN.7/2007/16"
            cover.lines.append(line)
            on_line = dates.first_range(t[b:])
            if on_line is not None and on_line.start == on_line.end and cover.distribution_date is None:
                cover.distribution_date = on_line.start  # "A/HRC/9/1 28 July 2008"
            m = _DISTR.search(t[b:].strip())
            if not m:
                return 1
    if _UN.match(t) and len(t) < 60:
        cover.lines.append(line)
        two_lines = (_split_symbol(all_lines, i) or _split_revision(all_lines, i)) if cover.symbol is None else None
        if two_lines is not None:
            cover.symbol, cover.symbol_span = two_lines
            cover.lines.append(all_lines[i + 1])
            return 2
        return 1
    m = _DISTR.match(t.lstrip("/| ")) or (_DISTR.search(t) if "Distr" in t and len(t) < 80 else None)
    if m:
        cover.lines.append(line)
        taken = 1
        window = without_symbols(" ".join(x.text for x in all_lines[i:i + 3]), text)
        r = dates.first_range(window)
        if r:
            cover.distribution_date = r.start
        o = _ORIGINAL.search(t)
        if o:
            cover.original_language = LANGUAGES.get(o["lang"].lower())
        if i + taken < len(all_lines) and DISTRIBUTION_KINDS.match(all_lines[i + taken].text):
            cover.lines.append(all_lines[i + taken])
            taken += 1  # "Distr." and "GENERAL" on lines of their own
        if i + taken < len(all_lines) and dates.first_range(all_lines[i + taken].text) and \
                len(all_lines[i + taken].text) < DATE_LINE_CHARS:
            taken += 1
        return taken
    o = _ORIGINAL.search(t)
    if o and len(t) < 60:
        cover.original_language = LANGUAGES.get(o["lang"].lower())
        cover.lines.append(line)
        before = _venue_dates(t[:o.start()].strip())
        if before is not None and before[0] is None and before[1].start == before[1].end \
                and cover.session_number is None and cover.distribution_date is None \
                and _JOB_NUMBER.fullmatch(t[o.end():].strip()):
            # "3 de diciembre de 2021 ORIGINAL: ESPAÑOL 21-00953": the masthead's date, language and job number
            cover.distribution_date = before[1].start
        if before is not None and cover.dates is None and cover.session_number is not None \
                and before[1].start < before[1].end and not t[o.end():].strip():
            # "6–9 October 2020 ORIGINAL: ENGLISH": the session's period beside the other column's field
            cover.venue = cover.venue or before[0]
            a, b = before[1].span
            cover.dates = dates.DateRange(before[1].start, before[1].end, (line.start + a, line.start + b))
        return 1
    if DISTRIBUTION_KINDS.match(t):
        cover.lines.append(line)  # "GENERAL" on a line of its own, its "Distr." lost: a field, not a title
        return 1
    if _FIELD_LABEL.fullmatch(t):
        cover.lines.append(line)  # "Original:" with its value lost: a field of the masthead, not a title
        return 1
    if _VERSION.match(t):
        cover.version_language = LANGUAGES.get(t.lower())
        cover.lines.append(line)
        return 1
    if _STATUS.match(t):
        cover.status.append(t)
        cover.lines.append(line)
        return 1
    if cover.session_number is None and _glued_session(cover, line, registry):
        cover.lines.append(line)
        return 1
    split = _SPLIT_SESSION_LINE.fullmatch(t)
    if split is not None:
        joined = int("".join(split["digits"].split()))
        if cover.session_number is None and _english_suffix(joined) == split["suffix"].lower():
            cover.session_number, cover.session_word = joined, "session"
        cover.lines.append(line)
        return 1
    if _EXECUTIVE_SESSION.match(t):
        cover.lines.append(line)  # numbered apart from the body's sessions: read as a cover line, not as its number
        cover.executive = True  # ... but the venue and date on the next line are its own
        return 1
    misprinted = _CARDINAL_SESSION_LINE.fullmatch(t)
    if misprinted is not None and cover.session_number is None:
        # "Sixty- eight session": the tens and a cardinal unit, the ordinal's suffix lost, the same number
        cover.session_number = lexicon_en.TENS[misprinted["tens"].lower()] + _UNITS[misprinted["unit"].lower()]
        cover.session_word = misprinted["kind"].lower()
        cover.lines.append(line)
        return 1
    at_start = LOCAL_SESSION.match(t) or _SESSION_AT_START.match(t)
    if at_start is not None and at_start.end() < len(t) and cover.session_number is None and cover.dates is None:
        vd_after = _venue_dates(t[at_start.end():].strip())
        number = ordinal(at_start["ord"]) if at_start["ord"] else None
        if vd_after is not None and vd_after[0] is not None and number is not None:
            # "Trigésimo sexto período de sesiones Nueva York, 3 de diciembre de 2021": the session line with
            # its venue and dates run on after it
            cover.session_number = number
            kind = at_start["kind"].lower()
            cover.session_word = LOCAL_SESSION_WORDS.get(kind, kind)
            lead = len(t) - len(t[at_start.end():].lstrip())
            a, b = vd_after[1].span
            cover.venue = vd_after[0]
            cover.dates = dates.DateRange(vd_after[1].start, vd_after[1].end,
                                          (line.start + lead + a, line.start + lead + b))
            cover.lines.append(line)
            return 1
        rest = t[at_start.end():].strip()
        if vd_after is None and number is not None and rest.casefold() in lexicon.PLACES:
            # "278.a reunión Ginebra" / "junio de 2000" (tests/ingest_eval/unread/GB.278_205_es.txt): the session
            # line with its venue, a known place, run on after it and no dates: a session line, never the title
            cover.session_number = number
            kind = at_start["kind"].lower()
            cover.session_word = LOCAL_SESSION_WORDS.get(kind, kind)
            cover.venue = rest
            cover.lines.append(line)
            if i + 1 < len(all_lines) and _MONTH_LINE.fullmatch(all_lines[i + 1].text.strip()):
                cover.lines.append(all_lines[i + 1])  # "junio de 2000": the session's month, never the title
                return 2
            return 1
    local = LOCAL_SESSION.fullmatch(t)
    if local is not None and not _SESSION_LINE.match(t) and local["ord"]:
        number = ordinal(local["ord"])  # "Шестьдесят девятая сессия", "Trente-sixième session"
        if number is not None:
            cover.session_number = number
            cover.session_word = LOCAL_SESSION_WORDS[local["kind"].lower()]
            cover.lines.append(line)
            return 1
    paired = _SESSION_BESIDE_DATE.fullmatch(t)
    if paired is not None and cover.session_number is None and i + 1 < len(all_lines):
        day = dates.first_range(paired["date"])
        venue_line = _venue_dates(all_lines[i + 1].text)
        if day is not None and day.start == day.end and venue_line is not None and venue_line[0] is not None:
            # "147th session 15 May 2020" / "Geneva, 22 May 2020": two columns interleaved, the right one's
            # date (the document's) beside the session line, the session's venue and date on the next line
            cover.session_number, cover.session_word = ordinal(paired["ord"]), paired["kind"].lower()
            if cover.distribution_date is None:
                cover.distribution_date = day.start
            cover.lines.append(line)
            return 1
    gloss = GLOSS.search(t)  # "Forty-eighth session 第四十八届会议": a bilingual template's line, read by its English
    m = _SESSION_LINE.match(t[:gloss.start()] if gloss is not None else t)
    if m and m["num"] and m["kind2"].lower() == "meeting":
        # "Meeting 50" under a resolution's date: the plenary meeting that adopted it, numbered by a cardinal as the
        # Organization numbers its meetings, never the session (tests/ingest_eval/pristine/ECOSOC_res_1984-07-27_
        # ECWA_structure_nosymbol.txt: the Council's second regular session of 1984, at its 50th meeting)
        cover.lines.append(line)
        return 1
    if m:
        if m["ord"]:
            cover.session_number = ordinal(m["ord"])
        elif m["num"]:
            cover.session_number = int(m["num"])
        else:
            cover.session_number = ordinal(m["local"])
        cover.session_word = (m["kind"] or m["kind2"] or "session").lower()
        cover.lines.append(line)
        return 1
    if cover.dates is None and cover.session_number is not None and _PLACE.fullmatch(t) and i + 1 < len(all_lines) \
            and not (_body_line(t) or AGENDA_TITLE.match(t) or registry is not None and registry.body_is_named(t)):
        after = _venue_dates(all_lines[i + 1].text)
        if after is not None and after[0] is None:  # "Buenos Aires, Argentina" / "4 to 15 November 1996"
            cover.venue, cover.dates = t.split(",")[0].strip(), after[1]
            span = all_lines[i + 1]
            a, b = after[1].span
            cover.dates = dates.DateRange(after[1].start, after[1].end, (span.start + a, span.start + b))
            cover.lines.extend([line, span])
            return 2
    month = _VENUE_MONTH_LINE.fullmatch(t)
    if month is not None:  # "Genève, mars 2005": the session's place and month, no day to date it by
        if cover.venue is None and cover.dates is None:
            cover.venue = month["venue"]
        cover.lines.append(line)
        return 1
    run_in = _venue_then_item(cover, all_lines, i, registry, text)
    if run_in:
        return run_in
    vd = _venue_dates(t)
    if vd and cover.dates is None:
        venue, rng = vd
        if rng.start == rng.end and cover.session_number is None and not cover.executive:
            # one date before any session line ("Governing Council    7 April 2005" in interleaved
            # columns): the document's date, never the session's; under a label or after an event's words
            # ("Received: 22 January 2002", "Приняты ... Генеральной Ассамблеи от 18 декабря 1991 года"), the
            # date of something else (the page's receipt, an adoption): never the distribution date
            if DATE_LABEL.search(t[:rng.span[0]]) or _beside_meeting_line(all_lines, i):
                cover.page_dates.append(rng.start)  # (beside "995th Plenary Meeting": the day it adopted the text)
            elif cover.distribution_date is None:
                cover.distribution_date = rng.start
        elif rng.start == rng.end and venue is None and _range_follows(all_lines, i):
            # "Seventy-first session" / "Manila, Philippines (virtual)" / "24 August 2020" / "6–9 October 2020
            # ORIGINAL: ENGLISH": interleaved columns, the lone day the document's date, the period after it the
            # session's
            if cover.distribution_date is None:
                cover.distribution_date = rng.start
        elif cover.session_number is not None or cover.executive or dates.meeting_length(rng):
            cover.venue, cover.dates = vd
        cover.lines.append(line)
        return 1
    for head in _ITEM_HEAD:
        m = head.match(t)
        if m:
            notations = item_notations(m["list"])
            if not notations:
                return 0
            block = [all_lines[i]]
            j = i + 1
            while j < len(all_lines) and (not re.search(r"\n[ \t]*\n", text[block[-1].end:all_lines[j].start])
                                          or len(block) > 1 and _UNBOUNDED_END.search(block[-1].text)) \
                    and not _ends_item_title(all_lines[j].text, registry) \
                    and not (len(block) > 1 and GENRE_TITLE.match(all_lines[j].text)
                             and not _UNBOUNDED_END.search(block[-1].text)):
                # "Tema 65 del programa" / "Informe del Consejo de Derechos Humanos" / "Informe de la Tercera
                # Comisión": a line that begins with a genre's title words after the item's title is the document's
                block.append(all_lines[j])  # a title's line ending in a joining word goes on past a blank line
                j += 1
            title = None
            if len(block) > ITEM_TITLE_LINES + 1 or (j < len(all_lines) and _ITEM_RUNS_ON.match(all_lines[j].text)):
                pass  # no end found for the item's title (a text without blank lines): none, and no title
            elif len(block) > 1:
                title = Span(block[1].start, block[-1].end, text[block[1].start:block[-1].end])
            elif j < len(all_lines) and _item_title_line(all_lines[j], registry):
                block.append(all_lines[j])  # a text with a blank line after every line
                title = all_lines[j]
                while _UNBOUNDED_END.search(block[-1].text) and len(block) <= ITEM_TITLE_LINES \
                        and j + 1 < len(all_lines) and _continues_title(all_lines[j + 1].text):
                    j += 1  # "COORDINATION OF THE WORK OF" / "THE WORLD HEALTH ASSEMBLY, ...": one title
                    block.append(all_lines[j])
                    title = Span(block[1].start, block[-1].end, text[block[1].start:block[-1].end])
            run_in = j < len(all_lines) and not re.search(r"\n[ \t]*\n", text[block[-1].end:all_lines[j].start])
            titles = _titles_of_items(text, block[1:], len(notations), run_in) if len(notations) > 1 else []
            if len(titles) > len(notations) and cover.title is None:
                cover.title = titles[-1]  # the document's own title, run on after its items' with no blank line
            cover.item = ItemRef(notations, line, title, titles[:len(notations)])
            cover.lines.append(line)
            return len(block)
    wrapped = _wrapped_name(cover, all_lines, i, registry)
    if wrapped:
        return wrapped
    if len(t) < 200 and not t.endswith("."):
        if registry is not None and (registry.body_is_named(t) or registry.body_known_as(t)):
            # (a known body's name in the text's language, "Assemblée générale", "Комитет по правам человека": the
            # registry's names are English, the lexicons' of each language: Registry.body_known_as)
            cover.body_lines.append(line)
            cover.lines.append(line)
            return 1
        if t in ("General Assembly", "Economic and Social Council", "Security Council", "Human Rights Council"):
            cover.parent_lines.append(line)
            cover.lines.append(line)
            return 1
        if _TREATY_LINE.match(t) and before_distr or (_TREATY_LINE.match(t) and not _BODY_LINE.match(t)
                                                       and cover.title is None and len(t) > 30
                                                       and "Parties" not in t[:40]):
            cover.treaty_lines.append(line)
            cover.lines.append(line)
            return 1
        if _body_line(t) and not re.search(r"\b(?:report|informe|rapport)\b", t, re.I):
            cover.body_lines.append(line)
            cover.lines.append(line)
            return 1
        if before_distr:
            cover.lines.append(line)
            return 1
    return 0


RANGE_AFTER_LINES = 2  # a session's period printed this many lines after a lone date of the other column


def _range_follows(all_lines: list[Span], i: int) -> bool:
    """Whether one of the next lines begins with a period of several days (the session's, after a lone
    date of the masthead's other column)."""
    for ln in all_lines[i + 1:i + 1 + RANGE_AFTER_LINES]:
        r = dates.first_range(ln.text)
        if r is not None and r.span[0] == 0 and r.start < r.end:
            return True
    return False


_SERIES_AT_END = re.compile(r"\s(?P<series>[A-Z]{1,8})$")
_REST_OF_SYMBOL = re.compile(r"(?P<rest>/[\w.()/-]+?)\*{0,3}")


def _split_symbol(all_lines: list[Span], i: int) -> tuple[Symbol, tuple[int, int]] | None:
    """A symbol split over two lines at its series letter ("United Nations A" / "/76/100*", the masthead's
    two columns: tests/ingest_eval/fresh/A_76_100.txt): the series ends the "United Nations" line and the
    next line is the rest of a symbol and nothing else."""
    if i + 1 >= len(all_lines):
        return None
    head = _SERIES_AT_END.search(all_lines[i].text)
    rest = _REST_OF_SYMBOL.fullmatch(all_lines[i + 1].text)
    if head is None or rest is None or not is_symbol(head["series"] + rest["rest"]):
        return None
    start = all_lines[i].start + head.start("series")
    return Symbol(head["series"] + rest["rest"]), (start, all_lines[i + 1].start + rest.end("rest"))


_CUT_AT_REVISION = re.compile(r"(?<!\S)(?P<head>[A-Z][\w.()/-]*/" + REVISION_WORDS + r"\.)$")
_REVISION_NUMBER = re.compile(r"\d{1,2}")


def _split_revision(all_lines: list[Span], i: int) -> tuple[Symbol, tuple[int, int]] | None:
    """A symbol split over two lines before its addendum's, revision's or corrigendum's number ("United Nations
    A/AC.105/C.1/L.385/Add." / "3", tests/ingest_eval/unread/A_AC.105_C.1_L.385_Add.3.txt): the marker ends the
    "United Nations" line and the next line is its number and nothing else."""
    if i + 1 >= len(all_lines):
        return None
    head = _CUT_AT_REVISION.search(all_lines[i].text)
    number = _REVISION_NUMBER.fullmatch(all_lines[i + 1].text.strip())
    if head is None or number is None or not is_symbol(head["head"] + number.group(0)):
        return None
    nxt = all_lines[i + 1]
    return Symbol(head["head"] + number.group(0)), (all_lines[i].start + head.start("head"),
                                                     nxt.start + nxt.text.index(number.group(0)) + len(number.group(0)))


def _english_suffix(number: int) -> str:
    """The English ordinal suffix of ``number`` (141: "st", 112: "th")."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _session_dated_under_title(cover: Cover, before: tuple[object, ...]) -> bool:
    """Whether the cover line read right after the title gave the session's place and dates only, under a report's
    title (its genre's words first, :data:`GENRE_TITLE`) that names its own session ("Informe del 95º período de
    sesiones del" / "Comité del Programa" / "Roma, 8-12 de mayo de 2006", tests/ingest_eval/unread/CL_131_11_es.txt):
    the dates of the session the title names, printed under it
    as every report's cover prints them, never a masthead printed after a web page's title, nor after a body's name
    with a session line run in ("International Trade Law Fifty-second session" over "Vienna, 8–19 July 2019",
    unread/A_CN.9_962.txt), nor the meeting's name over a resolution ("12ª Reunión de la Conferencia de las Partes
    en la ...", unread/Ramsar_Res_XII.4_es_nosymbol.txt)."""
    if cover.title is None or cover.kind_lines or cover.subtitles:
        return False
    changed = [i for i, (a, b) in enumerate(zip(before, _masthead_fields(cover), strict=True)) if a != b]
    return changed == [_DATES_FIELD] and GENRE_TITLE.match(cover.title.text) is not None \
        and _names_own_session(cover.title.text)


def _names_own_session(title: str) -> bool:
    """Whether a title names a session by its number ("... on its fourth session", "Informe del 95º período de
    sesiones", "Rapport ... sur sa quatrième session")."""
    t = " ".join(title.split())
    return bool(_SESSION_IN_TITLE.search(t) or _TITLE_OWN_SESSION.search(t) or LOCAL_SESSION.search(t))


_DATES_FIELD = 5  # the place of the session's dates among :func:`_masthead_fields`


def _masthead_fields(cover: Cover) -> tuple[object, ...]:
    """The masthead's own fields read so far (not the names of bodies, which reports print after
    their title: "Report on the fiftieth session" / "Economic and Social Council Official Records")."""
    return (cover.symbol, cover.distribution_date, cover.original_language, cover.session_number,
            cover.session_word, cover.dates, cover.item, cover.executive, len(cover.page_dates))


_PROSE_SESSION = re.compile(r"\b(?:its|their|at|on|of)\s*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)  # no body's name says "its"


NAME_LINES = 3  # a body's or a treaty's name on a cover wraps over this many lines at most
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|el|la))*"  # a place alone on its line
                    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?")


def _wrapped_name(cover: Cover, all_lines: list[Span], i: int, registry: Registry | None) -> int:
    """A body's name or a treaty's title wrapped over two or three cover lines ("Governing Council /
    of the United Nations Human / Settlements Programme", "CONVENTION ON / BIOLOGICAL DIVERSITY"),
    read into ``cover`` as one body or treaty line: how many lines it takes (0: none). Read whole,
    its pieces are never taken for a title."""
    for n in range(NAME_LINES, 1, -1):
        if i + n > len(all_lines):
            continue
        pieces = all_lines[i:i + n]
        joined = " ".join(p.text for p in pieces)
        if len(joined) > 200 or any(p.text.endswith(".") or re.search(r"[\d/]", p.text) for p in pieces):
            continue
        body = registry is not None and bool(registry.body_is_named(joined))
        # a treaty's title runs on while a line ends in a joining word ("CONVENTION ON"), and no further
        treaty = bool(_TREATY_LINE.match(joined if not joined.isupper() else joined.title())) and all(
            _UNBOUNDED_END.search(p.text) for p in pieces[:-1]) and not _UNBOUNDED_END.search(pieces[-1].text)
        # an organ's name the registry does not know, run on over the next lines by the words that join them
        # ("CONFERENCE OF PLENIPOTENTIARIES" / "ON THE STOCKHOLM CONVENTION ON" / "PERSISTENT ORGANIC POLLUTANTS",
        # tests/ingest_eval/unseen/UNEP_POPS_CONF_final_act_nosymbol.txt): one name, never its first line alone
        # (in capitals only, where the joining words are the name's own: a name in small letters may run on further)
        run_on = joined.isupper() and _body_line(joined) and all(
            _JOINING_WORDS.fullmatch(pieces[k].text.split()[0]) or _UNBOUNDED_END.search(pieces[k - 1].text)
            for k in range(1, n)) and not _UNBOUNDED_END.search(pieces[-1].text)
        body = bool(body) or bool(run_on)
        if body or treaty:
            name = Span(pieces[0].start, pieces[-1].end, joined)  # the name as one line (its text joined)
            (cover.body_lines if body else cover.treaty_lines).append(name)
            cover.lines.extend(pieces)
            return n
    return 0


ITEM_TITLE_LINES = 3  # an item's title under its heading wraps over this many lines at most
_ITEM_RUNS_ON = re.compile(r"^[a-z]")  # the line after the heading's block continues a sentence


_ITEM_TITLE_CHARS_LONG = 300
"""An item's title read by its lines' capitals (:func:`_titles_of_items`) is at most this long (a General Assembly
item's title may wrap over five lines: "Комплексное и скоординированное осуществление / решений ...")."""


def _titles_of_items(text: str, block: list[Span], n: int, run_in: bool) -> list[Span]:
    """The titles of ``n`` items numbered together under one heading ("Пункты 15 и 116 повестки дня"), printed
    one after the other on the lines of ``block``: a title begins on a line whose first letter is a capital
    after a line that does not end in a joining word (:data:`_UNBOUNDED_END`); its other lines go on in small
    letters. Where that gives exactly ``n`` titles, each is one; where the block runs on into the document's
    own title with no blank line (``run_in``: the kind line ends it), exactly ``n`` + 1, the last being the
    document's (returned last). Any other count (a title wrapped before a name in capitals) is not sure: none."""
    starts = [k for k, ln in enumerate(block) if ln.text[:1].isupper() and (
        k == 0 or not _UNBOUNDED_END.search(block[k - 1].text))]
    if not starts or starts[0] != 0 or len(starts) != n + (1 if run_in else 0):
        return []
    out = []
    for a, b in zip(starts, [*starts[1:], len(block)], strict=True):
        span = Span(block[a].start, block[b - 1].end, text[block[a].start:block[b - 1].end])
        if len(span.text) > _ITEM_TITLE_CHARS_LONG or span.text.endswith("."):
            return []
        out.append(span)
    return out


def _ends_item_title(t: str, registry: Registry | None) -> bool:
    """A line that cannot continue the title under "Item N of the provisional agenda": the
    document's own title or kind line, a numbered item or paragraph, another cover field."""
    return bool(_KIND_LINE.match(t) or AGENDA_TITLE.match(t) or re.match(r"^\d{1,2}\.\s*\S", t)
                or _STRUCTURAL.match(t) or _is_meta(t, registry))


def _body_line(t: str) -> bool:
    """A line naming a body, as printed or in capitals ("COMMITTEE AGAINST TORTURE"); not a line
    that runs on from a title ("Environment Forum at its twenty-third session")."""
    if _NOT_A_NAME.search(t):
        return False
    return bool(_BODY_LINE.match(t) or t.isupper() and _BODY_LINE.match(t.title()))


_KIND_ONLY = re.compile(
    r"^(?:Note|Report|Nota|Informe|Rapport)\s+(?:by|of|de|du|del)\s+(?:the\s+|la\s+|le\s+)?(?:UNCTAD\s+)?"
    r"(?:Secretariat|secretariat|Secretary-General|Executive\s+Secretary|Executive\s+Director|Secretar[ií]a"
    r"(?:\s+Ejecutiva)?|Secr[ée]tariat|Secr[ée]taire\s+ex[ée]cutif)\s*\*{0,3}$")
"""A kind line that names no subject: never a title, even where no title stands before it."""
_BULLET = re.compile(r"^[•●▪◦‣∙·]\s")
"""A line set as a list's bullet point ("• Aucun résultat trouvé", a search widget's line): a
document's title is never one."""
NUMBER_HEADING = patterns.define(
    "cover.number_heading", r"""
    ^(?:(?P<meeting>[A-Z]{2,8}(?:[ \t]*\d{1,3})?)[ \t]+)?       # the meeting that adopted it, "COP 1"
    (?:Decision|Resolution|Décision|Résolution|Decisión|Resolución|Решение|Резолюция)[ \t]+
    (?P<number>(?:[IVXLC]+|\d{1,4})[/.]\d{1,3}(?:[ \t]*[A-Z])?)[ \t]*$""",
    examples=[("COP 1 Decision I/1", {"meeting": "COP 1", "number": "I/1"}),  # unseen/UNEP_CBD_COP_DEC_I_1_web
              ("Decision 19/13 C", {"number": "19/13 C"}),
              ("Résolution XI.6", {"number": "XI.6"})],  # sealed/Ramsar_Resolution_XI.6_fr_nosymbol: Ramsar's dot
    rejects=["Decision I/1 on the rules of procedure", "Rules of procedure for the Conference of the Parties"])
"""A heading that only numbers a decision or resolution over its title (a decision database's page:
"COP 1 Decision I/1" / "Rules of procedure for the Conference of the Parties"): never the title."""
_UNBOUNDED_END = re.compile(r"(?:[,;/(–—-]|\b(?:of|the|and|on|for|to|in|at|by|with|de|la|las|los|del|des|du|"
                            r"et|y|en|sur|à|и|в|о|по|на))\s*$", re.IGNORECASE)
MISDECODED_WORD = patterns.define(
    "cover.misdecoded_word", r"(?<![\w/.-])[^\W\d_]+\d+(?:[^\W\d_]+\d*)*[^\W\d_]+(?![\w/.-])",
    examples=["JDBH2EH5JÈGTED"],  # tests/ingest_eval/pristine/E_CONF.2_C.2_SR.24_fr.txt, an OCR'd masthead's font
    rejects=["CONFERENCE", "G20", "COVID-19", "CO2", "A/CONF.2/C.2", "2nd"], verbose=False)
"""A "word" with digits between its letters: a font the text's copy mis-decoded ("JDBH2EH5JÈGTED" for the masthead's
"RESTRICTED"), no word of any language (a symbol has its slashes, a name like "G20" ends in its digits)."""


def not_words(t: str) -> bool:
    """Whether a line holds no word of a language: every word of its letters mis-decoded (:data:`MISDECODED_WORD`).
    Such a line is never a title: the title is words of the text's language."""
    tokens = re.findall(r"\S*[^\W\d_]\S*", t)
    if len(tokens) >= SPACED_OUT_LETTERS and all(len(w) == 1 and not "\u3000" <= w <= "\u9fff" for w in tokens):
        return True  # "E / C O N F . 2 / C . 2 / S R . 2 1 +": a symbol or heading spaced out letter by letter
    return bool(tokens) and all(MISDECODED_WORD.fullmatch(w.strip(".,;:()")) for w in tokens)


SPACED_OUT_LETTERS = 3  # a line of this many single letters or more, set apart by spaces, is spelt out (Chinese
# characters so spaced are words: "与 会 者 须 知")


JOINING_WORD_END = patterns.define(
    "cover.joining_word_end",
    r"(?<![^\W\d_])(?:of[ \t]+the|of|the|to[ \t]+the|on[ \t]+the|for[ \t]+the|de[ \t]+la|del|de[ \t]+l[’']|du)[ \t]*$",
    examples=["Organization of the fifty-fifth regular session of the"],
    # tests/ingest_eval/pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt, over "General Assembly, adoption of the agenda and"
    rejects=["Report of the Committee", "Theory", "Note by the Secretariat"], verbose=False)
"""A title line that ends in an article or a preposition before its noun ("... session of the"): the title goes on
into the next line, even where that line begins with a body's name ("General Assembly, adoption of the agenda and"),
which alone would be the masthead's body line."""
UNBOUNDED_START = patterns.define(
    "cover.unbounded_start", r"^(?:and|or|of|on|for|in|to|with|by|at|from|y|o|e|et|ou|de|del|des|du|и|в|о|по|на)[ \t]",
    examples=["and Related Matters in the Near and Middle East"],
    # tests/ingest_eval/pristine/ECOSOC_res_1988-05-25_Sub-Commission_enlargement_nosymbol.txt
    rejects=["And Related Matters", "Related Matters", "andorra"], verbose=False)
"""A line that begins with a joining word in small letters goes on with the line before, whatever blank line a copy
set between them ("Enlargement of the Sub-Commission on Illicit Drug Traffic" / "" / "and Related Matters in the Near
and Middle East", a resolution's title on a web archive): the title does not end before it."""
_NOT_A_TITLE = re.compile(
    r"^(?:[\w-]+\s+){0,6}Official\s+Records\b|^Distr\b|^\W*$"
    r"|^.*:$"  # a field's label waiting for its value ("Original:", "ORIGINAL:")
    r"|^[A-Z]{1,8}(?:/[\w.()-]+)+"  # a document symbol, and what is glued to it ("CRC/C/1382 avril 2004")
    r"|^(?:\d+\s*(?:st|nd|rd|th)|[A-Za-z]+-\s*[a-z]+|[A-Za-z]+(?:th|st|nd|rd))\s+(?:regular\s+|special\s+)?"
    r"(?:session|meeting)$",  # a session line ("Sixty- eight session", "Twelfth meeting")
    re.IGNORECASE)


_ORGANIZATION_NAMES = frozenset({"united nations", "nations unies", "naciones unidas", "организация объединенных наций",
                                  "объединенные нации", "الأمم المتحدة", "联合国"})
"""The Organization's own name, as a masthead prints it above the symbol (not its organs' names, which a body's
label on the cover is tested against with :func:`bounded_title` too)."""
_JUNK_LETTERS = 1  # a token with at most this many letters beside digits and marks is a scan's or a page's debris


def _organization_line(title: str) -> bool:
    """Whether a title is only the masthead's name of the Organization, with a scan's
    debris before it ("*-71--ÿ Nations Unies", tests/ingest_eval/untouched/UNEP_CHW.4_35_fr.txt): a field of the
    masthead, never the document's title."""
    words = [w for w in title.split() if sum(c.isalpha() for c in w) > _JUNK_LETTERS]
    return " ".join(words).strip(".,;:").casefold() in _ORGANIZATION_NAMES


DATE_FIELD = patterns.define(
    "cover.date_field", r"^[ \t]*(?:Date|Fecha|Дата)[ \t]*:[ \t]*\S",
    examples=["Fecha: 28 de noviemb"],  # tests/ingest_eval/untouched/WFP_EB.A_2017_14_es.txt, its mirror's repeat
    rejects=["Date and venue of the session", "Fecha y lugar del período de sesiones"], verbose=False)
"""A masthead's date field with its label ("Fecha: 28 de noviembre de 2017"): a field, never the title."""
FOOTNOTE_LINE = patterns.define(
    "cover.footnote_line", r"^[ \t]*(?:\*{1,3}|\d{1,2}/)[ \t]*(?=[A-Z])",
    examples=["* Late submission.",  # tests/ingest_eval/dev/A_HRC_9_1.txt, under its title
              "** The present report was submitted late", "1/ Official Records of the General Assembly"],
    rejects=["*0357363* First regular session 2004", "Report of the Committee", "12th plenary meeting"],
    verbose=False)
"""A footnote's line (its mark, then its words: "* Late submission."): what a cover's title or symbol refers to,
never the title."""
_PAGE_TITLE_REPEATED = re.compile(r'^[ \t]*(?:Download|Share|Partager|Télécharger|Descargar|Compartir|Скачать)'
                                  r'[ \t]+"(?P<title>[^"\n]+)"[ \t]*$', re.MULTILINE)
"""A document mirror's button repeating the page's title ('Download "..."', 'Partager "..."'): that title is
the site's name for the page, the first line of the text it was made from (a masthead's field, a first
heading run on into the next), never known to be the document's title."""


_RUN_ON_HEADING = re.compile(r"[.:]\s+(?:[IVX]+|[A-H]|\d{1,2})\.\s")  # "... agenda. I. Preparatory segment"


def mirror_title_unsure(title: str, text: str, limit: int = 2000) -> bool:
    """Whether ``title`` is the title a document mirror gave its page (its buttons repeat it) run on into
    what follows it on the cover: a symbol, a date, another heading ("Annotations to the provisional
    agenda. I. Preparatory segment (1 3 November 2015)"). A page title that is one plain heading may
    be the document's ("COORDINATION OF THE WORK OF THE WORLD HEALTH ASSEMBLY, ...")."""
    m = _PAGE_TITLE_REPEATED.search(text, 0, limit)
    t = " ".join(title.split())
    if m is None or " ".join(m["title"].split()) != t:
        return False
    return bool(find_symbols(t) or dates.find_ranges(t) or _RUN_ON_HEADING.search(t) or _DISTR.search(t)
                or _ORIGINAL.search(t) or _page_title_runs_on(t, text, m.end(), limit))


def _page_title_runs_on(title: str, text: str, start: int, limit: int) -> bool:
    """Whether the transcription under a mirror's buttons begins a line with the page's title (after the page's
    number) and goes on with more words on that line ("1 Sector de Normalización de las Telecomunicaciones de la
    UIT Actas provisionales de la Asamblea ...", tests/ingest_eval/untouched/ITU_WTSA-16_provisional_acts_es_nosymbol):
    the site named its page by the first words of a longer line, a masthead's field, not by the document's title."""
    words = r"[ \t]+".join(re.escape(w) for w in title.split())
    return re.compile(r"^[ \t]*(?:\d{1,3}[ \t]+)?" + words + r"[ \t]+\S", re.MULTILINE).search(
        text, start, start + limit) is not None


TITLE_MAX_CHARS = 400
"""A document's title is shorter than this (the longest the open sets' answers hold is 288 characters, a
decision's title on the ILO's web page): a longer "title" has run on past the cover into the text."""

TITLE_RUN_ON = patterns.define(
    "cover.title_run_on", r"""
      \S[ \t]+(?P<kind>""" + alternation(KIND_LINES) + r""")[ \t]+(?-i:[A-ZÀ-ÞА-Я])   # a kind line, then a heading
     |(?:\.\.\.|…)                                      # a mirror's or a viewer's cut: the words end unknown
     |Official[ \t]+Records.{0,40}Supplement[ \t]+No      # the Official Records line run in
     |Documentos[ \t]+Oficiales.{0,40}Suplemento|Documents[ \t]+officiels.{0,40}Supplément
     |Официальные[ \t]+отчеты.{0,40}Дополнение
     |(?:Symbols[ \t]+of[ \t]+United[ \t]+Nations[ \t]+documents|Условные[ \t]+обозначения[ \t]+документов
       |Las[ \t]+signaturas[ \t]+de[ \t]+los[ \t]+documentos|Les[ \t]+cotes[ \t]+des[ \t]+documents)  # their note
    """,
    examples=[("Penal Informe del Secretario General Resumen El presente", {"kind": "Informe del Secretario General"}),
              # tests/ingest_eval/sealed/A_65_92_es.txt
              "уровне Доклад Генерального секретаря Резюме Собравшись",  # sealed/A_70_684_ru
              "minutes of the 331st session...331st session, geneva",  # sealed/GB.331_PV
              "Report on the thirty-sixth session (1-4 March 2005) Economic and Social Council Official Records 2005 "
              "Supplement No. 4",  # sealed/E_CN.3_36_report_2005_nosymbol
              "Примечание Условные обозначения документов Организации Объединенных Наций"],  # sealed/A_70_3_ru
    rejects=["Report of the Secretary-General on the work of the Organization",
             "Follow-up to the report of the Secretary-General on the causes of conflict",
             "Report on the thirty-sixth session (1-4 March 2005)", "Economic and Social Council Official Records"],
    flags=re.IGNORECASE)
"""What a title holds when it has run on past its end: a kind line with a heading after it ("... Informe del
Secretario General Resumen El presente informe ...": the title, the kind line, the summary and the text read as
one), an ellipsis (the page's title cut by a mirror), the Official Records line or the Official Records' note on
symbols ("Note" / "Symbols of United Nations documents are composed of ...") run in. Such a title is not asserted."""


GLOSS = patterns.define(
    "cover.gloss", r"[ \t]+(?P<gloss>[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][^A-Za-z]*)$",
    examples=[("Forty-eighth session 第四十八届会议", {"gloss": "第四十八届会议"}),
              # tests/ingest_eval/sealed/A_HRC_48_summary_record_template_en-zh_nosymbol.txt
              ("Human Rights Council 人权理事会", {"gloss": "人权理事会"})],
    rejects=["Forty-eighth session", "第四十八届会议", "Summary record 摘要 of the 41st meeting"], verbose=False)
"""A line's translation into Chinese after its English, on a bilingual template (each English segment, a space,
then its Chinese one)."""


BITEXT_GLUED = patterns.define(
    "cover.bitext_glued", r"""
    [A-Za-z][.,;:)]?                                          # the English half's last letter (or its stop) ...
    (?=[\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff])          # ... and the other language's first, no space between""",
    examples=["Report of the United Nations Commission on International Trade LawДоклад Комиссии",
              # tests/ingest_eval/unread/A_71_17_en-ru.txt, the UN's alignment tool: each English segment glued to
              # its Russian one
              "United NationsОрганизация Объединенных Наций", "Question of Pitcairnمسألة بيتكيرن"],
    # tests/ingest_eval/unread/A_AC.109_2019_L.18_en-ar.txt
    rejects=["Forty-eighth session 第四十八届会议", "Доклад Комиссии", "E/2019/53E/2019/53",
             "Report of the Commission"])
"""A word of Latin letters glued to one of Cyrillic, Arabic or Chinese letters: an aligned bitext's line, its
English segment run into its translation ("... Trade LawДоклад Комиссии ..."). Such a title is the two halves of
the line (and, read over several lines, of the cover's other fields): not asserted."""


FILE_NAME = patterns.define(
    "cover.file_name", r"(?<![\w.])[\w-]+\.(?:pdf|docx?|rtf|odt|txt|html?|xlsx?)(?!\w)",
    examples=["S1900381_en.pdf - Repositorio CEPAL",
              # tests/ingest_eval/unread/LC_MDM.58_4.txt (fdokumen's title for its page: the file's name, the site's)
              "1910268E.docx (ENGLISH)"],  # the alignment tool's header, unread/A_AC.109_2019_L.18_en-ar.txt
    rejects=["Report of the Commission on its 58th session", "Decision 1/CP.21", "E/CN.6/2019/1", "pdf",
             "UNEP/Conf.Doc 3"], verbose=False)
"""A file's name with its extension in small letters ("S1900381_en.pdf"): a document's title never prints one; a
mirror's or a tool's title for its page does (the uploaded file's name, the site's after it). A symbol's "Conf.Doc"
is no extension."""


def _session_line_alone(line: str) -> bool:
    """Whether ``line`` is a session line and nothing else ("Forty-eighth session"), or with its translation after
    it (:data:`GLOSS`): the masthead's session field, never the first line of a title."""
    gloss = GLOSS.search(line)
    t = line[:gloss.start()] if gloss is not None else line
    return bool(_SESSION_LINE.fullmatch(t.strip()) or LOCAL_SESSION.fullmatch(t.strip()))


def bounded_title(title: str) -> bool:
    """Whether a title's end was found: not one cut at a line break or run on into the next line
    ("КРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ," before "состоявшемся во Дворце Вильсона ..."), or past its end
    (:data:`TITLE_RUN_ON`, :data:`TITLE_MAX_CHARS`), and not a
    cover field read as a title (the Official Records line of a report, a bare kind line, a field's
    label, the symbol, the session line). A title
    that fails is not emitted: no title rather than a wrong one."""
    t = " ".join(title.split())
    last = title.strip().rsplit("\n", 1)[-1] if "\n" in title.strip() else ""
    first = title.strip().split("\n", 1)[0]
    if field_line(first):
        return False  # "INGLES", "general: General", "15 de agosto de 2008 Español": the masthead's fields
    if "\n" in title.strip() and _session_line_alone(first):
        return False  # "Forty-eighth session 第四十八届会议" over the meeting's headings: the session field
    gloss = GLOSS.search(first)
    if gloss is not None and re.search(r"[A-Za-z]", first[:gloss.start()]):
        return False  # "Summary record of the 41st meeting 第41次会议简要记录": a heading with its translation run on
    if FILE_NAME.search(t):
        return False  # "S1900381_en.pdf - Repositorio CEPAL": a mirror's title for its page, the file's name
    if BITEXT_GLUED.search(t):
        return False  # "Report of the ... Trade LawДоклад Комиссии ...": a bitext's two halves glued, not one title
    if MIRROR_CHROME.match(t) or FOOTNOTE_LINE.match(t) or DATE_FIELD.match(first):
        return False  # "Texte intégral" past the page's first lines, "* Late submission.", "Fecha: 28 de noviemb"
    return not (_UNBOUNDED_END.search(t) or _NOT_A_TITLE.match(t) or _BULLET.match(t) or _KIND_ONLY.match(t)
                or LOCAL_SESSION.fullmatch(t) or (last and _PERIOD_LINE.fullmatch(last.strip()))
                or _small_first_letter(t) or NUMBER_HEADING.match(t) or _fields_only(t)
                or len(t) > TITLE_MAX_CHARS or TITLE_RUN_ON.search(t) or _session_fields_run_in(t)
                or _venue_dates_run_in(t) or _organization_line(t) or _item_heading_run_in(t))


def _item_heading_run_in(title: str) -> bool:
    """Whether a title ends in the cover's item heading, run on after other words ("23º período (extraordinario) de
    sesionesGinebra, 14 de agosto a 1º de septiembre de 2000Tema 3 del programa provisional", a masthead's session,
    venue, dates and item glued on one line, tests/ingest_eval/novel/E_C.12_2000_6_es.txt): the masthead's fields,
    never a title, which names an item in its words ("... sobre el tema 3"), not by the heading's capital."""
    t = title.rstrip(" \t*.")
    return any(m.start() > 0 and m.end() == len(t) and t[m.start()].isupper() for m in LOCAL_ITEM_HEADING.finditer(t))


_SESSION_IN_TITLE = re.compile(r"(?<!\w)(?P<ord>" + ORDINAL + r")\s+(?:(?:regular|special)\s+)?(?:session|meeting)\b",
                               re.IGNORECASE)
_VENUE_THEN_DAY = re.compile(r"[ \t]*,?[ \t]*(?:[A-ZÀ-ÞА-Я][\w'’.-]*[ \t]*,?[ \t]*){0,3}\d{1,2}(?!\d)")
"""After a session line: a place's name (a few words in capitals, no preposition) and a day, or the day alone."""


PLACE_BEFORE_DATES = patterns.define(
    "cover.place_before_dates", r"""
    (?:^|(?<=[ \t]))(?-i:(?P<before>[A-ZÀ-ÞА-Я][\w'’.-]*|\d+|[)»”"]))[ \t]+  # a word in capitals (no preposition)
    (?P<place>(?-i:[A-ZÀ-ÞА-Я])[\w'’.-]+)                        # the place's name
    (?:[ \t]+\((?P<country>(?-i:[A-ZÀ-ÞА-Я])[^()]{1,40})\))?      # its country in parentheses
    [ \t]*$""",
    examples=[("Asamblea Mundial de Normalización de las Telecomunicaciones Hammamet (Túnez) ",
               {"place": "Hammamet", "country": "Túnez"}),
              # tests/ingest_eval/untouched/ITU_WTSA-16_provisional_acts_es_nosymbol.txt
              ("Meeting of the Parties Montreal ", {"place": "Montreal"})],
    rejects=["Report of the meeting held in Vienna ", "Informe de la reunión celebrada en Viena (Austria) ",
             "Report of the meeting, Vienna ", "Report on the thirty-sixth session ("])
"""The place a flattened cover's dates follow at a title's end, with no preposition or comma before it and its
country in parentheses where printed ("... Telecomunicaciones Hammamet (Túnez)" before "25 de octubre - 3 de
noviembre de 2016"): the masthead's venue field run in, not the words of a title ("held in Vienna from ...")."""


def _venue_dates_run_in(title: str) -> bool:
    """Whether a title ends in the masthead's venue and session dates run in (:data:`PLACE_BEFORE_DATES`, then a
    range of days that ends the title): the cover's fields on one line, read as the title, are no title."""
    t = title.rstrip(" \t.;")
    return any(r.span[1] == len(t) and PLACE_BEFORE_DATES.search(t, 0, r.span[0]) for r in dates.find_ranges(t))


def _session_fields_run_in(title: str) -> bool:
    """Whether a title holds the masthead's session line with its venue and dates run in ("WMO-No. 1118 Consejo
    Ejecutivo Sexagésima quinta reunión Ginebra 15 a 23 de mayo de 2013 Informe final ...", a flattened cover,
    tests/ingest_eval/sealed/WMO_EC-65_abridged_report_es_nosymbol.txt): the fields, not a title's words, which
    say where and when with a preposition ("... on its sixth session, held in Vienna from 15 to 19 October") or
    in parentheses ("Report on the thirty-sixth session (1-4 March 2005)")."""
    for m in [*LOCAL_SESSION.finditer(title), *_SESSION_IN_TITLE.finditer(title)]:
        if _VENUE_THEN_DAY.match(title, m.end()) and dates.find_ranges(title[m.end():]):
            return True
    return False


def _small_first_letter(title: str) -> bool:
    """A title that begins with a word in small letters: not a document's title, which begins with a capital. It
    is a mirror's user's label for a page ("ghfghfghfgh"), a line cut from a name ("of the United Nations Human"),
    a piece of the masthead's treaty name a mirror took for its page's title ("химических веществ и пестицидов в
    международной торговле", tests/ingest_eval/fresh/UNEP_FAO_RC_COP.7_12_ru.txt) or a site's banner ("авторефераты
    диссертаций БЕСПЛАТНАЯ БИБЛИОТЕКА РОССИИ", unseen/E_CN.15_2013_CRP.1_ru.txt). A transcription may print a
    whole title in small letters where it is an agenda's or a genre's title word for word: "provisional agenda
    and annotations" (blind/CRC_C_42_1.txt), "report of the ..."."""
    words = title.split()
    if not words or not words[0][:1].islower():
        return False
    if len(words) == 1 or _JOINING_WORDS.fullmatch(words[0]):
        return True
    return not (AGENDA_TITLE.match(title.strip()) or GENRE_TITLE.match(title.strip()))


_PLACE_BEFORE_DATE = re.compile(r"(?:^|\s)[A-ZÀ-ÞА-Я][\w.'’-]*(?:\s[A-ZÀ-ÞА-Я][\w.'’-]*){0,2}\s*,\s*$")
"""A place and its comma right before a session's dates ("Nueva York, 3 de diciembre de 2021")."""


def _fields_only(title: str) -> bool:
    """A "title" made of cover fields only: session lines and their dates ("(5-23 août 2024)114e
    session(25 novembre-13 décembre 2024)115e session(...)", the sessions an Official Records report
    covers), with no words of a title left once they are taken away."""
    rest = title
    for r in reversed(dates.find_ranges(rest)):
        place = _PLACE_BEFORE_DATE.search(rest, 0, r.span[0])
        rest = rest[:place.start() if place else r.span[0]] + " " + rest[r.span[1]:]
    rest = LOCAL_SESSION.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:" + ORDINAL + r")\s+(?:session|meeting)\b", " ", rest)
    return bool(rest != title and len(re.findall(r"[^\W\d_]", rest)) < TITLE_MIN_CHARS)


_PERIOD_LINE = re.compile(
    r"\(?(?:(?:from|du|del|с)\s+)?(?:\d{1,2}\s+)?(?i:" + "|".join(map(re.escape, month_names("en", "es", "fr", "ru")))
    + r")\s+(?:(?:19|20)\d{2}\s+)?(?:to|-|–|au|al|a|по)\s+(?:\d{1,2}\s+)?(?i:"
    + "|".join(map(re.escape, month_names("en", "es", "fr", "ru"))) + r")\s+(?:19|20)\d{2}\)?")
"""A line that is only a period of months ("October 1993 to November 1994") under a title: whether it
belongs to the title the cover does not say (a report's period, or the title's own words)."""


def _double_spaced_capitals(title_lines: list[Span], line: Span, text: str) -> bool:
    """Whether ``line`` goes on with a title in capitals on a cover that sets a blank line after every line:
    the title's lines are already joined across a blank line, and ``line``, in capitals too, follows the last
    after one blank line ("BIENNIAL PROGRAMME OF" / "WORK OF THE EXECUTIVE" / "BOARD (2011–2012)", WFP's cover on
    a mirror, tests/ingest_eval/sealed/WFP_EB.1_2011_11-B.txt): there a blank line says nothing of where the
    title ends."""
    spaced = [b for a, b in zip(title_lines, title_lines[1:], strict=False) if text[a.end:b.start].count("\n") == 2]
    capitals = all(_in_capitals(x.text) for x in [*title_lines, line])
    return bool(spaced) and len(spaced) == len(title_lines) - 1 and capitals \
        and text[title_lines[-1].end:line.start].count("\n") == 2 and len(line.text) < ITEM_TITLE_CHARS


def _in_capitals(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _name_broken_across(before: str, line: str, registry: Registry | None) -> bool:
    """Whether a body's name is broken between a title line and the next ("... OF THE GENERAL" /
    "ASSEMBLY, ADOPTION OF THE AGENDA ..."): that line continues the title, it is no body line."""
    last = re.search(r"(\S+)\s*$", before)
    first = re.match(r"\s*([^\W\d_]+)", line)
    if registry is None or last is None or first is None:
        return False
    return bool(registry.body_is_named(f"{last[1]} {first[1]}")) and not registry.body_is_named(line.strip())


_SENTENCE_END = re.compile(r"\.\s+(?=\S)")


def _title_span(text: str, start: int, end: int) -> Span:
    """The title's lines, without a footnote mark left at its end ("Annotated provisional agenda *") and
    without the kind line a flattened cover runs on after it ("Provisional agenda and annotations. Note by
    the Executive Secretary. Addendum.": the kind of document and its addendum, not words of the title)."""
    for m in _SENTENCE_END.finditer(text, start, end):
        if _KIND_LINE.match(text[m.end():end]):
            end = m.start()
            break
    kind = FLAT_KIND_LINE.search(text, start, end)
    if kind is not None and not text[kind.end():end].strip():
        end = kind.start()  # "Provisional agenda and annotations Note by the Executive Secretary", one line
    while end > start and text[end - 1] in " \t*":
        end -= 1
    mark = _FOOTNOTE_AFTER_BRACKET.search(text, start, end)
    if mark is not None:
        end = mark.start() + 1  # "Provisional agenda (annotated) 1": the footnote's number after the title
    return Span(start, end, text[start:end])


_FOOTNOTE_AFTER_BRACKET = re.compile(r"\)[ \t]*\d{1,2}$")
"""A footnote's number printed after a title's closing bracket ("Provisional agenda (annotated) 1",
tests/ingest_eval/unseen/EB147_1_annotated.txt): a bracket closes a title's own words, a number after it is a mark."""


_GLUED_LOCAL_SESSION = re.compile(
    r"(?P<ord>(?i:" + alternation(LOCAL_ORDINALS).replace(r"\-", "[-\u2010\u2011]") + r"))\s*"
    r"(?P<kind>(?i:" + alternation(w for w in LOCAL_SESSION_WORDS if w.isascii() or w[0].isalpha() and
                                  not w.startswith(("届", "次"))) + r"))(?![a-zà-ÿа-яё])")
"""A French, Spanish or Russian session line glued between a body's name and its venue
("COMITÉ DES DROITS DE L’ENFANTTrente‑sixième sessionGenève, 17 mai‑4 juin 2004")."""


def _ending(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """What ``pattern`` ends in from its group ``kind`` on: a text it finds nothing in is not searched
    with ``pattern`` (which tries hundreds of ordinals at every character before that)."""
    return re.compile(pattern.pattern[pattern.pattern.index("(?P<kind>"):].replace("(?P<kind>", "(?:", 1),
                      pattern.flags)


_SESSION_WORD, _LOCAL_SESSION_WORD = _ending(_GLUED_SESSION), _ending(_GLUED_LOCAL_SESSION)


def _glued_at(t: str, i: int) -> bool:
    """Whether a word begins at ``t[i]``: after no letter, or where the letter case turns
    ("…ENFANTTrente": a capital before a small letter; "…sessionGenève": a capital after a small one)."""
    if i == 0 or not t[i - 1].isalpha():
        return True
    return t[i].isupper() and (t[i - 1].islower() or i + 1 < len(t) and t[i + 1].islower())


_NAME_BEFORE_COLON = re.compile(r"\s*:\s.*$", re.DOTALL)


def _glued_session(cover: Cover, line: Span, registry: Registry | None) -> bool:
    """A line that runs a body's name, the session and its venue and dates together, as text copied
    from a PDF gives them ("COMMITTEE AGAINST TORTUREThirty-ninth sessionGeneva, 5 – 23 November
    2007", "HUMAN RIGHTS COUNCIL Ninth session Agenda item 1 ..."). Only when something stands before
    the session words (a plain session line is read as one)."""
    t = line.text
    if len(t) > GLUED_LINE_CHARS:
        return False
    m = _GLUED_SESSION.search(t) if _SESSION_WORD.search(t) else None
    if m is None and _LOCAL_SESSION_WORD.search(t):
        m = next((g for g in _GLUED_LOCAL_SESSION.finditer(t) if _glued_at(t, g.start())), None)
    if m is None or m.start() == 0 or _SESSION_LINE.match(t):
        return False
    name = t[:m.start()].strip(" ,")
    if _PROSE_SESSION.search(name):
        return False  # "Environment Forum at its twenty-third session": prose, not a session line
    if registry is not None and not (registry.body_is_named(name) or _body_line(name)):
        return False
    number = ordinal(m["ord"])
    if number is None:
        return False
    # a catalogue's "Body : title" heading ("Commission for Social Development : report on the 43rd session ..."):
    # the body's name ends at the colon, which no name holds
    name = _NAME_BEFORE_COLON.sub("", name)
    cover.session_number = number
    cover.session_word = LOCAL_SESSION_WORDS.get(m["kind"].lower(), m["kind"].lower())
    cover.body_lines.append(Span(line.start, line.start + len(name), name))
    rest = t[m.end():]
    at = line.start + m.end()
    on = dates.first_range(rest)
    if on is not None and not rest[:on.span[0]].strip() and cover.dates is None \
            and _GLUED_ITEM.match(rest, on.span[1]):
        # "...Thirty-sixth session11-29 September 2017Agenda item 1Organizational ...": dates, then the item
        cover.dates = dates.DateRange(on.start, on.end, (at + on.span[0], at + on.span[1]))
        rest, at = rest[on.span[1]:], at + on.span[1]
    item = _GLUED_ITEM.match(rest)
    if item is not None and cover.item is None:  # "... Ninth session Agenda item 1 Organizational and ..."
        cover.item = ItemRef(item_notations(item["list"]), Span(at + item.start("head"), at + item.end("head"),
                                                                 item["head"]),
                             Span(at + item.start("title"), at + item.end("title"), item["title"]))
        return True
    vd = _venue_dates(rest.strip())
    if vd is not None and cover.dates is None:
        cover.venue, cover.dates = vd
        lead = len(rest) - len(rest.lstrip())
        a, b = cover.dates.span
        at = line.start + m.end() + lead
        cover.dates = dates.DateRange(cover.dates.start, cover.dates.end, (at + a, at + b))
    return True


_MARK_AFTER_SYMBOL = re.compile(r"^(?:\*+|" + FOOTNOTE_MARK + ")")  # what find_symbols leaves of a mark


def _cover_symbol(t: str) -> tuple[Symbol, tuple[int, int]] | None:
    """The document symbol on a cover line: alone, or after "United Nations", or before "Distr."; never a footnote's
    ("* E/1997/100.", the agenda an "Item 1 of the provisional agenda*" heading names, on a cover that prints no
    symbol of its own: tests/ingest_eval/novel/E_1997_L.15_nosymbol.txt)."""
    if len(t) > 90 or FOOTNOTE_SYMBOL.match(t):
        return None
    for s, (a, b) in find_symbols(t):
        # "/ HSP/GC/20/1/Add.1": a column's mark; "A/52/250(1)", "A/76/100*": a footnote's mark after the symbol
        rest = (t[:a] + " " + _MARK_AFTER_SYMBOL.sub("", t[b:])).strip(" /|")
        if not rest or _UN.fullmatch(rest) or _UN.match(rest) and len(rest) < 45 \
                or re.match(r"^(?:Distr|Original)", t[b:].strip(), re.I) or _only_dates_or_symbols(rest) \
                or _ORGAN_BESIDE_SYMBOL.fullmatch(t[:a].strip()) and _QUALIFIER.fullmatch(t[b:].strip()):
            return s, (a, b)
    return None


_ORGAN_BESIDE_SYMBOL = re.compile(r"(?:[A-Z][A-Z-]+\s+){0,3}(?:BOARD|COUNCIL|COMMITTEE|ASSEMBLY|COMMISSION|CONFERENCE)")
"""The organ's name in capitals printed on the symbol's line, as WHO's mastheads print it
("EXECUTIVE BOARD EB147/1 (annotated)", tests/ingest_eval/unseen/EB147_1_annotated.txt)."""
_QUALIFIER = re.compile(r"(?:\((?:annotated|annoté|anotado|draft|projet|proyecto)\))?", re.IGNORECASE)
"""What such a symbol line may print after the symbol: the version's qualifier ("(annotated)")."""


_ITEM_IN_LINE = re.compile(r"(?<![\w(])Items?\s+(?P<list>\d{1,3}(?:\s*\([a-z]\))?)\s+of\s+the\s+"
                           r"(?:provisional\s+)?agenda\b")
_COUNTRY_AFTER_VENUE = re.compile(r"\s*\(.*\)\s*$")


def _venue_then_item(cover: Cover, all_lines: list[Span], i: int, registry: Registry | None, text: str) -> int:
    """A session's venue and dates with its item heading run on after them on one line, the item's title after that
    ("Abidjan (Côte d’Ivoire), 11-13 mai 2022 Point 1 a) de l’ordre du jour provisoire Questions d’organisation",
    under "Comité de la science et de la technologie Quinzième session": tests/ingest_eval/pristine/
    ICCD_COP(15)_CST_1_fr.txt): cover fields, never the title. Of a sub-item ("1 a)"), the words run on are its
    item's title and the next line the sub-item's own ("Adoption de l’ordre du jour et organisation des travaux");
    read only under a session line (the period its dates). Returns the lines taken."""
    line = all_lines[i]
    t = line.text
    heading = LOCAL_ITEM_HEADING.search(t) or _ITEM_IN_LINE.search(t)
    if cover.session_number is None or heading is None or heading.start() == 0:
        return 0
    vd = _venue_dates(t[:heading.start()].strip())
    if vd is None or vd[0] is None or vd[1].start == vd[1].end:
        return 0
    printed = next(v for k, v in heading.groupdict().items() if k.startswith("list") and v)
    notations = item_notations(re.sub(r"(?<![(\w])([a-zа-я])\)", r"(\1)", printed))
    if len(notations) != 1:
        return 0
    if cover.dates is None:
        a, b = vd[1].span
        cover.venue = _COUNTRY_AFTER_VENUE.sub("", vd[0]) or None
        cover.dates = dates.DateRange(vd[1].start, vd[1].end, (line.start + a, line.start + b))
    cover.lines.append(line)
    rest = t[heading.end():].strip()
    at = line.start + heading.end() + (len(t[heading.end():]) - len(t[heading.end():].lstrip()))
    title, taken = None, 1
    if rest and "(" in notations[0]:
        nxt = all_lines[i + 1] if i + 1 < len(all_lines) else None
        if nxt is not None and _item_title_line(nxt, registry) and not GENRE_TITLE.match(nxt.text) \
                and not _KIND_ONLY.match(nxt.text):
            title, taken = nxt, 2  # the sub-item's title under its item's
            cover.lines.append(nxt)
    elif rest and len(rest) < ITEM_TITLE_CHARS:
        title = Span(at, at + len(rest), rest)
    if cover.item is None:
        cover.item = ItemRef(notations, Span(line.start + heading.start(), line.start + heading.end(),
                                             heading.group(0)), title)
    return taken


def _item_title_line(line: Span, registry: Registry | None) -> bool:
    """The line after an item heading, set apart by a blank line, is the item's title when it is
    not the document's own title, a kind line or another cover field."""
    t = line.text
    return len(t) < ITEM_TITLE_CHARS and not t.endswith(".") and not AGENDA_TITLE.match(t) \
        and not _KIND_LINE.match(t) and not _is_meta(t, registry) and not _STRUCTURAL.match(t)


def _continues_title(t: str) -> bool:
    """Whether a line can continue a title whose line before ends in a joining word: any line of a title's
    length that is not a kind line, an agenda's title or a heading of the text (a body's name may be the
    title's words: "... OF" / "THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND ...")."""
    return len(t) < ITEM_TITLE_CHARS and not t.endswith(".") and not _KIND_LINE.match(t) \
        and not AGENDA_TITLE.match(t) and not _STRUCTURAL.match(t)


_MONTH_OF_ISSUE = re.compile(
    r"(?P<month>" + alternation(month_names()) + r")(?:\s*/\s*(?P<also>" + alternation(month_names())
    + r"))?\s+(?P<year>(?:19|20)\d{2})", re.IGNORECASE)
"""A month and a year with no day beside a cover's symbol, the month perhaps in two names joined by a slash as
Arabic prints it ("CL 120/11 ابريل/نيسان 2001", tests/ingest_eval/blind/FAO_CL_120_11_ar.txt): the month of
issue, no date of its own (a day is not printed)."""


def _only_dates_or_symbols(rest: str) -> bool:
    """What shares a line with the symbol is only a date, a month of issue or other (joint) symbols."""
    for _, (a, b) in reversed(find_symbols(rest)):
        rest = rest[:a] + rest[b:]
    rest = rest.strip(" *-–,")
    if not rest or _MONTH_OF_ISSUE.fullmatch(rest):
        return True
    r = dates.first_range(rest)
    return r is not None and r.start == r.end and not (rest[:r.span[0]] + rest[r.span[1]:]).strip(" ,.")


_FRAMED_SESSION = re.compile(r"[-–—]\s*(?P<line>.+?)\s*[-–—]")
"""A session line set between dashes under a title ("- Восемьдесят четвертая сессия -", CCPR/C/84/D/1207/2003)."""


def _is_meta(t: str, registry: Registry | None) -> bool:
    framed = _FRAMED_SESSION.fullmatch(t)
    if framed is not None and (LOCAL_SESSION.fullmatch(framed["line"]) or _SESSION_LINE.match(framed["line"])):
        return True
    return bool(_DISTR.match(t) or _ORIGINAL.search(t) and len(t) < 60 or _SESSION_LINE.match(t)
                or is_symbol(t.strip(" *")) or _UN.match(t) is not None and _CUT_AT_REVISION.search(t) is not None
                or _DISTRIBUTION_KIND.fullmatch(t)
                or _venue_dates(t) or any(h.match(t) for h in _ITEM_HEAD) or _VERSION.match(t)
                or (_body_line(t) and len(t) < 150 and not t.endswith("."))
                or (registry is not None and registry.body_is_named(t)))


def _structural(t: str, cover: Cover) -> bool:
    if _STRUCTURAL.match(t):
        return True
    if len(t) > 300:
        return True
    if t.endswith(".") and len(t.split()) > 14 and not re.match(r"^(?:Report|Informe|Rapport)\b", t):
        return True
    return bool(re.match(r"^\d{1,2}\.\s+\S", t) and cover.title is not None)


_TITLE_GENRE_WORD = patterns.define(
    "cover.title_genre_word", r"\b(?:programme|agenda|report)\b",
    examples=["Provisional agenda for the twenty-sixth session", "Report of the ", "ADOPTION OF THE WORKING PROGRAMME"],
    rejects=["Duration of the twenty-seventh session of the   "], flags=re.IGNORECASE, verbose=False)
"""The words of a title that make it a document of the session it names ("Provisional agenda for the twenty-sixth
session", "Eighteenth meeting of the Conference of the Parties ...: ADOPTION OF THE WORKING PROGRAMME"), looked for
outside the organs' names it prints (:data:`ORGAN_NAME`): "Duration of the twenty-seventh session of the Committee for
Programme and Co-ordination", the title of a Council resolution (tests/ingest_eval/unread/ECOSOC_res_1986-07-22_CPC_
duration_nosymbol.txt), is of no session of the Committee's."""


def _from_title(cover: Cover) -> None:
    """Session, venue and dates printed in a title ("Report ... on its fourth session, held in
    Vienna from 8 to 17 October 2008")."""
    if cover.title is None:
        return
    t = fold(cover.title.text)
    if _DISTR.search(t) or _ORIGINAL.search(t):
        # "1 UNITED NATIONS Distr. GENERAL FCCC/CP/1998/1 28 August 1998 Original: ENGLISH ... Fourth session Buenos
        # Aires, 2-13 November 1998 ...": a flattened masthead taken for a title, whose first date is the
        # distribution date; its fields are the masthead's, read by their own words (masthead.read_masthead)
        return
    if cover.session_number is None:
        m = _ITS_SESSION.search(t)
        local = _TITLE_OWN_SESSION.search(t) if m is None else None
        if m:
            cover.session_number = ordinal(m["ord"])
            cover.session_word = m["kind"].lower()
        elif local:
            cover.session_number = TITLE_ORDINALS.get(local["ord"].lower().translate(HYPHENS)) or ordinal(local["ord"])
            cover.session_word = TITLE_SESSION_WORDS[local["kind"].lower()]
        else:
            m = re.search(r"\b(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting)\b", t, re.IGNORECASE)
            if m and _TITLE_GENRE_WORD.search(ORGAN_NAME.sub(" ", t)):
                cover.session_number = ordinal(m["ord"])
                cover.session_word = m["kind"].lower()
    found = dates.find_ranges(t)
    several = bool(found) and _MORE_DATES.match(t, found[0].span[1]) is not None
    one_day = bool(found) and found[0].start == found[0].end and not _SESSION_WORDS.search(t)
    framed = bool(found) and (_SESSION_WORDS.search(t) is not None or dates.meeting_length(found[0]))
    if cover.dates is not None and found and not several and not one_day and framed \
            and (found[0].start, found[0].end) != (cover.dates.start, cover.dates.end):
        # the session line and the title date the session differently ("Вена, 20-24 июня 2016 года" over "...
        # седьмой сессии, прошедшей в Вене 20-24 июля 2016 года", fresh/CAC_COSP_IRG_2016_9_ru.txt): the text
        # contradicts itself, so its session's dates are not known
        cover.dates = None
        return
    # "ANNUAL REPORT (23 May 2002-25 April 2003)": a reporting period, no session's (dates.meeting_length);
    # "(17 March 2006 and 12-16 March 2007)": several sittings
    if cover.dates is None and found and not several and not one_day and framed:
        cover.dates = found[0]
        v = HELD.search(t)
        if v:
            cover.venue = v["venue"].strip()
        else:
            m = re.search(r",\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$", t)
            if m and t.find(m.group(0)) > 0:
                cover.venue = m.group(1)


_PARENTHESISED = re.compile(r"\(\s*(?P<inner>[^()]{6,60}?)\s*\)")


def _dates_under_title(cover: Cover) -> None:
    """A session report's dates printed on the line under its title, alone in parentheses ("REPORT
    ON THE ELEVENTH SPECIAL SESSION" / "(29 January-2 February 1990)"), as the title's own would be."""
    if cover.dates is not None or cover.title is None or not cover.subtitles:
        return
    if not re.search(r"\b(?:report|informe|rapport)\b", cover.title.text, re.I) \
            or not _SESSION_WORDS.search(cover.title.text):
        return
    line = cover.subtitles[0]
    m = _PARENTHESISED.fullmatch(line.text)
    if m is None:
        return
    found = dates.find_ranges(m["inner"])
    if len(found) != 1 or found[0].span != (0, len(m["inner"])) or found[0].start == found[0].end:
        return  # only a period, and only one
    at = line.start + m.start("inner")
    r = found[0]
    cover.dates = dates.DateRange(r.start, r.end, (at + r.span[0], at + r.span[1]))


_ADOPTED_BEFORE = re.compile(r"\b(?:adopted|approved|established|endorsed|taken|made)\s+$", re.IGNORECASE)
"""What stands before "at its first session" when the session is a cited text's ("resolution 1/4, adopted
at its first session"): a past session of the body that adopted it, never the document's own."""


def own_session_phrase(pattern: re.Pattern[str], text: str, start: int, end: int,
                       owned: Callable[[re.Match[str]], bool] | None = None) -> re.Match[str] | None:
    """The first "at its Nth session" of ``pattern`` in ``text[start:end]`` that is not the session at
    which a cited text was adopted, nor (where ``owned`` is given) one whose "its" ``owned`` says is another
    body's."""
    for m in pattern.finditer(text, start, end):
        if not _ADOPTED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and (owned is None or owned(m)):
            return m
    return None


def session_from_prose(text: str, start: int, limit: int = 3000,
                       owned: Callable[[re.Match[str]], bool] | None = None) -> int | None:
    """"The Ad Hoc Committee at its third session will ..." in the first paragraphs."""
    m = own_session_phrase(_ITS_SESSION, text, start, start + limit, owned)
    return ordinal(m["ord"]) if m else None


ORGAN_NAME = patterns.define(
    "cover.organ_name", r"""
    (?<![\w-])(?P<name>(?:[A-Z][\w-]*[ \t]+){0,4}                       # "Ad Hoc", "Statistical", "Human Rights"
    (?:Commission|Committee|Council|Conference|Assembly|Board|Working[ \t]+Group|Forum|Panel|Subcommittee
      |Sub-Commission|Congress)
    (?:[ \t]+(?:on|of|for|against|to)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*      # "on Sustainable Development"
      (?:[ \t]+(?:[A-Z][\w-]*|and|of|the|on|for|against|to|in))*)?)""",
    examples=[("held in Nairobi, the Commission on Sustainable Development adopted",
               {"name": "Commission on Sustainable Development"}),
              ("The Ad Hoc Committee at its third session", {"name": "The Ad Hoc Committee"}),
              ("the report of the Committee on its 107th session", {"name": "Committee"}),  # sealed/MSC_107_1
              ("the Conference of the Parties to the United Nations Convention against Transnational Organized Crime "
               "adopted", {"name": "Conference of the Parties to the United Nations Convention against "
                                   "Transnational Organized Crime"})],  # data/sources/CTOC_COP_session1_decisions_2004
    rejects=["the committee will meet", "a conference room paper"])
"""A body's name in prose: a few capitalised words before the kind of organ, and what it is on or of ("the
Commission on Sustainable Development"): whose session "at its Nth session" is."""
ORGAN_NAME_CHARS = 300  # how far within its sentence a phrase's owner is looked for
_CLAUSE_END = re.compile(r"[.;:](?:\s|$)|\n[ \t]*\n")
_PHRASE_SESSION_WORD = re.compile(r"\b(?:session|meeting)\b", re.IGNORECASE)


def phrase_owner(text: str, m: re.Match[str]) -> str | None:
    """The body's name that the "its" of the session phrase ``m`` stands for: the last organ's name before it in its
    sentence ("The Ad Hoc Committee at its third session", "the report of the Committee on its 107th session"), else
    the first after it ("At its fifth session, held in Nairobi ..., the Commission on Sustainable Development
    adopted"); None when its sentence names no organ."""
    lead = text[max(0, m.start() - ORGAN_NAME_CHARS):m.start()]
    ends = list(_CLAUSE_END.finditer(lead))
    before = [n["name"] for n in ORGAN_NAME.finditer(lead, ends[-1].end() if ends else 0)]
    if before:
        return before[-1]
    words = _PHRASE_SESSION_WORD.search(m.group(0))  # the phrase may hold what follows ("held in Nairobi ...")
    after_at = m.start() + words.end() if words is not None else m.end()
    tail = text[after_at:after_at + ORGAN_NAME_CHARS]
    stop = _CLAUSE_END.search(tail)
    after = ORGAN_NAME.search(tail, 0, stop.start() if stop else len(tail))
    return after["name"] if after else None


def footnotes(text: str, start: int = 0) -> list[Span]:
    """Footnote lines marked with stars ("* CTOC/COP/WG.4/2010/1.")."""
    return [ln for ln in lines(text, start) if re.match(r"^\*{1,3}\s*\S", ln.text)]


def agenda_footnote(text: str, start: int = 0) -> tuple[str, Span] | None:
    """The footnote that names the agenda of an "Item N of the provisional agenda*" heading."""
    for ln in footnotes(text, start):
        m = re.match(r"^\*\s*(?P<sym>\S+?)\.?\s*$", ln.text)
        if m and is_symbol(m["sym"]):
            return m["sym"], ln
    return None

