"""Parameters are bound by writing each value as an escaped constant in place of its variable
(query.inline), the same answers as Oxigraph's substitution; never pasted unescaped."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from mandategraph.query import QueryError, inline, run

EX = "https://example.org/"


@pytest.fixture(scope="module")
def small() -> ox.Store:
    store = ox.Store()
    store.load(f"""
        <{EX}a> <{EX}name> "line\\nbreak \\"quoted\\" \\\\ back \u2028 sep \f feed" ; <{EX}n> 3 ; <{EX}next> <{EX}b> .
        <{EX}b> <{EX}name> "plain" ; <{EX}n> 4 .
    """.encode(), format=ox.RdfFormat.TURTLE)
    return store


def by_substitution(store: ox.Store, text: str, bindings: dict[str, object]) -> list[dict[str, str]]:
    from mandategraph.query import collect
    from mandategraph.terms import to_ox
    answer = collect(store.query(text, substitutions={ox.Variable(k): to_ox(v) for k, v in bindings.items()}))
    return sorted((sorted((k, str(v)) for k, v in row.items()) for row in answer.rows), key=str)  # type: ignore[return-value]


def answers(store: ox.Store, text: str, bindings: dict[str, object]) -> list[dict[str, str]]:
    rows = run(store, text, bindings=bindings).rows  # type: ignore[arg-type]
    return sorted((sorted((k, str(v)) for k, v in row.items()) for row in rows), key=str)  # type: ignore[return-value]


STRANGE = "line\nbreak \"quoted\" \\ back \u2028 sep \f feed"
CASES = [
    ("SELECT ?s ?name WHERE { ?s <https://example.org/name> ?name }", {"s": URIRef(EX + "a")}),
    ("SELECT ?s ?name WHERE { ?s <https://example.org/name> ?name }", {"name": Literal(STRANGE)}),
    ("SELECT ?s ?n ?min WHERE { ?s <https://example.org/n> ?n FILTER (?n > ?min) } ORDER BY ?n",
     {"min": Literal(3)}),
    ("SELECT ?s ?n WHERE { ?s <https://example.org/next> ?o . FILTER EXISTS { ?o <https://example.org/n> $n } }",
     {"n": Literal(4)}),
    ("SELECT ?s ?o WHERE { { SELECT ?s ?o WHERE { ?s <https://example.org/next> ?o } } }", {"o": URIRef(EX + "b")}),
    ("SELECT ?s ?p WHERE { ?s ?p ?o }", {"p": URIRef(EX + "n")}),
    ("SELECT * WHERE { ?s <https://example.org/n> ?n }", {"n": Literal(3)}),  # falls back
    ("SELECT ?s ?n WHERE { ?s <https://example.org/n> ?n FILTER (BOUND(?n)) }", {"n": Literal(4)}),  # falls back
    ("SELECT ?s ?x WHERE { ?s <https://example.org/n> ?n BIND (?n + 1 AS ?x) }", {"x": Literal(5)}),
    ("SELECT ?s ?p WHERE { ?s ?p ?o }", {"p": Literal("not a predicate")}),  # not valid inlined: substituted
]


@pytest.mark.parametrize(("text", "bindings"), CASES)
def test_same_answers_as_substitution(small: ox.Store, text: str, bindings: dict[str, object]) -> None:
    assert answers(small, text, bindings) == by_substitution(small, text, bindings)


def test_values_are_written_as_escaped_constants() -> None:
    text = inline("SELECT ?s ?name WHERE { ?s <https://example.org/p> ?name }",
                  {"name": Literal(STRANGE), "s": URIRef(EX + "a")})
    assert text is not None
    assert "(<https://example.org/a> AS ?s)" in text and "\n" not in text.split("WHERE")[1]
    assert ox.Literal(STRANGE).__str__() in text
    parsed = ox.Store()
    assert list(parsed.query(text)) == []  # it parses


@pytest.mark.parametrize("bad", ["https://example.org/a> } ; <x", "https://example.org/a b"])
def test_an_iri_that_would_break_out_is_refused(bad: str) -> None:
    with pytest.raises(QueryError):
        inline("SELECT ?s WHERE { ?s ?p ?o }", {"s": URIRef(bad)})


def test_no_constant_where_sparql_wants_a_variable() -> None:
    assert inline("SELECT * WHERE { ?s ?p ?o }", {"s": URIRef(EX)}) is None
    assert inline("SELECT ?s WHERE { VALUES ?s { <a> } }", {"s": URIRef(EX)}) is None
    assert inline("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s", {"s": URIRef(EX)}) is None
    assert inline("SELECT ?s WHERE { ?s ?p ?o }", {"s": BNode()}) is None
    assert inline('SELECT ?s WHERE { ?s <p> "?s" } # ?s', {"s": URIRef(EX)}) == \
        'SELECT (<https://example.org/> AS ?s) WHERE { <https://example.org/> <p> "?s" } # ?s'


def test_typed_values_keep_their_datatype(small: ox.Store) -> None:
    text = "SELECT ?s WHERE { ?s <https://example.org/n> ?n }"
    assert answers(small, text, {"n": Literal("3", datatype=XSD.integer)}) == [[("s", EX + "a")]]
    assert answers(small, text, {"n": Literal("3")}) == []


def test_leading_values_only_where_it_gives_substitutions_answers() -> None:
    from mandategraph.query import bind, leading_values

    item = {"item": URIRef(EX + "a")}
    assert leading_values("SELECT ?x WHERE { ?s ?p ?o BIND (?s AS ?item) }", item) is None
    assert leading_values("SELECT ?x WHERE { { SELECT ?item WHERE { ?item ?p ?o } } }", item) is None
    text = leading_values("SELECT ?item WHERE { ?item ?p ?o }", item)
    assert text == "SELECT ?item WHERE { VALUES (?item) { (<https://example.org/a>) } ?item ?p ?o }"
    # a bound variable at the end of a repeated path is bound by VALUES, elsewhere written in
    assert bind("SELECT ?i WHERE { ?i <https://example.org/p>* ?item }", item) == \
        "SELECT ?i WHERE { VALUES (?item) { (<https://example.org/a>) } ?i <https://example.org/p>* ?item }"
    assert bind("SELECT ?i WHERE { ?item <https://example.org/p>* ?i }", item) == \
        "SELECT ?i WHERE { <https://example.org/a> <https://example.org/p>* ?i }"


def test_a_value_first_used_inside_an_optional_is_substituted(small: ox.Store) -> None:
    """Written in as a constant there, Oxigraph would evaluate the OPTIONAL on its own (session-changes
    ran 2-3x slower): such a query is bound by substitution, with the same answers."""
    from mandategraph.query import bind

    text = ("SELECT ?wanted ?s ?o ?n WHERE { ?s <https://example.org/next> ?o "
            "OPTIONAL { ?o <https://example.org/n> ?n FILTER (?n = ?wanted) } }")
    wanted = {"wanted": Literal(4)}
    assert bind(text, wanted) is None
    assert answers(small, text, wanted) == by_substitution(small, text, wanted) == \
        [[("n", "4"), ("o", EX + "b"), ("s", EX + "a"), ("wanted", "4")]]
    # bound before the OPTIONAL too (it only narrows what it extends): written in
    assert bind("SELECT ?s ?n WHERE { ?s <https://example.org/n> ?n OPTIONAL { ?s <https://example.org/next> ?o } }",
                {"s": URIRef(EX + "a")}) is not None
    assert bind("SELECT ?s ?o WHERE { { ?s <https://example.org/n> 3 } UNION { ?s <https://example.org/n> 4 } "
                "OPTIONAL { ?s <https://example.org/next> ?o } }", {"s": URIRef(EX + "a")}) is not None
