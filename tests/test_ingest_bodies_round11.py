"""Eleventh round (class 3, bodies and issuers, precision first): wrong bodies of the pristine set.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph.ingest import series
from mandategraph.ingest.series import organizations_named
from mandategraph.ingest.symbols import Symbol
from mandategraph.namespaces import MG
from tests.ingest_covers import bodies_of, cover_of, ingested

# ------------------------------------------------------------------------------------ a series two organizations print

# tests/ingest_eval/pristine/IFAD_EB_106_Rev.1_fr.txt: the minutes of IFAD's Executive Board, in French, its cover
# from "Conseil d'administration" on (the page names the Fund above it only as "FIDA"); "EB" is the series the WHO's
# Executive Board prints with the session's number glued on ("EB140", "EB147/1"), never bare with a slash
IFAD_EB_106_COVER = """Conseil d'administration — Cent sixième sessionRome, 20-21 septembre 2012

Cote du document: EB/106/Rev.1

FDate: 13 décembre 2012

Distribution: Publique

Original: Anglais

Procès-verbal de la cent sixième sessiondu Conseil d’administration

EB/106/Rev.1
"""

# the same text's flattened first paragraph: the Fund's French acronym
IFAD_EB_106_SECRETARY = "Paolo Ciocca Secrétaire du FIDA téléphone: +39 06 5459 2254"


def test_a_glued_series_printed_bare_is_no_organs_unless_the_text_names_its_organization() -> None:
    assert series.bare_of_glued("EB/106/Rev.1", "EB", IFAD_EB_106_COVER) is not None
    assert series.bare_of_glued("EB147/1", "EB", "EXECUTIVE BOARD EB147/1") is None  # the table's form: the WHO's
    assert series.bare_of_glued("EB/106/Rev.1", "EB", "the World Health Organization's Executive Board") is None
    assert bodies_of(IFAD_EB_106_COVER, "IFAD_EB_106_Rev.1_fr.txt") == []
    assert any("bare" in note for note in ingested(IFAD_EB_106_COVER, "IFAD_EB_106_Rev.1_fr.txt").not_read)


def test_the_funds_french_acronym_names_it() -> None:
    assert organizations_named(IFAD_EB_106_SECRETARY) == {"IFAD"}


# ------------------------------------------------------------------------------------ a meeting is no session

# tests/ingest_eval/pristine/ECOSOC_res_1984-07-27_ECWA_structure_nosymbol.txt: a Council resolution on an archive,
# the date and the meeting that adopted it over its title
ECOSOC_1984_ECWA = """Economic and Social Council - 27 luglio 1984
Member Name E84r080

27 July 1984

Meeting 50

General policy-making structure of the Economic Commission for Western Asia

The Economic and Social Council,

Recalling its resolution 1982/64 of 30 July 1982, by which it established, within the Economic Commission for \
Western Asia, a Standing Committee for the Programme, composed of all members of the Commission,
"""


def test_a_meetings_number_is_not_the_session() -> None:
    result = ingested(ECOSOC_1984_ECWA, "ECOSOC_res_1984-07-27_ECWA_structure_nosymbol.txt")
    assert list(result.graph.objects(None, MG.sessionNumber)) == []
    assert cover_of(ECOSOC_1984_ECWA).session_number is None


# ------------------------------------------------------------------------------------ another organ's report

# tests/ingest_eval/pristine/A_69_38_es.txt: the report of the Committee on the Elimination of Discrimination against
# Women, issued as a supplement of the General Assembly's Official Records under the Assembly's symbol
A_69_38_ES = """Asamblea General Documentos Oficiales Sexagésimo noveno período de sesiones Suplemento núm. 38

A/69/38

Naciones Unidas · Nueva York, 2014

Informe del Comité para la Eliminación de la Discriminación contra la Mujer

55º período de sesiones(8 a 26 de julio de 2013)

56º período de sesiones(30 de septiembre a 18 de octubre de 2013)
"""

# tests/ingest_eval/novel/A_68_32_ru.txt: the Committee on Conferences' report for 2013, a supplement of the
# Assembly's Official Records, on a mirror; an organ the registry does not know
A_68_32_RU = """A/68/32 - Организация Объединенных Наций

A/68/32*
Организация Объединенных Наций
Доклад Комитета по
конференциям за 2013 год
Генеральная Ассамблея
Официальные отчеты
Шестьдесят восьмая сессия
Дополнение № 32
"""

# tests/ingest_eval/sealed/A_70_3_ru.txt: the Economic and Social Council's report for 2015, a principal organ's
# report to the Assembly in its Official Records: the Assembly's document
A_70_3_RU = """Генеральная Ассамблея
Официальные отчеты
Семидесятая сессия
Дополнение № 3
Доклад Экономического
и Социального Совета
за 2015 год
A/70/3
"""


def test_a_supplement_that_is_another_organs_report_is_that_organs() -> None:
    assert bodies_of(A_69_38_ES, "A_69_38_es.txt") == ["cedaw-c"]


def test_a_supplement_of_an_organ_the_registry_does_not_know_is_of_no_body() -> None:
    assert bodies_of(A_68_32_RU, "A_68_32_ru.txt") == []


def test_a_principal_organs_report_in_the_assemblys_records_stays_the_assemblys() -> None:
    assert bodies_of(A_70_3_RU, "A_70_3_ru.txt") == ["ga"]


# ------------------------------------------------------------------------------------ names the print broke

# tests/ingest_eval/pristine/ECE_CEP_22_outcomes_2017_nosymbol.txt: a mirror's head, its title "Economic Commission
# for Europe" with the page's digits run on ("s41"), then the outcomes' flattened cover
ECE_CEP_22_HEAD = """Economic Commission for Europe s41

Total Page:16

File Type:pdf, Size:1020Kb

Economic Commission for Europe s41

Economic Commission for Europe Committee on Environmental Policy Twenty-second session Geneva, 25–27 January \
2017 Summary of the outcomes of the twenty-second session and the decisions taken (approved by the Committee on 27 \
January 2017)
"""


def test_a_name_with_a_words_remnant_run_on_is_no_body() -> None:
    assert bodies_of(ECE_CEP_22_HEAD, "ECE_CEP_22_outcomes_2017_nosymbol.txt") == []


# tests/ingest_eval/pristine/WMO_EC-LXII_abridged_final_report_WMO-No.1059.txt: a mirror's page of the WMO Executive
# Council's report, the Council's name and its session line on one line
WMO_EC_LXII = """204
Executive Council Sixty-second session WMO-No. 1059 Geneva 8–18 June 2010

Executive council - Sixty-second session - WMO Library

Embed Size (px)

Citation preview

www.wmo.int

Executive Council Sixty-second session

WMO-No. 1059

Geneva8–18 June

2010
"""


def test_a_session_line_run_on_after_a_name_is_no_part_of_it() -> None:
    assert bodies_of(WMO_EC_LXII, "WMO_EC-LXII_abridged_final_report_WMO-No.1059.txt") == ["executive-council"]


# ------------------------------------------------------------------------------------ a session's segment is no body's

# tests/ingest_eval/pristine/UNEP_CHW.6_23_zh.txt: a note for the sixth meeting of the Conference of the Parties to
# the Basel Convention, its masthead in Chinese and English; "UNEP/CHW.6": the series and the meeting's number
UNEP_CHW_6_23 = """联 合 国 EP
Distr.
联 合 国 GENERAL
UNEP/CHW.6/23
环 境 规 划 署 8 August 2002
CHINESE
ORIGINAL: ENGLISH
控制危险废物越境转移及其处置巴塞尔公约
缔约方大会
第六届会议
2002 年 12 月 9 日至 13 日 日内瓦
临时议程*项目 6(e)(ii)
"""

# tests/ingest_eval/pristine/ECE_CEP_S_2011_2.txt: the report of the Committee on Environmental Policy on its special
# session, its cover flattened onto one line by a mirror
ECE_CEP_S_2011_2 = """United Nations ECE/CEP/S/2011/2 Economic and Social Council Distr.: General 17 October 2012 \
Original: English Economic Commission for Europe Committee on Environmental Policy Special session Geneva, 24–27 May \
2011 Report of the Committee on Environmental Policy on its special session Contents Paragraphs Page
"""


def test_a_meetings_number_joined_to_the_basel_series_is_no_body() -> None:
    assert bodies_of(UNEP_CHW_6_23, "UNEP_CHW.6_23_zh.txt") == ["unep-chw"]


def test_a_special_sessions_segment_is_no_body() -> None:
    assert Symbol("ECE/CEP/S/2011/2").body_prefix == "ECE/CEP"
    assert Symbol("S/2008/417").body_prefix == "S"  # the Security Council's series, not a session's kind
    assert bodies_of(ECE_CEP_S_2011_2, "ECE_CEP_S_2011_2.txt") == ["ece-cep"]


# tests/ingest_eval/pristine/ICCD_COP(15)_CST_1_fr.txt: the annotated provisional agenda of the UNCCD's Committee on
# Science and Technology at the Conference's fifteenth session, on a mirror ("ICCD/COP(15)/CST/1")
ICCD_COP_15_CST_1 = """• Aucun résultat trouvé

ICCD/COP(15)/CST/1. Convention sur la lutte contre la désertification. Nations Unies. Ordre du jour \
provisoire annoté. I. Ordre du jour provisoire

N/A
N/A
Protected

Academic year: 2022

Partager "ICCD/COP(15)/CST/1. Convention sur la lutte contre la désertification. Nations Unies. Ordre du jour \
provisoire annoté. I. Ordre du jour provisoire"

Copied!
9
0
0

Texte intégral

(1)

Conférence des Parties

Comité de la science et de la technologie Quinzième session

Abidjan (Côte d’Ivoire), 11-13 mai 2022 Point 1 a) de l’ordre du jour provisoire Questions d’organisation

Adoption de l’ordre du jour et organisation des travaux

Ordre du jour provisoire annoté

Note du secrétariat
"""


def test_a_subsidiary_after_the_sessions_brackets_is_its_own_body() -> None:
    assert Symbol("ICCD/COP(15)/CST/1").body_prefix == "ICCD/COP/CST"
    assert Symbol("TD/B/EX(15)/1").body_prefix == "TD/B"
    assert Symbol("EUR/RC61/SC(3)/REP").body_prefix == "EUR/RC61/SC"  # no number after "REP": the report's own
    assert bodies_of(ICCD_COP_15_CST_1, "ICCD_COP(15)_CST_1_fr.txt") == ["iccd-cop-cst"]


# ------------------------------------------------------------------------------------ the organ a memorandum is for

# tests/ingest_eval/pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt: the Secretary-General's memorandum to the General
# Committee as a web page of no symbol, its title naming the Assembly as its session's owner; the contents left out
A_BUR_55_MEMO = """GA 55th regular session – Organization/adoption of agenda/allocation of items – SecGen memo

Organization of the fifty-fifth regular session of the

General Assembly, adoption of the agenda and

allocation of items

    Memorandum by the Secretary-General

 I.  Introduction

1.   The Secretary-General has the honour to place before the General Committee, for its consideration, the \
following observations and proposals in connection with the report to be made to the General Assembly by the General \
Committee regarding the organization of the fifty-fifth regular session and future sessions of the Assembly, the \
adoption of the agenda and the allocation of items.
"""


def test_a_memorandum_is_of_the_organ_it_is_placed_before() -> None:
    assert bodies_of(A_BUR_55_MEMO, "A_BUR_55_memo_UNISPAL_nosymbol.txt") == ["a-bur"]


# ------------------------------------------------------------------------------------ a resolution's opening words

# tests/ingest_eval/novel/E_RES_1985_20_nosymbol.txt: a Council resolution on the Italian Radical Party's archive,
# with no symbol: the archive's chrome, the date and meeting, the title, then the resolution's opening words
E_RES_1985_20 = """Radicali.it - sito ufficiale di Radicali Italiani
Notizie Radicali, il giornale telematico di Radicali Italiani
cerca [dal 1999]

i testi dal 1955 al 1998

lun 16 set. 2024
[ cerca in archivio ] ARCHIVIO STORICO RADICALE
Archivio ONU
Economic and Social Council - 29 maggio 1985
Member Name E85r020

29 May 1985

23rd plenary meeting

Ensuring the timely distribution of conference documents

The Economic and Social Council,

Noting with regret that the majority of the documents for the twenty-ninth session of the Commission for \
Social Development, one of which was the comprehensive 1985 report on the world social situation, did not \
reach the Commission until the first meeting of the session,
"""


def test_a_resolutions_opening_words_name_its_organ() -> None:
    assert bodies_of(E_RES_1985_20, "E_RES_1985_20_nosymbol.txt") == ["ecosoc"]
