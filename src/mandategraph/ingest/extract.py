"""PDF and Word files in, a plain text with its pages out.

UN documents come from the Official Document System as PDF and Word. :func:`extract` turns either
into the text the ingester reads, and remembers where each page starts, so every piece of evidence
can say the page it was read from. The text is ours (it is kept beside the graph, so a quote can
always be checked at its offsets); what the page furniture prints is left out of it:

- PDF (with pypdf, in its layout mode, which keeps the vertical gaps that separate paragraphs, and
  the horizontal ones that separate the columns of a table: a gap of four spaces or more between
  words becomes a tab, as in the texts of the corpus):
  on every page after the first, a top or bottom line that repeats on other pages or repeats a
  line at the top of the first page (the symbol as running header), a lone page number, and a job
  number footer ("V.13-85923 (E)") are dropped. Footnotes stay: they are text.
- Word (with python-docx): the body's paragraphs (one line each; a blank line where Word leaves
  space after a paragraph, or for an empty one) and tables (a row a line, cells apart by tabs),
  in order; headers and footers are
  other parts of the file and are not read. Pages are where Word last broke them when it laid the
  file out (``w:lastRenderedPageBreak``); a file never laid out by Word has only its hard page
  breaks. Footnotes of a Word file are not read.

Pages are separated by a form feed. A page whose last line ends a sentence is followed by a blank
line, so paragraphs stay apart; otherwise the next page's first line continues the sentence.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from mandategraph.ingest.text import JOB_NUMBER, NotADocumentError, SourceText, parse_source, read_text

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSIONS = {".pdf": PDF, ".docx": DOCX}
SOURCE_SUFFIXES = (".txt", *EXTENSIONS)  # the files a build reads from data/sources/

PAGE_BREAK = "\f"
CACHED_FILES = 512  # extracted texts remembered, so a batch that reads each file twice extracts it once
STYLE_DEPTH = 16  # styles based on styles: a longer chain is a loop
FURNITURE_LINES = 3  # lines at the top and at the foot of a page that may be running headers or footers
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*/\s*\d{1,4})?", re.IGNORECASE)
COLUMN_GAP = 4  # spaces between words that, in layout mode, separate the columns of a table
_COLUMN_GAP = re.compile(rf"(?<=\S) {{{COLUMN_GAP},}}(?=\S)")
_INDENT = re.compile(rf"^ {{{COLUMN_GAP},}}(?=\S)")
_LIST_ENTRY = re.compile(r"\s*(?:[-–•*]\s|\(?[a-z\d]{1,3}[.)]\s|[IVXLC]{1,5}\.\s|[A-Z]\.\s|\d{1,2}/\d{1,3}\.\s)")
_CLOSING = re.compile(r"[.;:!?)\]”\"’»*]$")  # a line that ends so may end its paragraph (unless the next is lowercase)
_CONTENTS_LINE = re.compile(r"(?:\.{2,}|…)\s*\d{1,4}$")  # a contents entry ends in its page number
_LEADERS = re.compile(r"(?:\.{2,}|…)$")
FULL_LINE = 0.8  # a line at least this share of the page's long lines is wrapped, not ended
_SENTENCE_END = re.compile(r"[.;:!?)\]”\"’»。]$")


@dataclass(frozen=True)
class Extracted:
    """The text of a PDF or Word file; ``pages[i]`` is the offset at which page ``i + 1`` starts."""

    text: str
    pages: tuple[int, ...]
    media_type: str
    tool: str

    def page_of(self, offset: int) -> int:
        """The number (from 1) of the page that holds the character at ``offset``."""
        return page_of(self.pages, offset)


def page_of(pages: tuple[int, ...], offset: int) -> int:
    return max(1, bisect.bisect_right(pages, offset))


def extracted_name(name: str) -> str:
    """The file name under which the text extracted from ``name`` is kept: ``X.pdf`` -> ``X.pdf.txt``."""
    return f"{name}.txt"


def media_type(raw: bytes, name: str) -> str | None:
    """PDF or Word by the file's own signature, else by its extension; None for anything else."""
    if raw.startswith(b"%PDF-"):
        return PDF
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                if "word/document.xml" in z.namelist():
                    return DOCX
        except zipfile.BadZipFile:
            pass
    for ext, kind in EXTENSIONS.items():
        if name.lower().endswith(ext):
            return kind
    return None


def source_text(raw: bytes, name: str, source_url: str | None = None) -> SourceText:
    """Any file the ingester reads, as a :class:`SourceText`: PDF and Word extracted (with their
    pages; the address ``source_url`` comes from the curator, since the file has no header of ours),
    anything else read as a plain text with its ``source:`` header."""
    extracted = extract(raw, name)
    if extracted is None:
        return parse_source(raw, name)
    return read_text(extracted.text, name, extracted.pages, extracted.media_type, source_url)


_cache: dict[tuple[bytes, str], Extracted | None] = {}


def extract(raw: bytes, name: str) -> Extracted | None:
    """The text of a PDF or Word file, or None when ``raw`` is neither (see :func:`extract_uncached`)."""
    if media_type(raw, name) is None:
        return None
    key = (hashlib.sha256(raw).digest(), name)
    if key not in _cache:
        if len(_cache) >= CACHED_FILES:
            _cache.pop(next(iter(_cache)))
        _cache[key] = extract_uncached(raw, name)
    return _cache[key]


def extract_uncached(raw: bytes, name: str) -> Extracted | None:
    """The text of a PDF or Word file, or None when ``raw`` is neither (a plain text).

    Raises :class:`NotADocumentError` naming the file when it claims to be one but cannot be read.
    """
    kind = media_type(raw, name)
    if kind == PDF:
        pages, tool = _pdf_pages(raw, name)
    elif kind == DOCX:
        pages, tool = _docx_pages(raw, name)
    else:
        return None
    text, starts = join_pages(pages)
    if not text.strip():
        raise NotADocumentError(f"{name}: no text in this {'PDF' if kind == PDF else 'Word'} file "
                                "(a scanned image needs OCR first)")
    return Extracted(text, starts, kind, tool)


def join_pages(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """The pages' lines as one text, pages separated by a form feed; the offset of each page."""
    out: list[str] = []
    starts: list[int] = []
    at = 0
    for lines in pages:
        body = "\n".join(_squeeze(lines)).strip("\n")
        if out:
            previous = out[-1].rstrip()
            gap = "\n" + PAGE_BREAK + ("\n" if _SENTENCE_END.search(previous) or not previous else "")
            out.append(gap)
            at += len(gap)
        starts.append(at)
        out.append(body)
        at += len(body)
    return "".join(out), tuple(starts)


def _squeeze(lines: list[str]) -> list[str]:
    """Lines without trailing spaces or their common indentation, runs of blank lines made one."""
    lines = [ln.rstrip() for ln in lines]
    indents = [len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()]
    cut = min(indents, default=0)
    out: list[str] = []
    for ln in lines:
        if ln.strip() or (out and out[-1]):
            out.append(ln[cut:] if ln.strip() else "")
    return out


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
    full = widths[int(len(widths) * 0.9)] * FULL_LINE
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


# ------------------------------------------------------------------------------------ PDF


def _pdf_pages(raw: bytes, name: str) -> tuple[list[list[str]], str]:
    import pypdf
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repairs of a damaged file are not the user's business
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotADocumentError(f"{name}: the PDF is encrypted")
        pages = [columns(_squeeze((page.extract_text(extraction_mode="layout") or "").splitlines()))
                 for page in reader.pages]
        pages = [unwrap(lines) for lines in drop_furniture(pages)]
    except NotADocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise NotADocumentError(f"{name}: not a readable PDF ({exc})") from exc
    return pages, f"pypdf {pypdf.__version__}"


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


# ------------------------------------------------------------------------------------ Word

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_pages(raw: bytes, name: str) -> tuple[list[list[str]], str]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise NotADocumentError(f"{name}: not a readable Word file ({exc})") from exc
    body = document.element.body
    rendered = any(True for _ in body.iter(f"{_W}lastRenderedPageBreak"))
    spacing = _Spacing(document)
    pages: list[list[str]] = [[]]
    for block in body.iterchildren():
        if block.tag == f"{_W}p":
            _paragraph(block, pages, rendered, spacing.after(block))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = ["".join(t.text or "" for t in cell.iter(f"{_W}t")).strip() for cell in row.iter(f"{_W}tc")]
                pages[-1].append("\t".join(cells))
            pages[-1].append("")
    return pages, f"python-docx {getattr(docx, '__version__', '')}".strip()


class _Spacing:
    """The space Word leaves after a paragraph: its own, else its style's (and the styles that one is
    based on), else the document's default."""

    def __init__(self, document: Any) -> None:
        styles = document.styles.element
        self.styles = {st.get(f"{_W}styleId"): st for st in styles.iter(f"{_W}style")}
        default = styles.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr/{_W}spacing")
        self.default = _twips(default)
        self.cache: dict[str | None, int | None] = {}

    def after(self, p: Any) -> int:
        own = _twips(p.find(f"{_W}pPr/{_W}spacing"))
        if own is not None:
            return own
        style = p.find(f"{_W}pPr/{_W}pStyle")
        name = style.get(f"{_W}val") if style is not None else None
        found = self._style(name or self._default_style())
        return found if found is not None else (self.default or 0)

    def _default_style(self) -> str | None:
        for sid, st in self.styles.items():
            if st.get(f"{_W}type") == "paragraph" and st.get(f"{_W}default") in ("1", "true"):
                return sid
        return None

    def _style(self, sid: str | None, depth: int = 0) -> int | None:
        if sid is None or depth > STYLE_DEPTH:
            return None
        if sid not in self.cache:
            st = self.styles.get(sid)
            value = None if st is None else _twips(st.find(f"{_W}pPr/{_W}spacing"))
            if value is None and st is not None:
                base = st.find(f"{_W}basedOn")
                value = self._style(base.get(f"{_W}val") if base is not None else None, depth + 1)
            self.cache[sid] = value
        return self.cache[sid]


def _twips(spacing: Any) -> int | None:
    value = spacing.get(f"{_W}after") if spacing is not None else None
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


def _paragraph(p: Any, pages: list[list[str]], rendered: bool, after: int) -> None:  # p: a w:p element
    """One Word paragraph into the pages: its text and its page breaks; an empty paragraph, or space
    after the paragraph, is a blank line (as the vertical gaps of a PDF are)."""
    props = p.find(f"{_W}pPr")
    if props is not None and props.find(f"{_W}pageBreakBefore") is not None and not rendered and pages[-1]:
        pages.append([])
    text: list[str] = []
    broke = False
    for node in p.iter():
        tag = node.tag
        if tag == f"{_W}t":
            text.append(node.text or "")
        elif tag == f"{_W}tab":
            text.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            if node.get(f"{_W}type") == "page":
                broke = True
                if not rendered:
                    _flush(text, pages)
                    pages.append([])
            else:
                text.append("\n")
        elif tag == f"{_W}lastRenderedPageBreak" and rendered:
            _flush(text, pages)
            pages.append([])
    filled = "".join(text).strip()
    _flush(text, pages)
    if after > 0 or not (filled or broke):
        pages[-1].append("")


def _flush(text: list[str], pages: list[list[str]]) -> None:
    if "".join(text).strip():
        pages[-1].extend("".join(text).split("\n"))
    text.clear()
