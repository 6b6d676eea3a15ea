"""Exports: the wide projection, scopes, and round trips (GraphML and GEXF through networkx, JSON-LD
and TriG through rdflib)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph

from mandategraph.cli import main
from mandategraph.export import export, flat, network, parse_scope, rdf_subset, scope_nodes
from mandategraph.impact import impact_of
from mandategraph.network import chain_view, project
from mandategraph.trace import trace_item

ID = "https://w3id.org/mandategraph/id/"
ITEM2 = f"{ID}session/ctoc-cop-wg7/2/item/2"
SCOPES = (None, "item=WG.7 2013 item 2", "mandate=resolution 6/3", "body=ctoc-cop-wg7",
          "session=ctoc-cop-wg7/2")


def edges(graph: nx.MultiDiGraph) -> list[tuple]:
    return sorted((s, t, k, repr(sorted(d.items()))) for s, t, k, d in graph.edges(keys=True, data=True))


def test_chain_view_of_the_wide_projection_is_the_trace_projection(store: ox.Store) -> None:
    narrow, wide = project(store), project(store, wide=True)
    assert wide.number_of_edges() > narrow.number_of_edges()
    view = chain_view(wide)
    assert dict(view.nodes(data=True)) == dict(narrow.nodes(data=True))
    assert edges(view) == edges(narrow)


def test_wide_projection_keeps_parallel_relations_and_no_literals(store: ox.Store) -> None:
    wide = project(store, wide=True)
    assert all(re.match(r"^https://w3id\.org/", n) for n in wide.nodes)
    relations = {k for _, _, k in wide.edges(keys=True)}
    assert {"documented by", "establishes", "adopted by", "for session", "acts on", "cites"} <= relations
    assert "acted on by" not in relations  # the stated direction, acts on, is kept instead
    for _, _, data in wide.edges(data=True):
        assert data["status"] in ("asserted", "unverified", "verified", "disputed")
        assert data["predicate"].startswith("http")


def test_parallel_relations_survive_every_network_format() -> None:
    """The stats fixture has resolution 3/1 both continuing and based on 2/1: two edges."""
    from mandategraph import iri
    from mandategraph.build import materialise

    root = Path(__file__).resolve().parents[1]
    store = ox.Store()
    store.load(path=str(root / "ontology" / "mandategraph.ttl"), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(iri.GRAPH_ONTOLOGY)))
    store.load(path=str(root / "tests" / "fixtures" / "stats" / "chains.trig"), format=ox.RdfFormat.TRIG)
    materialise(store)
    r3, r2 = f"{ID}resolution/ctoc-cop/3/1", f"{ID}resolution/ctoc-cop/2/1"
    assert set(project(store, wide=True)[r3][r2]) == {"continues", "based on"}
    graphml = nx.read_graphml(io.BytesIO(export(store, "graphml").data), force_multigraph=True)
    gexf = nx.read_gexf(io.BytesIO(export(store, "gexf").data))
    for back in (graphml, gexf):
        assert sorted(d["relation"] for d in back[r3][r2].values()) == ["based on", "continues"]


def test_item_scope_is_the_trace_and_its_documents(store: ox.Store) -> None:
    wide = project(store, wide=True)
    nodes = scope_nodes(store, wide, parse_scope('item="WG.7 2013 item 2"'))
    assert nodes is not None
    trace = trace_item(store, ITEM2)
    chain = {ITEM2} | {hop.target.iri for path in trace.paths for hop in path}
    assert chain <= nodes
    assert {f"{ID}doc/{s}" for s in trace.documents} <= nodes
    assert {n for n in nodes if wide.nodes[n].get("type") not in ("Session", "Agenda", "Document",
                                                                    "BackgroundPaper")} == chain


def test_mandate_scope_is_its_impact(store: ox.Store) -> None:
    wide = project(store, wide=True)
    nodes = scope_nodes(store, wide, parse_scope("mandate=resolution 6/3"))
    impact = impact_of(store, "resolution 6/3")
    assert nodes is not None and impact.items
    assert {i.item.iri for i in impact.items} | {m.iri for m in impact.mandates} <= nodes


def test_session_and_body_scopes(store: ox.Store) -> None:
    items = {r["i"].value for r in store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> SELECT ?i WHERE { ?i a mg:AgendaItem ; "
        "mg:forSession <https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2> }",
        use_default_graph_as_union=True)}
    assert items
    session = network(store, parse_scope("session=ctoc-cop-wg7/2"))
    assert items <= set(session.nodes)
    body = network(store, parse_scope("body=ctoc-cop-wg7"))
    assert f"{ID}session/ctoc-cop-wg7/2" in body and f"{ID}body/ctoc-cop-wg7" in body
    assert any(k == "establishes" for _, _, k in body.edges(keys=True))


@pytest.mark.parametrize("scope", SCOPES)
def test_graphml_round_trip(store: ox.Store, scope: str | None) -> None:
    result = export(store, "graphml", parse_scope(scope))
    back = nx.read_graphml(io.BytesIO(result.data), force_multigraph=True)
    source = flat(network(store, parse_scope(scope)))
    assert dict(back.nodes(data=True)) == dict(source.nodes(data=True))
    assert sorted((s, t, d["id"], repr(sorted(d.items()))) for s, t, d in back.edges(data=True)) == \
        sorted((s, t, d["id"], repr(sorted(d.items()))) for s, t, d in source.edges(data=True))
    assert back.number_of_edges() == result.edges > 0


@pytest.mark.parametrize("scope", SCOPES)
def test_gexf_round_trip(store: ox.Store, scope: str | None) -> None:
    result = export(store, "gexf", parse_scope(scope))
    back = nx.read_gexf(io.BytesIO(result.data))
    source = flat(network(store, parse_scope(scope)))
    assert dict(back.nodes(data=True)) == dict(source.nodes(data=True))

    def keyed(graph: nx.DiGraph) -> list[tuple]:
        # a GEXF file without parallel edges reads back as a DiGraph: compare (source, target, data)
        return sorted((s, t, repr(sorted((a, v) for a, v in d.items() if a not in ("id", "networkx_key"))))
                      for s, t, d in graph.edges(data=True))

    assert keyed(back) == keyed(source)
    evidence = [json.loads(d["evidence"]) for _, _, d in back.edges(data=True)]
    assert any(e and "quote" in e[0] for e in evidence) or scope == "body=ctoc-cop-wg7"


def dataset_quads(data: bytes, fmt: str) -> set[tuple]:
    ds = Dataset()
    ds.parse(data=data, format=fmt)
    quads = {(s, p, o, g) for s, p, o, g in ds.quads()}
    assert not any(isinstance(t, BNode) for q in quads for t in q[:3])  # so sets compare exactly
    return quads


@pytest.mark.parametrize("scope", (None, "item=WG.7 2013 item 2"))
def test_jsonld_and_trig_round_trip(store: ox.Store, scope: str | None) -> None:
    trig, jsonld = (export(store, f, parse_scope(scope)) for f in ("trig", "jsonld"))
    source = store  # the reference: the quads as the store holds them, written as N-Quads
    if scope is not None:
        wide = project(store, wide=True)
        source = rdf_subset(store, wide, scope_nodes(store, wide, parse_scope(scope)) or set())
    reference = dataset_quads(source.dump(format=ox.RdfFormat.N_QUADS), "nquads")
    assert len(reference) == trig.triples > 0
    assert dataset_quads(trig.data, "trig") == reference
    assert dataset_quads(jsonld.data, "json-ld") == reference
    if scope is None:
        assert len(reference) == len(store) == trig.triples == jsonld.triples


def test_scoped_rdf_holds_the_evidence_of_its_links(store: ox.Store) -> None:
    graph = Graph().parse(data=export(store, "nt", parse_scope("item=WG.7 2013 item 2")).data, format="nt")
    quotes = {str(o) for o in graph.objects(None, __import__("rdflib").URIRef(
        "https://w3id.org/mandategraph/ontology#quote"))}
    assert any("special investigative techniques" in q for q in quotes)
    exact = __import__("rdflib").URIRef("http://www.w3.org/ns/oa#exact")
    assert any(True for _ in graph.objects(None, exact))  # selectors came along


def test_turtle_and_ntriples_are_the_union(store: ox.Store) -> None:
    union = {(q.subject, q.predicate, q.object) for q in store}
    for fmt, rdflib_fmt in (("ttl", "turtle"), ("nt", "nt")):
        result = export(store, fmt)
        graph = Graph().parse(data=result.data, format=rdflib_fmt)
        assert len(graph) == len(union) == result.triples


def test_csv_nodes_and_edges(store: ox.Store, tmp_path: Path) -> None:
    result = export(store, "csv", parse_scope("session=ctoc-cop-wg7/2"), str(tmp_path) + "/")
    nodes_file, edges_file = result.files
    assert (nodes_file.name, edges_file.name) == ("nodes.csv", "edges.csv")
    nodes = list(csv.DictReader(nodes_file.open(encoding="utf-8")))
    edge_rows = list(csv.DictReader(edges_file.open(encoding="utf-8")))
    assert len(nodes) == result.nodes and len(edge_rows) == result.edges
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edge_rows)
    assert all(isinstance(json.loads(e["evidence"]), list) for e in edge_rows)
    prefixed = export(store, "csv", out=str(tmp_path / "all"))
    assert [p.name for p in prefixed.files] == ["all.nodes.csv", "all.edges.csv"]


def test_pictures(store: ox.Store) -> None:
    dot = export(store, "dot", parse_scope("item=WG.7 2013 item 2")).data.decode()
    assert dot.startswith("digraph") and "resolution 6/3" in dot and "grounded in" in dot
    svg = export(store, "svg", parse_scope("item=WG.7 2013 item 2")).data.decode()
    assert "<svg" in svg and "resolution 6/3" in svg


def test_cli(built, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", "--format", "trig", "--scope", "body=ctoc-cop-wg7"]) == 0
    out = capsysbinary.readouterr().out
    assert dataset_quads(out, "trig")
    target = tmp_path / "g.graphml"
    assert main(["export", "--format", "graphml", "--out", str(target)]) == 0
    assert nx.read_graphml(target, force_multigraph=True).number_of_nodes() > 100
    assert main(["export", "--format", "csv"]) == 2  # two files need --out
    assert main(["export", "--format", "ttl", "--scope", "colour=blue"]) == 2
    assert main(["export", "--format", "ttl", "--scope", "item=WG.7 2013 item 99"]) == 1
    assert main(["export", "--format", "ttl", "--scope", "session=ctoc-cop-wg7/77"]) == 1
    err = capsysbinary.readouterr().err.decode()
    assert "--scope 'colour=blue'" in err and "no session" in err
