"""Sixth round (precision): the masthead's symbol, body and dates asserted only on the cover's own evidence
(issue 10, classes 1, 3 and 4).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (the sealed set
of tests/ingest_eval/, development material since its blind score); each test fails on the ingester before the
rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph import iri
from mandategraph.ingest.dates import DateRange, meeting_length
from mandategraph.ingest.symbols import doubled, find_symbols
from mandategraph.namespaces import MG
from tests.ingest_covers import bodies_of, cover_of, ingested

# ------------------------------------------------------------------------------------ symbols

# tests/ingest_eval/sealed/E_2019_53_en-ar.txt: an aligned English-Arabic bitext, each English segment glued to
# its Arabic one, so the symbol is printed twice with nothing between
E_2019_53 = """E_2019_53_EA
Correct misalignment Change languages order
E/2019/53 1904865E.docx (ENGLISH)E/2019/53 1904865A.docx (ARABIC)
E/2019/53E/2019/53
United Nationsالأمــم المتحـدة
E/2019/53E/2019/53
Economic and Social Councilالمجلس الاقتصادي والاجتماعي
Distr.: GeneralDistr.: General
22 March 201922 March 2019
Original: EnglishArabic Original: English
"""


def test_a_symbol_printed_twice_with_nothing_between_is_one_symbol() -> None:
    assert doubled("E/2019/53E/2019/53") == "E/2019/53"
    assert doubled("E/2019/53") is None and doubled("CTOC/COP/2020/2") is None
    assert [s.text for s, _ in find_symbols("E/2019/53E/2019/53")] == ["E/2019/53", "E/2019/53"]
    result = ingested(E_2019_53, "E_2019_53_en-ar.txt")
    assert result.document == iri.document("E/2019/53")


# tests/ingest_eval/sealed/WFP_EB.1_2011_11-B.txt: WFP's masthead, part B of document 11
WFP_EB_1_2011_11_B = """E

Executive Board

First Regular Session

Rome, 14–16 February 2011

ORGANIZATIONAL AND PROCEDURAL MATTERS

Agenda item 11

Distribution: GENERAL

WFP/EB.1/2011/11-B 21 January 2011

ORIGINAL: ENGLISH
"""


def test_a_documents_part_letter_after_a_hyphen_is_part_of_its_symbol_and_the_board_is_wfps() -> None:
    assert [s.text for s, _ in find_symbols("WFP/EB.1/2011/11-B 21 January 2011")] == ["WFP/EB.1/2011/11-B"]
    # a joint symbol's dash is never taken for a part letter
    assert [s.text for s, _ in find_symbols("E/2011/30-E/CN.15/2011/21")] == ["E/2011/30", "E/CN.15/2011/21"]
    assert [s.text for s, _ in find_symbols("A/63/92-S/2008/417")] == ["A/63/92", "S/2008/417"]
    result = ingested(WFP_EB_1_2011_11_B, "WFP_EB.1_2011_11-B.txt")
    assert result.document == iri.document("WFP/EB.1/2011/11-B")
    assert bodies_of(WFP_EB_1_2011_11_B, "WFP_EB.1_2011_11-B.txt") == ["wfp-eb"]  # never "WFP/EB.1"


# tests/ingest_eval/sealed/HSP_GC_19_journal_6_May_2003_nosymbol.txt: a journal of the Governing Council's
# session, which prints no symbol of its own, listing the documents before a meeting after a sentence that
# ends in "United NationsHabitat ... Foundation for the biennium 2004-2005."
HSP_GC_19_JOURNAL = """Page 1: GOVERNING COUNCIL, NINETEENTH SESSION NAIROBI… · with two annexes was placed in the \
delegates pigeon holes on Monday

Tuesday, 6 May 2003Regional group meetings (see page 5 for further details)

Committee of the Whole: The Committee will consider the work programme and budget of the United NationsHabitat \
and Human Settlements Foundation for the biennium 2004-2005.

Documents: HSP/GC/19/8 dated 8 April 2003 replaces HSP/GC/19/8 dated26 November 2002, and HSP/GC/I 9/8/ Add.1
"""


def test_a_symbol_listed_after_a_sentence_or_a_documents_label_is_not_the_documents_own() -> None:
    assert cover_of(HSP_GC_19_JOURNAL).symbol is None


# ------------------------------------------------------------------------------------ joint symbols and bodies

# tests/ingest_eval/sealed/E_2003_39_E_ESCAP_1298.txt: the Commission's annual report, printed in the Council's
# Official Records with the Commission's symbol beside the Council's
E_2003_39 = """E/2003/39 E/ESCAP/1298

ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC

ANNUAL REPORT (23 May 2002-25 April 2003)

ECONOMIC AND SOCIAL COUNCIL OFFICIAL RECORDS, 2003

SUPPLEMENT No. 19

UNITED NATIONS New York, 2003

NOTE

Symbols of United Nations documents are composed of capital letters combined with figures.
"""

# tests/ingest_eval/sealed/E_2010_24_E_CN.3_2010_34.txt: the joint symbol printed whole on the first page and
# split across lines on the third ("E/2010/24-E/CN" / ".3/2010/34"), where the masthead reader finds it
E_2010_24 = """TRANSCRIPT

Page 1: Statistical Commission

E/2010/24 E/CN.3/2010/34

United Nations

Statistical Commission

Report on the forty-first session (23 to 26 February 2010)

Economic and Social Council Official Records 2010 Supplement No. 4

Page 2: Statistical Commission

Statistical Commission

Report on the forty-first session (23 to 26 February 2010)

Economic and Social Council Official Records 2010 Supplement No. 4

United Nations • New York, 2010

Page 3: Statistical Commission

E/2010/24-E/CN

.3/2010/34

Page 4: Statistical Commission
"""


def test_a_commissions_report_in_the_councils_series_is_the_commissions_by_its_joint_symbol() -> None:
    assert bodies_of(E_2003_39, "E_2003_39_E_ESCAP_1298.txt") == ["e-escap"]  # never the Council's "ecosoc"
    cover = cover_of(E_2010_24)
    assert cover.symbol is not None and cover.symbol.text == "E/2010/24"
    assert [s.text for s in cover.joint_symbols] == ["E/CN.3/2010/34"]
    assert bodies_of(E_2010_24, "E_2010_24_E_CN.3_2010_34.txt") == ["e-cn3"]


# ------------------------------------------------------------------------------------ dates

# tests/ingest_eval/sealed/E_2009_39_E_ESCAP_65_32.txt: the reporting period printed alone under "ANNUAL REPORT"
E_2009_39 = """Anda di halaman 1dari 62

E/2009/39

E/ESCAP/65/32

ECONOMIC AND SOCIAL COMMISSION FOR


ASIA AND THE PACIFIC

ANNUAL REPORT
1 May 2008-29 April 2009

ECONOMIC AND SOCIAL COUNCIL


OFFICIAL RECORDS, 2009

SUPPLEMENT No. 19
"""


def test_a_reporting_period_no_session_line_frames_is_not_the_sessions_dates() -> None:
    from datetime import date

    assert meeting_length(DateRange(date(2005, 3, 1), date(2005, 3, 4), (0, 0)))
    assert not meeting_length(DateRange(date(2008, 5, 1), date(2009, 4, 29), (0, 0)))
    for text, name in ((E_2009_39, "E_2009_39_E_ESCAP_65_32.txt"), (E_2003_39, "E_2003_39_E_ESCAP_1298.txt")):
        assert cover_of(text).dates is None
        result = ingested(text, name)
        assert list(result.graph.objects(None, MG.startDate)) == []
        assert list(result.graph.objects(None, MG.endDate)) == []
    # a session's dates in a report's title are still read: "Report on the forty-first session (23 to 26 ...)"
    flat = ("E/2010/24 E/CN.3/2010/34 United Nations Statistical Commission Report on the forty-first session (23 "
            "to 26 February 2010) Economic and Social Council Official Records 2010 Supplement No. 4\n")  # its line 7
    result = ingested(flat + E_2010_24, "E_2010_24_E_CN.3_2010_34.txt")
    assert [str(d) for d in result.graph.objects(None, MG.startDate)] == ["2010-02-23"]
