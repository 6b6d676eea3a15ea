"""Answers compared as sets: the product and the baseline must agree, or the run stops loudly."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from mandategraph.query import QueryResult


class AnswerMismatch(AssertionError):
    """The product and the baseline gave different answers to the same question."""


def _term(term: object) -> object:
    if isinstance(term, BNode):
        return "_:b"  # blank node labels differ between stores; their places must not
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, float):
            return round(value, 9)
        datatype = None if term.datatype == XSD.string else term.datatype  # RDF 1.1: the same
        return (datatype, term.language, str(value) if not isinstance(value, int | bool)
                else value)
    return str(term)


def answer_set(result: QueryResult) -> frozenset[object] | bool:
    if result.kind == "ask":
        return bool(result.boolean)
    if result.kind == "graph":
        return frozenset(tuple(_term(t) for t in triple) for triple in result.triples)
    return frozenset(tuple(_term(row.get(v)) for v in result.variables) for row in result.rows)


def rows_set(rows: Iterable[Iterable[Node | str | int]]) -> frozenset[tuple[object, ...]]:
    return frozenset(tuple(_term(x) if isinstance(x, Node) else x for x in row) for row in rows)


def check(what: str, product: object, baseline: object) -> int:
    """Raise :class:`AnswerMismatch` unless both answers are equal; return the answer's size."""
    if product != baseline:
        detail = ""
        if isinstance(product, frozenset | set | dict) and isinstance(baseline, frozenset | set | dict):
            only_p = [x for x in product if x not in baseline][:3]
            only_b = [x for x in baseline if x not in product][:3]
            detail = f"; only in mandategraph: {only_p}; only in rdflib: {only_b}"
        raise AnswerMismatch(f"ANSWERS DIFFER for {what}: mandategraph and rdflib disagree{detail}")
    return len(product) if isinstance(product, frozenset | set | dict) else 1
