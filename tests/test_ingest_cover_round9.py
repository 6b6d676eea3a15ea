"""Ninth round: covers, bodies and dates (issue 10, classes 1, 3, 4): the wrong facts listed from the untouched set.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/);
each test fails on the ingester before the rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph.ingest import lexicon
from mandategraph.namespaces import MG, RDFS
from tests.ingest_covers import bodies_of, cover_of, ingested, registry, titles
from tests.test_ingest_cover_rules import ILO_GB_292

# ------------------------------------------------------------------------------------ sessions

# tests/ingest_eval/untouched/CRC_C_SR.1613_fr.txt: a treaty body's summary record, a stray space inside the session's
# ordinal; "sixième" alone was read, the session filed as the Committee's sixth and the session line taken as the title
CRC_C_SR_1613 = """Nations Unies

CRC/C/SR.1613

Convention relative aux droits de l\u2019enfant

Distr. générale

15 février 2011

Original: français

Comité des droits de l\u2019enfant

Cinquante- sixième session

Compte rendu analytique de la deuxième partie (publique)*de la 1613 e séance**

Tenue au Palais Wilson, à Genève, le vendredi 4 février 2011, à 15 heures
"""


def test_an_ordinal_with_a_space_after_its_hyphen_is_one_ordinal() -> None:
    assert lexicon.ordinal("Cinquante- sixième") == 56
    assert lexicon.ordinal("sixième") == 6
    cover = cover_of(CRC_C_SR_1613)
    assert cover.session_number == 56
    assert "Cinquante- sixième session" not in titles(CRC_C_SR_1613, "CRC_C_SR.1613_fr.txt")


# ------------------------------------------------------------------------------------ bodies

# tests/ingest_eval/untouched/E_2005_26_E_CN.5_2005_7.txt: a law school's catalogue record over the report of the
# Commission for Social Development, issued under the Council's symbol and the Commission's (a series the registry
# does not know); it was filed under the Economic and Social Council, and the record's fields taken as its title
E_2005_26 = """UVA Law Logo Mobile

UN Human Rights Treaties

Travaux Préparatoires

E/2005/26

Commission for Social Development : report on the 43rd session (20 February 2004 and 9-18 February 2005)

UN Document Symbol E/2005/26
Alternate ID E/CN.5/2005/7
Convention Convention on the Rights of Persons with Disabilities
Document Type Annual/Sessional Report
Session 43rd
Type Document
Description

vi, 60 p.

Extracted Text

E/2005/26
E/CN.5/2005/7
United Nations
Commission for
Social Development
Report on the forty-third session
(20 February 2004 and 9-18 February 2005)
Economic and Social Council
Official Records, 2005
Supplement No. 6
"""


def test_a_joint_symbol_of_a_subsidiary_series_is_the_subsidiary_organs() -> None:
    result = ingested(E_2005_26, "E_2005_26_E_CN.5_2005_7.txt")
    bodies = sorted(str(b).rsplit("/", 1)[-1] for b in result.graph.objects(result.document, MG.ofBody))
    assert bodies == ["e-cn5"]
    body = next(result.graph.objects(result.document, MG.ofBody))
    # the catalogue's "Body : title" heading: the name ends at the colon
    assert [str(x) for x in result.graph.objects(body, RDFS.label)] == ["Commission for Social Development"]


def test_a_catalogue_record_printing_the_symbol_is_no_title() -> None:
    assert titles(E_2005_26, "E_2005_26_E_CN.5_2005_7.txt") == []


def test_a_known_subsidiary_series_still_wins_and_a_parent_alone_is_kept() -> None:
    # tests/ingest_eval/sealed/E_2009_39_E_ESCAP_65_32.txt prints both; the Commission's series is known
    assert bodies_of("E/2009/39\nE/ESCAP/65/32\nEconomic and Social Commission for Asia and the Pacific\n"
                     "Annual report\n", "E_2009_39.txt") == ["e-escap"]


# ------------------------------------------------------------------------------------ dates

# tests/ingest_eval/untouched/UNEP_CHW.4_35_fr.txt: a scan's text of the Basel Convention's fourth meeting report, its
# year misread ("18 mars 1908" for 1998): filed as distributed in 1908
UNEP_CHW_4_35 = """Nations Unies
2. NATIONS UNIES EP Distr LIMITEE UNEP CHW 4 35 18 mars 1908 FRANCAIS Original ANGLAIS CONFERENCE DES PARTIES A LA \
CONVENTION DE BALE SUR LE CONTROLE DES MOUVEMENTS TRANSFRONTIERES DE DECHETS DANGEREUX ET DE LEUR ELIMINATION Quatri \
me r union Kuching 23 27 f vrier 1998 RAPPORT DE LA QUATRIEME REUNION DE LA CONFERENCE DES PARTIES LA CONVENTION DE BALE
"""


def test_a_date_before_the_charter_is_a_misread() -> None:
    cover = cover_of(UNEP_CHW_4_35)
    assert cover.distribution_date is None or cover.distribution_date.year >= 1945
    result = ingested(UNEP_CHW_4_35, "UNEP_CHW.4_35_fr.txt")
    assert not [d for d in result.graph.objects(result.document, MG.distributionDate) if str(d) < "1945"]


# ------------------------------------------------------------------------------------ titles

# tests/ingest_eval/untouched/ECE_TRANS_WP.1_163.txt: a flattened cover and contents, the contents' column head
# "Paragraphs" with no "Page" after it, run on into the title ("... on its seventy-sixth session Paragraphs")
ECE_TRANS_WP_1_163 = """1 United Nations Economic and Social Council ECE/TRANS/WP.1/163 Distr.: General 11 April 2018 \
Original: English Economic Commission for Europe Inland Transport Committee Global Forum for Road Traffic Safety \
Seventy-sixth session Geneva, March 2018 Contents Report of the Global Forum for Road Traffic Safety on its \
seventy-sixth session Paragraphs I. Attendance II. Adoption of the agenda (agenda item 1) III. Activities of interest \
to the Working Party (agenda item 2) IV. Convention on Road Traffic (1968) (agenda item 3)
"""

# tests/ingest_eval/untouched/LC_SES.38_14.txt: ECLAC's flattened masthead, the title in capitals, then the session's
# "venue" and dates and a page number, run on into the title
LC_SES_38_14 = """Distr. GENERAL LC/SES.38/14 26 March 2021 ENGLISH ORIGINAL: SPANISH 21-00190 REPORT OF THE \
THIRTY-EIGHTH SESSION OF THE ECONOMIC COMMISSION FOR LATIN AMERICA AND THE CARIBBEAN Virtual meeting, 26–28 October \
2020 2 CONTENTS Paragraph Page A. ATTENDANCE AND ORGANIZATION OF WORK ..................... 1–12 3 Place and date of \
the meeting .................... 1 3
"""


def test_a_contents_column_head_before_the_first_section_ends_the_title() -> None:
    assert titles(ECE_TRANS_WP_1_163, "ECE_TRANS_WP.1_163.txt") == [
        "Report of the Global Forum for Road Traffic Safety on its seventy-sixth session"]


def test_the_venue_and_dates_after_a_title_in_capitals_end_it_and_are_the_sessions() -> None:
    assert titles(LC_SES_38_14, "LC_SES.38_14.txt") == [
        "REPORT OF THE THIRTY-EIGHTH SESSION OF THE ECONOMIC COMMISSION FOR LATIN AMERICA AND THE CARIBBEAN"]
    cover = cover_of(LC_SES_38_14)
    assert cover.dates is not None and (cover.dates.start.isoformat(), cover.dates.end.isoformat()) == (
        "2020-10-26", "2020-10-28")
    assert cover.venue is None  # "Virtual meeting" is no place


# tests/ingest_eval/untouched/A_C.3_74_L.3_en-ar.txt: the UN aligner's English-Arabic bitext of a draft resolution of
# the Third Committee, each line the English glued to the Arabic; its symbol not read, it was filed under the
# Economic and Social Council that its title names as the draft's recommender
A_C_3_74_L_3 = """A_C_3_74_L_3_EA
Correct misalignment Corrected by julia.shriki on 10/22/2019 1:58:30 PM Original version Change languages \
order
A/C.3/74/L.3 1916277E.docx (ENGLISH)A/C.3/74/L.3 1916277A.docx (ARABIC)
A/C.3/74/L.3 1916277E.docx (ENGLISH)A/C.3/74/L.3 1916277A.docx (ARABIC)
United Nationsالأمــم المتحـدة
Seventy-fourth sessionالدورة الرابعة والسبعون
Third Committeeاللجنة الثالثة
Agenda item 106البند 106 من جدول الأعمال
Crime prevention and criminal justiceمنع الجريمة والعدالة الجنائية
Draft resolution submitted by the Chair on the recommendation of the Economic and Social Council (resolution \
2019/17)مشروع قرار مقدم من الرئيس بناء على توصية من المجلس الاقتصادي والاجتماعي (القرار 2019/17)
Follow-up to the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations \
for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justiceمتابعة نتائج مؤتمر الأمم \
المتحدة الثالث عشر لمنع الجريمة والعدالة الجنائية والأعمال التحضيرية لمؤتمر الأمم المتحدة الرابع عشر لمنع \
الجريمة والعدالة الجنائية
The General Assembly,إن الجمعية العامة،
Emphasizing the responsibility assumed by the United Nations in the field of crime prevention and criminal \
justice in pursuance of Economic and Social Council resolution 155 C (VII) of 13 August 1948 and General \
Assembly resolution 415 (V) of 1 December 1950,إذ تشدد على المسؤولية التي تقع على عاتق الأمم المتحدة في مجال \
منع الجريمة والعدالة الجنائية بمقتضى قرار المجلس الاقتصادي والاجتماعي 155 جيم (د-7) المؤرَّخ 13 آب/أغسطس 1948 \
وقرار الجمعية العامة 415\x20
"""


def test_a_text_whose_cover_is_not_read_gets_no_body_from_words_in_another_script() -> None:
    assert bodies_of(A_C_3_74_L_3, "A_C.3_74_L.3_en-ar.txt") == []


def test_a_body_named_as_a_recommender_is_not_the_body_of_the_text() -> None:
    reg = registry()
    title = "Draft resolution submitted by the Chair on the recommendation of the Economic and Social Council"
    assert reg.body_named(title) == "ecosoc"
    assert reg.body_named(title, owner_only=True) is None
    assert reg.body_named("Economic and Social Council Official Records, 2005", owner_only=True) == "ecosoc"


# ------------------------------------------------------------------------------------ symbols

# tests/ingest_eval/untouched/UNEP_CHW_OEWG_6_29_fr.txt: a mirror's copy of the Basel Convention's Working Group's
# report, its symbol printed with a slash lost ("UNEP/CHW/OEWG/629" for UNEP/CHW/OEWG/6/29): asserted as printed
UNEP_CHW_OEWG_6_29 = """k0763251.f oewg 6 29 310108 de mesures concrètes au niveau national pour la mise en œuvre de \
la...

51
K0763251 310108 PNUE BC UNEP/CHW/OEWG/629 CONVENTION DE BALE Distr. : Générale 7 septembre 2007 Français Original : \
Anglais Groupe de travail à composition non limitée de la Convention de Bâle sur le contrôle des mouvements \
transfrontières de déchets dangereux et de leur élimination Sixième réunion Genève, 3-7 septembre 2007 Rapport du \
Groupe de travail à composition non limitée des Parties à la Convention de Bâle sur le contrôle des mouvements \
transfrontières de déchets dangereux et de leur élimination sur les travaux de sa sixième réunion I. Ouverture de la \
réunion 1. La sixième réunion du Groupe de travail à composition non limitée a été ouverte le lundi 3 septembre 2007
"""


def test_a_symbol_with_fewer_segments_than_its_series_has_is_unknown_its_series_body_kept() -> None:
    from mandategraph.ingest import series
    from mandategraph.namespaces import DCTERMS

    assert series.malformed("UNEP/CHW/OEWG/629")
    assert not series.malformed("UNEP/CHW/OEWG/6/29") and not series.malformed("UNEP/CHW/OEWG/4/18")
    assert not series.malformed("CTOC/COP/2012/15")  # a series the table gives no form for
    result = ingested(UNEP_CHW_OEWG_6_29, "UNEP_CHW_OEWG_6_29_fr.txt")
    assert "UNEP/CHW/OEWG/629" not in [str(x) for x in result.graph.objects(None, DCTERMS.identifier)]
    assert bodies_of(UNEP_CHW_OEWG_6_29, "UNEP_CHW_OEWG_6_29_fr.txt") == ["unep-chw-oewg"]


# ------------------------------------------------------------------------------------ precision sweep: bodies

# tests/ingest_eval/untouched/WHC_01COM_decision_rules_of_procedure_nosymbol.txt: a decisions database's page, its
# heading "Committee Decisions" filed as a body of that name
WHC_01COM = """Committee Decisions

Adoption of the rules of procedure

In reply to a suggestion that the Rules of Procedure should be examined by a working group which would report back to \
the Committee at a later plenary meeting, the Legal Adviser stated that, in the absence of a text formally approved by \
the Committee, the Provisional Rules of Procedure would prevail and he therefore proposed that they be examined at an \
early plenary meeting; this would not prevent the Committee from amending the Rules of procedure at a later stage, if \
necessary. He added that the Rules of Procedure would probably only assume their final form after two or three \
sessions of the Committee. After some discussion, the Committee decided to examine the Rules of Procedure one by one.

Themes: Working methods and tools
Session: 01COM
"""


def test_a_heading_naming_an_organs_papers_is_no_body() -> None:
    assert bodies_of(WHC_01COM, "WHC_01COM_decision_rules_of_procedure_nosymbol.txt") == []
    assert titles(WHC_01COM, "WHC_01COM_decision_rules_of_procedure_nosymbol.txt") == [
        "Adoption of the rules of procedure"]


def test_eclacs_session_series_is_the_commissions_its_number_a_session() -> None:
    # LC/SES.38/14 (untouched/LC_SES.38_14.txt) was filed under a body "LC/SES.38": the segment names the session
    assert bodies_of(LC_SES_38_14, "LC_SES.38_14.txt") == ["lc-ses"]
    result = ingested(LC_SES_38_14, "LC_SES.38_14.txt")
    assert [int(n) for n in result.graph.objects(None, MG.sessionNumber)] == [38]


# tests/ingest_eval/blind/ILO_GB.292_fr.txt (tests.test_ingest_cover_rules.ILO_GB_292), its session line removed (an
# adversarial variant of the eighth round's kind): the International Labour Office's masthead over the Governing
# Body's agenda was filed as the body


def test_the_international_labour_offices_masthead_is_no_body() -> None:
    assert bodies_of(ILO_GB_292, "ILO_GB.292_fr.txt") == ["conseil-d-administration"]
    assert bodies_of(ILO_GB_292.replace("292 session\n", ""), "ILO_GB.292_fr.txt") == []
