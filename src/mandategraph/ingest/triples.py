"""The triples of one ingested document, written as N-Triples lines as they are added.

The ingester writes a document's graph triple by triple and reads it back only whole (to write it
out or load it into the store), so it needs neither an indexed store nor term objects: each term is
turned into its N-Triples form once (:class:`NT`, a string), an ``add`` is one set insertion of the
line ``s p o .`` (a triple added twice kept once), and :meth:`DocumentTriples.ntriples` is those
lines sorted (the same input gives the same bytes). A term is written exactly as pyoxigraph's
N-Triples serialiser writes it (the ``str`` of a pyoxigraph term is that form), and every IRI and
typed or language-tagged literal is still checked by pyoxigraph once, so what pyoxigraph refuses
is refused here too. The readers hand over rdflib terms (``URIRef``, ``Literal``) or plain values;
the emitter's own terms are :class:`NT` strings made once.

The graph as an ``rdflib.Graph`` (for a reader of the result that wants to ask it patterns) is
:func:`rdflib_graph`, parsed from that N-Triples text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef


class NT(str):
    """A term in its N-Triples form: ``<iri>``, ``"lexical"``, ``"lexical"@lang``, ``"lexical"^^<iri>``."""

    __slots__ = ()


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = f"^^<{_XSD}integer>"
_TRUE = NT(f'"true"^^<{_XSD}boolean>')
_FALSE = NT(f'"false"^^<{_XSD}boolean>')
# pyoxigraph's escapes in a literal: six by name, the other control characters and U+FFFE, U+FFFF as \uXXXX
_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", ord('"'): '\\"', ord("\\"): "\\\\"}
_TO_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\\ud800-\udfff\ufffe\uffff]')
_SURROGATE = re.compile("[\ud800-\udfff]")
_TERMS_KEPT = 65536  # terms remembered as written (the same predicates, classes and IRIs in every document)
_TERMS: dict[Any, NT] = {}  # rdflib and pyoxigraph terms (never plain values: True == 1) -> their N-Triples


def iri(value: str) -> NT:
    """The IRI ``value`` as N-Triples (checked by pyoxigraph: ``ValueError`` when it is not one)."""
    return NT(str(ox.NamedNode(value)))


def literal(lexical: str) -> NT:
    """A plain (``xsd:string``) literal as N-Triples, escaped as pyoxigraph escapes it."""
    if _TO_ESCAPE.search(lexical) is None:
        return NT(f'"{lexical}"')
    if _SURROGATE.search(lexical):
        return NT(str(ox.Literal(lexical)))  # pyoxigraph refuses it: the same error as before
    return NT(f'"{lexical.translate(_ESCAPES)}"')


def typed(lexical: str, datatype: NT) -> NT:
    """A literal of ``datatype`` (an :class:`NT` IRI) whose lexical form needs no escape (a number)."""
    return NT(f'"{lexical}"^^{datatype}')


class DocumentTriples:
    """One document's triples, as N-Triples lines, deduplicated."""

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: set[str] = set()

    def add(self, s: Any, p: Any, o: Any) -> None:
        """Add ``s p o``: :class:`NT` strings, rdflib or pyoxigraph terms, or (the object) a
        string, whole number or truth value, written as rdflib's ``Literal`` of it would be."""
        get = _TERMS.get  # inline: this is called some 200 times a document
        a = s if s.__class__ is NT else get(s) or term(s)
        b = p if p.__class__ is NT else get(p) or term(p)
        c = o if o.__class__ is NT else get(o) or term(o)  # plain values are never kept: no True for 1
        self._rows.add(f"{a} {b} {c} .")

    def add_lines(self, lines: Iterable[str]) -> None:
        """Add triples written already: each line ``s p o .``, every term in its N-Triples form."""
        self._rows.update(lines)

    def term(self, value: Any) -> NT:
        """``value`` in its N-Triples form."""
        return term(value)

    def __len__(self) -> int:
        return len(self._rows)

    def ntriples(self) -> str:
        """The triples as N-Triples, one a line, sorted."""
        return "".join(row + "\n" for row in sorted(self._rows))


def term(value: Any) -> NT:
    """``value`` (an :class:`NT` string, an rdflib or pyoxigraph term, a string, number, truth
    value, date) in its N-Triples form, as pyoxigraph writes the term rdflib would make of it."""
    kind = value.__class__
    if kind is NT:
        return value
    if kind is str:
        return literal(value)
    if kind is bool:
        return _TRUE if value else _FALSE
    if kind is int:
        return NT(f'"{value}"{_INTEGER}')
    found = _TERMS.get(value) if kind in _KEPT else None
    if found is None:
        found = NT(str(_converted(value)))
        if kind in _KEPT:
            if len(_TERMS) >= _TERMS_KEPT:
                _TERMS.clear()
            _TERMS[value] = found
    return found


_KEPT = frozenset((URIRef, Literal, ox.NamedNode, ox.Literal, ox.BlankNode))


def _converted(value: Any) -> ox.NamedNode | ox.Literal | ox.BlankNode:
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
