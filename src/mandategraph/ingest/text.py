"""Source texts: reading, our own ``source:`` header, cleaning, lines, printed titles and gaps,
sentences and spans with offsets.

Offsets always refer to the text as read (after our header is cut), so every quote can be found
again in the source file. Cleaning never shifts offsets: PDF debris (job numbers, running headers,
footnote markers, page numbers, markup) and editorial brackets are blanked with spaces of the same
length, and a word broken by a hyphen at a line end is joined in place (the rest of its line moves
left by two characters and is padded with spaces, so everything after the line stays where it was).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from mandategraph.errors import InputError


class NotADocumentError(InputError, ValueError):
    """The input is not a readable UN document text (empty, binary, or no recognisable structure)."""


@dataclass(frozen=True)
class Gap:
    """A place where the text says something is missing (an editor's "[... text truncated ...]")."""

    start: int
    end: int
    note: str


@dataclass(frozen=True)
class SourceText:
    """A document text as read.

    ``body`` is the text exactly as in the file after our header; ``clean`` has the same length with
    debris blanked, and is what the ingester parses. ``header_length`` is the number of characters
    of our header before ``body`` in the file.
    """

    name: str
    body: str
    source_url: str | None
    notes: tuple[str, ...]
    header_length: int
    clean: str = ""
    gaps: tuple[Gap, ...] = ()
    glosses: int = 0  # editorial insertions (glosses, "[sic]") blanked
    debris: tuple[str, ...] = field(default=())  # kinds of debris blanked, for the record
    pages: tuple[int, ...] = ()  # offset at which each page starts, for text extracted from PDF or Word
    media_type: str | None = None  # the file's format when it was not a plain text

    @property
    def text(self) -> str:
        return self.clean or self.body


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @property
    def quote(self) -> str:
        """The span's words with runs of white space folded to one space."""
        return fold(self.text)


def fold(text: str) -> str:
    """``text`` with every run of white space one space, none at either end."""
    return " ".join(text.split())  # str.split and re's \s agree on what white space is


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f]")  # the characters below 32 but tab, line feed, form feed
_HEADER = re.compile(r"\A(?:[ \t]*(?:source|note)\b[^:\n]{0,200}:[^\n]*(?:\n|\Z))+", re.IGNORECASE)


def parse_source(raw: bytes, name: str) -> SourceText:
    if b"\x00" in raw[:4096]:
        raise NotADocumentError(f"{name}: binary file, not a document text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotADocumentError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    return read_text(text, name)


def read_text(text: str, name: str, pages: tuple[int, ...] = (), media_type: str | None = None,
              source_url: str | None = None) -> SourceText:
    """A decoded text as read; ``pages`` and ``media_type`` when it was extracted from a PDF or Word
    file (which has no header of ours: its address comes from ``source_url``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 200):
        raise NotADocumentError(f"{name}: binary or control characters, not a document text")
    match = _HEADER.match(text) if media_type is None else None
    header = match.group(0) if match else ""
    url = source_url
    notes = []
    for line in header.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "source" and url is None:
            url = value.strip() or None
        elif key.strip().lower().startswith("note"):
            notes.append(value.strip())
    body = text[len(header):]
    if not body.strip():
        raise NotADocumentError(f"{name}: empty text")
    cleaned, gaps, glosses, debris = clean(body)
    return SourceText(name, body, url, tuple(notes), len(header), cleaned, tuple(gaps), glosses,
                      tuple(debris), pages, media_type)


# ------------------------------------------------------------------------------------ cleaning

_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|span|br|p)\b[^>\n]{0,40}>", re.IGNORECASE)
_BRACKET = re.compile(r"\[[^\[\]\n]{0,400}\]")
_GAP_WORDS = re.compile(r"\.\.\.|…|truncat|not available|missing|remainder|omitted|cut off|illegible",
                        re.IGNORECASE)
_ROW_MARKER = re.compile(r"^[ \t]*\[\d{1,4}\][ \t]?", re.MULTILINE)
_EDITORIAL_LINE = re.compile(r"^[ \t]*(?:={3,}[^\n]*={3,}|-{3,}[^\n]*-{3,}|\([^()\n]*not available[^\n]*\))"
                             r"[ \t]*$", re.MULTILINE | re.IGNORECASE)
_ELLIPSIS_LINE = re.compile(r"^[ \t]*(?:\.\s?\.\s?\.|…)[ \t]*$", re.MULTILINE)
JOB_NUMBER = re.compile(r"^[ \t]*(?:[A-Z]{1,2}\.\d{2}-\d{4,6}(?:[ \t]*\([A-Z]{1,2}\))?|\*\d{6,}\*)"
                        r"(?:[ \t]+\*\d{6,}\*)?[ \t]*$", re.MULTILINE)
# A footnote number glued to a word ("Convention1,", "decision 6/1,2 "), in two patterns: one
# alternation of the two, each led by a lookbehind, tried every position of a text full of digits
# (four times slower on a 4 MB citation list, the same matches: tests/test_text_scans.py). The first
# (and _STARS) match the character a match starts with before the look-behind that tests the one before
# it (one character wider), so a search skips to those characters instead of trying the look-behind at
# every character (2.5 and 40 times faster, the same matches: tests/test_ingest_rewrites.py).
_FOOTNOTE_GLUED = re.compile(r"[\d(](?<=[a-z\u00e0-\u00ff\u0430-\u044f)”\"’][\d(])(?:(?<=\d)\d?|(?<=\()\d{1,2}\))"
                             r"(?=[\s,.;:)]|$)", re.MULTILINE)
_FOOTNOTE_AFTER_COMMA = re.compile(r"(?<=,)\d(?:(?<=[a-z],\d)|(?<=\d/\d,\d)|(?<=\d/\d\d,\d))\d?(?=\s)")
_STARS = re.compile(r"\*(?<=[^\s*]\*)\*{0,2}(?=[\s,.;:)]|$)", re.MULTILINE)
_HYPHEN = re.compile(r"(?<=[a-z\u00e0-\u00ff\u0430-\u044f])-\n([ \t]*)([a-z\u00e0-\u00ff\u0430-\u044f]+)")
_PAGE_NUMBER = re.compile(r"(?:(?<=\n\n)|\A)[ \t]*(?:Page[ \t]+)?(?:-[ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?"
                          r"(?:[ \t]*-)?[ \t]*(?=\n[ \t]*\n|\n?\Z)")


def _page_numbers(text: str) -> Iterator[re.Match[str]]:
    """``_PAGE_NUMBER.finditer(text)``, tried only where it can start (the text's start and after
    each blank line) instead of at every position of the text."""
    end = 0
    at = 0
    while at != -1:
        if at >= end and (m := _PAGE_NUMBER.match(text, at)):
            end = max(m.end(), at + 1)
            yield m
        found = text.find("\n\n", max(at - 1, 0))  # "\n\n\n" holds two blank-line ends
        at = -1 if found == -1 else found + 2


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


class _Chars(list[str]):
    """The characters of a text being cleaned, joined again only when a step changed them."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._text: str | None = text

    def blank(self, start: int, end: int) -> None:
        _blank(self, start, end)
        self._text = None

    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self)
        return self._text


def clean(body: str) -> tuple[str, list[Gap], int, list[str]]:
    """Blank debris and editorial marks; return the cleaned text (same length), gaps, glosses, kinds."""
    chars = _Chars(body)
    gaps: list[Gap] = []
    kinds: set[str] = set()
    glosses = 0
    for m in _TAG.finditer(body):
        chars.blank(*m.span())
        kinds.add("markup")
    for m in _ROW_MARKER.finditer(body):
        chars.blank(*m.span())
        kinds.add("row numbers")
    text = chars.text()
    for m in _ELLIPSIS_LINE.finditer(text):
        chars.blank(*m.span())
        gaps.append(Gap(m.start(), m.end(), fold(m.group(0))))
    for m in _EDITORIAL_LINE.finditer(text):
        chars.blank(*m.span())
        if "not available" in m.group(0).lower():
            gaps.append(Gap(m.start(), m.end(), fold(m.group(0))))
        kinds.add("editorial lines")
    text = chars.text()
    for m in _BRACKET.finditer(text):
        inner = m.group(0)[1:-1]
        if "".join(chars[m.start():m.end()]).strip() == "":
            continue
        chars.blank(*m.span())
        if re.fullmatch(r"\d{1,3}", inner.strip()):
            kinds.add("footnote markers")
        elif _GAP_WORDS.search(inner):
            gaps.append(Gap(m.start(), m.end(), fold(m.group(0))))
        else:
            glosses += 1
    for m in JOB_NUMBER.finditer(body):
        chars.blank(*m.span())
        kinds.add("job numbers")
    text = chars.text()
    for m in (*_FOOTNOTE_GLUED.finditer(text), *_FOOTNOTE_AFTER_COMMA.finditer(text)):
        chars.blank(*m.span())
        kinds.add("footnote markers")
    for m in _STARS.finditer(text) if "*" in text else ():
        chars.blank(*m.span())
        kinds.add("footnote markers")
    text = chars.text()
    for m in _page_numbers(text):
        if m.group(0).strip():
            chars.blank(*m.span())
            kinds.add("page numbers")
    text = chars.text()
    for m in _HYPHEN.finditer(text) if "-\n" in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < 30:
            continue
        word = m.group(2)
        start = m.start()  # the hyphen
        end = m.end()
        replacement = word + " " * (end - start - len(word))
        chars[start:end] = list(replacement)  # same length: the text below is joined from chars
        kinds.add("hyphenation")
    cleaned = "".join(chars)
    assert len(cleaned) == len(body)
    return cleaned, sorted(gaps, key=lambda g: g.start), glosses, sorted(kinds)


def blank_lines(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans blanked (same length)."""
    chars = list(text)
    for s, e in spans:
        _blank(chars, s, e)
    return "".join(chars)


# ------------------------------------------------------------------------------------ lines and titles

_LINE_TABLES = 64  # texts whose line table is kept: a batch reads each document in two phases, so a
# table made when its cover was read is asked for again when the rest is (a document has a few texts:
# its text, cleaned versions, regions)
_LINE_TABLE_CHARS = 8_000_000  # ... and at most this many characters of them (a few very long texts)
LineTable = tuple[tuple[Span, ...], tuple[int, ...]]


class _Kept:
    """The line tables kept, the least recently asked for first, and their texts' characters."""

    def __init__(self) -> None:
        self.tables: OrderedDict[str, LineTable] = OrderedDict()
        self.chars = 0

    def add(self, text: str, table: LineTable) -> None:
        self.tables[text] = table
        self.chars += len(text)
        while len(self.tables) > _LINE_TABLES or self.chars > _LINE_TABLE_CHARS and len(self.tables) > 1:
            oldest, _ = self.tables.popitem(last=False)
            self.chars -= len(oldest)


_kept = _Kept()


def _line_table(text: str) -> LineTable:
    """Every line of ``text`` (stripped, with offsets) and their start offsets, found once per text."""
    found = _kept.tables.get(text)
    if found is not None:
        _kept.tables.move_to_end(text)
        return found
    out = []
    starts = []
    pos = 0
    rows = text.split("\n")
    if rows[-1] == "":  # a final line feed ends the last line; it does not start another
        rows.pop()
    for raw in rows:
        stripped = raw.strip()
        start = pos + len(raw) - len(raw.lstrip())
        out.append(Span(start, start + len(stripped), stripped))
        starts.append(start)
        pos += len(raw) + 1
    found = (tuple(out), tuple(starts))
    _kept.add(text, found)
    return found


def lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The lines of ``text`` (stripped), with offsets, that begin within [start, end).

    The lines of a text are found once and then looked up (by bisection), so reading a text region
    by region stays linear in its length.
    """
    table, starts = _line_table(text)
    first = bisect_left(starts, start)
    last = len(starts) if end is None else bisect_left(starts, end)
    return list(table[first:last])


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")
_DOT_LEADER = re.compile(r"\s*\.{2,}[\s.\d/,–-]*$")
_ELLIPSIS_TAIL = re.compile(r"\s*…+\s*[\d\s/,–-]*$")
_LIST_PUNCTUATION = re.compile(r"[\s.;:,]+$")
_TITLES_KEPT = 4096  # cleaned titles remembered (the same lines are cleaned by several readers)


@lru_cache(maxsize=_TITLES_KEPT)
def clean_title(title: str) -> str:
    """A title exactly as printed, without its trailing list punctuation and page references."""
    t = _SPACE_BEFORE_MARK.sub(r"\1", fold(title))
    t = _DOT_LEADER.sub("", t)  # dot leaders and page numbers of a contents line
    t = _ELLIPSIS_TAIL.sub("", t)
    return _LIST_PUNCTUATION.sub("", t).strip()


def with_gaps(text: str, start: int, end: int, gaps: tuple[Gap, ...]) -> str:
    """``text[start:end]`` with "…" where an editor marked something missing inside it."""
    out = text[start:end]
    for g in sorted(gaps, key=lambda g: -g.start):
        if start <= g.start < end:
            a, b = g.start - start, min(g.end, end) - start
            out = out[:a] + "…" + " " * max(0, b - a - 1) + out[b:]
    return re.sub(r"\s+…", " …", out)


def near_gap(gaps: tuple[Gap, ...], end: int, text: str) -> bool:
    """True when an editor's gap marker follows ``end`` with only white space between."""
    return any(g.start >= end and not text[end:g.start].strip() for g in gaps)


# ------------------------------------------------------------------------------------ sentences

_SENTENCE_END = re.compile(r"(?<=[.;:!?])[\"”’)]*\s+(?=[A-Z“\"(\u0410-\u042f])|\n\s*\n")
_ABBREVIATIONS = ("e.g.", "i.e.", "para.", "paras.", "No.", "Nos.", "art.", "arts.", "Rev.", "Add.",
                  "Corr.", "a.m.", "p.m.", "vol.", "res.", "Mr.", "Ms.", "Mrs.", "Dr.", "St.", "cf.",
                  "op.", "pp.", "p.", "Inc.", "Ltd.", "Co.", "U.S.", "U.N.", "Sr.", "Jr.")


def sentences(text: str, offset: int = 0) -> list[Span]:
    """Split ``text`` into sentences, each with its offsets (shifted by ``offset``)."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start:match.start()]
        words = candidate.split()
        if words and words[-1] in _ABBREVIATIONS and "\n\n" not in match.group(0):
            continue
        _append(spans, text, start, match.start(), offset)
        start = match.end()
    _append(spans, text, start, len(text), offset)
    return spans


def _append(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    spans.append(Span(s + offset, s + len(stripped) + offset, stripped))


# ------------------------------------------------------------------------------------ partial

_TERMINAL = re.compile(r"[.;:!?)\]”\"’»]$|\d$")


def cut_at(text: str, gaps: tuple[Gap, ...] = ()) -> int | None:
    """Where the text stops mid-sentence (the end of its last words), or None when it ends cleanly.

    A text whose last content is an editor's gap marker stops there; a last line of prose (long, or
    several words without a tab or table bar) without closing punctuation is cut; a last table row,
    heading or list entry is not evidence of a cut.
    """
    tail = text.rstrip()
    if not tail:
        return None
    if gaps and gaps[-1].end >= len(tail) - 1:
        before = text[: gaps[-1].start].rstrip()
        return len(before)
    last_line = tail.rsplit("\n", 1)[-1]
    if _TERMINAL.search(last_line.strip()):
        return None
    if "\t" in last_line or "|" in last_line:
        return None
    words = last_line.split()
    if len(last_line.strip()) >= 60 or (len(words) >= 6 and last_line.strip()[:1].islower()):
        return len(tail)
    if words and words[-1].lower() in {"the", "of", "and", "to", "in", "a", "an", "for", "with", "by",
                                       "on", "de", "la", "el", "y", "en", "et", "des", "du", "и", "в"}:
        return len(tail)
    return None


# ------------------------------------------------------------------------------------ language

_STOPWORDS = {
    "en": (" the ", " of ", " and ", " to ", " in ", " for ", " on ", " by ", " with ", " its "),
    "es": (" de ", " la ", " el ", " los ", " las ", " del ", " y ", " en ", " para ", " por ", " su "),
    "fr": (" le ", " les ", " des ", " du ", " et ", " la ", " pour ", " sur ", " aux ", " est ", " de ", " en "),
}
"""Words of each language's prose. A word two languages share ("de", "la", "en" in Spanish and French) counts
for both, so that it never decides between them: a French page of "<strong>de</strong> <strong>la</strong>"
(tests/ingest_eval/sealed/E_ECA_CM_46_6_fr.txt) is not read as Spanish."""
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "ru": "Russian", "ar": "Arabic",
                  "zh": "Chinese", "und": "an undetermined language"}


_LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters (counted by their lengths: fewer matches than letters)
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
"""Deleted from an ASCII text, what is left are the letters :data:`_LETTERS` finds (counted in one pass)."""
_WORDS = re.compile(r"\w+")
_SCRIPTS = tuple((code, re.compile(f"[{ranges}]+")) for code, ranges in  # runs: counted by their lengths
                 (("ru", "\u0400-\u04ff"),
                  # Arabic letters, and their presentation forms (a PDF's glyphs: "ﺍﳌﺘﺤـﺪﺓ ﺍﻷﻣــﻢ")
                  ("ar", "\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc"),
                  ("zh", "\u4e00-\u9fff")))
_STOPWORD_SET = frozenset(w.strip() for words in _STOPWORDS.values() for w in words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language: en, es, fr, ru, ar or zh (by script and stopwords)."""
    sample = text[:20000]
    ascii_only = sample.isascii()
    letters = len(sample.encode("ascii").translate(None, _NOT_ASCII_LETTERS)) if ascii_only else \
        sum(map(len, _LETTERS.findall(sample)))
    if letters < 3:
        return "und"
    if not ascii_only:  # (known without a scan) an ASCII text has no letter of these scripts
        for code, script in _SCRIPTS:
            if sum(map(len, script.findall(sample))) > letters / 4:
                return code
    hits = _stopword_hits(_WORDS.findall(sample.lower()))
    scores = {code: sum(hits.get(w.strip(), 0) for w in words) for code, words in _STOPWORDS.items()}
    best = max(sorted(scores), key=lambda k: scores[k])
    return best if scores[best] > 0 else "und"


def _stopword_hits(words: list[str]) -> dict[str, int]:
    """How often each stopword stands in ``words`` as ``str.count`` finds " w " in the words joined by
    spaces: the matches do not overlap, so of a run of one stopword the second, fourth, ... are not
    counted (they share their space with the match before)."""
    hits: dict[str, int] = {}
    last = None
    for word in words:
        if word == last:
            last = None  # its leading space ended the match before
        elif word in _STOPWORD_SET:
            hits[word] = hits.get(word, 0) + 1
            last = word
        else:
            last = None
    return hits


def squeeze(lines: list[str]) -> list[str]:
    """Lines without trailing spaces or their common indentation, runs of blank lines made one."""
    lines = [ln.rstrip() for ln in lines]
    indents = [len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()]
    cut = min(indents, default=0)
    out: list[str] = []
    for ln in lines:
        if ln.strip() or (out and out[-1]):
            out.append(ln[cut:] if ln.strip() else "")
    return out
