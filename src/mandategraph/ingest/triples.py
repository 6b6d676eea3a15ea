"""A light store for the graph of one ingested document: an rdflib ``Graph`` whose triples sit in one
insertion-ordered dict, indexed only when a pattern is first asked.

The ingester writes a document's graph triple by triple and reads it back whole (to serialize it or
load it into the store), so rdflib's default store, which keeps three indices and the contexts of
every triple up to date on each ``add``, spends most of its time on indices nobody reads. Here an
``add`` is one dict insertion; the subject, predicate and object indices are built on the first
lookup by pattern (a SPARQL query on the graph, ``graph.value``) and dropped again by a change. The
graph is a plain ``rdflib.Graph`` to everything that uses it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rdflib import Graph
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

Triple = tuple[Any, Any, Any]


class DocumentStore(SimpleMemory):
    """Triples in insertion order, deduplicated; namespaces as in rdflib's SimpleMemory."""

    def __init__(self) -> None:
        super().__init__()
        self._triples: dict[Triple, None] = {}
        self._index: tuple[dict[Node, list[Triple]], ...] | None = None

    def add(self, triple: Triple, context: Any, quoted: bool = False) -> None:
        if triple not in self._triples:
            self._triples[triple] = None
            self._index = None

    def addN(self, quads: Iterable[tuple[Any, Any, Any, Any]]) -> None:  # noqa: N802 (rdflib's name)
        for s, p, o, _ in quads:
            self.add((s, p, o), None)

    def remove(self, triple_pattern: Triple, context: Any = None) -> None:
        for triple in list(self._matching(triple_pattern)):
            del self._triples[triple]
        self._index = None

    def triples(self, triple_pattern: Triple, context: Any = None) -> Iterator[tuple[Triple, Iterator[Any]]]:
        for triple in self._matching(triple_pattern):
            yield triple, iter(())

    def __len__(self, context: Any = None) -> int:
        return len(self._triples)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_index"] = None
        return state

    def _matching(self, pattern: Triple) -> Iterator[Triple]:
        s, p, o = pattern
        if s is not None and p is not None and o is not None:
            if (s, p, o) in self._triples:
                yield (s, p, o)
            return
        if s is None and p is None and o is None:
            yield from list(self._triples)
            return
        by_s, by_p, by_o = self._indices()
        candidates = by_s.get(s, []) if s is not None else by_o.get(o, []) if o is not None else by_p.get(p, [])
        for triple in list(candidates):
            if (s is None or triple[0] == s) and (p is None or triple[1] == p) and (o is None or triple[2] == o):
                yield triple

    def _indices(self) -> tuple[dict[Node, list[Triple]], ...]:
        if self._index is None:
            by_s: dict[Node, list[Triple]] = {}
            by_p: dict[Node, list[Triple]] = {}
            by_o: dict[Node, list[Triple]] = {}
            for triple in self._triples:
                by_s.setdefault(triple[0], []).append(triple)
                by_p.setdefault(triple[1], []).append(triple)
                by_o.setdefault(triple[2], []).append(triple)
            self._index = (by_s, by_p, by_o)
        return self._index


def document_graph() -> Graph:
    """An empty graph on a :class:`DocumentStore`."""
    return Graph(store=DocumentStore())
