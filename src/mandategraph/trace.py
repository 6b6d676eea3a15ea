"""Why is this item on the agenda? Every chain of mandates from an item back to its roots, hop by
hop, each hop with its evidence; and the reverse, everything a mandate grounds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

import pyoxigraph as ox
from rdflib import Literal, URIRef

from mandategraph.errors import NotFound
from mandategraph.iri import notation_key
from mandategraph.label import DEFAULT_LANG, GLOSS_PREFIX, Label, official_address, pick, presumed
from mandategraph.namespaces import MG, RDF
from mandategraph.network import Evidence, node_data, project, successors
from mandategraph.query import Remote, has_default_graph, internal, run, with_values
from mandategraph.status import SEVERITY
from mandategraph.terms import RdfTerm, from_ox, to_ox

if TYPE_CHECKING:
    from mandategraph.network import Graph  # networkx or a Reach; networkx imported only if needed

MAX_DEPTH = 40


class ItemNotFound(NotFound, LookupError):
    """No agenda item matches what the user typed; the message says what was tried."""


@dataclass(frozen=True)
class Node:
    iri: str
    type: str
    label: str  # "resolution 6/3", "item 2", "article 32, paragraph 3"
    title: str | None  # in the reader's language if the graph has it (see mandategraph.label.pick)
    status: str | None  # a curator's status of the node itself (unverified, disputed)
    note: str | None
    title_lang: str | None = None  # the language of ``title``
    title_gloss: bool = False  # ``title`` is our English gloss, not an official title

    def shown_title(self, lang: str = DEFAULT_LANG) -> str | None:
        """The title with its mark ("[gloss]", "[es]"), as every output shows it."""
        if self.title is None:
            return None
        return Label(self.title, self.title_lang, self.title_gloss).shown(lang)


@dataclass(frozen=True)
class Paper:
    """A document as a reader needs it: symbol (marked when supplied), title, official copy."""

    iri: str
    symbol: str | None
    title: Label | None
    supplied: bool  # the symbol is the curator's, the text does not print it
    status: str | None
    note: str | None
    address: str | None  # the official copy (https://undocs.org/SYMBOL)

    @property
    def name(self) -> str:
        """The symbol, marked when presumed; the IRI when there is no symbol."""
        if self.symbol is None:
            return self.iri
        return presumed(self.symbol, "supplied" if self.supplied else None)


@dataclass(frozen=True)
class Meeting:
    """The session an item is on the agenda of."""

    iri: str
    label: str | None  # "Second meeting of the Working Group on the Smuggling of Migrants"
    body: str | None  # "Working Group on the Smuggling of Migrants"
    number: str | None
    venue: str | None
    start: str | None  # ISO dates
    end: str | None
    status: str | None  # the curator's status of the session (dates unverified)


@dataclass(frozen=True)
class Slot:
    """One slot of the organization of work."""

    iri: str
    label: str | None
    start: str | None  # ISO date-times
    end: str | None


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
    papers: tuple[Paper, ...] = ()  # the documents before the meeting under the item
    cited: tuple[Citation, ...] = ()  # what the documents before the meeting cite
    meeting: Meeting | None = None
    agenda: Paper | None = None
    procedural: bool | None = None
    annotation: str | None = None
    slots: tuple[Slot, ...] = ()  # where the organization of work puts the item
    lang: str = DEFAULT_LANG  # the language the labels were chosen for

    @property
    def documents(self) -> tuple[str, ...]:
        """The symbols of the documents before the meeting."""
        return tuple(p.symbol or p.iri for p in self.papers)

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
    m = re.match(r"^(?P<what>.+?)\s+(?:item\s+)?(?P<notation>\d+\s*(?:\(?[a-z]\)?)?)$", text, re.I)
    if not m:
        raise ItemNotFound(f"cannot read {text!r} as an agenda item: write \"SYMBOL item N\", "
                           "\"WG.7 2013 item 3\" or an IRI")
    what, key = m["what"].strip(), notation_key(m["notation"])
    # only the items with that notation, filtered by the store (not every item fetched and scanned)
    rows = run(store, internal("items_by_notation.rq"), bindings={"key": Literal(key)}).rows
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


_LABELLED: WeakKeyDictionary[Graph, dict[tuple[str, str], Node]] = WeakKeyDictionary()


def node(graph: Graph, iri: str, lang: str = DEFAULT_LANG) -> Node:
    """The :class:`Node` of ``iri`` in ``graph`` (its type, label and title for a reader of ``lang``),
    made once per projection: a projection is not changed once made (every trace of it, and every
    hop of a trace, shares the labels of the mandates it shows)."""
    labelled = _LABELLED.get(graph)
    if labelled is None:
        labelled = _LABELLED[graph] = {}
    found = labelled.get((iri, lang))
    if found is None:
        found = labelled[(iri, lang)] = _node(graph, iri, lang)
    return found


def _node(graph: Graph, iri: str, lang: str) -> Node:
    data = node_data(graph).get(iri, {})
    kind = data.get("type", "Resource")
    notation = data.get("notation")
    chosen = _pick(tuple(data.get("titles", ())), tuple(data.get("glosses", ())), lang)
    if chosen is None and data.get("title"):
        chosen = Label(str(data["title"]), None)
    title = chosen.text if chosen else None
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
        chosen = None
    return Node(iri, kind, label, chosen.text if chosen else None, data.get("status"), data.get("note"),
                chosen.lang if chosen else None, chosen.gloss if chosen else False)


@lru_cache(maxsize=4096)
def _pick(titles: tuple[tuple[str, str | None], ...], glosses: tuple[tuple[str, str | None], ...],
          lang: str) -> Label | None:
    """:func:`mandategraph.label.pick`, once per node's titles (a :class:`Label` is immutable)."""
    return pick(titles, glosses, lang)


def provision_label(graph: Graph, iri: str) -> str:
    """"paragraph 3" part of "article 32" part of the Convention -> "article 32, paragraph 3, of the
    United Nations Convention against Transnational Organized Crime"."""
    parts: list[str] = []
    current: str | None = iri
    seen = set()
    while current and current not in seen:
        seen.add(current)
        data = node_data(graph).get(current, {})
        if data.get("type") != "Provision":
            whole = data.get("title") or data.get("label") or data.get("notation") or current
            if not parts:
                return str(whole)
            joined = ", ".join(reversed(parts))
            return f"{joined}{',' if len(parts) > 1 else ''} of {whole}"
        parts.append(str(data.get("notation") or current.rsplit("/", 2)[-2:]))
        current = next((t for t, by_relation in successors(graph).get(current, {}).items()
                        if "part of" in by_relation), None)
    return ", ".join(reversed(parts))


def trace_item(store: ox.Store | Remote, item: str, graph: Graph | None = None,
               lang: str = DEFAULT_LANG) -> Trace:
    """Every chain from ``item`` (an IRI, or a name :func:`find_item` reads) to its roots, with the
    meeting, the agenda, the documents and the schedule; labels chosen for a reader of ``lang``."""
    iri = find_item(store, item)
    graph = graph if graph is not None else project(store, reach=iri)  # only what the trace shows
    facts = _context(store, iri)
    about = facts.get(iri, {})
    session = _first(about, _FOR_SESSION)
    meeting = _meeting(str(session), facts, lang) if session is not None else None
    agenda = _first(about, _ON_AGENDA)
    docs = sorted({str(d) for d in about.get(_DOCUMENTED_BY, ())})
    slots = tuple(s for s, covered in _slots(facts, str(session)).items() if iri in covered) \
        if meeting else ()
    procedural = _first(about, _PROCEDURAL)
    annotation = _first(about, _ANNOTATION)
    return Trace(node(graph, iri, lang), _hops(graph, iri, (iri,), lang),
                 tuple(sorted((_paper(d, facts, lang) for d in docs), key=_paper_order)),
                 _cited(facts, graph, iri, docs, lang), meeting,
                 _paper(str(agenda), facts, lang) if agenda is not None else None,
                 None if procedural is None else str(procedural) in ("true", "1"),
                 str(annotation) if annotation is not None else None, slots, lang)


Facts = dict[str, dict[str, list[RdfTerm]]]  # subject -> predicate -> its values, each once

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_TYPE_IRI, _LABEL = str(RDF.type), _RDFS + "label"
_FOR_SESSION, _ON_AGENDA, _DOCUMENTED_BY = str(MG.forSession), str(MG.onAgenda), str(MG.documentedBy)
_PROCEDURAL, _ANNOTATION, _STATUS = str(MG.isProcedural), str(MG.annotation), str(MG.status)
_OF_BODY, _SLOT_OF, _COVERS = str(MG.ofBody), str(MG.slotOf), str(MG.covers)
_LINK_SUBJECT, _LINK_OBJECT, _QUOTE = str(MG.linkSubject), str(MG.linkObject), str(MG.quote)
_LINK_PROPERTY, _CITES, _ACTION, _PARAGRAPH = str(MG.linkProperty), str(MG.cites), str(MG.action), str(MG.paragraph)
_IDENTIFIER, _TITLE = _DCTERMS + "identifier", _DCTERMS + "title"
_SCOPE_NOTE, _EDITORIAL_NOTE = _SKOS + "scopeNote", _SKOS + "editorialNote"


def _facts(rows: tuple[Mapping[str, RdfTerm], ...], subject: str | None = None) -> Facts:
    """``?s ?p ?o`` rows by subject and predicate (a row without ``s`` is about ``subject``)."""
    out: Facts = {}
    for r in rows:
        values = out.setdefault(str(r.get("s", subject)), {}).setdefault(str(r["p"]), [])
        if r["o"] not in values:
            values.append(r["o"])
    return out


def _context(store: ox.Store | Remote, iri: str) -> Facts:
    """Every statement about what a trace shows around the item ``iri``: the item, its session,
    that session's body and slots, its agenda, its documents and the citations they make
    (trace_context.rq says which). A remote endpoint answers that one query; the embedded store
    is read by index lookups (a few microseconds each, where preparing the query takes hundreds),
    which give the same statements (tests/test_remote.py compares the two traces)."""
    if not isinstance(store, ox.Store):
        return _facts(run(store, internal("trace_context.rq"), bindings={"item": URIRef(iri)}).rows, iri)
    read = _Lookups(store)
    item = read.about(ox.NamedNode(iri))
    for predicate in (_FOR_SESSION, _ON_AGENDA, _DOCUMENTED_BY):
        for value in item.get(predicate, ()):
            read.about(to_ox(value))
    for session in item.get(_FOR_SESSION, ()):
        for body in read.about(to_ox(session)).get(_OF_BODY, ()):
            read.about(to_ox(body))
        for slot in read.subjects(_SLOT_OF, session):
            read.about(slot)
    for doc in item.get(_DOCUMENTED_BY, ()):
        for evidence in read.subjects(_LINK_SUBJECT, doc):
            known = str(from_ox(evidence)) in read.facts
            if _CITES not in {str(p) for p in read.about(evidence).get(_LINK_PROPERTY, ())} and not known:
                del read.facts[str(from_ox(evidence))]  # not a citation: trace_context.rq leaves it out
    return read.facts


class _Lookups:
    """Statements of the embedded store's queried graph (its default graph if it has one, else the
    union of its named graphs: what :func:`mandategraph.query.run` reads), by subject, each once."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.graph = ox.DefaultGraph() if has_default_graph(store) else None
        self.facts: Facts = {}

    def about(self, node: object) -> dict[str, list[RdfTerm]]:
        key = str(from_ox(node))  # type: ignore[arg-type]
        found = self.facts.get(key)
        if found is None:
            found = self.facts[key] = {}
            if isinstance(node, (ox.NamedNode, ox.BlankNode)):  # a literal is no subject
                for quad in self.store.quads_for_pattern(node, None, None, self.graph):
                    values = found.setdefault(quad.predicate.value, [])
                    value = from_ox(quad.object)
                    if value is not None and value not in values:
                        values.append(value)
        return found

    def subjects(self, predicate: str, value: RdfTerm) -> list[ox.NamedNode | ox.BlankNode]:
        if isinstance(value, Literal):
            return []
        quads = self.store.quads_for_pattern(None, ox.NamedNode(predicate), to_ox(value), self.graph)
        return list(dict.fromkeys(q.subject for q in quads))  # type: ignore[misc]


def _first(about: Mapping[str, list[RdfTerm]], predicate: str) -> RdfTerm | None:
    """The one value of a single-valued property (the first in text order if the data has several)."""
    values = about.get(predicate)
    return min(values, key=str) if values else None


def _labels(about: Mapping[str, list[RdfTerm]], predicate: str) -> set[tuple[str, str | None]]:
    return {(str(v), getattr(v, "language", None)) for v in about.get(predicate, ())}


def _meeting(session: str, facts: Facts, lang: str) -> Meeting:
    about = facts.get(session, {})

    def chosen(labels: set[tuple[str, str | None]]) -> str | None:
        found = pick(labels, (), lang)
        return found.shown(lang) if found else None  # a label in another language shows it

    def one(predicate: str) -> str | None:
        value = _first(about, predicate)
        return str(value) if value is not None else None

    bodies = {str(b) for b in about.get(_OF_BODY, ())}
    status = one(_STATUS)
    return Meeting(session, chosen(_labels(about, _LABEL)),
                   chosen({label for b in bodies for label in _labels(facts.get(b, {}), _LABEL)}),
                   one(str(MG.sessionNumber)), one(str(MG.venue)), one(str(MG.startDate)),
                   one(str(MG.endDate)), _local(status) if status else None)


def papers(store: ox.Store | Remote, iris: list[str], lang: str = DEFAULT_LANG) -> tuple[Paper, ...]:
    """Documents by IRI, as a reader needs them (symbol, title in ``lang``, supplied or printed):
    every statement about them, read by index lookups or, from a remote endpoint, in one query
    (describe.rq)."""
    if isinstance(store, ox.Store):  # index lookups, as in _context
        read = _Lookups(store)
        for doc in iris:
            read.about(ox.NamedNode(doc))
        facts = read.facts
    else:
        text = with_values(internal("describe.rq"), ("s",), [(URIRef(d),) for d in iris]) if iris else None
        facts = _facts(run(store, text).rows) if text else {}
    return tuple(sorted((_paper(d, facts, lang) for d in iris), key=_paper_order))


def _paper_order(paper: Paper) -> str:
    return paper.symbol or paper.iri


def _paper(doc: str, facts: Facts, lang: str) -> Paper:
    """A document from the statements about it; a document without a type is not known as one."""
    about = facts.get(doc, {}) if _TYPE_IRI in facts.get(doc, {}) else {}
    symbols = sorted({str(s) for s in about.get(_IDENTIFIER, ())})
    symbol = symbols[0] if symbols else None
    glosses = {g for g in _labels(about, _SCOPE_NOTE) if g[0].startswith(GLOSS_PREFIX)}
    statuses = sorted({_local(str(s)) for s in about.get(_STATUS, ())}, key=SEVERITY.index)
    notes = sorted({str(n) for n in about.get(_EDITORIAL_NOTE, ())})
    return Paper(doc, symbol, pick(_labels(about, _TITLE), glosses, lang),
                 any(str(v) in ("true", "1") for v in about.get(str(MG.symbolSupplied), ())),
                 statuses[-1] if statuses else None, " ".join(notes) or None,
                 official_address(symbol) if symbol else None)


def schedule(store: ox.Store | Remote, session: str) -> dict[Slot, set[str]]:
    """The organization of work of a session: each slot, in time order, with the items it covers."""
    return _slots(_facts(run(store, internal("session_context.rq"),
                             bindings={"session": URIRef(session)}).rows), session)


def _slots(facts: Facts, session: str) -> dict[Slot, set[str]]:
    """The slots of ``session`` among ``facts``, in time order, each with the items it covers."""
    slots: dict[Slot, set[str]] = {}
    for slot, about in facts.items():
        if not any(str(s) == session for s in about.get(_SLOT_OF, ())):
            continue
        label, start, end = (_first(about, p) for p in (_LABEL, str(MG.start), str(MG.end)))
        key = Slot(slot, *(str(v) if v is not None else None for v in (label, start, end)))
        slots[key] = {str(i) for i in about.get(_COVERS, ())}
    return dict(sorted(slots.items(), key=lambda kv: (kv[0].start or "", kv[0].iri)))


@dataclass(frozen=True)
class AgendaTrace:
    """A whole agenda: every item's trace in printed order, and the organization of work."""

    agenda: Paper
    meeting: Meeting | None
    items: tuple[Trace, ...]
    slots: tuple[tuple[Slot, tuple[str, ...]], ...]  # each slot with the notations of the items it covers
    lang: str = DEFAULT_LANG

    @property
    def status(self) -> str:
        return worst_status(tuple(h for t in self.items for h in t.hops))


def find_agenda(store: ox.Store | Remote, text: str) -> str:
    """An agenda IRI from its symbol ("CTOC/COP/WG.7/2013/1"), its IRI, or body and year ("WG.7 2013")."""
    text = " ".join(text.split())
    rows = run(store, internal("agenda_items.rq")).rows
    agendas = {str(r["agenda"]) for r in rows if text in (str(r["agenda"]), str(r.get("symbol", "")))}
    if not agendas and not re.match(r"^https?://", text):
        agendas = {str(r["agenda"]) for r in rows if _names(text, r)}
    if len(agendas) == 1:
        return agendas.pop()
    if not agendas:
        raise ItemNotFound(f"no agenda matching {text!r}")
    raise ItemNotFound(f"{text!r} matches {len(agendas)} agendas; give the symbol: " + ", ".join(sorted(agendas)))


def trace_agenda(store: ox.Store | Remote, text: str, graph: Graph | None = None,
                 lang: str = DEFAULT_LANG) -> AgendaTrace:
    """Every item of an agenda (:func:`find_agenda` reads ``text``), in printed order, with the schedule."""
    agenda = find_agenda(store, text)
    graph = graph if graph is not None else project(store)
    rows = [r for r in run(store, internal("agenda_items.rq")).rows if str(r["agenda"]) == agenda]
    order = {str(r["item"]): (int(str(r["order"])) if "order" in r else 10**6) for r in rows}
    items = tuple(trace_item(store, i, graph, lang)
                  for i in sorted(order, key=lambda i: (order[i], notation_key_of(graph, i))))
    meeting = next((t.meeting for t in items if t.meeting), None)
    notation = {t.item.iri: t.item.label.removeprefix("item ") for t in items}
    slots = tuple((slot, tuple(notation[i] for i in sorted(covered, key=lambda i: order.get(i, 10**6))
                               if i in notation))
                  for slot, covered in (schedule(store, meeting.iri).items() if meeting else ()))
    return AgendaTrace(papers(store, [agenda], lang)[0], meeting, items, slots, lang)


def notation_key_of(graph: Graph, iri: str) -> str:
    return str(graph.nodes[iri].get("notation", iri)) if iri in graph else iri


def _cited(facts: Facts, graph: Graph, item: str, docs: list[str],
           lang: str = DEFAULT_LANG) -> tuple[Citation, ...]:
    """What the documents before the meeting (``docs``, those with a symbol) cite: each mg:cites
    link among ``facts`` with its quote, action and paragraph."""
    found: set[Citation] = set()
    for about in facts.values():
        if _CITES not in {str(p) for p in about.get(_LINK_PROPERTY, ())}:
            continue
        citing = [d for d in docs if any(str(s) == d for s in about.get(_LINK_SUBJECT, ()))]
        actions: list[str | None] = [_local(str(a)).removeprefix("action-") for a in about.get(_ACTION, ())]
        paragraphs: list[str | None] = [str(p) for p in about.get(_PARAGRAPH, ())]
        for doc in citing:
            for symbol in {str(s) for s in facts.get(doc, {}).get(_IDENTIFIER, ())}:
                for mandate in about.get(_LINK_OBJECT, ()):
                    cited = node(graph, str(mandate), lang)
                    found.update(Citation(symbol, cited, action, str(quote), paragraph)
                                 for quote in about.get(_QUOTE, ()) for action in actions or [None]
                                 for paragraph in paragraphs or [None])
    return tuple(sorted(found, key=lambda c: (c.document, c.mandate.label, c.quote)))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


_ORDER = {"grounded in": 0, "acted on by": 1, "continues": 2, "based on": 3, "part of": 4}


def _hops(graph: Graph, source: str, path: tuple[str, ...], lang: str = DEFAULT_LANG) -> tuple[Hop, ...]:
    """The tree of hops from ``source`` (each target's :class:`Node` made once per projection, by
    :func:`node`: a mandate reached by several paths is labelled once)."""
    return _walk(successors(graph), graph, source, path, lang)


def _walk(succ: Mapping[str, Mapping[str, Mapping[str, dict[str, Any]]]], graph: Graph, source: str,
          path: tuple[str, ...], lang: str) -> tuple[Hop, ...]:
    hops = []
    edges = [(_ORDER.get(relation, 9), target, relation, data)
             for target, by_relation in succ.get(source, {}).items() for relation, data in by_relation.items()]
    edges.sort(key=_by_order)
    deep = len(path) > MAX_DEPTH
    for _, target, relation, data in edges:
        cycle = target in path
        children = () if cycle or deep else _walk(succ, graph, target, path + (target,), lang)
        hops.append(Hop(relation, node(graph, target, lang), data["status"], tuple(data["evidence"]), children, cycle))
    return tuple(hops)


def _by_order(edge: tuple[int, str, str, dict[str, Any]]) -> tuple[int, str]:
    return edge[0], edge[1]
