"""Twelfth round (class 1 and 6, the genre): lists and compilations of the resolutions and decisions a body adopted.

The answers of the open sets call such a text a decision list (``mg:DecisionList``, a subclass of ``mg:Document``):
the scorer looks for that class, as the document's rdf:type when it has a symbol, as its dcterms:type when it has
none. The ingester had no such class, and its DecisionListGenre typed nothing. A text is a decision list where its
own title names it one ("Decisions adopted by the Executive Board during 2003"), printed in a title's capitals; never
where the words only cite decisions ("Overview of decisions adopted by ...", a decision's own title), nor where a
contents list or a report's title comes first (a report's chapter "Resolutions and decisions adopted by ...").
Each test quotes a few lines of a real text (tests/ingest_eval/, the open sets) and fails before the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from mandategraph.ingest.genres.decisions import DecisionListGenre, decision_list_title
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS
from tests.ingest_covers import ingested
from tests.test_ingest_round12_bodies import E_2008_INF_2_ADD_1

ROOT = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------------------------ the class

def test_the_ontology_defines_the_decision_list_class() -> None:
    g = Graph().parse(ROOT / "ontology" / "mandategraph.ttl")
    assert (MG.DecisionList, RDFS.subClassOf, MG.Document) in g
    assert str(g.value(MG.DecisionList, RDFS.label)) == "decision list"
    assert DecisionListGenre.rdf_class == MG.DecisionList


# ------------------------------------------------------------------------------------ a symbol's cover, flattened

# tests/ingest_eval/sealed/DP_2004_2.txt, line 6: the Executive Board's decisions of 2003, its cover on one line
DP_2004_2 = """United Nations DP/2004/2 Executive Board of the United Nations Development Programme and of the \
United Nations Population Fund Distr.: General 20 October 2003 Original: English 03-57363 (E) 231003 231003 \
*0357363* First regular session 2004 23 to 30 January 2004, New York Item 1 of the provisional agenda \
Organizational matters Decisions adopted by the Executive Board during 2003 Contents Number Page First regular \
session 2003 (20 to 23 January, New York) 2003/1 Improvement of the working methods of the Executive Board \
........................... 3 2003/2 Assistance to Myanmar ........................................... 3
"""

# tests/ingest_eval/sealed/E_ICEF_2011_16_fr.txt: UNICEF's Executive Board's compendium of its decisions of 2011
E_ICEF_2011_16 = """Nations Unies E/ICEF/2011/16 Conseil économique et social Distr. générale 20 septembre 2011 \
Français Original : anglais 11-50643 (F) 101011 101011 *1150643* Fonds des Nations Unies pour l’enfance Conseil \
d’administration Recueil des décisions adoptées par le Conseil d’administration en 2011 Décision Page Première \
session ordinaire, 8-11 février 2011 2011/1 Rapport annuel au Conseil économique et social ........ 3
"""


@pytest.mark.parametrize(("text", "name", "symbol"), [(DP_2004_2, "DP_2004_2.txt", "DP/2004/2"),
                                                      (E_ICEF_2011_16, "E_ICEF_2011_16_fr.txt", "E/ICEF/2011/16")])
def test_a_compilation_of_decisions_with_its_symbol_is_a_decision_list(text: str, name: str, symbol: str) -> None:
    result = ingested(text, name)
    assert str(result.document).endswith("/doc/" + symbol)
    assert MG.DecisionList in set(result.graph.objects(result.document, RDF.type))


# ------------------------------------------------------------------------------------ texts without a symbol

# tests/ingest_eval/untouched/UNESCO_122_EX_Decisiones_es.txt: UNESCO's Executive Board, its 122nd session
UNESCO_122_EX = """Organización de las Naciones Unidaspara la Educación,la Ciencia y la Cultura Consejo Ejecutivo ex

122a. reunión

122 EX/DecisionesPARIS, 6 de diciembre de 1985

DECISIONES APROBADAS POR EL CONSEJO EJECUTIVOEN SU 122a. REUNION

(París, ll-28 de septiembre de 1985 ySofía, 8 de octubre - 9 de noviembre de 1985)
"""

# tests/ingest_eval/untouched/CRPD_C_11_decisions_nosymbol.txt, lines 4-8
CRPD_C_11 = """Closing including decisions taken during the 11th session

advertisement
Decisions taken by the CRPD Committee at its 11th session
The Committee:
1. Welcomed the resolution on the treaty body strengthening process adopted by the
General Assembly on 9 April 2014, and, particularly paragraph 29 of this resolution by which
"""


@pytest.mark.parametrize(("text", "name"), [(UNESCO_122_EX, "UNESCO_122_EX_Decisiones_es.txt"),
                                            (CRPD_C_11, "CRPD_C_11_decisions_nosymbol.txt")])
def test_a_text_without_a_symbol_titled_a_list_of_decisions_has_that_genre(text: str, name: str) -> None:
    result = ingested(text, name)
    assert MG.DecisionList in set(result.graph.objects(result.document, DCTERMS.type))
    assert MG.DecisionList not in set(result.graph.objects(result.document, RDF.type))  # a source text, no Document


# ------------------------------------------------------------------------------------ consistent with the INF series

# tests/ingest_eval/sealed/E_2008_INF_2_Add.1_es-en.txt: the compilation papers.ADOPTED_TEXTS_TITLE steps aside for
# (the same excerpt as test_ingest_round12_bodies's E_2008_INF_2_ADD_1)


def test_adopted_texts_in_the_information_series_are_a_decision_list() -> None:
    result = ingested(E_2008_INF_2_ADD_1, "E_2008_INF_2_Add.1_es-en.txt")
    types = set(result.graph.objects(result.document, RDF.type))
    assert MG.DecisionList in types
    assert MG.InformationPaper not in types


# ------------------------------------------------------------------------------------ what is no decision list

# tests/ingest_eval/fresh/A_HRC_5_21.txt: the Human Rights Council's report, whose contents' first chapter is
# "Resolutions and decisions adopted by the Council at its fifth session"
A_HRC_5_21_CONTENTS = """GE.07-13562 (E) 160807 A/HRC/5/21 page 2 CONTENTS Chapter I. Resolutions and decisions \
adopted by the Council at its fifth session ........... A. Resolutions 5/1. 5/2."""

# tests/ingest_eval/unseen/FCCC_KP_CMP_2011_10_Add.2_es.txt: part two of a report, its action taken
FCCC_REPORT_PART = """Informe de la Conferencia de las Partes en calidad de reunión de las Partes en el Protocolo de \
Kyoto sobre su séptimo período de sesiones Adición Segunda parte: Medidas adoptadas por la Conferencia de las Partes \
Decisiones adoptadas por la Conferencia de las Partes en calidad de reunión de las Partes en el Protocolo"""

# tests/ingest_eval/sealed/DP_2004_2.txt: a decision's own title in the list, which cites the decisions of a session
DP_OVERVIEW = "2003/6 Overview of decisions adopted by the Executive Board at its first regular session 2003 ...... 6"


@pytest.mark.parametrize("text", [A_HRC_5_21_CONTENTS, FCCC_REPORT_PART, DP_OVERVIEW])
def test_words_that_cite_adopted_decisions_name_no_decision_list(text: str) -> None:
    assert decision_list_title(text) is None


def test_a_single_resolution_is_no_decision_list() -> None:
    # tests/ingest_eval/novel/A_RES_71_162_fr.txt's line over its text: one resolution, adopted
    text = ("Soixante et onzième session Point 26 de l’ordre du jour\nRésolution adoptée par l’Assemblée générale le "
            "19 décembre 2016\n")
    assert decision_list_title(text) is None
    result = ingested(text, "A_RES_71_162_fr.txt")
    assert MG.DecisionList not in set(result.graph.objects(result.document, DCTERMS.type))
