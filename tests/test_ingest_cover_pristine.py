"""The pristine set's wrong cover facts (issue 10, class 1) made right or unknown, and covers read that were not:
each rule on a short excerpt of a real text, quoted with the file it comes from; each test fails on the ingester
before its rule.
"""

from __future__ import annotations

from mandategraph.ingest import IngestResult
from mandategraph.namespaces import DCTERMS, MG
from tests.ingest_covers import cover_of, ingested
from tests.test_ingest_bodies_round11 import WMO_EC_LXII  # pdfslide's WMO page, its <title> with the site's name


def _sessions(result: IngestResult) -> list[int]:
    return sorted(int(n) for n in result.graph.objects(None, MG.sessionNumber))


def _symbols(result: IngestResult) -> list[str]:
    return sorted(str(s) for s in result.graph.objects(result.document, DCTERMS.identifier))


# tests/ingest_eval/pristine/IFAD_EB_106_Rev.1_fr.txt: IFAD's Executive Board, its cover flattened on a mirror; its
# sessions are numbered past a hundred ("Cent sixième session"), never the sixth; the mirror's counter of views
# over it
IFAD_EB_106 = """41
Note pour les représentants au Conseil d’administration Responsables: Questions techniques: \
Conseil d'administration Cent sixième session Rome, 20-21 septembre 2012 Cote du document: EB/106/Rev.1 F Date: \
13 décembre 2012 Distribution: Publique Original: Anglais Procès-verbal de la cent sixième session du Conseil \
d’administration
"""


def test_a_french_ordinal_past_a_hundred() -> None:
    from mandategraph.ingest.lexicon import ordinal

    assert ordinal("Cent dix-huitième") == 118  # tests/ingest_eval/pristine/IFAD_EB_118_fr.txt
    assert ordinal("cent unième") == 101
    assert cover_of(IFAD_EB_106).session_number == 106


# tests/ingest_eval/pristine/LC_L.2318(CEA.2005_8)_es.txt: ECLAC's document for the Statistical Conference of the
# Americas, its cover flattened on a mirror; the conference's own symbol in parentheses is part of the symbol
LC_L_2318 = """NACIONES UNIDAS COMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE - CEPAL Distr. LIMITADA \
LC/L.2318(CEA.2005/8) 26 de abril del 2005 ORIGINAL: ESPAÑOL Tercera reunión de la Conferencia Estadística de las \
Américas de la Comisión Económica para América Latina y el Caribe Santiago de Chile, 1º al 3 de junio del 2005
"""


def test_a_symbol_of_another_series_in_parentheses_is_part_of_the_symbol() -> None:
    assert _symbols(ingested(LC_L_2318, "LC_L.2318(CEA.2005_8)_es.txt")) == ["LC/L.2318(CEA.2005/8)"]


# tests/ingest_eval/pristine/CERD_C_SR.1370_ru.txt: OHCHR's page text of a summary record, its symbol's number split
# by spaces; the title names the meeting, 1370, whole
CERD_C_SR_1370 = """ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ

CERD

1

М ЕЖДУНАРОДНАЯ КОНВЕНЦИЯ О ЛИКВИДАЦИИ ВСЕХ ФОРМ РАСОВОЙ ДИСКРИМИНАЦИИ

Distr .

CERD/C/SR.1 3 70

13 August 200 9

RUSSIAN

Original :

КОМИТЕТ ПО ЛИКВИДАЦИИ РАСОВОЙ ДИСКРИМИНАЦИИ

Пятьдесят пятая сессия

КРАТКИЙ ОТЧЕТ О 1370-м ЗАСЕДАНИИ,
"""


def test_a_symbol_split_by_spaces_is_joined_only_as_the_text_prints_its_number() -> None:
    assert _symbols(ingested(CERD_C_SR_1370, "CERD_C_SR.1370_ru.txt")) == ["CERD/C/SR.1370"]
    # the number not printed whole anywhere: where the symbol ends is not known, no symbol rather than a cut one
    unjoined = CERD_C_SR_1370.replace("1370-м", "")
    assert _symbols(ingested(unjoined, "CERD_C_SR.1370_ru.txt")) == []


def _titles(result: IngestResult) -> list[str]:
    return [str(t) for t in result.graph.objects(result.document, DCTERMS.title)]


# tests/ingest_eval/pristine/ECOSOC_res_1987-05-26_HONLEA_Latin_America_nosymbol.txt: a Council resolution on a web
# archive: its date, the plenary meeting that adopted it, its title
HONLEA = """sab 27 lug. 2024
Economic and Social Council - 26 maggio 1987
26 May 1987

14th plenary meeting

Meeting of Operational Heads of National Narcotics Law Enforcement Agencies, Latin American and Caribbean Region

The Economic and Social Council,

Bearing in mind recommendation 19 of the first Interregional Meeting of Heads of National Drug Law Enforcement \
Agencies, resolution VIII/4 of the Eighth Conference of the States Parties to the South American Agreement on \
Narcotic Drugs and Psychotropic Substances and, in particular, Commission on Narcotic Drugs resolution 3 (XXXII) of 11 \
February 1987,

1. Invites the Governments of the Latin American and Caribbean countries and other interested Governments to \
participate in the regional meeting of the heads of national drug law enforcement agencies with a view to \
establishing the Meeting of Operational Heads of National Narcotics Law Enforcement Agencies, Latin American and \
Caribbean Region;
"""

# tests/ingest_eval/pristine/ECOSOC_res_1984-07-27_ECWA_structure_nosymbol.txt: the same archive, the meeting printed
# "Meeting 50"
ECWA = """sab 07 set. 2024
Economic and Social Council - 27 luglio 1984
Member Name E84r080

27 July 1984

Meeting 50

General policy-making structure of the Economic Commission for Western Asia

The Economic and Social Council,

Recalling its resolution 1982/64 of 30 July 1982,
"""


def test_a_resolutions_meeting_line_is_neither_its_title_nor_a_session() -> None:
    title = cover_of(HONLEA).title
    assert title is not None and title.text == (
        "Meeting of Operational Heads of National Narcotics Law Enforcement Agencies, Latin American and Caribbean "
        "Region")
    result = ingested(ECWA, "ECOSOC_res_1984-07-27_ECWA_structure_nosymbol.txt")
    assert 50 not in _sessions(result)
    title = cover_of(ECWA).title
    assert title is not None
    assert title.text == "General policy-making structure of the Economic Commission for Western Asia"


# tests/ingest_eval/pristine/ECOSOC_res_1988-05-25_Sub-Commission_enlargement_nosymbol.txt: the title broken over two
# lines with a blank line between, the second beginning "and"
SUB_COMMISSION = """Economic and Social Council - 25 maggio 1988
Member Name E88r014

25 May 1988

13th plenary meeting

Enlargement of the Sub-Commission on Illicit Drug Traffic

and Related Matters in the Near and Middle East

The Economic and Social Council,

Recalling its resolution 1776 (LIV) of 18 May 1973,
"""


def test_a_line_beginning_with_a_joining_word_goes_on_with_the_title() -> None:
    title = cover_of(SUB_COMMISSION).title
    assert title is not None and " ".join(title.text.split()) == (
        "Enlargement of the Sub-Commission on Illicit Drug Traffic and Related Matters in the Near "
        "and Middle East")


# tests/ingest_eval/pristine/ECE_CEP_22_outcomes_2017_nosymbol.txt: docslib's page: its title, the file's fields,
# its title again, the cover flattened onto one line
ECE_CEP_22 = """Economic Commission for Europe s41

Total Page:16

File Type:pdf, Size:1020Kb

Economic Commission for Europe s41

Economic Commission for Europe Committee on Environmental Policy Twenty-second session Geneva, 25–27 January 2017 \
Summary of the outcomes of the twenty-second session and the decisions taken (approved by the Committee on 27 \
January 2017)

The Committee on Environmental Policy: (a) Adopts the agenda of its twenty-second session (ECE/CEP/2017/1), taking \
into account the proposed timetable, as presented in information paper No. 1;
"""

# tests/ingest_eval/pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt: UNISPAL's page, its own title for the memorandum
A_BUR_55 = """GA 55th regular session – Organization/adoption of agenda/allocation of items – SecGen memo

Organization of the fifty-fifth regular session of the

General Assembly, adoption of the agenda and

allocation of items

\u00a0

    Memorandum by the Secretary-General

\u00a0

Contents
"""


def test_page_furniture_is_never_a_title() -> None:
    assert "Total Page:16" not in _titles(ingested(ECE_CEP_22, "ECE_CEP_22_outcomes_2017_nosymbol.txt"))
    assert _titles(ingested(WMO_EC_LXII, "WMO_EC-LXII_abridged_final_report_WMO-No.1059.txt")) == []
    # the page's title skipped, the memorandum's own title over three lines, joined where a line ends in "of the"
    title = cover_of(A_BUR_55).title
    assert title is not None and " ".join(title.text.split()) == (
        "Organization of the fifty-fifth regular session of the General Assembly, adoption of the "
        "agenda and allocation of items")


# tests/ingest_eval/pristine/E_CONF.2_C.2_SR.24_fr.txt: a bad OCR of the masthead on 123dok: the "RESTRICTED" of its
# font mis-decoded, the symbol spelt out letter by letter
E_CONF_2_C_2_SR_24 = """Texte intégral

(1)

United Nations

CONFERENCE ON

TRADE AND EMPLOYMENT

Nations Unies

JDBH2EH5JÈGTED

CONFERENCE

E / C O N F . 2 / C . 2 / S R . 2 1 +

|\\ii 16 mars 191+8

"v FRENCH

COMMERCE ET DE L'EMPLOI
"""


def test_a_line_that_is_no_words_is_no_title_and_the_title_is_then_unknown() -> None:
    from mandategraph.ingest.cover import not_words

    assert not_words("JDBH2EH5JÈGTED") and not_words("E / C O N F . 2 / C . 2 / S R . 2 1 +")
    assert not not_words("与 会 者 须 知") and not not_words("COVID-19 and the G20")
    assert cover_of(E_CONF_2_C_2_SR_24).title is None


# tests/ingest_eval/pristine/ICCD_COP(15)_CST_1_fr.txt (123dok): the venue, dates and item heading on one line, the
# item's title run on, the sub-item's on the next line, then the document's title
ICCD_CST_15 = """Texte intégral

(1)

Conférence des Parties

Comité de la science et de la technologie Quinzième session

Abidjan (Côte d’Ivoire), 11-13 mai 2022 Point 1 a) de l’ordre du jour provisoire Questions d’organisation

Adoption de l’ordre du jour et organisation des travaux

Ordre du jour provisoire annoté

Note du secrétariat

I. Ordre du jour provisoire
"""


def test_a_venue_and_item_heading_run_together_are_cover_fields() -> None:
    cover = cover_of(ICCD_CST_15)
    assert cover.title is not None and cover.title.text == "Ordre du jour provisoire annoté"
    assert cover.venue == "Abidjan" and cover.session_number == 15
    assert cover.item is not None and cover.item.notations == ["1 (a)"]
    assert cover.item.title is not None
    assert cover.item.title.text == "Adoption de l’ordre du jour et organisation des travaux"


# tests/ingest_eval/pristine/CRPD_C_28_2_ru.txt: the Committee's report, its title naming its own session after "его"
# (the Committee, masculine), where a Conference's or Commission's says "ее"
CRPD_C_28_2_TITLE = "Доклад Комитета по правам инвалидов о работе его двадцать восьмой сессии (6–24 марта 2023 года)"


def test_a_russian_titles_own_session_after_a_masculine_its() -> None:
    from mandategraph.ingest.cover import _TITLE_OWN_SESSION

    m = _TITLE_OWN_SESSION.search(CRPD_C_28_2_TITLE)
    assert m is not None and m["ord"] == "двадцать восьмой"


# tests/ingest_eval/pristine/E_2015_24-E_CN.3_2015_40_es.txt: the Statistical Commission's report in the Council's
# Official Records, on a mirror: the cover's lines, its title "Informe sobre el 46° período de sesiones"
E_2015_24 = """Informe sobre el 46° período de sesiones de la Comisión de

Anuncio
Consejo Económico y Social
Documentos Oficiales 2015
Suplemento núm. 4
Comisión de Estadística
Informe sobre el 46° período de sesiones
(3 a 6 de marzo de 2015)
Naciones Unidas  Nueva York, 2015
E/2015/24-E/CN.3/2015/40
Nota
"""

# tests/ingest_eval/pristine/E_2016_31-E_CN.16_2016_4.txt: the Commission on Science and Technology for Development's,
# its cover flattened onto one line on a mirror
E_2016_31 = """Commission on Science and Technology for...

33
Commission on Science and Technology for Development Report on the nineteenth session (9-13 May 2016) Economic and \
Social Council Official Records, 2016 Supplement No. 11 E/2016/31 - E/CN.16/2016/4 United Nations New York, 2016
"""


def test_an_official_records_report_names_its_session_in_its_title() -> None:
    assert cover_of(E_2015_24).session_number == 46
    cover = cover_of(E_2016_31)
    assert cover.session_number == 19  # never the Supplement's 11
    assert cover.dates is not None and (cover.dates.start.isoformat(), cover.dates.end.isoformat()) == (
        "2016-05-09", "2016-05-13")
    # a report of several sessions names none of them its own
    assert cover_of("E/2010/34/Rev.1\n\nReport on the first and second regular sessions and annual session of 2010\n"
                    "\nEconomic and Social Council Official Records, 2010 Supplement No. 14\n").session_number is None


# tests/ingest_eval/pristine/E_2010_34_Rev.1-E_ICEF_2010_7_Rev.1.txt: UNICEF's Executive Board's report of a year's
# three sessions; the contents near the masthead print the first one's heading
E_2010_34 = """E/2010/34/Rev.1 E/ICEF/2010/7/Rev.1

United Nations

Executive Board of the United Nations Children’s Fund

Report on the first and second regular sessions and annual session of 2010

Economic and Social Council Official Records, 2010 Supplement No. 14

United Nations • New York, 2010 E/2010/34/Rev.1 E/ICEF/2010/7/Rev.1

Note

Symbols of United Nations documents are composed of capital letters combined with figures.

ISSN 0252-3507

Contents

Page Part one First regular session of 2010
"""


def test_a_title_of_several_sessions_names_no_session_of_the_document() -> None:
    cover = cover_of(E_2010_34)
    assert cover.title is not None and cover.title.text.startswith("Report on the first and second regular sessions")
    assert cover.session_number is None
