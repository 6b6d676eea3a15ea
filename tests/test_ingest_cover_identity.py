"""A cover's symbol, body and title (issue 10, classes 1, 3 and 6): masthead fields never run into the title, a
title only where its ends are sure, a body named on the cover by the name it prints. Each on a short excerpt of its
text, quoted with the file it comes from; each test fails on the ingester before its rule.
"""

from __future__ import annotations

from tests.ingest_covers import bodies_of, ingested, titles

# tests/ingest_eval/novel/A_71_119.txt: a report of the Secretary-General to the General Assembly, its session line,
# its item of the preliminary list and the item's title printed on one line over the report's title
A_71_119 = """United Nations A/71/119

General Assembly Distr.: General 1 July 2016

Original: English

Seventy-first session Item 105 of the preliminary list* Crime prevention and criminal justice

Improving the coordination of efforts against trafficking in persons

Report of the Secretary-General

Summary The present report has been prepared pursuant to General Assembly resolutions 64/293 and 70/179.
"""


def test_a_flattened_session_and_preliminary_list_item_line_is_not_the_title() -> None:
    assert titles(A_71_119, "A_71_119.txt") == ["Improving the coordination of efforts against trafficking in persons"]


# tests/ingest_eval/novel/E_C.12_2000_6_es.txt: a note of the Committee on Economic, Social and Cultural Rights whose
# PDF text lost the spaces at its line breaks: the version's language glued to "Original:", the session line to its
# venue, dates and item heading, and the title's lines to each other ("actividadesdel Comité")
E_C12_2000_6 = """Consejo Económico y SocialE

Distr.GENERAL

E/C.12/2000/63 de julio de 2000

ESPAÑOLOriginal: INGLÉS

COMITÉ DE DERECHOS ECONÓMICOS,

SOCIALES Y CULTURALES

23º período (extraordinario) de sesionesGinebra, 14 de agosto a 1º de septiembre de 2000Tema 3 del programa provisional

CUESTIONES SUSTANTIVAS QUE SE PLANTEAN EN LA APLICACIÓN DEL PACTO INTERNACIONAL DE DERECHOS ECONÓMICOS, SOCIALES Y \
CULTURALES

Participación de las organizaciones no gubernamentales en las actividadesdel Comité de Derechos Económicos, Sociales \
y Culturales

Nota de la Secretaría

ÍNDICE
"""


def test_glued_masthead_fields_are_no_title() -> None:
    # neither "ESPAÑOLOriginal: INGLÉS" (the version's language and the original's) nor the session line with its
    # item heading run on; the title after them is printed with two words glued, so no title is sure
    assert titles(E_C12_2000_6, "E_C.12_2000_6_es.txt") == []
    from tests.ingest_covers import cover_of

    assert cover_of(E_C12_2000_6).original_language == "en"


# tests/ingest_eval/novel/E_DEC_1975_65_ORG-75_nosymbol.txt: a UNODC web transcription of an ECOSOC decision, its
# table's cell borders as pipes, the decision's notation in the cell before its title's
E_DEC_1975_65 = """Economic and Social Council | |
Distr. E/1975/65(ORG-75) | |
1975/65(ORG-75). | Rationalization of the work of the Council and its subsidiary bodies |
At its 1937th meeting, on 15 January 1975, the Council decided: (a) To increase from four to six the number of \
daily meetings at the fifty-eighth and fifty-ninth sessions of the Council;
"""


def test_a_decisions_notation_cell_is_not_its_title() -> None:
    assert titles(E_DEC_1975_65, "E_DEC_1975_65_ORG-75_nosymbol.txt") == [
        "Rationalization of the work of the Council and its subsidiary bodies"]


# tests/ingest_eval/novel/E_RES_1985_20_nosymbol.txt: an ECOSOC resolution on the Radical Party's archive site, the
# site's Italian chrome first, then the resolution's date, meeting line, title and the opening of its preamble
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

Noting with regret that the majority of the documents for the twenty-ninth session of the Commission for Social \
Development did not reach the Commission until the first meeting of the session,

1. Requests the Secretary-General to ensure, as a matter of priority and urgency, that from now on the distribution \
of the documents concerned will correspond strictly to the rules of procedure;

2. Further requests the Secretary-General to ensure that future reports on the world social situation are \
distributed no later than twelve weeks before the commencement of the session of the Commission.
"""


def test_a_resolutions_title_is_the_line_over_its_preamble_not_the_sites_name() -> None:
    assert titles(E_RES_1985_20, "E_RES_1985_20_nosymbol.txt") == [
        "Ensuring the timely distribution of conference documents"]


# tests/ingest_eval/novel/E_2015_28_Add.1_E_CN.7_2015_15_Add.1.txt: the Commission on Narcotic Drugs' report on its
# reconvened session, issued in the Council's Official Records; its title page stacks the Council's symbol and the
# Commission's, "ADVANCE UNEDITED" printed before each (the mirror's page headings cut at their " · ")
E_2015_28_ADD_1 = """1 ADVANCE UNEDITED E/2015/28/Add.1 United Nations Commission on Narcotic Drugs Report on the \
reconvened fifty-eighth session (9-11 December 2015) Economic and Social Council Official Records, 2015 \
Supplement No. 8A
Transcript
Page 1: Commission on Narcotic Drugs - United Nations Office on ...

1

ADVANCE UNEDITED E/2015/28/Add.1

United Nations

Commission on Narcotic Drugs

Report on the reconvened

fifty-eighth session

(9-11 December 2015)

Economic and Social Council Official Records, 2015

Supplement No. 8A

Page 2: Commission on Narcotic Drugs - United Nations Office on ...
Page 3: Commission on Narcotic Drugs - United Nations Office on ...

ADVANCE UNEDITED E/2015/28/Add.1

ADVANCE UNEDITED E/CN.7/2015/15/Add.1

Economic and Social Council Official Records, 2015 Supplement No. 8A

Commission on Narcotic Drugs

Report on the reconvened fifty-eighth session

(9-11 December 2015)

United Nations \u2022 New York, 2016

Page 4: Commission on Narcotic Drugs - United Nations Office on ...

ADVANCE UNEDITED E/2015/28/Add.1

ADVANCE UNEDITED E/CN.7/2015/15/Add.1
"""


def test_stacked_advance_copy_symbols_are_one_documents_and_its_body_the_commissions() -> None:
    name = "E_2015_28_Add.1_E_CN.7_2015_15_Add.1.txt"
    result = ingested(E_2015_28_ADD_1, name)
    from mandategraph.namespaces import DCTERMS

    assert sorted(str(s) for s in result.graph.objects(result.document, DCTERMS.identifier)) == [
        "E/2015/28/Add.1", "E/CN.7/2015/15/Add.1"]
    assert bodies_of(E_2015_28_ADD_1, name) == ["e-cn7"]
