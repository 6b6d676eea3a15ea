"""Incremental validation gives the findings of a full one.

A build validates only the focus nodes the changed named graphs can reach and keeps the previous
findings of the others (:func:`mandategraph.incremental.validate_changes`); these tests change a
document, rebuild, and compare that report with a full validation of the same graph on Oxigraph
(``validate --full``) and with pySHACL, the reference engine.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from mandategraph import iri
from mandategraph.build import build
from mandategraph.changes import compare, read_index, sections
from mandategraph.cli import main
from mandategraph.incremental import by_terms, by_value, reach, reach_of, validate_changes
from mandategraph.namespaces import MG, RDF
from mandategraph.project import Layout, layout
from mandategraph.store import DUMP, load_dump, union_graph
from mandategraph.validate import (
    Finding,
    ValidationReport,
    compile_core,
    load_shapes,
    split_shapes,
    validate_graph,
    validate_store,
)
from tests.test_validate_bulk import curated_store

ROOT = Path(__file__).resolve().parents[1]
SHAPES_DIR = ROOT / "tests" / "fixtures" / "shapes"
VALID = SHAPES_DIR / "valid.ttl"
INVALID = sorted(SHAPES_DIR.glob("invalid-*.ttl"))


def rows(findings: tuple[Finding, ...]) -> Counter[Finding]:
    return Counter(findings)


def _full(run: Path, where: Layout) -> tuple[ValidationReport, ox.Store]:
    store = load_dump(run / DUMP)
    store.update("DELETE WHERE { ?s ?p ?o }")  # the default graph the build adds after validating
    return validate_store(store, load_shapes(where.shapes)), store


SESSION = "https://example.org/test/session/1"
ITEM = "https://example.org/test/item/1"
PREFIXES = """@prefix mg: <https://w3id.org/mandategraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def _session_text(body: str, typed: bool, dated: bool) -> str:
    return (PREFIXES + f"<{SESSION}> " + ("a mg:Session ; " if typed else "") + f"mg:ofBody <{body}> ; "
            + ('mg:startDate "2010-10-18"^^xsd:date .' if dated
               else 'mg:status mg:unverified ; skos:editorialNote "dates not found"@en .') + "\n")


def test_a_changed_document_is_validated_incrementally_with_the_findings_of_a_full_run(
        project: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    """A session in one curated file and an agenda item of another file that points to it: the
    session's file changes (it loses its type: the item in the other graph now violates sh:class;
    it gains its start date: a warning goes), is rebuilt incrementally, and changes back."""
    bodies = Graph().parse(project.curated / "bodies.ttl", format="turtle")
    body = sorted(str(b) for b in bodies.subjects(RDF.type, MG.Body))[0]
    session_ttl = project.curated / "test-session.ttl"
    session_ttl.write_text(_session_text(body, typed=True, dated=False), encoding="utf-8")
    (project.curated / "test-items.ttl").write_text(PREFIXES + f"""<{ITEM}> a mg:AgendaItem ; skos:notation "1" ;
        dcterms:title "Opening of the session"@en ; mg:forSession <{SESSION}> ; mg:isProcedural true ;
        mg:status mg:unverified ; skos:editorialNote "agenda not given"@en .\n""", encoding="utf-8")
    first = build(project)
    assert first.swapped and first.changed_graphs is None  # nothing to start from: a full validation
    assert SESSION in {f.focus for f in first.validation.findings if f.shape == "SessionDatesUnknownShape"}

    session_ttl.write_text(_session_text(body, typed=False, dated=True), encoding="utf-8")
    broken = build(project)
    assert not broken.swapped
    assert broken.changed_graphs is not None and f"<{iri.graph_curated('test-session')}>" in broken.changed_graphs
    assert f"<{iri.graph_curated('test-items')}>" not in broken.changed_graphs
    full, store = _full(broken.directory, project)
    assert broken.validation == full
    pyshacl = validate_graph(union_graph(store), load_shapes(project.shapes))
    assert rows(broken.validation.findings) == rows(pyshacl.findings)
    assert (broken.validation.conforms, broken.validation.focus_nodes_checked) == (
        pyshacl.conforms, pyshacl.focus_nodes_checked)
    assert [(f.focus, f.value) for f in broken.validation.findings
            if f.severity == "Violation" and f.path == str(MG.forSession)] == [(ITEM, SESSION)]
    assert SESSION not in {f.focus for f in broken.validation.findings if f.shape == "SessionDatesUnknownShape"}

    # the type comes back, the date stays: conforms again, one warning fewer than the first build
    session_ttl.write_text(_session_text(body, typed=True, dated=True), encoding="utf-8")
    fixed = build(project)
    assert fixed.swapped and fixed.changed_graphs is not None
    assert rows(fixed.validation.findings) == rows(first.validation.findings) - Counter(
        f for f in first.validation.findings if f.focus == SESSION)
    assert fixed.validation == _full(fixed.directory, project)[0]
    capsys.readouterr()
    assert main(["validate", "--full", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == fixed.validation.as_dict()
    assert main(["validate", "--format", "json"]) == 0  # the recorded report: the same
    assert json.loads(capsys.readouterr().out) == fixed.validation.as_dict()

    # back to the first text: the first build's findings, incrementally; and --full-validation
    session_ttl.write_text(_session_text(body, typed=True, dated=False), encoding="utf-8")
    again = build(project)
    assert again.changed_graphs is not None and again.validation == first.validation
    forced = build(project, full_validation=True)
    assert forced.changed_graphs is None and forced.validation == first.validation
    capsys.readouterr()
    assert main(["build", "--quiet", "--full-validation"]) == 0
    assert json.loads((project.build / "current" / "build.json").read_text())["validated"] == "fully"


def _delta(before: ox.Store, after: ox.Store) -> tuple[ox.Triple, ...]:
    old = {(q.triple, q.graph_name) for q in before}
    new = {(q.triple, q.graph_name) for q in after}
    return tuple({t for t, _ in old ^ new})


@pytest.mark.parametrize("fixture", INVALID, ids=[p.stem for p in INVALID])
def test_adding_and_removing_each_invalid_fixture(fixture: Path) -> None:
    """Every shape fixture added to the valid graph, and taken away again: the incremental report
    equals the full one both ways."""
    shapes = load_shapes(layout().shapes)
    valid, with_fixture = curated_store([VALID]), curated_store([VALID, fixture])
    for before, after in ((valid, with_fixture), (with_fixture, valid)):
        previous = validate_store(before, shapes)
        incremental = validate_changes(after, shapes, _delta(before, after), previous.findings)
        assert incremental is not None
        assert incremental == validate_store(after, shapes)


def test_a_change_to_the_class_hierarchy_validates_everything() -> None:
    shapes = load_shapes(layout().shapes)
    store = curated_store([VALID])
    change = (ox.Triple(ox.NamedNode(str(MG.Session)), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
                        ox.NamedNode(str(MG.Body))),)
    assert validate_changes(store, shapes, change, validate_store(store, shapes).findings) is None


def test_the_reach_of_each_sparql_constraint() -> None:
    """What a SPARQL-based constraint's findings depend on, read from its query."""
    shapes = load_shapes(layout().shapes)
    reaches = {str(b.shape).rsplit("#", 1)[-1]: reach(b) for b in split_shapes(shapes)[1]}
    assert reaches["DeclaredTermsShape"] is None  # reads every triple, but every pattern names ?value:
    by_values = {str(b.shape).rsplit("#", 1)[-1] for b in split_shapes(shapes)[1] if by_terms(b)}
    assert by_values == {"DeclaredTermsShape"}  # so it is run again for the changed triples' terms only
    assert by_value("SELECT $this ?value WHERE { { SELECT DISTINCT ?value WHERE { ?s ?value ?o } } }", {})
    assert not by_value("SELECT $this ?value WHERE { ?value <http://example.org/p> ?x . ?x ?q ?y }", {})
    assert reaches["ItemOnAgendaShape"] is not None and reaches["ItemOnAgendaShape"].steps == 0
    grounding = reaches["GroundingEvidenceShape"]
    assert grounding is not None and grounding.steps == 1
    assert ("this", str(MG.groundedIn), True, "value") not in grounding.moves  # both at one link from $this
    assert ("g", str(MG.item), True, "this") in grounding.moves and (str(MG.quote), "s", "g") in grounding.starts
    ns = {"ex": "http://example.org/"}
    assert reach_of("SELECT $this WHERE { $this ex:p/ex:q ?x }", ns) is None  # a property path
    assert reach_of("SELECT $this WHERE { $this ?p ?x }", ns) is None  # a variable predicate
    assert reach_of("SELECT $this WHERE { ?a ex:p ?b }", ns) is None  # not joined to $this
    chain = reach_of("SELECT $this WHERE { $this ex:p ?a . ?a ex:q ?b . ?b ex:r \"x\" }", ns)
    assert chain is not None and chain.steps == 2
    assert chain.moves == {("a", "http://example.org/p", False, "this"), ("b", "http://example.org/q", False, "a")}
    assert chain.starts == {("http://example.org/q", "s", "a"), ("http://example.org/r", "s", "b")}
    core = compile_core(split_shapes(shapes)[0])[1]
    assert {of.steps for of in map(reach, core) if of is not None} == {0, 1}


def test_an_unchanged_rebuild_reads_back_no_change(project: Layout) -> None:
    first = build(project)
    run = first.directory
    index = read_index(run)
    assert index is not None
    store = load_dump(run / DUMP)
    store.update("DELETE WHERE { ?s ?p ?o }")
    delta = compare(run, index, sections(store))
    assert delta is not None and delta.graphs == () and delta.triples == ()
    again = build(project)
    assert again.changed_graphs == () and again.validation == first.validation


def test_a_change_to_a_grounding_reaches_the_item_it_grounds() -> None:
    """The grounding loses its quote: GroundingEvidenceShape now fails for the item that names the
    grounding's mandate, a node the changed triple does not name (reached through mg:item)."""
    shapes = load_shapes(layout().shapes)
    store = curated_store([VALID])
    before = validate_store(store, shapes)
    quote = ox.NamedNode(str(MG.quote))
    removed = next(iter(store.quads_for_pattern(None, quote, None, None)))
    store.remove(removed)
    full = validate_store(store, shapes)
    incremental = validate_changes(store, shapes, (removed.triple,), before.findings)
    assert incremental == full
    new = {f.focus for f in full.findings if f.shape == "GroundingEvidenceShape"} - {
        f.focus for f in before.findings if f.shape == "GroundingEvidenceShape"}
    assert new and not new & {removed.subject.value, removed.object.value}
