"""Sixth round (precision): the masthead's symbol, body and dates asserted only on the cover's own evidence
(issue 10, classes 1, 3 and 4).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (the sealed set
of tests/ingest_eval/, development material since its blind score); each test fails on the ingester before the
rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph import iri
from mandategraph.ingest.cover import bounded_title
from mandategraph.ingest.dates import DateRange, meeting_length
from mandategraph.ingest.symbols import doubled, find_symbols
from mandategraph.namespaces import MG, RDF
from tests.ingest_covers import bodies_of, cover_of, ingested, titles

# ------------------------------------------------------------------------------------ symbols

# tests/ingest_eval/sealed/E_2019_53_en-ar.txt: an aligned English-Arabic bitext, each English segment glued to
# its Arabic one, so the symbol is printed twice with nothing between
E_2019_53 = """E_2019_53_EA
Correct misalignment Change languages order
E/2019/53 1904865E.docx (ENGLISH)E/2019/53 1904865A.docx (ARABIC)
E/2019/53E/2019/53
United Nationsالأمــم المتحـدة
E/2019/53E/2019/53
Economic and Social Councilالمجلس الاقتصادي والاجتماعي
Distr.: GeneralDistr.: General
22 March 201922 March 2019
Original: EnglishArabic Original: English
"""


def test_a_symbol_printed_twice_with_nothing_between_is_one_symbol() -> None:
    assert doubled("E/2019/53E/2019/53") == "E/2019/53"
    assert doubled("E/2019/53") is None and doubled("CTOC/COP/2020/2") is None
    assert [s.text for s, _ in find_symbols("E/2019/53E/2019/53")] == ["E/2019/53", "E/2019/53"]
    result = ingested(E_2019_53, "E_2019_53_en-ar.txt")
    assert result.document == iri.document("E/2019/53")


# tests/ingest_eval/sealed/WFP_EB.1_2011_11-B.txt: WFP's masthead, part B of document 11
WFP_EB_1_2011_11_B = """E

Executive Board

First Regular Session

Rome, 14–16 February 2011

ORGANIZATIONAL AND PROCEDURAL MATTERS

Agenda item 11

Distribution: GENERAL

WFP/EB.1/2011/11-B 21 January 2011

ORIGINAL: ENGLISH
"""


def test_a_documents_part_letter_after_a_hyphen_is_part_of_its_symbol_and_the_board_is_wfps() -> None:
    assert [s.text for s, _ in find_symbols("WFP/EB.1/2011/11-B 21 January 2011")] == ["WFP/EB.1/2011/11-B"]
    # a joint symbol's dash is never taken for a part letter
    assert [s.text for s, _ in find_symbols("E/2011/30-E/CN.15/2011/21")] == ["E/2011/30", "E/CN.15/2011/21"]
    assert [s.text for s, _ in find_symbols("A/63/92-S/2008/417")] == ["A/63/92", "S/2008/417"]
    result = ingested(WFP_EB_1_2011_11_B, "WFP_EB.1_2011_11-B.txt")
    assert result.document == iri.document("WFP/EB.1/2011/11-B")
    assert bodies_of(WFP_EB_1_2011_11_B, "WFP_EB.1_2011_11-B.txt") == ["wfp-eb"]  # never "WFP/EB.1"


# tests/ingest_eval/sealed/HSP_GC_19_journal_6_May_2003_nosymbol.txt: a journal of the Governing Council's
# session, which prints no symbol of its own, listing the documents before a meeting after a sentence that
# ends in "United NationsHabitat ... Foundation for the biennium 2004-2005."
HSP_GC_19_JOURNAL = """Page 1: GOVERNING COUNCIL, NINETEENTH SESSION NAIROBI… · with two annexes was placed in the \
delegates pigeon holes on Monday

Tuesday, 6 May 2003Regional group meetings (see page 5 for further details)

Committee of the Whole: The Committee will consider the work programme and budget of the United NationsHabitat \
and Human Settlements Foundation for the biennium 2004-2005.

Documents: HSP/GC/19/8 dated 8 April 2003 replaces HSP/GC/19/8 dated26 November 2002, and HSP/GC/I 9/8/ Add.1
"""


def test_a_symbol_listed_after_a_sentence_or_a_documents_label_is_not_the_documents_own() -> None:
    assert cover_of(HSP_GC_19_JOURNAL).symbol is None


# ------------------------------------------------------------------------------------ joint symbols and bodies

# tests/ingest_eval/sealed/E_2003_39_E_ESCAP_1298.txt: the Commission's annual report, printed in the Council's
# Official Records with the Commission's symbol beside the Council's
E_2003_39 = """E/2003/39 E/ESCAP/1298

ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC

ANNUAL REPORT (23 May 2002-25 April 2003)

ECONOMIC AND SOCIAL COUNCIL OFFICIAL RECORDS, 2003

SUPPLEMENT No. 19

UNITED NATIONS New York, 2003

NOTE

Symbols of United Nations documents are composed of capital letters combined with figures.
"""

# tests/ingest_eval/sealed/E_2010_24_E_CN.3_2010_34.txt: the joint symbol printed whole on the first page and
# split across lines on the third ("E/2010/24-E/CN" / ".3/2010/34"), where the masthead reader finds it
E_2010_24 = """TRANSCRIPT

Page 1: Statistical Commission

E/2010/24 E/CN.3/2010/34

United Nations

Statistical Commission

Report on the forty-first session (23 to 26 February 2010)

Economic and Social Council Official Records 2010 Supplement No. 4

Page 2: Statistical Commission

Statistical Commission

Report on the forty-first session (23 to 26 February 2010)

Economic and Social Council Official Records 2010 Supplement No. 4

United Nations • New York, 2010

Page 3: Statistical Commission

E/2010/24-E/CN

.3/2010/34

Page 4: Statistical Commission
"""


def test_a_commissions_report_in_the_councils_series_is_the_commissions_by_its_joint_symbol() -> None:
    assert bodies_of(E_2003_39, "E_2003_39_E_ESCAP_1298.txt") == ["e-escap"]  # never the Council's "ecosoc"
    cover = cover_of(E_2010_24)
    assert cover.symbol is not None and cover.symbol.text == "E/2010/24"
    assert [s.text for s in cover.joint_symbols] == ["E/CN.3/2010/34"]
    assert bodies_of(E_2010_24, "E_2010_24_E_CN.3_2010_34.txt") == ["e-cn3"]


# ------------------------------------------------------------------------------------ dates

# tests/ingest_eval/sealed/E_2009_39_E_ESCAP_65_32.txt: the reporting period printed alone under "ANNUAL REPORT"
E_2009_39 = """Anda di halaman 1dari 62

E/2009/39

E/ESCAP/65/32

ECONOMIC AND SOCIAL COMMISSION FOR


ASIA AND THE PACIFIC

ANNUAL REPORT
1 May 2008-29 April 2009

ECONOMIC AND SOCIAL COUNCIL


OFFICIAL RECORDS, 2009

SUPPLEMENT No. 19
"""


def test_a_reporting_period_no_session_line_frames_is_not_the_sessions_dates() -> None:
    from datetime import date

    assert meeting_length(DateRange(date(2005, 3, 1), date(2005, 3, 4), (0, 0)))
    assert not meeting_length(DateRange(date(2008, 5, 1), date(2009, 4, 29), (0, 0)))
    for text, name in ((E_2009_39, "E_2009_39_E_ESCAP_65_32.txt"), (E_2003_39, "E_2003_39_E_ESCAP_1298.txt")):
        assert cover_of(text).dates is None
        result = ingested(text, name)
        assert list(result.graph.objects(None, MG.startDate)) == []
        assert list(result.graph.objects(None, MG.endDate)) == []
    # a session's dates in a report's title are still read: "Report on the forty-first session (23 to 26 ...)"
    flat = ("E/2010/24 E/CN.3/2010/34 United Nations Statistical Commission Report on the forty-first session (23 "
            "to 26 February 2010) Economic and Social Council Official Records 2010 Supplement No. 4\n")  # its line 7
    result = ingested(flat + E_2010_24, "E_2010_24_E_CN.3_2010_34.txt")
    assert [str(d) for d in result.graph.objects(None, MG.startDate)] == ["2010-02-23"]


# ------------------------------------------------------------------------------------ titles

# tests/ingest_eval/sealed/A_65_92_es.txt: an item heading of a "lista preliminar" the reader does not know, so the
# item's title, the report's title, its kind line, "Resumen" and the summary were read as one title
A_65_92 = """A/65/92
Naciones Unidas
Asamblea General
Distr. general
10 de junio de 2010
Español
Original: inglés
Sexagésimo quinto período de sesiones
Tema 107 de la lista preliminar*
Prevención del delito y justicia penal
12º Congreso de las Naciones Unidas sobre Prevención
del Delito y Justicia Penal
Informe del Secretario General
Resumen
El presente informe, que ha de considerarse junto con el Informe del 12º Congreso de
las Naciones Unidas sobre Prevención del Delito y Justicia Penal (A/CONF.213/18),
se ha preparado de conformidad con la resolución 64/180 de la Asamblea General.
"""

# tests/ingest_eval/sealed/A_70_3_ru.txt: the Official Records' note on symbols under the report's symbol
A_70_3 = """Генеральная Ассамблея
Официальные отчеты
Семидесятая сессия
Дополнение № 3
Доклад Экономического
и Социального Совета
за 2015 год
Организация Объединенных Наций • Нью-Йорк, 2015
A/70/3
Примечание
Условные обозначения документов Организации Объединенных Наций
состоят из прописных букв и цифр.
"""

# tests/ingest_eval/sealed/GB.331_PV.txt: a mirror's title for its page, cut with "..."
GB_331_PV = ("minutes of the 331st session...331st session, geneva, 26 october–9 november 2017 gb.331/pv minutes...\n\n"
             "243\nGB331_PV_[RELME-180118-1]-En.docx INTERNATIONAL LABOUR OFFICE Governing Body 331st Session, Geneva, "
             "26 October9 November 2017 GB.331/PV Minutes of the 331st Session of the Governing Body of the "
             "International Labour Office\n")

# tests/ingest_eval/sealed/E_CN.3_36_report_2005_nosymbol.txt: a mirror's numbered page lines, the cover flattened
E_CN_3_36 = """Statistical Commission
Size: px
Start display at page:
Download "Statistical Commission"
1 United Nations Statistical Commission Report on the thirty-sixth session (1-4 March 2005) Economic and Social \
Council Official Records 2005 Supplement No. 4
2 Economic and Social Council Official Records 2005 Supplement No. 4 Statistical Commission Report on the \
thirty-sixth session (1-4 March 2005) United Nations New York, 2005
"""

# tests/ingest_eval/sealed/WMO_EC-65_abridged_report_es_nosymbol.txt: WMO's cover flattened onto one line
WMO_EC_65 = """Consejo Ejecutivo - sexagésima quinta reunión (EC-65)
355
WMO-No. 1118 Consejo Ejecutivo Sexagésima quinta reunión Ginebra 15 a 23 de mayo de 2013 Informe final abreviado \
con resoluciones
Transcript of Consejo Ejecutivo - sexagésima quinta reunión (EC-65)
"""


def test_a_title_run_on_past_its_end_or_holding_the_covers_fields_is_not_asserted() -> None:
    assert titles(A_65_92, "A_65_92_es.txt") == []  # never "Tema 107 ... Informe del Secretario General Resumen ..."
    assert titles(A_70_3, "A_70_3_ru.txt") == []  # never "Примечание Условные обозначения документов ..."
    assert titles(GB_331_PV, "GB.331_PV.txt") == []  # never the mirror's "minutes of the 331st session...331st ..."
    assert titles(E_CN_3_36, "E_CN.3_36_report_2005_nosymbol.txt") == []  # never "1 United Nations ... No. 4"
    assert titles(WMO_EC_65, "WMO_EC-65_abridged_report_es_nosymbol.txt") == []  # never "WMO-No. 1118 ..."
    # titles that say where and when in their own words are kept
    assert bounded_title("Report on the thirty-sixth session (1-4 March 2005)")
    assert bounded_title("Informe de la Conferencia sobre su sexto período de sesiones, celebrado en Viena del 15 al "
                         "19 de octubre de 2012")
    assert bounded_title("Report of the Secretary-General on the work of the Organization")


# tests/ingest_eval/sealed/CEDAW_PSWG_64_report_fr_nosymbol.txt: the Committee's standing item (its words run
# together as the page prints them) over the working group's report's title
CEDAW_PSWG_64 = """Groupe de travail d’avant-session

Soixante-quatrième session

23-27 novembre 2015

Examen des rapports soumis par les États partiesen application de l’article 18 de la Conventionsur l’élimination \
de toutes les formesde discrimination à l’égard des femmes

Rapport du groupe de travail d’avant-session

Le Comité pour l’élimination de la discrimination à l’égard des femmes a pour pratique de convoquer un groupe de \
travail d’avant-session de cinq jours pour établir des listes de points et de questions.
"""

# tests/ingest_eval/sealed/MSC_107_1.txt: a viewer's page counter, IMO's masthead with a check-box field
MSC_107_1 = """You are on page 1of 3
E
MARITIME SAFETY COMMITTEE MSC 107/1*
107th session 2 December 2022
Agenda item 1 Original: ENGLISH
Pre-session public release: ☒
PROVISIONAL AGENDA
for the 107th session of the Maritime Safety Committee,
"""

# tests/ingest_eval/sealed/Ramsar_Resolution_XI.6_fr_nosymbol.txt: Ramsar's resolution number over its title
RAMSAR_XI_6 = """• No se han encontrado resultados
Résolution XI.6
Partenariats et synergies avec les Accords multilatéraux sur l’environnement et autres institutions
N/A
"""


def test_the_title_is_read_after_a_standing_item_a_form_field_and_a_resolutions_number() -> None:
    report = "Rapport du groupe de travail d’avant-session"
    assert titles(CEDAW_PSWG_64, "CEDAW_PSWG_64_report_fr_nosymbol.txt") == [report]
    cover = cover_of(MSC_107_1)
    assert cover.title is not None and cover.title.text == "PROVISIONAL AGENDA"  # not "You are on page ..." or "☒"
    ramsar = cover_of(RAMSAR_XI_6)
    assert ramsar.title is not None and ramsar.title.text.startswith("Partenariats et synergies")


# tests/ingest_eval/sealed/E_RES_1991_social_development_cooperation_nosymbol.txt and E_RES_667_XXIV_E_nosymbol.txt:
# web transcriptions of the Council's resolutions: the date and meeting lines, the notation run into the title
E_RES_1991 = """Resolution E91r01230 May 1991
12th plenary meeting
Strategies for social development cooperation
The Economic and Social Council,
"""
E_RES_667 = """Economic and Social Council
995th Plenary Meeting
1 August 1957
1957/667(XXIV)E.Draft Single Convention on narcotic drugs
The Economic and Social Council,
Having considered the report of the Commission on Narcotic Drugs on its twelfth session concerning the progress made \
in codifying the international instruments on narcotic drugs, 51/
1. Reiterates its desire to see the draft single convention completed in as short a time as possible;
3. Authorizes the Commission on Narcotic Drugs to sit for an additional week at its thirteenth session for this purpose.
"""


def test_a_resolutions_meeting_line_and_notation_are_no_part_of_its_title_nor_its_paragraphs_sessions_its_own() -> None:
    assert titles(E_RES_1991, "E_RES_1991_nosymbol.txt") == ["Strategies for social development cooperation"]
    assert titles(E_RES_667, "E_RES_667_XXIV_E_nosymbol.txt") == ["Draft Single Convention on narcotic drugs"]
    assert cover_of(E_RES_667).notation == "1957/667(XXIV)E"
    result = ingested(E_RES_667, "E_RES_667_XXIV_E_nosymbol.txt")
    assert list(result.graph.objects(None, MG.sessionNumber)) == []  # never the Commission's thirteenth session
    # "1 August 1957" under "995th Plenary Meeting" is the day the meeting adopted it, not a distribution date
    assert list(result.graph.objects(result.document, MG.distributionDate)) == []


def test_a_title_in_capitals_goes_on_across_the_blank_lines_of_a_double_spaced_cover() -> None:
    assert titles(WFP_EB_1_2011_11_B + "\nBIENNIAL PROGRAMME OF\n\nWORK OF THE EXECUTIVE\n\nBOARD (2011–2012)\n\n"
                  "* In accordance with the Executive Board‘s decisions on governance\n",
                  "WFP_EB.1_2011_11-B.txt") == ["BIENNIAL PROGRAMME OF WORK OF THE EXECUTIVE BOARD (2011–2012)"]


# ------------------------------------------------------------------------------------ genre and body

# tests/ingest_eval/sealed/A_CONF.223_INF_1_fr.txt: an INF document whose flattened cover says "Note du Secrétariat"
A_CONF_223_INF_1 = ("1 Nations Unies A/CONF.223/INF/1* Assemblée générale Distr. générale 25 juillet 2014 Français "
                    "Original : anglais Troisième Conférence internationale sur les petits États insulaires en "
                    "développement Apia, 1 er -4 septembre 2014 Point 6 de l ordre du jour provisoire** Organisation "
                    "des travaux, notamment création des organes subsidiaires, et autres questions d organisation "
                    "Renseignements à l intention des participants Note du Secrétariat I. Généralités 1. Par sa "
                    "décision 67/558 du 17 mai 2013, l Assemblée générale a décidé que la Troisième Conférence\n")


def test_an_information_paper_whose_cover_says_it_is_a_note_is_a_note_too() -> None:
    result = ingested(A_CONF_223_INF_1, "A_CONF.223_INF_1_fr.txt")
    types = set(result.graph.objects(result.document, RDF.type))
    assert {MG.InformationPaper, MG.Note} <= types
    # an INF document whose cover names no note stays an information paper only
    plain = A_CONF_223_INF_1.replace("Note du Secrétariat ", "")
    assert MG.Note not in set(ingested(plain, "A_CONF.223_INF_1_fr.txt").graph.objects(None, RDF.type))


def test_a_body_line_that_only_says_what_kind_of_organ_gives_no_body() -> None:
    """tests/ingest_eval/sealed/CEDAW_PSWG_64_report_fr_nosymbol.txt: "Groupe de travail d'avant-session" names
    no committee: unknown, never a body of that name (the generic words in French, Spanish and Russian too)."""
    from mandategraph.ingest.registry import identifies

    assert not identifies("Groupe de travail d’avant-session")
    assert not identifies("Grupo de trabajo anterior al período")
    assert identifies("Comité contre la torture") and identifies("Groupe de travail sur le recouvrement d'avoirs")
    assert bodies_of(CEDAW_PSWG_64, "CEDAW_PSWG_64_report_fr_nosymbol.txt") == []


def test_a_body_named_only_as_the_owner_of_something_else_is_not_the_documents() -> None:
    """tests/ingest_eval/sealed/HSP_GC_19_journal_6_May_2003_nosymbol.txt: "the special sessionof the General
    Assembly" in an item of UN-Habitat's Governing Council: never the General Assembly's document."""
    item = ("Continuation of the debate on agenda item 5 -Follow-up to the special sessionof the General Assembly for "
            "an overall review and appraisal of theimplementation of the Habitat Agenda.\n\n")
    text = HSP_GC_19_JOURNAL.replace("Committee of the Whole:", item + "Committee of the Whole:")
    assert "ga" not in bodies_of(text, "HSP_GC_19_journal_6_May_2003_nosymbol.txt")
