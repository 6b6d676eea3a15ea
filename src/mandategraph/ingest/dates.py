"""Dates as UN documents print them: "1 July 2013", "11-13 November 2013", "30 May to 1 June 2012",
"from 10 to 14 December 2006", "2 and 3 May 2018", "9 – 13 September 2013", "Monday, 11 November"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH = r"(?P<{}>January|February|March|April|May|June|July|August|September|October|November|December)"
_DASH = r"\s*(?:-|–|—|to|and|‑)\s*"

_SINGLE = re.compile(r"\b(?P<d>\d{1,2})\s+" + _MONTH.format("m") + r"\s+(?P<y>\d{4})\b")
_RANGE_SAME_MONTH = re.compile(
    r"\b(?:from\s+)?(?P<d1>\d{1,2})" + _DASH + r"(?P<d2>\d{1,2})\s+" + _MONTH.format("m")
    + r"\s+(?P<y>\d{4})\b")
_RANGE_TWO_MONTHS = re.compile(
    r"\b(?:from\s+)?(?P<d1>\d{1,2})\s+" + _MONTH.format("m1") + _DASH + r"(?P<d2>\d{1,2})\s+"
    + _MONTH.format("m2") + r"\s+(?P<y>\d{4})\b")
_DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})\s+" + _MONTH.format("m") + r"\b")


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    span: tuple[int, int]


def _mk(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), MONTHS[m.lower()], int(d))
    except ValueError:
        return None


def find_ranges(text: str) -> list[DateRange]:
    """Every date or date range in ``text``, in order, longest reading first at each place."""
    found: list[DateRange] = []
    taken: list[tuple[int, int]] = []

    def add(start: date | None, end: date | None, span: tuple[int, int]) -> None:
        if start is None or end is None or end < start:
            return
        if any(s <= span[0] < e or s < span[1] <= e for s, e in taken):
            return
        taken.append(span)
        found.append(DateRange(start, end, span))

    for m in _RANGE_TWO_MONTHS.finditer(text):
        add(_mk(m["y"], m["m1"], m["d1"]), _mk(m["y"], m["m2"], m["d2"]), m.span())
    for m in _RANGE_SAME_MONTH.finditer(text):
        add(_mk(m["y"], m["m"], m["d1"]), _mk(m["y"], m["m"], m["d2"]), m.span())
    for m in _SINGLE.finditer(text):
        d = _mk(m["y"], m["m"], m["d"])
        add(d, d, m.span())
    return sorted(found, key=lambda r: r.span)


def first_range(text: str) -> DateRange | None:
    ranges = find_ranges(text)
    return ranges[0] if ranges else None


def day_in_year(text: str, year: int) -> date | None:
    """A day printed without its year ("Monday, 11 November"), placed in ``year``."""
    m = _DAY_MONTH.search(text)
    return _mk(str(year), m["m"], m["d"]) if m else None


_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|noon)?", re.I)


def time_span(text: str) -> tuple[str, str] | None:
    """"10 a.m.-1 p.m." -> ("10:00", "13:00"); "3-6 p.m." -> ("15:00", "18:00")."""
    parts = re.split(r"\s*(?:-|–|—|to)\s*", text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    a, b = (_CLOCK.fullmatch(p.strip()) for p in parts)
    if not a or not b:
        return None
    end_ap = (b["ap"] or "").lower()
    start_ap = (a["ap"] or end_ap).lower()

    def clock(m: re.Match[str], ap: str) -> str | None:
        h = int(m["h"])
        if h > 12 and ap:
            return None
        if ap == "p.m." and h != 12:
            h += 12
        if ap == "a.m." and h == 12:
            h = 0
        return f"{h:02d}:{m['min'] or '00'}"

    start, end = clock(a, start_ap), clock(b, end_ap)
    if start is None or end is None:
        return None
    if start > end and not a["ap"]:  # "11-1 p.m." means 11 a.m. to 1 p.m.
        start = clock(a, "a.m.")
    return (start, end) if start and start < end else None
