"""From a citation to the IRI of the mandate it names, in the context of the citing document.

"its resolution 6/3" in a UNTOC document is the UNTOC Conference's 6/3; the same words in a UNCAC
document are UNCAC's 6/3. Bodies come from the registry, never from a guess across bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import lexicon
from mandategraph.ingest.citations import Citation
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.registry import Registry, norm
from mandategraph.ingest.series import numbering, rules_owner
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS, XSD

_ISSUERS = {"general assembly": "ga", "economic and social council": "ecosoc",
            "security council": "sc", "human rights council": "hrc", "ecosoc": "ecosoc"}
_ISSUER_LABELS = {"ecosoc": "Economic and Social Council", "sc": "Security Council",
                  "hrc": "Human Rights Council", "ga": "General Assembly"}
_GENERIC = ("conference", "commission", "committee", "council", "assembly", "working group", "group",
            "board", "bureau", "meeting")
_WORDS_IN_KEY = 10


@dataclass
class Context:
    """Who "its", "the Conference" and "the Working Group" are in the citing document."""

    registry: Registry
    body: str  # the document's own body
    conference: str  # the Conference that body belongs to
    meeting: int | None = None  # the meeting a working-group document last spoke of
    language: str = "en"
    labels: dict[str, str] = field(default_factory=dict)  # bodies named in this text, not in the registry
    named: dict[str, str] = field(default_factory=dict)  # issuers cited by a name the registry lacks
    cover_items: list[URIRef] = field(default_factory=list)  # the items a paper's cover says it is under
    listed_titles: dict[str, str] = field(default_factory=dict)  # the item list's titles, by notation
    own_session: int | None = None  # the number of the session the document is of, when printed

    def label(self, slug: str) -> str:
        return self.registry.labels.get(slug) or self.labels.get(slug) or slug


def issuer_body(ctx: Context, citation: Citation) -> str | None:
    """The body whose mandate a citation names: the issuer its own words name, else the document's
    Conference; None when the words name a body this reader cannot tell (never a guess)."""
    name = re.sub(r"\s+", " ", (citation.issuer or "")).strip()
    low = name.lower().removeprefix("the ")
    if low in lexicon.ISSUERS:
        return lexicon.ISSUERS[low]
    mark = _MARK.match(citation.printed or "")
    if mark is not None and low in ("", "its", "their"):
        return _marked_own(ctx, mark["mark"])
    if citation.kind == "recommendation" and not low:
        return ctx.body  # recommendations are adopted by the working group whose document this is
    if low in ("", "its", "their") and (citation.session or 0) >= _FIRST_YEAR:
        by_year = _year_numbering_parent(ctx)
        if by_year is not None:
            return by_year  # "sa décision 2011/259" in a CND document: the Council's, not the Commission's
    if low in ("", "its", "their"):
        if (not low and citation.session is not None and citation.session >= _FIRST_YEAR
                and any(b == ctx.conference for b, _ in ctx.registry.sessions_by_number)):
            # "resolution 2004/23" in a document of a Conference that numbers its sessions 1, 2, ...:
            # a year-numbered resolution is some other body's, and the words do not say whose
            return None
        if not _could_be_own(ctx, citation):
            return None
        return ctx.conference
    if low in _GENERIC:
        return _generic_body(ctx, low)
    if _NAMES_NO_TREATY.match(low):
        # "the Conference of the Parties" names no treaty: the document's own body so named (in a
        # UNTOC text the UNTOC Conference, in a CBD text the CBD's), never another treaty's; unknown
        # when none of the document's own bodies is named so
        for slug in [*ctx.registry.chain(ctx.body), ctx.conference]:
            if low in norm(ctx.label(slug)):
                return slug
        return None
    return body_by_name(ctx, name)


_MARK = re.compile(r"(?P<mark>[A-Z]{2,5})-(?:[IVXL]{1,6}|\d{1,2})/\d{1,3}$")
"""A decision number led by its issuer's mark ("INC-7/7": citations.PREFIXED_DECISION)."""


def _marked_own(ctx: Context, mark: str) -> str | None:
    """The document's own body, when a decision's mark is the last segment of that body's symbol series ("INC-7/7" in a
    document of UNEP/FAO/PIC/INC: the Committee's own); None for any other mark (whose, the words do not say)."""
    if not ctx.body:
        return None
    row = ctx.registry.series_rows.get(ctx.body)
    series = row.series if row is not None else next(
        (prefix for prefix, slug in ctx.registry.prefixes.items() if slug == ctx.body), None)
    if series is not None:
        return ctx.body if series.rsplit("/", 1)[-1] == mark else None
    # a body known only by its document's symbol, its slug that series' ("unep-fao-pic-inc" of UNEP/FAO/PIC/INC)
    return ctx.body if ctx.body.endswith("-" + mark.lower()) else None


def _year_numbering_parent(ctx: Context) -> str | None:
    """The organ above the document's body that numbers its mandates by the year, when the body itself
    numbers its own by session (the series table's "mandates" column, each with its source: the
    Commission on Narcotic Drugs' "resolution 62/1", the Economic and Social Council's "decision
    2011/259"): a year-numbered mandate the document cites with no issuer named can only be that
    organ's. None when the table does not say both."""
    reg = ctx.registry
    by_slug = {slug: prefix for prefix, slug in reg.prefixes.items()}
    own = by_slug.get(ctx.body)
    if own is None or numbering(own) != "session":
        return None
    for slug in reg.chain(ctx.body)[1:]:
        prefix = by_slug.get(slug)
        if prefix is not None and numbering(prefix) == "year":
            return slug
    return None


_NAMES_NO_TREATY = re.compile(r"^(?:conference|meeting) of (?:the )?parties$")


def _could_be_own(ctx: Context, citation: Citation) -> bool:
    """Whether a citation that names no issuer (or says "its") can be of the document's own
    Conference. Not when the Conference has not yet held the session it names (later than the
    document's own session, or than every curated session of that Conference), nor when its number
    has the General Assembly's shape ("resolution 56/206" in a UN-Habitat document: no body but the
    Assembly numbers its mandates of one session into the hundreds). Such a citation
    is some other body's, and the words do not say whose: unknown, never the citing body."""
    session = citation.session
    if session is None or session >= _FIRST_YEAR or ctx.conference == "ga":
        return True
    if (citation.number or 0) >= GA_SHAPE_NUMBER:
        return False
    latest = ctx.own_session if ctx.body == ctx.conference else None
    if latest is None:
        curated = [n for (b, n), node in ctx.registry.sessions_by_number.items()
                   if b == ctx.conference and node in ctx.registry.curated_sessions]
        latest = max(curated) if curated else None
    return latest is None or session <= latest


GA_SHAPE_NUMBER = 100
"""A mandate numbered this high within one session ("resolution 56/206") is the General Assembly's
shape: the conferences, councils and commissions whose documents are read number theirs in tens."""


def body_by_name(ctx: Context, name: str) -> str | None:
    """The body a full name names: the registry's (all the name's words its own), a common issuer
    ("Economic and Social Council"), or a body of its own for a body's name the registry lacks."""
    low = norm(name).removeprefix("the ")
    if low in lexicon.ISSUERS:
        return lexicon.ISSUERS[low]
    exact = ctx.registry.body_is_named(name)
    if exact:
        return exact
    named = ctx.registry.body_named(name)
    if named and _words_agree(ctx, name, named):
        return named
    if name in ctx.registry.prefixes:  # a symbol series' prefix ("EB" of "decision EB146(16)"): its organ
        return ctx.registry.prefixes[name]
    if name.isupper() and 2 < len(name) <= 8:
        return iri.body_slug(name)
    if _BODY_NAME.search(name):
        slug = iri.body_slug(name)  # a body the registry does not know, by the name the text gives it
        ctx.named.setdefault(slug, name)
        return slug
    return None


def _words_agree(ctx: Context, name: str, slug: str) -> bool:
    """Every word of the name is a word of one of the body's own names ("Conference of the Parties
    to the Convention" is the UNTOC Conference; "... to the Convention against Corruption" is not)."""
    words = set(norm(name).removeprefix("the ").split())
    names = [n for n, s in ctx.registry.names.items() if s == slug] + [norm(ctx.label(slug))]
    return any(words <= set(n.split()) for n in names)


_FIRST_YEAR = 1900
"""A session part this large is a year ("resolution 2004/23"), not a session number."""
_BODY_NAME = re.compile(r"\b(?:Conference|Assembly|Council|Commission|Committee|Working Group|Bureau|Board|"
                        r"Congress|Group)\b")


def mandate(ctx: Context, citation: Citation, out: Emitter) -> URIRef | None:
    """The IRI of the cited mandate, with the triples that say what it is (type, number, body)."""
    kind = citation.kind
    if citation.running and citation.session is not None:
        # numbered in a running series ("resolution 1645 (2005)"): the year is no session of the body's
        body = issuer_body(ctx, citation)
        if body is None:
            return None
        node = iri.resolution(body, citation.session, citation.number or 0)
        out.add(node, RDF.type, MG.Resolution)
        out.add(node, SKOS.notation, citation.printed or str(citation.number))
        out.add(node, MG.adoptedBy, iri.body(body))
        body_node(ctx, out, body)
        row = ctx.registry.series_rows.get(body)
        if row is not None and not ctx.registry.is_curated_body(body):
            out.add(iri.body(body), MG.symbolPrefix, row.series)  # the organ's symbol series ("S"), from its table
        return node
    if kind in ("resolution", "decision") and citation.session is not None:
        body = issuer_body(ctx, citation)
        if body is None:
            return None
        node = numbered(ctx, out, kind, body, citation.session, citation.number or 0, citation.printed)
        if citation.date:
            out.add(node, DCTERMS.date, Literal(citation.date, datatype=XSD.date))
        if citation.path:
            return _provision(out, node, citation.path)
        return node
    if kind == "recommendation":
        session = citation.session or ctx.meeting
        paragraph = dict(citation.path).get("paragraph")
        if session is None or not (citation.subject or paragraph):
            return None
        body = issuer_body(ctx, citation)
        if body is None:
            return None
        # by its paragraph when the text gives it: the same IRI as the report's own reading of it
        # (reports.py), so the two documents meet on one node; else by the words of its subject
        key = str(paragraph) if paragraph else "-".join(iri.slug(citation.subject or "").split("-")[:_WORDS_IN_KEY])
        node = iri.recommendation(body, session, key)
        out.add(node, RDF.type, MG.Recommendation)
        if paragraph:
            out.add(node, MG.paragraphNumber, Literal(paragraph))
        if citation.subject:
            out.add(node, RDFS.label, Literal(f"recommendation: {citation.subject}", lang="en"))
        else:
            out.add(node, RDFS.label, Literal(f"recommendation in paragraph {paragraph}", lang="en"))
        adopted(ctx, out, node, body, session)
        return node
    if kind == "agreement" and citation.date:
        body = ctx.registry.body_named(citation.issuer or "") or iri.body_slug(citation.issuer or "body")
        node = iri.agreement(body, citation.date)
        out.add(node, RDF.type, MG.Agreement)
        out.add(node, MG.adoptedBy, iri.body(body))
        out.add(node, DCTERMS.date, Literal(citation.date, datatype=XSD.date))
        out.add(node, RDFS.label, Literal(f"agreement of {citation.date}", lang="en"))
        return node
    if kind == "article" and citation.path:
        return _provision(out, treaty(ctx, out, citation.instrument or "Convention"), citation.path)
    if kind == "rule" and citation.path:
        owned = rules(ctx, out, citation.owner)
        return _provision(out, owned, citation.path) if owned is not None else None
    if kind == "paragraph" and citation.path and citation.instrument:
        return document_paragraph(out, citation.instrument, citation.path)
    return None


def numbered(ctx: Context, out: Emitter, kind: str, body: str, session: int, number: int,
             printed: str | None = None) -> URIRef:
    """A resolution or decision of ``body``, typed, numbered and adopted at its session; its notation
    as its series prints it when it has a form of its own ("14/CP.1", "IDB.50/Dec.11"), else
    "session/number"."""
    make = iri.resolution if kind == "resolution" else iri.decision
    node = make(body, session, number)
    out.add(node, RDF.type, MG.Resolution if kind == "resolution" else MG.Decision)
    out.add(node, SKOS.notation, printed or f"{session}/{number}")
    adopted(ctx, out, node, body, session)
    return node


def treaty(ctx: Context, out: Emitter, instrument: str) -> URIRef:
    """The treaty an article belongs to: "the Convention" is the Conference's own treaty; a named
    treaty is looked up by its title; an unknown one gets an IRI of its own, typed and titled."""
    name = re.sub(r"\s+", " ", instrument).strip()
    low = norm(name)
    own = ctx.registry.treaty_of(ctx.conference)
    slug = ctx.registry.treaty_named(name)
    if slug is None and low in ("convention", "constitution", "covenant") and own:
        slug = own
    if slug is None and own and low.endswith("convention"):
        # "the Organized Crime Convention": a short name whose words are all in the full title
        full = next((t for t, s in ctx.registry.treaty_names.items() if s == own), "")
        if full and set(low.split()) <= set(full.split()) | {"convention"}:
            slug = own
    if slug is None:
        # "the Convention", "the Constitution", "the Covenant" named bare: the document's Conference's own
        own_kind = low in ("convention", "constitution", "covenant")
        slug = iri.body_slug(f"{ctx.conference}-{low}" if own_kind else name)
    node = iri.treaty(slug)
    out.add(node, RDF.type, MG.Treaty)
    if slug not in ctx.registry.treaty_names.values() and low != "convention":
        out.add(node, DCTERMS.title, Literal(name, lang="en"))
    elif slug not in ctx.registry.treaty_names.values():
        label = ctx.registry.labels.get(ctx.conference, ctx.conference)
        m = re.search(r"\bParties\s+(?:to|of)\s+the\s+(.+)$", label)
        if m:
            out.add(node, DCTERMS.title, Literal(m.group(1), lang="en"))
        else:
            out.add(node, RDFS.label, Literal(f"the Convention of {label}", lang="en"))
    return node


def _generic_body(ctx: Context, low: str) -> str | None:
    """The body a name that only says what kind of organ it is stands for ("the Commission", "the Committee"): the
    nearest body of the document named so, else the document's own committee or group, or the Conference."""
    for slug in ctx.registry.chain(ctx.body):
        if low in norm(ctx.label(slug)):
            return slug
    if low in ("working group", "group", "committee", "meeting"):
        return ctx.body
    return ctx.conference if low == "conference" else None


def rules(ctx: Context, out: Emitter, owner: str | None) -> URIRef | None:
    """The rules of procedure of the body named ("the Committee's", "of the General Assembly"), else
    of the Conference; None when the owner named is not a body this reader can tell."""
    body: str | None = ctx.conference
    applied = _rules_applied(ctx)
    if applied is not None and not owner:
        body = applied  # "rule 15 of the rules of procedure" in a functional commission's text: the Council's rules
    if owner:
        low = owner.lower()
        body = next((s for s in ctx.registry.chain(ctx.body) if low in norm(ctx.label(s))), None)
        if body is None and low in _GENERIC:
            # "du Règlement intérieur du Comité" in a text whose body is known by its French name only: the
            # document's own committee, as issuer_body reads "the Committee"; never a body called "Committee"
            body = _generic_body(ctx, low) or None
        elif body is None:
            body = body_by_name(ctx, owner)
    if body is None:
        return None
    node = iri.rules_of_procedure(body)
    out.add(node, RDF.type, MG.RulesOfProcedure)
    out.add(node, RDFS.label, Literal(
        f"Rules of procedure of the {ctx.label(body) if body in ctx.registry.labels else _name_of(ctx, body)}",
        lang="en"))
    out.add(node, MG.adoptedBy, iri.body(body))
    body_node(ctx, out, body)
    return node


def _rules_applied(ctx: Context) -> str | None:
    """The organ whose rules of procedure the document's body applies, where the series table says they
    are another's (column "rules_of", with its source); None otherwise."""
    by_slug = {slug: prefix for prefix, slug in ctx.registry.prefixes.items()}
    own = by_slug.get(ctx.body)
    owner = rules_owner(own) if own is not None else None
    return ctx.registry.prefixes.get(owner) if owner is not None else None


def _name_of(ctx: Context, body: str) -> str:
    return _ISSUER_LABELS.get(body) or ctx.named.get(body) or ctx.label(body)


def document_paragraph(out: Emitter, symbol: str, path: tuple[tuple[str, int | str], ...]) -> URIRef:
    """What a document says at a paragraph ("CAC/COSP/WG.4/2011/4, paragraph 12"): a mandate
    located in that document, part of it (dcterms:isPartOf), not a provision of a mandate."""
    doc = iri.document(symbol)
    node = iri.provision(doc, *path)
    where = ", ".join(f"{k} {n}" for k, n in path)
    out.add(node, RDF.type, MG.Mandate)
    out.add(node, DCTERMS.isPartOf, doc)
    out.add(node, SKOS.notation, where)
    out.add(node, RDFS.label, Literal(f"{symbol}, {where}"))
    out.add(doc, RDF.type, MG.Document)
    out.add(doc, DCTERMS.identifier, symbol)
    return node


def adopted(ctx: Context, out: Emitter, node: URIRef, body: str, session: int | str) -> None:
    out.add(node, MG.adoptedBy, iri.body(body))
    body_node(ctx, out, body)
    by_year = isinstance(session, int) and session >= _FIRST_YEAR  # "decision 2012/3", "resolution 2010/18"
    number = session if isinstance(session, int) and not by_year else None
    at = ctx.registry.session(body, number, None if number is not None else str(session))
    if at is not None:
        out.add(node, MG.adoptedAt, at)
        out.add(at, RDF.type, MG.Session)
        out.add(at, MG.ofBody, iri.body(body))
        if number is not None:
            out.add(at, MG.sessionNumber, Literal(number))
        if not ctx.registry.is_curated(at) and ctx.registry.dates_of(at) == (None, None):
            out.add(at, MG.status, MG.unverified)
            out.note(at, f"Known only from a citation of a mandate numbered by the year {session}: the "
                         "ingester did not read which session of that year adopted it." if by_year else
                     "Known only from a citation: the ingester read its number, not its dates.")


def body_node(ctx: Context, out: Emitter, body: str) -> None:
    """Type and name a body the registry does not know (the shapes want every body labelled)."""
    if ctx.registry.is_curated_body(body) or body in ctx.labels:
        return
    node = iri.body(body)
    out.add(node, RDF.type, MG.Body)
    out.add(node, RDFS.label, Literal(_name_of(ctx, body), lang="en"))


def _provision(out: Emitter, root: URIRef, path: tuple[tuple[str, int | str], ...]) -> URIRef:
    parent = root
    node = root
    for depth in range(1, len(path) + 1):
        node = iri.provision(root, *path[:depth])
        out.add(node, RDF.type, MG.Provision)
        out.add(node, MG.partOf, parent)
        kind, number = path[depth - 1]  # each step names itself, as the curated provisions do
        out.add(node, SKOS.notation, f"{kind} ({number})" if kind == "subparagraph" else f"{kind} {number}")
        parent = node
    return node


def provision(out: Emitter, root: URIRef, path: tuple[tuple[str, int | str], ...]) -> URIRef:
    return _provision(out, root, path)
