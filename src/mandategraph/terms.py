"""Conversions between pyoxigraph terms and rdflib terms (the neutral form results are given in)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

RdfTerm = URIRef | Literal | BNode


MEMO_SIZE = 100_000  # converted literals and IRIs kept, then forgotten all at once


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> RdfTerm | None:
    """The rdflib term for a pyoxigraph term. IRIs and literals are remembered (terms are immutable):
    building an rdflib ``Literal`` (its Python value, its checks) costs several microseconds, and
    query results repeat the same terms row after row and call after call."""
    if term is None:
        return None
    known = _MEMO.get(term)
    if known is not None:
        return known
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.NamedNode):
        made: RdfTerm = URIRef(term.value)
    elif isinstance(term, ox.Literal):
        if term.language:
            made = Literal(term.value, lang=term.language)
        else:
            made = Literal(term.value, datatype=URIRef(term.datatype.value))
    else:
        raise TypeError(f"unsupported term {term!r}")
    if len(_MEMO) >= MEMO_SIZE:
        _MEMO.clear()
    _MEMO[term] = made
    return made


_MEMO: dict[object, RdfTerm] = {}  # pyoxigraph IRIs and literals


def remembered() -> dict[object, RdfTerm]:
    """The terms :func:`from_ox` has made, by pyoxigraph term (for a caller converting many)."""
    return _MEMO


def to_ox(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")
