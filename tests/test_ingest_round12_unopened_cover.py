"""Round 12, the unopened set's cover facts: a session number split by a space, read never from its last piece
(each excerpt quotes the lines of the real text it is from)."""

from __future__ import annotations

from mandategraph.namespaces import MG
from tests.ingest_covers import cover_of, ingested

# tests/ingest_eval/unopened/CCPR_C_106_1_fr.txt, lines 5-25 (the masthead one field a line; "10 6 e session" is
# the 106th, as its first paragraph says: "La 106e session du Comité des droits de l'homme se tiendra ...")
CCPR_106_FR = """Nations Unies

CCPR/C/106/1

Pacte international relatif aux droits civils et politiques

Distr. générale

21 août 2012

Français

Original: anglais

Comité des droits de l ’ homme

10 6 e session

Genève, 15 octobre-2 novembre 2012

Point 2 de l’ordre du jour provisoire

Adoption de l ’ ordre du jour

Ordre du jour provisoire et annotations

Note du Secrétaire général
"""


def test_split_session_number_is_never_its_last_piece() -> None:
    assert cover_of(CCPR_106_FR).session_number != 6
    result = ingested(CCPR_106_FR, "CCPR_C_106_1_fr.txt")
    assert 6 not in {n.toPython() for n in result.graph.objects(None, MG.sessionNumber)}


# tests/ingest_eval/unopened/ISBA_23_C_13_es.txt, line 13 (the cover flattened onto one line): the symbol's last
# segment before the session line is no piece of its number
ISBA_23_ES = ("1 Autoridad Internacional de los Fondos Marinos Consejo Distr. general 9 de agosto de 2017 Español "
              "Original: inglés ISBA/23/C/13 23 er período de sesiones Kingston, 7 a 18 de agosto de 2017 Informe del "
              "Presidente de la Comisión Jurídica y Técnica sobre la labor de la Comisión en su período de sesiones "
              "de 2017\n")


def test_symbol_before_a_local_session_line_is_no_piece_of_its_number() -> None:
    result = ingested(ISBA_23_ES, "ISBA_23_C_13_es.txt")
    assert {n.toPython() for n in result.graph.objects(None, MG.sessionNumber)} == {23}
