"""Texts the gate refused outright ("not a UN document text ..."), every fact of them lost, though they are UN
documents' texts: a symbol on a cover line whose other fields a mirror lost, the symbols and names of the
specialised agencies, a report's first page with no masthead. Each text is an excerpt of a real document as the
ingest-eval sets store it (set and file named); what the text does not say stays unknown."""

from __future__ import annotations

import pytest

from mandategraph.ingest import NotADocumentError
from tests.test_agenda_prose_round5 import ingest, select

# tests/ingest_eval/pristine/E_2010_35_ru.txt: the mirror's copy of the cover one field a paragraph, no date, no
# "Distr." line, no session line
E_2010_35_RU = """source: https://pdfslide.tips/documents/-e201035-.html

145
E/2010/35 Организация Объединенных Наций Исполнительный совет Программы развития Организации Объединенных \
Наций и Фонда Организации Объединенных Наций в области народонаселения Доклад Исполнительного совета о его \
работе в 2010 году Экономический и Социальный Совет Официальные отчеты, 2010 год Дополнение 15

Организация Объединенных Наций...e/2010/35 Организация Объединенных Наций Исполнительный совет Программы

  • Upload
    others

  • View
    14

  • Download
    0

Embed Size (px)

Citation preview

Page 1: Организация Объединенных Наций...e/2010/35 Организация Объединенных Наций Исполнительный совет \
Программы

E/2010/35

Организация Объединенных Наций

Исполнительный совет Программы развития Организации Объединенных Наций и Фонда Организации Объединенных Наций \
в области народонаселения

Доклад Исполнительного совета о его работе в 2010 году

"""


def test_a_symbol_on_a_cover_line_in_a_un_text_is_read() -> None:
    # refused before: "a symbol, but no cover, title or structure"
    result = ingest(E_2010_35_RU)
    assert result.symbol == "E/2010/35"
    assert result.language == "ru"
    # the supplement's number is no session
    assert not select(result, "SELECT ?n WHERE { ?s mg:sessionNumber ?n }")


def test_a_symbol_alone_is_still_refused() -> None:
    # a symbol with neither a name of the United Nations system nor a meeting's words: no document's text
    with pytest.raises(NotADocumentError, match="not a UN document text"):
        ingest("E/2010/35\n\nUpload\nView 14\nDownload 0\n")


def _source_text(text: str, language: str) -> None:
    result = ingest(text)
    assert (result.symbol, result.language) == (None, language)
    assert select(result, "SELECT ?d WHERE { ?d a mg:SourceText }")
    # no title, session or date from a text without a cover
    assert not select(result, "SELECT ?t WHERE { ?d dcterms:title ?t }")
    assert not select(result, "SELECT ?s WHERE { ?d mg:forSession ?s }")
    assert not select(result, "SELECT ?v WHERE { ?d mg:distributionDate ?v }")


def test_a_specialised_agency_named_in_spanish_is_of_the_un_system() -> None:
    # tests/ingest_eval/pristine/ICAO_A38_resolutions_provisional_edition_nosymbol_es.txt: ICAO's Assembly, its
    # name in Spanish (data/organizations.csv)
    _source_text("""source: https://documentop.com/resoluciones-icao_5a04d8e31723ddc15a678494.html

EDICIÓN PROVISIONAL NOVIEMBRE DE 2013

RESOLUCIONES ADOPTADAS POR LA ASAMBLEA

ASAMBLEA – 38º PERÍODO DE SESIONES Montreal, 24 de septiembre—4 de octubre de 2013

ORGANIZACIÓN DE AVIACIÓN CIVIL INTERNACIONAL
""", "es")


def test_an_agency_name_drawn_out_by_kashidas_is_read() -> None:
    # tests/ingest_eval/pristine/ITU_PP-18_final_acts_nosymbol_ar.txt: the ITU's name with its letters drawn out
    # ("الاتحــــاد الـدولــــي للاتصــــالات"), then the Final Acts' "decisions, resolutions and recommendations"
    _source_text("""source: https://fdocuments.in/document/s18-pp-c-2000msw-a-web-view-8-f.html

S18-PP-C-2000!!MSW-A

الاتحــــاد الـدولــــي للاتصــــالات

______________________

الوثائق الختامية لمؤتمر المندوبين المفوضين(دبي، 2018)_____________________

المقـررات والقـرارات والتوصيات
""", "ar")


def test_a_page_opened_by_a_un_job_number_is_of_the_un_system() -> None:
    # tests/ingest_eval/novel/FCCC_SBI_30_report_nosymbol_fr.txt: the report's first page, no masthead, the job number
    # of the Office at Geneva run on into the body's name and the title
    _source_text("""source: https://fdocuments.net/document/fccc-point-2-de-laordre-du-jour-a-adoption-de-laordre-du-jour-point-2-a.html

48
GE.09-63082 (F) 061009 201009 Organe subsidiaire de mise en œuvre Rapport de la trentième session de l’Organe \
subsidiaire de mise en œuvre, tenue à Bonn du 1 er au 10 juin 2009 Table des matières Paragraphes Page I. Ouverture \
de la session (Point 1 de l’ordre du jour) .............................................. 1-2 5
""", "fr")


def test_a_treaty_body_named_in_the_genitive_is_of_the_un_system() -> None:
    # tests/ingest_eval/untouched/CEDAW_42_report_contents_ru_nosymbol.txt: the contents of the Committee's report
    _source_text("""source: https://docstore.ohchr.org/SelfServices/FilesHandler.ashx

Глава

Пункты

Стр.

Часть первая Доклад Комитета по ликвидации дискриминации в отношении женщин о работе его сорок второй сессии

1
""", "ru")


def test_the_title_after_a_job_number_names_the_genre() -> None:
    # tests/ingest_eval/untouched/ICCD_COP_11_23.txt: the report's first page, no masthead; the job number, the organ's
    # name, then the title, all on one line: the title's first words name a report (the title itself is not taken)
    result = ingest("""source: https://vdocuments.us/iccd-iccdcop1123-2-a-round-table-1

41
GE.13-64174 Conference of the Parties Report of the Conference of the Parties on its eleventh session, held in \
Windhoek from 16 to 27 September 2013 Part one: proceedings Contents Paragraphs Page I. Opening of the session \
............................................................................................ 16 3
""")
    assert select(result, "SELECT ?d WHERE { ?d dcterms:type mg:Report }")
    assert not select(result, "SELECT ?t WHERE { ?d dcterms:title ?t }")


def test_ICAO_working_paper_kind_line_in_spanish() -> None:
    # tests/ingest_eval/pristine/A39-WP_18_es.txt: "NOTA DE ESTUDIO", ICAO's working paper, on a line of its own
    result = ingest("""source: https://mydokument.com/asamblea-39-periodo-de-sesiones-o-7545164.html

Story Transcript

Organización de Aviación Civil Internacional

A39-WP/18

NOTA DE ESTUDIO

EX/6 31/5/16

ASAMBLEA — 39º PERÍODO DE SESIONES COMITÉ EJECUTIVO Propuesta para enmendar el Artículo 50 a) del Convenio de \
Chicago a fin de aumentar el número de miembros del Consejo
""")
    assert select(result, "SELECT ?d WHERE { ?d dcterms:type mg:Note }")


def test_spanish_rules_of_procedure_are_named_so() -> None:
    # tests/ingest_eval/untouched/UNEP_EA.3_3_es.txt: the Environment Assembly's rules, issued as UNEP/EA.3/3
    result = ingest("""source: \
https://docplayer.es/82305598-reglamento-de-la-asamblea-de-las-naciones-unidas-sobre-el-medio-ambiente-del-programa-de-las-naciones-unidas-para-el-medio-ambiente.html

REGLAMENTO DE LA ASAMBLEA DE LAS NACIONES UNIDAS SOBRE EL MEDIO AMBIENTE DEL PROGRAMA DE LAS NACIONES UNIDAS \
PARA EL MEDIO AMBIENTE

Tamaño: px
Comenzar la demostración a partir de la página:

Download "REGLAMENTO DE LA ASAMBLEA DE LAS NACIONES UNIDAS SOBRE EL MEDIO AMBIENTE DEL PROGRAMA DE LAS \
NACIONES UNIDAS PARA EL MEDIO AMBIENTE"

Transcripción

1 UNEP/EA.3/3 REGLAMENTO DE LA ASAMBLEA DE LAS NACIONES UNIDAS SOBRE EL MEDIO AMBIENTE DEL PROGRAMA DE LAS \
NACIONES UNIDAS PARA EL MEDIO AMBIENTE (con las enmiendas y adiciones aprobadas por la Asamblea sobre el \
Medio Ambiente y, anteriormente, el Consejo de Administración hasta mayo de 2016) K

3 Introducción 1. La Asamblea General, en su resolución 2997 (XXVII), de 15 de diciembre de 1972, estableció el \
Consejo de Administración del Programa de las Naciones Unidas para el Medio Ambiente.
""")
    assert result.symbol == "UNEP/EA.3/3"
    assert select(result, "SELECT ?d WHERE { ?d dcterms:type mg:RulesOfProcedure }")
