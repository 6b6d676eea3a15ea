"""A revision marker printed after a space instead of a slash, as FAO prints it ("COFI/2001/1 Rev.1"), and the
FAO Committee on Fisheries (COFI) read as the body of its symbol series."""

from __future__ import annotations

from pathlib import Path

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.symbols import Symbol, find_symbols

ROOT = Path(__file__).resolve().parent.parent

# tests/ingest_eval/untouched/COFI_2001_1_Rev.1.txt, its first lines
TIMETABLE = ("COFI/2001/1 Rev.1\n\n\nTwenty-fourth Session\n\nRome, Italy, 26 February - 2 March 2001\n\n\n"
             "Monday, 26 February 2001\n\nMorning: 09.30 hours\n\n1. Opening of the Session1\n\n\n"
             "2. Adoption of the Agenda and arrangements for the Session\n")


def test_spaced_revision_is_part_of_the_symbol() -> None:
    assert [s.text for s, _ in find_symbols(TIMETABLE)] == ["COFI/2001/1 Rev.1"]
    s = Symbol("COFI/2001/1 Rev.1")
    assert (s.body_prefix, s.year, s.modifiers, s.base) == ("COFI", 2001, ["Rev.1"], "COFI/2001/1")


def test_a_word_after_a_space_is_not_a_revision() -> None:
    assert [s.text for s, _ in find_symbols("see A/55/383 Revised estimates")] == ["A/55/383"]


def test_committee_on_fisheries_read() -> None:
    registry = Registry.load(ROOT / "data" / "curated")
    result = ingest_bytes(TIMETABLE.encode(), "COFI_2001_1_Rev.1.txt", registry)
    bodies = {str(o) for p, o in result.graph.predicate_objects() if str(p).endswith("ofBody")}
    assert bodies == {"https://w3id.org/mandategraph/id/body/cofi"}
