"""The SPARQL-based constraints run in bulk on Oxigraph give exactly pySHACL's findings.

The old path (pySHACL on every shape, on an rdflib copy of the store) and the new one
(:func:`validate_store`: core constraints with pySHACL, SPARQL-based ones one query each on
Oxigraph) are compared finding by finding, on the repository build and on every shape fixture.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from mandategraph import iri
from mandategraph.build import load_turtle, materialise
from mandategraph.project import layout
from mandategraph.store import union_graph
from mandategraph.validate import (
    ValidationReport,
    _rewrite_select,
    compile_core,
    load_shapes,
    needs_pyshacl,
    split_shapes,
    validate_graph,
    validate_store,
)

FIXTURES = Path(__file__).parent / "fixtures"
SHAPES_DIR = FIXTURES / "shapes"
VALID = SHAPES_DIR / "valid.ttl"
SPARQL_SHAPES = {"ItemOnAgendaShape", "SubstantiveItemGroundedShape", "ItemGroundingUnknownShape",
                 "GroundingEvidenceShape", "SessionDatesShape", "DeclaredTermsShape", "ItemSessionShape",
                 "ItemListedByAgendaShape"}

COMBINATIONS = {
    "valid": [VALID],
    **{p.stem: [VALID, p] for p in sorted(SHAPES_DIR.glob("*.ttl")) if p != VALID},
    **{f"ingest-{p.stem}": [VALID, p] for p in sorted((FIXTURES / "ingest").glob("*.ttl"))},
    "every-invalid-together": [VALID, *sorted(SHAPES_DIR.glob("invalid-*.ttl"))],
}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(layout().shapes)


def curated_store(paths: list[Path]) -> ox.Store:
    """As :func:`mandategraph.build.validate_files` assembles it."""
    store = ox.Store()
    load_turtle(store, layout().ontology, iri.GRAPH_ONTOLOGY)
    for path in paths:
        load_turtle(store, path, iri.graph_curated(path.stem))
    materialise(store)
    return store


def _rows(report: ValidationReport, blank: str | None = None) -> Counter[tuple[str, str, str, str, str | None,
                                                                               str | None]]:
    """The findings as a multiset; with ``blank``, every blank node label (not an IRI, not a value
    in the test data: Oxigraph's random 128-bit number in hex, leading zeros left out, or rdflib's
    N + 32 hex digits) written as ``blank``."""
    def show(text: str | None) -> str | None:
        return blank if blank and text and re.fullmatch(r"N?[0-9a-f]{20,}", text) else text

    return Counter((f.shape, f.severity, f.message, show(f.focus), show(f.path), show(f.value))
                   for f in report.findings)


def _compare(store: ox.Store, shapes: Graph) -> tuple[ValidationReport, ValidationReport]:
    old = validate_graph(union_graph(store), shapes)
    new = validate_store(store, shapes)
    assert _rows(new) == _rows(old)
    assert new.findings == old.findings  # same order too
    assert (new.conforms, new.focus_nodes_checked) == (old.conforms, old.focus_nodes_checked)
    return old, new


def test_every_sparql_constraint_runs_in_bulk(shapes: Graph) -> None:
    core, bulk = split_shapes(shapes)
    assert {str(b.shape).rsplit("#", 1)[-1] for b in bulk} == SPARQL_SHAPES
    from mandategraph.namespaces import SH
    assert not any(True for _ in core.subject_objects(SH.sparql))
    assert len(core) < len(shapes)


@pytest.mark.parametrize("case", sorted(COMBINATIONS))
def test_fixture_findings_identical(case: str, shapes: Graph) -> None:
    old, _ = _compare(curated_store(COMBINATIONS[case]), shapes)
    if case in ("invalid-ungrounded-item", "invalid-grounding-without-evidence",
                "invalid-session-without-dates", "invalid-undeclared-term", "every-invalid-together"):
        assert {f.shape for f in old.findings} & SPARQL_SHAPES, "a SPARQL constraint should fire here"


def test_sparql_findings_carry_rendered_messages_and_values(shapes: Graph) -> None:
    """{?value} is substituted and the value is reported (not vacuous: these fire)."""
    _, new = _compare(curated_store(COMBINATIONS["every-invalid-together"]), shapes)
    fired = {f.shape: f for f in new.findings if f.shape in SPARQL_SHAPES}
    assert {"GroundingEvidenceShape", "DeclaredTermsShape", "SessionDatesShape",
            "SubstantiveItemGroundedShape"} <= set(fired)
    for name in ("GroundingEvidenceShape", "DeclaredTermsShape"):
        assert "{?value}" not in fired[name].message and fired[name].value in fired[name].message
    assert fired["SessionDatesShape"].value == fired["SessionDatesShape"].focus


def test_repository_build_findings_identical(store: ox.Store, shapes: Graph) -> None:
    _compare(store, shapes)


def test_build_reports_the_bulk_findings(built: object, store: ox.Store, shapes: Graph) -> None:
    assert built.validation == validate_graph(union_graph(store), shapes)  # type: ignore[attr-defined]


@pytest.mark.parametrize("query", [
    "SELECT $this WHERE { { $this <p> ?x } UNION { $this <q> ?x } }",  # $this in nested groups
    "SELECT $this WHERE { { SELECT ?x WHERE { $this <p> ?x } } }",  # $this in a sub-select
    "SELECT $this (COUNT(?x) AS ?n) WHERE { $this <p> ?x } GROUP BY $this",  # aggregate
    "SELECT ?x WHERE { $this <p> ?x }",  # $this not projected
    "SELECT $this WHERE { $this <p> ?x } LIMIT 1",  # solution modifier
    "SELECT $this WHERE { $this <p> ?x MINUS { $this <q> ?x } }",
    "SELECT $this WHERE { $this <p> $currentShape }",
    "SELECT * WHERE { $this <p> ?x }",
])
def test_queries_bulk_cannot_reproduce_stay_with_pyshacl(query: str) -> None:
    assert _rewrite_select(query, "{ ?this a <C> }") is None


def test_rewrite_inserts_targets_in_the_where_group() -> None:
    text = 'SELECT $this WHERE { FILTER NOT EXISTS { $this <p> "}" } } # {'
    rewritten = _rewrite_select(text, "T")
    assert rewritten is not None and rewritten[1] == ("this",)
    assert rewritten[0].startswith("SELECT $this WHERE {\nT\n FILTER NOT EXISTS")


EXTRA_SHAPES = """
@prefix mg: <https://w3id.org/mandategraph/ontology#> .
@prefix ex: <https://example.org/shapes#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex: sh:declare [ sh:prefix "mg" ; sh:namespace "https://w3id.org/mandategraph/ontology#"^^xsd:anyURI ] ,
               [ sh:prefix "dcterms" ; sh:namespace "http://purl.org/dc/terms/"^^xsd:anyURI ] .

ex:MandateTypeShape a sh:NodeShape ;                  # subclass targets, an extra variable
    sh:targetClass mg:Mandate, mg:Document ;
    sh:severity sh:Info ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ;
        sh:message "{$this} is typed {?type} ({?value})" ;
        sh:select "SELECT $this ?type WHERE { $this a ?type . FILTER (?type != mg:Mandate) }" ] .

ex:SubjectsShape a sh:NodeShape ;                     # subject targets, repeated solutions
    sh:targetSubjectsOf mg:adoptedBy ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ;
        sh:message "adopted by {?value}" ;
        sh:select "SELECT $this ?value WHERE { $this mg:adoptedBy ?value . $this ?p ?o }" ] .

ex:NodeShape a sh:NodeShape ;                         # a node target absent from the data
    sh:targetNode <https://example.org/nowhere> ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ;
        sh:message "{?this} has no title" ;
        sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this dcterms:title ?t } }" ] .

ex:NestedShape a sh:NodeShape ;                       # stays with pySHACL (nested group)
    sh:targetClass mg:Session ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ;
        sh:message "session {$this}" ;
        sh:select "SELECT $this WHERE { { $this a mg:Session } UNION { $this mg:ofBody ?b } }" ] .
"""


def test_targets_messages_and_fallback_on_other_shapes() -> None:
    """Subclass, subject and node targets, extra variables in messages, severities, duplicates:
    the same findings both ways; a constraint the rewrite cannot take stays with pySHACL."""
    extra = Graph().parse(data=EXTRA_SHAPES, format="turtle")
    core, bulk = split_shapes(extra)
    assert {str(b.shape).rsplit("#", 1)[-1] for b in bulk} == {"MandateTypeShape", "SubjectsShape",
                                                                "NodeShape"}
    old, _ = _compare(curated_store(COMBINATIONS["every-invalid-together"]), extra)
    fired = Counter(f.shape for f in old.findings)
    assert fired["MandateTypeShape"] and fired["SubjectsShape"] and fired["NestedShape"]
    assert fired["NodeShape"] == 1


def test_every_property_shape_is_compiled_so_no_rdflib_copy_is_made(shapes: Graph) -> None:
    rest, _ = split_shapes(shapes)
    core, compiled = compile_core(rest)
    assert compiled and not needs_pyshacl(core)
    from mandategraph.namespaces import SH
    assert not any(True for _ in core.subject_objects(SH.property))


CORE_SHAPES = """
@prefix mg: <https://w3id.org/mandategraph/ontology#> .
@prefix ex: <https://example.org/shapes#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

ex:ThingShape a sh:NodeShape ;
    sh:targetClass ex:Thing ;
    sh:targetNode ex:lonely ;
    sh:property [ sh:path ex:two ; sh:minCount 2 ; sh:maxCount 2 ; sh:message "two values"@en ] ,
        [ sh:path ex:date ; sh:datatype xsd:date ; sh:severity sh:Warning ; sh:message "a date" ] ,
        [ sh:path ex:flag ; sh:datatype xsd:boolean ; sh:message "a flag" ] ,
        [ sh:path ex:n ; sh:datatype xsd:integer ; sh:maxCount 1 ; sh:message "a number" ] ,
        [ sh:path ex:name ; sh:datatype xsd:string ; sh:minLength 2 ; sh:maxLength 5 ;
          sh:message "a short name" ] ,
        [ sh:path ex:label ; sh:datatype rdf:langString ; sh:message "a label with a language" ] ,
        [ sh:path ex:code ; sh:pattern "^[A-Z]+/[0-9]+$" ; sh:message "a code" ] ,
        [ sh:path ex:link ; sh:nodeKind sh:IRI ; sh:class ex:Thing ; sh:message "a link to a thing" ] ,
        [ sh:path ex:ref ; sh:nodeKind sh:BlankNodeOrLiteral ; sh:message "not an IRI" ] ,
        [ sh:path ex:colour ; sh:in ( ex:red ex:green ) ; sh:message "red or green" ] ,
        [ sh:path ex:when ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ;
          sh:message "a date or a year" ] ,
        [ sh:path ex:one ; sh:minCount 1 ; sh:maxCount 1 ; sh:message "exactly one" ] ,
        [ sh:path ex:never ; sh:maxCount 0 ; sh:message "never" ] ,
        [ sh:path ex:kin ; sh:class ex:Thing ; sh:message "a thing, its class by a blank node" ] ,
        [ sh:path ex:two ; sh:hasValue "a" ; sh:message "stays with pySHACL" ] ,
        [ sh:path ( ex:link ex:two ) ; sh:minCount 1 ; sh:message "a sequence path stays too" ] .

"""

CORE_DATA = """
@prefix ex: <https://example.org/shapes#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:SubThing rdfs:subClassOf ex:Thing .
_:kind rdfs:subClassOf ex:SubThing .
ex:good a ex:Thing ; ex:one 1 ; ex:kin ex:sub, _:kinned ;
    ex:two "a", "b" ; ex:date "2013-10-07"^^xsd:date ; ex:flag true ; ex:n 3 ;
    ex:name "abc" ; ex:label "x"@en ; ex:code "AB/12" ; ex:link ex:sub ; ex:ref "x" ; ex:colour ex:red ;
    ex:when "2013"^^xsd:gYear .
_:kinned a _:kind .
ex:odd a "ex:Thing", ex:Other .
ex:sub a ex:SubThing ; ex:one 1, "1" ; ex:never ex:good ; ex:kin ex:good, ex:nothing, _:kinned, "x" ;
    ex:two "a", "c", "d" ; ex:n 1, 01, 2 ; ex:name "a", "abcdef", 12 ;
    ex:date "2013-02-30"^^xsd:date, "2013-10-07", "2013-10-07"^^xsd:dateTime ; ex:flag "maybe"^^xsd:boolean ;
    ex:label "no language", "x"^^xsd:string ; ex:code "ab/12", ex:AB, [ ex:p 1 ] ;
    ex:link "literal", ex:good, ex:nothing, [ a ex:Thing ], ex:odd ; ex:ref ex:iri, [ ex:p 2 ] ;
    ex:colour ex:blue, "red" ; ex:when "2013-10"^^xsd:gYearMonth, "2013-10-07"^^xsd:date, "soon" .
"""


def test_core_components_identical_to_pyshacl(tmp_path: Path) -> None:
    """Counts, class (with subclasses, literals, blank nodes), datatypes (ill-typed, strings, language
    strings), lengths, patterns, node kinds, sh:in and sh:or: the compiled findings are pySHACL's;
    what cannot be compiled (sh:hasValue, a sequence path) stays with pySHACL."""
    extra = Graph().parse(data=CORE_SHAPES, format="turtle")
    core, compiled = compile_core(split_shapes(extra)[0])
    assert compiled and needs_pyshacl(core)
    from mandategraph.namespaces import SH
    assert len(set(core.objects(None, SH.property))) == 2
    data = tmp_path / "core.ttl"
    data.write_text(CORE_DATA, encoding="utf-8")
    store = curated_store([data])
    old, new = validate_graph(union_graph(store), extra), validate_store(store, extra)
    assert _rows(new, blank="_:b") == _rows(old, blank="_:b")  # blank node labels differ by copy
    assert (new.conforms, new.focus_nodes_checked) == (old.conforms, old.focus_nodes_checked)
    fired = Counter(f.message for f in old.findings)
    for message in ("two values", "a date", "a flag", "a number", "a short name", "a label with a language",
                    "a code", "a link to a thing", "not an IRI", "red or green", "a date or a year",
                    "exactly one", "never", "a thing, its class by a blank node",
                    "stays with pySHACL", "a sequence path stays too"):
        assert fired[message], message
    assert {f.focus for f in old.findings if f.message == "two values" and f.focus.startswith("http")} == {
        "https://example.org/shapes#sub", "https://example.org/shapes#lonely"}
    assert {f.focus for f in old.findings if f.message == "exactly one" and f.focus.startswith("http")} == {
        "https://example.org/shapes#sub", "https://example.org/shapes#lonely"}  # two values, none
    assert {f.value for f in old.findings if f.message.startswith("a thing")} == {
        "https://example.org/shapes#nothing", "x"}  # typed by the blank node's subclass: a thing
    assert {f.value for f in old.findings if f.message == "a link to a thing" and f.value.startswith("http")} == {
        "https://example.org/shapes#nothing", "https://example.org/shapes#odd"}  # typed, but not a thing


def test_the_value_query_tests_each_row_in_order_of_the_cost_its_components_carry() -> None:
    """The filter of the one-pass value query orders its tests by each component's cost (data, not
    the text of its condition): a lookup written without the word EXISTS still goes after the row
    tests, and a row test that mentions EXISTS in a string stays in front."""
    from mandategraph.validate import LOOKUP, ROW_TEST, TYPES, Component, _value_query

    def value(condition: str, cost: int) -> Component:
        return Component("urn:p", "Violation", "m", "value", condition=condition, cost=cost)

    query = _value_query("?this a <urn:C>", (
        value("NOT { ?value <urn:t> ?x }", TYPES),
        value('STR(?value) = "EXISTS"', ROW_TEST),
        value("?value IN (<urn:a>)", LOOKUP),
        Component("urn:p", "Violation", "m", "count", high=1)))
    kept = query[query.index("FILTER (BOUND"):]
    order = [kept.index(part) for part in ('STR(?value) = "EXISTS"', "?value IN (<urn:a>)",
                                           "?mg_other", "NOT { ?value <urn:t> ?x }")]
    assert order == sorted(order)
