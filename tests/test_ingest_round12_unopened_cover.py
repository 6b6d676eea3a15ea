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


# tests/ingest_eval/unopened/IOC_EC-XLV_Dec.5.3_fr.txt, line 4 (its accented letters lost; the cover's own symbol
# "EC-XLV/Dc.5.3" is not read as one): the document the decision examines is a cited one, never the masthead's
IOC_DEC_FR = ("Distribution limite EC-XLV/Dc.5.3 APPROUV PARIS, le 28 juin 2012 Original anglais Point 5.3 de l'ordre "
              "du jour Directives relatives aux projets de rsolution Le Conseil excutif, Ayant examin le document "
              "IOC/EC-XLV/2 Annexe 10, Dcide dutiliser les Directives titre exprimental, et demande lAssemble dex\n")

# tests/ingest_eval/unopened/CTBT-Art.XIV_2003_3.txt, line 4 (flattened onto one line; its own symbol printed with
# spaces round its dash, "CTBT – Art.XIV/2003/3", and not read): the resolution the prose recounts is cited
CTBT_2003_3 = (
    "CONFERENCE ON FACILITATING THE ENTRY INTO FORCE OF THE COMPREHENSIVE NUCLEAR-TEST-BAN TREATY CTBT – "
    "Art.XIV/2003/3 30 July 2003 ENGLISH ONLY BACKGROUND DOCUMENT BY THE PROVISIONAL TECHNICAL SECRETARIAT OF THE "
    "PREPARATORY COMMISSION FOR THE COMPREHENSIVE NUCLEAR-TEST-BAN TREATY ORGANIZATION PREPARED FOR THE CONFERENCE ON "
    "FACILITATING THE ENTRY INTO FORCE OF THE CTBT (Vienna, 2003) INTRODUCTION 1. The adoption of the Comprehensive "
    "Nuclear-Test-Ban Treaty (CTBT) by the United Nations General Assembly on 10 September 1996 marked the successful "
    "conclusion of one of the longest negotiations in the history of arms control. The Treaty was opened for "
    "signature on 24 September 1996, when 71 States signed it. It is now approaching the status of a universal "
    "Treaty, with 167 Signatories. One hundred and four States, including 32 of the 44 States whose ratification is "
    "required for the Treaty to enter into force, have deposited their instruments of ratification with the "
    "Secretary-General of the United Nations. 2. On 19 November 1996, the Secretary-General of the United Nations, "
    "as the Depositary of the CTBT, convened a meeting of States Signatories in New York. The participating States "
    "adopted Resolution CTBT/MSS/RES/1 and the Text on the Establishment of a Prepar\n")


def test_a_symbol_a_sentence_names_is_never_the_masthead_s() -> None:
    symbol = cover_of(IOC_DEC_FR).symbol
    assert symbol is None or symbol.text != "IOC/EC-XLV/2"
    symbol = cover_of(CTBT_2003_3).symbol
    assert symbol is None or symbol.text != "CTBT/MSS/RES/1"


# tests/ingest_eval/unopened/CD29_5.txt, lines 4-25 (a Portuguese document mirror's page): its "Texto" tab is the
# page's chrome, never the document's title
CD29_5_PAGE = """• Nenhum resultado encontrado

Annual report of the Chairman of the Executive Committee

N/A
N/A
Protected

Academic year: 2017

Share "Annual report of the Chairman of the Executive Committee"

Copied!
13
0
0

Texto

(1)

regional committee

PAN AMERICAN
"""


def test_a_portuguese_mirror_s_text_tab_is_never_the_title() -> None:
    title = cover_of(CD29_5_PAGE).title
    assert title is None or title.text != "Texto"
