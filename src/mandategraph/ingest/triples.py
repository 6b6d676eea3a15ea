"""The triples of one ingested document, held as pyoxigraph terms and written by pyoxigraph's
N-Triples serialiser.

The ingester writes a document's graph triple by triple and reads it back only whole (to write it
out or load it into the store), so it needs neither an indexed store nor rdflib's terms: an ``add``
is one dict insertion of three pyoxigraph terms (the insertion order kept, a triple added twice kept
once), and :meth:`DocumentTriples.ntriples` is the N-Triples of them, one triple a line, sorted (the
same input gives the same bytes). The readers still hand over rdflib terms (``URIRef``,
``Literal``) or plain values; each distinct term is converted once per document.

The graph as an ``rdflib.Graph`` (for a reader of the result that wants to ask it patterns) is
:func:`rdflib_graph`, parsed from that N-Triples text.
"""

from __future__ import annotations

from typing import Any, cast

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

Term = ox.NamedNode | ox.Literal | ox.BlankNode
Row = tuple[Term, Term, Term]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = ox.NamedNode(_XSD + "integer")
_BOOLEAN = ox.NamedNode(_XSD + "boolean")
_TRUE = ox.Literal("true", datatype=_BOOLEAN)
_FALSE = ox.Literal("false", datatype=_BOOLEAN)


_OX_TERMS = frozenset((ox.NamedNode, ox.Literal, ox.BlankNode))


class DocumentTriples:
    """One document's triples, deduplicated, in the order they were added."""

    __slots__ = ("_terms", "_triples")

    def __init__(self) -> None:
        self._triples: dict[Row, None] = {}
        self._terms: dict[Any, Term] = {}

    def add(self, s: Any, p: Any, o: Any) -> None:
        """Add ``s p o``: rdflib or pyoxigraph terms, or (the object) a string, whole number or
        truth value, written as rdflib's ``Literal`` of it would be."""
        ox_terms = _OX_TERMS  # inline: this is called some 200 times a document
        get = self._terms.get
        term = self.term
        a = s if s.__class__ in ox_terms else get(s) or term(s)
        b = p if p.__class__ in ox_terms else get(p) or term(p)
        c = o if o.__class__ in ox_terms else get(o) or term(o)  # never a cached True for 1: those are not kept
        self._triples[cast(Row, (a, b, c))] = None

    def term(self, value: Any) -> Term:
        """``value`` as a pyoxigraph term."""
        kind = value.__class__
        if kind in _OX_TERMS:
            return value
        if kind is bool:  # before the cache: True == 1 there
            return _TRUE if value else _FALSE
        if kind is int:
            return ox.Literal(str(value), datatype=_INTEGER)
        found = self._terms.get(value)
        if found is None:
            found = self._terms[value] = _converted(value)
        return found

    def __len__(self) -> int:
        return len(self._triples)

    def ntriples(self) -> str:
        """The triples as N-Triples, one a line, sorted."""
        data = ox.serialize([ox.Triple(s, p, o) for s, p, o in self._triples],  # type: ignore[arg-type]
                            format=ox.RdfFormat.N_TRIPLES) or b""
        rows = data.decode("utf-8").split("\n")  # N-Triples ends every triple with a line feed, and only there
        return "".join(row + "\n" for row in sorted(set(rows)) if row)


def _converted(value: Any) -> Term:
    if value.__class__ is URIRef:  # the commonest, asked first
        return ox.NamedNode(value)
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, Literal):
        lexical = str(value)
        if value.language:
            return ox.Literal(lexical, language=value.language)
        if value.datatype is not None:
            return ox.Literal(lexical, datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(lexical)
    if isinstance(value, str):
        return ox.Literal(value)
    return _converted(Literal(value))  # a date, a decimal: as rdflib types it


def rdflib_graph(ntriples: str) -> Graph:
    """An rdflib graph of N-Triples ``ntriples``."""
    graph = Graph()
    if ntriples:
        graph.parse(data=ntriples, format="nt")
    return graph
