"""The build's materialisation (sparql/materialise.ru) infers exactly what its earlier, slower form
(tests/fixtures/materialise/reference.ru: FILTER NOT EXISTS where it now has MINUS) inferred, as
sets of triples, on the repository's build, the edge-case fixtures and a generated graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from bench.generate import generate

from mandategraph import iri
from mandategraph.build import BuildResult
from mandategraph.query import internal
from mandategraph.store import DUMP

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (ROOT / "tests" / "fixtures" / "materialise" / "reference.ru").read_text(encoding="utf-8")
INFERRED = ox.NamedNode(str(iri.GRAPH_INFERRED))


def inferred_by(update: str, data: bytes) -> set[ox.Triple]:
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_QUADS)
    store.clear_graph(INFERRED)
    store.update(update)
    return {q.triple for q in store.quads_for_pattern(None, None, None, INFERRED)}


def same_inference(data: bytes) -> int:
    new, old = inferred_by(internal("materialise.ru"), data), inferred_by(REFERENCE, data)
    assert new == old, (f"{len(new - old)} triples only in the new form, e.g. {sorted(map(str, new - old))[:3]}; "
                        f"{len(old - new)} only in the reference, e.g. {sorted(map(str, old - new))[:3]}")
    return len(new)


def test_the_text_differs_from_the_reference() -> None:
    assert "MINUS" in internal("materialise.ru") and "MINUS" not in REFERENCE


def test_repository_build(built: BuildResult) -> None:
    assert same_inference((built.directory / DUMP).read_bytes()) > 100


def test_edge_fixtures(edge_store: ox.Store) -> None:
    assert same_inference(edge_store.dump(format=ox.RdfFormat.N_QUADS) or b"") > 0


@pytest.mark.parametrize("seed", [7, 8])
def test_generated_graph(seed: int) -> None:
    lines, _ = generate(10_000, seed=seed)
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "mandategraph.ttl"), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(iri.GRAPH_ONTOLOGY)))
    store.load("".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    assert same_inference(store.dump(format=ox.RdfFormat.N_QUADS) or b"") > 1000
