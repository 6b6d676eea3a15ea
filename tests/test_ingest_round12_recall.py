"""Round 12, recall without a wrong fact: the genres that the texts of the open evaluation sets print but the ingester
did not read (one resolution's text under its title, a Chinese title's last noun, an annual report after its ordinal).
Each rule is tested on an excerpt of a real document of the open sets (tests/ingest_eval/<set>/, named beside it, its
lines given), and each test fails on the ingester before the rule."""

from __future__ import annotations

from mandategraph.ingest.genres.papers import lexicon_genre
from mandategraph.namespaces import DCTERMS, MG, RDF
from tests.ingest_covers import ingested


def types(text: str, name: str) -> set[str]:
    """The local names of the classes the ingested ``text``'s document is of (rdf:type) and of its genre
    (dcterms:type, for a text without a symbol or a kind no genre reads)."""
    result = ingested(text, name)
    objs = list(result.graph.objects(result.document, RDF.type))
    objs += list(result.graph.objects(result.document, DCTERMS.type))
    return {str(o).rsplit("#", 1)[-1] for o in objs if str(o).startswith(str(MG))}


# ------------------------------------------------------------------ one resolution's text under its title

# tests/ingest_eval/unread/ECOSOC_res_1986-07-22_CPC_duration_nosymbol.txt, lines 4-19 (the archive's chrome, the
# meeting line, the title, the Council's opening words, the preamble)
ECOSOC_RES_1986 = """source: http://old.radicali.it/search_view.php?id=20786
note: a Council resolution on an archive

sab 07 set. 2024
Archivio ONU
Economic and Social Council - 22 luglio 1986
Member Name E86r052

22 July 1986

38th plenary meeting

Duration of the twenty-seventh session of the Committee for Programme and Co-ordination

The Economic and Social Council,

Recalling its resolution 1984/61 C of 26 July 1984, in which it recommended that the twenty-fifth and twenty-sixth \
sessions of the Committee for Programme and Co-ordination should each be of five weeks' duration, on an experimental \
basis, in order to

Recalling also General Assembly resolution 39/238 of 18 December 1984, in which the Assembly approved the decisions \
of the Economic and Social Council contained in its resolution 1984/61,
"""

# tests/ingest_eval/unread/S_RES_1929_2010_ru_nosymbol.txt, lines 4-11 (the site's breadcrumbs, the resolution's
# number run on into its title, the Council's opening words, the preamble)
S_RES_1929_RU = """source: https://iplex360.com.ua/npa.php?code=995_i86
note: a Security Council resolution on a legal database

- Правова система ipLex360
- Законодавство
- Резолюція
Резолюция 1929 (2010),
принятая Советом Безопасности на его 6335-м заседании
Совет Безопасности,
вновь подтверждая свою приверженность
Договору о нераспространении ядерного оружия
"""


def test_a_resolution_s_text_under_its_title_is_a_resolution() -> None:
    assert "Resolution" in types(ECOSOC_RES_1986, "ECOSOC_res_1986-07-22_CPC_duration_nosymbol.txt")
    assert "Resolution" in types(S_RES_1929_RU, "S_RES_1929_2010_ru_nosymbol.txt")


def test_a_draft_resolution_s_text_is_no_resolution() -> None:
    draft = ECOSOC_RES_1986.replace("38th plenary meeting", "Draft resolution submitted by the Chair")
    assert "Resolution" not in types(draft, "draft_nosymbol.txt")


def test_an_organ_s_name_under_a_title_that_runs_on_is_no_resolution_s_opening() -> None:
    # the organ's line further down, under a heading of the text and not right under the title: no opening words
    later = ECOSOC_RES_1986.replace("The Economic and Social Council,",
                                    "A. Draft texts\n\nThe Economic and Social Council,")
    assert "Resolution" not in types(later, "later_nosymbol.txt")


# ------------------------------------------------------------------ a Chinese title's last noun

# tests/ingest_eval/unread/CED_C_23_2_zh.txt, lines 4-26 (the masthead, the Committee's name, the title with its
# footnote's asterisk, the first heading and paragraph)
CED_C_23_2_ZH = """source: https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d
note: the Committee's report on requests for urgent action, in Chinese

联 合 国

CED/C/23/2

保护所有人 免遭 强迫失踪国际公约

Distr. General

18 November 2022

Chinese

Original: English

强迫失踪问题委员会

关于根据《公约》第三十条提交的紧急行动请求的报告*

A.导言

1.依照委员会《议事规则》第57和第58条,根据《公约》第三十条提交委员会审议的所有紧急行动请求均应提请委员会注意。
"""


def test_a_chinese_title_that_ends_with_report_names_a_report() -> None:
    assert "Report" in types(CED_C_23_2_ZH, "CED_C_23_2_zh.txt")


def test_a_chinese_agenda_item_that_considers_a_report_names_no_genre() -> None:
    assert lexicon_genre("审议附属机构的报告") is None  # "consideration of the reports of subsidiary bodies"
    assert lexicon_genre("报告草案") is None  # a draft report
    # untouched/HRI_chairs_26_report_zh_nosymbol.txt: a sentence (its commas, its full stop), not a title
    assert lexicon_genre("秘书长谨依照大会第57/202号决议规定,向大会转交各人权条约机构主席关于"
                         "2014年6月23日至27日在日内瓦召开的第二十六次主席会议的报告。") is None


# ------------------------------------------------------------------ an annual report after its ordinal

# tests/ingest_eval/unread/CAT_C_46_2_es.txt, lines 4-28 (the masthead, the Committee's session, the title, its period)
CAT_C_46_2_ES = """source: https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d
note: the fourth annual report of the Subcommittee on Prevention of Torture, in Spanish

Naciones Unidas

CAT/C/46/2

Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes

Distr. general

3 de febrero de 2011

Español

Original: inglés

Comité contra la Tortura

46º período de sesiones

9 de mayo a 3 de junio de 2011

Cuarto informe anual del Subcomité para la Prevención de la Tortura y Otros Tratos o Penas Crueles, Inhumanos o \
Degradantes

(Abril a diciembre de 2010)

Índice
"""


def test_an_annual_report_after_its_ordinal_is_a_report() -> None:
    assert "Report" in types(CAT_C_46_2_ES, "CAT_C_46_2_es.txt")


# ------------------------------------------------------------ a summary record's title makes a document by its form

# tests/ingest_eval/unread/A_CN.4_SR.1635_fr.txt, lines 4-45 (the mirror's chrome, the symbol, the record's title, the
# Yearbook's lines, the first words of the debate)
A_CN_4_SR_1635_FR = """source: https://123dok.net/document/zgw2jer7-compte-rendu-analytique-e-s%C3%A9ance-vol.html
note: the summary record of the Commission's 1635th meeting, on a document mirror

• Aucun résultat trouvé

Compte rendu analytique de la 1635e séance. vol. I 1980,

N/A
N/A
Protected

Academic year: 2022

Partager "Compte rendu analytique de la 1635e séance. vol. I 1980,"

Copied!
9
0
0

Texte intégral

(1)

A/CN.4/SR.1635

Compte rendu analytique de la 1635e séance

Extrait de l'Annuaire de la Commission du droit international:-

1980,vol. I

sujet:

<plusiers des sujets>

Copyright © Nations Unies

Telechargé du site Internet de la Commission du Droit International (http://www.un.org/law/french/ilc/index.htm)

(2)

nature de la règle, le mot « sera » a été remplacé par

« est ». Au paragraphe 2, le mot « territorial » a également été supprimé.
"""


def test_a_printed_symbol_over_a_summary_record_s_title_is_a_document() -> None:
    result = ingested(A_CN_4_SR_1635_FR, "A_CN.4_SR.1635_fr.txt")  # was: "not a UN document text"
    assert [str(t) for t in result.graph.objects(result.document, DCTERMS.title)] == [
        "Compte rendu analytique de la 1635e séance"]
    assert "SummaryRecord" in types(A_CN_4_SR_1635_FR, "A_CN.4_SR.1635_fr.txt")


# ------------------------------------------------------------ a known place right before a flattened cover's dates

# tests/ingest_eval/unread/DP_2006_2_es.txt, line 7 (the cover flattened onto one line), up to its contents' heading
DP_2006_2_ES = """source: https://fdocuments.ec/document/junta-ejecutiva-del-programa-de-las-naciones-unidas-para-8-\
webundporgexecbrdpdfdp06-2spdf.html
note: the Executive Board's decisions of 2006, in Spanish, the cover on one line

Naciones Unidas DP/2006/2 Junta Ejecutiva del Programa de las Naciones Unidas para el Desarrollo y del Fondo de \
Población de las Naciones Unidas Distr. general 8 de noviembre de 2005 Español Original: inglés 05-59444 (S) 291105 \
291105 *0559444* Primer período ordinario de sesiones de 2006 Nueva York, 20 a 27 de enero de 2006 Tema 1 del \
programa provisional Cuestiones de organización Decisiones adoptadas por la Junta Ejecutiva en 2006 Índice
"""


def test_a_known_place_before_a_flattened_cover_s_dates_is_the_session_s_venue() -> None:
    result = ingested(DP_2006_2_ES, "DP_2006_2_es.txt")
    sessions = list(result.graph.objects(result.document, MG.forSession))
    assert [str(v) for s in sessions for v in result.graph.objects(s, MG.venue)] == ["Nueva York"]


def test_a_place_is_no_venue_before_dates_read_from_elsewhere() -> None:
    from mandategraph.ingest.cover import KNOWN_PLACE_BEFORE_DATES
    assert KNOWN_PLACE_BEFORE_DATES.search("the Vienna International Centre, ") is None
    assert KNOWN_PLACE_BEFORE_DATES.search("Vienna, Austria") is None


# ------------------------------------------------------------ the genre named after the symbol's first print

# tests/ingest_eval/unread/A_66_48_es.txt, line 4 (the mirror's page flattened onto one line: the cover twice, the note
# on symbols, the "Nota" page's symbol, the contents), up to the contents' first section
A_66_48_ES = """source: http://studylib.es/doc/2175037/a-66-48---informe-2011
note: the Committee's report in the Assembly's Official Records, flattened onto one line

A/66/48 Naciones Unidas Informe del Comité de Protección de los Derechos de Todos los Trabajadores \
Migratorios y de sus Familiares 13º período de sesiones (22 de noviembre a 3 de diciembre de 2010) 14º \
período de sesiones (4 a 8 de abril de 2011) Asamblea General Documentos Oficiales Sexagésimo sexto \
período de sesiones Suplemento Nº 48 (A/66/48) Asamblea General Documentos Oficiales Sexagésimo sexto \
período de sesiones Suplemento Nº 48 Informe del Comité de Protección de los Derechos de Todos los \
Trabajadores Migratorios y de sus Familiares 13º período de sesiones (22 de noviembre a 3 de diciembre de \
2010) 14º período de sesiones (4 a 8 de abril de 2011) Naciones Unidas ● Nueva York, 2011 Nota Las \
signaturas de los documentos de las Naciones Unidas se componen de letras mayúsculas y cifras. La mención \
de una de tales signaturas indica que se hace referencia a un documento de las Naciones Unidas. ii \
GE.11-44113 A/66/48 Índice I. Cuestiones de organización y otros \
asuntos............................................................ Párrafos Página 1–25 1
"""


def test_the_genre_a_flattened_cover_names_after_its_symbol_s_first_print_is_the_document_s_type() -> None:
    result = ingested(A_66_48_ES, "A_66_48_es.txt")
    assert (result.document, DCTERMS.type, MG.Report) in result.graph
    assert (result.document, RDF.type, MG.Document) in result.graph  # still read as a document of no known genre


# ------------------------------------------------------------ a masthead's labelled date over its "Distribution:" field

# tests/ingest_eval/pristine/IFAD_EB_106_Rev.1_fr.txt, lines 23-31 (IFAD's masthead: the session line glued to its
# venue, the symbol, the date with its language's letter glued before the label, the distribution)
IFAD_EB_106_FR = """source: https://dokumen.tips/documents/procls-verbal-de-la-cent-sixilme-session-du-conseil-d-\
chapitre-paragraphe.html
note: the minutes of the Executive Board's 106th session, in French

Conseil d'administration — Cent sixième sessionRome, 20-21 septembre 2012

Cote du document: EB/106/Rev.1

FDate: 13 décembre 2012

Distribution: Publique

Original: Anglais
"""


def test_a_masthead_s_labelled_date_over_its_distribution_field_is_the_distribution_date() -> None:
    from mandategraph.ingest.cover import parse_cover
    from mandategraph.ingest.text import parse_source
    from tests.ingest_covers import registry
    cover = parse_cover(parse_source(IFAD_EB_106_FR.encode(), "IFAD_EB_106_Rev.1_fr.txt").clean, registry())
    assert str(cover.distribution_date) == "2012-12-13"


# ------------------------------------------------------------ an addendum's explanatory note

# tests/ingest_eval/unread/A_59_2005_Add.2_es.txt, lines 7-29 (the masthead, the items, the report's title and kind
# line, the addendum, its subject and its kind line "Nota explicativa del Secretario General*", the first paragraph)
A_59_2005_ADD_2_ES = """source: https://studylib.es/doc/4356678/a-asamblea-general-naciones-unidas
note: an addendum to the Secretary-General's report, in Spanish

A/59/2005/Add.2
Naciones Unidas
Asamblea General
Distr. general
23 de mayo de 2005
Español
Original: inglés
Quincuagésimo noveno período de sesiones
Temas 45 y 55 del programa
Aplicación y seguimiento integrados y coordinados
de los resultados de las grandes conferencias y cumbres
de las Naciones Unidas en las esferas económica y social
y esferas conexas
Seguimiento de los resultados de la Cumbre del Milenio
Un concepto más amplio de la libertad: desarrollo,
seguridad y derechos humanos para todos
Informe del Secretario General
Adición
Comisión de Consolidación de la Paz
Nota explicativa del Secretario General*
Antecedentes
1.
En mi informe titulado “Un concepto más amplio de la libertad: desarrollo, seguridad y derechos humanos para todos” \
(A/59/2005), recomendé que los Estados
"""


def test_an_addendum_s_explanatory_note_is_a_note() -> None:
    assert "Note" in types(A_59_2005_ADD_2_ES, "A_59_2005_Add.2_es.txt")


def test_the_seat_of_a_regional_commission_before_the_dates_is_the_venue() -> None:
    from mandategraph.ingest.cover import KNOWN_PLACE_BEFORE_DATES
    # tests/ingest_eval/pristine/LC_L.2501_es.txt, line 9 (a flattened cover: ECLAC's conference, its seat and dates)
    line = ("INFORME DE LA TERCERA REUNIÓN DE LA CONFERENCIA ESTADÍSTICA DE LAS AMÉRICAS DE LA COMISIÓN ECONÓMICA PARA "
            "AMÉRICA LATINA Y EL CARIBE Santiago de Chile, ")
    m = KNOWN_PLACE_BEFORE_DATES.search(line)
    assert m is not None and m["venue"] == "Santiago de Chile"
