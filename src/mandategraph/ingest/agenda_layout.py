"""The layout of a provisional agenda: the numbered item list, the annotation under each item
with its Documentation list, and the organization-of-work table (or programme) with its slots.

Everything here works on the cleaned text (same offsets as the source) and returns spans; what the
items mean and what grounds them is read by :mod:`mandategraph.ingest.agenda`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mandategraph.ingest import dates, lexicon, patterns
from mandategraph.ingest.paragraphs import lines_from
from mandategraph.ingest.symbols import Symbol, find_symbols, is_symbol
from mandategraph.ingest.text import Gap, Span, clean_title, fold, lines, near_gap, with_gaps

# ------------------------------------------------------------------------------------ item list

_ITEM = patterns.define(
    "agenda_layout.item", r"""
    ^(?:(?:Agenda\s+item|Item|Tema|Point|Пункт)\s+)?      # "Agenda item 3." and the local words for item
    (?P<num>\d{1,2})\s*[.:)]
    (?:\s+|(?=[^\W\d_]))                                 # "3. Title", and "3.Title" as PDF copies give it
    (?P<title>\S.*)$""",
    examples=[("3. Organizational matters", {"num": "3", "title": "Organizational matters"}),
              ("1.Opening of the session.", {"num": "1", "title": "Opening of the session."}),
              ("Agenda item 4: Review of the implementation", {"num": "4"}),
              ("Пункт 2. Утверждение повестки дня", {"num": "2"})],
    rejects=["3.5 million dollars", "2013. The session", "12/3 of the Conference"], flags=re.IGNORECASE)
_SUBITEM = patterns.define(
    "agenda_layout.subitem", r"""
    ^[-–•·]?\s*(?:\((?P<letter>[a-z])\)|(?P<letter2>[a-z])\))
    (?:\s+|(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))                  # "(a) Title", and "(a)Title" as PDF copies give it
    (?P<title>\S.*)$""",
    examples=[("(a) Economic, social and cultural rights",
               {"letter": "a", "title": "Economic, social and cultural rights"}),
              ("b) Complaint procedure", {"letter2": "b"}),
              # tests/ingest_eval/unseen/UNEP_FAO_CHW_RC_POPS_JWG.2_annotated_agenda_nosymbol.txt, item 2
              ("(a)Adoption of the agenda", {"letter": "a", "title": "Adoption of the agenda"})],
    rejects=["(a)", "a. Item", "(a)of the Convention", "(b)5"])
_SUBSUBITEM = patterns.define(
    "agenda_layout.subsubitem", r"^[-–•·]?\s*\((?P<roman>[ivx]{1,4})\)\s+(?P<title>\S.*)$",
    examples=[("(i) Progress report on in-depth reviews;",  # FCCC/SBI/1996/1, item 3 (a) (i)
               {"roman": "i", "title": "Progress report on in-depth reviews;"}),
              ("(ii) Elements of the second compilation", {"roman": "ii"})],
    rejects=["(a) Election of officers", "(i)"], verbose=False)
_DECIMAL_SUBITEM = patterns.define(
    "agenda_layout.decimal_subitem", r"^(?P<num>\d{1,2})\.(?P<sub>\d{1,2})\.?\s+(?P<title>[A-ZÀ-ÖØ-ÞА-ЯЁ].*)$",
    examples=[("5.1 Review of entitlements of members of the Executive Board",  # EB147/1 (annotated), unseen set
               {"num": "5", "sub": "1", "title": "Review of entitlements of members of the Executive Board"}),
              ("5.3 Evaluation: annual report", {"sub": "3"})],
    rejects=["5. Managerial matters", "3.5 million dollars", "2.1.1 Item"], verbose=False)
"""A sub-item numbered with its item's number and a decimal ("5.1", "5.2"), as the World Health Organization's
agendas number them."""
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
"""The numerals of sub-sub-items, in order: "3 (a) (i)", "3 (a) (ii)", ..."""
_BARE_MARK = patterns.define(
    "agenda_layout.bare_mark", r"""
    ^(?:(?:Agenda\s+item|Item)\s+(?P<item>\d{1,2})\s*[.:]?    # "Agenda item 3" alone on its line
      |(?P<num>\d{1,2})\s*[.:)]                             # "3." alone
      |\((?P<letter>[a-z])\)                               # "(a)" alone: the title is on the next line
      |(?P<letter2>[a-z])\))\s*$                          # "a)" alone, as French and Spanish lists print it""",
    examples=[("(b)", {"letter": "b"}), ("3.", {"num": "3"}), ("Agenda item 3", {"item": "3"}),
              ("a)", {"letter2": "a"})],  # ILO GB.292 (French), one text run a line
    rejects=["(b) Complaint procedure", "3. Title"], flags=re.IGNORECASE)
_CONTENTS_TAIL = patterns.define(
    "agenda_layout.contents_tail", r"""
    \s*(?:\.\s*){2,}                  # the dot leader of a contents line
    (?:[\d\s–-]*)                     # paragraph range and page: "1 - 12 4"
    (?P<header>\S.*)?$                # a running header glued on: "A/HRC/9/1 page 3" """,
    examples=[("Organizational and procedural matters ...... 1 - 12 4", {"header": None}),
              ("Expert mechanism on the rights of indigenous peoples .... 49 - 50 12 A/HRC/9/1 page 3",
               {"header": "A/HRC/9/1 page 3"})],
    rejects=["Adoption of the agenda."])
_CONTENTS_FURNITURE = patterns.define(
    "agenda_layout.contents_furniture", r"""
    ^(?:contents|table\s+of\s+contents|índice|table\s+des\s+matières|содержание)(?:\s*\(continued\))?\s*$
    |^(?:paragraphs\s+)?page\s*$
    |^\d{1,3}$                                    # a page number alone
    |^GE\.?[\d-]*\s*\([A-Z]\)$                    # a job number left alone: "GE.04-52176 (E)", "GE (S)"
    |^GE\.\d{2}-\d*$                              # ... or with its number cut and no language: "GE.95-" """,
    examples=["CONTENTS (continued)", "Paragraphs Page", "Contents", "2", "GE (S)", "GE.97-50842 (E)", "GE.95-"],
    rejects=["Page 3 of the report", "2. Adoption"],
    flags=re.IGNORECASE)


_RUN_ON_SUBITEMS = patterns.define(
    "agenda_layout.run_on_subitems", r":\s*(?:\(a\)|[–—•])(?:\s|$).*$",
    examples=["in the economic and social fields: (a) (b) UNCTAD's contribution, within its mandate",  # TD/B/51/1
              "in the economic and social fields: – UNCTAD's contribution, within its mandate"],  # TD/B/53/1
    rejects=["Procedural matters:", "follow-up (a) of", "Economic development in Africa: Doubling Aid – Making"],
    verbose=False)
"""An item's title run on into its sub-items whose marks the list did not cut ("... fields: (a) (b) ...",
or sub-items marked by dashes, "... fields: – UNCTAD's contribution ..."): the title is what comes before
the colon."""


_FOOTNOTE_MARK = patterns.define(
    "agenda_layout.footnote_mark", r"(?<=[^\W\d_])\s+\d\s+(?=:\s*$)",
    examples=["Presentación y examen de informes de las Partes incluidas en el anexo I 1 :"],  # FCCC/KP/CMP/2017/1
    rejects=["Matters relating to article 19:", "Decade 2001–2010:"], verbose=False)
"""A footnote's number left between a title and its colon by a flattened page ("anexo I 1 :")."""


_GLUED_ANNOTATIONS = patterns.define(
    "agenda_layout.glued_annotations", r"""
    (?<=\S)[ \t]+(?:[IVX]{1,4}\.[ \t]+)?
    (?:Annotations?|Anotaciones|Аннотации|Пояснительные[ \t]+замечания)        # the annotations' heading ...
    (?:[ \t]+(?:to|on)[ \t]+the[ \t]+(?:provisional[ \t]+)?agenda|[ \t]+al[ \t]+programa[ \t]+provisional
       |[ \t]+к[ \t]+предварительной[ \t]+повестке[ \t]+дня
       |[ \t]+(?:à|de)[ \t]+l[’']ordre[ \t]+du[ \t]+jour[ \t]+provisoire)?
    [ \t]+(?:(?:Item|Point|Tema|Пункт)[ \t]+)?1[ \t]*[.:]                    # ... and its first item's number
    [^\n]*$""",
    examples=["Consideration of communications under article 22 of the Convention. Annotations 1. Opening of the "
              "session by the representative of the Secretary-General",  # a variant of CAT/C/39/1, glued
              "Other matters. Annotations Item 1. Adoption of the agenda"],  # a variant of CRC/C/42/1
    rejects=["Annotations to the provisional agenda", "Consideration of annotations 1 and 2 of the report"],
    flags=re.IGNORECASE)
"""The annotations' heading and the first annotation run on after a list's last title (a line-break lost between
them): not the title's."""
_ANNOTATION_WORDS = ("nnotation", "notacion", "ннотац", "ояснительн")  # what a title must hold to be searched


def _entry_title(printed: str) -> str:
    """An item's title without the dot leader, page numbers and running header of a contents line,
    without a job number left at its end ("... Protocolo de Kyoto. GE (S)"), without sub-items run on
    after its colon, without a footnote's number before the colon, and without the annotations run on after it."""
    title = _without_tails(printed)
    if any(w in title for w in _ANNOTATION_WORDS):
        title = _GLUED_ANNOTATIONS.sub("", title)
    if ":" in title:  # both patterns end at a colon
        title = _FOOTNOTE_MARK.sub("", _RUN_ON_SUBITEMS.sub("", title))
    if title.rstrip()[-1:].isdigit():
        title = _GLUED_NOTE.sub("", title)
    return clean_title(title)


_GLUED_NOTE = patterns.define(
    "agenda_layout.glued_note", r"(?<=[a-z]{3})\d{1,2}\s*$",
    examples=["Opening of the session and adoption of the agenda2",  # EB147/1 (annotated), unseen set
              "Report of the Programme, Budget and Administration Committee of the Executive Board3"],
    rejects=["Agenda 21", "Arrangements for COP 3", "Emissions of CO2", "Goal 8"], verbose=False)
"""A footnote's number glued to the last word of an item's title ("... adoption of the agenda2"): not the title's."""


def _bare(printed: str) -> str:
    """What a title line ends with once the contents-line and job-number debris is gone."""
    return _without_tails(printed).rstrip()


_TWO_DOTS = re.compile(r"\.\s*\.")  # what every dot leader holds


def _without_tails(printed: str) -> str:
    """``printed`` without the dot leader of a contents line and a job number at its end, each pattern
    tried only on a line holding what it must find (most titles have neither: the same text,
    tests/test_ingest_rewrites.py)."""
    title = _CONTENTS_TAIL.sub("", printed) if _TWO_DOTS.search(printed) else printed
    return _JOB_TAIL.sub("", title) if "GE" in title else title


_JOB_TAIL = patterns.define(
    "agenda_layout.job_tail", r"""
    (?<=\S)\s+GE\.?[\d-]*\s*\([A-Z]\)     # the job number of the page's footer: "GE.04-52176 (E)", "GE (C)"
    (?:\s+\d{1,3})?                        # the next page's number ...
    (?:\s+(?:page|página|Page)\s+\d{1,3})?  # ... and its running header: "2 page 2"
    \s*$""",
    examples=["特设工作组的报告 GE (C) 2 page 2",  # FCCC/KP/CMP/2007/1
              "compromisos del Protocolo de Kyoto. GE (S)"],  # FCCC/KP/CMP/2017/1
    rejects=["Report of the GE (C) working group on"])


AGENDA_ANCHOR = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:provisional\s+(?:annotated\s+)?agenda|annotated\s+provisional\s+agenda|agenda|"
    r"provisional\s+annotated\s+agenda.*|programa\s+provisional.*|ordre\s+du\s+jour\s+provisoire.*|"
    r"предварительная\s+повестка\s+дня.*|provisional\s+agenda\s+and\s+.*|"
    r"ordre\s+du\s+jour|orden\s+del\s+d[íi]a|programa|повестка\s+дня|临时议程|议程)\s*:?\s*$",  # "Ordre du jour" alone
    re.IGNORECASE)
_ANNOTATIONS = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:annotations|annotated\s+agenda|anotaciones|аннотации|пояснительные\s+замечания)"
    r"(?:\s+(?:to|on)\s+the\s+(?:provisional\s+)?agenda|\s+al\s+programa\s+provisional|"
    r"\s+к\s+предварительной\s+повестке\s+дня|\s+(?:à|de)\s+l[’']ordre\s+du\s+jour\s+provisoire)?\s*$",
    re.IGNORECASE)


_HEADING_BEFORE_LIST = patterns.define(
    "agenda_layout.heading_before_list", r"""
    (?:^|\s)(?:[IVX]+\.\s*|[一二三四五六七八九十]+\s*)?   # a section number: "I.", Chinese "一"
    (?:provisional\s+agenda|programa\s+provisional|ordre\s+du\s+jour\s+provisoire|
       предварительная\s+повестка\s+дня|临时议程|
       liste\s+des\s+points\s+de\s+l[’']ordre\s+du\s+jour)     # WIPO's summaries of decisions
    \s*:?\s*$""",
    examples=["GE.04-52176 TD/B/51/1 Page 2 I. PROVISIONAL AGENDA",  # TD/B/51/1, flattened
              "Nota de la Secretaria Ejecutiva I. Programa provisional",  # FCCC/KP/CMP/2017/1
              "执行秘书的说明 一 临时议程",  # FCCC/KP/CMP/2007/1
              "I. Provisional Agenda", "LISTE DES POINTS DE L’ORDRE DU JOUR"],  # WIPO_A_48_decisions_summary_fr
    rejects=["Provisional agenda for the fifty-second session of the Board",
             "the provisional agenda is as follows:"], flags=re.IGNORECASE)
_LIST_INTRODUCED = patterns.define(
    "agenda_layout.list_introduced", r"""
    (?:provisional\s+agenda|programa\s+provisional|ordre\s+du\s+jour\s+provisoire|
       предварительная\s+повестка\s+дня)
    [^.;:]{0,200}?                                    # ", proposed after consultation with the Chairman,"
    \s(?:is\s+as\s+follows|reads\s+as\s+follows|es\s+el\s+siguiente|est\s+le\s+suivant|
       se\s+lit\s+comme\s+suit|является\s+следующей|выглядит\s+следующим\s+образом)
    \s*:\s*$""",
    examples=[  # the SBI's sixth session, UNFCCC's web copy (tests/ingest_eval/unseen/FCCC_SBI_6_agenda_nosymbol.txt)
        "2. The provisional agenda for the sixth session of the SBI, proposed after consultation with the "
        "Chairman, is as follows:",
        "El programa provisional del período de sesiones es el siguiente:",
        "L’ordre du jour provisoire de la session est le suivant :"],
    rejects=["The Conference adopted the following agenda:",  # a report says what was adopted: not the agenda
             "The provisional agenda was as follows:", "the provisional agenda is as follows. 1"],
    flags=re.IGNORECASE)
"""A paragraph of a note that introduces the provisional agenda it proposes ("2. The provisional agenda for
the sixth session of the SBI, ..., is as follows:"), the list on the lines after it: a heading of that list.
Only in the present tense: a report's "the agenda adopted was as follows" is not the document's own."""
_INTRODUCES_LIST = re.compile(r"(?:as\s+follows|el\s+siguiente|le\s+suivant|comme\s+suit|следующ\w+(?:\s+образом)?)"
                              r"\s*:\s*$", re.IGNORECASE)
"""An entry that ends so is a numbered paragraph introducing a list ("2. The provisional agenda ... is as
follows:"), not an item: the run of numbers it belongs to is not the item list."""
_TITLE_BEFORE_OPENING = patterns.define(
    "agenda_layout.title_before_opening", r"""
    ^(?:provisional\s+agenda\s+(?:of|for)\s+the|programa\s+provisional\s+del|
       ordre\s+du\s+jour\s+provisoire\s+de\s+la|предварительная\s+повестка\s+дня)
    \s+\S""",
    examples=["Ordre du jour provisoire de la vingtième session extraordinaire de l'Assemblée généralePublié",
              "Provisional agenda of the twentieth special session of the General Assembly"],
    rejects=["Adoption de l'ordre du jour provisoire de la session", "Provisional agenda"], flags=re.IGNORECASE)
_OPENING_LINE = patterns.define(
    "agenda_layout.opening_line", r"""
    ^(?:qui\s+se\s+tiendra|to\s+be\s+held|que\s+se\s+celebrar[áa])    # the session's opening: where ...
    \s.{0,200}?\s(?:à\s+\d{1,2}\s+heures|at\s+\d{1,2}(?:\.\d{2})?\s*[ap]\.m\.|a\s+las\s+\d{1,2}(?:\.\d{2})?
       \s+horas)                                                          # ... and at what time
    \.?\s*$""",
    examples=["Qui se tiendra au Siège de l'Organisation des Nations Unies, le lundi 8 juin 1998 à 10 heures",
              "To be held at Headquarters on Monday, 8 June 1998, at 10 a.m."],
    rejects=["Qui se tiendra au Siège de l'Organisation des Nations Unies",  # no time: not the opening's line
             "1. The session to be held at Headquarters will open at 10 a.m. and discuss"],
    flags=re.IGNORECASE)
"""An agenda's title, then a line of the place and time of the session's opening, as the General Assembly prints
them before the items ("Ordre du jour provisoire de la vingtième session extraordinaire de l'Assemblée générale /
Qui se tiendra au Siège ..., le lundi 8 juin 1998 à 10 heures", A/S-20's web copy): the heading of the list."""
LIST_HEADING_CHARS = 300
"""How far before an item list its heading is looked for (on a flattened page, the same line)."""


def under_agenda_heading(text: str, entries: list[AgendaEntry]) -> bool:
    """Whether the item list ``entries`` follows a heading "Provisional agenda" (in any language),
    printed on its own line or run on before the list on a flattened page."""
    if not entries:
        return False
    at = entries[0].span.start
    before = text[max(0, at - LIST_HEADING_CHARS):at].rstrip()
    last = before.rsplit("\n", 1)[-1] if before.rstrip() else ""
    if last[-1:] == ".":  # a torn list's marks glued to its heading ("Provisional agenda1.2."): not the heading's
        last = re.sub(r"(?<=[^\W\d_])(?:\d{1,2}\.)+$", "", last)
    lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
    opened = len(lines) >= 2 and bool(_OPENING_LINE.search(lines[-1]) and _TITLE_BEFORE_OPENING.search(lines[-2]))
    return bool(_HEADING_BEFORE_LIST.search(last) or _LIST_INTRODUCED.search(last)) or opened


@dataclass
class AgendaEntry:
    notation: str  # as printed: "1", "1 (a)"
    number: str
    letter: str | None
    title: str
    span: Span
    order: int
    cut: bool = False


LISTED_GROUNDS = patterns.define(
    "agenda_layout.listed_grounds", r"""
    \s*\((?P<note>(?:rules?|resolutions?|decisions?)\s+\d   # the item's mandates, in parentheses after its title
      [^()]*(?:\([^()]*\)[^()]*)*)\)                     # ("rule 13 (a) and 48; resolution 47/120 B")
    \s*$""",
    examples=[("Opening of the session by the Chairman of the delegation of Ukraine (rule 30 of the rules of "
               "procedure)", {"note": "rule 30 of the rules of procedure"}),  # A/53/50 (blind set)
              ("Minute of silent prayer or meditation (rule 62)", {"note": "rule 62"}),
              ("Report of the Secretary-General on the work of the Organization (rules 13 (a) and 48; resolution "
               "51/241)", {"note": "rules 13 (a) and 48; resolution 51/241"})],
    rejects=["Implementation of resolution 55/25 (continued)", "Report of the Committee (A/53/5)",
             "Election of officers (rule 30) of the Bureau"], flags=re.IGNORECASE)
"""The mandates a list prints after an item's title, in parentheses, as the General Assembly's preliminary
lists do ("2. Minute of silent prayer or meditation (rule 62)."): they are not part of the title, and they
ground the item."""
LISTED_GROUNDS_CJK = patterns.define(
    "agenda_layout.listed_grounds_cjk", r"""
    [（(](?P<note>(?:[^()（）]|[（(][^()（）]*[)）])*?        # a roman session in parentheses may stand before
      (?:第\s*\d+\s*条|号决议|号决定)(?:[^()（）]|[（(][^()（）]*[)）])*)[)）]  # the kind: "第1145(XII)号"
    [。；;:：]?\s*\d?\s*$                                  # its full stop, and a footnote's number glued on""",
    examples=[("大会主席宣布会议开幕(第31条)。", {"note": "第31条"}),  # the General Assembly's 59th-session agenda
              ("选举各主要委员会的主席团成员(第30条)。3", {"note": "第30条"}),
              ("秘书长关于联合国工作的报告(第13条(a)款和第48条;1993年9月20日第47/120 B号和"
               "1997年7月31日第51/241号决议)。2",
               {"note": "第13条(a)款和第48条;1993年9月20日第47/120 B号和1997年7月31日第51/241号决议"}),
              ("国际原子能机构的报告(1957年11月14日第1145(XII)号和2003年11月4日第58/8号决议)。",
               {"note": "1957年11月14日第1145(XII)号和2003年11月4日第58/8号决议"})],
    rejects=["秘书长按照《联合国宪章》第十二条第二项提出通知", "国际法院的报告(A/59/4)"])
"""The rules and resolutions a Chinese list prints after an item's title ("(第31条)。"): not part of the title.
They ground nothing here: the list does not say whose rules they are, and a Chinese citation's issuer is
not read from its words ("经济及社会理事会 ... 第1982/112号决定" would become the document's body's)."""
CJK_FOOTNOTE_MARK = patterns.define(
    "agenda_layout.cjk_footnote_mark", r"(?<=[:：。；;])\s*\d{1,2}$",
    examples=["任命各附属机构成员以补空缺,并作出其他任命:2", "全权证书委员会的报告。3"],
    rejects=["选举经济及社会理事会18个成员", "第58/403号决定"], verbose=False)
"""A footnote's number glued after a Chinese item title's last stop ("...并作出其他任命:2",
tests/ingest_eval/blind/GA_59_agenda_zh_nosymbol): not part of the title."""
LISTED_GROUNDS_MIN = 3
"""An item list with this many items printing their mandates after their titles (:data:`LISTED_GROUNDS`) is an
agenda's list whatever the document calls itself: the General Assembly's preliminary list of the items of its
provisional agenda is issued as a "Note by the Secretary-General" (A/53/50, tests/ingest_eval/blind)."""


def grounds_listed(entries: list[AgendaEntry]) -> bool:
    """Whether the item list ``entries`` prints the mandates of :data:`LISTED_GROUNDS_MIN` of its items, in English
    or in Chinese ("1. 大会主席宣布会议开幕(第31条)。", tests/ingest_eval/blind/GA_59_agenda_zh_nosymbol)."""
    return sum(1 for e in entries if not e.cut and any(p.search(e.title) for p in (LISTED_GROUNDS, LISTED_GROUNDS_CJK))
               ) >= LISTED_GROUNDS_MIN


@dataclass
class Annotation:
    notation: str
    heading: Span
    text: Span | None
    documentation: list[tuple[str, str, Span]] = field(default_factory=list)  # (title, symbol, span)


def parse_agenda_items(text: str, after: int, gaps: tuple[Gap, ...] = ()) -> tuple[list[AgendaEntry], int]:
    """The numbered item list of an agenda; returns the entries and where the list ends.

    The list is the run of items numbered from 1 that follows an agenda heading ("Provisional
    agenda", "I. Provisional Agenda", the document's own title) or, failing that, the first such
    run of short, list-like entries after ``after``.
    """
    nonblank = _marked_lines(text, after)
    for idx, ln in enumerate(nonblank):
        if AGENDA_ANCHOR.match(ln.text) and idx + 1 < len(nonblank):
            first = nonblank[idx + 1]
            m = _ITEM.match(first.text)
            if m and m["num"] == "1":
                entries, end = _read_list(text, nonblank[idx + 1:], gaps)
                if entries:
                    return entries, end
            lost = _lost_first_number(text, nonblank, idx + 1)
            if lost is not None:
                entries, end = _read_list(text, [lost, *nonblank[idx + 2:]], gaps)
                if len(entries) > 1:
                    return entries, end
    for idx, ln in enumerate(nonblank):
        m = _ITEM.match(ln.text)
        if m and m["num"] == "1":
            entries, end = _read_list(text, nonblank[idx:], gaps)
            # one item is a list only under its heading and with its sub-items ("Ordre du jour provisoire 1.
            # Questions d’organisation: a) ...; b) ...", a text cut inside them); alone, it is the heading of an
            # annotation ("ANNOTATED PROVISIONAL AGENDA 1. Opening of the meeting 1. The third meeting ...")
            numbered = len([e for e in entries if not e.letter])
            if (numbered >= 2 or numbered == 1 and len(entries) > _SUBITEMS_OF_ONE and under_agenda_heading(
                    text, entries)) and _list_like(entries):
                return entries, end
            kept = _like_prefix(entries)
            if len([e for e in kept if not e.letter]) >= _ITEMS_BEFORE_LONG:
                return kept, kept[-1].span.end
    undotted = _undotted_list(text, after, gaps)
    return undotted if undotted[0] else _torn_list(text, after)


_UNDOTTED_ITEM = patterns.define(
    "agenda_layout.undotted_item", r"""
    ^(?P<num>\d{1,2})[ \t]+                               # "1 Adoption of the agenda": no full stop after the number
    (?!(?i:""" + lexicon.alternation(lexicon.MONTHS) + r""")\b)   # not a date ("2 December 2022")
    (?P<title>[A-ZÀ-ÖØ-Þ][^\n]*?)\s*$""",
    examples=[("1 Adoption of the agenda; report on credentials",  # MSC 107/1 (IMO), sealed set
               {"num": "1", "title": "Adoption of the agenda; report on credentials"}),
              ("15 Navigation, communications and search and rescue (Urgent matters emanating from", {"num": "15"})],
    rejects=["2 December 2022", "1. Adoption of the agenda", "107th session", "3 (a) Election"])
"""An item of a list that prints its numbers without a full stop, as the International Maritime Organization's
agendas do ("1 Adoption of the agenda; report on credentials", "2 Decisions of other IMO bodies")."""
_UNDOTTED_MIN_ITEMS = 5
"""A list numbered so is read only when it runs from 1 to at least this number, in order."""
_UNDOTTED_HEADING_LINES = 8
"""... and its first item is at most this many lines under the agenda's heading ("PROVISIONAL AGENDA", then the
session, its dates and venue, the hour it opens, the unnumbered "Opening of the session")."""
_UNDOTTED_GAP_LINES = 8
"""The lines of a page's foot and the next page's head (a footnote, the file's path, the running header, the page
number) a list so numbered may carry between two of its items."""
_OPEN_TITLE = re.compile(r"[^.;:]$")
"""A title that does not end so goes on on the next line ("... Maritime Autonomous Surface Ships" / "(MASS)")."""


def _undotted_list(text: str, after: int, gaps: tuple[Gap, ...]) -> tuple[list[AgendaEntry], int]:
    """The items of a list numbered without full stops (:data:`_UNDOTTED_ITEM`) under an agenda's heading, each
    title with the lines it runs on to (a line starting in lower case or with a parenthesis, or closing one the
    title opened); between two items, lines that are not the list's are passed over (a page's foot and head,
    up to :data:`_UNDOTTED_GAP_LINES`). Read only from item 1 on, in order, to :data:`_UNDOTTED_MIN_ITEMS` items
    at least, none of them a sentence (a footnote ends with a full stop: an item here does not); else no list."""
    nonblank = [ln for ln in lines(text, 0) if ln.text]
    first = next((i for i, ln in enumerate(nonblank) if ln.start >= after and (
        (m := _UNDOTTED_ITEM.match(ln.text)) is not None and m["num"] == "1")), None)
    if first is None or not any(AGENDA_ANCHOR.match(ln.text)
                                for ln in nonblank[max(0, first - _UNDOTTED_HEADING_LINES):first]):
        return [], after
    entries: list[AgendaEntry] = []
    joining, passed = False, 0
    for ln in nonblank[first:]:
        m = _UNDOTTED_ITEM.match(ln.text)
        if m is not None and int(m["num"]) == len(entries) + 1:
            entries.append(AgendaEntry(m["num"], m["num"], None, m["title"], ln, len(entries) + 1))
            joining, passed = True, 0
            continue
        if m is not None or _ITEM.match(ln.text):
            break  # a number out of order, or one with its full stop: the list is over
        last = entries[-1]
        if joining and _OPEN_TITLE.search(last.title) and len(ln.text) < _CONTINUATION and (
                ln.text[:1].islower() or ln.text[:1] == "(" or last.title.count("(") > last.title.count(")")):
            span = Span(last.span.start, ln.end, text[last.span.start:ln.end])
            entries[-1] = AgendaEntry(last.notation, last.number, None, f"{last.title} {ln.text}", span, last.order)
            continue
        joining = False
        passed += 1
        if passed > _UNDOTTED_GAP_LINES:
            break
    if len(entries) < _UNDOTTED_MIN_ITEMS or any(e.title.endswith(".") for e in entries):
        return [], after
    entries = [AgendaEntry(e.notation, e.number, None, _entry_title(e.title), e.span, e.order) for e in entries]
    if not _list_like(entries):
        return [], after
    _mark_cut(entries, text, gaps)
    return entries, entries[-1].span.end


_TORN_START = patterns.define(
    "agenda_layout.torn_start", r"""
    (?:provisional\s+agenda|programa\s+provisional|ordre\s+du\s+jour\s+provisoire)   # the heading, glued to
    (?P<list>1\.2\.[^\W\d_])                                                        # a run of marks: "1.2.Opening" """,
    examples=[("Provisional agenda1.2.Opening of the meeting.Organizational matters:(a)(b)(c)3.4.5.Election",
               {"list": "1.2.O"})],  # UNEP/POPS/COP.4/1, unseen set
    rejects=["Provisional agenda 1. Opening of the meeting", "Provisional agenda1.Opening"], flags=re.IGNORECASE)
"""An item list whose columns were torn apart by the copy: the marks printed in runs before their titles, with
no spaces ("Provisional agenda1.2.Opening of the meeting.Organizational matters:(a)(b)(c)3.4.5.Election of
officers;Adoption of the agenda;Organization of work.")."""
_TORN_MARK = re.compile(r"(?P<num>\d{1,2})\.(?!\d{1,2}(?![.\d]))|\((?P<sub>[a-z]{1,4})\)")  # "1.2.": two marks
_TORN_TITLE_END = re.compile(r"[.;:](?=[A-Z(]|\d{1,2}\.|[ \t]*\n|\s*$)|\n")
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
"""Two words the copy glued together ("of theParties", "ofArticle 3"): a space between them."""


def _torn_list(text: str, after: int) -> tuple[list[AgendaEntry], int]:
    """The items of a list torn into a column of marks and a column of titles (:data:`_TORN_START`). Row by row
    the copy gives a row's marks, then its titles, so in the whole list the marks and the titles come in the
    same order: the n-th mark is the n-th title's. Read only when the marks are an agenda's numbering (1, 2, ...,
    sub-items (a), (b), ... under a number, (i), (ii), ... under a letter); the titles after the last mark (whose
    marks the copy lost) are left out. Else no list."""
    start = _TORN_START.search(text, after)
    if start is None:
        return [], after
    at, stop = start.start("list"), text.find("\n\n", start.start("list"))
    stop = len(text) if stop < 0 else stop
    marks: list[re.Match[str]] = []
    titles: list[Span] = []
    while at < stop:
        m = _TORN_MARK.match(text, at)
        if m is not None and (not titles or text[at - 1] in ".;:)\n" or marks and marks[-1].end() == at):
            marks.append(m)
            at = m.end()
            continue
        end = _TORN_TITLE_END.search(text, at, stop)
        e = end.start() if end else stop
        if text[at:e].strip():
            titles.append(Span(at, e, text[at:e]))
        at = max(e + 1, at + 1)
    notations = _torn_notations([(m["num"], m["sub"]) for m in marks])
    if notations is None or len(titles) < len(notations):
        return [], after
    entries = []
    for order, (notation, title) in enumerate(zip(notations, titles, strict=False), start=1):
        number = notation.split(" ")[0]
        letter = notation.split("(")[1].rstrip(") ") if "(" in notation else None
        clean = clean_title(_GLUED_WORDS.sub(" ", " ".join(title.text.split())))
        entries.append(AgendaEntry(notation, number, letter, clean, title, order))
    return entries, entries[-1].span.end


def _torn_notations(marks: list[tuple[str | None, str | None]]) -> list[str] | None:
    """The notations of a torn list's marks in order ("1", "2", "2 (a)", ..., "5 (a) (i)"), or None when they are
    not an agenda's numbering."""
    out: list[str] = []
    number, letter, roman = 0, "", 0
    for num, sub in marks:
        if num is not None:
            if int(num) != number + 1:
                return None
            number, letter, roman = int(num), "", 0
            out.append(str(number))
        elif sub is not None and number:
            if letter and sub == _ROMANS[roman] and not (roman == 0 and sub == chr(ord(letter) + 1)):
                roman += 1
                out.append(f"{number} ({letter}) ({sub})")
            elif len(sub) == 1 and sub == (chr(ord(letter) + 1) if letter else "a"):
                letter, roman = sub, 0
                out.append(f"{number} ({letter})")
            else:
                return None
        else:
            return None
    return out if len([n for n in out if " " not in n]) >= _INLINE_MIN_ITEMS else None


_ITEMS_BEFORE_LONG = 5
"""A list with an entry too long for a title (a page whose line breaks were lost inside item 10: "10. Mesures
propres à promouvoir ... en particulie") is read up to that entry when this many items come before it."""


def _like_prefix(entries: list[AgendaEntry]) -> list[AgendaEntry]:
    """The entries before the first one that is no item's title (too long, or sentences)."""
    for n, e in enumerate(entries):
        if not _list_like([e]):
            return entries[:n]
    return entries


def _lost_first_number(text: str, nonblank: list[Span], at: int) -> Span | None:
    """The first line under an agenda heading when it lost its number ("Adoption of the agenda." then
    "2.Organizational matters.", CRC/C/68/1), read as item 1 only when the text prints that title as
    item 1 elsewhere (its annotation heading "1.Adoption of the agenda"); else None."""
    if at + 1 >= len(nonblank):
        return None
    line, after = nonblank[at], _ITEM.match(nonblank[at + 1].text)
    if after is None or after["num"] != "2" or len(line.text) >= _CONTINUATION or _ITEM.match(line.text) \
            or _SUBITEM.match(line.text) or AGENDA_ANCHOR.match(line.text):
        return None
    for other in nonblank[at + 2:]:
        m = _ITEM.match(other.text)
        if m and m["num"] == "1" and same_title(m["title"], line.text):
            return Span(line.start, line.end, f"1. {line.text}")
    return None


_SUBITEMS_OF_ONE = 2
"""A list of one item under an agenda heading is read when the item has more sub-items than this."""
_TITLE_CHARS = 260
"""An entry this long is not an item's title: a list with one is not an agenda."""


_PROSE_ENTRY = patterns.define(
    "agenda_layout.prose_entry", r"""
    ^(?:The|La|Le|Les|El|Los|Las)\s+[^.;:]{1,120}?\s+     # a sentence's subject: "The ad hoc joint working group"
    (?:may\s+wish\s+to|will\s+have\s+before\s+it|has\s+before\s+it|is\s+invited\s+to|are\s+invited\s+to|
       pourrait\s+souhaiter|sera\s+saisie?|est\s+invitée?s?\s+à|
       quizá\s+desee|tendrá\s+ante\s+sí|podrá|queda\s+invitad[oa]s?)\b""",
    examples=[("The ad hoc joint working group may wish to conduct its work in plenary sessions and to establish "
               "working groups and drafting groups as it may deem necessary, specifying their mandates."),
              # tests/ingest_eval/unseen/UNEP_FAO_CHW_RC_POPS_JWG.2_annotated_agenda_nosymbol.txt, paragraphs 1-2
              "The ad hoc joint working group may wish to decide to meet from 10:00 a.m. to 1:00 p.m.",
              "La Conférence sera saisie du rapport du Secrétariat",
              "La Conferencia quizá desee aprobar el programa"],
    rejects=["The situation in the Middle East", "The role of the United Nations in promoting development",
             "Election of officers", "The Committee's methods of work"])
"""A numbered paragraph of an annotation, not an item: a sentence whose subject is the body and whose verb is the
annotations' own ("may wish to", "will have before it", "is invited to"). A run of numbers made of such entries is
the annotation's paragraph numbering, not the item list."""


def _list_like(entries: list[AgendaEntry]) -> bool:
    return all(len(e.title) < _TITLE_CHARS and not re.search(r"[a-z]\.\s+[A-Z]", e.title)
               and not _INTRODUCES_LIST.search(e.span.text) and not _PROSE_ENTRY.search(e.title) for e in entries)


_INLINE_MARK = patterns.define(
    "agenda_layout.inline_mark", r"""
    (?<![^\s.;:])                                  # after a space or the punctuation ending the last title, or first
    (?:(?P<num>\d{1,2})\s*[.)]|\(?(?P<letter>[a-z])\))
    (?=\s*(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]|[\u0600-\u06FF\u4E00-\u9FFF]   # a title begins: a capital, Arabic or Chinese,
        |\([a-z]\)\s))                               # or the next sub-item (this one's title is not in the text)""",
    examples=[("Secretary-General.2.Solemn declaration", {"num": "2"}), ("matters: (a) Election", {"letter": "a"}),
              ("economic and social fields: (a) (b) UNCTAD's contribution", {"letter": "a"}),
              ("一 临时议程 1. 会议开幕", {"num": "1"})],
    rejects=["Rev.1 of the report", "decided: 1. to hold", "resolution 6/3. The"])
_UNDOTTED_MARK = patterns.define(
    "agenda_layout.undotted_mark", r"""
    (?<=[^\W\d_])\s+                    # after a word of the last item's title
    (?P<num>\d{1,2})                    # the next number, its full stop lost in the copy
    \s+(?!(?i:""" + lexicon.alternation(lexicon.MONTHS) + r""")\b)   # not a date ("6 December")
    (?=[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’]*\s)       # and the next title's first word""",
    examples=[("particular concern to developing countries 6 UNCTAD's contribution to the", {"num": "6"})],  # TD/B/53/1
    rejects=["countries 6. UNCTAD's", "under article 6 of", "of 6 December 2006"])
"""On a list flattened onto one line, the next item's number printed without its full stop ("... developing
countries 6 UNCTAD's contribution ..."); read only as the number that follows a run of numbered items."""
_CONTINUED_PAGE = re.compile(r"^(?:\d{1,3}\s+)?$")
"""What may stand before the first item of a flattened list's next page: its page number."""
_INLINE_MIN_ITEMS = 3
"""A line holding this many consecutive item numbers is an item list flattened onto one line."""
_INLINE_MIN_WITH_SUBITEMS = 2
"""... or this many, when each of them is a heading with a colon over its own sub-items' marks
("1. Opening of the session: (c) (d) (e) Statement ...; ... 2. Organizational matters: (c) ...")."""
_HEADS_SUBITEMS = re.compile(r"\d{1,2}\s*[.)]\s+[^:]{3,200}:\s*\(?[a-z]\)")
"""An item whose title ends with a colon and whose first sub-item's mark follows it."""
_LETTER_COLUMN = patterns.define(
    "agenda_layout.letter_column", r"""
    (?P<head>\d{1,2}\s*[.)]\s+[^:]{3,200}:)\s*         # "1. Opening of the session:"
    (?P<letters>(?:\([a-z]\)\s*){1,25})                   # "(c) (d) (e)": the marks, printed in a column
    (?P<titles>[^\W\d_][^;]*(?:;(?!\s*\(?[a-z]\)\s)\s*[^;]+){1,25})$   # "Statement ...; Election ...; ...",
    #                                                        none of them led by a mark of its own""",
    examples=[("1. Opening of the session: (c) (d) (e) Statement by the President; Election of the President; "
               "Statement; Addresses of welcome; Statement by the Executive Secretary.",  # FCCC/CP/2000/1
               {"head": "1. Opening of the session:", "letters": "(c) (d) (e) "})],
    rejects=["7. UNCTAD's contribution in the economic and social fields: (a) (b) UNCTAD's contribution",
             "2. Organizational matters: (a) Election of officers; (b) Adoption of the agenda"])
"""A flattened page whose sub-item marks were printed as a column beside their titles: the marks come
out together before the titles, and the first of them may be lost ("(c) (d) (e)" over five titles)."""
_TITLE_END = re.compile(r"\.(?=\s|$)")
_SENTENCE_AFTER = re.compile(r"(?<=[a-z)])[.;]\s+(?=[A-Z][a-z])")
_FOOTNOTE_AFTER = patterns.define(
    "agenda_layout.footnote_after", r"(?<=[^\W\d_])\s+(?=\*{1,3}\s+[A-Z][a-z]+\s)",
    examples=["9. Other business * The late submission of this document was caused by"],  # TD/TIMBER.3/1
    rejects=["9. Other business*", "Report of the Committee * 2", "rule 6 * of"], verbose=False)
"""A footnote printed after the list on a flattened page ("9. Other business * The late submission of this
document ..."): the last item's title ends before its mark."""


def _inline_items(line: Span) -> list[Span]:
    """An agenda list flattened onto one line ("1. Procedural matters: (a) Election of officers (b) ...
    2. High-level segment ...", "1.Opening ....2.Solemn declaration ...") cut into one span per item;
    the line itself when it holds no such list."""
    marks = list(_INLINE_MARK.finditer(line.text))
    numbers = [m for m in marks if m["num"]]
    # the longest run n, n+1, n+2, ... in order of appearance, in one pass (a line may be long)
    ending: dict[int, tuple[int, int]] = {}  # value -> (length of the longest run ending there, its last mark)
    previous: dict[int, int] = {}  # mark index -> the mark before it in its run
    top = (0, -1)
    for i, m in enumerate(numbers):
        value = int(m["num"])
        length, before = ending.get(value - 1, (0, -1))
        # of two marks of one number, the run goes on from the later ("1. The provisional agenda ... is as
        # follows: 1. Opening ..."): the paragraph's number before the list's own first item
        if length + 1 >= ending.get(value, (0, -1))[0]:
            ending[value] = (length + 1, i)
            previous[i] = before
            top = max(top, (length + 1, i), key=lambda t: t[0])
    best: list[re.Match[str]] = []
    at = top[1]
    while at >= 0:
        best.append(numbers[at])
        at = previous[at]
    best.reverse()
    if len(best) < _INLINE_MIN_ITEMS and numbers and _CONTINUED_PAGE.match(line.text[:numbers[0].start()]) \
            and [m["letter"] for m in marks if m["letter"] and m.start() > numbers[0].start()][:2] == ["a", "b"]:
        best = [numbers[0]]  # the list goes on at the top of the next page: "2 9. Title: a) ...; b) ..."
    elif len(best) < _INLINE_MIN_ITEMS and not (
            len(best) >= _INLINE_MIN_WITH_SUBITEMS and all(_HEADS_SUBITEMS.match(line.text, m.start()) for m in best)):
        return [line]
    cuts = [m.start() for m in best]
    undotted = _next_undotted(line.text, best[-1])
    if undotted is not None:
        cuts.append(undotted.start("num"))
    ends = [m.start() for m in best[1:]] + [len(line.text)]
    for item, stop in zip(best, ends, strict=True):  # the sub-items (a), (b), ... of each item
        expected = "a"
        for m in marks:
            if m["letter"] and item.start() < m.start() < stop and m["letter"] == expected:
                cuts.append(m.start())
                expected = chr(ord(expected) + 1)
    cuts = sorted(set(cuts))
    bounds = [0, *cuts, len(line.text)]
    last = _SENTENCE_AFTER.search(line.text, cuts[-1]) if not _LETTER_COLUMN.match(line.text, cuts[-1]) else None
    note = _FOOTNOTE_AFTER.search(line.text, cuts[-1]) if "*" in line.text else None
    if note is not None and (last is None or note.start() < last.end()):
        bounds.insert(-1, note.start())  # the last item's title ends at a footnote's mark
    elif last is not None:  # the last item's title ends where prose begins
        bounds.insert(-1, last.end())
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = line.text[a:b]
        if piece.strip() and not re.fullmatch(r"\s*\(?[a-z]\)\s*", piece):  # a sub-item whose title is not there
            lead = len(piece) - len(piece.lstrip())
            printed = piece.strip()
            if undotted is not None and a == undotted.start("num"):  # read as the list prints its other numbers
                printed = f"{undotted['num']}. {printed[len(undotted['num']):].lstrip()}"
            out.extend(_letter_column(Span(line.start + a + lead, line.start + a + len(piece.rstrip()), printed)))
    return out


def _letter_column(piece: Span) -> list[Span]:
    """An item whose sub-item marks were printed as a column ("1. Opening of the session: (c) (d) (e)
    Statement by ...; Election of ...; Statement by ...; Addresses of welcome; Statement by ...") as its
    heading and one span per sub-item, lettered in order from (a). Read so only when the marks are
    consecutive and the last of them is the letter of the last title (five titles, "(e)" last): the marks
    lost are then the first ones. Else the piece as it is."""
    m = _LETTER_COLUMN.match(piece.text)
    if m is None or piece.text != piece.text.strip():
        return [piece]
    letters = re.findall(r"\(([a-z])\)", m["letters"])
    stop = _TITLE_END.search(m["titles"])
    titles_text = m["titles"][:stop.start()] if stop else m["titles"]
    titles = list(re.finditer(r"[^;]+", titles_text))
    first = ord(letters[0]) - ord("a")
    if [ord(x) - ord("a") for x in letters] != list(range(first, first + len(letters))) \
            or first + len(letters) != len(titles):
        return [piece]
    out = [Span(piece.start, piece.start + m.end("head"), m["head"])]
    base = piece.start + m.start("titles")
    for n, t in enumerate(titles):
        words = t.group(0).strip()
        if not words:
            return [piece]
        at = base + t.start() + len(t.group(0)) - len(t.group(0).lstrip())
        # with the mark that ends it, as the list prints it (";", and "." after the last)
        end = piece.text[m.start("titles") + t.end():m.start("titles") + t.end() + 1] if n < len(titles) - 1 or stop \
            else ""
        out.append(Span(at, at + len(words) + len(end), f"({chr(ord('a') + n)}) {words}{end}"))
    rest = m["titles"][stop.end():] if stop else ""
    if rest.strip():  # what follows the list on the page ("1 See document FCCC/CP/1996/2."): not a title
        at = piece.start + m.start("titles") + stop.end() if stop else piece.end
        at += len(rest) - len(rest.lstrip())
        out.append(Span(at, at + len(rest.strip()), rest.strip()))
    return out


def _next_undotted(text: str, last: re.Match[str]) -> re.Match[str] | None:
    """The number after the item of mark ``last`` printed without its full stop, when no dotted mark
    follows it on the line (the list's last item, its dot lost: TD/B/53/1 "... countries 6 UNCTAD's").
    Looked for only when the rest of the line is too long to be the last item's title (else a number in
    that title, "Goal 8 Decent work", would be taken for the next item)."""
    if len(text) - last.end() < _TITLE_CHARS:
        return None
    wanted = str(int(last["num"]) + 1)
    for m in _UNDOTTED_MARK.finditer(text, last.end()):
        if m["num"] == wanted:
            return m
    return None


_MARK_AFTER_HEADING = re.compile(r"(?<=\S)\s+(?P<mark>1\.)$")


_SUBMARK_AFTER_COLON = patterns.define(
    "agenda_layout.submark_after_colon", r"(?<=:)\s+(?P<mark>\([a-z]\)|[a-z]\))$",
    examples=[("1. Questions d’organisation: a)", {"mark": "a)"}),  # CAC/COSP/2017/1 (French)
              ("2. Organizational matters: (a)", {"mark": "(a)"})],
    rejects=["2. Organizational matters: (a) Election of officers", "the following: a"], verbose=False)
"""An item's title with the mark of its first sub-item run on at its end, the sub-item's title on the next
line (the marks printed in a column of their own)."""


_GLUED_LINE_CHARS = 400
"""A line this long holds at most two titles glued together; a longer one is a flattened page, read otherwise."""


def _glued_next(line: Span) -> list[Span]:
    """An item's line with the next item run on after its title ("1. Ouverture de la session par le Président
    de la délégation de l'Ukraine.2. Minute de silence ...", A/S-20 in French; "4. Report of the ... Executive
    Board3 5. Managerial, administrative and financial matters", EB147/1): cut before the next number, the one
    after the item's own, where a title begins; any other line as it is."""
    m = _ITEM.match(line.text) if "." in line.text[4:] and len(line.text) <= _GLUED_LINE_CHARS else None
    if m is None:
        return [line]
    nxt = re.compile(r"(?:(?<=[^\W\d_][.;])|(?<=[^\W\d_]\d)\s+|(?<=[^\W\d_])\s+)"
                     + str(int(m["num"]) + 1) + r"\.\s*(?=[" + _CAPS + r"])")
    cut = nxt.search(line.text, m.start("title"))
    if cut is None:
        return [line]
    head = line.text[:cut.start()].rstrip()
    rest = Span(line.start + cut.end() - len(cut.group(0).lstrip()), line.end, line.text[cut.end() - len(
        cut.group(0).lstrip()):])
    return [Span(line.start, line.start + len(head), head), *_glued_next(rest)]


def _heading_and_mark(line: Span) -> list[Span]:
    """An agenda heading with the first item's number run on at its end ("I. Provisional Agenda 1.",
    the title on the next line, as FCCC/CP/2009/1 prints it), or an item's title with its first sub-item's
    mark at its end ("1. Questions d’organisation: a)"), as two lines; any other line as it is."""
    # each mark is looked for only in a line ending as its pattern does ("$" also before a last line feed)
    sub = _SUBMARK_AFTER_COLON.search(line.text) if line.text.endswith((")", ")\n")) else None
    if sub is not None and len(line.text) < _CONTINUATION and (
            _ITEM.match(line.text[:sub.start()]) or sub["mark"].strip("()") == "a"):
        head = line.text[:sub.start()]
        return [Span(line.start, line.start + len(head), head),
                Span(line.start + sub.start("mark"), line.end, sub["mark"])]
    m = _MARK_AFTER_HEADING.search(line.text) if line.text.endswith(("1.", "1.\n")) else None
    if m is None or not AGENDA_ANCHOR.match(line.text[:m.start()]):
        return [line]
    head = line.text[:m.start()]
    return [Span(line.start, line.start + len(head), head),
            Span(line.start + m.start("mark"), line.end, m["mark"])]


_CONTENTS_NEXT = patterns.define(
    "agenda_layout.contents_next", r"""
    (?:\.\s*){2,}(?:\d{1,3}|X)             # a contents line's dot leader and page ("X": a page not yet known)
    \s+(?=(?P<num>\d{1,2})\.\s+[A-ZÀ-ÖØ-Þ])  # then the next item's number, glued on""",
    examples=[  # A/76/100 (the annotated preliminary list of the General Assembly's 76th session), fresh set
        ("Return or restitution of cultural property to the countries of origin . . . 24 11. Implementation of the",
         {"num": "11"})],
    rejects=["Report of the Economic and Social Council . . . 21", "Adoption of the agenda. 2. Election",
             "Matters . . . 1 - 12 4"])
"""A contents line whose page number the next item's line was run on to ("... of origin . . . 24 11.
Implementation of the Declaration ..."): the next item begins after the page number."""


def _after_contents_page(line: Span) -> list[Span]:
    """``line`` cut where the next item begins after a contents line's page number (:data:`_CONTENTS_NEXT`)."""
    m = _CONTENTS_NEXT.search(line.text) if _TWO_DOTS.search(line.text) else None
    if m is None:
        return [line]
    head = line.text[:m.end()].rstrip()
    return [Span(line.start, line.start + len(head), head),
            Span(line.start + m.end(), line.end, line.text[m.end():])]


def _marked_lines(text: str, start: int) -> list[Span]:
    """The non-blank lines from ``start``, a mark alone on its line ("(a)", "3.", "Agenda item 3")
    joined to the line that follows it, and the furniture of a contents table left out."""
    out: list[Span] = []
    pending: Span | None = None
    line_start = text.rfind("\n", 0, start) + 1  # a list flattened onto one line may begin inside it
    for line in (part for whole in lines(text, line_start) for piece in _inline_items(whole)
                 for cut in _after_contents_page(piece) for part in _heading_and_mark(cut)):
        if line.start < start or not line.text or _CONTENTS_FURNITURE.match(line.text):
            continue
        if pending is None and _BARE_MARK.match(line.text):
            pending = line
            continue
        if pending is not None:
            mark = _BARE_MARK.match(pending.text)
            assert mark is not None
            label = f"{mark['item']}." if mark["item"] else pending.text.strip()
            out.append(Span(pending.start, line.end, f"{label} {line.text}"))
            pending = None
            continue
        out.append(line)
    if pending is not None:
        out.append(pending)
    return _unglued(out)


def _unglued(marked: list[Span]) -> list[Span]:
    """The lines with two items glued on one (:func:`_glued_next`) cut in two, where the line after goes on
    with the numbering ("1. ... l'Ukraine.2. Minute de silence ..." then "3. Pouvoirs ..."; "4. ... Board3
    5. Managerial ..." then "5.1 Review ..."): a list. Without it, a numbered paragraph after two short
    headings of a flattened page is no item."""
    out: list[Span] = []
    for n, line in enumerate(marked):
        pieces = _glued_next(line)
        last = _ITEM.match(pieces[-1].text)
        after = marked[n + 1].text if n + 1 < len(marked) else ""
        nxt, sub = _ITEM.match(after), _DECIMAL_SUBITEM.match(after)
        goes_on = last is not None and (
            (nxt is not None and int(nxt["num"]) == int(last["num"]) + 1) or (sub is not None and sub["num"] == last[
                "num"] and sub["sub"] == "1") or bool(_SUBITEM.match(after)))
        out.extend(pieces if len(pieces) > 1 and goes_on else [line])
    return out


_SECTION_AFTER_LIST = patterns.define(
    "agenda_layout.section_after_list",
    r"^(?:(?:[IVX]{1,4}|[A-H])\.\s+)?(?:(?:Conclusions\s+and\s+)?recommendations|Conclusions|Recomendaciones|"
    r"Conclusiones(?:\s+y\s+recomendaciones)?|Recommandations|Conclusions\s+et\s+recommandations|Рекомендации|"
    r"Выводы(?:\s+и\s+рекомендации)?)\s*[.:]?$",
    examples=["Recommendations", "III. Conclusions and recommendations", "Рекомендации", "Recomendaciones"],
    rejects=["Recommendations of the Working Group on the Prevention of Corruption", "Consideration of"],
    flags=re.IGNORECASE, verbose=False)
"""A report's section heading standing alone after an item list ("Recommendations"): the list has ended, and the
heading is no line of the last item's title (an adversarial variant of GC(46)/1, a list of recommendations
after the agenda)."""
_FIRST_OF_NEW_LIST = patterns.define(
    "agenda_layout.first_of_new_list", r"^1\s*[.)]\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]",
    examples=["1. States parties should strengthen their cooperation"],
    rejects=["12. Other matters", "1.5 million", "of the Convention"], verbose=False)
"""A numbered list beginning again at 1 ("1. States parties should ..."): another list, never a line of the last
item's title."""


def _read_list(text: str, marked: list[Span], gaps: tuple[Gap, ...]) -> tuple[list[AgendaEntry], int]:
    """The entries of the list whose first line is ``marked[0]`` (the lines as _marked_lines gives them)."""
    entries: list[AgendaEntry] = []
    current: str | None = None
    end = marked[0].start if marked else 0
    order = 0
    raw_end: str = ""
    lost = False  # the line before is an item whose number the copy lost: the next number is one further on
    annotated: int | None = None  # where the first entry followed by its annotation begins
    passed_to = 0  # the lines of a page's foot passed over, up to the next item
    for idx, line in enumerate(marked):
        if idx < passed_to:
            continue
        where = Span(line.start, line.end, text[line.start:line.end])
        m = _ITEM.match(line.text)
        if m and not (entries and raw_end and not raw_end.endswith((".", ";", ":")) and
                      int(m["num"]) != int(entries[-1].number) + 1):
            if entries and int(m["num"]) != int(current or 0) + 1 + lost:
                break
            lost = False
            if not entries and m["num"] != "1":
                break
            current = m["num"]
            order += 1
            entries.append(AgendaEntry(current, current, None, _entry_title(m["title"]), where, order))
            raw_end = _bare(m["title"])
            end = line.end
            continue
        m = _DECIMAL_SUBITEM.match(line.text) if current and "." in line.text[:6] else None
        if m and current and m["num"] == current and int(m["sub"]) == 1 + sum(e.number == current and "." in e.notation
                                                                   for e in entries):
            title = _title_before_prose(m["title"])
            if title is None:  # the heading runs on into prose at no word a sentence begins with: left out
                break
            order += 1
            entries.append(AgendaEntry(f"{current}.{m['sub']}", current, None, _entry_title(title), where, order))
            raw_end = _bare(title)
            end = line.end
            continue
        if _annotation_between(marked, idx, entries, current):
            annotated = entries[-1].span.start if annotated is None else annotated
            raw_end = ""
            continue
        m = _SUBSUBITEM.match(line.text)
        if m and current and entries and entries[-1].number == current and _next_roman(entries, current, m["roman"]):
            last_letter = next(e.letter for e in reversed(entries) if e.number == current and e.letter)
            order += 1
            notation = f"{current} ({last_letter}) ({m['roman']})"
            entries.append(AgendaEntry(notation, current, last_letter, _entry_title(m["title"]), where, order))
            raw_end = _bare(m["title"])
            end = line.end
            continue
        m = _SUBITEM.match(line.text)
        if m and current:
            letter = m["letter"] or m["letter2"]
            letters = [e.letter for e in entries if e.number == current and e.letter]
            expected = chr(ord(letters[-1]) + 1) if letters else "a"
            if letter != expected:
                if _next_item_follows(marked, idx, current):
                    continue  # marks printed together before their titles ("(a) (b) Title Title"): no boundary
                break
            order += 1
            notation = f"{current} ({letter})"
            entries.append(AgendaEntry(notation, current, letter, _entry_title(m["title"]), where, order))
            raw_end = _bare(m["title"])
            end = line.end
            continue
        if entries and raw_end and not raw_end.endswith((".", ";", ":")) and _set_apart(text, marked, idx, entries):
            part = _part_heading(marked, idx, current, ".")  # a list of one-line paragraphs: the line is a heading
            if part:
                passed_to, raw_end = idx + part, ""
                continue
        if entries and raw_end and not raw_end.endswith((".", ";", ":")) and len(line.text) < _CONTINUATION \
                and not AGENDA_ANCHOR.match(line.text) and not _ANNOTATIONS.match(line.text) \
                and not line.text.startswith("*") and not _SECTION_AFTER_LIST.match(line.text) \
                and not _FIRST_OF_NEW_LIST.match(line.text) \
                and not (len(line.text) > _TITLE_CHARS // 2 and _STARTS_SENTENCE.match(line.text)):
            # (a footnote after the list, or a sentence of an annotation under the item, is not the title's next line)
            last = entries[-1]
            joined = text[last.span.start:line.end]
            head = re.sub(r"^(?:[-–•·]?\s*\([a-z]\)|\d{1,2}\.\d{1,2}\.?|(?:(?:Agenda\s+)?Item\s+)?\d{1,2}\s*[.:)])"
                          r"\s*", "", fold(joined), flags=re.IGNORECASE)
            entries[-1] = AgendaEntry(last.notation, last.number, last.letter, _entry_title(head),
                                      Span(last.span.start, line.end, joined), last.order)
            raw_end = _bare(line.text)
            end = line.end
            continue
        if _lost_number(marked, idx, current, raw_end) and not lost:
            lost = True  # "5.Title. / Title. / 7.Title.": item 6 by its place, but its number is not printed
            continue
        foot = _page_foot(marked, idx, current)
        if foot:
            passed_to, raw_end = idx + foot, ""
            continue
        part = _part_heading(marked, idx, current, raw_end)
        if part:
            passed_to, raw_end = idx + part, ""
            continue
        break
    _mark_cut(entries, text, gaps)
    return entries, end if annotated is None else annotated


def _mark_cut(entries: list[AgendaEntry], text: str, gaps: tuple[Gap, ...]) -> None:
    """Mark the entries whose titles the text stops (or has a gap) within."""
    for n, e in enumerate(entries):
        printed = " ".join(e.span.text.split())  # white space folded: the searches stay linear
        if _CONTENTS_TAIL.search(printed) or _RUN_ON_SUBITEMS.search(printed):
            continue  # the title ends at a contents line's dot leader or at its colon, whatever is cut after it
        if near_gap(gaps, e.span.end, text) or (n == len(entries) - 1 and not _ENDED.search(e.span.text)
                                                and _after_is_cut(text, e.span.end, gaps)):
            e.cut = True


_PAGE_MARK = re.compile(r"^\(?\d{1,3}\)?$")
"""A page's number alone on its line, as a web copy prints it: "(2)", "2"."""
_FOOT_LINES = 3
"""How many lines a page's foot between two items may take: a footnote (its mark first) and the page's number."""


def _page_foot(marked: list[Span], idx: int, current: str | None) -> int:
    """The number of lines from ``idx`` that are a page's foot between two items of the list: a footnote (a line
    starting with its mark, "* The unannotated preliminary list (A/76/50) was issued on 15 February 2021.", A/76/100)
    or a page's number, with the next item (``current`` + 1) at most :data:`_FOOT_LINES` lines on; else 0."""
    line = marked[idx].text
    if current is None or not (line.startswith("*") or _PAGE_MARK.match(line)):
        return 0
    for k in range(1, _FOOT_LINES + 1):
        if idx + k >= len(marked):
            return 0
        after = marked[idx + k].text
        m = _ITEM.match(after)
        if m is not None:
            return k if int(m["num"]) == int(current) + 1 else 0
        if _SUBITEM.match(after) or not (after.startswith("*") or _PAGE_MARK.match(after) or k == 1):
            return 0  # (the footnote's own text may run on to one more line)
    return 0


_PART_HEADING_LINES = 2
"""How many lines the heading of a part of the agenda between two items may take ("Operational activities of the
United Nations for international / development cooperation segment", E/1997/100)."""
_PART_HEADING = patterns.define(
    "agenda_layout.part_heading", r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][^.;:]{2,99}$",
    examples=["High-level segment", "Coordination segment",  # E/1997/100 (untouched set)
              "Operational activities of the United Nations for international"],
    rejects=["Consideration of communications under article 22.", "Election of officers:", "(a) Election",
             "development cooperation segment"],  # (the heading's second line is not its first)
    verbose=False)
"""A line of a heading printed between two items of the list: a capital first, no full stop, semicolon or colon."""


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _set_apart(text: str, marked: list[Span], idx: int, entries: list[AgendaEntry]) -> bool:
    """Whether line ``idx`` stands between blank lines in a list whose items are each one line and a paragraph of
    its own (two at least: "3. Adoption de l’ordre du jour / (blank) / Segment de haut niveau / (blank) / 4. Rapport
    du directeur général", WIPO's summaries of decisions): there a title broken over lines would break within a
    paragraph, so such a line printed between items is a heading of the list, not a title's next line."""
    if idx == 0 or idx + 1 >= len(marked) or len(entries) < 2:
        return False
    if not (_BLANK_LINE.search(text, marked[idx - 1].end, marked[idx].start + 1)
            and _BLANK_LINE.search(text, marked[idx].end, marked[idx + 1].start + 1)):
        return False
    return all("\n" not in e.span.text.strip() for e in entries) and all(
        _BLANK_LINE.search(text, a.span.end, b.span.start + 1) for a, b in zip(entries, entries[1:], strict=False))


def _part_heading(marked: list[Span], idx: int, current: str | None, raw_end: str) -> int:
    """The number of lines from ``idx`` that are the heading of a part of the agenda printed between two items
    ("1. Adoption of the agenda and other organizational matters. / High-level segment / 2. Fostering ...",
    E/1997/100): after a whole entry (ended by its full stop, semicolon or colon), at most
    :data:`_PART_HEADING_LINES` short lines (:data:`_PART_HEADING`, its second line in any case) that begin no
    sentence, with the next item (``current`` + 1, its title no sentence either) on the line after; else 0. The
    heading is no item's and no title's."""
    if current is None or not raw_end.endswith((".", ";", ":")) or not _PART_HEADING.match(marked[idx].text):
        return 0
    for k in range(1, _PART_HEADING_LINES + 1):
        line = marked[idx + k - 1].text
        if (_STARTS_SENTENCE.match(line) or _SUBITEM.match(line) or _ITEM.match(line) or AGENDA_ANCHOR.match(line)
                or _ANNOTATIONS.match(line) or re.search(r"[.;:]", line) or len(line) >= _TITLE_CHARS // 2):
            return 0
        if idx + k >= len(marked):
            return 0
        m = _ITEM.match(marked[idx + k].text)
        if m is not None:
            return k if int(m["num"]) == int(current) + 1 and not _STARTS_SENTENCE.match(m["title"]) else 0
    return 0


def _title_before_prose(title: str) -> str | None:
    """A heading's title without the prose it runs on into ("Evaluation of the election of the Director-General
    of the World Health Organization Pursuant to decision EB146(22), the Board ..."): up to the first word a
    sentence begins with (lexicon ``SENTENCE_OPENERS``); a short line is the title; None when a long line has
    no such word (where the title ends is not known)."""
    if len(title) < _CONTINUATION and not re.search(r"[.;,]\s", title):
        return title
    m = _PROSE_AFTER_TITLE.search(title)
    return title[:m.start()] if m and m.start() < _TITLE_CHARS else None


def _annotation_between(marked: list[Span], idx: int, entries: list[AgendaEntry], current: str | None) -> bool:
    """Whether line ``idx`` is the annotation of the decimal sub-item before it, printed between it and the next
    one ("5.1 Review of entitlements ... / Pursuant to decision EB146(16) (2020), the Board will be invited ... /
    5.2 Evaluation ...", EB147/1 (annotated)): prose, with the next sub-item or item on the line after it."""
    if not entries or current is None or "." not in entries[-1].notation or idx + 1 >= len(marked):
        return False
    line = marked[idx].text
    if len(line) < _TITLE_CHARS // 2 or not _STARTS_SENTENCE.match(line):
        return False
    after = marked[idx + 1].text
    sub = int(entries[-1].notation.split(".")[1])
    nxt = _DECIMAL_SUBITEM.match(after)
    item = _ITEM.match(after)
    return bool(nxt and nxt["num"] == current and int(nxt["sub"]) == sub + 1) or bool(
        item and int(item["num"]) == int(current) + 1)


def _next_item_follows(marked: list[Span], idx: int, current: str) -> bool:
    """Whether the line after line ``idx`` is the next item ("5. Credentials of representatives: (a) (b)
    Appointment of a Credentials Committee Report of the Credentials Committee 6. Establishment ...",
    TD/TIMBER.3/1): a sub-item out of its order there is one whose marks were printed together before their
    titles, where nothing shows where one title ends and the next begins. It is left out, and the list goes
    on with the next item."""
    after = _ITEM.match(marked[idx + 1].text) if idx + 1 < len(marked) else None
    return after is not None and int(after["num"]) == int(current) + 1


def _lost_number(marked: list[Span], idx: int, current: str | None, raw_end: str) -> bool:
    """Whether line ``idx`` is an item whose number the copy lost: a title-like line after a whole entry
    (ended by its full stop), with the item after next on the line after it ("5.Consideration of information
    under article 20. / Consideration of communications under article 22. / 7.Future meetings", CAT/C/62).
    Such an item is skipped, not numbered: the number is not printed."""
    if current is None or idx + 1 >= len(marked) or not raw_end.endswith(".") or _ITEM.match(marked[idx].text):
        return False
    line = marked[idx].text
    after = _ITEM.match(marked[idx + 1].text)
    return bool(after and int(after["num"]) == int(current) + 2 and len(line) < _TITLE_CHARS
                and line.endswith(".") and line[:1].isupper() and not _STARTS_SENTENCE.match(line)
                and not _SUBITEM.match(line))


def _next_roman(entries: list[AgendaEntry], current: str, roman: str) -> bool:
    """Whether "(roman)" is the next sub-sub-item of the last lettered sub-item of item ``current``
    (not its next letter: "(i)" after "(h)" is the letter i)."""
    subs = [e for e in entries if e.number == current and e.letter]
    if not subs:
        return False
    letter = subs[-1].letter
    assert letter is not None
    if roman == chr(ord(letter) + 1):
        return False
    done = [e.notation.rsplit("(", 1)[1].rstrip(")") for e in subs if e.notation.count("(") == 2
            and e.letter == letter]
    expected = _ROMANS[len(done)] if len(done) < len(_ROMANS) else None
    return roman == expected


_ENDED = re.compile(r"[.;:。；：]\d?\s*$")
"""An entry that ends so is whole (its full stop, Latin or ideographic, and a footnote's number glued on:
"... 选举大会副主席(第30条)。3"), though the text stops after it."""
_CONTINUATION = 200
"""A line this long is prose, not the rest of an item title wrapped onto the next line."""


def _after_is_cut(text: str, end: int, gaps: tuple[Gap, ...]) -> bool:
    return not text[end:].strip() or near_gap(gaps, end, text)


def same_title(printed: str, title: str) -> bool:
    a, b = _key(printed), _key(title)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a))):
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(1, len(wa | wb)) >= 0.6


def _key(t: str) -> str:
    return re.sub(r"[^\w ]+", "", clean_title(t).lower()).strip()


_FIRST_ITEM_HEADING = patterns.define(
    "agenda_layout.first_item_heading",
    r"^[ \t]*(?:Agenda\s+item|Item|Point|Punto|Tema|Пункт)\s+1\s*[.:]\s+\S[^\n]*\n?$",
    examples=["Item 1. Opening of the session\n"],  # UNIDO GC.7 (tests/ingest_eval/fresh/UNIDO_GC.7_annotated_...)
    rejects=["Item 2. Election of officers\n", "Item 1 of the provisional agenda", "1. Opening of the session"],
    flags=re.IGNORECASE | re.MULTILINE, verbose=False)
"""The heading of a fragment's first annotation ("Item 1. Opening of the session"), which a cover with no
masthead may take as a line under its title ("Annotated Agenda, Item 1-10 / Item 1. Opening of the session")."""


def first_heading_before(text: str, at: int) -> int:
    """Where the annotations of a fragment begin: at the last line before ``at`` (blank lines passed over)
    when it is the first item's heading that the cover took in, else ``at``."""
    last = len(text[:at].rstrip())  # the cover may end after the blank lines under the heading
    start = text.rfind("\n", 0, max(0, last - 1)) + 1
    return start if _FIRST_ITEM_HEADING.match(text, start, at) else at


def annotations_start(text: str, after: int) -> int:
    for ln in lines(text, after):
        if ln.text and _ANNOTATIONS.match(ln.text):
            return ln.end
    return after


_ITEM_NUMBER_ALONE = patterns.define(
    "agenda_layout.item_number_alone", r"^(?:Agenda\s+item|Item|Tema|Point|Пункт)\s+(?P<num>\d{1,2})\s*\.?$",
    examples=[("Item 1", {"num": "1"}), ("Agenda item 12.", {"num": "12"})],  # CEDAW/C/1994/1
    rejects=["Item 1. Opening of the session", "Item 2 of the provisional agenda"], flags=re.IGNORECASE, verbose=False)
"""An annotation's heading that gives its item's number only, the title being the list's."""
_WORDED_HEADING = patterns.define(
    "agenda_layout.worded_heading", r"^(?:Agenda\s+item|Item|Tema|Point|Punto|Пункт)\s+\d{1,2}\s*[.:)]\s+\S",
    examples=["Item 1. Election of officers", "Item 3. Adoption of the agenda and organization of work.",
              "Point 2. Adoption de l’ordre du jour", "Пункт 2. Утверждение повестки дня"],
    rejects=["5. Attention is drawn to the fact that, pursuant to Commi", "Item 2 of the provisional agenda",
             "1. Opening of the session"], flags=re.IGNORECASE, verbose=False)
"""An annotation's heading that names its item with the word for item. Where a fragment's headings are so
written ("Item 1. Election of officers", HS/C/17/1/Add.1), its lines numbered without the word are its
paragraphs ("5. Attention is drawn to the fact that, pursuant to Commi", cut by the page's end), not items."""
_HEADING_LIKE = re.compile(r"^(?:(?:Item|Tema|Point|Пункт)\s+)?(?P<num>\d{1,2})\s*[.:)]\s+(?P<title>[^.]{2,150}?)\s*$",
                           re.IGNORECASE)


def parse_annotations(text: str, entries: list[AgendaEntry], after: int,
                      stop: int | None = None, plain_headings: bool = False) -> list[Annotation]:
    """Annotation text under each item heading, with its Documentation list.

    With an item list, a heading is an item or sub-item line whose title matches the listed one;
    without one (a fragment), any short numbered heading line is taken as an item's heading.
    """
    notations = {e.notation for e in entries}
    titles = {e.notation: e.title for e in entries}
    headings: list[tuple[str, Span]] = []
    current_number: str | None = None
    end = stop if stop is not None else len(text)
    body_lines = [piece for ln in lines_from(text, after, end) if ln.text
                  for piece in (_inline_headings(ln) if not entries else _listed_headings(ln, entries))]
    if not entries and plain_headings:  # an agenda's annotations (not a programme's lines)
        body_lines = _fragment_headings(body_lines)
    worded = not entries and any(_WORDED_HEADING.match(line.text) for line in body_lines)
    for line in body_lines:
        decimal = _DECIMAL_SUBITEM.match(line.text) if entries and "." in line.text[:6] else None
        notation = f"{decimal['num']}.{decimal['sub']}" if decimal else ""
        if decimal and notation in notations and same_title(decimal["title"], titles[notation]):
            # "5.2 Evaluation of the election ... Organization Pursuant to decision EB146(22), ...": the heading is
            # the listed title; the prose it runs on into is the annotation
            words = r"\s+".join(re.escape(w) for w in titles[notation].split())
            own = re.match(r"\d{1,2}\.\d{1,2}\.?\s+" + words, line.text)
            at = line.start + own.end() if own else line.end
            current_number = decimal["num"]
            headings.append((notation, Span(line.start, at, text[line.start:at])))
            continue
        m = _ITEM.match(line.text)
        if m and entries and m["num"] in notations and same_title(m["title"], titles[m["num"]]):
            current_number = m["num"]
            headings.append((m["num"], line))
            continue
        bare = _ITEM_NUMBER_ALONE.match(line.text) if entries else None
        if bare and bare["num"] in notations and not any(n == bare["num"] for n, _ in headings):
            current_number = bare["num"]  # "Item 1" alone on its line: the heading names the listed item
            headings.append((bare["num"], line))
            continue
        if m and not entries:
            own_word = bool(_WORDED_HEADING.match(line.text))
            # a heading that names its item with the word for item may end in a full stop ("Item 3. Adoption of
            # the agenda and organization of work.", HS/C/17/1/Add.1): the heading, not a paragraph
            head = line.text[:-1] if own_word and line.text.endswith(".") else line.text
            h = _HEADING_LIKE.match(head)
            # a numbered paragraph cut before its full stop is no heading: "3. In accordance with Article
            # 36, paragraph 3, of the Convention, States tha" (UNEP/CBD/COP/3/1/Add.1) begins a sentence
            if (h and not re.search(r"[.;]$", head) and not _STARTS_SENTENCE.match(h["title"])
                    and (not worded or own_word)):
                current_number = m["num"]
                headings.append((m["num"], line))
                continue
        m = _SUBITEM.match(line.text)
        if m and current_number:
            notation = f"{current_number} ({m['letter'] or m['letter2']})"
            if (notation in notations and same_title(m["title"], titles[notation])) or (
                    not entries and not line.text.endswith((".", ";"))):
                headings.append((notation, line))
    annotations = []
    for i, (notation, heading) in enumerate(headings):
        nxt = headings[i + 1][1].start if i + 1 < len(headings) else end
        stop_at = min(nxt, annex_start(text, heading.end, nxt))
        block = text[heading.end:stop_at]
        annotations.append(_annotation(notation, heading, block, heading.end))
    return annotations


_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_BARE_WORDED_HEADING = patterns.define(
    "agenda_layout.bare_worded_heading", r"""
    ^(?P<word>Item|Point|Punto|Tema|Пункт)\s+(?P<num>\d{1,2})\s+           # the word for item, no stop after the number
    (?P<title>[A-ZÀ-ÖØ-ÞА-ЯЁ][^.;:()]{2,150}?)                            # the item's title ...
    (?:\s+(?P<sub>\(?[a-z]\)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][^.;:()]{2,150}?))?\s*$   # ... and its first sub-item's: "a) Adoption"
    """,
    examples=[  # tests/ingest_eval/unread/UNEP_DTIE_Hg_INC.6_1_Add.1_fr.txt, lines 28 and 38
        ("Point 1 Ouverture de la session", {"num": "1", "title": "Ouverture de la session", "sub": None}),
        ("Point 2 Questions d'organisation a) Adoption de l'ordre du jour",
         {"num": "2", "title": "Questions d'organisation", "sub": "a) Adoption de l'ordre du jour"})],
    rejects=["Point 2 b) de l'ordre du jour provisoire*", "Item 2 of the provisional agenda",
             "Point 1. Ouverture de la session", "Item 3 The Conference will have before it the report."])
"""An annotation's heading with the word for item and no full stop after the number ("Point 1 Ouverture de la
session"), perhaps with its first sub-item's heading on the same line; read as "Point 1. Ouverture de la session"."""
_ITEM_ALONE = re.compile(r"^(?P<word>Item|Point|Punto|Tema|Пункт)\s+(?P<num>\d{1,2})\s*:?$", re.IGNORECASE)
_HEADING_TITLE_LINE = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][^.;:]{2,150}$")
_OPEN_END = re.compile(r"(?:\s(?:of|the|and|on|in|for|to|with|by|a|an|de|du|des|la|le|les|et|en|del|y|el|los|las)"
                       r"|[-,])$", re.IGNORECASE)
"""A title line that ends so runs on over the next line ("Report of the Executive Secretary on the implementation of
the"): where the title ends is not known."""
_SUBITEM_THEN_PARAGRAPH = re.compile(r"^(?P<head>\(?[a-z]\)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][^.;:()]{2,150}?)\s+"
                                     r"(?=\d{1,3}\.\s+[A-ZÀ-ÖØ-ÞА-ЯЁ])")
"""A sub-item's heading run on into its annotation's first numbered paragraph ("b) Organisation des travaux 4. Le
Comité souhaitera ...", UNEP(DTIE)/Hg/INC.6/1/Add.1 in French)."""


def _fragment_headings(body: list[Span]) -> list[Span]:
    """The lines of annotations read without an item list, their headings made plain: "Point 1 Ouverture de la
    session" (:data:`_BARE_WORDED_HEADING`) as "Point 1. Ouverture de la session" and its sub-item's heading on a
    piece of its own; "Item 1" alone on its line, its title on the next (IPBES/2/1/Add.1: "Item 1" / "Opening of the
    session"), as "Item 1. Opening of the session", where the title is a whole line that does not run on; a
    sub-item's heading cut from the numbered paragraph it runs on into."""
    out: list[Span] = []
    i = 0
    while i < len(body):
        line = body[i]
        bare = _BARE_WORDED_HEADING.match(line.text)
        alone = _ITEM_ALONE.match(line.text)
        sub = _SUBITEM_THEN_PARAGRAPH.match(line.text)
        nxt = body[i + 1] if i + 1 < len(body) else None
        if bare is not None:
            end = line.start + (bare.end("title") if bare["sub"] else len(line.text))
            out.append(Span(line.start, end, f"{bare['word']} {bare['num']}. {bare['title']}"))
            if bare["sub"]:
                out.append(Span(line.start + bare.start("sub"), line.end, bare["sub"]))
        elif alone is not None and nxt is not None and _HEADING_TITLE_LINE.match(nxt.text) \
                and not _OPEN_END.search(nxt.text) and not _STARTS_SENTENCE.match(nxt.text) \
                and not (i + 2 < len(body) and body[i + 2].text[:1].islower()):  # the title runs on
            out.append(Span(line.start, nxt.end, f"{alone['word']} {alone['num']}. {nxt.text}"))
            i += 1
        elif sub is not None:
            out.append(Span(line.start, line.start + sub.end("head"), sub["head"]))
            rest = line.text[sub.end():]
            out.append(Span(line.start + sub.end(), line.end, rest))
        else:
            out.append(line)
        i += 1
    return out


_INLINE_HEADING = patterns.define(
    "agenda_layout.inline_heading",
    r"(?<=\s)(?:POINT|TEMA|ITEM|PUNTO|ПУНКТ)\s+\d{1,2}\.\s+[" + _CAPS + r"][" + _CAPS + r"'’ -]*[" + _CAPS + r"]"
    r"(?=\s+\d{1,3}\.\s)",
    examples=["le 4 décembre POINT 1. OUVERTURE DE LA RÉUNION 3. L ouverture de la huitième réunion"],
    rejects=["Point 1. Ouverture de la réunion 3. L ouverture", "POINT 1. OUVERTURE DE LA Réunion"], verbose=False)
"""An item's heading in capitals on a page flattened onto one line, between the paragraph before it
and the first numbered paragraph of its annotation (UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2)."""


_OPENER = ("(?:(?:" + lexicon.alternation(lexicon.SENTENCE_OPENERS) + r")(?!\w)"
           r"|(?:" + lexicon.alternation(lexicon.ARTICLES) + r")(?:(?<=[’'])|\s+)"   # an article, then
           r"(?:[a-zà-öø-ÿа-яё]|(?:" + lexicon.alternation(lexicon.BODY_NOUNS) + r")(?!\w)))")  # lower case, or a body
_TITLE_WORD = r"(?:[^\s.;]|[.;](?=\S))+"
_STARTS_SENTENCE = re.compile(_OPENER)
_PROSE_AFTER_TITLE = re.compile(r"(?<=[^\W\d_])\s+(?=" + _OPENER + r")")
"""Where a heading's title ends and the sentence after it begins: before a word a sentence begins with."""
"""A line that begins as a sentence does ("In accordance with ...", "La Conférence sera ..."): not a title."""
_ITEM_WORD = r"(?:Point|Punto|Tema|Item|Пункт|POINT|PUNTO|TEMA|ITEM|ПУНКТ)"
_INLINE_ITEM_HEADING = patterns.define(
    "agenda_layout.inline_item_heading", r"""
    (?:(?<=\s)|^)""" + _ITEM_WORD + r"""\s+(?P<num>\d{1,2})\.?\s+    # "Point 1. ", "Item 1 "
    (?P<title>(?!""" + _OPENER + r""")[""" + _CAPS + r"""]""" + _TITLE_WORD + r"""   # the title: a capital first ...
    (?:\s+(?!""" + _OPENER + r""")""" + _TITLE_WORD + r"""){0,24}?)      # ... up to a word a sentence begins with,
    (?=\s+(?:""" + _OPENER + r"""|\d{1,3}\.\s|\([a-z]\)\s))           # a numbered paragraph or a sub-item""",
    examples=[("S. E. M. D. Djumala (Indonésie). Point 1. Élection du Bureau Conformément à l’article 23.1 du",
               {"num": "1", "title": "Élection du Bureau"}),  # IDB.49/1/Add.1 (French)
              "rapporteuse devrait être élu(e). Point 2. Adoption de l’ordre du jour Un ordre du jour provisoire",
              "the Bureau. Item 3. Review of the implementation of the Convention The Conference will have",
              # UNEP/EA.1/1/Add.1/Rev.1 (dev set)
              ("to the provisional agenda Item 1 Opening of the session 1. Pursuant to decision 27/15",
               {"num": "1", "title": "Opening of the session"}),
              ("held on Sunday, 22 June Item 2 Organization of work (a) Election of officers 3. The",
               {"title": "Organization of work"}),
              ("Tema 4. Examen del informe de El Salvador El Comité examinará el informe",
               {"title": "Examen del informe de El Salvador"}),
              ("Point 2. Adoption de l’ordre du jour L’ordre du jour provisoire",
               {"title": "Adoption de l’ordre du jour"})],
    rejects=["de l’ordre du jour provisoire Adoption de l’ordre du jour Ordre du jour",  # the cover's heading
             "sous le point 3. Le Conseil sera saisi", "Item 2 of the provisional agenda Organization of work",
             "under item 4 The Conference",
             "Tema 4. Examen de los informes presentados por El Salvador"])  # a name after an article ends no title
"""An item's heading on a page flattened onto one line ("Point 1. Élection du Bureau Conformément à ...",
IDB.49/1/Add.1 in French; "Item 1 Opening of the session 1. Pursuant to ...", UNEP/EA.1/1/Add.1/Rev.1): its
title ends before the first word a sentence begins with (lexicon ``SENTENCE_OPENERS``), a numbered paragraph
or a sub-item, where its annotation begins."""
_INLINE_SUBITEM_HEADING = patterns.define(
    "agenda_layout.inline_subitem_heading", r"""
    (?<=[.\s])\((?P<letter>[a-z])\)\s+
    (?P<title>[""" + _CAPS + r"""]""" + _TITLE_WORD + r"""(?:\s+""" + _TITLE_WORD + r"""){0,15}?)
    (?=\s+\d{1,3}\.\s+[""" + _CAPS + r"""])                           # the first numbered paragraph under it""",
    examples=[("Item 2 Organization of work (a) Election of officers 3. The Assembly is expected",
               {"letter": "a", "title": "Election of officers"}),  # UNEP/EA.1/1/Add.1/Rev.1 (dev set)
              ("the present annotations. (b) Adoption of agenda 5. The Assembly", {"letter": "b"})],
    rejects=["the States (a) that have ratified 3. The", "(a) Election of officers. 3. The"])
"""A sub-item's heading on the same flattened line as its item's heading (read only on a line that holds one)."""


def _inline_headings(line: Span) -> list[Span]:
    """A flattened line cut before and after each item heading it holds (in capitals, or in mixed case
    up to the sentence that follows it, with its sub-items' headings); else the line. A heading printed
    without the full stop after its number is given one ("Item 1. Opening"), as the readers expect."""
    found = list(_INLINE_HEADING.finditer(line.text))
    mixed = list(_INLINE_ITEM_HEADING.finditer(line.text))
    subs = list(_INLINE_SUBITEM_HEADING.finditer(line.text)) if mixed else []
    cuts = sorted({b for m in [*found, *mixed, *subs] for b in m.span()})
    if not cuts:
        return [line]
    printed = {m.start(): f"{m.group(0)[:m.start('num') - m.start()]}{m['num']}. {m['title']}" for m in mixed}
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(line.text)], strict=True):
        piece = line.text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Span(line.start + a + lead, line.start + a + len(piece.rstrip()), printed.get(a, piece.strip())))
    return out


_LISTED_HEADING_WORD = r"(?<!\S)(?:Agenda\s+item|Item|Point|Punto|Tema|Пункт)\s+"


_ANNOTATION_AFTER_TITLE = r"(?=\s+(?:" + _OPENER + r"|(?:Rule|Article|Item|Paragraph)s?\s+\d|[A-Z][a-z]+\s+[a-z]))"
"""What follows an item's heading run on into its annotation on a flattened line: the annotation's first sentence
(a word a sentence begins with, "Rule 15 of ...", "At past sessions"), not the next item of a list ("2. ...")."""


def _listed_headings(line: Span, entries: list[AgendaEntry]) -> list[Span]:
    """A line flattened from a page of annotations ("... are contained in document TD/TIMBER.3/2. Item 4:
    Election of officers 3. Rule 6 of the provisional rules of procedure provides ...", TD/TIMBER.3/1) cut
    before and after each heading that names a listed item by its number and its whole listed title, as the
    list prints it; a short line, or a line naming none, as it is. The title is the list's, so where the
    heading ends is known, not guessed."""
    if len(line.text) < _CONTINUATION:
        return [line]
    cuts: set[int] = set()
    for e in entries:
        if e.letter or e.cut or not e.title:
            continue
        words = r"\s+".join(re.escape(w) for w in e.title.split())
        heading = re.compile(_LISTED_HEADING_WORD + re.escape(e.number) + r"\s*[.:]\s*" + words + r"(?=\s|$)",
                             re.IGNORECASE)
        for m in heading.finditer(line.text):
            cuts.update(m.span())
        # without the word for item: "... Annotations 1. Election of officers Rule 15 of the rules of procedure ...",
        # the listed title whole, then the annotation's first sentence (E/CN.9/1999/1, flattened onto one line)
        bare = re.compile(r"(?<!\S)" + re.escape(e.number) + r"\.\s+" + words + _ANNOTATION_AFTER_TITLE)
        for m in bare.finditer(line.text):
            cuts.update(m.span())
    if not cuts:
        return [line]
    out = []
    for a, b in zip([0, *sorted(cuts)], [*sorted(cuts), len(line.text)], strict=True):
        piece = line.text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Span(line.start + a + lead, line.start + a + len(piece.rstrip()), piece.strip()))
    return out


def annex_start(text: str, after: int, limit: int | None = None) -> int:
    pattern = re.compile(r"^[ \t]*(?:Annex(?:es)?(?:\s+[IVX]+)?|(?:Proposed\s+)?organization\s+of\s+work|"
                         r"Programme\s+of\s+work|Proposed\s+timetable|Timetable)\s*$", re.M | re.I)
    m = pattern.search(text, after, limit if limit is not None else len(text))
    return m.start() if m else (limit if limit is not None else len(text))


_DOC_HEADING = re.compile(r"^\s*(?:Documentation|Documentación|Documentos|Документация|Документы|文件|الوثائق)"
                          r"\s*[:：]?\s*$", re.M | re.I)
"""The heading of an item's list of documents, in the six languages ("Documentation", "Documentación",
"Документация", "文件", "الوثائق")."""
_DOC_LINE = re.compile(r"^(?P<title>.*?)\s*\(\s*(?P<sym>[A-Z][^()\s]*?/[^()\s]*?)\s*\)\s*[.;]?\s*$")


def _annotation(notation: str, heading: Span, block: str, offset: int) -> Annotation:
    doc_at = _DOC_HEADING.search(block)
    prose = block[: doc_at.start()] if doc_at else block
    stripped = prose.strip()
    span = None
    if stripped:
        lead = len(prose) - len(prose.lstrip())
        span = Span(offset + lead, offset + lead + len(stripped), stripped)
    ann = Annotation(notation, heading, span)
    if doc_at:
        previous: Span | None = None  # a title printed on the line above its symbol
        for line in lines(block[doc_at.end():]):
            if not line.text:
                continue
            found = find_symbols(line.text)
            for (sym, _), (title, a, b) in zip(found, _titles_of(line.text, found), strict=True):
                start, end = line.start + a, line.start + b
                if not title and previous is not None and len(found) == 1:
                    title, start = clean_title(previous.text), previous.start
                ann.documentation.append((title, sym.text,
                                          Span(offset + doc_at.end() + start,
                                               offset + doc_at.end() + end,
                                               block[doc_at.end() + start:doc_at.end() + end])))
            previous = None if found else line
    elif span is not None:
        # a documentation line without a heading: "Title of the document (SYMBOL)" on a line of its own
        for line in lines(block):
            m = _DOC_LINE.match(line.text)
            if m and is_symbol(m["sym"]) and len(line.text) < 300 and not line.text.endswith(
                    ("." + ")", ").")) and m["title"] and not re.search(r"[.;]\s", m["title"]):
                ann.documentation.append((clean_title(m["title"]), m["sym"],
                                          Span(offset + line.start, offset + line.end, line.text)))
    return ann


_CONNECTOR = re.compile(r"^[\s(),;:]*(?:(?:and|y|et|и|و|和)[\s(),;:]*)?$", re.IGNORECASE)


def _titles_of(text: str, found: list[tuple[Symbol, tuple[int, int]]]) -> list[tuple[str, int, int]]:
    """The title each symbol of a documentation line has, and the span of the line that says so,
    in time linear in the line.

    One symbol: the line without it ("Title (SYMBOL)", "SYMBOL Title"), the whole line its evidence.
    Several: the words printed between the symbols, each symbol's own: before it when the line starts
    with words ("Title A (A) Title B (B)"), after it when the line starts with a symbol ("A Title A
    B Title B"). Where only a connector stands between two symbols ("Title (A and B)"), the second
    shares the first's title; a symbol with no words of its own has none (which words are whose is
    not printed).
    """
    if len(found) == 1:
        sym, (a, b) = found[0]
        before, after = text[:a], text[b:]
        if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after):
            before, after = re.sub(r"\(\s*$", "", before), re.sub(r"^\s*\)", "", after)
        return [(clean_title(before + after), 0, len(text))]
    cuts = [0] + [x for _, span in found for x in span] + [len(text)]
    segments = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]  # the text around the symbols
    words_first = bool(re.search(r"\w", text[:cuts[1]]))
    out: list[tuple[str, int, int]] = []
    for n, (_, (a, b)) in enumerate(found):
        start, end = segments[n] if words_first else segments[n + 1]
        words = text[start:end]
        if _CONNECTOR.match(words):  # the title it shares is said from the first symbol's words on
            out.append((out[-1][0], out[-1][1], b) if out and words_first else ("", a, b))
            continue
        start += len(words) - len(words.lstrip(" ),;:"))
        out.append((clean_title(re.sub(r"[\s(]+$", "", words.lstrip(" ),;:"))),
                    *((start, b) if words_first else (a, end))))
    return out


# ------------------------------------------------------------------------------------ organization of work

_DAY_ROW = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+\w+")
_NOTATION = re.compile(r"^(?:Item\s+)?\d{1,2}(?:\s*\([a-z]\))?\.?$", re.IGNORECASE)
_TABLE_START = re.compile(r"(?:organization\s+of\s+work|programme\s+of\s+work|^\s*programme\b|timetable|"
                          r"^\s*date\s*(?:and|/)\s*time\b)", re.IGNORECASE | re.MULTILINE)
_CELL_ITEM = re.compile(r"\bItem\s+(?P<n>\d{1,2}(?:\s*\([a-z]\))?)\s*[.:]\s*(?P<title>[^;|]+)", re.IGNORECASE)


@dataclass
class Slot:
    day: date
    start: str
    end: str
    notations: list[str]
    span: Span


@dataclass
class TableItem:
    notation: str
    title: str
    span: Span
    cut: bool = False


def parse_organization_of_work(text: str, year: int, after: int = 0,
                               gaps: tuple[Gap, ...] = ()) -> tuple[list[Slot], list[TableItem]]:
    """Rows of an organization-of-work table or programme: a day row, then time / item / title cells.

    Returns the slots and the items the table names with their titles (for texts without an item
    list, such as a programme or a fragment).
    """
    start = _TABLE_START.search(text, after)
    if not start:
        return [], []
    base = start.start()
    slots: list[Slot] = []
    table_items: dict[str, TableItem] = {}
    day = None
    current: Slot | None = None
    for m in re.finditer(r"[^\n]+", text[base:]):
        raw = m.group(0)
        span = Span(base + m.start(), base + m.end(), raw.strip())
        line = raw.lstrip(" ")
        separator = r"\t|[ ]*\|[ ]*" if ("\t" in line or "|" in line) else r" {3,}"
        cells = [c.strip() for c in re.split(separator, line)]
        first = next((c for c in cells if c), "")
        if _DAY_ROW.match(first):
            day = dates.day_in_year(first, year)
            current = None
            continue
        if day is None:
            continue
        time = dates.time_span(cells[0]) if cells and cells[0] else None
        if time:
            current = Slot(day, time[0], time[1], [], span)
            slots.append(current)
        if current is None:
            continue
        found: list[tuple[str, str | None, int, int]] = []
        for idx, c in enumerate(cells[1:], start=1):
            if _NOTATION.match(c):
                title = cells[idx + 1] if idx + 1 < len(cells) else None
                found.append((re.sub(r"^item\s+", "", c.rstrip("."), flags=re.I), title, 0, 0))
                break
            for im in _CELL_ITEM.finditer(c):
                cstart = raw.find(c)
                found.append((im["n"], im["title"], cstart + im.start("title"), cstart + im.end("title")))
            if found:
                break
        for notation, title, a, b in found:
            key = re.sub(r"\s*\(", " (", re.sub(r"\s+", " ", notation)).strip()
            if key not in current.notations:
                current.notations.append(key)
            if title:
                at = span.start + (a if b else raw.find(title))
                title = with_gaps(text, at, at + len(title), gaps)
                clean = re.sub(r"\s*\((?:continued|cont\.?)\)\s*$", "", clean_title(title), flags=re.I)
                clean = clean_title(clean)
                if clean and key not in table_items:
                    s = span.start + (a if b else raw.find(title))
                    e = span.start + (b if b else raw.find(title) + len(title))
                    cut = any(g.start >= e and not text[e:g.start].strip() and "\n" not in text[e:g.start]
                              for g in gaps)
                    table_items[key] = TableItem(key, clean, Span(s, e, text[s:e]), cut)
    return slots, list(table_items.values())


