"""UN document symbols: finding them, their forms and their parts."""

from __future__ import annotations

import pytest

from mandategraph.ingest.symbols import Symbol, find_symbols, is_symbol


@pytest.mark.parametrize("symbol", [
    "CTOC/COP/WG.7/2013/2", "CTOC/COP/WG.5/2011/2/Rev.1", "CTOC/COP/2008/INF/1", "CAC/COSP/WG.2/2017/CRP.2",
    "CTOC/COP/WG.4/2010/L.1", "E/CN.15/2011/L.1/Add.2", "A/CONF.222/1", "A/AC.291/11", "CMW/C/19/1",
    "CAC/COSP/IRG/2014/11", "TD/TIMBER.3/2", "E/2013/30", "A/RES/55/25", "CTOC/COP/2010/17/Corr.1",
    "UNODC/CCPCJ/EG.4/2018/1",
])
def test_symbols(symbol: str) -> None:
    assert is_symbol(symbol)
    assert [s.text for s, _ in find_symbols(f"see document {symbol}, paragraph 3")] == [symbol]


@pytest.mark.parametrize("text", ["6/3", "CTOC/COP", "and/or", "V.15-05911 (E)", "1/2/3", "", "x/1"])
def test_not_symbols(text: str) -> None:
    assert not is_symbol(text)


def test_parts() -> None:
    s = Symbol("CTOC/COP/WG.5/2011/2/Rev.1")
    assert (s.body_prefix, s.year, s.series, s.modifiers, s.base) == (
        "CTOC/COP/WG.5", 2011, None, ["Rev.1"], "CTOC/COP/WG.5/2011/2")
    assert Symbol("CTOC/COP/2008/INF/1").series == "INF"
    assert Symbol("CTOC/COP/2016/CRP.2").series == "CRP"
    assert Symbol("CTOC/COP/WG.4/2010/L.1").series == "L"
    assert Symbol("CMW/C/19/1").body_prefix == "CMW/C"
    assert Symbol("A/RES/55/25").body_prefix == "A"
    assert Symbol("A/AC.291/CRP.13").body_prefix == "A/AC.291"
    assert Symbol("E/CN.15/2011/1").body_prefix == "E/CN.15"


def test_symbols_in_running_text_and_spans() -> None:
    text = "Background paper (CTOC/COP/WG.7/2013/2) and CTOC/COP/WG.7/2013/3."
    found = find_symbols(text)
    assert [s.text for s, _ in found] == ["CTOC/COP/WG.7/2013/2", "CTOC/COP/WG.7/2013/3"]
    assert [text[a:b] for _, (a, b) in found] == ["CTOC/COP/WG.7/2013/2", "CTOC/COP/WG.7/2013/3"]
