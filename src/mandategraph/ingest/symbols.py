"""UN document symbols: finding them in text and reading their parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEGMENT = r"(?:[A-Z]+(?:\.\d+)?|\d+(?:\.\d+)?|(?:Rev|Add|Corr|CRP|INF|L)\.\d+)"
SYMBOL = re.compile(r"(?<![\w/])[A-Z]+(?:\.\d+)?(?:/" + _SEGMENT + r")+(?![\w/])")


@dataclass(frozen=True)
class Symbol:
    text: str

    @property
    def parts(self) -> list[str]:
        return self.text.split("/")

    @property
    def body_prefix(self) -> str:
        """The segments before the first number: "CTOC/COP/WG.7/2013/2" -> "CTOC/COP/WG.7"."""
        head = []
        for part in self.parts:
            if part.isdigit():
                break
            head.append(part)
        return "/".join(head)

    @property
    def year(self) -> int | None:
        for part in self.parts:
            if part.isdigit() and len(part) == 4 and 1945 <= int(part) <= 2100:
                return int(part)
        return None

    @property
    def series(self) -> str | None:
        """The series a symbol belongs to: "CRP", "INF", "L" (draft), or None for the main series."""
        for part in self.parts:
            if part == "INF" or part.startswith("INF."):
                return "INF"
            if part.startswith("CRP."):
                return "CRP"
            if part.startswith("L."):
                return "L"
        return None

    @property
    def modifiers(self) -> list[str]:
        """Revision, addendum and corrigendum markers: ["Rev.1"]."""
        return [p for p in self.parts if re.fullmatch(r"(?:Rev|Add|Corr)\.\d+", p)]


def find_symbols(text: str) -> list[tuple[Symbol, tuple[int, int]]]:
    """Every document symbol in ``text`` with its span; plain numbers like "6/3" are not symbols."""
    return [(Symbol(m.group(0)), m.span()) for m in SYMBOL.finditer(text) if "/" in m.group(0)]


def is_symbol(text: str) -> bool:
    return SYMBOL.fullmatch(text.strip()) is not None
