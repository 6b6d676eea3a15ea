"""PDF and Word files in, a plain text with its pages out.

UN documents come from the Official Document System as PDF and Word. :func:`extract` turns either
into the text the ingester reads (``pdf`` and ``word`` read the two formats) and remembers where
each page starts, so every piece of evidence can say the page it was read from. The text is ours:
it is kept beside the graph (``mg:extractedText``), so a quote can always be checked at its offsets.

Pages are separated by a form feed. A page whose last line ends a sentence is followed by a blank
line, so paragraphs stay apart; otherwise the next page's first line continues the sentence.
"""

from __future__ import annotations

import bisect
import io
import re
import zipfile
from dataclasses import dataclass

from mandategraph.ingest.text import NotADocumentError, SourceText, parse_source, read_text, squeeze

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSIONS = {".pdf": PDF, ".docx": DOCX}
SOURCE_SUFFIXES = (".txt", *EXTENSIONS)  # the files a build reads from data/sources/

PAGE_BREAK = "\f"
_SENTENCE_END = re.compile(r"[.;:!?)\]”\"’»。]$")


@dataclass(frozen=True)
class Extracted:
    """The text of a PDF or Word file; ``pages[i]`` is the offset at which page ``i + 1`` starts."""

    text: str
    pages: tuple[int, ...]
    media_type: str


def page_of(pages: tuple[int, ...], offset: int) -> int:
    """The number (from 1) of the page that holds the character at ``offset``."""
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


def extract(raw: bytes, name: str) -> Extracted | None:
    """The text of a PDF or Word file, or None when ``raw`` is neither (a plain text).

    Raises :class:`NotADocumentError` naming the file when it claims to be one but cannot be read.
    """
    kind = media_type(raw, name)
    if kind == PDF:
        from mandategraph.ingest.pdf import pdf_pages

        pages = pdf_pages(raw, name)
    elif kind == DOCX:
        from mandategraph.ingest.word import word_pages

        pages = word_pages(raw, name)
    else:
        return None
    text, starts = join_pages(pages)
    if not text.strip():
        raise NotADocumentError(f"{name}: no text in this {'PDF' if kind == PDF else 'Word'} file "
                                "(a scanned image needs OCR first)")
    return Extracted(text, starts, kind)


def join_pages(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """The pages' lines as one text, pages separated by a form feed; the offset of each page."""
    out: list[str] = []
    starts: list[int] = []
    at = 0
    for lines in pages:
        body = "\n".join(squeeze(lines)).strip("\n")
        if out:
            previous = out[-1].rstrip()
            gap = "\n" + PAGE_BREAK + ("\n" if _SENTENCE_END.search(previous) or not previous else "")
            out.append(gap)
            at += len(gap)
        starts.append(at)
        out.append(body)
        at += len(body)
    return "".join(out), tuple(starts)
