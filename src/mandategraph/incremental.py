"""Incremental validation: which focus nodes a change can reach, and their findings again.

A build that has the previous run's findings and the triples its changed named graphs added or
removed (:mod:`mandategraph.changes`) validates again only the focus nodes those triples can alter
(the rule below) with the compiled constraints of :mod:`mandategraph.validate`, and keeps the
previous findings of every other focus node: the same report as a full validation.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from mandategraph.namespaces import RDF, RDFS
from mandategraph.validate import (
    _TOKEN,
    BulkConstraint,
    CoreConstraint,
    Finding,
    ValidationReport,
    _local,
    compile_core,
    count_focus_nodes,
    load_shapes,
    needs_pyshacl,
    run_bulk,
    run_core,
    split_shapes,
)

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


Constraint = BulkConstraint | CoreConstraint


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


def _class_reach(paths: tuple[str, ...]) -> Reach:
    """sh:class also reads the values' types: a changed rdf:type triple binds ?value, and a path
    leads back to the focus node."""
    return Reach(frozenset({(str(RDF.type), "s", "value")}),
                 frozenset(("value", path, False, "this") for path in paths), 1)


@cache
def _reach_of_text(text: str, namespaces: tuple[tuple[str, str], ...]) -> Reach | None:
    return reach_of(text, dict(namespaces))


def reach(constraint: Constraint) -> Reach | None:
    """What ``constraint``'s result for a focus node depends on (None: it cannot be localised)."""
    if isinstance(constraint, CoreConstraint):
        return _class_reach(constraint.typed_paths) if constraint.typed_paths else LOCAL
    return _reach_of_text(constraint.select, constraint.namespaces)


def by_terms(constraint: Constraint) -> bool:
    """Whether ``constraint`` can be run again for the terms of the changed triples only: its focus
    nodes are fixed, it reports ``?value`` and every pattern of its query names ``?value``
    (:func:`by_value`)."""
    return (isinstance(constraint, BulkConstraint) and constraint.fixed and "value" in constraint.variables
            and by_value(constraint.select, dict(constraint.namespaces)))


_TERM_KINDS = {"var", "iri", "string", "word"}
_FULL_FALLBACK_PREDICATES = {str(RDFS.subClassOf)}


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


def _key(constraint: Constraint) -> tuple[str, str | None]:
    """The group of constraints whose findings share one focus set: a SPARQL-based constraint's shape
    (path None: its findings report none), or the compiled property shapes of a node shape (path
    "": each of their findings reports its path, :func:`_finding_keys`)."""
    return _local(constraint.shape), "" if isinstance(constraint, CoreConstraint) else None


def _finding_keys(constraints: list[Constraint]) -> dict[tuple[str, str | None], tuple[str, str | None]]:
    """What a finding (its shape and path) is recognised by: the key of the constraints that give it."""
    return {(_local(c.shape), path): _key(c) for c in constraints
            for path in (c.paths if isinstance(c, CoreConstraint) else (None,))}


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
    ordered = sorted(focus, key=str)
    values = " ".join(str(node) for node in ordered)
    narrowed = constraint.targets.replace(opening, f"{opening}VALUES ?this {{ {values} }} ", 1)
    query = _with_focus_rows(constraint.query.replace(constraint.targets, narrowed, 1), ordered)
    opening_group = next((m for m in _TOKEN.finditer(query) if m.lastgroup == "open"), None)
    if opening_group is None:
        return query
    # the focus nodes opening the outer group too: Oxigraph joined the target group with the patterns
    # evaluated for every subject (ItemGroundingUnknownShape's `$this mg:status mg:unverified`:
    # 0.13-0.27 s at 1M quads on the on-disk store, 0.009 s so); the same solutions
    return query[:opening_group.end()] + f" VALUES ?this {{ {values} }}" + query[opening_group.end():]


def _with_focus_rows(query: str, focus: list[Any]) -> str:
    """``query`` with its outermost ``VALUES (?k ?p) { rows }`` (the paths of a node shape's property
    shapes) given the focus nodes too: ``VALUES (?this ?k ?p)``, every row for every focus node.
    Oxigraph starts from the small VALUES block and reads ``?this ?p ?value`` for every subject
    otherwise (2.5 s at 1M quads on the on-disk store, 0.01 s with the focus nodes in the block);
    the solutions are the same, the target group giving only these focus nodes."""
    depth, at = 0, -1
    tokens = [m for m in _TOKEN.finditer(query) if m.lastgroup not in ("space", "comment")]
    for i, m in enumerate(tokens):
        if m.lastgroup == "open":
            depth += 1
        elif m.lastgroup == "close":
            depth -= 1
        elif (depth == 1 and m.group().upper() == "VALUES" and [t.group() for t in tokens[i + 1:i + 6]]
              == ["(", "?k", "?p", ")", "{"]):
            at = i
            break
    if at < 0:
        return query
    close = next(j for j in range(at + 6, len(tokens)) if tokens[j].lastgroup == "close")
    rows = [t.group() for t in tokens[at + 6:close]]
    if len(rows) % 4 or any(rows[j] != "(" or rows[j + 3] != ")" for j in range(0, len(rows), 4)):
        return query
    pairs = [(rows[j + 1], rows[j + 2]) for j in range(0, len(rows), 4)]
    block = " ".join(f"({node} {k} {p})" for node in focus for k, p in pairs)
    return (query[:tokens[at].start()] + f"VALUES (?this ?k ?p) {{ {block} }}" + query[tokens[close].end():])


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
                     previous: tuple[Finding, ...], focus_nodes: int | None = None) -> ValidationReport | None:
    """The report :func:`validate_store` would give, computed from the ``previous`` findings (those
    of the graph before the triples ``changed`` were added or removed) by validating again only the
    focus nodes the change can reach (the rule above); None when the change or the shapes cannot be
    localised (the caller then validates everything). ``focus_nodes``: the number of focus nodes, when
    the caller knows it (:func:`count_changed_focus_nodes`); counted on the store otherwise."""
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
            if reach(c) is None or focus is None:
                focus = None
                continue
            of = reach(c)
            assert of is not None
            if of not in reached:
                reached[of] = _neighbours(store, changed, touched, of)
            focus |= reached[of]
        queries = [c.query for c in group] if focus is None else [_restricted(c, focus) for c in group]
        if focus is not None and None in queries:
            focus, queries = None, [c.query for c in group]
        if focus is None and terms is not None and all(by_terms(c) for c in group):
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
    known = _finding_keys(constraints)
    for f in previous:
        key = known.get((f.shape, f.path), (f.shape, f.path))
        if key not in affected:
            return None  # a finding of no constraint these shapes have
        nodes = affected[key]
        if (nodes is not None and f.focus not in nodes) or (key in valued and f.value not in valued[key]):
            findings.append(f)
    findings.sort(key=lambda f: (f.shape, f.message, f.focus, f.value or ""))
    conforms = all(f.severity != "Violation" for f in findings)
    count = count_focus_nodes(store, shapes_graph) if focus_nodes is None else focus_nodes
    return ValidationReport(conforms, count, tuple(findings))


def count_changed_focus_nodes(old: ox.Store, new: ox.Store, shapes: Graph, changed: tuple[ox.Triple, ...],
                              before: int) -> int | None:
    """The number of focus nodes of ``new``, from ``before`` (that of ``old``) and the ``changed``
    triples between them: whether a node is a target reads its own types and triples (and the class
    hierarchy, whose change validates everything), so only the nodes the changed triples name can
    come or go. None when one is a blank node."""
    nodes = {t.subject for t in changed} | {t.object for t in changed if not isinstance(t.object, ox.Literal)}
    if any(isinstance(n, ox.BlankNode | ox.Triple) for n in nodes):
        return None
    among = " ".join(str(n) for n in sorted(nodes, key=str))
    if not among:
        return before
    return before - count_focus_nodes(old, shapes, among=among) + count_focus_nodes(new, shapes, among=among)
