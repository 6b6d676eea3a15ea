"""The cleaning and layout passes that scan a whole text, rewritten to scan it faster (a fuzzed
document of 4 MB, a citation list flattened onto one line, took 3 s of CPU to be refused: issue 13),
must find exactly what the patterns they replace found; and the cover is read from the text's start
only. Checked on every text of the repository and on random strings made of the characters the
patterns turn on."""

from __future__ import annotations

import random
import re
from pathlib import Path

from mandategraph.ingest import agenda_layout, cover, text
from mandategraph.ingest.mandate_layout import mandate_lists

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted({*ROOT.glob("data/sources/*.txt"), *ROOT.glob("tests/ingest_eval/dev/*.txt"),
                *ROOT.glob("tests/fixtures/**/*.txt")})

# the patterns as they were: one alternation led by lookbehinds, tried at every position
FOOTNOTE_ONE_PATTERN = re.compile(
    r"(?<=[a-z\u00e0-\u00ff\u0430-\u044f)”\"’])(?:\d{1,2}|\(\d{1,2}\))(?=[\s,.;:)]|$)"
    r"|(?:(?<=[a-z],)|(?<=\d/\d,)|(?<=\d/\d\d,))\d{1,2}(?=\s)", re.MULTILINE)
INLINE_MARK_BEFORE = re.compile(agenda_layout._INLINE_MARK.pattern.replace(
    r"(?<![^\s.;:])", r"(?:(?<=\s)|(?<=[.;:])|^)", 1), agenda_layout._INLINE_MARK.flags)


def _random_strings(alphabet: list[str], count: int = 4000) -> list[str]:
    rng = random.Random(20261201)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _samples(alphabet: list[str]) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in TEXTS] + _random_strings(alphabet)


def test_the_rewritten_patterns_still_tell_the_old_from_the_new() -> None:
    # the comparisons below would pass vacuously if the old forms were not really different
    assert INLINE_MARK_BEFORE.pattern != agenda_layout._INLINE_MARK.pattern
    assert len(TEXTS) > 30


def test_glued_footnote_numbers_are_found_as_by_one_pattern() -> None:
    for sample in _samples(["a", "z", "é", "я", "1", "23", ",", "/", "(", ")", "”", " ", "\n", ".", ";", "x/1,", "4"]):
        found = sorted([m.span() for m in text._FOOTNOTE_GLUED.finditer(sample)]
                       + [m.span() for m in text._FOOTNOTE_AFTER_COMMA.finditer(sample)])
        assert found == [m.span() for m in FOOTNOTE_ONE_PATTERN.finditer(sample)], sample[:200]


def test_page_numbers_are_tried_after_blank_lines_only_and_found_as_before() -> None:
    for sample in _samples(["\n", "\n\n", " ", "\t", "1", "23", "Page ", "-", "/", "x", "456"]):
        assert [m.span() for m in text._page_numbers(sample)] == \
            [m.span() for m in text._PAGE_NUMBER.finditer(sample)], sample[:200]


def test_inline_item_marks_are_found_as_before() -> None:
    for sample in _samples(["1", "2.", "3)", "(a)", "(b) ", " ", ".", ";", ":", "Title", "x", "\n", "会议", "\t"]):
        assert [m.span() for m in agenda_layout._INLINE_MARK.finditer(sample)] == \
            [m.span() for m in INLINE_MARK_BEFORE.finditer(sample)], sample[:200]


def test_the_cover_is_read_from_the_start_of_the_text_only() -> None:
    # page furniture before the masthead's fields: a job number on lines padded with spaces, as a
    # PDF-to-text conversion gives it; eight of them put "Distr." past the window
    fields = "Distr.: General\n13 July 2012\n\nOriginal: English\n\nProse.\n"
    furniture = "GE.12-51234\n" + " " * (cover.COVER_WINDOW // 7) + "\n"
    near = cover.parse_cover("United Nations CTOC/COP/2012/1\n" + furniture + fields)
    assert str(near.distribution_date) == "2012-07-13"
    far = cover.parse_cover("United Nations CTOC/COP/2012/1\n" + furniture * 8 + fields)
    assert far.distribution_date is None


def test_a_long_line_is_no_heading_of_a_mandate_list() -> None:
    entry = "3/1. Review of the implementation of the Convention\n"
    short = mandate_lists("Resolutions\n" + entry, 0)
    assert [(m.session, m.number) for m in short] == [(3, 1)]
    # a line of prose that names resolutions is not the heading that gives the entries their kind
    long_line = "Resolutions " + "adopted by the Conference at its sessions " * 10 + "\n"
    assert mandate_lists(long_line + entry, 0) == []
