"""A series whose session's number is printed after it with a space: the FAO Council's "CL 120/11" (document 11
of its 120th session), "CL 128/INF/1" (an information document), sometimes with the space lost ("CL128/8")."""

from __future__ import annotations

from pathlib import Path

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.series import without_session
from mandategraph.ingest.symbols import Symbol, find_symbols

ROOT = Path(__file__).resolve().parent.parent

# tests/ingest_eval/blind/FAO_CL_120_11_ar.txt, its cover's first lines
ARABIC_COVER = "CL 120/11 ابريل/نيسان 2001 |\nالمجلس |\nالدورة العشرون بعد المائة |\nروما، 18-23/6/2001 |\n"
# tests/ingest_eval/untouched/CL_128_INF_1.txt, its cover and an item's documents
TIMETABLE = "CL 128/INF/1\n\n\nCouncil\n\nHundred and Twenty-eighth Session\n\nRome, 20-25 June 2005\n"
ITEM = "2. Adoption of the Agenda and Timetable: for decision (CL 128/1; CL128/INF/1; CL128/8)"


def test_spaced_session_symbols_are_found() -> None:
    assert [s.text for s, _ in find_symbols(ARABIC_COVER)][:1] == ["CL 120/11"]
    assert [s.text for s, _ in find_symbols(TIMETABLE)] == ["CL 128/INF/1"]
    assert [s.text for s, _ in find_symbols(ITEM)] == ["CL 128/1", "CL128/INF/1", "CL128/8"]


def test_spaced_session_symbol_parts() -> None:
    s = Symbol("CL 128/INF/1")
    assert (without_session(s.body_prefix), s.series) == ("CL", "INF")
    assert without_session(Symbol("CL 120/11").body_prefix) == "CL"
    assert without_session(Symbol("CL128/8").body_prefix) == "CL"


def test_no_symbol_from_a_spaced_number_of_an_unlisted_series() -> None:
    # "CX 12/3" is no series of the table: no symbol, rather than a guessed one
    assert find_symbols("see CX 12/3 and item 5") == []


def test_council_document_read() -> None:
    registry = Registry.load(ROOT / "data" / "curated")
    result = ingest_bytes(TIMETABLE.encode(), "CL_128_INF_1.txt", registry)
    bodies = {str(o) for p, o in result.graph.predicate_objects() if str(p).endswith("ofBody")}
    assert bodies == {"https://w3id.org/mandategraph/id/body/cl"}
    assert any(str(o) == "CL 128/INF/1" for o in result.graph.objects())


def test_symbol_beside_a_month_and_year_is_the_cover_symbol() -> None:
    # the Arabic cover prints the symbol with the month of issue (two month names) and the year, no day
    from mandategraph.ingest.cover import parse_cover
    cover = parse_cover(ARABIC_COVER, Registry.load(ROOT / "data" / "curated"))
    assert cover.symbol is not None and cover.symbol.text == "CL 120/11"
    assert cover.distribution_date is None
