"""Exports for analysts: the whole graph or one scope of it, as RDF (Turtle, N-Triples, TriG,
JSON-LD), as a network (GraphML and GEXF for Gephi and networkx, CSV nodes and edges for
spreadsheets) or as a picture (DOT, SVG, PNG).

RDF comes straight from the store (pyoxigraph writers). Every network format comes from one
projection, :func:`mandategraph.network.project` with ``wide=True``: a MultiDiGraph whose node ids
are IRIs, with ``label`` (what a reader calls the node: "resolution 6/3", "item 2"), ``type`` and
the node's notation, title, rdfs:label (``rdfs_label``), body, status and editorial note; every edge
keyed by its relation, with ``relation``, ``predicate`` (the property IRI), ``status`` and
``evidence`` (a JSON list, since GraphML and GEXF take scalar attributes only). Literals are
attributes, never nodes.

Scopes (``--scope``): ``item=...`` (an item and every chain of mandates grounding it, with the
documents before the meeting), ``mandate=...`` (a mandate and everything resting on it: its
impact), ``body=...`` (a body, its sessions, what it adopted, and what is on its sessions' agendas),
``session=...`` (a session, its agenda items, the documents and mandates they name).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from mandategraph import iri as mint
from mandategraph.errors import InputError, NotFound, from_os_error
from mandategraph.files import write_atomic
from mandategraph.impact import MandateNotFound, find_mandate
from mandategraph.label import DEFAULT_LANG, PRESUMED, presumed
from mandategraph.namespaces import OA, PREFIXES, readable_prefixes
from mandategraph.network import Evidence, chain_view, project
from mandategraph.render import evidence_dict
from mandategraph.trace import ItemNotFound, find_item, node

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
               "jsonld": ox.RdfFormat.JSON_LD}
NETWORK_FORMATS = ("graphml", "gexf", "csv")
PICTURE_FORMATS = ("dot", "svg", "png")
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS, *PICTURE_FORMATS)
SCOPES = ("item", "mandate", "body", "session")
NODE_COLUMNS = ("id", "label", "type", "notation", "title", "title_lang", "title_gloss", "rdfs_label",
                "body", "status", "presumed", "note", "session", "agenda", "number", "start", "end",
                "venue", "official_address")
EDGE_COLUMNS = ("source", "target", "relation", "predicate", "status", "evidence")


class ExportError(InputError, ValueError):
    """A bad format, scope or output path; the message names it."""


class ScopeNotFound(NotFound, LookupError):
    """The scope names nothing in the graph; the message says what was tried."""


@dataclass(frozen=True)
class Scope:
    kind: str = "all"  # all | item | mandate | body | session
    value: str = ""

    def __str__(self) -> str:
        return "the whole graph" if self.kind == "all" else f"{self.kind}={self.value}"


@dataclass(frozen=True)
class Export:
    format: str
    scope: Scope
    nodes: int  # of the network projection (RDF formats: the nodes whose descriptions were written)
    edges: int
    triples: int  # RDF formats: quads or triples written
    files: tuple[Path, ...]  # what was written; empty when the export is returned as ``data``
    data: bytes = b""


def parse_scope(text: str | None) -> Scope:
    """``item="WG.7 2013 item 3"``, ``mandate=resolution 6/3``, ``body=ctoc-cop-wg7``,
    ``session=ctoc-cop-wg7/2`` (body/number) or an IRI after any of them; nothing = the whole graph."""
    if not text or text.strip() in ("", "all"):
        return Scope()
    kind, sep, value = text.partition("=")
    kind, value = kind.strip().lower(), value.strip().strip("\"'").strip()
    if not sep or kind not in SCOPES or not value:
        raise ExportError(f"--scope {text!r}: write KIND=VALUE with KIND one of {', '.join(SCOPES)} "
                          "(e.g. item=\"WG.7 2013 item 3\", mandate=\"resolution 6/3\", "
                          "body=ctoc-cop-wg7, session=ctoc-cop-wg7/2)")
    return Scope(kind, value)


# ------------------------------------------------------------------ scopes


def scope_nodes(store: ox.Store, wide: nx.MultiDiGraph, scope: Scope) -> set[str] | None:
    """The IRIs a scope covers in the export projection (None: the whole graph)."""
    if scope.kind == "all":
        return None
    chains = chain_view(wide)
    if scope.kind == "item":
        try:
            item = find_item(store, scope.value)
        except ItemNotFound as exc:
            raise ScopeNotFound(str(exc)) from exc
        found = {item} | (nx.descendants(chains, item) if item in chains else set())
        return found | set(wide.successors(item))
    if scope.kind == "mandate":
        try:
            mandate = find_mandate(chains, scope.value)
        except MandateNotFound as exc:
            raise ScopeNotFound(str(exc)) from exc
        found = {mandate} | nx.ancestors(chains, mandate)
        items = [n for n in found if wide.nodes[n].get("type") == "AgendaItem"]
        return found | {t for i in items for t in wide.successors(i)}
    if scope.kind == "body":
        body = _named(wide, scope, lambda v: str(mint.body(v)), "Body")
        sessions = [s for s, _, k in wide.in_edges(body, keys=True) if k == "of body"]
        found = {body} | set(wide.predecessors(body))
        return found | {p for s in sessions for p in wide.predecessors(s)}
    session = _named(wide, scope, _session_iri, "Session")
    items = [i for i, _, k in wide.in_edges(session, keys=True) if k == "for session"
             and wide.nodes[i].get("type") == "AgendaItem"]
    found = {session} | set(wide.predecessors(session)) | set(wide.successors(session))
    return found | {t for i in items for t in wide.successors(i)}


def _session_iri(value: str) -> str:
    body, sep, key = value.rpartition("/")
    if not sep or not body or not key:
        raise ScopeNotFound(f"session {value!r}: write BODY/NUMBER (ctoc-cop-wg7/2) or an IRI")
    return str(mint.session(body, key))


def _named(wide: nx.MultiDiGraph, scope: Scope, mint_iri: object, kind: str) -> str:
    value = scope.value
    candidate = value if re.match(r"^https?://", value) else mint_iri(value)  # type: ignore[operator]
    if candidate not in wide or wide.nodes[candidate].get("type") != kind:
        raise ScopeNotFound(f"no {kind.lower()} {value!r} in the graph (looked for <{candidate}>)")
    return str(candidate)


# ------------------------------------------------------------------ the network projection


def network(store: ox.Store, scope: Scope = Scope()) -> nx.MultiDiGraph:
    """The export projection of ``scope``, as the network formats write it (see the module doc)."""
    wide = project(store, wide=True)
    nodes = scope_nodes(store, wide, scope)
    return wide if nodes is None else wide.subgraph(nodes).copy()


def flat(graph: nx.MultiDiGraph, lang: str = DEFAULT_LANG) -> nx.MultiDiGraph:
    """The projection with scalar attributes only (strings), as GraphML, GEXF and CSV need: display
    labels (unique: an item is named with its session), titles in ``lang`` with their language and
    gloss mark, presumed facts marked, evidence as JSON, no missing values."""
    out = nx.MultiDiGraph(scope=graph.graph.get("scope", ""))
    for n, data in graph.nodes(data=True):
        shown = node(graph, n, lang)
        attrs = {"label": unique_label(graph, n, shown.label), "type": data.get("type", "Resource")}
        for key in ("notation", "body", "status", "note", "number", "start", "end", "venue"):
            if data.get(key) is not None:
                attrs[key] = str(data[key])
        if shown.title is not None:
            attrs["title"] = shown.title
            attrs["title_lang"] = shown.title_lang or ""
            attrs["title_gloss"] = "true" if shown.title_gloss else "false"
        mark = "supplied" if data.get("supplied") else (data.get("status") if data.get("status") in PRESUMED else None)
        if mark:
            attrs["presumed"] = mark
        if data.get("official"):
            attrs["official_address"] = str(data["official"])
        if data.get("label") is not None:
            attrs["rdfs_label"] = str(data["label"])
        for relation, key in (("for session", "session"), ("on agenda", "agenda")):
            target = next((t for _, t, k in graph.out_edges(n, keys=True) if k == relation), None)
            if target is not None:
                attrs[key] = target
        out.add_node(n, **attrs)
    for i, (s, t, key, data) in enumerate(sorted(graph.edges(keys=True, data=True),
                                                  key=lambda e: (e[0], e[1], e[2]))):
        out.add_edge(s, t, key=key, id=f"e{i}", relation=str(data["relation"]),
                     predicate=str(data.get("predicate", "")), status=str(data["status"]),
                     evidence=evidence_json(data.get("evidence", []), lang))
    return out


def unique_label(graph: nx.MultiDiGraph, iri: str, label: str) -> str:
    """What an analyst sees on a node, unique in the graph: an agenda item is "item 2" on many
    agendas, so it is named with its session ("Second meeting of the Working Group on the Smuggling
    of Migrants, item 2") or its agenda's symbol; a schedule slot by its session and time; a supplied
    symbol is marked as supplied."""
    data = graph.nodes[iri]
    if data.get("supplied"):
        return presumed(label, "supplied")
    if data.get("type") not in ("AgendaItem", "ScheduleSlot"):
        return label
    relation = "for session" if data.get("type") == "AgendaItem" else "slot of"
    where = next((t for _, t, k in graph.out_edges(iri, keys=True) if k == relation), None)
    if where is None and data.get("type") == "AgendaItem":
        where = next((t for _, t, k in graph.out_edges(iri, keys=True) if k == "on agenda"), None)
    if where is None or where not in graph:
        return f"{label} ({iri.rsplit('/id/', 1)[-1]})"
    place = graph.nodes[where]
    name = place.get("label") or place.get("notation") or where.rsplit("/id/", 1)[-1]
    if data.get("type") == "ScheduleSlot":
        return f"{name}, {data.get('label') or data.get('start') or iri.rsplit('/', 1)[-1]}"
    return f"{name}, {label}"


def evidence_json(evidence: list[Evidence], lang: str = DEFAULT_LANG) -> str:
    return json.dumps([{k: v for k, v in evidence_dict(e, lang).items() if v is not None} for e in evidence],
                      ensure_ascii=False, sort_keys=True)


def graphml_bytes(graph: nx.MultiDiGraph, lang: str = DEFAULT_LANG) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(flat(graph, lang), buf, edge_id_from_attribute="id")
    return buf.getvalue()


def gexf_bytes(graph: nx.MultiDiGraph, lang: str = DEFAULT_LANG) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(flat(graph, lang), buf)
    return buf.getvalue()


def csv_tables(graph: nx.MultiDiGraph, lang: str = DEFAULT_LANG) -> tuple[str, str]:
    """(nodes.csv, edges.csv) text."""
    g = flat(graph, lang)
    nodes, edges = io.StringIO(), io.StringIO()
    nw = csv.DictWriter(nodes, NODE_COLUMNS, lineterminator="\n")
    nw.writeheader()
    for n, data in sorted(g.nodes(data=True)):
        nw.writerow({"id": n, **{k: data.get(k, "") for k in NODE_COLUMNS[1:]}})
    ew = csv.DictWriter(edges, EDGE_COLUMNS, lineterminator="\n")
    ew.writeheader()
    for s, t, data in g.edges(data=True):
        ew.writerow({"source": s, "target": t, **{k: data[k] for k in EDGE_COLUMNS[2:]}})
    return nodes.getvalue(), edges.getvalue()


# ------------------------------------------------------------------ RDF


def rdf_subset(store: ox.Store, wide: nx.MultiDiGraph, nodes: set[str]) -> ox.Store:
    """Every quad describing a node of the scope, and the evidence (with its selectors) of every link
    between two of them, in the graphs they come from."""
    subjects = set(nodes)
    sub = nx.MultiDiGraph(wide.subgraph(nodes))
    for _, _, data in sub.edges(data=True):
        subjects.update(e.iri for e in data.get("evidence", []) if e.iri)
    selector = ox.NamedNode(str(OA.hasSelector))
    out = ox.Store()
    todo = sorted(subjects)
    seen: set[str] = set()
    while todo:
        subject = todo.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for quad in store.quads_for_pattern(ox.NamedNode(subject), None, None, None):
            out.add(quad)
            if quad.predicate == selector and isinstance(quad.object, ox.NamedNode):
                todo.append(quad.object.value)
    return out


def rdf_bytes(store: ox.Store, fmt: str) -> tuple[bytes, int]:
    """The dataset in ``fmt``; Turtle and N-Triples hold the union of its graphs (each triple once)."""
    rdf = RDF_FORMATS[fmt]
    if fmt == "jsonld":
        return jsonld_bytes(store), len(store)
    if rdf.supports_datasets:
        prefixes = readable_prefixes(store) if fmt == "trig" else None
        return store.dump(format=rdf, prefixes=prefixes) or b"", len(store)
    union = ox.Store()
    union.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store)
    data = union.dump(format=rdf, from_graph=ox.DefaultGraph(),
                      prefixes=readable_prefixes(union) if fmt == "ttl" else None)
    return data or b"", len(union)


def jsonld_bytes(store: ox.Store) -> bytes:
    """The dataset as JSON-LD compacted with a ``@context`` of the project's prefixes (mg:, mgid:,
    dcterms:, ...), so that keys read "dcterms:title" rather than full IRIs; each named graph is an
    object of the top-level ``@graph`` with its ``@id``. (Oxigraph writes expanded JSON-LD only:
    rdflib compacts it.)"""
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data=store.dump(format=ox.RdfFormat.N_QUADS) or b"", format="nquads")
    context = {"@context": dict(sorted(PREFIXES.items()))}
    text = dataset.serialize(format="json-ld", context=context["@context"], auto_compact=True, indent=1)
    return text.encode("utf-8")


# ------------------------------------------------------------------ the verb


def export(store: ox.Store, fmt: str, scope: Scope = Scope(), out: Path | str | None = None,
           lang: str = DEFAULT_LANG) -> Export:
    """Export ``scope`` of the built graph as ``fmt``; write it to ``out`` (CSV: a directory, or a
    prefix for PREFIX.nodes.csv and PREFIX.edges.csv) or return it as ``data``."""
    if fmt not in FORMATS:
        raise ExportError(f"--format {fmt!r}: choose from {', '.join(FORMATS)}")
    if fmt == "csv" and out is None:
        raise ExportError("--format csv writes two files (nodes and edges): give --out DIR or --out PREFIX")
    wide = project(store, wide=True)
    nodes = scope_nodes(store, wide, scope)
    graph = wide if nodes is None else nx.MultiDiGraph(wide.subgraph(nodes))
    triples = 0
    if fmt in RDF_FORMATS:
        data, triples = rdf_bytes(store if nodes is None else rdf_subset(store, wide, nodes), fmt)
    elif fmt == "graphml":
        data = graphml_bytes(graph, lang)
    elif fmt == "gexf":
        data = gexf_bytes(graph, lang)
    elif fmt in PICTURE_FORMATS:
        from mandategraph.picture import draw_graph  # matplotlib is loaded only for pictures

        data = draw_graph(graph, fmt)
    else:
        assert out is not None
        nodes_csv, edges_csv = csv_tables(graph, lang)
        paths = csv_paths(str(out))
        for path, text in zip(paths, (nodes_csv, edges_csv), strict=True):
            _write(path, text.encode("utf-8"))
        return Export(fmt, scope, graph.number_of_nodes(), graph.number_of_edges(), 0, paths)
    if out is None:
        return Export(fmt, scope, graph.number_of_nodes(), graph.number_of_edges(), triples, (), data)
    _write(Path(out), data)
    return Export(fmt, scope, graph.number_of_nodes(), graph.number_of_edges(), triples, (Path(out),))


def csv_paths(out: str) -> tuple[Path, Path]:
    """A directory (one that exists, or a path ending in /) holds nodes.csv and edges.csv; anything
    else is a prefix: PREFIX.nodes.csv and PREFIX.edges.csv."""
    path = Path(out)
    if path.is_dir() or out.endswith(("/", "\\")):
        return path / "nodes.csv", path / "edges.csv"
    return path.with_name(path.name + ".nodes.csv"), path.with_name(path.name + ".edges.csv")


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, str(path.parent), "cannot create") from exc
    write_atomic(path, data)
