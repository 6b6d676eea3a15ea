# The effective status of every evidence node, run by the build last, into the inferred graph: of the
# statuses that the evidence nodes of one link (the same mg:linkSubject, mg:linkProperty and
# mg:linkObject, in any graph) give, the one that wins by mandategraph.status.PRECEDENCE (asserted <
# unverified < verified < disputed: a curator's review over what was read); a status outside that
# list (which the shapes reject) only when the link has no other. Each pattern reads every graph, as
# a query on the union default graph does.
PREFIX mg: <https://w3id.org/mandategraph/ontology#>

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> { ?evidence mg:effectiveStatus ?worst } }
WHERE {
    {
        SELECT ?s ?p ?o (MAX(?rank) AS ?top) (SAMPLE(?plain) AS ?other) WHERE {
            GRAPH ?g1 { ?e mg:linkSubject ?s } GRAPH ?g2 { ?e mg:linkProperty ?p }
            GRAPH ?g3 { ?e mg:linkObject ?o } GRAPH ?g4 { ?e mg:status ?status }
            BIND (IF(?status = mg:disputed, 3, IF(?status = mg:verified, 2, IF(?status = mg:unverified, 1,
                  IF(?status = mg:asserted, 0, -1))))
                  AS ?rank)
            BIND (IF(?rank = -1, ?status, ?unbound) AS ?plain)
        }
        GROUP BY ?s ?p ?o
    }
    GRAPH ?h1 { ?evidence mg:linkSubject ?s } GRAPH ?h2 { ?evidence mg:linkProperty ?p }
    GRAPH ?h3 { ?evidence mg:linkObject ?o } GRAPH ?h4 { ?evidence mg:status ?any }
    BIND (IF(?top = 3, mg:disputed, IF(?top = 2, mg:verified, IF(?top = 1, mg:unverified,
          IF(?top = 0, mg:asserted, ?other)))) AS ?worst)
}
