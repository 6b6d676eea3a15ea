"""Minting of instance IRIs: one function per kind of thing, the same input always the same IRI.

IRIs are made from what people already use: document symbols verbatim as path
segments, mandates by body / session / number, sessions by body / number,
agenda items under their session. See docs/design.md, "The IRI scheme".
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import URIRef

from mandategraph.errors import InputError
from mandategraph.namespaces import ID

_SAFE = "/.-_~()"


class IRIError(InputError, ValueError):
    """Raised when a value cannot be turned into an IRI segment."""


def _segment(value: object, what: str) -> str:
    text = re.sub(r"\s+", " ", str(value)).strip()
    if not text:
        raise IRIError(f"empty {what}")
    return quote(text, safe=_SAFE)


def body_slug(symbol_prefix: str) -> str:
    """``"CTOC/COP/WG.7"`` -> ``"ctoc-cop-wg7"``; a slug given already is returned unchanged."""
    slug = re.sub(r"[^a-z0-9]+", "-", symbol_prefix.lower().replace(".", "")).strip("-")
    if not slug:
        raise IRIError(f"cannot make a body slug of {symbol_prefix!r}")
    return slug


def notation_key(notation: str) -> str:
    """An agenda item's printed notation as a path segment: ``"1 (a)"`` -> ``"1a"``."""
    key = re.sub(r"[^0-9A-Za-z]+", "", notation).lower()
    if not key:
        raise IRIError(f"agenda item notation {notation!r} has no letters or digits")
    return key


def body(slug: str) -> URIRef:
    return ID[f"body/{body_slug(slug)}"]


def session(body: str, key: int | str) -> URIRef:
    """A session or meeting by body slug and number, or by ISO start date when no number is known."""
    return ID[f"session/{body_slug(body)}/{_segment(key, 'session key')}"]


def item(session_iri: URIRef, notation: str) -> URIRef:
    return URIRef(f"{session_iri}/item/{notation_key(notation)}")


def slot(session_iri: URIRef, number: int) -> URIRef:
    return URIRef(f"{session_iri}/slot/{number}")


def document(symbol: str) -> URIRef:
    """A UN document by its symbol kept verbatim: ``id/doc/CTOC/COP/WG.7/2013/2``."""
    clean = re.sub(r"\s+", "", symbol)
    if not clean or clean.startswith("/") or "//" in clean:
        raise IRIError(f"not a document symbol: {symbol!r}")
    return ID[f"doc/{_segment(clean, 'symbol')}"]


def resolution(body: str, session: int | str, number: int | str) -> URIRef:
    return ID[f"resolution/{body_slug(body)}/{_segment(session, 'session')}/{_segment(number, 'number')}"]


def decision(body: str, session: int | str, number: int | str) -> URIRef:
    return ID[f"decision/{body_slug(body)}/{_segment(session, 'session')}/{_segment(number, 'number')}"]


def recommendation(body: str, session: int | str, key: int | str) -> URIRef:
    """A recommendation of a body's meeting, by its paragraph number or, failing that, a slug of its subject."""
    return ID[f"recommendation/{body_slug(body)}/{_segment(session, 'session')}/{slug(str(key))}"]


def agreement(body: str, date: str) -> URIRef:
    """An agreement a body reached at a meeting on a date (ISO), without a numbered decision."""
    return ID[f"agreement/{body_slug(body)}/{_segment(date, 'date')}"]


def treaty(name: str) -> URIRef:
    return ID[f"treaty/{body_slug(name)}"]


def rules_of_procedure(body: str) -> URIRef:
    return ID[f"rules/{body_slug(body)}"]


def provision(parent: URIRef, *path: tuple[str, int | str]) -> URIRef:
    """A subdivision of a mandate: ``provision(treaty("untoc"), ("article", 32), ("paragraph", 3))``."""
    if not path:
        raise IRIError("a provision needs at least one (kind, number) step")
    steps = "/".join(f"{slug(kind)}/{_segment(num, kind)}" for kind, num in path)
    return URIRef(f"{parent}/{steps}")


def evidence(subject: URIRef, prop: URIRef, obj: URIRef, stated_in: URIRef | str,
             anchor: int | str = "") -> URIRef:
    """The evidence node for one link as read at one place (``anchor``, e.g. a character offset)
    of one document: the same link stated twice in a document has two pieces of evidence."""
    key = f"{subject}\n{prop}\n{obj}\n{stated_in}\n{anchor}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return ID[f"evidence/{digest}"]


def ingest_activity(text_sha256: str, version: str) -> URIRef:
    return ID[f"activity/ingest/{text_sha256[:16]}/{_segment(version, 'version')}"]


def curation_activity(name: str) -> URIRef:
    return ID[f"activity/curation/{slug(name)}"]


def software_agent(version: str) -> URIRef:
    return ID[f"agent/mandategraph/{_segment(version, 'version')}"]


def graph_for_document(symbol: str) -> URIRef:
    return URIRef(str(document(symbol)).replace(str(ID) + "doc/", str(ID) + "graph/doc/", 1))


def graph_for_source(name: str) -> URIRef:
    """Named graph of a source text that has no symbol, by its file stem."""
    return ID[f"graph/source/{slug(name)}"]


def source_text(name: str) -> URIRef:
    """A source text that is not a UN document with a symbol (a web page, a programme leaflet),
    by its file stem: ``id/source/cop6-2012-programme``."""
    return ID[f"source/{slug(name)}"]


def graph_curated(name: str) -> URIRef:
    return ID[f"graph/curated/{slug(name)}"]


GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_INFERRED = ID["graph/inferred"]


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not value:
        raise IRIError(f"cannot make a slug of {text!r}")
    return value
