"""Every corpus text ingested: its reviewed golden output (compared as sets of triples), and the key
facts of each, asked of the graph with SPARQL written against the vocabulary."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from mandategraph import iri
from mandategraph.build import load_ingested
from mandategraph.ingest import IngestResult, Registry, ingest_bytes, ingest_paths
from mandategraph.ingest.text import fold, parse_source
from mandategraph.namespaces import MG, OA, PREFIXES
from tests.regen_ingest_golden import corpus, golden_path, ingest, symbol_of

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
SHARED = ROOT.parent / "shared" / "corpus"
ID = str(iri.ID)
HEAD = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
FILES = [p.name for p in corpus()]


@cache
def result(name: str) -> IngestResult:
    return ingest(SOURCES / name)


def graph(name: str) -> Graph:
    return result(name).graph


def ask(name: str, query: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT over one document's graph, as strings, sorted."""
    rows = graph(name).query(HEAD + query.replace("<id:", "<" + ID))
    return sorted(tuple("" if v is None else str(v) for v in row) for row in rows)  # type: ignore[union-attr]


def values(name: str, query: str) -> set[str]:
    return {row[0] for row in ask(name, query)}


# ------------------------------------------------------------------------------------ the whole corpus


def test_every_shared_corpus_text_is_a_source_unchanged() -> None:
    if not SHARED.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    for path in sorted(SHARED.glob("*.txt")):
        assert (SOURCES / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize("name", FILES)
def test_matches_reviewed_golden(name: str) -> None:
    produced = set(result(name).ntriples().splitlines())
    golden = set(golden_path(SOURCES / name).read_text(encoding="utf-8").splitlines())
    assert produced - golden == set(), "new triples: review them, then run tests/regen_ingest_golden.py"
    assert golden - produced == set(), "lost triples: review the change, then run tests/regen_ingest_golden.py"


@pytest.mark.parametrize("name", FILES)
def test_deterministic(name: str) -> None:
    raw = (SOURCES / name).read_bytes()
    reg = Registry.load(ROOT / "data" / "curated")
    first = ingest_bytes(raw, name, reg, symbol_of(SOURCES / name)).ntriples()
    assert first == ingest_bytes(raw, name, reg, symbol_of(SOURCES / name)).ntriples()
    assert first.encode() == result(name).ntriples().encode() or name != "wg7-2013-provisional-agenda.txt"


@pytest.mark.parametrize("name", FILES)
def test_every_quote_stands_at_its_offsets(name: str) -> None:
    """oa:exact is the file's text between the offsets; mg:quote is those words without PDF debris."""
    text = (SOURCES / name).read_text(encoding="utf-8")
    source = parse_source((SOURCES / name).read_bytes(), name)
    g = graph(name)
    for evidence, quote in g.subject_objects(MG.quote):
        position, selector = URIRef(f"{evidence}#position"), URIRef(f"{evidence}#quote")
        start, end = int(g.value(position, OA.start)), int(g.value(position, OA.end))  # type: ignore[arg-type]
        assert text[start:end] == str(g.value(selector, OA.exact))
        h = source.header_length
        assert fold(source.clean[start - h:end - h]) == str(quote)


@pytest.mark.parametrize("name", FILES)
def test_document_kind_language_and_partiality(name: str) -> None:
    r = result(name)
    expected = {"wg7-2013-provisional-agenda.txt": False}
    assert r.partial is expected.get(name, True), "every corpus text but the 2013 agenda is partial"
    lang = {"CTOC_COP_2010_17_es.txt": "es", "CTOC_COP_2012_15_es.txt": "es",
            "CTOC_COP_WG.4_2010_2_ru.txt": "ru"}.get(name, "en")
    assert r.language == lang
    rows = ask(name, "SELECT ?d ?partial WHERE { ?d mg:isPartial ?partial ; mg:sourceFile ?f }")
    assert rows == [(str(r.document), "true" if r.partial else "false")]
    if r.partial:
        assert values(name, "SELECT ?n WHERE { ?d mg:notRead ?n }")


def test_kinds() -> None:
    kinds = {name: result(name).kind for name in FILES}
    assert kinds == {
        "A_AC.291_11.txt": "agenda", "CAC_COSP_2009_15.txt": "report", "CAC_COSP_2011_14.txt": "report",
        "CAC_COSP_2015_1.txt": "agenda", "CAC_COSP_2015_10.txt": "report", "CAC_COSP_2021_3.txt": "note",
        "CAC_COSP_IRG_2014_11.txt": "report", "CAC_COSP_WG.2_2018_6.txt": "report", "CMW_C_19_1.txt": "agenda",
        "COP6_2012_programme.txt": "programme", "COP_resolution_9_1.txt": "resolution",
        "CTOC_COP_2008_19.txt": "report", "CTOC_COP_2010_17_es.txt": "report",
        "CTOC_COP_2012_15_es.txt": "report", "CTOC_COP_2018_2.txt": "report",
        "CTOC_COP_WG.2_2007_2.txt": "background paper", "CTOC_COP_WG.4_2010_2_ru.txt": "background paper",
        "CTOC_COP_WG.4_2010_4.txt": "background paper", "CTOC_COP_WG.4_2010_6.txt": "report",
        "CTOC_COP_session1_decisions_2004.txt": "decisions", "CTOC_COP_session2_decisions.txt": "decisions",
        "CTOC_COP_session3_decisions_2006.txt": "decisions", "E_CN.15_2011_1.txt": "agenda",
        "wg7-2013-provisional-agenda.txt": "agenda"}


def test_symbols_never_invented() -> None:
    """A symbol is printed, or supplied by the manifest and marked so; texts without one have none."""
    for name in FILES:
        r = result(name)
        supplied = ask(name, "SELECT ?d WHERE { ?d mg:symbolSupplied true }")
        if name in ("wg7-2013-provisional-agenda.txt", "A_AC.291_11.txt"):
            assert supplied == [(str(r.document),)] and r.symbol == symbol_of(SOURCES / name)
        elif r.symbol is None:
            assert r.graph_name == iri.graph_for_source(Path(name).stem)
            assert ask(name, "SELECT ?d WHERE { ?d a mg:SourceText }") == [(str(r.document),)]
            assert not values(name, "SELECT ?s WHERE { ?d a mg:SourceText ; dcterms:identifier ?s }")
        else:
            assert supplied == [] and r.symbol in (SOURCES / name).read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------ agendas


def items(name: str) -> dict[str, str]:
    return dict(ask(name, "SELECT ?n ?t WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; dcterms:title ?t }"))


def test_cac_cosp_2015_1_agenda() -> None:
    name = "CAC_COSP_2015_1.txt"
    got = items(name)
    assert list(sorted(got)) == ["1", "1 (a)", "1 (b)", "1 (c)", "1 (d)", "1 (e)", "1 (f)", "10", "2", "3", "4",
                                 "5", "6", "7", "8", "9"]
    assert got["1 (a)"] == "Opening of the sixth session of the Conference"
    assert got["7"] == ("Implementation of article 63, paragraph 4 (c), of the Convention, including discussion on "
                        "cooperation with relevant international and regional organizations and mechanisms and "
                        "non-governmental organizations")
    session = ID + "session/cac-cosp/6"
    assert ask(name, "SELECT ?s ?start ?end ?venue WHERE { ?d a mg:Agenda ; mg:forSession ?s . "
                     "?s mg:startDate ?start ; "
                     "mg:endDate ?end ; mg:venue ?venue }") == [(session, "2015-11-02", "2015-11-06", "St. Petersburg")]
    grounds = ask(name, "SELECT ?n ?m WHERE { ?i skos:notation ?n ; mg:groundedIn ?m }")
    assert ("1 (a)", ID + "resolution/ga/58/4") in grounds  # the General Assembly's, not UNCAC's 58/4
    unverified = values(name, "SELECT ?n WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; mg:status mg:unverified }")
    assert unverified == {"2", "3", "4", "5", "6", "7"}  # substantive, their annotations cut off


def test_e_cn15_agenda_documents_its_own_item_2() -> None:
    name = "E_CN.15_2011_1.txt"
    assert ask(name, "SELECT ?i ?d WHERE { ?i mg:documentedBy ?d }") == [
        (ID + "session/e-cn15/20/item/2", ID + "doc/E/CN.15/2011/1")]
    got = items(name)
    assert got["4"] == ("Thematic discussion on protecting children in a digital age: the misuse of technology in "
                        "the abuse and exploitation of children")
    # cut off in the source after "activities", which may be a word cut: left out, and said so
    assert got["5 (e)"].endswith("in particular …")
    assert len(got) == 14


def test_cmw_treaty_body_agenda() -> None:
    name = "CMW_C_19_1.txt"
    assert ask(name, "SELECT ?label ?prefix WHERE { <id:body/cmw-c> a mg:Body ; rdfs:label ?label ; "
                     "mg:symbolPrefix ?prefix }") == [
        ("Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "CMW/C")]
    assert ask(name, "SELECT ?n ?start ?end WHERE { ?s mg:ofBody <id:body/cmw-c> ; mg:sessionNumber ?n ; "
                     "mg:startDate ?start ; mg:endDate ?end }") == [("19", "2013-09-09", "2013-09-13")]
    assert len(items(name)) == 8
    # "Under rule 6 of the Committee's provisional rules of procedure, ... In accordance with rule 7, the
    # Committee may revise the agenda ..."; not rule 12 ("unless the election ... is required under rule 12")
    assert ask(name, "SELECT ?n ?m WHERE { ?i skos:notation ?n ; mg:groundedIn ?m }") == [
        ("2", ID + "rules/cmw-c/rule/6"), ("2", ID + "rules/cmw-c/rule/7")]


def test_fragments_of_an_agenda() -> None:
    name = "A_AC.291_11.txt"
    assert items(name) == {"6": "Provisions on preventive measures",
                           "7": "Provisions on the mechanism of implementation",
                           "8": "Final provisions", "9": "Preamble", "11": "Adoption of the report",
                           "12": "Closure of the session"}
    assert values(name, "SELECT ?n WHERE { ?i skos:notation ?n ; mg:isProcedural true }") == {"11", "12"}
    assert ask(name, "SELECT ?n WHERE { ?s a mg:Session ; mg:sessionNumber ?n ; mg:status mg:unverified }") == [("3",)]
    slots = ask(name, "SELECT ?start ?n WHERE { ?slot mg:start ?start ; mg:covers/skos:notation ?n }")
    assert ("2022-09-06T10:00:00", "6") in slots and ("2022-09-07T15:00:00", "8") in slots
    gaps = values(name, "SELECT ?n WHERE { ?d mg:notRead ?n }")
    assert any("Gap in the text" in g for g in gaps)


def test_programme_of_cop6() -> None:
    name = "COP6_2012_programme.txt"
    got = items(name)
    assert got["2 (c)"] == "Smuggling of Migrants Protocol"
    assert got["3"].startswith("Other serious …, as defined in the Convention")  # a word missing in the source
    assert ask(name, "SELECT ?i WHERE { ?i mg:onAgenda ?a }") == []  # a programme is not the agenda
    slots = ask(name, "SELECT ?start ?n WHERE { ?slot mg:slotOf <id:session/ctoc-cop/6> ; mg:start ?start ; "
                      "mg:covers/skos:notation ?n }")
    assert ("2012-10-15T10:00:00", "1 (a)") in slots and ("2012-10-19T15:00:00", "7") in slots


# ------------------------------------------------------------------------------------ papers before a meeting


def test_background_paper_documents_item_5_of_the_wg4_meeting() -> None:
    name = "CTOC_COP_WG.4_2010_4.txt"
    item = ID + "session/ctoc-cop-wg4/2010-01-27/item/5"
    assert ask(name, "SELECT ?i ?agenda WHERE { ?i mg:documentedBy <id:doc/CTOC/COP/WG.4/2010/4> ; "
                     "mg:onAgenda/dcterms:identifier ?agenda }") == [(item, "CTOC/COP/WG.4/2010/1")]
    assert items(name)["5"].startswith("Non-punishment and non-prosecution of victims of trafficking in persons")
    based = values(name, "SELECT ?p WHERE { <id:decision/ctoc-cop/4/4> eli:based_on ?p }")
    assert based == {ID + "treaty/untoc/article/32/paragraph/3", ID + "rules/ctoc-cop/rule/2/paragraph/2"}
    actions = values(name, "SELECT ?a WHERE { ?e mg:linkSubject ?d ; mg:linkProperty mg:cites ; "
                           "mg:linkObject <id:decision/ctoc-cop/4/4> ; mg:action ?a }")
    assert actions == {str(MG["action-acknowledges"]), str(MG["action-decides"])}


def test_background_paper_of_wg2() -> None:
    name = "CTOC_COP_WG.2_2007_2.txt"
    assert ask(name, "SELECT ?i ?t WHERE { ?i mg:documentedBy ?d ; dcterms:title ?t }") == [
        (ID + "session/ctoc-cop-wg2/2007-10-03/item/2",
         "Proposals of the Secretariat for technical assistance activities designed to meet needs identified in "
         "priority areas")]
    assert values(name, "SELECT ?m WHERE { ?d a mg:BackgroundPaper ; mg:cites ?m }") == {
        ID + "resolution/ga/55/25", ID + "treaty/untoc/article/30"}


def test_report_of_the_secretariat_under_a_sub_item() -> None:
    name = "CTOC_COP_2018_2.txt"
    assert ask(name, "SELECT ?i ?parent WHERE { ?i mg:documentedBy ?d ; mg:subItemOf ?parent }") == [
        (ID + "session/ctoc-cop/9/item/2b", ID + "session/ctoc-cop/9/item/2")]
    got = items(name)
    assert got["2 (b)"] == ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
                            "Children")
    assert got["2"] == ("Review of the implementation of the United Nations Convention against Transnational "
                        "Organized Crime and the Protocols thereto")
    assert ask(name, "SELECT ?d WHERE { ?d a mg:Report }") == [(ID + "doc/CTOC/COP/2018/2",)]


def test_note_by_the_secretariat_of_uncac() -> None:
    name = "CAC_COSP_2021_3.txt"
    assert ask(name, "SELECT ?i WHERE { ?i mg:documentedBy ?d . ?d a mg:Note }") == [
        (ID + "session/cac-cosp/9/item/2",)]
    cited = ask(name, "SELECT ?m ?a WHERE { ?e mg:linkProperty mg:cites ; mg:linkObject ?m ; mg:action ?a }")
    assert (ID + "resolution/cac-cosp/1/1", str(MG["action-agrees"])) in cited
    assert ID + "treaty/united-nations-convention-against-corruption/article/63/paragraph/5" in values(
        name, "SELECT ?m WHERE { ?d mg:cites ?m }")


def test_russian_background_paper() -> None:
    name = "CTOC_COP_WG.4_2010_2_ru.txt"
    assert ask(name, "SELECT ?i ?agenda WHERE { ?i mg:documentedBy ?d ; mg:onAgenda ?agenda }") == [
        (ID + "session/ctoc-cop-wg4/2010-01-27/item/3", ID + "doc/CTOC/COP/WG.4/2010/1")]
    titles = graph(name).objects(None, URIRef("http://purl.org/dc/terms/title"))
    assert {t.language for t in titles if isinstance(t, Literal)} == {"ru"}  # no English made up
    assert not any("Working Group" in str(t) for t in graph(name).objects())  # the editor's glosses left out
    not_read = values(name, "SELECT ?n WHERE { ?d mg:notRead ?n }")
    assert any("Russian" in n for n in not_read) and any("glosses" in n for n in not_read)
    assert ask(name, "SELECT ?date WHERE { ?d mg:distributionDate ?date }") == [("2009-12-09",)]


# ------------------------------------------------------------------------------------ reports of meetings


def test_report_with_recommendations() -> None:
    name = "CTOC_COP_WG.4_2010_6.txt"
    rows = ask(name, "SELECT ?n ?by ?at ?text WHERE { ?r a mg:Recommendation ; mg:paragraphNumber ?n ; "
                     "mg:adoptedBy ?by ; mg:adoptedAt ?at ; mg:text ?text }")
    assert [r[0] for r in rows] == ["3", "4", "5"]
    assert {r[1:3] for r in rows} == {(ID + "body/ctoc-cop-wg4", ID + "session/ctoc-cop-wg4/2010-01-27")}
    assert rows[1][3] == ("With regard to developing a comprehensive, multi-dimensional response to trafficking in "
                          "persons, States parties should apply a victim-centred approach, with full respect for "
                          "the human rights of victims.")
    assert rows[2][3].endswith("…")  # cut off in the source
    assert values(name, "SELECT ?b WHERE { <id:decision/ctoc-cop/4/4> mg:establishes ?b }") == {
        ID + "body/ctoc-cop-wg4"}
    assert ask(name, "SELECT ?d WHERE { ?x mg:distributionDate ?d }") == [("2010-02-17",)]


def test_report_of_uncac_working_group_recalls_its_mandates() -> None:
    name = "CAC_COSP_WG.2_2018_6.txt"
    cited = values(name, "SELECT ?m WHERE { ?d a mg:Report ; mg:cites ?m }")
    assert {m.rsplit("/id/", 1)[1] for m in cited} >= {
        f"resolution/cac-cosp/{n}" for n in ("1/4", "2/3", "3/3", "4/4", "5/3", "6/2", "6/3", "7/1")}
    assert not any("ctoc-cop" in m for m in cited)
    assert ask(name, "SELECT ?s WHERE { ?d mg:forSession ?s }") == [(ID + "session/cac-cosp-wg2/2018-06-06",)]


@pytest.mark.parametrize(("name", "body", "session", "expected"), [
    ("CAC_COSP_2009_15.txt", "cac-cosp", 3, {"resolution 3/1": "Review mechanism",
                                            "decision 3/1": "Venues for the fourth and fifth sessions of the "
                                            "Conference of the States Parties to the United Nations Convention "
                                            "against Corruption"}),
    ("CAC_COSP_2015_10.txt", "cac-cosp", 6, {"resolution 6/3": "Fostering effective asset recovery"}),
    ("CAC_COSP_2011_14.txt", "cac-cosp", 4,
     {"resolution 4/3": "Marrakech declaration on the prevention of corruption"}),
    ("CTOC_COP_2008_19.txt", "ctoc-cop", 4, {"decision 4/4": "Trafficking in human beings"}),
    ("CTOC_COP_session1_decisions_2004.txt", "ctoc-cop", 1, {"decision 1/4": "Technical assistance activities"}),
    ("CTOC_COP_session3_decisions_2006.txt", "ctoc-cop", 3, {
        "decision 3/4": "Recommendations of the open-ended interim working group of government experts on "
                        "technical assistance"}),
    ("CTOC_COP_2010_17_es.txt", "ctoc-cop", 5, {
        "resolution 5/3": "Aplicación del Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, "
                          "que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada "
                          "Transnacional"}),
])
def test_lists_of_mandates_with_their_titles(name: str, body: str, session: int, expected: dict[str, str]) -> None:
    rows = ask(name, "SELECT ?kind ?n ?title ?by ?at WHERE { ?m a ?k ; skos:notation ?n ; dcterms:title ?title ; "
                     "mg:adoptedBy ?by ; mg:adoptedAt ?at . VALUES (?k ?kind) { (mg:Resolution 'resolution') "
                     "(mg:Decision 'decision') } }")
    titled = {f"{kind} {n}": title for kind, n, title, _, _ in rows}
    for key, title in expected.items():
        assert titled[key] == title
    assert {(by, at) for _, n, _, by, at in rows if n.startswith(f"{session}/")} == {
        (ID + f"body/{body}", ID + f"session/{body}/{session}")}


def test_uncac_6_3_and_untoc_6_3_are_never_the_same() -> None:
    cac = ask("CAC_COSP_2015_10.txt", "SELECT ?m WHERE { ?m skos:notation '6/3' ; dcterms:title ?t }")
    untoc = ask("CTOC_COP_2012_15_es.txt", "SELECT ?m WHERE { ?m skos:notation '6/3' ; dcterms:title ?t }")
    assert cac == [(ID + "resolution/cac-cosp/6/3",)] and untoc == [(ID + "resolution/ctoc-cop/6/3",)]


def test_titles_cut_in_the_source_are_not_made_up() -> None:
    assert ask("CTOC_COP_2012_15_es.txt", "SELECT ?t WHERE { <id:decision/ctoc-cop/6/2> dcterms:title ?t }") == []
    assert ask("CTOC_COP_2012_15_es.txt", "SELECT ?t WHERE { <id:decision/ctoc-cop/6/1> dcterms:title ?t }")


# ------------------------------------------------------------------------------------ resolutions and decisions


def test_resolution_9_1_preamble() -> None:
    name = "COP_resolution_9_1.txt"
    assert ask(name, "SELECT ?t WHERE { <id:resolution/ctoc-cop/9/1> dcterms:title ?t }") == [(
        "Establishment of the Mechanism for the Review of the Implementation of the United Nations Convention "
        "against Transnational Organized Crime and the Protocols thereto",)]
    dated = ask(name, "SELECT ?n ?date WHERE { <id:resolution/ctoc-cop/9/1> mg:cites ?m . "
                      "?m skos:notation ?n ; dcterms:date ?date }")
    assert dated == [("1/2", "2004-07-07"), ("5/1", "2010-10-22"), ("5/5", "2010-10-22"), ("6/1", "2012-10-19"),
                     ("7/1", "2014-10-10")]
    actions = ask(name, "SELECT ?n ?a WHERE { ?e mg:linkSubject <id:resolution/ctoc-cop/9/1> ; mg:linkObject ?m ; "
                        "mg:action ?a . ?m skos:notation ?n }")
    assert ("1/2", str(MG["action-reaffirms"])) in actions and ("7/1", str(MG["action-recalls"])) in actions


def test_operative_paragraphs_are_provisions_with_actions() -> None:
    rows = ask("CTOC_COP_session3_decisions_2006.txt",
               "SELECT ?n ?a WHERE { ?p a mg:Provision ; mg:partOf <id:decision/ctoc-cop/3/1> ; "
               "mg:paragraphNumber ?n ; mg:action ?a }")
    assert rows == [("(a)", str(MG["action-welcomes"])), ("(b)", str(MG["action-callsUpon"])),
                    ("(c)", str(MG["action-expresses"]))]
    based = values("CTOC_COP_session3_decisions_2006.txt",
                   "SELECT ?p WHERE { <id:decision/ctoc-cop/3/1> eli:based_on ?p }")
    assert based == {ID + "treaty/untoc/article/32/paragraph/3/subparagraph/d",
                     ID + "treaty/untoc/article/32/paragraph/4"}
    rows = ask("CTOC_COP_session2_decisions.txt",
               "SELECT ?n ?a ?cited WHERE { ?p mg:partOf <id:decision/ctoc-cop/2/1> ; mg:paragraphNumber ?n ; "
               "mg:action ?a ; mg:cites ?cited }")
    assert rows == [("(a)", str(MG["action-notes"]), ID + "treaty/untoc/article/32"),
                    ("(b)", str(MG["action-reiterates"]), ID + "decision/ctoc-cop/1/2")]
    [(action,)] = ask("CTOC_COP_session1_decisions_2004.txt",
                      "SELECT ?a WHERE { ?p mg:partOf <id:decision/ctoc-cop/1/1> ; mg:action ?a }")
    assert action == str(MG["action-adopts"])


def test_conflicting_session_dates_are_not_asserted() -> None:
    name = "CTOC_COP_session2_decisions.txt"
    assert ask(name, "SELECT ?d WHERE { ?s mg:startDate ?d }") == []
    assert any("2006-10-10" in n for n in values(name, "SELECT ?n WHERE { ?d skos:editorialNote ?n }"))


# ------------------------------------------------------------------------------------ the 2013 agenda


def test_wg7_agenda_groundings_unchanged() -> None:
    name = "wg7-2013-provisional-agenda.txt"
    grounded = {(s.rsplit("/item/", 1)[1], o.split("/id/", 1)[1]) for s, o in
                ask(name, "SELECT ?i ?m WHERE { ?i mg:groundedIn ?m }")}
    assert grounded == {
        ("1b", "resolution/ctoc-cop/6/3"), ("1b", "resolution/ctoc-cop/5/3"),
        ("1b", "agreement/ctoc-cop-extended-bureau/2013-06-07"),
        ("2", "recommendation/ctoc-cop-wg7/1/good-practices-in-special-investigative-techniques"),
        ("3", "recommendation/ctoc-cop-wg7/1/good-practices-in-the-establishment-of-multi-agency-centres"),
        ("4", "resolution/ctoc-cop/6/4")}
    assert result(name).ntriples() == ingest_bytes((SOURCES / name).read_bytes(), name,
                                                   Registry.load(ROOT / "data" / "curated"),
                                                   symbol_of(SOURCES / name)).ntriples()


# ------------------------------------------------------------------------------------ across documents


AGENDA = """\
United Nations CTOC/COP/WG.9/2031/1
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General 1 March 2031
Original: English

Working Group on Imaginary Crime
Second meeting
Vienna, 2-4 June 2031

Provisional agenda and annotations

1. Organizational matters:
 (a) Opening of the meeting;
 (b) Adoption of the agenda.
2. Good practices against imaginary crime.
3. Adoption of the report.

Annotations

2. Good practices against imaginary crime

In its resolution 6/3, the Conference decided that the next meeting should focus on imaginary crime.

Documentation

Background paper prepared by the Secretariat on imaginary crime (CTOC/COP/WG.9/2031/2)
"""

PAPER = """\
United Nations CTOC/COP/WG.9/2031/2
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General 1 April 2031
Original: English

Working Group on Imaginary Crime
Vienna, 2-4 June 2031
Item 2 of the provisional agenda*
Good practices against imaginary crime

Good practices against imaginary crime

Background paper prepared by the Secretariat

* CTOC/COP/WG.9/2031/1.

1. In its resolution 6/3, the Conference requested the Secretariat to prepare a background paper.
"""


def test_a_paper_attaches_to_the_item_of_its_agenda(tmp_path: Path) -> None:
    (tmp_path / "agenda.txt").write_text(AGENDA, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(PAPER, encoding="utf-8")
    batch = ingest_paths([tmp_path / "paper.txt", tmp_path / "agenda.txt"], Registry.load(ROOT / "data" / "curated"))
    assert batch.errors == ()
    union = Graph()
    for r in batch.results:
        union += r.graph
    rows = union.query(HEAD + "SELECT ?item ?doc ?agenda ?title WHERE { ?item a mg:AgendaItem ; "
                              "mg:documentedBy ?doc ; mg:onAgenda/dcterms:identifier ?agenda ; dcterms:title ?title }")
    got = {(str(i), str(d).rsplit("/doc/", 1)[1], str(a), str(t)) for i, d, a, t in rows}  # type: ignore[misc]
    item = ID + "session/ctoc-cop-wg9/2/item/2"  # the meeting is the 2nd, named by number on the agenda only
    assert got == {(item, "CTOC/COP/WG.9/2031/2", "CTOC/COP/WG.9/2031/1", "Good practices against imaginary crime")}
    grounded = union.query(HEAD + "SELECT ?m WHERE { <" + item + "> mg:groundedIn ?m }")
    assert {str(m) for (m,) in grounded} == {ID + "resolution/ctoc-cop/6/3"}  # type: ignore[misc]
    assert (URIRef(item), None, None) in union


def test_reingest_replaces_the_named_graph() -> None:
    name = "CTOC_COP_WG.4_2010_4.txt"
    raw = (SOURCES / name).read_bytes()
    reg = Registry.load(ROOT / "data" / "curated")
    store = ox.Store()
    first = ingest_bytes(raw, name, reg)
    load_ingested(store, first)
    load_ingested(store, first)
    assert len(store) == len(first.graph)
    edited = raw.replace(b"Item 5 of the provisional agenda", b"Item 6 of the provisional agenda")
    second = ingest_bytes(edited, name, reg)
    assert second.graph_name == first.graph_name
    load_ingested(store, second)
    graph_node = ox.NamedNode(str(first.graph_name))
    subjects = {q.subject.value for q in store.quads_for_pattern(None, None, None, graph_node)}
    assert ID + "session/ctoc-cop-wg4/2010-01-27/item/6" in subjects
    assert ID + "session/ctoc-cop-wg4/2010-01-27/item/5" not in subjects


# ------------------------------------------------------------------------------------ PDF debris


DEBRIS = """\
United Nations CTOC/COP/2031/7*
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General 3 August 2031
Original: English
V.31-01234 (E)    *3101234*

Twentieth session
Vienna, 13–17 October 2031
Item 3 of the provisional agenda**
Technical assistance

Report of the Secretariat

1. In its resolution 6/4,1 the Conference of the Parties urged States parties to strengthen inter-
national cooperation, in accordance with article 30 of the Convention.

2

CTOC/COP/2031/7

2. In its resolution 7/1, the Conference welcomed the work of the Working Group.[2]
"""


def test_pdf_debris_is_blanked_and_offsets_stay_valid() -> None:
    r = ingest_bytes(DEBRIS.encode(), "debris.txt", Registry.load(ROOT / "data" / "curated"))
    q = HEAD + "SELECT ?q ?start ?end WHERE { ?e mg:quote ?q ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }"
    quotes = {str(row[0]): (int(row[1]), int(row[2])) for row in r.graph.query(q)}  # type: ignore[index]
    first = ("In its resolution 6/4, the Conference of the Parties urged States parties to strengthen international "
             "cooperation, in accordance with article 30 of the Convention.")
    assert first in quotes
    start, end = quotes[first]
    assert re.sub(r"\s+", " ", DEBRIS[start:end]).startswith("In its resolution 6/4,1 the Conference")
    assert "In its resolution 7/1, the Conference welcomed the work of the Working Group." in quotes
    assert r.symbol == "CTOC/COP/2031/7" and r.partial is False
    assert {str(o) for o in r.graph.objects(None, MG.sessionNumber)} >= {"20"}
    assert (URIRef(ID + "session/ctoc-cop/20/item/3"), MG.documentedBy, iri.document("CTOC/COP/2031/7")) in r.graph
