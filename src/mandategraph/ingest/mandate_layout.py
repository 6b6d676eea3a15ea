"""Where resolutions and decisions stand in a text: lists of them with their titles as printed
("3/1. Review mechanism", "Decision 1/1 Adoption of the rules of procedure") under a "Resolutions" or
"Decisions" heading, and the texts of them, each from its heading to the next.

Everything here works on the cleaned text (same offsets as the source) and returns spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandategraph.ingest import lexicon, patterns
from mandategraph.ingest.text import Gap, Span, clean_title, fold, lines

_LIST_ENTRY = re.compile(
    r"^(?:(?P<word>Resolution|Decision|Resolución|Decisión|Résolution|Décision|Резолюция|Решение)\s+)?"
    r"(?P<s>\d{1,3})/(?P<n>\d{1,3})\.?\s+(?P<title>\S.*)$", re.IGNORECASE)
_RESOLUTIONS = re.compile(r"\b(?:resolutions?|resoluciones|résolutions?|резолюции)\b", re.IGNORECASE)
_DECISIONS = re.compile(r"\b(?:decisions?|decisiones|décisions?|решения)\b", re.IGNORECASE)
_HEADING_WORDS = ("Resolution", "Decision", "Resolución", "Decisión", "Résolution", "Décision", "Резолюция", "Решение")
MANDATE_HEADING = patterns.define(
    "mandate_layout.mandate_heading",
    r"^(?P<word>" + "|".join(w for word in _HEADING_WORDS for w in (word, word.upper())) + r")\s+"
    r"(?P<s>\d{1,3})/(?P<n>\d{1,3})\.?\s*$",
    examples=[("Decision 1/1", {"s": "1", "n": "1"}), ("RESOLUTION 5/1.", {"word": "RESOLUTION"}),
              ("Резолюция 9/1", {"n": "1"})],
    # tests/ingest_eval/novel/E_1997_L.15_nosymbol.txt: an item's title broken over lines, "... implementation of
    # General Assembly" / "resolution 50/227": a heading's word is capitalised, a sentence's tail is not
    rejects=["resolution 50/227", "decision 4/4", "Resolution 50/227 of the General Assembly"], verbose=False)
"""The heading of a resolution's or decision's text on a line of its own: its word capitalised ("Decision 1/1",
"RESOLUTION 5/1"); "resolution 50/227" alone on a line is the tail of a sentence or title broken before it."""


@dataclass
class ListedMandate:
    kind: str  # resolution or decision
    session: int
    number: int
    title: str | None
    span: Span
    cut: bool = False
    issuer: str | None = None  # the slug of the body the list's heading names, when it names one


_KIND_WORD = re.compile(r"\b(?:resolutions?|resoluciones|résolutions?|резолюции|decisions?|decisiones|décisions?|"
                        r"решения)\b", re.IGNORECASE)
_INLINE_ENTRY = patterns.define(
    "mandate_layout.inline_entry", r"""
    (?<![\w/.])(?:(?P<s>\d{1,3})/(?P<n>\d{1,3})\.          # "5/1." as a contents table prints it,
      |(?P<ys>(?:19|20)\d{2})/(?P<yn>\d{1,3})(?=\s+[^\W\d_]))  # or "2003/1 Title": numbered by the year, then
    (?:(?=\s+\d{1,3}/\d{1,3}\.(?:\s|$))                     # no title: the next number ("5/1. 5/2. B. ..."),
     |\s+(?P<section>[A-Z]\.\s+)?                           # or a section's heading ("B. ...": not its title),
      (?P<title>[^\W\d_][^.…]*?(?:\.(?!\s*\.)[^.…]*?)*?)     # or the title, up to ...
      (?P<leader>\s*(?:(?:\.\s*){3,}|…+\s*)(?:\d{1,3}(?![\d/]))?   # ... its dot leader (and page number),
       |(?=\s+\d{1,3}/\d{1,3}\.\s)                         #     or the next entry (a page number run in),
       |$))                                               #     or the end of the text (cut)""",
    examples=[("A. Resoluciones ......... 3 5/1. Aumento de la eficacia de la cooperación .......... 3 5/2. Fort",
               {"s": "5", "n": "1", "title": "Aumento de la eficacia de la cooperación"}),  # CAC/COSP/2013/18
              ("3 9/1. Создание Механизма обзора ..... 3 9/2.", {"title": "Создание Механизма обзора"}),
              ("Decisions 5/101. Institution-building of the Human Rights Council . . . 37",  # A/HRC/5/21
               {"n": "101", "title": "Institution-building of the Human Rights Council"}),
              # A/HRC/5/21: the numbers printed apart from their titles, then a section's heading
              ("A. Resolutions 5/1. 5/2. B. Institution-building of the United Nations",
               {"n": "1", "title": None}),
              ("5/2. B. Institution-building of the United Nations ......", {"section": "B. "}),
              # tests/ingest_eval/sealed/DP_2004_2.txt: the decisions of a body that numbers them by the year
              ("(20 to 23 January, New York) 2003/1 Improvement of the working methods of the Executive Board "
               "........................... 3 2003/2 Assistance", {"ys": "2003", "yn": "1", "title":
                                                                   "Improvement of the working methods of the "
                                                                   "Executive Board"})],
    rejects=["CTOC/COP/2012/15. Report", "resolution 6/3 of the Conference", "2003/1 (2003)"])
_HEADING_CHUNKS = re.compile(r"(?:\.\s*){3,}\s*\d{0,3}|…+\s*\d{0,3}")
"""What separates the lines of a contents table flattened onto one line: a dot leader and its page."""
_FLAT_LINE_CHARS = 400
"""A line this long holding a contents table's entries is a flattened page, read entry by entry."""


def _inline_lists(ln: Span) -> list[ListedMandate]:
    """The resolutions and decisions a contents table flattened onto one line lists ("Índice ... A. Resoluciones
    ...... 3 5/1. Aumento de ... ...... 3 5/2. ... B. Decisiones ...... 25 5/1. Mecanismo ..."): each entry
    of a run numbered n, n+1, ... of one session, under the last heading before it that names one kind only
    (a heading naming both, "Resoluciones y decisiones adoptadas ...", names none); its title when its dot
    leader ends it, else none (a page number run into the next entry, or the text cut)."""
    out: list[ListedMandate] = []
    kind: str | None = None
    issuer: str | None = None
    at = 0
    for m in _INLINE_ENTRY.finditer(ln.text):
        session, number = int(m["s"] or m["ys"]), int(m["n"] or m["yn"])
        if m["ys"] and not (m["leader"] or "").strip():
            continue  # numbered by the year: an entry only with its dot leader (else a year and a number in a title)
        before = ln.text[at:m.start()]
        heading = next((c for c in reversed(_HEADING_CHUNKS.split(before)) if _KIND_WORD.search(c)), None)
        if heading is not None:
            kind, issuer = _heading_kind(heading)
        at = m.end()
        if kind is None:
            continue
        previous = out[-1] if out else None
        if previous is not None and previous.kind == kind and not (
                previous.session == session and previous.number + 1 == number):
            continue  # not the next entry of the run: a number in a title, or another table
        title = clean_title(m["title"]) if m["title"] and m["leader"] and m["leader"].strip() and \
            not m["section"] else None
        span = Span(ln.start + m.start(), ln.start + m.end(), m.group(0))
        out.append(ListedMandate(kind, session, number, title if title and len(title) >= 3 else None,
                                 span, cut=bool(m["title"]) and not (m["leader"] or "").strip() and
                                 m.end() == len(ln.text),
                                 issuer=issuer))
    return out


def _heading_kind(heading: str) -> tuple[str | None, str | None]:
    """The kind a contents heading names (None for both or neither) and the slug of the body it names."""
    words = {_kind_word(w) for w in _KIND_WORD.findall(heading)}
    first = _KIND_WORD.search(heading)
    # the body a heading names stands by its kind word ("Decisions adopted by the Economic and Social Council"), not
    # in the masthead a flattened page runs before it ("Conseil économique et social Distr. générale ... Conseil
    # d'administration Recueil des décisions adoptées par le Conseil d'administration", sealed/E_ICEF_2011_16_fr)
    low = heading[max(0, first.start() - _HEADING_NAME_CHARS) if first else 0:].lower()
    issuer = next((slug for name, slug in sorted(lexicon.ISSUERS.items(), key=lambda kv: -len(kv[0]))
                   if name in low and name != "assembly"), None)
    return (words.pop() if len(words) == 1 else None), issuer


_HEADING_NAME_CHARS = 60
"""How far before a contents heading's kind word the body it names may begin."""


def _kind_word(word: str) -> str:
    return "resolution" if word.lower().startswith(("resol", "résol", "резол")) else "decision"


def mandate_lists(text: str, start: int, gaps: tuple[Gap, ...] = ()) -> list[ListedMandate]:
    """Lines "3/1. Review mechanism ... 3" (under a "Resolutions" or "Decisions" heading) and
    "Decision 1/1 Adoption of the rules of procedure ..." with their titles."""
    out: list[ListedMandate] = []
    kind: str | None = None
    first = text.rfind("\n", 0, start) + 1  # a flattened page may begin inside the cover's line
    rest = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
    all_lines = ([Span(start, start + len(rest), rest)] if first < start and rest.strip() else []) + lines(text, start)
    for ln in all_lines:
        if not ln.text:
            continue
        if len(ln.text) >= _FLAT_LINE_CHARS and _HEADING_CHUNKS.search(ln.text):
            inline = _inline_lists(ln)
            if inline:
                out.extend(inline)
                continue
        m = _LIST_ENTRY.match(ln.text)
        if m:
            k = _kind_word(m["word"]) if m["word"] else kind
            if k is None:
                continue
            raw_title = m["title"]
            title = clean_title(raw_title)
            leader = bool(re.search(r"(?:\.{3,}|…)[\s\d/–-]*$", raw_title))
            cut = any(ln.start <= g.start < ln.end or (g.start >= ln.end and "\n" not in text[ln.end:g.start]
                                                      and not text[ln.end:g.start].strip()) for g in gaps)
            cut = cut and not (leader and not any(ln.start <= g.start < ln.end for g in gaps))
            title_value = None if cut or not title or len(title) < 3 else title
            out.append(ListedMandate(k, int(m["s"]), int(m["n"]), title_value, ln, cut))
            continue
        if len(ln.text) >= 200:  # a heading is short (a long line is not searched for one)
            continue
        has_res = bool(_RESOLUTIONS.search(ln.text))
        has_dec = bool(_DECISIONS.search(ln.text))
        if (has_res or has_dec) and not re.match(r"^\d", ln.text):
            if has_res and not has_dec:
                kind = "resolution"
            elif has_dec and not has_res:
                kind = "decision"
            else:
                kind = None
    return out


def mandate_texts(text: str, start: int, listed: list[ListedMandate]) -> list[tuple[str, int, int, Span, int, int]]:
    """The texts of resolutions and decisions: (kind, session, number, heading, text start, text end).

    A text begins at a heading "Decision 1/1" (its title on the next line) or at a line that
    repeats the title of a listed mandate, and runs to the next such heading.
    """
    titles = {fold(m.title).lower(): m for m in listed if m.title}
    heads: list[tuple[str, int, int, Span, int]] = []
    all_lines = [ln for ln in lines(text, start) if ln.text]
    listed_spans = {m.span.start for m in listed}
    for idx, ln in enumerate(all_lines):
        if ln.start in listed_spans:
            continue
        m = MANDATE_HEADING.match(ln.text)
        if m:
            body_start = ln.end
            if idx + 1 < len(all_lines) and not re.match(r"^The\s", all_lines[idx + 1].text):
                body_start = all_lines[idx + 1].end
            heads.append((_kind_word(m["word"]), int(m["s"]), int(m["n"]), ln, body_start))
            continue
        key = fold(ln.text).lower() if titles else ""
        if key in titles and idx + 1 < len(all_lines):
            lm = titles[key]
            if heads and heads[-1][1:3] == (lm.session, lm.number) and heads[-1][4] == ln.end:
                continue  # the title line under its "Decision 1/1" heading
            heads.append((lm.kind, lm.session, lm.number, ln, ln.end))
    out = []
    for i, (kind, s, n, head, body_start) in enumerate(heads):
        stop = heads[i + 1][3].start if i + 1 < len(heads) else len(text)
        out.append((kind, s, n, head, body_start, stop))
    return out
