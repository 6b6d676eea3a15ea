"""Class 3 of issue 10: a cited mandate belongs to the issuer its own words name; the document's body
only when the words name none; and when the words name a body this reader cannot tell, nothing is
asserted. Sentences are quoted from real UN documents (the source of each is named beside it)."""

from __future__ import annotations

import tracemalloc

import pytest
from rdflib import Graph, URIRef

from mandategraph import iri
from mandategraph.ingest import citations
from mandategraph.ingest.citations import find_citations
from mandategraph.namespaces import MG, RDF
from tests.test_citations import resolve


def mandates(g: Graph) -> set[str]:
    return {str(s).removeprefix(str(iri.ID)) for s in g.subjects(RDF.type, None)
            if isinstance(s, URIRef) and ("/resolution/" in str(s) or "/decision/" in str(s))}


@pytest.mark.parametrize(("text", "expected"), [
    # E/CN.15/2011/1 (annotations): ECOSOC, by its full name
    ("In its resolution 2004/23, the Economic and Social Council ...", "resolution/ecosoc/2004/23"),
    ("pursuant to Economic and Social Council resolution 2004/23", "resolution/ecosoc/2004/23"),
    # a CTOC/COP note citing the Assembly by its short name
    ("as requested by the Assembly in its resolution 64/179", "resolution/ga/64/179"),
    ("In Assembly resolution 64/179, States were invited", "resolution/ga/64/179"),
    ("Human Rights Council resolution 17/1 on trafficking in persons", "resolution/hrc/17/1"),
    ("the Economic and Social Council, in its resolution 2005/16, requested", "resolution/ecosoc/2005/16"),
])
def test_the_words_name_the_issuer(text: str, expected: str) -> None:
    g = resolve(text, "ctoc-cop", "CTOC/COP/2010/17")
    assert expected in mandates(g)


@pytest.mark.parametrize("text", [
    "In its resolution 2004/23, the Economic and Social Council ...",
    "pursuant to Economic and Social Council resolution 2004/23",
    "Recalling Economic and Social Council resolution 2004/23 and General Assembly resolution 55/25",
    "as requested by the Assembly in its resolution 64/179",
    "the Economic and Social Council, in its resolution 2005/16, requested",
])
def test_an_ecosoc_or_assembly_resolution_is_never_the_conference_s(text: str) -> None:
    """The wrong fact of issue 10: a cited ECOSOC resolution filed as a resolution of CTOC/COP."""
    g = resolve(text, "ctoc-cop", "CTOC/COP/2010/17")
    assert not any(m.startswith(("resolution/ctoc-cop/", "decision/ctoc-cop/")) for m in mandates(g)), mandates(g)


def test_a_body_the_registry_lacks_is_named_not_replaced() -> None:
    g = resolve("Commission on Narcotic Drugs resolution 55/1, Commission for Social Development resolution 45/1 "
                "and Commission on Crime Prevention and Criminal Justice resolution 22/8", "ctoc-cop",
                "CTOC/COP/2014/5")
    found = mandates(g)
    assert "resolution/e-cn15/22/8" in found
    assert "resolution/e-cn7/55/1" in found, found  # known from the symbol-series table (E/CN.7)
    # the Commission for Social Development (E/CN.5) is not in the symbol-series table: named, not replaced
    assert any(m.startswith("resolution/commission-for-social-development/45/1") for m in found), found
    assert not any(m.startswith("resolution/ctoc-cop/") for m in found)


def test_a_commission_the_registry_has_gets_its_series() -> None:
    """The Commission on the Status of Women, a row of symbol_series.csv (E/CN.6), is cited by its series."""
    g = resolve("Commission on the Status of Women resolution 56/3", "ctoc-cop", "CTOC/COP/2014/5")
    assert "resolution/e-cn6/56/3" in mandates(g), mandates(g)


def test_a_bare_council_outside_the_document_s_bodies_is_unknown() -> None:
    """"Council resolution 2004/23" in a Conference document: which council the words do not say."""
    g = resolve("Council resolution 2004/23 requested", "ctoc-cop", "CTOC/COP/2010/17")
    assert mandates(g) == set()


def test_a_year_numbered_resolution_without_issuer_is_not_the_conference_s() -> None:
    """The UNTOC Conference numbers its resolutions by session (1/1 ... 12/2): "resolution 2004/23"
    with no issuer named is some other body's, so none is asserted."""
    g = resolve("The Conference took note of resolution 2004/23.", "ctoc-cop", "CTOC/COP/2010/17")
    assert mandates(g) == set()
    g = resolve("In its resolution 5/3, the Conference decided", "ctoc-cop", "CTOC/COP/2010/17")
    assert mandates(g) == {"resolution/ctoc-cop/5/3"}


def test_the_document_s_body_when_the_words_name_none() -> None:
    g = resolve("Recalling its decision 4/4 and resolution 5/5", "ctoc-cop", "CTOC/COP/2010/17")
    assert mandates(g) == {"decision/ctoc-cop/4/4", "resolution/ctoc-cop/5/5"}


def test_a_roman_session_number() -> None:
    """UNEP and CBD conferences number decisions by a roman session: "decision VII/1"."""
    found = [(c.kind, c.session, c.number) for c in find_citations("in accordance with decision VII/1 and XII/3")]
    assert found == [("decision", 7, 1), ("decision", 12, 3)]
    assert citations.roman("XIV") == 14 and citations.roman("IIII") is None and citations.roman("VX") is None


def test_rules_of_procedure_of_another_body() -> None:
    """"rule 76 of the rules of procedure of the General Assembly" in a Conference document."""
    g = resolve("in accordance with rule 76 of the rules of procedure of the General Assembly", "ctoc-cop",
                "CTOC/COP/2010/17")
    rules = {str(s) for s in g.subjects(RDF.type, MG.RulesOfProcedure)}
    assert rules == {str(iri.rules_of_procedure("ga"))}
    g = resolve("rule 2 of the rules of procedure of the Economic and Social Council", "ctoc-cop",
                "CTOC/COP/2010/17")
    assert {str(s) for s in g.subjects(RDF.type, MG.RulesOfProcedure)} == {str(iri.rules_of_procedure("ecosoc"))}


def test_bounded_memory_on_a_long_citation_list() -> None:
    """Issue 13: 102 kB of citations in one sentence took 1.9 GB; each citation keeps its own words."""
    text = "Recalling its resolutions " + ", ".join(f"{s}/{n}" for s in range(1, 70) for n in range(1, 200))
    assert len(text) > 100_000
    tracemalloc.start()
    found = find_citations(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(found) == 69 * 199
    assert peak < 64 * 1024 * 1024, peak
    assert all(len(c.text) < 64 for c in found)


def test_decisions_numbered_by_series_name_their_issuer() -> None:
    """FCCC/SBI/1996/1: "decisions 14/CP.1, 15/CP.1 and 17/CP.1" are decisions of the UNFCCC COP's 1st
    session; IDB.51/1/Add.1/Rev.1: "decision IDB.50/Dec.11" is decision 11 of the Board's 50th session."""
    g = resolve("Recalling decisions 14/CP.1 and 15/CP.1 and decision IDB.50/Dec.11", "ctoc-cop", "CTOC/COP/2010/17")
    assert mandates(g) == {"decision/fccc-cp/1/14", "decision/fccc-cp/1/15", "decision/idb/50/11"}


def test_rules_with_lettered_and_dotted_paragraphs() -> None:
    """A/HRC/36 "rule 8 (b) of the rules of procedure"; IDB.51 "rules 23.1 and 23.3" (rule 23, paragraphs
    1 and 3): the paragraph is kept, never dropped into a wrong rule."""
    assert [c.path for c in find_citations("In accordance with rule 8 (b) of the rules of procedure")] == [
        (("rule", 8), ("paragraph", "b"))]
    assert [c.path for c in find_citations("under rules 23.1 and 23.3 of the rules of procedure")] == [
        (("rule", 23), ("paragraph", 1)), (("rule", 23), ("paragraph", 3))]


def test_two_bodies_joined_before_a_citation_are_not_merged_into_one() -> None:
    g = resolve("the Commission on Crime Prevention and Criminal Justice and the Economic and Social Council, in "
                "their resolutions 2004/23 and 2005/16", "ctoc-cop", "CTOC/COP/2010/17")
    assert mandates(g) <= {"resolution/ecosoc/2004/23", "resolution/ecosoc/2005/16"}
    assert not any("commission-on" in str(s) for s in g.all_nodes())


def _resolve_in(text: str, body: str, symbol: str, own_session: int | None) -> set[str]:
    """The mandates ``text`` cites, read in a document of ``body`` at its session ``own_session``."""
    from mandategraph.ingest.emit import Emitter
    from mandategraph.ingest.resolve import Context, mandate
    from mandategraph.ingest.text import parse_source
    from tests.test_citations import REGISTRY

    out = Emitter.start(parse_source(text.encode(), "t.txt"), iri.document(symbol), text.encode())
    ctx = Context(REGISTRY, body, REGISTRY.conference_of(body), own_session=own_session)
    for cited in find_citations(text):
        mandate(ctx, cited, out)
    return mandates(out.graph)


def test_an_assembly_resolution_under_a_footnote_mark_is_the_assembly_s() -> None:
    """HSP/GC/19/13 (UN-Habitat Governing Council, businessdocbox.com/Government/102014714): the cover's
    footnote "* In its resolution 56/206 of 21 December 2001, the General Assembly transformed ...":
    the Assembly's resolution, never the Governing Council's."""
    text = ("* In its resolution 56/206 of 21 December 2001, the General Assembly transformed the Commission on "
            "Human Settlements into the Governing Council of the United Nations Human Settlements Programme")
    found = _resolve_in(text, "hsp-gc", "HSP/GC/19/13", 19)
    assert found == {"resolution/ga/56/206"}, found


def test_the_issuer_named_after_a_cited_paragraph_of_its_resolution() -> None:
    """"In paragraph 7 of its resolution 56/206, the General Assembly ...": the issuer is the subject
    after the citation (as for "In its resolution 58/4, the General Assembly"), not "its" body."""
    found = _resolve_in("In paragraph 7 of its resolution 56/206, the General Assembly requested the Executive "
                        "Director", "hsp-gc", "HSP/GC/19/13", 19)
    assert found == {"resolution/ga/56/206", "resolution/ga/56/206/paragraph/7"}, found


@pytest.mark.parametrize("text", [
    # the Assembly's resolution 56/206 (which made the Governing Council) cited bare
    "in accordance with resolution 56/206",
    # a resolution of the Assembly's shape after "its" that the words do not tie to the Assembly
    "pursuant to its resolution 56/206",
    # a session the Governing Council had not yet held when the document was written
    "Recalling resolution 55/25",
])
def test_a_mandate_the_citing_body_cannot_have_adopted_is_unknown(text: str) -> None:
    """A bare "resolution NN/NNN" of the General Assembly's shape, or of a session later than the
    document's own, in a UN-Habitat Governing Council document (19th session): not the Council's; the
    words do not say whose, so nothing is asserted."""
    found = _resolve_in(text, "hsp-gc", "HSP/GC/19/13", 19)
    assert not any(m.startswith(("resolution/hsp-gc/", "decision/hsp-gc/")) for m in found), found
    assert found == set()


def test_the_body_s_own_earlier_mandates_stay_its_own() -> None:
    """The Governing Council citing a resolution of its own nineteenth session in a document of its
    twentieth (HSP/GC/20/1/Add.1, docest.com/doc/449965, is of that session), and the UNTOC
    Conference's "its resolution 6/3" at its seventh session: still the body's own."""
    assert _resolve_in("Recalling its resolution 19/4", "hsp-gc", "HSP/GC/20/1/Add.1", 20) == {
        "resolution/hsp-gc/19/4"}
    assert _resolve_in("In its resolution 6/3, the Conference decided", "ctoc-cop", "CTOC/COP/2014/1", 7) == {
        "resolution/ctoc-cop/6/3"}


def test_a_commission_s_or_council_s_own_mandates_are_not_its_principal_organ_s() -> None:
    """E/2020/28-E/CN.7/2020/15 (the Commission on Narcotic Drugs' report, docslib.org/doc/368085)
    lists "Resolution 63/1 Promoting efforts by Member States ...": the Commission's own resolution.
    The symbol-series table makes the Commission an organ of ECOSOC (E) and the Human Rights Council
    one of the General Assembly (A); that must not make their bare or "its" citations ECOSOC's or the
    Assembly's (resolution/ecosoc/63/1, resolution/ga/5/1 were asserted)."""
    found = _resolve_in("Resolution 63/1 Promoting efforts by Member States to address and counter the world drug "
                        "problem", "e-cn7", "E/CN.7/2020/15", 63)
    assert found == {"resolution/e-cn7/63/1"}, found
    found = _resolve_in("in accordance with its resolution 5/1", "hrc", "A/HRC/36/1", 36)
    assert found == {"resolution/hrc/5/1"}, found


def test_a_series_decision_keeps_its_printed_notation() -> None:
    """FCCC/SBI/1996/1 (unfccc.int/cop3/resource/docs/1996/sbi/01.htm): "decisions 14/CP.1, 15/CP.1 and
    17/CP.1" are noted "14/CP.1" ..., as the Convention's bodies number them, and IDB.51/1/Add.1/Rev.1's
    "decision IDB.50/Dec.11" as printed; "1/14" (the form of the UNTOC Conference's decisions) read
    as another decision."""
    from rdflib import Literal

    from mandategraph.namespaces import SKOS

    g = resolve("Recalling decisions 14/CP.1 and 15/CP.1 and decision IDB.50/Dec.11", "ctoc-cop", "CTOC/COP/2010/17")
    notations = {str(n) for n in g.objects(iri.decision("fccc-cp", 1, 14), SKOS.notation)}
    assert notations == {"14/CP.1"}, notations
    assert (iri.decision("idb", 50, 11), SKOS.notation, Literal("IDB.50/Dec.11")) in g


def test_a_conference_of_the_parties_that_names_no_treaty_is_the_document_s_own() -> None:
    """UNEP/CBD/COP/12/1/Add.1/Rev.1 (docplayer.net/45226864): "welcomed by the Conference of the
    Parties in its decision XI/32" is the CBD Conference's decision; "Conference of the Parties" is
    also a name of the UNTOC Conference in the curated data, and the decision was filed under it.
    Read in a UNTOC text, the same words stay the UNTOC Conference's."""
    text = "which was welcomed by the Conference of the Parties in its decision XI/32"
    assert _resolve_in(text, "unep-cbd-cop", "UNEP/CBD/COP/12/1/Add.1/Rev.1", 12) == {"decision/unep-cbd-cop/11/32"}
    untoc = "the Conference of the Parties in its decision 4/4"
    assert _resolve_in(untoc, "ctoc-cop", "CTOC/COP/2010/17", 5) == {"decision/ctoc-cop/4/4"}
