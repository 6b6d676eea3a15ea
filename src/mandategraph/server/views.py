"""The pages for people, put together from the statements a worker read (:mod:`.browse`):
bodies with their sessions and meetings, an agenda with its items in order and each item's
grounding, the mandates of each session, and search hits. Titles are chosen for the reader's
language by :func:`mandategraph.label.pick`; presumed facts are marked by ``label.presumed``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mandategraph import label
from mandategraph.namespaces import PREFIXES
from mandategraph.server.browse import Facts

MG = PREFIXES["mg"]
RDF_TYPE = PREFIXES["rdf"] + "type"
RDFS_LABEL = PREFIXES["rdfs"] + "label"
TITLE = PREFIXES["dcterms"] + "title"
IDENTIFIER = PREFIXES["dcterms"] + "identifier"
DATE = PREFIXES["dcterms"] + "date"
NOTATION = PREFIXES["skos"] + "notation"
ALT = PREFIXES["skos"] + "altLabel"
SCOPE = PREFIXES["skos"] + "scopeNote"
EDITORIAL = PREFIXES["skos"] + "editorialNote"
MANDATE_CLASSES = ("Resolution", "Decision", "Recommendation")
EXAMPLES = ("CTOC/COP/WG.7/2013/1 item 2", "WG.7 2013 item 4", "CTOC/COP/WG.7/2013/1 3")  # items to trace


def values(f: dict[str, list[dict[str, str]]], prop: str) -> list[str]:
    return sorted({v["value"] for v in f.get(prop, [])})


def first(f: dict[str, list[dict[str, str]]], prop: str) -> str | None:
    found = values(f, prop)
    return found[0] if found else None


def symbol(f: dict[str, list[dict[str, str]]]) -> str | None:
    """A document's symbol, marked when the curator supplied it (the text does not print it)."""
    found = first(f, IDENTIFIER)
    if found is None:
        return None
    return label.presumed(found, "supplied" if first(f, MG + "symbolSupplied") == "true" else None)


def kinds(f: dict[str, list[dict[str, str]]]) -> set[str]:
    return {v.removeprefix(MG) for v in values(f, RDF_TYPE) if v.startswith(MG)}


def status(f: dict[str, list[dict[str, str]]]) -> str | None:
    found = [v.removeprefix(MG) for v in values(f, MG + "effectiveStatus") or values(f, MG + "status")]
    for worst in ("disputed", "unverified"):
        if worst in found:
            return worst
    return found[0] if found else None


def title(f: dict[str, list[dict[str, str]]], lang: str, *props: str) -> str | None:
    """The title to show a reader of ``lang`` (``label.pick``: the reader's language, else our
    English gloss marked [gloss], else as printed with its language)."""
    props = props or (TITLE, RDFS_LABEL)
    titles = [(v["value"], v.get("lang")) for p in props for v in f.get(p, [])]
    glosses = [(v["value"], v.get("lang")) for v in f.get(SCOPE, [])
               if label.is_gloss(v["value"])]
    picked = label.pick(titles, glosses, lang)
    return picked.shown(lang) if picked else None


def description(f: dict[str, list[dict[str, str]]]) -> str | None:
    """Our description of a thing whose title is not known (a scope note that is not a gloss)."""
    notes = [v["value"] for v in f.get(SCOPE, []) if not label.is_gloss(v["value"])]
    return sorted(notes)[0] if notes else None


def date_range(start: str | None, end: str | None) -> str:
    def fmt(text: str) -> str:
        try:
            return dt.date.fromisoformat(text).strftime("%-d %B %Y")
        except ValueError:
            return text

    if start and end and start != end:
        return f"{fmt(start)} – {fmt(end)}"
    one = start or end
    return fmt(one) if one else "dates not known"


def _number(text: str | None) -> tuple[int, str]:
    digits = "".join(c for c in (text or "") if c.isdigit())
    return (int(digits) if digits and len(digits) < 12 else 10**12, text or "")


@dataclass
class SessionView:
    iri: str
    name: str
    number: str | None
    dates: str
    start: str | None
    venue: str | None
    agendas: list[tuple[str, str]]  # (agenda IRI, symbol)
    status: str | None


@dataclass
class BodyView:
    iri: str
    name: str
    short: str | None
    sessions: list[SessionView] = field(default_factory=list)
    children: list[BodyView] = field(default_factory=list)


def bodies(facts: Facts, lang: str) -> list[BodyView]:
    """Every body, its working groups under it, each with its sessions in order."""
    agendas: dict[str, list[tuple[str, str]]] = {}
    for iri, f in facts.items():
        if "Agenda" in kinds(f):
            for session in values(f, MG + "forSession"):
                agendas.setdefault(session, []).append((iri, symbol(f) or iri))
    views: dict[str, BodyView] = {}
    for iri, f in facts.items():
        if "Body" in kinds(f):
            views[iri] = BodyView(iri, title(f, lang, RDFS_LABEL) or iri, first(f, MG + "symbolPrefix"))
    for iri, f in facts.items():
        if "Session" not in kinds(f):
            continue
        start, end = first(f, MG + "startDate"), first(f, MG + "endDate")
        number = first(f, MG + "sessionNumber")
        fallback = f"Session {number}" if number else iri.rsplit("/", 1)[-1]
        shown = SessionView(iri, title(f, lang, RDFS_LABEL) or fallback, number,
                            date_range(start, end), start, first(f, MG + "venue"),
                            sorted(agendas.get(iri, []), key=lambda a: a[1]), status(f))
        for body in values(f, MG + "ofBody"):
            if body in views:
                views[body].sessions.append(shown)
    for view in views.values():
        view.sessions.sort(key=lambda s: (_number(s.number), s.start or ""))
    roots = []
    for iri, view in sorted(views.items(), key=lambda kv: kv[1].name):
        parents = [p for p in values(facts[iri], MG + "parentBody") if p in views and p != iri]
        if parents:
            views[parents[0]].children.append(view)
        else:
            roots.append(view)
    return roots


@dataclass
class Grounding:
    mandate: str
    name: str
    status: str | None
    quote: str | None
    document: tuple[str, str] | None  # (IRI, symbol as shown)


@dataclass
class ItemView:
    iri: str
    number: str
    title: str
    procedural: bool
    status: str | None
    note: str | None
    groundings: list[Grounding]
    documents: list[tuple[str, str]]  # (IRI, symbol as shown)
    children: list[ItemView] = field(default_factory=list)


def mandate_name(iri: str, f: dict[str, list[dict[str, str]]], lang: str) -> str:
    kind = next((k for k in MANDATE_CLASSES if k in kinds(f)), None) or \
        next(iter(sorted(kinds(f))), "")
    notation = first(f, NOTATION)
    head = f"{kind.lower()} {notation}".strip() if notation else ""
    named = title(f, lang)
    if head and named:
        return f"{head}: {named}"
    return head or named or iri.rsplit("/", 1)[-1]


def agenda_items(items: Facts, evidence: Facts, targets: Facts, lang: str) -> list[ItemView]:
    """The items in their order, numbered as printed, sub-items under their item, each with its
    grounding (the mandate, the quote and the document it was read from)."""
    quotes: dict[tuple[str, str], list[tuple[str | None, tuple[str, str] | None, str | None]]] = {}
    for f in evidence.values():
        if values(f, MG + "linkProperty") != [MG + "groundedIn"]:
            continue
        for item in values(f, MG + "linkSubject"):
            for mandate in values(f, MG + "linkObject"):
                documents = [(d, symbol(targets.get(d, {})) or d) for d in values(f, MG + "statedIn")]
                quotes.setdefault((item, mandate), []).append(
                    (first(f, MG + "quote"), documents[0] if documents else None, status(f)))
    views: dict[str, ItemView] = {}
    for iri, f in items.items():
        if "AgendaItem" not in kinds(f):
            continue
        groundings = []
        for mandate in values(f, MG + "groundedIn"):
            found = quotes.get((iri, mandate), [])
            quoted = sorted({q for q in found if q[0]}, key=lambda q: (q[0] or "", q[1] or ("", "")))
            statuses = [q[2] for q in found if q[2]]
            worst = next((w for w in ("disputed", "unverified") if w in statuses),
                         statuses[0] if statuses else None)
            for quote, document, link_status in quoted or [(None, None, worst)]:
                groundings.append(Grounding(mandate, mandate_name(mandate, targets.get(mandate, {}), lang),
                                            link_status or worst, quote, document))
        documents = [(d, symbol(targets.get(d, {})) or d) for d in values(f, MG + "documentedBy")]
        views[iri] = ItemView(iri, first(f, NOTATION) or "", title(f, lang) or "(no title)",
                              first(f, MG + "isProcedural") == "true", status(f),
                              first(f, EDITORIAL) or first(f, MG + "annotation"), groundings, documents)
    order = {iri: (_number(first(items[iri], MG + "order")), _number(views[iri].number)) for iri in views}
    roots = []
    for iri in sorted(views, key=lambda i: order[i]):
        parents = [p for p in values(items[iri], MG + "subItemOf") if p in views and p != iri]
        if parents:
            views[parents[0]].children.append(views[iri])
        else:
            roots.append(views[iri])
    return roots


@dataclass
class MandateView:
    iri: str
    kind: str
    notation: str | None
    name: str | None  # its title
    described: str | None  # our description, when no title is known
    date: str | None
    status: str | None
    establishes: list[tuple[str, str]]
    continues: list[tuple[str, str]]
    acts_on: list[tuple[str, str]]


@dataclass
class SessionMandates:
    session: str
    body: str  # the name of the body that met
    name: str
    dates: str
    start: str | None
    mandates: list[MandateView]


def mandates(facts: Facts, lang: str) -> list[SessionMandates]:
    """The resolutions, decisions and recommendations of each session, with what each
    establishes, continues and acts on; sessions by body, newest first."""
    def named(iri: str) -> tuple[str, str]:
        f = facts.get(iri, {})
        if not f:
            return iri, iri.rsplit("/", 1)[-1]
        if kinds(f) & set(MANDATE_CLASSES):
            return iri, mandate_name(iri, f, lang)
        return iri, title(f, lang) or first(f, NOTATION) or iri.rsplit("/", 1)[-1]

    sessions: dict[str, SessionMandates] = {}
    for iri, f in facts.items():
        kind = next((k for k in MANDATE_CLASSES if k in kinds(f)), None)
        if kind is None:
            continue
        printed = title(f, lang)
        view = MandateView(iri, kind, first(f, NOTATION), printed, None if printed else description(f),
                           first(f, DATE), status(f),
                           [named(x) for x in values(f, MG + "establishes")],
                           [named(x) for x in values(f, MG + "continues")],
                           [named(x) for x in values(f, MG + "actsOn")])
        for session in values(f, MG + "adoptedAt") or [""]:
            if session not in sessions:
                sf = facts.get(session, {})
                start = first(sf, MG + "startDate")
                bodies = values(sf, MG + "ofBody") or values(f, MG + "adoptedBy")
                body = (title(facts.get(bodies[0], {}), lang, RDFS_LABEL) or bodies[0]) if bodies \
                    else "Body not known"
                sessions[session] = SessionMandates(
                    session, body, title(sf, lang, RDFS_LABEL) or "Session not known",
                    date_range(start, first(sf, MG + "endDate")), start, [])
            sessions[session].mandates.append(view)
    for group in sessions.values():
        group.mandates.sort(key=lambda m: (m.kind, _number(m.notation)))
    newest_first = sorted(sessions.values(), key=lambda s: s.start or "", reverse=True)
    return sorted(newest_first, key=lambda s: s.body)  # stable: by body, newest first in each


@dataclass
class HitView:
    iri: str
    name: str
    kind: str
    field: str
    snippet: list[tuple[str, bool]]  # pieces of text, and whether each is a matched word
    about: tuple[str, str] | None  # for a quote: the resource the link it proves is about


def hits(found: list[Any], facts: Facts, lang: str) -> list[HitView]:
    out = []
    for hit in found:
        f = facts.get(hit.subject, {})
        kind = " ".join(sorted(kinds(f))) or "resource"
        about = None
        name = symbol(f) or (mandate_name(hit.subject, f, lang) if kinds(f) & set(MANDATE_CLASSES)
                                        else title(f, lang)) or hit.subject.rsplit("/", 1)[-1]
        if kinds(f) & {"Evidence", "Grounding"}:
            subject = first(f, MG + "linkSubject") or first(f, MG + "item")
            if subject:
                sf = facts.get(subject, {})
                about = (subject, mandate_name(subject, sf, lang) if kinds(sf) & set(MANDATE_CLASSES)
                         else title(sf, lang) or subject.rsplit("/", 1)[-1])
            stated = [d.split("/id/doc/", 1)[-1] for d in values(f, MG + "statedIn")]
            name = "Quote" + (f" from {stated[0]}" if stated else "")
        pieces: list[tuple[str, bool]] = []
        for n, part in enumerate(hit.snippet.split("\x02")):
            matched, _, rest = part.partition("\x03") if n else ("", "", part)
            if matched:
                pieces.append((matched, True))
            if rest:
                pieces.append((rest, False))
        out.append(HitView(hit.subject, name, kind, hit.field.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
                           pieces, about))
    return out


def official(symbol: str | None) -> str | None:
    return label.official_address(symbol) if symbol else None
