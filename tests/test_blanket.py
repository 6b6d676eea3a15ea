"""Blanket actions on a report and one recommendation read from several documents (issue 11).
"Encouraged States parties to implement ... the recommendations contained therein" links the
action to every recommendation adopted at that meeting, at build time (sparql/blanket.ru), each
inferred link with evidence of its own (the quote and document of the blanket action) and answers
that say the link is inferred. A recommendation cited by its subject and the report's paragraph
with those words are linked by owl:sameAs (sparql/same_recommendation.ru) and answered once."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from mandategraph import iri, query
from mandategraph.build import materialise
from mandategraph.impact import impact_of
from mandategraph.label import BLANKET
from mandategraph.render import impact_dict, impact_text
from mandategraph.validate import load_shapes, validate_store

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/mandategraph/id/"
MG = "https://w3id.org/mandategraph/ontology#"
INFERRED = ox.NamedNode(str(iri.GRAPH_INFERRED))


def materialised(fixture: str) -> ox.Store:
    """The ontology and a fixture dataset (tests/fixtures/FIXTURE), with the build's inferences."""
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "mandategraph.ttl"), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(iri.GRAPH_ONTOLOGY)))
    store.load(path=str(ROOT / "tests" / "fixtures" / fixture), format=ox.RdfFormat.TRIG)
    materialise(store)
    return store


@pytest.fixture(scope="module")
def fixture_store() -> ox.Store:
    return materialised("blanket/blanket-actions.trig")


def _prose(text: str) -> str:
    """Text as one line, without the tree's rules: what a reader reads across wrapped lines."""
    return " ".join(text.replace("\u2502", " ").split())


def _acts_on(store: ox.Store, resolution: str) -> set[str]:
    quads = store.quads_for_pattern(ox.NamedNode(ID + resolution), ox.NamedNode(MG + "actsOn"), None, None)
    return {q.object.value for q in quads}


def _evidence(store: ox.Store, resolution: str, recommendation: str) -> list[dict[str, str]]:
    rows = store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
        "SELECT ?s ?o ?e ?quote ?doc ?from ?status WHERE { GRAPH ?g { ?e mg:linkSubject ?s ; "
        "mg:linkProperty mg:actsOn ; mg:linkObject ?o ; mg:status ?status . "
        "OPTIONAL { ?e mg:quote ?quote } OPTIONAL { ?e mg:statedIn ?doc } OPTIONAL { ?e mg:inferredFrom ?from } } }",
        substitutions={ox.Variable("s"): ox.NamedNode(ID + resolution),
                       ox.Variable("o"): ox.NamedNode(ID + recommendation)})
    return [{k: row[k].value for k in ("e", "quote", "doc", "from", "status") if row[k] is not None}  # type: ignore[index, union-attr]
            for row in rows]


def test_a_blanket_action_acts_on_every_recommendation_of_that_meeting(fixture_store: ox.Store) -> None:
    assert _acts_on(fixture_store, "resolution/ctoc-cop/7/1") == {
        ID + "recommendation/fix-wg/1/a", ID + "recommendation/fix-wg/1/b", ID + "recommendation/fix-wg/1/c"}
    assert _acts_on(fixture_store, "resolution/ctoc-cop/7/2") == {ID + "recommendation/fix-wg/2/d"}
    # and the inverse, which the mandate chains walk
    acted = fixture_store.quads_for_pattern(ox.NamedNode(ID + "recommendation/fix-wg/1/c"),
                                            ox.NamedNode(MG + "actedOnBy"), None, INFERRED)
    assert [q.object.value for q in acted] == [ID + "resolution/ctoc-cop/7/1"]


def test_each_inferred_link_has_the_blanket_actions_evidence(fixture_store: ox.Store) -> None:
    blanket = ID + "evidence/blanket"
    for rec in ("recommendation/fix-wg/1/b", "recommendation/fix-wg/1/c"):
        (ev,) = _evidence(fixture_store, "resolution/ctoc-cop/7/1", rec)
        assert ev["from"] == blanket and ev["doc"] == ID + "doc/FIX/WG/2021/1"
        assert BLANKET in ev["quote"] and "resolution 7/1" in ev["quote"]
        assert ev["e"] == str(iri.evidence(URIRef(ID + "resolution/ctoc-cop/7/1"), URIRef(MG + "actsOn"),
                                           URIRef(ID + rec), blanket))


def test_a_recommendation_acted_on_by_name_keeps_its_own_evidence_only(fixture_store: ox.Store) -> None:
    (ev,) = _evidence(fixture_store, "resolution/ctoc-cop/7/1", "recommendation/fix-wg/1/a")
    assert ev["e"] == ID + "evidence/acts-a" and "from" not in ev


def test_a_curated_blanket_action_without_a_source_says_so(fixture_store: ox.Store) -> None:
    (ev,) = _evidence(fixture_store, "resolution/ctoc-cop/7/2", "recommendation/fix-wg/2/d")
    assert "quote" not in ev and "doc" not in ev and ev["status"] == MG + "asserted"
    text = impact_text(impact_of(fixture_store, ID + "resolution/ctoc-cop/7/2"))
    assert "no source states this link" in text
    assert f"inferred from \u201c{BLANKET}\u201d of the report on the second meeting of the Fixture Working Group" \
        in _prose(text)


def test_the_inferred_evidence_conforms_to_the_shapes(fixture_store: ox.Store) -> None:
    report = validate_store(fixture_store, load_shapes(ROOT / "ontology" / "mandategraph.shapes.ttl"))
    assert not [f for f in report.findings if "evidence" in str(f).lower()], report.findings


def test_the_answers_say_the_link_is_inferred(fixture_store: ox.Store) -> None:
    impact = impact_of(fixture_store, ID + "resolution/ctoc-cop/7/1")
    text = _prose(impact_text(impact))
    words = (f"inferred from \u201c{BLANKET}\u201d of the report on the first meeting of the Fixture Working "
             f"Group: this recommendation was adopted at that meeting; the quote does not name it")
    assert text.count(words) == 2  # B and C; A is named by its own quote
    hops = {h["target"]["iri"]: h for h in impact_dict(impact)["hops"]}
    assert [e["inferred"] for e in hops[ID + "recommendation/fix-wg/1/c"]["evidence"]] == [words]
    assert [e["inferred"] for e in hops[ID + "recommendation/fix-wg/1/a"]["evidence"]] == [None]


def test_the_built_graph_has_no_recommendation_of_wg7_never_acted_on(store: ox.Store) -> None:
    """The 2013 agenda: 6/3 "encouraged States parties to implement ... the recommendations
    contained therein" of the report on the 1st meeting, which adopted the recommendation on the
    safety and rights of the persons involved (cited, never acted on by name)."""
    rows = query.run(store, query.find("recommendations-never-acted-on"), {"body": ID + "body/ctoc-cop-wg7"}).rows
    assert rows == ()
    rec = "recommendation/ctoc-cop-wg7/1/in-efforts-aimed-at-the-detection-and-investigation-of-the"
    (ev,) = _evidence_union(store, rec)
    assert ev["doc"] == ID + "doc/CTOC/COP/WG.7/2013/1" and BLANKET in ev["quote"]
    text = impact_text(impact_of(store, "resolution 6/3"))
    assert f"inferred from \u201c{BLANKET}\u201d of the report on the first meeting of the Working Group on the " \
           f"Smuggling of Migrants" in _prose(text)


def _evidence_union(store: ox.Store, rec: str) -> list[dict[str, str]]:
    rows = store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
        "SELECT DISTINCT ?s ?o ?quote ?doc WHERE { ?e mg:linkSubject ?s ; mg:linkProperty mg:actsOn ; "
        "mg:linkObject ?o ; mg:inferredFrom ?from ; mg:quote ?quote ; mg:statedIn ?doc }",
        substitutions={ox.Variable("s"): ox.NamedNode(ID + "resolution/ctoc-cop/6/3"),
                       ox.Variable("o"): ox.NamedNode(ID + rec)})
    return [{k: row[k].value for k in ("quote", "doc")} for row in rows]  # type: ignore[index, union-attr]


# --- one recommendation known from several documents (sparql/same_recommendation.ru)

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
BY_TOPIC = ID + "recommendation/fix-wg/1/good-practices-in-special-investigative-techniques"


@pytest.fixture(scope="module")
def readings_store() -> ox.Store:
    return materialised("recommendations/same-recommendation.trig")


def _same(store: ox.Store) -> set[tuple[str, str]]:
    return {(q.subject.value, q.object.value)
            for q in store.quads_for_pattern(None, ox.NamedNode(SAME_AS), None, INFERRED)}


def test_a_recommendation_cited_by_its_subject_is_the_reports_paragraph(readings_store: ox.Store) -> None:
    """Same meeting, and the subject's words in the text of exactly one paragraph (12); the subject
    "information-sharing" stands in paragraphs 13 and 14: nothing is guessed."""
    assert _same(readings_store) == {(BY_TOPIC, ID + "recommendation/fix-wg/1/12"),
                                     (ID + "recommendation/fix-wg/1/12", BY_TOPIC)}
    evidence = list(readings_store.quads_for_pattern(None, ox.NamedNode(MG + "linkProperty"),
                                                     ox.NamedNode(SAME_AS), INFERRED))
    assert len(evidence) == 1  # the link's own evidence: how it was matched
    report = validate_store(readings_store, load_shapes(ROOT / "ontology" / "mandategraph.shapes.ttl"))
    assert not [f for f in report.findings if "evidence" in str(f).lower()], report.findings


def test_the_queries_answer_once_per_recommendation(readings_store: ox.Store) -> None:
    never = {str(r["recommendation"]) for r in query.run(
        readings_store, query.find("recommendations-never-acted-on"), {"body": ID + "body/fix-wg"}).rows}
    assert never == {ID + "recommendation/fix-wg/1/13", ID + "recommendation/fix-wg/1/14",
                     ID + "recommendation/fix-wg/1/information-sharing"}  # 12 was acted on by its subject
    rows = query.run(readings_store, query.find("recommendations-of-meeting"),
                     {"meeting": ID + "session/fix-wg/1"}).rows
    by_rec = {str(r["recommendation"]): r for r in rows}
    assert BY_TOPIC not in by_rec  # one row, under the report's paragraph
    twelve = by_rec[ID + "recommendation/fix-wg/1/12"]
    assert str(twelve["actedOnBy"]) == ID + "resolution/ctoc-cop/7/1"
    assert "took note of the recommendation" in str(twelve["quote"])
