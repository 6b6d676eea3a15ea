# One recommendation known from several documents, run by the build after blanket.ru, into the
# inferred graph. A report gives a recommendation by its paragraph (id:recommendation/<body>/<session>/
# <paragraph>, with its words in mg:text); an agenda or a resolution that names only its subject
# ("the Working Group's recommendation that the next meeting focus on special investigative
# techniques") gives a node keyed by those words, with no paragraph. The two are the same
# recommendation when they were adopted at the same meeting and the subject's words stand in the
# text of exactly one recommendation of that meeting (two candidates: no link, nothing guessed):
#   owl:sameAs both ways, with an mg:Evidence for the link (asserted; the note says how it was
#   matched). Each reading stays on its own node with its own evidence; the named queries merge
#   them (recommendations-never-acted-on, recommendations-of-meeting answer once per recommendation,
#   with the actions on either node).
PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { GRAPH <https://w3id.org/mandategraph/id/graph/inferred> {
    ?byTopic owl:sameAs ?byParagraph . ?byParagraph owl:sameAs ?byTopic .
    ?evidence a mg:Evidence ; mg:linkSubject ?byTopic ; mg:linkProperty owl:sameAs ;
        mg:linkObject ?byParagraph ; mg:status mg:asserted ;
        skos:editorialNote "The same recommendation: adopted at the same meeting, and the words of its subject stand in the text of this recommendation of that meeting's report, and of no other."@en } }
WHERE {
    {
        SELECT ?byTopic (SAMPLE(?candidate) AS ?byParagraph) WHERE {
            GRAPH ?g { ?candidate a mg:Recommendation ; mg:adoptedAt ?meeting ; mg:paragraphNumber ?n ;
                                  mg:text ?text }
            GRAPH ?h { ?byTopic a mg:Recommendation ; mg:adoptedAt ?meeting ; rdfs:label ?label }
            FILTER NOT EXISTS { GRAPH ?k { ?byTopic mg:paragraphNumber ?m } }
            BIND (LCASE(REPLACE(REPLACE(STR(?label), "^recommendation: ", ""), "\\s+", " ")) AS ?topic)
            FILTER (STRLEN(?topic) > 0 && CONTAINS(LCASE(REPLACE(STR(?text), "\\s+", " ")), ?topic))
        }
        GROUP BY ?byTopic
        HAVING (COUNT(DISTINCT ?candidate) = 1)
    }
    BIND (IRI(CONCAT("https://w3id.org/mandategraph/id/evidence/",
                     SUBSTR(SHA256(CONCAT(STR(?byTopic), "\n", STR(owl:sameAs), "\n", STR(?byParagraph), "\n",
                                          "https://w3id.org/mandategraph/id/graph/inferred", "\n")), 1, 16)))
          AS ?evidence)
}
