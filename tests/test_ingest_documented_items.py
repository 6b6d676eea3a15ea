"""The item a document is under, read from its cover's heading (issue 10, class 1): the General Assembly's items of
three digits and of its preliminary list, the agenda it adopted ("Tema 104 del programa", "Point 26 de l'ordre du
jour", no "provisional"), and the item's title run on after the heading on a flattened masthead's line."""

from __future__ import annotations

from rdflib import URIRef

from mandategraph.ingest import IngestResult
from mandategraph.namespaces import DCTERMS, MG, SKOS
from tests.ingest_covers import ingested
from tests.test_ingest_cover_identity import A_71_119 as COVER_A_71_119


def _documented(result: IngestResult) -> list[tuple[str, str | None]]:
    """(notation, title) of each item the ingested document documents (mg:documentedBy)."""
    g = result.graph
    out = []
    for item in g.subjects(MG.documentedBy, result.document):
        assert isinstance(item, URIRef)
        title = g.value(item, DCTERMS.title)
        out.append((str(g.value(item, SKOS.notation)), str(title) if title is not None else None))
    return sorted(out, key=lambda x: x[0])


# tests/ingest_eval/novel/A_71_119.txt (docslib), the cover as the mirror flattened it, and its footnote
A_71_119 = COVER_A_71_119 + "\n______* A/71/50.\n"


def test_an_item_of_the_preliminary_list_with_its_title_on_the_headings_line() -> None:
    assert _documented(ingested(A_71_119, "A_71_119.txt")) == [("105", "Crime prevention and criminal justice")]


# tests/ingest_eval/novel/A_RES_71_162_fr.txt, the cover flattened on one line (cut after the resolution's title)
A_RES_71_162_FR = (
    "A/RES/71/162 Nations Unies Distr. générale 20 janvier 2017 Assemblée générale Soixante et onzième "
    "session Point 26 de l’ordre du jour Résolution adoptée par l’Assemblée générale le 19 décembre 2016 "
    "[sur la base du rapport de la Troisième Commission (A/71/476)] 71/162. Suite donnée au Sommet "
    "mondial pour le développement social et à la vingt-quatrième session extraordinaire de "
    "l’Assemblée générale L’Assemblée générale, Rappelant le Sommet mondial pour le développement "
    "social, tenu à Copenhague du 6 au 12 mars 1995,\n")


def test_an_item_of_the_adopted_agenda_in_french() -> None:
    assert [n for n, _ in _documented(ingested(A_RES_71_162_FR, "A_RES_71_162_fr.txt"))] == ["26"]


# tests/ingest_eval/novel/A_57_551_es.txt (mydokument), the cover one field a line
A_57_551_ES = """A/57/551
Naciones Unidas
Asamblea General
Distr. general 4 de diciembre de 2002 Español Original: inglés
Quincuagésimo séptimo período de sesiones Tema 104 del programa
Informe del Alto Comisionado de las Naciones Unidas para los Refugiados, cuestiones relacionadas con los refugiados, \
los repatriados y las personas desplazadas y cuestiones humanitarias Informe de la Tercera Comisión Relatora: Sra. \
Oksana Boiko (Ucrania)
I. Introducción 1. En su 19ª sesión plenaria, celebrada el 20 de septiembre de 2002, la Asamblea General, por \
recomendación de la Mesa, decidió incluir en el programa de su quincuagésimo séptimo período de sesiones el tema
"""


def test_an_item_of_the_adopted_agenda_in_spanish() -> None:
    # its title runs on into the report's own on the next line: the item is known, its title is not read
    assert _documented(ingested(A_57_551_ES, "A_57_551_es.txt")) == [("104", None)]


def test_a_sentences_item_near_the_masthead_is_not_the_covers() -> None:
    text = A_57_551_ES.replace("Quincuagésimo séptimo período de sesiones Tema 104 del programa",
                               "Quincuagésimo séptimo período de sesiones, examinó el tema 104 del programa")
    assert _documented(ingested(text, "A_57_551_es.txt")) == []


def test_an_item_of_a_programme_of_work_is_not_the_covers() -> None:
    text = A_57_551_ES.replace("Tema 104 del programa", "Tema 4 del programa de trabajo")
    assert _documented(ingested(text, "A_57_551_es.txt")) == []


# tests/ingest_eval/novel/FCCC_SBI_2002_17_fr.txt (docplayer.fr): a session's report, its cover flattened onto one
# line and run on into its contents, whose chapters name their items in brackets
FCCC_SBI_2002_17_FR = (
    "1 NATIONS UNIES Convention-cadre sur les changements climatiques Distr. GÉNÉRALE FCCC/SBI/2002/17 13 février "
    "2003 FRANÇAIS Original: ANGLAIS ORGANE SUBSIDIAIRE DE MISE EN ŒUVRE RAPPORT DE L ORGANE SUBSIDIAIRE DE MISE "
    "EN ŒUVRE SUR SA DIX-SEPTIÈME SESSION, TENUE À NEW DELHI, DU 23 OCTOBRE AU 1 er NOVEMBRE 2002 TABLE DES "
    "MATIÈRES Paragraphes Page I. OUVERTURE DE LA SESSION (Point 1 de l ordre du jour)... 1 í 4 II. QUESTIONS "
    "D ORGANISATION (Point 2 de l ordre du jour)... 3 í 4 A. Adoption de l ordre\n")


def test_a_report_chapters_item_in_brackets_is_not_the_covers() -> None:
    # "(Point 1 de l ordre du jour)" names the item a chapter of the report is under, not the one the report is
    # under: the report documents no item of its own
    assert _documented(ingested(FCCC_SBI_2002_17_FR, "FCCC_SBI_2002_17_fr.txt")) == []


# tests/ingest_eval/unseen/A_64_3.txt: the item's title begins with a genre's words, the report's own title under it
A_64_3 = """United Nations A/64/3

General Assembly Distr.: General 20 August 2009

Original: English

Sixty-fourth session Item 44 of the provisional agenda* Report of the Economic and Social Council

Report of the Economic and Social Council for 2009**

Contents Chapter Page
"""


def test_an_items_title_in_a_genres_words_over_the_documents_own_title() -> None:
    assert _documented(ingested(A_64_3, "A_64_3.txt")) == [("44", "Report of the Economic and Social Council")]


def test_a_genres_words_over_a_kind_line_are_not_the_items_title() -> None:
    text = A_64_3.replace("Report of the Economic and Social Council for 2009**", "Note by the Secretariat")
    assert _documented(ingested(text, "A_64_3.txt")) == [("44", None)]


# tests/ingest_eval/dev/FCCC_CP_2009_1.txt: a sub-item's line holds its item's title and its own
FCCC_CP_2009_1 = """UNITED NATIONS Distr. GENERAL FCCC/CP/2009/1 16 September 2009 Original: ENGLISH

CONFERENCE OF THE PARTIES Fifteenth session Copenhagen, 7–18 December 2009 Item 2 (c) of the provisional agenda \
Organizational matters Adoption of the agenda

Provisional agenda and annotations Note by the Executive Secretary

I. Provisional Agenda 1.
"""


def test_a_sub_items_line_is_not_its_title() -> None:
    assert _documented(ingested(FCCC_CP_2009_1, "FCCC_CP_2009_1.txt")) == [("2 (c)", None)]
