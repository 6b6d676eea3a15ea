"""Round 12: WFP's session segment named by a letter ("WFP/EB.A/2015/16", the Executive Board's annual session) is a
symbol's segment, and the series is WFP/EB, never the session segment "WFP/EB.A"."""

from __future__ import annotations

import pytest

from mandategraph.ingest.document import _series_of_symbol
from mandategraph.ingest.series import without_session
from mandategraph.ingest.symbols import SYMBOL, Symbol, is_symbol

# tests/ingest_eval/unread/WFP_EB.A_2015_16_fr.txt, line 7
WFP_EB_A_FR = ("F Session annuelle du Conseil d’administration Rome, 2528 mai 2015 Distribution: GÉNÉRALE "
               "WFP/EB.A/2015/16 12 novembre 2015 ORIGINAL: ANGLAIS RÉSUMÉ DES TRAVAUX DE LA SESSION ANNUELLE")
# tests/ingest_eval/untouched/WFP_EB.A_2011_17_es.txt, line 21
WFP_EB_A_ES = "WFP/EB.A/2011/17 17 noviembre 2011"


@pytest.mark.parametrize("symbol", ["WFP/EB.A/2015/16", "WFP/EB.A/2011/17", "WFP/EB.A/2017/14"])
def test_an_annual_session_letter_is_a_segment(symbol: str) -> None:
    assert is_symbol(symbol)


def test_the_symbol_is_found_on_the_cover_line() -> None:
    assert [m.group(0) for m in SYMBOL.finditer(WFP_EB_A_FR)] == ["WFP/EB.A/2015/16"]
    assert SYMBOL.match(WFP_EB_A_ES) is not None and SYMBOL.match(WFP_EB_A_ES).group(0) == "WFP/EB.A/2011/17"


@pytest.mark.parametrize(("symbol", "series"), [("WFP/EB.A/2015/16", "WFP/EB"), ("WFP/EB.1/2011/11-B", "WFP/EB"),
                                                ("WFP/EB.3/2002/1", "WFP/EB")])
def test_the_series_is_the_boards_never_the_session_segment(symbol: str, series: str) -> None:
    assert Symbol(symbol).body_prefix.startswith("WFP/EB.")
    assert _series_of_symbol(symbol) == series


def test_a_letter_after_an_unnumbered_series_stays_its_segment() -> None:
    # a series the table does not number by session keeps its segment: no body is cut from it by guess
    assert without_session("LC/MDM.58") == "LC/MDM.58"
    assert without_session("E/CN.A") == "E/CN.A"


@pytest.mark.parametrize("text", ["WFP/EB.A", "WFP/EB.A/", "see A/55/L.A new", "WFP/EB.Annual/2015/16",
                                  "WFP/EB.AB/2015/16"])
def test_no_symbol_ends_in_a_session_letter_nor_takes_a_word(text: str) -> None:
    assert not is_symbol(text)
    assert all(".A" not in m.group(0) for m in SYMBOL.finditer(text))


def test_the_annual_session_of_the_year_is_read_from_the_cover() -> None:
    from pathlib import Path

    from mandategraph.ingest import ingest_bytes
    from mandategraph.ingest.registry import Registry

    text = ("source: https://fdocuments.fr/document/rsum-des-travaux-de-la-session-annuelle-de-2015-du-rome-25a28-mai-"
            "2015-distribution.html\n\nF\n\nSession annuelle\n\ndu Conseil d’administration\n\nRome, 25–28 mai 2015\n\n"
            "Distribution: GÉNÉRALE\n\nWFP/EB.A/2015/16 12 novembre 2015\n\nORIGINAL: ANGLAIS\n\n"
            "RÉSUMÉ DES TRAVAUX DE LA\n\nSESSION ANNUELLE DE 2015 DU\n\nCONSEIL D’ADMINISTRATION\n")
    # (tests/ingest_eval/unread/WFP_EB.A_2015_16_fr.txt, lines 15-37, the cover one line a paragraph)
    registry = Registry.load(Path(__file__).resolve().parents[1] / "data" / "curated")
    result = ingest_bytes(text.encode(), "WFP_EB.A_2015_16_fr.txt", registry)
    assert result.symbol == "WFP/EB.A/2015/16"


# ------------------------------------------------------------ texts of the UN system refused before

def _ingest(text: str, name: str):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from mandategraph.ingest import ingest_bytes
    from mandategraph.ingest.registry import Registry

    registry = Registry.load(Path(__file__).resolve().parents[1] / "data" / "curated")
    return ingest_bytes(text.encode(), name, registry)


# tests/ingest_eval/blind/FAO_CL_120_11_ar.txt, lines 1 and 4-9: the FAO Council's cover as a table's cells
FAO_CL_AR = """source: https://openknowledge.fao.org/bitstreams/1b5e0ff1-0f74-41f3-a39a-f3d27f4a5518/download

CL 120/11 ابريل/نيسان 2001 |
المجلس |
الدورة العشرون بعد المائة |
روما، 18-23/6/2001 |
ترتيبات الدورة الحادية والثلاثين للمؤتمر |
جدول الأعمال والجدول الزمني للبنود
"""


def test_a_cover_symbol_of_a_known_series_in_a_meeting_text_is_read() -> None:
    # refused before: "a symbol, but no cover, title or structure"
    result = _ingest(FAO_CL_AR, "FAO_CL_120_11_ar.txt")
    assert (result.symbol, result.language) == ("CL 120/11", "ar")


def test_a_cover_symbol_of_a_known_series_alone_is_still_refused() -> None:
    from mandategraph.ingest import NotADocumentError

    # the same symbol with no meeting's word (a mirror's page of buttons): no document's text
    with pytest.raises(NotADocumentError, match="not a UN document text"):
        _ingest("CL 120/11\n\nUpload\nView 14\nDownload 0\n", "x.txt")
