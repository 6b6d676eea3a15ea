"""Pictures of a trace and of any projected mandate graph: Graphviz DOT text, SVG and PNG.

No system Graphviz is needed: SVG and PNG are drawn with matplotlib on a layered top-down layout
computed here (the agenda item at the top, the roots -- the Convention, the rules of procedure -- at
the bottom). DOT text is written for people who do have Graphviz or a DOT viewer.

Disputed links are drawn red and dashed with the word DISPUTED, unverified ones orange and dashed
with UNVERIFIED, so that nobody copies a chain into a memo without seeing its weak hop.

Public API: :func:`trace_dot`, :func:`trace_svg`, :func:`trace_png`, :func:`draw_graph`.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass, field

import matplotlib
import networkx as nx
from matplotlib.figure import Figure

from mandategraph.label import presumed
from mandategraph.trace import Hop, Trace
from mandategraph.trace import node as trace_node

FORMATS = ("dot", "svg", "png")
WEAK = {"disputed": "DISPUTED", "unverified": "UNVERIFIED"}
EDGE_COLOUR = {"disputed": "#c00000", "unverified": "#d07000"}
FILL = {"AgendaItem": "#dbe9f7", "Resolution": "#fff2c8", "Decision": "#fff2c8",
        "Recommendation": "#e0f2dc", "Agreement": "#e0f2dc"}
FILL_DEFAULT = "#ececec"  # provisions, treaties, rules of procedure
SLOT_W, LAYER_H, LINE_H, FONT, WRAP, MAX_ROW = 3.1, 1.75, 0.17, 9, 30, 8


@dataclass
class _Picture:
    """What is drawn: nodes (id -> lines, type, status), edges (source, target, relation, status,
    cycle)."""

    nodes: dict[str, tuple[list[str], str, str | None]] = field(default_factory=dict)
    edges: list[tuple[str, str, str, str, bool]] = field(default_factory=list)
    title: str = ""
    subtitle: str = ""
    order: list[str] = field(default_factory=list)  # discovery order, for a stable layout


def _lines(label: str, title: str | None, status: str | None) -> list[str]:
    """A node's text: its label, its title (two lines at most) and the marks of the title ("[gloss]",
    "[es]") and of a presumed fact, each kept whole on a line of its own."""
    mark = ""
    if title and title.endswith("]") and " [" in title:
        title, mark = title[: title.rindex(" [")], title[title.rindex(" [") + 1:]
    lines = textwrap.wrap(label, WRAP)
    if len(lines) > 3:
        lines = lines[:2] + [textwrap.shorten(" ".join(lines[2:]), WRAP, placeholder=" …")]
    if title:
        more = textwrap.wrap(title, WRAP)
        lines.append(more[0])
        if len(more) > 1:
            lines.append(textwrap.shorten(" ".join(more[1:]), WRAP, placeholder=" …"))
    if mark:
        lines.append(mark)
    if status in WEAK:
        lines.append(presumed("", status).strip())  # "[UNVERIFIED]", "[DISPUTED]": the one marker
    return lines


# ------------------------------------------------------------------ from a trace / from a graph


def _from_trace(trace: Trace) -> _Picture:
    documents = f"  \u2014  documents: {', '.join(p.name for p in trace.papers)}" if trace.papers else ""
    agenda = f"  \u2014  agenda {trace.agenda.name}" if trace.agenda else ""
    pic = _Picture(title=f"Why is {trace.item.label} on the agenda?",
                   subtitle=trace.item.iri + agenda + documents)
    item = trace.item
    pic.nodes[item.iri] = (_lines(item.label, item.shown_title(trace.lang), item.status), item.type, item.status)
    pic.order.append(item.iri)
    seen: set[tuple[str, str, str]] = set()

    def walk(source: str, hops: tuple[Hop, ...]) -> None:
        for hop in hops:
            t = hop.target
            if t.iri not in pic.nodes:
                pic.nodes[t.iri] = (_lines(t.label, t.shown_title(trace.lang), t.status), t.type, t.status)
                pic.order.append(t.iri)
            key = (source, t.iri, hop.relation)
            if key not in seen:
                seen.add(key)
                pic.edges.append((source, t.iri, hop.relation, hop.status, hop.cycle))
            walk(t.iri, hop.children)

    walk(item.iri, trace.hops)
    if not trace.hops:
        pic.subtitle += "  \u2014  no mandate grounds this item in the graph"
    return pic


def _from_graph(graph: nx.MultiDiGraph) -> _Picture:
    pic = _Picture(title="Mandate graph", subtitle=f"{graph.number_of_nodes()} nodes, "
                                                   f"{graph.number_of_edges()} links")
    for iri in sorted(graph.nodes, key=str):
        n = trace_node(graph, str(iri))
        pic.nodes[str(iri)] = (_lines(n.label, n.shown_title(), n.status), n.type, n.status)
        pic.order.append(str(iri))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for s, t, key, data in edges:
        pic.edges.append((str(s), str(t), str(data.get("relation", key)),
                          str(data.get("status", "asserted")), False))
    return pic


# ------------------------------------------------------------------ DOT


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _dot(pic: _Picture) -> str:
    ids = {iri: f"n{i}" for i, iri in enumerate(pic.order)}
    out = ["digraph mandates {", "  rankdir=TB;", f"  label={_q(pic.title)}; labelloc=t;",
           '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
           '  edge [fontname="Helvetica", fontsize=9];']
    for iri in pic.order:
        lines, kind, status = pic.nodes[iri]
        attrs = [f"label={_q(chr(10).join(lines))}",
                 f"fillcolor={_q(FILL.get(kind, FILL_DEFAULT))}", f"tooltip={_q(iri)}"]
        if status in EDGE_COLOUR:
            attrs.append(f"color={_q(EDGE_COLOUR[status])}, penwidth=2")
        out.append(f"  {ids[iri]} [{', '.join(attrs)}];")
    sinks = [iri for iri in pic.order if not any(e[0] == iri and not e[4] for e in pic.edges)]
    if len(sinks) > 1:
        out.append("  { rank=sink; " + " ".join(ids[s] for s in sinks) + " }")
    for s, t, relation, status, cycle in pic.edges:
        label = relation + (f"\n{WEAK[status]}" if status in WEAK else "")
        label += "\n(cycle)" if cycle else ""
        attrs = [f"label={_q(label)}"]
        if status in EDGE_COLOUR:
            attrs.append(f'color={_q(EDGE_COLOUR[status])}, fontcolor={_q(EDGE_COLOUR[status])}, '
                         'style=dashed, penwidth=2')
        if cycle:
            attrs.append("constraint=false")
        out.append(f"  {ids[s]} -> {ids[t]} [{', '.join(attrs)}];")
    out.append("}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ layout


def _layout(pic: _Picture) -> dict[str, tuple[float, int]]:
    """(x slot, layer) per node: layer = longest path from the top (the item), so every hop goes one
    or more layers down and each chain ends with its root at its bottom; cycles are collapsed first
    and drawn as back-arcs. Within a layer, nodes are ordered by the barycentre of their
    neighbours."""
    g = nx.DiGraph()
    g.add_nodes_from(pic.order)
    g.add_edges_from((s, t) for s, t, _, _, cycle in pic.edges if not cycle and s != t)
    cond = nx.condensation(g)
    depth: dict[int, int] = {}
    for c in nx.topological_sort(cond):
        depth[c] = max((depth[d] + 1 for d in cond.predecessors(c)), default=0)
    bottom = max(depth.values(), default=0)
    layer = {n: bottom - depth[cond.graph["mapping"][n]] for n in pic.order}
    for n in pic.order:  # unconnected nodes (a whole graph has many) go below everything else
        if g.degree(n) == 0 and len(pic.order) > 1:
            layer[n] = -1
    rank = {n: i for i, n in enumerate(pic.order)}
    rows: dict[int, list[str]] = {}
    for n in pic.order:
        rows.setdefault(layer[n], []).append(n)
    pos = {n: float(i) for row in rows.values() for i, n in enumerate(row)}
    levels = sorted(rows, reverse=True)
    for sweep in range(6):  # barycentre ordering, alternately from above and from below
        down = sweep % 2 == 0
        for lv in (levels if down else reversed(levels)):
            def centre(n: str, down: bool = down) -> float:
                near = list(g.predecessors(n) if down else g.successors(n))
                return sum(pos[m] for m in near) / len(near) if near else pos[n]
            rows[lv].sort(key=lambda n: (centre(n), rank[n]))
            for i, n in enumerate(rows[lv]):
                pos[n] = float(i)
    # a layer wider than MAX_ROW (a whole graph has many unconnected resolutions) wraps onto rows
    visual: list[list[str]] = []
    for lv in sorted(rows):
        row = rows[lv]
        chunks = [row[i:i + MAX_ROW] for i in range(0, len(row), MAX_ROW)]
        visual.extend(reversed(chunks))
    width = max(len(r) for r in visual)
    return {n: (i + (width - len(row)) / 2, y) for y, row in enumerate(visual)
            for i, n in enumerate(row)}


# ------------------------------------------------------------------ matplotlib


def _figure(pic: _Picture) -> Figure:
    place = _layout(pic)
    width = max(int(x + 1) for x, _ in place.values()) if place else 1
    layers = max((lv for _, lv in place.values()), default=0) + 1
    fig_w, fig_h = max(7.0, width * SLOT_W + 0.6), layers * LAYER_H + 1.3
    fig = Figure(figsize=(fig_w, fig_h))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, fig_w)
    ax.set_ylim(0, fig_h)
    ax.axis("off")
    x0 = (fig_w - width * SLOT_W) / 2 + SLOT_W / 2

    def xy(n: str) -> tuple[float, float]:
        x, lv = place[n]
        return x0 + x * SLOT_W, 0.75 + lv * LAYER_H + LAYER_H / 2 - 0.2

    half = {n: len(pic.nodes[n][0]) * LINE_H / 2 + 0.08 for n in pic.nodes}
    ax.text(fig_w / 2, fig_h - 0.3, pic.title, ha="center", va="center", fontsize=FONT + 3,
            fontweight="bold")
    ax.text(fig_w / 2, fig_h - 0.58, pic.subtitle, ha="center", va="center", fontsize=FONT - 2,
            color="#555555")
    ax.text(fig_w / 2, 0.25, "arrow: from what is grounded to what it rests on.  "
            "red dashed = DISPUTED, orange dashed = UNVERIFIED", fontsize=FONT - 2,
            color="#555555", ha="center", va="center")
    pairs: dict[tuple[str, str], int] = {}
    for s, t, relation, status, cycle in pic.edges:
        (x1, y1), (x2, y2) = xy(s), xy(t)
        k = pairs.get((s, t), 0)
        pairs[(s, t)] = k + 1
        span = place[s][1] - place[t][1]
        if span > 0:  # downwards: leave the bottom of the source box, enter the top of the target
            a, b = (x1, y1 - half[s]), (x2, y2 + half[t])
        else:
            a, b = (x1 + 0.6, y1 + half[s]), (x2 + 0.6, y2 - half[t])
        rad = 0.0 if span == 1 and k == 0 else (0.25 + 0.15 * k) * (1 if x2 >= x1 else -1)
        if cycle or span <= 0:
            rad = -0.5
        colour = EDGE_COLOUR.get(status, "#333333")
        weak = status in WEAK
        ax.annotate("", xy=b, xytext=a, arrowprops={
            "arrowstyle": "-|>", "color": colour, "lw": 2.0 if weak else 1.2,
            "linestyle": "--" if weak else "-", "connectionstyle": f"arc3,rad={rad}",
            "shrinkA": 0, "shrinkB": 2, "mutation_scale": 12})
        dx, dy = b[0] - a[0], b[1] - a[1]
        mx, my = (a[0] + b[0]) / 2 + 0.5 * rad * dy, (a[1] + b[1]) / 2 - 0.5 * rad * dx
        label = relation + (f"  {WEAK[status]}" if weak else "") + ("  (cycle)" if cycle else "")
        ax.text(mx, my, label, ha="center", va="center", fontsize=FONT - 1, color=colour,
                fontweight="bold" if weak else "normal", zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9})
    for n, (lines, kind, node_status) in pic.nodes.items():
        x, y = xy(n)
        border = EDGE_COLOUR.get(node_status or "", "#555555")
        ax.text(x, y, "\n".join(lines), ha="center", va="center", fontsize=FONT, zorder=5,
                linespacing=1.3, fontweight="bold" if kind == "AgendaItem" else "normal",
                bbox={"boxstyle": "round,pad=0.35", "fc": FILL.get(kind, FILL_DEFAULT), "ec": border,
                      "lw": 2.0 if node_status in WEAK else 1.0,
                      "ls": "--" if node_status in WEAK else "-"})
    return fig


def _render(pic: _Picture, fmt: str) -> bytes:
    if fmt == "dot":
        return _dot(pic).encode("utf-8")
    if fmt not in FORMATS:
        raise ValueError(f"unknown picture format {fmt!r} (choose from {', '.join(FORMATS)})")
    fig = _figure(pic)
    buf = io.BytesIO()
    # svg.fonttype none keeps every label as <text>: the SVG can be searched, its words copied.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "mandategraph"}):
        dpi = 110 if max(fig.get_size_inches()) < 60 else 50
        fig.savefig(buf, format=fmt, dpi=dpi, facecolor="white",
                    metadata={"Date": None} if fmt == "svg" else {"Software": "mandategraph"})
    return buf.getvalue()


# ------------------------------------------------------------------ public API


def trace_dot(trace: Trace) -> str:
    """The trace as Graphviz DOT text (item on top, roots at the bottom)."""
    return _dot(_from_trace(trace))


def trace_svg(trace: Trace) -> str:
    """The trace drawn as SVG, its labels kept as searchable text."""
    return _render(_from_trace(trace), "svg").decode("utf-8")


def trace_png(trace: Trace) -> bytes:
    """The trace drawn as a PNG image."""
    return _render(_from_trace(trace), "png")


def draw_graph(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """Any projected graph (:func:`mandategraph.network.project`, or a subgraph of it) as ``fmt``
    in dot | svg | png; nodes labelled with mandate numbers and notations, edges with relations."""
    return _render(_from_graph(graph), fmt)
