"""Every namespace and prefix the project spells, in one place.

The ontology, shapes, curated data and queries must declare exactly these
prefixes for these namespaces; ``tests/test_hygiene.py`` checks every
``.ttl`` and ``.rq`` file against :data:`PREFIXES`.
"""

from __future__ import annotations

from functools import lru_cache

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

__all__ = [
    "BASE", "MG", "ID", "ELI", "ELI_DL", "UNDO", "OA", "ORG", "VOID", "SD", "MGSH",
    "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SH", "SKOS", "XSD", "PREFIXES", "ONTOLOGY_IRI",
]
