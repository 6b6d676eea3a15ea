"""Class 6 (and 3) of issue 10: citations in the prose of Spanish, French, Russian, Chinese and Arabic texts,
with the issuer their own words name; each text is an excerpt of a real UN document of the ingest-eval sets."""

from __future__ import annotations

from mandategraph.ingest import citations


def issuers(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(c.issuer, c.notation) for c in citations.find_citations(text, language)]


def test_a_chinese_citation_names_its_issuer_before_its_date() -> None:
    """CTOC/COP/2006/7/Rev.1 and A/55/383/Add.2 (tests/ingest_eval/fresh/): "大会以其2000 年11 月15 日第55/25
    号决议" (the General Assembly, by its resolution 55/25 of 15 November 2000), "大会在其2001年11月15日第55/25号
    决议中": the Assembly's, in a document of the UNTOC Conference as in one of the Assembly."""
    assert issuers("1. 大会以其2000 年11 月15 日第55/25 号决议,通过了", "zh") == [("General Assembly", "55/25")]
    assert issuers("2.大会在其2001年11月15日第55/25号决议中要求特设委员会", "zh") == [("General Assembly", "55/25")]


def test_a_body_named_inside_the_cited_title_is_not_its_issuer() -> None:
    """A/54 General Committee report (Chinese; tests/ingest_eval/fresh/A_54_GC_first_report_zh_nosymbol.txt):
    "题为“大会工作的振兴”的第48/264号决议" (resolution 48/264 entitled "Revitalization of the work of the General
    Assembly"): the Assembly is in the title, the words name no issuer (the document's own body is taken)."""
    assert issuers("委员会还注意到题为“大会工作的振兴”的第48/264号决议及其附件一", "zh") == [(None, "48/264")]
