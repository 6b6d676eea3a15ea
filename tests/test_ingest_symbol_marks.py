"""A footnote's mark glued to a symbol ("A/52/250(1)" on the General Assembly's web copy of its General
Committee's report) is not part of the symbol, while a symbol's own parenthesised year, session or part
is (issue 10, class 1). The excerpt is quoted from tests/ingest_eval/unseen/A_52_250_fr.txt (scored blind
at bab8502, looked at since); the ingest test fails on the ingester before the rule, which asserted the
symbol "A/52/250(1)".
"""

from __future__ import annotations

import pytest

from mandategraph import iri
from mandategraph.ingest.symbols import find_symbols
from tests.ingest_covers import A_52_250, ingested


@pytest.mark.parametrize(("printed", "symbol"), [
    ("A/52/250(1)", "A/52/250"), ("A/5/2(12) x", "A/5/2"), ("S/RES/1019(1995)", "S/RES/1019(1995)"),
    ("TD/B(S-XXIII)/1", "TD/B(S-XXIII)/1")])
def test_a_footnote_mark_is_not_part_of_a_symbol(printed: str, symbol: str) -> None:
    assert [s.text for s, _ in find_symbols(printed)] == [symbol]


def test_a_cover_symbol_with_a_footnote_mark_is_read_without_it() -> None:
    result = ingested(A_52_250, "mark.txt")
    assert result.document == iri.document("A/52/250")
