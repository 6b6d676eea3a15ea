"""Document structure shared by UN documents: the cover, and the parts of a provisional agenda
(item list, annotations, documentation lists, organization of work)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mandategraph.ingest import dates
from mandategraph.ingest.citations import ORDINAL, ordinal
from mandategraph.ingest.symbols import SYMBOL, Symbol
from mandategraph.ingest.text import Span

LANGUAGES = {"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar",
             "chinese": "zh", "inglés": "en", "español": "es", "francés": "fr", "ruso": "ru"}


@dataclass
class Cover:
    symbol: Symbol | None = None
    symbol_span: tuple[int, int] | None = None
    distribution_date: date | None = None
    original_language: str | None = None
    venue: str | None = None
    dates: dates.DateRange | None = None
    session_number: int | None = None
    title: Span | None = None
    lines: list[Span] = field(default_factory=list)  # cover lines before the title


@dataclass
class AgendaEntry:
    notation: str  # as printed: "1", "1 (a)"
    number: str
    letter: str | None
    title: str
    span: Span
    order: int


@dataclass
class Annotation:
    notation: str
    heading: Span
    text: Span | None
    documentation: list[tuple[str, str, Span]] = field(default_factory=list)  # (title, symbol, span)


@dataclass
class Slot:
    day: date
    start: str
    end: str
    notations: list[str]
    span: Span


_LINES = re.compile(r"[^\n]*\n?")


def lines(text: str) -> list[Span]:
    out = []
    pos = 0
    for m in _LINES.finditer(text):
        if not m.group(0):
            break
        raw = m.group(0).rstrip("\n")
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Span(pos + lead, pos + lead + len(stripped), stripped))
        pos = m.end()
    return out


_AGENDA_TITLE = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:provisional\s+(?:annotated\s+)?agenda|annotated\s+provisional\s+agenda)"
    r"(?:\s+and\s+(?:annotations|programme\s+of\s+work|proposed\s+organization\s+of\s+work))*\s*$",
    re.IGNORECASE)
_SESSION = re.compile(r"\b(?P<ord>" + ORDINAL + r")\s+(?:session|meeting)\b", re.IGNORECASE)
_VENUE_DATES = re.compile(r"^(?P<venue>[A-Z][\w .'-]+?),\s+(?P<dates>.*\d{4})\s*$")


def parse_cover(text: str) -> Cover:
    """Read the cover: symbol, Distr. date, original language, venue and dates, session, title."""
    cover = Cover()
    all_lines = lines(text)
    for i, line in enumerate(all_lines[:60]):
        t = line.text
        if not t:
            continue
        if cover.title is None and (_AGENDA_TITLE.match(t)):
            cover.title = line
            break
        cover.lines.append(line)
        if cover.symbol is None:
            m = SYMBOL.fullmatch(t)
            if m and "/" in t:
                cover.symbol, cover.symbol_span = Symbol(t), (line.start, line.end)
                continue
        if t.lower().startswith("distr"):
            nxt = " ".join(x.text for x in all_lines[i:i + 3])
            r = dates.first_range(nxt)
            if r:
                cover.distribution_date = r.start
        m = re.match(r"original:\s*(\w+)", t, re.IGNORECASE)
        if m:
            cover.original_language = LANGUAGES.get(m.group(1).lower())
        m = _VENUE_DATES.match(t)
        if m and cover.dates is None:
            r = dates.first_range(m["dates"])
            if r:
                cover.venue, cover.dates = m["venue"].strip(), r
        m = _SESSION.search(t)
        if m and cover.session_number is None and len(t) < 80:
            cover.session_number = ordinal(m["ord"])
    return cover


_ITEM = re.compile(r"^(?:item\s+)?(?P<num>\d{1,2})\s*[.:]\s+(?P<title>\S.*)$", re.IGNORECASE)
_SUBITEM = re.compile(r"^[-–•]?\s*\((?P<letter>[a-z])\)\s+(?P<title>\S.*)$")
_HEADING_ANNOTATIONS = re.compile(r"^(?:[IVX]+\.\s+)?annotations(?:\s+to\s+the\s+provisional\s+agenda)?$",
                                  re.IGNORECASE)


def clean_title(title: str) -> str:
    """A title exactly as printed, without its trailing list punctuation."""
    return re.sub(r"[\s.;:,]+$", "", title).strip()


def parse_agenda_items(text: str, after: int) -> tuple[list[AgendaEntry], int]:
    """The numbered item list that follows the title; returns the entries and where the list ends."""
    entries: list[AgendaEntry] = []
    current = None
    end = after
    order = 0
    for line in lines(text):
        if line.start < after or not line.text:
            continue
        if _HEADING_ANNOTATIONS.match(line.text):
            end = line.start
            break
        m = _ITEM.match(line.text)
        if m:
            current = m["num"]
            if entries and int(current) <= int(entries[-1].number) and entries[-1].number != current:
                end = line.start  # numbering restarts: the annotations began without a heading
                break
            order += 1
            entries.append(AgendaEntry(current, current, None, clean_title(m["title"]), line, order))
            end = line.end
            continue
        m = _SUBITEM.match(line.text)
        if m and current:
            order += 1
            notation = f"{current} ({m['letter']})"
            entries.append(AgendaEntry(notation, current, m["letter"], clean_title(m["title"]), line, order))
            end = line.end
            continue
        if entries:
            end = line.start
            break
    return entries, end


def parse_annotations(text: str, entries: list[AgendaEntry], after: int) -> list[Annotation]:
    """Annotation text under each item heading, with its Documentation list."""
    notations = {e.notation for e in entries}
    titles = {e.notation: e.title.lower() for e in entries}
    headings: list[tuple[str, Span]] = []
    current_number = None
    body_lines = [ln for ln in lines(text) if ln.start >= after]
    for line in body_lines:
        m = _ITEM.match(line.text)
        if m and m["num"] in notations and _same_title(m["title"], titles[m["num"]]):
            current_number = m["num"]
            headings.append((m["num"], line))
            continue
        m = _SUBITEM.match(line.text)
        if m and current_number:
            notation = f"{current_number} ({m['letter']})"
            if notation in notations and _same_title(m["title"], titles[notation]):
                headings.append((notation, line))
    annotations = []
    for i, (notation, heading) in enumerate(headings):
        stop = headings[i + 1][1].start if i + 1 < len(headings) else _annex_start(text, heading.end)
        block = text[heading.end:stop]
        annotations.append(_annotation(notation, heading, block, heading.end))
    return annotations


def _same_title(printed: str, title: str) -> bool:
    return clean_title(printed).lower() == title


def _annex_start(text: str, after: int) -> int:
    m = re.compile(r"^\s*(?:Annex(?:es)?|Proposed organization of work)\s*$", re.M | re.I).search(text, after)
    return m.start() if m else len(text)


_DOC_HEADING = re.compile(r"^\s*Documentation\s*$", re.M | re.I)


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
        for line in lines(block[doc_at.end():]):
            if not line.text:
                continue
            for m in SYMBOL.finditer(line.text):
                if "/" not in m.group(0):
                    continue
                title = clean_title(re.sub(r"\(\s*" + re.escape(m.group(0)) + r"\s*\)", "", line.text))
                ann.documentation.append((title, m.group(0),
                                          Span(offset + doc_at.end() + line.start,
                                               offset + doc_at.end() + line.end, line.text)))
    return ann


_DAY_ROW = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\d{1,2}\s+\w+")
_NOTATION = re.compile(r"^\d{1,2}(?:\s*\([a-z]\))?$")


def parse_organization_of_work(text: str, year: int) -> list[Slot]:
    """Rows of the organization-of-work table: a day row, then time / item / title cells."""
    start = re.search(r"organization of work|programme of work", text[len(text) // 3:], re.I)
    if not start:
        return []
    base = len(text) // 3 + start.end()
    slots: list[Slot] = []
    day = None
    current: Slot | None = None
    for m in re.finditer(r"[^\n]+", text[base:]):
        raw = m.group(0)
        span = Span(base + m.start(), base + m.end(), raw.strip())
        if _DAY_ROW.match(span.text):
            day = dates.day_in_year(span.text, year)
            current = None
            continue
        if day is None:
            continue
        cells = [c.strip() for c in re.split(r"\t| {3,}", raw)]
        time = dates.time_span(cells[0]) if cells[0] else None
        notation = next((c for c in cells[1:] if _NOTATION.match(c)), None)
        if time:
            current = Slot(day, time[0], time[1], [], span)
            slots.append(current)
        if current and notation:
            key = re.sub(r"\s*\(", " (", notation)
            if key not in current.notations:
                current.notations.append(key)
    return slots
