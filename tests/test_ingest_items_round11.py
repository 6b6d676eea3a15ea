"""Agenda items read in the eleventh round (issue 10, classes 2 and 5): the items a report's contents name, in French
with every apostrophe lost on the page, and a functional commission's bare rule grounding an item (the Council's
rules, by the series table's row). Each on a short excerpt of a real text, quoted with the file it comes from; each
test fails on the ingester before its rule.
"""

from __future__ import annotations

from mandategraph.namespaces import DCTERMS, MG, SKOS
from tests.ingest_covers import ingested

# tests/ingest_eval/novel/FCCC_SBI_2002_17_fr.txt: a report's contents flattened onto one line, every apostrophe lost
# on the page ("(Point 1 de l ordre du jour)")
FCCC_SBI_2002_17_FR = """Convention-cadre sur les changements climatiques

1 NATIONS UNIES Convention-cadre sur les changements climatiques Distr. GÉNÉRALE FCCC/SBI/2002/17 13 février 2003 \
FRANÇAIS Original: ANGLAIS ORGANE SUBSIDIAIRE DE MISE EN ŒUVRE RAPPORT DE L ORGANE SUBSIDIAIRE DE MISE EN ŒUVRE SUR SA \
DIX-SEPTIÈME SESSION, TENUE À NEW DELHI, DU 23 OCTOBRE AU 1 er NOVEMBRE 2002 TABLE DES MATIÈRES Paragraphes Page I. \
OUVERTURE DE LA SESSION (Point 1 de l ordre du jour)... 1 í 4 II. QUESTIONS D ORGANISATION (Point 2 de l ordre du \
jour)... 3 í 4 A. Adoption de l ordre du jour... 3 í 4 B. Organisation des travaux de la session
"""


def test_a_flattened_french_contents_with_its_apostrophes_lost_names_its_items() -> None:
    result = ingested(FCCC_SBI_2002_17_FR, "FCCC_SBI_2002_17_fr.txt")
    items = {str(result.graph.value(i, SKOS.notation)): str(result.graph.value(i, DCTERMS.title))
             for i in result.graph.subjects(SKOS.notation, None) if "/item/" in str(i)}
    assert items.get("1") == "OUVERTURE DE LA SESSION"




# tests/ingest_eval/novel/E_CN.9_1996_1.txt: the Commission on Population and Development's annotated provisional
# agenda (an old un.org page); the Commission applies the rules of procedure of the functional commissions of the
# Economic and Social Council (its rule 15 says so in item 1's annotation), so its bare "rule 7" is the Council's
E_CN_9_1996_1 = """United Nations

E/CN.9/1996/1


Economic and Social Council

 Distr. GENERAL
6 December 1995
ORIGINAL: ENGLISH


COMMISSION ON POPULATION AND DEVELOPMENT
Twenty-ninth session
26 February-1 March 1996
Item 2 of the provisional agenda


   ADOPTION OF THE AGENDA AND OTHER ORGANIZATIONAL MATTERS


                     Provisional agenda


1.     Election of officers.

2.     Adoption of the agenda and other organizational matters.

3.     General debate on national experience in population matters.

4.     Follow-up actions to the recommendations of the International
       Conference on Population and Development:  reproductive
       rights and reproductive health.

5.     Programme questions:

       (a)  Programme performance and implementation in 1995;

       (b)  Programme of work for the biennium 1996-1997.

6.     Provisional agenda for the thirtieth session of the
       Commission.

7.     Adoption of the report of the Commission on its twenty-ninth
       session.




                         Annotations


1.     Election of officers

       Rule 15 of the rules of procedure of the functional
commissions of the Economic and Social Council stipulates that at the
commencement of its first meeting of a regular session, the
commission shall elect, from among the representatives of its
members, a Chairman, one or more Vice-Chairmen and such other
officers as may be required.

       At past sessions, the Commission on Population and
Development has elected a Chairman, three Vice-Chairmen and a
Rapporteur.

2.     Adoption of the agenda and other organizational matters

       Rule 7 of the rules of procedure requires that the Commission
shall, at the beginning of each session, after the election of its
officers, adopt the agenda for that session on the basis of the
provisional agenda.

       On the recommendation of the Commission at its twenty-eighth
session, the Economic and Social Council, in its decision 1995/236,
"""


def test_a_bare_rule_of_a_functional_commission_is_of_the_councils_rules() -> None:
    result = ingested(E_CN_9_1996_1, "E_CN.9_1996_1.txt")
    grounds = {(str(s).rsplit("/", 1)[-1], str(o).split("/id/", 1)[-1]) for s, o in result.graph.subject_objects(
        MG.groundedIn)}
    assert ("2", "rules/ecosoc/rule/7") in grounds
    assert not any(o.startswith("rules/e-cn9") for _, o in grounds)
