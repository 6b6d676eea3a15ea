"""The baseline: the same data and the same SPARQL on plain rdflib in memory (``rdflib.Dataset`` with
the union of all graphs as the default graph), in the same process as the product."""

from __future__ import annotations

import signal
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.term import Node

from mandategraph import iri
from mandategraph.namespaces import MG
from mandategraph.query import QueryResult
from mandategraph.status import PRECEDENCE

STATUS_RANK = {MG[name]: rank for rank, name in enumerate(PRECEDENCE)}


def load(*nquads: Path, ontology: Path | None = None) -> Dataset:
    ds = Dataset(default_union=True)
    for path in nquads:
        ds.parse(path, format="nquads")
    if ontology is not None:
        ds.graph(URIRef(str(iri.GRAPH_ONTOLOGY))).parse(ontology, format="turtle")
    return ds


def _sparql(name: str) -> str:
    return files("mandategraph").joinpath("sparql", name).read_text(encoding="utf-8")


def materialise(ds: Dataset) -> None:
    """What :func:`mandategraph.build.materialise` does, on rdflib: the same update, and the
    effective-status rule in its earlier form (Python over the rows of evidence_status.rq, where the
    build now runs effective_status.ru)."""
    ds.update(_sparql("materialise.ru"))
    inferred = ds.graph(URIRef(str(iri.GRAPH_INFERRED)))
    rows = list(ds.query(_sparql("evidence_status.rq")))
    worst: dict[tuple[Node, Node, Node], Node] = {}
    for row in rows:
        key = (row.s, row.p, row.o)
        if key not in worst or STATUS_RANK.get(row.status, 0) > STATUS_RANK.get(worst[key], 0):
            worst[key] = row.status
    for row in rows:
        inferred.add((row.evidence, MG.effectiveStatus, worst[(row.s, row.p, row.o)]))


def run(ds: Dataset, text: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
    """Run SPARQL text with bound values; the answer in the product's own result type."""
    answer = ds.query(text, initBindings=dict(bindings or {}))
    if answer.type == "ASK":
        return QueryResult("ask", boolean=bool(answer.askAnswer))
    if answer.type == "SELECT":
        names = tuple(str(v) for v in answer.vars or ())
        rows = tuple({n: row[n] for n in names if row[n] is not None}  # type: ignore[index]
                     for row in answer)
        return QueryResult("select", names, rows)  # type: ignore[arg-type]
    return QueryResult("graph", triples=tuple(answer))  # type: ignore[arg-type]


class BaselineTimeout(Exception):
    """The baseline took longer than the time it was given; it is stopped, not waited for."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Stop the (pure Python) rdflib evaluation after ``seconds`` with :class:`BaselineTimeout`."""
    if not seconds:
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise BaselineTimeout(f"stopped after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
