"""What the endpoint says about itself: a SPARQL 1.1 service description (at ``/sparql``) and a
VoID description of the dataset (at ``/.well-known/void``), both built from the store's statistics.
"""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from mandategraph import __version__
from mandategraph.namespaces import BASE, ID, ONTOLOGY_IRI, PREFIXES, SD, VOID
from mandategraph.server import negotiation

FORMATS = URIRef("http://www.w3.org/ns/formats/")
RESULT_FORMATS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML",
                  "csv": "SPARQL_Results_CSV", "tsv": "SPARQL_Results_TSV",
                  "ttl": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "rdf": "RDF_XML"}
DATASET = URIRef(BASE + "id/dataset")


def _graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def _dataset(graph: Graph, stats: dict[str, Any], endpoint: str, void_url: str) -> None:
    graph.add((DATASET, RDF.type, VOID.Dataset))
    graph.add((DATASET, DCTERMS.title, Literal(
        "mandategraph: the mandates of the UNTOC Conference of the Parties", lang="en")))
    graph.add((DATASET, DCTERMS.description, Literal(
        "Resolutions, decisions, recommendations, sessions, agenda items and documents of the "
        "Conference of the Parties to the United Nations Convention against Transnational "
        "Organized Crime and its working groups, each mandate link with its evidence.", lang="en")))
    graph.add((DATASET, DCTERMS.license, URIRef("https://www.apache.org/licenses/LICENSE-2.0")))
    graph.add((DATASET, VOID.sparqlEndpoint, URIRef(endpoint)))
    graph.add((DATASET, VOID.uriSpace, Literal(str(ID))))
    graph.add((DATASET, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    graph.add((DATASET, VOID.rootResource, URIRef(str(ID) + "treaty/untoc")))
    graph.add((DATASET, VOID.exampleResource, URIRef(str(ID) + "doc/CTOC/COP/WG.7/2013/1")))
    graph.add((DATASET, VOID.dataDump, URIRef(void_url.rsplit("/.well-known", 1)[0]
                                              + "/dataset.nq")))
    graph.add((DATASET, DCTERMS.hasVersion, Literal(f"mandategraph {__version__}")))
    for key in ("triples", "subjects", "properties"):
        graph.add((DATASET, VOID[key if key == "triples" else f"distinct{key.title()}"],
                   Literal(stats[key], datatype=XSD.integer)))
    graph.add((DATASET, VOID.distinctObjects, Literal(stats["objects"], datatype=XSD.integer)))
    for cls, count in stats["classes"]:
        part = BNode()
        graph.add((DATASET, VOID.classPartition, part))
        graph.add((part, VOID["class"], URIRef(cls)))
        graph.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))
    for name, count in stats["graphs"]:
        subset = URIRef(name)
        graph.add((DATASET, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, VOID.triples, Literal(count, datatype=XSD.integer)))


def void(stats: dict[str, Any], endpoint: str, void_url: str) -> Graph:
    graph = _graph()
    _dataset(graph, stats, endpoint, void_url)
    return graph


def service(stats: dict[str, Any], endpoint: str, void_url: str) -> Graph:
    """SPARQL 1.1 Service Description: query language, result formats, the default dataset
    (the union of all named graphs) and every named graph."""
    graph = _graph()
    svc = URIRef(endpoint)
    graph.add((svc, RDF.type, SD.Service))
    graph.add((svc, SD.endpoint, svc))
    graph.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((svc, SD.feature, SD.UnionDefaultGraph))
    for key in ("json", "xml", "csv", "tsv", "ttl", "nt", "jsonld", "rdf"):
        graph.add((svc, SD.resultFormat, URIRef(str(FORMATS) + RESULT_FORMATS[key])))
    dataset = BNode()
    default = BNode()
    graph.add((svc, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, VOID.triples, Literal(stats["triples"], datatype=XSD.integer)))
    for name, count in stats["graphs"]:
        named, described = BNode(), BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, SD.name, URIRef(name)))
        graph.add((named, SD.graph, described))
        graph.add((described, RDF.type, SD.Graph))
        graph.add((described, VOID.triples, Literal(count, datatype=XSD.integer)))
    graph.add((svc, DCTERMS.description, Literal(
        "Read-only. The default graph is the union of all named graphs. SERVICE, SPARQL Update "
        "and FROM of graphs outside this dataset are refused.", lang="en")))
    graph.add((svc, URIRef(str(VOID) + "inDataset"), DATASET))
    _dataset(graph, stats, endpoint, void_url)
    return graph


RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "rdf": "xml"}


def serialize(graph: Graph, fmt: negotiation.Format) -> bytes:
    data = graph.serialize(format=RDFLIB_FORMATS[fmt.key])
    return data.encode("utf-8") if isinstance(data, str) else data
