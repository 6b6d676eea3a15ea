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


# tests/ingest_eval/unseen/A_S-20_provisional_agenda_fr_nosymbol.txt: the French provisional agenda of the General
# Assembly's twentieth special session, its symbol lost; its masthead names the Assembly on a line of its own
A_S_20_AGENDA_FR = """Assemblée générale
25 mars 1998
Français
Original: anglais
Ordre du jour provisoire de la vingtième session extraordinaire de l'Assemblée généralePublié conformément à \
l'article 16 du Règlement intérieur.
Qui se tiendra au Siège de l'Organisation des Nations Unies, le lundi 8 juin 1998 à 10 heures
1. Ouverture de la session par le Président de la délégation de l'Ukraine.2. Minute de silence consacrée à la \
prière ou à la méditation.
4. Élection du Président.
6. Organisation de la session.
"""

# tests/ingest_eval/unseen/CCPR_C_84_D_1207_2003_ru.txt: the Human Rights Committee's Views on a communication, in
# Russian, from the treaty-body database; the Committee's name on a line of its own over its session line
CCPR_C_84_D_1207_2003_RU = """Сообщение
№ 1207/2003 : Belarus. 23/08/2005.
CCPR/C/84/D/1207/2003. (Jurisprudence)
Аббревиатура конвенции: CCPR
Комитет по правам человека
Восемьдесят четвертая сессия
11 - 29 июля 2005 г.
Соображения Комитета по правам человека согласно
Факультативного протокола к Международному пакту
о гражданских и политических правах*
- Восемьдесят четвертая сессия -
Сообщение № 1207/2003
Представлено: Сергеем Малаховским и Александром Пикулем (не представлены
адвокатом)
Предполагаемая жертва: авторы
Государство-участник: Беларусь
Дата сообщения: 24 июля 2003 (первоначальное представление)
Комитет по правам человека, созданный в соответствии со статьей
28 Международного пакта о гражданских и политических правах,
Собравшись 26 июля 2005,
"""


def test_a_body_line_in_the_texts_language_names_a_known_body() -> None:
    assert bodies_of(A_S_20_AGENDA_FR, "A_S-20_provisional_agenda_fr_nosymbol.txt") == ["ga"]
    assert bodies_of(CCPR_C_84_D_1207_2003_RU, "CCPR_C_84_D_1207_2003_ru.txt") == ["ccpr-c"]


# tests/ingest_eval/sealed/A_AC.241_27_es.txt: a Spanish document of the desertification convention's negotiating
# committee, a series the registry does not know, under the Assembly's masthead line "Asamblea General"
A_AC_241_27_ES = """NACIONES

UNIDAS

A
Asamblea General

Distr.
GENERAL
A/AC.241/27
12 de septiembre de 1994
ESPAÑOL
Original:

INGLES

COMITE INTERGUBERNAMENTAL DE NEGOCIACION
"""


def test_a_known_bodys_name_in_the_texts_language_is_no_label_of_another_series() -> None:
    from rdflib import RDFS

    result = ingested(A_AC_241_27_ES, "A_AC.241_27_es.txt")
    labels = {str(o) for s in result.graph.subjects(None, None) if str(s).endswith("/body/a-ac241")
              for o in result.graph.objects(s, RDFS.label)}
    assert "Asamblea General" not in labels
