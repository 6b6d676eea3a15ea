"""The ingest scorer (bench/ingest_eval.py) counts honestly: a fact the graph lacks is missing, a fact
the graph states otherwise is contradicted, a must_not fact the graph holds is counted as wrong, and
typography (spacing, dashes, a closing full stop, "2(a)" for "2 (a)") is not a difference.

The graphs here are written by hand, so the test does not move when the ingester improves; the last
test runs the real ingester on two real documents of the dev set and checks the bookkeeping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench import ingest_eval as ev
from rdflib import Graph, Literal, URIRef

ID = "https://w3id.org/mandategraph/id/"

GRAPH = f"""
@prefix mg: <https://w3id.org/mandategraph/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{ID}doc/CAT/C/79/1> a mg:Agenda ; mg:sourceFile "X.txt" ; dcterms:identifier "CAT/C/79/1" ;
    dcterms:language "en" ; dcterms:title "Annotated provisional agenda."@en ;
    mg:distributionDate "2024-02-09"^^xsd:date ; mg:forSession <{ID}session/cat-c/79> ;
    mg:cites <{ID}resolution/ecosoc/2004/23> .
<{ID}session/cat-c/79> mg:ofBody <{ID}body/cat-c> ; mg:sessionNumber 79 ;
    mg:startDate "2024-04-15"^^xsd:date ; mg:endDate "2024-05-10"^^xsd:date ; mg:venue "Geneva" .
<{ID}body/cat-c> mg:symbolPrefix "CAT/C" .
<{ID}body/ecosoc> mg:symbolPrefix "E" .
<{ID}session/cat-c/79/item/2a> mg:onAgenda <{ID}doc/CAT/C/79/1> ; skos:notation "2(a)" ;
    dcterms:title "Election of the officers of the Committee \u2013 term"@en ;
    mg:groundedIn <{ID}rules/cat-c/rule/14> .
<{ID}rules/cat-c/rule/14> a mg:Provision ; skos:notation "rule 14" ; mg:partOf <{ID}rules/cat-c> .
<{ID}rules/cat-c> mg:adoptedBy <{ID}body/cat-c> .
<{ID}resolution/ecosoc/2004/23> a mg:Resolution ; skos:notation "2004/23" ; mg:adoptedBy <{ID}body/ecosoc> .
"""

FACTS = (
    {"class": 1, "what": "symbol", "value": "CAT/C/79/1"},
    {"class": 3, "what": "body", "value": "CAT/C"},
    {"class": 1, "what": "session", "value": 79},
    {"class": 1, "what": "venue", "value": "Geneva"},
    {"class": 4, "what": "start_date", "value": "2024-04-15"},
    {"class": 4, "what": "end_date", "value": "2024-05-10"},
    {"class": 4, "what": "distribution_date", "value": "2024-02-09"},
    {"class": 4, "what": "issued", "value": "2024-02-09"},
    {"class": 6, "what": "language", "value": "en"},
    {"class": 1, "what": "genre", "value": "agenda"},
    {"class": 1, "what": "title", "value": "Annotated provisional agenda"},
    {"class": 2, "what": "item", "notation": "2 (a)", "title": "Election of the officers of the Committee - term"},
    {"class": 5, "what": "grounding", "item": "2 (a)", "kind": "rule", "number": "14", "issuer": "CAT/C"},
    {"class": 3, "what": "cites", "kind": "resolution", "number": "2004/23", "issuer": "E"},
)
MUST_NOT = (
    {"class": 3, "what": "body", "value": "CTOC/COP"},
    {"class": 4, "what": "start_date", "value": "2024-02-09"},
    {"class": 3, "what": "cites", "kind": "resolution", "number": "2004/23", "issuer": "CAT/C"},
)


def graph(extra: str = "", without: tuple[str, str] | None = None) -> Graph:
    g = Graph().parse(data=GRAPH + extra, format="turtle")
    if without is not None:
        prop = URIRef(without[0])
        for s, p, o in list(g.triples((None, prop, None))):
            if without[1] in str(s):
                g.remove((s, p, o))
    return g


def outcomes(g: Graph, facts: tuple[dict, ...] = FACTS, must_not: tuple[dict, ...] = MUST_NOT) -> ev.DocumentResult:
    return ev.score_graph(ev.Document(Path("X.txt"), "dev", facts, must_not), g)


def by_what(result: ev.DocumentResult) -> dict[str, str]:
    return {v.fact["what"]: v.outcome for v in result.facts}


def test_every_fact_of_a_faithful_graph_is_found_but_one_never_asserted() -> None:
    result = by_what(outcomes(graph()))
    assert result.pop("issued") == "missing"  # the graph has mg:distributionDate only, no dcterms:issued
    assert set(result.values()) == {"found"}, result


def test_must_not_facts_absent_from_a_faithful_graph() -> None:
    assert [v.outcome for v in outcomes(graph()).must_not] == ["absent"] * len(MUST_NOT)


@pytest.mark.parametrize(("prop", "subject", "what"), [
    ("https://w3id.org/mandategraph/ontology#startDate", "cat-c/79", "start_date"),
    ("https://w3id.org/mandategraph/ontology#ofBody", "cat-c/79", "body"),
    ("http://www.w3.org/2004/02/skos/core#notation", "item/2a", "item"),
    ("https://w3id.org/mandategraph/ontology#groundedIn", "item/2a", "grounding"),
])
def test_a_fact_taken_out_of_the_graph_is_missing(prop: str, subject: str, what: str) -> None:
    assert by_what(outcomes(graph(without=(prop, subject))))[what] == "missing"


def test_a_fact_the_graph_states_otherwise_is_contradicted() -> None:
    g = graph(without=("https://w3id.org/mandategraph/ontology#startDate", "cat-c/79"))
    g.add((URIRef(ID + "session/cat-c/79"), URIRef(ev.MG + "startDate"), Literal("2024-02-09")))
    result = outcomes(g)
    assert by_what(result)["start_date"] == "contradicted"
    assert [v.fact["value"] for v in result.must_not if v.outcome == "asserted"] == ["2024-02-09"]


def test_a_second_wrong_body_is_contradicted_and_counted_as_must_not() -> None:
    extra = f"<{ID}session/cat-c/79> mg:ofBody <{ID}body/ctoc-cop> . <{ID}body/ctoc-cop> mg:symbolPrefix \"CTOC/COP\" ."
    result = outcomes(graph(extra))
    assert by_what(result)["body"] == "contradicted"
    assert "asserted" in [v.outcome for v in result.must_not if v.fact["what"] == "body"]


def test_a_cited_resolution_filed_under_the_documents_body_is_contradicted() -> None:
    g = graph(without=("https://w3id.org/mandategraph/ontology#adoptedBy", "ecosoc"))
    g.add((URIRef(ID + "resolution/ecosoc/2004/23"), URIRef(ev.MG + "adoptedBy"), URIRef(ID + "body/cat-c")))
    result = outcomes(g)
    assert by_what(result)["cites"] == "contradicted"
    assert [v.outcome for v in result.must_not if v.fact["what"] == "cites"] == ["asserted"]


def test_an_item_title_run_on_is_contradicted_not_found() -> None:
    g = graph(without=("http://purl.org/dc/terms/title", "item/2a"))
    g.add((URIRef(ID + "session/cat-c/79/item/2a"), URIRef("http://purl.org/dc/terms/title"),
           Literal("Election of the officers of the Committee - term In accordance with rule 14")))
    assert by_what(outcomes(g))["item"] == "contradicted"


def test_unknown_is_found_only_when_nothing_is_asserted() -> None:
    facts = ({"class": 4, "what": "distribution_date", "value": "unknown"},
             {"class": 1, "what": "symbol", "value": "unknown"})
    assert [v.outcome for v in outcomes(graph(), facts, ()).facts] == ["contradicted", "contradicted"]
    bare = graph(without=("https://w3id.org/mandategraph/ontology#distributionDate", "doc/"))
    bare.remove((None, URIRef("http://purl.org/dc/terms/identifier"), None))
    assert [v.outcome for v in outcomes(bare, facts, ()).facts] == ["found", "found"]


def test_no_graph_means_every_fact_missing_and_nothing_asserted() -> None:
    result = ev.score_graph(ev.Document(Path("X.txt"), "dev", FACTS, MUST_NOT), None, "not a UN document")
    assert {v.outcome for v in result.facts} == {"missing"}
    assert {v.outcome for v in result.must_not} == {"absent"}


def test_table_counts_per_class() -> None:
    g = graph(without=("https://w3id.org/mandategraph/ontology#groundedIn", "item/2a"))
    rows = ev.table([outcomes(g)])
    assert (rows[5].expected, rows[5].found, rows[5].missing, rows[5].groundings, rows[5].groundings_found) == (
        1, 0, 1, 1, 0)
    assert (rows[4].expected, rows[4].found, rows[4].missing, rows[4].must_not) == (4, 3, 1, 1)
    total = rows["all"]
    assert total.expected == len(FACTS) == total.found + total.missing + total.contradicted


def test_every_document_of_the_material_has_answers_that_parse() -> None:
    docs = ev.documents("all")
    assert len(docs) >= 15
    for doc in docs:
        assert doc.path.read_text(encoding="utf-8").startswith("source: "), doc.name
        assert doc.facts, doc.name


@pytest.mark.parametrize("set_name", ev.SETS)
def test_each_set_loads_with_the_scorers_own_loader(set_name: str) -> None:
    """Parses the answers only: nothing is ingested, so the kept-aside sets stay unscored."""
    docs = ev.documents(set_name)
    assert len(docs) >= {"blind": 15, "fresh": 24, "unseen": 40, "sealed": 40, "reserve": 40,
                      "untouched": 40, "novel": 40, "pristine": 40, "unread": 40,
                      "unopened": 40}.get(set_name, 10)
    for doc in docs:
        lines = doc.path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("source: ") and lines[1].startswith("note: "), doc.name
        assert doc.facts and doc.must_not, doc.name


def test_a_fact_without_the_keys_its_kind_needs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "X.txt").write_text("source: x\n", encoding="utf-8")
    (tmp_path / "X.expected.toml").write_text(
        'facts = [{class = 5, what = "grounding", item = "1", kind = "rule"}]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="needs number"):
        ev.load_document(tmp_path / "X.txt", "dev")


def symbols_of(set_name: str) -> set[str]:
    return {ev.norm_symbol(f["value"]) for d in ev.documents(set_name) for f in d.facts
            if f["what"] == "symbol" and f["value"] != ev.UNKNOWN}


def addresses_of(texts: list[Path]) -> set[str]:
    """The source address on each text's first line, without its scheme, "www." or a closing slash."""
    found = set()
    for text in texts:
        first = text.read_text(encoding="utf-8").splitlines()[0]
        found.add(re.sub(r"^(https?://)?(www\.)?", "", first.removeprefix("source: ").strip()).rstrip("/").casefold())
    return found


def texts_of(set_name: str) -> list[Path]:
    return [d.path for d in ev.documents(set_name)]


# Each kept-aside set and the material gathered before it, which it must not repeat.
KEPT_ASIDE = {"blind": ("dev", "holdout"), "fresh": ("dev", "holdout", "blind"),
              "unseen": ("dev", "holdout", "blind", "fresh"),
              "sealed": ("dev", "holdout", "blind", "fresh", "unseen"),
              "reserve": ("dev", "holdout", "blind", "fresh", "unseen", "sealed"),
              "untouched": ("dev", "holdout", "blind", "fresh", "unseen", "sealed", "reserve"),
              "novel": ("dev", "holdout", "blind", "fresh", "unseen", "sealed", "reserve", "untouched"),
              "pristine": ("dev", "holdout", "blind", "fresh", "unseen", "sealed", "reserve", "untouched", "novel"),
              "unread": ("dev", "holdout", "blind", "fresh", "unseen", "sealed", "reserve", "untouched", "novel",
                         "pristine"),
              "unopened": ("dev", "holdout", "blind", "fresh", "unseen", "sealed", "reserve", "untouched", "novel",
                           "pristine", "unread")}


@pytest.mark.parametrize(("set_name", "least"),
                         [("blind", 15), ("fresh", 24), ("unseen", 40), ("sealed", 40), ("reserve", 40),
                          ("untouched", 40), ("novel", 40), ("pristine", 40), ("unread", 40),
                          ("unopened", 40)])
def test_a_kept_aside_set_shares_no_document_with_the_other_material(set_name: str, least: int) -> None:
    """By symbol and by source address: against the sets gathered before it and the texts of data/sources."""
    texts, kept = texts_of(set_name), symbols_of(set_name)
    assert len(texts) >= least and kept
    assert not kept & set().union(*(symbols_of(s) for s in KEPT_ASIDE[set_name]))
    sources = Path(ev.ROOT, "data", "sources")
    supplied = {ev.norm_symbol(s) for s in re.findall(r'symbol = "([^"]+)"', (sources / "manifest.toml").read_text())}
    named = {ev.norm_symbol(p.stem.replace("_", "/")) for p in sources.glob("*.txt")}
    assert not kept & (supplied | named)
    assert len(addresses_of(texts)) == len(texts)  # no page twice within the set
    earlier = [t for s in KEPT_ASIDE[set_name] for t in texts_of(s)] + sorted(sources.glob("*.txt"))
    assert not addresses_of(texts) & addresses_of(earlier)


@pytest.mark.parametrize("set_name", ["fresh", "unseen", "sealed", "reserve", "untouched", "novel", "pristine",
                                      "unread", "unopened"])
def test_each_document_of_a_kept_aside_set_has_its_own_symbol(set_name: str) -> None:
    symbols = [ev.norm_symbol(f["value"]) for d in ev.documents(set_name) for f in d.facts
               if f["what"] == "symbol" and f["value"] != ev.UNKNOWN]
    assert len(symbols) == len(set(symbols))


def test_the_real_ingester_on_two_dev_documents_gives_one_outcome_per_fact() -> None:
    docs = [d for d in ev.documents("dev") if d.name in ("CAT_C_79_1.txt", "TD_B_51_1.txt")]
    assert len(docs) == 2
    results = ev.score(docs)
    for doc, result in zip(docs, results, strict=True):
        assert len(result.facts) == len(doc.facts)
        assert {v.outcome for v in result.facts} <= {"found", "missing", "contradicted"}
    assert "| **all** | " + str(sum(len(d.facts) for d in docs)) + " |" in ev.render(ev.table(results), "t")


@pytest.mark.parametrize(("iri", "number", "paragraph", "outcome"), [
    ("rules/idb/rule/23/paragraph/1", "23.1", "", "found"),
    ("rules/idb/rule/23.1", "23", "1", "found"),
    ("rules/idb/rule/23/paragraph/3", "23.1", "", "missing"),
    ("treaty/cat/article/18/paragraph/1", "18 (1)", "", "found"),
])
def test_a_sub_numbered_provision_is_the_same_however_it_is_written(iri: str, number: str, paragraph: str,
                                                                     outcome: str) -> None:
    kind = iri.split("/")[2]
    g = graph(f"<{ID}session/cat-c/79/item/2a> mg:groundedIn <{ID}{iri}> . <{ID}{iri}> a mg:Provision .")
    fact = {"class": 5, "what": "grounding", "item": "2 (a)", "kind": kind, "number": number}
    if paragraph:
        fact["paragraph"] = paragraph
    assert outcomes(g, (fact,), ()).facts[0].outcome == outcome


def test_an_issuer_known_by_the_name_the_texts_print_for_it() -> None:
    """body/hrc is not the IRI form of A/HRC, but its label is the name the texts print for A/HRC."""
    extra = (f'<{ID}doc/CAT/C/79/1> mg:cites <{ID}decision/hrc/18/121> .'
             f'<{ID}decision/hrc/18/121> a mg:Decision ; skos:notation "18/121" ; mg:adoptedBy <{ID}body/hrc> .'
             f'<{ID}body/hrc> <http://www.w3.org/2000/01/rdf-schema#label> "Human Rights Council"@en .')
    facts = ({"class": 3, "what": "cites", "kind": "decision", "number": "18/121", "issuer": "A/HRC"},
             {"class": 3, "what": "cites", "kind": "decision", "number": "18/121", "issuer": "A/HRC/AC"})
    assert [v.outcome for v in outcomes(graph(extra), facts, ()).facts] == ["found", "contradicted"]


def test_an_item_a_note_discusses_is_found_without_being_on_an_agenda() -> None:
    extra = (f'<{ID}session/cat-c/79/item/1b> mg:forSession <{ID}session/cat-c/79> ; skos:notation "1 (b)" ;'
             ' dcterms:title "Election of the President"@en .')
    fact = {"class": 2, "what": "item", "notation": "1 (b)", "title": "Election of the President"}
    assert outcomes(graph(extra), (fact,), ()).facts[0].outcome == "found"
    assert outcomes(graph(), (fact,), ()).facts[0].outcome == "missing"


def test_an_item_known_without_its_title_is_missing_its_title_not_contradicted() -> None:
    extra = f'<{ID}session/cat-c/79/item/3> mg:documentedBy <{ID}doc/CAT/C/79/1> ; skos:notation "3" .'
    facts = ({"class": 2, "what": "item", "notation": "3", "title": "Adoption of the agenda"},
             {"class": 1, "what": "documented_item", "notation": "3"})
    assert [v.outcome for v in outcomes(graph(extra), facts, ()).facts] == ["missing", "found"]
