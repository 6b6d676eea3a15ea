"""Source texts: reading, our own ``source:`` header, sentences and spans with offsets.

Offsets always refer to the text as read (after our header is cut), so every
quote can be found again in the source file. Cleaning never shifts offsets:
debris is blanked with spaces of the same length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class NotADocumentError(ValueError):
    """The input is not a readable UN document text (empty, binary, or no recognisable structure)."""


@dataclass(frozen=True)
class SourceText:
    """A document text as read: ``body`` is what the ingester parses; ``header`` is our provenance lines."""

    name: str
    body: str
    source_url: str | None
    notes: tuple[str, ...]
    header_length: int  # characters of our header before ``body`` in the file


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @property
    def quote(self) -> str:
        """The span's words with runs of white space folded to one space."""
        return re.sub(r"\s+", " ", self.text).strip()


_HEADER = re.compile(r"\A(?:(?:source|note):[^\n]*\n)+", re.IGNORECASE)


def read_source(path: Path) -> SourceText:
    """Read a corpus file; raise :class:`NotADocumentError` naming the file when it is not text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotADocumentError(f"{path}: cannot read: {exc.strerror}") from exc
    return parse_source(raw, path.name)


def parse_source(raw: bytes, name: str) -> SourceText:
    if b"\x00" in raw[:4096]:
        raise NotADocumentError(f"{name}: binary file, not a document text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotADocumentError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _HEADER.match(text)
    header = match.group(0) if match else ""
    url = None
    notes = []
    for line in header.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "source":
            url = value.strip()
        else:
            notes.append(value.strip())
    body = text[len(header):]
    if not body.strip():
        raise NotADocumentError(f"{name}: empty text")
    return SourceText(name, body, url, tuple(notes), len(header))


_SENTENCE_END = re.compile(r"(?<=[.;:!?])[\"”’)]*\s+(?=[A-Z“\"(])|\n\s*\n")
_ABBREVIATIONS = ("e.g.", "i.e.", "para.", "paras.", "No.", "Nos.", "art.", "Rev.", "Add.",
                  "Corr.", "a.m.", "p.m.", "vol.", "res.", "Mr.", "Ms.", "St.")


def sentences(text: str, offset: int = 0) -> list[Span]:
    """Split ``text`` into sentences, each with its offsets (shifted by ``offset``)."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start:match.start()]
        words = candidate.split()
        if words and words[-1] in _ABBREVIATIONS:
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


def looks_cut(text: str) -> bool:
    """True when the text stops mid-sentence (no closing punctuation at its end)."""
    tail = text.rstrip()
    return bool(tail) and not re.search(r"[.;:!?)\]”\"]$|\d$", tail)


_STOPWORDS = {
    "en": (" the ", " of ", " and ", " to ", " in ", " for "),
    "es": (" de ", " la ", " el ", " los ", " las ", " del ", " y ", " en "),
    "fr": (" le ", " les ", " des ", " du ", " et ", " la "),
}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language: en, es, fr, ru, ar or zh (by script and stopwords)."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    for code, lo, hi in (("ru", "\u0400", "\u04ff"), ("ar", "\u0600", "\u06ff"), ("zh", "\u4e00", "\u9fff")):
        if sum(lo <= c <= hi for c in letters) > len(letters) / 4:
            return code
    low = " " + re.sub(r"\s+", " ", sample.lower()) + " "
    scores = {code: sum(low.count(w) for w in words) for code, words in _STOPWORDS.items()}
    return max(scores, key=lambda k: scores[k])
