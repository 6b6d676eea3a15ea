"""What a user's query may do on a public, read-only endpoint, decided before the engine runs it.

The check must cost next to nothing, so it does not parse the query (the engine does that):

- **SPARQL Update** never runs: the worker gives the text to Oxigraph's *query* parser, which has
  no update operations. :func:`update_refusal` only words the refusal when that parser fails on
  a text that starts like an update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY).
- **SERVICE** anywhere is refused: the engine would fetch the URL. A scan for the letters
  ``service`` in any case, after expanding ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes as the standard
  says (so ``\\u0053ERVICE`` is seen), decides in microseconds. The scan looks everywhere (strings,
  IRIs and comments included), so no lexer trick can hide the keyword; only when the letters occur
  is the query parsed in full (rdflib's SPARQL 1.1 grammar) to tell ``SERVICE`` from a word in a
  string. Text with those letters that this parser cannot read is refused (fail closed).
- ``FROM`` / ``FROM NAMED`` / ``default-graph-uri`` / ``named-graph-uri`` are not checked here: the
  engine never loads a graph; a graph that is not in the dataset is an empty graph (the standard's
  behaviour), and nothing is fetched.
- An empty or comment-only text is not a query.
"""

from __future__ import annotations

import re
from typing import Any


class Refused(Exception):
    """A query this endpoint will not run; ``status`` is the HTTP status, the message says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


UPDATE_REFUSED = ("this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, "
                  "CREATE, ADD, MOVE, COPY) is not accepted")
SERVICE_REFUSED = ("SERVICE is not allowed: this endpoint never fetches other endpoints or URLs on "
                   "your behalf")
EMPTY = "the query is empty (only white space or comments): send a SELECT, ASK, CONSTRUCT or DESCRIBE"

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_COMMENT_OR_SPACE = re.compile(r"(?:\s+|#[^\n\r]*)*")
_DECLARATIONS = re.compile(r"(?:\s+|#[^\n\r]*|(?:PREFIX\s*[^\s:]*:\s*|BASE\s*)<[^>]*>)*", re.I)
_UPDATE_START = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def unescape(text: str) -> str:
    """The text with SPARQL's code-point escapes expanded (SPARQL 1.1 Query, section 19.2)."""
    if "\\u" not in text and "\\U" not in text:
        return text

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code < 0x110000 else match.group(0)

    return _ESCAPE.sub(char, text)


def check(text: str) -> None:
    """Raise :class:`Refused` for a query that may not run; cheap for every other query."""
    if _COMMENT_OR_SPACE.fullmatch(text):
        raise Refused(400, EMPTY)
    plain = unescape(text)
    if "service" in plain.casefold() and _has_service(plain):
        raise Refused(403, SERVICE_REFUSED)


def update_refusal(text: str) -> Refused | None:
    """The refusal to give when the query parser failed on ``text`` because it is an update."""
    plain = unescape(text)
    start = _DECLARATIONS.match(plain)
    rest = plain[start.end() if start else 0:]
    if _UPDATE_START.match(rest):
        return Refused(403, UPDATE_REFUSED)
    return None


def _has_service(text: str) -> bool:
    """Whether ``text`` (which contains the letters) uses SERVICE: a full parse, fail closed."""
    from pyparsing import ParseBaseException

    try:
        return parses_to_service(text)
    except (ParseBaseException, RecursionError, ValueError, TypeError) as exc:
        refusal = update_refusal(text)
        if refusal is not None:
            raise refusal from None
        first = (str(exc).strip() or type(exc).__name__).splitlines()[0][:300]
        raise Refused(400, "the query contains the word 'service' and could not be parsed to make "
                           f"sure it does not call SERVICE: {first}") from None


def parses_to_service(text: str) -> bool:
    """Whether ``text`` (escapes expanded) parses, with rdflib's SPARQL 1.1 grammar, to a query with
    a SERVICE pattern anywhere; the parser's error when it does not parse. The one walk the endpoint
    and the command line (:func:`mandategraph.query.uses_service`) both decide by."""
    from rdflib.plugins.sparql import parser

    return _contains(parser.parseQuery(text), "ServiceGraphPattern")


def _contains(tree: object, name: str) -> bool:
    """Whether any node of the parse tree is a ``name`` (iteratively: deep queries stay safe)."""
    from rdflib.plugins.sparql.parserutils import CompValue

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


_TOKENS_TO_SKIP = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"|\#[^\n\r]*""", re.S)
_FROM = re.compile(r"(?<![?$\w:])FROM(?![\w:])", re.I)


def names_its_dataset(text: str) -> bool:
    """Whether the query has a FROM or FROM NAMED clause (outside IRIs, strings and comments).

    Not a safety decision (no graph is ever fetched); it decides whether the default graph is the
    union of all graphs (no dataset clause) or what the query names."""
    if "from" not in text.casefold():
        return False
    return bool(_FROM.search(_TOKENS_TO_SKIP.sub(" ", unescape(text))))
