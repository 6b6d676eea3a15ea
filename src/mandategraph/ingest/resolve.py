"""From a citation to the IRI of the mandate it names, in the context of the citing document.

"its resolution 6/3" in a UNTOC document is the UNTOC Conference's 6/3; the same words in a UNCAC
document are UNCAC's 6/3. Bodies come from the registry, never from a guess across bodies.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest.citations import Citation
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.registry import Registry
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS, XSD

_ISSUERS = {"general assembly": "ga", "economic and social council": "ecosoc",
            "security council": "sc", "human rights council": "hrc"}
_WORDS_IN_KEY = 10


@dataclass
class Context:
    """Who "its", "the Conference" and "the Working Group" are in the citing document."""

    registry: Registry
    body: str  # the document's own body
    conference: str  # the Conference that body belongs to
    meeting: int | None = None  # the meeting a working-group document last spoke of


def issuer_body(ctx: Context, citation: Citation) -> str:
    name = (citation.issuer or "").strip()
    low = name.lower()
    if low in _ISSUERS:
        return _ISSUERS[low]
    if citation.kind == "recommendation" and not low:
        return ctx.body  # recommendations are adopted by the working group whose document this is
    if low in ("", "its", "their", "conference"):
        return ctx.conference
    if low in ("working group", "group", "committee"):
        return ctx.body
    return ctx.registry.body_named(name) or iri.body_slug(name)


def mandate(ctx: Context, citation: Citation, out: Emitter) -> URIRef | None:
    """The IRI of the cited mandate, with the triples that say what it is (type, number, body)."""
    kind = citation.kind
    if kind in ("resolution", "decision") and citation.session is not None:
        body = issuer_body(ctx, citation)
        make = iri.resolution if kind == "resolution" else iri.decision
        node = make(body, citation.session, citation.number or 0)
        out.add(node, RDF.type, MG.Resolution if kind == "resolution" else MG.Decision)
        out.add(node, SKOS.notation, f"{citation.session}/{citation.number}")
        _adopted(ctx, out, node, body, citation.session)
        if citation.date:
            out.add(node, DCTERMS.date, Literal(citation.date, datatype=XSD.date))
        return node
    if kind == "recommendation":
        session = citation.session or ctx.meeting
        if session is None or not citation.subject:
            return None
        body = issuer_body(ctx, citation)
        words = iri.slug(citation.subject).split("-")[:_WORDS_IN_KEY]
        node = iri.recommendation(body, session, "-".join(words))
        out.add(node, RDF.type, MG.Recommendation)
        out.add(node, RDFS.label, Literal(f"recommendation: {citation.subject}", lang="en"))
        _adopted(ctx, out, node, body, session)
        return node
    if kind == "agreement" and citation.date:
        body = ctx.registry.body_named(citation.issuer or "") or iri.body_slug(citation.issuer or "body")
        node = iri.agreement(body, citation.date)
        out.add(node, RDF.type, MG.Agreement)
        out.add(node, MG.adoptedBy, iri.body(body))
        out.add(node, DCTERMS.date, Literal(citation.date, datatype=XSD.date))
        out.add(node, RDFS.label, Literal(f"agreement of {citation.date}", lang="en"))
        return node
    if kind in ("article", "rule", "paragraph") and citation.path:
        if kind == "article":
            root = iri.treaty(_treaty_of(ctx, citation.instrument or "Convention"))
        elif kind == "rule":
            root = iri.rules_of_procedure(ctx.conference)
        else:
            root = iri.document(citation.instrument or "")
        return _provision(out, root, citation.path)
    return None


def _treaty_of(ctx: Context, instrument: str) -> str:
    treaty = ctx.registry.treaties.get(ctx.conference)
    if instrument == "Convention" and treaty:
        return treaty
    return f"{ctx.conference}-{iri.slug(instrument)}"


def _adopted(ctx: Context, out: Emitter, node: URIRef, body: str, session: int) -> None:
    out.add(node, MG.adoptedBy, iri.body(body))
    at = ctx.registry.session(body, session, None)
    if at is not None:
        out.add(node, MG.adoptedAt, at)
        out.add(at, RDF.type, MG.Session)
        out.add(at, MG.ofBody, iri.body(body))
        out.add(at, MG.sessionNumber, Literal(session))
        if at not in ctx.registry.sessions_by_number.values():
            out.add(at, MG.status, MG.unverified)
            out.add(at, SKOS.editorialNote, Literal(
                "Known only from a citation: the ingester read its number, not its dates.", lang="en"))


def _provision(out: Emitter, root: URIRef, path: tuple[tuple[str, int], ...]) -> URIRef:
    parent = root
    node = root
    for depth in range(1, len(path) + 1):
        node = iri.provision(root, *path[:depth])
        out.add(node, RDF.type, MG.Provision)
        out.add(node, MG.partOf, parent)
        out.add(node, SKOS.notation, ", ".join(f"{k} {n}" for k, n in path[:depth]))
        parent = node
    return node
