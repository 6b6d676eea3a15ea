# Blanket actions on a report, run by the build after materialise.ru, into the inferred graph.
# "In its resolution 6/3, the Conference welcomed the report on the 1st meeting of the Working Group
# ... and encouraged States parties to implement ... the recommendations contained therein" is read
# as `resolution mg:actsOnRecommendationsOf session`: the resolution acts on every recommendation
# adopted at that session. Each such recommendation gets
#   - mg:actsOn from the resolution, and its inverse mg:actedOnBy (materialise.ru's step 1 has run);
#   - for every piece of evidence of the blanket link, an mg:Evidence of its own for that very link,
#     with the quote, document, paragraph, action, sources and status of the blanket action and
#     mg:inferredFrom that evidence (the answers say the link is inferred from "the recommendations
#     contained therein": the quote names the report, not the recommendation). Its IRI is what
#     iri.evidence(resolution, mg:actsOn, recommendation, blanket evidence) mints.
# A recommendation the same resolution already acts on by name keeps only that evidence (no second,
# vaguer reading of the same link). A blanket link with no evidence at all still links (status
# asserted): "no source states this link" is then what the answers say.
PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> {
    ?res mg:actsOn ?rec . ?rec mg:actedOnBy ?res .
    ?evidence a mg:Evidence ; mg:linkSubject ?res ; mg:linkProperty mg:actsOn ; mg:linkObject ?rec ;
        mg:inferredFrom ?blanket ; mg:status ?status ; mg:quote ?quote ; mg:statedIn ?doc ;
        mg:paragraph ?paragraph ; mg:action ?action ; dcterms:source ?source ;
        prov:wasGeneratedBy ?activity } }
WHERE {
    GRAPH ?g { ?res mg:actsOnRecommendationsOf ?session }
    GRAPH ?h { ?rec a mg:Recommendation ; mg:adoptedAt ?session }
    FILTER NOT EXISTS { GRAPH ?k { ?res mg:actsOn ?rec } }
    OPTIONAL {
        GRAPH ?e {
            ?blanket mg:linkSubject ?res ; mg:linkProperty mg:actsOnRecommendationsOf ; mg:linkObject ?session .
            OPTIONAL { ?blanket mg:status ?own }
            OPTIONAL { ?blanket mg:quote ?quote }
            OPTIONAL { ?blanket mg:statedIn ?doc }
            OPTIONAL { ?blanket mg:paragraph ?paragraph }
            OPTIONAL { ?blanket mg:action ?action }
            OPTIONAL { ?blanket dcterms:source ?source }
            OPTIONAL { ?blanket prov:wasGeneratedBy ?activity }
        }
    }
    BIND (COALESCE(?own, mg:asserted) AS ?status)
    BIND (IRI(CONCAT("https://w3id.org/mandategraph/id/evidence/",
                     SUBSTR(SHA256(CONCAT(STR(?res), "\n", STR(mg:actsOn), "\n", STR(?rec), "\n",
                                          COALESCE(STR(?blanket), STR(?session)), "\n")), 1, 16)))
          AS ?evidence)
}
