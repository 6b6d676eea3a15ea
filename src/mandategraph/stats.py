"""Network analytics over the mandate chains: which mandates ground the most agenda items, which sit
between the most others, which recommendations were never acted on, which items rest on nothing,
and how deep the chains run.

Everything is computed on the projection that ``trace`` walks (:func:`mandategraph.network.project`):
nodes are agenda items and mandates, an edge runs from what is grounded to what it rests on
(grounded in, acted on by, continues, based on, part of). Parallel relations between the same two
nodes count once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from mandategraph.network import project
from mandategraph.query import Remote
from mandategraph.trace import node

CENTRALITY = ("betweenness centrality (networkx, directed, unnormalised): for every ordered pair of "
              "nodes, the share of the shortest chains between them that pass through the mandate")


@dataclass(frozen=True)
class Ranked:
    iri: str
    label: str
    value: int | float


@dataclass(frozen=True)
class Stats:
    items: int
    mandates: int
    links: int  # distinct (from, to) pairs
    most_grounding: tuple[Ranked, ...]  # mandates by the number of items that rest on them, transitively
    centrality: tuple[Ranked, ...]  # mandates by betweenness, see CENTRALITY
    centrality_measure: str
    never_acted_on: tuple[Ranked, ...]  # recommendations no resolution acts on (value 0)
    ungrounded_items: tuple[Ranked, ...]  # agenda items with no mg:groundedIn (value 0)
    depths: tuple[tuple[int, int], ...]  # (longest chain from an item to a root, in hops; items)

    def as_dict(self) -> dict[str, object]:
        def ranked(rows: tuple[Ranked, ...]) -> list[dict[str, object]]:
            return [{"iri": r.iri, "label": r.label, "value": r.value} for r in rows]

        return {"items": self.items, "mandates": self.mandates, "links": self.links,
                "most_grounding": ranked(self.most_grounding),
                "centrality": {"measure": self.centrality_measure, "top": ranked(self.centrality)},
                "never_acted_on": ranked(self.never_acted_on),
                "ungrounded_items": ranked(self.ungrounded_items),
                "chain_depths": [{"depth": d, "items": n} for d, n in self.depths]}


def stats(store: ox.Store | Remote, top: int = 10) -> Stats:
    """The analytics of the built graph (or of a remote endpoint's)."""
    return graph_stats(project(store), top)


def graph_stats(graph: nx.MultiDiGraph, top: int = 10) -> Stats:
    """The analytics of a chain projection (see the module docstring)."""
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((s, t) for s, t in graph.edges() if s != t)
    items = sorted(n for n, d in graph.nodes(data=True) if d.get("type") == "AgendaItem")
    item_set = set(items)
    mandates = sorted(n for n in graph.nodes if n not in item_set)

    def rank(values: dict[str, int] | dict[str, float]) -> tuple[Ranked, ...]:
        order = sorted((n for n in values if values[n] > 0), key=lambda n: (-values[n], n))
        return tuple(Ranked(n, node(graph, n).label, values[n]) for n in order[:top])

    grounding = {m: len(nx.ancestors(simple, m) & item_set) for m in mandates}
    betweenness = nx.betweenness_centrality(simple, normalized=False)
    centrality = {m: float(betweenness[m]) for m in mandates}
    never = [n for n, d in graph.nodes(data=True) if d.get("type") == "Recommendation"
             and not any(k == "acted on by" for _, _, k in graph.out_edges(n, keys=True))]
    ungrounded = [i for i in items
                  if not any(k == "grounded in" for _, _, k in graph.out_edges(i, keys=True))]
    depth = _longest(simple)
    return Stats(
        items=len(items), mandates=len(mandates), links=simple.number_of_edges(),
        most_grounding=rank(grounding), centrality=rank(centrality), centrality_measure=CENTRALITY,
        never_acted_on=tuple(Ranked(n, node(graph, n).label, 0) for n in sorted(never)),
        ungrounded_items=tuple(Ranked(n, node(graph, n).label, 0) for n in ungrounded),
        depths=tuple(sorted(Counter(depth[i] for i in items).items())))


def _longest(simple: nx.DiGraph) -> dict[str, int]:
    """For every node, the longest chain from it to a root in hops (a cycle counts as one node)."""
    cond = nx.condensation(simple)
    hops: dict[int, int] = {}
    for c in reversed(list(nx.topological_sort(cond))):
        hops[c] = max((hops[d] + 1 for d in cond.successors(c)), default=0)
    return {n: hops[c] for n, c in cond.graph["mapping"].items()}


def stats_text(result: Stats) -> str:
    lines = [f"{result.items} agenda items, {result.mandates} mandates, {result.links} links", ""]

    def table(title: str, head: str, rows: tuple[Ranked, ...], fmt: str) -> None:
        lines.append(title)
        if not rows:
            lines.append("  (none)")
        else:
            lines.append(f"  {head:>8}  mandate")
            lines.extend(f"  {format(r.value, fmt):>8}  {r.label}" for r in rows)
        lines.append("")

    table("mandates that ground the most agenda items (directly or through their chains)", "items",
          result.most_grounding, ".0f")
    table(f"centrality: {result.centrality_measure}", "score", result.centrality, ".2f")
    for title, rows in (("recommendations never acted on", result.never_acted_on),
                        ("agenda items without grounding", result.ungrounded_items)):
        lines.append(f"{title} ({len(rows)})")
        lines.extend(f"  - {r.label}  <{r.iri}>" for r in rows)
        lines.append("")
    lines.append("chain depths (the longest chain from each agenda item to a root, in hops)")
    lines.append(f"  {'depth':>5}  items")
    lines.extend(f"  {d:>5}  {n}" for d, n in result.depths)
    return "\n".join(lines)
