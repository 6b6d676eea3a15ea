"""Issue 10, the sixth round (recall): a text that prints no symbol and no cover, but is a UN document's text
by its signs (it names the United Nations system and speaks as a meeting document does), is read as a
source text with its symbol unknown, not refused; a text that is not a UN document's text still is. Each text
is an excerpt of a real document as the ingest-eval sets store it (set and file named)."""

from __future__ import annotations

import pytest

from mandategraph.ingest import IngestResult, NotADocumentError, ingest_bytes
from mandategraph.ingest.text import detect_language
from tests.test_agenda_prose_round5 import ROOT, _curated, ingest, select

SETS = ROOT / "tests" / "ingest_eval"


def stored(set_name: str, name: str) -> IngestResult:
    """The text as the set stores it (its source and note lines too), read as ``mandategraph ingest`` reads it."""
    path = SETS / set_name / name
    return ingest_bytes(path.read_bytes(), name, _curated())


def test_a_note_verbale_without_a_symbol_is_read_as_a_source_text() -> None:
    # a note verbale of the Office for Disarmament Affairs on a mirror site, no symbol: "... The Office for
    # Disarmament Affairs presents its compliments to the Permanent Missions of Member States to the United
    # Nations and has the honour to refer to resolution 71/67"; its first line is the mirror's name for the page
    result = stored("sealed", "ODA_note_verbale_NDV_2017_nosymbol.txt")  # refused before: "not a UN document"
    assert result.symbol is None
    assert result.language == "en"
    assert select(result, "SELECT ?d WHERE { ?d a mg:SourceText }")
    # the mirror's name for the page is not its title, and no session is taken from the prose
    assert not select(result, "SELECT ?t WHERE { ?d dcterms:title ?t }")
    assert not select(result, "SELECT ?s WHERE { ?d mg:forSession ?s }")
    assert not select(result, "SELECT ?v WHERE { ?d mg:distributionDate ?v }")


def test_a_page_of_a_treaty_body_text_is_read_with_its_language() -> None:
    # page 16 of a report on the treaty bodies' working methods, no masthead: "... it strongly urges each State
    # party to provide in writing its replies to the list of issues ...", "United Nations" further on
    result = stored("sealed", "treaty_body_working_methods_page16_nosymbol.txt")
    assert (result.symbol, result.language) == (None, "en")
    assert not select(result, "SELECT ?v WHERE { ?d dcterms:identifier ?v }")


@pytest.mark.parametrize("text", [
    # names the Organization, but not as a meeting document speaks (a news item)
    "The United Nations headquarters building in New York was renovated between 2008 and 2014.\n",
    # speaks of a session, but of no organ of the United Nations system
    "The session of the municipal council will be held on Monday; the agenda is posted at the town hall.\n",
])
def test_a_text_without_both_signs_is_still_refused(text: str) -> None:
    with pytest.raises(NotADocumentError, match="not a UN document text"):
        ingest(text)


def test_shared_words_do_not_make_french_spanish() -> None:
    # tests/ingest_eval/sealed/E_ECA_CM_46_6_fr.txt: a mirror's markup around every "de" and "la"
    text = ("INTRODUCTION1. La sixième réunion annuelle <strong>conjointe</strong> <strong>de</strong> "
            "<strong>la</strong> Conférence <strong>de</strong>s ministres <strong>de</strong> l’économie et "
            "<strong>de</strong>sfinances <strong>de</strong> l’Union africaine et <strong>de</strong> la "
            "Conférence <strong>de</strong>s ministres africains <strong>de</strong> la planification et du "
            "développement économique <strong>de</strong> la Commission économique pour l’Afrique s’est tenue "
            "à Abidjan les 25 et 26 mars 2013 en Côte d’Ivoire.")
    assert detect_language(text) == "fr"


def test_a_text_of_no_known_body_cites_what_names_its_issuer() -> None:
    # a Secretariat note in Chinese on a mirror, no symbol, no body on a cover: "遵照大会2000年12月4日第55/61号决议
    # 第6段" (in accordance with paragraph 6 of General Assembly resolution 55/61 of 4 December 2000): the words
    # say whose the resolution is, whatever the text's own body is
    result = stored("unseen", "A_anticorruption_expert_group_zh_nosymbol.txt")
    cited = select(result, """SELECT ?n ?b WHERE { ?d mg:cites ?m . ?m skos:notation ?n ; mg:adoptedBy ?b }""")
    assert ("55/61", "https://w3id.org/mandategraph/id/body/ga") in cited
    assert select(result, "SELECT ?d WHERE { ?d mg:bodyUnknown true }")


def test_a_kind_line_standing_alone_names_the_genre() -> None:
    # the cover of A/65/92 in Spanish: "Tema 107 de la lista preliminar* / Prevención del delito y justicia penal /
    # 12º Congreso de las Naciones Unidas sobre Prevención / del Delito y Justicia Penal / Informe del Secretario
    # General / Resumen": the kind line under a title the cover reader did not tell apart
    assert stored("sealed", "A_65_92_es.txt").kind == "report"
    # "... Последующие меры по итогам Саммита тысячелетия ... / Доклад Генерального секретаря" (A/70/684)
    assert stored("sealed", "A_70_684_ru.txt").kind == "report"


def test_a_kind_line_inside_a_sentence_names_no_genre() -> None:
    # A/65/92's own summary sentence, made up into a cover for the test with a line break before "Informe": a
    # line that begins with a kind line's words but goes on is a sentence naming another document, not a kind line
    text = ("source: http://example.org/x\n\nA/65/92\nDistr. general\n10 de junio de 2010\n\nEl presente informe, "
            "que ha de considerarse junto con el\nInforme del Secretario General sobre el Congreso (A/CONF.213/18), se "
            "ha preparado de conformidad con la resolución 64/180 de la Asamblea General.\n")
    assert ingest(text).kind != "report"


def test_a_flattened_cover_names_its_genre_after_the_symbol() -> None:
    # "Naciones Unidas FCCC/CP/2015/10 Convención Marco sobre el Cambio Climático Distr. general 29 de enero de 2016
    # Español Original: inglés GE.16-01192 (S) 190216 250216 *1601192* Conferencia de las Partes Informe de la
    # Conferencia de las Partes sobre ...": the whole cover on the symbol's line
    assert stored("unseen", "FCCC_CP_2015_10_es.txt").kind == "report"
    # the title "ANNUAL REPORT (23 May 2002-25 April 2003)" of ESCAP's report to the Council (E/2003/39)
    assert stored("sealed", "E_2003_39_E_ESCAP_1298.txt").kind == "report"


def test_a_citation_in_a_preamble_the_cover_ran_into_is_read() -> None:
    # an ECOSOC resolution of 30 May 1991 on a web page ("Resolution E91r012"), no symbol: "The Economic and Social
    # Council, / Reaffirming the
    # Declaration ... proclaimed by the General Assembly in its resolution 2542 (XXIV) ... / Recalling Economic and
    # Social Council resolution 1989/55 of 24 May 1989 ...": the preamble stands in what the cover reader took
    result = stored("sealed", "E_RES_1991_social_development_cooperation_nosymbol.txt")
    cited = select(result, "SELECT ?n ?b WHERE { ?d mg:cites ?m . ?m skos:notation ?n ; mg:adoptedBy ?b }")
    assert ("1989/55", "https://w3id.org/mandategraph/id/body/ecosoc") in cited
    assert ("42/125", "https://w3id.org/mandategraph/id/body/ga") in cited


def test_an_item_of_the_preliminary_list_is_the_documented_item() -> None:
    # A/65/92 in Spanish: "Sexagésimo quinto período de sesiones / Tema 107 de la lista preliminar*"
    result = stored("sealed", "A_65_92_es.txt")
    assert select(result, "SELECT ?n WHERE { ?i mg:documentedBy ?d ; skos:notation ?n }") == {("107",)}


def test_a_summary_record_takes_up_items_under_headings_naming_them() -> None:
    # CAT/C/SR.398 in Spanish: "EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 19
    # DE LA CONVENCIÓN (tema 4 del programa) ( continuación )": item 4 of the session, titled as printed
    result = stored("unseen", "CAT_C_SR.398_es.txt")
    items = select(result, "SELECT ?n ?t WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; dcterms:title ?t }")
    assert ("4", "EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 19 DE LA "
                 "CONVENCIÓN") in items
    # CCPR/C/SR.2684 in Russian, the heading under the cover: "Организационные и другие вопросы (пункт 3 повестки дня)"
    result = stored("unseen", "CCPR_C_SR.2684_ru.txt")
    items = select(result, "SELECT ?n ?t WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; dcterms:title ?t }")
    assert ("3", "Организационные и другие вопросы") in items
