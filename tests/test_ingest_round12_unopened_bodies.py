"""Round 12, the bodies of the unopened set: an Official Records supplement of the General Assembly that is another
organ's report is that organ's when the registry knows it, else of unknown body, never the Assembly's (with its symbol
printed or not, the organ's name with words before its noun, "United Nations Scientific Committee ..."); a body's name
cut at a line break after an article ("Comité Especial encargado de preparar una") is read on the lines in lower case
under it, else is no body's name. Each rule is
tested on an excerpt of a real document of tests/ingest_eval/unopened/ (named beside it, its lines given), and each
test fails on the ingester before the rule."""

from __future__ import annotations

from mandategraph.ingest.document import _CUT_NAME_END, _REPORTING_NOUNS
from tests.ingest_covers import bodies_of

# tests/ingest_eval/unopened/A_74_35_nosymbol.txt, lines 4-22: the Official Records' cover, no symbol printed, then
# the letter of transmittal that names the Committee whose report it is
A_74_35 = """source: https://reliefweb.int/report/occupied-palestinian-territory/report-committee-exercise-inalienable-rights-palestinian-3
note: a committee's report on a news site

 date 2019-09-17 General Assembly

Official Records

Seventy-fourth Session

Supplement No. 35

Letter of transmittal

[4 September 2019]

Mr. Secretary-General,

I have the honour to enclose herewith the report of the Committee on the Exercise of the Inalienable Rights of the \
Palestinian People for submission to the General Assembly and circulation to all the competent bodies of the United \
Nations for necessary action, as appropriate, in accordance with paragraphs 2 and 10 of Assembly resolution 73/18 of \
30 November 2018.

The report covers the period from 5 September 2018 to 3 September 2019.

(Signed) Cheikh Niang
"""

# tests/ingest_eval/unopened/A_37_35.txt, line 4 (its first 230 characters): the cover flattened onto one line
A_37_35 = """source: https://docslib.org/download/1088030/report-committee-on-the-exercise-of-the-inalienable
note: a committee's report on a document mirror

REPORT OF THE COMMITTEE ON THE EXERCISE OF THE INALIENABLE RIGHTS OF THE PALESTINIAN PEOPLE GENERAL ASSEMBLY \
OFFICIAL RECORDS: THIRTY-SEVENTH SESSION SUPPLEMENT No. 35 (A/37/35) UNITED NATIONS
"""

# tests/ingest_eval/unopened/A_70_46_en-zh.txt, lines 4-16: an English-Chinese bitext of the Scientific Committee's
# report, GA Official Records, Supplement No. 46 (A/70/46)
A_70_46 = """source: https://conferences2.unite.un.org/documentrepositoryindexer/MultiLanguageAlignment.bitext
note: a committee's report in a bitext

A_70_46_EC
Correct misalignment Change languages order
A/70/46 V1504351.docx (English)A/70/46 V1504350.docx (Chinese)
A/70/46A/70/46
A/63/20联合国
A/63/20 United Nations Report of the United Nations Scientific Committee on the Effects of Atomic Radiation \
Sixty-second session联合国原子辐射影响问题 科学委员会的报告
(1-5 June 2015)第六十二届会议
General Assembly(2015年6月1日至5日)
Official Records Seventieth session Supplement No. 46大会
General Assembly正式记录 第七十届会议 补编第46号
Official Records大会
Seventieth session正式记录
Supplement No. 46第七十届会议
"""

# tests/ingest_eval/unopened/A_AC.265_WP.1_es.txt, lines 4-13: the site's links, the Committee's name broken over four
# lines, the session's place and dates, the draft's first lines
A_AC_265 = """source: https://static.un.org/esa/socdev/enable/rights/adhocmeetaac265w1s.htm
note: a working paper on the UN's site

Back to: First Session of the Ad Hoc Committee
Documents of the First Session
A/AC.265/WP.1 Español | English | Français
Comité Especial encargado de preparar una
convención amplia e integral para proteger
y promover los derechos y la dignidad
de las personas con discapacidad
Nueva York, 29 de julio a 9 de agosto de 2002
Los Estados Parte en la presente Convención,
a) Reafirmando los propósitos y principios de la Carta de las Naciones Unidas;
"""


def test_a_supplement_of_no_symbol_that_is_a_committees_report_is_never_the_assemblys() -> None:
    assert "ga" not in bodies_of(A_74_35, "A_74_35_nosymbol.txt")


def test_a_flattened_supplements_cover_that_is_a_committees_report_is_never_the_assemblys() -> None:
    assert "ga" not in bodies_of(A_37_35, "A_37_35.txt")


def test_an_organs_name_with_words_before_its_noun_is_an_organs() -> None:
    assert _REPORTING_NOUNS.match("United Nations Scientific Committee on the Effects of Atomic Radiation")
    assert not _REPORTING_NOUNS.match("Secretary-General on the work of the Organization")
    assert "ga" not in bodies_of(A_70_46, "A_70_46_en-zh.txt")


def test_a_name_cut_after_an_article_is_read_on_its_lines_in_lower_case() -> None:
    assert _CUT_NAME_END.search("Comité Especial encargado de preparar una")
    assert not _CUT_NAME_END.search("Committee on Conferences")
    assert bodies_of(A_AC_265, "A_AC.265_WP.1_es.txt") == [
        "comit-especial-encargado-de-preparar-una-convenci-n-amplia-e-integral-para-proteger-y-promover-los-derechos-"
        "y-la-dignidad-de-las-personas-con-discapacidad"]


def test_a_name_cut_after_an_article_with_no_line_in_lower_case_under_it_is_no_bodys_name() -> None:
    cut = A_AC_265.replace("convención amplia e integral para proteger\ny promover los derechos y la dignidad\n"
                           "de las personas con discapacidad\n", "")
    assert not any(b.startswith("comit-especial") for b in bodies_of(cut, "A_AC.265_WP.1_es.txt"))
