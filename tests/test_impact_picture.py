"""impact (the reverse of trace), trace on the edge cases, and the pictures of a trace."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from matplotlib.image import imread

from mandategraph import picture
from mandategraph.build import BuildResult
from mandategraph.cli import main
from mandategraph.impact import MandateNotFound, impact_of
from mandategraph.network import project
from mandategraph.trace import trace_item

ID = "https://w3id.org/mandategraph/id/"
AGENDA = "CTOC/COP/WG.7/2013/1"


# ------------------------------------------------------------------ trace on the edge cases


def test_item_with_two_paths_shows_both(edge_store: ox.Store) -> None:
    trace = trace_item(edge_store, "FIX/WG/2021/1 item 2")
    firsts = {h.target.iri for h in trace.hops}
    assert firsts == {ID + "recommendation/fix-wg/1/a", ID + "resolution/ctoc-cop/6/3"}
    through_6_3 = [[h.target.label for h in p] for p in trace.paths
                   if any(h.target.iri == ID + "resolution/ctoc-cop/6/3" for h in p)]
    assert ["resolution 6/3", "article 32 of The Convention", "The Convention"] in through_6_3
    assert ["recommendation: topic A (fix-wg)", "resolution 7/1", "resolution 6/3",
            "article 32 of The Convention", "The Convention"] in through_6_3
    assert trace.status == "unverified"  # 7/1 continues 6/3 is unverified by a review


def test_cycle_of_continues_does_not_loop(edge_store: ox.Store) -> None:
    trace = trace_item(edge_store, "FIX/WG/2021/1 item 4")
    (path,) = trace.paths
    assert [h.target.label for h in path] == ["resolution 9/1", "resolution 9/2", "resolution 9/1"]
    assert path[-1].cycle and not path[0].cycle
    assert trace.status == "disputed"


# ------------------------------------------------------------------ impact


def test_impact_same_number_other_body(edge_store: ox.Store) -> None:
    ctoc = impact_of(edge_store, "resolution 6/3")
    assert ctoc.mandate.iri == ID + "resolution/ctoc-cop/6/3"
    assert {i.item.iri for i in ctoc.items} == {ID + "session/fix-wg/1/item/2", ID + "session/fix-wg/2/item/2"}
    assert impact_of(edge_store, "6/3").mandate.iri == ctoc.mandate.iri
    cac = impact_of(edge_store, "CAC/COSP resolution 6/3")
    assert cac.mandate.iri == ID + "resolution/cac-cosp/6/3"
    assert [i.item.iri for i in cac.items] == [ID + "session/fix-wg/2/item/3"]
    assert cac.documents == ("FIX/WG/2021/1",)


def test_impact_through_recommendation_and_continuation(edge_store: ox.Store) -> None:
    impact = impact_of(edge_store, ID + "treaty/untoc")
    assert {m.label for m in impact.mandates} >= {"resolution 6/3", "resolution 7/1",
                                                 "recommendation: topic A (fix-wg)"}
    assert impact.sessions == (ID + "session/fix-wg/1", ID + "session/fix-wg/2")
    assert "FIX/WG/2021/2" in impact.documents
    by_item = {i.item.iri: i for i in impact.items}
    # item 2 of the second meeting is reached directly (asserted) and through 7/1 (unverified)
    assert by_item[ID + "session/fix-wg/2/item/2"].status == "unverified"


def test_impact_of_a_cycle_terminates(edge_store: ox.Store) -> None:
    impact = impact_of(edge_store, "resolution 9/2")
    assert [i.item.iri for i in impact.items] == [ID + "session/fix-wg/2/item/4"]
    assert impact.items[0].status == "disputed"
    assert any(h.cycle for p in impact.paths for h in p)


def test_impact_unknown_mandate(edge_store: ox.Store) -> None:
    with pytest.raises(MandateNotFound):
        impact_of(edge_store, "resolution 99/1")
    with pytest.raises(MandateNotFound):
        impact_of(edge_store, "the big one")


def test_impact_of_6_3_on_the_built_graph(store: ox.Store) -> None:
    impact = impact_of(store, "resolution 6/3")
    items = {i.item.iri: i for i in impact.items if i.session == ID + "session/ctoc-cop-wg7/2"}
    assert set(items) == {ID + f"session/ctoc-cop-wg7/2/item/{n}" for n in ("1b", "2", "3")}
    assert items[ID + "session/ctoc-cop-wg7/2/item/2"].documents == ("CTOC/COP/WG.7/2013/2",)
    assert items[ID + "session/ctoc-cop-wg7/2/item/2"].agenda == AGENDA
    assert {r.label for r in impact.recommendations} >= {
        "recommendation: good practices in special investigative techniques (ctoc-cop-wg7)",
        "recommendation: good practices in the establishment of multi-agency centres (ctoc-cop-wg7)"}
    acts = [h for h in impact.hops if h.relation == "acts on"]
    assert acts and all(h.evidence and h.evidence[0].document == AGENDA for h in acts)


def test_cli_impact(built: BuildResult, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["impact", "resolution", "6/3"]) == 0
    out = capsys.readouterr().out
    assert "grounds: item 2" in out and "acts on: recommendation" in out
    assert main(["impact", "6/4", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "disputed"
    assert [i["item"]["iri"] for i in data["items"]] == [ID + "session/ctoc-cop-wg7/2/item/4"]
    assert main(["impact", "resolution 99/9"]) == 1


# ------------------------------------------------------------------ pictures


def test_dot_and_svg_of_item_2_show_the_chain(store: ox.Store) -> None:
    trace = trace_item(store, f"{AGENDA} item 2")
    dot = picture.trace_dot(trace)
    svg = picture.trace_svg(trace)
    for text in (dot, svg):
        for label in ("item 2", "resolution 6/3", "resolution 5/3", "grounded in", "acted on by",
                      "continues", "based on", "part of", "UNVERIFIED"):
            assert label in text, label
        assert "DISPUTED" not in text.replace("red dashed = DISPUTED", "")
    assert dot.startswith("digraph") and dot.count("->") == len({(s, t) for s, t in _edges(trace)})
    assert "<svg" in svg


def _edges(trace: object) -> set[tuple[str, str]]:
    out = set()

    def walk(source: str, hops: tuple) -> None:
        for h in hops:
            out.add((source, h.target.iri))
            walk(h.target.iri, h.children)

    walk(trace.item.iri, trace.hops)  # type: ignore[attr-defined]
    return out


def test_disputed_hop_stands_out(store: ox.Store, tmp_path: Path) -> None:
    trace = trace_item(store, f"{AGENDA} item 4")
    dot = picture.trace_dot(trace)
    edge = next(line for line in dot.splitlines() if "->" in line)
    assert "DISPUTED" in edge and "style=dashed" in edge and "#c00000" in edge
    assert "DISPUTED" in picture.trace_svg(trace)
    png = picture.trace_png(trace)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    (tmp_path / "4.png").write_bytes(png)
    pixels = imread(tmp_path / "4.png")
    red = (pixels[..., 0] > 0.65) & (pixels[..., 1] < 0.15) & (pixels[..., 2] < 0.15)
    assert red.sum() > 200  # the dashed red edge and box are drawn, not only written down


def test_item_on_top_roots_at_the_bottom(edge_store: ox.Store) -> None:
    trace = trace_item(edge_store, "FIX/WG/2021/1 item 2")
    svg = picture.trace_svg(trace)
    # matplotlib writes y downwards in SVG: the item is drawn above the Convention
    assert _y(svg, "item 2") < _y(svg, "resolution 6/3") < _y(svg, "The Convention")


def _y(svg: str, label: str) -> float:
    import re

    for m in re.finditer(r"<text([^>]*)>([^<]*)</text>", svg):
        if m.group(2).strip() == label:
            at = re.search(r'\by="([\d.]+)"', m.group(1)) or re.search(r"translate\([\d.]+ ([\d.]+)\)",
                                                                      m.group(1))
            assert at, m.group(0)
            return float(at.group(1))
    raise AssertionError(f"{label!r} not drawn")


def test_draw_graph_of_a_projection(edge_store: ox.Store) -> None:
    graph = project(edge_store)
    connected = nx.MultiDiGraph(graph.subgraph([n for n in graph if graph.degree(n)]))
    dot = picture.draw_graph(connected, "dot").decode()
    assert "resolution 9/2" in dot and "acted on by" in dot and "DISPUTED" in dot
    svg = picture.draw_graph(connected, "svg").decode()
    assert "resolution 6/3 (cac-cosp)" in svg and "continues" in svg
    assert picture.draw_graph(connected, "png")[:4] == b"\x89PNG"
    with pytest.raises(ValueError):
        picture.draw_graph(connected, "gif")


def test_cli_trace_pictures(built: BuildResult, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "item2.png"
    assert main(["trace", AGENDA, "2", "--format", "png", "--out", str(out)]) == 0
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert main(["trace", "WG.7 2013 item 4", "--format", "dot"]) == 0
    assert "DISPUTED" in capsys.readouterr().out
    svg = tmp_path / "item4.svg"
    assert main(["trace", "WG.7 2013 item 4", "--format", "svg", "--out", str(svg)]) == 0
    assert "resolution 6/4" in svg.read_text()
    assert main(["trace", AGENDA, "2", "--format", "svg", "--out", str(tmp_path / "no" / "x.svg")]) == 2


def test_item_2_rests_on_the_convention_and_the_rules(store: ox.Store) -> None:
    paths = [[f"{h.relation}: {h.target.label}" for h in p] for p in trace_item(store, f"{AGENDA} 2").paths]
    head = ["grounded in: recommendation: good practices in special investigative techniques (ctoc-cop-wg7)",
            "acted on by: resolution 6/3", "continues: resolution 5/3"]
    ends = {tuple(p[3:4]) for p in paths if p[:3] == head}
    assert ("based on: article 32, paragraph 3, of United Nations Convention against Transnational "
            "Organized Crime",) in ends
    assert any(e[0].startswith("based on: rule 2, paragraph 2, of Rules of procedure") for e in ends)
