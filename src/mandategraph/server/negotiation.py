"""Content negotiation: which representation a client's ``Accept`` header asks for.

One table per kind of answer (query results, RDF graphs, Linked Data pages), each entry a format
with its media type, the aliases clients send for it, and the pyoxigraph serialiser that writes it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    key: str  # short name, also accepted as ?format=KEY on pages and Linked Data
    media_type: str  # the Content-Type we answer with
    aliases: tuple[str, ...] = ()  # other media types that ask for the same format
    ox_format: ox.RdfFormat | ox.QueryResultsFormat | None = None
    charset: bool = True

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.charset else self.media_type

    def names(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


JSON = Format("json", "application/sparql-results+json", ("application/json",),
              ox.QueryResultsFormat.JSON)
XML = Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"),
             ox.QueryResultsFormat.XML)
CSV = Format("csv", "text/csv", (), ox.QueryResultsFormat.CSV)
TSV = Format("tsv", "text/tab-separated-values", (), ox.QueryResultsFormat.TSV)

TURTLE = Format("ttl", "text/turtle", ("application/turtle", "application/x-turtle"),
                ox.RdfFormat.TURTLE)
NTRIPLES = Format("nt", "application/n-triples", ("text/plain",), ox.RdfFormat.N_TRIPLES)
JSONLD = Format("jsonld", "application/ld+json", ("application/x-json+ld", "application/json"),
                ox.RdfFormat.JSON_LD)
RDFXML = Format("rdf", "application/rdf+xml", ("application/xml", "text/xml"), ox.RdfFormat.RDF_XML)
HTML = Format("html", "text/html", ("application/xhtml+xml",))

# The first entry of each tuple is the default for */* and for a missing Accept header.
RESULTS = (JSON, XML, CSV, TSV)  # SELECT and ASK
GRAPHS = (TURTLE, NTRIPLES, JSONLD, RDFXML)  # CONSTRUCT and DESCRIBE
LINKED_DATA = (TURTLE, JSONLD, NTRIPLES, RDFXML, HTML)  # /id/... and VoID (HTML only if asked)


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """``text/turtle;q=0.9, */*;q=0.1`` -> [(media range, q, position)], best first."""
    out = []
    for position, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((media, q, position))
    return sorted(out, key=lambda r: (-r[1], r[2]))


def _specificity(media_range: str, media_type: str) -> int:
    if media_range == media_type:
        return 3
    kind, _, _ = media_type.partition("/")
    if media_range == f"{kind}/*":
        return 2
    if media_range == "*/*":
        return 1
    return 0


@functools.lru_cache(maxsize=512)
def choose(header: str | None, offers: tuple[Format, ...]) -> Format | None:
    """The offer the client prefers (RFC 9110 section 12.5.1: the most specific matching range gives
    a type its q-value; ties go to the client's order, then ours); None when nothing is acceptable.
    A missing or empty header accepts our default, the first offer."""
    ranges = parse_accept(header)
    if not ranges:
        return offers[0]
    best: tuple[float, int, int, int] | None = None
    chosen = None
    for index, offer in enumerate(offers):
        for n, name in enumerate(offer.names()):
            # wildcards match an offer's own media type only, never its aliases
            matches = [(spec, q, pos) for media, q, pos in ranges
                       if (spec := _specificity(media, name)) and (n == 0 or spec == 3)]
            if not matches:
                continue
            spec, q, pos = max(matches, key=lambda m: (m[0], -m[2]))
            if q <= 0:
                continue
            # rank: q, then an exact mention beats a wildcard, then client order, then ours
            rank = (q, spec, -pos, -index)
            if best is None or rank > best:
                best, chosen = rank, offer
    return chosen


def by_key(key: str, offers: tuple[Format, ...]) -> Format | None:
    return next((f for f in offers if f.key == key), None)


def prefers_html(header: str | None) -> bool:
    """A browser: text/html is acceptable and ranked at least as high as any RDF or result format."""
    picked = choose(header, (HTML, *GRAPHS, *RESULTS))
    return picked is HTML and any(m in ("text/html", "application/xhtml+xml")
                                  for m, _, _ in parse_accept(header))
