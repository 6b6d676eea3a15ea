"""What the pages for people read from the store (run in a query worker): the statements of the
things of some classes or of some resources, and the texts the search index is built from.

Statements come from the union of all graphs, each once, as plain values; the pages put them
together (see :mod:`mandategraph.server.views`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from mandategraph.namespaces import PREFIXES

Facts = dict[str, dict[str, list[dict[str, str]]]]  # subject -> property -> values

MG = PREFIXES["mg"]
TEXT_PROPERTIES = (  # what search looks in: symbols, titles, names, quotes, annotations, notes
    PREFIXES["dcterms"] + "identifier", PREFIXES["dcterms"] + "title", PREFIXES["rdfs"] + "label",
    PREFIXES["skos"] + "altLabel", PREFIXES["skos"] + "notation", MG + "quote", MG + "annotation",
    PREFIXES["skos"] + "scopeNote", PREFIXES["skos"] + "editorialNote", MG + "symbolPrefix",
)


def term(value: Any) -> dict[str, str]:
    if isinstance(value, ox.NamedNode):
        return {"type": "uri", "value": value.value}
    if isinstance(value, ox.BlankNode):
        return {"type": "bnode", "value": value.value}
    if isinstance(value, ox.Literal):
        out = {"type": "literal", "value": value.value}
        if value.language:
            out["lang"] = value.language
        elif value.datatype and value.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = value.datatype.value
        return out
    return {"type": "other", "value": str(value)}


def _iris(values: Iterable[str]) -> str:
    return " ".join(str(ox.NamedNode(v)) for v in values)  # NamedNode refuses a bad IRI


def facts(store: ox.Store, classes: Iterable[str] = (), subjects: Iterable[str] = (),
          pointing: tuple[str, Iterable[str]] | None = None) -> Facts:
    """Every statement about the instances of ``classes``, about ``subjects``, and about the
    resources that have ``pointing[0]`` to one of ``pointing[1]``, each statement once."""
    out: Facts = {}
    parts = []
    if pointing is not None and list(pointing[1]):
        prop, targets = pointing
        parts.append(f"{{ VALUES ?target {{ {_iris(targets)} }} ?s {ox.NamedNode(prop)} ?target ; "
                     "?p ?o }")
    if classes:
        parts.append(f"{{ VALUES ?class {{ {_iris(classes)} }} ?s a ?class ; ?p ?o }}")
    subjects = list(subjects)
    if subjects:
        parts.append(f"{{ VALUES ?s {{ {_iris(subjects)} }} ?s ?p ?o }}")
    if not parts:
        return out
    query = f"SELECT DISTINCT ?s ?p ?o WHERE {{ {' UNION '.join(parts)} }}"
    solutions: Any = store.query(query, use_default_graph_as_union=True)
    for row in solutions:
        subject = row["s"]
        if not isinstance(subject, ox.NamedNode):
            continue
        out.setdefault(subject.value, {}).setdefault(row["p"].value, []).append(term(row["o"]))
    return out


def texts(store: ox.Store) -> list[tuple[str, str, str, str]]:
    """(subject, property, text, language) for every text search looks in."""
    query = (f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_iris(TEXT_PROPERTIES)} }} "
             "?s ?p ?o FILTER(isLiteral(?o) && isIRI(?s)) }")
    rows = []
    solutions: Any = store.query(query, use_default_graph_as_union=True)
    for row in solutions:
        literal = row["o"]
        rows.append((row["s"].value, row["p"].value, literal.value, literal.language or ""))
    return rows
