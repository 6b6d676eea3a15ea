"""The mandate graph as networkx: one explicit projection, parallel relations kept.

The part one trace shows (``project(store, reach=item)``) is a :class:`Reach`, which reads like a
networkx MultiDiGraph and needs no networkx (importing it is a third of `mandategraph trace`).

Nodes are IRIs (strings) with type, label, notation and title (``titles`` and ``glosses``: every one
as a (text, language) pair, for :func:`mandategraph.label.pick`); edges run from an item or a mandate
to the mandate it rests on, keyed by relation, with every piece of evidence and the effective status.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, overload

import pyoxigraph as ox
from rdflib import URIRef

from mandategraph.query import Remote, internal, run, with_values
from mandategraph.status import PRECEDENCE
from mandategraph.terms import RdfTerm

if TYPE_CHECKING:
    import networkx as nx

RELATIONS = {
    "https://w3id.org/mandategraph/ontology#groundedIn": "grounded in",
    "https://w3id.org/mandategraph/ontology#partOf": "part of",
    "https://w3id.org/mandategraph/ontology#continues": "continues",
    "https://w3id.org/mandategraph/ontology#actedOnBy": "acted on by",
    "http://data.europa.eu/eli/ontology#based_on": "based on",
}
# The export projection (``project(store, wide=True)``) adds these, and gives mg:actsOn in its stated
# direction instead of the materialised inverse mg:actedOnBy.
WIDE_RELATIONS = {
    "https://w3id.org/mandategraph/ontology#actsOn": "acts on",
    "https://w3id.org/mandategraph/ontology#documentedBy": "documented by",
    "https://w3id.org/mandategraph/ontology#onAgenda": "on agenda",
    "https://w3id.org/mandategraph/ontology#forSession": "for session",
    "https://w3id.org/mandategraph/ontology#subItemOf": "sub-item of",
    "https://w3id.org/mandategraph/ontology#establishes": "establishes",
    "https://w3id.org/mandategraph/ontology#adoptedBy": "adopted by",
    "https://w3id.org/mandategraph/ontology#adoptedAt": "adopted at",
    "https://w3id.org/mandategraph/ontology#cites": "cites",
    "https://w3id.org/mandategraph/ontology#ofBody": "of body",
    "https://w3id.org/mandategraph/ontology#parentBody": "parent body",
    "https://w3id.org/mandategraph/ontology#slotOf": "slot of",
    "https://w3id.org/mandategraph/ontology#covers": "covers",
}
_GENERIC_TYPES = ("Mandate", "Document")  # a more specific type of the same node wins


@dataclass(frozen=True)
class Evidence:
    quote: str | None
    document: str | None  # symbol
    paragraph: str | None
    status: str
    action: str | None
    note: str | None
    iri: str | None
    sources: tuple[str, ...] = ()  # where a curated link was read (dcterms:source)
    # a link inferred from a blanket action ("the recommendations contained therein", blanket.ru):
    # the meeting whose report the action names, and that meeting's labels as (text, language)
    inferred_from: str | None = None
    inferred_labels: tuple[tuple[str, str | None], ...] = ()
    page: str | None = None  # where a text that prints no symbol was read (its dcterms:source)


def _local(iri: str | None) -> str | None:
    return None if iri is None else iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _NodeView(dict[str, dict[str, Any]]):
    """``graph.nodes``: ``nodes[n]`` is the attribute dict, ``nodes(data=True)`` the pairs."""

    def __call__(self, data: bool = False) -> list[Any]:
        return list(self.items()) if data else list(self)


class _EdgeView:
    """``graph.edges``: ``edges[s, o, key]`` is the attribute dict; ``edges(keys=, data=)`` all edges."""

    def __init__(self, graph: Reach) -> None:
        self.graph = graph

    def __getitem__(self, edge: tuple[str, str, str]) -> dict[str, Any]:
        s, o, key = edge
        return self.graph.succ[s][o][key]

    def __call__(self, keys: bool = False, data: bool = False) -> Iterator[tuple[Any, ...]]:
        for s in self.graph.succ:
            yield from self.graph.out_edges(s, keys=keys, data=data)


class Reach:
    """A multigraph with the part of networkx's ``MultiDiGraph`` interface that the projection,
    trace and impact use, in networkx's order (nodes as added; a node's edges by target, then key,
    as added): the few nodes one trace shows, with no networkx import."""

    def __init__(self) -> None:
        self.nodes = _NodeView()
        self.succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
        self.pred: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
        self.edges = _EdgeView(self)

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def add_node(self, node: str, **attrs: Any) -> None:
        if node not in self.nodes:
            self.nodes[node] = {}
            self.succ[node], self.pred[node] = {}, {}
        self.nodes[node].update(attrs)

    def add_edge(self, s: str, o: str, key: str, **attrs: Any) -> None:
        for end in (s, o):
            if end not in self.nodes:
                self.add_node(end)
        data = self.succ[s].setdefault(o, {}).setdefault(key, {})
        data.update(attrs)
        self.pred[o].setdefault(s, {})[key] = data

    def has_edge(self, s: str, o: str, key: str) -> bool:
        return key in self.succ.get(s, {}).get(o, {})

    def out_edges(self, node: str, keys: bool = False, data: bool = False) -> Iterator[tuple[Any, ...]]:
        for o, by_key in self.succ.get(node, {}).items():
            for key, attrs in by_key.items():
                yield (node, o) + ((key,) if keys else ()) + ((attrs,) if data else ())

    def in_edges(self, node: str, keys: bool = False, data: bool = False) -> Iterator[tuple[Any, ...]]:
        for s, by_key in self.pred.get(node, {}).items():
            for key, attrs in by_key.items():
                yield (s, node) + ((key,) if keys else ()) + ((attrs,) if data else ())


if TYPE_CHECKING:
    from typing import TypeAlias

    Graph: TypeAlias = "nx.MultiDiGraph | Reach"  # what project() gives


def successors(graph: Graph) -> Mapping[str, Mapping[str, Mapping[str, dict[str, Any]]]]:
    """node -> target -> relation -> edge attributes, as plain dictionaries: networkx's own
    adjacency under its read-only views (a trace walks it hop by hop; the views cost more than the
    walk)."""
    return getattr(graph, "_succ", None) or graph.succ


def node_data(graph: Graph) -> Mapping[str, dict[str, Any]]:
    """node -> its attributes, as a plain dictionary (networkx's own under ``graph.nodes``)."""
    return getattr(graph, "_node", None) or graph.nodes


@overload
def project(store: ox.Store | Remote, wide: bool = False, reach: None = None) -> nx.MultiDiGraph: ...


@overload
def project(store: ox.Store | Remote, wide: bool = False, *, reach: str) -> Graph: ...


def project(store: ox.Store | Remote, wide: bool = False, reach: str | None = None) -> Graph:
    """Project the store into a MultiDiGraph (edge key = relation label).

    By default: the mandate chains that :mod:`mandategraph.trace` walks. With ``reach`` (an agenda
    item's IRI): only the part of those a trace of that item shows (what its chains reach and the
    mandates its documents cite, with what they reach), found from the item by index lookups, the
    same nodes and edges as the whole projection has there. With ``wide``: the export projection,
    which adds bodies, sessions and documents and the relations of :data:`WIDE_RELATIONS` (and drops
    ``acted on by``, the materialised inverse of ``acts on``).
    Every edge carries ``relation``, ``predicate`` (its IRI), ``status`` and ``evidence``.
    """
    if reach is not None and not wide:
        graph: Graph = Reach()
        item = {"item": URIRef(reach)}
        _add_nodes(graph, run(store, internal("reach_nodes.rq"), bindings=item).rows)
        _add_edges(graph, _with_evidence(store, run(store, internal("reach_links.rq"), bindings=item).rows),
                   RELATIONS)
        _sort_evidence(graph)
        return graph
    import networkx as nx

    graph = nx.MultiDiGraph()
    _add_nodes(graph, run(store, internal("nodes.rq")).rows)
    relations = dict(RELATIONS)
    if wide:
        _add_nodes(graph, run(store, internal("nodes_wide.rq")).rows)
        del relations["https://w3id.org/mandategraph/ontology#actedOnBy"]
    _add_edges(graph, run(store, internal("projection.rq")).rows, relations)
    if wide:
        _add_edges(graph, run(store, internal("projection_wide.rq")).rows, WIDE_RELATIONS)
    _sort_evidence(graph)
    return graph


_ACTED_ON_BY = "https://w3id.org/mandategraph/ontology#actedOnBy"
_ACTS_ON = URIRef("https://w3id.org/mandategraph/ontology#actsOn")


def _with_evidence(store: ox.Store | Remote, links: Iterable[Mapping[str, RdfTerm]]) -> list[dict[str, RdfTerm]]:
    """The rows projection.rq gives for ``links`` (``s``, ``p``, ``o``): one per piece of evidence and
    source, or the link alone; the evidence of each link looked up (link_evidence.rq), that of
    ``mg:actedOnBy`` being the evidence of the ``mg:actsOn`` link it is the inverse of."""
    def stated(link: Mapping[str, RdfTerm]) -> tuple[RdfTerm, RdfTerm, RdfTerm]:
        s, p, o = link["s"], link["p"], link["o"]
        return (o, _ACTS_ON, s) if str(p) == _ACTED_ON_BY else (s, p, o)

    links = list(links)
    keys = sorted({stated(link) for link in links})
    found: dict[tuple[RdfTerm, RdfTerm, RdfTerm], list[dict[str, RdfTerm]]] = {}
    text = with_values(internal("link_evidence.rq"), ("s", "p", "o"), keys) if keys else None
    for row in run(store, text).rows if text else ():
        found.setdefault((row["s"], row["p"], row["o"]), []).append(row)
    rows = []
    for link in links:
        pieces = found.get(stated(link))
        rows += [{**row, "s": link["s"], "p": link["p"], "o": link["o"]} for row in pieces] if pieces \
            else [dict(link)]
    return rows


def _sort_evidence(graph: Graph) -> None:
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda e: (e.document or "", e.paragraph or "", e.quote or "", e.iri or "",
                                             e.note or "", e.sources))


def _add_nodes(graph: Graph, rows: Iterable[Mapping[str, RdfTerm]]) -> None:
    for row in rows:
        node = str(row["node"])
        attrs = graph.nodes[node] if node in graph else {}
        kind = _local(str(row["type"]))
        if kind not in _GENERIC_TYPES or "type" not in attrs:
            attrs["type"] = kind
        for key in ("notation", "title", "label", "note"):
            if key in row and key not in attrs:
                attrs[key] = str(row[key])
        for key, many in (("title", "titles"), ("gloss", "glosses")):  # every one, with its language
            if key in row:
                value = row[key]
                pair = (str(value), getattr(value, "language", None))
                if pair not in attrs.setdefault(many, []):
                    attrs[many].append(pair)
        if "supplied" in row and str(row["supplied"]) in ("true", "1"):
            attrs["supplied"] = True
        for key in ("number", "start", "end", "venue", "official"):  # sessions, slots, documents
            if key in row and key not in attrs:
                attrs[key] = str(row[key])
        if "body" in row:
            attrs["body"] = str(row["body"])
        if "status" in row:
            attrs["status"] = _local(str(row["status"]))
        graph.add_node(node, **attrs)


def _add_edges(graph: Graph, rows: Iterable[Mapping[str, RdfTerm]],
               relations: Mapping[str, str]) -> None:
    for row in rows:
        if str(row["p"]) not in relations:
            continue
        s, o = str(row["s"]), str(row["o"])
        relation = relations[str(row["p"])]
        if not graph.has_edge(s, o, key=relation):
            graph.add_edge(s, o, key=relation, relation=relation, predicate=str(row["p"]),
                           evidence=[], status="asserted")
        data = graph.edges[s, o, relation]
        if "evidence" in row or "quote" in row:
            ev = Evidence(
                quote=str(row["quote"]) if "quote" in row else None,
                document=str(row.get("symbol") or row.get("doc") or "") or None,
                paragraph=str(row["paragraph"]) if "paragraph" in row else None,
                status=_local(str(row["status"])) or "asserted" if "status" in row else "asserted",
                action=_local(str(row["action"])) if "action" in row else None,
                note=str(row["note"]) if "note" in row else None,
                iri=str(row["evidence"]) if "evidence" in row else None,
                sources=(str(row["source"]),) if "source" in row else (),
                inferred_from=str(row["inferredFrom"]) if "inferredFrom" in row else None,
                inferred_labels=((str(row["inferredLabel"]), getattr(row["inferredLabel"], "language", None)),)
                if "inferredLabel" in row else (),
                page=str(row["page"]) if "page" in row and "symbol" not in row else None,
            )
            _merge(data["evidence"], ev)
            if PRECEDENCE.index(ev.status) > PRECEDENCE.index(data["status"]):
                data["status"] = ev.status


def _merge(found: list[Evidence], ev: Evidence) -> None:
    """Rows of one evidence node that differ only by source (or by a label of the meeting it is
    inferred from) become one Evidence with every source and label."""
    for i, old in enumerate(found):
        if replace(old, sources=(), inferred_labels=()) == replace(ev, sources=(), inferred_labels=()):
            found[i] = replace(old, sources=tuple(sorted(set(old.sources) | set(ev.sources))),
                               inferred_labels=tuple(sorted(set(old.inferred_labels) | set(ev.inferred_labels),
                                                            key=lambda t: (t[0], t[1] or ""))))
            return
    found.append(ev)


CHAIN_TYPES = frozenset({"AgendaItem", "Resolution", "Decision", "Recommendation", "Provision",
                         "Treaty", "RulesOfProcedure", "Agreement", "Mandate"})


def chain_view(wide: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The mandate chains (what ``project(store)`` gives) cut out of the export projection: the
    chain relations only, ``acts on`` turned round into ``acted on by``, items and mandates as nodes."""
    acted_on_by = next(k for k, v in RELATIONS.items() if v == "acted on by")
    chain = set(RELATIONS.values())
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_nodes_from((n, dict(d)) for n, d in wide.nodes(data=True) if d.get("type") in CHAIN_TYPES)
    for s, o, key, data in wide.edges(keys=True, data=True):
        if key == "acts on":
            s, o, key = o, s, "acted on by"
            data = {**data, "relation": key, "predicate": acted_on_by}
        elif key not in chain:
            continue
        for end in (s, o):
            if end not in graph:
                graph.add_node(end, **dict(wide.nodes[end]))
        graph.add_edge(s, o, key=key, **{k: (list(v) if k == "evidence" else v)
                                         for k, v in data.items()})
    return graph
