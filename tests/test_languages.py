"""Class 6 of issue 10: what is read from Arabic and Chinese texts (symbols' numbers, dates, mandate
numbers, in Arabic-Indic or full-width digits, with no spaces in Chinese) and Spanish, French and
Russian citations; titles keep their language."""

from __future__ import annotations

from datetime import date

import pytest

from mandategraph.ingest.citations import find_citations
from mandategraph.ingest.cover import Cover, parse_cover
from mandategraph.ingest.dates import find_ranges
from tests.test_ingest_corpus import values


@pytest.mark.parametrize(("text", "start", "end"), [
    ("١ تموز/يوليه ٢٠١٣", date(2013, 7, 1), date(2013, 7, 1)),                 # Arabic-Indic digits
    ("٣-١٤ كانون الأول/ديسمبر ٢٠٠٧", date(2007, 12, 3), date(2007, 12, 14)),
    ("فيينا، 28 تشرين الأول/أكتوبر 2013", date(2013, 10, 28), date(2013, 10, 28)),
    # FCCC/KP/CMP/2007/1 (Chinese): "2007 年 12 月 3 日至 14 日, 巴厘岛"
    ("缔约方会议第三届会议 2007 年 12 月 3 日至 14 日, 巴厘岛", date(2007, 12, 3), date(2007, 12, 14)),
    ("２００７年１２月３日", date(2007, 12, 3), date(2007, 12, 3)),                  # full-width digits
])
def test_arabic_and_chinese_dates(text: str, start: date, end: date) -> None:
    found = find_ranges(text)
    assert [(r.start, r.end) for r in found] == [(start, end)]
    r = found[0]
    assert text[r.span[0]:r.span[1]].strip()  # the offsets are into the text as printed


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("第６／３号决议", "zh", [("resolution", 6, 3)]),
    ("وفي قرارها ٥/٣، قرر المؤتمر", "ar", [("resolution", 5, 3)]),
    ("En su resolución 6/3, la Conferencia", "es", [("resolution", 6, 3)]),
    ("Dans ses résolutions 5/1 et 5/5", "fr", [("resolution", 5, 1), ("resolution", 5, 5)]),
    ("В своем решении 4/4 Конференция", "ru", [("decision", 4, 4)]),
])
def test_mandate_numbers_in_every_language(text: str, language: str, expected: list[tuple[str, int, int]]) -> None:
    assert [(c.kind, c.session, c.number) for c in find_citations(text, language)] == expected


def test_local_issuers_are_read_not_defaulted() -> None:
    """A General Assembly or ECOSOC resolution cited in Spanish, French or Russian is that body's."""
    for text, language in [("En su resolución 55/25, la Asamblea General aprobó", "es"),
                           ("la résolution 55/25 de l'Assemblée générale", "fr"),
                           ("резолюция 55/25 Генеральной Ассамблеи", "ru"),
                           ("la resolución 2004/23 del Consejo Económico y Social", "es")]:
        issuers = {c.issuer for c in find_citations(text, language)}
        assert issuers and None not in issuers, (text, issuers)


def test_titles_keep_their_language() -> None:
    """The Russian working-group agenda's item titles are tagged ru, never en."""
    langs = values("CTOC_COP_WG.4_2010_2_ru.txt", """
        SELECT (LANG(?t) AS ?l) WHERE { ?i a mg:AgendaItem ; dcterms:title ?t }""")
    assert langs == {"ru"}


def test_a_named_conference_before_dans_sa_is_not_the_document_s() -> None:
    """UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2 (French): "accueillie favorablement par la Conférence des
    Parties à la Convention sur la diversité biologique dans sa décision XII/34" is the CBD COP's
    decision XII/34, which this reader cannot name: it is not filed under the document's body."""
    from mandategraph.ingest.resolve import Context, issuer_body
    from tests.test_citations import REGISTRY

    text = ("accueillie favorablement par la Conférence des Parties à la Convention sur la diversité "
            "biologique dans sa décision XII/34, la huitième réunion")
    (cited,) = find_citations(text, "fr")
    assert (cited.kind, cited.session, cited.number) == ("decision", 12, 34)
    assert cited.issuer and "diversité biologique" in cited.issuer
    assert issuer_body(Context(REGISTRY, "ctoc-cop", "ctoc-cop"), cited) is None


# ------------------------------------------------------------------ covers flattened onto one line
# Real covers as the ingest-eval dev set stores them (tests/ingest_eval/dev/, each file's "source:" line
# gives the page): the masthead, session line, item heading, title and kind line run together.

# FCCC/KP/CMP/2017/1 (Spanish): https://docplayer.es/87507964-fccc-kp-cmp-2017-1-...
CMP_2017_ES = ("1 Naciones Unidas Convención Marco sobre el Cambio Climático FCCC/KP/CMP/2017/1 Distr. general 25 de "
               "agosto de 2017 Español Original: inglés Conferencia de las Partes en calidad de reunión de las Partes "
               "en el Protocolo de Kyoto 13 er período de sesiones Bonn, 6 a 17 de noviembre de 2017 Tema 2 a) del "
               "programa provisional Cuestiones de organización: Aprobación del programa Programa provisional y "
               "anotaciones Nota de la Secretaria Ejecutiva I. Programa provisional 1. Apertura del período de "
               "sesiones. 2. Cuestiones de organización: a) Aprobación del programa; b) Elección de miembros "
               "adicionales de la Mesa. 3. Informes de los órganos subsidiarios.")
# FCCC/KP/CMP/2007/1 (Chinese): http://docsplayer.com/107103969-page-2-5-...
CMP_2007_ZH = ("1 联合国 气候变化框架公约 Distr. GENERAL FCCC/KP/CMP/2007/1 7 September 2007 CHINESE Original: "
               "ENGLISH 作为 京都议定书 缔约方会议的 公约 缔约方会议第三届会议 2007 年 12 月 3 日至 14 日, "
               "巴厘岛临时议程项目 2(a) 组织事项通过议程 临时议程和说明 执行秘书的说明 一 临时议程 1. 会议开幕 "
               "2. 组织事项 : (a) 通过议程 ; "
               "(b) 选举主席团替换成员 ; (c) 安排工作, 包括附属机构的届会 ; (d) 核可全权证书审查报告 3. 附属机构的报告"
               "以及由此产生的决定和结论 : (a) 附属科学技术咨询机构的报告 ; (b) 附属履行机构的报告 4. 附件一缔约方在 "
               "京都议定书 之下的进一步承诺问题特设工作组的报告 GE (C)\n\n2 page 2 5. 与清洁发展机制有关的问题")
# UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2 (French): http://docplayer.fr/66173927-ordre-du-jour-provisoire-annote-...
COP_MOP_FR = ("1 CBD CONFÉRENCE DES PARTIES À LA CONVENTION SUR LA DIVERSITÉ BIOLOGIQUE SIÉGEANT EN TANT QUE RÉUNION "
              "DES PARTIES AU PROTOCOLE DE CARTAGENA SUR LA PRÉVENTION DES RISQUES BIOTECHNOLOGIQUES Huitième réunion "
              "Cancún, Mexique, 4-17 décembre 2016 Distr. GÉNÉRALE UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2 24 novembre "
              "2016 FRANÇAIS ORIGINAL : ANGLAIS ORDRE DU JOUR PROVISOIRE ANNOTÉ RÉVISÉ INTRODUCTION 1. Donnant suite à "
              "l offre du Gouvernement mexicain, la huitième réunion de la Conférence des Parties se tiendra à Cancún")
# CTOC/COP/2012/14 (Spanish): https://docplayer.es/70686713-conferencia-de-las-partes-...
COP_2012_ES = ("1 Naciones Unidas CTOC/COP/2012/14 Conferencia de las Partes en la Convención de las Naciones Unidas "
               "contra la Delincuencia Organizada Transnacional Distr. general 20 de septiembre de 2012 Español "
               "Original: inglés Sexto período de sesiones Viena, 15 a 19 de octubre de 2012 Tema 2 del programa "
               "provisional * Examen de la aplicación de la Convención de las Naciones Unidas contra la Delincuencia "
               "Organizada Transnacional y sus Protocolos Estimaciones de las necesidades financieras de un mecanismo "
               "de examen de la aplicación de la Convención de las Naciones Unidas contra la Delincuencia Organizada "
               "Transnacional y sus Protocolos Nota de la Secretaría I. Introducción 1. En su segunda reunión, "
               "celebrada en Viena del 23 al 26 de enero de 2012, el Grupo de trabajo")


def _cover(text: str) -> Cover:
    return parse_cover(text)


@pytest.mark.parametrize(("text", "number", "start", "end", "item", "title"), [
    (CMP_2017_ES, 13, date(2017, 11, 6), date(2017, 11, 17), ["2 (a)"], "Programa provisional y anotaciones"),
    (CMP_2007_ZH, 3, date(2007, 12, 3), date(2007, 12, 14), ["2 (a)"], "临时议程和说明"),
    (COP_MOP_FR, 8, date(2016, 12, 4), date(2016, 12, 17), None, "ORDRE DU JOUR PROVISOIRE ANNOTÉ RÉVISÉ"),
    (COP_2012_ES, 6, date(2012, 10, 15), date(2012, 10, 19), ["2"], None),
])
def test_flattened_covers_in_other_languages(text: str, number: int, start: date, end: date,
                                             item: list[str] | None, title: str | None) -> None:
    cover = _cover(text)
    assert cover.session_number == number
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (start, end)
    assert (cover.item.notations if cover.item else None) == item
    # an agenda's title is taken only when it is an agenda's title word for word; a paper's title run
    # together with its item's title (CTOC/COP/2012/14) is left unknown rather than cut at a guess
    assert (cover.title.text if cover.title else None) == title


def test_the_session_line_not_the_prose() -> None:
    """"la huitième réunion de la Conférence" and "En su segunda reunión" are prose; the cover's
    session is the Huitième réunion / Sexto período de sesiones (not 2, not 13 of the COP)."""
    assert _cover(COP_MOP_FR).session_number == 8
    assert _cover(COP_2012_ES).session_number == 6
    ru = "CERD/C/SR.1523\n\n15 December 2008\n\nRUSSIAN\n\nOriginal: ENGLISH\n\nКОМИТЕТ ПО ЛИКВИДАЦИИ РАСОВОЙ " \
         "ДИСКРИМИНАЦИИ\n\nШестидесятая сессия\n\nКРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ,\n"  # CERD/C/SR.1523 (Russian)
    assert _cover("Distr.GENERAL\n\n" + ru).session_number == 60


def test_the_kind_line_of_a_flattened_note() -> None:
    """"Nota de la Secretaría" after the titles makes CTOC/COP/2012/14 a note."""
    assert [k.text for k in _cover(COP_2012_ES).kind_lines] == ["Nota de la Secretaría"]


def test_chinese_and_spanish_agendas_are_read_with_their_items() -> None:
    """The Chinese and Spanish CMP agendas (dev set) are agendas of their session, with their items; the
    job number and the next page's header glued on after item 4 ("... GE (C) 2 page 2") are not its title."""
    from tests.test_agenda_lists import dev_values

    query = "SELECT ?t WHERE { ?i a mg:AgendaItem ; skos:notation \"%s\" ; dcterms:title ?t }"
    assert dev_values("FCCC_KP_CMP_2007_1_zh.txt", query % "4") == {
        "附件一缔约方在 京都议定书 之下的进一步承诺问题特设工作组的报告"}
    assert dev_values("FCCC_KP_CMP_2007_1_zh.txt", query % "2 (a)") == {"通过议程"}
    assert dev_values("FCCC_KP_CMP_2017_1_es.txt", query % "2 (e)") == {
        "Situación de la ratificación de la Enmienda de Doha al Protocolo de Kyoto"}
    assert dev_values("FCCC_KP_CMP_2017_1_es.txt", "SELECT ?d WHERE { ?d a mg:Agenda ; mg:forSession ?s . "
                      "?s mg:sessionNumber 13 }") == {"https://w3id.org/mandategraph/id/doc/FCCC/KP/CMP/2017/1"}


def test_articles_cited_in_french_spanish_russian() -> None:
    """UNEP/CBD/BS/WG-L&R/4/1/Add.1 (French, dev set): "les règles et procédures visées à l article 27
    du Protocole"; an article "del reglamento" is a rule of procedure of some body, not read as an article."""
    (cited,) = [c for c in find_citations("visées à l article 27 du Protocole. 2. A ce jour", "fr")
                if c.kind == "article"]
    assert (cited.path, cited.instrument) == ((("article", 27),), "Protocol")
    assert [c.path for c in find_citations("de conformidad con el artículo 32 de la Convención", "es")] == [
        (("article", 32),)]
    assert not [c for c in find_citations("de conformidad con el artículo 6 del reglamento", "es")
                if c.kind == "article"]


def test_the_prose_of_a_flattened_page_after_its_cover_is_read() -> None:
    """On the flattened French working-group agenda the text runs on after the title on the same line;
    its first paragraph is read (the article it cites is there)."""
    from tests.test_agenda_lists import dev_values

    assert "https://w3id.org/mandategraph/id/treaty/protocol/article/27" in dev_values(
        "UNEP_CBD_BS_WG-LR_4_1_Add.1_fr.txt", "SELECT ?m WHERE { ?d mg:cites ?m }")


def test_a_decision_of_a_body_named_after_it_is_not_the_document_s() -> None:
    """UNEP/CBD/BS/WG-L&R/4/1/Add.1: "créé en vertu de la décision I/8 de la première réunion de la
    Conférence des Parties siégeant en tant que Réunion des Parties au Protocole" is the COP-MOP's
    decision I/8, which this reader cannot name: it is not filed under the document's body (nor UNEP)."""
    from tests.test_agenda_lists import dev_values

    text = ("a été créé en vertu de la décision I/8 de la première réunion de la Conférence des Parties siégeant "
            "en tant que Réunion des Parties au Protocole de Cartagena")
    (cited,) = find_citations(text, "fr")
    assert cited.issuer and cited.issuer.startswith("Conférence des Parties siégeant")
    cites = dev_values("UNEP_CBD_BS_WG-LR_4_1_Add.1_fr.txt", "SELECT ?m WHERE { ?d mg:cites ?m }")
    assert not any("/decision/" in m for m in cites)
    (own,) = find_citations("en su resolución 5/5 de la Conferencia, relativa a", "es")
    assert own.issuer == "Conference"


def test_an_english_flattened_cover_s_agenda_title() -> None:
    """UNEP/EA.1/1/Add.1/Rev.1 (dev set, flattened): "... Item 2 of the provisional agenda Organization of
    work Annotations to the provisional agenda Item 1 Opening of the session 1. Pursuant to ..."; TD/B/51/1's
    "I. PROVISIONAL AGENDA", a section after the kind line, is not its title."""
    from tests.test_agenda_lists import dev_values

    query = "SELECT ?t WHERE { ?d a mg:Agenda ; dcterms:title ?t }"
    assert dev_values("UNEP_EA.1_1_Add.1_Rev.1.txt", query) == {"Annotations to the provisional agenda"}
    assert dev_values("TD_B_51_1.txt", query) == set()


def test_an_item_heading_in_capitals_on_a_flattened_page() -> None:
    """UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2 (French, dev set), the annotations without an item list:
    "... avant l ouverture des réunions le 4 décembre POINT 1. OUVERTURE DE LA RÉUNION 3. L ouverture de la
    huitième réunion ..." is item 1, a procedural one; its title ends where the capitals end."""
    from tests.test_agenda_lists import dev_values

    query = "SELECT ?t WHERE { ?i a mg:AgendaItem ; skos:notation \"1\" ; dcterms:title ?t ; mg:isProcedural true }"
    assert dev_values("UNEP_CBD_BS_COP-MOP_8_1_Add.1_Rev.2_fr.txt", query) == {"OUVERTURE DE LA RÉUNION"}


def test_compound_ordinals_of_session_lines() -> None:
    """A ten before a unit ordinal is one number ("Семьдесят девятая сессия", CERD/C/79/1, is the
    79th; "Trente‑sixième session", CRC/C/138, with a word processor's non-breaking hyphen, the
    36th): the unit alone was read, the 9th and the 6th session."""
    from mandategraph.ingest.lexicon import ordinal as local_ordinal  # the one ordinal reader, every language

    assert local_ordinal("Семьдесят девятая") == 79
    assert local_ordinal("Trente\u2011sixième") == local_ordinal("trente-sixième") == 36
    assert local_ordinal("Trigésimo sexto") == 36


def test_an_item_heading_in_mixed_case_on_a_flattened_page() -> None:
    """IDB.49/1/Add.1 (French; tests/ingest_eval/blind/IDB.49_1_Add.1_fr.txt), flattened onto one line:
    "... (Indonésie). Point 1. Élection du Bureau Conformément à l’article 23.1 du règlement intérieur, ...":
    the heading's title ends where the sentence begins, and the sentence grounds item 1 in rule 23.1 of
    the Board's rules of procedure."""
    from tests.test_agenda_lists import HEAD, ingest_blind

    graph = ingest_blind("IDB.49_1_Add.1_fr.txt").graph
    rows = graph.query(HEAD + "SELECT ?n ?t WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; dcterms:title ?t }")
    assert {(str(n), str(t)) for n, t in rows} == {("1", "Élection du Bureau"), ("2", "Adoption de l’ordre du jour")}
    rows = graph.query(HEAD + "SELECT ?m WHERE { ?i skos:notation \"1\" ; mg:groundedIn ?m }")
    # and in rule 23.3 of the same rules ("L’article 23.3 dispose que ..."), the sentence after
    assert {str(m).rsplit("/id/", 1)[1] for (m,) in rows} == {"rules/idb/rule/23/paragraph/1",
                                                             "rules/idb/rule/23/paragraph/3"}


def test_a_spanish_note_under_an_item_grounds_it_in_the_decision_that_included_it() -> None:
    """The cover of CTOC/COP/2012/14 (tests/ingest_eval/dev/CTOC_COP_2012_14_es.txt, "Tema 2 del programa
    provisional"), its prose replaced by the Spanish of the English formula ("... adopted decision 5/1 ...
    The Conference also decided to include an item entitled T"): the decision grounds item 2, as in English."""
    from mandategraph.ingest import ingest_bytes
    from mandategraph.namespaces import MG
    from tests.test_agenda_lists import DEV, _curated

    text = (DEV / "CTOC_COP_2012_14_es.txt").read_text(encoding="utf-8")
    text = text[:text.index("I. Introducción")] + (
        "I. Introducción 1. En su quinto período de sesiones, la Conferencia aprobó la decisión 5/1, relativa al "
        "mecanismo de examen. La Conferencia decidió también incluir en el programa de su sexto período de sesiones "
        "un tema titulado “Examen de la aplicación de la Convención”.\n")
    graph = ingest_bytes(text.encode(), "t.txt", _curated()).graph
    grounded = {(str(s).rsplit("/id/", 1)[1], str(o).rsplit("/id/", 1)[1])
                for s, o in graph.subject_objects(MG.groundedIn)}
    assert grounded == {("session/ctoc-cop/6/item/2", "decision/ctoc-cop/5/1")}
