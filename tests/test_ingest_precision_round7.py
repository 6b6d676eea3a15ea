"""Seventh round (precision): wrong facts nobody had a test for (issue 10, classes 1, 3 and 6).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph.ingest.series import organizations_named, series_of
from tests.ingest_covers import bodies_of, ingested

# ------------------------------------------------------------------------------------ bodies

# tests/ingest_eval/sealed/IFAD_EB_110_Rev.1.txt: the minutes of IFAD's Executive Board, whose symbol series "EB" is
# also the WHO Executive Board's (EB140, EB147/1); the page names IFAD, never the WHO
IFAD_EB_110 = """46
Note to Executive Board representatives Focal points: Technical questions: Dispatch of documentation: Raşit \
Pertev Secretary of IFAD Tel.: +39 06 5459 2254 e-mail: [email protected] Deirdre McGrenra Head, Governing Bodies \
Office Tel.: +39 06 5459 2374 e-mail: [email protected] Executive Board — 110 th Session Rome, 10-12 December 2013 \
Document: EB/110/Rev.1 E Date: 8 April 2014 Distribution: Public Original: English Minutes of the 110 th session of \
the Executive Board

International Fund for Agricultural Development - Minutes of the … · 2014-04-24 · EB/110/Rev.1 1 Minutes of the \
110th session of the Executive Board I. Introduction 1. The 110th
"""

# tests/ingest_eval/unseen/EB147_1_annotated.txt (its head): a WHO Executive Board document names the WHO
EB147_1 = """EXECUTIVE BOARD EB147/1 (annotated)
147th session 15 May 2020
Geneva, 22 May 2020
Provisional agenda item 1

Opening of the session and adoption of the agenda
1. The World Health Organization's Executive Board will open its 147th session.
"""


def test_a_series_of_one_organization_is_not_taken_when_the_text_names_another() -> None:
    assert series_of("EB") is not None and series_of("EB").organization == "WHO"
    assert organizations_named("Secretary of IFAD Tel.") == {"IFAD"}
    assert organizations_named("persons who will") == set()  # an acronym is read as printed, in capitals
    assert bodies_of(IFAD_EB_110, "IFAD_EB_110_Rev.1.txt") == []
    result = ingested(IFAD_EB_110, "IFAD_EB_110_Rev.1.txt")
    assert any("IFAD" in note for note in result.not_read)


def test_the_series_organization_named_keeps_its_body() -> None:
    assert bodies_of(EB147_1, "EB147_1_annotated.txt") == ["eb"]
