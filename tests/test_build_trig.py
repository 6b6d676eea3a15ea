"""The run's TriG is written from the text of its N-Quads dump (mandategraph.rebuild.write_trig),
without parsing it: read back, by pyoxigraph and by rdflib, it must hold the dump's quads exactly,
whatever the terms (literals with escapes, language tags, datatypes, non-ASCII text, blank nodes in
several graphs and as a graph's name, the default graph)."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from mandategraph import changes
from mandategraph.namespaces import PREFIXES
from mandategraph.rebuild import write_trig
from mandategraph.store import load_dump

EX = "https://example.org/"
G1, G2 = ox.NamedNode(EX + "g1"), ox.NamedNode(EX + "g/ü?x=1#2")
SHARED = ox.BlankNode("b0shared")  # named in two graphs and the default graph: one node in both files

LITERALS = [
    ox.Literal('quote " and backslash \\ and ">" <g1> .'),
    ox.Literal("line\nbreak\r\ttab and a trailing space . "),
    ox.Literal("ends like a line <https://example.org/g1> .\n"),
    ox.Literal("non-ASCII: é ü ß — 中文 العربية и 😀 \u2028 \x7f \x00"),
    ox.Literal("English", language="en"),
    ox.Literal("français du Canada", language="fr-CA"),
    ox.Literal("繁體", language="zh-Hant-TW"),
    ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("2026-12-02", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal("odd", datatype=ox.NamedNode(EX + "type/é")),
    ox.Literal(""),
]


def _store(blank_graph: bool = True) -> ox.Store:
    store = ox.Store()
    graphs: list[ox.NamedNode | ox.BlankNode] = [G1, G2] + ([ox.BlankNode("graphname")] if blank_graph else [])
    for i, literal in enumerate(LITERALS):
        graph = graphs[i % len(graphs)]
        subject = ox.NamedNode(f"{EX}item/{i}é")
        store.add(ox.Quad(subject, ox.NamedNode(EX + "p"), literal, graph))
        store.add(ox.Quad(subject, ox.NamedNode(EX + "p"), literal, ox.DefaultGraph()))  # the union, as built
    for graph in graphs:
        store.add(ox.Quad(SHARED, ox.NamedNode(EX + "in"), graph if isinstance(graph, ox.NamedNode) else G1, graph))
        store.add(ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "q"), SHARED, graph))
        store.add(ox.Quad(ox.BlankNode(), ox.NamedNode(EX + "q"), ox.BlankNode(), graph))
    store.add(ox.Quad(SHARED, ox.NamedNode(EX + "only"), ox.Literal("default"), ox.DefaultGraph()))
    # the graph's own term as a triple's object, just before its graph term in the dump's line
    store.add(ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "graph"), G1, G1))
    return store


def _written(tmp_path: Path, store: ox.Store) -> tuple[Path, Path, dict[str, dict[str, object]]]:
    dump, trig = tmp_path / "dataset.nq", tmp_path / "dataset.trig"
    with open(dump, "wb") as out:
        index = changes.write_dump(out, store, changes.sections(store))
    write_trig(dump, index, trig, PREFIXES)
    return dump, trig, index


def test_the_trig_holds_the_dumps_quads(tmp_path: Path) -> None:
    store = _store()
    dump, trig, _ = _written(tmp_path, store)
    want = set(store)
    assert set(ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS)) == want  # (the store's bulk load renames
    assert len(load_dump(dump)) == len(want)  # blank nodes)
    got = set(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    assert got == want, (sorted(map(str, got - want))[:3], sorted(map(str, want - got))[:3])
    assert any(q.graph_name == ox.DefaultGraph() for q in got) and any(isinstance(q.graph_name, ox.BlankNode)
                                                                       for q in got)


def test_rdflib_reads_the_same_dataset(tmp_path: Path) -> None:
    dump, trig, _ = _written(tmp_path, _store(blank_graph=False))
    from_trig, from_dump = Dataset(), Dataset()
    from_trig.parse(str(trig), format="trig")
    from_dump.parse(str(dump), format="nquads")
    names = {str(g.identifier) for g in from_dump.graphs()}
    assert names == {str(g.identifier) for g in from_trig.graphs()} and {str(G1.value), str(G2.value)} <= names
    for graph in from_dump.graphs():
        other = from_trig.graph(graph.identifier)
        assert len(graph) == len(other) and len(graph) > 0 and isomorphic(graph, other), graph.identifier


def test_an_index_that_does_not_match_the_dump_is_refused(tmp_path: Path) -> None:
    dump, trig, index = _written(tmp_path, _store())
    name = f"<{G1.value}>"
    for entry in ({**index[name], "length": int(index[name]["length"]) - 1},  # type: ignore[call-overload]
                  {**index[name], "offset": int(index[name]["offset"]) + 1}):  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="the section of"):
            write_trig(dump, {**index, name: entry}, trig, PREFIXES)
    short = dict(index)
    del short[max(short, key=lambda n: int(short[n]["offset"]))]  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="after the last section"):
        write_trig(dump, short, trig, PREFIXES)


def test_the_default_graph_alone(tmp_path: Path) -> None:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("x\"y", language="en")))
    dump, trig, index = _written(tmp_path, store)
    assert index == {}
    assert set(ox.parse(io.BytesIO(trig.read_bytes()), format=ox.RdfFormat.TRIG)) == set(store)
