"""Twelfth round (class 3, bodies and issuers, precision first): the wrong bodies of the unread set.

A subsidiary organ's document is never its parent organ's ("A"): its body comes from the symbol series table
(data/symbol_series.csv, each row with its source) or from the text's own words naming the organ. Each rule is tested on
a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/, the open sets); each test
fails on the ingester before the rule, which filed the document under the General Assembly (or the Seabed Authority).
"""

from __future__ import annotations

from mandategraph.ingest import series
from mandategraph.ingest.document import SESSION_REPORT_TITLE, _name_ends, acronym_defined
from mandategraph.ingest.symbols import find_symbols
from mandategraph.namespaces import MG, RDF
from tests.ingest_covers import bodies_of, ingested

# ------------------------------------------------------------------------------------ a supplement's glued bitext

# tests/ingest_eval/unread/A_71_17_en-ru.txt: UNCITRAL's report, the Assembly's Official Records' Supplement No. 17,
# as the alignment tool's English-Russian bitext, each English segment glued to its Russian one
A_71_17 = """A_71_17_ER
Correct misalignment Corrected by marina.urusova on 9/28/2016 4:46:52 PM Original version Change languages order
A/71/17 V1604829.docx (English)A/71/17 V1604831.docx (Russian)
A/71/17A/71/17
United NationsОрганизация Объединенных Наций
Report of the United Nations Commission on International Trade LawДоклад Комиссии Организации Объединенных Наций \
по праву международной торговли
Forty-ninth sessionСорок девятая сессия
(27 June-15 July 2016)(27 июня – 15 июля 2016 года)
General AssemblyГенеральная Ассамблея
Official RecordsОфициальные отчеты
Seventy-first sessionСемьдесят первая сессия
Supplement No. 17Дополнение № 17
"""


def test_a_name_ends_where_a_bitexts_other_script_is_glued_on() -> None:
    low = "united nations commission on international trade lawдоклад комиссии"
    assert _name_ends(low, len("united nations commission on international trade law"))
    assert not _name_ends("commissions", len("commission"))


def test_a_supplement_in_a_glued_bitext_is_the_organs_its_title_names() -> None:
    assert bodies_of(A_71_17, "A_71_17_en-ru.txt") == ["a-cn9"]


# ------------------------------------------------------------------------------------ a report on an organ's session

# tests/ingest_eval/unread/A_67_10_ch8_ru.txt: chapter VIII of the International Law Commission's report A/67/10, in
# Russian, under the site's title (no supplement line printed)
A_67_10 = """Доклад Комиссии международного права, Шестьдесят четвертая

реклама
A/67/10
Глава VIII
Формирование и доказательство существования
международного обычного права
А.
Введение
156. На своей шестьдесят третьей сессии (2011 год) Комиссия постановила
включить тему "Формирование и доказательство существования международного обычного права" в свою долгосрочную \
программу работы 297 на основе
предложения, которое воспроизводится в приложении А к докладу Комиссии о
работе данной сессии 298. В пункте 7 своей резолюции 66/98 от 9 декабря
2011 года Генеральная Ассамблея приняла к сведению, в частности, включение
этой темы в долгосрочную программу работы Комиссии.
В.
Рассмотрение темы на нынешней сессии
"""


def test_a_title_that_is_an_organs_report_on_its_session_names_the_organ() -> None:
    m = SESSION_REPORT_TITLE.search(A_67_10)
    assert m is not None and m["name"] == "Комиссии международного права"
    assert SESSION_REPORT_TITLE.search("Report of the Credentials Committee\n") is None  # no session: the Assembly's
    assert bodies_of(A_67_10, "A_67_10_ch8_ru.txt") == ["a-cn4"]


# ------------------------------------------------------------------------------------ a subsidiary's own series

# tests/ingest_eval/unread/A_AC.109_2019_L.18_en-ar.txt: the Special Committee on Decolonization's draft resolution as
# the alignment tool's English-Arabic bitext (the tool's header, then the symbol printed twice, glued)
A_AC_109 = """A_AC_109_2019_L_18_EA
Correct misalignment Corrected by Fatima.Es-Sbai on 11/22/2019 12:41:51 AM Original version Change languages order
A/AC.109/2019/L.18 1910268E.docx (ENGLISH)A/AC.109/2019/L.18 1910268A.docx (ARABIC)
A/AC.109/2019/L.18A/AC.109/2019/L.18
United Nationsالأمــم المتحـدة
General Assemblyالجمعية العامة
19-1026819-10268
Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of \
Independence to Colonial Countries and Peoplesاللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان \
والشعوب المستعمرة
Draft resolution submitted by the Chairمشروع قرار مقدم من رئيسة اللجنة
Question of Pitcairnمسألة بيتكيرن
The General Assembly,إن الجمعية العامة،
"""


def test_a_symbol_printed_twice_glued_at_a_letter_is_read() -> None:
    found = [(s.text, span) for s, span in find_symbols("A/AC.109/2019/L.18A/AC.109/2019/L.18")]
    assert found == [("A/AC.109/2019/L.18", (0, 18)), ("A/AC.109/2019/L.18", (18, 36))]


def test_a_subsidiary_committees_draft_is_the_committees_not_the_assemblys() -> None:
    assert bodies_of(A_AC_109, "A_AC.109_2019_L.18_en-ar.txt") == ["a-ac109"]


# tests/ingest_eval/unread/A_AC.105_C.1_L.385_Add.3.txt: an addendum to the draft report of COPUOS's Scientific and
# Technical Subcommittee, a scribd page seen through a proxy, its symbol split before the addendum's number
A_AC_105_C_1 = """AC105 C1 L285Add03E

Download as pdf or txt
Download as pdf or txt
You are on page 1of 9

United Nations A/AC.105/C.1/L.385/Add.

3
General Assembly Distr.: Limited
12 February 2020

Original: English

Committee on the Peaceful


Uses of Outer Space
Scientific and Technical Subcommittee
Fifty-seventh session
Vienna, 3–14 February 2020

Draft report
II. United Nations Programme on Space Applications
1. In accordance with General Assembly resolution 74/82, the Subcommittee
considered agenda item 5, entitled “United Nations Programme on Space
Applications”.
"""


def test_a_symbol_split_before_its_addendums_number_is_the_subcommittees() -> None:
    assert bodies_of(A_AC_105_C_1, "A_AC.105_C.1_L.385_Add.3.txt") == ["a-ac105-c1"]


# ------------------------------------------------------------------------------------ an organ after the session

# tests/ingest_eval/unread/ISBA_24_A_2_fr.txt: the Seabed Authority's Secretary-General's report to its Assembly, the
# cover flattened onto one line
ISBA_24_A_2 = """Autorité internationale des fonds marins ISBA/24/A/2 Assemblée Distr. générale 29 mai 2018 Français \
Original : anglais 18-08610 (F) 200618 270618 *1808610* Vingt-quatrième session Kingston, 2-27 juillet 2018 Rapport du \
Secrétaire général de l’Autorité internationale des fonds marins présenté en application du paragraphe 4 de l’article \
166 de la Convention des Nations Unies sur le droit de la mer Table des matières Page I. Introduction ...... 4
"""


def test_the_seabed_authoritys_symbols_name_the_organ_after_the_session() -> None:
    assert series.organ_of_form("ISBA/24/A/2", "ISBA") == "ISBA/A"
    assert series.organ_of_form("ISBA/24/2", "ISBA") is None
    assert series.organ_of_form("A/71/17", "A") is None
    assert bodies_of(ISBA_24_A_2, "ISBA_24_A_2_fr.txt") == ["isba-a"]


# ------------------------------------------------------------------------------------ the series' genre yields

# tests/ingest_eval/sealed/E_2008_INF_2_Add.1_es-en.txt: the Council's resolutions and decisions of its substantive
# session of 2008, issued in its information series, as a Spanish-English bitext under the alignment tool's header
E_2008_INF_2_ADD_1 = """E_2008_INF_2_Add.1_s_E_2008_INF_2_Add.1_e_SE
Correct misalignment Change languages order
E_2008_INF_2_Add.1_s.pdf (spanish) E_2008_INF_2_Add.1_e.pdf (english)
Naciones UnidasUnited Nations
E/2008/INF/2/Add.1E/2008/INF/2/Add.1
Consejo Económico y SocialEconomic and Social Council
Distr.Distr.
general: General
15 de agosto de 2008 Español15 August 2008
Original: inglésOriginal: English
08-46249 (S) 141008 16100808-46246 (E) 151008
*0846249**0846246*
Resoluciones y decisiones adoptadas por el Consejo Económico y Social en su períodoResolutions and decisions \\
adopted by the Economic and
de sesiones sustantivo de 2008Social Council at its substantive session of 2008
(30 de junio a 25 de julio de 2008)(30 June to 25 July 2008)
"""


def test_adopted_texts_issued_in_the_information_series_are_no_information_paper() -> None:
    result = ingested(E_2008_INF_2_ADD_1, "E_2008_INF_2_Add.1_es-en.txt")
    assert str(result.document).endswith("/doc/E/2008/INF/2/Add.1")
    assert MG.InformationPaper not in set(result.graph.objects(result.document, RDF.type))
    assert bodies_of(E_2008_INF_2_ADD_1, "E_2008_INF_2_Add.1_es-en.txt") == ["ecosoc"]


# ------------------------------------------------------------------------------------ a joint symbol in parentheses

# tests/ingest_eval/pristine/LC_L.2318(CEA.2005_8)_es.txt: a document for the third meeting of ECLAC's Statistical
# Conference of the Americas, its cover flattened onto one line, the Conference's symbol in parentheses after ECLAC's
LC_L_2318 = """NACIONES UNIDAS COMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE - CEPAL Distr. LIMITADA \
LC/L.2318(CEA.2005/8) 26 de abril del 2005 ORIGINAL: ESPAÑOL Tercera reunión de la Conferencia Estadística de las \
Américas de la Comisión Económica para América Latina y el Caribe Santiago de Chile, 1º al 3 de junio del 2005 \
DESARROLLO DE LOS SISTEMAS ESTADÍSTICOS NACIONALES Y RESPONSABILIDADES DE LOS INSTITUTOS NACIONALES DE ESTADÍSTICA \
05-4-261 iii ÍNDICE Página INTRODUCCIÓN ...... 1 1. Campo de estudio ...... 1 1 INTRODUCCIÓN A fin de dar \
cumplimiento a su mandato, con posterioridad a la segunda reunión de la Conferencia Estadística de las Américas (CEA) \
de la Comisión Económica para América Latina y el Caribe (CEPAL), su Comité Ejecutivo celebró dos reuniones de \
trabajo en las ciudades de Santiago de Chile, los días 24 y 25 de mayo del 2004
"""


def test_a_parenthesised_joint_symbol_names_the_organ_under_the_root() -> None:
    assert series.parenthesised_organ("LC/L.2318(CEA.2005/8)", "LC") == "LC/CEA"
    assert series.parenthesised_organ("LC/L.2501", "LC") is None
    assert acronym_defined(LC_L_2318, "CEA") == "Conferencia Estadística de las Américas"
    assert acronym_defined(LC_L_2318, "CEPAL") is None  # not its initials
    result = ingested(LC_L_2318, "LC_L.2318(CEA.2005_8)_es.txt")
    sessions = {str(s).rsplit("/session/", 1)[-1] for s in result.graph.objects(result.document, MG.forSession)}
    assert sessions == {"lc-cea/3"}  # the Conference's third meeting, never ECLAC's session 3 ("lc/3")
    assert bodies_of(LC_L_2318, "LC_L.2318(CEA.2005_8)_es.txt") == ["lc-cea"]


# ------------------------------------------------------------------------------------ a supplement in Spanish

# tests/ingest_eval/unread/A_66_48_es.txt: the Committee on Migrant Workers' report, the Assembly's Official Records'
# Supplement No. 48, in Spanish, its cover flattened onto one line
A_66_48 = """A/66/48 Naciones Unidas Informe del Comité de Protección de los Derechos de Todos los Trabajadores \
Migratorios y de sus Familiares 13º período de sesiones (22 de noviembre a 3 de diciembre de 2010) 14º período de \
sesiones (4 a 8 de abril de 2011) Asamblea General Documentos Oficiales Sexagésimo sexto período de sesiones \
Suplemento Nº 48 (A/66/48) Asamblea General Documentos Oficiales Sexagésimo sexto período de sesiones Suplemento Nº 48 \
Informe del Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de sus Familiares 13º período \
de sesiones (22 de noviembre a 3 de diciembre de 2010) 14º período de sesiones (4 a 8 de abril de 2011) Naciones \
Unidas ● Nueva York, 2011 Nota Las signaturas de los documentos de las Naciones Unidas se componen de letras \
mayúsculas y cifras. La mención de una de tales signaturas indica que se hace referencia a un documento de las \
Naciones Unidas. ii GE.11-44113 A/66/48 Índice I. Cuestiones de organización y otros asuntos...... Párrafos Página \
1–25 1 A. Estados partes en la Convención ...... 1 1 B. Sesiones y períodos de sesiones ...... 2–4 1
"""


def test_a_supplement_of_the_committee_on_migrant_workers_in_spanish_is_the_committees() -> None:
    assert bodies_of(A_66_48, "A_66_48_es.txt") == ["cmw-c"]
