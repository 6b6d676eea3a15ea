"""UN document symbol series and the organs they belong to, read from ``data/symbol_series.csv``
(each row with the source that documents it).

A symbol's body prefix ("CAT/C" of CAT/C/39/1, "E/CN.7" of E/CN.7/2007/16) names its organ when the
table has that series; a longer prefix ("A/HRC/WG.6") belongs to the organ of the longest series it
extends ("A/HRC"), as a body of its own whose name only its cover can give.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from mandategraph import iri
from mandategraph.ingest import patterns


@dataclass(frozen=True)
class Series:
    """One row of the table: a symbol series and its organ."""

    series: str
    slug: str
    organ: str
    parent: str | None  # the series of the organ it belongs to
    source: str
    numbered_by_session: bool = False  # "UNEP/GC.23": the number after the dot is the session's
    glued_session: bool = False  # "EB140", "WPR/RC71": the session's number glued to the series, no dot
    spaced_session: bool = False  # "CL 120/11": the session's number after the series and a space (or glued on)
    mandates: str | None = None  # how the organ numbers its own mandates: "year" (2011/259) or "session" (62/1)
    mandates_source: str | None = None  # the public source that documents that numbering
    rules_of: str | None = None  # the series of the organ whose rules of procedure the organ applies, when not its own
    rules_source: str | None = None  # the public source that shows it
    organization: str | None = None  # the UN-system organization whose organ it is, when not the UN ("WHO")
    segments: str | None = None  # what the segments after the series are: "session/number" (UNEP/CHW/OEWG/4/18)
    segments_source: str | None = None  # the public source that shows it

    def source_iri(self) -> str:
        """The source as an IRI: the page's address, or the document IRI of a corpus text ("doc:SYMBOL")."""
        if self.source.startswith("doc:"):
            return str(iri.document(self.source.removeprefix("doc:")))
        return self.source


SEGMENT_FORMS = {"session/number": 2, "session/organ/number": 3}
"""The forms the series table's "segments" column names -> how many segments after the series a symbol of that form
has at least ("session/number": UNEP/CHW/OEWG/4/18, UNEP/CHW/OEWG/6/INF/3; "session/organ/number": ISBA/24/A/2, the
International Seabed Authority's symbols, the session's number, then the letters of the organ, then the document's)."""
ORGAN_SEGMENT = re.compile(r"[A-Z]{1,4}")
"""The organ's segment of a symbol after its session's number: its letters ("A" of ISBA/24/A/2, the Assembly, a
series of the form "session/organ/number"; "SC" of EC/46/SC/CRP.27, the Standing Committee)."""


def organ_of_form(symbol: str, prefix: str) -> str | None:
    """The series of the organ ``symbol`` names after its session's number, where the table says the series of
    ``prefix`` prints its symbols so ("session/organ/number"): ISBA/24/A/2 -> "ISBA/A" (the Assembly of the
    International Seabed Authority, tests/ingest_eval/unread/ISBA_24_A_2_fr.txt: "Autorité internationale des fonds
    marins ISBA/24/A/2 Assemblée"); None for any other symbol or series."""
    row = table().get(prefix)
    if row is None or row.segments != "session/organ/number" or not symbol.startswith(prefix + "/"):
        return None
    rest = symbol[len(prefix) + 1:].split("/")
    if len(rest) < SEGMENT_FORMS["session/organ/number"] or not rest[0].isdigit() \
            or not ORGAN_SEGMENT.fullmatch(rest[1]):
        return None
    return f"{prefix}/{rest[1]}"


def malformed(symbol: str) -> bool:
    """Whether ``symbol`` is of a series whose segments the table gives (:data:`SEGMENT_FORMS`) and has fewer of them
    than that form has: "UNEP/CHW/OEWG/629" is UNEP/CHW/OEWG/6/29 with a slash lost (tests/ingest_eval/untouched/
    UNEP_CHW_OEWG_6_29_fr.txt), not a symbol of the series; which document it stands for the print does not say."""
    forms = [(series, row.segments) for series, row in table().items()
             if row.segments and symbol.startswith(series + "/")]
    if not forms:
        return False
    series, form = max(forms, key=lambda f: len(f[0]))
    return len(symbol[len(series) + 1:].split("/")) < SEGMENT_FORMS[form]


@cache
def table() -> dict[str, Series]:
    """Every series of the table, by its symbol segments."""
    text = resources.files("mandategraph.ingest").joinpath("data/symbol_series.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    out: dict[str, Series] = {}
    for row in rows:
        series = row["series"].strip()
        source = row["source"].strip()
        if not series or not source.startswith(("http://", "https://", "doc:")):
            raise ValueError(f"symbol_series.csv: a row without a series or a source: {row}")
        numbered = (row.get("numbered") or "").strip()
        mandates = (row.get("mandates") or "").strip() or None
        mandates_source = (row.get("mandates_source") or "").strip() or None
        if mandates not in (None, "year", "session") or (mandates is None) != (mandates_source is None):
            raise ValueError(f"symbol_series.csv: 'mandates' is year or session, and only with its source: {row}")
        rules_of = (row.get("rules_of") or "").strip() or None
        rules_source = (row.get("rules_source") or "").strip() or None
        if (rules_of is None) != (rules_source is None):
            raise ValueError(f"symbol_series.csv: 'rules_of' only with its source: {row}")
        organization = (row.get("organization") or "").strip() or None
        if organization is not None and organization not in organizations():
            raise ValueError(f"symbol_series.csv: 'organization' is a key of organizations.csv: {row}")
        segments = (row.get("segments") or "").strip() or None
        segments_source = (row.get("segments_source") or "").strip() or None
        if segments not in (None, *SEGMENT_FORMS) or (segments is None) != (segments_source is None):
            raise ValueError(f"symbol_series.csv: 'segments' is one of {SEGMENT_FORMS}, and only with its source: "
                             f"{row}")
        if numbered not in ("", "session", "glued", "spaced"):
            raise ValueError(f"symbol_series.csv: 'numbered' is session, glued or spaced: {row}")
        out[series] = Series(series, row["slug"].strip(), row["organ"].strip(), row["parent"].strip() or None,
                             source, numbered == "session", numbered in ("glued", "spaced"), numbered == "spaced",
                             mandates, mandates_source, rules_of, rules_source, organization, segments,
                             segments_source)
    return out


@cache
def organizations() -> dict[str, tuple[str, ...]]:
    """The organizations of ``data/organizations.csv``: key -> the names their documents print for them."""
    text = resources.files("mandategraph.ingest").joinpath("data/organizations.csv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")):
        if not row["source"].strip().startswith(("http://", "https://")):
            raise ValueError(f"organizations.csv: a row without a source: {row}")
        out[row["organization"].strip()] = tuple(n.strip() for n in row["names"].split("|") if n.strip())
    return out


def _name_pattern(name: str) -> str:
    """One name of an organization as a pattern: an acronym as printed (capitals: "WHO", never "who"), a full
    name in any letter case with any white space between its words ("ORGANISATION MONDIALE DE LA SANTÉ")."""
    if name.isupper() and " " not in name:
        return re.escape(name)
    return "(?i:" + r"\s+".join(re.escape(w) for w in name.split()) + ")"


def _organization_pattern() -> re.Pattern[str]:
    names = sorted(((n, key) for key, ns in organizations().items() for n in ns), key=lambda p: -len(p[0]))
    return patterns.define(
        "series.organization_name",
        r"(?<![\w-])(?:" + "|".join(f"(?P<{key}_{i}>{_name_pattern(n)})" for i, (n, key) in enumerate(names))
        + r")(?![\w-])",
        examples=["Raşit Pertev Secretary of IFAD Tel.: +39 06 5459 2254",
                  "International Fund for Agricultural Development - Minutes of the …",
                  "WORLD HEALTH ORGANIZATION", "ORGANISATION MONDIALE DE LA SANTÉ", "EB147/1 OMS"],
        rejects=["persons who are", "Executive Board — 110 th Session", "WHOLE", "IFADs", "the World Health Assembly"])


ORGANIZATION_NAME = _organization_pattern()
"""A name of an organization of ``data/organizations.csv``; the group's name is its key and a number."""


def organizations_named(text: str) -> set[str]:
    """The keys of the organizations ``text`` names ("Secretary of IFAD" -> {"IFAD"})."""
    return {m.lastgroup.rsplit("_", 1)[0] for m in ORGANIZATION_NAME.finditer(text) if m.lastgroup}


def series_disagrees(prefix: str, text: str) -> str | None:
    """The organization ``text`` names where the series of ``prefix`` is another's organ and ``text`` does not name
    that one ("EB/110/Rev.1" is of the WHO's series "EB", but its page names IFAD and never the WHO: "IFAD"); None
    when they agree, the text names no organization of the table, or the table gives the series no organization."""
    row = series_of(prefix)
    if row is None or row.organization is None:
        return None
    named = organizations_named(text)
    return min(named) if named and row.organization not in named else None


def bare_of_glued(symbol: str, prefix: str, text: str) -> Series | None:
    """The row of the series of ``prefix`` where ``symbol`` prints that series bare, followed by a slash
    ("EB/106/Rev.1"), though the table documents the organ's symbols with the session's number glued to the series
    ("EB140", "EB147/1": the WHO Executive Board's), and ``text`` does not name the row's organization: IFAD's
    Executive Board prints "EB/106/Rev.1" on a French page that names the Fund only as "FIDA"
    (tests/ingest_eval/pristine/IFAD_EB_106_Rev.1_fr.txt). A bare series two organizations print alike is no
    sign of which one's organ the text is; None when the form is the table's, or the text names the organization."""
    row = series_of(prefix)
    if row is None or not row.glued_session or row.organization is None or not symbol.startswith(row.series + "/"):
        return None
    return None if row.organization in organizations_named(text) else row


def rules_owner(prefix: str) -> str | None:
    """The series of the organ whose rules of procedure the organ of series ``prefix`` applies, where the
    table says it is another's (ECOSOC's functional commissions apply "the rules of procedure of the
    functional commissions of the Economic and Social Council", the Council's); None otherwise."""
    row = table().get(prefix)
    return row.rules_of if row is not None else None


def numbering(prefix: str) -> str | None:
    """How the organ of series ``prefix`` numbers its own resolutions and decisions, where the table
    says so with a source: "year" (the Economic and Social Council's "decision 2011/259") or "session"
    (the Commission on Narcotic Drugs' "resolution 62/1"); None when the table does not say."""
    row = table().get(prefix)
    return row.mandates if row is not None else None


def irregular() -> list[Series]:
    """The series the plain symbol grammar does not spell (:mod:`~mandategraph.ingest.symbols`): a
    segment in mixed case ("UNEP/OzL.Pro"), or the session's number glued on ("EB140", "WPR/RC71") or printed
    after a space ("CL 120/11")."""
    return [row for row in table().values() if row.glued_session or re.search(r"[a-z]", row.series)]


def extends(prefix: str, series: str) -> bool:
    """``prefix`` is ``series`` or one of its subsidiary series ("A/HRC/WG.6" extends "A/HRC" and "A";
    "IDB.51" extends "IDB")."""
    return prefix == series or prefix.startswith(series + "/") or prefix.startswith(series + ".")


def series_of(prefix: str) -> Series | None:
    """The longest series of the table that ``prefix`` is or extends."""
    best: Series | None = None
    for series, row in table().items():
        if extends(prefix, series) and (best is None or len(series) > len(best.series)):
            best = row
    return best


PARENTHESISED_SERIES = re.compile(r"\((?P<series>[A-Z]{2,6})\.\d{2,4}/\d{1,3}\)$")
"""The symbol of the organ's own series a document is also issued under, in parentheses after its number, as ECLAC
prints its conferences' and sessions' documents (symbols.JOINT_IN_PARENTHESES): "(CEA.2005/8)" of
LC/L.2318(CEA.2005/8), the Statistical Conference of the Americas' eighth document of 2005."""


def parenthesised_organ(symbol: str, prefix: str) -> str | None:
    """The series of the organ a symbol's parenthesised joint symbol names, under the symbol's root: "LC/CEA" of
    LC/L.2318(CEA.2005/8) (tests/ingest_eval/pristine/LC_L.2318(CEA.2005_8)_es.txt, "Tercera reunión de la Conferencia
    Estadística de las Américas": the Conference's, as ECLAC's symbols of its organs, LC/SES, LC/PLEN, LC/MDM, name
    them under its root), never the root's own ("LC", ECLAC's series of documents of limited distribution); None for a
    symbol without one, or one whose body prefix is more than the root."""
    m = PARENTHESISED_SERIES.search(symbol)
    if m is None or "/" in prefix or not prefix:
        return None
    return f"{prefix}/{m['series']}"


PARTIES_MEETINGS = ("COP", "MOP", "CMP", "CMA")
"""The segments of a treaty's Conference or Meeting of the Parties: one body to a treaty, so a number
joined to the segment ("UNEP/FAO/RC/COP.7") is its session's, never a body's of its own."""
NEGOTIATING_COMMITTEES = ("INC",)
"""The segment of a treaty's intergovernmental negotiating committee: one committee to a negotiation, so a number
joined to it is its session's ("UNEP/FAO/PIC/INC.6/2", the sixth session of the committee that negotiated the
Rotterdam Convention, tests/ingest_eval/novel/UNEP_FAO_PIC_INC.6_2_es.txt; "UNEP/POPS/INC.7"), never a body's."""


def session_letter(segment: str) -> bool:
    """Whether a segment after a series' full stop is a session named by one capital, as WFP's Executive Board names
    its annual session ("A" of "WFP/EB.A/2015/16", symbols.SESSION_LETTER): a session's, never a body's."""
    return len(segment) == 1 and "A" <= segment <= "Z"


def without_session(prefix: str) -> str:
    """The body prefix without a session number joined to its series: "UNEP/GC.23" -> "UNEP/GC",
    "IDB.51" -> "IDB" (where the table says the series is numbered by session; so is a session named by one capital,
    "WFP/EB.A" -> "WFP/EB", WFP's Executive Board's annual session), "UNEP/FAO/RC/COP.7" ->
    "UNEP/FAO/RC/COP" (a Conference of the Parties), "UNEP/FAO/PIC/INC.6" -> "UNEP/FAO/PIC/INC" (a negotiating
    committee); others unchanged."""
    glued = re.fullmatch(r"(?P<series>.*?[A-Za-z])(?P<space> ?)\d{1,3}", prefix)  # "EB140", "WPR/RC71", "CL 120"
    if (glued is not None and (row := table().get(glued["series"])) is not None and row.glued_session
            and (row.spaced_session or not glued["space"])):
        return glued["series"]
    head, dot, number = prefix.rpartition(".")
    row = table().get(head)
    if dot and (number.isdigit() or session_letter(number)) and row is not None and row.numbered_by_session:
        return head
    if dot and number.isdigit() and head.rpartition("/")[2] in PARTIES_MEETINGS + NEGOTIATING_COMMITTEES:
        return head
    return prefix
