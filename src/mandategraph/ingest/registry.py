"""What the ingester knows before it reads: the bodies (names, symbol prefixes, parents) and the
sessions already curated, loaded from ``data/curated``. New bodies are added as data, not code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from mandategraph import iri
from mandategraph.namespaces import ID, MG, RDF, RDFS, SKOS


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower()


@dataclass
class Registry:
    names: dict[str, str] = field(default_factory=dict)  # normalised name -> body slug
    prefixes: dict[str, str] = field(default_factory=dict)  # symbol prefix -> body slug
    parents: dict[str, str] = field(default_factory=dict)  # body slug -> parent slug
    sessions_by_date: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    sessions_by_number: dict[tuple[str, int], URIRef] = field(default_factory=dict)
    treaties: dict[str, str] = field(default_factory=dict)  # conference slug -> treaty slug

    @classmethod
    def from_graph(cls, graph: Graph) -> Registry:
        reg = cls()
        prefix = str(ID) + "body/"
        for body in graph.subjects(RDF.type, MG.Body):
            slug = str(body).removeprefix(prefix)
            for prop in (RDFS.label, SKOS.altLabel, SKOS.prefLabel):
                for name in graph.objects(body, prop):
                    reg.names[_norm(str(name))] = slug
            for sp in graph.objects(body, MG.symbolPrefix):
                reg.prefixes[str(sp)] = slug
            for parent in graph.objects(body, MG.parentBody):
                reg.parents[slug] = str(parent).removeprefix(prefix)
        for treaty in graph.subjects(RDF.type, MG.Treaty):
            for body in graph.objects(treaty, MG.establishes):
                reg.treaties[str(body).removeprefix(prefix)] = str(treaty).removeprefix(str(ID) + "treaty/")
        for session in graph.subjects(RDF.type, MG.Session):
            of_body = graph.value(session, MG.ofBody)
            if of_body is None:
                continue
            slug = str(of_body).removeprefix(prefix)
            start = graph.value(session, MG.startDate)
            if isinstance(start, Literal):
                reg.sessions_by_date[(slug, str(start))] = URIRef(str(session))
            number = graph.value(session, MG.sessionNumber)
            if isinstance(number, Literal):
                reg.sessions_by_number[(slug, int(number))] = URIRef(str(session))
        return reg

    @classmethod
    def load(cls, curated_dir: Path) -> Registry:
        graph = Graph()
        for path in sorted(curated_dir.glob("*.ttl")):
            graph.parse(path, format="turtle")
        return cls.from_graph(graph)

    def body_named(self, text: str) -> str | None:
        """The body named first in ``text`` (the longest name where two start at the same place):
        "the extended Bureau of the Conference" names the extended Bureau, not the Conference."""
        low = _norm(text)
        best: tuple[int, int, str] | None = None
        for name, slug in self.names.items():
            m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", low)
            if m and (best is None or (m.start(), -len(name)) < best[:2]):
                best = (m.start(), -len(name), slug)
        return best[2] if best else None

    def body_of_symbol(self, prefix: str) -> str:
        """The body for a symbol prefix; unknown prefixes get a slug of their own, never another's."""
        return self.prefixes.get(prefix) or iri.body_slug(prefix)

    def conference_of(self, slug: str) -> str:
        """The top of the body's parent chain: the Conference a working group belongs to."""
        seen = {slug}
        while slug in self.parents and self.parents[slug] not in seen:
            slug = self.parents[slug]
            seen.add(slug)
        return slug

    def session(self, body: str, number: int | None, start: str | None) -> URIRef | None:
        """A known session by number or by start date; else one minted from what is known."""
        if number is not None:
            return self.sessions_by_number.get((body, number)) or iri.session(body, number)
        if start is not None:
            return self.sessions_by_date.get((body, start)) or iri.session(body, start)
        return None
