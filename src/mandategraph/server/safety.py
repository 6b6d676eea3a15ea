"""What a user's query may do on a public, read-only endpoint, decided on the parsed query.

The query is parsed with rdflib's SPARQL 1.1 grammar (which expands ``\\uXXXX`` escapes first, as
the standard says, so ``\\u0053ERVICE`` is seen as ``SERVICE``). Refused:

- any SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY): read-only;
- ``SERVICE`` anywhere, however written: the store would fetch the URL (pyoxigraph does);
- ``FROM`` / ``FROM NAMED`` (and the protocol's ``default-graph-uri`` / ``named-graph-uri``)
  naming anything but a graph of our own dataset: no file:// or http:// loading.

Text that rdflib cannot parse is refused too (fail closed), with the parser's message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pyparsing import ParseBaseException
from rdflib.plugins.sparql import parser
from rdflib.plugins.sparql.parserutils import CompValue

KINDS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
         "DescribeQuery": "describe"}


class Refused(Exception):
    """A query this endpoint will not run; ``status`` is the HTTP status, the message says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Checked:
    kind: str  # select | ask | construct | describe
    from_graphs: tuple[str, ...]
    from_named: tuple[str, ...]

    @property
    def returns_graph(self) -> bool:
        return self.kind in ("construct", "describe")


UPDATE_REFUSED = ("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, "
                  "CREATE, ADD, MOVE, COPY) is not accepted")


def check(text: str, graphs: Iterable[str], default_graph_uri: Iterable[str] = (),
          named_graph_uri: Iterable[str] = ()) -> Checked:
    """The query's form and dataset if it may run; raises :class:`Refused` otherwise."""
    known = set(graphs)
    try:
        tree = parser.parseQuery(text)
    except (ParseBaseException, RecursionError, ValueError) as exc:
        if _is_update(text):
            raise Refused(403, UPDATE_REFUSED) from None
        raise Refused(400, f"the query could not be parsed as SPARQL 1.1: {_first_line(exc)}") \
            from None
    body = tree[1]
    kind = KINDS.get(body.name)
    if kind is None:  # pragma: no cover - the grammar only yields the four forms
        raise Refused(400, f"unsupported query form {body.name}")
    if _contains(tree, "ServiceGraphPattern"):
        raise Refused(403, "SERVICE is not allowed: this endpoint never fetches other endpoints "
                           "or URLs on your behalf")
    from_graphs, from_named = [], []
    # CompValue.get answers the key itself for a missing key: ask the plain dict
    for clause in dict.get(body, "datasetClause") or ():
        if "default" in clause:
            from_graphs.append(str(clause["default"]))
        if "named" in clause:
            from_named.append(str(clause["named"]))
    for iri in [*from_graphs, *from_named, *default_graph_uri, *named_graph_uri]:
        if iri not in known:
            raise Refused(403, f"graph <{iri}> is not a graph of this dataset: FROM, FROM NAMED, "
                               "default-graph-uri and named-graph-uri may only name its own graphs "
                               "(see the service description at /sparql)")
    return Checked(kind, tuple(from_graphs), tuple(from_named))


def _is_update(text: str) -> bool:
    try:
        parser.parseUpdate(text)
    except (ParseBaseException, RecursionError, ValueError):
        return False
    return True


def _contains(tree: object, name: str) -> bool:
    """Whether any node of the parse tree is a ``name`` (iteratively: deep queries stay safe)."""
    stack: list[Any] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == name:
                return True
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(list(node))
    return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]
