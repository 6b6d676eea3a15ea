"""The build's materialisation (sparql/materialise.ru) infers exactly what its earlier, slower form
(tests/fixtures/materialise/reference.ru: FILTER NOT EXISTS where it now has MINUS) inferred, as
sets of triples, on the repository's build, the edge-case fixtures and a generated graph; and the
effective statuses (sparql/effective_status.ru) are those of the earlier rule in Python over
evidence_status.rq's rows."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from bench.generate import generate

from mandategraph import iri
from mandategraph.build import BuildResult
from mandategraph.namespaces import MG
from mandategraph.query import internal
from mandategraph.status import PRECEDENCE
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


EFFECTIVE = ox.NamedNode(str(MG.effectiveStatus))


def statuses_by_rows(store: ox.Store) -> set[ox.Triple]:
    """The earlier effective-status rule: for each link, the status of its evidence that wins by
    PRECEDENCE (first seen on a tie), given to every evidence node of the link."""
    rank = {str(MG[name]): n for n, name in enumerate(PRECEDENCE)}
    solutions = store.query(internal("evidence_status.rq"), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    rows = list(solutions)
    worst: dict[tuple[str, str, str], ox.NamedNode] = {}
    for row in rows:
        key = (row["s"].value, row["p"].value, row["o"].value)
        if key not in worst or rank.get(row["status"].value, 0) > rank.get(worst[key].value, 0):
            worst[key] = row["status"]
    return {ox.Triple(row["evidence"], EFFECTIVE, worst[(row["s"].value, row["p"].value, row["o"].value)])
            for row in rows}


def same_statuses(data: bytes) -> int:
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_QUADS)
    for quad in list(store.quads_for_pattern(None, EFFECTIVE, None, INFERRED)):
        store.remove(quad)
    expected = statuses_by_rows(store)
    store.update(internal("effective_status.ru"))
    assert {q.triple for q in store.quads_for_pattern(None, EFFECTIVE, None, INFERRED)} == expected
    return len(expected)


def test_effective_statuses_of_the_repository_build(built: BuildResult) -> None:
    assert same_statuses((built.directory / DUMP).read_bytes()) > 100


def test_effective_statuses_of_the_edge_fixtures(edge_store: ox.Store) -> None:
    assert same_statuses(edge_store.dump(format=ox.RdfFormat.N_QUADS) or b"") > 0


def test_effective_statuses_of_a_generated_graph() -> None:
    lines, _ = generate(10_000, seed=7)
    store = ox.Store()
    store.load("".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    store.update(internal("materialise.ru"))
    assert same_statuses(store.dump(format=ox.RdfFormat.N_QUADS) or b"") > 300


def test_a_disputed_review_wins_over_what_was_read() -> None:
    """Two evidence nodes of one link, one read (asserted), one a curator's review (disputed): both
    get mg:disputed; a link with an unverified reading only keeps mg:unverified."""
    ex = "http://example.org/"
    link = {"e1": ("g1", MG.continues, MG.asserted), "e2": ("g2", MG.continues, MG.disputed),
            "e3": ("g1", MG.partOf, MG.unverified)}
    lines = [line for e, (g, p, status) in link.items() for line in (
        f"<{ex}{e}> <{MG.linkSubject}> <{ex}a> <{ex}{g}> .", f"<{ex}{e}> <{MG.linkProperty}> <{p}> <{ex}{g}> .",
        f"<{ex}{e}> <{MG.linkObject}> <{ex}b> <{ex}{g}> .", f"<{ex}{e}> <{MG.status}> <{status}> <{ex}{g}> .")]
    assert same_statuses("\n".join(lines).encode() + b"\n") == 3
    store = ox.Store()
    store.load("\n".join(lines).encode() + b"\n", format=ox.RdfFormat.N_QUADS)
    store.update(internal("effective_status.ru"))
    got = {(q.subject.value[len(ex):], q.object.value.rsplit("#", 1)[1])
           for q in store.quads_for_pattern(None, EFFECTIVE, None, INFERRED)}
    assert got == {("e1", "disputed"), ("e2", "disputed"), ("e3", "unverified")}
