# Build-time materialisation, run in order into the inferred graph (the evidence statuses follow, in build.py).
# 1. mg:actedOnBy is the inverse of mg:actsOn.
# 2. every sub-property of mg:upstream, mg:linkSubject and mg:linkObject (as the ontology declares
#    them) also holds as its super-property, so one property path walks every mandate chain.
PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> { ?rec mg:actedOnBy ?res } }
WHERE { GRAPH ?g { ?res mg:actsOn ?rec } } ;

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> { ?s ?super ?o } }
WHERE {
    VALUES ?super { mg:upstream mg:linkSubject mg:linkObject }
    GRAPH <https://w3id.org/mandategraph/id/graph/ontology> { ?p rdfs:subPropertyOf+ ?super }
    GRAPH ?g { ?s ?p ?o }
}
;

# 3. a link stated without evidence of its own (a curated fact, a provision named in a citation)
#    gets an mg:Evidence with the curator's status of its subject, the curation or ingest run that
#    made it and, for an ingested text, the document it was read from (mg:statedIn). It does not
#    borrow the sources of its subject: those say what the subject is, not that this link holds
#    (a curated link that a source states has its own mg:Evidence in data/curated/link-sources.ttl).
#    Its IRI is what iri.evidence(s, p, o, graph) mints.
INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> {
    ?evidence a mg:Evidence ; mg:linkSubject ?s ; mg:linkProperty ?p ; mg:linkObject ?o ;
        mg:status ?status ; prov:wasGeneratedBy ?activity ; mg:statedIn ?doc .
    ?activity a ?activityType } }
WHERE {
    VALUES ?p { mg:partOf mg:continues eli:based_on mg:actsOn mg:establishes mg:actsOnRecommendationsOf }
    GRAPH ?g { ?s ?p ?o }
    FILTER (?g NOT IN (<https://w3id.org/mandategraph/id/graph/inferred>,
                       <https://w3id.org/mandategraph/id/graph/ontology>))
    # MINUS, not FILTER NOT EXISTS: Oxigraph evaluates the NOT EXISTS once per link (84 s at 1M);
    # MINUS on ?s ?p ?o (always bound here) removes the same links in one join.
    MINUS { GRAPH ?h { ?stated mg:linkSubject ?s ; mg:linkProperty ?p ; mg:linkObject ?o } }
    OPTIONAL { GRAPH ?g { ?s mg:status ?own } }
    BIND (COALESCE(?own, mg:asserted) AS ?status)
    BIND (STRSTARTS(STR(?g), "https://w3id.org/mandategraph/id/graph/curated/") AS ?curated)
    OPTIONAL { GRAPH ?g { ?run a mg:IngestRun } }  # one ingest run per document graph
    OPTIONAL { GRAPH ?g { ?doc mg:sourceFile ?file ; prov:wasGeneratedBy ?run } }  # the text read
    BIND (IF(?curated, IRI(REPLACE(STR(?g), "/graph/curated/", "/activity/curation/")), ?run) AS ?activity)
    BIND (IF(?curated, mg:Curation, mg:IngestRun) AS ?activityType)
    BIND (IRI(CONCAT("https://w3id.org/mandategraph/id/evidence/",
                     SUBSTR(SHA256(CONCAT(STR(?s), "\n", STR(?p), "\n", STR(?o), "\n", STR(?g), "\n")), 1, 16)))
          AS ?evidence)
} ;

# 4. every document with a symbol has its official copy at https://undocs.org/ followed by the
#    symbol, percent-encoded with its slashes kept (what mandategraph.label.official_address gives).
INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> { ?doc rdfs:seeAlso ?official } }
WHERE {
    GRAPH ?g { ?doc dcterms:identifier ?symbol ; a ?type }
    GRAPH <https://w3id.org/mandategraph/id/graph/ontology> { ?type rdfs:subClassOf* mg:Document }
    BIND (IRI(CONCAT("https://undocs.org/", REPLACE(ENCODE_FOR_URI(?symbol), "%2F", "/"))) AS ?official)
}
