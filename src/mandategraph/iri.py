"""Minting of instance IRIs: one function per kind of thing, the same input always the same IRI.

IRIs are made from what people already use: document symbols verbatim as path
segments, mandates by body / session / number, sessions by body / number,
agenda items under their session. See docs/design.md, "The IRI scheme".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from mandategraph.errors import InputError
from mandategraph.namespaces import ID

_SAFE = "/.-_~()"
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# IRIs exclude these (RFC 3987); Unicode's other white space (no-break and ideographic spaces) is
# allowed there, but it is a copy-paste artefact in an address, and N-Triples readers that split on
# white space (rdflib's) refuse it: it is percent-encoded too
_NOT_IN_IRI = re.compile(r'[\x00-\x20\x7f-\xa0<>"{}|\\^`\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]')


_CHECKED_KEPT = 8192  # IRIs remembered as checked (a body's, a session's IRI is minted many times a document)


class IRIError(InputError, ValueError):
    """Raised when a value cannot be turned into an IRI segment."""


@lru_cache(maxsize=_CHECKED_KEPT)
def checked(text: str, what: str = "IRI") -> URIRef:
    """``text`` as an IRI if it is a valid absolute IRI (RFC 3987, as Oxigraph reads it); otherwise
    :class:`IRIError` naming ``what``. Every IRI this module mints passes through here."""
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise IRIError(f"{what} {text!r} is not a valid IRI ({exc})") from None
    return URIRef(text)


def external(address: str, what: str = "address") -> URIRef:
    """An address written by people (a ``source:`` URL) as a valid IRI: spaces, control and format
    characters and the characters IRIs exclude are percent-encoded, a ``%`` that starts no escape
    becomes ``%25``; what is still not an absolute IRI is refused (:class:`IRIError`)."""
    text = _BAD_ESCAPE.sub("%25", address.strip())
    text = _NOT_IN_IRI.sub(lambda m: quote(m.group(0).encode("utf-8", "surrogateescape"), safe=""), text)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return checked(text, what)


def ascii_digits(text: str) -> str:
    """Digits of any script as ASCII digits (Arabic-Indic ``٣`` and full-width ``３`` are ``3``), so the
    same number gives the same IRI however it is printed."""
    if text.isascii():  # known without a scan: nothing to change
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None
                   else c for c in text)


def _mint(path: str) -> URIRef:
    return checked(f"{ID}{path}")


def _segment(value: object, what: str) -> str:
    text = " ".join(ascii_digits(str(value)).split())  # white space folded (str.split and re's \s agree on it)
    if not text:
        raise IRIError(f"empty {what}")
    return quote(text.encode("utf-8", "surrogateescape"), safe=_SAFE)


@lru_cache(maxsize=_CHECKED_KEPT)
def body_slug(symbol_prefix: str) -> str:
    """``"CTOC/COP/WG.7"`` -> ``"ctoc-cop-wg7"``; a slug given already is returned unchanged."""
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_digits(symbol_prefix).lower().replace(".", "")).strip("-")
    if not slug:
        raise IRIError(f"cannot make a body slug of {symbol_prefix!r}")
    return slug


def notation_key(notation: str) -> str:
    """An agenda item's printed notation as a path segment: ``"1 (a)"`` -> ``"1a"``."""
    key = re.sub(r"[^0-9A-Za-z]+", "", ascii_digits(notation)).lower()
    if not key:
        raise IRIError(f"agenda item notation {notation!r} has no letters or digits")
    return key


def body(slug: str) -> URIRef:
    return _mint(f"body/{body_slug(slug)}")


def session(body: str, key: int | str) -> URIRef:
    """A session or meeting by body slug and number, or by ISO start date when no number is known."""
    return _mint(f"session/{body_slug(body)}/{_segment(key, 'session key')}")


def item(session_iri: URIRef, notation: str) -> URIRef:
    return checked(f"{session_iri}/item/{notation_key(notation)}")


def slot(session_iri: URIRef, number: int) -> URIRef:
    return checked(f"{session_iri}/slot/{number}")


def document(symbol: str) -> URIRef:
    """A UN document by its symbol kept verbatim: ``id/doc/CTOC/COP/WG.7/2013/2``."""
    clean = "".join(symbol.split())  # no white space (str.split and re's \s agree on it)
    if not clean or clean.startswith("/") or "//" in clean:
        raise IRIError(f"not a document symbol: {symbol!r}")
    return _mint(f"doc/{_segment(clean, 'symbol')}")


def resolution(body: str, session: int | str, number: int | str) -> URIRef:
    return _mint(f"resolution/{body_slug(body)}/{_segment(session, 'session')}/{_segment(number, 'number')}")


def decision(body: str, session: int | str, number: int | str) -> URIRef:
    return _mint(f"decision/{body_slug(body)}/{_segment(session, 'session')}/{_segment(number, 'number')}")


def recommendation(body: str, session: int | str, key: int | str) -> URIRef:
    """A recommendation of a body's meeting, by its paragraph number or, failing that, a slug of its subject."""
    return _mint(f"recommendation/{body_slug(body)}/{_segment(session, 'session')}/{slug(str(key))}")


def agreement(body: str, date: str) -> URIRef:
    """An agreement a body reached at a meeting on a date (ISO), without a numbered decision."""
    return _mint(f"agreement/{body_slug(body)}/{_segment(date, 'date')}")


def treaty(name: str) -> URIRef:
    return _mint(f"treaty/{body_slug(name)}")


def rules_of_procedure(body: str) -> URIRef:
    return _mint(f"rules/{body_slug(body)}")


def provision(parent: URIRef, *path: tuple[str, int | str]) -> URIRef:
    """A subdivision of a mandate: ``provision(treaty("untoc"), ("article", 32), ("paragraph", 3))``."""
    if not path:
        raise IRIError("a provision needs at least one (kind, number) step")
    steps = "/".join(f"{slug(kind)}/{_segment(num, kind)}" for kind, num in path)
    return checked(f"{parent}/{steps}")


def evidence(subject: URIRef, prop: URIRef, obj: URIRef, stated_in: URIRef | str,
             anchor: int | str = "") -> URIRef:
    """The evidence node for one link as read at one place (``anchor``, e.g. a character offset)
    of one document: the same link stated twice in a document has two pieces of evidence."""
    key = f"{subject}\n{prop}\n{obj}\n{stated_in}\n{anchor}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return _mint(f"evidence/{digest}")


def ingest_activity(text_sha256: str, version: str) -> URIRef:
    return _mint(f"activity/ingest/{text_sha256[:16]}/{_segment(version, 'version')}")


def curation_activity(name: str) -> URIRef:
    return _mint(f"activity/curation/{slug(name)}")


def software_agent(version: str) -> URIRef:
    return _mint(f"agent/mandategraph/{_segment(version, 'version')}")


def graph_for_document(symbol: str) -> URIRef:
    return URIRef(str(document(symbol)).replace(str(ID) + "doc/", str(ID) + "graph/doc/", 1))


def graph_for_source(name: str) -> URIRef:
    """Named graph of a source text that has no symbol, by its file stem."""
    return _mint(f"graph/source/{slug(name)}")


def source_text(name: str) -> URIRef:
    """A source text that is not a UN document with a symbol (a web page, a programme leaflet),
    by its file stem: ``id/source/cop6-2012-programme``."""
    return _mint(f"source/{slug(name)}")


def graph_curated(name: str) -> URIRef:
    return _mint(f"graph/curated/{slug(name)}")


GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_INFERRED = ID["graph/inferred"]


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", ascii_digits(text).lower()).strip("-")
    if not value:
        raise IRIError(f"cannot make a slug of {text!r}")
    return value
