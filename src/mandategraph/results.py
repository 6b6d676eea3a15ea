"""Query results as people and programs read them: an aligned table, CSV, SPARQL JSON, Turtle."""

from __future__ import annotations

import csv
import io
import json

from rdflib import BNode, Graph, Literal, URIRef

from mandategraph.errors import InputError
from mandategraph.namespaces import PREFIXES
from mandategraph.query import QueryResult
from mandategraph.terms import RdfTerm

FORMATS = ("table", "csv", "json", "ttl")


def short(term: RdfTerm | None) -> str:
    """A term as a reader wants it: prefixed name for IRIs, plain text for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if str(term).startswith(ns) and prefix != "mgsh":
                return f"{prefix}:{str(term)[len(ns):]}"
        return str(term)
    return str(term)


def to_table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return to_turtle(result)
    header = list(result.variables)
    rows = [[short(row.get(v)) for v in header] for row in result.rows]
    widths = [min(60, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(_cut(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    elif result.kind == "graph":
        writer.writerow(["subject", "predicate", "object"])
        writer.writerows([[str(t) for t in triple] for triple in result.triples])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([str(row.get(v, "")) for v in result.variables])
    return buf.getvalue()


def term_json(term: RdfTerm) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        out["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (for SELECT and ASK); JSON-LD for graphs."""
    if result.kind == "graph":
        return graph_of(result).serialize(format="json-ld", indent=2)
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    data = {"head": {"vars": list(result.variables)},
            "results": {"bindings": [{k: term_json(v) for k, v in row.items()} for row in result.rows]}}
    return json.dumps(data, indent=2, ensure_ascii=False)


def graph_of(result: QueryResult) -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for triple in result.triples:
        graph.add(triple)
    return graph


def to_turtle(result: QueryResult) -> str:
    if result.kind != "graph":
        raise InputError(f"--format ttl: only CONSTRUCT and DESCRIBE results can be written as Turtle "
                         f"(this query is a {result.kind.upper()}: use table, csv or json)")
    return graph_of(result).serialize(format="turtle")


def render(result: QueryResult, fmt: str) -> str:
    return {"table": to_table, "csv": to_csv, "json": to_json, "ttl": to_turtle}[fmt](result)
