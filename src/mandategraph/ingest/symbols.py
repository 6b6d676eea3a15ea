"""UN document symbols: finding them in text and reading their parts.

A symbol is a series of segments separated by slashes, the first an organ ("A", "E", "CTOC",
"CAC"), then bodies ("COP", "WG.7", "CN.15", "AC.291"), a year or session, a number, and the
modifiers of revised, added, corrected, conference-room, information and draft documents:
"CTOC/COP/WG.5/2011/2/Rev.1", "CTOC/COP/2008/INF/1", "CAC/COSP/WG.2/2017/CRP.2",
"CTOC/COP/WG.4/2010/L.1", "E/CN.15/2011/L.1/Add.2", "A/CONF.222/1"; segments may carry a roman
numeral ("TD/B/C.I/53"), an ampersand or hyphen ("UNEP/CBD/BS/WG-L&R/4/1") or a parenthesised part
("TD/B(S-XXIII)/1", "S/RES/1019(1995)"). It always ends in a number.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from mandategraph.ingest import lexicon, series

_MODIFIER = r"(?:Rev|Add|Corr|Amend|Misc|CRP|INF|Inf|L|WP|PV|SR|Summary)\.\d+"  # "Inf.2": UNEP/CBD/COP/1/Inf.2
_WORD = r"[A-Z][A-Z0-9]*(?:&[A-Z][A-Z0-9]*)?(?:-[A-Z][A-Z0-9&]*)*"  # "COP", "WG-L&R"
_PARENTHESISED = r"(?:\([A-Za-z0-9.-]{1,12}\))?"  # "(S-XXIII)", "(1995)", "(PartI)"
_LETTER_PART = r"(?:-[A-Z](?![\w/&.-]))?"
"""A part letter after the last number and a hyphen ("WFP/EB.1/2011/11-B", part B of document 11): one
capital that nothing of a symbol follows, so that a joint symbol's dash is never taken for it
("E/2011/30-E/CN.15/2011/21": the "E" after the dash opens the second symbol)."""
SESSION_LETTER = r"\.[A-Z](?=/)"
"""A session named by one capital after a body's segment and a full stop, as WFP's Executive Board names its annual
session ("WFP/EB.A/2015/16", tests/ingest_eval/unread/WFP_EB.A_2015_16_fr.txt; "WFP/EB.A/2011/17", untouched/
WFP_EB.A_2011_17_es.txt) beside its regular sessions' numbers ("WFP/EB.1/2011/11-B"): a segment that more of the
symbol always follows after a slash, so that no symbol ends in it and no prose's full stop and capital ("A/55/L.A
new") joins a symbol."""
_SEGMENT = (r"(?:" + _MODIFIER + r"|" + _WORD + r"(?:[.-](?:\d+|[IVXL]+(?![a-z]))|" + SESSION_LETTER + r")?"
            + _PARENTHESISED
            + r"|\d+(?:\.\d+)?[A-Z]?" + _PARENTHESISED + _LETTER_PART + r")")
_CJK = "\u3000-\u9fff\uff00-\uffef"  # Chinese and Japanese characters and punctuation, full-width forms
# not inside a word or another symbol; after a dash only when it joins two symbols ("E/2011/30-E/CN.15/2011/21");
# a Chinese character glued on either side ends no word of the symbol's letters ("联合国A/55/383/Add.2大会", a
# text with its spaces lost). The first capital is matched before the look-behinds that test what stands
# before it (one character wider for it), so the search skips to the capitals of a text instead of trying
# the look-behinds at every character (four times faster, the same matches: tests/test_ingest_rewrites.py);
# a listed series' head then goes on after its first letter, which a look-behind checks.
SPACED_SESSION = r" ?\d{1,3}"
"""A session's number after a series and one space, or glued on where a copy lost the space: the FAO Council's
"CL 120/11", "CL 128/INF/1", "CL128/8" (tests/ingest_eval/blind/FAO_CL_120_11_ar.txt,
untouched/CL_128_INF_1.txt); only for a series the table lists as so numbered, never any capitals and a number."""


def irregular_heads() -> list[str]:
    """The series of the symbol-series table the plain grammar does not spell, each with its session
    number as the table says it is joined ("EB140/INF./3", "WPR/RC71/9", "UNEP/OzL.Pro.27/1/Add.1", "CL 120/11"),
    as patterns, longest first."""
    heads = [re.escape(row.series) + (SPACED_SESSION if row.spaced_session else r"\d{1,3}" if row.glued_session
                                      else r"(?:\.\d{1,3})?")
             for row in series.irregular()]
    return sorted(heads, key=len, reverse=True)


IRREGULAR_SEGMENTS = r"(?:/(?:[A-Z]{2,4}\.(?=/)|" + _SEGMENT + r"))+"
"""What follows a listed series' head: segments as in any symbol (a series marker with a bare full stop
too: "INF.")."""
REVISION_WORDS = r"(?:Rev|Add|Corr|Amend)"
"""The markers of a revision, addendum, corrigendum or amendment ("Rev.1", "Add.2")."""
SPACED_REVISION = r"(?:[ ]" + REVISION_WORDS + r"\.\d+)"
"""A revision, addendum, corrigendum or amendment marker printed after a space instead of a slash, as FAO prints
them ("COFI/2001/1 Rev.1", tests/ingest_eval/untouched/COFI_2001_1_Rev.1.txt): one space, the marker, its number."""
JOINT_IN_PARENTHESES = r"(?:\([A-Z]{2,6}\.\d{2,4}/\d{1,3}\))"
"""The symbol of another series a document is also issued under, in parentheses right after its last number, as
ECLAC prints its conferences' documents ("LC/L.2318(CEA.2005/8)": the Statistical Conference of the Americas' eighth
document of 2005, tests/ingest_eval/pristine/LC_L.2318(CEA.2005_8)_es.txt; a session's, "(SES.31/3)"): part of the
symbol, never its end."""
SYMBOL_TAIL = (r"(?:\.\d+)?" + _PARENTHESISED + r"(?:/" + _SEGMENT + r")+" + SPACED_REVISION + r"*"
               + JOINT_IN_PARENTHESES + r"?)(?![^\W" + _CJK + r"]|[/&])")


def _symbol_pattern(heads: list[str]) -> re.Pattern[str]:
    if all("A" <= h[:1] <= "Z" for h in heads):
        listed = "".join(f"(?:(?<={h[0]}){h[1:]}){IRREGULAR_SEGMENTS}|" for h in heads)
        return re.compile(r"[A-Z](?:(?<=[" + _CJK + r"][A-Z])|(?<![\w/.&][A-Z]))(?<![A-Za-z]-[A-Z])(?:" + listed
                          + r"[A-Z]{0,7}" + SYMBOL_TAIL)
    listed = f"(?:{'|'.join(heads)}){IRREGULAR_SEGMENTS}|" if heads else ""  # a head led by no capital
    return re.compile(r"(?:(?<=[" + _CJK + r"])|(?<![\w/.&]))(?<![A-Za-z]-)(?:" + listed + r"[A-Z]{1,8}" + SYMBOL_TAIL)


SYMBOL = _symbol_pattern(irregular_heads())
_ENDS_IN_NUMBER = re.compile(r"(?:\d[A-Z]?|\d\)|\d-[A-Z])$")

# series markers: a segment that names a kind of document, not a body
# a segment naming a kind of session before its parenthesised number ("TD/B/EX(15)/1": executive)
SESSION_MARKERS = {"EX", "S"}
SERIES = {"RES", "DEC", "PV", "SR", "INF", "CRP", "L", "NGO", "WP", "Misc", "Summary", "PRST"}


_REVISION = re.compile(REVISION_WORDS + r"\.\d+")
# "COFI/2001/1 Rev.1": the space before a revision marker breaks a part as a slash does
_PART_BREAK = re.compile(r"/|(?<=\d) (?=" + REVISION_WORDS + r"\.\d)")


def _working_party(parts: list[str], at: int) -> bool:
    """Whether the segment ``parts[at]`` "WP.30" names a working party, a body of the series, rather than a working
    paper: its symbol goes on after it with more than a revision, an addendum or a corrigendum ("TRANS/WP.30/AC.2/
    2000/7", the TIR Administrative Committee of the Working Party on Customs Questions affecting Transport;
    "TRANS/WP.30/186"; a working paper's "A/CONF.62/WP.10/Rev.1" ends in it)."""
    return bool(re.fullmatch(r"WP\.\d{1,3}", parts[at])) and any(not _REVISION.fullmatch(p) for p in parts[at + 1:])


@dataclass(frozen=True)
class Symbol:
    text: str

    @property
    def parts(self) -> list[str]:
        return _PART_BREAK.split(self.text)

    @property
    def body_prefix(self) -> str:
        """The segments before the first number: "CTOC/COP/WG.7/2013/2" -> "CTOC/COP/WG.7"; a
        parenthesised part names a session, not a body: "TD/B/EX(15)/1" and "TD/B(S-XXIII)/1" -> "TD/B"; so does a
        session's kind standing alone before a number: "ECE/CEP/S/2011/2" -> "ECE/CEP"; a subsidiary's segment after
        the session, before the number, is the subsidiary's: "ICCD/COP(15)/CST/1" -> "ICCD/COP/CST"."""
        head = []
        parts = self.parts
        for at, part in enumerate(parts):
            if part[:1].isdigit() or part.split(".")[0] in SERIES and not _working_party(parts, at):
                break
            if at and part in SESSION_MARKERS and parts[at + 1:at + 2] and parts[at + 1][:1].isdigit():
                # "ECE/CEP/S/2011/2": the report of the Committee on Environmental Policy on its special session
                # (tests/ingest_eval/pristine/ECE_CEP_S_2011_2.txt), the kind of session standing alone before the
                # year, as before a parenthesised number: the Committee's, no body of its own
                break
            if "(" in part:
                named = part.split("(")[0]
                if named and named not in SESSION_MARKERS:
                    head.append(named)
                # the session's organ's subsidiary after it, then the document's number ("ICCD/COP(15)/CST/1", the
                # Committee on Science and Technology meeting at the Conference's fifteenth session,
                # tests/ingest_eval/pristine/ICCD_COP(15)_CST_1_fr.txt): a body of its own, never the Conference
                for later, after in zip(parts[at + 1:], parts[at + 2:], strict=False):
                    if not re.fullmatch(r"[A-Z]{2,8}", later) or later in SERIES or not after:
                        break
                    head.append(later)
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
            if part == "INF" or part.startswith("INF."):  # the CBD's "Inf.2" is a segment, no genre of its own
                return "INF"
            if part == "CRP" or part.startswith("CRP."):
                return "CRP"
            if part == "L" or part.startswith("L."):
                return "L"
        return None

    @property
    def modifiers(self) -> list[str]:
        """Revision, addendum, corrigendum and amendment markers: ["Rev.1"]."""
        return [p for p in self.parts if _REVISION.fullmatch(p)]

    @property
    def base(self) -> str:
        """The symbol without its Rev./Add./Corr. modifiers: the document it revises or adds to."""
        return "/".join(p for p in self.parts if p not in self.modifiers)


def is_symbol(text: str) -> bool:
    t = text.strip()
    return SYMBOL.fullmatch(t) is not None and "/" in t and bool(_ENDS_IN_NUMBER.search(t))


_MONTH_YEAR_AFTER = re.compile(
    r"[ \t]*(?:de[ \t]+)?(?P<month>(?i:" + lexicon.alternation(lexicon.month_names("en", "es", "fr", "ru"))
    + r"))(?![^\W\d_])[ \t]*,?[ \t]*(?:de[ \t]+)?(?P<year>(?:19|20)\d{2})(?!\d)")
"""A month and a year with no day, right after a symbol ("CRC/C/1382 avril 2004"): the day of the
cover's date is run into the symbol's last number."""
_LAST_NUMBER = re.compile(r"(?P<keep>\d+)$")


def without_symbols(text: str, context: str | None = None) -> str:
    """``text`` with every symbol blanked out, so that no date is read from a symbol's last number
    ("CCPR/C/89/19 janvier 2007": the date is the 9th, never the 19th). A symbol run into a day that
    cannot be told apart from it is blanked with that day (no date rather than a wrong one); ``context``
    (the whole text) is where a split's symbol may be printed on its own."""
    out = text
    for m in SYMBOL.finditer(text):
        end = m.end()
        glued = _MONTH_YEAR_AFTER.match(text, end)
        if glued is not None and "/" in m.group(0):
            split = split_glued_day(m.group(0), glued["month"], int(glued["year"]), context or text)
            if split is not None:
                end = m.start() + len(split)
        out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    return out


FOOTNOTE_MARK = r"\(\d{1,2}\)"
"""A one- or two-digit number in parentheses glued to a symbol's last number ("A/52/250(1)"): a footnote
mark of a web or PDF copy. A symbol's own parenthesised part is a year ("S/RES/1019(1995)"), a session
("TD/B(S-XXIII)/1") or a part ("(Part II)"), never a bare small number after its last number."""
_FOOTNOTE_MARK = re.compile(r"(?<=\d)" + FOOTNOTE_MARK + "$")


def find_symbols(text: str) -> list[tuple[Symbol, tuple[int, int]]]:
    """Every document symbol in ``text`` with its span; plain numbers like "6/3" are not symbols.

    A symbol's last number never runs into a following day and month: printed right before a month
    and year with no day of its own ("CRC/C/1382 avril 2004", a cover's columns run together), its
    last digits are the date's day (:func:`split_glued_day`); a symbol that cannot be told apart from
    the day so is not read there (unknown rather than a wrong symbol)."""
    out = []
    twice = [(m, half) for m in _PRINTED_TWICE.finditer(text) if is_symbol(half := m["half"])]
    for m, half in twice:  # "A/AC.109/2019/L.18A/AC.109/2019/L.18": a bitext's two columns, the same symbol twice
        out.append((Symbol(half), (m.start(), m.start() + len(half))))
        out.append((Symbol(half), (m.start() + len(half), m.end())))
    for m, _ in reversed(twice):
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    for m in SYMBOL.finditer(text):
        t = m.group(0)
        if "/" not in t or not _ENDS_IN_NUMBER.search(t):
            continue
        mark = _FOOTNOTE_MARK.search(t)
        if mark is not None:
            t = t[:mark.start()]  # "A/52/250(1)": the footnote's number, not a segment of the symbol
        half = doubled(t)
        if half is not None:  # "E/2019/53E/2019/53": a bitext's two columns, the same symbol twice
            out.append((Symbol(half), (m.start(), m.start() + len(half))))
            out.append((Symbol(half), (m.start() + len(half), m.end())))
            continue
        glued = _MONTH_YEAR_AFTER.match(text, m.end())
        if glued is not None:
            split = split_glued_day(t, glued["month"], int(glued["year"]), text)
            if split is None:
                continue
            t = split
        pieces = SPLIT_NUMBER.match(text, m.end()) if len(t) == m.end() - m.start() and t[-1:].isdigit() else None
        if pieces is not None:
            joined = t + "".join(pieces.group(0).split())
            last = _LAST_NUMBER.search(joined)
            if last is None or not _printed_elsewhere(last["keep"], text, m.start(), pieces.end()):
                continue  # the symbol's last number split, its end not known: no symbol rather than a cut one
            out.append((Symbol(joined), (m.start(), pieces.end())))
            continue
        out.append((Symbol(t), (m.start(), m.start() + len(t))))
    return sorted(out, key=lambda found: found[1]) if twice else out


_PRINTED_TWICE = re.compile(r"(?<!\S)(?P<half>[A-Z][^\s/]{0,9}/[^\s]{2,60}?)(?P=half)(?!\S)")
"""A word that is one string printed twice over with nothing between, the English and the other column of an aligned
bitext run together ("A/AC.109/2019/L.18A/AC.109/2019/L.18", tests/ingest_eval/unread/A_AC.109_2019_L.18_en-ar.txt,
where the grammar reads "L.18" and the next "A" as one word, "L.18A", and finds no symbol); a symbol when its half is
one (:func:`doubled` mends the forms the grammar reads whole, "E/2019/53E/2019/53")."""


SPLIT_NUMBER = re.compile(r"(?:[ ]\d{1,3})+(?=[ \t]*(?:\n|$))")
"""Groups of digits after a symbol's last number, one space before each, to the end of its line: the rest of that
number, split by a copy's spaces ("CERD/C/SR.1 3 70" for CERD/C/SR.1370, tests/ingest_eval/pristine/
CERD_C_SR.1370_ru.txt, whose year is split so too: "13 August 200 9")."""


def _printed_elsewhere(number: str, text: str, start: int, end: int) -> bool:
    """Whether the number a split symbol's pieces join into is printed whole elsewhere in ``text`` ("КРАТКИЙ ОТЧЕТ О
    1370-м ЗАСЕДАНИИ", the meeting the summary record CERD/C/SR.1370 is of): the join is the text's own reading."""
    pattern = re.compile(r"(?<![\d/.])" + number + r"(?!\d)")
    return any(not (start <= f.start() < end) for f in pattern.finditer(text))


def doubled(printed: str) -> str | None:
    """The symbol a match prints twice with nothing between ("E/2019/53E/2019/53", the English and the
    Arabic column of an aligned bitext run together: the grammar reads "53E" as a number and its letter),
    or None. Only a match that is one whole symbol twice over is so mended, by its own evidence."""
    half, rest = divmod(len(printed), 2)
    if rest or half == 0 or printed[:half] != printed[half:]:
        return None
    return printed[:half] if is_symbol(printed[:half]) else None


def split_glued_day(printed: str, month: str, year: int, text: str) -> str | None:
    """The symbol of ``printed`` without the day of a date run into its last number ("CRC/C/1382"
    before "avril 2004" -> "CRC/C/138", the day 2). Of the splits that leave a number and give a day
    of that month (one or two digits, not led by a zero), the one the symbol's own reading takes:
    the only one, or the one printed elsewhere in ``text`` as a symbol of its own; else None."""
    digits = _LAST_NUMBER.search(printed)
    if digits is None:
        return None
    number = digits["keep"]
    month_no = lexicon.MONTHS[month.lower()]
    days = calendar.monthrange(year, month_no)[1]
    splits = []
    for width in (1, 2):
        day, rest = number[-width:], number[:-width]
        if rest and not day.startswith("0") and 1 <= int(day) <= days:
            splits.append(printed[:len(printed) - width])
    if len(splits) == 1:
        return splits[0]
    elsewhere = [s for s in splits
                 if re.search(r"(?<![\w/.&])" + re.escape(s) + r"(?![\w/&])", text)]
    return elsewhere[0] if len(elsewhere) == 1 else None
