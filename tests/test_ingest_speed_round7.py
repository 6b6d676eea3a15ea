"""Issue 14's seventh round of ingest speed: each rewrite reads what the form it replaced read, checked
against that form (kept here) on every text of data/sources and of the open evaluation sets (never
holdout/, reserve/ or untouched/), whole, by line and in windows. ``python -m bench.ingest_same`` checks the
whole ingester's output against main's, byte for byte."""

from __future__ import annotations

import re
from pathlib import Path

from mandategraph.ingest import dates, document, text

ROOT = Path(__file__).resolve().parents[1]
OPEN_SETS = ("dev", "blind", "fresh", "unseen", "sealed")
OPEN = [p for s in OPEN_SETS for p in (ROOT / "tests" / "ingest_eval" / s).glob("*.txt")]
TEXTS = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(
    {*ROOT.glob("data/sources/*.txt"), *OPEN, *ROOT.glob("tests/fixtures/**/*.txt")})]


def _pieces() -> list[str]:
    out = list(TEXTS)
    for t in TEXTS[:80]:
        out += t.split("\n")
        out += [t[i:i + 400] for i in range(0, len(t), 997)]
    return out


def test_the_open_sets_are_read() -> None:
    assert len(TEXTS) > 200


def test_dates_remembered_are_the_dates_found() -> None:
    for s in _pieces():
        found = dates.find_ranges(s)
        assert found == list(dates._ranges.__wrapped__(s))
        found.append(found[0] if found else None)  # a caller's list is its own
        assert dates.find_ranges(s) == list(dates._ranges.__wrapped__(s))


def _old_misdecoded(t: str) -> bool:
    sample = t[:document.GLYPH_SAMPLE_CHARS]
    words = len(sample.split())
    glyphs = document.GLYPH_WORD.findall(sample)
    if not words or len(glyphs) < document.GLYPH_WORD_SHARE * words:
        return False
    return all(document._RUSSIAN_VOWELS.search(g.translate(document.GLYPH_SHIFT)) for g in glyphs)


def test_misdecoded_cyrillic_with_its_prefilter_is_what_it_was() -> None:
    glyphs = [":^fbgbkljZlb\\gucdhfbl_l HJ=:GBA:PBY imgdl " * 5, "HJ=:GBA:PBY Zb[ " * 3 + "the text " * 2]
    found = 0
    for s in _pieces() + glyphs:
        assert document.misdecoded_cyrillic(s) == _old_misdecoded(s), s[:200]
        found += _old_misdecoded(s)
    assert found >= 2  # the glyph texts of the sets and the made ones


_LETTERS = re.compile(r"[^\W\d_]+")


def test_ascii_letters_counted_by_deletion_are_the_letter_runs_lengths() -> None:
    for s in _pieces() + ["", "a_b1c", "_" * 5, "A-Z a..z 0-9 _@[`{"]:
        if s.isascii():
            assert len(s.encode("ascii").translate(None, text._NOT_ASCII_LETTERS)) == sum(map(len, _LETTERS.findall(s)))
