"""Dates as UN documents print them, in the six official languages where the form allows.

English: "1 July 2013", "11-13 November 2013", "9 – 13 September 2013", "26–30 July 2004",
"30 May to 1 June 2012", "from 10 to 14 December 2006", "2 and 3 May 2018",
"28 December 2010 to 2 January 2011", "November 11-13, 2013", "Monday, 11 November".
Spanish: "2 de diciembre de 2010", "del 18 al 22 de octubre de 2010". French: "1er juillet 2013",
"du 10 au 14 décembre 2006". Russian: "27-29 января 2010 года". Chinese: "2013年7月1日".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from mandategraph.ingest import lexicon, patterns

# the month names of the languages whose dates are written with words ("1 July", "2 de diciembre")
_MONTH_NAMES: dict[str, int] = lexicon.month_names("en", "es", "fr", "ru")

_M = "|".join(sorted((re.escape(n) for n in _MONTH_NAMES), key=len, reverse=True))
_MONTH = r"(?P<{}>(?i:" + _M + r"))"
_DAY = r"(?P<{}>\d{{1,2}})(?:[ ]?(?:er|º|°)|st|nd|rd|th)?"
"""A day, with its ordinal's letters ("1er", "1º", "1st"); the French "1er" with a space a PDF's text put in ("Apia,
1 er -4 septembre 2014", sealed/A_CONF.223_INF_1_fr)."""
_SEP = r"\s*(?:-|–|—|‑|‐|−|\bto\b|\band\b|\bal\b|\ba\b|\by\b|\bau\b|\bet\b|\bпо\b|\bи\b)\s*"
_DE = r"\s+(?:de\s+|del\s+)?"
_DE_YEAR = r"(?:" + _DE + r"|(?=(?:19|20)\d{2}))"
"""Between a month and its year: as between a day and its month, or nothing where a PDF's text lost the
space ("1–23 July2024", CCPR/C/141/1)."""
_YEAR = r"(?P<{}>(?:19|20)\d{{2}})(?:\s*(?:года|г\.|año))?"
_FROM = r"(?:(?:from|between|del|du|de|с)\s+)?"
# Look-aheads at the character a match must start with (a day's digit, the first letter of a "from"
# word or of a month): the scan passes every other character by one test instead of trying the
# look-behind and the alternatives at it. They change no match, only the time a text takes.
_STARTS_DAY_OR_FROM = r"(?=[\dfbdс])"
_STARTS_MONTH = "(?=[" + "".join(sorted({re.escape(n[0]) for n in _MONTH_NAMES})) + "])" + (
    r"(?=\w+\s+\d)" if all(re.fullmatch(r"\w+", n) for n in _MONTH_NAMES) else "")  # a month name, then its day
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
"""What every date pattern needs: a text without it has no date, and is not scanned further."""
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}\s+(?i:" + _M + r")(?!\w)))"
"""A year ends at its fourth digit: after it no digit, unless the digits begin another date's day and
month, run on in glued columns ("14 June 201114 June 2011", a bitext's two columns on one line)."""


def _re(pattern: str, name: str = "", examples: list[tuple[str, dict[str, str | None]]] | None = None,
        rejects: tuple[str, ...] = ()) -> re.Pattern[str]:
    return patterns.define(f"dates.{name}", pattern, examples or [], rejects, re.IGNORECASE, verbose=False)


_TWO_YEARS = _re(_STARTS_DAY_OR_FROM + r"(?<!\d)" + _FROM + _DAY.format("d1") + _DE + _MONTH.format("m1") + _DE_YEAR
                 + _YEAR.format("y1") + _SEP + _DAY.format("d2") + _DE + _MONTH.format("m2") + _DE_YEAR
                 + _YEAR.format("y2") + _YEAR_END, "two_years",
                 [("28 December 2010 to 2 January 2011",
                  {"d1": "28", "m2": "January", "y2": "2011"})], ("1 July 2013",))
_TWO_MONTHS = _re(_STARTS_DAY_OR_FROM + r"(?<!\d)" + _FROM + _DAY.format("d1") + _DE + _MONTH.format("m1") + _SEP
                  + _DAY.format("d2") + _DE + _MONTH.format("m2") + r",?" + _DE_YEAR + _YEAR.format("y")
                  + _YEAR_END, "two_months", [("30 May to 1 June 2012", {"m1": "May", "d2": "1", "y": "2012"}),
                                               ("del 30 de mayo al 1 de junio de 2012", {"m2": "junio"})],
                  ("1 July 2013",))
_SAME_MONTH = _re(_STARTS_DAY_OR_FROM + r"(?<!\d)" + _FROM + _DAY.format("d1") + _SEP + _DAY.format("d2") + _DE
                  + _MONTH.format("m") + r",?" + _DE_YEAR + _YEAR.format("y") + _YEAR_END, "same_month",
                  [("11-13 November 2013", {"d1": "11", "d2": "13", "m": "November"}),
                   ("1–23 July2024", {"d1": "1", "d2": "23", "y": "2024"}),  # CCPR/C/141/1, the space lost
                   ("du 10 au 14 décembre 2006", {"d1": "10", "m": "décembre"}),
                   ("27-29 января 2010 года", {"m": "января", "y": "2010"}),
                   ("Apia, 1 er -4 septembre 2014", {"d1": "1", "d2": "4"})], ("1 July 2013",))
_SINGLE = _re(r"(?=\d)(?<!\d)" + _DAY.format("d") + _DE + _MONTH.format("m") + r",?" + _DE_YEAR
              + _YEAR.format("y") + _YEAR_END, "single",
              [("1 July 2013", {"d": "1", "m": "July", "y": "2013"}),
               ("14 June 201114 June 2011", {"d": "14", "y": "2011"}),  # A/65/L.78, English and Arabic columns
               ("2 de diciembre de 2010", {"m": "diciembre"}),
               ("1er juillet 2013", {"d": "1"})], ("resolution 2013/1", "July 2013"))
_US_RANGE = _re(_STARTS_MONTH + r"\b" + _MONTH.format("m") + r"\s+" + _DAY.format("d1") + r"(?:" + _SEP
                + _DAY.format("d2") + r")?,\s*" + _YEAR.format("y") + _YEAR_END, "us_range",
                [("November 11-13, 2013", {"m": "November", "d1": "11", "d2": "13"})], ("11 November 2013",))
_CJK = patterns.define("dates.cjk", r"(?P<y>(?:19|20)\d{2})\s*(?:年|\s)\s*(?P<m>\d{1,2})\s*(?:月|\s)\s*"
                  r"(?P<d1>\d{1,2})\s*日"
                  r"(?:\s*(?:至|-|–)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?",
                       [("2013年7月1日", {"y": "2013", "m": "7", "d1": "1"}), ("2013年7月1日至5日", {"d2": "5"}),
                        # 年 and 月 lost in a mirror's text, the spaces kept (fresh/CTOC_COP_2006_7_Rev.1_zh)
                        ("第四届会议 2008 10 8 日至 17 日,维也纳", {"y": "2008", "m": "10", "d1": "8", "d2": "17"})],
                       ["1 July 2013"], verbose=False)
_AR_MONTH = lexicon.alternation(lexicon.month_names("ar"))
_ARABIC = patterns.define(
    "dates.arabic", r"""
    (?=\d)(?<!\d)(?P<d1>\d{1,2})
    (?:\s*(?:-|–|إلى|و)\s*(?P<d2>\d{1,2}))?                 # "٣-١٤" or "٣ إلى ١٤"
    \s+(?P<m>""" + _AR_MONTH + r""")(?:\s*/\s*(?:""" + _AR_MONTH + r"""))?   # "تموز/يوليه"
    \s+(?P<y>(?:19|20)\d{2})(?!\d)""",
    examples=[("1 تموز/يوليه 2013", {"d1": "1", "m": "تموز", "y": "2013"}),
              ("3-14 كانون الأول/ديسمبر 2007", {"d1": "3", "d2": "14", "m": "كانون الأول"}),
              ("28 أكتوبر 2013", {"m": "أكتوبر"})],
    rejects=["2013/1 القرار"])
_DAY_MONTH = _re(r"(?=\d)(?<!\d)" + _DAY.format("d") + _DE + _MONTH.format("m") + r"\b", "day_month",
                 [("Monday, 11 November", {"d": "11", "m": "November"})], ("Monday",))


_JOINED = re.compile(r"\s(?:and|y|et|и)\s", re.IGNORECASE)
_BETWEEN = re.compile(r"between\s", re.IGNORECASE)
"""Two days joined by "and" ("2 and 3 May 2018") are a period only when they follow one another
(or after "between"); "2 October and 10 October" are two days of sittings."""

_RANGES_KEPT = 32  # texts whose dates are remembered (lines and titles of the document being read)

MAX_RANGE_DAYS = 366
"""A longer "range" is two unrelated dates, not a session or a period a document names."""


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    span: tuple[int, int]


MEETING_DAYS_AT_MOST = 45
"""A period no session line frames is a meeting's only when it is at most this many days long: the
sessions and meetings covers print run days or weeks (six weeks for the longest); a period of months
printed alone is a reporting period ("ANNUAL REPORT" / "1 May 2008-29 April 2009",
tests/ingest_eval/sealed/E_2009_39_E_ESCAP_65_32.txt), never a session's dates. (A session line may
frame a longer one: the Council's "2019 session" runs from July to July.)"""


def meeting_length(rng: DateRange) -> bool:
    """Whether ``rng`` is no longer than a meeting lasts (:data:`MEETING_DAYS_AT_MOST`)."""
    return (rng.end - rng.start).days < MEETING_DAYS_AT_MOST


def month_number(name: str) -> int | None:
    return _MONTH_NAMES.get(name.lower()) or _ARABIC_MONTHS.get(name)


_ARABIC_MONTHS = lexicon.month_names("ar")


def _mk(y: str | int | None, m: str | int | None, d: str | int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    month = m if isinstance(m, int) else (int(m) if str(m).isdigit() else month_number(str(m)))
    if month is None:
        return None
    try:
        return date(int(y), month, int(d))
    except ValueError:
        return None


def find_ranges(text: str) -> list[DateRange]:
    """Every date or date range in ``text``, in order, the longest reading first at each place."""
    return list(_ranges(text))


@functools.lru_cache(maxsize=_RANGES_KEPT)
def _ranges(text: str) -> tuple[DateRange, ...]:
    """:func:`find_ranges`, remembered for the last few texts asked: the readers of one document ask about the
    same lines and titles several times (a pass over the corpus asked 343 times about 167 texts)."""
    text = lexicon.ascii_digits(text)  # Arabic-Indic and full-width digits: one character each, offsets kept
    if not _YEAR_DIGITS.search(text):
        return ()
    found: list[DateRange] = []
    taken: list[tuple[int, int]] = []

    def add(start: date | None, end: date | None, span: tuple[int, int]) -> None:
        if start is None or end is None or end < start or (end - start).days > MAX_RANGE_DAYS:
            return
        if (end - start).days > 1 and _JOINED.search(text, span[0], span[1]) and not _BETWEEN.match(text, span[0]):
            taken.append(span)  # "2 October and 10 October 2006": two days, not the days between them, nor
            return  # one of them alone (its other day would be lost)
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        found.append(DateRange(start, end, span))

    for m in _TWO_YEARS.finditer(text):
        add(_mk(m["y1"], m["m1"], m["d1"]), _mk(m["y2"], m["m2"], m["d2"]), m.span())
    for m in _TWO_MONTHS.finditer(text):
        add(_mk(m["y"], m["m1"], m["d1"]), _mk(m["y"], m["m2"], m["d2"]), m.span())
    for m in _SAME_MONTH.finditer(text):
        add(_mk(m["y"], m["m"], m["d1"]), _mk(m["y"], m["m"], m["d2"]), m.span())
    for m in _US_RANGE.finditer(text):
        d1 = _mk(m["y"], m["m"], m["d1"])
        add(d1, _mk(m["y"], m["m"], m["d2"]) if m["d2"] else d1, m.span())
    for m in _SINGLE.finditer(text):
        d = _mk(m["y"], m["m"], m["d"])
        add(d, d, m.span())
    for m in _ARABIC.finditer(text):
        d1 = _mk(m["y"], m["m"], m["d1"])
        add(d1, _mk(m["y"], m["m"], m["d2"]) if m["d2"] else d1, m.span())
    for m in _CJK.finditer(text):
        d1 = _mk(m["y"], int(m["m"]), m["d1"])
        d2 = _mk(m["y"], int(m["m2"] or m["m"]), m["d2"]) if m["d2"] else d1
        add(d1, d2, m.span())
    return tuple(sorted(found, key=lambda r: r.span))


def first_range(text: str) -> DateRange | None:
    ranges = find_ranges(text)
    return ranges[0] if ranges else None


def day_in_year(text: str, year: int) -> date | None:
    """A day printed without its year ("Monday, 11 November"), placed in ``year``."""
    m = _DAY_MONTH.search(text)
    return _mk(year, m["m"], m["d"]) if m else None


_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|noon)?", re.I)


def time_span(text: str) -> tuple[str, str] | None:
    """"10 a.m.-1 p.m." -> ("10:00", "13:00"); "3-6 p.m." -> ("15:00", "18:00")."""
    parts = re.split(r"\s*(?:-|–|—|‑|to)\s*", text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    a, b = (_CLOCK.fullmatch(p.strip()) for p in parts)
    if not a or not b:
        return None
    end_ap = (b["ap"] or "").lower()
    start_ap = (a["ap"] or end_ap).lower()

    def clock(m: re.Match[str], ap: str) -> str | None:
        h = int(m["h"])
        if ap == "noon":
            return "12:00" if h == 12 else None
        if h > 23 or (h > 12 and ap):
            return None
        if ap == "p.m." and h != 12:
            h += 12
        if ap == "a.m." and h == 12:
            h = 0
        minutes = m["min"] or "00"
        if int(minutes) > 59:
            return None
        return f"{h:02d}:{minutes}"

    start, end = clock(a, start_ap), clock(b, end_ap)
    if start is None or end is None:
        return None
    if start > end and not a["ap"]:  # "11-1 p.m." means 11 a.m. to 1 p.m.
        start = clock(a, "a.m.")
    return (start, end) if start and start < end else None
