"""Dates (issue 10, class 4): the distribution date is dcterms:issued as well as mg:distributionDate;
a session's dates come only from a session line, never from the distribution date or from a session
that the prose recalls. Real covers: corpus texts and cover excerpts quoted with their source."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.namespaces import DCTERMS, MG
from tests.test_ingest_cover import CAT_C_39_1

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"


def registry() -> Registry:
    return Registry.load(ROOT / "data" / "curated")


DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


def day(text: str) -> Literal:
    return Literal(text, datatype=DATE)


def test_distribution_date_is_also_dcterms_issued() -> None:
    raw = (SOURCES / "CTOC_COP_2018_2.txt").read_bytes()
    result = ingest_bytes(raw, "CTOC_COP_2018_2.txt", registry())
    g = result.graph
    assert set(g.objects(result.document, MG.distributionDate)) == {day("2018-07-23")}
    assert set(g.objects(result.document, DCTERMS.issued)) == {day("2018-07-23")}


def test_every_corpus_document_with_a_distribution_date_is_issued_that_day() -> None:
    reg = registry()
    for path in sorted(SOURCES.glob("*.txt")):
        result = ingest_bytes(path.read_bytes(), path.name, reg)
        g = result.graph
        assert set(g.objects(result.document, MG.distributionDate)) == set(g.objects(result.document,
                                                                                     DCTERMS.issued)), path.name


def test_a_distribution_date_is_never_a_sessions_date() -> None:
    """CAT/C/39/1: the date under the symbol is the distribution date (30 October 2007); the
    session's dates are those of its session line (5-23 November 2007)."""
    result = ingest_bytes(CAT_C_39_1.encode(), "CAT_C_39_1.txt", registry())
    g = result.graph
    session = iri.session("cat-c", 39)
    assert set(g.objects(session, MG.startDate)) == {day("2007-11-05")}
    assert set(g.objects(session, MG.endDate)) == {day("2007-11-23")}
    assert (None, MG.startDate, day("2007-10-30")) not in g


def test_a_session_line_without_dates_leaves_the_dates_unknown() -> None:
    """The same cover with the venue and dates left off its session line: the session's dates are
    unknown (marked unverified), not the distribution date."""
    text = CAT_C_39_1.replace("Geneva, 5 \u2013 23 November 2007\n", "\n", 1)
    result = ingest_bytes(text.encode(), "CAT_C_39_1.txt", registry())
    g = result.graph
    session = iri.session("cat-c", 39)
    assert list(g.objects(session, MG.startDate)) == []
    assert (session, MG.status, MG.unverified) in g
    assert set(g.objects(result.document, MG.distributionDate)) == {day("2007-10-30")}


def test_a_session_the_prose_recalls_does_not_date_a_paper() -> None:
    """The cover of the background paper CTOC/COP/WG.2/2007/2 (corpus text, without its session
    line) followed by the sentence that opens the list of decisions of the third session
    (CTOC_COP_session3_decisions_2006.txt): in a paper that sentence recalls another session; it
    names neither the paper's session nor its dates."""
    cover = "\n".join((SOURCES / "CTOC_COP_WG.2_2007_2.txt").read_text(encoding="utf-8").split("\n")[3:16])
    cover = cover.replace("Vienna, 3-5 October 2007\n", "")
    recalled = next(line for line in (SOURCES / "CTOC_COP_session3_decisions_2006.txt").read_text(
        encoding="utf-8").split("\n") if line.startswith("At its third session"))
    result = ingest_bytes((cover + "\n\n1. " + recalled + "\n").encode(), "paper.txt", registry())
    g = result.graph
    assert result.kind == "background paper"
    assert (None, MG.startDate, day("2006-10-09")) not in g
    assert iri.session("ctoc-cop", 3) not in set(g.objects(result.document, MG.forSession))


def test_a_list_of_decisions_is_dated_by_the_session_it_opens_with() -> None:
    raw = (SOURCES / "CTOC_COP_session3_decisions_2006.txt").read_bytes()
    result = ingest_bytes(raw, "CTOC_COP_session3_decisions_2006.txt", registry())
    g = result.graph
    assert (iri.session("ctoc-cop", 3), MG.startDate, day("2006-10-09")) in g
