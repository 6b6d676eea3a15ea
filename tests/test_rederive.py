"""Incremental materialisation (mandategraph.rederive) gives the inferred graph of a full one.

Each case materialises a dataset in full (the previous build), changes it (a named graph removed
or added, one triple removed or added), updates the inferred graph with :func:`rederive` from the
change, and compares it as a set with a full materialisation of the changed dataset; the triples
it says it added and removed are compared with the difference of the two full ones. The fixtures:
the blanket actions and the same-recommendation graphs (rules whose links appear and disappear
with one triple: a session's recommendation, a second candidate of a meeting), the edge-case
graphs of the queries' tests and a generated graph (documents, curated files and their evidence).
"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from bench.generate import generate

from mandategraph import iri
from mandategraph.build import materialise
from mandategraph.namespaces import RDF as RDF_TYPE_NS
from mandategraph.rederive import INFERRED, Unsupported, rederive

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ox.NamedNode(str(iri.GRAPH_ONTOLOGY))
MG = "https://w3id.org/mandategraph/ontology#"


def _base(paths: list[Path], nquads: bytes = b"") -> set[ox.Quad]:
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "mandategraph.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ONTOLOGY)
    for path in paths:
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
    if nquads:
        store.load(nquads, format=ox.RdfFormat.N_QUADS)
    return {q for q in store if q.graph_name != INFERRED}


def _materialised(base: set[ox.Quad]) -> ox.Store:
    store = ox.Store()
    store.extend(base)
    materialise(store)
    return store


def _inferred(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, INFERRED)}


def check(before: set[ox.Quad], after: set[ox.Quad], old: ox.Store | None = None) -> int:
    """Rederive from ``before`` (materialised: ``old``) to ``after``; the number of inferred triples
    that changed."""
    old = old or _materialised(before)
    new = ox.Store()
    new.extend(after)
    new.extend(old.quads_for_pattern(None, None, None, INFERRED))
    out = rederive(old, new, before ^ after)
    expected, previous, got = _inferred(_materialised(after)), _inferred(old), _inferred(new)
    assert got == expected, (f"{len(got - expected)} only rederived, e.g. {sorted(map(str, got - expected))[:3]}; "
                             f"{len(expected - got)} only in a full materialisation, "
                             f"e.g. {sorted(map(str, expected - got))[:3]}")
    assert (out.added, out.removed) == (expected - previous, previous - expected)
    return len(out.added) + len(out.removed)


FIXTURES = {
    "blanket": [ROOT / "tests" / "fixtures" / "blanket" / "blanket-actions.trig"],
    "same-recommendation": [ROOT / "tests" / "fixtures" / "recommendations" / "same-recommendation.trig"],
    "edges": sorted((ROOT / "tests" / "fixtures" / "queries").glob("*.trig")),
}


def _graphs(base: set[ox.Quad]) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    return sorted({q.graph_name for q in base if q.graph_name != ONTOLOGY}, key=str)


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_graph_removed_and_added_back(name: str) -> None:
    base = _base(FIXTURES[name])
    full = _materialised(base)
    changed = 0
    for graph in _graphs(base):
        without = {q for q in base if q.graph_name != graph}
        changed += check(base, without, full)
        changed += check(without, base)
    assert changed > 0


@pytest.mark.parametrize("name", ["blanket", "same-recommendation"])
def test_each_triple_removed_and_added_back(name: str) -> None:
    """Every triple of the fixture's graphs (the ontology's aside) removed alone, and added back."""
    base = _base(FIXTURES[name])
    full = _materialised(base)
    changed = 0
    for quad in sorted((q for q in base if q.graph_name != ONTOLOGY), key=str):
        changed += check(base, base - {quad}, full)
        changed += check(base - {quad}, base)
    assert changed > 0


def _moved(base: set[ox.Quad], predicate: str, rng: random.Random) -> tuple[set[ox.Quad], int]:
    """``base`` with the objects of some ``predicate`` triples swapped between them."""
    quads = sorted((q for q in base if q.predicate.value == predicate and q.graph_name != ONTOLOGY), key=str)
    chosen = rng.sample(quads, min(4, len(quads)))
    objects = [q.object for q in chosen][1:] + [q.object for q in chosen][:1]
    swapped = {ox.Quad(q.subject, q.predicate, o, q.graph_name) for q, o in zip(chosen, objects, strict=True)}
    return (base - set(chosen)) | swapped, len(chosen)


@pytest.mark.parametrize("name", ["blanket", "same-recommendation"])
def test_a_change_that_makes_one_link_and_unmakes_another(name: str) -> None:
    """Recommendations moved between meetings, blanket actions between sessions, labels and texts
    between recommendations: inferred links appear and others disappear in one change."""
    base = _base(FIXTURES[name])
    full = _materialised(base)
    rng = random.Random(5)
    changed = 0
    for predicate in ("adoptedAt", "actsOnRecommendationsOf", "actsOn", "text"):
        for _ in range(3):
            after, n = _moved(base, MG + predicate, rng)
            if n > 1:
                changed += check(base, after, full)
    for label in ("http://www.w3.org/2000/01/rdf-schema#label",):
        after, n = _moved(base, label, rng)
        changed += check(base, after, full)
    assert changed > 0


@pytest.mark.parametrize("seed", [7])
def test_generated_graph_documents_removed_added_and_changed(seed: int) -> None:
    lines, _ = generate(10_000, seed=seed)
    base = _base([], "".join(lines).encode())
    full = _materialised(base)
    graphs = _graphs(base)
    rng = random.Random(seed)
    changed = 0
    for graph in rng.sample(graphs, 6) + [graphs[-1]]:
        without = {q for q in base if q.graph_name != graph}
        changed += check(base, without, full)
        changed += check(without, base)
        inside = sorted((q for q in base if q.graph_name == graph), key=str)
        dropped = set(rng.sample(inside, min(10, len(inside))))
        changed += check(base, base - dropped, full)
    assert changed > 0


def test_the_ontology_and_blank_nodes_are_left_to_a_full_materialisation() -> None:
    base = _base(FIXTURES["blanket"])
    full = _materialised(base)
    ontology = next(q for q in base if q.graph_name == ONTOLOGY)
    with pytest.raises(Unsupported):
        check(base, base - {ontology}, full)
    graph = ox.NamedNode("https://example.org/graph")
    blank = ox.Quad(ox.BlankNode("b"), ox.NamedNode(MG + "actsOn"), ox.NamedNode("https://example.org/x"), graph)
    with pytest.raises(Unsupported):
        check(base, base | {blank}, full)


def test_an_ingest_run_two_graphs_name_keeps_its_type_while_either_has_a_link() -> None:
    """Rule 3 types each link's activity (the graph's ingest run): a run two graphs name keeps its
    type in the inferred graph when one of them goes, and loses it when the other goes too."""
    run, part_of = ox.NamedNode("https://example.org/run/1"), ox.NamedNode(MG + "partOf")
    quads = set()
    for n in (1, 2):
        graph = ox.NamedNode(f"https://w3id.org/mandategraph/id/graph/doc/T/{n}")
        quads |= {ox.Quad(run, ox.NamedNode(str(RDF_TYPE_NS.type)), ox.NamedNode(MG + "IngestRun"), graph),
                  ox.Quad(ox.NamedNode(f"https://example.org/p/{n}"), part_of,
                          ox.NamedNode(f"https://example.org/r/{n}"), graph)}
    base = _base([]) | quads
    one = {q for q in base if not q.graph_name.value.endswith("/1")}
    assert check(base, one) > 0
    none = {q for q in one if not q.graph_name.value.endswith("/2")}
    assert check(one, none) > 0 and check(none, base) > 0
