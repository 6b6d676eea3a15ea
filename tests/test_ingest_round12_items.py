"""Agenda items and their groundings read in the twelfth round (issue 10, classes 2 and 5). Each on a short excerpt
of a real text, quoted with the file it comes from; each test fails on the ingester before its rule.
"""

from __future__ import annotations

from mandategraph.namespaces import DCTERMS, MG, SKOS
from tests.ingest_covers import ingested


def _items(text: str, name: str) -> dict[str, str]:
    result = ingested(text, name)
    return {str(result.graph.value(i, SKOS.notation)): str(result.graph.value(i, DCTERMS.title))
            for i in result.graph.subjects(SKOS.notation, None) if "/item/" in str(i)}


def _grounds(text: str, name: str) -> set[tuple[str, str]]:
    result = ingested(text, name)
    return {(str(result.graph.value(s, SKOS.notation)), str(o).split("/id/", 1)[-1])
            for s, o in result.graph.subject_objects(MG.groundedIn)}


# tests/ingest_eval/unread/E_C.12_72_1_fr.txt, lines 4-29 (the masthead; blank lines dropped) and 30-62 (the list
# and item 1's annotation, the list shortened): the Committee's rules of procedure printed "article", led by "Aux
# termes de" and "Par application de"
E_C_12_72_1_FR = """Nations Unies

E/C.12/72/1

Conseil économique et social

Distr. générale

18 août 2022

Français

Original : anglais

Comité des droits économiques, sociaux et culturels

Soixante-douzième session

26 septembre-14 octobre 2022

Point 1 de l’ordre du jour provisoire

Adoption de l’ordre du jour

Ordre du jour provisoire annoté *

Ordre du jour provisoire

1.Adoption de l’ordre du jour.

2.Organisation des travaux.

3.Questions de fond découlant de la mise en œuvre du Pacte international relatif aux droits économiques, sociaux \
et culturels.

4.Suite donnée à l’examen des rapports soumis en application des articles 16 et 17 du Pacte.

10.Questions diverses.

Annotations

1.Adoption de l’ordre du jour

Aux termes de l’article 5 du règlement intérieur du Comité, l’adoption de l’ordre du jour est le premier point de \
l’ordre du jour provisoire d’une session, sauf s’il y a lieu d’élire les membres du Bureau, conformément à \
l’article 14. Par application de l’article 6, le Comité peut réviser l’ordre du jour au cours d’une session et, s’il \
y a lieu, ajouter, supprimer ou ajourner des points.
"""


def test_french_rules_of_procedure_printed_article_lead_the_annotation() -> None:
    grounds = _grounds(E_C_12_72_1_FR, "E_C.12_72_1_fr.txt")
    assert ("1", "rules/e-c12/rule/5") in grounds
    assert ("1", "rules/e-c12/rule/6") in grounds
    assert not any(o.endswith("/14") for _, o in grounds)  # the election of officers, not item 1
    assert not any(n == "4" for n, _ in grounds)  # reports submitted under articles 16 and 17: no grounding


# tests/ingest_eval/novel/E_C.12_71_1_es.txt, line 62: the same rule in Spanish, "Con arreglo a lo dispuesto en"
E_C_12_71_1_ES = E_C_12_72_1_FR.replace(
    "Aux termes de l’article 5 du règlement intérieur du Comité, l’adoption",
    "Con arreglo a lo dispuesto en el artículo 5 del reglamento del Comité, el primer tema del programa provisional "
    "de cada período de sesiones será la aprobación del programa. L’adoption")


def test_spanish_lo_dispuesto_en_leads_a_rule() -> None:
    assert ("1", "rules/e-c12/rule/5") in _grounds(E_C_12_71_1_ES, "E_C.12_71_1_fr.txt")


# tests/ingest_eval/blind/ILO_GB.292_fr.txt, lines 8-29: the ILO Governing Body's agenda, titled "Ordre du jour et
# programme des réunions" (French for "Agenda"), its item numbers on their own lines
ILO_GB_292_FR = """Ordre du jour du Conseil d`administration et de ses commissions
BUREAU INTERNATIONAL DU TRAVAIL
GB.292
292 session
e
Conseil d’administration
Genève, mars 2005
Ordre du jour et programme des réunions
Conseil d’administration
GB
Ordre du jour
1.
Approbation des procès-verbaux de la 291e session du Conseil d’administration.
2.
Date, lieu et ordre du jour de la 96e session (2007) de la Conférence internationale
du Travail.
3.
Fonctionnement des organes directeurs:
a)
la Conférence internationale du Travail;
b)
le Conseil d’administration.
"""


def test_an_agenda_titled_ordre_du_jour_lists_its_items() -> None:
    items = _items(ILO_GB_292_FR, "ILO_GB.292_fr.txt")
    assert items.get("1") == "Approbation des procès-verbaux de la 291e session du Conseil d’administration"
    assert items.get("3 (b)") == "le Conseil d’administration"


# tests/ingest_eval/novel/A_53_100_es.txt, lines 4-14 (line 14 shortened): the General Assembly's annotated
# preliminary list of items, in Spanish, its contents naming the listed items with dot leaders
A_53_100_ES = """Naciones Unidas A/53/100

Distr. general Asamblea General 15 de junio de 1998 Español Original: inglés

Quincuagésimo tercer período de sesiones

Lista preliminar anotada de temas para incluir en el programa provisional del quincuagésimo tercer período \
ordinario de sesiones de la Asamblea General*

Índice Página

I. Introducción ...... 13 II. Listaanotada ...... 14 1. AperturadelperíododesesionesporeljefedeladelegacióndeUcrania\
...... 14 2. Minutodesilenciodedicadoalaoraciónoalameditación ...... 14 3. Credenciales de los representantes en el \
quincuagésimo tercer período de sesiones de la AsambleaGeneral ...... 14 a) Nombramiento de los miembros de la \
Comisión de Verificación de Poderes ...... 14 b) Informe de la Comisión de Verificación de Poderes ...... 14 4. \
Elección del Presidente de la Asamblea General ...... 15 5. Elección de las Mesas de las Comisiones Principales \
...... 16
"""


def test_a_spanish_preliminary_list_of_items_is_an_agenda() -> None:
    items = _items(A_53_100_ES, "A_53_100_es.txt")
    assert items.get("4") == "Elección del Presidente de la Asamblea General"
    assert items.get("3 (b)") == "Informe de la Comisión de Verificación de Poderes"
    assert "II" not in items


# tests/ingest_eval/sealed/A_HRC_48_summary_record_template_en-zh_nosymbol.txt, lines 4-17: a summary record's
# contents naming the items the meeting took up with the word for item first, each line followed by its Chinese
A_HRC_48_SR = """United Nations 联 合 国
General Assembly 大 会
Human Rights Council 人权理事会
Forty-eighth session 第四十八届会议
Summary record of the 41st meeting 第41次会议简要记录
Summary record (partial)* of the 43rd meeting 第43次会议简要记录(部分)*
Held at the Palais des Nations, Geneva, on Thursday, 7 October 2021, at 3.30 p.m. \
2021年10月7日星期四下午3时30分在日内瓦万国宫举行
President: 主席:
Ms. Khan 汗女士
(Fiji) (斐济)
Contents  目录
Agenda item 1: Organizational and procedural matters 议程项目1:组织和程序事项
Agenda item 2: Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of \
the High Commissioner and the Secretary-General 议程项目2:联合国人权事务高级专员的年度报告以及高级专员办事处的报告\
和秘书长的报告
The meeting was called to order at 3.35 p.m. 下午3时35分宣布开会。
"""


def test_a_summary_records_item_headings_with_the_word_for_item_first() -> None:
    items = _items(A_HRC_48_SR, "A_HRC_48_summary_record_template_en-zh_nosymbol.txt")
    assert items.get("1") == "Organizational and procedural matters"  # the Chinese translation is not the title
    assert items.get("2", "").endswith("reports of the Office of the High Commissioner and the Secretary-General")


# tests/ingest_eval/pristine/UNEP_CBD_SBSTTA_2_recommendation_II-11_fr_nosymbol.txt, line 11: a paper's one heading of
# the item it is under is no item the text takes up
def test_one_item_heading_is_no_list_of_items_taken_up() -> None:
    from mandategraph.ingest.agenda import DISCUSSED_ITEM_LEAD

    assert DISCUSSED_ITEM_LEAD.search("Point 4 de l'ordre du jour : Examen du mode de fonctionnement de l'organe")
    items = _items(A_HRC_48_SR.replace("Agenda item 2:", "The report 2:"), "A_HRC_48.txt")
    assert "1" not in items


# tests/ingest_eval/unread/IDB.44_journal_1_fr_nosymbol.txt, lines 8-55 (shortened): the Board's journal, a programme
# of meetings whose headings give the item's number alone on its line ("Point 1:"), the title on the next, run on
# over a second line in lower case; "Points 3 et 6:" names two items in one heading, with one title
IDB_44_JOURNAL_FR = """Conseil du développement industriel
ORGANISATION DES NATIONS UNIES POUR LE DÉVELOPPEMENT INDUSTRIEL
journal
Conseil du développement industriel
N° 1
Quarante-quatrième session
Vienne, 22-24 novembre 2016
PROGRAMME DES SÉANCES
MARDI 22 NOVEMBRE 2016
9 h 30
1re séance plénière
SALLE DE CONFÉRENCE C3
(7 e étage)
Ouverture de la session
Point 1:
Élection du Bureau
Point 2:
Adoption de l’ordre du jour (déclaration du
Directeur général)
(Ouverture du débat consacré au cinquantième
anniversaire – déclarations de ministres)
Midi
Réunion du Bureau
16 h 30
2e séance plénière
Points 3 et 6: Rapport annuel du Directeur général pour 2015
Cadre de programmation à moyen terme
2016-2019: base de référence pour le cadre
intégré de résultats et de performance
Point 4:
Rapport du Comité des programmes et des
budgets, y compris les alinéas a) à e)
17 h 30
Consultations informelles (1 re réunion)
Point 5:
L’ONUDI et le Programme de développement
durable à l’horizon 2030, y compris la mise en
œuvre de la Déclar
"""


def test_a_journals_item_headings_give_the_number_alone_on_its_line() -> None:
    items = _items(IDB_44_JOURNAL_FR, "IDB.44_journal_1_fr_nosymbol.txt")
    assert items.get("1") == "Élection du Bureau"
    assert items.get("4") == "Rapport du Comité des programmes et des budgets, y compris les alinéas a) à e)"
    assert "2" not in items  # the line after its title is neither blank, nor a heading, nor a time
    assert "5" not in items  # the text stops within its title
    assert "3" not in items and "6" not in items


# tests/ingest_eval/untouched/CL_128_INF_1.txt, lines 4-39 (shortened): the FAO Council's provisional timetable,
# "Item N" alone on its line, a blank line, the title with what the item is taken up for, the documents on the next line
CL_128_INF_1 = """CL 128/INF/1


Council

Hundred and Twenty-eighth Session

Rome, 20-25 June 2005

PROVISIONAL TIMETABLE



MONDAY 20 JUNE

MORNING (10.00 - 13.00 hours)

Item 1

Adoption of the Agenda and Timetable: for decision
(CL 128/1; CL 128/INF/1; CL 128/INF/6)

Item 2

Election of Three Vice-Chairpersons, and Designation of the Chairperson and Members of the Drafting Committee: \
for decision

Item 16

Other Constitutional and Legal Matters



16.1

Invitations to Non-Member Nations to attend FAO Sessions: for decision
(CL 128/LIM/2)
"""


def test_a_timetables_items_without_what_they_are_taken_up_for() -> None:
    items = _items(CL_128_INF_1, "CL_128_INF_1.txt")
    assert items.get("1") == "Adoption of the Agenda and Timetable"
    assert items.get("16") == "Other Constitutional and Legal Matters"


# tests/ingest_eval/novel/E_1997_L.15_nosymbol.txt, lines 30-45: a programme of work in two columns, and a title
# over lines that begin in capitals: where the title ends is not known, so no title is read
E_1997_L_15 = """Item 1

Adoption of the agenda and other            Annotated provisional agenda
organizational matters                      (E/1997/100)
                                            Proposed programme of work

10.30 a.m. and 3 p.m.

Operational activities segment

Item 3

Operational activities of the United
Nations for international
development cooperation:
"""


def test_a_title_whose_end_is_not_known_is_not_read() -> None:
    from mandategraph.ingest.agenda import DISCUSSED_ITEM_ALONE, _title_lines

    found = [m for m in DISCUSSED_ITEM_ALONE.finditer(E_1997_L_15)]
    assert [m["n"] for m in found] == ["1", "3"]
    assert all(_title_lines(E_1997_L_15, m) is None for m in found)


# tests/ingest_eval/novel/E_CN.9_1999_1.txt, line 4 (shortened): an annotated provisional agenda flattened onto one
# line, the annotations' headings "1. Election of officers" run on into their first sentence, with no word for item
E_CN_9_1999_1 = (
    "98-39270 (E) 291298 United Nations E/CN.9/1999/1 Economic and Social Council Distr.: General 15 December "
    "1998 Original: English Commission on Population and Development Thirty-second session 22–24 March 1999 Item "
    "2 of the provisional agenda Adoption of the agenda and other organizational matters Provisional agenda 1. "
    "Election of officers. 2. Adoption of the agenda and other organizational matters. 3. World population "
    "situation. Annotations 1. Election of officers Rule 15 of the rules of procedure of the functional "
    "commissions of the Economic and Social Council stipulates that at the commencement of its first meeting of "
    "a regular session, the Commission shall elect, from among the representatives of its members, a Chairman, "
    "one or more Vice-Chairmen and such other officers as may be required. E/CN.9/1999/1 2 2. Adoption of the "
    "agenda and other organizational matters Rule 7 of the rules of procedure requires that the Commission "
    "shall, at the beginning of each session, after the election of its officers, adopt the agenda for that "
    "session on the basis of the provisional agenda. On the recommendation of the Commission at its thirty-first "
    "session, the Economic and Social Council, in its decision 1998/222, approved the provisional agenda and "
    "documentation for the thirty-second session of the Commission. 3. World population situation The Commission "
    "will have before it the report.\n")


def test_flattened_annotations_headed_by_the_listed_titles_ground_their_items() -> None:
    grounds = _grounds(E_CN_9_1999_1, "E_CN.9_1999_1.txt")
    assert ("1", "rules/ecosoc/rule/15") in grounds
    assert ("2", "rules/ecosoc/rule/7") in grounds


def test_the_decision_that_approved_the_provisional_agenda_grounds_its_adoption() -> None:
    assert ("2", "decision/ecosoc/1998/222") in _grounds(E_CN_9_1999_1, "E_CN.9_1999_1.txt")


# tests/ingest_eval/fresh/UNIDO_GC.7_annotated_agenda_nosymbol.txt, lines 4-11: the Board adopted the provisional
# agenda of the Conference's session "as reflected in decision IDB.17/Dec.9"
UNIDO_GC_7 = """General Conference, Seventh session
Annotated Agenda, Item 1-10
Item 1. Opening of the session
In accordance with rule 34 of the rules of procedure of the General Conference, the President of the sixth session, \
or, in his absence, the head of the delegation from which the President of that session was elected (Russian \
Federation), will open the seventh session of the General Conference.
Item 3. Adoption of the agenda
In accordance with Article 9.4 (g) of the Constitution, the Industrial Development Board at its seventeenth session \
adopted the provisional agenda for the seventh session of the General Conference, as reflected in decision \
IDB.17/Dec.9. The provisional agenda to be submitted to the Conference for approval is contained in document GC.
"""


def test_the_decision_reflecting_the_adopted_provisional_agenda_grounds_its_adoption() -> None:
    assert ("3", "decision/idb/17/9") in _grounds(UNIDO_GC_7, "UNIDO_GC.7_annotated_agenda_nosymbol.txt")


# tests/ingest_eval/fresh/CCPR_C_SR.1781_es.txt, lines 4-24 and 48 (blank lines dropped): a summary record's heading
# naming the item, then the documents the meeting had before it; the title says under which articles the report is
# presented ("CON ARREGLO AL ARTÍCULO 45 DEL PACTO Y AL ARTÍCULO 6 DEL PROTOCOLO FACULTATIVO")
CCPR_C_SR_1781_ES = """Pacto Internacionalde Derechos Civiles y Políticos
Distr.
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

INFORME ANUAL DEL COMITÉ PRESENTADO A LA ASAMBLEA GENERAL POR CONDUCTO DEL CONSEJO ECONÓMICO Y SOCIAL CON ARREGLO \
AL ARTÍCULO 45 DEL PACTO Y AL ARTÍCULO 6 DEL PROTOCOLO FACULTATIVO (tema 9 del programa) ( continuación ) \
(CCPR/C/66/ CRP .1/Add.2/Rev.1, Add.7 y Add.8; CCPR/C/66/ CRP .2/Add.1 a 3, 5, 6 y 8 a 12)

1. La PRESIDENTA invita al Comité a proseguir el examen del proyecto de informe anual.
"""


def test_a_summary_records_heading_before_its_documents_names_the_item_and_its_articles() -> None:
    items = _items(CCPR_C_SR_1781_ES, "CCPR_C_SR.1781_es.txt")
    assert items.get("9", "").endswith("CON ARREGLO AL ARTÍCULO 45 DEL PACTO Y AL ARTÍCULO 6 DEL PROTOCOLO FACULTATIVO")
    grounds = {o.rsplit("/", 2)[-2:][0] + "/" + o.rsplit("/", 1)[-1] for n, o in
               _grounds(CCPR_C_SR_1781_ES, "CCPR_C_SR.1781_es.txt") if n == "9"}
    assert grounds == {"article/45", "article/6"}


# tests/ingest_eval/unread/UNEP_DTIE_Hg_INC.6_1_Add.1_fr.txt, lines 28-42: annotations read without an item list,
# the headings with the word for item and no full stop ("Point 1 Ouverture de la session"), a French sub-item "a)"
# on its item's line and "b)" run on into its numbered paragraph; the numbered paragraphs are no headings
UNEP_HG_INC_6_FR = """Point 1 Ouverture de la session
1. La sixième session du Comité de négociation intergouvernemental
chargé d'élaborer un instrument international juridiquement
contraignant sur le mercure, qui se tiendra du 3 au
7 novembre 2014 au Centre de conférences des Nation Unies à
Bangkok, s'ouvrira le lundi 3 novembre 2014 à 10 heures. 2. Des déclarations liminaires seront prononcées par des
représentants du Gouvernement thaïlandais, du Programme des
Nations Unies pour l'environnement (PNUE) et des pays qui ont
soumis leur instrument de ratification, d'acceptation ou
d'approbation de la Convention ou d'adhésion à celle-ci.
Point 2 Questions d'organisation a) Adoption de l'ordre du jour
3. Sous réserve de son règlement intérieur, le Comité souhaitera peut-
être adopter l'ordre du jour de la session sur la base de l'ordre
du jour provisoire paru sous la cote UNEP(DTIE)/Hg/INC.6/1.
b) Organisation des travaux 4. Le Comité souhaitera peut-être se réunir tous les jours de 10
heures à 13 heures, puis de 15 heures à 18 heures, sous réserve
"""

# tests/ingest_eval/unread/IPBES_2_1_Add.1_nosymbol.txt, lines 13-24: "Item 1" alone on its line, the title on the next
IPBES_2_1_ADD_1 = """Item 1
Opening of the session
The second session of the Plenary of the Intergovernmental Science-Policy Platform on
Biodiversity and Ecosystem Services will be held at the Rixos Sungate Hotel in Antalya, Turkey, from 9 to
14 December 2013.
Item 2
Organizational matters
The rules of procedure for the Plenary of the Platform, as adopted by the Plenary at its first session,
held in Bonn, Germany, from 21 to 26 January 2013 (see decision IPBES/1/1), will govern the current
"""


def test_an_agendas_annotations_without_a_list_headed_with_the_word_for_item() -> None:
    from mandategraph.ingest.agenda_layout import parse_annotations

    headings = {a.notation: a.heading.text for a in parse_annotations(UNEP_HG_INC_6_FR, [], 0, plain_headings=True)}
    assert headings == {"1": "Point 1. Ouverture de la session", "2": "Point 2. Questions d'organisation",
                        "2 (a)": "a) Adoption de l'ordre du jour", "2 (b)": "b) Organisation des travaux"}
    headings = {a.notation: a.heading.text for a in parse_annotations(IPBES_2_1_ADD_1, [], 0, plain_headings=True)}
    assert headings == {"1": "Item 1. Opening of the session", "2": "Item 2. Organizational matters"}


# tests/ingest_eval/unread/DP_2006_2_es.txt, line 7 (shortened): the Executive Board's decisions of the year, the
# cover flattened onto one line: the item heading, the item's title, then the compilation's own title
DP_2006_2_ES = (
    "Naciones Unidas DP/2006/2 Junta Ejecutiva del Programa de las Naciones Unidas para el Desarrollo y del Fondo de "
    "Población de las Naciones Unidas Distr. general 8 de noviembre de 2005 Español Original: inglés 05-59444 (S) "
    "291105 291105 *0559444* Primer período ordinario de sesiones de 2006 Nueva York, 20 a 27 de enero de 2006 Tema 1 "
    "del programa provisional Cuestiones de organización Decisiones adoptadas por la Junta Ejecutiva en 2006 Índice "
    "Primer período ordinario de sesiones de 2005 (Nueva York, 20 a 28 de enero) Número Página 2005/1 Revisión del "
    "reglamento financiero del PNUD ..................................... 4\n")


def test_a_flattened_covers_item_title_ends_where_the_compilations_title_begins() -> None:
    result = ingested(DP_2006_2_ES, "DP_2006_2_es.txt")
    documented = {str(result.graph.value(i, SKOS.notation)): str(result.graph.value(i, DCTERMS.title))
                  for i in result.graph.subjects(MG.documentedBy, result.document)}
    assert documented == {"1": "Cuestiones de organización"}
