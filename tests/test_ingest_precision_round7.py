"""Seventh round (precision): wrong facts nobody had a test for (issue 10, classes 1, 3 and 6).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph.ingest.cover import bounded_title, field_line
from mandategraph.ingest.series import organizations_named, series_of
from mandategraph.namespaces import MG
from tests.ingest_covers import bodies_of, ingested, titles
from tests.test_ingest_cover_precision import WFP_EB_1_2011_11_B

# ------------------------------------------------------------------------------------ bodies

# tests/ingest_eval/sealed/IFAD_EB_110_Rev.1.txt: the minutes of IFAD's Executive Board, whose symbol series "EB" is
# also the WHO Executive Board's (EB140, EB147/1); the page names IFAD, never the WHO
IFAD_EB_110 = """46
Note to Executive Board representatives Focal points: Technical questions: Dispatch of documentation: Raşit \
Pertev Secretary of IFAD Tel.: +39 06 5459 2254 e-mail: [email protected] Deirdre McGrenra Head, Governing Bodies \
Office Tel.: +39 06 5459 2374 e-mail: [email protected] Executive Board — 110 th Session Rome, 10-12 December 2013 \
Document: EB/110/Rev.1 E Date: 8 April 2014 Distribution: Public Original: English Minutes of the 110 th session of \
the Executive Board

International Fund for Agricultural Development - Minutes of the … · 2014-04-24 · EB/110/Rev.1 1 Minutes of the \
110th session of the Executive Board I. Introduction 1. The 110th
"""

# tests/ingest_eval/unseen/EB147_1_annotated.txt (its head): a WHO Executive Board document names the WHO
EB147_1 = """EXECUTIVE BOARD EB147/1 (annotated)
147th session 15 May 2020
Geneva, 22 May 2020
Provisional agenda item 1

Opening of the session and adoption of the agenda
1. The World Health Organization's Executive Board will open its 147th session.
"""


def test_a_series_of_one_organization_is_not_taken_when_the_text_names_another() -> None:
    assert series_of("EB") is not None and series_of("EB").organization == "WHO"
    assert organizations_named("Secretary of IFAD Tel.") == {"IFAD"}
    assert organizations_named("persons who will") == set()  # an acronym is read as printed, in capitals
    assert bodies_of(IFAD_EB_110, "IFAD_EB_110_Rev.1.txt") == []
    result = ingested(IFAD_EB_110, "IFAD_EB_110_Rev.1.txt")
    assert any("IFAD" in note for note in result.not_read)


def test_the_series_organization_named_keeps_its_body() -> None:
    assert bodies_of(EB147_1, "EB147_1_annotated.txt") == ["eb"]


# tests/ingest_eval/sealed/A_63_92_S_2008_417.txt: the Peacebuilding Commission's report to the General Assembly
# and the Security Council (A/63/92-S/2008/417) as a web page: its masthead's two columns after the site's chrome,
# each organ's name a line of its own
A_63_92 = """Burundi + 3 more

Report of the Peacebuilding Commission on its second session (A/63/92-S/2008/417)

UN Document
Originally published
View original


General Assembly
Sixty-third session
Item 10 of the preliminary list*
Report of the Peacebuilding Commission

Security Council
Sixty-third year

I. Introduction

1. The present report has been prepared pursuant to General Assembly resolution 60/180 and Security Council \
resolution 1645 (2005), in which the Peacebuilding Commission was requested to submit an annual report to the \
General Assembly for an annual debate and review. The report will also be submitted to the Security Council, \
pursuant to its resolution 1646 (2005), for an annual debate.
"""

# tests/ingest_eval/sealed/A_72_721_S_2018_83.txt: the same report of the next years, no masthead at all; the
# prose names both organs as the owners of resolutions only
A_72_721 = """World + 18 more

Report of the Peacebuilding Commission on its eleventh session (A/72/721–S/2018/83)

UN Document
Originally published
View original


I. Introduction

  1. The present report has been prepared pursuant to General Assembly resolution 60/180 and Security Council \
resolution 1645 (2005), in which the Peacebuilding Commission was requested to submit an annual report to the \
Assembly for an annual debate and review. The report will also be submitted to the Council, pursuant to its \
resolution 1646 (2005), for an annual debate. The report covers the eleventh session of the Commission, held from \
1 January to 31 December 2017.
"""

# The masthead an Official Document System copy of that report prints (its joint symbol, both organs' columns): the
# lines of A_63_92 above under the symbol pair its title gives, as the UN's joint reports print it
A_63_92_MASTHEAD = """United Nations A/63/92–S/2008/417
General Assembly
Security Council
Distr.: General
24 June 2008

Original: English

""" + A_63_92[A_63_92.index("General Assembly\nSixty-third session"):]


def test_a_report_to_two_organs_is_filed_under_neither_alone() -> None:
    assert bodies_of(A_63_92, "A_63_92_S_2008_417.txt") == []
    assert bodies_of(A_72_721, "A_72_721_S_2018_83.txt") == []


def test_a_joint_symbol_of_two_organs_files_the_document_under_both() -> None:
    assert bodies_of(A_63_92_MASTHEAD, "A_63_92.txt") == ["ga", "sc"]


# ------------------------------------------------------------------------------------ titles

# tests/ingest_eval/sealed/A_AC.241_27_es.txt: a Scribd copy whose masthead is broken into short lines, the value of
# "Original:" after a blank line, in capitals with its accent dropped
A_AC_241_27 = """You are on page 1of 66

NACIONES

UNIDAS

A
Asamblea General

Distr.
GENERAL
A/AC.241/27
12 de septiembre de 1994
ESPAÑOL
Original:

INGLES

COMITE INTERGUBERNAMENTAL DE NEGOCIACION
ENCARGADO DE ELABORAR UNA CONVENCION
INTERNACIONAL DE LUCHA CONTRA LA
DESERTIFICACION EN LOS PAISES AFECTADOS
POR SEQUIA GRAVE O DESERTIFICACION,
EN PARTICULAR EN AFRICA

ELABORACION DE UNA CONVENCION INTERNACIONAL DE LUCHA CONTRA
LA DESERTIFICACION EN LOS PAISES AFECTADOS POR SEQUIA GRAVE
O DESERTIFICACION, EN PARTICULAR EN AFRICA
Texto final de la Convención

Nota de la Secretaría
"""

# tests/ingest_eval/sealed/E_2008_INF_2_Add.1_es-en.txt: a Spanish-English alignment, each Spanish segment glued to
# its English one; "Distr." and its value "general" / ": General" on segments of their own
E_2008_INF_2_ADD_1 = """E_2008_INF_2_Add.1_s_E_2008_INF_2_Add.1_e_SE
Correct misalignment Change languages order
E_2008_INF_2_Add.1_s.pdf (spanish) E_2008_INF_2_Add.1_e.pdf (english)
Naciones UnidasUnited Nations
E/2008/INF/2/Add.1E/2008/INF/2/Add.1
Consejo Económico y SocialEconomic and Social Council
Distr.Distr.
general: General
15 de agosto de 2008 Español15 August 2008
Original: inglésOriginal: English
08-46249 (S) 141008 16100808-46246 (E) 151008
*0846249**0846246*
Resoluciones y decisiones adoptadas por el Consejo Económico y Social en su períodoResolutions and decisions \
adopted by the Economic and
de sesiones sustantivo de 2008Social Council at its substantive session of 2008
(30 de junio a 25 de julio de 2008)(30 June to 25 July 2008)
"""


def test_a_language_marker_line_is_never_a_title() -> None:
    for line in ("INGLES", "ENGLISH", "ESPAÑOL", "FRANÇAIS", "RUSSIAN", "Inglés", "АНГЛИЙСКИЙ"):
        assert field_line(line) and not bounded_title(line), line
    assert bounded_title("ELABORACION DE UNA CONVENCION INTERNACIONAL DE LUCHA CONTRA LA DESERTIFICACION")
    assert "INGLES" not in titles(A_AC_241_27, "A_AC.241_27_es.txt")


def test_a_distribution_or_date_line_is_never_a_title() -> None:
    for line in ("general: General", "GENERAL", "15 de agosto de 2008 Español15 August 2008",
                 "12 de septiembre de 1994"):
        assert field_line(line) and not bounded_title(line), line
    assert not field_line("General Assembly") and not field_line("Report of the Committee on its 2008 session")
    assert not [t for t in titles(E_2008_INF_2_ADD_1, "E_2008_INF_2_Add.1_es-en.txt") if t.startswith("general")]


# ------------------------------------------------------------------------------------ sessions

# tests/ingest_eval/sealed/DP_2004_2.txt: the UNDP/UNFPA Executive Board's decisions of 2003, its cover flattened
DP_2004_2 = """United Nations DP/2004/2 Executive Board of the United Nations Development Programme and of the United \
Nations Population Fund Distr.: General 20 October 2003 Original: English 03-57363 (E) 231003 231003 *0357363* First \
regular session 2004 23 to 30 January 2004, New York Item 1 of the provisional agenda Organizational matters \
Decisions adopted by the Executive Board during 2003 Contents Number Page First regular session 2003 (20 to 23 \
January, New York) 2003/1 Improvement of the working methods of the Executive Board ........................... 3
"""

# tests/ingest_eval/sealed/WFP_EB.1_2011_11-B.txt: WFP's masthead (quoted in tests/test_ingest_cover_precision.py);
# "First Regular Session" of 2011, its year only in the dates and the symbol


def _session_numbers(text: str, name: str) -> list[int]:
    result = ingested(text, name)
    sessions = set(result.graph.objects(result.document, MG.forSession))
    return sorted(int(n) for s in sessions for n in result.graph.objects(s, MG.sessionNumber))


def test_a_regular_session_numbered_within_a_year_is_not_session_one() -> None:
    assert _session_numbers(DP_2004_2, "DP_2004_2.txt") == []
    result = ingested(WFP_EB_1_2011_11_B, "WFP_EB.1_2011_11-B.txt")
    sessions = [str(s) for s in result.graph.objects(result.document, MG.forSession)]
    assert sessions == ["https://w3id.org/mandategraph/id/session/wfp-eb/2011-02-14"]  # the session of its dates
    assert _session_numbers(WFP_EB_1_2011_11_B, "WFP_EB.1_2011_11-B.txt") == []
