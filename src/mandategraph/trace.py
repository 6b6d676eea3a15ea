"""Why is this item on the agenda? Every chain of mandates from an item back to its roots, hop by
hop, each hop with its evidence; and the reverse, everything a mandate grounds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from mandategraph.iri import notation_key
from mandategraph.namespaces import MG, RDF
from mandategraph.network import SEVERITY, Evidence, project
from mandategraph.query import Remote, internal, run

MAX_DEPTH = 40


class ItemNotFound(LookupError):
    """No agenda item matches what the user typed; the message says what was tried."""


@dataclass(frozen=True)
class Node:
    iri: str
    type: str
    label: str  # "resolution 6/3", "item 2", "article 32, paragraph 3"
    title: str | None
    status: str | None  # a curator's status of the node itself (unverified, disputed)
    note: str | None


@dataclass(frozen=True)
class Hop:
    relation: str
    target: Node
    status: str
    evidence: tuple[Evidence, ...]
    children: tuple[Hop, ...]
    cycle: bool = False  # the target already appears higher on this path


@dataclass(frozen=True)
class Citation:
    """A mandate that a document before the meeting cites: context, not a grounding of the item."""

    document: str  # symbol
    mandate: Node
    action: str | None
    quote: str
    paragraph: str | None


@dataclass(frozen=True)
class Trace:
    item: Node
    hops: tuple[Hop, ...]
    documents: tuple[str, ...]
    cited: tuple[Citation, ...] = ()  # what the documents before the meeting cite

    @property
    def status(self) -> str:
        """The worst status on any hop: an answer that uses a disputed link says so."""
        return worst_status(self.hops)

    @property
    def paths(self) -> list[tuple[Hop, ...]]:
        return paths_of(self.hops)


def paths_of(hops: tuple[Hop, ...]) -> list[tuple[Hop, ...]]:
    """Every root-to-leaf path of a tree of hops."""
    out: list[tuple[Hop, ...]] = []

    def walk(level: tuple[Hop, ...], prefix: tuple[Hop, ...]) -> None:
        for hop in level:
            path = prefix + (hop,)
            if hop.children:
                walk(hop.children, path)
            else:
                out.append(path)

    walk(hops, ())
    return out


def worst_status(hops: tuple[Hop, ...]) -> str:
    """The weakest link of a tree of hops: disputed, else unverified, else asserted, else verified."""
    return max((hop.status for path in paths_of(hops) for hop in path), key=SEVERITY.index, default="verified")



_TYPE = ox.NamedNode(str(RDF.type))
_AGENDA_ITEM = ox.NamedNode(str(MG.AgendaItem))


def find_item(store: ox.Store | Remote, text: str) -> str:
    """An item IRI from what people type: an IRI, "CTOC/COP/WG.7/2013/1 item 2", "CTOC/COP/WG.7/2013/1 2",
    or "WG.7 2013 item 3" (body and year)."""
    text = " ".join(text.split())
    if re.match(r"^https?://", text):
        # one indexed lookup, not a scan of every item (trace of one item stays under 1 ms at 1M)
        try:
            node = ox.NamedNode(text)
        except ValueError:
            raise ItemNotFound(f"no agenda item with IRI {text}") from None
        if not isinstance(store, ox.Store):  # a remote endpoint (mandategraph.remote): one ASK
            if run(store, internal("is_item.rq"), bindings={"item": URIRef(text)}).boolean:
                return text
        elif next(store.quads_for_pattern(node, _TYPE, _AGENDA_ITEM), None) is not None:
            return text
        raise ItemNotFound(f"no agenda item with IRI {text}")
    rows = run(store, internal("items.rq")).rows
    m = re.match(r"^(?P<what>.+?)\s+(?:item\s+)?(?P<notation>\d+\s*(?:\(?[a-z]\)?)?)$", text, re.I)
    if not m:
        raise ItemNotFound(f"cannot read {text!r} as an agenda item: write \"SYMBOL item N\", "
                           "\"WG.7 2013 item 3\" or an IRI")
    what, key = m["what"].strip(), notation_key(m["notation"])
    matches = {str(r["item"]) for r in rows if notation_key(str(r["notation"])) == key
               and _names(what, r)}
    if len(matches) == 1:
        return matches.pop()
    if not matches:
        raise ItemNotFound(f"no item {m['notation']} on an agenda matching {what!r}")
    raise ItemNotFound(f"{text!r} matches {len(matches)} items; give the agenda symbol: "
                       + ", ".join(sorted(matches)))


def _names(what: str, row: Mapping[str, object]) -> bool:
    symbol = str(row.get("symbol", ""))
    if what == symbol:
        return True
    words = what.replace("/", " ").split()
    haystack = " ".join([symbol.replace("/", " "), str(row.get("bodyPrefix", "")).replace("/", " "),
                         str(row.get("start", ""))[:4]])
    return bool(words) and all(re.search(r"(?<![\w.])" + re.escape(w) + r"(?![\w.])", haystack, re.I)
                               for w in words)


def node(graph: nx.MultiDiGraph, iri: str) -> Node:
    data = graph.nodes[iri] if iri in graph else {}
    kind = data.get("type", "Resource")
    notation = data.get("notation")
    title = data.get("title")
    if kind == "AgendaItem":
        label = f"item {notation}"
    elif kind in ("Resolution", "Decision") and notation:
        label = f"{kind.lower()} {notation}"
    elif kind == "Provision":
        label = provision_label(graph, iri)
    else:
        label = notation or data.get("label") or title or iri.rsplit("/", 1)[-1]
    body = data.get("body", "")
    if kind in ("Resolution", "Decision", "Recommendation") and body and not body.endswith("/ctoc-cop"):
        label += f" ({body.rsplit('/', 1)[-1]})"
    if label == title:
        title = None
    return Node(iri, kind, label, title, data.get("status"), data.get("note"))


def provision_label(graph: nx.MultiDiGraph, iri: str) -> str:
    """"paragraph 3" part of "article 32" part of the Convention -> "article 32, paragraph 3, of the
    United Nations Convention against Transnational Organized Crime"."""
    parts: list[str] = []
    current: str | None = iri
    seen = set()
    while current and current not in seen:
        seen.add(current)
        data = graph.nodes[current] if current in graph else {}
        if data.get("type") != "Provision":
            whole = data.get("title") or data.get("label") or data.get("notation") or current
            if not parts:
                return str(whole)
            joined = ", ".join(reversed(parts))
            return f"{joined}{',' if len(parts) > 1 else ''} of {whole}"
        parts.append(str(data.get("notation") or current.rsplit("/", 2)[-2:]))
        current = next((t for _, t, k in graph.out_edges(current, keys=True) if k == "part of"), None)
    return ", ".join(reversed(parts))


def trace_item(store: ox.Store | Remote, item: str, graph: nx.MultiDiGraph | None = None) -> Trace:
    """Every chain from ``item`` (an IRI, or a name :func:`find_item` reads) to its roots."""
    iri = find_item(store, item)
    graph = graph if graph is not None else project(store)
    return Trace(node(graph, iri), _hops(graph, iri, (iri,)), tuple(_documents(store, iri)),
                 _cited(store, graph, iri))


def _cited(store: ox.Store | Remote, graph: nx.MultiDiGraph, item: str) -> tuple[Citation, ...]:
    rows = run(store, internal("item_document_citations.rq"), bindings={"item": URIRef(item)}).rows
    found = {Citation(str(r["symbol"]), node(graph, str(r["mandate"])),
                      _local(str(r["action"])).removeprefix("action-") if "action" in r else None,
                      str(r["quote"]), str(r["paragraph"]) if "paragraph" in r else None) for r in rows}
    return tuple(sorted(found, key=lambda c: (c.document, c.mandate.label, c.quote)))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _documents(store: ox.Store | Remote, item: str) -> list[str]:
    rows = run(store, internal("item_documents.rq"), bindings={"item": URIRef(item)}).rows
    return sorted(str(r["symbol"]) for r in rows)


_ORDER = {"grounded in": 0, "acted on by": 1, "continues": 2, "based on": 3, "part of": 4}


def _hops(graph: nx.MultiDiGraph, source: str, path: tuple[str, ...]) -> tuple[Hop, ...]:
    hops = []
    for _, target, relation, data in sorted(graph.out_edges(source, keys=True, data=True),
                                            key=lambda e: (_ORDER.get(e[2], 9), e[1])):
        cycle = target in path
        children = () if cycle or len(path) > MAX_DEPTH else _hops(graph, target, path + (target,))
        hops.append(Hop(relation, node(graph, target), data["status"], tuple(data["evidence"]),
                        children, cycle))
    return tuple(hops)
