"""Fifth round (covers): a web page's chrome is never a cover's field, a labelled date is never the
distribution date, a year-numbered mandate a commission cites bare is its parent Council's (issue 10,
classes 1, 3 and 4).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (the
unseen and fresh sets of tests/ingest_eval/, development material since their blind scores); each
test fails on the ingester before the rule.
"""

from __future__ import annotations

from datetime import date

from mandategraph.ingest import ingest_bytes
from mandategraph.ingest.citations import Citation
from mandategraph.ingest.cover import bounded_title
from mandategraph.ingest.resolve import Context, issuer_body
from mandategraph.namespaces import DCTERMS, MG, RDF
from tests.ingest_covers import A_52_250, bodies_of, cover_of, registry, titles

# ------------------------------------------------------------------------------------ a mirror's page

# tests/ingest_eval/unseen/EB147_1_annotated.txt: a document mirror's page (French chrome, a news site's page
# title its share button repeats), then WHO's masthead with its columns interleaved
EB147_1 = """• Aucun résultat trouvé

Réunion du Conseil exécutif de l’OMS (Visioconférence) – Toute La Veille Acteurs de Santé, le hub de l'info \
du secteur santé


Academic year: 2022

Partager "Réunion du Conseil exécutif de l’OMS (Visioconférence) – Toute La Veille Acteurs de Santé, le hub \
de l'info du secteur santé"


Texte intégral


EXECUTIVE BOARD EB147/1 (annotated)

147th session 15 May 2020

Geneva, 22 May 2020

Provisional agenda (annotated) 1

1. Election of Chair, Vice-Chairs and Rapporteur 2. Opening of the session and adoption of the agenda2 3. \
Outcome of the Seventy-third World Health Assembly
"""


def test_a_mirrors_page_title_and_chrome_are_never_the_cover() -> None:
    cover = cover_of(EB147_1)
    assert cover.symbol is not None and cover.symbol.text == "EB147/1"  # the organ's name beside the symbol
    assert cover.title is not None and cover.title.text == "Provisional agenda (annotated)"  # no footnote's "1"
    assert cover.session_number == 147
    assert cover.distribution_date == date(2020, 5, 15)  # the right column's date beside the session line
    assert cover.dates is not None and cover.dates.start == date(2020, 5, 22) and cover.venue == "Geneva"
    assert "Réunion du Conseil exécutif de l’OMS (Visioconférence) – Toute La Veille Acteurs de Santé, le hub de " \
           "l'info du secteur santé" not in titles(EB147_1, "EB147_1_annotated.txt")


# tests/ingest_eval/unseen/FCCC_CP_2005_5_Add.1.txt: a mirror's page title, the flattened transcription after it
# printing the same words after the masthead
FCCC_CP_2005 = """Report of the Conference of the Parties on its eleventh session, held at Montreal from 28 \
November to 10 December 2005

Size: px
Start display at page:

Download "Report of the Conference of the Parties on its eleventh session, held at Montreal from 28 November \
to 10 December 2005"

Transcription

1 UNITED NATIONS Distr. GENERAL FCCC/CP/2005/5/Add.1 30 March 2006 Original: ENGLISH CONFERENCE OF THE \
PARTIES Report of the Conference of the Parties on its eleventh session, held at Montreal from 28 November to \
10 December 2005 Addendum Part Two: Action taken by the Conference of the Parties at its eleventh session \
CONTENTS Decisions adopted by the Conference of the Parties Decision 1/CP.11 2/CP
"""


def test_a_mirrors_page_title_is_the_title_only_where_the_copy_prints_it_again() -> None:
    cover = cover_of(FCCC_CP_2005)
    assert cover.title is not None and cover.title.start > FCCC_CP_2005.index("Transcription")
    assert cover.venue == "Montreal" and cover.dates is not None and cover.dates.start == date(2005, 11, 28)
    # a user's label for the page, printed nowhere else (tests/ingest_eval/unseen/A_HRC_RES_5_1_es_nosymbol.txt)
    assert not bounded_title("ghfghfghfgh")
    assert bounded_title("provisional agenda and annotations")  # a transcription's small letters (blind/CRC_C_42_1)


# tests/ingest_eval/unseen/CITES_CoP18_working_programme_nosymbol.txt: a news site's headline and its posting line
CITES_COP18 = """Eighteenth meeting of the Conference of the Parties Geneva (Switzerland), 17 – 28 August \
2019: ADOPTION OF THE WORKING PROGRAMME

Jul 29, 2019 | Documents

This document has been prepared by the Secretariat.

  1. At its 70th meeting (SC70, Sochi, October 2018), the Standing Committee approved a draft working
    programme for the present meeting.
"""


def test_a_news_sites_headline_is_no_title_but_for_the_words_after_the_sessions_dates() -> None:
    cover = cover_of(CITES_COP18)
    assert cover.title is not None and cover.title.text == "ADOPTION OF THE WORKING PROGRAMME"
    assert cover.session_number == 18
    headline_only = CITES_COP18.replace(" Geneva (Switzerland), 17 – 28 August 2019: ADOPTION OF THE WORKING "
                                        "PROGRAMME", "")
    alone = cover_of(headline_only).title  # the site's headline with no document title in it: not the title
    assert alone is None or "Eighteenth meeting" not in alone.text and "Jul 29" not in alone.text


# tests/ingest_eval/unseen/UNEP_CBD_COP_DEC_I_1_web_nosymbol.txt: a decision database's page
CBD_DEC_I_1 = """COP 1 Decision I/1

Rules of procedure for the Conference of the Parties

The Conference of the Parties

Decides to adopt the rules of procedures of the Conference contained in the annex * to this decision, with \
the exception of paragraph 1 of rule 40.
"""


def test_a_heading_that_only_numbers_a_decision_is_not_its_title() -> None:
    cover = cover_of(CBD_DEC_I_1)
    assert cover.title is not None and cover.title.text == "Rules of procedure for the Conference of the Parties"
    assert not bounded_title("COP 1 Decision I/1")


# tests/ingest_eval/unseen/A_80_18_fr.txt: an Official Records title page, the sessions the report covers glued
def test_a_line_of_sessions_and_their_dates_is_no_title() -> None:
    assert not bounded_title("(5-23 août 2024)114e session(25 novembre-13 décembre 2024)115e session(22 avril-9 mai "
                             "2025)")
    assert not bounded_title("Trigésimo sexto período de sesiones Nueva York, 3 de diciembre de 2021")
    assert bounded_title("Rapport du Comité pour l’élimination de la discrimination raciale")


# ------------------------------------------------------------------------------------ dates under a label

# tests/ingest_eval/unseen/UNEP_POPS_CONF_final_act_nosymbol.txt: an archived web page's receipt date
POPS_FINAL_ACT = """ICANN Logo

Reconsideration Request 02-1
Received: 22 January 2002


Attachment B to Reconsideration Request



CONFERENCE OF PLENIPOTENTIARIES
ON THE STOCKHOLM CONVENTION ON
PERSISTENT ORGANIC POLLUTANTS
Stockholm, 22-23 May 2001

FINAL ACT OF THE CONFERENCE OF PLENIPOTENTIARIES ON THE
STOCKHOLM CONVENTION ON PERSISTENT ORGANIC POLLUTANTS

1. In its decision 19/13 C of 7 February 1997, the Governing Council of the United Nations Environment \
Programme (UNEP) requested the Executive Director of UNEP to convene a conference.
"""

# tests/ingest_eval/unseen/A_crime_programme_statement_1991_ru_nosymbol.txt: the adoption's date
CRIME_STATEMENT_RU = """Тема: Уголовное правосудие


Декларация принципов и программа действий программы Организации Объеднненных Наций в области предупреждения \
преступности и уголовного правосудия

Приняты&苍产蝉辫; Генеральной Ассамблеи от 18 декабря 1991 года

Мы, государства — члены Организации Объединенных Наций,
"""


def test_a_date_under_a_label_or_after_an_events_words_is_not_the_distribution_date() -> None:
    pops = cover_of(POPS_FINAL_ACT)
    assert pops.distribution_date is None
    assert pops.dates is not None and (pops.dates.start, pops.dates.end) == (date(2001, 5, 22), date(2001, 5, 23))
    assert pops.title is not None and pops.title.text.startswith("FINAL ACT")
    assert cover_of(CRIME_STATEMENT_RU).distribution_date is None


# the cover's own date line and its session line are still read (dev/UNEP_GC.23_11.txt, dev/FCCC_SBI_1996_1.txt)
GC_23 = """UNITED NATIONS
Governing Council                                   7 April 2005
of the United Nations Environment Programme

Twenty-third session
Nairobi, 21–25 February 2005
"""


def test_an_unlabelled_date_and_the_session_line_are_still_read() -> None:
    cover = cover_of(GC_23)
    assert cover.distribution_date == date(2005, 4, 7)
    assert cover.session_number == 23
    assert cover.dates is not None and cover.dates.start == date(2005, 2, 21) and cover.venue == "Nairobi"


# ------------------------------------------------------------------------------------ interleaved columns

# tests/ingest_eval/fresh/WHO_WPR_RC71_9.txt: WHO's masthead, the document's date and the session's period on
# lines of their own, the item heading "Provisional agenda item 15", the item's title broken after "OF"
WPR_RC71 = """REGIONAL COMMITTEE WPR/RC71/9

Seventy-first session

Manila, Philippines (virtual)

24 August 2020

6–9 October 2020 ORIGINAL: ENGLISH

Provisional agenda item 15

COORDINATION OF THE WORK OF

THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND THE REGIONAL COMMITTEE

Coordinating the work of WHO governing bodies is critical to accomplish the strategic priorities set out in \
the Thirteenth General Programme of Work 2019–2023 (GPW 13) and the WHO transformation.
"""


def test_a_lone_date_before_the_sessions_period_is_the_documents() -> None:
    cover = cover_of(WPR_RC71)
    assert cover.session_number == 71
    assert cover.distribution_date == date(2020, 8, 24)
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2020, 10, 6), date(2020, 10, 9))
    assert WPR_RC71[cover.dates.span[0]:cover.dates.span[1]] == "6–9 October 2020"
    assert cover.item is not None and cover.item.notations == ["15"] and cover.item.title is not None
    assert " ".join(cover.item.title.text.split()).endswith("THE EXECUTIVE BOARD AND THE REGIONAL COMMITTEE")


# tests/ingest_eval/unseen/LC_PLEN.36_resolutions_es_nosymbol.txt: ECLAC's masthead, the date with "ORIGINAL:"
# and the job number, the session line with its venue and date run on
LC_PLEN_36 = """3 de diciembre de 2021 ORIGINAL: ESPAÑOL 21-00953

COMITÉ PLENARIO

Trigésimo sexto período de sesiones Nueva York, 3 de diciembre de 2021

RESOLUCIONES APROBADAS

751(PLEN.36) PROGRAMA DE TRABAJO Y PRIORIDADES DE LA COMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE PARA 2023
"""


def test_a_spanish_session_line_with_its_venue_and_date() -> None:
    cover = cover_of(LC_PLEN_36)
    assert cover.distribution_date == date(2021, 12, 3)
    assert cover.session_number == 36 and cover.venue == "Nueva York"
    assert cover.dates is not None and LC_PLEN_36[cover.dates.span[0]:cover.dates.span[1]] == "3 de diciembre de 2021"
    assert cover.title is not None and cover.title.text == "RESOLUCIONES APROBADAS"


# ------------------------------------------------------------------------------------ year-numbered mandates


def test_a_year_numbered_decision_a_commission_cites_bare_is_the_councils() -> None:
    """tests/ingest_eval/unseen/E_CN.7_2019_Add.1_fr.txt: "Dans sa décision 2011/259, intitulée « Reprises de
    sessions conjointes de la Commission des stupéfiants ... »" in the Commission on Narcotic Drugs' annotations:
    the Economic and Social Council numbers its decisions by the year (the series table's source: the UN
    Editorial Manual), the Commission its own by session ("resolution 62/1")."""
    from mandategraph.ingest.series import numbering  # the table's column this round added

    assert numbering("E") == "year" and numbering("E/CN.7") == "session"
    reg = registry()
    cnd = Context(reg, "e-cn7", reg.conference_of("e-cn7"), language="fr")
    cited = Citation("decision", (0, 20), "sa décision 2011/259", issuer="its", session=2011, number=259)
    assert issuer_body(cnd, cited) == "ecosoc"
    own = Citation("resolution", (0, 20), "sa résolution 62/1", issuer="its", session=62, number=1)
    assert issuer_body(cnd, own) == "e-cn7"
    # a body the table says nothing of keeps the reading it had (the Commission on Human Rights numbered by year)
    hr = Context(reg, "e-cn4", reg.conference_of("e-cn4"))
    assert issuer_body(hr, Citation("resolution", (0, 20), "its resolution 2005/69", issuer="its", session=2005,
                                    number=69)) == "e-cn4"


def test_the_received_date_is_not_written_as_the_documents() -> None:
    result = ingest_bytes(POPS_FINAL_ACT.encode(), "UNEP_POPS_CONF_final_act_nosymbol.txt", registry())
    assert list(result.graph.objects(result.document, MG.distributionDate)) == []
    assert list(result.graph.objects(result.document, DCTERMS.issued)) == []


# ------------------------------------------------------------------------------------ where a title ends

# tests/ingest_eval/unseen/E_C.12_2009_SR.8_fr.txt: the session line run on before the title
E_C12_SR8 = """COMITÉ DES DROITS ÉCONOMIQUES, SOCIAUX ET CULTURELS

Quarante-deuxième session COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 8 e SÉANCE

Tenue au Palais Wilson à Genève, le jeudi 7 mai 2009, à 15 heures.
"""

# tests/ingest_eval/unseen/CCPR_C_84_D_1207_2003_ru.txt: the Views' title, then the session between dashes
CCPR_VIEWS = """Комитет по правам человека
Восемьдесят четвертая сессия
11 - 29 июля 2005 г.
Соображения Комитета по правам человека согласно
Факультативного протокола к Международному пакту
о гражданских и политических правах*
- Восемьдесят четвертая сессия -
Сообщение № 1207/2003
"""


def test_a_title_ends_at_a_kind_line_a_framed_session_line_and_after_a_session_line_run_on_before_it() -> None:
    cover = cover_of(A_52_250)
    assert cover.title is not None and cover.title.text.endswith("L'ORDRE DU JOUR")
    assert [k.text for k in cover.kind_lines] == ["Premier rapport du Bureau"]
    sr8 = cover_of(E_C12_SR8)
    assert sr8.title is not None
    assert " ".join(sr8.title.text.split()) == "COMPTE RENDU ANALYTIQUE (PARTIEL) DE LA 8 e SÉANCE"
    assert sr8.session_number == 42
    views = cover_of(CCPR_VIEWS)
    assert views.title is not None and views.title.text.endswith("о гражданских и политических правах")


# ------------------------------------------------------------------------------------ bodies


def test_a_commissions_report_in_the_councils_series_is_the_commissions() -> None:
    """tests/ingest_eval/unseen/E_1997_27_chap2_es.txt: the Council's symbol, the Commission named under it (the
    series table's row E/CN.6, with its source)."""
    text = ("United Nations\n\nE/1997/27\n\n\nCommission on the Status of Women\n\n Distr. GENERAL\n\n\n\n"
            "E/1997/27 CSW - Informe sobre el 41~ peri'odo de sesiones\n"
            "                                Capi'tulo II\n\n"
            "         SEGUIMIENTO DE LA CUARTA CONFERENCIA MUNDIAL SOBRE LA MUJER\n\n"
            "1.   La Comisio'n examino' el tema 3 de su programa en las sesiones 1~ a 12~.\n")
    assert bodies_of(text, "E_1997_27_chap2_es.txt") == ["e-cn6"]


def test_a_bodys_name_with_words_run_together_is_not_read_as_a_name() -> None:
    """tests/ingest_eval/unseen/UNEP_POPS_COP.4_1.txt: "Conference of the Parties of the StockholmConvention
    on Persistent Organic Pollutants" is no body's name as printed: unknown, never a body of that name."""
    text = ("Miljø- og Planlægningsudvalget 2008-09\nMPU Alm.del Bilag 506\n"
            "SCUNEP/POPS/COP.4/1Distr.: General27 November 2008\n"
            "Stockholm Conventionon Persistent OrganicPollutants\nOriginal: English\n"
            "Conference of the Parties of the StockholmConvention on Persistent Organic PollutantsFourth "
            "meetingGeneva, 4–8 May 2009\nProvisional agenda1.2.Opening of the meeting.Organizational matters:\n")
    assert bodies_of(text, "UNEP_POPS_COP.4_1.txt") == []


def test_a_body_the_series_table_knows_named_first_is_not_passed_over_for_a_curated_one() -> None:
    """tests/ingest_eval/unseen/FCCC_SBI_6_agenda_nosymbol.txt: "the sixth session of the Subsidiary Body for
    Implementation (SBI)" in the first paragraph, "the United Nations General Assembly" in an item's title."""
    text = ("1. Arrangements have been made for the sixth session of the Subsidiary Body for Implementation (SBI) to "
            "be held at the Hotel Maritim, Bonn, from 28 July to 5 August 1997.\n\n"
            "2. The provisional agenda for the sixth session of the SBI, proposed after consultation with the "
            "Chairman, is as follows:\n\n1. Opening of the session.\n\n2. Organizational matters:\n\n"
            "(a) Adoption of the agenda;\n\n(b) Organization of the work of the session;\n\n"
            "9. Matters arising from the United Nations General Assembly: Special session on Agenda 21.\n\n"
            "10. Other matters.\n\n11. Report on the session.\n")
    assert "ga" not in bodies_of(text, "FCCC_SBI_6_agenda_nosymbol.txt")


def test_a_rule_a_functional_commission_cites_is_of_the_councils_rules_for_its_commissions() -> None:
    """tests/ingest_eval/fresh/E_CN.6_1999_1.txt: "Rule 15 of the rules of procedure of the functional
    commissions of the Economic and Social Council provides that ..." (the series table's rules_of, with its
    source): the Council's rules, never rules of the Commission's own."""
    from mandategraph.ingest.series import rules_owner  # the table's column this round added

    assert rules_owner("E/CN.6") == "E" and rules_owner("E/CN.7") == "E" and rules_owner("CAT/C") is None
    text = ("Distr.\nGENERAL\nE/CN.6/1999/1\n23 December 1998\nORIGINAL: ENGLISH\n\n"
            "COMMISSION ON THE STATUS OF WOMEN\nForty-third session\n1-12 March 1999\n"
            "Item 2 of the provisional agenda\nAdoption of the agenda and other organizational matters\n\n"
            "Provisional agenda\n\n1. Election of officers.\n\n2. Adoption of the agenda and other organizational "
            "matters.\n\nAnnotations\n\n1. Election of officers\n\nRule 15 of the rules of procedure of the "
            "functional commissions of the Economic and Social Council provides that, at the commencement of the "
            "first meeting of a regular session, the Commission shall elect a Chairperson.\n")
    result = ingest_bytes(text.encode(), "E_CN.6_1999_1.txt", registry())
    owners = {str(o).rsplit("/", 1)[-1] for s in result.graph.subjects(RDF.type, MG.RulesOfProcedure)
              for o in result.graph.objects(s, MG.adoptedBy)}
    assert owners == {"ecosoc"}


# tests/ingest_eval/unseen/A_62_434_es.txt: the item's title, then the report's own title and its rapporteur
A_62_434 = """A/62/434
Naciones Unidas
Asamblea General
Distr. general
3 de diciembre de 2007
Español
Original: inglés
Sexagésimo segundo período de sesiones
Tema 65 del programa
Informe del Consejo de Derechos Humanos
Informe de la Tercera Comisión
Relatora: Sra. Tebatso Future Baleseng (Botswana)
I. Introducción
1.
En su tercera sesión plenaria, celebrada el 21 de septiembre de 2007, la
"""


def test_an_items_title_ends_where_the_documents_own_title_begins() -> None:
    cover = cover_of(A_62_434)
    assert cover.item is not None and cover.item.title is not None
    assert cover.item.title.text == "Informe del Consejo de Derechos Humanos"
    assert cover.title is not None and cover.title.text == "Informe de la Tercera Comisión"  # not its rapporteur


# ------------------------------------------------------------------------------------ mis-decoded glyphs

# tests/ingest_eval/unseen/TRANS_WP.30_AC.2_2000_7_ru.txt: a Russian PDF whose Cyrillic font came out as ASCII
TRANS_WP30 = """E W K HJ=:GBA:PBY

advertisement
HJ=:GBA:PBY
H;T?>BG?GGUOG:PBC
WDHGHFBQ?KDBC
BKHPB:EVGUCKH<?L
E
Distr.
GENERAL
TRANS/WP.30/AC.2/2000/7
TRANS/WP.30/2000/9
15 December 1999
RUSSIAN
Original: ENGLISH
?<JHI?CKD:Y WDHGHFBQ?KD:Y DHFBKKBY
DHFBL?LIH<GMLJ?GG?FMLJ:GKIHJLM
:^fbgbkljZlb\\gucdhfbl_lDhg\\_gpbbF>I]h^Z
>\\Z^pZlv\\hkvfZyk_kkbybn_\\jZey]h^Z
imgdl 6 b)ih\\_kldb^gy
JZ[hqZy]jmiiZihlZfh`_gguf\\hijhkZf
k\\yaZggufkljZgkihjlhf
"""


def test_a_russian_text_of_mis_decoded_glyphs_is_russian_with_no_title_or_items() -> None:
    from mandategraph.ingest.document import GLYPH_SHIFT, misdecoded_cyrillic  # this round's rule

    assert "HJ=:GBA:PBY".translate(GLYPH_SHIFT) == "ОРГАНИЗАЦИЯ"
    assert misdecoded_cyrillic(TRANS_WP30)
    assert not misdecoded_cyrillic(A_62_434) and not misdecoded_cyrillic(EB147_1)
    result = ingest_bytes(TRANS_WP30.encode(), "TRANS_WP.30_AC.2_2000_7_ru.txt", registry())
    assert [str(v) for v in result.graph.objects(result.document, DCTERMS.language)] == ["ru"]
    assert list(result.graph.objects(result.document, DCTERMS.title)) == []
    assert list(result.graph.subjects(MG.onAgenda, result.document)) == []
    assert [str(v) for v in result.graph.objects(result.document, MG.distributionDate)] == ["1999-12-15"]


# ------------------------------------------------------------------------------------ a summary record's meeting

# tests/ingest_eval/fresh/CCPR_C_SR.1781_es.txt: the line under a summary record's title
CCPR_SR_1781 = """Distr.
GENERAL

CCPR/C/SR.1781
5 de octubre de 1999

ESPAÑOL
Original: INGLÉS

COMITÉ DE DERECHOS HUMANOS

66º período de sesiones

ACTA RESUMIDA DE LA PRIMERA PARTE (PÚBLICA)* DE LA 1781ª SESIÓN

celebrada en el Palacio de las Naciones, Ginebra, el jueves 29 de julio de 1999, a las 15.00 horas

Presidenta : Sra. MEDINA QUIROGA

SUMARIO
"""


def test_a_summary_records_meeting_line_gives_the_sessions_venue_never_its_dates() -> None:
    result = ingest_bytes(CCPR_SR_1781.encode(), "CCPR_C_SR.1781_es.txt", registry())
    sessions = list(result.graph.objects(result.document, MG.forSession))
    assert len(sessions) == 1
    assert [str(v) for v in result.graph.objects(sessions[0], MG.venue)] == ["Ginebra"]
    assert list(result.graph.objects(sessions[0], MG.startDate)) == []  # the meeting's day is not the session's


def test_a_symbol_split_at_its_series_letter_over_two_lines() -> None:
    """tests/ingest_eval/fresh/A_76_100.txt: "United Nations A" / "/76/100*": the masthead's two columns."""
    text = ("United Nations A\n\n/76/100*\n\nGeneral Assembly\n\nDistr.: General 15 June 2021 Original: English\n\n"
            "Seventy-sixth session\n\nAnnotated preliminary list of items to be included in the provisional "
            "agenda of the seventy-sixth regular session of the General Assembly\n")
    cover = cover_of(text)
    assert cover.symbol is not None and cover.symbol.text == "A/76/100"
    assert cover.symbol_span is not None and text[cover.symbol_span[0]] == "A"
    assert cover_of("United Nations A\n\n/ the page\n").symbol is None


def test_a_text_with_a_labelled_date_is_read_as_a_document_with_its_date_unknown() -> None:
    """tests/ingest_eval/unseen/A_crime_programme_statement_1991_ru_nosymbol.txt: the adoption's date is a dated
    line of its cover (the text is read), never its distribution date."""
    result = ingest_bytes(CRIME_STATEMENT_RU.encode(), "A_crime_programme_statement_1991_ru_nosymbol.txt",
                          registry())
    assert [str(v) for v in result.graph.objects(result.document, DCTERMS.language)] == ["ru"]
    assert list(result.graph.objects(result.document, MG.distributionDate)) == []


def test_a_cover_that_prints_several_sessions_lines_gives_no_session() -> None:
    """tests/ingest_eval/unseen/A_80_18_fr.txt: the Assembly's Official Records over the three sessions of the
    Committee a report covers: no session of the document's (the answers leave it open), and the text is read."""
    text = ("Assemblée générale\n\nDocuments officiels\n\nQuatre-vingtième session\n\nSupplément n o 18\n\nA/80/18\n\n"
            "Rapport du Comité pour l’élimination de la discrimination raciale\n\n113e session\n\n"
            "(5-23 août 2024)114e session(25 novembre-13 décembre 2024)115e session(22 avril-9 mai 2025)\n\n"
            "Nations Unies • New York, 2025\n\nNote\n\n")
    cover = cover_of(text)
    assert cover.session_number is None and cover.dates is None
    result = ingest_bytes(text.encode(), "A_80_18_fr.txt", registry())
    assert list(result.graph.objects(result.document, MG.forSession)) == []
    assert [str(v) for v in result.graph.objects(result.document, DCTERMS.identifier)] == ["A/80/18"]
    assert cover_of(GC_23).session_number == 23  # one session line: read
