"""Document structure shared by UN documents: the cover, the parts of a provisional agenda (item
list, annotations, documentation lists, organization of work or programme), numbered paragraphs
and headings, footnotes, and lists of resolutions and decisions with their titles.

Everything here works on the cleaned text (same offsets as the source) and returns spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mandategraph.ingest import dates
from mandategraph.ingest.citations import ORDINAL, ordinal
from mandategraph.ingest.registry import Registry
from mandategraph.ingest.symbols import Symbol, find_symbols, is_symbol
from mandategraph.ingest.text import Gap, Span, fold

LANGUAGES = {"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar",
             "chinese": "zh", "inglés": "en", "ingles": "en", "español": "es", "francés": "fr",
             "ruso": "ru", "árabe": "ar", "chino": "zh", "anglais": "en", "espagnol": "es",
             "français": "fr", "russe": "ru", "arabe": "ar", "chinois": "zh", "английский": "en",
             "русский": "ru", "испанский": "es", "французский": "fr", "английском": "en",
             "français.": "fr"}

_LINES = re.compile(r"[^\n]*\n?")


def lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The lines of ``text`` (stripped), with offsets; only those within [start, end)."""
    out = []
    pos = 0
    stop = len(text) if end is None else end
    for m in _LINES.finditer(text):
        if not m.group(0):
            break
        raw = m.group(0).rstrip("\n")
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        span = Span(pos + lead, pos + lead + len(stripped), stripped)
        pos = m.end()
        if span.start < start and span.text:
            continue
        if span.start >= stop:
            break
        out.append(span)
    return out


def clean_title(title: str) -> str:
    """A title exactly as printed, without its trailing list punctuation and page references."""
    t = re.sub(r"\s+([,;:])", r"\1", fold(title))
    t = re.sub(r"\s*\.{2,}[\s.\d/,–-]*$", "", t)  # dot leaders and page numbers of a contents line
    t = re.sub(r"\s*…+\s*[\d\s/,–-]*$", "", t)
    return re.sub(r"[\s.;:,]+$", "", t).strip()


def with_gaps(text: str, start: int, end: int, gaps: tuple[Gap, ...]) -> str:
    """``text[start:end]`` with "…" where an editor marked something missing inside it."""
    out = text[start:end]
    for g in sorted(gaps, key=lambda g: -g.start):
        if start <= g.start < end:
            a, b = g.start - start, min(g.end, end) - start
            out = out[:a] + "…" + " " * max(0, b - a - 1) + out[b:]
    return re.sub(r"\s+…", " …", out)


def near_gap(gaps: tuple[Gap, ...], end: int, text: str) -> bool:
    """True when an editor's gap marker follows ``end`` with only white space between."""
    return any(g.start >= end and not text[end:g.start].strip() for g in gaps)


# ------------------------------------------------------------------------------------ cover

_UN = re.compile(r"^(?:United\s+Nations|Naciones\s+Unidas|Nations\s+Unies|Организация\s+Объединенных\s+Наций|"
                 r"الأمم المتحدة|联合国)\b", re.IGNORECASE)
_DISTR = re.compile(r"^(?:Distr\.?|Distribución|Distribution)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_ORIGINAL = re.compile(r"\b(?:Original|Оригинал)\s*:\s*(?P<lang>[^\W\d_]+)", re.IGNORECASE)
_VERSION = re.compile(r"^(?:English|Spanish|French|Russian|Arabic|Chinese|Español|Français|Русский|"
                      r"Inglés|Anglais|Английский)$|^(?:(?:English|Spanish|French|Russian|Arabic|Chinese)"
                      r"(?:,\s*|\s+and\s+))*(?:English|Spanish|French|Russian|Arabic|Chinese)\s+only$", re.IGNORECASE)
_STATUS = re.compile(r"^(?:(?:draft|advance)\s+)*(?:unedited\s+version|advance\s+copy|draft)$|^for participants only$",
                     re.IGNORECASE)
_SESSION_LINE = re.compile(
    r"^(?:(?:resumed|special|regular|reconvened)\s+)?(?P<ord>" + ORDINAL + r")\s+(?:(?:regular|special|"
    r"resumed|intersessional)\s+)?(?P<kind>session|meeting)(?:\s*\(.*\))?$"
    r"|^(?P<kind2>Session|Meeting)\s+(?P<num>\d{1,3})$"
    r"|^(?P<local>[\w-]+)\s+(?:(?:período\s+(?:extraordinario\s+)?de\s+sesiones|sesión|reunión)|"
    r"(?:session|réunion)(?:\s+extraordinaire)?|(?:сессия|совещание|заседание))$", re.IGNORECASE)
_ITEM_HEAD = [
    re.compile(r"^Items?\s+(?P<list>\d{1,2}(?:\s*\([a-z]\))?(?:\s*(?:,|and|to)\s*(?:\d{1,2})?\s*(?:\([a-z]\))?)*)"
               r"\s+of\s+the\s+(?:provisional\s+|annotated\s+)*agenda\b", re.IGNORECASE),
    re.compile(r"^Temas?\s+(?P<list>\d{1,2}(?:\s*\([a-z]\))?(?:\s*(?:,|y|a)\s*(?:\d{1,2})?\s*(?:\([a-z]\))?)*)"
               r"\s+del\s+programa\b", re.IGNORECASE),
    re.compile(r"^Points?\s+(?P<list>\d{1,2}(?:\s*\([a-z]\))?(?:\s*(?:,|et|à)\s*(?:\d{1,2})?\s*(?:\([a-z]\))?)*)"
               r"\s+de\s+l[’']ordre\s+du\s+jour\b", re.IGNORECASE),
    re.compile(r"^Пункт\w*\s+(?P<list>\d{1,2}(?:\s*\([а-яa-z]\))?(?:\s*(?:,|и)\s*(?:\d{1,2})?\s*(?:\([а-яa-z]\))?)*)"
               r"\s+(?:предварительной\s+)?повестки\s+дня", re.IGNORECASE),
    re.compile(r"^临时议程项目\s*(?P<list>\d{1,2}(?:\s*\([a-z]\))?)"),
]
_BODY_LINE = re.compile(
    r"^(?!(?:Report|Note|Provisional|Annotated|Draft|Item|Activities|Implementation|Review|Proposals?|Background|"
    r"Informe|Nota|Rapport|Доклад)\b)(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Conference|Committee|Commission|Working\s+Group|Group\s+of\s+(?:Government\s+)?Experts|Expert\s+Group|"
    r"Implementation\s+Review\s+Group|Council|Assembly|Board|Bureau|Subcommittee|Sub-Commission|Forum|Panel|"
    r"Meeting\s+of|Congress|Conferencia|Comité|Comisión|Grupo\s+de\s+[Tt]rabajo|Consejo|Conférence|Commission|"
    r"Groupe\s+de\s+travail|Conseil|Конференция|Комитет|Комиссия|Рабочая\s+группа|Совет|Группа)\b")
_TREATY_LINE = re.compile(r"^(?:International\s+|United\s+Nations\s+)?(?:Convention|Covenant|Protocol)\b")
_NAV = re.compile(r"(?:Arabic|Chinese|English|French|Russian|Spanish)\b.*\b(?:Arabic|Chinese|English|French|"
                  r"Russian|Spanish)\b.*\b(?:Arabic|Chinese|English|French|Russian|Spanish)\b|\(PDF\)")
_KIND_LINE = re.compile(
    r"^(?:(?:Note|Report|Background\s+paper|Conference\s+room\s+paper|Working\s+paper|Information\s+paper|"
    r"Memorandum|Statement|Compilation|Summary)\b.{0,80}\b(?:by|of|prepared\s+by|submitted\s+by|from)\s+the\s+"
    r"(?:Secretariat|Secretary-General|Chair\w*|President|Bureau|Rapporteur|Executive\s+Director)\b.*"
    r"|Note\s+by\s+the\s+\w+.*|Background\s+paper.*|Conference\s+room\s+paper.*|Addendum|Corrigendum"
    r"|Nota\s+de\s+la\s+Secretar[ií]a.*|Informe\s+de\s+la\s+Secretar[ií]a.*|Documento\s+de\s+antecedentes.*"
    r"|Note\s+du\s+Secr[ée]tariat.*|Rapport\s+du\s+Secr[ée]tariat.*|Document\s+d[’']information.*"
    r"|Записка\s+Секретариата.*|Доклад\s+Секретариата.*|Справочный\s+документ.*)$", re.IGNORECASE)
AGENDA_TITLE = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:(?:provisional\s+(?:annotated\s+)?agenda|annotated\s+provisional\s+agenda|"
    r"provisional\s+annotated\s+agenda)(?:\s*(?:,|and)\s*(?:annotations|programme\s+of\s+work|"
    r"(?:proposed\s+)?organization\s+of\s+work|(?:annotations\s+and\s+)?(?:proposed\s+)?timetable))*"
    r"(?:\s+(?:for|of)\s+the\s+.{3,120})?"
    r"|agenda|programa\s+provisional(?:\s+(?:anotado|y\s+anotaciones))?.*|ordre\s+du\s+jour\s+provisoire.*"
    r"|предварительная\s+повестка\s+дня.*)\s*$", re.IGNORECASE)
_STRUCTURAL = re.compile(
    r"^(?:[IVXL]+\.\s+\S|\d{1,3}\.\s+\S.*[.:;]$|Contents\b|Índice\b|Table\s+des\s+matières|Содержание|"
    r"Annotations?\b|Anotaciones|Аннотации|Annex(?:es)?\b|Anexo|Приложение|Documentation\b|"
    r"(?:Resolution|Decision|Résolution|Décision|Resolución|Decisión)\s+\d+/\d+|"
    r"The\s+(?:Conference|Commission|Committee|General\s+Assembly|Council|Working\s+Group)\b.*[,:]$|"
    r"At\s+its\s+\w+.*session|Programme\b.*\(.*\|)", re.IGNORECASE)
_HELD = re.compile(r"\b(?:held|celebrad[oa]s?|tenue?s?|проходивше\w+)\s+(?:in|at|en|à|в)\s+"
                   r"(?P<venue>[A-ZА-Я][\w.'’-]*(?:\s+(?:el-)?[A-Za-zА-Яа-я][\w.'’-]*){0,3}?)"
                   r"(?=\s*,|\s+(?:from|on|del|el|du|le|с)\b)")
_ITS_SESSION = re.compile(r"\b(?:on|at)\s+its\s+(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting)\b",
                          re.IGNORECASE)


@dataclass
class ItemRef:
    """The heading "Item N of the provisional agenda" of a paper, with the item's printed title."""

    notations: list[str]
    heading: Span
    title: Span | None
    cut: bool = False


@dataclass
class Cover:
    symbol: Symbol | None = None
    symbol_span: tuple[int, int] | None = None
    distribution_date: date | None = None
    original_language: str | None = None
    version_language: str | None = None
    venue: str | None = None
    dates: dates.DateRange | None = None
    session_number: int | None = None
    session_word: str | None = None  # "session" or "meeting"
    title: Span | None = None
    title_kind: str | None = None
    subtitles: list[Span] = field(default_factory=list)
    kind_lines: list[Span] = field(default_factory=list)
    lines: list[Span] = field(default_factory=list)  # cover lines before the title
    body_lines: list[Span] = field(default_factory=list)
    parent_lines: list[Span] = field(default_factory=list)
    treaty_lines: list[Span] = field(default_factory=list)
    item: ItemRef | None = None
    status: list[str] = field(default_factory=list)
    end: int = 0  # where the document's own text begins

    @property
    def is_agenda(self) -> bool:
        return bool(self.title and AGENDA_TITLE.match(self.title.text))


def item_notations(raw: str) -> list[str]:
    """"2 (b)" -> ["2 (b)"]; "4 (a) and (b)" -> ["4 (a)", "4 (b)"]; "2 and 3" -> ["2", "3"]."""
    out: list[str] = []
    number = None
    for m in re.finditer(r"(?P<n>\d{1,2})?\s*(?:\((?P<l>[a-zа-я])\))?", raw):
        if not m.group(0).strip():
            continue
        if m["n"]:
            number = m["n"]
            if not m["l"]:
                out.append(number)
        if m["l"] and number:
            out.append(f"{number} ({m['l']})")
    return out


def _venue_dates(line: str) -> tuple[str | None, dates.DateRange] | None:
    """"St. Petersburg, Russian Federation, 2-6 November 2015" -> ("St. Petersburg", range)."""
    if len(line) > 120:
        return None
    found = dates.find_ranges(line)
    if len(found) != 1:
        return None
    r = found[0]
    before = line[: r.span[0]].strip().rstrip(",").strip()
    after = line[r.span[1]:].strip(" ,.")
    if after and not re.fullmatch(r"(?:года|г\.)?", after):
        return None
    if before and (len(before.split()) > 6 or re.search(r"\d", before)):
        return None
    if before and not re.match(r"^[A-ZА-Я]", before):
        return None
    venue = before.split(",")[0].strip() if before else None
    return venue, r


def parse_cover(text: str, registry: Registry | None = None, limit: int = 60) -> Cover:
    """Read the cover: symbol, Distr. date, original language, bodies, session, venue and dates,
    "Item N of the provisional agenda" with the item's title, the title and its kind lines."""
    cover = Cover()
    all_lines = [ln for ln in lines(text) if ln.text][:limit]
    distr_at = next((i for i, ln in enumerate(all_lines[:20]) if _DISTR.match(ln.text)), None)
    i = 0
    title_lines: list[Span] = []
    while i < len(all_lines):
        line = all_lines[i]
        t = line.text
        before_distr = distr_at is not None and i < distr_at
        if cover.title is None and not title_lines:
            consumed = _cover_line(cover, all_lines, i, registry, before_distr, text)
            if consumed:
                i += consumed
                continue
            if _NAV.search(t) and len(t) < 120:
                i += 1
                continue
            if _structural(t, cover):
                cover.end = line.start
                break
            title_lines.append(line)
            i += 1
            continue
        if cover.title is None:
            prev = title_lines[-1]
            if "\n" not in text[prev.end:line.start].replace("\n", "", 1) and not _is_meta(t, registry) \
                    and not _KIND_LINE.match(t) and not _structural(t, cover) \
                    and not AGENDA_TITLE.match(fold(" ".join(x.text for x in title_lines))) \
                    and not re.match(r"^(?:To\s+be\s+held|Held|\(|\*)", t):
                title_lines.append(line)
                i += 1
                continue
            cover.title = Span(title_lines[0].start, title_lines[-1].end,
                               text[title_lines[0].start:title_lines[-1].end])
            continue
        # after the title: kind lines, cover lines printed late, short subtitles, until the text begins
        if _is_meta(t, registry) and not AGENDA_TITLE.match(t):
            consumed = _cover_line(cover, all_lines, i, registry, False, text)
            if consumed:
                i += consumed
                continue
        if _KIND_LINE.match(t):
            cover.kind_lines.append(line)
            i += 1
            continue
        if _structural(t, cover) or len(t) > 250 or (t.endswith(".") and len(t.split()) > 12) or t.startswith("*") \
                or AGENDA_TITLE.match(t) or "|" in t or "\t" in text[line.start:line.end]:
            cover.end = line.start
            break
        if len(cover.subtitles) < 3 and not re.match(r"^\d", t):
            cover.subtitles.append(line)
            i += 1
            continue
        cover.end = line.start
        break
    else:
        if title_lines and cover.title is None:
            cover.title = Span(title_lines[0].start, title_lines[-1].end,
                               text[title_lines[0].start:title_lines[-1].end])
        cover.end = all_lines[i - 1].end if i and all_lines else 0
    if cover.title is None and title_lines:
        cover.title = Span(title_lines[0].start, title_lines[-1].end,
                           text[title_lines[0].start:title_lines[-1].end])
    if cover.end == 0 and cover.title is not None:
        cover.end = max([cover.title.end] + [s.end for s in cover.kind_lines + cover.subtitles])
    _from_title(cover)
    return cover


def _cover_line(cover: Cover, all_lines: list[Span], i: int, registry: Registry | None,
                before_distr: bool, text: str) -> int:
    """Read one cover line into ``cover``; return how many lines it took (0: not a cover line)."""
    line = all_lines[i]
    t = line.text
    if cover.symbol is None and i < 20:
        sym = _cover_symbol(t)
        if sym is not None:
            s, (a, b) = sym
            cover.symbol, cover.symbol_span = s, (line.start + a, line.start + b)
            cover.lines.append(line)
            m = _DISTR.search(t[b:].strip())
            if not m:
                return 1
    if _UN.match(t) and len(t) < 60:
        cover.lines.append(line)
        return 1
    m = _DISTR.match(t) or (_DISTR.search(t) if "Distr" in t and len(t) < 80 else None)
    if m:
        cover.lines.append(line)
        taken = 1
        window = " ".join(x.text for x in all_lines[i:i + 3])
        r = dates.first_range(window)
        if r:
            cover.distribution_date = r.start
        o = _ORIGINAL.search(t)
        if o:
            cover.original_language = LANGUAGES.get(o["lang"].lower())
        if i + 1 < len(all_lines) and dates.first_range(all_lines[i + 1].text) and \
                len(all_lines[i + 1].text) < 40:
            taken = 2
        return taken
    o = _ORIGINAL.search(t)
    if o and len(t) < 60:
        cover.original_language = LANGUAGES.get(o["lang"].lower())
        cover.lines.append(line)
        return 1
    if _VERSION.match(t):
        cover.version_language = LANGUAGES.get(t.lower())
        cover.lines.append(line)
        return 1
    if _STATUS.match(t):
        cover.status.append(t)
        cover.lines.append(line)
        return 1
    m = _SESSION_LINE.match(t)
    if m:
        if m["ord"]:
            cover.session_number = ordinal(m["ord"])
        elif m["num"]:
            cover.session_number = int(m["num"])
        else:
            cover.session_number = ordinal(m["local"])
        cover.session_word = (m["kind"] or m["kind2"] or "session").lower()
        cover.lines.append(line)
        return 1
    vd = _venue_dates(t)
    if vd and cover.dates is None:
        venue, rng = vd
        if venue is None and rng.start == rng.end and cover.distribution_date is None and \
                cover.session_number is None and not cover.body_lines:
            cover.distribution_date = rng.start  # a conference room paper's date, printed without "Distr."
        else:
            cover.venue, cover.dates = vd
        cover.lines.append(line)
        return 1
    for head in _ITEM_HEAD:
        m = head.match(t)
        if m:
            notations = item_notations(m["list"])
            if not notations:
                return 0
            block = [all_lines[i]]
            j = i + 1
            while j < len(all_lines) and not re.search(r"\n[ \t]*\n", text[block[-1].end:all_lines[j].start]) \
                    and not _KIND_LINE.match(all_lines[j].text):
                block.append(all_lines[j])
                j += 1
            title = None
            if len(block) > 1:
                title = Span(block[1].start, block[-1].end, text[block[1].start:block[-1].end])
            cover.item = ItemRef(notations, line, title)
            cover.lines.append(line)
            return len(block)
    if len(t) < 200 and not t.endswith("."):
        if registry is not None and registry.body_is_named(t):
            cover.body_lines.append(line)
            cover.lines.append(line)
            return 1
        if t in ("General Assembly", "Economic and Social Council", "Security Council", "Human Rights Council"):
            cover.parent_lines.append(line)
            cover.lines.append(line)
            return 1
        if _TREATY_LINE.match(t) and before_distr or (_TREATY_LINE.match(t) and not _BODY_LINE.match(t)
                                                       and cover.title is None and len(t) > 30
                                                       and "Parties" not in t[:40]):
            cover.treaty_lines.append(line)
            cover.lines.append(line)
            return 1
        if _BODY_LINE.match(t) and not re.search(r"\b(?:report|informe|rapport)\b", t, re.I):
            cover.body_lines.append(line)
            cover.lines.append(line)
            return 1
        if before_distr:
            cover.lines.append(line)
            return 1
    return 0


def _cover_symbol(t: str) -> tuple[Symbol, tuple[int, int]] | None:
    """The document symbol on a cover line: alone, or after "United Nations", or before "Distr."."""
    if len(t) > 90:
        return None
    for s, (a, b) in find_symbols(t):
        rest = (t[:a] + " " + t[b:]).strip()
        if not rest or _UN.fullmatch(rest) or _UN.match(rest) and len(rest) < 45 \
                or re.match(r"^(?:Distr|Original)", t[b:].strip(), re.I):
            return s, (a, b)
    return None


def _is_meta(t: str, registry: Registry | None) -> bool:
    return bool(_DISTR.match(t) or _ORIGINAL.search(t) and len(t) < 60 or _SESSION_LINE.match(t)
                or _venue_dates(t) or any(h.match(t) for h in _ITEM_HEAD) or _VERSION.match(t)
                or (_BODY_LINE.match(t) and len(t) < 150 and not t.endswith("."))
                or (registry is not None and registry.body_is_named(t)))


def _structural(t: str, cover: Cover) -> bool:
    if _STRUCTURAL.match(t):
        return True
    if len(t) > 300:
        return True
    if t.endswith(".") and len(t.split()) > 14 and not re.match(r"^(?:Report|Informe|Rapport)\b", t):
        return True
    return bool(re.match(r"^\d{1,2}\.\s+\S", t) and cover.title is not None)


def _from_title(cover: Cover) -> None:
    """Session, venue and dates printed in a title ("Report ... on its fourth session, held in
    Vienna from 8 to 17 October 2008")."""
    if cover.title is None:
        return
    t = fold(cover.title.text)
    if cover.session_number is None:
        m = _ITS_SESSION.search(t)
        if m:
            cover.session_number = ordinal(m["ord"])
            cover.session_word = m["kind"].lower()
        else:
            m = re.search(r"\b(?P<ord>" + ORDINAL + r")\s+(?P<kind>session|meeting)\b", t, re.IGNORECASE)
            if m and re.search(r"\b(?:programme|agenda|report)\b", t, re.IGNORECASE):
                cover.session_number = ordinal(m["ord"])
                cover.session_word = m["kind"].lower()
    if cover.dates is None:
        found = dates.find_ranges(t)
        if found:
            cover.dates = found[0]
            v = _HELD.search(t)
            if v:
                cover.venue = v["venue"].strip()
            else:
                m = re.search(r",\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$", t)
                if m and t.find(m.group(0)) > 0:
                    cover.venue = m.group(1)


def session_from_prose(text: str, start: int, limit: int = 3000) -> int | None:
    """"The Ad Hoc Committee at its third session will ..." in the first paragraphs."""
    m = _ITS_SESSION.search(text, start, start + limit)
    return ordinal(m["ord"]) if m else None


def footnotes(text: str, start: int = 0) -> list[Span]:
    """Footnote lines marked with stars ("* CTOC/COP/WG.4/2010/1.")."""
    return [ln for ln in lines(text, start) if re.match(r"^\*{1,3}\s*\S", ln.text)]


def agenda_footnote(text: str, start: int = 0) -> tuple[str, Span] | None:
    """The footnote that names the agenda of an "Item N of the provisional agenda*" heading."""
    for ln in footnotes(text, start):
        m = re.match(r"^\*\s*(?P<sym>\S+?)\.?\s*$", ln.text)
        if m and is_symbol(m["sym"]):
            return m["sym"], ln
    return None


# ------------------------------------------------------------------------------------ agenda list

_ITEM = re.compile(r"^(?:(?:Item|Tema|Point|Пункт)\s+)?(?P<num>\d{1,2})\s*[.:)]\s+(?P<title>\S.*)$",
                   re.IGNORECASE)
_SUBITEM = re.compile(r"^[-–•·]?\s*(?:\((?P<letter>[a-z])\)|(?P<letter2>[a-z])\))\s+(?P<title>\S.*)$")
AGENDA_ANCHOR = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:provisional\s+(?:annotated\s+)?agenda|annotated\s+provisional\s+agenda|agenda|"
    r"provisional\s+annotated\s+agenda.*|programa\s+provisional.*|ordre\s+du\s+jour\s+provisoire.*|"
    r"предварительная\s+повестка\s+дня.*|provisional\s+agenda\s+and\s+.*)\s*:?\s*$", re.IGNORECASE)
_ANNOTATIONS = re.compile(
    r"^(?:[IVX]+\.\s+)?(?:annotations|annotated\s+agenda|anotaciones|аннотации)"
    r"(?:\s+(?:to|on)\s+the\s+(?:provisional\s+)?agenda|\s+al\s+programa\s+provisional|"
    r"\s+к\s+предварительной\s+повестке\s+дня)?\s*$", re.IGNORECASE)


@dataclass
class AgendaEntry:
    notation: str  # as printed: "1", "1 (a)"
    number: str
    letter: str | None
    title: str
    span: Span
    order: int
    cut: bool = False


@dataclass
class Annotation:
    notation: str
    heading: Span
    text: Span | None
    documentation: list[tuple[str, str, Span]] = field(default_factory=list)  # (title, symbol, span)


def parse_agenda_items(text: str, after: int, gaps: tuple[Gap, ...] = ()) -> tuple[list[AgendaEntry], int]:
    """The numbered item list of an agenda; returns the entries and where the list ends.

    The list is the run of items numbered from 1 that follows an agenda heading ("Provisional
    agenda", "I. Provisional Agenda", the document's own title) or, failing that, the first such
    run of short, list-like entries after ``after``.
    """
    all_lines = lines(text, after)
    nonblank = [ln for ln in all_lines if ln.text]
    for idx, ln in enumerate(nonblank):
        if AGENDA_ANCHOR.match(ln.text) and idx + 1 < len(nonblank):
            m = _ITEM.match(nonblank[idx + 1].text)
            if m and m["num"] == "1":
                entries, end = _read_list(text, nonblank[idx + 1].start, gaps)
                if entries:
                    return entries, end
    for ln in nonblank:
        m = _ITEM.match(ln.text)
        if m and m["num"] == "1":
            entries, end = _read_list(text, ln.start, gaps)
            if len([e for e in entries if not e.letter]) >= 2 and _list_like(entries):
                return entries, end
    return [], after


def _list_like(entries: list[AgendaEntry]) -> bool:
    return all(len(e.title) < 260 and not re.search(r"[a-z]\.\s+[A-Z]", e.title) for e in entries)


def _read_list(text: str, start: int, gaps: tuple[Gap, ...]) -> tuple[list[AgendaEntry], int]:
    entries: list[AgendaEntry] = []
    current: str | None = None
    end = start
    order = 0
    raw_end: str = ""
    for line in lines(text, start):
        if not line.text:
            continue
        m = _ITEM.match(line.text)
        if m and not (entries and raw_end and not raw_end.endswith((".", ";", ":")) and
                      int(m["num"]) != int(entries[-1].number) + 1):
            if entries and int(m["num"]) != int(current or 0) + 1:
                break
            if not entries and m["num"] != "1":
                break
            current = m["num"]
            order += 1
            entries.append(AgendaEntry(current, current, None, clean_title(m["title"]), line, order))
            raw_end = m["title"].rstrip()
            end = line.end
            continue
        m = _SUBITEM.match(line.text)
        if m and current:
            letter = m["letter"] or m["letter2"]
            letters = [e.letter for e in entries if e.number == current and e.letter]
            expected = chr(ord(letters[-1]) + 1) if letters else "a"
            if letter != expected:
                break
            order += 1
            notation = f"{current} ({letter})"
            entries.append(AgendaEntry(notation, current, letter, clean_title(m["title"]), line, order))
            raw_end = m["title"].rstrip()
            end = line.end
            continue
        if entries and raw_end and not raw_end.endswith((".", ";", ":")) and len(line.text) < 200 \
                and not AGENDA_ANCHOR.match(line.text) and not _ANNOTATIONS.match(line.text):
            last = entries[-1]
            joined = text[last.span.start:line.end]
            title = clean_title(re.sub(r"^(?:[-–•·]?\s*\([a-z]\)|(?:Item\s+)?\d{1,2}\s*[.:)])\s+", "",
                                       fold(joined), flags=re.IGNORECASE))
            entries[-1] = AgendaEntry(last.notation, last.number, last.letter, title,
                                      Span(last.span.start, line.end, joined), last.order)
            raw_end = line.text.rstrip()
            end = line.end
            continue
        break
    for n, e in enumerate(entries):
        if near_gap(gaps, e.span.end, text) or (n == len(entries) - 1 and not e.span.text.rstrip().endswith(
                (".", ";", ":")) and _after_is_cut(text, e.span.end, gaps)):
            e.cut = True
    return entries, end


def _after_is_cut(text: str, end: int, gaps: tuple[Gap, ...]) -> bool:
    return not text[end:].strip() or near_gap(gaps, end, text)


def same_title(printed: str, title: str) -> bool:
    a, b = _key(printed), _key(title)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a))):
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(1, len(wa | wb)) >= 0.6


def _key(t: str) -> str:
    return re.sub(r"[^\w ]+", "", clean_title(t).lower()).strip()


def annotations_start(text: str, after: int) -> int:
    for ln in lines(text, after):
        if ln.text and _ANNOTATIONS.match(ln.text):
            return ln.end
    return after


_HEADING_LIKE = re.compile(r"^(?:(?:Item|Tema|Point|Пункт)\s+)?(?P<num>\d{1,2})\s*[.:)]\s+(?P<title>[^.]{2,150}?)\s*$",
                           re.IGNORECASE)


def parse_annotations(text: str, entries: list[AgendaEntry], after: int,
                      stop: int | None = None) -> list[Annotation]:
    """Annotation text under each item heading, with its Documentation list.

    With an item list, a heading is an item or sub-item line whose title matches the listed one;
    without one (a fragment), any short numbered heading line is taken as an item's heading.
    """
    notations = {e.notation for e in entries}
    titles = {e.notation: e.title for e in entries}
    headings: list[tuple[str, Span]] = []
    current_number: str | None = None
    end = stop if stop is not None else len(text)
    body_lines = [ln for ln in lines(text, after, end) if ln.text]
    for line in body_lines:
        m = _ITEM.match(line.text)
        if m and entries and m["num"] in notations and same_title(m["title"], titles[m["num"]]):
            current_number = m["num"]
            headings.append((m["num"], line))
            continue
        if m and not entries:
            h = _HEADING_LIKE.match(line.text)
            if h and not re.search(r"[.;]$", line.text):
                current_number = m["num"]
                headings.append((m["num"], line))
                continue
        m = _SUBITEM.match(line.text)
        if m and current_number:
            notation = f"{current_number} ({m['letter'] or m['letter2']})"
            if (notation in notations and same_title(m["title"], titles[notation])) or (
                    not entries and not line.text.endswith((".", ";"))):
                headings.append((notation, line))
    annotations = []
    for i, (notation, heading) in enumerate(headings):
        nxt = headings[i + 1][1].start if i + 1 < len(headings) else end
        stop_at = min(nxt, annex_start(text, heading.end, nxt))
        block = text[heading.end:stop_at]
        annotations.append(_annotation(notation, heading, block, heading.end))
    return annotations


def annex_start(text: str, after: int, limit: int | None = None) -> int:
    pattern = re.compile(r"^[ \t]*(?:Annex(?:es)?(?:\s+[IVX]+)?|(?:Proposed\s+)?organization\s+of\s+work|"
                         r"Programme\s+of\s+work|Proposed\s+timetable|Timetable)\s*$", re.M | re.I)
    m = pattern.search(text, after, limit if limit is not None else len(text))
    return m.start() if m else (limit if limit is not None else len(text))


_DOC_HEADING = re.compile(r"^\s*(?:Documentation|Documentación|Documentation\s*:|Документация)\s*:?\s*$",
                          re.M | re.I)
_DOC_LINE = re.compile(r"^(?P<title>.*?)\s*\(\s*(?P<sym>[A-Z][^()\s]*?/[^()\s]*?)\s*\)\s*[.;]?\s*$")


def _annotation(notation: str, heading: Span, block: str, offset: int) -> Annotation:
    doc_at = _DOC_HEADING.search(block)
    prose = block[: doc_at.start()] if doc_at else block
    stripped = prose.strip()
    span = None
    if stripped:
        lead = len(prose) - len(prose.lstrip())
        span = Span(offset + lead, offset + lead + len(stripped), stripped)
    ann = Annotation(notation, heading, span)
    if doc_at:
        previous: Span | None = None  # a title printed on the line above its symbol
        for line in lines(block[doc_at.end():]):
            if not line.text:
                continue
            found = find_symbols(line.text)
            for sym, _ in found:
                title = clean_title(re.sub(r"\(\s*" + re.escape(sym.text) + r"\s*\)", "", line.text)
                                    .replace(sym.text, ""))
                start = line.start
                if not title and previous is not None:
                    title, start = clean_title(previous.text), previous.start
                ann.documentation.append((title, sym.text,
                                          Span(offset + doc_at.end() + start,
                                               offset + doc_at.end() + line.end,
                                               block[doc_at.end() + start:doc_at.end() + line.end])))
            previous = None if found else line
    elif span is not None:
        # a documentation line without a heading: "Title of the document (SYMBOL)" on a line of its own
        for line in lines(block):
            m = _DOC_LINE.match(line.text)
            if m and is_symbol(m["sym"]) and len(line.text) < 300 and not line.text.endswith(
                    ("." + ")", ").")) and m["title"] and not re.search(r"[.;]\s", m["title"]):
                ann.documentation.append((clean_title(m["title"]), m["sym"],
                                          Span(offset + line.start, offset + line.end, line.text)))
    return ann


# ------------------------------------------------------------------------------------ schedule

_DAY_ROW = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+\w+")
_NOTATION = re.compile(r"^(?:Item\s+)?\d{1,2}(?:\s*\([a-z]\))?\.?$", re.IGNORECASE)
_TABLE_START = re.compile(r"(?:organization\s+of\s+work|programme\s+of\s+work|^\s*programme\b|timetable|"
                          r"^\s*date\s*(?:and|/)\s*time\b)", re.IGNORECASE | re.MULTILINE)
_CELL_ITEM = re.compile(r"\bItem\s+(?P<n>\d{1,2}(?:\s*\([a-z]\))?)\s*[.:]\s*(?P<title>[^;|]+)", re.IGNORECASE)


@dataclass
class Slot:
    day: date
    start: str
    end: str
    notations: list[str]
    span: Span


@dataclass
class TableItem:
    notation: str
    title: str
    span: Span
    cut: bool = False


def parse_organization_of_work(text: str, year: int, after: int = 0,
                               gaps: tuple[Gap, ...] = ()) -> tuple[list[Slot], list[TableItem]]:
    """Rows of an organization-of-work table or programme: a day row, then time / item / title cells.

    Returns the slots and the items the table names with their titles (for texts without an item
    list, such as a programme or a fragment).
    """
    start = _TABLE_START.search(text, after)
    if not start:
        return [], []
    base = start.start()
    slots: list[Slot] = []
    table_items: dict[str, TableItem] = {}
    day = None
    current: Slot | None = None
    for m in re.finditer(r"[^\n]+", text[base:]):
        raw = m.group(0)
        span = Span(base + m.start(), base + m.end(), raw.strip())
        line = raw.lstrip(" ")
        separator = r"\t|[ ]*\|[ ]*" if ("\t" in line or "|" in line) else r" {3,}"
        cells = [c.strip() for c in re.split(separator, line)]
        first = next((c for c in cells if c), "")
        if _DAY_ROW.match(first):
            day = dates.day_in_year(first, year)
            current = None
            continue
        if day is None:
            continue
        time = dates.time_span(cells[0]) if cells and cells[0] else None
        if time is None and len(cells) > 1 and not cells[0]:
            time = None
        if time:
            current = Slot(day, time[0], time[1], [], span)
            slots.append(current)
        if current is None:
            continue
        found: list[tuple[str, str | None, int, int]] = []
        for idx, c in enumerate(cells[1:], start=1):
            if _NOTATION.match(c):
                title = cells[idx + 1] if idx + 1 < len(cells) else None
                found.append((re.sub(r"^item\s+", "", c.rstrip("."), flags=re.I), title, 0, 0))
                break
            for im in _CELL_ITEM.finditer(c):
                cstart = raw.find(c)
                found.append((im["n"], im["title"], cstart + im.start("title"), cstart + im.end("title")))
            if found:
                break
        for notation, title, a, b in found:
            key = re.sub(r"\s*\(", " (", re.sub(r"\s+", " ", notation)).strip()
            if key not in current.notations:
                current.notations.append(key)
            if title:
                at = span.start + (a if b else raw.find(title))
                title = with_gaps(text, at, at + len(title), gaps)
                clean = re.sub(r"\s*\((?:continued|cont\.?)\)\s*$", "", clean_title(title), flags=re.I)
                clean = clean_title(clean)
                if clean and key not in table_items:
                    s = span.start + (a if b else raw.find(title))
                    e = span.start + (b if b else raw.find(title) + len(title))
                    cut = any(g.start >= e and not text[e:g.start].strip() and "\n" not in text[e:g.start]
                              for g in gaps)
                    table_items[key] = TableItem(key, clean, Span(s, e, text[s:e]), cut)
    return slots, list(table_items.values())


# ------------------------------------------------------------------------------------ paragraphs

_MARKER = re.compile(r"^(?P<marker>\d{1,3}\.|\([a-z]{1,3}\)|\([ivx]{1,5}\)|[IVXL]{1,5}\.|[A-Z]\.)\s+(?=\S)")
_ROMAN = re.compile(r"^(?P<n>[IVXL]{1,5})\.\s+(?P<title>.{1,250})$")
_LETTER = re.compile(r"^(?P<n>[A-Z])\.\s+(?P<title>.{1,250})$")


@dataclass
class Para:
    """A paragraph of running text: numbered ("12"), lettered ("(a)"), a heading, or plain prose."""

    kind: str  # numbered, lettered, heading, prose, footnote, table
    number: str | None
    span: Span  # the whole paragraph, marker included
    body: Span  # the paragraph without its marker
    section: str | None = None  # the heading it stands under ("II. Recommendations adopted ...")
    subsection: str | None = None


def paragraphs(text: str, start: int, end: int | None = None,
               skip: list[tuple[int, int]] | None = None, gaps: tuple[Gap, ...] = ()) -> list[Para]:
    """The paragraphs of ``text[start:end]``, in order, with the headings they stand under.

    A paragraph cut by a page break (debris blanked in between) is joined again when the first part
    ends without closing punctuation and the next begins in lower case.
    """
    stop = len(text) if end is None else end
    skip = skip or []
    blocks: list[list[Span]] = []
    current: list[Span] = []
    for ln in lines(text, start, stop):
        if any(a <= ln.start < b for a, b in skip):
            if current:
                blocks.append(current)
                current = []
            continue
        if not ln.text:
            if current:
                blocks.append(current)
                current = []
            continue
        if current and (_MARKER.match(ln.text) or re.match(r"^\*{1,3}\s", ln.text)):
            blocks.append(current)
            current = []
        current.append(ln)
    if current:
        blocks.append(current)
    merged: list[list[Span]] = []
    for block in blocks:
        if merged:
            prev_text = merged[-1][-1].text
            first = block[0].text
            if not re.search(r"[.;:!?)\]”\"]$", prev_text) and first[:1].islower() and not _MARKER.match(first):
                merged[-1].extend(block)
                continue
        merged.append(block)
    out: list[Para] = []
    section = subsection = None
    for block in merged:
        s, e = block[0].start, block[-1].end
        whole = Span(s, e, text[s:e])
        first = block[0].text
        if re.match(r"^\*{1,3}\s", first):
            out.append(Para("footnote", None, whole, whole, section, subsection))
            continue
        if "\t" in text[s:e] or first.count("|") >= 2:
            out.append(Para("table", None, whole, whole, section, subsection))
            continue
        m = _MARKER.match(first)
        single = len(block) == 1
        if m:
            marker = m["marker"]
            body = Span(s + m.end(), e, text[s + m.end():e])
            short = single and len(first) < 120 and len(first.split()) <= 12 and not re.search(r"[.;:,]$", first) \
                and not (gaps and near_gap(gaps, e, text))
            if re.fullmatch(r"[IVXL]{1,5}\.", marker) and single and _ROMAN.match(first):
                section = first
                subsection = None
                out.append(Para("heading", marker.rstrip("."), whole, body, section, None))
                continue
            if re.fullmatch(r"[A-Z]\.", marker) and single and _LETTER.match(first):
                subsection = first
                out.append(Para("heading", marker.rstrip("."), whole, body, section, subsection))
                continue
            if marker.endswith(".") and marker[:-1].isdigit():
                if short:
                    subsection = first
                    out.append(Para("heading", marker[:-1], whole, body, section, subsection))
                else:
                    out.append(Para("numbered", marker[:-1], whole, body, section, subsection))
                continue
            if marker.startswith("("):
                out.append(Para("lettered", marker, whole, body, section, subsection))
                continue
        if single and len(first) < 120 and not re.search(r"[.;:,]$", first) and first[:1].isupper():
            out.append(Para("heading", None, whole, whole, section, subsection))
            continue
        out.append(Para("prose", None, whole, whole, section, subsection))
    return out


def contents_region(text: str, start: int) -> tuple[int, int] | None:
    """The table of contents after the cover: from its heading to the first numbered paragraph,
    or to the heading that repeats its first entry."""
    m = re.search(r"^[ \t]*(?:Contents|Índice|Table\s+des\s+matières|Содержание)\b[^\n]*$", text[start:],
                  re.M | re.I)
    if not m:
        return None
    a = start + m.start()
    entries = [ln for ln in lines(text, start + m.end()) if ln.text]
    first = None
    for ln in entries:
        if re.match(r"^\*{1,3}\s", ln.text):
            continue
        if re.match(r"^\d{1,3}\.\s+\S", ln.text) and len(ln.text) > 60:
            return a, ln.start
        label = clean_title(re.sub(r"\s*(?:\.{2,}|…).*$", "", ln.text))
        if first is None:
            first = label
            continue
        if label and label == first and ln.text == label:
            return a, ln.start
    return a, len(text)


# ------------------------------------------------------------------------------------ mandate lists

_LIST_ENTRY = re.compile(
    r"^(?:(?P<word>Resolution|Decision|Resolución|Decisión|Résolution|Décision|Резолюция|Решение)\s+)?"
    r"(?P<s>\d{1,3})/(?P<n>\d{1,3})\.?\s+(?P<title>\S.*)$", re.IGNORECASE)
_KIND_HEADING = re.compile(r"\b(?P<res>resolutions?|resoluciones|résolutions?|резолюции)\b|"
                           r"\b(?P<dec>decisions?|decisiones|décisions?|решения)\b", re.IGNORECASE)
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
        h = _KIND_HEADING.search(ln.text)
        if h and len(ln.text) < 200 and not re.match(r"^\d", ln.text):
            has_res = bool(re.search(r"\b(?:resolutions?|resoluciones|résolutions?|резолюции)\b", ln.text, re.I))
            has_dec = bool(re.search(r"\b(?:decisions?|decisiones|décisions?|решения)\b", ln.text, re.I))
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
        key = fold(ln.text).lower()
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
