"""Class 6 of issue 10: what is read from Arabic and Chinese texts (symbols' numbers, dates, mandate
numbers, in Arabic-Indic or full-width digits, with no spaces in Chinese) and Spanish, French and
Russian citations; titles keep their language."""

from __future__ import annotations

from datetime import date

import pytest

from mandategraph.ingest.citations import find_citations
from mandategraph.ingest.dates import find_ranges
from tests.test_ingest_corpus import values


@pytest.mark.parametrize(("text", "start", "end"), [
    ("١ تموز/يوليه ٢٠١٣", date(2013, 7, 1), date(2013, 7, 1)),                 # Arabic-Indic digits
    ("٣-١٤ كانون الأول/ديسمبر ٢٠٠٧", date(2007, 12, 3), date(2007, 12, 14)),
    ("فيينا، 28 تشرين الأول/أكتوبر 2013", date(2013, 10, 28), date(2013, 10, 28)),
    # FCCC/KP/CMP/2007/1 (Chinese): "2007 年 12 月 3 日至 14 日, 巴厘岛"
    ("缔约方会议第三届会议 2007 年 12 月 3 日至 14 日, 巴厘岛", date(2007, 12, 3), date(2007, 12, 14)),
    ("２００７年１２月３日", date(2007, 12, 3), date(2007, 12, 3)),                  # full-width digits
])
def test_arabic_and_chinese_dates(text: str, start: date, end: date) -> None:
    found = find_ranges(text)
    assert [(r.start, r.end) for r in found] == [(start, end)]
    r = found[0]
    assert text[r.span[0]:r.span[1]].strip()  # the offsets are into the text as printed


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("第６／３号决议", "zh", [("resolution", 6, 3)]),
    ("وفي قرارها ٥/٣، قرر المؤتمر", "ar", [("resolution", 5, 3)]),
    ("En su resolución 6/3, la Conferencia", "es", [("resolution", 6, 3)]),
    ("Dans ses résolutions 5/1 et 5/5", "fr", [("resolution", 5, 1), ("resolution", 5, 5)]),
    ("В своем решении 4/4 Конференция", "ru", [("decision", 4, 4)]),
])
def test_mandate_numbers_in_every_language(text: str, language: str, expected: list[tuple[str, int, int]]) -> None:
    assert [(c.kind, c.session, c.number) for c in find_citations(text, language)] == expected


def test_local_issuers_are_read_not_defaulted() -> None:
    """A General Assembly or ECOSOC resolution cited in Spanish, French or Russian is that body's."""
    for text, language in [("En su resolución 55/25, la Asamblea General aprobó", "es"),
                           ("la résolution 55/25 de l'Assemblée générale", "fr"),
                           ("резолюция 55/25 Генеральной Ассамблеи", "ru"),
                           ("la resolución 2004/23 del Consejo Económico y Social", "es")]:
        issuers = {c.issuer for c in find_citations(text, language)}
        assert issuers and None not in issuers, (text, issuers)


def test_titles_keep_their_language() -> None:
    """The Russian working-group agenda's item titles are tagged ru, never en."""
    langs = values("CTOC_COP_WG.4_2010_2_ru.txt", """
        SELECT (LANG(?t) AS ?l) WHERE { ?i a mg:AgendaItem ; dcterms:title ?t }""")
    assert langs == {"ru"}


def test_a_named_conference_before_dans_sa_is_not_the_document_s() -> None:
    """UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2 (French): "accueillie favorablement par la Conférence des
    Parties à la Convention sur la diversité biologique dans sa décision XII/34" is the CBD COP's
    decision XII/34, which this reader cannot name: it is not filed under the document's body."""
    from mandategraph.ingest.resolve import Context, issuer_body
    from tests.test_citations import REGISTRY

    text = ("accueillie favorablement par la Conférence des Parties à la Convention sur la diversité "
            "biologique dans sa décision XII/34, la huitième réunion")
    (cited,) = find_citations(text, "fr")
    assert (cited.kind, cited.session, cited.number) == ("decision", 12, 34)
    assert cited.issuer and "diversité biologique" in cited.issuer
    assert issuer_body(Context(REGISTRY, "ctoc-cop", "ctoc-cop"), cited) is None
