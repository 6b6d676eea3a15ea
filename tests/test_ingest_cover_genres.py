"""The genre of a document read from its own words, in every language, wherever the cover's line
breaks fall (issue 10, classes 1 and 6).

Each rule is tested on an excerpt of a real document of the fresh set (tests/ingest_eval/fresh/,
development material since its blind score), quoted with the file it comes from; each test fails on
the ingester before the rule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mandategraph import iri
from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.cover import Cover, parse_cover
from mandategraph.ingest.dates import find_ranges
from mandategraph.ingest.genres.papers import lexicon_genre
from mandategraph.ingest.lexicon import ordinal
from mandategraph.ingest.series import without_session
from mandategraph.ingest.symbols import find_symbols
from mandategraph.ingest.text import parse_source
from mandategraph.namespaces import DCTERMS, MG, RDF

ROOT = Path(__file__).resolve().parents[1]


def registry() -> Registry:
    return Registry.load(ROOT / "data" / "curated")


def cover_of(text: str) -> Cover:
    return parse_cover(parse_source(text.encode(), "cover.txt").clean, registry())


def titles(text: str) -> set[str]:
    result = ingest_bytes(text.encode(), "cover.txt", registry())
    return {str(t) for t in result.graph.objects(result.document, DCTERMS.title)}


# tests/ingest_eval/fresh/CAC_COSP_2017_14_es.txt: a mirror's page, the cover flattened onto one line;
# the report's title after the job number names the session, its venue and dates; no session line
CAC_COSP_2017_14_ES = (
    "source: https://example.org/cac-cosp-2017-14\n\n"
    "Naciones Unidas CAC/COSP/2017/14 Conferencia de los Estados Partes en la Convención de las Naciones "
    "Unidas contra la Corrupción Distr. general 23 de noviembre de 2017 Español Original: inglés V.17-08298 "
    "(S) 160118 160118 *1708298* Informe de la Conferencia de los Estados Partes en la Convención de las "
    "Naciones Unidas contra la Corrupción sobre su séptimo período de sesiones, celebrado en Viena del 6 al "
    "10 de noviembre de 2017 Índice Página I. Resoluciones aprobadas por la Conferencia de los Estados "
    "Partes en la Convención de las Naciones Unidas contra la Corrupción ..................... 3\n")
REPORT_TITLE_ES = ("Informe de la Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra "
                   "la Corrupción sobre su séptimo período de sesiones, celebrado en Viena del 6 al 10 de noviembre "
                   "de 2017")


def test_a_flattened_covers_title_is_read_by_its_genres_words_up_to_the_contents() -> None:
    cover = cover_of(CAC_COSP_2017_14_ES)
    assert cover.title is not None and cover.title.text == REPORT_TITLE_ES
    result = ingest_bytes(CAC_COSP_2017_14_ES.encode(), "cover.txt", registry())
    assert result.kind == "report"


def test_a_spanish_titles_own_session_venue_and_dates_are_the_sessions() -> None:
    cover = cover_of(CAC_COSP_2017_14_ES)
    assert cover.session_number == 7
    assert cover.venue == "Viena"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2017, 11, 6), date(2017, 11, 10))


# tests/ingest_eval/fresh/CTOC_COP_2018_13_ru.txt: the same layout in Russian, the session named in the
# genitive ("о работе ее девятой сессии, проведенной в Вене 15–19 октября 2018 года")
CTOC_COP_2018_13_RU = (
    "source: https://example.org/ctoc-cop-2018-13\n\n"
    "Организация Объединенных Наций CTOC/COP/2018/13 Конференция участников Конвенции Организации "
    "Объединенных Наций против транснациональной организованной преступности Distr.: General 1 November "
    "2018 Russian Original: English V.18-07401 (R) 181218 191218 *1807401* Доклад Конференции участников "
    "Конвенции Организации Объединенных Наций против транснациональной организованной преступности о работе "
    "ее девятой сессии, проведенной в Вене 15–19 октября 2018 года Содержание Стр. I. Резолюции и решения, "
    "принятые Конференцией .................................. 3\n")


def test_a_russian_reports_title_gives_its_genre_session_venue_and_dates() -> None:
    cover = cover_of(CTOC_COP_2018_13_RU)
    assert cover.title is not None and cover.title.text.startswith("Доклад Конференции участников")
    assert cover.title.text.endswith("15–19 октября 2018 года")
    assert (cover.session_number, cover.venue) == (9, "Вене")
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2018, 10, 15), date(2018, 10, 19))
    assert ingest_bytes(CTOC_COP_2018_13_RU.encode(), "cover.txt", registry()).kind == "report"


# tests/ingest_eval/fresh/A_HRC_5_21.txt: a title in capitals after the item heading, its footnote mark
# lost in the cleaning, run on into the rapporteur's line
A_HRC_5_21 = (
    "source: https://example.org/a-hrc-5-21\n\n"
    "UNITED NATIONS A General Assembly Distr. GENERAL A/HRC/5/21 7 August 2007 Original: ENGLISH HUMAN "
    "RIGHTS COUNCIL Fifth session 11-18 June 2007 Agenda item 3 REPORT TO THE GENERAL ASSEMBLY ON THE FIFTH "
    "SESSION OF THE COUNCIL* Vice-President and Rapporteur: Mr. Mousa Burayzat (Jordan) * The format of the "
    "present report is based on the agenda.\n")


def test_a_title_in_capitals_ends_where_its_capitals_end() -> None:
    cover = cover_of(A_HRC_5_21)
    assert cover.title is not None
    assert cover.title.text == "REPORT TO THE GENERAL ASSEMBLY ON THE FIFTH SESSION OF THE COUNCIL"
    assert ingest_bytes(A_HRC_5_21.encode(), "cover.txt", registry()).kind == "report"


# tests/ingest_eval/fresh/CTOC_COP_2008_INF.1_zh.txt: a Chinese text with no spaces at all; a reissue mark
# between the session line and its dates, the venue run into the title "与会者须知" (information for
# participants)
CTOC_COP_2008_INF_1_ZH = (
    "source: https://example.org/ctoc-cop-2008-inf-1\n\n"
    "您好,欢迎访问三七文档\n当前位置:首页 > 办公文档 > 会议纪要 > 联合国打击跨国有组织犯罪公约缔约方会议\n"
    "联合国CTOC/COP/2008/INF/1联合国打击跨国有组织犯罪公约缔约方会议Distr.:General6June2008ChineseOriginal:English"
    "V.08-54117(C)GP070708070708*0854117*第四届会议*2008年10月8日至17日,维也纳与会者须知一.日期和地点1.联合国打击跨国"
    "有组织犯罪公约缔约方会议第四届会议将于2008年10月8日至17日在维也纳Wagramerstrasse5维也纳国际中心的联合国驻维也纳办事处"
    "举行。二.会议开幕和座位安排2.开幕式将于2008年10月8日星期三上午10时起在维也纳国际中心举行。请各位代表在上午9时45分以前入座。"
    "3.与会者请注意,在会议进行期间,移动电话应一律处在关机状态或转至“静音”模式。\n")


def test_a_chinese_session_lines_dates_and_venue_after_a_mark_and_the_title_they_run_into() -> None:
    cover = cover_of(CTOC_COP_2008_INF_1_ZH)
    assert cover.session_number == 4 and cover.venue == "维也纳"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2008, 10, 8), date(2008, 10, 17))
    assert titles(CTOC_COP_2008_INF_1_ZH) == {"与会者须知"}


# tests/ingest_eval/fresh/A_53_250_fr.txt: the General Committee's report, its kind under the title
# after an ordinal ("Premier rapport du Bureau")
A_53_250_FR = (
    "source: https://example.org/a-53-250\n\n"
    "A/53/250\nDistr. générale\n11 septembre 1998\nFrançais\nOriginal: anglais\nCinquante-troisième session\n \n"
    "Organisation de la cinquante-troisième session ordinaire de l'Assemblée générale, adoption de l'ordre du "
    "jour et répartition des questions inscrites à l'ordre du jour\n \n \nPremier rapport du Bureau\n \n \n\n"
    "Table des matières\n\nI. Introduction\n")


def test_a_kind_line_naming_a_report_after_an_ordinal_is_a_reports() -> None:
    result = ingest_bytes(A_53_250_FR.encode(), "cover.txt", registry())
    assert result.kind == "report"
    assert (result.document, RDF.type, MG.Report) in result.graph


def test_the_lexicons_name_a_genre_by_a_titles_first_words_in_every_language() -> None:
    assert lexicon_genre("Informe de la Conferencia de las Partes") == "report"
    assert lexicon_genre("Доклад Группы по обзору хода осуществления") == "report"
    assert lexicon_genre("Informations à l intention des participants") == "information paper"
    assert lexicon_genre("秘书处的报告") == "report"
    assert lexicon_genre("Organisation de la cinquante-troisième session") is None
    assert lexicon_genre("Reporting of the States") is None


# a heading after a numbered item of a list is the list's, never the cover's title
NUMBERED_REPORT = (
    "source: https://example.org/numbered\n\n"
    "United Nations CTOC/COP/2010/1 Distr.: General 2 August 2010 Original: English Provisional agenda "
    "1. Opening of the session. 2. Report of the Working Group on Trafficking in Persons Contents 3\n")


def test_a_report_named_in_a_numbered_item_is_not_the_covers_title() -> None:
    cover = cover_of(NUMBERED_REPORT)
    assert cover.title is None or not cover.title.text.startswith("Report of the Working Group")


# tests/ingest_eval/fresh/E_CN.15_2018_INF.1.txt: a mirror's summary of the first page (no symbol), then a
# metadata line with the symbol and "Distr." again: the masthead found is the second, its session line the
# first copy's, the title after that session line
E_CN_15_2018_INF_1 = (
    "source: https://example.org/e-cn15-2018-inf-1\n\n"
    "Example: stock market\n\nEconomic and Social Council - unodc.org\n\n"
    "United Nations Economic and Social Council Distr.: General 13 February 2018 English, French and Spanish only "
    "(E) 230218 260218 *1800783* Commission on Crime Prevention and Criminal Justice Twenty-seventh session "
    "Vienna, 14 18 May 2018 Information for participants I. Opening date and venue 1. The twenty-seventh session "
    "of the Commission on Crime Prevention and Criminal Justice will be held at the Vienna International Centre "
    "(VIC), Wagramer Strasse 5, 1220 Vienna. The session will open on Monday, 14 May 2018, at 10 in the Plenary "
    "Hall (Board Room B), on the first floor of the M-Building. The Committee of the Whole of the Commission will "
    "begin its work on Monday, 14 May 2018, at 3 in Board Room A of the M-Building. 2. The annotated provisional "
    "agenda and proposed organization of work are contained in document , to be made available on the web page "
    "of the United Nations Office on Drugs and Crime for the Commission s twenty-seventh II.\n\n"
    "United Nations E/CN.15/2018/INF/1 Economic and Social Council Distr.: General 13 February 2018 English, "
    "French and Spanish only V.18-00783 (E) 230218 …\n\n")


def test_the_session_line_title_and_dates_of_a_copy_of_the_same_masthead_are_read() -> None:
    cover = cover_of(E_CN_15_2018_INF_1)
    assert cover.symbol is not None and cover.symbol.text == "E/CN.15/2018/INF/1"
    assert cover.session_number == 27
    assert cover.title is not None and cover.title.text == "Information for participants"
    # "Vienna, 14 18 May 2018": the dash between the days lost, one period
    assert cover.venue == "Vienna"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2018, 5, 14), date(2018, 5, 18))
    backwards = cover_of(E_CN_15_2018_INF_1.replace("Vienna, 14 18 May 2018", "Vienna, 18 14 May 2018"))
    assert backwards.dates is None  # the later day first: no period read


def test_a_copy_with_another_distribution_date_is_another_documents_masthead() -> None:
    other = E_CN_15_2018_INF_1.replace("Distr.: General 13 February 2018 English, French and Spanish only (E)",
                                       "Distr.: General 2 January 2018 English, French and Spanish only (E)")
    assert cover_of(other).session_number is None


def test_french_ordinals_counted_in_twenties_are_read() -> None:
    """tests/ingest_eval/fresh/CCPR_C_89_1_fr.txt: "Quatre‑vingt‑neuvième session" (non-breaking hyphens)."""
    cover = cover_of("source: https://example.org/ccpr-c-89-1\n\nNATIONS UNIES\n\nCCPR/C/89/1\n\nDistr.GÉNÉRALE\n\n"
                     "9 janvier 2007\n\nFRANÇAISOriginal: ANGLAIS\n\nCOMITÉ DES DROITS DE L’HOMME\n\n"
                     "Quatre\u2011vingt\u2011neuvième session\n\nNew York, 12\u201130 mars 2007\n\n"
                     "ORDRE DU JOUR PROVISOIRE ET ANNOTATIONS\n\nNote du Secrétaire général\n\n")
    assert cover.session_number == 89
    assert [ordinal(w) for w in ("soixante et onzième", "soixante-dix-septième", "quatre-vingtième",
                                 "quatre-vingt-unième", "quatre-vingt-dix-neuvième")] == [71, 77, 80, 81, 99]


# ------------------------------------------------------------------------------------ series the plain grammar misses

def test_listed_series_spelt_apart_from_the_plain_grammar_are_symbols_of_their_organs() -> None:
    """Rows of symbol_series.csv: a segment in mixed case (UNEP/OzL.Pro, the Montreal Protocol's Meeting
    of the Parties), a session's number glued to the series (WHO's EB140, WPR/RC71), a bare "INF."."""
    found = {s.text: without_session(s.body_prefix) for s, _ in find_symbols(
        "UNITED NATIONS EP UNEP/OzL.Pro.27/1/Add.1 Distr.: General; EXECUTIVE BOARD EB140/INF./3 140th session; "
        "REGIONAL COMMITTEE WPR/RC71/9 Seventy-first session")}
    assert found == {"UNEP/OzL.Pro.27/1/Add.1": "UNEP/OzL.Pro", "EB140/INF./3": "EB", "WPR/RC71/9": "WPR/RC"}
    assert [s.text for s, _ in find_symbols("WEB140/2 and XEB140/INF./3")] == []  # inside another word: none


# tests/ingest_eval/fresh/UNEP_OzL.Pro.27_1_Add.1.txt: a mirror's page, the masthead flattened; a sentence's
# "(item 1 of the provisional agenda for the preparatory segment)" after the title
UNEP_OZL_PRO_27_1_ADD_1 = (
    "source: https://example.org/unep-ozl-pro-27-1-add-1\n\n"
    "Annotations to the provisional agenda. I. Preparatory segment (1 3 November 2015)\n\nSize: px\n"
    "Start display at page:\n\nDownload \"Annotations to the provisional agenda. I. Preparatory segment (1 3 November "
    "2015)\"\n\nTranscription\n\n1 UNITED NATIONS EP UNEP/OzL.Pro.27/1/Add.1 Distr.: General 6 October 2015 "
    "Original: English United Nations Environment Programme Twenty-Seventh Meeting of the Parties to the Montreal "
    "Protocol on Substances that Deplete the Ozone Layer Dubai, United Arab Emirates, 1 5 November 2015 Annotations "
    "to the provisional agenda I. Preparatory segment (1 3 November 2015) A. Opening of the preparatory segment "
    "(item 1 of the provisional agenda for the preparatory 1. The preparatory segment of the meeting is scheduled "
    "to be opened on Sunday, 1 November 2015, at 10 a.m. at the Conrad Hotel on Sheikh Zayed Road in Dubai, United "
    "Arab Emirates.\n")


def test_a_mixed_case_series_gives_its_organ_and_a_sentences_item_words_are_no_heading() -> None:
    cover = cover_of(UNEP_OZL_PRO_27_1_ADD_1)
    assert cover.symbol is not None and cover.symbol.text == "UNEP/OzL.Pro.27/1/Add.1"
    assert cover.item is None  # "(item 1 of the provisional agenda for ...": prose
    assert cover.title is not None and cover.title.text == "Annotations to the provisional agenda"
    assert cover.session_number == 27
    result = ingest_bytes(UNEP_OZL_PRO_27_1_ADD_1.encode(), "cover.txt", registry())
    assert result.kind == "agenda"
    assert {str(b) for b in result.graph.objects(result.document, MG.ofBody)} == {str(iri.body("unep-ozlpro"))}


# tests/ingest_eval/fresh/CAC_COSP_WG.2_2018_2.txt: a working group's meeting with no session line, flattened:
# its place and days right before the item heading
CAC_COSP_WG_2_2018_2 = (
    "source: https://example.org/cac-cosp-wg2-2018-2\n\n"
    "1 United Nations CAC/COSP/WG.2/2018/2 Conference of the States Parties to the United Nations Convention "
    "against Corruption Distr.: General 4 April 2018 Original: English Open-ended Intergovernmental Working Group "
    "on Asset Recovery Vienna, 6 and 7 June 2018 Item 2 of the provisional agenda * Overview of progress made in "
    "the implementation of asset recovery mandates Progress report on the implementation of the mandates of the "
    "Open-ended Intergovernmental Working Group on Asset Recovery Note by the Secretariat I. Introduction 1. In its "
    "resolution 1/4, adopted at its first session, the Conference established the Working Group.\n")


def test_a_meetings_days_right_before_its_item_heading_are_its_dates() -> None:
    cover = cover_of(CAC_COSP_WG_2_2018_2)
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2018, 6, 6), date(2018, 6, 7))
    # "... on Asset Recovery Vienna,": where a place's name begins is not printed, but Vienna is a place the lexicons
    # name (round 12, cover._venue_beside_dates): the venue, as the text's answers read it; no other words are taken
    assert cover.venue == "Vienna"
    assert cover.title is not None and cover.title.text.startswith("Progress report on the implementation")


def test_days_apart_or_a_single_day_before_the_item_heading_are_not_a_meetings_dates() -> None:
    apart = CAC_COSP_WG_2_2018_2.replace("Vienna, 6 and 7 June 2018", "Vienna, 6 and 9 June 2018")
    one_day = CAC_COSP_WG_2_2018_2.replace("Vienna, 6 and 7 June 2018", "Vienna, 6 June 2018")
    assert cover_of(apart).dates is None and cover_of(one_day).dates is None


def test_a_year_glued_to_its_month_is_read() -> None:
    """tests/ingest_eval/fresh/CCPR_C_141_1.txt: "1–23 July2024", the space lost in the PDF's text."""
    cover = cover_of("source: https://example.org/ccpr-c-141-1\n\nUnited Nations\n\nCCPR/C/141/1\n\n"
                     "Distr.: General\n\n4 June 2024\n\nOriginal: English\n\nHuman Rights Committee\n\n"
                     "14 1 st session\n\n1–23 July2024\n\nItem 1 of the provisional agenda\n\n"
                     "Adoption of the agenda\n\nAnnotated provisional agenda *\n\n")
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2024, 7, 1), date(2024, 7, 23))
    assert find_ranges("12 Mayor2020") == []  # a word that begins with a month's name is none


# tests/ingest_eval/fresh/CTOC_COP_WG.4_2017_report_es_nosymbol.txt: a blank line after every line of the cover
CTOC_COP_WG_4_2017_ES = (
    "source: https://example.org/ctoc-cop-wg4-2017\n\nNaciones Unidas\n\nCTOC\n\nConferencia de las Partes en la\n\n"
    "Convención de las Naciones\n\nUnidas contra la Delincuencia\n\nOrganizada Transnacional\n\n"
    "Distr. general 18 de septiembre de 2017 Español Original: inglés V.17-06896 (S) 231017 231017\n\n"
    "Informe sobre la reunión del Grupo de Trabajo sobre la\n\nTrata de Personas celebrada en Viena del 6 al 8 de\n\n"
    "septiembre de 2017\n\nI. Introducción\n\n1. En su decisión 4/4, la Conferencia de las Partes decidió.\n")


def test_a_title_line_ending_in_a_joining_word_runs_on_past_a_blank_line() -> None:
    cover = cover_of(CTOC_COP_WG_4_2017_ES)
    assert cover.title is not None and " ".join(cover.title.text.split()) == (
        "Informe sobre la reunión del Grupo de Trabajo sobre la Trata de Personas celebrada en Viena del 6 al 8 de "
        "septiembre de 2017")
    assert cover.venue == "Viena"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2017, 9, 6), date(2017, 9, 8))
