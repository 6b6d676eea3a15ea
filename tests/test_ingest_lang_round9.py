"""Class 6 of issue 10, ninth round: the words of covers and annotations in Spanish, French, Russian, Arabic
and Chinese. Each rule is tested on an excerpt of a real document of the open evaluation sets
(tests/ingest_eval/<set>/, named beside it), and each test fails on the ingester before the rule."""

from __future__ import annotations

from mandategraph.ingest.citations import find_citations
from mandategraph.ingest.cover import bounded_title, mirror_title_unsure
from mandategraph.namespaces import DCTERMS, MG, RDF, SKOS
from tests.ingest_covers import cover_of, ingested, titles

# ------------------------------------------------------------------ a flattened cover's venue and dates in a title

# tests/ingest_eval/untouched/ITU_WTSA-16_provisional_acts_es_nosymbol.txt: a mirror's transcription glues the
# page number, the sector's name, the title, the venue and the dates onto one line; that line is no title
ITU_WTSA_16 = """Sector de Normalización de las Telecomunicaciones de la UIT

Tamaño: px
Comenzar la demostración a partir de la página:

Download "Sector de Normalización de las Telecomunicaciones de la UIT"

Transcripción

1 Sector de Normalización de las Telecomunicaciones de la UIT Actas provisionales de la Asamblea Mundial de \
Normalización de las Telecomunicaciones Hammamet (Túnez) 25 de octubre - 3 de noviembre de 2016

2

3 PARTES 1 & 2 RESOLUCIONES Y RECOMENDACIONES

4 1 MOD RESOLUCIÓN 1 (REV. HAMMAMET, 2016) Reglamento Interno del Sector de Normalización de las \
Telecomunicaciones de la UIT (Hammamet, 2016) 1 La Asamblea Mundial de Normalización de las Telecomunicaciones \
(Hammamet, 2016), considerando a) que las funciones, las obligaciones y la organización del Sector de \
Normalización de las Telecomunicaciones de la UIT (UIT-T) están enunciadas en los Artículos 17, 18, 19 y 20 de la \
Constitución de la UIT y en los Artículos 13, 14, 14A, 15 y 20 del Convenio de la UIT;
"""


ITU_COVER_LINE = ("1 Sector de Normalización de las Telecomunicaciones de la UIT Actas provisionales de la Asamblea "
                  "Mundial de Normalización de las Telecomunicaciones Hammamet (Túnez) 25 de octubre - 3 de noviembre "
                  "de 2016")


def test_a_title_with_the_cover_s_venue_and_dates_run_in_is_no_title() -> None:
    assert not bounded_title(ITU_COVER_LINE)
    # a title's own words say where and when with a preposition or in parentheses: such titles stay
    assert bounded_title("Informe de la reunión celebrada en Viena (Austria) 25 a 27 de octubre de 2016")
    assert bounded_title("Report on the thirty-sixth session (1-4 March 2005)")


def test_a_mirror_s_page_title_that_begins_a_longer_cover_line_is_no_title() -> None:
    assert mirror_title_unsure("Sector de Normalización de las Telecomunicaciones de la UIT", ITU_WTSA_16)


def test_the_flattened_itu_cover_gives_no_title_rather_than_a_wrong_one() -> None:
    assert titles(ITU_WTSA_16, "ITU_WTSA-16_provisional_acts_es_nosymbol.txt") == []


# ------------------------------------------------------------------ Chinese citations of the Assembly's resolutions

def cited(text: str, language: str = "zh") -> list[tuple[str, str | None, str]]:
    """(kind, issuer, session/number) of each resolution or decision ``text`` cites."""
    return [(c.kind, c.issuer, f"{c.session}/{c.number}") for c in find_citations(text, language)
            if c.kind in ("resolution", "decision")]


# tests/ingest_eval/untouched/HRI_chairs_26_report_zh_nosymbol.txt: the resolution's subject ("关于...的") between
# the Assembly's name and its number
HRI_CHAIRS_26 = ("每年依照大会第49/178号决议召开主席会议,"
                 "审议大会关于加强和增进人权条约机构体系有效运作的第68/268号决议的"
                 "执行情况以及第二十五次主席会议所提建议的后续跟进情况。")

# tests/ingest_eval/sealed/A_55_23_Part_I_zh_nosymbol.txt: the Assembly's resolutions of the 1960s, numbered with
# their session in roman numerals ("第1654(XVI)号决议"); the session's name between the Assembly and the date
A_55_23_PART_I = ("1. 给予殖民地国家和人民独立宣言执行情况特别委员会是大会依照1961年11月27日第1654(XVI)号决议设立的。"
                  "4. 大会第十八届会议1963年12月16日第1970(XVIII)号决议决定解散非洲问题特别委员会。")

# tests/ingest_eval/blind/GA_59_agenda_zh_nosymbol.txt: one list of the Assembly's resolutions, each with its date
GA_59_ITEM_12 = ("12. 经济及社会理事会的报告(第13条(b)款;大会1974年12月12日第3281(XXIX)号、2001年12月21日第56/212号和"
                 "2003年12月23日第58/231号决议和2003年12月23日第58/553号决定以及经济及社会理事会1982年4月26日第1982/112号决定)。")


def test_a_chinese_citation_with_its_subject_between_the_assembly_and_the_number_is_the_assembly_s() -> None:
    assert ("resolution", "General Assembly", "68/268") in cited(HRI_CHAIRS_26)


def test_chinese_citations_of_resolutions_numbered_with_a_roman_session() -> None:
    got = cited(A_55_23_PART_I)
    assert ("resolution", "General Assembly", "16/1654") in got
    assert ("resolution", "General Assembly", "18/1970") in got


def test_a_chinese_list_of_resolutions_each_with_its_date_is_one_list_of_the_body_named_before_it() -> None:
    got = cited(GA_59_ITEM_12)
    assert {("resolution", "General Assembly", "29/3281"), ("resolution", "General Assembly", "56/212"),
            ("resolution", "General Assembly", "58/231")} <= set(got)
    assert ("decision", "Economic and Social Council", "1982/112") in got


def test_a_chinese_citation_whose_body_the_words_do_not_name_has_no_issuer() -> None:
    # the Committee "takes note of resolution 45/45": no body named before it (fresh/A_54_GC_first_report_zh)
    assert cited("7.根据秘书长的提议(A/BUR/54/1,8),总务委员会提请大会注意第45/45号决议附件第5段") == [
        ("resolution", None, "45/45")]
    # a report's subject naming the Assembly is no issuer of the resolution after it
    assert cited("秘书长关于大会的报告和第5/1号决议") == [("resolution", None, "5/1")]


# ------------------------------------------------------------------ the Conferences of the Parties named in full

# tests/ingest_eval/fresh/CTOC_COP_WG.4_2017_report_es_nosymbol.txt: "En su decisión 4/4, la Conferencia de las Partes
# en la Convención ... reconoció": the subject after "su" names the Conference in full
CTOC_COP_WG4_2017_ES = ("1. En su decisión 4/4, la Conferencia de las Partes en la Convención de las Naciones Unidas "
                        "contra la Delincuencia Organizada Transnacional reconoció que el Protocolo para Prevenir, "
                        "Reprimir y Sancionar la Trata de Personas era el principal instrumento.\n")

# tests/ingest_eval/fresh/CTOC_COP_report_ru_nosymbol.txt: the title of the resolution between, the name over lines
CTOC_COP_REPORT_RU = ("1. В своей резолюции 5/1, озаглавленной \"Обеспечение эффективного\nосуществления Конвенции "
                      "Организации Объединенных Наций против\nтранснациональной организованной преступности и "
                      "протоколов "
                      "к ней\",\nКонференция участников Конвенции Организации Объединенных Наций\nпротив "
                      "транснациональной организованной преступности с обеспокоенностью\nотметила появление новых "
                      "форм.\n")

UNTOC_COP = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
UNCAC_COSP = "Conference of the States Parties to the United Nations Convention against Corruption"


def test_a_spanish_its_citation_whose_subject_names_the_untoc_conference_in_full_is_the_conference_s() -> None:
    assert cited(CTOC_COP_WG4_2017_ES, "es") == [("decision", UNTOC_COP, "4/4")]


def test_a_russian_its_citation_whose_subject_names_the_untoc_conference_after_its_title() -> None:
    assert cited(CTOC_COP_REPORT_RU, "ru") == [("resolution", UNTOC_COP, "5/1")]


def test_the_uncac_conference_named_in_full_in_french_and_with_its_session_between_in_spanish() -> None:
    # tests/ingest_eval/fresh and sealed CAC/COSP/WG.2 texts
    assert cited("Dans sa résolution 1/4, la Conférence des États parties à la Convention des Nations Unies contre la "
                 "corruption a mis en place le Groupe de travail.", "fr") == [("resolution", UNCAC_COSP, "1/4")]
    assert cited("En su resolución 1/4, aprobada en su primer período de sesiones, la Conferencia de los Estados "
                 "Partes en la Convención de las Naciones Unidas contra la Corrupción estableció el Grupo.", "es") == [
        ("resolution", UNCAC_COSP, "1/4")]


def test_a_text_of_no_known_body_cites_what_the_conference_named_in_full_decided() -> None:
    result = ingested("Informe\n\n" + CTOC_COP_WG4_2017_ES, "CTOC_COP_WG.4_2017_report_es_nosymbol.txt")
    cites = {str(m) for m in result.graph.objects(result.document, MG.cites)}
    assert cites == {"https://w3id.org/mandategraph/id/decision/ctoc-cop/4/4"}


# ------------------------------------------------------------------ a Spanish report's contents naming its items

# tests/ingest_eval/unseen/FCCC_CP_2015_10_es.txt: the contents flattened onto one line, each chapter naming the item
# it takes up ("(tema 1 del programa)"), the paragraph ranges' dashes lost
FCCC_CP_2015_10 = (
    "Naciones Unidas FCCC/CP/2015/10 Convención Marco sobre el Cambio Climático Distr. general 29 de enero de 2016 "
    "Español Original: inglés GE.16-01192 (S) 190216 250216 *1601192* Conferencia de las Partes Informe de la "
    "Conferencia de las Partes sobre su 21 er período de sesiones, celebrado en París del 30 de noviembre al 13 de "
    "diciembre de 2015 Primera parte: Deliberaciones Índice Párrafos Página I. Apertura del período de sesiones "
    "(tema 1 del programa) ................... 12 6 II. Cuestiones de organización (tema 2 del programa) "
    "........................ 333 6 A. Elección del Presidente de la Conferencia de las Partes en su 21 er período de "
    "sesiones (tema 2 a) del programa) ................................................. 34 13 III. Informes de los "
    "órganos subsidiarios (tema 3 del programa) ................ 3549 13 A. Informe del Órgano Subsidiario\n")


def test_a_spanish_report_s_flattened_contents_name_the_items_its_chapters_take_up() -> None:
    result = ingested(FCCC_CP_2015_10, "FCCC_CP_2015_10_es.txt")
    items = {(str(n), str(t)) for i in result.graph.subjects(RDF.type, MG.AgendaItem)
             for n in result.graph.objects(i, SKOS.notation) for t in result.graph.objects(i, DCTERMS.title)}
    assert {("1", "Apertura del período de sesiones"), ("2", "Cuestiones de organización"),
            ("3", "Informes de los órganos subsidiarios")} <= items


# ------------------------------------------------------------------ Arabic citations naming their issuer

# tests/ingest_eval/fresh/A_RES_52_91_ar_nosymbol.txt: the issuer between the word and the number ("بقرار المجلس
# الاقتصادي والاجتماعي 1993 / 32"), the number with spaces round its slash; "its" ("بقرارها") names none
A_RES_52_91_AR = (
    "إن الجمعية العامة،\n\nإذ تذكّر بقرارها 50 / 145 المؤرخ 21 كانون الأول/ديسمبر 1995 بشأن مؤتمر الأمم المتحدة التاسع "
    "لمنع الجريمة ومعاملة المجرمين،\n\nوإذ تذكّر بقرار المجلس الاقتصادي والاجتماعي 1993 / 32 المؤرخ 27 تموز/يوليه 1993 "
    "وبالنظام الداخلي لمؤتمرات الأمم المتحدة لمنع الجريمة ومعاملة المجرمين، المرفق بذلك القرار،\n\nوإذ تذكّر بقرار لجنة "
    "منع الجريمة والعدالة الجنائية 5 / 1 المؤرخ 30 أيار/مايو 1996، الذي طلبت فيه اللجنة إلى الأمين العام\n")


def test_arabic_citations_read_the_issuer_printed_between_the_word_and_the_number() -> None:
    got = cited(A_RES_52_91_AR, "ar")
    assert ("resolution", "Economic and Social Council", "1993/32") in got
    assert ("resolution", "Commission on Crime Prevention and Criminal Justice", "5/1") in got
    assert ("resolution", None, "50/145") in got  # "its": whose, the words of this sentence do not say


# ------------------------------------------------------------------ a flattened French item heading's footnote mark

# tests/ingest_eval/untouched/CAC_COSP_2013_13_fr.txt: the provisional agenda's footnote mark after the item heading,
# then the item's title and the document's ("Point 2 de l ordre du jour provisoire * Examen de l application ...")
CAC_COSP_2013_13 = (
    "1 Nations Unies CAC/COSP/2013/13 Conférence des États parties à la Convention des Nations Unies contre la "
    "corruption Distr. générale 26 septembre 2013 Français Original: anglais Cinquième session Panama, novembre 2013 "
    "Point 2 de l ordre du jour provisoire * Examen de l application de la Convention des Nations Unies contre la "
    "corruption Rapport sur l état d avancement de l exécution des mandats du Groupe d examen de l application Note "
    "du Secrétariat Résumé La présente note contient des informations à jour sur la conduite des examens de pays.\n")


def test_the_item_title_after_a_flattened_french_item_heading_s_footnote_mark() -> None:
    cover = cover_of(CAC_COSP_2013_13)
    assert cover.item is not None and cover.item.title is not None
    assert cover.item.title.text == "Examen de l application de la Convention des Nations Unies contre la corruption"


# ------------------------------------------------------------------ an agenda's title, then its opening's line

# tests/ingest_eval/unseen/A_S-20_provisional_agenda_fr_nosymbol.txt: the General Assembly's provisional agenda, its
# title glued to its note, then the line of the opening's place and time, then the items; no symbol, no cover title
A_S20_FR = """Assemblée générale
25 mars 1998
Français
Original: anglais
Ordre du jour provisoire de la vingtième session extraordinaire de l'Assemblée généralePublié conformément à \
l'article 16 du Règlement intérieur.
Qui se tiendra au Siège de l'Organisation des Nations Unies, le lundi 8 juin 1998 à 10 heures
1. Ouverture de la session par le Président de la délégation de l'Ukraine.2. Minute de silence consacrée à la \
prière ou à la méditation.
3. Pouvoirs des représentants à la vingtième session extraordinaire de l'Assemblée générale :
a) Nomination des membres de la Commission de vérification des pouvoirs;
b) Rapport de la Commission de vérification des pouvoirs.
4. Élection du Président.
"""


def test_an_item_list_after_the_agenda_title_and_the_opening_line_is_the_agenda() -> None:
    result = ingested(A_S20_FR, "A_S-20_provisional_agenda_fr_nosymbol.txt")
    items = {str(result.graph.value(i, SKOS.notation)): str(result.graph.value(i, DCTERMS.title))
             for i in result.graph.subjects(RDF.type, MG.AgendaItem)}
    assert items.get("3 (a)") == "Nomination des membres de la Commission de vérification des pouvoirs"
    assert items.get("4") == "Élection du Président"
    assert "3" in items and not any("Publié" in t or "heures" in t for t in items.values())


# ------------------------------------------------------------------ a heading set apart between one-line items

# tests/ingest_eval/sealed/WIPO_A_49_decisions_summary_fr_nosymbol.txt: WIPO's summary of decisions, its list of
# agenda items one line and a blank line each, no full stops, a section heading between items 5 and 6
WIPO_A_49_LIST = """Page 3: ASSEMBLÉES DES ÉTATS MEMBRES DE l’OMPI – 2011 · Préface

Liste des points de l’ordre du jour

1. Ouverture des sessions

2. Élection des membres des bureaux

3. Adoption de l’ordre du jour

4. Rapport du Directeur général

5. Déclarations générales

Organes directeurs et questions institutionnelles

6. A
"""


def test_a_heading_between_blank_lines_in_a_list_of_one_line_items_is_no_line_of_a_title() -> None:
    from mandategraph.ingest.agenda_layout import parse_agenda_items
    entries, _ = parse_agenda_items(WIPO_A_49_LIST, 0, ())
    titles_by = {e.notation: e.title for e in entries}
    assert titles_by.get("5") == "Déclarations générales"
    assert not any("Organes directeurs" in t for t in titles_by.values())


def test_a_list_under_wipo_s_heading_of_its_agenda_items_is_the_agenda_s_list() -> None:
    result = ingested(WIPO_A_49_LIST, "WIPO_A_49_decisions_summary_fr_nosymbol.txt")
    items = {str(result.graph.value(i, SKOS.notation)): str(result.graph.value(i, DCTERMS.title))
             for i in result.graph.subjects(RDF.type, MG.AgendaItem)}
    assert items.get("1") == "Ouverture des sessions" and items.get("5") == "Déclarations générales"
    assert items.get("6") != "A"  # cut by the excerpt: no title of one letter


# ------------------------------------------------------------------ a flattened contents' sections numbering sub-items

# tests/ingest_eval/untouched/FCCC_SBSTA_2004_6_es.txt: the contents flattened onto one line, the chapters naming
# the items and their sections the sub-items, the letter without its opening parenthesis ("(tema 2 a) del programa)")
SBSTA_2004_6_CONTENTS = (
    "˝NDICE PÆrrafos PÆgina I. APERTURA DEL PER˝ODO DE SESIONES (tema 1 del programa) " + "." * 83 + " 1 - 3 4 "
    "II. CUESTIONES DE ORGANIZACIN (tema 2 del programa) ....... 4 - 7 4 A. Aprobacin del programa (tema 2 a) del "
    "programa) ................ 4 - 5 4 B. Organizacin de los trabajos del perodo de sesiones (tema 2 b) del "
    "programa) .......................................................... 6 - 7 5 III. CUESTIONES METODOLGICAS "
    "(tema 3 del programa) ......... 8 - 65 6\n")


def test_a_flattened_contents_section_naming_a_sub_item_is_that_sub_item() -> None:
    from mandategraph.ingest.agenda import _contents_headings
    found = _contents_headings(SBSTA_2004_6_CONTENTS, 0, len(SBSTA_2004_6_CONTENTS) - 1)
    by_n = {m["n"]: m["title"] for m in found.values()}
    assert by_n.get("2 a)") == "Aprobacin del programa"
    assert by_n.get("2 b)") == "Organizacin de los trabajos del perodo de sesiones"
    assert by_n.get("2") == "CUESTIONES DE ORGANIZACIN"
