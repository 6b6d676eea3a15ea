"""Where resolutions and decisions stand in a text: lists of them with their titles as printed
("3/1. Review mechanism", "Decision 1/1 Adoption of the rules of procedure") under a "Resolutions" or
"Decisions" heading, and the texts of them, each from its heading to the next.

Everything here works on the cleaned text (same offsets as the source) and returns spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandategraph.ingest.text import Gap, Span, clean_title, fold, lines

_LIST_ENTRY = re.compile(
    r"^(?:(?P<word>Resolution|Decision|Resolución|Decisión|Résolution|Décision|Резолюция|Решение)\s+)?"
    r"(?P<s>\d{1,3})/(?P<n>\d{1,3})\.?\s+(?P<title>\S.*)$", re.IGNORECASE)
_RESOLUTIONS = re.compile(r"\b(?:resolutions?|resoluciones|résolutions?|резолюции)\b", re.IGNORECASE)
_DECISIONS = re.compile(r"\b(?:decisions?|decisiones|décisions?|решения)\b", re.IGNORECASE)
MANDATE_HEADING = re.compile(r"^(?P<word>Resolution|Decision|Resolución|Decisión|Résolution|Décision|"
                             r"Резолюция|Решение)\s+(?P<s>\d{1,3})/(?P<n>\d{1,3})\.?\s*$", re.IGNORECASE)


@dataclass
class ListedMandate:
    kind: str  # resolution or decision
    session: int
    number: int
    title: str | None
    span: Span
    cut: bool = False


def _kind_word(word: str) -> str:
    return "resolution" if word.lower().startswith(("resol", "résol", "резол")) else "decision"


def mandate_lists(text: str, start: int, gaps: tuple[Gap, ...] = ()) -> list[ListedMandate]:
    """Lines "3/1. Review mechanism ... 3" (under a "Resolutions" or "Decisions" heading) and
    "Decision 1/1 Adoption of the rules of procedure ..." with their titles."""
    out: list[ListedMandate] = []
    kind: str | None = None
    for ln in lines(text, start):
        if not ln.text:
            continue
        m = _LIST_ENTRY.match(ln.text)
        if m:
            k = _kind_word(m["word"]) if m["word"] else kind
            if k is None:
                continue
            raw_title = m["title"]
            title = clean_title(raw_title)
            leader = bool(re.search(r"(?:\.{3,}|…)[\s\d/–-]*$", raw_title))
            cut = any(ln.start <= g.start < ln.end or (g.start >= ln.end and "\n" not in text[ln.end:g.start]
                                                      and not text[ln.end:g.start].strip()) for g in gaps)
            cut = cut and not (leader and not any(ln.start <= g.start < ln.end for g in gaps))
            title_value = None if cut or not title or len(title) < 3 else title
            out.append(ListedMandate(k, int(m["s"]), int(m["n"]), title_value, ln, cut))
            continue
        if len(ln.text) >= 200:  # a heading is short (a long line is not searched for one)
            continue
        has_res = bool(_RESOLUTIONS.search(ln.text))
        has_dec = bool(_DECISIONS.search(ln.text))
        if (has_res or has_dec) and not re.match(r"^\d", ln.text):
            if has_res and not has_dec:
                kind = "resolution"
            elif has_dec and not has_res:
                kind = "decision"
            else:
                kind = None
    return out


def mandate_texts(text: str, start: int, listed: list[ListedMandate]) -> list[tuple[str, int, int, Span, int, int]]:
    """The texts of resolutions and decisions: (kind, session, number, heading, text start, text end).

    A text begins at a heading "Decision 1/1" (its title on the next line) or at a line that
    repeats the title of a listed mandate, and runs to the next such heading.
    """
    titles = {fold(m.title).lower(): m for m in listed if m.title}
    heads: list[tuple[str, int, int, Span, int]] = []
    all_lines = [ln for ln in lines(text, start) if ln.text]
    listed_spans = {m.span.start for m in listed}
    for idx, ln in enumerate(all_lines):
        if ln.start in listed_spans:
            continue
        m = MANDATE_HEADING.match(ln.text)
        if m:
            body_start = ln.end
            if idx + 1 < len(all_lines) and not re.match(r"^The\s", all_lines[idx + 1].text):
                body_start = all_lines[idx + 1].end
            heads.append((_kind_word(m["word"]), int(m["s"]), int(m["n"]), ln, body_start))
            continue
        key = fold(ln.text).lower() if titles else ""
        if key in titles and idx + 1 < len(all_lines):
            lm = titles[key]
            if heads and heads[-1][1:3] == (lm.session, lm.number) and heads[-1][4] == ln.end:
                continue  # the title line under its "Decision 1/1" heading
            heads.append((lm.kind, lm.session, lm.number, ln, ln.end))
    out = []
    for i, (kind, s, n, head, body_start) in enumerate(heads):
        stop = heads[i + 1][3].start if i + 1 < len(heads) else len(text)
        out.append((kind, s, n, head, body_start, stop))
    return out
