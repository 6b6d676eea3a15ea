"""The emitter's N-Triples, written as strings, are what pyoxigraph's serialiser writes for the same
terms (every escape, language tags, datatypes), and what pyoxigraph refuses is still refused."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from mandategraph.ingest.triples import NT, DocumentTriples, iri, literal, term, typed

S, P = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")


def serialised(obj: ox.NamedNode | ox.Literal) -> str:
    """The object of one triple as pyoxigraph's N-Triples serialiser writes it."""
    line = (ox.serialize([ox.Triple(S, P, obj)], format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    return line[len(f"{S} {P} "):-len(" .\n")]


def test_every_character_of_a_literal_is_written_as_pyoxigraph_writes_it() -> None:
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for at in range(0, len(chars), 4096):
        text = "".join(chars[at:at + 4096])
        assert literal(text) == serialised(ox.Literal(text)), hex(at)
    rng = random.Random(14)
    pool = [chr(c) for c in (*range(0x30), 0x5C, 0x7F, 0x80, 0xA0, 0x2028, 0xFEFF, 0x1F600)] + list("ab\"\\ é")
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(12)))
        assert literal(text) == serialised(ox.Literal(text)) == term(text), repr(text)


def test_rdflib_terms_and_plain_values_are_written_as_pyoxigraph_writes_them() -> None:
    cases: list[tuple[object, ox.NamedNode | ox.Literal]] = [
        (URIRef("https://example.org/é"), ox.NamedNode("https://example.org/é")),
        (Literal("x", lang="EN-gb"), ox.Literal("x", language="en-gb")),
        (Literal("a\n\"b\"", lang="fr"), ox.Literal("a\n\"b\"", language="fr")),
        (Literal("2014-10-06", datatype=XSD.date), ox.Literal("2014-10-06", datatype=ox.NamedNode(str(XSD.date)))),
        (Literal("x", datatype=XSD.string), ox.Literal("x")),
        (True, ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean)))),
        (-7, ox.Literal("-7", datatype=ox.NamedNode(str(XSD.integer)))),
        (ox.Literal("5", datatype=ox.NamedNode(str(XSD.positiveInteger))),
         ox.Literal("5", datatype=ox.NamedNode(str(XSD.positiveInteger)))),
    ]
    for value, expected in cases:
        assert term(value) == serialised(expected), value
        assert term(value) == term(value)  # the second time from what was kept
    assert typed("12", iri(str(XSD.nonNegativeInteger))) == serialised(
        ox.Literal("12", datatype=ox.NamedNode(str(XSD.nonNegativeInteger))))


def test_what_pyoxigraph_refuses_is_refused() -> None:
    with pytest.raises(ValueError):
        iri("https://example.org/a b")
    with pytest.raises(ValueError):
        term(URIRef("not an iri"))
    with pytest.raises(ValueError):
        literal("a lone surrogate \ud800")
    with pytest.raises(ValueError):
        term(Literal("x", lang="not a tag!"))


def test_a_document_s_triples_are_sorted_lines_each_once() -> None:
    triples = DocumentTriples()
    s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    for value in ("b", "a", 1, True, "1", "a", NT('"a"')):
        triples.add(s, p, value)
    assert len(triples) == 5  # "a" three times (twice plain, once written already) is one triple; 1, True, "1" three
    rows = triples.ntriples().split("\n")
    assert rows[-1] == "" and rows[:-1] == sorted(rows[:-1])
    parsed = list(ox.parse(triples.ntriples(), format=ox.RdfFormat.N_TRIPLES))
    written = (ox.serialize(parsed, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8").split("\n")
    assert "".join(row + "\n" for row in sorted(written) if row) == triples.ntriples()  # pyoxigraph's lines
