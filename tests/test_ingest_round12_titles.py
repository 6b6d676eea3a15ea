"""Twelfth round (class 1, titles and sessions, precision first): the wrong titles and sessions of the unread set.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong title or session named in
it (or, where the right one is now read, a wrong one in its place).
"""

from __future__ import annotations

from mandategraph.namespaces import MG
from tests.ingest_covers import cover_of, ingested

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
