"""The mandate graph as networkx: one explicit projection, parallel relations kept.

Nodes are IRIs (strings) with type, label, notation and title; edges run from an item or a mandate
to the mandate it rests on, keyed by relation, with every piece of evidence and the effective status.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import networkx as nx
import pyoxigraph as ox

from mandategraph.query import run

RELATIONS = {
    "https://w3id.org/mandategraph/ontology#groundedIn": "grounded in",
    "https://w3id.org/mandategraph/ontology#partOf": "part of",
    "https://w3id.org/mandategraph/ontology#continues": "continues",
    "https://w3id.org/mandategraph/ontology#actedOnBy": "acted on by",
    "http://data.europa.eu/eli/ontology#based_on": "based on",
}
STATUS_ORDER = ("asserted", "unverified", "verified", "disputed")


@dataclass(frozen=True)
class Evidence:
    quote: str | None
    document: str | None  # symbol
    paragraph: str | None
    status: str
    action: str | None
    note: str | None
    iri: str | None


def _sparql(name: str) -> str:
    return files("mandategraph").joinpath("sparql", name).read_text(encoding="utf-8")


def _local(iri: str | None) -> str | None:
    return None if iri is None else iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def project(store: ox.Store) -> nx.MultiDiGraph:
    """Project the store into a MultiDiGraph (edge key = relation label)."""
    graph = nx.MultiDiGraph()
    for row in run(store, _sparql("nodes.rq")).rows:
        node = str(row["node"])
        attrs = graph.nodes[node] if node in graph else {}
        kind = _local(str(row["type"]))
        if kind != "Mandate" or "type" not in attrs:
            attrs["type"] = kind
        for key in ("notation", "title", "label", "note"):
            if key in row and key not in attrs:
                attrs[key] = str(row[key])
        if "body" in row:
            attrs["body"] = str(row["body"])
        if "status" in row:
            attrs["status"] = _local(str(row["status"]))
        graph.add_node(node, **attrs)
    for row in run(store, _sparql("projection.rq")).rows:
        s, o = str(row["s"]), str(row["o"])
        relation = RELATIONS[str(row["p"])]
        if not graph.has_edge(s, o, key=relation):
            graph.add_edge(s, o, key=relation, relation=relation, evidence=[], status="asserted")
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
            )
            if ev not in data["evidence"]:
                data["evidence"].append(ev)
            if STATUS_ORDER.index(ev.status) > STATUS_ORDER.index(data["status"]):
                data["status"] = ev.status
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda e: (e.document or "", e.paragraph or "", e.quote or ""))
    return graph
