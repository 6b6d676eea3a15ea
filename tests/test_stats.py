"""`stats` on a small graph whose answers were worked out by hand (tests/fixtures/stats/chains.trig).

The chain projection of the fixture (an edge from what is grounded to what it rests on):

    I1 -> C1 -> R3 -> R2 -> R1 -> A -> T        (C1 -> R3: R3 acts on C1; R3 -> R2 twice:
    I2 -> R3          I3 -> R2                    continues and based on, one link for the counts)
    I4 -> C2          I7 -> A       C3 -> R1      I5, I6: no edge

Mandates grounding the most items: a mandate counts the items from which it can be reached.
    A: I1, I2, I3, I7 = 4     T: the same 4     R1: I1, I2, I3 = 3     R2: I1, I2, I3 = 3
    R3: I1, I2 = 2            C1: I1 = 1        C2: I4 = 1             C3: none = 0 (not ranked)
    ties in IRI order: treaty/t < treaty/t/article/1 (A) and decision < recommendation < resolution.

Betweenness (unnormalised): every node has at most one outgoing link, so every path is the only
shortest one, and a node lies inside (ancestors x descendants) paths:
    C1: {I1} x {R3, R2, R1, A, T}                   = 1 x 5 = 5
    R3: {I1, C1, I2} x {R2, R1, A, T}               = 3 x 4 = 12
    R2: {I1, C1, I2, R3, I3} x {R1, A, T}           = 5 x 3 = 15
    R1: {I1, C1, I2, R3, I3, R2, C3} x {A, T}       = 7 x 2 = 14
    A:  {the 7 above, R1, I7} x {T}                 = 9 x 1 = 9
    T, C2, C3 and the items: 0 (no descendants or no ancestors)

Recommendations never acted on: C2 (R3 acts on C1, R1 acts on C3).
Items without grounding: I5, I6.
Longest chain of each item, in hops: I1 6 (C1 R3 R2 R1 A T), I2 5, I3 4, I7 2 (A T), I4 1, I5 0, I6 0
    -> depth 0: 2 items, 1: 1, 2: 1, 4: 1, 5: 1, 6: 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import iri
from mandategraph.build import materialise
from mandategraph.cli import main
from mandategraph.stats import stats

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/mandategraph/id/"
R1, R2, R3 = (f"{ID}resolution/ctoc-cop/{n}/1" for n in (1, 2, 3))
C1, C2, C3 = (f"{ID}recommendation/wg/1/c{n}" for n in (1, 2, 3))
A, T = f"{ID}treaty/t/article/1", f"{ID}treaty/t"
ITEM = f"{ID}session/wg/9/item/"


@pytest.fixture(scope="module")
def chains() -> ox.Store:
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "mandategraph.ttl"), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(iri.GRAPH_ONTOLOGY)))
    for path in sorted((ROOT / "tests" / "fixtures" / "stats").glob("*.trig")):
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
    materialise(store)
    return store


def test_counts(chains: ox.Store) -> None:
    result = stats(chains)
    assert (result.items, result.mandates, result.links) == (7, 8, 11)


def test_mandates_grounding_most_items(chains: ox.Store) -> None:
    ranked = [(r.iri, r.value) for r in stats(chains).most_grounding]
    assert ranked == [(T, 4), (A, 4), (R1, 3), (R2, 3), (R3, 2), (C1, 1), (C2, 1)]
    assert [r.label for r in stats(chains, top=3).most_grounding] == [
        "Test Convention", "article 1 of Test Convention", "resolution 1/1"]


def test_betweenness(chains: ox.Store) -> None:
    result = stats(chains)
    assert [(r.iri, r.value) for r in result.centrality] == [(R2, 15), (R1, 14), (R3, 12), (A, 9), (C1, 5)]
    assert "betweenness" in result.centrality_measure


def test_gaps(chains: ox.Store) -> None:
    result = stats(chains)
    assert [r.iri for r in result.never_acted_on] == [C2]
    assert [r.iri for r in result.ungrounded_items] == [ITEM + "5", ITEM + "6"]


def test_chain_depths(chains: ox.Store) -> None:
    assert stats(chains).depths == ((0, 2), (1, 1), (2, 1), (4, 1), (5, 1), (6, 1))


def test_cli_json_and_table_agree_with_the_graph(built, store: ox.Store,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    items = {q["i"].value for q in store.query(
        "SELECT DISTINCT ?i WHERE { ?i a <https://w3id.org/mandategraph/ontology#AgendaItem> }",
        use_default_graph_as_union=True)}
    assert data["items"] == len(items)
    assert sum(d["items"] for d in data["chain_depths"]) == len(items)
    ungrounded = {q["i"].value for q in store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> SELECT ?i WHERE { ?i a mg:AgendaItem "
        "FILTER NOT EXISTS { ?i mg:groundedIn ?m } }", use_default_graph_as_union=True)}
    assert {r["iri"] for r in data["ungrounded_items"]} == ungrounded
    assert main(["stats"]) == 0
    table = capsys.readouterr().out
    assert "betweenness" in table and f"agenda items without grounding ({len(ungrounded)})" in table
