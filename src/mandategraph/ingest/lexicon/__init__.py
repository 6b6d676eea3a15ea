"""The words the ingester reads, one module per official UN language (en, es, fr, ru, ar, zh).

Each language module holds plain tables: ``MONTHS`` (twelve names in order) and ``MONTH_VARIANTS``,
``ORDINALS`` (word -> number), ``ACTIONS`` (verb as printed -> local name of its ``mg:Action``),
``KINDS`` (word -> kind of mandate or document; ``KIND_STEMS`` where the words inflect), ``BODIES``
(name as printed -> issuer slug). This module merges them for the readers; to teach the ingester a
word, add it to its language's table (see docs/ingest.md, "Adding a pattern or a word").
"""

from __future__ import annotations

import re
from types import ModuleType

from mandategraph.ingest.lexicon import ar, en, es, fr, ru, zh

LANGUAGES: dict[str, ModuleType] = {m.LANGUAGE: m for m in (en, es, fr, ru, ar, zh)}


def month_names(*codes: str) -> dict[str, int]:
    """The month names of the languages ``codes`` (all when none) -> their numbers."""
    names: dict[str, int] = {}
    for code in codes or tuple(LANGUAGES):
        module = LANGUAGES[code]
        for n, name in enumerate(module.MONTHS, start=1):
            names.setdefault(name, n)
        for name, n in module.MONTH_VARIANTS.items():
            names.setdefault(name, n)
    return names


MONTHS: dict[str, int] = month_names()
"""Every month name of every language -> its number."""

ORDINALS: dict[str, int] = dict(en.ORDINALS)
"""English ordinal words; the tens ("twenty-") combine with them (see ``ordinal``)."""

LOCAL_ORDINALS: dict[str, int] = {w: n for lang in (fr, es, ru) for w, n in lang.ORDINALS.items()}
"""Ordinal words of the session lines of French, Spanish and Russian covers."""

ACTIONS: dict[str, dict[str, str]] = {code: dict(m.ACTIONS) for code, m in LANGUAGES.items()}
"""Per language: the verb as printed (lower case) -> the local name of its mg:Action concept."""

ISSUERS: dict[str, str] = {name: slug for m in LANGUAGES.values() for name, slug in m.BODIES.items()}
"""A body as prose names it, in any language (lower case) -> the slug of the issuer."""

PLACES: dict[str, str] = {name.casefold(): english for m in LANGUAGES.values() for name, english in m.PLACES.items()}
"""A place where sessions meet, as any language prints it (case folded) -> its English name."""


def same_place(printed: str, venue: str) -> bool:
    """Whether the place ``printed`` on a text ("Viena", "Вене", "维也纳") is ``venue``, a session's venue by its
    English name ("Vienna"): the same words, or a name the lexicons give for it. A place they do not list is not
    known to be it."""
    a, b = printed.strip().casefold(), venue.strip().casefold()
    return a == b or PLACES.get(a, "").casefold() == b


DIGITS = {**{k: v for k, v in ar.DIGITS.items()}, **{k: v for k, v in zh.DIGITS.items()}}
"""Arabic-Indic and full-width digits (and the full-width slash) -> ASCII, for str.translate."""


def alternation(words: object) -> str:
    """A regular-expression alternation of ``words``, longest first (so "took note" wins over "took").

    The words are grouped by their first letter (either case), each group led by a look-ahead at
    that letter: the regular-expression engine tries one test per group at a place instead of
    every word. Words of two groups never match at one place, and within a group the order is
    kept, so the alternation matches exactly what the plain one does, only sooner."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # type: ignore[call-overload]
    plain = "|".join(re.escape(w) for w in ordered)
    if len(ordered) < _GROUPED_FROM or not all(w[:1].isalnum() and w[0].lower().upper() == w[0].upper()
                                               for w in ordered):
        return plain
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(w)
    return "|".join("(?=[" + "".join(sorted({w[0] for w in g} | {k, k.upper()})) + "])(?:"
                    + "|".join(re.escape(w) for w in g) + ")" for k, g in groups.items())


_GROUPED_FROM = 8  # words in an alternation from which they are grouped by first letter


def ordinal_words_pattern() -> str:
    """The English ordinal as a pattern: "1st", "23rd", "sixth", "twenty-eighth", "Fifty- second"."""
    tens = alternation(en.TENS)
    # the tens and the unit joined by a hyphen, a space, or a hyphen at a line's end ("Fifty-\nsecond")
    return (r"(?:\d+\s*(?:st|nd|rd|th)|(?:(?:" + tens + r")(?:-\s*|\s+))?(?:" + alternation(en.ORDINALS) + r"))")


_FOREIGN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff0f]")


def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic and full-width digits as ASCII (one character for one: offsets hold)."""
    return text.translate(DIGITS) if _FOREIGN_DIGIT.search(text) else text


_LOCAL = (es, fr, ru, zh)

LOCAL_RESUMED: list[str] = [w for m in (es, fr) for w in m.RESUMED]
"""The words before a resumed session's ordinal on a Spanish or French cover ("Reprise de la", "Continuación
del"): they make the session line's "de la", "del" no sign of prose."""

LOCAL_SESSION_WORDS: dict[str, str] = {w: kind for m in _LOCAL for w, kind in m.SESSION_WORDS.items()}
"""The words after the ordinal of a Spanish, French, Russian or Chinese session line -> session or meeting."""

LOCAL_ITEM_HEADINGS: list[str] = [m.ITEM_HEADING for m in _LOCAL]
"""Patterns of the heading "Item N of the provisional agenda" in Spanish, French, Russian and Chinese
(each with a group ``list``)."""

KIND_LINES: dict[str, str] = {w: kind for m in (en, *_LOCAL, ar) for w, kind in m.KIND_LINES.items()}
"""The kind line under a cover's title ("Note by the Executive Secretary", "Nota de la Secretaría",
"执行秘书的说明") -> the genre it names."""


def kind_line_key(text: str) -> str:
    """A line's words as :data:`KIND_LINES` keys them: lower case, runs of white space as one space, a
    trailing reissue asterisk, full stop or space dropped ("Note by the  Secretariat*" -> "note by the
    secretariat")."""
    return " ".join(text.lower().split()).rstrip(" *.")


_TWO_SCRIPTS = re.compile(r"([^\u0600-\u06ff\u4e00-\u9fff]+?)\s*([\u0600-\u06ff\u4e00-\u9fff].*)")
"""A line in a Latin or Cyrillic script and then in Arabic or Chinese: a bilingual text's kind line, the translation
run on after the original ("Note by the Secretary-General秘书长的说明", novel/A_S-30_4_en-zh)."""


def kind_of(line: str) -> str | None:
    """The kind of document a kind line names ("Note by the Secretariat*" -> "note"), or None; a bilingual
    line ("Note by the Secretariatمذكرة من الأمانة العامة") names one only when both its halves name the same."""
    key = kind_line_key(line)
    kind = KIND_LINES.get(key)
    if kind is None and (m := _TWO_SCRIPTS.fullmatch(key)) is not None:
        first, second = KIND_LINES.get(kind_line_key(m[1])), KIND_LINES.get(kind_line_key(m[2]))
        kind = first if first == second else None
    return kind

AGENDA_TITLES: list[str] = [t for m in (en, *_LOCAL) for t in m.AGENDA_TITLES]
"""The titles of provisional agendas word for word, in every language read (lower case)."""

TITLE_WORDS: dict[str, str] = {t: kind for m in (en, *_LOCAL, ar) for t, kind in m.TITLE_WORDS.items()}
"""The words a document's title begins with that name its genre, in every language read (lower case):
"report of the", "informe de la", "доклад", "information for participants", "与会者须知" -> the genre."""

ADOPTED_LINES: list[tuple[str, str]] = [m.ADOPTED_LINE for m in (en, es, fr, ru)]
"""The first word and the adopting words of the line over a resolution's text, in English, Spanish, French and
Russian ("Resolution" ... "adopted by", "Резолюция" ... "принятая")."""

TITLE_ITS: list[str] = [w for m in (es, fr, ru) for w in m.ITS]
"""The possessive before the ordinal of a title's own session ("sobre su quinto período de sesiones",
"de sa septième session", "о работе ее девятой сессии")."""


def _oblique(words: dict[str, int]) -> dict[str, int]:
    """Russian ordinals in the case a title names its session in ("девятой сессии", "третьей"),
    made from the nominative ones by :data:`ru.ORDINAL_OBLIQUE_ENDINGS`."""
    out = {}
    for word, n in words.items():
        for nominative, oblique in ru.ORDINAL_OBLIQUE_ENDINGS.items():
            if word.endswith(nominative):
                out[word[: -len(nominative)] + oblique] = n
    return out


TITLE_ORDINALS: dict[str, int] = {**{w: n for m in (es, fr) for w, n in m.ORDINALS.items()},
                                  **_oblique(ru.ORDINALS)}
"""The ordinals of a title's own session in Spanish, French and Russian (in the case it takes there)."""

TITLE_SESSION_WORDS: dict[str, str] = {**es.SESSION_WORDS, **fr.SESSION_WORDS, **ru.SESSION_WORDS_OBLIQUE}
"""The session words after such an ordinal -> session or meeting."""


HYPHENS = {0x2010: "-", 0x2011: "-", 0x2013: "-"}
"""The hyphen, the non-breaking hyphen of word processors ("Trente‑sixième") and the en dash -> "-"."""


def local_words(words: object) -> str:
    """An alternation of ``words`` that also matches them with a word processor's hyphens or a stray space after
    the hyphen ("Cinquante- sixième session", tests/ingest_eval/untouched/CRC_C_SR.1613_fr.txt), and never as the
    tail of a longer word ("sixième" in "Trente‑sixième" when that compound is not listed, nor in "Cinquante-
    sixième")."""
    return (r"(?<![\w\-\u2010\u2011])(?<![\-\u2010\u2011][ \t])(?:"
            + alternation(words).replace(r"\-", "[-\u2010\u2011][ \t]?") + ")")


def ordinal(printed: str) -> int | None:
    """The number of an ordinal as printed, in any language read: "1st", "23rd", "sixth",
    "Twenty-eighth", "twenty eighth", "Fifty- second" (a hyphen at a line's end), "Huitième",
    "Trente‑sixième", "Sexto", "Семьдесят девятая", a numeric ordinal ("13 er", "13.º", "8e",
    "60-я"), a Chinese numeral ("三", "二十三"); None when it is none of these."""
    t = re.sub(r"\s+", " ", printed.strip().lower()).translate(HYPHENS)
    if "- " in t and t.replace("- ", "-") in LOCAL_ORDINALS:  # "cinquante- sixième": a stray space after the hyphen
        t = t.replace("- ", "-")
    m = re.fullmatch(r"(\d+)\s*(?:st|nd|rd|th|e|er|re|ème|º|°|-?я|-?й)", t)
    if m:
        return int(m.group(1))
    if t in ORDINALS:
        return ORDINALS[t]
    if t in LOCAL_ORDINALS:
        return LOCAL_ORDINALS[t]
    m = re.fullmatch(r"(" + "|".join(en.TENS) + r")(?:-\s?|\s)(\w+)", t)
    if m and m.group(2) in ORDINALS and ORDINALS[m.group(2)] < 10:
        return en.TENS[m.group(1)] + ORDINALS[m.group(2)]
    m = re.fullmatch(r"(\d{1,3})\s*\.?\s*(?:er|º|ª|°|o|a|e|ème|re|-?я|-?й|-?е)?", t)
    if m:
        return int(m.group(1))
    return zh.number(t)


LOCAL_INSTRUMENTS: dict[str, str] = {w: name for m in (es, fr, ru) for w, name in m.INSTRUMENTS.items()}
"""A Convention or Protocol as Spanish, French and Russian prose names it (lower case) -> its English name."""


LOCAL_RULES_OF_PROCEDURE: list[str] = [m.RULES_OF_PROCEDURE for m in (es, fr, ru)]
"""The rules of procedure as Spanish, French and Russian prose names them ("reglamento", "règlement
intérieur", "правил процедуры"); a rule of them is an "artículo", "article", "правило"."""


SENTENCE_OPENERS: list[str] = [w for m in (en, es, fr, ru) for w in m.SENTENCE_OPENERS]
"""Capitalised words that begin a sentence and never stand inside an item title, in English, Spanish,
French and Russian: where a flattened item heading's title ends and its annotation begins."""

ARTICLES: list[str] = [w for m in (en, es, fr, ru) for w in m.ARTICLES]
"""The capitalised articles a sentence begins with ("The", "La", "El"): they begin one only before a
lower-case word or a word of ``BODY_NOUNS`` ("La Conférence sera saisie"), never before a name ("El Salvador")."""

BODY_NOUNS: list[str] = [w for m in (en, es, fr, ru) for w in m.BODY_NOUNS]
"""The capitalised nouns of the bodies and officers a sentence begins with after its article."""


DOC_PHRASES: list[str] = [w for m in (en, es, fr, ru) for w in m.DOC_PHRASES]
"""The words of a sentence that names the documents before a meeting under an item, in English, Spanish,
French and Russian (whole words, each form listed: "документ", "документе")."""


LOCAL_RULES_OWNERS: dict[str, str] = {w: name for m in (es, fr, ru) for w, name in m.RULES_OWNERS.items()}
"""The body whose rules of procedure a Spanish, French or Russian rule is of, as printed after them
(lower case) -> the English word for it ("Conference", "Committee", "General Assembly")."""

LOCAL_OWNER_GENERIC: list[str] = [w for m in (es, fr, ru) for w in m.OWNER_GENERIC]
"""Words after such an owner that name no other body ("des États parties", "государств-участников")."""


ORGANIZATION: list[str] = [w for m in LANGUAGES.values() for w in m.ORGANIZATION]
"""The names of the United Nations, its principal organs and officers and the agencies of its system, in every
language (lower case; Russian ones as stems)."""

MEETING_WORDS: list[str] = [w for m in LANGUAGES.values() for w in m.MEETING_WORDS]
"""The words with which a meeting document speaks of its own business, in every language (lower case; Russian
ones as stems): a session, an agenda, a resolution, a State party."""


def words_at_start(words: list[str]) -> str:
    """An alternation of ``words`` (lower case, matched without regard to case) that begins a word where the
    script has words (Latin, Cyrillic) and anywhere in Chinese and Arabic (whose words join a prefix or run
    on with no space); a word may run on (a Russian stem's endings, a plural)."""
    spaced = [w for w in words if re.match(r"[A-Za-zÀ-ÿ\u0400-\u04ff]", w)]
    joined = [w for w in words if w not in spaced]
    return r"(?:(?<!\w)(?:" + alternation(spaced) + ")|(?:" + alternation(joined) + "))"


OWN_WORDS: list[str] = [w for m in (en, es, fr, ru) for w in m.OWN_WORDS]
"""The possessive before a cited mandate that says it is the speaker's own: "its", "su", "sa", "своей"."""

LOCAL_OWN_WORDS: list[str] = [w for m in (es, fr, ru) for w in m.OWN_WORDS]
"""Those of Spanish, French and Russian."""

OWN_SUFFIXES: list[str] = list(ar.OWN_SUFFIXES)
"""The suffix of a mandate's word that says "its" (Arabic "بقرارها")."""

ORGAN_WORDS: list[str] = [w for m in (en, es, fr, ru, ar, zh) for w in m.ORGAN_WORDS]
"""The words that name an organ, in every language whose "its" is read (lower case; Russian ones as stems)."""
