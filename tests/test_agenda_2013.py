"""The 2013 agenda of the Working Group on the Smuggling of Migrants, read fully and faithfully."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from mandategraph import iri
from mandategraph.namespaces import MG, OA, SKOS
from tests.regen_golden import GOLDEN, SOURCE, current

SESSION = iri.session("ctoc-cop-wg7", 2)
AGENDA = iri.document("CTOC/COP/WG.7/2013/1")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(data=current(), format="nt")


def item(notation: str) -> URIRef:
    return iri.item(SESSION, notation)


def test_matches_reviewed_golden() -> None:
    produced = set(current().splitlines())
    golden = set(GOLDEN.read_text(encoding="utf-8").splitlines())
    assert produced - golden == set(), "new triples: review them, then run tests/regen_golden.py"
    assert golden - produced == set(), "lost triples: review the change, then run tests/regen_golden.py"


def test_deterministic() -> None:
    assert current() == current()


def test_items_and_titles_as_printed(graph: Graph) -> None:
    items = {str(n): str(graph.value(s, URIRef("http://purl.org/dc/terms/title")))
             for s, n in graph.subject_objects(SKOS.notation) if "/item/" in str(s)}
    assert items == {
        "1": "Organizational matters", "1 (a)": "Opening of the meeting",
        "1 (b)": "Adoption of the agenda and organization of work",
        "2": "Good practices in special investigative techniques",
        "3": "Good practices in the establishment of multi-agency centres",
        "4": "Good practices in informal cross-border cooperation and information-sharing",
        "5": "Other matters", "6": "Adoption of the report",
    }


def test_procedural_items(graph: Graph) -> None:
    procedural = {n for n in ("1", "1 (a)", "1 (b)", "2", "3", "4", "5", "6")
                  if graph.value(item(n), MG.isProcedural) == Literal(True)}
    assert procedural == {"1", "1 (a)", "1 (b)", "5", "6"}


def test_groundings(graph: Graph) -> None:
    grounded = {(str(s).rsplit("/item/", 1)[1], str(o).split("/id/", 1)[1])
                for s, o in graph.subject_objects(MG.groundedIn)}
    assert grounded == {
        ("1b", "resolution/ctoc-cop/6/3"),
        ("1b", "resolution/ctoc-cop/5/3"),
        ("1b", "agreement/ctoc-cop-extended-bureau/2013-06-07"),
        ("2", "recommendation/ctoc-cop-wg7/1/good-practices-in-special-investigative-techniques"),
        ("3", "recommendation/ctoc-cop-wg7/1/good-practices-in-the-establishment-of-multi-agency-centres"),
        ("4", "resolution/ctoc-cop/6/4"),
    }


def test_upstream_links_read_from_the_text(graph: Graph) -> None:
    res63 = iri.resolution("ctoc-cop", 6, 3)
    assert set(graph.objects(res63, MG.continues)) == {iri.resolution("ctoc-cop", 5, 3)}
    assert {str(o).rsplit("/", 1)[1] for o in graph.objects(res63, MG.actsOn)} == {
        "good-practices-in-special-investigative-techniques",
        "good-practices-in-the-establishment-of-multi-agency-centres"}


def test_documentation_per_item(graph: Graph) -> None:
    docs = {(str(s).rsplit("/item/", 1)[1], str(o).split("/doc/", 1)[1])
            for s, o in graph.subject_objects(MG.documentedBy)}
    assert docs == {("2", "CTOC/COP/WG.7/2013/2"), ("3", "CTOC/COP/WG.7/2013/3"),
                    ("4", "CTOC/COP/WG.7/2013/4")}


def test_symbol_recorded_as_supplied_not_read(graph: Graph) -> None:
    assert graph.value(AGENDA, MG.symbolSupplied) == Literal(True)


def test_item_5_has_no_annotation_and_says_so(graph: Graph) -> None:
    assert graph.value(item("5"), MG.annotation) is None
    assert "no annotation" in str(graph.value(item("5"), SKOS.editorialNote))


def test_every_quote_is_at_its_offsets_in_the_source_file(graph: Graph) -> None:
    text = Path(SOURCE).read_text(encoding="utf-8")
    checked = 0
    for evidence, quote in graph.subject_objects(MG.quote):
        position = URIRef(f"{evidence}#position")
        start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
        assert re.sub(r"\s+", " ", text[start:end]).strip() == str(quote)
        checked += 1
    assert checked >= 10


def test_schedule_slots_cover_items(graph: Graph) -> None:
    covered = {(str(s).rsplit("/slot/", 1)[1], str(o).rsplit("/item/", 1)[1])
               for s, o in graph.subject_objects(MG.covers)}
    assert ("1", "1a") in covered and ("6", "6") in covered and ("6", "5") in covered
    assert len({s for s, _ in covered}) == 6  # two half-days on three days
    assert graph.value(iri.slot(SESSION, 1), MG.start) == Literal(
        "2013-11-11T10:00:00", datatype=URIRef("http://www.w3.org/2001/XMLSchema#dateTime"))
