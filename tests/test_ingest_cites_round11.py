"""Citations read in the eleventh round (issue 10, classes 3 and 5): a list of resolutions with a title between two of
its numbers, the Commission on Narcotic Drugs named before its resolution, and the forms of other languages. Each on
a short excerpt of a real text, quoted with the file it comes from; each test fails on the ingester before its rule.
"""

from __future__ import annotations

from mandategraph.ingest.citations import find_citations
from mandategraph.namespaces import MG
from tests.ingest_covers import ingested


def _cited(text: str, name: str) -> set[str]:
    result = ingested(text, name)
    return {str(o).split("/id/", 1)[-1] for o in result.graph.objects(None, MG.cites)}


def _read(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.printed or c.notation, c.issuer) for c in find_citations(text, language)]


# tests/ingest_eval/untouched/A_C.3_66_L.5_en-ar.txt, the draft resolution's preamble
A_C_3_66_L_5_LIST = ("Economic and Social Council resolutions 2003/29 of 22 July 2003, entitled “Prevention of "
                     "crimes that infringe on the cultural heritage of peoples in the form of movable property”, "
                     "2004/34 of 21 July 2004 and 2008/23 of 24 July 2008")


def test_a_list_goes_on_after_a_listed_resolutions_title() -> None:
    assert _read(A_C_3_66_L_5_LIST) == [("resolution", "2003/29", "Economic and Social Council"),
                                        ("resolution", "2004/34", "Economic and Social Council"),
                                        ("resolution", "2008/23", "Economic and Social Council")]


def test_a_listed_resolutions_title_lends_the_list_no_number() -> None:
    text = "General Assembly resolutions 60/1, entitled “Follow-up to resolution 55/2”, and 60/2"
    assert [n for _, n, _ in _read(text)] == ["60/1", "60/2"]


# tests/ingest_eval/pristine/ECOSOC_res_1987-05-26_HONLEA_Latin_America_nosymbol.txt: a resolution of the Council
# on a web archive's page (no symbol), citing one of its Commission's
ECOSOC_1987 = """Economic and Social Council - 26 maggio 1987
26 May 1987

14th plenary meeting

Meeting of Operational Heads of National Narcotics Law Enforcement Agencies, Latin American and Caribbean Region

The Economic and Social Council,

Bearing in mind recommendation 19 of the first Interregional Meeting of Heads of National Drug Law Enforcement \
Agencies, resolution VIII/4 of the Eighth Conference of the States Parties to the South American Agreement on Narcotic \
Drugs and Psychotropic Substances and, in particular, Commission on Narcotic Drugs resolution 3 (XXXII) of 11 February \
1987,

1. Invites the Governments of the Latin American and Caribbean countries and other interested Governments to \
participate in the regional meeting of the heads of national drug law enforcement agencies;
"""


def test_a_resolution_of_the_commission_on_narcotic_drugs_named_before_it_is_cited() -> None:
    assert "resolution/e-cn7/32/3" in _cited(ECOSOC_1987, "ECOSOC_res_1987-05-26_HONLEA_Latin_America_nosymbol.txt")


# tests/ingest_eval/pristine/GA_Millennium_Summit_information_note_zh_nosymbol.txt: an information note of the
# Assembly's Millennium Summit, no symbol; three resolutions of the Assembly in one list, each with its own "号决议"
MILLENNIUM_ZH = ("大会在其1999年6月8日第53/239号决议、2000年3月15日第54/254号决议和2000年5月10日第54/261号决议中又决定,"
                 "在“二十一世纪联合国的作用”这个总主题之下于2000年9月6日至8日在纽约举行千年首脑会议。")


def test_a_chinese_list_of_citations_each_with_its_kind_is_its_first_ones_issuers() -> None:
    assert _read(MILLENNIUM_ZH, "zh") == [("resolution", "53/239", "General Assembly"),
                                          ("resolution", "54/254", "General Assembly"),
                                          ("resolution", "54/261", "General Assembly")]


def test_a_chinese_citation_after_another_sentence_is_not_the_list_of_the_one_before() -> None:
    text = "大会在其第53/239号决议中决定。秘书长的报告和第54/254号决议"
    assert _read(text, "zh") == [("resolution", "53/239", "General Assembly"), ("resolution", "54/254", None)]


# tests/ingest_eval/pristine/A_RES_65_119_zh_nosymbol.txt: the Assembly's resolution 65/119 on a web page (no symbol),
# its text opened by the Assembly's name alone on a line, then "Recalling its resolution 43/47 of 22 November 1988"
A_RES_65_119_ZH = """联合国大会65/119号决议
65/119. 第三个铲除殖民主义国际十年
大会,
回顾2010年是《给予殖民地国家和人民独立宣言》五十周年,
又回顾其1988年11月22日第43/47号决议,其中大会宣布1990-2000年为铲除殖民主义国际十年;1991年12月19日第46/181号决议,\
其中大会通过了一个十年行动计划;以及2000年12月8日第55/146号决议,其中大会宣布2001-2010年为第二个铲除殖民主义国际十年,
审查了秘书长关于国际十年行动计划执行情况的有关报告,
1. 宣布2011-2020年为第三个铲除殖民主义国际十年;
"""


def test_a_chinese_its_resolution_after_the_assemblys_name_alone_is_the_assemblys() -> None:
    cited = _cited(A_RES_65_119_ZH, "A_RES_65_119_zh_nosymbol.txt")
    assert "resolution/ga/43/47" in cited
    assert "resolution/ga/46/181" not in cited  # after "其中大会宣布..." the words do not say whose


def test_a_chinese_its_is_not_especially() -> None:
    assert [c.own for c in find_citations("大会,\n尤其第43/47号决议", "zh")] == [False]
    assert [c.own for c in find_citations("又回顾其1988年11月22日第43/47号决议", "zh")] == [True]


# tests/ingest_eval/untouched/UNEP_EA.3_3_es.txt, the introduction to the Environment Assembly's rules of procedure
UNEP_EA_3_3_ES = ("1. La Asamblea General, en su resolución 2997 (XXVII), de 15 de diciembre de 1972, estableció el "
                  "Consejo de Administración del Programa de las Naciones Unidas para el Medio Ambiente.")


def test_a_spanish_resolution_numbered_in_a_sessions_series_is_read() -> None:
    assert _read(UNEP_EA_3_3_ES, "es") == [("resolution", "2997 (XXVII)", "General Assembly")]


def test_a_french_list_numbered_in_a_sessions_series_is_read() -> None:
    assert _read("les résolutions 1514 (XV) et 1541 (XV) de l’Assemblée générale", "fr") == [
        ("resolution", "1514 (XV)", "General Assembly"), ("resolution", "1541 (XV)", "General Assembly")]


# tests/ingest_eval/pristine/CEDAW_46th_session_report_contents_nosymbol_es.txt, an annex's title in the contents
CEDAW_46_ES = ("Decisión 46/III. Declaración en el décimo aniversario de la resolución 1325 (2000) del Consejo de "
               "Seguridad")


def test_a_spanish_security_council_resolution_numbered_with_its_year_is_the_councils() -> None:
    assert _read(CEDAW_46_ES, "es") == [("resolution", "1325 (2000)", "Security Council")]


def test_a_local_resolution_numbered_with_a_year_and_no_council_named_is_not_read() -> None:
    assert _read("la résolution 1820 (2008)", "fr") == []
    assert _read("la resolución 1325 (2000) de la Asamblea General", "es") == []


# tests/ingest_eval/untouched/UNEP_CBD_BS_COP-MOP_7_6_Add.3_es.txt: a note to the Cartagena Protocol's meeting citing a
# decision of the Convention's Conference of the Parties, by a paragraph of it
CBD_BS_ES = ("1. La Conferencia de las Partes en el Convenio sobre la Diversidad Biológica, en el párrafo 2 de su "
             "decisión XI/10, pidió al Secretario Ejecutivo que, en consulta con la Mesa, preparase una propuesta")


def test_a_body_named_before_a_paragraph_of_its_own_decision_is_the_decisions_issuer() -> None:
    assert _read(CBD_BS_ES, "es") == [
        ("decision", "XI/10", "Conferencia de las Partes en el Convenio sobre la Diversidad Biológica")]
    assert _read("La Asamblea General, en el párrafo 5 de su resolución 64/180, pidió", "es") == [
        ("resolution", "64/180", "General Assembly")]


# tests/ingest_eval/novel/UNEP_CBD_COP_13_1_Add.1_Rev.1.txt, paragraph 2 of the annotations: spaces lost before
# the numbers
CBD_COP_13_PARA_2 = ("2.  In line with decision XII/27, paragraph3, as well as decisionBS-VII/9, paragraph1 of, the "
                     "Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol and "
                     "decisionNP-1/12, paragraph1, of the Conference of the Parties serving as the meeting of the "
                     "Parties to the Nagoya Protocol")


def test_a_decision_numbered_with_its_issuers_mark_is_that_issuers() -> None:
    read = _read(CBD_COP_13_PARA_2)
    assert ("decision", "BS-VII/9", "UNEP/CBD/BS/COP-MOP") in read
    assert ("decision", "NP-1/12", None) in read  # a mark the table does not name: whose, not read from it


# tests/ingest_eval/novel/UNEP_FAO_PIC_INC.8_16_es.txt: a note to the negotiating committee's eighth session citing the
# decision of its seventh ("INC-7/7"); the cover flattened onto one line
UNEP_FAO_PIC_INC_8_16_ES = """1 NACIONES UNIDAS PIC Programa de las Naciones Unidas para el Medio Ambiente \
Organización de las Naciones Unidas para la Agricultura y la Alimentación Distr. GENERAL UNEP/FAO/PIC/INC.8/16 \
11 de junio de 2001 \
ESPAÑOL Original: INGLÉS COMITÉ INTERGUBERNAMENTAL DE NEGOCIACIÓN DE UN INSTRUMENTO INTERNACIONAL \
JURÍDICAMENTE VINCULANTE PARA LA APLICACIÓN DEL PROCEDIMIENTO DE CONSENTIMIENTO FUNDAMENTADO PREVIO A \
CIERTOS PLAGUICIDAS Y PRODUCTOS QUÍMICOS PELIGROSOS OBJETO DE COMERCIO INTERNACIONAL Octavo período de \
sesiones Roma, 8 a 12 de octubre de 2001 Tema 5 f) del programa provisional PREPARATIVOS PARA LA \
CONFERENCIA DE LAS PARTES CUESTIONES RELACIONADAS CON EL CESE DEL PROCEDIMIENTO DE CONSENTIMIENTO \
FUNDAMENTADO PREVIO PROVISIONAL Opciones y soluciones viables Nota de la secretaría 1. El Comité \
Intergubernamental de Negociación de un Instrumento Internacional Jurídicamente Vinculante para la \
Aplicación del Procedimiento de Consentimiento Fundamentado Previo a Ciertos Plaguicidas y Productos \
Químicos Peligrosos Objeto de Comercio Internacional, celebró su séptimo período de sesiones en Ginebra \
del 29 de octubre al 3 de noviembre de En ese período de sesiones, el comité consideró una nota preparada \
por la secretaría sobre cuestiones relacionadas con el cese del procedimiento de consentimiento \
fundamentado previo provisional (UNEP/FAO/PIC/INC.7/12). 2. En la decisión INC-7/7, el Comité pidió a la \
secretaría que preparase, para que fuese examinado en su octavo período de sesiones, un documento sobre \
las cuestiones relacionadas con el cese
"""


def test_a_decision_marked_with_the_documents_own_series_last_segment_is_its_bodys() -> None:
    cited = _cited(UNEP_FAO_PIC_INC_8_16_ES, "UNEP_FAO_PIC_INC.8_16_es.txt")
    assert "decision/unep-fao-pic-inc/7/7" in cited


def test_a_decision_marked_with_another_series_mark_is_not_the_documents_bodys() -> None:
    text = UNEP_FAO_PIC_INC_8_16_ES.replace("INC-7/7", "BC-7/7")
    assert not any("/7/7" in c for c in _cited(text, "UNEP_FAO_PIC_INC.8_16_es.txt"))


# tests/ingest_eval/untouched/CAT_C_SR.919.txt, paragraph 2 of the summary record: "its" in a relative clause whose
# "which" stands for the body named just before it, by its name with "of the United Nations"
CAT_C_SR_919_PARA_2 = ("2.In 2009 the Special Rapporteur on the question of torture and the Chairpersons of the "
                       "Subcommittee and the Committee had all three submitted reports to the General Assembly of the "
                       "United Nations, which, in its resolution 63/166, had stressed the importance of their work")


def test_its_resolution_in_a_clause_on_the_body_named_before_is_that_bodys() -> None:
    assert _read(CAT_C_SR_919_PARA_2) == [("resolution", "63/166", "General Assembly")]


def test_a_person_named_before_who_is_no_body_lends_its_no_issuer() -> None:
    assert _read("the Secretary-General, who, in its resolution 5/1") == [("resolution", "5/1", "its")]
