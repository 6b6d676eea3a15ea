"""The running text of a document: numbered and lettered paragraphs, the headings they stand
under, footnote and table blocks, and the table of contents after the cover.

Everything here works on the cleaned text (same offsets as the source) and returns spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandategraph.ingest.text import Gap, Span, clean_title, lines, near_gap

_MARKER = re.compile(r"^(?P<marker>\d{1,3}\.|\([a-z]{1,3}\)|\([ivx]{1,5}\)|[IVXL]{1,5}\.|[A-Z]\.)\s+(?=\S)")
_ROMAN = re.compile(r"^(?P<n>[IVXL]{1,5})\.\s+(?P<title>.{1,250})$")
_LETTER = re.compile(r"^(?P<n>[A-Z])\.\s+(?P<title>.{1,250})$")


@dataclass
class Para:
    """A paragraph of running text: numbered ("12"), lettered ("(a)"), a heading, or plain prose."""

    kind: str  # numbered, lettered, heading, prose, footnote, table
    number: str | None
    span: Span  # the whole paragraph, marker included
    body: Span  # the paragraph without its marker
    section: str | None = None  # the heading it stands under ("II. Recommendations adopted ...")
    subsection: str | None = None


def lines_from(text: str, start: int, stop: int) -> list[Span]:
    """The lines from ``start``: on a page flattened onto one line, the text begins inside a line
    (after the cover's last field), and the rest of that line is the first."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start:
        return lines(text, start, stop)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[start:min(line_end, stop)]
    lead = len(rest) - len(rest.lstrip())
    first = [Span(start + lead, start + len(rest.rstrip()), rest.strip())] if rest.strip() else []
    return first + lines(text, line_end, stop)


def paragraphs(text: str, start: int, end: int | None = None,
               skip: list[tuple[int, int]] | None = None, gaps: tuple[Gap, ...] = ()) -> list[Para]:
    """The paragraphs of ``text[start:end]``, in order, with the headings they stand under.

    A paragraph cut by a page break (debris blanked in between) is joined again when the first part
    ends without closing punctuation and the next begins in lower case.
    """
    stop = len(text) if end is None else end
    skip = skip or []
    blocks: list[list[Span]] = []
    current: list[Span] = []
    for ln in lines_from(text, start, stop):
        if any(a <= ln.start < b for a, b in skip):
            if current:
                blocks.append(current)
                current = []
            continue
        if not ln.text:
            if current:
                blocks.append(current)
                current = []
            continue
        if current and (_MARKER.match(ln.text) or re.match(r"^\*{1,3}\s", ln.text)):
            blocks.append(current)
            current = []
        current.append(ln)
    if current:
        blocks.append(current)
    merged: list[list[Span]] = []
    for block in blocks:
        if merged:
            prev_text = merged[-1][-1].text
            first = block[0].text
            if not re.search(r"[.;:!?)\]”\"]$", prev_text) and first[:1].islower() and not _MARKER.match(first):
                merged[-1].extend(block)
                continue
        merged.append(block)
    out: list[Para] = []
    section = subsection = None
    for block in merged:
        s, e = block[0].start, block[-1].end
        whole = Span(s, e, text[s:e])
        first = block[0].text
        if re.match(r"^\*{1,3}\s", first):
            out.append(Para("footnote", None, whole, whole, section, subsection))
            continue
        if "\t" in text[s:e] or first.count("|") >= 2:
            out.append(Para("table", None, whole, whole, section, subsection))
            continue
        m = _MARKER.match(first)
        single = len(block) == 1
        if m:
            marker = m["marker"]
            body = Span(s + m.end(), e, text[s + m.end():e])
            short = single and len(first) < 120 and len(first.split()) <= 12 and not re.search(r"[.;:,]$", first) \
                and not (gaps and near_gap(gaps, e, text))
            if re.fullmatch(r"[IVXL]{1,5}\.", marker) and single and _ROMAN.match(first):
                section = first
                subsection = None
                out.append(Para("heading", marker.rstrip("."), whole, body, section, None))
                continue
            if re.fullmatch(r"[A-Z]\.", marker) and single and _LETTER.match(first):
                subsection = first
                out.append(Para("heading", marker.rstrip("."), whole, body, section, subsection))
                continue
            if marker.endswith(".") and marker[:-1].isdigit():
                if short:
                    subsection = first
                    out.append(Para("heading", marker[:-1], whole, body, section, subsection))
                else:
                    out.append(Para("numbered", marker[:-1], whole, body, section, subsection))
                continue
            if marker.startswith("("):
                out.append(Para("lettered", marker, whole, body, section, subsection))
                continue
        if single and len(first) < 120 and not re.search(r"[.;:,]$", first) and first[:1].isupper():
            out.append(Para("heading", None, whole, whole, section, subsection))
            continue
        out.append(Para("prose", None, whole, whole, section, subsection))
    return out


def contents_region(text: str, start: int) -> tuple[int, int] | None:
    """The table of contents after the cover: from its heading to the first numbered paragraph,
    or to the heading that repeats its first entry."""
    m = re.search(r"^[ \t]*(?:Contents|Índice|Table\s+des\s+matières|Содержание)\b[^\n]*$", text[start:],
                  re.M | re.I)
    if not m:
        return None
    a = start + m.start()
    entries = [ln for ln in lines(text, start + m.end()) if ln.text]
    first = None
    for ln in entries:
        if re.match(r"^\*{1,3}\s", ln.text):
            continue
        if re.match(r"^\d{1,3}\.\s+\S", ln.text) and len(ln.text) > 60:
            return a, ln.start
        label = clean_title(re.sub(r"\s*(?:\.{2,}|…).*$", "", ln.text))
        if first is None:
            first = label
            continue
        if label and label == first and ln.text == label:
            return a, ln.start
    return a, len(text)


