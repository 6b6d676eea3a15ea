"""What does this mandate ground? The reverse of a trace: from a resolution, decision, recommendation
or provision down to every mandate that rests on it and every agenda item, session and document it
grounds, transitively, each hop with the evidence and status of the link it walks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import URIRef

from mandategraph import iri as mint
from mandategraph.errors import NotFound
from mandategraph.label import DEFAULT_LANG
from mandategraph.network import project
from mandategraph.query import Remote, internal, run
from mandategraph.status import SEVERITY
from mandategraph.trace import MAX_DEPTH, Hop, Node, Paper, node, papers, paths_of, worst_status

if TYPE_CHECKING:
    from mandategraph.network import Graph  # networkx or a Reach; networkx imported only if needed

DEFAULT_BODY = "ctoc-cop"
# The relation as read downwards: "item --grounded in--> 6/3" becomes "6/3 --grounds--> item".
INVERSE = {"grounded in": "grounds", "acted on by": "acts on", "continues": "continued by",
           "based on": "basis of", "part of": "has part"}
_ORDER = {"has part": 0, "basis of": 1, "continued by": 2, "acts on": 3, "grounds": 4}


class MandateNotFound(NotFound, LookupError):
    """No mandate matches what the user typed; the message says what was tried."""


@dataclass(frozen=True)
class GroundedItem:
    item: Node
    session: str | None
    session_label: str | None
    agenda: str | None  # the agenda's symbol, or its IRI when it has none
    documents: tuple[str, ...]
    status: str  # the worst status on any path from the mandate to this item


@dataclass(frozen=True)
class Impact:
    mandate: Node
    hops: tuple[Hop, ...]
    items: tuple[GroundedItem, ...]
    mandates: tuple[Node, ...]  # every mandate downstream (continuing resolutions, recommendations)
    papers: tuple[Paper, ...] = ()  # the documents its evidence and items name (a supplied symbol marked)

    @property
    def sessions(self) -> tuple[str, ...]:
        return tuple(sorted({i.session for i in self.items if i.session}))

    @property
    def documents(self) -> tuple[str, ...]:
        docs = {d for i in self.items for d in i.documents} | {i.agenda for i in self.items if i.agenda}
        return tuple(sorted(docs))

    @property
    def recommendations(self) -> tuple[Node, ...]:
        return tuple(m for m in self.mandates if m.type == "Recommendation")

    @property
    def status(self) -> str:
        return worst_status(self.hops)

    @property
    def paths(self) -> list[tuple[Hop, ...]]:
        return paths_of(self.hops)


def find_mandate(graph: Graph, text: str) -> str:
    """A mandate IRI from what people type: an IRI, "resolution 6/3", "decision 4/4", "6/3" (of the
    UNTOC Conference unless a body is named: "CAC/COSP resolution 6/3", "cac-cosp 6/3")."""
    text = " ".join(text.split())
    if re.match(r"^https?://", text):
        if text in graph:
            return text
        raise MandateNotFound(f"no mandate with IRI {text} in the graph")
    m = re.match(r"^(?:(?P<body>.+?)\s+)??(?:(?P<kind>resolution|decision)\s+)?"
                 r"(?P<session>\d+)\s*/\s*(?P<number>\d+)$", text, re.I)
    if not m:
        raise MandateNotFound(f"cannot read {text!r} as a mandate: write \"resolution 6/3\", "
                              "\"decision 4/4\", \"6/3\", \"CAC/COSP resolution 6/3\" or an IRI")
    body = mint.body_slug(m["body"]) if m["body"] else DEFAULT_BODY
    kinds = [m["kind"].lower()] if m["kind"] else ["resolution", "decision"]
    minted = [str(getattr(mint, k)(body, m["session"], m["number"])) for k in kinds]
    found = [c for c in minted if c in graph]
    if len(found) == 1:
        return found[0]
    if not found:
        raise MandateNotFound(f"no {' or '.join(kinds)} {m['session']}/{m['number']} of {body} "
                              "in the graph")
    raise MandateNotFound(f"{text!r} is both " + " and ".join(found) + ": say resolution or decision")


def impact_of(store: ox.Store | Remote, mandate: str, graph: Graph | None = None,
              lang: str = DEFAULT_LANG) -> Impact:
    """Everything ``mandate`` (an IRI, or a name :func:`find_mandate` reads) grounds, transitively;
    labels chosen for a reader of ``lang``."""
    graph = graph if graph is not None else project(store)
    iri = find_mandate(graph, mandate)
    hops = _hops(graph, iri, (iri,), lang)
    worst: dict[str, str] = {}
    downstream: dict[str, Node] = {}

    def collect(hops: tuple[Hop, ...], status: str) -> None:
        for hop in hops:
            s = max(status, hop.status, key=SEVERITY.index)
            target = hop.target.iri
            if target not in worst or SEVERITY.index(s) > SEVERITY.index(worst[target]):
                worst[target] = s
            downstream.setdefault(target, hop.target)
            collect(hop.children, s)

    collect(hops, "verified")
    items = tuple(_item(store, downstream[i], worst[i]) for i in sorted(downstream)
                  if downstream[i].type == "AgendaItem")
    mandates = tuple(downstream[i] for i in sorted(downstream) if downstream[i].type != "AgendaItem")
    return Impact(node(graph, iri, lang), hops, items, mandates, _papers(store, hops, items, lang))


def _papers(store: ox.Store | Remote, hops: tuple[Hop, ...], items: tuple[GroundedItem, ...],
            lang: str) -> tuple[Paper, ...]:
    """The documents an impact names, by symbol: where its links are stated, and its items' agendas."""
    symbols: set[str] = {i.agenda for i in items if i.agenda and not i.agenda.startswith("http")}

    def collect(level: tuple[Hop, ...]) -> None:
        for hop in level:
            symbols.update(e.document for e in hop.evidence if e.document and not e.document.startswith("http"))
            collect(hop.children)

    collect(hops)
    return papers(store, sorted(str(mint.document(s)) for s in symbols), lang)


def _item(store: ox.Store | Remote, item: Node, status: str) -> GroundedItem:
    rows = run(store, internal("item_context.rq"), bindings={"item": URIRef(item.iri)}).rows
    first = rows[0] if rows else {}
    agenda = first.get("agendaSymbol") or first.get("agenda")
    docs = sorted({str(r.get("symbol") or r["document"]) for r in rows if "document" in r})
    return GroundedItem(item, str(first["session"]) if "session" in first else None,
                        str(first["sessionLabel"]) if "sessionLabel" in first else None,
                        str(agenda) if agenda else None, tuple(docs), status)


def _hops(graph: Graph, target: str, path: tuple[str, ...], lang: str) -> tuple[Hop, ...]:
    hops = []
    edges = sorted(graph.in_edges(target, keys=True, data=True),
                   key=lambda e: (_ORDER.get(INVERSE.get(e[2], e[2]), 9), e[0]))
    for source, _, relation, data in edges:
        cycle = source in path
        children = () if cycle or len(path) > MAX_DEPTH else _hops(graph, source, path + (source,), lang)
        hops.append(Hop(INVERSE.get(relation, relation), node(graph, source, lang), data["status"],
                        tuple(data["evidence"]), children, cycle))
    return tuple(hops)
