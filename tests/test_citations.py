"""The citation grammar: every form the genre uses, and how a citation resolves to an IRI."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from mandategraph import iri
from mandategraph.ingest.citations import Citation, action_of, find_citations, ordinal
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.registry import Registry
from mandategraph.ingest.resolve import Context, mandate
from mandategraph.ingest.text import parse_source
from mandategraph.namespaces import MG, RDF

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = Registry.load(ROOT / "data" / "curated")


def numbers(text: str, language: str = "en") -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.issuer, f"{c.session}/{c.number}") for c in find_citations(text, language)
            if c.kind in ("resolution", "decision")]


def paths(text: str) -> list[tuple[str, tuple[tuple[str, int | str], ...], str | None]]:
    return [(c.kind, c.path, c.instrument) for c in find_citations(text)]


def test_resolution() -> None:
    assert numbers("resolution 6/3") == [("resolution", None, "6/3")]


def test_conference_resolution() -> None:
    assert numbers("Conference resolution 5/3") == [("resolution", "Conference", "5/3")]


def test_its_decision() -> None:
    assert numbers("its decision 4/4") == [("decision", "its", "4/4")]


def test_two_decisions() -> None:
    assert numbers("decisions 1/2 and 1/3") == [("decision", None, "1/2"), ("decision", None, "1/3")]


def test_long_list_of_resolutions() -> None:
    found = numbers("resolutions 1/4, 2/3, 3/3, 4/4, 5/3, 6/2, 6/3 and 7/1")
    assert [n for _, _, n in found] == ["1/4", "2/3", "3/3", "4/4", "5/3", "6/2", "6/3", "7/1"]
    assert {k for k, _, _ in found} == {"resolution"}


def test_general_assembly_resolution() -> None:
    assert numbers("General Assembly resolution 55/25") == [("resolution", "General Assembly", "55/25")]


def test_article_paragraph_of_the_convention() -> None:
    assert paths("article 32, paragraph 3, of the Convention") == [
        ("article", (("article", 32), ("paragraph", 3)), "Convention")]


def test_article_with_paragraph_in_brackets() -> None:
    assert paths("article 75 (2) of the Convention") == [
        ("article", (("article", 75), ("paragraph", 2)), "Convention")]


def test_rule_paragraph_of_the_rules_of_procedure() -> None:
    assert paths("rule 2, paragraph 2, of the rules of procedure") == [
        ("rule", (("rule", 2), ("paragraph", 2)), "rules of procedure")]


def test_two_rules() -> None:
    assert paths("rules 12 and 13 of the rules of procedure") == [
        ("rule", (("rule", 12),), "rules of procedure"), ("rule", (("rule", 13),), "rules of procedure")]


def test_recommendation_adopted_at_a_meeting() -> None:
    [c] = find_citations("the recommendation adopted by the Working Group at its 1st meeting")
    assert (c.kind, c.issuer, c.session) == ("recommendation", "Working Group", 1)


def test_paragraph_of_a_document() -> None:
    assert paths("CAC/COSP/WG.4/2011/4, paragraph 12") == [
        ("paragraph", (("paragraph", 12),), "CAC/COSP/WG.4/2011/4")]


# ------------------------------------------------------------------------------ more of the genre


def test_dates_printed_with_the_citation() -> None:
    found = find_citations("Recalling also, in that regard, its resolutions 5/1 of 22 October 2010, "
                           "5/5 of 22 October 2010, 6/1 of 19 October 2012, and 7/1 of 10 October 2014,")
    assert [(f"{c.session}/{c.number}", c.date) for c in found] == [
        ("5/1", "2010-10-22"), ("5/5", "2010-10-22"), ("6/1", "2012-10-19"), ("7/1", "2014-10-10")]


def test_issuer_named_after_the_citation() -> None:
    assert numbers("By its resolution 58/4, the General Assembly adopted the Convention") == [
        ("resolution", "General Assembly", "58/4")]
    [c] = find_citations("established pursuant to decision 4/4 of the Conference of the Parties to the United "
                         "Nations Convention against Transnational Organized Crime, adopted")
    assert c.issuer == ("Conference of the Parties to the United Nations Convention against Transnational "
                        "Organized Crime")


def test_issuer_after_an_entitled_clause() -> None:
    [c] = [c for c in find_citations('In its resolution 6/3, entitled "Implementation of the Protocol, by Land, '
                                     'Sea and Air", the Conference decided') if c.kind == "resolution"]
    assert c.issuer == "Conference"


def test_paragraph_of_a_resolution() -> None:
    [c] = find_citations("paragraph 3 of its resolution 6/3")
    assert (c.kind, c.notation, c.path) == ("resolution", "6/3", (("paragraph", 3),))


def test_paragraphs_with_subparagraphs() -> None:
    assert paths("pursuant to article 32, paragraphs 3 (d) and 4, of the Convention:") == [
        ("article", (("article", 32), ("paragraph", 3), ("subparagraph", "d")), "Convention"),
        ("article", (("article", 32), ("paragraph", 4)), "Convention")]


def test_paragraph_of_an_article() -> None:
    assert paths("the provision of paragraph 5 of article 32 by providing") == [
        ("article", (("article", 32), ("paragraph", 5)), "Convention")]


def test_named_instruments() -> None:
    assert paths("Pursuant to article 63, paragraph 5, of the United Nations Convention against Corruption, the")[0] \
        == ("article", (("article", 63), ("paragraph", 5)), "United Nations Convention against Corruption")
    assert paths("article 32, paragraph 3, of the Organized Crime Convention, and")[0][2] == \
        "Organized Crime Convention"
    assert paths("article 63 of which establishes") == []


def test_rules_of_a_named_body() -> None:
    [c] = find_citations("Under rule 6 of the Committee's provisional rules of procedure, the first item")
    assert (c.path, c.owner) == ((("rule", 6),), "Committee")
    [c] = find_citations("rule 3, paragraph 2, of the rules of procedure for the Conference, adopted")
    assert (c.path, c.owner) == ((("rule", 3), ("paragraph", 2)), "Conference")


def test_numbers_are_not_mandates() -> None:
    assert find_citations("between 1/2 of the States and 173 parties, on 6/3/2013") == []


def test_other_languages_give_the_numbers_only() -> None:
    assert numbers("en su resolución 5/3 y en las resoluciones 6/1 y 6/2", "es") == [
        ("resolution", None, "5/3"), ("resolution", None, "6/1"), ("resolution", None, "6/2")]
    assert numbers("dans ses résolutions 5/1 et 5/5", "fr") == [("resolution", None, "5/1"),
                                                               ("resolution", None, "5/5")]
    assert numbers("в своем решении 4/4 и резолюции 55/25 Генеральной Ассамблеи", "ru") == [
        ("decision", None, "4/4"), ("resolution", "General Assembly", "55/25")]
    assert find_citations("In its resolution 6/3", "ru") == []  # no English grammar on a Russian text


def test_ordinals() -> None:
    assert ordinal("1st") == 1 and ordinal("2nd") == 2 and ordinal("23rd") == 23
    assert ordinal("sixth") == 6 and ordinal("Twenty-eighth") == 28 and ordinal("twenty first") == 21
    assert ordinal("Nineteenth") == 19 and ordinal("fiftieth") == 50
    assert ordinal("session") is None and ordinal("") is None


def test_actions() -> None:
    assert action_of("In its resolution 6/3, the Conference took note of the recommendation") == "takesNote"
    assert action_of("In its resolution 8/3, the Conference requested the Secretariat to inform") == "requests"
    assert action_of("The Conference urged States parties") == "urges"
    assert action_of("Recalling its resolutions 5/1") == "recalls"
    assert action_of("Reaffirming its decision 1/2") == "reaffirms"
    assert action_of("Calls upon States parties to comply") == "callsUpon"
    assert action_of("the group was established by decision 4/4") is None


# ------------------------------------------------------------------------------ resolution to IRIs


def resolve(text: str, body: str, symbol: str) -> Graph:
    source = parse_source(text.encode(), "t.txt")
    out = Emitter.start(source, iri.document(symbol), text.encode())
    ctx = Context(REGISTRY, body, REGISTRY.conference_of(body))
    for cited in find_citations(text):
        mandate(ctx, cited, out)
    return out.graph


def test_untoc_6_3_is_the_curated_6_3() -> None:
    g = resolve("In its resolution 6/3, the Conference decided", "ctoc-cop-wg7", "CTOC/COP/WG.7/2013/2")
    assert (iri.resolution("ctoc-cop", 6, 3), RDF.type, MG.Resolution) in g
    assert (iri.resolution("ctoc-cop", 6, 3), MG.adoptedAt, iri.session("ctoc-cop", 6)) in g


def test_uncac_6_3_is_not_untoc_6_3() -> None:
    g = resolve("In its resolution 6/3, the Conference decided", "cac-cosp-wg2", "CAC/COSP/WG.2/2018/6")
    assert (iri.resolution("cac-cosp", 6, 3), RDF.type, MG.Resolution) in g
    assert not any(str(s).endswith("resolution/ctoc-cop/6/3") for s in g.subjects())


def test_the_issuer_a_text_names_wins_over_the_document() -> None:
    g = resolve("In its resolution 6/3, the Conference of the States Parties to the United Nations "
                "Convention against Corruption decided", "ctoc-cop", "CTOC/COP/2016/2")
    assert (iri.resolution("cac-cosp", 6, 3), RDF.type, MG.Resolution) in g
    g = resolve("By its resolution 58/4, the General Assembly adopted", "cac-cosp", "CAC/COSP/2015/1")
    assert (iri.resolution("ga", 58, 4), RDF.type, MG.Resolution) in g


@pytest.mark.parametrize(("text", "expected"), [
    ("article 32, paragraph 3, of the Convention", "treaty/untoc/article/32/paragraph/3"),
    ("article 32, paragraph 3, of the Organized Crime Convention", "treaty/untoc/article/32/paragraph/3"),
    ("article 30 of the United Nations Convention against Transnational Organized Crime", "treaty/untoc/article/30"),
    ("rule 2, paragraph 2, of the rules of procedure for the Conference", "rules/ctoc-cop/rule/2/paragraph/2"),
])
def test_provisions_resolve_to_the_curated_ones(text: str, expected: str) -> None:
    g = resolve(text, "ctoc-cop-wg4", "CTOC/COP/WG.4/2010/4")
    assert (iri.ID[expected], RDF.type, MG.Provision) in g


def test_a_paragraph_of_a_document_is_located_in_it() -> None:
    g = resolve("CAC/COSP/WG.4/2011/4, paragraph 12", "cac-cosp-wg4", "CAC/COSP/WG.4/2013/4")
    node = iri.provision(iri.document("CAC/COSP/WG.4/2011/4"), ("paragraph", 12))
    assert (node, RDF.type, MG.Mandate) in g


def test_citation_records_are_frozen() -> None:
    c = Citation("resolution", (0, 1), "x", session=6, number=3)
    with pytest.raises(AttributeError):
        c.session = 5  # type: ignore[misc]


def test_an_ordinal_broken_at_a_line_end_is_one_number() -> None:
    """"Fifty-" at a line's end and "second" on the next is the 52nd session, never the 2nd."""
    from mandategraph.ingest.citations import ordinal

    assert ordinal("Fifty- second") == ordinal("Fifty-\nsecond") == ordinal("fifty-second") == 52
