"""How the graph's things are shown to people, in one place for the CLI, the pages, the pictures and
the exports: a title in the reader's language (:func:`pick`), a presumed fact marked as presumed
(:func:`presumed`), and a document's official address (:func:`official_address`).

A title is chosen in this order: the title in the reader's language; else our English gloss of a
title in another language, marked "[gloss]"; else the title as printed, with its language shown
("[es]"). Glosses are curated as ``skos:scopeNote "[gloss] ..."@en`` (data/curated).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

DEFAULT_LANG = "en"
GLOSS_PREFIX = "[gloss]"

# A presumed fact: what it is, and the words every output uses to mark it.
PRESUMED = {
    "supplied": "supplied, not printed in the text",  # a symbol the curator supplied (mg:symbolSupplied)
    "unverified": "UNVERIFIED",  # a date, title or link no source shown confirms (mg:unverified)
    "disputed": "DISPUTED",  # two sources disagree (mg:disputed)
}


@dataclass(frozen=True)
class Label:
    """A title as shown: its text, the language of that text, and whether it is our gloss."""

    text: str
    lang: str | None  # the language of ``text`` (None: the literal has no language tag)
    gloss: bool = False  # an English rendering of ours, not an official title

    def shown(self, lang: str = DEFAULT_LANG) -> str:
        """The text with its mark: "... [gloss]" for a gloss, "... [es]" in a language not asked for."""
        if self.gloss:
            return f"{self.text} [gloss]"
        if self.lang and not same_language(self.lang, lang):
            return f"{self.text} [{self.lang}]"
        return self.text

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lang": self.lang, "gloss": self.gloss}


def same_language(tag: str, wanted: str) -> bool:
    """``en-GB`` is English to a reader who asked for ``en``."""
    return tag.lower().split("-")[0] == wanted.lower().split("-")[0]


def is_gloss(text: str) -> bool:
    return text.startswith(GLOSS_PREFIX)


def pick(titles: Iterable[tuple[str, str | None]], glosses: Iterable[tuple[str, str | None]] = (),
         lang: str = DEFAULT_LANG) -> Label | None:
    """The title to show a reader of ``lang``: ``titles`` and ``glosses`` are (text, language tag) pairs;
    a gloss may still carry its "[gloss]" prefix. Ties go to the alphabetically first text, so the same
    data always gives the same label."""
    titles = sorted(set(titles), key=lambda t: (t[0], t[1] or ""))
    glosses = sorted({(g.removeprefix(GLOSS_PREFIX).strip(), tag) for g, tag in glosses},
                     key=lambda t: (t[0], t[1] or ""))
    for text, tag in titles:
        if tag and same_language(tag, lang):
            return Label(text, tag)
    for text, tag in glosses:
        if tag and same_language(tag, lang):
            return Label(text, tag, gloss=True)
    for text, tag in titles:
        if not tag:  # a plain literal: its language is not known, shown as it is
            return Label(text, None)
    for text, tag in glosses:
        if tag and same_language(tag, DEFAULT_LANG):
            return Label(text, tag, gloss=True)
    if titles:
        # the printed title in a language the reader did not ask for, English first
        text, tag = min(titles, key=lambda t: (not same_language(t[1] or "", DEFAULT_LANG), t[0]))
        return Label(text, tag)
    return None


def presumed(text: str, kind: str | None) -> str:
    """``text`` with the mark of a presumed fact of ``kind`` (a key of :data:`PRESUMED`); unchanged
    when ``kind`` is None or not a presumption (asserted, verified)."""
    if kind not in PRESUMED:
        return text
    return f"{text} [{PRESUMED[kind]}]"


BLANKET = "the recommendations contained therein"


def inferred_from_report(meetings: Iterable[tuple[str, str | None]], lang: str = DEFAULT_LANG,
                         brief: bool = False) -> str:
    """What an answer says of a link inferred from a blanket action on a report (the build's
    blanket.ru): its quote names the report, not the recommendation. ``meetings`` are the labels of
    the meeting whose report it is, as (text, language) pairs, chosen by :func:`pick`."""
    chosen = pick(meetings, (), lang)
    report = f"the report on the {_lower_first(chosen.shown(lang))}" if chosen else "that report"
    short = f"inferred from \u201c{BLANKET}\u201d of {report}"
    return short if brief else f"{short}: this recommendation was adopted at that meeting; the quote does not name it"


def _lower_first(text: str) -> str:
    """"First meeting of ..." inside a sentence: "first meeting of ..."."""
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def official_address(symbol: str) -> str:
    """The official copy of a UN document: https://undocs.org/ followed by its symbol, each part
    percent-encoded (the slashes of the symbol stay path separators)."""
    return "https://undocs.org/" + quote(" ".join(symbol.split()), safe="/")


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


def language_tag(value: str) -> str:
    """``--lang``: a BCP 47 language tag (its syntax; an unknown language shows the glosses)."""
    if not _LANGUAGE_TAG.fullmatch(value):
        raise argparse.ArgumentTypeError(f"not a language tag such as en, es or fr: {value!r}")
    return value


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    """``--lang`` on every command that prints labels."""
    parser.add_argument("--lang", default=DEFAULT_LANG, metavar="LANG", type=language_tag,
                        help="show titles in this language (a BCP 47 tag such as en, es, fr); "
                             "else our English gloss, marked [gloss]; else as printed, with its "
                             "language shown [es] (default: en)")
