"""The citation grammar of UN documents: which mandates a sentence mentions, and where.

Pure text in, :class:`Citation` records out. Turning a citation into an IRI
needs the citing document's context (which Conference "its resolution" means)
and happens in :mod:`mandategraph.ingest.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def ordinal(text: str) -> int | None:
    """"1st", "2nd", "Twenty-eighth", "sixth" -> the number; None when it is not an ordinal."""
    t = text.strip().lower()
    m = re.fullmatch(r"(\d+)\s*(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    if t in ORDINAL_WORDS:
        return ORDINAL_WORDS[t]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](\w+)", t)
    if m and m.group(2) in ORDINAL_WORDS and ORDINAL_WORDS[m.group(2)] < 10:
        return _TENS[m.group(1)] + ORDINAL_WORDS[m.group(2)]
    return None


ORDINAL = (r"(?:\d+\s*(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
           r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
           r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
           r"thirtieth|fortieth|fiftieth))")


@dataclass(frozen=True)
class Citation:
    """One mandate mentioned in a text.

    ``kind`` is resolution, decision, recommendation, article, rule, agreement or paragraph
    (a paragraph of a cited document). ``issuer`` is the body as the text names it
    ("General Assembly", "Conference", "its", "Working Group", "extended Bureau") or None.
    """

    kind: str
    span: tuple[int, int]
    text: str
    issuer: str | None = None
    session: int | None = None
    number: int | None = None
    path: tuple[tuple[str, int], ...] = field(default=())
    instrument: str | None = None  # "Convention", "Protocol ...", "rules of procedure", or a symbol
    date: str | None = None  # ISO date printed with the citation ("of 22 October 2010")
    subject: str | None = None  # what a recommendation is about, as printed


_ISSUER = (r"(?P<issuer>General Assembly|Economic and Social Council|Security Council|"
           r"Human Rights Council|Commission|Conference|Council|its|their)\s+")
_NUM = r"\d+/\d+"
_MANDATE_LIST = re.compile(
    r"(?:" + _ISSUER + r")?(?P<kind>resolutions?|decisions?)\s+"
    r"(?P<list>" + _NUM + r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    r"(?:\s*(?:,|,?\s*and)\s*" + _NUM + r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?)*)")
_ONE = re.compile(r"(?P<num>(?P<s>\d+)/(?P<n>\d+))(?:\s+of\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?")

_ARTICLE = re.compile(
    r"\barticles?\s+(?P<a>\d+)(?:\s*,\s*paragraphs?\s+(?P<p>\d+)|\s*\((?P<p2>\d+)\))?"
    r"(?:\s*\((?P<sub>[a-z])\))?(?:\s*,\s*subparagraph\s+\((?P<sub2>[a-z])\))?"
    r"\s*,?\s+of\s+the\s+(?P<instr>Convention|[A-Z][\w\s,]*?Protocol)\b")
_RULE = re.compile(
    r"\brules?\s+(?P<list>\d+(?:\s*(?:,|and)\s*\d+)*)(?:\s*,\s*paragraph\s+(?P<p>\d+))?"
    r"\s*,?\s+of\s+the\s+rules\s+of\s+procedure")
_RECOMMENDATION = re.compile(
    r"(?P<head>(?:the\s+)?(?:Working\s+Group's\s+)?recommendations?)"
    r"(?:\s*,?\s*(?:adopted|made)\s+by\s+the\s+(?P<issuer>Working\s+Group|Group|Committee|Conference)"
    r"\s+at\s+its\s+(?P<ord>" + ORDINAL + r")\s+(?:meeting|session)\s*,?)?"
    r"(?:\s+(?:that|stating\s+that,?)\s+(?P<subject>[^.;]+))?", re.IGNORECASE)
_FOCUS = re.compile(r"focus(?:es|ed)?\s+on\s+(?P<topic>[^.;,]+)", re.IGNORECASE)
_AGREEMENT = re.compile(
    r"[Aa]t\s+its\s+meeting\s+(?:held\s+)?on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),\s+the\s+"
    r"(?P<issuer>(?:extended\s+)?Bureau[^,]*?|[A-Z][\w\s]+?)\s+agreed")
_DOC_PARAGRAPH = re.compile(
    r"(?P<symbol>[A-Z]+(?:\.\d+)?(?:/[A-Za-z0-9.]+)+),\s+paragraphs?\s+(?P<p>\d+)")


def find_citations(text: str) -> list[Citation]:
    """Every mandate a text cites, in order of appearance."""
    found: list[Citation] = []
    for m in _MANDATE_LIST.finditer(text):
        kind = "resolution" if m["kind"].lower().startswith("resolution") else "decision"
        issuer = m["issuer"]
        for one in _ONE.finditer(m["list"]):
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            found.append(Citation(kind, span, m.group(0), issuer=issuer, session=int(one["s"]),
                                  number=int(one["n"]), date=_iso(one["date"])))
    for m in _ARTICLE.finditer(text):
        path: list[tuple[str, int]] = [("article", int(m["a"]))]
        para = m["p"] or m["p2"]
        if para:
            path.append(("paragraph", int(para)))
        instr = re.sub(r"\s+", " ", m["instr"]).strip()
        found.append(Citation("article", m.span(), m.group(0), path=tuple(path), instrument=instr))
    for m in _RULE.finditer(text):
        for num in re.findall(r"\d+", m["list"]):
            path = [("rule", int(num))]
            if m["p"]:
                path.append(("paragraph", int(m["p"])))
            found.append(Citation("rule", m.span(), m.group(0), path=tuple(path),
                                  instrument="rules of procedure"))
    for m in _RECOMMENDATION.finditer(text):
        subject = m["subject"].strip() if m["subject"] else None
        focus = _FOCUS.search(subject) if subject else None
        found.append(Citation(
            "recommendation", m.span(), m.group(0),
            issuer=re.sub(r"\s+", " ", m["issuer"]) if m["issuer"] else
            ("Working Group" if "working group" in m["head"].lower() else None),
            session=ordinal(m["ord"]) if m["ord"] else None,
            subject=focus["topic"].strip() if focus else subject))
    for m in _AGREEMENT.finditer(text):
        found.append(Citation("agreement", m.span(), m.group(0),
                              issuer=re.sub(r"\s+", " ", m["issuer"]).strip(), date=_iso(m["date"])))
    for m in _DOC_PARAGRAPH.finditer(text):
        found.append(Citation("paragraph", m.span(), m.group(0), instrument=m["symbol"],
                              path=(("paragraph", int(m["p"])),)))
    return sorted(found, key=lambda c: c.span)


def _iso(printed: str | None) -> str | None:
    if not printed:
        return None
    from mandategraph.ingest.dates import first_range

    r = first_range(printed)
    return r.start.isoformat() if r else None


ACTIONS = {
    "decided": "decides", "decides": "decides", "requested": "requests", "requests": "requests",
    "urged": "urges", "urges": "urges", "welcomed": "welcomes", "welcomes": "welcomes",
    "took note": "takesNote", "takes note": "takesNote", "noted": "notes", "notes": "notes",
    "encouraged": "encourages", "encourages": "encourages", "invited": "invites",
    "invites": "invites", "recalled": "recalls", "recalling": "recalls", "recalls": "recalls",
    "established": "establishes", "establishes": "establishes", "agreed": "agrees",
    "agrees": "agrees",
}
_ACTION = re.compile(r"\b(" + "|".join(sorted(ACTIONS, key=len, reverse=True)) + r")\b", re.I)


def action_of(text: str) -> str | None:
    """The first action verb of a sentence, as the local name of its mg:Action concept."""
    m = _ACTION.search(text)
    return ACTIONS[m.group(1).lower()] if m else None
