"""Reading a Word file (with python-docx): its pages as lines.

The body's paragraphs (one line each, with the numbers Word generates for numbered lists; a blank
line where Word leaves space after a paragraph, or for an empty one) and tables (a row a line,
cells apart by tabs), in order. Headers and footers are other parts of the file and are not read;
nor are footnotes. Pages are where Word last broke them when it laid the file out
(``w:lastRenderedPageBreak``); a file never laid out by Word has only its hard page breaks.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

from mandategraph.ingest.text import NotADocumentError

STYLE_DEPTH = 16  # styles based on styles: a longer chain is a loop

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def word_pages(raw: bytes, name: str) -> list[list[str]]:
    """The lines of each page of a Word file (see the module)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise NotADocumentError(f"{name}: not a readable Word file ({exc})") from exc
    body = document.element.body
    rendered = any(True for _ in body.iter(f"{_W}lastRenderedPageBreak"))
    styles = _Styles(document)
    numbering = _Numbering(document, styles)
    pages: list[list[str]] = [[]]
    for block in body.iterchildren():
        if block.tag == f"{_W}p":
            _paragraph(block, pages, rendered, styles.space_after(block), numbering.label(block))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = ["".join(t.text or "" for t in cell.iter(f"{_W}t")).strip() for cell in row.iter(f"{_W}tc")]
                pages[-1].append("\t".join(cells))
            pages[-1].append("")
    return pages


class _Styles:
    """What a paragraph takes from its style (and the styles that one is based on) when it does not
    say it itself: the space after it, its list numbering."""

    def __init__(self, document: Any) -> None:
        styles = document.styles.element
        self.styles = {st.get(f"{_W}styleId"): st for st in styles.iter(f"{_W}style")}
        self.default_space = _twips(styles.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr/{_W}spacing")) or 0
        self.default_style = next((sid for sid, st in self.styles.items() if st.get(f"{_W}type") == "paragraph"
                                   and st.get(f"{_W}default") in ("1", "true")), None)

    def chain(self, p: Any) -> list[Any]:
        """The paragraph's own properties, then its style's, then the styles that one is based on."""
        own = p.find(f"{_W}pPr")
        style = own.find(f"{_W}pStyle") if own is not None else None
        sid = style.get(f"{_W}val") if style is not None else self.default_style
        out = [own] if own is not None else []
        for _ in range(STYLE_DEPTH):
            st = self.styles.get(sid)
            if st is None:
                break
            if st.find(f"{_W}pPr") is not None:
                out.append(st.find(f"{_W}pPr"))
            base = st.find(f"{_W}basedOn")
            sid = base.get(f"{_W}val") if base is not None else None
        return out

    def space_after(self, p: Any) -> int:
        for props in self.chain(p):
            value = _twips(props.find(f"{_W}spacing"))
            if value is not None:
                return value
        return self.default_space

    def list_level(self, p: Any) -> tuple[str, int] | None:
        """The list (numId) and level of a numbered paragraph, or None."""
        num_id = level = None
        for props in self.chain(p):
            numbered = props.find(f"{_W}numPr")
            if numbered is None:
                continue
            if num_id is None and numbered.find(f"{_W}numId") is not None:
                num_id = numbered.find(f"{_W}numId").get(f"{_W}val")
            if level is None and numbered.find(f"{_W}ilvl") is not None:
                level = int(numbered.find(f"{_W}ilvl").get(f"{_W}val") or 0)
        return (num_id, level or 0) if num_id not in (None, "0") else None


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperLetter": lambda n: _letters(n),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": lambda n: _roman(n),
}


class _Numbering:
    """The numbers Word prints before the paragraphs of numbered lists ("1.", "(a)", "II."), which
    are not in the text of the paragraph: counted per list and level, deeper levels restarting."""

    def __init__(self, document: Any, styles: _Styles) -> None:
        self.styles = styles
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> level -> (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            if definition is None:
                continue
            levels = {}
            for lvl in definition.iter(f"{_W}lvl"):
                fmt, text, start = (lvl.find(f"{_W}{k}") for k in ("numFmt", "lvlText", "start"))
                levels[int(lvl.get(f"{_W}ilvl") or 0)] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                    int(start.get(f"{_W}val")) if start is not None and (start.get(f"{_W}val") or "").isdigit() else 1)
            self.levels[num.get(f"{_W}numId")] = levels

    def label(self, p: Any) -> str:
        """The number Word prints before paragraph ``p`` ("" when it is not numbered)."""
        found = self.styles.list_level(p)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, level = found
        levels = self.levels[num_id]
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels.get(level, ("", "", 1))[2] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        fmt, text, _ = levels.get(level, ("decimal", f"%{level + 1}.", 1))
        if fmt == "bullet":
            return "-"
        if fmt not in _FORMATS:
            return ""
        for k in range(level + 1):
            k_fmt = levels.get(k, ("decimal", "", 1))[0]
            value = counters.get(k, levels.get(k, ("", "", 1))[2])
            text = text.replace(f"%{k + 1}", _FORMATS.get(k_fmt, str)(value))
        return text


def _letters(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (as Word counts letters)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _twips(spacing: Any) -> int | None:
    value = spacing.get(f"{_W}after") if spacing is not None else None
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


def _paragraph(p: Any, pages: list[list[str]], rendered: bool, after: int, number: str) -> None:  # p: a w:p
    """One Word paragraph into the pages: its text and its page breaks; an empty paragraph, or space
    after the paragraph, is a blank line (as the vertical gaps of a PDF are)."""
    props = p.find(f"{_W}pPr")
    if props is not None and props.find(f"{_W}pageBreakBefore") is not None and not rendered and pages[-1]:
        pages.append([])
    text: list[str] = [number + " "] if number else []
    broke = False
    for node in p.iter():
        tag = node.tag
        if tag == f"{_W}t":
            text.append(node.text or "")
        elif tag == f"{_W}tab" and node.getparent().tag == f"{_W}r":  # not a tab stop of the paragraph's
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


_NUMBER_TAB = re.compile(r"^(\s*\(?[\dA-Za-z]{1,4}[.)])\t")


def _flush(text: list[str], pages: list[list[str]]) -> None:
    line = "".join(text)
    if line.strip():  # "1.<tab>In its resolution ..." is a numbered paragraph, not a table row
        pages[-1].extend(_NUMBER_TAB.sub(r"\1 ", line).split("\n"))
    text.clear()
