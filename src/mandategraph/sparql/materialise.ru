# Build-time materialisation, run in order into the inferred graph.
# 1. mg:actedOnBy is the inverse of mg:actsOn.
# 2. every sub-property of mg:upstream, mg:linkSubject and mg:linkObject (as the ontology declares
#    them) also holds as its super-property, so one property path walks every mandate chain.
PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> { ?rec mg:actedOnBy ?res } }
WHERE { GRAPH ?g { ?res mg:actsOn ?rec } } ;

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> { ?s ?super ?o } }
WHERE {
    VALUES ?super { mg:upstream mg:linkSubject mg:linkObject }
    GRAPH <https://w3id.org/mandategraph/id/graph/ontology> { ?p rdfs:subPropertyOf+ ?super }
    GRAPH ?g { ?s ?p ?o }
}
