"""Named SPARQL queries: files in ``queries/`` with a comment header, run with bound parameters.

Header lines (before the first non-comment line)::

    # title: Mandate chain of an agenda item
    # question: Which mandates put this item on the agenda, hop by hop?
    # param: item iri  The agenda item (an IRI)
    # example: ...          (may continue on following "#" lines)

Parameters are bound by one mechanism for the embedded store and remote endpoints (:func:`bind`):
each value is written as a constant (escaped by pyoxigraph, an IRI checked) in place of its variable,
or in one VALUES block opening the WHERE clause where the variable ends a repeated property path,
which lets Oxigraph's planner start from it; where neither gives the same answers, by substitution
(SEP-0007) on Oxigraph and by VALUES blocks in every group on remote endpoints. User input is never
pasted into the text unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import BNode, Literal
from rdflib.namespace import XSD

from mandategraph import iri
from mandategraph.errors import InputError
from mandategraph.project import layout as default_layout
from mandategraph.terms import RdfTerm, from_ox, remembered, to_ox

PARAM_TYPES = ("iri", "string", "integer", "date", "boolean")
MAX_DIGITS = 4000  # Python's int() refuses more than 4,300


class QueryError(InputError, ValueError):
    """A query name, file or parameter is wrong; the message names it."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    question: str
    parameters: tuple[Parameter, ...]
    example: str
    text: str

    def bind(self, values: Mapping[str, str]) -> dict[str, RdfTerm]:
        """Typed terms for the given ``key=value`` strings; unknown or missing keys are errors."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(f"query {self.name}: unknown parameter {unknown[0]!r} "
                             f"(it takes: {', '.join(known) or 'none'})")
        missing = [p for p in known if p not in values]
        if missing:
            raise QueryError(f"query {self.name}: missing parameter {missing[0]!r} "
                             f"({known[missing[0]].description})")
        return {k: convert(known[k], v) for k, v in values.items()}


@dataclass(frozen=True)
class QueryResult:
    """SELECT rows, an ASK answer, or CONSTRUCT/DESCRIBE triples, all as rdflib terms."""

    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, RdfTerm], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[RdfTerm, RdfTerm, RdfTerm], ...] = field(default=())

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" \
            else int(bool(self.boolean))


def convert(param: Parameter, value: str) -> RdfTerm:
    value = value.strip()
    if param.type == "iri":
        value = value.removeprefix("<").removesuffix(">")
        if not re.match(r"^[a-z][a-z0-9+.-]*:\S+$", value, re.I):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        try:
            return iri.checked(value, f"parameter {param.name}:")
        except iri.IRIError as exc:
            raise QueryError(str(exc)) from None
    if param.type == "integer":
        value = iri.ascii_digits(value)
        if not re.fullmatch(r"-?[0-9]+", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not an integer")
        if len(value) > MAX_DIGITS:
            raise QueryError(f"parameter {param.name}: a number of {len(value)} digits is too long "
                             f"(at most {MAX_DIGITS})")
        return Literal(int(value))
    if param.type == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD)")
        return Literal(value, datatype=XSD.date)
    if param.type == "boolean":
        return Literal(value.lower() in ("true", "1", "yes"))
    return Literal(value)


@lru_cache(maxsize=64)
def internal(name: str) -> str:
    """The text of an internal query shipped in the package (``src/mandategraph/sparql/NAME``), read
    once per process."""
    return files("mandategraph").joinpath("sparql", name).read_text(encoding="utf-8")


def parse(path: Path) -> NamedQuery:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = raw.count(b"\n", 0, exc.start) + 1
        raise QueryError(f"{path}, line {at}: not UTF-8 (byte 0x{raw[exc.start]:02x}); SPARQL files are "
                         f"UTF-8: convert it (iconv -f latin1 -t utf-8)") from None
    fields: dict[str, list[str]] = {}
    params: list[Parameter] = []
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        m = re.match(r"^(title|question|param|example):\s*(.*)$", body)
        if m:
            key = m.group(1)
            if key == "param":
                pm = re.match(r"^(\w+)\s+(\w+)\s*(.*)$", m.group(2))
                if not pm or pm.group(2) not in PARAM_TYPES:
                    raise QueryError(f"{path}: bad param line {body!r} (want: param: NAME "
                                     f"{'|'.join(PARAM_TYPES)} description)")
                params.append(Parameter(pm.group(1), pm.group(2), pm.group(3)))
            else:
                fields.setdefault(key, []).append(m.group(2))
        elif key and body:
            fields.setdefault(key, []).append(body)
    for required in ("title", "question", "example"):
        if required not in fields:
            raise QueryError(f"{path}: header has no '# {required}:' line")
    return NamedQuery(path.stem, path, " ".join(fields["title"]), " ".join(fields["question"]),
                      tuple(params), "\n".join(fields["example"]), text)


def named_queries(directory: Path | None = None) -> list[NamedQuery]:
    directory = directory or default_layout().queries
    return [parse(p) for p in sorted(directory.glob("*.rq"))]


def find(name_or_path: str, directory: Path | None = None) -> NamedQuery:
    """A query by name (``mandate-chain``) or by file path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return parse(path)
    directory = directory or default_layout().queries
    candidate = directory / f"{name_or_path}.rq"
    if candidate.exists():
        return parse(candidate)
    names = ", ".join(q.name for q in named_queries(directory))
    raise QueryError(f"no query named {name_or_path!r} (known: {names})")


class Remote(Protocol):
    """A remote SPARQL endpoint (:class:`mandategraph.remote.Endpoint`): it runs ``text`` with the
    ``bindings`` sent as a trailing VALUES clause (:func:`values_clause`)."""

    def run_query(self, text: str, bindings: Mapping[str, RdfTerm]) -> QueryResult: ...


def run(store: ox.Store | Remote, query: NamedQuery | str, params: Mapping[str, str] | None = None,
        bindings: Mapping[str, RdfTerm] | None = None, allow_service: bool = False) -> QueryResult:
    """Run a named query with ``params`` (strings, typed by its header), or SPARQL text with
    ``bindings`` (terms), on the embedded store's default graph (a build's is the distinct union of
    the named graphs; see :func:`has_default_graph`), or on a
    remote endpoint (:class:`mandategraph.remote.Endpoint`) with the same answers. On the embedded
    store a ``SERVICE`` clause (which would fetch another endpoint) is refused unless
    ``allow_service``."""
    if isinstance(query, NamedQuery):
        bindings = dict(_typed(query, tuple((params or {}).items())))
        text = query.text
    else:
        bindings, text = dict(bindings or {}), query
    if not isinstance(store, ox.Store):
        return store.run_query(text, bindings)
    if not allow_service and uses_service(text):
        where = f"query {query.name}" if isinstance(query, NamedQuery) else "the query"
        raise QueryError(f"{where} has a SERVICE clause, which would fetch another endpoint over the "
                         f"network: refused (run with --allow-service to allow it)")
    bound = _bound(text, tuple(bindings.items()))
    if bound is not None:
        try:
            return collect(store.query(bound, use_default_graph_as_union=not has_default_graph(store)))
        except SyntaxError:
            pass  # a constant where SPARQL wants a variable or an IRI: bind by substitution instead
    try:
        answer = store.query(text, use_default_graph_as_union=not has_default_graph(store),
                             substitutions={ox.Variable(k): to_ox(v) for k, v in bindings.items()})
    except SyntaxError as exc:
        raise QueryError(f"query syntax error: {exc}") from exc
    return collect(answer)


@lru_cache(maxsize=1024)
def _typed(query: NamedQuery, params: tuple[tuple[str, str], ...]) -> dict[str, RdfTerm]:
    """:meth:`NamedQuery.bind`, once per query and parameters (a wrong one raises every time)."""
    return query.bind(dict(params))


@lru_cache(maxsize=1024)
def _bound(text: str, bindings: tuple[tuple[str, RdfTerm], ...]) -> str | None:
    """:func:`bind`, once per text and bindings: a query run again with the same values (a page
    reloaded, a trace of the same item, the same named query) is not written again."""
    return bind(text, dict(bindings))


def has_default_graph(store: ox.Store) -> bool:
    """A built store has a default graph of its own: the distinct union of its named graphs
    (:func:`mandategraph.build.union_as_default_graph`), which queries read; a store assembled in
    memory (tests, bench, validate) has none, and is queried on the union of its named graphs."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


@lru_cache(maxsize=512)
def uses_service(text: str) -> bool:
    """Whether the SPARQL ``text`` has a SERVICE pattern anywhere, however written (escapes
    included), decided as the endpoint decides (:mod:`mandategraph.server.safety`); text that does
    not parse is left to the store to refuse."""
    if "\\u" not in text and "\\U" not in text and "service" not in text.casefold():
        return False  # no escape that could spell it: what safety.unescape gives, without importing it
    from mandategraph.server import safety

    plain = safety.unescape(text)
    if "service" not in plain.casefold():  # the common case costs one scan, not a parse
        return False
    from pyparsing import ParseBaseException

    try:
        return safety.parses_to_service(plain)
    except (ParseBaseException, RecursionError, ValueError, TypeError):
        return False


def collect(answer: object) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = tuple(v.value for v in answer.variables)
        known = remembered()  # most terms were converted before: looked up here, not in a call
        rows: list[dict[str, RdfTerm]] = []
        for sol in answer:  # a solution read in order, not by name: looking each name up costs 3x
            row: dict[str, RdfTerm] = {}
            for name, term in zip(names, sol, strict=True):
                if term is not None:
                    made = known.get(term)  # not `or`: Literal(False) and Literal("") are falsy
                    if made is None:
                        made = from_ox(term)
                    if made is not None:
                        row[name] = made
            rows.append(row)
        return QueryResult("select", names, tuple(rows))
    triples = tuple((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
                    for t in answer)  # type: ignore[attr-defined]
    return QueryResult("graph", triples=triples)  # type: ignore[arg-type]


def values_clause(bindings: Mapping[str, RdfTerm]) -> str:
    """A VALUES block binding parameters, for endpoints without SEP-0007 substitution."""
    if not bindings:
        return ""
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(v.n3() for v in bindings.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: expected key=value")
        out[key.strip()] = value
    return out


# ------------------------------------------------------------------ binding by inlining

_SPARQL_TOKEN = re.compile(r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
    | (?P<pname>[A-Za-z][\w.-]*:[\w.:%-]*|:[\w.:%-]*)
    | (?P<word>[A-Za-z_]\w*)
    | (?P<space>\s+)
    | (?P<other>.)
    """, re.VERBOSE | re.DOTALL)


@lru_cache(maxsize=512)
def _significant(text: str) -> tuple[tuple[str, str, int], ...]:
    """The tokens of ``text`` other than space and comments: (kind, token, end offset). Named and
    internal query texts are few and run many times, so each is tokenised once."""
    return tuple((m.lastgroup or "", m.group(), m.end()) for m in _SPARQL_TOKEN.finditer(text)
                 if m.lastgroup not in ("space", "comment"))


def term_text(term: RdfTerm) -> str:
    """``term`` written as SPARQL, escaped by pyoxigraph (an IRI is checked: ``>`` or a space in it
    is an error, never pasted); blank nodes cannot be written as constants."""
    if isinstance(term, BNode):
        raise QueryError(f"a blank node ({term}) cannot be bound as a constant")
    try:
        return str(to_ox(term))
    except ValueError as exc:
        raise QueryError(f"{term!r} is not a valid RDF term: {exc}") from exc


def inline(text: str, bindings: Mapping[str, RdfTerm]) -> str | None:
    """``text`` with every bound variable replaced by its value as a constant (Oxigraph's planner
    then starts from it: SEP-0007 substitution is not used for planning), the same answers as
    substitution; projected variables become ``(<value> AS ?name)``. None where a constant cannot
    stand for the variable (``SELECT *``, ``AS ?name``, ``BOUND(?name)``, ``VALUES`` or ``GROUP BY``
    on it, a blank-node value): the caller then binds it another way."""
    if not bindings:
        return text
    if any(isinstance(v, BNode) for v in bindings.values()):
        return None
    values = {k: term_text(v) for k, v in bindings.items()}
    plan = _inline_plan(text, frozenset(bindings))
    if plan is None:
        return None
    out: list[str] = []
    for piece in plan:
        if isinstance(piece, str):
            out.append(piece)
        else:
            role, name = piece
            value = values[name]
            out.append(f"({value} AS ?{name})" if role == "projection" else
                       f"({value})" if role == "order" else value)
    return "".join(out)


@lru_cache(maxsize=512)
def _inline_plan(text: str, names: frozenset[str]) -> tuple[str | tuple[str, str], ...] | None:
    """:func:`inline` for one text and set of bound names, once: the text between the bound
    variables, and for each of them (role, name), role being how its value is written."""
    pieces: list[str | tuple[str, str]] = []
    start = 0
    clause = "body"  # projection | values | group | order | body
    depth = 0  # parentheses within the current clause
    previous: list[str] = []  # the last two significant tokens, upper-cased
    for kind, token, end in _significant(text):
        upper = token.upper() if kind in ("word", "other") else token
        if kind == "word" and upper in ("SELECT", "VALUES"):
            clause, depth = ("projection" if upper == "SELECT" else "values"), 0
        elif kind == "word" and upper in ("GROUP", "ORDER"):
            clause, depth = ("group" if upper == "GROUP" else "order"), 0
        elif kind == "word" and upper in ("WHERE", "HAVING", "LIMIT", "OFFSET") or token in ("{", "}"):
            clause = "body"
        elif token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "*" and clause == "projection" and depth == 0:
            return None
        if kind == "var" and token[1:] in names:
            if clause in ("values", "group") or previous[-1:] == ["AS"] or previous[-2:] == ["BOUND", "("]:
                return None
            pieces.append(text[start:end - len(token)])
            pieces.append(("projection" if clause == "projection" and depth == 0 else
                           "order" if clause == "order" and depth == 0 else "term", token[1:]))
            start = end
        previous = (previous + [upper])[-2:]
    pieces.append(text[start:])
    return tuple(pieces)


def leading_values(text: str, bindings: Mapping[str, RdfTerm]) -> str | None:
    """``text`` with one VALUES block opening its top-level WHERE group; None where that would not
    give substitution's answers (a sub-select, ``AS ?name`` of a bound name) or no group is found."""
    if not bindings:
        return text
    if not _values_can_lead(text, frozenset(bindings)):
        return None
    if any(isinstance(v, BNode) for v in bindings.values()):
        return None
    return with_values(text, tuple(bindings), [tuple(bindings.values())])


@lru_cache(maxsize=512)
def _values_can_lead(text: str, names: frozenset[str]) -> bool:
    words = [token for _, token, _ in _significant(text)]  # variable names are case-sensitive
    return not ([w.upper() for w in words].count("SELECT") > 1 or any(
        words[i].upper() == "AS" and words[i + 1][1:] in names for i in range(len(words) - 1)))


def with_values(text: str, names: Sequence[str], rows: Iterable[Sequence[RdfTerm]]) -> str | None:
    """``text`` with ``VALUES (?names...) { rows }`` opening its first group (the WHERE clause), every
    term escaped (:func:`term_text`); None if the text has no group."""
    opening = next((end for _, token, end in _significant(text) if token == "{"), None)
    if opening is None:
        return None
    data = " ".join("(" + " ".join(term_text(v) for v in row) + ")" for row in rows)
    header = " ".join(f"?{n}" for n in names)
    return f"{text[:opening]} VALUES ({header}) {{ {data} }}{text[opening:]}"


@lru_cache(maxsize=512)
def _ends_a_path(text: str, names: frozenset[str]) -> bool:
    """Whether a bound variable is the end of a repeated property path (``p* ?name``, ``p+ ?name``)."""
    previous = ""
    for kind, token, _ in _significant(text):
        if kind == "var" and token[1:] in names and previous in ("*", "+", "?"):
            return True
        previous = token
    return False


@lru_cache(maxsize=512)
def _new_in_optional(text: str, names: frozenset[str]) -> bool:
    """Whether a bound variable occurs in an OPTIONAL group but not in the patterns before it that
    the OPTIONAL extends. Written in as a constant there, it makes Oxigraph's planner evaluate the
    OPTIONAL on its own and join it afterwards (the constant looks selective), instead of once
    for each solution it extends: `session-changes` took 2-3x longer so (bench/NOTES.md)."""
    groups: list[tuple[bool, set[str], set[str], set[str]]] = [(False, set(), set(), set())]
    optional = False  # (optional?, names bound before it in its parent, names in it directly, names in it)
    for kind, token, _ in _significant(text):
        if kind == "word" and token.upper() == "OPTIONAL":
            optional = True
        elif token == "{":
            groups.append((optional, set(groups[-1][2]), set(), set()))
            optional = False
        elif token == "}" and len(groups) > 1:
            is_optional, before, _, inside = groups.pop()
            if is_optional and inside - before:
                return True
            groups[-1][3].update(inside)
            if not is_optional:  # a plain group (a UNION branch, a FILTER's pattern) binds its parent's
                groups[-1][2].update(inside)
        elif kind == "var" and token[1:] in names:
            groups[-1][2].add(token[1:])
            groups[-1][3].add(token[1:])
    return False


def bind(text: str, bindings: Mapping[str, RdfTerm]) -> str | None:
    """``text`` with ``bindings`` written in, in the form Oxigraph plans best (bench/NOTES.md):
    each value as a constant in place of its variable (:func:`inline`), except where a bound
    variable ends a repeated property path, which Oxigraph then walks from every start: there, one
    VALUES block opening the WHERE group (:func:`leading_values`). None if neither gives
    substitution's answers, or where a bound variable first appears inside an OPTIONAL
    (:func:`_new_in_optional`); the caller then binds another way (on Oxigraph by substitution).
    The same for the embedded store and remote endpoints."""
    if not bindings:
        return text
    if _new_in_optional(text, frozenset(bindings)):
        return None
    if _ends_a_path(text, frozenset(bindings)):
        values = leading_values(text, bindings)
        if values is not None:
            return values
    inlined = inline(text, bindings)
    return inlined if inlined is not None else leading_values(text, bindings)
