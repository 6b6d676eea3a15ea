"""SHACL validation, grouped for curators: pySHACL on a plain rdflib Graph for the core constraints,
Oxigraph for the SPARQL-based ones (one query per constraint over all its focus nodes)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from mandategraph.namespaces import OWL, RDF, RDFS, SH
from mandategraph.project import Layout, layout
from mandategraph.store import open_store, union_graph


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
    with _parse_each_query_once():
        conforms, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none",
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
        bulk.append(BulkConstraint(shape, constraint, _local(severity), str(messages[0].value),
                                   prefixes + "\n" + rewritten[0], rewritten[1]))
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


def run_bulk(store: ox.Store, constraint: BulkConstraint) -> list[Finding]:
    """Every finding of one SPARQL-based constraint, from one query on ``store``."""
    solutions = store.query(constraint.query, use_default_graph_as_union=True)
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
    """Validate the whole ``store`` (ontology included): the SPARQL-based constraints in bulk on
    Oxigraph, one query each, and the rest with pySHACL on an rdflib copy (``data`` if given).
    Same findings as :func:`validate_graph` on that copy."""
    shapes_graph = load_shapes(shapes) if isinstance(shapes, Path) else shapes
    core, bulk = split_shapes(shapes_graph)
    graph = union_graph(store) if data is None else data
    report = validate_graph(graph, core, count_with=shapes_graph)
    findings = list(report.findings)
    for constraint in bulk:
        findings.extend(run_bulk(store, constraint))
    findings.sort(key=lambda f: (f.shape, f.message, f.focus, f.value or ""))
    conforms = report.conforms and all(f.severity != "Violation" for f in findings)
    return ValidationReport(conforms, report.focus_nodes_checked, tuple(findings))


def severity_counts(report: ValidationReport) -> Counter[str]:
    return Counter(f.severity for f in report.findings)


def validate_built(where: Layout | None = None) -> ValidationReport:
    """Validate the current build (the store as built, ontology included)."""
    lay = where or layout()
    return validate_store(open_store(lay), load_shapes(lay.shapes))
