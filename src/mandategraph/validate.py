"""SHACL validation, grouped for curators: pySHACL on a plain rdflib Graph for the core constraints,
Oxigraph for the SPARQL-based ones (one query per constraint over all its focus nodes)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from mandategraph.changes import INDEX
from mandategraph.errors import EmptyBuildError
from mandategraph.namespaces import OWL, RDF, RDFS, SH, XSD
from mandategraph.project import Layout, layout
from mandategraph.store import DUMP, current_dir, open_store, union_graph
from mandategraph.terms import from_ox


@dataclass(frozen=True)
class Finding:
    shape: str
    severity: str
    message: str
    focus: str
    path: str | None
    value: str | None


@dataclass(frozen=True)
class FindingGroup:
    shape: str
    severity: str
    message: str
    count: int
    focus_nodes: tuple[str, ...]


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    focus_nodes_checked: int
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> int:
        return sum(f.severity == "Violation" for f in self.findings)

    @property
    def groups(self) -> tuple[FindingGroup, ...]:
        by: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for f in self.findings:
            by[(f.shape, f.severity, f.message)].append(f.focus)
        return tuple(
            FindingGroup(shape, sev, msg, len(nodes), tuple(sorted(set(nodes))))
            for (shape, sev, msg), nodes in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "conforms": self.conforms,
            "focus_nodes_checked": self.focus_nodes_checked,
            "violations": self.violations,
            "groups": [g.__dict__ | {"focus_nodes": list(g.focus_nodes)} for g in self.groups],
        }


def load_shapes(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


class _QueryText(str):
    """A query text whose parsing is left to the cached translation below."""


@contextmanager
def _parse_each_query_once() -> Iterator[None]:
    """pySHACL runs each SPARQL-based constraint once per focus node and rdflib parses the query
    text every time (~10 ms with pyparsing; most of the validation time on large graphs). While
    validating, parse and translate each distinct text once and reuse the algebra, as rdflib's own
    ``prepareQuery`` does; the answers are the same."""
    from rdflib.plugins.sparql import processor

    parse, translate = processor.parseQuery, processor.translateQuery
    cache: dict[tuple[object, ...], Any] = {}

    def defer(text: Any) -> Any:
        return _QueryText(text) if isinstance(text, str) else parse(text)

    def translate_once(parsed: Any, base: Any = None, init_ns: Any = None) -> Any:
        if not isinstance(parsed, _QueryText):
            return translate(parsed, base, init_ns)
        key = (str(parsed), base, tuple(sorted((init_ns or {}).items())))
        if key not in cache:
            cache[key] = translate(parse(str(parsed)), base, init_ns)
        return cache[key]

    processor.parseQuery, processor.translateQuery = defer, translate_once  # type: ignore[assignment]
    try:
        yield
    finally:
        processor.parseQuery, processor.translateQuery = parse, translate


def validate_graph(data: Graph, shapes: Graph, count_with: Graph | None = None) -> ValidationReport:
    """Validate ``data`` (which must contain the ontology, for subclass targets) against ``shapes``
    with pySHACL alone; focus nodes are counted for ``count_with`` (default ``shapes``)."""
    from pyshacl import validate as shacl_validate  # here: most validations never need it (0.2-0.3 s to import)

    with _parse_each_query_once():
        conforms, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none", inplace=True,
                                              advanced=True, allow_warnings=True)
    findings = []
    owner = {ps: ns for ns, ps in shapes.subject_objects(SH.property)}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(result, SH.sourceShape)
        shape = owner.get(source, source)
        severity = results.value(result, SH.resultSeverity)
        findings.append(Finding(
            shape=_local(shape),
            severity=_local(severity),
            message=str(results.value(result, SH.resultMessage) or ""),
            focus=str(results.value(result, SH.focusNode)),
            path=_str(results.value(result, SH.resultPath)),
            value=_str(results.value(result, SH.value)),
        ))
    findings.sort(key=lambda f: (f.shape, f.message, f.focus, f.value or ""))
    counted = _count_focus(data, shapes if count_with is None else count_with)
    return ValidationReport(bool(conforms), counted, tuple(findings))


def _count_focus(data: Graph, shapes: Graph) -> int:
    nodes: set[Node] = set()
    for cls in set(shapes.objects(None, SH.targetClass)):
        classes = set(data.transitive_subjects(RDFS.subClassOf, cls))
        for c in classes:
            nodes.update(data.subjects(RDF.type, c))
    for prop in set(shapes.objects(None, SH.targetSubjectsOf)):
        nodes.update(data.subjects(prop, None))
    nodes.update(shapes.objects(None, SH.targetNode))
    return len(nodes)


def _local(node: Node | None) -> str:
    if node is None:
        return "?"
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if isinstance(node, URIRef) else text


def _str(node: Node | None) -> str | None:
    return None if node is None else str(node)


# --------------------------------------------------------------------------- SPARQL constraints in bulk
#
# pySHACL evaluates a SPARQL-based constraint once per focus node, with ``$this`` pre-bound, in
# rdflib's pure-Python engine. A constraint whose query only uses ``$this`` where pre-binding and a
# join agree (in the top-level group, or inside FILTER [NOT] EXISTS there) gives the same solutions
# when ``$this`` is instead bound by the shape's targets at the start of that group: one query per
# constraint, answered by Oxigraph. Any constraint this module cannot rewrite with certainty (other
# pre-bound variables, sub-selects or nested groups using $this, aggregates, property shapes, shapes
# reached through sh:node and the like) stays with pySHACL.

_TOKEN = re.compile(r'''
    (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<comment>\#[^\n]*)
  | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<open>\{) | (?P<close>\}) | (?P<space>\s+) | (?P<other>.)
''', re.VERBOSE | re.DOTALL)
_UNSUPPORTED_WORDS = {"MINUS", "VALUES", "SERVICE", "GROUP", "ORDER", "LIMIT", "OFFSET", "HAVING",
                      "PREFIX", "BASE", "FROM", "GRAPH"}
_UNSUPPORTED_VARS = {"currentShape", "shapesGraph", "PATH", "path", "failure"}
_SHAPE_REFERENCES = (SH.node, SH.property, SH.qualifiedValueShape, SH["not"], SH["and"], SH["or"],
                     SH.xone, RDF.first)


@dataclass(frozen=True)
class BulkConstraint:
    """One SPARQL-based constraint rewritten to run once over all the focus nodes of its shape."""

    shape: Node
    constraint: Node
    severity: str
    message: str
    query: str
    variables: tuple[str, ...]
    targets: str = ""  # the group of the query that binds ?this to the shape's focus nodes
    reach: Reach | None = None  # what a focus node's result depends on (None: cannot be localised)
    valued: bool = False  # fixed focus nodes, and every pattern names ?value (:func:`by_value`)


def _rewrite_select(text: str, targets: str) -> tuple[str, tuple[str, ...]] | None:
    """``text`` with ``targets`` inserted at the start of its WHERE group, and its projected
    variables; None if the query uses $this anywhere a join would not give pre-binding's answers."""
    tokens = [(m.lastgroup or "", m.group(), m.start()) for m in _TOKEN.finditer(text)]
    significant = [t for t in tokens if t[0] not in ("space", "comment")]
    if not significant or significant[0][0] != "word" or significant[0][1].upper() != "SELECT":
        return None
    projection: list[str] = []
    stack: list[str] = []
    insert_at = closed_at = -1
    for i, (kind, value, start) in enumerate(significant):
        if kind == "word" and value.upper() in _UNSUPPORTED_WORDS:
            return None
        if kind == "var" and value[1:] in _UNSUPPORTED_VARS:
            return None
        if closed_at >= 0:
            return None  # anything after the WHERE group (solution modifiers)
        if kind == "open":
            previous = significant[i - 1][1].upper() if i else ""
            following = significant[i + 1][1].upper() if i + 1 < len(significant) else ""
            if not stack:
                stack.append("top")
                insert_at = start + 1
            elif following == "SELECT":
                stack.append("select")
            else:
                stack.append("exists" if previous == "EXISTS" else "group")
        elif kind == "close":
            if not stack:
                return None
            stack.pop()
            if not stack:
                closed_at = start
        elif not stack:  # the projection
            if kind == "var":
                projection.append(value[1:])
            elif not (kind == "word" and value.upper() in ("SELECT", "DISTINCT", "REDUCED", "WHERE")):
                return None  # SELECT *, expressions, aggregates
        elif kind == "var" and value[1:] == "this" and (
                "select" in stack or any(k != "exists" for k in stack[1:2])):
            return None
    if insert_at < 0 or closed_at < 0 or stack or "this" not in projection:
        return None
    if len(set(projection)) != len(projection):
        return None
    return text[:insert_at] + "\n" + targets + "\n" + text[insert_at:], tuple(projection)


def _targets(shapes: Graph, shape: Node) -> str | None:
    """A group binding ?this to every focus node of ``shape`` (None if it has targets this cannot
    express, e.g. SPARQL-based targets or an implicit class target)."""
    if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
        return None
    if any(True for _ in shapes.objects(shape, SH.target)) or any(
            True for _ in shapes.objects(shape, SH.targetObjectsOf)):
        return None
    branches = [f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* {c.n3()} }}"
                for c in sorted(shapes.objects(shape, SH.targetClass), key=str) if isinstance(c, URIRef)]
    branches += [f"{{ ?this {p.n3()} ?mg_bulk_target_object }}"
                 for p in sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str) if isinstance(p, URIRef)]
    branches += [f"{{ BIND ({n.n3()} AS ?this) }}"
                 for n in sorted(shapes.objects(shape, SH.targetNode), key=str) if isinstance(n, URIRef | Literal)]
    count = sum(1 for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetNode)
                for _ in shapes.objects(shape, p))
    if len(branches) != count:
        return None  # a blank-node target
    if not branches:
        return "FILTER (false)"  # no focus nodes: nothing to report
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"


def _prefixes(shapes: Graph, constraint: Node) -> str | None:
    lines = []
    for holder in shapes.objects(constraint, SH.prefixes):
        for decl in shapes.objects(holder, SH.declare):
            prefix, namespace = shapes.value(decl, SH.prefix), shapes.value(decl, SH.namespace)
            if prefix is None or namespace is None:
                return None
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines)


def split_shapes(shapes: Graph) -> tuple[Graph, tuple[BulkConstraint, ...]]:
    """The shapes graph without the SPARQL-based constraints that can run in bulk (for pySHACL),
    and those constraints."""
    referenced = {o for p in _SHAPE_REFERENCES for o in shapes.objects(None, p)}
    bulk: list[BulkConstraint] = []
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        if (shape in referenced or (shape, SH.path, None) in shapes
                or (shape, SH.deactivated, None) in shapes
                or (constraint, SH.deactivated, None) in shapes
                or (shape, SH.message, None) in shapes):
            continue
        messages = list(shapes.objects(constraint, SH.message))
        selects = list(shapes.objects(constraint, SH.select))
        if len(messages) != 1 or len(selects) != 1 or not isinstance(messages[0], Literal):
            continue
        if not isinstance(messages[0].value, str) or not isinstance(selects[0], Literal):
            continue
        targets, prefixes = _targets(shapes, shape), _prefixes(shapes, constraint)
        rewritten = None if targets is None else _rewrite_select(str(selects[0]), targets)
        if rewritten is None or prefixes is None:
            continue
        severity = shapes.value(shape, SH.severity) or SH.Violation
        namespaces = _namespaces(shapes, constraint)
        fixed = not any(True for p in (SH.targetClass, SH.targetSubjectsOf) for _ in shapes.objects(shape, p))
        bulk.append(BulkConstraint(shape, constraint, _local(severity), str(messages[0].value),
                                   prefixes + "\n" + rewritten[0], rewritten[1], targets or "",
                                   reach_of(str(selects[0]), namespaces),
                                   fixed and "value" in rewritten[1] and by_value(str(selects[0]), namespaces)))
    core = Graph()
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace, override=True)
    moved = {(b.shape, b.constraint) for b in bulk}
    dropped = {b.constraint for b in bulk}
    for triple in shapes:
        if (triple[0], triple[2]) in moved and triple[1] == SH.sparql:
            continue
        if triple[0] in dropped:
            continue
        core.add(triple)
    return core, tuple(bulk)


def _text(term: Any) -> str:
    return str(term.value)


def _render(message: str, bound: dict[str, Any]) -> str:
    """sh:message with {?var}/{$var} replaced, exactly as pySHACL 0.40 does it."""
    for var, val in bound.items():
        message = re.sub(f"{{[?$]{var}}}", _text(val), message)
    return message


def run_bulk(store: ox.Store, constraint: BulkConstraint, query: str | None = None) -> list[Finding]:
    """Every finding of one SPARQL-based constraint, from one query on ``store`` (``query``: its
    query narrowed to some focus nodes)."""
    solutions = store.query(query or constraint.query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    others = [v for v in constraint.variables if v not in ("this", "value")]
    seen: set[tuple[Any, ...]] = set()
    findings = []
    for row in solutions:
        this, value = row["this"], row["value"] if "value" in constraint.variables else None
        if this is None:
            continue
        extra = {v: row[v] for v in others if row[v] is not None}
        key = (this, value, tuple(extra.items()))
        if key in seen:
            continue  # pySHACL drops repeated solutions for a focus node
        seen.add(key)
        value = value if value is not None else this  # a node shape reports its focus node
        bound = extra | {"this": this, "value": value}
        findings.append(Finding(
            shape=_local(constraint.shape), severity=constraint.severity,
            message=_render(constraint.message, bound), focus=_text(this), path=None,
            value=_text(value)))
    return findings


def validate_store(store: ox.Store, shapes: Graph | Path, data: Graph | None = None) -> ValidationReport:
    """Validate the whole ``store`` (ontology included) on Oxigraph: the SPARQL-based constraints in
    bulk, one query each, the property shapes compiled to SPARQL (:func:`compile_core`), and only
    what neither can take with pySHACL, on an rdflib copy (``data`` if given; no copy is made when
    nothing is left for pySHACL). Same findings as :func:`validate_graph` on that copy."""
    shapes_graph = load_shapes(shapes) if isinstance(shapes, Path) else shapes
    rest, bulk = split_shapes(shapes_graph)
    core, compiled = compile_core(rest)
    findings: list[Finding] = []
    conforms = True
    if needs_pyshacl(core):
        report = validate_graph(union_graph(store) if data is None else data, core, count_with=core)
        findings += report.findings
        conforms = report.conforms
    for constraint in bulk:
        findings.extend(run_bulk(store, constraint))
    for check in compiled:
        findings.extend(run_core(store, check))
    findings.sort(key=lambda f: (f.shape, f.message, f.focus, f.value or ""))
    conforms = conforms and all(f.severity != "Violation" for f in findings)
    return ValidationReport(conforms, count_focus_nodes(store, shapes_graph), tuple(findings))


def severity_counts(report: ValidationReport) -> Counter[str]:
    return Counter(f.severity for f in report.findings)


FINDINGS = "findings.json"  # a run's findings, as its build's validation gave them


def read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_findings(run: Path) -> tuple[Finding, ...] | None:
    """The findings a run's validation gave (``findings.json``), or None when it has none readable."""
    rows = read_json(run / FINDINGS)
    if not isinstance(rows, list):
        return None
    try:
        return tuple(Finding(**row) for row in rows)
    except TypeError:
        return None


def recorded_report(run: Path, shapes: Path) -> ValidationReport | None:
    """The report the build of ``run`` recorded, if it has one and was validated with the shapes now
    in ``shapes`` (None otherwise)."""
    findings, manifest = read_findings(run), read_json(run / "build.json")
    index = read_json(run / INDEX)
    if findings is None or not isinstance(manifest, dict) or not isinstance(index, dict):
        return None
    validation = manifest.get("validation")
    counted = validation.get("focus_nodes_checked") if isinstance(validation, dict) else None
    if not isinstance(counted, int) or index.get("shapes") != hashlib.sha256(shapes.read_bytes()).hexdigest():
        return None
    return ValidationReport(all(f.severity != "Violation" for f in findings), counted, findings)


def validate_built(where: Layout | None = None, full: bool = True) -> ValidationReport:
    """Validate the current build (the store as built, ontology included); without ``full``, the
    report its build recorded when it has one for these shapes."""
    return validate_current(where, full)[1]


def validate_current(where: Layout | None = None, full: bool = True) -> tuple[ox.Store, ValidationReport]:
    """The current build's store and its report (without ``full``, the one its build recorded when
    there is one for these shapes: the same findings). A build with no node any shape applies to (an
    empty dataset, the ontology alone) is an :class:`~mandategraph.errors.EmptyBuildError` naming
    its dump: "conforms" would say nothing."""
    lay = where or layout()
    store = open_store(lay, on_disk=not full)  # the recorded report needs only the emptiness check
    shapes = load_shapes(lay.shapes)
    if not count_focus_nodes(store, shapes, fixed_targets=False):
        raise EmptyBuildError(f"{current_dir(lay) / DUMP}: nothing to validate: the built graph has no node "
                              f"any shape applies to ({len(store)} quads); build it from curated data and "
                              f"sources (`mandategraph build`)")
    recorded = None if full else recorded_report(current_dir(lay), lay.shapes)
    return store, recorded or validate_store(store, shapes)


# --------------------------------------------------------------------------- core constraints in SPARQL
#
# The property shapes of node shapes (sh:path an IRI; sh:minCount, sh:maxCount, sh:class, sh:datatype,
# sh:nodeKind, sh:pattern, sh:minLength, sh:maxLength, sh:in of IRIs, sh:or of datatypes; one
# sh:message) are compiled to one SPARQL query per constraint component, run on Oxigraph over all the
# focus nodes of their shape, with pySHACL's result for each failing focus node and value: no rdflib
# copy of the data. What Oxigraph's SPARQL and pySHACL could disagree on (ill-typed literals of
# datatypes other than strings, Python regular expressions) is checked in Python on the values, as
# pySHACL checks them. A property shape with anything else stays with pySHACL.

_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.nodeKind, SH.pattern,
                  SH.minLength, SH.maxLength, SH["in"], SH["or"], SH.message, SH.severity, SH.name,
                  SH.description, SH.order, SH.group, RDF.type, RDFS.label, RDFS.comment}
_NODE_KINDS = {SH.IRI: "isIRI(?value)", SH.BlankNode: "isBlank(?value)", SH.Literal: "isLiteral(?value)",
               SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
               SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
               SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))"}
_STRING_TYPES = {str(XSD.string), str(RDF.langString)}
_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    str(XSD.integer): int, str(XSD.float): float, str(XSD.decimal): Decimal, str(XSD.boolean): bool,
    str(XSD.date): date, str(XSD.time): time, str(XSD.dateTime): datetime}
# shapes-graph predicates that constrain nothing: a shapes graph with only these needs no pySHACL run
_INERT = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.severity, SH.message,
          SH.deactivated, SH.name, SH.description, SH.order, SH.group, SH.declare, SH.prefix,
          SH.namespace, SH.prefixes}


@dataclass(frozen=True)
class CoreConstraint:
    """One constraint component of a property shape as a query over all its focus nodes: the rows
    (``?this``, and ``?value`` when the component reports one) that fail, or, with ``check``, the
    rows that ``check`` then judges (True: the value conforms)."""

    shape: Node  # the node shape owning the property shape (what findings are reported under)
    severity: str
    message: str
    path: str
    query: str
    reports_value: bool
    check: Callable[[Any], bool] | None = None
    targets: str = ""  # the group of the query that binds ?this to the shape's focus nodes
    reach: Reach | None = None  # what a focus node's result depends on


def _datatype_ok(value: Any, datatype: str) -> bool:
    """pySHACL's sh:datatype test on one value node (an Oxigraph term)."""
    if not isinstance(value, ox.Literal):
        return False
    if datatype in _STRING_TYPES:
        return value.datatype.value == datatype
    if value.datatype.value != datatype:
        return False
    literal = Literal(value.value, datatype=URIRef(datatype))
    if getattr(literal, "ill_typed", None) is True:
        return False
    python_type = _PYTHON_TYPES.get(datatype)  # as pySHACL 0.40's _assert_actual_datatype
    return python_type is None or isinstance(literal.value, python_type)


def _string_of(value: Any) -> str | None:
    """The string pySHACL's string constraints test (None for a blank node, which always fails)."""
    if isinstance(value, ox.BlankNode):
        return None
    if isinstance(value, ox.Literal) and value.datatype.value not in _STRING_TYPES:
        return _shown(value)  # rdflib's normalised lexical form, as pySHACL sees it
    return str(value.value)


def _shown(term: Any) -> str:
    """A term as pySHACL's report gives it (``str`` of the rdflib term: literals normalised)."""
    return str(from_ox(term))


def _list(shapes: Graph, head: Node) -> list[Node] | None:
    """The members of an RDF list used by nothing else (None if it is malformed or shared)."""
    items: list[Node] = []
    seen = set()
    while head != RDF.nil:
        if head in seen or not isinstance(head, BNode) or len(set(shapes.subject_predicates(head))) != 1:
            return None
        seen.add(head)
        first, rest = shapes.value(head, RDF.first), shapes.value(head, RDF.rest)
        if first is None or rest is None or len(set(shapes.predicate_objects(head))) != 2:
            return None
        items.append(first)
        head = rest
    return items


def _list_nodes(shapes: Graph, head: Node) -> set[Node]:
    nodes = set()
    while head != RDF.nil and head not in nodes and (head, RDF.first, None) in shapes:
        nodes.add(head)
        head = shapes.value(head, RDF.rest) or RDF.nil
    return nodes


Check = Callable[[Any], bool]


def _pattern_ok(matcher: re.Pattern[str], value: Any) -> bool:
    text = _string_of(value)
    return text is not None and bool(matcher.search(text))


def _length_ok(low: int, high: int | None, value: Any) -> bool:
    text = _string_of(value)
    if low == 0 and high is None:
        return True
    return text is not None and len(text) >= low and (high is None or len(text) <= high)


def _any_datatype_ok(datatypes: tuple[str, ...], value: Any) -> bool:
    return any(_datatype_ok(value, d) for d in datatypes)


def _count(term: Node) -> int | None:
    return term.value if isinstance(term, Literal) and isinstance(term.value, int) and not isinstance(
        term.value, bool) and term.value >= 0 else None


def _components(shapes: Graph, ps: Node, targets: str, path: str) -> list[tuple[str, Check | None, int]] | None:
    """(query, check, steps) for every constraint component of property shape ``ps`` (``steps``: 1
    when the result also reads the values' types, else 0); None if any cannot be compiled with
    certainty."""
    values = f"SELECT DISTINCT ?this ?value WHERE {{ {targets} ?this {path} ?value "
    out: list[tuple[str, Check | None, int]] = []
    for p, o in shapes.predicate_objects(ps):
        if p not in _PROPERTY_KEYS:
            return None
        if p in (SH.minCount, SH.maxCount, SH.minLength, SH.maxLength) and _count(o) is None:
            return None
    for o in shapes.objects(ps, SH.minCount):
        n = _count(o)
        if n == 1:
            out.append((f"SELECT ?this WHERE {{ {targets} FILTER NOT EXISTS {{ ?this {path} ?any }} }}", None, 0))
        elif n:
            out.append((f"SELECT ?this WHERE {{ {targets} OPTIONAL {{ ?this {path} ?any }} }} "
                        f"GROUP BY ?this HAVING (COUNT(DISTINCT ?any) < {n})", None, 0))
    for o in shapes.objects(ps, SH.maxCount):
        out.append((f"SELECT ?this WHERE {{ {targets} ?this {path} ?any }} "
                    f"GROUP BY ?this HAVING (COUNT(DISTINCT ?any) > {_count(o)})", None, 0))
    for o in shapes.objects(ps, SH["class"]):
        if not isinstance(o, URIRef):
            return None
        out.append((values + f"FILTER NOT EXISTS {{ ?value <{RDF.type}>/<{RDFS.subClassOf}>* {o.n3()} }} }}",
                    None, 1))
    for o in shapes.objects(ps, SH.datatype):
        if not isinstance(o, URIRef) or o in (RDFS.Literal, RDFS.Datatype):
            return None
        if str(o) in _STRING_TYPES:
            out.append((values + f"FILTER (!isLiteral(?value) || DATATYPE(?value) != {o.n3()}) }}", None, 0))
        else:
            out.append((values + "}", partial(_any_datatype_ok, (str(o),)), 0))
    for o in shapes.objects(ps, SH.nodeKind):
        if o not in _NODE_KINDS:
            return None
        out.append((values + f"FILTER (!{_NODE_KINDS[o]}) }}", None, 0))  # type: ignore[index]
    for o in shapes.objects(ps, SH.pattern):
        if not isinstance(o, Literal) or (ps, SH.flags, None) in shapes:
            return None
        out.append((values + "}", partial(_pattern_ok, re.compile(str(o))), 0))
    for o in shapes.objects(ps, SH.minLength):
        out.append((values + "}", partial(_length_ok, _count(o) or 0, None), 0))
    for o in shapes.objects(ps, SH.maxLength):
        out.append((values + "}", partial(_length_ok, 0, _count(o) or 0), 0))
    for o in shapes.objects(ps, SH["in"]):
        members = _list(shapes, o)
        if members is None or not all(isinstance(m, URIRef) for m in members):
            return None
        allowed = " || ".join(f"sameTerm(?value, {m.n3()})" for m in members) or "false"
        out.append((values + f"FILTER (!({allowed})) }}", None, 0))
    for o in shapes.objects(ps, SH["or"]):
        members = _list(shapes, o)
        if members is None:
            return None
        kinds = []
        for m in members:
            kind = shapes.value(m, SH.datatype)
            if not isinstance(m, BNode) or set(shapes.predicate_objects(m)) != {(SH.datatype, kind)} \
                    or len(set(shapes.subjects(None, m))) != 1 or kind in (RDFS.Literal, RDFS.Datatype):
                return None
            kinds.append(str(kind))
        out.append((values + "}", partial(_any_datatype_ok, tuple(kinds)), 0))
    return out


def _class_reach(path: str) -> Reach:
    """sh:class also reads the values' types: a changed rdf:type triple binds ?value, and the path
    leads back to the focus node."""
    return Reach(frozenset({(str(RDF.type), "s", "value")}), frozenset({("value", path, False, "this")}), 1)


def compile_core(shapes: Graph) -> tuple[Graph, tuple[CoreConstraint, ...]]:
    """The shapes graph without the property shapes compiled to SPARQL, and their constraints."""
    referenced = {o for p in _SHAPE_REFERENCES if p != SH.property for o in shapes.objects(None, p)}
    compiled: list[CoreConstraint] = []
    dropped: set[Node] = set()
    links: set[tuple[Node, Node]] = set()
    for ns, ps in list(shapes.subject_objects(SH.property)):
        if (ns in referenced or ps in referenced or not isinstance(ps, BNode | URIRef)
                or (ns, SH.deactivated, None) in shapes or (ns, SH.path, None) in shapes
                or len(set(shapes.subjects(SH.property, ps))) != 1):
            continue
        path, messages = shapes.value(ps, SH.path), list(shapes.objects(ps, SH.message))
        if not isinstance(path, URIRef) or len(list(shapes.objects(ps, SH.path))) != 1:
            continue
        if len(messages) != 1 or not isinstance(messages[0], Literal) or "{" in str(messages[0]):
            continue
        targets = _targets(shapes, ns)
        if targets is None:
            continue
        components = _components(shapes, ps, targets, path.n3())
        if components is None:
            continue
        severity = _local(shapes.value(ps, SH.severity) or SH.Violation)
        compiled += [CoreConstraint(ns, severity, str(messages[0]), str(path), query,
                                    query.startswith("SELECT DISTINCT ?this ?value"), check, targets,
                                    _class_reach(str(path)) if steps else LOCAL)
                     for query, check, steps in components]
        links.add((ns, ps))
        dropped.add(ps)
        for o in shapes.objects(ps, SH["in"]):
            dropped |= _list_nodes(shapes, o)
        for o in shapes.objects(ps, SH["or"]):
            members = _list_nodes(shapes, o)
            dropped |= members | {shapes.value(m, RDF.first) for m in members} - {None}  # type: ignore[operator]
    core = Graph()
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace, override=True)
    for s, p, o in shapes:
        if s in dropped or (p == SH.property and (s, o) in links):
            continue
        core.add((s, p, o))
    return core, tuple(compiled)


def run_core(store: ox.Store, constraint: CoreConstraint, query: str | None = None) -> list[Finding]:
    solutions = store.query(query or constraint.query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    findings = []
    for row in solutions:
        this = row["this"]
        value = row["value"] if constraint.reports_value else None
        if constraint.check is not None and constraint.check(value):
            continue
        findings.append(Finding(shape=_local(constraint.shape), severity=constraint.severity,
                                message=constraint.message, focus=_shown(this), path=constraint.path,
                                value=None if value is None else _shown(value)))
    return findings


def needs_pyshacl(core: Graph) -> bool:
    """Whether anything in ``core`` still constrains data (else pySHACL, and the rdflib copy of the
    data it needs, are skipped)."""
    return any(str(p).startswith(str(SH)) and p not in _INERT for p in core.predicates(unique=True))


def count_focus_nodes(store: ox.Store, shapes: Graph, fixed_targets: bool = True) -> int:
    """The distinct focus nodes of every target in ``shapes``, counted on the store; without
    ``fixed_targets``, only those the data gives (an ``sh:targetNode`` is one whatever the data)."""
    classes = " ".join(c.n3() for c in set(shapes.objects(None, SH.targetClass)) if isinstance(c, URIRef))
    props = " ".join(p.n3() for p in set(shapes.objects(None, SH.targetSubjectsOf)) if isinstance(p, URIRef))
    nodes = set(shapes.objects(None, SH.targetNode)) if fixed_targets else set()
    fixed = " ".join(n.n3() for n in nodes if isinstance(n, URIRef | Literal))
    branches = [f"{{ VALUES ?c {{ {classes} }} ?n <{RDF.type}>/<{RDFS.subClassOf}>* ?c }}" if classes else "",
                f"{{ VALUES ?p {{ {props} }} ?n ?p ?o }}" if props else "",
                f"{{ VALUES ?n {{ {fixed} }} }}" if fixed else ""]
    union = " UNION ".join(b for b in branches if b)
    if not union:
        return len(nodes)
    solutions = store.query(f"SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {{ {union} }}",
                            use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return int(next(iter(solutions))["count"].value) + sum(1 for n in nodes if isinstance(n, BNode))


# --------------------------------------------------------------------------- incremental validation
#
# The rule. A build knows which named graphs changed since the previous current build and the
# triples added to or removed from them (:mod:`mandategraph.changes`); the nodes those triples name
# (subjects and objects) are the *touched* nodes. Each constraint has a *reach*: the result for a
# focus node reads only the triples joined to it through a chain of patterns whose subject and
# object are both variables, at most ``steps`` such links away, and those links use only the
# ``predicates`` of the reach. So a focus node's result can change only if it is a touched node or
# is linked to one through at most ``steps`` triples of those predicates (in either direction, in
# the new graph: a link that was removed has both its ends touched). Those focus nodes are
# validated again (the constraint's query with ``?this`` restricted to them) and the previous
# findings of the others are kept. A property shape compiled to SPARQL reads its path (steps 0) and,
# for sh:class, the values' types (steps 1, along the path). A SPARQL-based constraint's reach is
# read from its query; one with a property path, a variable predicate, a sub-select or a pattern
# not joined to ``$this`` has no reach and is run again over all its focus nodes, unless its focus
# nodes are fixed (sh:targetNode) and every one of its patterns, sub-selects included, names
# ``?value``: then a value's solutions read only triples that name it, and it is run again for the
# terms of the changed triples only (``VALUES ?value`` in each WHERE group). Targets and
# sh:class read the class hierarchy: any change to an rdfs:subClassOf triple, a change of shapes,
# or shapes left to pySHACL make the whole validation run again.


@dataclass(frozen=True)
class Reach:
    """What a constraint's result for a focus node reads beyond the focus node's own triples:
    ``starts`` (predicate, "s" or "o", variable): a changed triple with that predicate binds that
    variable to its subject or object; ``moves`` (variable, predicate, forward, variable): one link
    toward ``$this`` (forward: from the subject to the object); ``steps``: the longest such chain."""

    starts: frozenset[tuple[str, str, str]]
    moves: frozenset[tuple[str, str, bool, str]]
    steps: int


LOCAL = Reach(frozenset(), frozenset(), 0)  # reads only the focus node's own triples


_TERM_KINDS = {"var", "iri", "string", "word"}
_FULL_FALLBACK_PREDICATES = {str(RDFS.subClassOf)}


def _namespaces(shapes: Graph, constraint: Node) -> dict[str, str]:
    return {str(shapes.value(decl, SH.prefix)): str(shapes.value(decl, SH.namespace))
            for holder in shapes.objects(constraint, SH.prefixes) for decl in shapes.objects(holder, SH.declare)}


def _patterns(text: str, namespaces: dict[str, str],
              loose: bool = False) -> list[tuple[tuple[str, str], str, tuple[str, str]]] | None:
    """The triple patterns of a SELECT query's WHERE group (and its FILTER [NOT] EXISTS, OPTIONAL and
    UNION groups), each term as (kind, value) with kind "var" or "const" and the predicate an IRI;
    None for anything else (property paths, variable predicates, sub-selects, blank nodes ...).
    ``loose`` also reads sub-selects (without solution modifiers) and variable predicates (given
    as "?name")."""
    tokens = [(m.lastgroup or "", m.group()) for m in _TOKEN.finditer(text)]
    tokens = [t for t in tokens if t[0] not in ("space", "comment")]
    try:
        i = next(k for k, t in enumerate(tokens) if t[0] == "open") + 1
    except StopIteration:
        return None
    out: list[tuple[tuple[str, str], str, tuple[str, str]]] = []
    depth = 1

    def term(k: int) -> tuple[tuple[str, str], int] | None:
        kind, value = tokens[k]
        if kind == "var":
            return ("var", value[1:]), k + 1
        if kind == "iri":
            return ("const", value[1:-1]), k + 1
        if kind == "word" and k + 1 < len(tokens) and tokens[k + 1][1] == ":":
            local = tokens[k + 2][1] if k + 2 < len(tokens) and tokens[k + 2][0] == "word" else ""
            if value not in namespaces:
                return None
            return ("const", namespaces[value] + local), k + 2 + (1 if local else 0)
        if kind == "word" and value == "a":
            return ("const", str(RDF.type)), k + 1
        if kind == "word" and value in ("true", "false"):
            return ("const", value), k + 1
        if kind == "string":
            k += 1
            if k < len(tokens) and tokens[k][1] == "@" and k + 1 < len(tokens):
                k += 2
            elif k + 1 < len(tokens) and tokens[k][1] == "^" and tokens[k + 1][1] == "^":
                typed = term(k + 2)
                if typed is None:
                    return None
                k = typed[1]
            return ("const", value), k
        if kind == "other" and value.isdigit():
            while k < len(tokens) and tokens[k][0] == "other" and tokens[k][1].isdigit():
                k += 1
            return ("const", "number"), k
        return None

    def skip_parens(k: int) -> int | None:
        level = 0
        while k < len(tokens):
            value = tokens[k][1]
            if value in "{}":
                return None
            level += value == "("
            level -= value == ")"
            k += 1
            if level == 0:
                return k
        return None

    while i < len(tokens) and depth:
        kind, value = tokens[i]
        upper = value.upper()
        if kind == "close":
            depth -= 1
            i += 1
        elif kind == "open":
            depth += 1
            i += 1
        elif upper in ("UNION", "OPTIONAL") or value == ".":
            i += 1
        elif upper == "FILTER":
            i += 1
            while i < len(tokens) and tokens[i][1].upper() in ("NOT", "EXISTS"):
                i += 1
            if i < len(tokens) and tokens[i][0] == "open":
                continue
            while i < len(tokens) and tokens[i][0] == "word":  # a function name
                i += 1
            skip = skip_parens(i)
            if skip is None:
                return None
            i = skip
        elif upper == "BIND":
            skip = skip_parens(i + 1)
            if skip is None:
                return None
            i = skip
        elif loose and upper == "SELECT":  # a sub-select's projection, up to its WHERE group
            i += 1
            while i < len(tokens) and (tokens[i][0] == "var" or tokens[i][1].upper() in ("DISTINCT", "REDUCED",
                                                                                        "WHERE")):
                i += 1
            if i >= len(tokens) or tokens[i][0] != "open":
                return None
        elif kind in _TERM_KINDS or (kind == "other" and value.isdigit()):
            read = term(i)
            if read is None:
                return None
            subject, i = read
            while True:  # predicate-object lists
                predicate = term(i) if i < len(tokens) else None
                if predicate is None or (predicate[0][0] != "const" and not loose):
                    return None  # a variable predicate or a property path
                i = predicate[1]
                if i < len(tokens) and tokens[i][0] == "other" and tokens[i][1] in "/|^*+?":
                    return None  # a property path
                while True:
                    obj = term(i) if i < len(tokens) else None
                    if obj is None:
                        return None
                    i = obj[1]
                    out.append((subject, ("?" if predicate[0][0] == "var" else "") + predicate[0][1], obj[0]))
                    if i < len(tokens) and tokens[i][1] == ",":
                        i += 1
                        continue
                    break
                if i < len(tokens) and tokens[i][1] == ";":
                    i += 1
                    if i < len(tokens) and (tokens[i][1] in (".", "}") or tokens[i][0] == "close"):
                        break
                    continue
                break
        else:
            return None  # SELECT (a sub-select), MINUS, VALUES ...
    return out if depth == 0 else None


def reach_of(text: str, namespaces: dict[str, str]) -> Reach | None:
    """The reach of a SPARQL-based constraint (see the rule above); None when it has none."""
    patterns = _patterns(text, namespaces)
    if not patterns:
        return None
    distance = {"this": 0}
    links = [(s[1], o[1], p) for s, p, o in patterns if s[0] == "var" and o[0] == "var"]
    frontier = ["this"]
    while frontier:
        nxt = []
        for a, b, _ in links:
            for here, there in ((a, b), (b, a)):
                if here in frontier and there not in distance:
                    distance[there] = distance[here] + 1
                    nxt.append(there)
        frontier = nxt
    starts, moves, steps = set(), set(), 0
    for subject, predicate, obj in patterns:
        ends = [(distance[t[1]], position, t[1]) for t, position in ((subject, "s"), (obj, "o"))
                if t[0] == "var" and t[1] in distance]
        if not ends:
            return None  # a pattern not joined to $this
        nearest = min(ends)[0]
        steps = max(steps, nearest)
        if nearest:
            _, position, var = next(e for e in ends if e[0] == nearest)
            starts.add((predicate, position, var))
        if len(ends) == 2 and abs(ends[0][0] - ends[1][0]) == 1:  # a link of a chain to $this
            (ds, _, vs), (_, _, vo) = ends
            moves.add((vs, predicate, True, vo) if ds > ends[1][0] else (vo, predicate, False, vs))
    return Reach(frozenset(starts), frozenset(moves), steps)


def by_value(text: str, namespaces: dict[str, str]) -> bool:
    """Whether every triple pattern of a SPARQL-based constraint's query (sub-selects included)
    names ``?value``: then the solutions for a value read only triples that name it, and a change
    can alter them only for the terms of its triples."""
    patterns = _patterns(text, namespaces, loose=True)
    return patterns is not None and bool(patterns) and all(
        ("var", "value") in (s, o) or p == "?value" for s, p, o in patterns)


def _with_values(text: str, values: str) -> str:
    """``text`` with ``VALUES ?value { values }`` opening every WHERE group (sub-selects' too)."""
    tokens = [(m.lastgroup or "", m.group(), m.end()) for m in _TOKEN.finditer(text)]
    tokens = [t for t in tokens if t[0] not in ("space", "comment")]
    cuts = [b[2] for a, b in zip(tokens, tokens[1:], strict=False) if a[1].upper() == "WHERE" and b[0] == "open"]
    out, last = [], 0
    for cut in cuts:
        out += [text[last:cut], f" VALUES ?value {{ {values} }} "]
        last = cut
    return "".join(out) + text[last:]


Constraint = BulkConstraint | CoreConstraint


def _key(constraint: Constraint) -> tuple[str, str | None]:
    """What a finding of ``constraint`` is recognised by: its shape and path (None for SPARQL-based
    constraints, which report none)."""
    return _local(constraint.shape), constraint.path if isinstance(constraint, CoreConstraint) else None


def _neighbours(store: ox.Store, changed: tuple[ox.Triple, ...], touched: set[Any], reach: Reach) -> set[Any]:
    """The focus nodes whose result under a constraint of reach ``reach`` the ``changed`` triples can
    alter: the ``touched`` nodes, and those a changed triple reaches through the reach's links
    (indexed lookups from the node a start binds, one link at a time toward ``$this``)."""
    found = set(touched)
    frontier = {(t.subject if position == "s" else t.object, var)
                for t in changed for predicate, position, var in reach.starts if t.predicate.value == predicate}
    seen = set(frontier)
    while frontier:
        step: set[tuple[Any, str]] = set()
        for node, var in frontier:
            if var == "this":
                found.add(node)
                continue
            for here, predicate, forward, there in reach.moves:
                if here != var:
                    continue
                if forward and not isinstance(node, ox.Literal):
                    step.update((q.object, there)
                                for q in store.quads_for_pattern(node, ox.NamedNode(predicate), None, None))
                elif not forward:
                    step.update((q.subject, there)
                                for q in store.quads_for_pattern(None, ox.NamedNode(predicate), node, None))
        frontier = step - seen
        seen |= step
    return found


def _restricted(constraint: Constraint, focus: set[Any]) -> str | None:
    """The constraint's query over the focus nodes ``focus`` only (those of them its shape targets);
    None when they cannot be written in a VALUES block (blank nodes)."""
    opening = "{ SELECT DISTINCT ?this WHERE { "
    if any(isinstance(node, ox.BlankNode) for node in focus) or not constraint.targets.startswith(opening):
        return None
    values = " ".join(str(node) for node in sorted(focus, key=str))
    narrowed = constraint.targets.replace(opening, f"{opening}VALUES ?this {{ {values} }} ", 1)
    return constraint.query.replace(constraint.targets, narrowed, 1)


def _changed_terms(changed: tuple[ox.Triple, ...]) -> set[Any] | None:
    """Every term of the changed triples (for a literal whose text is an IRI, that IRI too: findings
    give values as text), or None when one is a blank node (VALUES cannot name it)."""
    terms: set[Any] = set()
    for triple in changed:
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, ox.BlankNode):
                return None
            terms.add(term)
            if isinstance(term, ox.Literal):
                with suppress(ValueError):
                    terms.add(ox.NamedNode(term.value))
    return terms


def _by_values(constraint: BulkConstraint, terms: set[Any]) -> str:
    """The constraint's query with ``?value`` restricted to ``terms`` in every WHERE group."""
    values = " ".join(str(t) for t in sorted(terms, key=str))
    return _with_values(constraint.query, values)  # the target group's too: it projects ?this alone


def validate_changes(store: ox.Store, shapes: Graph | Path, changed: tuple[ox.Triple, ...],
                     previous: tuple[Finding, ...]) -> ValidationReport | None:
    """The report :func:`validate_store` would give, computed from the ``previous`` findings (those
    of the graph before the triples ``changed`` were added or removed) by validating again only the
    focus nodes the change can reach (the rule above); None when the change or the shapes cannot be
    localised (the caller then validates everything)."""
    shapes_graph = load_shapes(shapes) if isinstance(shapes, Path) else shapes
    rest, bulk = split_shapes(shapes_graph)
    core, compiled = compile_core(rest)
    constraints: list[Constraint] = [*bulk, *compiled]
    if needs_pyshacl(core) or any(t.predicate.value in _FULL_FALLBACK_PREDICATES for t in changed):
        return None
    shapes_named: dict[str, set[Node]] = defaultdict(set)
    for c in constraints:
        shapes_named[_local(c.shape)].add(c.shape)
    if any(len(nodes) > 1 for nodes in shapes_named.values()):
        return None  # two shapes reported under one name: their findings cannot be told apart
    touched = {node for t in changed for node in (t.subject, t.object)}
    by_key: dict[tuple[str, str | None], list[Constraint]] = defaultdict(list)
    for c in constraints:
        by_key[_key(c)].append(c)
    reached: dict[Reach, set[Any]] = {}
    affected: dict[tuple[str, str | None], set[str] | None] = {}  # None: every focus node
    valued: dict[tuple[str, str | None], set[str]] = {}  # run again for these values only (by_value)
    terms = _changed_terms(changed)
    findings: list[Finding] = []
    for key, group in by_key.items():
        focus: set[Any] | None = set()
        for c in group:  # the constraints of one shape and path share their findings' key: one focus set
            if c.reach is None or focus is None:
                focus = None
                continue
            if c.reach not in reached:
                reached[c.reach] = _neighbours(store, changed, touched, c.reach)
            focus |= reached[c.reach]
        queries = [c.query for c in group] if focus is None else [_restricted(c, focus) for c in group]
        if focus is not None and None in queries:
            focus, queries = None, [c.query for c in group]
        if focus is None and terms is not None and all(isinstance(c, BulkConstraint) and c.valued for c in group):
            valued[key] = {term.value for term in terms}
            if not terms:
                affected[key] = None
                continue
            queries = [_by_values(c, terms) for c in group]  # type: ignore[arg-type]
        affected[key] = None if focus is None else {node.value for node in focus}
        if focus is not None and not focus:
            continue
        for c, query in zip(group, queries, strict=True):
            assert query is not None
            findings.extend(run_bulk(store, c, query) if isinstance(c, BulkConstraint)
                            else run_core(store, c, query))
    for f in previous:
        key = (f.shape, f.path)
        if key not in affected:
            return None  # a finding of no constraint these shapes have
        nodes = affected[key]
        if (nodes is not None and f.focus not in nodes) or (key in valued and f.value not in valued[key]):
            findings.append(f)
    findings.sort(key=lambda f: (f.shape, f.message, f.focus, f.value or ""))
    conforms = all(f.severity != "Violation" for f in findings)
    return ValidationReport(conforms, count_focus_nodes(store, shapes_graph), tuple(findings))
