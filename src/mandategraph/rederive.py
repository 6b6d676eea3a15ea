"""Incremental materialisation: the inferred graph of a build, updated from the previous build's.

A full build runs the rules of :func:`mandategraph.build.materialise` in order into an empty inferred
graph. When only some named graphs changed, :func:`rederive` updates the previous build's inferred
graph instead, rule by rule in the same order (a delete-and-rederive): from the changed triples it
finds the keys of each rule whose derived triples can differ (the rule's own variables: the link's
subject and object, the resolution, the graph, the document, the recommendation, the evidence
node), evaluates the rule for those keys only (a ``VALUES`` block) on the previous build's store
and on the new one, and removes what only the first gives and adds what only the second gives.
The triples each rule changes count as changed for the rules after it.

Each rule reads here what it read when the full build ran it, although the inferred graph now holds
the outputs of every rule (in the previous build's store, and of the later rules in the new one):
- ``materialise.ru`` 1 (``mg:actedOnBy``), 3 (evidence of links stated without any) and 4
  (``rdfs:seeAlso``) read the other graphs only (the inferred graph was empty, or held no triple
  their patterns match, when they ran: 3's MINUS needs an ``mg:linkProperty`` there, which only
  later rules write);
- 2 (super-properties) reads the other graphs and the ``mg:actedOnBy`` that rule 1 derives from
  them (written here as the inverse of their ``mg:actsOn``), not the blanket rule's;
- ``blanket.ru`` reads ``mg:actsOn`` in the other graphs only (in a full build it ran before its own
  ``mg:actsOn`` existed), and the evidence rule 3 made (updated before it runs);
- ``same_recommendation.ru`` reads predicates no rule derives;
- ``effective_status.ru`` reads every graph, all the other rules updated.
Outside these rules nothing writes the inferred graph. The tests and the bench's rebuild step compare
the result with a full materialisation as sets. :class:`Unsupported` (blank nodes, which a
``VALUES`` block cannot name; a change to the ontology) tells the caller to materialise in full.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from mandategraph import iri
from mandategraph.namespaces import MG, RDF

INFERRED = ox.NamedNode(str(iri.GRAPH_INFERRED))
ONTOLOGY = ox.NamedNode(str(iri.GRAPH_ONTOLOGY))
_M = str(MG)
ACTS_ON = ox.NamedNode(_M + "actsOn")
RECOMMENDATION = ox.NamedNode(_M + "Recommendation")
EFFECTIVE = ox.NamedNode(_M + "effectiveStatus")
TYPE = ox.NamedNode(str(RDF.type))
LINK = tuple(ox.NamedNode(_M + name) for name in ("linkSubject", "linkProperty", "linkObject"))
CURATION, INGEST_RUN = ox.NamedNode(_M + "Curation"), ox.NamedNode(_M + "IngestRun")

PREFIXES = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
INF, ONT = f"<{iri.GRAPH_INFERRED}>", f"<{iri.GRAPH_ONTOLOGY}>"

# materialise.ru 1, for the links (?res ?rec) given
ACTED_ON_BY = PREFIXES + f"""CONSTRUCT {{ ?rec mg:actedOnBy ?res }}
WHERE {{ VALUES (?res ?rec) {{ %s }} GRAPH ?g {{ ?res mg:actsOn ?rec }} FILTER (?g != {INF}) }}"""

SUPERS = "mg:upstream mg:linkSubject mg:linkObject"
# materialise.ru 2 reads the sub-properties of these (in the ontology)
SUB_PROPERTIES = PREFIXES + f"""SELECT DISTINCT ?p ?super WHERE {{
    VALUES ?super {{ {SUPERS} }} GRAPH {ONT} {{ ?p rdfs:subPropertyOf+ ?super }} }}"""

EVIDENCED = "mg:partOf mg:continues eli:based_on mg:actsOn mg:establishes mg:actsOnRecommendationsOf"
# materialise.ru 3, for the graphs ?g given (NOT EXISTS, which is the MINUS for a few links)
EVIDENCE = PREFIXES + f"""CONSTRUCT {{
    ?evidence a mg:Evidence ; mg:linkSubject ?s ; mg:linkProperty ?p ; mg:linkObject ?o ;
        mg:status ?status ; prov:wasGeneratedBy ?activity ; mg:statedIn ?doc .
    ?activity a ?activityType }}
WHERE {{
    VALUES ?g {{ %s }}
    VALUES ?p {{ {EVIDENCED} }}
    GRAPH ?g {{ ?s ?p ?o }}
    FILTER (?g NOT IN ({INF}, {ONT}))
    FILTER NOT EXISTS {{ GRAPH ?h {{ ?stated mg:linkSubject ?s ; mg:linkProperty ?p ; mg:linkObject ?o }}
                        FILTER (?h != {INF}) }}
    OPTIONAL {{ GRAPH ?g {{ ?s mg:status ?own }} }}
    BIND (COALESCE(?own, mg:asserted) AS ?status)
    BIND (STRSTARTS(STR(?g), "https://w3id.org/mandategraph/id/graph/curated/") AS ?curated)
    OPTIONAL {{ GRAPH ?g {{ ?run a mg:IngestRun }} }}
    OPTIONAL {{ GRAPH ?g {{ ?doc mg:sourceFile ?file ; prov:wasGeneratedBy ?run }} }}
    BIND (IF(?curated, IRI(REPLACE(STR(?g), "/graph/curated/", "/activity/curation/")), ?run) AS ?activity)
    BIND (IF(?curated, mg:Curation, mg:IngestRun) AS ?activityType)
    BIND (IRI(CONCAT("https://w3id.org/mandategraph/id/evidence/",
                     SUBSTR(SHA256(CONCAT(STR(?s), "\\n", STR(?p), "\\n", STR(?o), "\\n", STR(?g), "\\n")), 1, 16)))
          AS ?evidence)
}}"""
# the links (evidenced properties) that the evidence nodes given state in the graphs but the inferred one
STATED_LINKS = PREFIXES + f"""SELECT DISTINCT ?s ?p ?o WHERE {{
    VALUES ?stated {{ %s }}
    GRAPH ?h {{ ?stated mg:linkSubject ?s ; mg:linkProperty ?p ; mg:linkObject ?o }} FILTER (?h != {INF}) }}"""
LINK_GRAPHS = PREFIXES + f"""SELECT DISTINCT ?g WHERE {{
    VALUES (?s ?p ?o) {{ %s }} GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({INF}, {ONT})) }}"""

# materialise.ru 4, for the documents given
SEE_ALSO = PREFIXES + f"""CONSTRUCT {{ ?doc rdfs:seeAlso ?official }}
WHERE {{
    VALUES ?doc {{ %s }}
    GRAPH ?g {{ ?doc dcterms:identifier ?symbol ; a ?type }} FILTER (?g != {INF})
    GRAPH {ONT} {{ ?type rdfs:subClassOf* mg:Document }}
    BIND (IRI(CONCAT("https://undocs.org/", REPLACE(ENCODE_FOR_URI(?symbol), "%%2F", "/"))) AS ?official)
}}"""

# blanket.ru, for the resolutions ?res given; mg:actsOn read outside the inferred graph
BLANKET = PREFIXES + f"""CONSTRUCT {{
    ?res mg:actsOn ?rec . ?rec mg:actedOnBy ?res .
    ?evidence a mg:Evidence ; mg:linkSubject ?res ; mg:linkProperty mg:actsOn ; mg:linkObject ?rec ;
        mg:inferredFrom ?blanket ; mg:status ?status ; mg:quote ?quote ; mg:statedIn ?doc ;
        mg:paragraph ?paragraph ; mg:action ?action ; dcterms:source ?source ;
        prov:wasGeneratedBy ?activity }}
WHERE {{
    VALUES ?res {{ %s }}
    GRAPH ?g {{ ?res mg:actsOnRecommendationsOf ?session }}
    GRAPH ?h {{ ?rec a mg:Recommendation ; mg:adoptedAt ?session }}
    FILTER NOT EXISTS {{ GRAPH ?k {{ ?res mg:actsOn ?rec }} FILTER (?k != {INF}) }}
    OPTIONAL {{
        GRAPH ?e {{
            ?blanket mg:linkSubject ?res ; mg:linkProperty mg:actsOnRecommendationsOf ; mg:linkObject ?session .
            OPTIONAL {{ ?blanket mg:status ?own }}
            OPTIONAL {{ ?blanket mg:quote ?quote }}
            OPTIONAL {{ ?blanket mg:statedIn ?doc }}
            OPTIONAL {{ ?blanket mg:paragraph ?paragraph }}
            OPTIONAL {{ ?blanket mg:action ?action }}
            OPTIONAL {{ ?blanket dcterms:source ?source }}
            OPTIONAL {{ ?blanket prov:wasGeneratedBy ?activity }}
        }}
    }}
    BIND (COALESCE(?own, mg:asserted) AS ?status)
    BIND (IRI(CONCAT("https://w3id.org/mandategraph/id/evidence/",
                     SUBSTR(SHA256(CONCAT(STR(?res), "\\n", STR(mg:actsOn), "\\n", STR(?rec), "\\n",
                                          COALESCE(STR(?blanket), STR(?session)), "\\n")), 1, 16)))
          AS ?evidence)
}}"""

# same_recommendation.ru, for the recommendations known by their subject (?byTopic) given
SAME_NOTE = ('"The same recommendation: adopted at the same meeting, and the words of its subject stand in the '
             'text of this recommendation of that meeting\'s report, and of no other."@en')
SAME = PREFIXES + """CONSTRUCT {
    ?byTopic owl:sameAs ?byParagraph . ?byParagraph owl:sameAs ?byTopic .
    ?evidence a mg:Evidence ; mg:linkSubject ?byTopic ; mg:linkProperty owl:sameAs ;
        mg:linkObject ?byParagraph ; mg:status mg:asserted ;
        skos:editorialNote %s }
WHERE {
    {
        SELECT ?byTopic (SAMPLE(?candidate) AS ?byParagraph) WHERE {
            VALUES ?byTopic { %s }
            GRAPH ?h { ?byTopic a mg:Recommendation ; mg:adoptedAt ?meeting ; rdfs:label ?label }
            GRAPH ?g { ?candidate a mg:Recommendation ; mg:adoptedAt ?meeting ; mg:paragraphNumber ?n ;
                                  mg:text ?text }
            FILTER NOT EXISTS { GRAPH ?k { ?byTopic mg:paragraphNumber ?m } }
            BIND (LCASE(REPLACE(REPLACE(STR(?label), "^recommendation: ", ""), "\\\\s+", " ")) AS ?topic)
            FILTER (STRLEN(?topic) > 0 && CONTAINS(LCASE(REPLACE(STR(?text), "\\\\s+", " ")), ?topic))
        }
        GROUP BY ?byTopic
        HAVING (COUNT(DISTINCT ?candidate) = 1)
    }
    BIND (IRI(CONCAT("https://w3id.org/mandategraph/id/evidence/",
                     SUBSTR(SHA256(CONCAT(STR(?byTopic), "\\n", STR(owl:sameAs), "\\n", STR(?byParagraph), "\\n",
                                          "https://w3id.org/mandategraph/id/graph/inferred", "\\n")), 1, 16)))
          AS ?evidence)
}""".replace("%s }\nWHERE", SAME_NOTE.replace("%", "%%") + " }\nWHERE", 1)
MEETINGS = PREFIXES + "SELECT DISTINCT ?m WHERE { VALUES ?rec { %s } GRAPH ?g { ?rec mg:adoptedAt ?m } }"
ADOPTED = PREFIXES + "SELECT DISTINCT ?rec WHERE { VALUES ?m { %s } GRAPH ?g { ?rec mg:adoptedAt ?m } }"
BLANKET_OF = PREFIXES + ("SELECT DISTINCT ?res WHERE { VALUES ?session { %s } "
                         "GRAPH ?g { ?res mg:actsOnRecommendationsOf ?session } }")
SUBJECTS_OF = PREFIXES + "SELECT DISTINCT ?s WHERE { VALUES ?e { %s } GRAPH ?g { ?e mg:linkSubject ?s } }"

# effective_status.ru, for the links (?s ?p ?o) given, to the evidence nodes given
EFFECTIVE_STATUS = PREFIXES + """CONSTRUCT { ?evidence mg:effectiveStatus ?worst }
WHERE {
    {
        SELECT ?s ?p ?o (MAX(?rank) AS ?top) (SAMPLE(?plain) AS ?other) WHERE {
            VALUES (?s ?p ?o) { %s }
            GRAPH ?g1 { ?e mg:linkSubject ?s } GRAPH ?g2 { ?e mg:linkProperty ?p }
            GRAPH ?g3 { ?e mg:linkObject ?o } GRAPH ?g4 { ?e mg:status ?status }
            BIND (IF(?status = mg:disputed, 3, IF(?status = mg:verified, 2, IF(?status = mg:unverified, 1,
                  IF(?status = mg:asserted, 0, -1))))
                  AS ?rank)
            BIND (IF(?rank = -1, ?status, ?unbound) AS ?plain)
        }
        GROUP BY ?s ?p ?o
    }
    VALUES ?evidence { %s }
    GRAPH ?h1 { ?evidence mg:linkSubject ?s } GRAPH ?h2 { ?evidence mg:linkProperty ?p }
    GRAPH ?h3 { ?evidence mg:linkObject ?o } GRAPH ?h4 { ?evidence mg:status ?any }
    BIND (IF(?top = 3, mg:disputed, IF(?top = 2, mg:verified, IF(?top = 1, mg:unverified,
          IF(?top = 0, mg:asserted, ?other)))) AS ?worst)
}"""
LINKS_OF = PREFIXES + """SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?e { %s }
    GRAPH ?g1 { ?e mg:linkSubject ?s } GRAPH ?g2 { ?e mg:linkProperty ?p } GRAPH ?g3 { ?e mg:linkObject ?o } }"""
EVIDENCE_OF = PREFIXES + """SELECT DISTINCT ?e WHERE { VALUES (?s ?p ?o) { %s }
    GRAPH ?g1 { ?e mg:linkSubject ?s } GRAPH ?g2 { ?e mg:linkProperty ?p } GRAPH ?g3 { ?e mg:linkObject ?o } }"""

_BLANKET_READS = {_M + name for name in ("linkSubject", "linkProperty", "linkObject", "status", "quote",
                                         "statedIn", "paragraph", "action")} | {
    "http://purl.org/dc/terms/source", "http://www.w3.org/ns/prov#wasGeneratedBy"}
_SAME_READS = {_M + "adoptedAt", _M + "paragraphNumber", _M + "text", "http://www.w3.org/2000/01/rdf-schema#label"}
_STATUS_READS = {t.value for t in LINK} | {_M + "status"}


class Unsupported(Exception):
    """The change cannot be rederived here (a blank node, the ontology): materialise in full."""


@dataclass
class Rederived:
    """What :func:`rederive` changed in the inferred graph (``added``, ``removed``: the net change) and
    how many keys each rule was evaluated for."""

    added: set[ox.Triple] = field(default_factory=set)
    removed: set[ox.Triple] = field(default_factory=set)
    keys: dict[str, int] = field(default_factory=dict)


def _term(term: Any) -> str:
    if isinstance(term, ox.BlankNode | ox.Triple):
        raise Unsupported(f"{term}: a blank node or a quoted triple cannot be named in VALUES")
    return str(term)


def _values(rows: Iterable[Any]) -> str:
    out = []
    for row in rows:
        out.append(f"({' '.join(_term(t) for t in row)})" if isinstance(row, tuple) else _term(row))
    return " ".join(sorted(out))


def _construct(store: ox.Store, text: str) -> set[ox.Triple]:
    result = store.query(text)
    assert isinstance(result, ox.QueryTriples)
    return set(result)


def _select(store: ox.Store, text: str) -> set[Any]:
    """The solutions of a SELECT as terms (one variable) or tuples of terms."""
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    out: set[Any] = set()
    for row in result:
        terms = tuple(row[name] for name in names)
        if None not in terms:
            out.add(terms[0] if len(terms) == 1 else terms)
    return out


def _super_properties(store: ox.Store, pairs: set[tuple[Any, Any]],
                      supers: dict[ox.NamedNode, set[ox.NamedNode]]) -> set[ox.Triple]:
    """materialise.ru 2 for the pairs (subject, object) given: ``?s ?super ?o`` for every triple
    ``?s ?p ?o`` of a graph but the inferred one whose ``?p`` is a sub-property of ``?super``, and
    for rule 1's ``?s mg:actedOnBy ?o`` (the inverse of those graphs' ``?o mg:actsOn ?s``)."""
    out: set[ox.Triple] = set()
    acted = ox.NamedNode(_M + "actedOnBy")
    for s, o in pairs:
        if isinstance(s, ox.Literal):
            continue
        for q in store.quads_for_pattern(s, None, o, None):
            if q.graph_name != INFERRED and isinstance(q.graph_name, ox.NamedNode):
                out.update(ox.Triple(s, sup, o) for sup in supers.get(q.predicate, ()))
        if acted in supers and not isinstance(o, ox.Literal) and any(
                q.graph_name != INFERRED and isinstance(q.graph_name, ox.NamedNode)
                for q in store.quads_for_pattern(o, ACTS_ON, s, None)):
            out.update(ox.Triple(s, sup, o) for sup in supers[acted])
    return out


def _both(old: ox.Store, new: ox.Store, text: str, keys: Iterable[Any]) -> set[Any]:
    """The solutions of ``text`` for ``keys`` on both stores."""
    values = _values(keys)
    return (_select(old, text % values) | _select(new, text % values)) if values else set()


class _Run:
    """One rederivation: the stores, the triples changed so far and the inferred graph's changes."""

    def __init__(self, old: ox.Store, new: ox.Store, changed: set[ox.Triple]) -> None:
        self.old, self.new, self.changed = old, new, changed
        self.produced: set[ox.Triple] = set()  # what the rules evaluated so far derive for their keys
        self.touched: set[ox.Triple] = set()
        self.dropped: set[ox.Triple] = set()  # removed by a key: a later key deriving it adds it again
        self.keys: dict[str, int] = {}

    def rule(self, name: str, text: str, keys: Iterable[Any], extra: str | None = None) -> tuple[set[ox.Triple],
                                                                                                 set[ox.Triple]]:
        """Evaluate ``text`` for ``keys`` on both stores and update the new inferred graph."""
        keys = set(keys)
        self.keys[name] = len(keys)
        if not keys:
            return set(), set()
        values = _values(keys)
        filled = text % ((values, extra) if extra is not None else values)
        before, after = _construct(self.old, filled), _construct(self.new, filled)
        self.apply(before, after)
        return before, after

    def apply(self, before: set[ox.Triple], after: set[ox.Triple]) -> None:
        """Remove what the keys derived before and no longer do (unless a rule evaluated earlier
        derives it now), add what they derive now (again, if an earlier key removed it)."""
        self.produced |= after
        for triple in before - after:
            if triple not in self.produced:
                self.new.remove(ox.Quad(triple.subject, triple.predicate, triple.object, INFERRED))
                self.dropped.add(triple)
        for triple in (after - before) | (after & self.dropped):
            self.new.add(ox.Quad(triple.subject, triple.predicate, triple.object, INFERRED))
            self.dropped.discard(triple)
        self.changed |= before ^ after
        self.touched |= before ^ after

    def of(self, *predicates: str) -> list[ox.Triple]:
        return [t for t in self.changed if t.predicate.value in predicates]


def rederive(old: ox.Store, new: ox.Store, changed: Iterable[ox.Quad]) -> Rederived:
    """Update the inferred graph of ``new`` (which holds the new build's other graphs and the previous
    build's inferred graph) to what :func:`~mandategraph.build.materialise` gives, from ``old`` (the
    previous build, materialised) and the quads ``changed`` between them (added or removed, in the
    graphs but the inferred one). Raises :class:`Unsupported` when it cannot (the caller then
    materialises in full); ``new`` is then half updated."""
    changed = list(changed)
    graphs = {q.graph_name for q in changed}
    if ONTOLOGY in graphs or INFERRED in graphs:
        raise Unsupported("the ontology or the inferred graph changed")
    for q in changed:
        _term(q.subject), _term(q.object), _term(q.graph_name)
    run = _Run(old, new, {q.triple for q in changed})
    acts_on = run.of(ACTS_ON.value)

    # materialise.ru 1 and 2
    run.rule("actedOnBy", ACTED_ON_BY, {(t.subject, t.object) for t in acts_on})
    supers: dict[ox.NamedNode, set[ox.NamedNode]] = {}
    for p, sup in _select(new, SUB_PROPERTIES):
        supers.setdefault(p, set()).add(sup)
    pairs: set[tuple[Any, Any]] = {(t.subject, t.object) for t in run.of(*(p.value for p in supers))}
    pairs |= {(t.object, t.subject) for t in acts_on}
    run.keys["super-properties"] = len(pairs)
    run.apply(*(_super_properties(store, pairs, supers) for store in (old, new)))

    # 3: the changed graphs, and those stating a link whose evidence changed elsewhere
    links = _both(old, new, STATED_LINKS, {t.subject for t in run.of(*(x.value for x in LINK))})
    keyed = {g for g in graphs if isinstance(g, ox.NamedNode)}
    keyed |= _select(new, LINK_GRAPHS % _values(links)) if links else set()
    done: set[Any] = set()
    while keyed - done:
        todo = keyed - done
        done |= todo
        before, after = run.rule("evidence", EVIDENCE, todo)
        gone = before - after  # an activity's type: the links of other graphs may make it too
        for activity in {t.subject for t in gone if t.predicate == TYPE and t.object in (CURATION, INGEST_RUN)
                         and isinstance(t.subject, ox.NamedNode)}:
            keyed |= {g for g in new.named_graphs() if isinstance(g, ox.NamedNode)
                      and g.value.replace("/graph/curated/", "/activity/curation/") == activity.value}
            keyed |= {q.graph_name for q in new.quads_for_pattern(activity, TYPE, INGEST_RUN, None)
                      if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != INFERRED}
    run.keys["evidence"] = len(done)

    # 4
    run.rule("seeAlso", SEE_ALSO, {t.subject for t in run.of(TYPE.value, "http://purl.org/dc/terms/identifier")})

    # blanket.ru
    recs = {t.subject for t in run.changed if t.predicate == TYPE and t.object == RECOMMENDATION}
    sessions = {t.object for t in run.of(_M + "adoptedAt")} | _both(old, new, MEETINGS, recs)
    resolutions = ({t.subject for t in run.of(_M + "actsOnRecommendationsOf", ACTS_ON.value)}
                   | _both(old, new, BLANKET_OF, sessions)
                   | {t.object for t in run.of(LINK[0].value)}
                   | _both(old, new, SUBJECTS_OF, {t.subject for t in run.of(*_BLANKET_READS)}))
    run.rule("blanket", BLANKET, resolutions)

    # same_recommendation.ru
    recs = {t.subject for t in run.of(*_SAME_READS)} | {
        t.subject for t in run.changed if t.predicate == TYPE and t.object == RECOMMENDATION}
    meetings = {t.object for t in run.of(_M + "adoptedAt")} | _both(old, new, MEETINGS, recs)
    run.rule("same recommendation", SAME, recs | _both(old, new, ADOPTED, meetings))

    # effective_status.ru: every evidence node of a link whose evidence or statuses changed
    nodes = {t.subject for t in run.of(*_STATUS_READS)}
    nodes |= _both(old, new, EVIDENCE_OF, _both(old, new, LINKS_OF, nodes))
    run.keys["effective status"] = len(nodes)
    if nodes:
        before = {q.triple for e in nodes for q in old.quads_for_pattern(e, EFFECTIVE, None, INFERRED)}
        links = _select(new, LINKS_OF % _values(nodes))
        after = _construct(new, EFFECTIVE_STATUS % (_values(links), _values(nodes))) if links else set()
        run.apply(before, after)

    out = Rederived(keys=run.keys)
    for triple in run.touched:
        quad = ox.Quad(triple.subject, triple.predicate, triple.object, INFERRED)
        was, now = quad in old, quad in new
        if now and not was:
            out.added.add(triple)
        elif was and not now:
            out.removed.add(triple)
    return out
