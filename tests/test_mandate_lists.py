"""Class 6 (and 3) of issue 10: the resolutions and decisions a report's contents list, as real documents
print them, in any language; each text below is an excerpt of a real UN document of the ingest-eval sets
(the file is named), the expected mandates read off the page."""

from __future__ import annotations

from pathlib import Path

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.mandate_layout import mandate_lists
from mandategraph.namespaces import MG

ROOT = Path(__file__).resolve().parents[1]

# CAC/COSP/2013/18 (Spanish; tests/ingest_eval/fresh/CAC_COSP_2013_18_es.txt): the cover and the contents
# flattened onto one line, the contents' dot leaders and page numbers glued to the titles
CAC_2013 = ("Naciones Unidas CAC/COSP/2013/18 Conferencia de los Estados Parte en la Convención de las Naciones Unidas "
            "contra la Corrupción Distr. general 29 de enero de 2014 Español Original: inglés V.14-00566 (S) 120314 "
            "120314 *1400566* Informe de la Conferencia de los Estados Partes en la Convención de las Naciones Unidas "
            "contra la Corrupción sobre su quinto período de sesiones, celebrado en la ciudad de Panamá del 25 al 29 "
            "de noviembre de 2013 Índice Página I. Resoluciones y decisiones adoptadas por la Conferencia de los "
            "Estados Partes en la Convención de las Naciones Unidas contra la Corrupción ........................... 3 "
            "A. Resoluciones ........................................................... 3 5/1. Aumento de la "
            "eficacia de la cooperación en materia de cumplimiento de la ley ................................ 3 5/2. "
            "Fortalecimiento de la aplicación de las disposiciones sobre penalización ....... 5 5/3. Facilitación de "
            "la cooperación internacional en la recuperación de activos ...... 7 B. Decisiones "
            "........................................ 25 5/1. Mecanismo de Examen de la Aplicación de la Convención "
            "de las Naciones Unidas contra l")


def test_a_flattened_contents_lists_each_mandate_under_its_kind_heading() -> None:
    got = [(m.kind, m.session, m.number, m.title) for m in mandate_lists(CAC_2013, 0)]
    assert got == [
        ("resolution", 5, 1, "Aumento de la eficacia de la cooperación en materia de cumplimiento de la ley"),
        ("resolution", 5, 2, "Fortalecimiento de la aplicación de las disposiciones sobre penalización"),
        ("resolution", 5, 3, "Facilitación de la cooperación internacional en la recuperación de activos"),
        ("decision", 5, 1, None)]  # its title cut by the end of the text: none given


def test_numbers_printed_apart_from_their_titles_get_no_title() -> None:
    """A/HRC/5/21 (tests/ingest_eval/fresh/A_HRC_5_21.txt): "A. Resolutions 5/1. 5/2. B. Institution-building
    ...": the extraction put the numbers before the section's heading and the titles after it; which title
    is whose the line does not say, so the numbers are read without titles; "Decisions 5/101. T ....... 5/102.
    T" with a dot leader and no page number between them."""
    text = ("CONTENTS Chapter I. Resolutions and decisions adopted by the Council at its fifth session ........... A. "
            "Resolutions 5/1. 5/2. B. Institution-building of the United Nations Human Rights Council "
            "...................................................... Code of Conduct for Special Procedures "
            "Mandate-holders of the Human Rights Council ............................................ 4 37 Page 4 "
            "Decisions 5/101. Institution-building of the Human Rights Council and draft code of conduct for special "
            "procedures mandate-holders of the Human Rights Council ............................. 5/102. Postponement "
            "of consideration of all pending draft resolutions and decisions, and of the draft report "
            ".......................... Paragraphs 4 5 45")
    got = [(m.kind, m.session, m.number, m.title) for m in mandate_lists(text, 0)]
    assert got == [
        ("resolution", 5, 1, None), ("resolution", 5, 2, None),
        ("decision", 5, 101, "Institution-building of the Human Rights Council and draft code of conduct for special "
                             "procedures mandate-holders of the Human Rights Council"),
        ("decision", 5, 102, "Postponement of consideration of all pending draft resolutions and decisions, and of "
                             "the draft report")]


def test_a_number_out_of_the_run_is_not_an_entry() -> None:
    """Never a wrong mandate: in a run 9/1, 9/2, ... a number that is not the next one ("2/15." in a title, or
    a table of something else) is not read as listed."""
    text = ("Содержание A. Резолюции ........................................ 3 9/1. Создание Механизма обзора "
            ".......................... 3 2/15. Прочее ....................................... 4 9/2. Повышение "
            "эффективности ........................................ 5 " + "x" * 200)
    assert [(m.session, m.number) for m in mandate_lists(text, 0)] == [(9, 1), (9, 2)]


def test_a_report_of_no_genre_known_cites_the_mandates_its_contents_list_not_its_prose() -> None:
    """The cover of CTOC/COP/2004/6 (Spanish; tests/ingest_eval/fresh/CTOC_COP_2004_6_es.txt) flattened with
    its contents: whatever its genre, the decisions its contents list are the Conference's and the document
    cites them; its prose is still not read."""
    text = ("Naciones Unidas CTOC/COP/2004/6* Conferencia de las Partes en la Convención de las Naciones Unidas contra "
            "la Delincuencia Organizada Transnacional Distr. general 23 de septiembre de 2004 Español Original: "
            "inglés V.05-87366 (S) 220805 230805 *0587366* Primer período de sesiones Viena, 28 de junio a 8 de julio "
            "de 2004 Informe de la Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
            "Delincuencia Organizada Transnacional sobre su primer período de sesiones, celebrado en Viena del 28 de "
            "junio al 8 de julio de 2004 Índice Párrafos Página I. Decisiones adoptadas por la Conferencia de las "
            "Partes ...................... 1 3 1/1. Aprobación del reglamento de la Conferencia de las Partes "
            "................. 3 1/2. Programa de trabajo de la Conferencia de las Partes .......................... 3 "
            "1/3. Notificaciones, declaraciones y reservas .......................... 4 II. Introducción "
            "......................................................... 2-3 7\n\n1. En su resolución 55/25, la Asamblea "
            "General decidió establecer la Conferencia.")
    result = ingest_bytes(text.encode(), "CTOC_COP_2004_6_es.txt", Registry.load(ROOT / "data" / "curated"))
    cited = {str(o).split("/id/")[-1] for o in result.graph.objects(result.document, MG.cites)}
    assert {"decision/ctoc-cop/1/1", "decision/ctoc-cop/1/2", "decision/ctoc-cop/1/3"} <= cited
    assert "resolution/ga/55/25" not in cited or result.kind != "document"  # prose: read only by a known genre


def test_the_english_half_of_a_bitext_is_read_with_the_english_grammar() -> None:
    """Class 3. A/C.3/72/L.1 (tests/ingest_eval/fresh/A_C.3_72_L.1_en-ar.txt), an English/Arabic bitext read as
    Arabic: each sentence is printed in English, then in Arabic; the English half names the issuer ("rule 99 of
    the rules of procedure of the General Assembly, Assembly decision 71/538"), read as English prose is."""
    from rdflib import URIRef

    from mandategraph import iri
    from mandategraph.ingest.emit import Emitter
    from mandategraph.ingest.papers import read_sentence
    from mandategraph.ingest.resolve import Context
    from mandategraph.ingest.text import Span, parse_source

    text = ("The draft programme of work (see annex) has been prepared bearing in mind paragraph (b) of rule 99 of "
            "the rules of procedure of the General Assembly, Assembly decision 71/538 on the programme of work of "
            "the Third Committee,أُعد مشروع برنامج العمل (انظر المرفق) مع مراعاة الفقرة (ب) من المادة 99 من النظام "
            "الداخلي للجمعية العامة، ومقرر الجمعية 71/538")
    registry = Registry.load(ROOT / "data" / "curated")
    doc = iri.document("A/C.3/72/L.1")
    out = Emitter.start(parse_source(text.encode(), "t.txt"), doc, text.encode())
    ctx = Context(registry, "ga-c3", registry.conference_of("ga-c3"), language="ar")
    read_sentence(out, ctx, doc, Span(0, len(text), text), "paragraph 2", "ar", None)
    cited = {str(o).split("/id/")[-1] for o in out.graph.objects(URIRef(doc), MG.cites)}
    assert cited == {"decision/ga/71/538", "rules/ga/rule/99"}
