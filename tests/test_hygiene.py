"""Ontology hygiene, and one namespace module that every .ttl and .rq agrees with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from mandategraph import __version__
from mandategraph.namespaces import MG, ONTOLOGY_IRI, PREFIXES

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "mandategraph.ttl"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


def mg_terms(graph: Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in graph.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(str(MG))}


def test_every_term_labelled_defined_and_attributed(ontology: Graph) -> None:
    terms = mg_terms(ontology) | {s for s in ontology.subjects(SKOS.inScheme, None)}
    assert len(terms) > 40
    missing = [(str(t), what) for t in sorted(terms)
               for what, prop in (("label", RDFS.label), ("definition", SKOS.definition),
                                  ("isDefinedBy", RDFS.isDefinedBy))
               if ontology.value(t, prop) is None]
    assert missing == []


def test_design_vocabulary_is_declared(ontology: Graph) -> None:
    design = """Body parentBody Session ofBody sessionNumber startDate endDate venue Document Agenda
    BackgroundPaper Report ConferenceRoomPaper Note AgendaItem onAgenda forSession order subItemOf
    isProcedural Mandate Resolution Decision Recommendation Provision partOf adoptedBy adoptedAt
    groundedIn Grounding item mandate statedIn quote status documentedBy continues establishes
    actsOn cites ScheduleSlot slotOf start end covers""".split()  # noqa: SIM905 (reads as the DESIGN table)
    declared = mg_terms(ontology)
    assert [t for t in design if MG[t] not in declared] == []


def test_aligned_to_standard_vocabularies(ontology: Graph) -> None:
    supers = {str(o) for _, o in ontology.subject_objects(RDFS.subClassOf)} | {
        str(o) for _, o in ontology.subject_objects(RDFS.subPropertyOf)}
    for ns in ("eli", "undo", "prov", "org", "dcterms", "skos", "eli-dl"):
        assert any(s.startswith(PREFIXES[ns]) for s in supers), ns


def test_version_info_is_the_package_version(ontology: Graph) -> None:
    assert str(ontology.value(URIRef(ONTOLOGY_IRI), OWL.versionInfo)) == __version__


DECLARATION = re.compile(r"(?im)^\s*@?prefix\s+([\w-]*):\s*<([^>]*)>")


def declared_prefixes(path: Path) -> list[tuple[str, str]]:
    return DECLARATION.findall(path.read_text(encoding="utf-8"))


FILES = sorted([*ROOT.glob("ontology/*.ttl"), *ROOT.glob("data/curated/*.ttl"), *ROOT.glob("queries/*.rq"),
                *ROOT.glob("src/mandategraph/sparql/*.r[qu]"), *ROOT.glob("tests/fixtures/**/*.ttl")])


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_prefixes_agree_with_the_namespace_module(path: Path) -> None:
    wrong = [(p, ns) for p, ns in declared_prefixes(path) if p in PREFIXES and PREFIXES[p] != ns]
    renamed = [(p, ns) for p, ns in declared_prefixes(path)
               if p not in PREFIXES and ns in PREFIXES.values()]
    assert wrong == [] and renamed == []


def test_the_checks_see_a_wrong_prefix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix mg: <https://w3id.org/mandategraph/ontology/> .\n", encoding="utf-8")
    assert declared_prefixes(bad) == [("mg", "https://w3id.org/mandategraph/ontology/")]
    with pytest.raises(AssertionError):
        test_prefixes_agree_with_the_namespace_module(bad)
