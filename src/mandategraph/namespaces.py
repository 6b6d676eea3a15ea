"""Every namespace and prefix the project spells, in one place.

The ontology, shapes, curated data and queries must declare exactly these
prefixes for these namespaces; ``tests/test_hygiene.py`` checks every
``.ttl`` and ``.rq`` file against :data:`PREFIXES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD


class _Remembering(Namespace):
    """A namespace that makes each of its terms once (rdflib's makes a new IRI at every ``MG.x``:
    the ingester asks for its terms some thousand times a document). Terms are immutable, so the
    one made is shared."""

    @lru_cache(maxsize=1024)  # noqa: B019 (the namespaces live as long as the process)
    def term(self, name: str) -> URIRef:
        return super().term(name)


BASE = "https://w3id.org/mandategraph/"
MG = _Remembering(BASE + "ontology#")
ID = Namespace(BASE + "id/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ELI_DL = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")
UNDO = Namespace("https://w3id.org/un/ontology/undo/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
MGSH = Namespace(BASE + "shapes#")

PREFIXES: dict[str, str] = {
    "mg": str(MG),
    "mgid": str(ID),
    "mgsh": str(MGSH),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "eli": str(ELI),
    "eli-dl": str(ELI_DL),
    "undo": str(UNDO),
    "oa": str(OA),
    "sh": str(SH),
    "void": str(VOID),
    "sd": str(SD),
}

ONTOLOGY_IRI = BASE + "ontology"

_PLAIN_LOCAL = re.compile(r"[A-Za-z_][\w.-]*(?<!\.)|")  # a local name written without escapes


def readable_prefixes(statements: Iterable[Any]) -> dict[str, str]:
    """The prefixes of :data:`PREFIXES` that the statements use and that shorten every IRI under them
    without an escape: ``mgid:session\\/ctoc-cop\\/6`` is valid Turtle but nobody reads it, so
    the IRIs of ``/id/`` are written whole."""
    import pyoxigraph as ox

    terms = [term for st in statements  # triples, or quads with their graph's name
             for term in (st.subject, st.predicate, st.object, getattr(st, "graph_name", None))]
    iris = {term.value for term in terms if isinstance(term, ox.NamedNode)} | \
        {term.datatype.value for term in terms if isinstance(term, ox.Literal)}
    out = {}
    for prefix, ns in PREFIXES.items():
        under = [iri[len(ns):] for iri in iris if iri.startswith(ns)]
        if under and all(_PLAIN_LOCAL.fullmatch(local) for local in under):
            out[prefix] = ns
    return out


__all__ = [
    "BASE", "MG", "ID", "ELI", "ELI_DL", "UNDO", "OA", "ORG", "VOID", "SD", "MGSH",
    "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SH", "SKOS", "XSD", "PREFIXES", "ONTOLOGY_IRI", "readable_prefixes",
]
