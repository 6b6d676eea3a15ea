"""Reading a PDF file (with pypdf, in its layout mode): its pages as lines.

Layout mode keeps the vertical gaps that separate paragraphs and the horizontal ones that separate
the columns of a table: a gap of four spaces or more between words becomes a tab, as in the texts
of the corpus. On every page after the first, a top or bottom line that repeats on other pages or
repeats a line at the top of the first page (the symbol as running header) and a lone page number
are dropped; so is a job number footer ("V.13-85923 (E)") on any page. Footnotes stay: they are
text. A paragraph's lines, wrapped at the page's width, are joined into one line (see :func:`unwrap`).
"""

from __future__ import annotations

import io
import logging
import re

from mandategraph.ingest.text import JOB_NUMBER, NotADocumentError, squeeze

FURNITURE_LINES = 3  # lines at the top and at the foot of a page that may be running headers or footers
COLUMN_GAP = 4  # spaces between words that, in layout mode, separate the columns of a table
FULL_LINE = 0.8  # a line at least this share of the page's long lines is wrapped, not ended
LONG_LINES = 0.9  # the page's long lines: this quantile of its line lengths
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*/\s*\d{1,4})?", re.IGNORECASE)
_COLUMN_GAP = re.compile(rf"(?<=\S) {{{COLUMN_GAP},}}(?=\S)")
_INDENT = re.compile(rf"^ {{{COLUMN_GAP},}}(?=\S)")
_LIST_ENTRY = re.compile(r"\s*(?:[-–•*]\s|\(?[a-z\d]{1,3}[.)]\s|[IVXLC]{1,5}\.\s|[A-Z]\.\s|\d{1,2}/\d{1,3}\.\s)")
_CLOSING = re.compile(r"[.;:!?)\]”\"’»*]$")  # a line that ends so may end its paragraph (unless the next is lowercase)
_CONTENTS_LINE = re.compile(r"(?:\.{2,}|…)\s*\d{1,4}$")  # a contents entry ends in its page number
_LEADERS = re.compile(r"(?:\.{2,}|…)$")


def pdf_pages(raw: bytes, name: str) -> list[list[str]]:
    """The lines of each page of a PDF file, page furniture left out and paragraphs unwrapped."""
    import pypdf
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repairs of a damaged file are not the user's business
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotADocumentError(f"{name}: the PDF is encrypted")
        pages = [columns(squeeze((page.extract_text(extraction_mode="layout") or "").splitlines()))
                 for page in reader.pages]
    except NotADocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise NotADocumentError(f"{name}: not a readable PDF ({exc})") from exc
    return [unwrap(lines) for lines in drop_furniture(pages)]


def columns(lines: list[str]) -> list[str]:
    """Layout-mode lines with the gaps between table cells as tabs; a row whose first cell is empty
    (indented, with cells after) starts with a tab."""
    out = []
    for ln in lines:
        row = _COLUMN_GAP.sub("\t", ln)
        if "\t" in row and _INDENT.match(row):
            row = _INDENT.sub("\t", row, count=1)
        out.append(row)
    return out


def unwrap(lines: list[str]) -> list[str]:
    """A paragraph's lines wrapped at the page's width joined into one line (as the corpus texts
    and Word give them): a line as long as the page's long lines goes on in the next one when it
    does not end in closing punctuation, or when the next one begins in lower case. Table rows,
    lines ending in a hyphen (the text reader joins a broken word), contents entries and a next
    line that opens a list entry are left alone."""
    widths = sorted(len(ln) for ln in lines if ln.strip() and "\t" not in ln)
    if not widths:
        return lines
    full = widths[int(len(widths) * LONG_LINES)] * FULL_LINE
    out: list[str] = []
    for i, line in enumerate(lines):
        before = lines[i - 1] if i else ""
        if out and _LEADERS.search(before) and re.fullmatch(r"\s*\d{1,4}", line):
            out[-1] += " " + line.lstrip()  # a contents entry's page number, wrapped
            continue
        goes_on = line.lstrip()[:1].islower() or not _CLOSING.search(before)
        if (out and len(before) >= full and goes_on and line.strip() and "\t" not in before + line
                and not before.endswith("-") and not _CONTENTS_LINE.search(before) and not _LIST_ENTRY.match(line)):
            out[-1] += " " + line.lstrip()
        else:
            out.append(line)
    return out


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return sorted(set(filled[:FURNITURE_LINES] + filled[-FURNITURE_LINES:]))


def drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Pages without running headers and footers, page numbers and job numbers (see the module)."""
    first_top = {_norm(pages[0][i]) for i in _edges(pages[0])[:FURNITURE_LINES]} if pages else set()
    seen: dict[str, int] = {}
    for lines in pages[1:]:
        for key in {_norm(lines[i]) for i in _edges(lines)}:
            seen[key] = seen.get(key, 0) + 1
    out = []
    for number, lines in enumerate(pages, start=1):
        drop = set()
        for i in _edges(lines):
            line = lines[i].strip()
            key = _norm(line)
            later_page = number > 1 and (_PAGE_NUMBER.fullmatch(line) or seen.get(key, 0) >= 2 or key in first_top)
            if JOB_NUMBER.fullmatch(line) or later_page:
                drop.add(i)
        out.append(["" if i in drop else ln for i, ln in enumerate(lines)])
    return out
