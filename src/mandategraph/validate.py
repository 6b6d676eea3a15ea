"""SHACL validation, grouped for curators: pySHACL on a plain rdflib Graph for the core constraints,
Oxigraph for the SPARQL-based ones (one query per constraint over all its focus nodes)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
from mandategraph.files import file_digest
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
    select: str = ""  # the constraint's own query, as the shapes give it
    namespaces: tuple[tuple[str, str], ...] = ()  # its sh:prefixes declarations (prefix, namespace)
    fixed: bool = False  # its focus nodes are fixed (sh:targetNode only)


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


def _namespaces(shapes: Graph, constraint: Node) -> tuple[tuple[str, str], ...]:
    return tuple((str(shapes.value(decl, SH.prefix)), str(shapes.value(decl, SH.namespace)))
                 for holder in shapes.objects(constraint, SH.prefixes) for decl in shapes.objects(holder, SH.declare))


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
        fixed = not any(True for p in (SH.targetClass, SH.targetSubjectsOf) for _ in shapes.objects(shape, p))
        bulk.append(BulkConstraint(shape, constraint, _local(severity), str(messages[0].value),
                                   prefixes + "\n" + rewritten[0], rewritten[1], targets or "",
                                   str(selects[0]), _namespaces(shapes, constraint), fixed))
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
    if not isinstance(counted, int) or index.get("shapes") != file_digest(shapes):
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
# sh:message) are compiled to SPARQL, one query per node shape (every value of every path, or the
# path's lack of one, with whether each component judged in SPARQL fails: sh:minCount 1 and
# sh:maxCount 0 or 1 judged on those rows too), and a second for the other counts (the numbers of
# values of each path), run on Oxigraph over all the focus nodes of the shape, with pySHACL's result
# for each failing focus node, component and value: no rdflib copy of the data. The sh:class tests
# look the value's types up among the class and its subclasses, found once per query. What
# Oxigraph's SPARQL and pySHACL could disagree on (ill-typed literals of datatypes other than strings,
# Python regular expressions) is checked in Python on the values, as pySHACL checks them. A property
# shape with anything else stays with pySHACL.

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
class Component:
    """One constraint component of a property shape: judged on the number of values of its path
    (``kind`` "count": fails below ``low`` or above ``high``) or on each value (``kind`` "value":
    fails when the SPARQL ``condition`` holds for ``?value``, or when ``check`` says it does not
    conform)."""

    path: str
    severity: str
    message: str
    kind: str
    low: int = 0
    high: int | None = None
    condition: str = ""
    check: Callable[[Any], bool] | None = None
    reads_types: bool = False  # the result also reads the values' types (sh:class)
    certain: str = ""  # for ``check``: a SPARQL condition under which ``?value`` certainly conforms
    cost: int = 0  # what ``condition`` costs a row (ROW_TEST, LOOKUP, TYPES): the filter tests the cheap first


# What a filter test costs a row of the one-pass value query, in increasing order: a test of the row's
# own terms; one indexed lookup (an EXISTS on the focus node's path: about 7 µs a row on Oxigraph, to
# set up its plan); the value's types among a class and its subclasses (an EXISTS joining them).
# ``&&`` stops at a false left side, so the lookups go last, behind the guards on ?k.
ROW_TEST, LOOKUP, TYPES = 0, 1, 2


@dataclass(frozen=True)
class CoreConstraint:
    """The compiled property shapes of one node shape, of one kind of component: one query over all
    its focus nodes (``targets``) and paths, giving, for each focus node and path, the number of
    values (counts) or each value with whether each SPARQL-judged component fails (values)."""

    shape: Node  # the node shape owning the property shapes (what findings are reported under)
    kind: str  # "count" or "value"
    components: tuple[Component, ...]
    query: str
    targets: str = ""  # the group of the query that binds ?this to the shape's focus nodes

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.path for c in self.components))

    @property
    def typed_paths(self) -> tuple[str, ...]:
        """The paths whose values' types a component reads (sh:class)."""
        return tuple(dict.fromkeys(c.path for c in self.components if c.reads_types))


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


def _components(shapes: Graph, ps: Node, path: str, severity: str, message: str) -> list[Component] | None:
    """Every constraint component of property shape ``ps``; None if any cannot be compiled with
    certainty."""
    out: list[Component] = []
    count = partial(Component, path, severity, message, "count")
    value = partial(Component, path, severity, message, "value")
    for p, o in shapes.predicate_objects(ps):
        if p not in _PROPERTY_KEYS:
            return None
        if p in (SH.minCount, SH.maxCount, SH.minLength, SH.maxLength) and _count(o) is None:
            return None
    for o in shapes.objects(ps, SH.minCount):
        if _count(o):
            out.append(count(low=_count(o) or 0))
    for o in shapes.objects(ps, SH.maxCount):
        out.append(count(high=_count(o)))
    for o in shapes.objects(ps, SH["class"]):
        if not isinstance(o, URIRef):
            return None
        out.append(value(condition=f"NOT EXISTS {{ ?value <{RDF.type}>/<{RDFS.subClassOf}>* {o.n3()} }}",
                         reads_types=True, cost=TYPES))
    for o in shapes.objects(ps, SH.datatype):
        if not isinstance(o, URIRef) or o in (RDFS.Literal, RDFS.Datatype):
            return None
        if str(o) in _STRING_TYPES:
            out.append(value(condition=f"(!isLiteral(?value) || DATATYPE(?value) != {o.n3()})"))
        else:
            out.append(value(check=partial(_any_datatype_ok, (str(o),)), certain=_CERTAIN_TYPES.get(o, "")))
    for o in shapes.objects(ps, SH.nodeKind):
        if o not in _NODE_KINDS:
            return None
        out.append(value(condition=f"!{_NODE_KINDS[o]}"))  # type: ignore[index]
    for o in shapes.objects(ps, SH.pattern):
        if not isinstance(o, Literal) or (ps, SH.flags, None) in shapes:
            return None
        certain = (f"isLiteral(?value) && DATATYPE(?value) = <{XSD.string}> && REGEX(STR(?value), {o.n3()})"
                   if _PLAIN_PATTERN.fullmatch(str(o)) else "")
        out.append(value(check=partial(_pattern_ok, re.compile(str(o))), certain=certain))
    for o in shapes.objects(ps, SH.minLength):
        out.append(value(check=partial(_length_ok, _count(o) or 0, None),
                         certain=f"{_PLAIN_STRING} && STRLEN(STR(?value)) >= {_count(o) or 0}"))
    for o in shapes.objects(ps, SH.maxLength):
        out.append(value(check=partial(_length_ok, 0, _count(o) or 0),
                         certain=f"{_PLAIN_STRING} && STRLEN(STR(?value)) <= {_count(o) or 0}"))
    for o in shapes.objects(ps, SH["in"]):
        members = _list(shapes, o)
        if members is None or not all(isinstance(m, URIRef) for m in members):
            return None
        allowed = " || ".join(f"sameTerm(?value, {m.n3()})" for m in members) or "false"
        out.append(value(condition=f"!({allowed})"))
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
        out.append(value(check=partial(_any_datatype_ok, tuple(kinds))))
    return out


# Values a component checked in Python certainly passes, told in SPARQL, so that only the others are
# read into Python: a boolean written "true" or "false", an integer of digits; a plain string's length
# (Python's len and SPARQL's STRLEN both count code points); a plain string matching a pattern written
# with letters, digits, ".", "/", anchors, classes, groups and repetitions only (in which XPath's and
# Python's regular expressions agree on a string REGEX matches whole).
_CERTAIN_TYPES = {
    XSD.boolean: f'isLiteral(?value) && DATATYPE(?value) = <{XSD.boolean}> && STR(?value) IN ("true", "false")',
    XSD.integer: f'isLiteral(?value) && DATATYPE(?value) = <{XSD.integer}> && REGEX(STR(?value), "^[0-9]{{1,18}}$")'}
_PLAIN_STRING = f"isLiteral(?value) && DATATYPE(?value) IN (<{XSD.string}>, <{RDF.langString}>)"
_PLAIN_PATTERN = re.compile(r"\^?[A-Za-z0-9./()\[\]+*?-]*\$?")


def _paths_values(paths: tuple[str, ...]) -> str:
    return "VALUES (?k ?p) { " + " ".join(f"({k} <{p}>)" for k, p in enumerate(paths)) + " }"


def _count_query(targets: str, components: tuple[Component, ...]) -> str:
    """The focus nodes, paths (by number, ``?k``) and numbers of values that fail a count component."""
    paths = tuple(dict.fromkeys(c.path for c in components))
    number = "COUNT(DISTINCT ?any)"

    def fails(c: Component) -> str:
        return f"{number} < {c.low}" if c.high is None else f"{number} > {c.high}"

    failing = " || ".join(f"(?k = {k} && ({' || '.join(fails(c) for c in components if c.path == path)}))"
                          for k, path in enumerate(paths))
    return (f"SELECT ?this ?k ({number} AS ?n) WHERE {{ {targets} {_paths_values(paths)} "
            f"OPTIONAL {{ ?this ?p ?any }} }} GROUP BY ?this ?k HAVING ({failing})")


def _in_one_pass(c: Component) -> bool:
    """Whether a count component is judged on the values' rows themselves (:func:`_value_query`):
    ``sh:minCount 1`` (no value: a row without one), ``sh:maxCount`` 0 (any value) or 1 (a value
    beside which the path has another); other counts are counted (:func:`_count_query`)."""
    return c.kind == "count" and (c.low <= 1 if c.high is None else c.high <= 1)


_OTHER_VALUE = "EXISTS { ?this ?p ?mg_other FILTER (!sameTerm(?mg_other, ?value)) }"


def _fails(c: Component, k: int) -> str | None:
    """When component ``c`` on path number ``k`` fails on a row with ``?value`` bound, in SPARQL (None:
    judged in Python on the value, or on the row's missing value)."""
    if c.kind == "count":
        return None if c.high is None else f"?k = {k}" if c.high == 0 else f"(?k = {k} && {_OTHER_VALUE})"
    return None if c.check is not None else f"(?k = {k} && {c.condition})"


def _value_query(targets: str, components: tuple[Component, ...]) -> str:
    """The focus nodes, paths (by number, ``?k``) and values (unbound: the path has none) that may fail
    a component, in one pass over every value of every path: a row fails a component judged in
    SPARQL when its flag ``?f<j>`` is true (computed on the rows kept only); a value a component
    judged in Python does not certainly pass is kept for Python; a path without values, when a
    ``sh:minCount 1`` reads it. The filter tests the cheap conditions first, then whether a path
    of ``sh:maxCount 1`` has another value (one lookup), then the value's types (``sh:class``)."""
    paths = tuple(dict.fromkeys(c.path for c in components))
    flags = {j: fails for j, c in enumerate(components) if (fails := _fails(c, paths.index(c.path)))}
    values = [c for c in components if c.kind == "value"]
    tests = [(c.cost, f"(?k = {paths.index(c.path)} && {c.condition})") for c in values if c.check is None]
    tests += [(ROW_TEST, f"(?k = {paths.index(c.path)} && COALESCE(!({c.certain}), true))" if c.certain
               else f"?k = {paths.index(c.path)}") for c in values if c.check is not None]

    def numbers(high: int | None) -> str:
        return ", ".join(map(str, sorted({paths.index(c.path) for c in components
                                          if c.kind == "count" and c.high == high})))

    never, single, empty = numbers(0), numbers(1), numbers(None)
    tests += [(ROW_TEST, f"?k IN ({never})")] if never else []
    tests += [(LOOKUP, f"(?k IN ({single}) && {_OTHER_VALUE})")] if single else []
    keep = [test for _, test in sorted(tests, key=lambda t: t[0])]  # stable: in order within a cost
    projected = " ".join(f"({fails} AS ?f{j})" for j, fails in flags.items())
    kept = f"BOUND(?value) && ({' || '.join(keep)})" if keep else "false"
    if not empty:
        return (f"SELECT DISTINCT ?this ?k ?value {projected} WHERE {{ {targets} {_paths_values(paths)} "
                f"?this ?p ?value FILTER ({kept}) }}")
    missing = f"!BOUND(?value) && ?k IN ({empty})"
    return (f"SELECT DISTINCT ?this ?k ?value {projected} WHERE {{ {targets} {_paths_values(paths)} "
            f"OPTIONAL {{ ?this ?p ?value }} FILTER (({missing}) || ({kept})) }}")


def compile_core(shapes: Graph) -> tuple[Graph, tuple[CoreConstraint, ...]]:
    """The shapes graph without the property shapes compiled to SPARQL, and their constraints."""
    referenced = {o for p in _SHAPE_REFERENCES if p != SH.property for o in shapes.objects(None, p)}
    by_shape: dict[Node, tuple[str, list[Component]]] = {}
    dropped: set[Node] = set()
    links: set[tuple[Node, Node]] = set()
    for ns, ps in sorted(shapes.subject_objects(SH.property)):
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
        severity = _local(shapes.value(ps, SH.severity) or SH.Violation)
        components = _components(shapes, ps, str(path), severity, str(messages[0]))
        if components is None:
            continue
        by_shape.setdefault(ns, (targets, []))[1].extend(components)
        links.add((ns, ps))
        dropped.add(ps)
        for o in shapes.objects(ps, SH["in"]):
            dropped |= _list_nodes(shapes, o)
        for o in shapes.objects(ps, SH["or"]):
            members = _list_nodes(shapes, o)
            dropped |= members | {shapes.value(m, RDF.first) for m in members} - {None}  # type: ignore[operator]
    compiled = []
    for ns, (targets, components) in by_shape.items():
        for kind, query in (("count", _count_query), ("value", _value_query)):
            chosen = tuple(c for c in components if (c.kind == "count" and not _in_one_pass(c)) == (kind == "count"))
            if chosen:
                compiled.append(CoreConstraint(ns, kind, chosen, query(targets, chosen), targets))
    core = Graph()
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace, override=True)
    for s, p, o in shapes:
        if s in dropped or (p == SH.property and (s, o) in links):
            continue
        core.add((s, p, o))
    return core, tuple(compiled)


def run_core(store: ox.Store, constraint: CoreConstraint, query: str | None = None) -> list[Finding]:
    """Every finding of one node shape's compiled property shapes of one kind, from one query on
    ``store`` (``query``: its query narrowed to some focus nodes)."""
    solutions = store.query(_with_classes(store, query or constraint.query), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    paths = constraint.paths
    shape = _local(constraint.shape)
    findings = []
    counted: set[tuple[Any, int]] = set()  # (focus node, component) of a count finding already given
    for row in solutions:
        this, path = row["this"], paths[int(row["k"].value)]
        if constraint.kind == "count":
            number = int(row["n"].value)
            findings += [Finding(shape, c.severity, c.message, _shown(this), path, None)
                         for c in constraint.components if c.path == path and (
                             number < c.low if c.high is None else number > c.high)]
            continue
        value = row["value"]
        for j, c in enumerate(constraint.components):
            if c.path != path:
                continue
            flag = row[f"f{j}"]
            failed = isinstance(flag, ox.Literal) and flag.value == "true"
            if c.kind == "count":
                if (value is None if c.high is None else failed) and (this, j) not in counted:
                    counted.add((this, j))
                    findings.append(Finding(shape, c.severity, c.message, _shown(this), path, None))
            elif value is not None and (failed or (c.check is not None and not c.check(value))):
                findings.append(Finding(shape, c.severity, c.message, _shown(this), path, _shown(value)))
    return findings


_CLASS_TEST = re.compile(rf"NOT EXISTS {{ \?value <{re.escape(str(RDF.type))}>/<{re.escape(str(RDFS.subClassOf))}>\* "
                         r"(<[^<>\s]+>) }")


def _with_classes(store: ox.Store, query: str) -> str:
    """``query`` with each ``sh:class`` test (a value typed with the class or a subclass of it, a
    property path evaluated again for every value) written as one lookup of the value's types,
    filtered by the class and its subclasses in ``store``, found once (the same answers: the types
    reached by ``rdfs:subClassOf*``; kept as it is when a subclass is a blank node, which a query
    cannot name). A ``FILTER IN`` after the one lookup, not a ``VALUES`` of the classes joined with
    it: Oxigraph looked the value's types up again for every class (1M: ``GroundingShape`` 1.5-1.7 s
    against 0.55 s)."""
    def lookup(match: re.Match[str]) -> str:
        found = store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* {match.group(1)} }}",
                            use_default_graph_as_union=True)
        assert isinstance(found, ox.QuerySolutions)
        classes = {row["c"] for row in found} | {ox.NamedNode(match.group(1)[1:-1])}
        if any(not isinstance(c, ox.NamedNode) for c in classes):
            return match.group(0)
        listed = ", ".join(sorted(str(c) for c in classes))
        return f"NOT EXISTS {{ ?value <{RDF.type}> ?mg_class FILTER (?mg_class IN ({listed})) }}"

    return _CLASS_TEST.sub(lookup, query)


def needs_pyshacl(core: Graph) -> bool:
    """Whether anything in ``core`` still constrains data (else pySHACL, and the rdflib copy of the
    data it needs, are skipped)."""
    return any(str(p).startswith(str(SH)) and p not in _INERT for p in core.predicates(unique=True))


def count_focus_nodes(store: ox.Store, shapes: Graph, fixed_targets: bool = True,
                      among: str | None = None) -> int:
    """The distinct focus nodes of every target in ``shapes``, counted on the store; without
    ``fixed_targets``, only those the data gives (an ``sh:targetNode`` is one whatever the data);
    with ``among`` (the terms of a VALUES block), only those of these nodes, blank-node targets
    aside."""
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
    within = f"VALUES ?n {{ {among} }} " if among is not None else ""
    solutions = store.query(f"SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {{ {within}{{ {union} }} }}",
                            use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    blank = sum(1 for n in nodes if isinstance(n, BNode)) if among is None else 0
    return int(next(iter(solutions))["count"].value) + blank
