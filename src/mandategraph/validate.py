"""SHACL validation with pySHACL on a plain rdflib Graph, grouped for curators."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.term import Node

from mandategraph.namespaces import RDF, RDFS, SH
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


def validate_graph(data: Graph, shapes: Graph) -> ValidationReport:
    """Validate ``data`` (which must contain the ontology, for subclass targets) against ``shapes``."""
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
    return ValidationReport(bool(conforms), _count_focus(data, shapes), tuple(findings))


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


def severity_counts(report: ValidationReport) -> Counter[str]:
    return Counter(f.severity for f in report.findings)


def validate_built(where: Layout | None = None) -> ValidationReport:
    """Validate the current build (the store as built, ontology included)."""
    lay = where or layout()
    return validate_graph(union_graph(open_store(lay)), load_shapes(lay.shapes))
