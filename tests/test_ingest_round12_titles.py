"""Twelfth round (class 1, titles and sessions, precision first): the wrong titles and sessions of the unread set.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong title or session named in
it (or, where the right one is now read, a wrong one in its place).
"""

from __future__ import annotations

from mandategraph.ingest.cover import bounded_title
from mandategraph.namespaces import MG
from tests.ingest_covers import cover_of, ingested, titles
from tests.test_ingest_round12_bodies import A_71_17, A_AC_105_C_1

# ------------------------------------------------------------------------------------ a "held" line under the title

# tests/ingest_eval/unread/TD_B_C.II_MEM.3_12_fr.txt (lines 4-24): an UNCTAD expert meeting's report on a study site,
# the cover one field a line, the title over three lines and the line saying where the session was held under it
TD_B_C_II_MEM_3_12 = """TD Conférence des Nations Unies sur le commerce et le développement

publicité
TD/B/C.II/MEM.3/12
Nations Unies
Conférence des Nations Unies
sur le commerce
et le développement
Distr. générale
15 décembre 2011
Français
Original: anglais
Conseil du commerce et du développement
Réunion d’experts pluriannuelle sur l’investissement
au service du développement
Quatrième session
Genève, 5 et 6 décembre 2011
Rapport de la Réunion d’experts pluriannuelle sur
l’investissement au service du développement
sur sa quatrième session
Tenue au Palais des Nations, à Genève, les 5 et 6 décembre 2011
Table des matières
Page
"""


def test_a_held_line_ends_the_title_in_french() -> None:
    assert titles(TD_B_C_II_MEM_3_12, "TD_B_C.II_MEM.3_12_fr.txt") == [
        "Rapport de la Réunion d’experts pluriannuelle sur l’investissement au service du développement sur sa "
        "quatrième session"]


# ------------------------------------------------------------------------------------ an aligned bitext

# tests/ingest_eval/unread/A_71_17_en-ru.txt (lines 4-15): UNCITRAL's report as an English-Russian bitext of the UN's
# alignment tool, each English segment glued to its Russian one; the cover's lines, read as one title, were
# "United NationsОрганизация Объединенных Наций Report of the ... LawДоклад ... Forty-ninth sessionСорок девятая сессия"
# (the same excerpt as test_ingest_round12_bodies's A_71_17)


def test_a_bitexts_glued_halves_are_no_title() -> None:
    assert not bounded_title("Report of the United Nations Commission on International Trade LawДоклад Комиссии")
    assert bounded_title("Report of the United Nations Commission on International Trade Law")
    assert titles(A_71_17, "A_71_17_en-ru.txt") == []


# ------------------------------------------------------------------------------------ a mirror's title over its button

# tests/ingest_eval/unread/A_AC.105_C.1_L.385_Add.3.txt (lines 4-26): a scribd page through a proxy: scribd's title for
# it (the file's name, its number misprinted), its download buttons, then the draft report's addendum
# (the same excerpt as test_ingest_round12_bodies's A_AC_105_C_1)


def test_the_line_over_a_download_button_is_the_pages_title_and_a_draft_report_keeps_its_title() -> None:
    assert titles(A_AC_105_C_1, "A_AC.105_C.1_L.385_Add.3.txt") == ["Draft report"]
    cover = cover_of(A_AC_105_C_1)
    assert cover.title is not None and cover.title.text == "Draft report"


# ------------------------------------------------------------------------------------ a file's name is no title

# tests/ingest_eval/unread/LC_MDM.58_4.txt (lines 4-7): fdokumen's title for its page, the uploaded file's name and the
# site's, a page count, the cover flattened onto one line
LC_MDM_58_4 = """S1900381_en.pdf - Repositorio CEPAL

35
Dist. Limited LC/MDM.58/4 29 May 2019 ENGLISH ORIGINAL: SPANISH 19-00381 REPORT OF THE FIFTY-EIGHTH MEETING OF THE \
PRESIDING OFFICERS OF THE REGIONAL CONFERENCE ON WOMEN IN LATIN AMERICA AND THE CARIBBEAN Santiago, 22 and 23 \
January 2019

Transcript of S1900381_en.pdf - Repositorio CEPAL

Dist. Limited
"""


def test_a_files_name_is_no_title() -> None:
    assert not bounded_title("S1900381_en.pdf - Repositorio CEPAL")
    assert "S1900381_en.pdf - Repositorio CEPAL" not in titles(LC_MDM_58_4, "LC_MDM.58_4.txt")


# --------------------------------------------------------------------------------- a session's dates under its report

# tests/ingest_eval/unread/CL_131_11_es.txt (lines 4-20): an FAO Council document, the Programme Committee's report, the
# session's place and dates under its title; they were read as a masthead printed after the title, which was dropped
# for the heading "Table of Contents"
CL_131_11 = """CL 131/11




Consejo



Informe del 95º período de sesiones del
Comité del Programa

Roma, 8-12 de mayo de 2006


Table of Contents



Asuntos que requieren la atención del Consejo
"""

# tests/ingest_eval/unread/A_CN.9_962.txt (lines 4-20): a body's name with the session line run in, over the session's
# place and dates: the masthead, never the title, which follows
A_CN_9_962 = """United Nations A/CN.9/962

General Assembly

Distr.: General

26 April 2019

Original: English

United Nations Commission on

International Trade Law Fifty-second session

Vienna, 8–19 July 2019

Provisional agenda, annotations thereto and scheduling of meetings of the fifty-second session

I. Provisional agenda, scheduling of meetings and documentation
"""


def test_a_sessions_place_and_dates_under_its_reports_title_keep_the_title() -> None:
    assert titles(CL_131_11, "CL_131_11_es.txt") == ["Informe del 95º período de sesiones del Comité del Programa"]
    assert titles(A_CN_9_962, "A_CN.9_962.txt") == [
        "Provisional agenda, annotations thereto and scheduling of meetings of the fifty-second session"]


# ------------------------------------------------------------------------------------ sessions named in prose

# tests/ingest_eval/unread/CED_C_23_2_zh.txt (lines 4-26): the Committee's report in Chinese, the masthead in English;
# its first paragraph and a heading name the Committee's past (22nd) session, "第二十二届会议以来" (since ...)
CED_C_23_2 = """联 合 国

CED/C/23/2

保护所有人 免遭 强迫失踪国际公约

Distr. General

18 November 2022

Chinese

Original: English

强迫失踪问题委员会

关于根据《公约》第三十条提交的紧急行动请求的报告*

A.导言

1.依照委员会《议事规则》第57和第58条,根据《公约》第三十条提交委员会审议的所有紧急行动请求均应提请委员会注意。\
本报告总结了委员会第二十二届会议以来已就根据《公约》第三十条提交的紧急行动请求着手处理的主要问题,\
以及委员会在关于对这些请求进行登记和采取后续行动的照会中向相关缔约国提出的建议。

B.委员会第二十二届会议以来收到的紧急行动请求
"""


def test_a_session_a_chinese_sentence_names_is_no_session_line() -> None:
    assert cover_of(CED_C_23_2).session_number is None
    result = ingested(CED_C_23_2, "CED_C_23_2_zh.txt")
    assert list(result.graph.objects(None, MG.sessionNumber)) == []


def test_a_chinese_session_line_is_still_read() -> None:
    # the example of patterns.local_session (FCCC/KP/CMP/2007/1's cover):
    # "缔约方会议第三届会议 2007 年 12 月 3 日至 14 日"
    from mandategraph.ingest.masthead import _local_session

    head = "FCCC/CP/2007/1 缔约方会议第三届会议 2007 年 12 月 3 日至 14 日, 巴厘岛"
    line = _local_session(head, 0, 0)
    assert line is not None and line.number == 3


# tests/ingest_eval/unread/ECOSOC_res_1986-07-22_CPC_duration_nosymbol.txt (lines 4-16): a Council resolution whose
# title names a session of another body, the Committee for Programme and Co-ordination, whose name holds "Programme"
ECOSOC_1986_CPC = """sab 07 set. 2024
Archivio ONU
Economic and Social Council - 22 luglio 1986
Member Name E86r052

22 July 1986

38th plenary meeting

Duration of the twenty-seventh session of the Committee for Programme and Co-ordination

The Economic and Social Council,

Recalling its resolution 1984/61 C of 26 July 1984, in which it recommended that the twenty-fifth and twenty-sixth \
sessions of the Committee for Programme and Co-ordination should each be of five weeks' duration,
"""


def test_a_session_a_title_names_after_a_body_whose_name_says_programme_is_not_the_documents() -> None:
    assert cover_of(ECOSOC_1986_CPC).session_number is None
    result = ingested(ECOSOC_1986_CPC, "ECOSOC_res_1986-07-22_CPC_duration_nosymbol.txt")
    assert list(result.graph.objects(None, MG.sessionNumber)) == []
    # an agenda's title before the session it names is still of that session
    assert cover_of("E/AC.51/1986/1\n\nProvisional agenda for the twenty-sixth session\n\n1. Opening").session_number \
        == 26


# ------------------------------------------------------------------------------------ a memorandum of no symbol

# tests/ingest_eval/pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt (lines 4-12 and 160-165, the contents left out): the
# Secretary-General's memorandum as UNISPAL's page of no symbol: the page's own title, the memorandum's title over three
# lines, its kind line under it, the introduction recalling the Assembly's resolution with "its" before the Assembly
A_BUR_55_MEMO = """GA 55th regular session – Organization/adoption of agenda/allocation of items – SecGen memo

Organization of the fifty-fifth regular session of the

General Assembly, adoption of the agenda and

allocation of items

    Memorandum by the Secretary-General

 I.  Introduction

1.   The Secretary-General has the honour to place before the General Committee, for its consideration, the \
following observations and proposals in connection with the report to be made to the General Assembly by the General \
Committee regarding the organization of the fifty-fifth regular session and future sessions of the Assembly, the \
adoption of the agenda and the allocation of items.

2.   The Secretary-General wishes to recall that in its resolution 53/202 of 17 December 1998, the General Assembly \
decided to designate the fifty-fifth session of the General Assembly “The Millennium Assembly of t"""


def test_a_title_with_its_kind_line_is_a_cover_without_a_symbol() -> None:
    assert titles(A_BUR_55_MEMO, "A_BUR_55_memo_UNISPAL_nosymbol.txt") == [
        "Organization of the fifty-fifth regular session of the General Assembly, adoption of the agenda and "
        "allocation of items"]


def test_its_resolution_in_a_that_clause_is_the_subjects_after_it() -> None:
    from mandategraph.ingest.citations import find_citations

    sentence = ("The Secretary-General wishes to recall that in its resolution 53/202 of 17 December 1998, the General "
                "Assembly decided to designate the fifty-fifth session")
    assert [(c.issuer, c.session, c.number) for c in find_citations(sentence, "en")] == [("General Assembly", 53, 202)]
    result = ingested(A_BUR_55_MEMO, "A_BUR_55_memo_UNISPAL_nosymbol.txt")
    assert [str(o).rsplit("/", 3)[-3:] for o in result.graph.objects(result.document, MG.cites)] == [
        ["ga", "53", "202"]]
